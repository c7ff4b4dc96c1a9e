"""(r42keys) Three engineering items round 41 left open.

* The theme model's cache key holds every module-level value its fit reads, as it is when the key is made
  (:func:`analysis.themes.fit_reads`, as :func:`analysis.figures.learnt_id.fit_reads` does for the learnt id fit):
  a word list or pattern of the codebook matcher changed at run time names another file, is fitted with the new value
  (no memo of the old one), and refits in the process; an unchanged run keeps its memos.
* ``make help`` lists every ``CM_*`` environment variable the package reads, from one table
  (:data:`analysis.paths.ENVIRONMENT`); a ``CM_*`` name in the package's source that is not in it fails here.
* ``indicators._Matcher``'s class attributes are never read by the fit (so they are not in the learnt id key).
"""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import model_cache, paths, theme_cache
from analysis import themes as TH
from analysis import topics as TP
from test_theme_cache_r40 import _codebook, _training  # (the same tiny codebook and training rows)

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "analysis"




@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache folder, tiny fits cached like the real one, no model memoised in the process."""
    folder = tmp_path / "model-cache"
    monkeypatch.setenv("CM_MODEL_CACHE", str(folder))
    monkeypatch.setattr(theme_cache, "MIN_ROWS", 0)
    monkeypatch.setattr(TH, "_MODELS", {})
    return folder


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _params() -> dict[str, object]:
    return {"c": TH.C, "tol": TH.TOL}


# ---- 1. the theme key holds what the fit reads

def test_the_theme_reads_are_the_fits_not_the_caches() -> None:
    reads = TH.fit_reads()
    for name in ("analysis.themes:_TOKEN", "analysis.themes:_vectorizer", "analysis.themes:codebook_features",
                 "analysis.themes:LogisticRegression", "analysis.topics:STOP_WORDS", "analysis.topics:_WORD",
                 "analysis.topics:NUMERIC_THREADS", "analysis.topics:singular", "analysis.topics:_scores"):
        assert name in reads, name
    assert 60 <= len(reads) <= 150, len(reads)  # (84 at r42keys; the cache's own code is not the fit's)
    assert not [k for k in reads if k.split(":")[0] in ("analysis.model_cache", "analysis.theme_cache",
                                                          "analysis.paths", "analysis.io")]
    assert str(ROOT) not in json.dumps(reads)  # (the checkout's place is in no key: a shared cache folder hits)


def test_every_value_the_theme_fit_reads_is_in_its_key() -> None:
    """Each module-level value :func:`analysis.themes.fit_reads` finds, replaced, gives another key."""
    cb, t = _codebook(), _training()
    before = theme_cache.fit_key(cb, t, _params(), TH.fit_reads())
    names = [k for k in TH.fit_reads() if not k.endswith("()")]
    for k in names:
        module, name = k.split(":")
        mp = pytest.MonkeyPatch()
        try:
            mp.setattr(sys.modules[module], name, ("r42keys", name))
            assert theme_cache.fit_key(cb, t, _params(), TH.fit_reads()) not in (None, before), k
        finally:
            mp.undo()
    assert theme_cache.fit_key(cb, t, _params(), TH.fit_reads()) == before


# fails on ede47409: the second fit read the first one's file (one file), fitted with the old word pattern
def test_a_word_pattern_changed_at_run_time_is_fitted_with_it_and_named_by_it(cache: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    cb = _codebook()
    before = TH.fit_model(cb, _training())  # type: ignore[arg-type]
    # (lower-case words only: "EHCP" in a passage is no word of the codebook matcher any more, its score is 0)
    monkeypatch.setattr(TP, "_WORD", re.compile(r"[a-z]+"))
    after = TH.fit_model(cb, _training())  # type: ignore[arg-type]
    assert len(_files(cache)) == 2
    monkeypatch.setenv("CM_MODEL_CACHE", "off")  # a fresh process with the new pattern: no file, no memo
    model_cache.forget_memos(TH.FIT_ROOTS)
    fresh = TH.fit_model(cb, _training())  # type: ignore[arg-type]
    assert after.classifier.coef_.tobytes() == fresh.classifier.coef_.tobytes()  # type: ignore[union-attr]
    assert after.classifier.coef_.tobytes() != before.classifier.coef_.tobytes()  # type: ignore[union-attr]


def test_a_value_changed_in_the_process_refits_the_default_model(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CM_MODEL_CACHE", "off")
    monkeypatch.setattr(TH, "_MODELS", {})
    path = tmp_path / "training.csv"
    pd.concat([_training(), pd.DataFrame([("send", "a plan was late"), ("finance", "a budget was set")],
                                         columns=["theme", "text"])]).to_csv(path, index=False)
    cb = _codebook()
    first = TH.default_model(cb, path)  # type: ignore[arg-type]
    assert TH.default_model(cb, path) is first  # type: ignore[arg-type]
    monkeypatch.setattr(TH, "_TOKEN", r"(?u)\b[A-Za-z]+\b")  # one-letter words too
    second = TH.default_model(cb, path)  # type: ignore[arg-type]
    assert second is not first and "a" in second.vectorizer.vocabulary_  # type: ignore[union-attr]


def test_memos_are_kept_while_the_values_read_do_not_change(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The held-out fits of one process reuse the codebook scores of the passages they share (clearing them at every
    fit cost about 8 s of CPU a make all with an empty cache); a value changed since clears them."""
    TH.fit_model(_codebook(), _training())
    assert TP._scores.cache_info().currsize > 0
    TH.fit_model(_codebook(), _training(), c=2.0)  # (another file: a fit)
    assert len(_files(cache)) == 2 and TP._scores.cache_info().currsize > 0
    monkeypatch.setattr(TP, "_WORD", re.compile(r"[a-z]+"))  # (as a harness would, between two fits)
    reads = TH.fit_reads()
    assert "analysis.topics._scores" in model_cache.forget_memos_on_change(TH.FIT_ROOTS, reads)
    assert model_cache.forget_memos_on_change(TH.FIT_ROOTS, reads) == []


