"""Where the project's inputs and outputs live.

Defaults are the project's own ``data/raw``, ``data/processed`` and ``reports`` folders. Each can be
overridden by an environment variable (``CM_RAW_DIR``, ``CM_PROCESSED_DIR``, ``CM_REPORTS_DIR``) or
by the notebook's papermill parameters, so the same notebooks run on another council's folder.
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


def umask() -> int:
    """The process's umask (read without changing it for good), so that files written through a
    temporary file get the permissions ``open()`` would give them."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
