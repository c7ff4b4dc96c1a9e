"""Round 27, helper r27prec: false figures of the open blind sets by mechanism (the hours of the free early-years
entitlement; a rank's field; words that name or cite the number after them; an agenda item's number before its title
and pages; a window in a measure's definition, a rule's distance, a service's "always", an age a young person's care
runs to).

Classes, councils and every figure that moved are in tests/realworld/notes/r27_r27prec.md. Every text was written for
the test in council style (not copied from a page). Each ``test_*`` whose name says a number "is" something fails on
6d928e7; a test named ``..._stay`` holds guards that pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import kinds as _kinds, surfaces as _surfaces


# 1. The hours of the free early-years entitlement (gold README, r25gold: `name`): after "Early Years" as the offer's
#    name, after "extended for" as its size, and in a funding rate with the school year's 38 weeks.
@pytest.mark.parametrize(
    "text, numbers",
    [
        ("The Forum received (a) an update on the Early Years 30 hours trial, (b) the top-up review.", ["30 hours"]),
        ("The inclusion fund was overspent as the offer had been extended for 30 hours in nurseries.", ["30 hours"]),
        ("Growth funding of £2,500 per child (15 hours for 38 weeks of the year at £4.40 an hour) was held.",
         ["15 hours", "38 weeks"]),
    ],
)
def test_the_hours_of_the_free_early_years_offer_are_a_name(text: str, numbers: list[str]) -> None:
    found = _surfaces(text)
    for n in numbers:
        assert n not in found
        assert _kinds(text)[n] == "name"


@pytest.mark.parametrize(
    "text, number",
    [
        ("The top-up was funded at £14.00 per hour for 15 hours over 22 weeks.", "15 hours"),
        ("An additional 15 hours of respite were agreed for the family.", "15 hours"),
        ("Take-up rose to 110,000 hours in the autumn term.", "110,000 hours"),
        ("Staff were extended for 12 hours of overtime.", "12 hours"),
    ],
)
def test_hours_counted_stay(text: str, number: str) -> None:
    assert number in _surfaces(text)


# 2. A rank and the field it is ranked in are ordinals (gold README: `9th out of 11`).
@pytest.mark.parametrize(
    "text, number",
    [
        ("Against our statistical neighbours we had fallen 2 places to 9th out of 11 this year.", "11"),
        ("At KS5 the authority was ranked 110th out of 152 authorities for average point score.", "152"),
        ("In the Early Years Foundation Stage the authority ranked 33 against all other authorities.", "33"),
    ],
)
def test_a_ranks_field_is_an_ordinal(text: str, number: str) -> None:
    assert number not in _surfaces(text)
    assert _kinds(text)[number] == "ordinal"


def test_a_band_of_a_distribution_is_a_name() -> None:
    text = "Officers met headteachers of schools with all data sets in quintile 5 to discuss their data."
    assert "5" not in _surfaces(text)
    assert _kinds(text)["5"] == "name"


@pytest.mark.parametrize(
    "text, number",
    [
        ("42 out of 50 children were seen within the month.", "42 out of 50"),
        ("The team placed 76 children with adopters.", "76"),
        ("We had fallen 2 places against our neighbours.", "2"),
    ],
)
def test_counts_near_ranks_stay(text: str, number: str) -> None:
    assert number in _surfaces(text)


# 3. Words that name or cite the number after them: "Options 1 and 2", "Column two", "sentence 3".
@pytest.mark.parametrize(
    "text, numbers",
    [
        ("Members compared the impacts of Options 1 and 2 in the table on page 30.", ["1", "2"]),
        ("Typographical error: Column two should be titled Option 2.", ["two"]),
        ("Page 4, Minute 105, paragraph 2, sentence 3 Replace the words with the new text.", ["3"]),
    ],
)
def test_a_number_named_or_cited_by_the_word_before_is_no_figure(text: str, numbers: list[str]) -> None:
    found = _surfaces(text)
    for n in numbers:
        assert n not in found


@pytest.mark.parametrize(
    "text, number",
    [
        ("The panel considered three options for the service.", "three"),
        ("He received a sentence of 3 years.", "3 years"),
    ],
)
def test_counts_near_those_words_stay(text: str, number: str) -> None:
    assert number in _surfaces(text)


# 4. An agenda item's number before its title and the pages of its papers, run on after another heading.
def test_an_items_number_before_its_title_and_pages_is_a_list_number() -> None:
    text = "Items for Consultation 7. Capital Programme (Pages 59 - 72)"
    assert "7" not in _surfaces(text)
    assert _kinds(text)["7"] == "list"


@pytest.mark.parametrize(
    "text, number",
    [
        ("The team had 12 Children in care placements (page 3 of the report).", "12"),
        ("Schools reported 7. Further detail is in the appendix (Page 4).", "7"),
    ],
)
def test_counts_before_a_page_reference_stay(text: str, number: str) -> None:
    assert number in _surfaces(text)


# 5. A window in a measure's definition, a rule's distance, a service that is always open, an age care runs to.
@pytest.mark.parametrize(
    "text, number, kind",
    [
        ("Only 60% of assessments were completed within the recommended 35 days, against the 80% target.", "35 days",
         "threshold"),
        ("Change 3: to implement the walking distance of three miles on a child's 8th birthday.", "three miles",
         "threshold"),
        ("The Hub operated 24/7, 365 days of the year, as the review recommended.", "365 days", "name"),
        ("The council is responsible for children looked after until they are 18, and then until they are 25.", "18",
         "age"),
    ],
)
def test_definitions_rules_and_ages_are_no_figures(text: str, number: str, kind: str) -> None:
    assert number not in _surfaces(text)
    assert _kinds(text)[number] == kind


@pytest.mark.parametrize(
    "text, number",
    [
        ("The average walking distance was 2 miles.", "2 miles"),
        ("Assessments took 35 days on average.", "35 days"),
        ("Staff worked 365 days without a break.", "365 days"),
        ("Referrals kept rising until 19, when the new team started.", "19"),
    ],
)
def test_measured_lengths_and_counts_stay(text: str, number: str) -> None:
    assert number in _surfaces(text)


# 6. A local telephone number after a name on a contact officer's line (one council's pages; disclosed in the note).
def test_local_numbers_on_a_contact_line_are_phones() -> None:
    text = "CONTACT OFFICER : Jane Smith 793 4411 John Brown 793 5522 WARDS TO WHICH REPORT RELATES: All"
    found = _surfaces(text)
    for n in ("793", "4411", "5522"):
        assert n not in found


def test_counts_after_a_contact_line_stay() -> None:
    text = "Contact officer: Jo Bloggs. The Service had 120 1500 contacts."
    assert "120" in _surfaces(text)


# 7. A financial year run together ("202425", the text writing "2024-25" too) or written short before a budget's noun.
@pytest.mark.parametrize(
    "text, number",
    [
        ("Outturn for the financial year 2024-25. The Outturn 202425 report summarised 33 objectives.", "202425"),
        ("Details would be in the report on the 22-23 budget to the next meeting.", "22-23"),
    ],
)
def test_a_financial_year_written_without_its_separator_or_short_is_a_period(text: str, number: str) -> None:
    assert number not in _surfaces(text)
    assert _kinds(text)[number] == "period"


@pytest.mark.parametrize(
    "text, number",
    [
        ("Visits rose to 202425 in the year.", "202425"),
        ("Classes of 22-23 pupils were kept.", "22-23"),
    ],
)
def test_counts_like_years_stay(text: str, number: str) -> None:
    found = _surfaces(text)
    assert number in found


# 8. An hour alone before "P.M." in capitals (one council's page; disclosed in the note).
def test_an_hour_before_pm_in_capitals_is_a_time() -> None:
    text = "SCHOOLS FORUM TO BE HELD ON MONDAY 4 MARCH 2019 3 P.M. AT THE LEARNING CENTRE"
    assert "3" not in _surfaces(text)
    assert _kinds(text)["3"] == "time"


def test_a_count_before_capitals_stay() -> None:
    assert "3" in _surfaces("Members noted 3 PMs were appointed.")


# 9. Points run into the text: closed by their bracket alone ("3) Agree ... the report 4) Delegate"), or after an
#    address the page hid in brackets ("[email protected] 1. Taking ... 2. Recommendations").
@pytest.mark.parametrize(
    "text, number",
    [
        ("Cabinet resolved to: 1) Authorise the works; 2) Agree the budget in the annex. 3) Agree Option 2 as set out "
         "in the report 4) Delegate authority to the Director. 5) Note the timetable.", "4"),
        ("Tel: 01234 567890 Email: [email protected] 1. Taking into account the consultation, changes are proposed. "
         "2. Recommendations To approve the policy.", "1"),
    ],
)
def test_a_point_run_into_the_text_is_a_list_number(text: str, number: str) -> None:
    assert _kinds(text)[number] == "list"


@pytest.mark.parametrize(
    "text, number",
    [
        ("The total (which fell to 4) The team 5) Another point.", "4"),
        ("The rate fell from 3 to 2. The team had 1. The end.", "2"),
    ],
)
def test_values_before_brackets_and_stops_stay(text: str, number: str) -> None:
    assert number in _surfaces(text)
