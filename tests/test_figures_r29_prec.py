"""Round 29, helper r29prec: false and missed figures of the 20 open blind sets by mechanism (counts of things the
meeting received; ages written as a bracketed group, a glued band or a stage of a life; references glued to a section
number, a report's number with its year, an asterisk's footnote mark).

Classes, councils and every figure that moved are in tests/realworld/notes/r29_r29prec.md. Every text was written for
the test in council style (not copied from a page). Each ``test_*`` whose name says a number "is" something fails on
78955dbd; a test named ``..._stay`` holds guards that pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import kinds as _kinds, surfaces as _surfaces


# 1. Counts of things the meeting received are figures (gold README r25: "counts in a meeting's procedure: questions
#    received ..."): "one" as the subject of a passive "received", a written number after a "Minutes:" label closing its
#    line, deputations recorded as received.
@pytest.mark.parametrize(
    "text, number",
    [
        ("Minute 12: it was reported that one nomination had been received for the parent governor vacancy.", "one"),
        ("Public questions.\n\nMinutes:\n\nOne question was received before the meeting and answered by the Chair.",
         "One"),
        ("The Chair said that three deputations had been received and that the order of business had changed.",
         "three"),
        ("The clerk confirmed that just one late application has been received this term.", "one"),
    ],
)
def test_a_count_of_things_received_is_a_figure(text: str, number: str) -> None:
    assert number in _surfaces(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("The panel would proceed provided at least one application had been received by the deadline.", "one"),
        ("Several bids were made; one of these was received late.", "one"),
        ("The committee heard two deputations on the school closure.", "two"),
        ("The Forum may hear up to three deputations at any meeting.", "three"),
        ("see Minutes: Two", "Two"),
    ],
)
def test_received_and_labels_not_counted_stay(text: str, number: str) -> None:
    assert number not in _surfaces(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Two nominations were received for the post of Chair.", "Two"),
        ("6 valid questions have been received from members of the public.", "6"),
    ],
)
def test_counts_read_before_stay(text: str, number: str) -> None:
    assert number in _surfaces(text)


def test_a_written_number_opening_the_paragraph_after_a_minutes_label_is_not_its_reference() -> None:
    text = "Grants.\n\nMinutes:\n\nThree schools had applied for the grant."
    assert "Three" in _surfaces(text)


# 2. Ages (gold README: `under 18s`, ages are eligibility, not measurement): the group's initials in brackets before
#    "under 18", a 16-19 band whose dash the page lost, the first days of a child's life.
@pytest.mark.parametrize(
    "text, number",
    [
        ("As a port authority, 21% of Looked After Children (LAC) under 18 had arrived as asylum seekers.", "18"),
        ("Apologies were received from Jo Bloggs (1619 providers' representative) and the PRU head.", "1619"),
        ("The strategy stressed the first 1,001 days of a child's life and the role of family hubs.", "1,001 days"),
    ],
)
def test_an_age_is_not_a_figure(text: str, number: str) -> None:
    assert number not in _surfaces(text)
    assert _kinds(text)[number] == "age"


@pytest.mark.parametrize(
    "text, number",
    [
        ("Looked After Children (LAC) rose to 312 in March.", "312"),
        ("The first 100 days of the new administration saw 40 visits.", "100 days"),
        ("The service had 1619 contacts in the quarter.", "1619"),
        ("21% of Looked After Children (LAC) under 18 had arrived unaccompanied.", "21%"),
    ],
)
def test_counts_beside_ages_stay(text: str, number: str) -> None:
    assert number in _surfaces(text)


# 3. References: a table's number whose word is glued to the section number before it, a report's number with the
#    financial year it was written in, an asterisk's footnote mark in brackets.
@pytest.mark.parametrize(
    "text, number",
    [
        ("1. REVENUE VARIANCES 1.1Table 1 below summarises the variances by service.", "1"),
        ("Decisions: (Report 212/13-14) (Key decision) The Cabinet Member introduced the report.", "212"),
        ("That the revised policy (Appendix 1) be published. *(2) 3. Reasons For Recommendations", "2"),
    ],
)
def test_a_reference_is_not_a_figure(text: str, number: str) -> None:
    assert number not in _surfaces(text)
    assert _kinds(text)[number] == "reference"


@pytest.mark.parametrize(
    "text, number",
    [
        ("The Annual Report 24/25 showed 12 schools in deficit.", "12"),
        ("The report noted costs of £4,000 (2) for each placement.", "£4,000"),
        ("The Report 157 families were supported this year.", "157"),
    ],
)
def test_numbers_near_references_stay(text: str, number: str) -> None:
    assert number in _surfaces(text)


# 4. The span a sum is spent, saved or invested over is a figure (gold README: "£10m invested over six years", "a £40m
#    saving over the next three years"), whether "over N years" or "over/in the next N years" after the sum.
@pytest.mark.parametrize(
    "text, number",
    [
        ("Overall, £45 million may be needed to fund the new school places over the next 4 years.", "4 years"),
        ("Some academies have had a cash loss of more than £150,000 over two years.", "two years"),
        ("The council must find an extra £21m saving over the next three years, with cuts to early help.",
         "three years"),
        ("The plan will see an extra £8m invested over the coming three to five years.", "three to five years"),
    ],
)
def test_the_span_of_a_sum_is_a_figure(text: str, number: str) -> None:
    assert number in _surfaces(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Spending on agency staff rose by £3m over the last three years.", "three years"),
        ("We know that over the next five years we face a further £60m pressure.", "five years"),
        ("Costs were £2m. Over the next three years the number of pupils will grow.", "three years"),
        ("The DfE allocated £2,500,000 of capital funding over three financial years (2018/19, 2019/20, 2020/21).",
         "three"),
        ("The service hopes to recruit 80 more foster carers in the next 18 months.", "18 months"),
        ("Children who waited over 18 weeks for an assessment fell to 40.", "18 weeks"),
    ],
)
def test_spans_without_a_sum_spent_over_them_stay(text: str, number: str) -> None:
    assert number not in _surfaces(text)
