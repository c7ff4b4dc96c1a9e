"""Round 46's second reading (r46review): small defects of the round's merged branches, each with the test that
fails without its fix (notes/r46_review.md)."""

from __future__ import annotations

# ---------------------------------------------------------------- r46tidy: an older run's comparison, said once

def test_an_older_runs_variance_chart_is_explained_once_and_not_said_drawn(tmp_path) -> None:
    # on tables of a run before sides were read no variance is charted; the section said "Drawn in the budget-monitoring
    # sign: ..." of a chart it did not draw, then "Not in the chart (no side was read: ... (make all)): ..." and "No
    # chart: no side was read: ... (make all); ...", the long reason twice
    import matplotlib

    matplotlib.use("Agg")
    from analysis import report

    import report_pages
    from test_figures_r45_side import _variances
    from test_r46_tidy import _without_side

    report_pages.tables(tmp_path, _variances())
    _without_side(tmp_path / "processed")
    page = report_pages.comparison(report.load_tables(tmp_path / "processed"))
    i = page.index("<h3>Budget variance (")
    section = page[i:page.index("<h3>", i + 4)]
    assert section.count("no side was read") == 1 and "Drawn in the budget-monitoring sign" not in section
    assert "No chart: no side was read: these tables are of a run made before the figures stage read" in section
    assert "rerun the figures stage (make all); the values are in the table above." in section
