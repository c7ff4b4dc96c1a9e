"""Round 23, r23review: bugs a second reader found in round 23's merged code (tests/realworld/notes/r23_r23review.md).
Tiny texts in general English shapes, not quotes from pages. Each "fails on b490160" test fails on main at b490160."""

from __future__ import annotations

import pytest

from figure_rows import one_figure as _fig


# 1. (phrase._CHANGE_FROM_END) a verb of change before "from" is the sentence's own verb, not a noun of change: the
#    value is its subject's, not the measure of the sentence before. Fails on b490160 ("foster carers" each time).
@pytest.mark.parametrize("text, surface", [
    ("There were 30 foster carers. Average caseloads drop from 22 to 18.", "22"),
    ("There were 30 foster carers. Agency spending falls from £5m to £4m.", "£5m"),
    ("There were 30 foster carers. The number of referrals rises from 400 to 450.", "400"),
])
def test_a_verb_of_change_before_from_is_no_noun_of_change(text: str, surface: str) -> None:
    assert "foster carers" not in _fig(text, surface)["indicator"]


# Guard (passes on both): a noun of change after its determiner still hands the value to the measure before.
@pytest.mark.parametrize("text, surface, phrase", [
    ("There were 64 foster households, a welcome increase from 51 a year ago.", "51", "foster households"),
    ("There were 64 foster households. This is a small rise from 60 last year.", "60", "foster households"),
])
def test_a_noun_of_change_before_from_still_inherits(text: str, surface: str, phrase: str) -> None:
    assert _fig(text, surface)["indicator"] == phrase


# 2. (phrase, the totalling reader) the hedge's speed guard read the two letters before a trailing space only, so a hedge
#    with no space before the value ("c.£250,000") was never cut though _HEDGE_END cuts it. Fails on b490160
#    ("totalling c.").
def test_totalling_with_a_hedge_glued_to_the_value() -> None:
    text = "Late claims from the previous year, totalling c.£250,000, were found."
    assert _fig(text, "£250,000")["indicator"] == "Late claims from the previous year"


# 3. (kinds._OF_THE_REPORT_RIGHT) "officer'?s?|officers’" missed "officer’s" and "officers'": any apostrophe, either
#    number. Fails on b490160 (a figure).
@pytest.mark.parametrize("text", [
    "As set out in 1.3 of the officer’s report, the plan was agreed.",
    "As set out in 1.3 of the officers' report, the plan was agreed.",
])
def test_a_paragraph_cited_of_the_officers_report_is_a_reference(text: str) -> None:
    from analysis.figures.kinds import scan
    from analysis.figures.rules import load_rules

    assert [h.kind for h in scan(text, load_rules()) if text[h.start:h.end] == "1.3"] == ["reference"]


# 4. (kinds.PLAN_NOUN_RIGHT widened by r23prec) after a length in the plural the words are a clause's subject and its
#    verb "plan" / "offer", not a qualified plan: no "length of ..." phrase. Fails on b490160.
@pytest.mark.parametrize("text, surface", [
    ("For the next three years schools plan to cut costs.", "three years"),
    ("For three years providers offer places free.", "three years"),
])
def test_a_plural_length_before_a_subject_and_its_verb_is_no_plan_length(text: str, surface: str) -> None:
    assert not _fig(text, surface)["indicator"].startswith("length of")


# Guard (passes on both): a singular length before a qualified plan stays its length.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The board agreed a three-year school improvement plan.", "three-year", "length of school improvement plan"),
    ("The board agreed a 5 year capital investment programme.", "5 year", "length of capital investment programme"),
])
def test_a_singular_length_before_a_qualified_plan_stays(text: str, surface: str, phrase: str) -> None:
    assert _fig(text, surface)["indicator"] == phrase
