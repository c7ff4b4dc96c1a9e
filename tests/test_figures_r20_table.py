"""Round 20, helper r20table: tables whose cells run together in page text (a flattened table's row, each cell glued
to the next: "(5,000)000(5,000)"). Notes in tests/realworld/notes/r20_r20table.md. Every row below was written for the
test in council style (no page text); the tests named ``..._are_...`` fail on main cb5cb73, ``..._stay`` pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import kinds as _kinds, surfaces as _surfaces


@pytest.mark.parametrize(
    "text, expected",
    [
        # a saving in the first year, three zero years glued as "000", the row's total
        ("S01Library review(12,500)000(12,500)\n", ["12,500", "12,500"]),
        # three years of savings, one zero year, the total
        ("S02Transport review(20,000)(20,000)(20,000)0(60,000)\n", ["20,000", "20,000", "20,000", "60,000"]),
        # two years, two zero years glued as "00", the total
        ("S03Staffing restructure(150,000)(75,000)00(225,000)\n", ["150,000", "75,000", "225,000"]),
    ],
)
def test_glued_table_cells_are_figures_and_zero_runs_are_not(text: str, expected: list[str]) -> None:
    assert _surfaces(text) == expected


def test_glued_sub_references_stay() -> None:
    # a sub-reference glued to its section keeps its kind: short, no thousands comma
    found = _kinds("Under Section 100A(4) of the Local Government Act 1972 the public were excluded.")
    assert found.get("4") == "reference", found
    # a zero standing alone in a sentence stays a figure
    assert _surfaces("The council recorded 0 exclusions (0) this term.") .count("0") >= 1
