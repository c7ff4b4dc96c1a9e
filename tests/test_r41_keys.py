"""(r41keys) What round 40 left open in its model-cache keys and test harness.

* The learnt id fallback's cache key covers every module-level value its fit reads, as it is when the key is made
  (:func:`analysis.figures.learnt_id.fit_reads`): a window, a stop-word set, the fit's parameters, the unit table of
  the indicators, a function patched in by a harness each give another key (and another in-process model), and an
  unchanged run hits.
* ``scripts/learnt_id_rows.py`` builds its rows with the project's configuration, whatever ``CM_*`` the shell has.
* The root conftest's "off" values are :data:`analysis.paths.OFF_VALUES`.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from analysis import model_cache, paths
from analysis.figures import learnt_id as L
from analysis.figures.indicators import load_indicators
from learnt_rows import TINY_FIGURES, write_rows

ROOT = Path(__file__).resolve().parents[1]

FIGURES = TINY_FIGURES


def _write_rows(path: Path) -> Path:
    return write_rows(path, FIGURES, L.ROW_COLUMNS)


@pytest.fixture
def rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tiny rows file in use, a fresh cache folder, no fit memoised in the process."""
    monkeypatch.setenv("CM_MODEL_CACHE", str(tmp_path / "model-cache"))
    path = _write_rows(tmp_path / "rows.csv")
    monkeypatch.setenv("CM_LEARNT_ID_ROWS", str(path))
    monkeypatch.setattr(L, "_MODELS", {})
    return path


def _key(path: Path) -> str | None:
    return L.cache_key(path.read_bytes(), load_indicators())


# ---- 1. the learnt id key covers what the fit reads

def test_the_reads_hold_the_values_round_40_named() -> None:
    reads = L.fit_reads()
    for name in ("analysis.figures.learnt_id:WINDOW", "analysis.figures.learnt_id:_STOP",
                 "analysis.figures.learnt_id:FIT_C", "analysis.figures.learnt_id:FIT_PARAMS",
                 "analysis.figures.learnt_id:_UNIT_COMPAT", "analysis.figures.indicators:_UNIT_COMPAT",
                 "analysis.figures.learnt_id:_WORD", "analysis.clean:MINUTES_ABBREVIATIONS",
                 "analysis.figures.learnt_id:fit_candidates", "analysis.figures.learnt_id:_stem"):
        assert name in reads, name
    assert reads["analysis.figures.learnt_id:WINDOW"] == L.WINDOW
    assert reads["analysis.figures.learnt_id:fit_candidates"] == "analysis.figures.learnt_id.fit_candidates"


