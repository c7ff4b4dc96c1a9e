"""Unit and range agreement of matched figures (analysis.evaluation.unit_range_agreement, score's unit/range keys,
analysis.intervals.set_agreement): tiny tables built here."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.evaluation import score, unit_range_agreement
from analysis.intervals import agreement_text, set_agreement


def _gold() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["a", "a", "a", "b"], "surface": ["2.1m", "5 to 7", "£0.5m", "12"],
        "raw_start": [0, 20, 40, 0], "raw_end": [4, 26, 45, 2], "value": [2.1e6, 5.0, 5e5, 12.0],
        "value_max": [None, 7.0, None, None], "unit": ["gbp", "count", "gbp", "percent"],
        "indicator_id": ["", "", "", ""], "indicator": ["overspend", "schools", "carry forward", "absence"],
    })


def test_a_bare_million_read_as_a_count_and_a_year_as_an_upper_end_are_disagreements() -> None:
    gold = _gold()
    pred = gold.assign(unit=["count", "count", "gbp", "percent"], value_max=[None, 7.0, 2018.0, None])
    agree = unit_range_agreement(pred, gold)
    assert agree == {"matched": 4, "unit_ok": 3, "ranges": 2, "range_ok": 1}
    s = score(pred, gold)
    assert s["unit"] == 0.75 and s["range"] == 0.5 and s["n_matched"] == 4 and s["n_ranges"] == 2
    assert s["precision"] == s["recall"] == 1.0  # units never change what matches


def test_unmatched_figures_are_not_judged_and_no_ranges_scores_one() -> None:
    gold = _gold().iloc[[0, 3]]
    pred = gold.assign(unit=["gbp", "count"], value=[2.1e6, 99.0])  # the second does not match (its value)
    s = score(pred, gold)
    assert s["n_matched"] == 1 and s["unit"] == 1.0 and s["range"] == 1.0 and s["n_ranges"] == 0


def test_a_missed_range_upper_end_is_a_disagreement_and_a_table_without_units_reads_as_empty() -> None:
    gold = _gold().iloc[[1]]
    pred = gold.drop(columns=["unit", "value_max"])
    assert unit_range_agreement(pred, gold) == {"matched": 1, "unit_ok": 0, "ranges": 1, "range_ok": 0}


def test_set_agreement_reads_a_sets_folder_and_the_script_line_sums_sets(tmp_path: Path) -> None:
    gold = _gold()
    run = tmp_path / "work" / "first_run"
    run.mkdir(parents=True)
    gold.to_csv(tmp_path / "figures_gold.csv", index=False)
    gold.assign(unit=["count", "count", "gbp", "percent"]).to_csv(run / "figures.csv", index=False)
    got = set_agreement(tmp_path)
    assert got == {"matched": 4, "unit_ok": 3, "ranges": 1, "range_ok": 1}
    assert agreement_text([got, got]) == "matched figures: unit 6/8 = 0.750, range upper end 2/2 = 1.000"
