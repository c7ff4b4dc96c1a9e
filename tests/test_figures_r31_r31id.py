"""Round 31, helper r31id: canonical ids on text nobody tuned on.

A placement's price said without its week (West Berkshire's blind gold; Hertfordshire's and Norfolk's judged pools;
Cornwall's pool, not judged for ids): ``placement_cost_weekly``. Each case of ``test_..._is_weekly_cost`` fails on
BASE (ac12178f); the guards (``..._stay``) pass on both.

Money put to a variance ("utilising £53.789 m ... in order to balance this budget", "vired to service budgets to fund
the projected overspends", "stratagems to address this shortfall, including staff reductions ... amounting to £279,000"):
no variance id (Derbyshire, Hertfordshire, Wokingham, Slough: blind gold). Each case of
``test_money_put_to_a_variance_is_no_variance`` fails on BASE.
"""
from __future__ import annotations

import pytest

from analysis.figures import extract


def _ids(text: str, context: str = "") -> dict[str, object]:
    f, _ = extract(text, context=context)
    return dict(zip(f["surface"], f["indicator_id"]))


@pytest.mark.parametrize("text, surface", [
    # the price of the children's placements named by where they are placed, "cost" before it
    ("Officers said that children in residential homes currently cost between £3,200 - £4,100.", "£3,200 - £4,100"),
    ("Typically a place in residential care will cost £2,750 within the borough.", "£2,750"),
    ("With places outside of the county costing £3,300 compared with £2,050 locally, savings are expected.", "£3,300"),
    ("With places outside of the county costing £3,300 compared with £2,050 locally, savings are expected.", "£2,050"),
    ("Independent foster care placements cost around £950 on average.", "£950"),
    ("The average placement cost was more than £6,800.", "£6,800"),
])
def test_placement_price_without_week_is_weekly_cost(text: str, surface: str) -> None:
    assert _ids(text)[surface] == "placement_cost_weekly"


@pytest.mark.parametrize("text, surface, expected", [
    # a service's total: millions, not one child's week
    ("Residential care will cost £2.9m this year.", "£2.9m", None),
    # a saving, a budget, a fee or an allowance named in the clause: another kind of money
    ("Moving two children from residential care into foster care will save £4,000.", "£4,000", None),
    ("The residential care budget will cost the council £2,900 more.", "£2,900", None),
    ("Foster carers receive an allowance that costs £300 for each placement.", "£300", None),
    # no cost said: a figure beside a placement is not its price
    ("The council set aside £5,000 for residential placements training.", "£5,000", None),
    # a price per year is not per week (the unit rule)
    ("Residential placements cost £4,000 per year for each child.", "£4,000", None),
    # a price per week already had its id
    ("Residential placements cost £4,000 per week.", "£4,000", "placement_cost_weekly"),
    # the variance and a count keep theirs: no placement id for a count or a variance
    ("Children's social care is forecast to overspend by £3,500 on placements.", "£3,500", "budget_variance"),
])
def test_placement_price_guards_stay(text: str, surface: str, expected: object) -> None:
    got = _ids(text)[surface]
    assert (got if isinstance(got, str) else None) == expected


# Money put to a variance is not the variance (Derbyshire, Hertfordshire, Wokingham, Slough: blind gold, no id): its
# phrase names no variance and a purpose ("to fund", "in order to balance", "to address") says what the money is for.
@pytest.mark.parametrize("context, text, surface", [
    ("", "Is the projected overspend not nearer £30.5 million, in line with the last two years, which resulted in the "
         "council utilising £31.2 m and £33.9 m in each year in order to balance this budget?", "£31.2 m"),
    ("", "Is the projected overspend not nearer £30.5 million, in line with the last two years, which resulted in the "
         "council utilising £31.2 m and £33.9 m in each year in order to balance this budget?", "£33.9 m"),
    ("", "Members agreed that £3.2m of the contingency be transferred to departments to fund the forecast overspends.",
     "£3.2m"),
    ("Financial pressures", "The report had also proposed ways to address this shortfall, including staff reductions "
                            "amounting to £185,000.", "£185,000"),
])
def test_money_put_to_a_variance_is_no_variance(context: str, text: str, surface: str) -> None:
    got = _ids(text, context)[surface]
    assert not isinstance(got, str), got


@pytest.mark.parametrize("context, text, surface, expected", [
    # the variance itself, named in its phrase, keeps its id whatever purpose the sentence says
    ("", "Is the projected overspend not nearer £30.5 million, in line with the last two years, which resulted in the "
         "council utilising £31.2 m and £33.9 m in each year in order to balance this budget?", "£30.5 million",
     "budget_variance"),
    ("", "Savings of £14.9m were found to reduce the potential overspend to £4.9m.", "£4.9m", "budget_variance"),
    ("", "The directorate is forecasting an overspend of £2.1m, which it will seek to address through recovery plans.",
     "£2.1m", "budget_variance"),
    ("", "Children's services overspent by £5.6m and reserves will be needed to balance the budget.", "£5.6m",
     "budget_variance"),
    # no purpose said: the variance stays
    ("", "There is a projected overspend of £900,000 on the high needs block.", "£900,000", "high_needs_deficit"),
])
def test_variance_beside_a_purpose_stays(context: str, text: str, surface: str, expected: str) -> None:
    assert _ids(text, context)[surface] == expected
