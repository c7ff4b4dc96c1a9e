"""Round 27, helper r27review: a second reading of the round's merged rules (r27prec in ``kinds.py``, r27id in
``indicators.py``). Each ``test_*`` whose name says a number "stays" or "keeps" something fails on main b3fc310f (the
round's rules fire on a sentence they were not written for) and passes after the fix; each ``..._guard`` holds the
case the rule was written for and passes on both. Every text was written for the test in council style (not copied
from a page). See tests/realworld/notes/r27_r27review.md.
"""

from __future__ import annotations

import pytest

from figure_rows import kinds as _kinds, one_figure as _fig, surfaces as _surfaces


# 1. A bare rank ("ranked 33 against") is a whole number alone: a percentage the measure "ranked" at and a count of
#    what is being ranked stay figures.
@pytest.mark.parametrize("text, number", [
    ("On the attainment measure the authority ranked 67% against 72% nationally.", "67%"),
    ("Ranking 12 schools by their attainment, the officer said 4 were below the floor standard.", "12"),
])
def test_a_value_or_count_after_ranked_stays(text: str, number: str) -> None:
    assert number in _surfaces(text)


@pytest.mark.parametrize("text, number", [
    ("In the Early Years Foundation Stage the authority ranked 33 against all other authorities.", "33"),
    ("Re-referrals ranked 98 among 152 local authorities.", "98"),
    ("We were ranked 5th out of 11 statistical neighbours.", "11"),
])
def test_a_rank_guard(text: str, number: str) -> None:
    assert _kinds(text)[number] == "ordinal"


# 2. "extended for/to 30 hours" names the free early-years entitlement only where early years or childcare is spoken
#    of: other services' hours extended stay figures.
@pytest.mark.parametrize("text, number", [
    ("The tutoring offer was extended to 30 hours for each pupil, at a cost of £400 per pupil.", "30 hours"),
    ("The opening hours of the youth centre were extended to 30 hours in the school holidays.", "30 hours"),
    ("The short breaks package was extended for 15 hours to support the family.", "15 hours"),
])
def test_hours_extended_outside_early_years_stay(text: str, number: str) -> None:
    assert number in _surfaces(text)


def test_the_early_years_offer_extended_guard() -> None:
    text = ("For the early years budgets there was a forecast underspend of £2.1m. The inclusion fund was forecast to "
            "overspend as the offer had been extended for 30 hours in settings so that working parents could use it.")
    assert "30 hours" not in _surfaces(text)
    assert _kinds(text)["30 hours"] == "name"


# 3. "sentence" before a number is a reference to a text's sentence, not a court's sentence in a youth justice table.
@pytest.mark.parametrize("text, number", [
    ("Young people receiving a custodial sentence 4 (last year 7).", "4"),
    ("Custodial sentence 3 Community resolution 45 First time entrants 27", "3"),
])
def test_a_court_sentence_count_stays(text: str, number: str) -> None:
    assert number in _surfaces(text)


def test_a_sentence_of_a_paragraph_guard() -> None:
    text = "Page 4, Minute 105, School Expansion, paragraph 2, sentence 3: replace the words as follows."
    assert _kinds(text)["3"] == "reference"


# 4. A band named by its place ("Upper quartile", "Top quintile") has its value after it in a benchmark table; the
#    band's number ("quintile 5") stays a name.
def test_a_quartiles_value_stays() -> None:
    found = _surfaces("Rate per 10,000: Upper quartile 67 Lower quartile 45 England average 56")
    assert "67" in found and "45" in found


def test_a_quintile_band_guard() -> None:
    text = "Officers met headteachers of schools with all data sets in quintile 5 to discuss their data."
    assert _kinds(text)["5"] == "name"


# 5. "the walking distance is/was N miles" is a distance measured; the statutory distance stays a threshold.
@pytest.mark.parametrize("text, number", [
    ("The walking distance was 2.3 miles on average for the 120 children affected.", "2.3 miles"),
    ("Where the walking distance is 2.8 miles, the route was reassessed by officers.", "2.8 miles"),
])
def test_a_walking_distance_measured_stays(text: str, number: str) -> None:
    assert number in _surfaces(text)


@pytest.mark.parametrize("text, number", [
    ("Pupils living within the statutory walking distance of 3 miles are not eligible.", "3 miles"),
    ("The statutory walking distance is 3 miles for pupils aged 8 and over.", "3 miles"),
])
def test_the_statutory_walking_distance_guard(text: str, number: str) -> None:
    assert _kinds(text)[number] == "threshold"


# 6. Local telephone numbers need a contact line's label ("CONTACT OFFICER :", "Contact:"), not the word "contact",
#    which heads the front door's counts by area.
@pytest.mark.parametrize("text, numbers", [
    ("Contact and referral activity by area: Wigan 812 1023 Bolton 655 701", ["812", "1023"]),
    ("Contact numbers by locality (2022 and 2023): North 412 3850 South 377 2975", ["412", "3850", "377"]),
])
def test_counts_of_contacts_by_area_stay(text: str, numbers: list[str]) -> None:
    found = _surfaces(text)
    for n in numbers:
        assert n in found


def test_a_contact_officers_numbers_guard() -> None:
    text = "CONTACT OFFICER : Paul Woltman 793 2243 Keith Darragh 793 3225 WARD(S) TO WHICH REPORT RELATE(S)"
    assert _surfaces(text) == []


# 7. An agenda item's number before its title and pages has its pages closing its line, or the next or the previous
#    item in the agenda; a count before a sentence that cites a page stays a figure.
def test_a_count_before_a_page_cited_stays() -> None:
    text = "Care leavers in education, employment or training: Total 14. Members noted the Annual Report (Page 7) with interest."
    assert "14" in _surfaces(text)


def test_an_agenda_item_guard() -> None:
    text = ("Items for Decision 4. High Needs Budget 2015-16 (Pages 17 - 28) 5. Proposed High Needs Contingency "
            "(Pages 29 - 40)\n\nItems for Consultation and Guidance 6. Capital Programme (Pages 41 - 52)")
    assert _kinds(text)["6"] == "list"
    text = "Items for Information Only 8. Response to the Request for Evidence (Pages 73 - 90)\n\nFuture Agenda Items"
    assert _kinds(text)["8"] == "list"  # (an item alone in its paragraph: its pages close its line)


# 8. A correction keeps no id when it puts a printed number right ("should be amended to", "being amended to correctly
#    read"); a measure revised ("was corrected to 312 following validation") keeps its id, and "a record" is no
#    document.
@pytest.mark.parametrize("text, surface, iid", [
    ("Following validation, the number of children subject to a child protection plan reported in the table was "
     "corrected to 312.", "312", "child_protection_plans"),
    ("The figure in the performance report has been corrected to 321 children in care following a data cleanse.",
     "321", "children_in_care"),
    ("After the data cleanse the number of children in care was corrected to 412, a record high.", "412",
     "children_in_care"),
])
def test_a_measure_revised_keeps_its_id(text: str, surface: str, iid: str) -> None:
    assert _fig(text, surface)["indicator_id"] == iid


@pytest.mark.parametrize("text, surface", [
    ("Page 3: the number of EHCNA requests should be corrected to 60.", "60"),
    ("The minutes were agreed as a correct record, subject to the high needs deficit being amended to £12.1m from "
     "£12.6m.", "£12.1m"),
])
def test_a_misprint_put_right_guard(text: str, surface: str) -> None:
    assert _fig(text, surface)["indicator_id"] is None
