"""Guards for the page-furniture and procedure rules of issue 11: each rule that takes a number out of
the figures (votes, the meeting's papers, a label or a number alone on its line, a day after its
month, a clock time, members absent, the age groups of a breakdown, a glued sub-reference) must
leave the council's figures written in other ways as figures. Each case is a sentence as minutes
write it; each rule's own furniture cases stay in tests/test_figures.py."""

from __future__ import annotations

import pytest

from analysis import figures


@pytest.mark.parametrize(
    "sentence, surface",
    [
        # a comparison after "against" is not a vote
        ("The number of children on a child protection plan was 250, against 280 a year earlier.", "280"),
        ("There were 312 children in care against 298 in March.", "298"),
        ("Agency social workers numbered 41 against 52 at the same point last year.", "52"),
        # votes cast by young people or residents are not the committee's
        ("The Make Your Mark ballot saw 12,345 votes cast by young people.", "12,345"),
        ("The youth council election received 3,200 votes from pupils across the borough.", "3,200"),
        ("Over 150 votes were cast in the young people's budget consultation.", "150"),
        # reports counted as events are not the meeting's papers
        ("There were 124 reports from the Police regarding domestic abuse.", "124"),
        ("There had been 45 reports of Missing from Home episodes in the quarter.", "45"),
        ("The LADO received 38 reports from Schools about staff conduct.", "38"),
        # a table's rows: a measure and its value on one line, or the value on a line of its own
        ("Referrals 45\nAssessments 38\n", "45"),
        ("Exclusions 12\nVacancies 8\n", "12"),
        ("Children in care\n312\nCare leavers\n190\n", "312"),
        # a count after its month
        ("In March 12 new foster carers were approved.", "12"),
        ("In October 9 care leavers started university.", "9"),
        ("During June 15 additional placements were made.", "15"),
        # a decimal after "at" or "from" is a value, not a clock time
        ("The rate per 10,000 stood at 19.45 compared with 21.30 nationally.", "19.45"),
        ("Average caseloads reduced from 18.20 to 16.50.", "18.20"),
        ("The average score was at 12.40 for the cohort.", "12.40"),
        # members of staff absent are a workforce figure
        ("Due to sickness absence, 5 members of staff were off work.", "5"),
        ("Staff absence: 12 members of staff were on long-term sick leave.", "12"),
        # "over 22", "below 18" after a verb are values; only a share's complement is an age group
        ("The average caseload was above 22 for three teams.", "22"),
        ("Caseloads are below 18 in most teams.", "18"),
        ("Caseloads were over 20 for four social workers.", "20"),
        # letters glued to a bracket: a PDF's lost space, not "Section 100A(4)"
        ("The number of children in care(312) had risen.", "312"),
        ("Care leavers in suitable accommodation(95) were counted.", "95"),
    ],
)
def test_a_figure_written_near_meeting_furniture_stays_a_figure(sentence: str, surface: str) -> None:
    f, n = figures.extract(sentence)
    kinds = dict(zip(n["surface"], n["kind"]))
    assert surface in f["surface"].tolist(), f"{surface!r} taken as {kinds.get(surface)!r} in {sentence!r}"


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("The number of children on a child protection plan was 250 against 280 last year.", "250"),
        ("Performance was 85 against a target of 90.", "85"),
        ("Re-referrals numbered 112 against the national average of 98.", "112"),
        ("Spend on placements was £4.5m against £4.0m budgeted.", "£4.5m"),
    ],
)
def test_a_value_compared_against_another_is_not_a_vote(sentence: str, surface: str) -> None:
    assert surface in figures.extract_figures(sentence)["surface"].tolist()


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("The DSG balance carried forward is £12.5m in deficit.", "£12.5m"),
        ("The High Needs Block reserve carried forward stands at £9.1m overdrawn.", "£9.1m"),
        ("The DSG reserve brought forward was -£3.2m.", "-£3.2m"),  # (r43values) the amount with its sign
        ("The DSG negative reserve carried forward is £6m.", "£6m"),
        ("The cumulative DSG reserve carried forward is (£8.2m).", "£8.2m"),
    ],
)
def test_a_balance_carried_forward_in_deficit_is_the_dsg_deficit(sentence: str, surface: str) -> None:
    # a balance or reserve is neither a variance nor a deficit, unless the minutes say it is negative:
    # in brackets, with a minus sign, "in deficit", "overdrawn", "negative reserve" (indicators.yml's qualifier)
    f = figures.extract_figures(sentence)
    assert f.loc[f["surface"] == surface, "indicator_id"].tolist() == ["high_needs_deficit"]


def test_a_positive_carry_forward_is_no_deficit() -> None:
    f = figures.extract_figures("A carry forward of £0.8m was agreed for the Schools Block, which ended the year balanced.")
    assert f.loc[f["surface"] == "£0.8m", "indicator_id"].isna().all()
    f = figures.extract_figures("The DSG reserve carried forward is expected to be £2m-£3m at year end.")
    assert f.loc[f["surface"].str.startswith("£2m"), "indicator_id"].isna().all()


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("In the area 45.2 children per 10,000 were in care.", "45.2"),
        ("Across the district 12.5 per 1,000 were referred.", "12.5"),
        ("For the cohort 18.6 was the average Attainment 8 score.", "18.6"),
    ],
)
def test_a_decimal_after_a_place_or_group_word_is_a_value(sentence: str, surface: str) -> None:
    # "Room 2.14", "Version 3.0" are names; a decimal after "area", "district", "cohort" is not
    assert surface in figures.extract_figures(sentence)["surface"].tolist()


@pytest.mark.parametrize(
    "sentence, surface, iid",
    [
        ("The number of children in care rose to 312 at a rate of growth faster than nationally.", "312",
         "children_in_care"),
        ("Child protection plans increased to 287, a rate of increase well above neighbours.", "287",
         "child_protection_plans"),
    ],
)
def test_a_count_next_to_a_rate_of_change_is_still_the_count(sentence: str, surface: str, iid: str) -> None:
    # "per 10,000" makes a count a rate; "a rate of growth" in the same clause does not
    f = figures.extract_figures(sentence)
    assert f.loc[f["surface"] == surface, "indicator_id"].tolist() == [iid]


def test_a_rate_per_population_is_not_a_count() -> None:
    f = figures.extract_figures("The rate of children looked after was 65.")
    assert f.loc[f["surface"] == "65", "indicator_id"].isna().all()
    f = figures.extract_figures("Children in need per 10,000 were 345.")
    assert f.loc[f["surface"] == "345", "indicator_id"].isna().all()


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Child protection plans\n 287\nChildren in need\n 1,945", "287"),  # a value alone before the next label
        ("There was a 10-day delay in completing assessments.", "10-day"),
        ("Families faced the 18-week wait for CAMHS.", "18-week"),
        ("There was a 10 day delay in the review.", "10 day"),
        ("Average caseloads were under 20.", "20"),
    ],
)
def test_values_that_older_name_and_age_rules_took_are_figures(sentence: str, surface: str) -> None:
    # a title after an agenda number stays on its line; a wait or a delay is measured, whatever its
    # hyphen; "under 20" after caseloads is a value, not an age
    assert surface in figures.extract_figures(sentence)["surface"].tolist()
