"""Round 29 (r29walk): the pages read as a researcher reads them, on the seed corpus and on 56 councils (the twenty open
blind sets' minutes in one corpus). Each test marked "fails on 78955dbd" failed on that commit for the reason it gives;
the guards check what must not move (they fail on 78955dbd too, but only because they find the tables by this round's
markup: what they assert held there). Frames are built here from the tiny corpus of test_compare (three councils, five
themes). Screenshots named in the comments are those of the round's note, tests/realworld/notes/r29_r29walk.md."""

from __future__ import annotations

import dataclasses
import re

import pandas as pd
import pytest

from analysis import charts, report
from report_pages import comparison as _comparison, council as _council, section as _section, tables as _tables
from test_compare import ONERROR, PLANTED, tiny_tables


def _theme_table(html: str) -> str:
    return re.search(r'<table class="data shares">.*?</table>', _section(html, "themes"), re.S).group(0)


# ----------------------------------------------------------------------------- the theme shares table


def test_theme_table_has_a_row_per_council_when_councils_outnumber_themes(tmp_path):
    # fails on 78955dbd: the theme table always had a column per council; on 56 councils it was 57 columns wide and ran
    # off the page (screenshot /tmp/r29walk/shots/parts/big_comparison_02.png), while the heatmap above it had turned to
    # a row per council. Here three councils and two themes: a row per council, a column per theme.
    tables = _tables(tmp_path)
    shares = tables.frames["council_theme_shares"]
    tables.frames["council_theme_shares"] = shares[shares["theme"].isin(["send", "children_in_care"])]
    table = _theme_table(_comparison(tables))
    head = table[:table.index("</thead>")]
    assert head.startswith('<table class="data shares"><thead><tr><th>Council</th>'), head
    assert "Alpha" not in head and "Children in care" in head
    rows = re.findall(r"<tr><td>(.*?)</td>", table[table.index("<tbody>"):], re.S)
    assert len(rows) == 3 and rows[0] == '<a href="alpha-county-council.html#themes">Alpha &lt;County&gt; Council</a>', rows


def test_theme_table_keeps_a_row_per_theme_for_few_councils(tmp_path):
    # guard: three councils and five themes read as before, a row per theme and a column per council (now linked), the
    # percentages with their sign
    table = _theme_table(_comparison(_tables(tmp_path)))
    head = table[:table.index("</thead>")]
    assert "<th>Theme</th>" in head and 'href="gamma-co-council.html#themes">Gamma &amp; Co Council</a>' in head
    assert "SEND &lt;and&gt; EHCPs" in table and "<script" not in table
    assert re.search(r'<td class="num">\d+(?:\.\d)?%</td>', table)


def test_theme_table_columns_follow_the_share_matrix_not_every_council(tmp_path):
    # fails on 78955dbd (latent: the topics stage writes every theme's row for every document, so no real corpus hit
    # it): the header listed every council of the corpus and the cells the councils of the share matrix, so a council
    # without theme shares would shift every later column under the wrong name.
    tables = _tables(tmp_path)
    shares = tables.frames["council_theme_shares"]
    tables.frames["council_theme_shares"] = shares[shares["council_slug"] != "beta-borough-council"]
    table = _theme_table(_comparison(tables))
    head = table[:table.index("</thead>")]
    assert "Beta Borough" not in head
    first = re.search(r"<tbody><tr>(.*?)</tr>", table, re.S).group(1)
    assert first.count('<td class="num">') == 2, first


# ----------------------------------------------------------------------------- which councils report which indicator


def test_comparison_says_which_councils_report_each_indicator_and_for_what_period(tmp_path):
    # fails on 78955dbd: the page had no place saying who reports an indicator: a reader scanned a 56-column grid of
    # mostly empty cells; and a budget variance of 2007/08 stood beside one of 2025/26 with nothing saying so.
    tables = _tables(tmp_path)
    latest = tables.frames["indicator_latest"]
    ehcp = latest["indicator_id"] == "ehcp_timeliness"
    latest.loc[ehcp & (latest["council_slug"] == "beta-borough-council"), "period"] = "2019/20"
    html = _comparison(tables)
    section = _section(html, "indicators")
    cover = re.search(r'<table class="data coverage">.*?</table>', section, re.S).group(0)
    row = next(r for r in cover.split("<tr>") if "ehcp_timeliness" in r)
    assert '<td class="num">2 of 3</td>' in row, row
    assert row.index("Alpha &lt;County&gt; Council") < row.index("Beta Borough Council")  # by name
    assert "(Q2 2024/25; 2024-06-01)" in row and "(2019/20; date not given)" in row, row
    assert '<span class="caveat">periods differ: 2019/20 to Q2 2024/25</span>' in row, row
    cic = next(r for r in cover.split("<tr>") if "children_in_care" in r)
    assert "caveat" not in cic and "(no period named; 2023-05-05)" in cic, cic


