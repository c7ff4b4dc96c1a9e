"""Round 37, helper r37prec: two classes of false figures the open sets still showed.

Shapes, councils and counts are in tests/realworld/notes/r37_prec.md. Every text was written for the test in council
style (not copied from a page). Each ``test_*`` whose name says what a number "is" fails on b6a7dca6; a test named
``..._stays`` holds guards that pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import kinds as _kinds, surfaces as _surfaces


# 1. A year run together with what followed it in a PDF's text (a stray digit, a slash read as "1") is a year, not a
#    count: five to nine digits that open on a year, with a second year or a year's noun after them.
@pytest.mark.parametrize(
    "text, number",
    [
        ("Members asked about the Co-ordinated Admission Arrangements for Infant Schools 20010-2011 and their timetable.",
         "20010"),
        ("Mr Smith was appointed Chair of the Forum for the remainder of the 200912010 academic year.", "200912010"),
        ("The panel agreed its work plan for the 201112012 municipal year.", "201112012"),
        ("The budget for 20131/14 was set in February.", "20131"),
    ],
)
def test_a_run_together_year_is_a_year(text: str, number: str) -> None:
    assert number not in _surfaces(text)
    assert _kinds(text).get(number) == "period"


@pytest.mark.parametrize(
    "text, number",
    [
        ("The service received 20010 calls in the year.", "20010"),  # no year after: a count stays a count
        ("There were 12010 contacts against 2011 the year before.", "12010"),  # does not open on a year
        ("The academic year 2010-2011 saw 45 exclusions.", "45"),
    ],
)
def test_a_count_without_a_year_after_it_stays(text: str, number: str) -> None:
    assert number in _surfaces(text)


# 2. The ends of a school's age limit changed "from N to M" are ages, as the ends of an age range are (the gold README:
#    ages are not figures).
@pytest.mark.parametrize(
    "text, numbers",
    [
        ("The proposal is to lower the age limit of Oakfield Primary School from 3 to 2 with effect from September.",
         ("3", "2")),
        ("The board agreed to change the age limits of both nursery schools from 3 to 2.", ("3", "2")),
    ],
)
def test_the_ends_of_an_age_limit_change_are_ages(text: str, numbers: tuple[str, ...]) -> None:
    for number in numbers:
        assert number not in _surfaces(text)
        assert _kinds(text).get(number) == "age"


def test_a_count_beside_an_age_limit_stays() -> None:
    text = ("The age limit of the school was lowered and its capacity increased from 420 to 630 places.")
    assert "630" in _surfaces(text)
