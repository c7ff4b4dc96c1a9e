"""Round 38 (r38tables): figures in the cells of a table a page flattened one cell a line take their row's label as
their phrase (see tests/realworld/notes/r38_tables.md). `layout.line_table_cells` already read such tables (r21table);
two shapes it missed:

a. every cell ends with a "?" (a converted page's cell-end mark: "Reading?", "98%?", "2018/19?", " ?" for an empty
   cell): `unmarked_cells` drops the mark in a run of such lines holding two or more values (no question is a bare
   value), so the header cells and row labels read as cells;
b. a two-level header: groups ("No Special Needs", "SEN support", "EHCP") over periods that repeat once a group
   ("2018/19", "2021/22", "2022/23" three times): `period_groups` gives each column its group, and a row of periods as
   long as nine cells no longer outruns the header's limit of names (periods are not counted).

The tables are written for the test, not copied from a page. Tests marked "fails on BASE" do (4f3a62cb); the guards
pass on both.
"""

from __future__ import annotations

from analysis.figures.layout import line_table_cells, period_groups, unmarked_cells
from figure_rows import stage_phrases

_MARKED = ["Tables", "Phonics check, share of pupils passing?", " ?", "No SEN?", "SEN support?", "Year?", "2022/23?",
           "2023/24?", "2022/23?", "2023/24?", "Boys?", "91%?", "88%?", "52%?", "47%?", "Girls?", "95%?", "93%?",
           "60%?", "58%?", "The Committee noted the results."]


# Fails on BASE: no cell had a phrase.
def test_a_table_whose_cells_end_with_a_question_mark_names_row_group_and_period():
    cells = line_table_cells(_MARKED)
    assert cells[11] == "Boys, No SEN, 2022/23"
    assert cells[14] == "Boys, SEN support, 2023/24"
    assert cells[17] == "Girls, No SEN, 2023/24"
    assert len(cells) == 8


# Fails on BASE: the phrase was none.
def test_the_stage_gives_a_marked_cell_its_row_label(tmp_path):
    got = stage_phrases(tmp_path, "\n\n".join(_MARKED))
    assert got["52%"][0] == "Boys, SEN support, 2022/23"
    assert got["95%"][0] == "Girls, No SEN, 2022/23"


# Fails on BASE: a header of nine periods under three groups was longer than the header's limit of names.
def test_a_two_level_header_over_nine_columns():
    lines = ["Pupils", "Fostering", "Residential", "Kinship", "Year", *["2020/21", "2021/22", "2022/23"] * 3,
             "North", *[str(10 + i) for i in range(9)], "South", *[str(30 + i) for i in range(9)]]
    cells = line_table_cells(lines)
    assert cells[lines.index("North") + 1] == "North, Fostering, 2020/21"
    assert cells[lines.index("South") + 9] == "South, Kinship, 2022/23"


def test_questions_are_not_cells():
    # guard: a run of questions, or one bare value after them, keeps its marks
    lines = ["Is the service recruiting?", "How many carers left?", "15%?", "Next item"]
    assert unmarked_cells(lines) == lines
    assert line_table_cells(["Year?", "2023?", "2024?", "Which schools?", "Oak?", "Elm?", "Done."]) == {}


def test_one_level_headers_keep_their_columns():
    # guards: periods that do not repeat, or a header with no name a repeat, keep the one-level phrase
    assert period_groups(["Placement type"], ["2022/23", "2023/24", "2024/25", "2025/26"]) == []
    assert period_groups(["A"], ["2022", "2023"] * 2) == []
    lines = ["Placement type", "2022/23", "2023/24", "Residential", "41", "38", "Fostering", "320", "301"]
    assert line_table_cells(lines)[5] == "Residential, 2023/24"


def test_a_year_header_cell_is_no_figure(tmp_path):
    # guard: the periods of a marked header are no figures; the values are
    got = stage_phrases(tmp_path, "\n\n".join(_MARKED))
    assert not any(s.startswith("20") for s in got)
    assert "91%" in got and "58%" in got
