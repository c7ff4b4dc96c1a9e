"""Round 46 (r46tidy): round 45's second reading, engineering items (notes/r46_tidy.md).

1. A comparison built from tables of a run before sides were read (no ``side`` column) says no side was read, not that
   the minutes give none (``report.load_tables`` remembers the columns it filled in).
2. The side word a page writes is looked for where the value's quote marks it: of two equal amounts each gets its own
   word, and an amount is not looked for inside a longer one.
4. The search index carries a variance's side (index version 6): the results page and CSV show it.
5. The session's shared builds: under xdist each worker reads its own copy, so the guard blames the right test.
(3, side_text's imports at module level, needs no test of its own; 6, the pinned halves, is in test_r45_robust.py.)
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

from analysis import report  # noqa: E402

import report_pages  # noqa: E402
from test_compare import ALPHA, _fig  # noqa: E402
from test_figures_r45_side import _variances  # noqa: E402

OLD_TABLES = ("council_figures", "indicator_series", "indicator_latest")


def _without_side(processed) -> None:
    """Rewrite the compare stage's tables of ``processed`` as a run before round 45 wrote them: no ``side`` column."""
    for name in OLD_TABLES:
        path = processed / f"{name}.parquet"
        pd.read_parquet(path).drop(columns=["side"]).to_parquet(path, index=False)


# ---------------------------------------------------------------- 1. an older run's tables


def test_an_older_runs_comparison_says_no_side_was_read_not_that_the_minutes_give_none(tmp_path) -> None:
    report_pages.tables(tmp_path, _variances())
    _without_side(tmp_path / "processed")
    tables = report.load_tables(tmp_path / "processed")
    assert tables.filled["indicator_series"] == ("side",) and "documents" not in tables.filled
    page = report_pages.comparison(tables)
    i = page.index("<h3>Budget variance (")
    section = page[i:page.index("<h3>", i + 4)]
    assert "give no side" not in section and "is given by the minutes' words" not in section
    assert "No chart: no side was read: these tables are of a run made before the figures stage read" in section
    assert "rerun the figures stage (make all)" in section


def test_a_variance_the_minutes_give_no_side_is_still_said_so_on_todays_tables(tmp_path) -> None:
    t = _variances()
    at = t["figures"].index[t["figures"]["surface"] == "£0.737m"]
    t["figures"].loc[at, "side"] = pd.NA
    tables = report_pages.tables(tmp_path, t)
    assert tables.filled == {}
    page = report_pages.comparison(tables)
    assert "Not in the chart (the minutes' words near the value give no side): Gamma" in page
    assert "no side was read" not in page


# ---------------------------------------------------------------- 2. the word of the right amount


def _alpha_says(sentence: str, figures: list[tuple[str, int, float, str]]) -> dict[str, pd.DataFrame]:
    """The tiny corpus with Alpha's overspend sentence replaced by ``sentence``, holding ``figures`` (surface, which
    ``str.find`` of it in the sentence, value, side), budget variances all."""
    t = _variances()
    f = t["figures"]
    f = f.drop(index=f.index[f["surface"] == "£17m"])
    rows = [_fig("a1", 3, ALPHA, "2024-01-10", sentence, surface, value, "gbp", "budget_variance", None, "none",
                 occurrence=occ) | {"side": side} for surface, occ, value, side in figures]
    t["figures"] = pd.concat([f, pd.DataFrame(rows).astype(f.dtypes.to_dict())], ignore_index=True)
    t["segments"].loc[t["segments"]["segment_id"] == "a1:0003", "text"] = sentence
    return t


def test_two_equal_amounts_each_take_their_own_side_word(tmp_path) -> None:
    s = "There was an underspend of £1m last year and an overspend of £1m now."
    tables = report_pages.tables(tmp_path, _alpha_says(s, [("£1m", 0, 1e6, "favourable"), ("£1m", 1, 1e6, "adverse")]))
    alpha = report_pages.council(tables, "alpha-county-council")
    assert "underspend 1,000,000" in alpha and "overspend 1,000,000" in alpha  # the figures list, each its own
    assert "overspend <b>£1,000,000</b>" in alpha  # the latest value: the meeting's last, the overspend
    assert "overspend £1,000,000" in alpha  # the values over the meetings
    assert "overspend <b>£1,000,000</b>" in report_pages.comparison(tables)


