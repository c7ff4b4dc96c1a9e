"""Round 13, r13struct: the measure a page's structure names when the figure's own line does not say it. Pages written
in council style (none copied from a page); every positive fails on 1c2a88b (checked by running them on its code: the
value had no phrase, the word after the band ("over"), the noun alone ("children"), or was no figure at all); the
guards pass on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from figure_rows import stage_phrases

from analysis.figures.layout import count_item


def _stage(tmp_path: Path, text: str) -> dict[str, tuple[str | None, str | None]]:
    """{surface: (indicator, indicator_id)} of the figures the clean and figures stages find in one page ``text``."""
    return stage_phrases(tmp_path, text)


# 1. A breakdown by age group: a list whose lines open with an age band, then the value ("- 1 to 4 years: 10%, a
#    decrease since 2021", "• 5-9 - 1,780 children"). The band names the part (with the noun counted after the value,
#    when there is one), as an alphabetic label "Under 1 year: 7%" already did. Seen in Birmingham's pen portrait (r8idA,
#    r8prec) and Hartlepool's looked-after children data (r8idA). Fails on 1c2a88b: no phrase, "over", or "children".
@pytest.mark.parametrize("page, surface, expected", [
    ("Looked after children by age\n\n- Under 1 year: 6%, up since last year.\n- 1 to 4 years: 12%, down since last "
     "year.\n- 5 to 9 years: 19%, level with last year.\n- 16 years and over: 23%, up since last year.\n",
     "12%", "1 to 4 years"),
    ("Looked after children by age\n\n- Under 1 year: 6%, up since last year.\n- 1 to 4 years: 12%, down since last "
     "year.\n- 5 to 9 years: 19%, level with last year.\n- 16 years and over: 23%, up since last year.\n",
     "23%", "16 years and over"),
    ("Our children at 31 March\n\n  • Breakdown by age\n    • Under 1 - 212 children\n    • 1-4 - 806 children\n"
     "    • 10-15 - 1,377 children\n", "806", "children aged 1-4"),
    ("Our children at 31 March\n\n  • Breakdown by age\n    • Under 1 - 212 children\n    • 1-4 - 806 children\n"
     "    • 10-15 - 1,377 children\n", "1,377", "children aged 10-15"),
    ("Children in need by age band:\n\n• 5-9: 431 children\n\n• 10-15: 688 children\n", "688", "children aged 10-15"),
])
def test_a_value_an_age_band_labels_takes_the_band(tmp_path, page, surface, expected):
    assert _stage(tmp_path, page)[surface][0] == expected


# 2. A bullet list of counts under a list's opening ("The area included:" then "4 Nursery Schools", "1 All through
#    School"): each item is a count of the things it names, not the number of an agenda item (title-case words after a
#    number at a line's start). Seen in North Northamptonshire's Schools Forum minutes (r12freshB). Fails on 1c2a88b:
#    "4 Nursery Schools" was a `reference`, "1 All through School" a figure with no phrase.
@pytest.mark.parametrize("surface, expected", [
    ("6", "Nursery Schools"),
    ("142", "Primary Schools"),
    ("2", "All through Schools"),
    ("1", "Pupil Referral Unit"),
])
def test_a_count_item_under_a_lists_opening_counts_its_things(tmp_path, surface, expected):
    page = ("It was reported that the maintained and academy estate across the county comprised:\n\n·       6 Nursery "
            "Schools\n\n·       142 Primary Schools\n\n·       2 All through Schools\n\n·       1 Pupil Referral Unit\n")
    assert _stage(tmp_path, page)[surface][0] == expected


# Guards (pass on 1c2a88b too): an alphabetic label keeps its phrase; a period label is no age band; agenda items keep
# being references, under an opening or not; a count item that is a sentence keeps its own phrase.
def test_an_alphabetic_band_label_is_unchanged(tmp_path):
    got = _stage(tmp_path, "Looked after children by age\n\n- Under 1 year: 6%, up since last year.\n")
    assert got["6%"][0] == "Under 1 year"


def test_a_period_label_is_no_age_band(tmp_path):
    got = _stage(tmp_path, "Number of pupils permanently excluded\n\n2021-22: 18\n\n2022-23: 23\n")
    assert got["23"][0] == "pupils permanently excluded, 2022-23"


@pytest.mark.parametrize("page", [
    "Agenda:\n\n·       2 Apologies\n\n·       3 Declarations of Interest\n\n·       4 Financial Implications\n",
    "Contents\n\n4 Financial Implications\n\n5 Legal Implications\n",
])
def test_agenda_items_stay_references(tmp_path, page):
    assert _stage(tmp_path, page) == {}


def test_a_count_item_that_is_a_sentence_keeps_its_phrase(tmp_path):
    got = _stage(tmp_path, "The team reported:\n\n·       38 children were missing education in March\n")
    assert got["38"][0] == "children missing education in March"


def test_count_item():
    assert count_item("4 Nursery Schools") == "Nursery Schools"
    assert count_item("0 PRU's / AP settings") == "PRU's / AP settings"
    assert count_item("2 Apologies") == ""
    assert count_item("112 children are missing education") == ""
    assert count_item("2024 onwards") == ""
    assert count_item("4 Nursery Schools and 3 Special Schools") == ""


# 3. A table whose raw lines part cells with runs of spaces, tabs or bars, under a header row naming its columns
#    ("School  Current Admission Limit  Proposed Admission Limit", "| Placement type | 2022/23 | 2023/24 |"): each value
#    cell of a row measures its column for the row's label ("Current Admission Limit, Bramley St Peters"), or the row's
#    label in the column's period ("Residential care, 2022-23"). Seen in Leeds's admission limits (r12freshA); multi-cell
#    rows under a header of periods are common on FOI pages (r12struct's notes). Fails on 1c2a88b: the row label alone.
_ADMISSIONS = ("RESOLVED - That the following published admission numbers be approved:\n\n"
               "School  Current Admission Number  Proposed Admission Number\n\nPrimary\n\n"
               "Ashfield Primary   30   45\n\nBrook Lane Infants   60  90\n")
_SPEND = ("Placement spend by type\n\n                      2021-22     2022-23\nResidential care      £12.1m      £14.3m\n"
          "In-house fostering    £6.2m       £6.5m\n")
_BARS = ("Table 2: placements\n\n| Placement type | 2022/23 | 2023/24 |\n|---|---|---|\n| Residential homes | 41 | 47 |\n"
         "| Supported lodgings | 18 | 22 |\n")


@pytest.mark.parametrize("page, surface, expected", [
    (_ADMISSIONS, "30", "Current Admission Number, Ashfield Primary"),
    (_ADMISSIONS, "90", "Proposed Admission Number, Brook Lane Infants"),
    (_SPEND, "£14.3m", "Residential care, 2022-23"),
    (_SPEND, "£6.2m", "In-house fostering, 2021-22"),
    (_BARS, "47", "Residential homes, 2023/24"),
    (_BARS, "18", "Supported lodgings, 2022/23"),
])
def test_a_cell_under_a_header_row_takes_its_column(tmp_path, page, surface, expected):
    assert _stage(tmp_path, page)[surface][0] == expected


# Guards: a row whose cells do not match the header's columns, and a row after a paragraph that ended the table, keep
# their row label; prose with double spaces after a full stop is no header.
def test_rows_that_do_not_fit_the_header_keep_their_label(tmp_path):
    got = _stage(tmp_path, "School  Current Admission Number  Proposed Admission Number\n\nAshfield Primary   30\n\n"
                           "The Board noted that the changes followed consultation with governors and the diocese.\n\n"
                           "Brook Lane Infants   60  90\n")
    assert got["30"][0] == "Ashfield Primary"
    assert got["60"][0] == "Brook Lane Infants"


def test_prose_with_double_spaces_is_no_header(tmp_path):
    got = _stage(tmp_path, "The report was noted.  Members asked about places\n\nAshfield Primary   30   45\n")
    assert got["30"][0] == "Ashfield Primary"


# 4. The same tables with a header indented past the rows' labels (no stub), a cell with no value ("-", "n/a": a
#    suppressed or missing count) and bulleted rows: the value cells still take their columns. Fails on 1c2a88b: the row
#    label alone (and "Foster care n/a" for the cell after a missing one).
_GAPS = ("Placements by type\n\n                    Current    Proposed\nResidential care    41         38\n"
         "Secure homes        -          3\nFoster care         n/a        212\n")
_BULLETED = ("Children in care by placement:\n\n          2022/23   2023/24\n•  Residential homes   41   47\n"
             "•  Supported lodgings   18   22\n")


@pytest.mark.parametrize("page, surface, expected", [
    (_GAPS, "41", "Current, Residential care"),
    (_GAPS, "3", "Proposed, Secure homes"),
    (_GAPS, "212", "Proposed, Foster care"),
    (_BULLETED, "47", "Residential homes, 2023/24"),
    (_BULLETED, "18", "Supported lodgings, 2022/23"),
])
def test_a_cell_under_an_indented_header_or_after_an_empty_cell_takes_its_column(tmp_path, page, surface, expected):
    assert _stage(tmp_path, page)[surface][0] == expected
