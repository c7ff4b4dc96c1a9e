"""Round 34, r34reader: the pages as a researcher reads them on the seeds and the dev split's 44 councils.
Presentation only: every processed table stays as it was.

Each test marked "fails on d51d2807" fails on r34merge d51d2807; the guards pass on both."""

from __future__ import annotations

import re

import matplotlib
import pandas as pd
import pytest

from analysis import report
from report_pages import comparison as _comparison, council as _council, section as _section, tables as _tables

matplotlib.use("Agg")

MONEY_TABLES = ("council_figures", "indicator_series", "indicator_latest")


def _money(tmp_path):
    """The tiny corpus with its children-in-care figures made sums of money (pounds), as budget figures are."""
    t = _tables(tmp_path)
    for name in MONEY_TABLES:
        df = t.frames[name]
        df.loc[df["indicator_id"] == "children_in_care", "unit"] = "gbp"
    return t


# ----------------------------------------------------------------------------- money: "£2,500,000", not "2,500,000 pounds (£)"


@pytest.mark.parametrize("value, unit, shown", [
    ("2,500,000", "pounds (£)", ("£2,500,000", "")),
    ("1,500", "pounds (£) per week", ("£1,500", "per week")),
    ("6,500–7,000", "pounds (£) per child per week", ("£6,500–£7,000", "per child per week")),
    ("-300", "pounds (£)", ("-£300", "")),
    ("12", "euros (€)", ("€12", "")),
])
def test_a_sum_of_money_is_shown_with_its_currency_symbol(value, unit, shown):
    # fails on d51d2807 (no money_cell): the latest-value cells read "2,500,000 pounds (£)" (Hillingdon's budget
    # variance, Leeds's 6,000 on the dev split: 38 cells), "1,500 pounds (£) per week"
    assert report.money_cell(value, unit) == shown


@pytest.mark.parametrize("value, unit", [("41", "percent"), ("450", "count"), ("3", "pounds of paper"),
                                         ("12", "rate per 10,000 children"), ("2", "percentage points")])
def test_any_other_unit_is_left_as_it_was(value, unit):
    # guard (fails on d51d2807 only because money_cell is new)
    assert report.money_cell(value, unit) == (value, unit)


def test_the_latest_value_cells_of_both_pages_show_pounds_as_the_minutes_write_them(tmp_path):
    # fails on d51d2807: "<b>450</b> pounds (£)" in the comparison's matrix and the council's indicator table
    t = _money(tmp_path)
    matrix = _section(_comparison(t), "indicators")
    assert "<b>£450</b>" in matrix and "</b> pounds (£)" not in matrix
    page = _section(_council(t, "gamma-co-council"), "indicators")
    assert "<b>£450</b> <a href=" in page and "pounds (£)" not in page
    # the figure tables keep their Value and Unit columns as they were
    figs = _section(_council(t, "gamma-co-council"), "figures")
    assert '<td class="num">450</td><td>pounds (£)</td>' in figs


def test_other_units_keep_their_cells(tmp_path):
    # guard: a count and a percent read as before, the unit after the bold value
    t = _tables(tmp_path)
    matrix = _section(_comparison(t), "indicators")
    assert re.search(r"<b>[0-9.,]+</b> count", matrix) and re.search(r"<b>[0-9.,]+</b> percent", matrix)


def test_a_heading_of_money_names_its_currency_by_its_symbol(tmp_path):
    # fails on d51d2807: the dev split's comparison said "Budget variance (pounds (£))" and "High Needs / DSG deficit
    # (pounds (£))", brackets in brackets, and the charts' titles "(pounds (£)) over time"
    assert report.unit_heading("gbp") == "£" and report.unit_heading("count") == "count"
    assert report.unit_heading("percentage_points") == "percentage points"
    t = _money(tmp_path)
    html = _section(_comparison(t), "indicators")
    assert "<h3>Children in care (£)</h3>" in html and "(pounds (£))" not in html
    # the chart's title too (its y axis keeps the unit's name)
    seen = {}
    import analysis.charts as charts

    def spy(rows, title, unit, names):
        seen.update(title=title, unit=unit)
        return orig(rows, title, unit, names)

    orig = charts.plot_indicator_series
    charts.plot_indicator_series = spy
    try:
        report.comparison_view(t).indicator_chart("children_in_care", "gbp")
    finally:
        charts.plot_indicator_series = orig
    assert seen == {"title": "Children in care (£) over time", "unit": "pounds (£)"}


