"""Round 35, helper r35ages: children's ages and early-years entitlements named by ages are not figures.

Shapes, councils and every figure that moved are in tests/realworld/notes/r35_r35ages.md. Every text was written for
the test in council style (not copied from a page). Each ``test_*`` whose name says a number "is" an age fails on
62bf095a; a test named ``..._stay`` holds guards that pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import kinds as _kinds, surfaces as _surfaces


# 1. The end of an age range stretched to it or counted from birth is an age (the limit of who is eligible).
@pytest.mark.parametrize(
    "text, number",
    [
        ("The overspend was mainly a result of the eligible age range extending to 25, which had raised demand.", "25"),
        ("Members heard that the age range was extended to 25 in 2014.", "25"),
        ("Research shows that the early years (pre-birth to five years) shape later outcomes.", "five years"),
        ("The hubs offer support to families from birth to 19 across the district.", "19"),
    ],
)
def test_an_end_of_an_age_range_to_is_an_age(text: str, number: str) -> None:
    assert _kinds(text).get(number) == "age"


# 2. The age limit of a rate's population after its noun is an age, as it is before it.
def test_population_under_an_age_is_an_age() -> None:
    kinds = _kinds("The borough had 48 per 10,000 population under 18 on a child protection plan.")
    assert kinds.get("18") == "age"
    assert "48" in _surfaces("The borough had 48 per 10,000 population under 18 on a child protection plan.")


# 3. An early-years entitlement named by the children's ages: both ages, even where the text stops after them.
@pytest.mark.parametrize(
    "text",
    [
        "In September the free early years entitlement for three and four",
        "The Forum agreed the funding for 3 and 4; the rate for 2 year olds was unchanged.",
    ],
)
def test_an_entitlement_for_three_and_four_is_ages(text: str) -> None:
    kinds = _kinds(text)
    first, second = ("three", "four") if "three" in text else ("3", "4")
    assert kinds.get(first) == "age" and kinds.get(second) == "age"


# Guards: counts after the same words, a stretch's end that is no age, and what the gold marks as figures.
@pytest.mark.parametrize(
    "text, number",
    [
        ("The funding for three and four schools was agreed by the Forum.", "three"),
        ("The grant for 3 and 4 new settings was agreed.", "4"),
        ("Referrals rose from 120 in April to 180 in June.", "180"),
        ("There would be three-year funding for EAL pupils.", "three-year"),
        ("The free entitlement to 30 hours for working families was discussed.", "30 hours"),
        ("The provider would offer 120 two-year-olds a place.", "120"),
        ("The population grew to 25 thousand.", "25 thousand"),
    ],
)
def test_counts_and_gold_figures_stay(text: str, number: str) -> None:
    assert number in _surfaces(text)
