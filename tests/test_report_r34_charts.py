"""Round 34, r34charts: the comparison's indicator charts where a council has one dated value.

r32reader, r33reader and r34reader saw it and left it (charts.py): a budget variance of four councils, one dated value
each, drawn as four dots on a time axis of five years, each with a legend LINE that joins nothing, and a y axis from
£250,000 that made £300,000 look a seventh of £2.15m (before/after: tests/realworld/notes/r34_r34charts.md).
Presentation only: no processed table changes.

Each test marked "fails on 5c491a04" fails on main 5c491a04; the guards pass on both."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest

from analysis import charts, report
from report_pages import comparison as _comparison, section as _section, tables as _tables

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

NAMES = {"a": "Alpha Council", "b": "Beta Council", "c": "Gamma Council"}


def _rows(points: dict[str, list[tuple[str, float]]], unit: str) -> pd.DataFrame:
    """indicator_series rows: council -> [(meeting date, value), ...]."""
    return pd.DataFrame([{"council_slug": s, "doc_id": f"{s}{i}", "meeting_date": d, "value": v, "unit": unit}
                         for s, pts in points.items() for i, (d, v) in enumerate(pts)])


SINGLE = {"a": [("2025-01-15", 300_000.0)], "b": [("2024-06-10", 2_150_000.0)], "c": [("2020-07-01", 200_000.0)]}
MIXED = {"a": [("2025-01-15", 1_500_000.0)], "b": [("2024-06-10", 4_100_000.0)],
         "c": [("2019-02-01", 2_800_000.0), ("2020-07-01", 3_350_000.0)]}
MULTI = {"a": [("2023-01-15", 20.0), ("2024-01-15", 24.0)], "b": [("2023-06-10", 26.0), ("2024-06-10", 22.0)]}


def _draw(rows, unit_name="pounds (£)"):
    fig = charts.plot_indicator_series(rows, "Budget variance (£) over time", unit_name, NAMES)
    fig.canvas.draw()
    return fig


def _legend_lines(ax):
    leg = ax.get_legend()
    handles = getattr(leg, "legend_handles", None) or leg.legendHandles
    return {t.get_text(): h.get_linestyle() for t, h in zip(leg.get_texts(), handles)}


# ----------------------------------------------------------------------------- one point: a marker, not a line


def test_a_council_of_one_dated_value_is_a_marker_in_the_chart_and_its_legend():
    # fails on 5c491a04: Alpha's and Beta's single values were drawn "-o" and their legend entries were lines
    fig = _draw(_rows(MIXED, "gbp"))
    try:
        ax = fig.axes[0]
        styles = {ln.get_label(): ln.get_linestyle() for ln in ax.get_lines()}
        assert styles == {"Alpha Council": "None", "Beta Council": "None", "Gamma Council": "-"}, styles
        assert _legend_lines(ax) == {"Alpha Council": "None", "Beta Council": "None", "Gamma Council": "-"}
        assert all(ln.get_marker() == "o" for ln in ax.get_lines())
    finally:
        plt.close(fig)


def test_a_council_of_several_values_keeps_its_line():
    # guard: a multi-point series is drawn as before: a line with markers through its values in date order
    fig = _draw(_rows(MIXED, "gbp"))
    try:
        (line,) = [ln for ln in fig.axes[0].get_lines() if ln.get_label() == "Gamma Council"]
        assert line.get_linestyle() == "-" and line.get_marker() == "o" and line.get_linewidth() == 1.4
        assert line.get_markersize() == 4
        assert list(line.get_ydata()) == [2_800_000.0, 3_350_000.0]
    finally:
        plt.close(fig)


# ----------------------------------------------------------------------------- every council one value: compare them


def test_one_dated_value_per_council_is_a_bar_per_council_from_zero():
    # fails on 5c491a04 (no chart_kind; the chart was dots on a time axis with an axis from about £200,000)
    rows = _rows(SINGLE, "gbp")
    assert charts.chart_kind(rows) == "bar"
    fig = _draw(rows)
    try:
        ax = fig.axes[0]
        bars = [p for p in ax.patches]
        assert [b.get_width() for b in bars] == [300_000.0, 2_150_000.0, 200_000.0]  # A to Z, as the tables
        assert [t.get_text() for t in ax.get_yticklabels()] == ["Alpha Council", "Beta Council", "Gamma Council"]
        assert all(b.get_x() == 0 for b in bars) and ax.get_xlim()[0] == 0
        assert ax.get_ylim()[0] > ax.get_ylim()[1]  # the first council at the top
        assert ax.get_legend() is None and not [ln for ln in ax.get_lines() if ln.get_linestyle() == "-"
                                                and len(ln.get_xdata()) > 2]
        texts = [t.get_text() for t in ax.texts]
        assert texts == ["£300,000, Jan 2025", "£2,150,000, Jun 2024", "£200,000, Jul 2020"], texts
        assert ax.get_xlabel() == "pounds (£)"  # the unit's label stays
        assert ax.get_title() == "Budget variance (£): one dated value per council"
        assert all(x.get_text().startswith("£") for x in ax.get_xticklabels() if x.get_text())
    finally:
        plt.close(fig)


def test_a_negative_value_of_one_per_council_is_a_bar_left_of_zero():
    # fails on 5c491a04 (dots on a time axis)
    rows = _rows({"a": [("2025-01-15", -400_000.0)], "b": [("2024-06-10", 900_000.0)]}, "gbp")
    fig = _draw(rows)
    try:
        ax = fig.axes[0]
        assert [b.get_width() for b in ax.patches] == [-400_000.0, 900_000.0]
        lo, hi = ax.get_xlim()
        assert lo < -400_000 and hi > 900_000
        assert ax.texts[0].get_text() == "-£400,000, Jan 2025"
    finally:
        plt.close(fig)


def test_one_duration_per_council_is_a_dot_on_one_axis_not_a_bar():
    # fails on 5c491a04: a bar's length from zero would mean little for a duration or a change, so a dot per council
    rows = _rows({"a": [("2025-01-15", 18.0)], "b": [("2024-06-10", 22.0)]}, "weeks")
    assert charts.chart_kind(rows) == "dot"
    fig = _draw(rows, "weeks")
    try:
        ax = fig.axes[0]
        assert not ax.patches
        (dots,) = ax.get_lines()
        assert dots.get_linestyle() == "None" and list(dots.get_xdata()) == [18.0, 22.0]
        assert list(dots.get_ydata()) == [0, 1]
        assert ax.get_xlim()[0] > 0  # not from zero
        assert ax.get_xlabel() == "weeks"
        assert [t.get_text() for t in ax.texts] == ["18, Jan 2025", "22, Jun 2024"]
    finally:
        plt.close(fig)


@pytest.mark.parametrize("points, kind", [
    (SINGLE, "bar"),
    (MIXED, "line"),
    ({"a": [("2025-01-15", 3.0)], "b": [("2024-06-10", 4.0)], "c": [(None, 5.0), ("2024-01-01", 6.0)]}, "bar"),
    ({"a": [(None, 3.0)], "b": [(None, 4.0)]}, "line"),  # nothing dated: the caller draws no chart
])
def test_chart_kind(points, kind):
    # fails on 5c491a04 (new helper); an undated value is not drawn, so it does not make a series of two
    assert charts.chart_kind(_rows(points, "gbp")) == kind


# ----------------------------------------------------------------------------- the value axis from zero


@pytest.mark.parametrize("unit", ["count", "gbp", "percent", "rate"])
def test_counts_money_shares_and_rates_start_the_axis_at_zero(unit):
    # fails on 5c491a04: High Needs deficits of £1.5m-£4.1m on an axis from £1.5m (dev split, shots in the note)
    fig = _draw(_rows(MIXED, unit), unit)
    try:
        lo, hi = fig.axes[0].get_ylim()
        assert lo == 0 and hi > 4_100_000
    finally:
        plt.close(fig)


def test_a_negative_value_keeps_the_axis_below_zero():
    # guard: an underspend is drawn below zero, as before
    fig = _draw(_rows({**MIXED, "a": [("2025-01-15", -1_000_000.0)]}, "gbp"))
    try:
        assert fig.axes[0].get_ylim()[0] < -1_000_000
    finally:
        plt.close(fig)


@pytest.mark.parametrize("unit", ["weeks", "days", "percentage_points"])
def test_other_units_keep_the_axis_matplotlib_chooses(unit):
    # guard: a chart of multi-point series in a unit not from zero is drawn as before (axis from about 20, not 0)
    fig = _draw(_rows(MULTI, unit), unit)
    try:
        ax = fig.axes[0]
        assert 19 < ax.get_ylim()[0] < 20 and ax.get_ylabel() == unit
        assert [ln.get_linestyle() for ln in ax.get_lines()] == ["-", "-"]
        assert _legend_lines(ax) == {"Alpha Council": "-", "Beta Council": "-"}
    finally:
        plt.close(fig)


# ----------------------------------------------------------------------------- same bytes on rerun


@pytest.mark.parametrize("points, unit", [(SINGLE, "gbp"), (MIXED, "gbp"), (MULTI, "weeks"),
                                          ({"a": [("2025-01-15", 18.0)], "b": [("2024-06-10", 22.0)]}, "weeks")])
def test_the_charts_are_the_same_bytes_twice(points, unit):
    # guard
    def png():
        fig = charts.plot_indicator_series(_rows(points, unit), "T over time", unit, NAMES)
        data = report.png_bytes(fig)
        plt.close(fig)
        return data

    assert png() == png()


# ----------------------------------------------------------------------------- the comparison page


def test_the_comparison_page_names_a_bar_chart_what_it_is(tmp_path):
    # fails on 5c491a04: tiny corpus, Alpha's and Gamma's children in care (one dated value each) had the alternative
    # text "Line chart of Children in care per council over time"
    html = _section(_comparison(_tables(tmp_path)), "indicators")
    assert 'alt="Bar chart of Children in care per council: one dated value each"' in html
    assert "Line chart of Children in care" not in html
    assert "a bar per council (a dot for a duration or a change)" in html


def test_the_comparison_page_keeps_line_charts_of_several_values(tmp_path):
    # guard: EHCP timeliness (Alpha has two dated values) is still a line chart over time
    html = _section(_comparison(_tables(tmp_path)), "indicators")
    assert 'alt="Line chart of EHCPs issued within 20 weeks per council over time"' in html