def test_an_amount_is_not_looked_for_inside_a_longer_one(tmp_path) -> None:
    # fails on 2d7bb9ec: "£1,000" was looked for with str.find, inside "£1,000,000", whose word is "underspend", so the
    # page wrote the side's name, "adverse"
    s = "There was an underspend of £1,000,000 on transport and an overspend of £1,000 on staffing."
    tables = report_pages.tables(tmp_path, _alpha_says(s, [("£1,000,000", 0, 1e6, "favourable"),
                                                           ("£1,000", 1, 1e3, "adverse")]))  # (the second find)
    assert tables.council_figures.set_index("surface").loc["£1,000", "occurrence"] == 0  # (the first not inside one)
    alpha = report_pages.council(tables, "alpha-county-council")
    assert "underspend 1,000,000" in alpha and "overspend 1,000<" in alpha  # the figures list
    assert "overspend <b>£1,000</b>" in alpha and "adverse <b>" not in alpha and "adverse 1,000" not in alpha
    assert "overspend <b>£1,000</b>" in report_pages.comparison(tables)


# ---------------------------------------------------------------- 4. the search index carries the side


def _searched(tmp_path, frames, query: str):
    """The hits of ``query`` in the search index of ``frames`` (the tiny corpus's tables), their figures, the results
    page and the CSV's rows as ``make search`` writes them."""
    from analysis import search

    processed = tmp_path / "processed"
    report_pages.tables(tmp_path, frames)
    search.build_index(processed_dir=processed)
    with search.SearchIndex(search.index_path(processed)) as idx:
        res = idx.run(query, None, None, None, None, 50)
        marks = idx.marks(res.query, res.hits["text"])
        figs = idx.figures(res.hits)
    html_path, csv_path = search.write_results(res, marks, figs, tmp_path / "reports")
    return figs, html_path.read_text(encoding="utf-8"), pd.read_csv(csv_path, keep_default_na=False)


def test_search_results_show_the_side_of_a_variance(tmp_path) -> None:
    from analysis import search

    figs, html, rows = _searched(tmp_path, _variances(), "overspend OR surplus")
    sides = {f["surface"]: f["side"] for fs in figs.values() for f in fs}
    assert sides == {"£17m": "adverse", "£0.737m": "favourable"}
    assert "adverse</span> <b>£17m</b>: budget variance" in html
    assert "favourable</span> <b>£0.737m</b>" in html
    assert list(rows.columns) == search.RESULTS_CSV_COLUMNS and search.RESULTS_CSV_COLUMNS[-1] == "sides"
    assert sorted(rows["sides"]) == ["adverse £17m", "favourable £0.737m"]
    figs, html, rows = _searched(tmp_path / "more", _variances(), "ehcp OR timeliness OR care")  # figures with no side
    assert len(rows) >= 3 and any(figs.values())
    assert rows["sides"].eq("").all() and "title=\"The side of the budget" not in html


def test_an_index_of_an_older_runs_figures_has_no_side(tmp_path) -> None:
    # a figures table written before round 45 has no side column: the index is built, every side null
    from analysis import search

    report_pages.tables(tmp_path, _variances())
    path = tmp_path / "processed" / "figures.parquet"
    pd.read_parquet(path).drop(columns=["side"]).to_parquet(path, index=False)
    search.build_index(processed_dir=tmp_path / "processed")
    with search.SearchIndex(search.index_path(tmp_path / "processed")) as idx:
        res = idx.run("overspend", None, None, None, None, 50)
        figs = idx.figures(res.hits)
    assert [f["side"] for fs in figs.values() for f in fs] == [None]


# ---------------------------------------------------------------- 5. each xdist worker its own copy of a shared build


def test_each_xdist_worker_reads_its_own_copy_of_a_shared_build(tmp_path, tmp_path_factory, monkeypatch) -> None:
    # round 45's guard kept one record per worker of folders all workers shared: a change made on one worker was blamed
    # on a test or fixture of another. Now a worker's tests read its own copy (conftest.worker_folder).
    from conftest import worker_folder
    from shared_folders import _SHARED, folder_state

    built = tmp_path / "built"
    (built / "processed").mkdir(parents=True)
    (built / "processed" / "t.csv").write_text("x\n", encoding="utf-8")
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw7")
    try:
        mine = worker_folder(tmp_path_factory, "r46_probe", built)
        assert mine != built and folder_state(mine) == folder_state(built)  # the same files, sizes and times
        assert _SHARED["r46_probe"][0] == mine  # the guard watches this worker's copy
        (mine / "processed" / "t.csv").write_text("changed\n", encoding="utf-8")  # a test of this worker changes it
        assert (built / "processed" / "t.csv").read_text(encoding="utf-8") == "x\n"  # the other workers' is as built
        monkeypatch.delenv("PYTEST_XDIST_WORKER")
        assert worker_folder(tmp_path_factory, "r46_probe", built) == built  # without xdist: the build itself
    finally:
        _SHARED.pop("r46_probe", None)
