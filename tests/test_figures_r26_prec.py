"""Round 26, helper r26prec: false figures on unseen pages, by structural mechanism (a number read from the place it
holds in the document: an agenda item's number in a series of items run into the text; a number before a heading in
capitals).

Classes, councils and every figure that moved are in tests/realworld/notes/r26_r26prec.md. Every text was written for
the test in council style (not copied from a page). Each ``test_*`` whose name says a number "is" something fails on
8faae93; a test named ``..._stay`` holds guards that pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import kinds as _kinds, stage_table, surfaces as _surfaces


# 1. Agenda items run into the text. A converted minute page runs each item's number and title into the text of the
#    item before; one number opening a sentence before a capitalised word may be a count, two or more of them (any
#    numbers: an excerpt may skip items) number the items.
@pytest.mark.parametrize(
    "text, numbers",
    [
        ("The posts run for two years. 3 Declaration of Interests There were none. 4 Minutes of the last meeting "
         "The minutes were agreed; 12 schools had replied.", ["3", "4"]),
        ("Jane Smith (JS)\n1 / Apologies for Absence\nApologies were received.\n2 / Rising cost of school places\n"
         "The paper showed 45 places.", ["1", "2"]),
        ("Mrs A Brown - Finance Officer 1. Apologies were received from two members. 2. MEMBERSHIP REVIEW Ms Shaw "
         "said 14 seats were filled.", ["1"]),
        # an excerpt skips items: two item numbers are a numbering too
        ("Report by the Director of Services. 2 Services Committee Minutes of 3 May. Report by the Director of Services. "
         "6 Integrated Performance Report The overspend was £4m.", ["2", "6"]),
    ],
)
def test_an_agenda_items_number_in_a_series_is_no_figure(text: str, numbers: list[str]) -> None:
    found = _surfaces(text)
    for n in numbers:
        assert n not in found
        assert _kinds(text)[n] == "list"


# 2. A number before a heading in capitals numbers the page, the item or the report the heading heads.
@pytest.mark.parametrize(
    "text, number",
    [
        ("CABINET MONDAY 4 MARCH AT 2.00 P.M. 7\n\nCOUNTY COUNCIL REVENUE BUDGET MONITOR\nThe overspend was £3m.", "7"),
        ("Dates: Tuesday 5 May at 4pm 312 NORTHTOWN SCHOOLS’ FORUM MINUTES OF A MEETING HELD ON 3 MAY", "312"),
    ],
)
def test_a_number_before_a_heading_in_capitals_is_a_reference(text: str, number: str) -> None:
    assert number not in _surfaces(text)
    assert _kinds(text)[number] == "reference"


def test_a_number_ending_its_paragraph_before_a_heading_in_capitals_is_no_figure(tmp_path) -> None:
    # the stage cuts the page into paragraphs: the heading is read over the whole document (.kinds.mark_between)
    text = ("Agenda Item No:\n\nCABINET MONDAY 4 MARCH AT 2.00 P.M. 7\n\nCOUNTY COUNCIL REVENUE BUDGET MONITOR\n\n"
            "The overspend was £3m.")
    assert list(stage_table(tmp_path, text)["surface"]) == ["£3m"]


def test_agenda_items_in_paragraphs_of_their_own_are_no_figures(tmp_path) -> None:
    # each item's number opens its own paragraph: the series is read over the whole document (.layout.numbers_an_item)
    text = ("Jane Smith (JS)\n\n1 / Apologies for Absence\n\nApologies were received from two members.\n\n"
            "2 / Rising cost of school places\n\nThe paper showed 45 places were bought.")
    assert list(stage_table(tmp_path, text)["surface"]) == ["45"]


@pytest.mark.parametrize(
    "text, surfaces",
    [
        # one number opening a sentence, no other item's number the same way: a count
        ("The review was agreed. 3 Foster Carers joined in May.", ["3"]),
        # counts opening sentences in a row, a count's noun among their first words
        ("It was noted. 3 Primary Schools were inspected. 4 Secondary Schools were too.", ["3", "4"]),
        # counts before capitals that name what they count, and capitals that open a sentence
        ("There were 45 LOOKED AFTER CHILDREN and 12 NEW HOMES.", ["45", "12"]),
        ("Labour 40 THE END of it.", ["40"]),
    ],
)
def test_counts_before_capitals_stay(text: str, surfaces: list[str]) -> None:
    assert _surfaces(text) == surfaces
