"""Round 43, helper r43report: round 42's loose ends in the reports and stages.

1. The comparison page's charts drew a value the minutes give as a bound ("above 71%") as if exact: it is now drawn
   open (an open marker, a hatched bar), labelled with its mark as the tables write it ("> 71%"), with a legend key, a
   note under the chart and words in its alternative text.
2. An older run's table without the columns added since (``bound`` in round 42, ``part`` in round 43) is read with
   them null by one schema-level helper (``schemas.with_later_columns``): the compare stage, the search index and the
   report pages.
3. A ``part_of_area`` value's place is the figures table's ``part`` column, which the pages read (they read the
   sentence again before, without the places the document names elsewhere).
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import charts, compare, report, schemas, search  # noqa: E402
from analysis.errors import SchemaError  # noqa: E402

import report_pages  # noqa: E402
from test_compare import tiny_tables, write_tiny  # noqa: E402

NAMES = {"a": "Alpha County Council", "b": "Halton Borough Council", "c": "Gamma Council"}


def _rows(bound=("more_than", None, None), dates=("2024-01-10", "2024-02-10", "2024-03-10"), unit="percent"):
    """``indicator_series`` rows of three councils, one dated value each (Alpha's 71 with ``bound[0]``, ...)."""
    return pd.DataFrame({"council_slug": ["a", "b", "c"][:len(dates)], "meeting_date": list(dates),
                         "doc_id": ["1", "2", "3"][:len(dates)], "value": [71.0, 68.0, 60.0][:len(dates)],
                         "unit": unit, "bound": list(bound)[:len(dates)]})


def _line_rows(bound=(None, "about", None, None)):
    """Rows of two councils over time: Alpha 68 then 70 (``bound[1]``), Halton 71 then 74."""
    return pd.DataFrame({"council_slug": ["a", "a", "b", "b"], "doc_id": ["1", "2", "3", "4"],
                         "meeting_date": ["2024-01-10", "2024-05-01", "2024-02-10", "2024-06-01"],
                         "value": [68.0, 70.0, 71.0, 74.0], "unit": "percent", "bound": list(bound)})


def _png(fig) -> bytes:
    import matplotlib.pyplot as plt

    try:
        return report.png_bytes(fig)
    finally:
        plt.close(fig)


def _texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def _legend_texts(fig) -> list[str]:
    legends = [ax.get_legend() for ax in fig.axes] + list(fig.legends)
    return [t.get_text() for leg in legends if leg is not None for t in leg.get_texts()]


# ---------------------------------------------------------------- 1. the charts mark a bounded value

def test_a_bounded_bar_is_open_and_labelled_with_its_mark():
    fig = charts.plot_indicator_series(_rows(), "Attendance (%) over time", "percent", NAMES)
    ax = fig.axes[0]
    bars = ax.patches
    assert len(bars) == 3
    assert bars[0].get_facecolor()[:3] == (1.0, 1.0, 1.0) and bars[0].get_hatch()  # Alpha's "above 71%": open
    assert bars[1].get_facecolor()[:3] != (1.0, 1.0, 1.0) and not bars[1].get_hatch()
    assert "> 71%, Jan 2024" in _texts(fig) and "68%, Feb 2024" in _texts(fig)
    assert _legend_texts(fig) == [charts.BOUNDED_LEGEND]
    _png(fig)


def test_a_bounded_dot_is_open():
    fig = charts.plot_indicator_series(_rows(("about", None, None), unit="days"), "Wait (days) over time", "days", NAMES)
    faces = [tuple(line.get_markerfacecolor()) if not isinstance(line.get_markerfacecolor(), str)
             else line.get_markerfacecolor() for line in fig.axes[0].lines]
    assert "white" in faces
    assert "~71, Jan 2024" in _texts(fig)
    assert _legend_texts(fig) == [charts.BOUNDED_LEGEND]
    _png(fig)


def test_a_bounded_point_of_a_line_is_open_labelled_and_keyed_last_in_the_legend():
    fig = charts.plot_indicator_series(_line_rows(), "Attendance (%) over time", "percent", NAMES)
    ax = fig.axes[0]
    open_points = [line for line in ax.lines if line.get_markerfacecolor() == "white"]
    assert len(open_points) == 1 and list(open_points[0].get_ydata()) == [70.0]
    assert "~70%" in _texts(fig)
    assert _legend_texts(fig) == ["Alpha County Council", "Halton Borough Council", charts.BOUNDED_LEGEND]
    _png(fig)


@pytest.mark.parametrize("make", [lambda b: _rows((b, b, b)), lambda b: _line_rows((b, b, b, b))])
def test_a_chart_without_a_bound_is_drawn_as_an_older_table_without_the_column(make):
    plain = make(None)
    fig = charts.plot_indicator_series(plain, "Attendance (%) over time", "percent", NAMES)
    assert charts.BOUNDED_LEGEND not in _legend_texts(fig) and not [t for t in _texts(fig) if t[:1] in "><≥≤~"]
    assert _png(fig) == _png(charts.plot_indicator_series(plain.drop(columns=["bound"]), "Attendance (%) over time",
                                                          "percent", NAMES))


def test_a_chart_with_bounds_is_drawn_the_same_twice():
    for rows in (_rows(), _line_rows(), _rows(("at_most", None, "less_than"), unit="gbp")):
        one = _png(charts.plot_indicator_series(rows, "X over time", "percent", NAMES))
        assert one == _png(charts.plot_indicator_series(rows, "X over time", "percent", NAMES))


def test_the_comparison_page_says_which_values_are_drawn_open(tmp_path):
    t = tiny_tables()
    figs = t["figures"]
    at = figs.index[figs["surface"] == "450"]  # Gamma's children in care, charted beside Alpha's 700
    figs.loc[at, "bound"] = "more_than"
    figs.loc[at, "sentence"] = "There were over 450 children in care."
    page = report_pages.comparison(report_pages.tables(tmp_path / "bounded", t))
    assert "open markers: values the minutes give as a bound or an approximation" in page  # the chart's alt text
    assert "Drawn open (an open marker, a hatched bar)" in page
    plain = report_pages.comparison(report_pages.tables(tmp_path / "plain"))
    assert "Drawn open" not in plain and "open markers:" not in plain


# ---------------------------------------------------------------- 2. an older run's tables

def test_the_schemas_declare_which_columns_came_later():
    # (r45side: and side, after them)
    assert schemas.FIGURES.later == ("bound", "part", "side") == schemas.COUNCIL_FIGURES.later
    assert schemas.INDICATOR_SERIES.later == ("bound", "side") == schemas.INDICATOR_LATEST.later
    assert "reference" not in schemas.FIGURES.later  # (its absence makes the compare stage read the sentences)
    with pytest.raises(ValueError, match="later column 'a' must be a nullable column"):
        schemas.Schema("x", {"a": ("string", False)}, key=("a",), later=("a",))


def test_a_table_is_still_written_with_every_column():
    figs = tiny_tables()["figures"].drop(columns=["part"])
    with pytest.raises(SchemaError, match=r"missing columns \['part'\]"):
        schemas.check_table("figures", figs)


def _old(df: pd.DataFrame, *cols: str) -> pd.DataFrame:
    return df.drop(columns=[c for c in cols if c in df.columns])


def test_an_older_figures_table_goes_through_the_compare_stage_and_the_search_index(tmp_path):
    processed = tmp_path / "processed"
    t = write_tiny(processed)
    # the figures table of round 41 (neither bound nor part, nor r45's side), as that run's stage wrote it
    _old(t["figures"], "bound", "part", "side").to_parquet(processed / "figures.parquet", index=False)
    tables = compare.run(processed_dir=processed)
    cf = tables["council_figures"]
    assert cf["bound"].isna().all() and cf["part"].isna().all() and len(cf) == len(t["figures"])
    assert str(cf["part"].dtype) == "string"
    search.build_index(processed)
    with search.SearchIndex(processed / search.INDEX_NAME) as idx:
        bounds = idx.conn.execute("SELECT COUNT(*), COUNT(bound) FROM figures").fetchone()
    assert bounds == (len(t["figures"]), 0)


def test_an_older_processed_folder_is_read_by_the_pages(tmp_path):
    processed = tmp_path / "processed"
    write_tiny(processed)
    for name, cols in (("council_figures", ("bound", "part", "side")), ("indicator_series", ("bound", "side")),
                       ("indicator_latest", ("bound", "side"))):
        _old(pd.read_parquet(processed / f"{name}.parquet"), *cols).to_parquet(processed / f"{name}.parquet",
                                                                               index=False)
    tables = report.load_tables(processed)
    assert tables.council_figures["part"].isna().all() and tables.indicator_latest["bound"].isna().all()
    assert "700" in report_pages.council(tables, "alpha-county-council")
    assert "450" in report_pages.comparison(tables)


# ---------------------------------------------------------------- 3. the part column

def _with_part(part):
    t = tiny_tables()
    figs = t["figures"]
    at = figs.index[figs["surface"] == "450"]
    figs.loc[at, "reference"] = "part_of_area"
    figs.loc[at, "part"] = part
    return t


def test_the_page_names_the_part_the_figures_stage_wrote(tmp_path):
    # the sentence ("There were 450 children in care.") names no place: the page takes it from the part column
    page = report_pages.council(report_pages.tables(tmp_path / "a", _with_part("Penrith district")), "gamma-co-council")
    assert "part of the area: Penrith district" in page
    page = report_pages.council(report_pages.tables(tmp_path / "b", _with_part(None)), "gamma-co-council")
    assert "part of the area" in page and "part of the area:" not in page


def test_the_part_is_escaped_on_the_page(tmp_path):
    page = report_pages.council(report_pages.tables(tmp_path, _with_part("<b>North</b> locality")), "gamma-co-council")
    assert "part of the area: &lt;b&gt;North&lt;/b&gt; locality" in page and "<b>North</b>" not in page


def test_the_schemas_declare_and_document_the_part_column():
    for s in (schemas.FIGURES, schemas.COUNCIL_FIGURES):
        assert s.columns["part"] == ("string", True), s.name
        assert "part_of_area" in s.docs["part"], s.name
    cols = list(schemas.FIGURES.columns)
    assert cols.index("part") == cols.index("reference") + 1
