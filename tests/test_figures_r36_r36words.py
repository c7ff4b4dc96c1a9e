"""Round 36, helper r36words: shares written in words that round 35's blind sets showed (tests/realworld/notes/r36_words.md).

1. "one in N" written with hyphens, as a headline does ("One-in-14 not in job, college or training", "nearly one-in-14
   young people": blind gold, Suffolk r35blindAC). The spaced form is a figure at 8 councils of the judged pools and 3
   of the open blind gold (Oxfordshire, Sefton, Luton); the hyphens are its spelling, the value the same.
2. "a third / a quarter / a fifth" after a hedge, then the count it restates in brackets ("more than a fifth (1,308)
   were from the county's schools": blind gold, Norfolk r35blindAC). The same restatement after "half", "two-thirds"
   and "three-quarters" was read already ("Just over half (262 cases)", Northumberland; "Three-quarters (75%)",
   Hertfordshire; "Almost two-thirds (62 per cent)", Central Bedfordshire).

Every phrasing below was written for the test in council style. Every ``is_a_figure`` case has no such figure on BASE
b8f51c33; the guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure, surfaces as _surfaces


# 1. hyphenated ratios (fail on BASE: no figure)
@pytest.mark.parametrize("text, surface, value", [
    ("One-in-14 not in education, employment or training", "One-in-14", 100 / 14),
    ("Nearly one-in-five pupils in the county were persistently absent last year.", "one-in-five", 20.0),
    ("Around 1-in-4 care leavers were not in touch with the service.", "1-in-4", 25.0),
    ("Nine-out-of-ten parents got their first preference school.", "Nine-out-of-ten", 90.0),
])
def test_hyphenated_ratio_is_a_share(text: str, surface: str, value: float) -> None:
    row = one_figure(text, surface)
    assert row["unit"] == "percent" and row["value"] == pytest.approx(value)


def test_hyphenated_odds_stay_odds() -> None:
    # "one in 40" is odds (a rate of 40), hyphens or not
    row = one_figure("Officers said one-in-40 children in the borough now had an autism diagnosis.", "one-in-40")
    assert row["unit"] == "rate" and row["value"] == 40.0


@pytest.mark.parametrize("text", [
    # guards: no ratio (no figure with "-in-" on BASE either)
    "The item was taken as a one-in-one-out arrangement for the rota.",
    "Members noted the stand-in chair for the meeting.",
])
def test_other_hyphens_stay_out(text: str) -> None:
    assert not any("-in-" in s for s in _surfaces(text)), _surfaces(text)


# 2. a hedged fraction before the count it restates in brackets (fails on BASE: no fraction)
@pytest.mark.parametrize("text, surface, value", [
    ("Of 6,100 referrals last year, more than a fifth (1,250) came from schools.", "a fifth", 20.0),
    ("Nearly a third (412) of the plans were issued late.", "a third", 100 / 3),
    ("About a quarter (25%) of the children were placed out of the borough.", "a quarter", 25.0),
])
def test_hedged_fraction_before_brackets_is_a_share(text: str, surface: str, value: float) -> None:
    row = one_figure(text, surface)
    assert row["unit"] == "percent" and row["value"] == pytest.approx(value)


def test_restated_count_in_brackets_stays_a_count() -> None:
    row = one_figure("Of 6,100 referrals last year, more than a fifth (1,250) came from schools.", "1,250")
    assert row["unit"] == "count" and row["value"] == 1250.0


@pytest.mark.parametrize("text", [
    # guards: a fraction of a time, or no hedge
    "Over a quarter (April to June) the service saw a rise in contacts.",
    "The report is a fifth (draft) version of the strategy.",
])
def test_other_brackets_stay_out(text: str) -> None:
    assert not any(s.lower() in ("a quarter", "a fifth") for s in _surfaces(text)), _surfaces(text)


# 3. a length of time before "plus" bounds a measure's definition, as before "or more" (the first fails on BASE: a figure)
@pytest.mark.parametrize("text", [
    "Two new indicators were red: the number of cases open for 12 months plus where a reassessment has started.",
    "Some of the leavers were long service (10 years plus) retirees.",
    "Members asked about children on a plan for 2 years plus and what was being done.",
])
def test_length_before_plus_is_no_figure(text: str) -> None:
    assert not any(s.endswith(("months", "years")) for s in _surfaces(text)), _surfaces(text)


@pytest.mark.parametrize("text, surface", [
    # guards: "plus" another amount (a figure on BASE too)
    ("The placement was funded for 12 months plus a further 6 months.", "12 months"),
    ("The waits averaged 14 weeks plus two weeks for the panel.", "14 weeks"),
])
def test_length_plus_another_amount_stays_a_figure(text: str, surface: str) -> None:
    assert surface in _surfaces(text), _surfaces(text)
