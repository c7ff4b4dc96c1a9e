"""Round 23, helper r23prec: false figures by mechanism (a report's paragraph numbering read over the whole document;
a paragraph cited as "1.3 of the report").

Classes, councils and every figure that moved are in tests/realworld/notes/r23_r23prec.md. Every text was written for
the test in council style (not copied from a page). Each ``test_*`` whose name says a number "is" something fails on
1a07079; a test named ``..._stay`` holds guards that pass on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.figures.layout import numbers_a_paragraph, paragraph_numbering
from figure_rows import kinds as _kinds, stage_table, surfaces as _surfaces


# 1. A report's paragraph number is read against the numbering of the whole document: the segment a number stands in
#    may hold one paragraph only (its neighbours "1.2", "1.3" in other segments), or a paragraph run into a heading or
#    a contents line, or glued to a one-letter word ("1.4I would"). Its neighbour in the numbering opening a line of
#    the document makes it a list's number (Blackpool, Luton in r22blindA; the segment-level rules of r13prec and
#    r14prec rest on other councils' pages).
PAPER = (
    "Placement Strategy\n\n"
    "Contents 1.0 Introduction – Local Context and Plans\n\n"
    "2.0 Vision and Priorities\n\n"
    "1.0 Introduction, Local Context and Plans 1.1 The purpose of this strategy is to plan for the needs of children in "
    "care.\n\n"
    "1.2 This document sets out how 412 children were placed last year.\n\n"
    "1.3Over the year the service opened 3 new homes.\n\n"
    "1.4I would like to thank the 25 carers who took part.\n\n"
    "1.5 The panel met 11 times.\n"
)


def test_paragraph_numbers_read_over_the_document_are_list_numbers(tmp_path: Path) -> None:
    figs = stage_table(tmp_path, PAPER)
    assert list(figs["surface"]) == ["412", "3", "25", "11"]


@pytest.mark.parametrize(
    "text, surfaces",
    [
        # no numbering at the lines' starts: a decimal before a capital stays a value
        ("Average caseload\n\nThe average was 1.1 The year before it was 1.3 per worker.", ["1.1", "1.3"]),
        # a numbering, but the number follows a lower-case word: a value
        ("1.1 The rate\n\nIt rose to 1.2 Most of the rise was in March.\n\n1.3 The cost", ["1.2"]),
    ],
)
def test_values_beside_a_numbering_stay(tmp_path: Path, text: str, surfaces: list[str]) -> None:
    assert list(stage_table(tmp_path, text)["surface"]) == surfaces


def test_the_numbering_is_read_at_lines_starts_before_a_capital() -> None:
    doc = "1.1 The aim\nrose by\n1.2 per cent\n2.0Background\n 3.1. Scope"
    assert paragraph_numbering(doc) == frozenset({(1, 1), (2, 0), (3, 1)})
    t = "Contents 2.1 Summary"
    assert numbers_a_paragraph(t, 9, 12, paragraph_numbering(doc)) is True  # its neighbour 2.0 opens a line
    t = "Contents 4.1 Summary"
    assert numbers_a_paragraph(t, 9, 12, paragraph_numbering(doc)) is False  # neither 4.0 nor 4.2 does
    assert numbers_a_paragraph(t, 9, 12, frozenset({(4, 2)})) is True


# 2. A two-level number cited as a paragraph of a report by what follows it, without its word before ("noted in 1.3 of
#    the report"), is a reference, as "section 1.3 of the report" is: no value is "of the report". The bare form rests
#    on one council's minutes (r22blindB, Oldham); the shape with its word before is on several councils' pages.
@pytest.mark.parametrize(
    "text, number",
    [
        ("Members noted that for 1.1. of the report the service had benefited from new funding.", "1.1"),
        ("The Finance Manager noted in 2.4 of the report that spending was on budget.", "2.4"),
        ("As set out at 3.2 of the covering report, the scheme continues.", "3.2"),
    ],
)
def test_a_paragraph_cited_of_the_report_is_a_reference(text: str, number: str) -> None:
    assert _kinds(text).get(number) == "reference"
    assert number not in _surfaces(text)


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("The rate was 1.3 of the national rate.", ["1.3"]),
        ("Some 45 of the report's readers replied.", ["45"]),
        ("The report noted 2.5 FTE posts in the team.", ["2.5"]),
    ],
)
def test_values_near_a_report_stay(text: str, surfaces: list[str]) -> None:
    assert _surfaces(text) == surfaces


# 3. (recall) The length of a plan, programme, course or service offer is a figure (tests/gold/README.md, "Stretches of
#    time"), also when words qualify the noun between the length and it: the noun phrase is read to its head ("a
#    three-year strategic recovery plan"); it was a name, as "six-month reviews" is. Three councils' blind gold
#    (r21blind Hillingdon, r22blindB Oldham and Wiltshire); the plan-length rule itself rests on six councils.
@pytest.mark.parametrize(
    "text, surface, phrase",
    [
        ("The cabinet agreed a three-year strategic recovery plan for the service.", "three-year",
         "length of strategic recovery plan"),
        ("The council has signed a 10-year high needs recovery plan with the department.", "10-year",
         "length of high needs recovery plan"),
        ("Schools will receive a two-year service offer for speech therapy.", "two-year", "length of service offer"),
        ("This is the last year of a 3 year school improvement programme.", "3 year", "length of school improvement programme"),
    ],
)
def test_a_qualified_plan_s_length_is_a_figure(text: str, surface: str, phrase: str) -> None:
    from figure_rows import one_figure

    row = one_figure(text, surface)
    assert row["indicator"].startswith(phrase)


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("The 2 year old offer is taken up by 300 families.", ["300"]),  # an age
        ("Children have six-month review plans written by the team.", []),  # a recurring review names it
        ("The panel met for a two-year period of review and then 4 of its plans closed.", ["two-year", "4"]),
        ("Staff attend six-month reviews of the plan.", []),
    ],
)
def test_ages_and_reviews_beside_a_plan_stay(text: str, surfaces: list[str]) -> None:
    assert _surfaces(text) == surfaces
