"""Round 36, helper r36prec: two classes of false figures the open sets still showed.

Shapes, councils and counts are in tests/realworld/notes/r36_prec.md. Every text was written for the test in council
style (not copied from a page). Each ``test_*`` whose name says what a number "is" fails on b8f51c33; a test named
``..._stays`` holds guards that pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import kinds as _kinds, surfaces as _surfaces


# 1. A person's age said with a verb of being, and a group's ages said so, are ages (the gold README: ages are not
#    figures), not counts.
@pytest.mark.parametrize(
    "text, number",
    [
        ("A parent said: my daughter is eleven and suffers from anxiety.", "eleven"),
        ("Her son was 15 when he first came into care.", "15"),
        ("The resident explained that he is now 17, and still waiting.", "17"),
    ],
)
def test_a_persons_age_after_is_is_an_age(text: str, number: str) -> None:
    assert number not in _surfaces(text)
    assert _kinds(text).get(number) == "age"


@pytest.mark.parametrize(
    "text",
    [
        "Most of our young people are between 16 and 18 in this group and are placed with specialist providers.",
        "The pupils were aged between 11 and 14, and all attended the summer scheme.",
    ],
)
def test_a_groups_ages_after_are_is_an_age(text: str) -> None:
    assert not [s for s in _surfaces(text) if s.startswith("between")]


@pytest.mark.parametrize(
    "text, number",
    [
        ("The child was 12% above the expected weight.", "12%"),
        ("Officers said that she was 4 times more likely to be excluded.", "4"),
        ("Classes are between 5 and 10 per cent larger this year.", "between 5 and 10 per cent"),
        ("The children are between 5 and 10 per class.", "between 5 and 10"),
        ("My daughter is one of 40 pupils waiting for support.", "40"),
    ],
)
def test_a_count_or_share_after_is_stays(text: str, number: str) -> None:
    assert number in _surfaces(text)


# 2. "one or two" before a noun is one figure, an alternative with both values (the gold README stores "five or six
#    children" so), not the count "two" alone.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("There had been only one or two staff changes in the SEND service.", "one or two"),
        ("One or two schools had asked for more time.", "One or two"),
    ],
)
def test_one_or_two_before_a_noun_is_an_alternative(text: str, surface: str) -> None:
    got = _surfaces(text)
    assert surface in got
    assert "two" not in got


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The remaining children live at home, and one or two could even be in hospital.", "one or two"),
        ("The number fell from one or two schools to five.", "one or two"),
    ],
)
def test_one_or_two_as_a_pronoun_or_a_change_stays(text: str, absent: str) -> None:
    assert absent not in _surfaces(text)
