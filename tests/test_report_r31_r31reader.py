"""Round 31 (r31reader): the pages as a researcher who never opens a notebook reads them (seed corpus rendered by hand,
screenshots looked at; see tests/realworld/notes/r31_r31reader.md). Each test marked "fails on ac12178f" failed on
that commit for the reason it gives; the guards check what must not move. Frames come from the tiny corpus of
test_compare (three councils, a planted script tag)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import charts, report
from analysis.unitnames import unit_text
from report_pages import comparison as _comparison, council as _council, section as _section, tables as _tables


# ----------------------------------------------------------------------------- units with two "per"


@pytest.mark.parametrize("unit, per, expected", [
    # fails on ac12178f: "pounds (£) per child, week" ("£6,500 per week, per child" in Warwickshire's minutes; the
    # open sets' figures hold 'child, week' 9 times, 'week, child', 'child, year', 'pupil, year', 'hour, term',
    # 'placement, week')
    ("gbp", "child, week", "pounds (£) per child per week"),
    ("gbp", "week, child", "pounds (£) per week per child"),
    ("gbp", "hour, term", "pounds (£) per hour per term"),
    ("count", "placement, week", "count per placement per week"),
])
def test_a_unit_with_two_per_reads_per_each(unit, per, expected):
    assert unit_text(unit, per) == expected


@pytest.mark.parametrize("unit, per, expected", [
    # guards: the comma of a number is no separator; one "per" as before; a "per" already spelt is not doubled
    ("rate", "10,000 children", "rate per 10,000 children"),
    ("rate", "10,000", "rate per 10,000"),
    ("gbp", "week", "pounds (£) per week"),
    ("gbp", "per week", "pounds (£) per week"),
    ("percent", None, "percent"),
    ("gbp", "", "pounds (£)"),
])
def test_a_unit_with_one_per_is_unchanged(unit, per, expected):
    assert unit_text(unit, per) == expected


# ----------------------------------------------------------------------------- which indicator a figure counts for


def test_a_figure_row_names_the_indicator_it_was_recognised_as(tmp_path):
    # fails on ac12178f: the figures list showed only the phrase ("new EHCP's issued last year") while the indicator
    # table above named the indicator ("EHCPs maintained") and said "6 of the 13 figures were recognised": no row said
    # which six.
    tables = _tables(tmp_path)
    label = tables.indicator_labels["ehcp_timeliness"]
    assert label and label != "ehcp timeliness"
    figures = _section(_council(tables, "alpha-county-council"), "figures")
    rows = re.findall(r"<tr><td>(.*?)</td>", figures, re.S)
    ehcp = [r for r in rows if r.startswith("ehcp timeliness")]
    assert ehcp and all(f"recognised as: {label}" in r for r in ehcp), ehcp


def test_recognised_as_is_silent_where_it_would_repeat_or_has_no_indicator():
    # guards: no note for a figure of no indicator, nor one whose phrase is its label; an unlabelled id by its words
    labels = {"children_in_care": "Children in care"}
    assert report.recognised_as(None, "staff members", labels) is None
    assert report.recognised_as(float("nan"), "staff members", labels) is None
    assert report.recognised_as("children_in_care", "children in care", labels) is None
    assert report.recognised_as("children_in_care", "looked after children", labels) == "Children in care"
    assert report.recognised_as("re_referrals", "rate", labels) == "re referrals"


def test_figure_rows_without_labels_keep_their_cells(tmp_path):
    # guard: figure_rows called as before (two arguments) gives the same cells, the new ones besides
    tables = _tables(tmp_path)
    view = report.council_view(tables, "alpha-county-council")
    old = report.figure_rows(view.figures, view.theme_names)
    new = report.figure_rows(view.figures, view.theme_names, view.indicator_labels)
    strip = lambda rows: [{k: v for k, v in r.items() if k not in ("indicator_label", "learnt")} for r in rows]  # noqa: E731
    assert strip(old) == strip(new)


# ----------------------------------------------------------------------------- what "on track" means


def test_the_council_page_says_what_on_track_means(tmp_path):
    # fails on ac12178f: the section "What was reported on track or not on track" never said where a status comes
    # from (the minutes' own words, not a judgement against a target), nor why an amber figure is not in it
    html = _council(_tables(tmp_path), "alpha-county-council")
    track = _section(html, "track")
    assert "what the minutes themselves say" in track and "amber" in track
    assert track.index('class="track-note"') < track.index("<h3>Figures with a status</h3>")


def test_the_comparison_says_what_on_track_means_before_its_counts(tmp_path):
    # fails on ac12178f: the per-council counts table ("Figures not on track", "Sentences: not on track") came with
    # no word on what they count; the explanation came a table later and did not say what makes a status
    track = _section(_comparison(_tables(tmp_path)), "offtrack")
    assert track.index('class="track-note"') < track.index("<table")


def test_the_distinctive_table_says_its_thresholds(tmp_path):
    # fails on ac12178f: "Themes much more discussed than elsewhere" with no word on how much more
    from analysis import compare

    html = _section(_comparison(_tables(tmp_path)), "distinctive")
    assert "at least 5% of the council&#39;s minutes&#39; words and at least 2 times" in html
    assert "at least 80% of the topic&#39;s segments" in html
    # the sentence follows the compare stage's defaults, the ones build() uses
    import inspect

    assert inspect.signature(compare.distinctive_themes).parameters["min_share"].default == 0.05


# ----------------------------------------------------------------------------- charts spell names as they are


def _is_math(text: str) -> bool:
    from matplotlib import cbook

    return bool(cbook.is_math_text(text))


def test_chart_labels_with_dollars_are_not_mathtext():
    # fails on ac12178f: a council named "Evil $Co$ Council" was drawn "Evil Co Council" (italic, dollars gone) in its
    # theme chart's title and in the heatmap's labels, while the tables beside them spelt it out
    import matplotlib

    matplotlib.use("Agg")
    shares = pd.DataFrame({"theme": ["send", "care"], "share": [0.6, 0.4]})
    fig = charts.plot_theme_bars(shares, {"send": "SEND $x$", "care": "Care"}, "Themes discussed: Evil $Co$ Council")
    ax = fig.axes[0]
    assert not _is_math(ax.get_title())
    assert not any(_is_math(t.get_text()) for t in ax.get_yticklabels())
    m = pd.DataFrame([[0.5, 0.5], [0.2, 0.8]], index=["a", "b"], columns=["send", "care"])
    fig2 = charts.plot_heatmap(m, ["$A$ Council", "B"], ["SEND", "Care"], "Share")
    texts = [t.get_text() for a in fig2.axes for t in (*a.get_xticklabels(), *a.get_yticklabels())]
    assert texts and not any(_is_math(t) for t in texts)


def test_chart_labels_without_dollars_are_unchanged():
    # guard: a label with no dollar is passed as it is (the charts of the seed corpus draw the same pixels)
    for text in ("Children in care and placements", "Halton Borough Council", "pounds (£)", "Gamma & Co Council"):
        assert charts.literal(text) == text


# ----------------------------------------------------------------------------- a figure's period in the list


def _figure_rows_html(html: str) -> list[str]:
    return re.findall(r"<tr><td>.*?</tr>", _section(html, "figures"), re.S)


def test_the_figures_list_gives_each_figure_its_period(tmp_path):
    # fails on ac12178f: the indicator tables gave a value's period ("Q2 2024/25") but the figures list, where every
    # figure is quoted, had no period at all: two figures of one undated meeting could not be told apart by period
    tables = _tables(tmp_path)
    html = _council(tables, "alpha-county-council")
    figures = _section(html, "figures")
    # (r32reader) the Meeting and Source columns became the agenda item's heading row and a Characters column
    assert "<th>Quoted sentence</th><th>Period</th><th>Characters</th>" in figures
    periods = dict(zip(tables.council_figures["figure_id"].map(report.anchor_id), tables.council_figures["period"]))
    named = {a: p for a, p in periods.items() if isinstance(p, str) and p}
    assert named, periods
    for anchor, period in named.items():
        row = next(r for r in _figure_rows_html(html) if f'id="{anchor}"' in r)
        assert f'<td class="nowrap">{period}</td><td class="nowrap chars">' in row, row


def test_a_figure_without_a_period_has_a_blank_period_cell(tmp_path):
    # guard: no "None" where the minutes name no period
    tables = _tables(tmp_path)
    html = _council(tables, "gamma-co-council")
    rows = _figure_rows_html(html)
    assert rows and all("None" not in r for r in rows)
    f = tables.council_figures
    if f.loc[f["council_slug"] == "gamma-co-council", "period"].isna().all():
        assert all('<td class="nowrap"></td><td class="nowrap chars">' in r for r in rows), rows


# ----------------------------------------------------------------------------- a topic once, with its themes


def test_a_topic_under_two_themes_is_one_row(tmp_path):
    # fails on ac12178f: the topics table had a row per topic AND theme, so Halton's "agency / vacancies / staff"
    # stood twice with the same name (once under Fostering, once under Workforce) and read as a duplicate
    tables = _tables(tmp_path)
    shares = tables.frames["council_topic_shares"]
    alpha = shares[(shares["council_slug"] == "alpha-county-council") & (shares["period"] == report.ALL_PERIODS)
                   & (shares["segments"] > 0)]
    first = alpha["topic_label"].iloc[0]
    # give a second theme's rows the first topic's name: one topic whose segments fall under two themes
    other = alpha[alpha["theme"] != alpha["theme"].iloc[0]].index[:1]
    shares.loc[other, "topic_label"] = first
    tables.frames["council_topic_shares"] = shares
    html = _council(tables, "alpha-county-council")
    topics = html[html.index("<h3>Topics (topic model clusters)</h3>"):html.index('<section id="indicators">')]
    names = re.findall(r"<tr><td>(.*?)</td>", topics)
    assert names.count(first) == 1, names
    row = re.search(rf"<tr><td>{re.escape(first)}</td><td>(.*?)</td>", topics).group(1)
    assert row.count("<br>") == 1 and re.search(r"\(\d+\)<br>", row), row


def test_a_topic_of_one_theme_reads_as_before(tmp_path):
    # guard: one theme, named alone (no count); segments as before
    tables = _tables(tmp_path)
    view = report.council_view(tables, "gamma-co-council")
    rows = report.topic_rows(view.topics)
    assert sum(r["segments"] for r in rows) == int(view.topics["segments"].sum())
    html = _council(tables, "gamma-co-council")
    topics = html[html.index("<h3>Topics (topic model clusters)</h3>"):html.index('<section id="indicators">')]
    for r in rows:
        if len(r["themes"]) == 1:
            assert f"<tr><td>{r['topic_label']}</td><td>{r['themes'][0]['name']}</td>" in topics.replace("&lt;", "<").replace("&gt;", ">")


# ----------------------------------------------------------------------------- a latest value without a link


def test_a_latest_value_without_a_source_link_says_so(tmp_path):
    # fails on ac12178f: a matrix cell of a council whose manifest gives no source_url ended in "quote" alone, where
    # every other table says "no link in the manifest"; a javascript: URL is named as not a web address, never linked
    html = _comparison(_tables(tmp_path))
    matrix = re.search(r'<table class="data matrix">.*?</table>', html, re.S).group(0)
    beta = [c for c in re.findall(r"<td>(<b>.*?)</td>", matrix, re.S) if "beta-borough-council.html#" in c]
    assert beta and all("no link in the manifest" in c for c in beta), beta
    assert "javascript:" not in html
    alpha = [c for c in re.findall(r"<td>(<b>.*?)</td>", matrix, re.S) if "alpha-county-council.html#" in c]
    assert alpha and all("minutes page" in c or "not a web address" in c for c in alpha), alpha
