"""Where the project's inputs and outputs live.

Defaults are the project's own ``data/raw``, ``data/processed`` and ``reports`` folders. Each can be
overridden by an environment variable (``CM_RAW_DIR``, ``CM_PROCESSED_DIR``, ``CM_REPORTS_DIR``) or
by the notebook's papermill parameters, so the same notebooks run on another council's folder.

(r42keys) :data:`ENVIRONMENT` lists every ``CM_*`` environment variable the package reads, one line each; ``make
help`` prints it (``python -m analysis.paths env``) and a test checks that every ``CM_*`` name in the package's source,
and every ``CM_<NAME>`` of a config file read through :func:`config_file`, is there.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = PROJECT_ROOT / "data"


def _resolve(value: str | os.PathLike[str] | None, env: str, default: Path) -> Path:
    if value not in (None, ""):
        return Path(value).expanduser().resolve()
    from_env = os.environ.get(env)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default


def raw_dir(value: str | os.PathLike[str] | None = None) -> Path:
    """The raw folder: ``value`` if given, else ``$CM_RAW_DIR``, else ``data/raw``."""
    return _resolve(value, "CM_RAW_DIR", DATA_DIR / "raw")


def processed_dir(value: str | os.PathLike[str] | None = None) -> Path:
    """The processed folder: ``value`` if given, else ``$CM_PROCESSED_DIR``, else ``data/processed``."""
    return _resolve(value, "CM_PROCESSED_DIR", DATA_DIR / "processed")


def reports_dir(value: str | os.PathLike[str] | None = None) -> Path:
    """The reports folder: ``value`` if given, else ``$CM_REPORTS_DIR``, else ``reports``."""
    return _resolve(value, "CM_REPORTS_DIR", PROJECT_ROOT / "reports")


def config_env(name: str) -> str:
    """The environment variable that names another file for the config file ``name``: ``CM_<NAME'S STEM>``.

    >>> config_env("codebook.yml"), config_env("learnt_id_rows.csv")
    ('CM_CODEBOOK', 'CM_LEARNT_ID_ROWS')
    """
    return "CM_" + Path(name).stem.upper()


def config_file(name: str, value: str | os.PathLike[str] | None = None) -> Path:
    """A researcher-editable config file such as ``codebook.yml`` or ``indicators.yml``.

    ``value`` wins; otherwise ``$CM_<NAME>`` (e.g. ``CM_CODEBOOK``, :func:`config_env`); otherwise ``data/<name>``.
    """
    return _resolve(value, config_env(name), DATA_DIR / name)


#: (r40cache) the environment variable naming the folder of fitted models (:mod:`analysis.model_cache`)
MODEL_CACHE_ENV = "CM_MODEL_CACHE"
#: (r41keys) the values of ``$CM_MODEL_CACHE`` (stripped, any case) that switch the model cache off: the one list,
#: which the root ``conftest.py`` reads too
OFF_VALUES: tuple[str, ...] = ("", "off", "0", "no", "false")


def model_cache_dir() -> Path | None:
    """The folder of cached fitted models (:mod:`analysis.model_cache`: the theme model, the learnt id fallback): ``$CM_MODEL_CACHE`` (``make`` sets it
    to ``$(BUILD_DIR)/model-cache``), else ``build/model-cache`` in the checkout; ``None`` (no cache: every process
    fits its own) when the variable is set empty or to off, 0, no or false (any case)."""
    value = os.environ.get(MODEL_CACHE_ENV)
    if value is None:
        return PROJECT_ROOT / "build" / "model-cache"
    if value.strip().lower() in OFF_VALUES:
        return None
    return Path(value).expanduser().resolve()


#: the file of measure words read beside the figure rules, whichever rules file is in use (read by
#: :func:`analysis.figures.rules.load_rules`; stamped with the rules by :mod:`analysis.fingerprint`)
MEASURE_WORDS_FILE = "measure_words.txt"


def learnt_id_enabled() -> bool:
    """Whether the figures stage applies the learnt id fallback: ``$CM_LEARNT_ID`` set to off, 0, no or false (any
    case) switches it off (read by :func:`analysis.figures.learnt_id.enabled` and :mod:`analysis.fingerprint`)."""
    return os.environ.get("CM_LEARNT_ID", "on").strip().lower() not in ("off", "0", "no", "false")


#: (r42keys) Every ``CM_*`` environment variable the package reads, with what it does (one line each, default last): the
#: one list ``make help`` prints (:func:`environment_help`) and the README points to. A new variable goes here too
#: (tests/test_r42_keys.py finds every ``CM_*`` name in the package's source and every config file's ``CM_<NAME>``).
ENVIRONMENT: dict[str, str] = {
    "CM_RAW_DIR": "raw minutes folder of a notebook or script given none; default data/raw (make: RAW_DIR)",
    "CM_PROCESSED_DIR": "tables folder of a notebook or script given none; default data/processed "
                        "(make: PROCESSED_DIR)",
    "CM_REPORTS_DIR": "pages folder of a notebook or script given none; default reports (make: REPORTS_DIR)",
    "CM_FIGURE_RULES": "another figure rules file (the measure_words.txt beside it too); default data/figure_rules.yml",
    "CM_INDICATORS": "another canonical indicators file; default data/indicators.yml",
    "CM_CODEBOOK": "another theme codebook; default data/codebook.yml",
    "CM_THEMES_TRAINING": "another file of hand-coded theme passages; default data/themes_training.csv",
    "CM_LEARNT_ID_ROWS": "another rows file of the learnt id fallback; default data/learnt_id_rows.csv",
    "CM_LEARNT_ID": "off (or 0, no, false): the figure rules' ids alone, no learnt id fallback; default on",
    "CM_MODEL_CACHE": "folder of fitted models kept between runs, off or empty: none; default BUILD_DIR/model-cache",
    "CM_MP_CONTEXT": "how local worker processes start: fork, spawn or forkserver; default fork where available",
}


def environment_help(indent: str = "  ") -> str:
    """:data:`ENVIRONMENT` as ``make help`` prints it: one line a variable, names aligned.

    >>> environment_help().splitlines()[0].split(None, 1)[0]
    'CM_RAW_DIR'
    """
    width = max(len(name) for name in ENVIRONMENT) + 2
    return "\n".join(f"{indent}{name:<{width}}{text}" for name, text in ENVIRONMENT.items())


def umask() -> int:
    """The process's umask (read without changing it for good), so that files written through a
    temporary file get the permissions ``open()`` would give them."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


if __name__ == "__main__":  # python -m analysis.paths env: the variables, for make help
    import sys

    if sys.argv[1:] != ["env"]:
        raise SystemExit("usage: python -m analysis.paths env")
    print(environment_help())
