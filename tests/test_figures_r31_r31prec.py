"""Round 31, helper r31prec: false figures of text nobody tuned on (the blind sets' own first runs), by class: the ends
of an age range, a point of a report cited with its full stop, the span over which a change is reached ("over a
two-year period"), one-to-one working ("1 to 1 tuition").

Classes, councils and every figure that moved are in tests/realworld/notes/r31_r31prec.md. Every text was written for
the test in council style (not copied from a page). Each ``test_*`` whose name says a number "is" something fails on
ac12178f; a test named ``..._stay`` holds guards that pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import kinds as _kinds, surfaces as _surfaces


# 1. The ends of an age range are ages (gold and pools 0 of 10 at 6 councils).
@pytest.mark.parametrize(
    "text, number",
    [
        ("Demand had risen, which was explained by the increase in the age range from 19 years to 25 years.", "19 years"),
        ("Demand had risen, which was explained by the increase in the age range from 19 years to 25 years.", "25 years"),
    ],
)
def test_an_end_of_an_age_range_is_an_age(text: str, number: str) -> None:
    assert _kinds(text).get(number) == "age"


@pytest.mark.parametrize(
    "text, number",
    [
        ("The service widened its age range for short breaks from 16 to 18 last spring.", "16 to 18"),
        ("SEND support now covers an age range from birth to 25 after the reforms.", "25"),
        ("The unit will expand the age range from 11-16, to 9-16, next year.", "11-16"),
    ],
)
def test_age_ranges_read_before_stay(text: str, number: str) -> None:
    assert _kinds(text).get(number) == "age"


@pytest.mark.parametrize(
    "text, number",
    [
        ("Across the whole age range, 45 young people were not in education, employment or training.", "45"),
        ("The age range of the new provision is wide; 12 children aged 5 have started.", "12"),
        ("The age range from 5 to 11 covered 6 schools in the district.", "6"),
    ],
)
def test_counts_beside_an_age_range_stay(text: str, number: str) -> None:
    assert number in _surfaces(text)


# 2. A point of the report cited with its full stop before "of" (gold 0 of 3 "point N of/on" at 3 councils).
@pytest.mark.parametrize(
    "text, number",
    [
        ("This principle is important in relation to point 17. of the report presented to Cabinet.", "17"),
        ("Members asked about point 4. of the report on transport.", "4"),
    ],
)
def test_a_point_of_the_report_with_its_full_stop_is_not_a_figure(text: str, number: str) -> None:
    assert number not in _surfaces(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("The school was 17 points above the national average.", "17 points"),
        ("There were 6 schools in the cluster. Of the report's 12 recommendations, 9 were agreed.", "6"),
    ],
)
def test_points_that_are_figures_stay(text: str, number: str) -> None:
    assert number in _surfaces(text)


# 3. The span over which a change is reached (gold README: "would deliver an improvement over a two-year period" is a
#    period; gold 0 of 3 at 3 councils).
@pytest.mark.parametrize(
    "text, number",
    [
        ("The Board was advised that the Plan would deliver a marked improvement over a two-year period.", "two-year"),
        ("The report set out attainment and progress for pupils in the borough over a five year period.", "five year"),
        ("Outcomes for care leavers had risen steadily over a 3 year period.", "3 year"),
    ],
)
def test_the_span_of_a_change_over_a_period_is_not_a_figure(text: str, number: str) -> None:
    assert number not in _surfaces(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("For this block, there was a deficit recovery plan in place over a five year period.", "five year"),
        ("The deficit would be reduced through the General Fund over a 3-year period: £2m in 2025/26.", "3-year"),
        ("The service had improved, and a new strategy would run over a three year period.", "three year"),
        ("The Council agreed a three-year plan to improve attendance.", "three-year"),
    ],
)
def test_the_length_of_a_plan_or_a_sum_stays(text: str, number: str) -> None:
    assert number in _surfaces(text)


# 4. One-to-one working (Northumberland only: disclosed, nothing else in the gold or the pools).
@pytest.mark.parametrize(
    "text",
    [
        "All pupils in years 11 and 6 had been offered 1 to 1 tuition with approximately half taking it up.",
        "Young carers were offered 1-to-1 sessions by the team.",
    ],
)
def test_one_to_one_is_not_a_figure(text: str) -> None:
    assert not [s for s in _surfaces(text) if s.lower() in ("1", "one")]


@pytest.mark.parametrize(
    "text, number",
    [
        ("Vacant places fell from 2 to 1 over the year.", "1"),
        ("12 children aged 5 had 1 to 1 sessions with 3 tutors.", "12"),
        ("12 children aged 5 had 1 to 1 sessions with 3 tutors.", "3"),
        ("There were 6 schools with one to one tutors.", "6"),
    ],
)
def test_counts_beside_one_to_one_stay(text: str, number: str) -> None:
    assert number in _surfaces(text)


# 5. "for the next N years" after a change or a yearly amount in its clause frames it (a period; 3 councils: Hillingdon
#    gold, Cumbria and Liverpool pools); a plan's or a review's own length stays a figure (gold 5 of 5 at 4 councils).
@pytest.mark.parametrize(
    "text, number",
    [
        ("Housing growth would in turn affect demand for secondary places for the next 7 years.", "7 years"),
        ("The model assumed an increase of 12 foster placements every year for the next three years.", "three years"),
        ("A further £1.5m will be found each year for the next four years from the reserve.", "four years"),
    ],
)
def test_the_next_n_years_framing_a_change_is_not_a_figure(text: str, number: str) -> None:
    assert number not in _surfaces(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("The strategy sets out the vision and overarching priorities for the next three years.", "three years"),
        ("The Chair said the programme should be kept under review for the next 6 months.", "6 months"),
        ("The report outlined the Council's predicted position for the next 5 years; however it could change.", "5 years"),
        ("A steering group had been set up to plan for the next three years.", "three years"),
        ("There would be an increase of 12 foster placements this year.", "12"),
    ],
)
def test_the_length_of_a_plan_for_the_next_n_years_stays(text: str, number: str) -> None:
    assert number in _surfaces(text)