def test_coverage_names_councils_escaped_and_links_their_indicator_section(tmp_path):
    # guard: the new table escapes what the manifest says (a council name) like every other cell
    cover = re.search(r'<table class="data coverage">.*?</table>', _comparison(_tables(tmp_path)), re.S).group(0)
    assert '<a href="alpha-county-council.html#indicators">Alpha &lt;County&gt; Council</a>' in cover
    assert "Gamma &amp; Co Council" in cover and "<County>" not in cover


def test_indicator_coverage_says_when_units_differ():
    # fails on 78955dbd (no such function): a high-needs deficit "per year" beside totals is named as such
    latest = pd.DataFrame({"indicator_id": ["d", "d"], "indicator_label": ["Deficit", "Deficit"],
                           "council_slug": ["a", "b"], "unit": ["gbp", "gbp"], "per": [None, "year"],
                           "period": [None, None], "meeting_date": ["2024-01-01", None]})
    (row,) = report.indicator_coverage(latest, {"a": "A", "b": "B"})
    assert row["notes"] == ["units differ: pounds (£), pounds (£) per year"]


def test_matrix_has_columns_only_for_councils_with_a_value_and_names_the_others(tmp_path):
    # fails on 78955dbd: a column per council of the corpus; 26 of the 56 councils had no value of any indicator and
    # made empty columns the reader scrolled past (screenshot /tmp/r29walk/shots/parts/big_comparison_03.png).
    tables = _tables(tmp_path)
    latest = tables.frames["indicator_latest"]
    tables.frames["indicator_latest"] = latest[latest["council_slug"] != "gamma-co-council"]
    section = _section(_comparison(tables), "indicators")
    matrix = re.search(r'<table class="data matrix">.*?</table>', section, re.S).group(0)
    assert "gamma-co-council" not in matrix and 'href="beta-borough-council.html"' in matrix
    note = re.search(r"Not in the table \(no figure of their minutes recognised as one of these indicators\): (.*?)</p>",
                     section, re.S).group(1)
    assert note == '<a href="gamma-co-council.html#figures">Gamma &amp; Co Council</a>.', note
    assert "of 2 of the 3 councils" in section


def test_matrix_of_a_corpus_where_every_council_has_a_value_reads_as_before(tmp_path):
    # guard: no "Not in the table" note, every council a column, the matrix in a scrolling box
    section = _section(_comparison(_tables(tmp_path)), "indicators")
    assert "Not in the table" not in section
    head = re.search(r'<table class="data matrix"><thead>(.*?)</thead>', section, re.S).group(1)
    assert head.count("<th>") == 4
    assert '<div class="wide"><table class="data matrix">' in section


def test_summary_counts_have_thousands_separators(tmp_path):
    # fails on 78955dbd: "56 councils, 349 meeting records and 1064 figures"
    tables = _tables(tmp_path)
    view = report.comparison_view(tables)
    docs = pd.concat([view.documents] + [view.documents.assign(doc_id=view.documents["doc_id"] + f"-{i}") for i in range(299)],
                     ignore_index=True)  # (more records of the same councils, each its own doc_id)
    html = _comparison(tables, dataclasses.replace(view, documents=docs))
    assert f"3 councils, {len(docs):,} meeting records" in html and len(docs) >= 1000


# ----------------------------------------------------------------------------- charts


