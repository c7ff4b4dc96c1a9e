"""On-disk cache of fitted theme models (r40cache): a model is fitted once, not once per process.

:func:`analysis.themes.fit_model` at :data:`analysis.themes.TOL` takes about 3.5 s, and every process that codes
themes (the topics stage's notebook kernel, each pytest worker, each ``make all`` a test runs) used to fit it
again. A fit is a pure function of its inputs, so its result is kept in a file named by a digest of all of them
(:func:`fit_key`): the codebook's content (:func:`canonical`, so an in-memory or edited codebook gets its own
key), the training rows the fit reads (after :func:`~analysis.themes.fit_model`'s filtering, de-duplication and
sorting: editing the training file, or holding other rows out, gives another key), the fit's parameters and, read
from the vectoriser and classifier the fit builds, their classes and settings (:func:`estimator_params`, r40review:
a module constant changed at run time, such as the token pattern, or a patched factory gets its own key) and the
thread limit, the
versions of scikit-learn, numpy and scipy, :data:`FORMAT` and the source bytes of every module of the package
the theme code imports (:func:`source_digest`: a code change never reuses a stale model).

The file is an ``.npz`` of plain arrays (vocabulary, idf, coefficients, intercepts, classes; read with
``allow_pickle=False``): no pickled object is ever loaded. The rebuilt model computes the same floats as the
fitted one (the same arrays in the same operations). Writes go through a temporary file and ``os.replace``, so a
reader never sees a partial file and two processes writing one key write the same bytes; a file that cannot be
read, or does not hold what its name promises, is refitted and replaced, never an error. At most
:data:`MAX_ENTRIES` files are kept (the least recently used go first).

Where: ``$CM_MODEL_CACHE`` (:func:`analysis.paths.model_cache_dir`; ``make`` sets it to
``$(BUILD_DIR)/model-cache``), else ``build/model-cache`` in the checkout; empty or ``off`` switches it off.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import tempfile
import time
from dataclasses import fields, is_dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from . import paths

#: Version of the file layout; bump it when what is stored, or how it is rebuilt, changes.
FORMAT = 1
#: Files kept in the cache folder; the least recently used beyond it are removed after each write.
MAX_ENTRIES = 32
#: Fits on fewer training rows than this are not cached (they take milliseconds; caching them would only push
#: the expensive ones out).
MIN_ROWS = 200
#: A temporary file older than this (seconds) was left by a process that died mid-write and is removed.
STALE_TMP_SECONDS = 3600.0


def canonical(obj: Any) -> Any:
    """A JSON-able value that is equal for equal contents and independent of the process (set order, ids).

    Dicts and dataclasses become ``{name: value}`` (a codebook's ``source``, where it was read from, is left out), tuples
    and lists lists, sets and frozensets sorted lists, compiled patterns their pattern and flags. Anything else
    raises :class:`TypeError` (the caller then does not cache).

    >>> import re
    >>> canonical((frozenset({"b", "a"}), re.compile("x", re.I), 1.5, None))
    [['a', 'b'], {'pattern': 'x', 'flags': 34}, 1.5, None]
    """
    if obj is None or isinstance(obj, (str, bool, int, float)):
        return obj
    if isinstance(obj, (tuple, list)):
        return [canonical(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): canonical(v) for k, v in obj.items()}
    if isinstance(obj, (set, frozenset)):
        items = [canonical(x) for x in obj]
        return sorted(items, key=lambda x: json.dumps(x, sort_keys=True))
    if isinstance(obj, re.Pattern):
        return {"pattern": obj.pattern, "flags": int(obj.flags)}
    if is_dataclass(obj) and not isinstance(obj, type):
        return {"__type__": type(obj).__name__,
                **{f.name: canonical(getattr(obj, f.name)) for f in fields(obj) if f.name != "source"}}
    raise TypeError(f"no canonical form for {type(obj).__name__}")


def _relative_imports(path: Path, package_dir: Path) -> set[Path]:
    """The package's own modules that the module at ``path`` imports (``from .x import``, ``from . import x``)."""
    found: set[Path] = set()
    for node in ast.walk(ast.parse(path.read_bytes(), filename=str(path))):
        if not isinstance(node, ast.ImportFrom) or node.level == 0:
            continue
        base = path.parent
        for _ in range(node.level - 1):
            base = base.parent
        parts = node.module.split(".") if node.module else []
        target = base.joinpath(*parts)
        candidates = [target.with_suffix(".py"), target / "__init__.py"]
        if node.module is None or target.is_dir():
            candidates += [target / f"{a.name}.py" for a in node.names]
            candidates += [target / a.name / "__init__.py" for a in node.names]
        found |= {c for c in candidates if c.is_file() and package_dir in c.parents}
    return found


@lru_cache(maxsize=4)
def source_digest(root: str = "themes.py") -> str:
    """SHA-256 of the source bytes of the package module ``root`` and every package module it imports, directly or
    not (each file's path relative to the package, then its bytes, in path order)."""
    package_dir = Path(__file__).resolve().parent
    todo, seen = [package_dir / root], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        todo.extend(_relative_imports(p, package_dir) - seen)
    h = hashlib.sha256()
    for p in sorted(seen):
        h.update(p.relative_to(package_dir).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def estimator_params(est: Any) -> dict[str, Any]:
    """What a scikit-learn estimator of the fit is, as the fit runs it (r40review): its class and its parameters
    (``get_params``), a class or function among them named by its module and qualified name.

    Read from the estimator the fit builds, not from the source, so a setting changed while the process runs (a
    module constant such as :data:`analysis.themes._TOKEN` set by a harness, a patched estimator factory) names
    another file instead of reading a model fitted without it.

    >>> from sklearn.linear_model import LogisticRegression
    >>> p = estimator_params(LogisticRegression(C=2.0, tol=1e-8))
    >>> p["__class__"], p["C"], p["tol"]
    ('sklearn.linear_model._logistic.LogisticRegression', 2.0, 1e-08)
    """
    def name(v: Any) -> str:
        return f"{getattr(v, '__module__', '')}.{getattr(v, '__qualname__', type(v).__qualname__)}"

    out: dict[str, Any] = {"__class__": name(type(est))}
    for k, v in sorted(est.get_params(deep=False).items()):
        out[k] = name(v) if isinstance(v, type) or callable(v) else v
    return out


def _versions() -> dict[str, str]:
    import scipy
    import sklearn

    return {"numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__}


def fit_key(codebook: object, rows: pd.DataFrame, params: dict[str, Any]) -> str | None:
    """The digest that names a fit of ``rows`` (the training frame as the fit reads it) with ``codebook`` and
    ``params``, or ``None`` when the codebook has no canonical form (then nothing is cached)."""
    try:
        head = {"format": FORMAT, "codebook": canonical(codebook), "params": canonical(params),
                "versions": _versions(), "source": source_digest()}
    except TypeError:
        return None
    h = hashlib.sha256(json.dumps(head, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    h.update(json.dumps(list(rows.columns)).encode("utf-8"))
    for col in rows.columns:
        h.update(b"\0" + json.dumps([v if isinstance(v, str) else float(v) for v in rows[col].tolist()],
                                    ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def _file(folder: Path, key: str) -> Path:
    return folder / f"theme-{key}.npz"


def load(folder: Path, key: str) -> dict[str, np.ndarray] | None:
    """The arrays stored for ``key`` in ``folder``, or ``None`` when there is no such file or it cannot be read or
    does not hold a model of ``key`` (a corrupt, truncated or foreign file)."""
    path = _file(folder, key)
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in ("key", "format", "terms", "idf", "coef", "intercept", "classes", "n_iter")}
    except Exception:  # noqa: BLE001 - missing, unreadable or corrupt: the caller fits again
        return None
    ok = (str(arrays["key"]) == key and int(arrays["format"]) == FORMAT and arrays["idf"].ndim == 1
          and len(arrays["terms"]) == len(arrays["idf"]) and arrays["coef"].ndim == 2
          and arrays["coef"].shape[0] == len(arrays["intercept"]) and arrays["coef"].shape[1] >= len(arrays["idf"])
          and arrays["coef"].dtype == np.float64 and arrays["idf"].dtype == np.float64)
    if not ok:
        return None
    try:
        os.utime(path)  # recently used: pruned last
    except OSError:
        pass
    return arrays


def save(folder: Path, key: str, arrays: dict[str, np.ndarray]) -> None:
    """Write ``arrays`` (and ``key``, :data:`FORMAT`) for ``key`` atomically, then prune the folder. A folder that
    cannot be written leaves the cache as it was (the fit is still returned by the caller)."""
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".theme-{key[:16]}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            np.savez(f, key=np.array(key), format=np.array(FORMAT), **arrays)
        os.chmod(tmp, 0o666 & ~paths.umask())
        os.replace(tmp, _file(folder, key))
        tmp = None
        prune(folder)
    except OSError:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def prune(folder: Path, keep: int | None = None) -> None:
    """Remove all but the ``keep`` (:data:`MAX_ENTRIES`) most recently used model files of ``folder``, and stale
    temporary files."""
    keep = MAX_ENTRIES if keep is None else keep
    entries = []
    now = time.time()
    for p in folder.iterdir():
        try:
            st = p.stat()
        except OSError:
            continue
        if p.name.startswith(".theme-") and p.name.endswith(".tmp"):
            if now - st.st_mtime > STALE_TMP_SECONDS:
                _unlink(p)
        elif p.name.startswith("theme-") and p.name.endswith(".npz"):
            entries.append((st.st_mtime_ns, p.name, p))
    entries.sort(reverse=True)
    for _, _, p in entries[keep:]:
        _unlink(p)


def _unlink(p: Path) -> None:
    try:
        p.unlink()
    except OSError:  # removed by another process meanwhile
        pass
