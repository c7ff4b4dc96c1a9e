"""Round 39, helper r39prec: two classes of false figures the open sets and the judged pools still showed.

Shapes, councils and counts are in tests/realworld/notes/r39_prec.md. Every text was written for the test in council
style (not copied from a page). Each ``test_*`` whose name says what a number "is" fails on 3c8c1b2b; a test named
``..._stays`` holds guards that pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import kinds as _kinds, surfaces as _surfaces


# 1. A range of lengths of time that bounds the members of a group a count or share just counted ("3 children were on
#    a plan for 12-24 months", "70% were issued between 20 and 52 weeks"), or the age after birth a rate is measured at,
#    is a window in the measure's definition (the gold README's `threshold`), not how long something lasted.
@pytest.mark.parametrize(
    "text, number",
    [
        ("The report showed that 5 young people were on a Child Protection Plan for 12-24 months.", "12-24 months"),
        ("Of the plans issued last year, 64% were issued between 20 and 52 weeks, and 4% took longer.",
         "between 20 and 52 weeks"),
        ("A further 31% waited between 18 and 40 weeks for an assessment.", "between 18 and 40 weeks"),
        ("The rate of breastfeeding 6-8 weeks after birth was 47.1% against 49.0% nationally.", "6-8 weeks"),
    ],
)
def test_a_band_of_a_counted_group_is_a_threshold(text: str, number: str) -> None:
    assert number not in _surfaces(text)
    assert _kinds(text).get(number) == "threshold"


@pytest.mark.parametrize(
    "text, number",
    [
        # how long a task or a plan runs stays a figure (the gold README's stretches of time)
        ("The review will take between 20 and 26 weeks to complete.", "between 20 and 26 weeks"),
        ("Members noted that the new strategy would run for three to five years.", "three to five years"),
        ("An extra £10m will be invested over the coming three to five years.", "three to five years"),
        # no count before it: nothing says whose window it is
        ("Members asked whether placements for 12-24 months were reviewed.", None),
    ],
)
def test_a_range_of_time_without_a_counted_group_stays(text: str, number: str | None) -> None:
    if number is not None:
        assert number in _surfaces(text)
    assert _kinds(text).get("12-24 months") != "threshold"


def test_the_counts_beside_a_band_stay_figures() -> None:
    s = _surfaces("Of the plans issued last year, 64% were issued between 20 and 52 weeks, and 4% took longer.")
    assert "64%" in s and "4%" in s


# 2. The early-years stage national policy names by its length ("the first 1,001 days", "the 1001 critical days") is a
#    stage of a life (an age), also without "of a child's life" after it.
@pytest.mark.parametrize(
    "text, number",
    [
        ("Evidence shows that the 1001 critical days from pregnancy to the age of two shape later health.", "1001"),
        ("The best time to make a difference in a child's life is in their first 1000 days.", "1000 days"),
        ("Health visitors focus on the first 1,001 days.", "1,001 days"),
    ],
)
def test_the_first_thousand_days_is_a_life_stage(text: str, number: str) -> None:
    assert number not in _surfaces(text)
    assert _kinds(text).get(number) == "age"


@pytest.mark.parametrize(
    "text, number",
    [
        ("The helpline answered 1001 calls in its first year.", "1001"),
        ("The service had a backlog of 1,000 days of assessments.", "1,000 days"),
        ("There were 1000 critical incidents reported.", "1000"),
    ],
)
def test_a_thousand_that_counts_stays(text: str, number: str) -> None:
    assert number in _surfaces(text)
