"""The theme model's adapter to :mod:`analysis.model_cache` (r40cache): what names a fit, what is stored.

:func:`analysis.themes.fit_model` at :data:`analysis.themes.TOL` takes about 3.5 s, and every process that codes
themes (the topics stage's notebook kernel, each pytest worker, each ``make all`` a test runs) used to fit it
again. Its key (:func:`fit_key`) covers: the codebook's content (:func:`~analysis.model_cache.canonical`, so an
in-memory or edited codebook gets its own key), the training rows the fit reads (after
:func:`~analysis.themes.fit_model`'s filtering, de-duplication and sorting: editing the training file, or holding other
rows out, gives another key), the fit's parameters and, read from the vectoriser and classifier the fit builds,
their classes and settings (:func:`estimator_params`, r40review: a module constant changed at run time, such as the
token pattern, or a patched factory gets its own key) and the thread limit, the library versions, :data:`FORMAT` and
the source bytes of every module of the package the theme code imports (:func:`~analysis.model_cache.source_digest`
of ``themes.py``); r42keys: and every module-level value the fit reads, as it is when the key is made
(:func:`analysis.themes.fit_reads`: the codebook matcher's word lists and patterns, the token pattern, which functions
are in place, ...), as the learnt id fallback's key does.

The file (``theme-<key>.npz``) holds plain arrays: vocabulary, idf, coefficients, intercepts, classes, iterations; the
rebuilt model computes the same floats as the fitted one (the same arrays in the same operations). At most
:data:`MAX_ENTRIES` theme files are kept.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from . import model_cache
from .model_cache import canonical

__all__ = ["FORMAT", "KIND", "MAX_ENTRIES", "MIN_ROWS", "canonical", "fit_key", "load", "save"]

#: Version of the file layout; bump it when what is stored, or how it is rebuilt, changes.
FORMAT = 1
#: The files' prefix in the cache folder.
KIND = "theme"
#: Theme files kept in the cache folder; the least recently used beyond it are removed after each write.
MAX_ENTRIES = 32
#: Fits on fewer training rows than this are not cached (they take milliseconds; caching them would only push
#: the expensive ones out).
MIN_ROWS = 200
#: The arrays a theme file holds (:func:`analysis.themes._fitted_arrays`).
NAMES = ("terms", "idf", "coef", "intercept", "classes", "n_iter")


def fit_key(codebook: object, rows: pd.DataFrame, params: dict[str, Any], reads: dict[str, Any]) -> str | None:
    """The digest that names a fit of ``rows`` (the training frame as the fit reads it) with ``codebook``, ``params``
    and ``reads`` (r42keys: the module-level values the fit reads, :func:`analysis.themes.fit_reads`), or ``None`` when
    the codebook has no canonical form (then nothing is cached)."""
    head = {"format": FORMAT, "codebook": codebook, "params": params, "reads": reads,
            "source": model_cache.source_digest("themes.py")}
    columns = [json.dumps(list(rows.columns)).encode("utf-8")]
    columns += [b"\0" + json.dumps([v if isinstance(v, str) else float(v) for v in rows[col].tolist()],
                                   ensure_ascii=False).encode("utf-8") for col in rows.columns]
    return model_cache.digest(head, columns)


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


def _valid(a: dict[str, np.ndarray]) -> bool:
    """Whether the stored arrays are a model's: shapes that fit together, float64 weights."""
    return (a["idf"].ndim == 1 and len(a["terms"]) == len(a["idf"]) and a["coef"].ndim == 2
            and a["coef"].shape[0] == len(a["intercept"]) and a["coef"].shape[1] >= len(a["idf"])
            and a["coef"].dtype == np.float64 and a["idf"].dtype == np.float64)


def load(folder: Path, key: str) -> dict[str, np.ndarray] | None:
    """The arrays stored for ``key`` in ``folder``, or ``None`` (no file, or a corrupt, truncated or foreign one)."""
    return model_cache.load(folder, KIND, key, NAMES, _valid)


def save(folder: Path, key: str, arrays: dict[str, np.ndarray]) -> None:
    """Write the arrays of a fit for ``key`` atomically, keeping the :data:`MAX_ENTRIES` most recently used."""
    model_cache.save(folder, KIND, key, arrays, MAX_ENTRIES)
