"""Round 24, helper r24review: faults a second reader found in round 24's code (r24prec, r24id), each with a tiny text
written for the test in general English (not copied from a page). Each ``test_*`` fails on ac771fb and passes after
its fix, except those named ``..._stay`` (guards that pass on both); see tests/realworld/notes/r24_r24review.md.
"""

from __future__ import annotations

from pathlib import Path

from analysis.figures.layout import paragraph_numbering
from figure_rows import stage_table


# 1. paragraph_numbering counted the sections of the numbers that open lines among those "inside a line": any report
#    numbered at its lines' starts over two sections (most reports) made every row of values beside capitals inside a
#    line ("England 1.4 North West 1.5") its paragraph numbering, and the values were dropped as list numbers.
REPORT = ("1.1 The report sets out the data.\n\n2.1 The rates were as follows.\n\n"
          "England 1.4 North West 1.5 Council 1.6 per cent of pupils.")


def test_a_row_of_values_in_a_numbered_report_is_no_numbering() -> None:
    assert paragraph_numbering(REPORT) == frozenset({(1, 1), (2, 1)})


def test_a_row_of_values_in_a_numbered_report_keeps_its_figures(tmp_path: Path) -> None:
    assert list(stage_table(tmp_path, REPORT)["surface"]) == ["1.4", "1.5", "1.6 per cent"]


def test_numbers_inside_lines_over_two_sections_stay_a_numbering() -> None:
    # (the r24prec reading stands: a page run into one line keeps its numbering, whatever opens a line elsewhere)
    text = "1.1 Scope\n\nSUMMARY 2.1 Finance Red 2.2 Performance Green EXPENDITURE 3.1 Overall Position"
    assert paragraph_numbering(text) == frozenset({(1, 1), (2, 1), (2, 2), (3, 1)})
