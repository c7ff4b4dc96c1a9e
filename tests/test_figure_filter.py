"""The learnt figure filter experiment (issue 11): dev-only training rows, features, a reproducible CV.

The filter is not wired into the figures stage (tests/realworld/notes/learnt_filter.md); these tests
keep the recorded experiment honest and reproducible.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.figures.learnt import features, fit, scores
from analysis.realworld import load_gold

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"


@pytest.fixture(scope="module")
def cv():
    spec = importlib.util.spec_from_file_location("figure_filter_cv", ROOT / "scripts" / "figure_filter_cv.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype={"features": str, "unit": str}, keep_default_na=False)


def test_training_files_hold_only_dev_documents(cv):
    manifest, gold, _ = load_gold(RW)
    split = dict(zip(manifest["doc_id"], manifest["split"]))
    for path in (cv.TRAINING, cv.FIRST_RUN, cv.GOLD_COUNTS):
        docs = set(_read(path)["doc_id"])
        assert docs, path
        assert {split.get(d) for d in docs} == {"dev"}, f"{path.name} holds documents outside the dev split"
    counts = _read(cv.GOLD_COUNTS)
    dev = sorted(d for d, s in split.items() if s == "dev")
    assert counts["doc_id"].tolist() == dev
    assert counts["gold_figures"].tolist() == [int((gold["doc_id"] == d).sum()) for d in dev]


def test_features_describe_position_and_mask_numbers():
    agenda = "4 Minutes of the last meeting\nThe number of children in care rose to 412 from 398 last year."
    f_item = features(agenda, 0, 1)
    start = agenda.index("412")
    f_fig = features(agenda, start, start + 3, "count")
    assert "line_start" in f_item and "line_start" not in f_fig
    assert {"unit=count", "l1=to", "l2=rose", "r1=from", "r2=<num>"} <= set(f_fig)
    window = [t for t in f_fig if t[:2] in ("l1", "l2", "l3", "r1", "r2", "r3", "lb", "rb")]
    assert not any(c.isdigit() for t in window for c in t.split("=", 1)[1])
    assert features("Spend was £4.5m (12%).", 10, 15) == features("Spend was £4.5m (12%).", 10, 15)
    assert "shape=gbp" in features("Spend was £4.5m (12%).", 10, 15)
    assert "shape=pct" in features("Spend was £4.5m (12%).", 17, 20)


def test_model_is_deterministic_and_learns_the_rows(cv):
    rows = _read(cv.FIRST_RUN)
    a = scores(fit(rows["features"].tolist(), rows["label"].tolist()), rows["features"].tolist())
    b = scores(fit(rows["features"].tolist(), rows["label"].tolist()), rows["features"].tolist())
    assert np.array_equal(a, b)
    assert a[rows["label"].to_numpy() == 1].mean() > a[rows["label"].to_numpy() == 0].mean() + 0.3


def test_cv_table_reproduces_the_recorded_result(cv):
    """The overall row of notes/learnt_filter.md (first-run candidates, recall loss at most 0.005)."""
    rows, counts = _read(cv.FIRST_RUN), _read(cv.GOLD_COUNTS)
    table = cv.cross_validate(rows, counts, max_recall_loss=0.005)
    assert table.equals(cv.cross_validate(rows, counts, max_recall_loss=0.005))
    overall = table.iloc[-1]
    assert (overall["gold"], overall["rules_pred"], overall["filter_pred"]) == (373, 423, 411)
    assert (overall["dropped_true"], overall["dropped_false"]) == (2, 10)
    assert round(overall["rules_F1"], 3) == 0.892 and round(overall["filter_F1"], 3) == 0.901
