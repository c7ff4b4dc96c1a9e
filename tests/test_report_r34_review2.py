"""Round 34, helper r34review2: the currency symbols live beside the units' names (tests/realworld/notes/r34_r34review2.md).

r34reader's ``report.UNIT_SYMBOLS`` named the currencies a second time, apart from ``unitnames.UNIT_NAMES`` (which the
search page shares with the report). The symbols now live in ``unitnames`` and the report re-exports them; the
pages' output is unchanged. The first test fails on main 2236ebe6 (no ``unitnames.UNIT_SYMBOLS``); the guards pass on both.
"""

from __future__ import annotations

from analysis import report, unitnames


def test_the_symbols_live_beside_the_names() -> None:
    assert unitnames.UNIT_SYMBOLS is report.UNIT_SYMBOLS
    assert all(f"({unitnames.UNIT_SYMBOLS[c]})" in unitnames.UNIT_NAMES[c] for c in unitnames.UNIT_SYMBOLS)


# guards (pass on 2236ebe6 too)
def test_money_cells_and_headings_stay() -> None:
    assert report.money_cell("-300", "pounds (£)") == ("-£300", "")
    assert report.money_cell("6,500–7,000", "pounds (£) per child") == ("£6,500–£7,000", "per child")
    assert report.money_cell("-1,500–-500", "euros (€) per week") == ("-€1,500–-€500", "per week")
    assert report.money_cell("41", "percent") == ("41", "percent")
    assert (report.unit_heading("gbp"), report.unit_heading("USD"), report.unit_heading("count")) == ("£", "$", "count")
