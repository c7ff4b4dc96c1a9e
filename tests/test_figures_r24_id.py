"""Round 24 (`r24id`): spellings the concept matcher reads as one (a plural's apostrophe inside a term, a spend word
written as two words), so that an indicator's qualifier is found however the minutes spell it (issue 11: a DSG or high
needs deficit called a budget variance). Tiny texts in general English shapes, not quotes from the pools."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis import figures
from analysis.figures.indicators import load_indicators


def got(text: str, surface: str, context: str = "", indicators=None) -> str | None:
    f, _ = figures.extract(text, indicators=indicators, context=context)
    rows = f[f["surface"] == surface]
    assert len(rows) == 1, f"{surface!r} not one figure of {text!r}: {f['surface'].tolist()}"
    v = rows.iloc[0]["indicator_id"]
    return None if pd.isna(v) else v


@pytest.mark.parametrize("text, surface", [
    # "over spend" is the high needs deficit's qualifier "overspend" (its block named in the paragraph)
    ("The forum went through each of the DSG blocks in turn. The total over spend this year was £2.4m.", "£2.4m"),
    ("The forum went through each of the DSG blocks in turn. The blocks were over spent by £2.4m.", "£2.4m"),
])
def test_spend_as_two_words_is_the_qualifier(text: str, surface: str) -> None:
    assert got(text, surface) == "high_needs_deficit"


def test_spend_as_two_words_still_a_variance() -> None:
    # no high needs word anywhere: "over spend" stays the budget variance, as "overspend" is
    assert got("The total over spend at month six was £1.2m.", "£1.2m") == "budget_variance"
    assert got("The total under spend at month six was £0.4m.", "£0.4m") == "budget_variance"
    # and the checks that read the variance words read both spellings: "an over spend of £X" is no spend of £X
    assert got("The directorate reported an over spend of £1.2m at month six.", "£1.2m") == "budget_variance"
    assert got("The service had an under spend of £0.2m.", "£0.2m") == "budget_variance"
    assert got("The council will spend £93.8m this year, an over spend of £6.7m.", "£93.8m") is None


@pytest.mark.parametrize("committee", ["Schools' Forum", "Schools’ Forum"])
def test_plural_apostrophe_in_a_term(committee: str) -> None:
    # the committee "Schools' Forum" is the term "schools forum" (a high needs `what`), as "Schools Forum" is
    text = "The overspend for the year was reported as £3.1m."
    assert got(text, "£3.1m", context="Schools Forum") == "high_needs_deficit"
    assert got(text, "£3.1m", context=committee) == "high_needs_deficit"


def test_spelling_applies_to_terms_a_researcher_lists(tmp_path: Path) -> None:
    # a researcher who lists only the two-word spelling still gets the one-word text, and one who removes the
    # qualifier changes the outcome
    data = yaml.safe_load(Path("data/indicators.yml").read_text(encoding="utf-8"))
    hn = data["indicators"]["high_needs_deficit"]
    hn["qualifier"] = ["over spend"]
    p = tmp_path / "ind.yml"
    p.write_text(yaml.safe_dump(data), encoding="utf-8")
    text = "The forum went through each of the DSG blocks in turn. The total overspend this year was £2.4m."
    assert got(text, "£2.4m", indicators=load_indicators(p)) == "high_needs_deficit"
    hn["qualifier"] = ["shortfall"]
    p.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert got(text, "£2.4m", indicators=load_indicators(p)) == "budget_variance"


@pytest.mark.parametrize("committee", ["Schools Forum", "Schools' Forum"])
def test_other_block_of_the_grant_is_a_variance(committee: str) -> None:
    # at a Schools Forum a bare overspend is the high needs deficit, but one its sentence gives to another block of the
    # grant (early years, schools, central services) is that block's variance
    assert got("The in-year overspend came to £0.8m.", "£0.8m", context=committee) == "high_needs_deficit"
    assert got("The early years block showed an in-year overspend of £0.8m.", "£0.8m",
               context=committee) == "budget_variance"
    assert got("There was an overspend on the schools block of £0.8m.", "£0.8m", context=committee) == "budget_variance"
    # the high needs block named in the sentence stays the high needs deficit
    assert got("After a transfer from the schools block, the high needs block still showed an overspend of £0.8m.",
               "£0.8m", context=committee) == "high_needs_deficit"


def test_restated_per_year_is_not_the_weekly_cost() -> None:
    # a weekly cost restated as a yearly amount: the yearly amount does not take the weekly cost's id (the unit rule: the
    # indicator is per week, the figure says it is per year)
    text = "The most expensive placement cost £9,000 per week, equivalent to £468,000 per year."
    assert got(text, "£9,000") == "placement_cost_weekly"
    assert got(text, "£468,000") is None


def test_restated_value_without_a_per_keeps_the_id() -> None:
    # a figure that says nothing of what it is per contradicts nothing: the earlier value of the weekly cost keeps it
    assert got("A residential placement costs £5,000 per week, up from £4,200 last year.", "£4,200") == "placement_cost_weekly"
