"""Round 21, helper r21table: tables that a page's text flattens one cell a line (an HTML or PDF table whose header
names and cells each stand on a line of their own: a block of column names, then each row's label and its cells in the
columns' order). Each value cell measures its column for its row ("New places, Birch Infant School"), and a bare number
in such a cell is a value, not a page's or item's number. Notes in tests/realworld/notes/r21_r21table.md. Every page
below was written for the test in council style (no page text); the tests named ``..._are_...`` fail on main d39083f,
the ``..._stay_...`` guards pass on both.
"""

from __future__ import annotations

from pathlib import Path

from figure_rows import stage_phrases


def _cells(*lines: str) -> str:
    """A page whose lines are ``lines``, each a paragraph of its own (as a flattened HTML table's cells)."""
    return "\n\n".join(lines) + "\n"


_PROJECTS = _cells(
    "The Cabinet agreed the following capital schemes:",
    "Scheme", "Capital cost", "New places", "Works",
    "Birch Infant School", "£120,400", "8",
    "Hazel Academy", "£64,250", "14", "Yes",
    "Total", "£184,650",
    "The schemes will be delivered by September.",
)


def test_cells_of_a_table_one_cell_a_line_are_named_by_column_and_row(tmp_path: Path) -> None:
    found = stage_phrases(tmp_path, _PROJECTS)
    assert found["£64,250"][0] == "Capital cost, Hazel Academy"
    assert found["£184,650"][0] == "Capital cost, Total"


def test_bare_numbers_in_a_counting_column_are_figures(tmp_path: Path) -> None:
    found = stage_phrases(tmp_path, _PROJECTS)
    assert found["8"][0] == "New places, Birch Infant School"
    assert found["14"][0] == "New places, Hazel Academy"


def test_cells_under_a_header_without_a_stub_are_named_by_column_and_row(tmp_path: Path) -> None:
    page = _cells(
        "The position on the two funds was as follows:",
        "Maintenance Fund", "Repairs Fund",
        "Budget for the year", "£51,000", "£12,500",
        "Spent to date", "£20,300", "£7,100",
        "Members noted the position.",
    )
    found = stage_phrases(tmp_path, page)
    assert found["£12,500"][0] == "Repairs Fund, Budget for the year"
    assert found["£20,300"][0] == "Maintenance Fund, Spent to date"


def test_page_numbers_of_a_contents_table_stay_not_figures(tmp_path: Path) -> None:
    page = _cells("Contents", "Page", "Introduction", "4", "Finance", "9", "Members noted the report.")
    found = stage_phrases(tmp_path, page)
    assert "4" not in found and "9" not in found


def test_headings_above_one_label_and_value_stay_as_they_were(tmp_path: Path) -> None:
    page = _cells("Children's Services", "Budget monitoring", "Forecast overspend", "£2.4m", "Members noted the report.")
    found = stage_phrases(tmp_path, page)
    assert found["£2.4m"][0] != "Budget monitoring, Forecast overspend"


def test_rising_item_numbers_in_a_table_one_cell_a_line_stay_not_figures(tmp_path: Path) -> None:
    page = _cells("Report", "Heading", "Introduction", "3", "Budget position", "5", "Risks", "8", "The report was noted.")
    found = stage_phrases(tmp_path, page)
    assert not {"3", "5", "8"} & set(found)


def test_cells_on_single_lines_are_named_by_column_and_row(tmp_path: Path) -> None:
    page = ("The Forum noted the following allocations:\n\nProvider\nHours funded\nChildren\nAcorn Nursery\n1,520\n38\n"
            "Willow Pre-school\n980\n26\n\nThe Forum agreed the allocations.\n")
    found = stage_phrases(tmp_path, page)
    assert found["26"][0] == "Children, Willow Pre-school"