# fails on ede47409: the reads of a function reading ``__file__`` held the checkout's path
def test_a_modules_place_is_in_no_key() -> None:
    reads = model_cache.global_reads([model_cache.source_digest])
    assert not [k for k in reads if k.split(":")[1].startswith("__")], reads
    assert str(ROOT) not in json.dumps(reads)


# ---- 1b. indicators._Matcher: its class attributes are never read, so they are not in the learnt id key

def test_the_matchers_class_attributes_are_never_read() -> None:
    """``global_reads`` names a class and does not follow into it. For ``_Matcher`` nothing is missed: it has no method
    of its own (only those the dataclass writes) and every matcher holds each field in its own ``__dict__``, so a
    class attribute (a field's default) patched at run time is never read. If this fails, the learnt id key must
    follow the class (its defaults and methods) before the change is merged."""
    from analysis.figures import indicators as I

    own = {k for k, v in vars(I._Matcher).items() if callable(v) and not k.startswith("__")}
    assert own == set()
    m = I._build_matcher(tuple(I.load_indicators()))
    assert set(vars(m)) == {f.name for f in fields(I._Matcher)}


# ---- 2. the CM_* variables: one table, printed by make help

def _config_names() -> set[str]:
    """The ``CM_<NAME>`` of every config file the package reads through ``paths.config_file``: a string literal, a
    module constant or a dict's values as the first argument."""
    out = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"config_file\(\s*(?:\"([^\"]+)\"|([A-Za-z_]\w*))", text):
            if m.group(1):
                out.add(paths.config_env(m.group(1)))
                continue
            if m.group(2) in ("name", "file"):  # (paths.config_file's own, a loop over fingerprint.CONFIG_FILES)
                continue
            module = importlib.import_module("analysis." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts))
            value = getattr(module, m.group(2))
            out |= {paths.config_env(v) for v in (value.values() if isinstance(value, dict) else [value])}
    return out


def _literal_names() -> dict[str, int]:
    """Every ``CM_NAME`` written in the package's source (code, strings, docstrings), with its count."""
    found: dict[str, int] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for name in re.findall(r"\bCM_[A-Z][A-Z0-9_]*[A-Z0-9]\b", path.read_text(encoding="utf-8")):
            found[name] = found.get(name, 0) + 1
    return found


def test_every_cm_variable_the_package_reads_is_listed() -> None:
    listed = set(paths.ENVIRONMENT)
    assert {"CM_RAW_DIR", "CM_PROCESSED_DIR", "CM_REPORTS_DIR", "CM_CODEBOOK", "CM_FIGURE_RULES", "CM_LEARNT_ID",
            "CM_LEARNT_ID_ROWS", "CM_MODEL_CACHE", "CM_INDICATORS", "CM_THEMES_TRAINING", "CM_MP_CONTEXT"} <= listed
    missing = (set(_literal_names()) | _config_names()) - listed
    assert not missing, f"add {sorted(missing)} to analysis.paths.ENVIRONMENT (make help prints it)"


def test_every_listed_variable_is_read() -> None:
    literal, config = _literal_names(), _config_names()
    # (each name is written once as the table's key; a name read by code is written again where it is read)
    stale = [n for n in paths.ENVIRONMENT if n not in config and literal.get(n, 0) < 2]
    assert not stale, f"{stale}: listed in analysis.paths.ENVIRONMENT but read nowhere in the package"
    assert all(0 < len(text) <= 110 and "\n" not in text for text in paths.ENVIRONMENT.values())


def test_make_help_prints_every_variable_from_the_checkouts_table() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CM_") and k not in ("MAKEFLAGS", "MFLAGS")}
    proc = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "help"], capture_output=True, text=True,
                          env=env, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    section = proc.stdout.split("Environment variables")[1].split("\n\n")[0]
    lines = section.splitlines()[1:]
    assert [line.split()[0] for line in lines] == list(paths.ENVIRONMENT)
    assert lines == paths.environment_help().splitlines()