def test_a_heading_of_another_unit_is_as_it_was(tmp_path):
    # guard
    html = _section(_comparison(_tables(tmp_path)), "indicators")
    assert "<h3>Children in care (count)</h3>" in html and "<h3>EHCPs issued within 20 weeks (percent)</h3>" in html


# ----------------------------------------------------------------------------- the Direction column


def _figure_tables(html: str) -> dict[str, str]:
    figs = _section(html, "figures")
    parts = re.split(r'<h3 id="theme-[^"]*">', figs)[1:]
    return {p[:p.index(" <span")]: p[p.index("<table"):p.index("</table>")] for p in parts}


def test_a_figure_table_without_a_direction_has_no_direction_column(tmp_path):
    # fails on d51d2807: on the dev split 304 of 377 figures have no direction and 46 of 83 figure tables had the
    # column blank from top to bottom (Gamma's one figure here)
    html = _council(_tables(tmp_path), "gamma-co-council")
    tables = _figure_tables(html)
    assert tables
    for name, tab in tables.items():
        assert "<th>Direction</th>" not in tab, name
        head = tab[:tab.index("</thead>")]
        assert head.count("<th>") == 6 and 'colspan="6"' in tab
        row = re.search(r"</th></tr>\n?<tr>(.*?)</tr>", tab, re.S).group(1)
        assert row.count("<td") == 6


def test_a_figure_table_with_a_direction_keeps_its_column(tmp_path):
    # guard: Alpha's figures went up; their tables keep the column, the heading rows spanning it
    html = _council(_tables(tmp_path), "alpha-county-council")
    tables = _figure_tables(html)
    assert tables and all("<th>Direction</th>" in tab for tab in tables.values())
    assert all(">up</td>" in tab for tab in tables.values())


def test_the_pages_say_what_direction_means(tmp_path):
    # fails on d51d2807: "Direction" (figure tables) and "direction: down" (the comparison's cells) were explained
    # nowhere; "down" beside a national average read as a trend
    t = _tables(tmp_path)
    figs = _section(_council(t, "alpha-county-council"), "figures")
    para = figs[:figs.index("<h3")]
    assert 'Direction (a column only where one of the table\'s figures has one): "up" or "down"' in para
    assert "not a trend worked out by this report" in para
    matrix = _section(_comparison(t), "indicators")
    assert '"direction: up" or "down" under a value' in matrix


# ----------------------------------------------------------------------------- the run card's time


def test_a_page_made_in_no_time_does_not_say_zero_seconds(tmp_path):
    # fails on d51d2807: every page of `report all` said "Time taken: 0.0 s" (its tables are read once, before the
    # pages), which reads as a fault
    html = _council(_tables(tmp_path), "alpha-county-council")
    assert '<span class="runcard-volatile">under 0.1 s</span>' in html and ">0.0 s<" not in html


def test_a_page_that_took_time_says_how_long(tmp_path):
    # guard
    t = _tables(tmp_path)
    view = report.council_view(t, "alpha-county-council")
    html = report.render_council(view, report.run_card(t, view.documents, {}, 12.34))
    assert '<span class="runcard-volatile">12.3 s</span>' in html


# ----------------------------------------------------------------------------- "2 of 2 committees"


def test_records_of_several_committees_beside_records_without_one_count_each_committee():
    # fails on d51d2807: Slough's page opened "6 meeting records: 2 of 2 committees (Corporate Parenting Panel; Schools
    # Forum), 4 whose committee is not given", read as two out of two committees (5 of the dev split's 44 councils)
    text = report.records_text(pd.Series(["Corporate Parenting Panel", "Schools Forum", None, None, "", None]))
    assert text == ("6 meeting records: 2 with their committee named (Corporate Parenting Panel: 1; Schools Forum: 1), "
                    "4 whose committee is not given")
    assert "of 2 committees" not in text


@pytest.mark.parametrize("committees, text", [
    (["Scrutiny Panel", "Scrutiny Panel"], "2 meeting records of Scrutiny Panel"),
    (["Scrutiny Panel", None, None], "3 meeting records: 1 of Scrutiny Panel, 2 whose committee is not given"),
    (["Cabinet", "Schools Forum"], "2 meeting records of 2 committees (Cabinet; Schools Forum)"),
    ([None], "1 meeting record, committee not given"),
])
def test_the_other_openings_are_as_they_were(committees, text):
    # guard
    assert report.records_text(pd.Series(committees)) == text
