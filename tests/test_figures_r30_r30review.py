"""Round 30, helper r30review: second reading of round 30's merged rules (tests/realworld/notes/r30_r30review.md).

Every text was written for the test (council style, not copied from a page). Tests whose name says a figure "is" or
"gets" something fail on 120dc18d (main after r30phrase and r30id) and pass after; the ``..._stay`` guards pass on both.
"""

from __future__ import annotations

import pytest

from analysis.figures.extraction import extract_figures


def _rows(text: str) -> dict[str, tuple[str | None, str | None]]:
    f = extract_figures(text)
    return {s: (p if isinstance(p, str) else None, i if isinstance(i, str) else None)
            for s, p, i in zip(f["surface"], f["indicator"], f["indicator_id"])}


# 1. (r30id's care leavers by age) people aged 18-25 of a corporate parenting sentence are the care leavers only where
#    the band ends their name: a state or a place after it makes them a part (no id, as "of our care leavers 120 are
#    aged 18 to 21" in r30id's own guards).
@pytest.mark.parametrize("text, surface", [
    ("The Corporate Parenting Panel noted 90 people aged 18-25 were unemployed.", "90"),
    ("The corporate parenting board heard that 30 young people aged 18-25 were parents themselves.", "30"),
    ("As corporate parent, the council noted 200 young people aged 18-25 with a personal adviser.", "200"),
])
def test_a_state_after_the_age_band_gets_no_care_leavers_id(text: str, surface: str) -> None:
    assert _rows(text)[surface][1] is None


@pytest.mark.parametrize("text, surface", [
    ("The council was corporate parent to 400 children and 300 young people aged 18-25.", "300"),
    ("The council was corporate parent to 400 children and 300 young people aged 18-25, of whom 55% were in education.",
     "300"),
    ("At the end of June the Council was corporate parent to 402 children under the age of 18 and 517 young people "
     "aged 18 - 25.", "517"),
    ("The Borough was corporate parent for 298 children under the age of 18 and 455 aged 18 to 25.", "455"),
    ("There are currently 310 people aged 18 to 21 who are being supported after leaving the county's care services.",
     "310"),
])
def test_care_leavers_by_age_stay(text: str, surface: str) -> None:
    assert _rows(text)[surface][1] == "care_leavers"


# 2. (r30phrase's restatement in brackets) a percentage in brackets before a noun of change restates the size of the
#    change: it is read as "48.8% increase in ...", not "48.8% of increase in ..." (which lost the change).
@pytest.mark.parametrize("text, surface, phrase", [
    ("Referrals saw a nearly 20% (19.4%) rise in the number of contacts.", "19.4%", "rise in contacts"),
    ("The service has seen around a 30% (31.2%) increase in EHCP requests since 2022.", "31.2%",
     "increase in EHCP requests"),
])
def test_a_bracketed_change_keeps_its_change_noun(text: str, surface: str, phrase: str) -> None:
    assert _rows(text)[surface][0] == phrase


@pytest.mark.parametrize("text, surface, phrase", [
    # the figure outside the bracket, and shares restated before a noun that is no change, read as before
    ("Referrals saw a nearly 20% (19.4%) rise in the number of contacts.", "20%", "rise in contacts"),
    ("Three-quarters (75%) of requests for EHCPs were agreed to proceed to assessment.", "75%",
     "requests for EHCPs agreed to proceed to assessment"),
    ("A small minority of pupils (3%) were persistently absent from school.", "3%",
     "pupils who were persistently absent from school"),
])
def test_restated_shares_stay(text: str, surface: str, phrase: str) -> None:
    assert _rows(text)[surface][0] == phrase


# 3. (r30phrase's restatement in brackets) a share in brackets after a sum of money, its whole after the bracket ("of
#    the net budget"): the whole is the share's, so the sum is not read as "£3.2m of the net budget" (whose phrase
#    would be the whole); both figures are read as before the restatement rule (the measure is the subject).
@pytest.mark.parametrize("text, surface, phrase, iid", [
    ("The overspend is £3.2m (2.1%) of the net budget.", "£3.2m", "overspend", "budget_variance"),
    ("The overspend is £3.2m (2.1%) of the net budget.", "2.1%", "overspend", None),
    ("The deficit stands at £12m (8%) of the DSG allocation.", "£12m", "deficit", "high_needs_deficit"),
    ("Savings of £2m (5%) of the budget are planned.", "£2m", "Savings", None),
])
def test_a_share_of_a_whole_after_a_sum_is_not_a_restatement(text: str, surface: str, phrase: str,
                                                            iid: str | None) -> None:
    assert _rows(text)[surface] == (phrase, iid)


@pytest.mark.parametrize("text, surface, phrase", [
    # a count keeps the restatement: 20 of the 400 and 5% of the 400 are one quantity
    ("Around 20 (5%) of the 400 EHCP assessments were completed late.", "5%", "EHCP assessments completed late"),
    ("Agency staff make up 45 (30%) of the workforce.", "45", "Agency staff"),
    # a share before a sum in brackets, or a fraction word, keeps it too
    ("Three-quarters (75%) of requests for EHCPs were agreed to proceed to assessment.", "Three-quarters",
     "requests for EHCPs agreed to proceed to assessment"),
])
def test_counts_and_shares_before_of_stay(text: str, surface: str, phrase: str) -> None:
    assert _rows(text)[surface][0] == phrase


# 4. (r30phrase's restatement in brackets) "over 16", "under 5" right after a noun is an age bound naming the people,
#    not a quantity the bracket restates: the people keep their age in the phrase (as before the restatement rule).
@pytest.mark.parametrize("text, surface, phrase", [
    ("Children under 5 (12%) were referred to the service.", "12%", "Children under 5"),
    ("Pupils over 16 (300) attend the college.", "300", "Pupils over 16"),
    ("Young people over 18 (45%) remain in their foster placement.", "45%", "Young people over 18"),
])
def test_an_age_bound_before_a_bracket_is_no_quantity(text: str, surface: str, phrase: str) -> None:
    assert _rows(text)[surface][0] == phrase


@pytest.mark.parametrize("text, surface, phrase", [
    # after a verb, "over 20" is the quantity, restated by the bracket
    ("The council has over 20 (5%) schools in deficit.", "5%", "schools in deficit"),
    ("The council has just under 20 (5%) schools in deficit.", "20", "schools in deficit"),
])
def test_a_hedged_quantity_after_a_verb_stays(text: str, surface: str, phrase: str) -> None:
    assert _rows(text)[surface][0] == phrase
