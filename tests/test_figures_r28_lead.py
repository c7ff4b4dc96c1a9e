"""Round 28 (lead): a ratio never has a zero denominator (r28review found "3 in 0.5" read as the ratio "3 in 0",
whose missing value stopped the whole figures stage with a schema error)."""

from __future__ import annotations

import math

import pytest

from analysis.figures import extract_figures


@pytest.mark.parametrize("text", [
    "Around 3 in 0.5 children were affected.",
    "Around 3 in 0 children were affected.",
    "One in 0.25 of the cohort was absent.",
    "2 out of 0 schools replied.",
])
def test_no_ratio_has_a_zero_denominator(text: str) -> None:
    figs = extract_figures(text)
    assert not figs.empty
    assert all(not math.isnan(v) for v in figs["value"]), figs[["surface", "value"]]
    assert not any(" in 0" in s or " of 0" in s for s in figs["surface"])


@pytest.mark.parametrize("text, surface, value", [
    ("1 in 5 children were affected.", "1 in 5", 20.0),
    ("0 out of 10 schools were rated inadequate.", "0 out of 10", 0.0),
    ("seven out of ten schools were judged good.", "seven out of ten", 70.0),
    ("1 in 10 care leavers was NEET.", "1 in 10", 10.0),
])
def test_ratios_with_a_denominator_are_kept(text: str, surface: str, value: float) -> None:
    figs = extract_figures(text)
    row = figs[figs["surface"] == surface]
    assert len(row) == 1 and row["value"].iloc[0] == pytest.approx(value)