def _series(unit: str, values: list[float]) -> pd.DataFrame:
    n = len(values)
    return pd.DataFrame({"council_slug": ["a", "b"] * (n // 2) + ["a"] * (n % 2), "doc_id": [f"d{i}" for i in range(n)],
                         "meeting_date": [f"202{i}-06-01" for i in range(n)], "value": values, "unit": unit})


def test_a_money_axis_reads_in_pounds_without_a_scientific_offset():
    # fails on 78955dbd: a budget variance chart read "1e8" above an axis of 0-5 (screenshot
    # /tmp/r29walk/charts/big_cmp_01.png); the axis now says £5m, £10m ...
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = charts.plot_indicator_series(_series("gbp", [2_500_000, 15_000_000, 500_000_000, 750_000]), "Deficit",
                                       "pounds (£)", {"a": "A", "b": "B"})
    fig.canvas.draw()
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    plt.close(fig)
    assert ax.yaxis.get_offset_text().get_text() == ""
    assert labels and all(x.startswith("£") or x.startswith("-£") for x in labels), labels
    assert any(x.endswith("m") for x in labels), labels


def test_a_percent_axis_has_percent_signs_and_a_count_axis_separators():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    for unit, values, check in (("percent", [55.0, 68.0], lambda x: x.endswith("%")),
                                ("count", [1200.0, 3700.0], lambda x: "e" not in x)):
        fig = charts.plot_indicator_series(_series(unit, values), "X", unit, {"a": "A", "b": "B"})
        fig.canvas.draw()
        # (r34charts) one value per council is a bar chart, whose value axis is the x axis
        value_axis = fig.axes[0].xaxis if charts.chart_kind(_series(unit, values)) == "bar" else fig.axes[0].yaxis
        labels = [t.get_text() for t in value_axis.get_ticklabels() if t.get_text()]
        plt.close(fig)
        assert labels and all(check(x) for x in labels), (unit, labels)
    assert charts.axis_value(3000.0, "count") == "3,000"


def test_timeline_puts_the_first_council_alphabetically_at_the_top():
    # fails on 78955dbd: the timeline drew the first council at the bottom, so it read Z to A down the page while
    # every table beside it reads A to Z (screenshot /tmp/r29walk/charts/big_cmp_07.png)
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    dated = pd.DataFrame({"council_slug": ["b", "a", "c"], "meeting_date": ["2024-01-01", "2023-01-01", "2022-01-01"]})
    fig = charts.plot_timeline(dated, {"a": "Alpha", "b": "Beta", "c": "Gamma"})
    ax = fig.axes[0]
    bottom, top = ax.get_ylim()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    plt.close(fig)
    assert bottom > top  # inverted: tick 0 (Alpha) at the top
    assert labels == ["Alpha", "Beta", "Gamma"]


# ----------------------------------------------------------------------------- council page: meeting cells, direction


def test_figure_rows_name_their_agenda_item_under_the_meeting(tmp_path):
    # fails on 78955dbd: Wiltshire's 69 figures came from 15 undated documents and every Meeting cell said "date not
    # given" (screenshot /tmp/r29walk/shots/parts/big_wiltshire-council_03.png); the cell now names the agenda item.
    # The item is the manifest's title: escaped (Beta's title holds an <img onerror>).
    html = _council(_tables(tmp_path), "beta-borough-council")
    section = _section(html, "figures")
    # (r32reader) the meeting and item stand once, in the heading row of the item's figures, not in every row
    cells = re.findall(r'<tr class="item-row"><th[^>]*>(.*?)</th></tr>', section, re.S)
    assert cells and all("date not given" in c for c in cells)
    assert all("Performance &lt;b&gt;report&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;" in c for c in cells), cells
    assert ONERROR not in html and "<b>report</b>" not in html


def test_figures_with_a_status_and_the_sentences_name_their_meeting_and_item(tmp_path):
    # fails on 78955dbd: the "Figures with a status" table had no meeting column at all
    html = _council(_tables(tmp_path), "alpha-county-council")
    track = _section(html, "track")
    status_table = track[:track.index("<h3>Sentences saying so</h3>")]
    # (r32reader) the meeting and item are the heading row of the item's rows
    # (r33reader) colspan 9, the table's columns (it was 10, one more than the table had)
    assert re.search(r'<tr class="item-row"><th colspan="9" scope="colgroup"><span class="nowrap">2024-01-10</span> · [^<]+ · ',
                     status_table), status_table[:3000]
    sentences = track[track.index("<h3>Sentences saying so</h3>"):]
    assert '<tr class="item-row"><th colspan="4" scope="colgroup"><span class="nowrap">' in sentences
    assert PLANTED not in html


def test_a_figure_without_a_direction_shows_a_blank_not_none(tmp_path):
    # fails on 78955dbd: a Direction column of "none" on most rows read as data
    html = _council(_tables(tmp_path), "gamma-co-council")
    row = re.search(r"<tr><td>children in care</td>.*?</tr>", _section(html, "figures"), re.S).group(0)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    # (r34reader) Gamma's one figure has no direction, so its table has no Direction column at all (it had one,
    # blank): the row is indicator, value, unit, quote, period, characters
    assert ">Direction</th>" not in _section(html, "figures") and len(cells) == 6 and ">none<" not in row, cells
    assert report.direction_text("down") == "down"


@pytest.mark.parametrize("title", [None, "", "   "])
def test_a_meeting_cell_without_an_item_is_the_date_alone(tmp_path, title):
    # guard: no empty note under the date where the manifest gives no title
    t = tiny_tables()
    t["documents"].loc[t["documents"]["doc_id"] == "c1", "title"] = title
    html = _council(_tables(tmp_path, t), "gamma-co-council")
    # (r32reader) the heading row of the item's figures: the date, then straight to the link
    cells = re.findall(r'<tr class="item-row"><th[^>]*>(.*?)</th></tr>', _section(html, "figures"), re.S)
    assert cells and all(c.startswith('<span class="nowrap">2023-05-05</span> · <a href=') for c in cells), cells


# ----------------------------------------------------------------------------- comparison: what was flagged, quoted


def test_comparison_quotes_the_sentences_saying_something_is_off_track(tmp_path):
    # fails on 78955dbd: the comparison's off-track section was counts only; what was flagged, and where, could be read
    # only by opening each council's page. Now every track sentence is quoted, "not on track" first, each with its
    # council, meeting, agenda item and source; the planted script in Alpha's sentence stays text.
    html = _comparison(_tables(tmp_path))
    section = _section(html, "offtrack")
    table = section[section.index("<h3>The sentences saying so</h3>"):]
    rows = re.findall(r"<tr><td><a href=\"([a-z-]+)\.html#track\">.*?</tr>", table, re.S)
    tracks = re.findall(r'<span class="status-(off|on)">', table)
    assert tracks == sorted(tracks, key=lambda x: x != "off") and "off" in tracks and "on" in tracks, tracks
    assert "gamma-co-council" in rows and "alpha-county-council" in rows
    assert "was <mark>on track</mark> overall.”" in table
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in table and PLANTED not in html
    assert '<td class="meeting"><span class="nowrap">2024-06-01</span>' in table


def test_comparison_without_any_track_sentence_says_so(tmp_path):
    # guard: no sentence, no empty table
    t = tiny_tables()
    t["segments"] = t["segments"].assign(text=[x.replace("on track", "in hand").replace("below target", "low")
                                               for x in t["segments"]["text"]])
    t["figures"] = t["figures"].assign(sentence=[x.replace("on track", "in hand").replace("below target", "low")
                                                 for x in t["figures"]["sentence"]])
    section = _section(_comparison(_tables(tmp_path, t)), "offtrack")
    assert "No sentence of these minutes says something is on or off track" in section
    assert section.count("<table") == 1


@pytest.mark.filterwarnings("ignore:The behavior of DataFrame concatenation:FutureWarning")  # (an undated copy of a2)
def test_a_chart_says_which_undated_values_it_leaves_out_of_a_council_with_dated_ones(tmp_path):
    # fails on 78955dbd: Oldham's latest NEET value (3.4%, undated) was in the table but its line showed only the dated
    # 5%, with nothing saying a value was left out (screenshot /tmp/r29walk/charts/fix_cmp_05.png); only a council with
    # no dated value at all was named under the chart.
    t = tiny_tables()
    docs = t["documents"]
    extra = docs[docs["doc_id"] == "a2"].assign(doc_id="a3", meeting_date=None, file="a3.txt", sha256="3" * 64)
    t["documents"] = pd.concat([docs, extra], ignore_index=True)
    segs = t["segments"]
    t["segments"] = pd.concat([segs, segs[segs["doc_id"] == "a2"].assign(
        doc_id="a3", segment_id=lambda d: d["segment_id"].str.replace("a2:", "a3:"))], ignore_index=True)
    topics = t["topics"]
    t["topics"] = pd.concat([topics, topics[topics["doc_id"] == "a2"].assign(
        doc_id="a3", segment_id=lambda d: d["segment_id"].str.replace("a2:", "a3:"))], ignore_index=True)
    figs = t["figures"]
    more = figs[(figs["doc_id"] == "a2") & (figs["surface"] == "68%")].assign(
        doc_id="a3", meeting_date=None, segment_id=lambda d: d["segment_id"].str.replace("a2:", "a3:"),
        figure_id=lambda d: d["figure_id"].str.replace("a2:", "a3:"))
    t["figures"] = pd.concat([figs, more], ignore_index=True)
    from test_compare import _theme_shares

    t["theme_shares"] = _theme_shares(t["documents"], t["segments"], t["topics"])
    html = _comparison(_tables(tmp_path, t))
    assert ("Values of undated meetings, not in the chart (the latest value in the table above may be one of them): "
            "Alpha &lt;County&gt; Council (1 value).") in html
    assert "Not in the chart (no meeting date): Beta Borough Council." in html  # as before


def test_council_intro_counts_and_separates_several_committees(tmp_path):
    # fails on 78955dbd: "19 meeting records: 18 of Cabinet, Children's Select Committee, Schools Forum, 1 whose
    # committee is not given" (Wiltshire) - a list of names that may hold commas themselves, read as one
    t = tiny_tables()
    t["documents"].loc[t["documents"]["doc_id"] == "a2", "committee"] = "Children, Young People and Families Board"
    view = report.council_view(_tables(tmp_path, t), "alpha-county-council")
    assert view.intro.startswith("2 meeting records of 2 committees (Children's <Scrutiny> Committee; "
                                 "Children, Young People and Families Board), dated"), view.intro
    html = _council(_tables(tmp_path / "again", t), "alpha-county-council")
    assert "(Children&#39;s &lt;Scrutiny&gt; Committee; Children, Young People and Families Board)" in html
