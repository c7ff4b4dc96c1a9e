"""Round 25's learnt-filter experiment trained on blind gold (scripts/figure_filter_blind.py): the rows file holds
no test-split document and no set of this round's measure, its labels are well formed, and the helpers behave as
documented.

The filter is not wired into the figures stage (tests/realworld/notes/r25_r25filter.md: the declared rule failed).
"""

from __future__ import annotations

import doctest
import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"


@pytest.fixture(scope="module")
def mod():
    spec = importlib.util.spec_from_file_location("figure_filter_blind", ROOT / "scripts" / "figure_filter_blind.py")
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


@pytest.fixture(scope="module")
def rows(mod) -> pd.DataFrame:
    return pd.read_csv(mod.OUT, dtype=str, keep_default_na=False)


def test_doctests(mod):
    assert doctest.testmod(mod).failed == 0


def test_rows_hold_no_test_document_and_no_measure_set(rows, mod):
    manifest = pd.read_csv(RW / "raw" / "manifest.csv", dtype=str, keep_default_na=False)
    split = {Path(f).stem: s for f, s in zip(manifest["file"], manifest["split"])}
    assert {split.get(d) for d in rows.loc[rows["source"] == "dev", "doc_id"]} == {"dev"}
    assert not any(split.get(d) == "test" for d in rows["doc_id"])
    assert not any(s.startswith("r25") for s in rows["set"])
    assert set(rows.loc[rows["source"] == "blind", "set"]) == {s.split("/")[1] for s in mod.BLIND_SETS}


def test_labels_and_sources_are_well_formed(rows):
    assert set(rows["source"]) == {"blind", "dev", "pool", "first"}
    assert set(rows["label"]) <= {"0", "1", ""}
    assert (rows.loc[rows["source"] != "pool", "label"] != "").all()  # only current pool spans may be unjudged
    assert not rows.duplicated(["source", "set", "doc_id", "raw_start", "raw_end"]).any()


def test_drop_threshold_drops_at_most_the_share(mod):
    true_scores = np.linspace(0.0, 1.0, 1001)
    for q in mod.DROP_RATES:
        assert (true_scores < mod.drop_threshold(true_scores, q)).mean() <= q


def test_row_features_describe_place_and_line_kind(mod):
    text = "Budget\nThe council spent £4.5m on care, up from £3.9m in 2023.\n• 2 items"
    a = text.index("£4.5m")
    fig = {"unit": "gbp", "indicator": "spending on care", "value": "4500000", "sentence": "", "direction": "up"}
    f = mod.row_features(text, a, a + 5, fig, 3)
    assert {"unit=gbp", "ph_head=care", "mag=6", "in_sentence=3", "direction=up", "sent_third=0"} <= set(f)
    b = text.index("2 items")
    g = mod.row_features(text, b, b + 1, {"unit": "count", "value": "2"}, 1)
    assert {"line_bullet", "line_heading_like", "small_int"} <= set(g)
    c = text.index("2023")
    assert {"yearlike", "sent_third=2", "line_table_like"} <= set(mod.row_features(text, c, c + 4, {"value": "2023"}, 3))
    assert "sent_first" in mod.row_features("Budget\n12 schools closed.", 7, 9, {"value": "12"}, 1)