def test_an_unchanged_run_hits(rows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inds = load_indicators()
    before = _key(rows)
    fitted = L._fitted(inds)  # (a fit loads the sentence splitter lazily: the key must not move with it)
    assert _key(rows) == before
    files = sorted(p.name for p in (rows.parent / "model-cache").iterdir())
    assert files == [f"learnt_id-{before}.npz"]
    monkeypatch.setattr(L, "_MODELS", {})  # another process: read back, not fitted

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("fitted again: the cache was not used")
    from sklearn.linear_model import LogisticRegression
    monkeypatch.setattr(LogisticRegression, "fit", refuse)
    assert L._fitted(inds) == fitted


#: (module, name, changed value): each changes what the fit computes and must change the key
CHANGES = [
    ("analysis.figures.learnt_id", "WINDOW", 2),
    ("analysis.figures.learnt_id", "_STOP", frozenset({"the"})),
    ("analysis.figures.learnt_id", "FIT_C", 0.5),
    ("analysis.figures.learnt_id", "FIT_PARAMS", {"max_iter": 50, "random_state": 0}),
    ("analysis.figures.learnt_id", "_STOPS", (".",)),
    ("analysis.clean", "MINUTES_ABBREVIATIONS", frozenset({"cllr"})),
    ("analysis.figures.learnt_id", "_stem", lambda w: w),
    ("analysis.figures.learnt_id", "fit_candidates", lambda cands, labels, c=1.0: None),
]


@pytest.mark.parametrize("module,name,value", CHANGES, ids=[f"{m.rsplit('.', 1)[1]}.{n}" for m, n, _ in CHANGES])
def test_a_value_changed_at_run_time_changes_the_key(rows: Path, monkeypatch: pytest.MonkeyPatch, module: str,
                                                     name: str, value: object) -> None:
    before = _key(rows)
    monkeypatch.setattr(importlib.import_module(module), name, value)
    assert _key(rows) not in (None, before)


def test_a_table_changed_in_place_changes_the_key(rows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.figures import indicators
    before = _key(rows)
    monkeypatch.setitem(indicators._UNIT_COMPAT, "count", {"count", "percent"})  # (the table learnt_id imported)
    assert _key(rows) not in (None, before)


def test_every_value_read_is_in_the_key(rows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each module-level value :func:`fit_reads` finds, replaced, gives another key (none is read and left out)."""
    data, inds = rows.read_bytes(), load_indicators()
    before = L.cache_key(data, inds)
    names = [k for k in L.fit_reads() if not k.endswith("()")]
    assert len(names) > 30
    for k in names:
        module, name = k.split(":")
        with monkeypatch.context() as m:
            m.setattr(sys.modules[module], name, ("r41keys", name))
            assert L.cache_key(data, inds) not in (None, before), k


def test_a_constant_changed_in_the_process_refits_there_too(rows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CM_MODEL_CACHE", "off")
    inds = load_indicators()
    first = L._fitted(inds)
    monkeypatch.setattr(L, "_STOP", frozenset())  # ("there", "were", ... become words of the features)
    assert L._fitted(inds) != first  # (not the in-process model of the stop words in the source)
    assert len(L._MODELS) == 2


def test_global_reads_follows_calls_and_names_other_libraries() -> None:
    reads = model_cache.global_reads([model_cache.digest])
    assert reads["analysis.model_cache:versions"] == "analysis.model_cache.versions"
    assert reads["analysis.model_cache:LIBRARIES"][0] == ["numpy", "numpy", "numpy"]  # (followed into versions)
    assert "analysis.model_cache:json" not in reads  # (a module)


# ---- 2. the rows' build ignores the shell's CM_* configuration

def test_the_rows_build_reads_the_projects_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    from learnt_rows import builder
    b = builder()
    env = b.stage_env({"PATH": "/bin", "CM_INDICATORS": "/elsewhere/indicators.yml", "CM_FIGURE_RULES": "r.yml",
                       "CM_MEASURE_WORDS": "w.txt", "CM_LEARNT_ID": "on", "CM_MODEL_CACHE": "/tmp/c"})
    assert env == {"PATH": "/bin", "CM_LEARNT_ID": "off", "CM_MODEL_CACHE": "/tmp/c"}


def test_a_stray_indicators_file_does_not_change_the_built_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from learnt_rows import builder, committed
    b = builder()
    page = sorted({f"{r['pool']}--{r['doc_id']}" for r in committed() if r["source"] == "dev"})[0]
    clean = b.build(ROOT / "src", list(b.COMMITTED), pages_of=frozenset({page}))
    stray = tmp_path / "indicators.yml"
    stray.write_text("indicators:\n  - id: other\n    label: Other\n    unit: count\n    what: [children]\n",
                     encoding="utf-8")
    monkeypatch.setenv("CM_INDICATORS", str(stray))
    assert b.build(ROOT / "src", list(b.COMMITTED), pages_of=frozenset({page})) == clean
    assert clean


# ---- 3. one list of "off" values

def test_the_root_conftest_uses_the_paths_off_values(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("r41_root_conftest", ROOT / "conftest.py")
    assert spec is not None and spec.loader is not None
    root_conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(root_conftest)
    assert root_conftest._OFF is paths.OFF_VALUES
    for value in paths.OFF_VALUES + (" OFF ",):
        monkeypatch.setenv("CM_MODEL_CACHE", value)
        assert paths.model_cache_dir() is None


# ---- 4. distinctive topics count segments with content only

def _seg(rows: list[tuple[str, int, float]]) -> Any:
    import pandas as pd
    return pd.DataFrame([{"segment_id": f"s{k}", "council_slug": c, "topic": t, "topic_label": f"t{t}",
                          "topic_weight": w} for k, (c, t, w) in enumerate(rows)])


def test_a_placed_stub_of_another_council_does_not_unmake_a_distinctive_topic() -> None:
    # (r23blindG, Rochdale's budget topic: 6 segments there, 1 of Hackney with content and 1 placed "It was still too
    # early" stub; 6/8 < 80%, 6/7 >= 80%)
    from analysis.compare import distinctive_topics
    seg = _seg([("roch", 3, 0.5)] * 6 + [("hack", 3, 0.4), ("hack", 3, 0.0), ("hack", 0, 1.0), ("roch", 0, 1.0)])
    assert distinctive_topics(seg)[["council_slug", "topic", "segments"]].values.tolist() == [["roch", 3, 6]]
    assert distinctive_topics(seg.drop(columns="topic_weight"))["topic"].tolist() == []  # (counted as before)


def test_placed_stubs_alone_make_no_topic_distinctive() -> None:
    from analysis.compare import distinctive_topics
    seg = _seg([("a", 1, 0.0), ("a", 1, 0.0), ("a", 1, 0.0), ("b", 2, 0.5), ("a", 2, 0.5)])
    assert distinctive_topics(seg).empty
    assert distinctive_topics(seg.assign(topic_weight=1.0))["topic"].tolist() == [1]


def test_the_stage_joins_the_weights_distinctive_topics_reads() -> None:
    import pandas as pd

    from analysis import compare
    seg = _seg([("roch", 3, 0.5)] * 6 + [("hack", 3, 0.4), ("hack", 3, 0.0)]).drop(columns="topic_weight")
    topics = _seg([("roch", 3, 0.5)] * 6 + [("hack", 3, 0.4), ("hack", 3, 0.0)])
    joined = compare.with_topic_weight(seg, topics)
    assert joined["topic_weight"].tolist() == topics["topic_weight"].tolist()
    assert compare.distinctive_topics(joined)["council_slug"].tolist() == ["roch"]
    assert compare.with_topic_weight(seg, topics.drop(columns="topic_weight")) is seg  # (an older topics table)
    assert isinstance(joined, pd.DataFrame)
