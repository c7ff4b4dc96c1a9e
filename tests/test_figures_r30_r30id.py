"""Round 30, helper r30id: canonical ids for classes of wording (tests/realworld/notes/r30_r30id.md).

Every text was written for the test in council style (not copied from a page). Each ``test_*`` whose name says a figure
"is" something fails on 7e8228c3; a test named ``..._stay`` holds guards that pass on both.
"""

from __future__ import annotations

import pytest

from analysis.figures.extraction import extract_figures


def _ids(text: str) -> dict[str, str | None]:
    f = extract_figures(text)
    return {s: (i if isinstance(i, str) else None) for s, i in zip(f["surface"], f["indicator_id"])}


# 1. Care leavers named by their ages (18 to 21 or 25) in a sentence about the council's corporate parenting or about
#    leaving its care (Hillingdon x3 in the open gold and pools; Nottinghamshire's pool text; Wiltshire's "care experienced
#    young people aged between 18-21" already had the id by its own words).
@pytest.mark.parametrize(
    "text, surface",
    [
        ("At the end of June the Council was corporate parent to 402 children under the age of 18 and 517 young people "
         "aged 18 - 25.", "517"),
        ("The Borough was corporate parent for 298 children under the age of 18 and 455 aged 18 to 25.", "455"),
        ("Members heard that the authority was now corporate parent to 612 young people aged 18-21.", "612"),
        ("There are currently 310 people aged 18 to 21 who are being supported after leaving the county's care services.",
         "310"),
    ],
)
def test_young_people_aged_18_to_25_of_the_corporate_parent_are_care_leavers(text: str, surface: str) -> None:
    assert _ids(text)[surface] == "care_leavers"


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # the children under 18 keep theirs
        ("At the end of June the Council was corporate parent to 402 children under the age of 18 and 517 young people "
         "aged 18 - 25.", "402", "children_in_care"),
        # no corporate parenting, no leaving care: young people of those ages are no one's care leavers
        ("There are 60 young people aged 18-25 on the supported internship programme.", "60", None),
        ("The college enrolled 240 young people aged 18 to 25 with SEND who had left school.", "240", None),
        # an age band that does not start at 18 is the children in care's part ("aged 16-17")
        ("The Council is corporate parent to 410 children, of whom 60 are aged 16-17.", "60", None),
        # a part of the care leavers by age is a part, not the count
        ("Of the 410 children we look after, 60 are aged 16-17, and of our care leavers 120 are aged 18 to 21.", "120",
         None),
        # young people with plans keep the plans' id
        ("Of the 35 young people aged 18-25 with an EHCP, 12 were in employment.", "35", "ehcp_count"),
    ],
)
def test_care_leavers_by_age_stay(text: str, surface: str, expected: str | None) -> None:
    assert _ids(text)[surface] == expected


# 2. The Dedicated Schools Grant written with "school" singular ("Dedicated School Grant"): 8 councils of the open text
#    write it so; its deficit is the high needs (DSG) deficit, not a budget variance.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("The forecast deficit on the Dedicated School Grant is £4.2m.", "£4.2m"),
        ("The Dedicated School Grant overspend rose to £3.1m.", "£3.1m"),
        ("Members noted the cumulative Dedicated School Grant deficit of £12.7 million.", "£12.7 million"),
    ],
)
def test_a_dedicated_school_grant_deficit_is_the_high_needs_deficit(text: str, surface: str) -> None:
    assert _ids(text)[surface] == "high_needs_deficit"


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # an underspend of the grant is a variance (the open gold: Wiltshire, r25blindL), its level no variance at all
        ("There was an underspend of £2.022 million against the Dedicated School Grant.", "£2.022 million",
         "budget_variance"),
        ("The Council's Dedicated School Grant for 2024/25 is £315m.", "£315m", None),
        ("The forecast deficit on the Dedicated Schools Grant is £4.2m.", "£4.2m", "high_needs_deficit"),
    ],
)
def test_dedicated_school_grant_stay(text: str, surface: str, expected: str | None) -> None:
    assert _ids(text)[surface] == expected


# 3. Terms of the indicators file with a word singular where the file had it plural (the inflection audit of the note):
#    "School Forum" (5 councils), "child looked after" (3 councils).
@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("At the School Forum the in-year overspend was reported as £1.6m.", "£1.6m", "high_needs_deficit"),
        ("Members of the School Forum heard that the forecast overspend was now £2.4m.", "£2.4m", "high_needs_deficit"),
        ("A child looked after costs on average £900 a week.", "£900", "placement_cost_weekly"),
    ],
)
def test_singular_words_of_listed_terms_are_the_terms(text: str, surface: str, expected: str) -> None:
    assert _ids(text)[surface] == expected


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("At the Schools Forum the in-year overspend was reported as £1.6m.", "£1.6m", "high_needs_deficit"),
        ("Each Child Looked After costs the council around £900 a week.", "£900", "placement_cost_weekly"),
    ],
)
def test_singular_words_stay(text: str, surface: str, expected: str) -> None:
    assert _ids(text)[surface] == expected


@pytest.mark.parametrize(
    "text",
    [
        "At the {} it was noted that the overspend on the children's services budget was £3.1m.",
        "The {} heard that the grant would rise to £3.1m.",
        "The {} noted the underspend of £3.1m on the early years block.",
    ],
)
def test_school_forum_reads_as_schools_forum(text: str) -> None:
    assert _ids(text.format("School Forum"))["£3.1m"] == _ids(text.format("Schools Forum"))["£3.1m"]


# 4. Assessments of other services are not the social care assessment (the `except` of assessment_timeliness: health
#    assessments of children in care at 5 councils of the open text, early help assessments at 3), even when the sentence
#    says "assessments" again; a figure whose own phrase names an indicator's `except` term and none of its `what` gets
#    none of that indicator.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Officers noted that although only 86% of health assessments are carried out within the timescale, some "
         "assessments were delayed by a couple of days.", "86%"),
        ("It was reported that 92% of early help assessments were completed within timescale.", "92%"),
        ("Members heard that 64% of review health assessments were completed on time, as assessments had been delayed.",
         "64%"),
    ],
)
def test_a_health_or_early_help_assessment_is_not_the_social_care_assessment(text: str, surface: str) -> None:
    assert _ids(text)[surface] is None


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("88% of single assessments were completed within 45 working days.", "88%", "assessment_timeliness"),
        ("Only 72% of initial health assessments were completed within 20 working days.", "72%", None),
        ("85% of assessments were completed in timescale, and 90% of review health assessments.", "85%",
         "assessment_timeliness"),
        ("Members heard that 94% of social care assessments were completed within 45 days, although some health "
         "assessments were late.", "94%", "assessment_timeliness"),
    ],
)
def test_social_care_assessments_stay(text: str, surface: str, expected: str) -> None:
    assert _ids(text)[surface] == expected
