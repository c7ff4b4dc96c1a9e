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
