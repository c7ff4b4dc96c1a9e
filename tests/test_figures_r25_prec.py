"""Round 25, helper r25prec: false figures by mechanism (numbered labels: a number after a word the document numbers
a series of, or a label opening a sentence before a colon; coordinated ages before "year olds"; a section's number and
its first paragraph's run into one line).

Classes, councils and every figure that moved are in tests/realworld/notes/r25_r25prec.md. Every text was written for
the test in council style (not copied from a page). Each ``test_*`` whose name says a number "is" something fails on
d0d2a06; a test named ``..._stay`` holds guards that pass on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.figures.layout import label_numbering
from figure_rows import kinds as _kinds, stage_table, surfaces as _surfaces


# 1. Numbered labels. A count stands before what it counts ("four changes"); a number after a noun that the document
#    numbers a series of names an item of the series, whatever the noun ("Change 2" beside "Change 1" and "Change 3";
#    "point 9" beside "Point 8"), as "Performance Measure 1" does (tests/gold/README.md). The series is read over the
#    whole document: its members may stand in other paragraphs. Councils: Hampshire (r24blindH), Torbay, Salford
#    (r24blindI), Norfolk (r10prec); the sentence-opening label, Hampshire and Hillingdon (r24blindH).
@pytest.mark.parametrize(
    "text, surface",
    [
        ("The proposals are as follows. Variation 1 (the discretionary offer) ends. Variation 2 (the charge) affects "
         "40 pupils.", "2"),
        ("The summary is under heading 4 (costs).\n\nUnder Heading 3 the board noted 12 vacancies.\n\nUnder Heading 5 "
         "the board noted the plan.", "4"),
    ],
)
def test_a_number_in_a_series_of_labels_is_a_name(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)
    assert _kinds(text)[surface] == "name"


def test_a_series_of_labels_across_paragraphs_is_read_over_the_document(tmp_path: Path) -> None:
    text = ("Members agreed the following.\n\nAmendment 1 - the wording of the policy.\n\nThe committee heard that "
            "amendment 2, on charges, would cost £45,000 and affect 120 families.")
    assert list(stage_table(tmp_path, text)["surface"]) == ["£45,000", "120"]


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("The number rose from 5 to 6 and was 7 in May.", ["5", "6", "7"]),  # function words before: values
        # a series of neighbours, but a lower-case word after each: values a label seldom is
        ("Referrals 45 in April; referrals 46 in May.", ["45", "46"]),
        ("The school has 3 classes; the other has 4 classes.", ["3", "4"]),  # a count before its noun
        ("In total 12 were placed; in total 14 were moved.", ["12", "14"]),
    ],
)
def test_values_after_words_stay(text: str, surfaces: list[str]) -> None:
    assert _surfaces(text) == surfaces


def test_label_numbering_reads_series_not_single_numbers() -> None:
    single = label_numbering("Option 2 was chosen; the fee rose to 45 and then to 46.")
    assert ("option", 2) not in single and ("to", 45) not in single and ("to", 46) not in single
    series = label_numbering("Item 3 and ITEM 4")
    assert ("item", 3) in series and ("item", 4) in series and ("item", 5) not in series


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The following was agreed:\nADJUSTMENT 3: To continue the outreach offer to 25 families.", "3"),
        ("The changes proposed: Variation 2: To stop the offer for new applicants from September.", "2"),
    ],
)
def test_a_label_opening_a_sentence_before_a_colon_is_a_name(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)
    assert _kinds(text)[surface] == "name"


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("Referrals 45: a rise on the year.", ["45"]),  # a lower-case clause after the colon
        ("The total was 45 - The highest yet.", ["45"]),  # more than one word before it
    ],
)
def test_values_before_a_colon_stay(text: str, surfaces: list[str]) -> None:
    assert _surfaces(text) == surfaces


# 2. Coordinated ages: coordination gives every member the kind of the last ("2, 3- and 4-year olds": all three ages;
#    "three to four year olds"), as it makes both stretches of "the last 3 and 5 years" periods (r24prec). Councils:
#    Wiltshire (r24blindJ), West Berkshire (r24blindI); with r24prec's stretches of time, Southwark (r23blindF).
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Funding for the entitlement for 2, 3- and 4-year olds is forecast to be underspent by £0.2m.", "2"),
        ("The offer of 15 hours for three to four year olds starts in September.", "three"),
    ],
)
def test_the_first_of_coordinated_ages_is_an_age(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)
    assert _kinds(text)[surface] == "age"


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("The service supported 45 and 16 young people over the period.", ["45", "16"]),
        ("There were 3 and 4 children in the homes.", ["3", "4"]),
    ],
)
def test_coordinated_counts_stay(text: str, surfaces: list[str]) -> None:
    assert _surfaces(text) == surfaces


# 3. A section's number, its heading and its first paragraph's number run into one line by a converted page: "1.
#    Purpose of report 1.1 The purpose ..." (the heading may end in a lower-case word), "2004. 1 Background : Targets
#    1.1 The primary ...". Councils: Hertfordshire (r24blindH), Salford (r24blindI): two councils, said plainly.
@pytest.mark.parametrize(
    "text, marks",
    [
        ("Lead Member for Families 1. Purpose of report 1.1 The purpose of this report is to update the Panel on 45 "
         "cases.", ["1.1"]),
        ("The data is correct as at 4 May 2010. 2 Background : Service Targets 2.1 The main target is to reduce the "
         "number by 5%.", ["2", "2.1"]),
    ],
)
def test_a_section_number_and_its_first_paragraph_number_are_lists(text: str, marks: list[str]) -> None:
    found = _surfaces(text)
    kinds = _kinds(text)
    for mark in marks:
        assert mark not in found
        assert kinds[mark] == "list"


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("The rate was 1 in 5 in the report 1.1 The figure was low.", ["1.1"]),
        ("The average was 2 Background : Targets 2.4 The main", ["2", "2.4"]),
    ],
)
def test_values_near_a_heading_stay(text: str, surfaces: list[str]) -> None:
    assert [s for s in _surfaces(text) if s in surfaces] == surfaces


# 4. A code: a number after an acronym in capitals ("the report ABC 123 Youth Review", "the YJS 1 evaluation", "the
#    Q 3 period"). A count stands before what it counts; after an acronym a number is the acronym's code. Councils:
#    Hounslow (r21blind; r10idB), Hertfordshire (r23blindD), Newcastle (r19freshA), Salford (r24blindI).
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Call-in: Decision on CYPS 512: Youth Offer Review", "512"),
        ("The items included a YJS 2 sports evaluation and 14 case reviews.", "2"),
        ("The report covers performance for the Q 2 period of July to September.", "2"),
    ],
)
def test_a_number_after_an_acronym_is_a_code(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)
    assert _kinds(text)[surface] == "name"


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("NEARLY 400 children are in care.", ["400"]),  # a function word in capitals
        ("The YJS 12 young people were supported.", ["12"]),  # a counted noun after it
        ("Numbers at the end of March:\n\nCIN 345\n\nCPP 120", ["345", "120"]),  # a table's rows
    ],
)
def test_values_after_capitals_stay(text: str, surfaces: list[str]) -> None:
    assert [s for s in _surfaces(text) if s in surfaces] == surfaces
