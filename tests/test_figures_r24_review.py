"""Round 24, helper r24review: faults a second reader found in round 24's code (r24prec, r24id), each with a tiny text
written for the test in general English (not copied from a page). Each ``test_*`` fails on ac771fb and passes after
its fix, except those named ``..._stay`` (guards that pass on both); see tests/realworld/notes/r24_r24review.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.figures.layout import paragraph_numbering
from figure_rows import stage_table, surfaces


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


# 2. The marks of the page (kinds._mark_between) read more than their evidence and docstring: a question's mark was a
#    sentence's end, so the count that answers a question was taken for a list number; any bar after a title's year was
#    a running title's, so a flattened table's count before its next cell was taken for a page number.
@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("How many children were placed out of the county? 12 The rest were placed locally.", ["12"]),
        ("Permanent exclusions 2019 12 | 2020 9 | 2021 7", ["12", "9", "7"]),
    ],
)
def test_an_answer_or_a_table_cell_is_no_mark(tmp_path: Path, text: str, surfaces: list[str]) -> None:
    assert list(stage_table(tmp_path, text)["surface"]) == surfaces


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("The board noted the Annual Progress Report. 1 The report set out 25 new places.", ["25"]),
        ("INTERIM SELF ASSESSMENT 2019\n\n1 | County Self-Assessment 2019\n\nThe county has 480 schools.", ["480"]),
        ("It was a record year! 2 The service opened 14 homes.", ["14"]),
    ],
)
def test_marks_after_a_stop_or_before_a_running_title_stay(tmp_path: Path, text: str, surfaces: list[str]) -> None:
    assert list(stage_table(tmp_path, text)["surface"]) == surfaces


# 3. Two coordinated stretches back from now: the second was a period after "3," (its left context may end with a
#    comma), the first not before ", 5 years" (the guard in classify asked for a space right after it).
def test_the_first_of_two_stretches_before_a_comma_is_a_period() -> None:
    assert surfaces("Over the last 3, 5 years, 40 pupils left the county.") == ["40"]


def test_counts_before_a_comma_stay() -> None:
    # no stretch of time after the comma: counts
    assert surfaces("Of the children placed in the last 12, 14 were adopted.") == ["12", "14"]
    assert surfaces("Over the past two, 35 carers were approved.") == ["two", "35"]


# 4. The quick test of a high needs qualifier (indicators._may_name_qualifier, a necessary condition for the concept
#    matcher to find one) took each term's longest word without the spellings the matcher reads as one: a researcher's
#    term with a plural's apostrophe ("schools' deficit") kept "schools'", which "the schools deficit" does not hold,
#    though the matcher finds the term there (data/indicators.yml: "in the text and in this file alike").
def test_the_qualifier_prefilter_reads_terms_as_the_matcher_does(tmp_path: Path) -> None:
    import yaml

    from analysis.figures.indicators import _may_name_qualifier, find_concepts, load_indicators

    data = yaml.safe_load((Path(__file__).resolve().parents[1] / "data" / "indicators.yml").read_text(encoding="utf-8"))
    data["indicators"]["high_needs_deficit"]["qualifier"] = ["schools' deficit"]
    p = tmp_path / "ind.yml"
    p.write_text(yaml.safe_dump(data), encoding="utf-8")
    inds = load_indicators(p)
    text = "the schools deficit on the high needs block"
    assert "qualifier" in find_concepts([text], "gbp", None, inds)["high_needs_deficit"]
    assert _may_name_qualifier(text, "high_needs_deficit", inds)
