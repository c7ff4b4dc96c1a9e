"""The learnt indicator_id experiment (issue 11, round 9, r9model): allowed training rows, features, the decision.

The model is not wired into the figures stage (tests/realworld/notes/r9_learnt_id.md: council-grouped CV showed
too small a gain); these tests keep the recorded experiment honest and reproducible.
"""

from __future__ import annotations

import csv
import dataclasses
import importlib.util
from pathlib import Path

import numpy as np
import pytest

from analysis.figures.indicators import IndicatorList, load_indicators
from analysis.figures.learnt_id import _stem, allowed, decide, features, fit

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"
ROWS = RW / "learnt_id" / "rows.csv"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    with open(ROWS, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_training_rows_hold_no_test_split_document(rows):
    builder = _module("learnt_id_rows")
    with open(RW / "raw" / "manifest.csv", encoding="utf-8") as f:
        manifest = list(csv.DictReader(f))  # (the manifest only: no gold row, no text)
    split = {Path(r["file"]).stem: r["split"] for r in manifest}
    test_councils = {builder.council_key(r["council"]) for r in manifest if r["split"] == "test"}
    assert rows
    assert {r["source"] for r in rows} <= {"dev", "r8", "r9"}
    for r in rows:
        if r["source"] == "dev":
            assert split.get(r["doc_id"]) == "dev", r["doc_id"]
        assert r["council"] not in test_councils, (r["source"], r["doc_id"])
        if r["source"] == "r9":
            assert r["half"] == "TUNE", (r["pool"], r["doc_id"])  # round 9's CHECK halves are the held-out check


def test_council_key_joins_the_names_of_one_council():
    key = _module("learnt_id_rows").council_key
    assert key("London Borough of Barnet") == key("Barnet") == "barnet"
    assert key("Barnsley Metropolitan Borough Council") == key("Barnsley")
    assert key("Stoke-on-Trent City Council") == "stoke-on-trent"


def test_stem_and_features():
    assert [_stem(w) for w in ("children", "plans", "placements", "looked", "classes")] == \
        ["child", "plan", "placement", "look", "class"]
    left = "Budget monitoring. The service reported that there were "
    right = " children in care at the end of March. Next item: 40 schools."
    f = features("children in care", "The service reported that there were 412 children in care at the end of March.",
                 left, right, "count", "", False)
    assert {"u=count", "per=", "chg=", "p=child", "pp=child_in", "pp=in_care", "l1=report", "r1=child", "r2=care"} <= set(f)
    assert not any(t.endswith(("=budget", "=monitor", "=item", "=school")) for t in f if t[0] in "lr")  # (other sentences)
    assert "s=servic" in f or "s=service" in f
    assert "chg=count" in features("", "A fall of 35.", "A fall of ", ".", "count", "", True)
    assert "p=" in features("", "", "", "", "gbp", "", False)


def test_allowed_respects_unit_per_and_change():
    inds = load_indicators()
    assert allowed(inds, "gbp", "week", False) == {"placement_cost_weekly"}
    gbp = allowed(inds, "gbp", "", False)
    assert {"budget_variance", "high_needs_deficit"} <= gbp and "placement_cost_weekly" not in gbp
    assert "children_in_care" in allowed(inds, "count", "", False)
    assert "children_in_care" not in allowed(inds, "percent", "", False)  # a % of a count indicator: no id
    assert allowed(inds, "count", "", True) == frozenset()  # a change of a count: no id
    assert allowed(inds, "gbp", "child", False) == frozenset()  # a unit cost that is not weekly


class _Model:
    """A stand-in for the fitted pipeline: fixed probabilities, and a count of predict_proba calls."""

    classes_ = np.array(["", "budget_variance", "children_in_care"])

    def __init__(self, proba):
        self.proba = proba
        self.calls = 0

    def predict_proba(self, xs):
        self.calls += 1
        return np.array([self.proba] * len(xs))


def test_decide_is_a_fallback_batched_and_allowed_only():
    inds = load_indicators()
    m = _Model([0.2, 0.1, 0.7])
    allow = [allowed(inds, "count", "", False), allowed(inds, "count", "", False), allowed(inds, "count", "", True),
             allowed(inds, "percent", "", False)]
    out = decide(m, [["u=count"]] * 4, ["child_protection_plans", None, None, None], allow, threshold=0.5)
    assert out == ["child_protection_plans", "children_in_care", None, None]  # rules kept; change / % get none
    assert m.calls == 1  # one call for the batch
    assert decide(m, [["u=count"]] * 2, [None, None], allow[:2], threshold=0.75) == [None, None]
    m2 = _Model([0.5, 0.1, 0.4])  # no id more likely than one: none
    assert decide(m2, [["u=count"]], [None], allow[:1], threshold=0.3) == [None]
    m3 = _Model([0.2, 0.1, 0.7])
    assert decide(m3, [["u=count"]], ["x"], allow[:1]) == ["x"] and m3.calls == 0  # nothing to score: no call


def test_an_indicator_removed_from_the_file_loses_its_learnt_ids():
    inds = load_indicators()
    fewer = IndicatorList([i for i in inds if i.id != "children_in_care"], inds.glossary)
    m = _Model([0.2, 0.1, 0.7])
    assert decide(m, [["u=count"]], [None], [allowed(inds, "count", "", False)], 0.5) == ["children_in_care"]
    assert decide(m, [["u=count"]], [None], [allowed(fewer, "count", "", False)], 0.5) == [None]
    # an edited unit changes the outcome too
    edited = IndicatorList([dataclasses.replace(i, unit="percent") if i.id == "children_in_care" else i for i in inds])
    assert "children_in_care" not in allowed(edited, "count", "", False)


def test_the_model_refits_deterministically_from_the_committed_rows(rows):
    feats = [features(r["indicator"], r["sentence"], r["left"], r["right"], r["unit"], r["per"], r["is_change"] == "True")
             for r in rows]
    labels = [r["reader_id"] for r in rows]
    inds = load_indicators()
    assert set(labels) - {""} <= {i.id for i in inds}
    a = fit(feats, labels).predict_proba([dict.fromkeys(f, 1) for f in feats[:50]])
    b = fit(feats, labels).predict_proba([dict.fromkeys(f, 1) for f in feats[:50]])
    assert np.array_equal(a, b)
