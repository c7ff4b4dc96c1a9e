"""Round 32 (r32reader): the pages as a researcher who never opens a notebook reads them (seed corpus and six dev-split
councils of tests/realworld/raw rendered by hand, screenshots looked at; see tests/realworld/notes/r32_r32reader.md).
Each test marked "fails on 7a61b474" failed on that commit for the reason it gives; the guards check what must not
move. Frames come from the tiny corpus of test_compare (three councils, a planted script tag), changed here where a
test needs a quarter named without its year."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import report
from report_pages import comparison as _comparison, council as _council, section as _section, tables as _tables
from test_compare import ONERROR, PLANTED, SPACING, tiny_tables


def _tables_html(section: str) -> list[str]:
    return re.findall(r'<table class="data">.*?</table>', section, re.S)


def _set_text(t: dict[str, pd.DataFrame], segment_id: str, text: str) -> None:
    seg = t["segments"]
    i = seg.index[seg["segment_id"] == segment_id][0]
    seg.loc[i, "text"] = text
    seg.loc[i, "raw_end"] = seg.loc[i, "raw_start"] + len(text)
    seg.loc[i, "n_words"] = len(text.split())


def _add_period(t: dict[str, pd.DataFrame], doc_id: str, seq: int, surface: str) -> None:
    seg = t["segments"][t["segments"]["segment_id"] == f"{doc_id}:{seq:04d}"].iloc[0]
    a = int(seg["raw_start"]) + str(seg["text"]).index(surface)
    row = {"doc_id": doc_id, "segment_id": seg["segment_id"], "surface": surface, "kind": "period", "value": None,
           "sentence": seg["text"], "raw_start": a, "raw_end": a + len(surface)}
    t["numbers"] = pd.concat([t["numbers"], pd.DataFrame([row])], ignore_index=True)


def _quarter_alone(months: bool = True) -> dict[str, pd.DataFrame]:
    """Beta (undated) names "Quarter 2" without its year, and (``months``) "the end of September 2021" - West Sussex's
    "Performance and Resources Report - Quarter 2" of the seed corpus; Gamma (met 2023-05-05) names "Q4" alone."""
    t = tiny_tables()
    text = ("The report for Quarter 2, to the end of September 2021, was on track." if months
            else "The report for Quarter 2 was on track.")
    _set_text(t, "b1:0002", text)
    _add_period(t, "b1", 2, "Quarter 2")
    _set_text(t, "c1:0002", "SEND sufficiency in Q4 was reviewed.")
    _add_period(t, "c1", 2, "Q4")
    return t


# ----------------------------------------------------------------------------- (a) the agenda item once, not per row


def test_each_figure_table_names_an_agenda_item_once_not_on_every_row(tmp_path):
    # fails on 7a61b474: every figure row repeated its meeting date and the whole agenda item title in its Meeting cell,
    # and the minutes link and file name in its Source cell (Halton: "Children's Services Directorate Quarterly
    # Monitoring Report (Q2 2025/26)" five times; Slough's NEET item seven times in one table, each row 8 lines tall)
    tables = _tables(tmp_path)
    html = _council(tables, "alpha-county-council")
    figs = tables.council_figures
    titles = dict(zip(tables.documents["doc_id"], tables.documents["title"]))
    checked = 0
    for table in _tables_html(_section(html, "figures")):
        anchors = re.findall(r'<span id="(fig-[a-z0-9-]+)"></span>', table)
        docs = {d for d, f in zip(figs["doc_id"], figs["figure_id"]) if report.anchor_id(f) in anchors}
        for d in docs:
            n_rows = sum(1 for f, dd in zip(figs["figure_id"], figs["doc_id"]) if dd == d and report.anchor_id(f) in anchors)
            assert table.count(f"({d}.txt)") == 1, (d, table)
            assert table.count(f" · {titles[d]} · ") == 1, (d, table)
            checked += n_rows > 1
    assert checked, "no table with two figures of one item"


def test_every_figure_row_stands_under_its_items_heading_with_its_characters(tmp_path):
    # fails on 7a61b474 (no item heading rows); what it guards held there in each row: a figure is traced to its
    # document (the heading row above it names the file and links the minutes) and its characters (its own row)
    tables = _tables(tmp_path)
    for slug in ("alpha-county-council", "beta-borough-council", "gamma-co-council"):
        html = _council(tables, slug)
        section = _section(html, "figures")
        for f in tables.council("council_figures", slug).itertuples():
            m = re.search(rf'<tr>(?:(?!</tr>).)*id="{report.anchor_id(f.figure_id)}"(?:(?!</tr>).)*</tr>', section, re.S)
            assert m, f.figure_id
            assert f'<td class="nowrap chars">{f.raw_start}–{f.raw_end}</td>' in m.group(0)
            head = section[:m.start()].rsplit('<tr class="item-row">', 1)[1].split("</tr>", 1)[0]
            assert f"({f.doc_id}.txt)" in head, head


def test_the_item_heading_escapes_the_manifests_title_and_links_only_web_addresses(tmp_path):
    # guard: Beta's title holds an <img onerror>, Alpha's a2 a javascript: URL
    tables = _tables(tmp_path)
    beta = _council(tables, "beta-borough-council")
    heads = re.findall(r'<tr class="item-row">.*?</tr>', _section(beta, "figures"), re.S)
    assert heads and all("Performance &lt;b&gt;report&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;" in h for h in heads)
    assert ONERROR not in beta and PLANTED not in beta
    alpha = _council(tables, "alpha-county-council")
    assert "javascript:" not in alpha
    heads = re.findall(r'<tr class="item-row">.*?</tr>', _section(alpha, "figures"), re.S)
    assert any("no link in the manifest" in h or "not a web address" in h for h in heads)
    assert any('href="https://a.example/m?x=1&amp;y=2"' in h for h in heads)


def test_the_sentences_saying_so_are_grouped_under_their_item_too(tmp_path):
    # fails on 7a61b474: the "Sentences saying so" table repeated meeting, item, link and file on every row
    html = _council(_tables(tmp_path), "alpha-county-council")
    track = _section(html, "track")
    sentences = track[track.index("<h3>Sentences saying so</h3>"):]
    assert "<th>Meeting</th>" not in sentences and "<th>Characters</th>" in sentences
    heads = re.findall(r'<tr class="item-row">.*?</tr>', sentences, re.S)
    assert heads and len(heads) == len({h for h in heads}), heads


def test_a_pdf_or_html_items_heading_says_the_characters_index_its_text(tmp_path):
    # guard: characters of a .pdf/.html document index the text read from it (what the Source cell said before)
    t = tiny_tables()
    t["documents"].loc[t["documents"]["doc_id"] == "c1", "file"] = "gamma/c1.pdf"
    html = _council(_tables(tmp_path, t), "gamma-co-council")
    head = re.search(r'<tr class="item-row">.*?</tr>', _section(html, "figures"), re.S).group(0)
    assert "(gamma/c1.pdf, read as text/c1.txt of the processed folder: the characters index that text)" in head


def test_the_indicator_tables_latest_value_names_its_item(tmp_path):
    # fails on 7a61b474: the latest value's Meeting cell said "date not given" alone, so a council of six undated items
    # (Slough, Wiltshire) did not say which one it came from
    html = _council(_tables(tmp_path), "beta-borough-council")
    table = _section(html, "indicators")
    assert re.search(r'<td class="meeting"><span class="nowrap">date not given</span><br><span class="note">Performance '
                     r'&lt;b&gt;report&lt;/b&gt;', table), table


# ----------------------------------------------------------------------------- (b) one table of reporting periods


def test_the_reporting_periods_are_the_meetings_tables_column_not_a_second_table(tmp_path):
    # fails on 7a61b474: a "Reporting periods" section repeated the meetings table (same rows, same order, its
    # "Reporting period" column again); its explanation now introduces that column
    html = _council(_tables(tmp_path), "alpha-county-council")
    assert '<section id="periods">' not in html and 'href="#periods"' not in html
    meetings = _section(html, "meetings")
    assert "<th>Reporting period</th>" in meetings and "a quarter and/or a financial year" in meetings
    assert "Q2 2024/25" in meetings


# ----------------------------------------------------------------------------- (c) a quarter with no year


def test_a_quarter_named_without_its_year_takes_it_from_the_documents_months_and_says_so(tmp_path):
    # fails on 7a61b474: West Sussex's period read "Q2" with no year in the meetings table, the figures, the indicator
    # table and the comparison, though its minutes say "the end of September 2021 (Quarter 2)"
    tables = _tables(tmp_path, _quarter_alone())
    html = _council(tables, "beta-borough-council")
    meetings = _section(html, "meetings")
    assert "Q2 2021/22" in meetings
    assert "The minutes name Q2 without its year: 2021/22 is the financial year of &#34;September 2021&#34;" in meetings
    for anchor in ("figures", "indicators"):
        cells = re.findall(r"<td[^>]*>Q2[^<]*(?:<br><span[^>]*>[^<]*</span>)?</td>", _section(html, anchor))
        assert cells and all(c.endswith('>Q2 2021/22<br><span class="note" title="The minutes name Q2 without its '
                                         'year: 2021/22 is the financial year of &#34;September 2021&#34;, which the '
                                         'minutes name.">(year inferred)</span></td>') for c in cells), cells
    comparison = _comparison(tables)
    assert "Q2 2021/22" in _section(comparison, "indicators") and "year inferred" in _section(comparison, "indicators")


def test_a_quarter_named_without_its_year_takes_it_from_the_meeting_date(tmp_path):
    # fails on 7a61b474: Gamma (met 2023-05-05) names "Q4" alone: the last Q4 ended by then is Q4 2022/23
    html = _council(_tables(tmp_path, _quarter_alone()), "gamma-co-council")
    meetings = _section(html, "meetings")
    assert "Q4 2022/23" in meetings and "the last Q4 ended by the meeting of 2023-05-05" in meetings


def test_a_quarter_with_no_year_anywhere_says_no_year_is_named(tmp_path):
    # fails on 7a61b474: a bare "Q2" with nothing to date it; now it says so rather than read as a whole period
    tables = _tables(tmp_path, _quarter_alone(months=False))
    html = _council(tables, "beta-borough-council")
    assert "Q2 20" not in _section(html, "figures") + _section(html, "indicators")
    assert "(no year named)" in _section(html, "figures")
    assert "The minutes name Q2 without its year, and give no date" in _section(html, "meetings")
    assert "Q2 with no year" in _section(_comparison(tables), "indicators")


def test_the_tables_keep_the_minutes_period(tmp_path):
    # guard: presentation only - document_periods and council_figures still hold the minutes' "Q2"
    tables = _tables(tmp_path, _quarter_alone())
    assert tables.council("document_periods", "beta-borough-council")["periods"].tolist() == ["Q2"]
    assert set(tables.council("council_figures", "beta-borough-council")["period"]) == {"Q2"}


def test_a_whole_period_is_shown_as_it_is_with_no_note(tmp_path):
    # guard: Alpha's "Q2 2024/25" is the minutes' own; no "year inferred" anywhere on its page
    html = _council(_tables(tmp_path, _quarter_alone()), "alpha-county-council")
    assert "Q2 2024/25" in html and "(year inferred)" not in html and "(no year named)" not in html


@pytest.mark.parametrize("quarter, text, expected", [
    (2, "as at the end of September 2021 (Quarter 2)", "2021/22"),
    (3, "October 2019 to December 2019", "2019/20"),
    (4, "the year to 31 March 2024", "2023/24"),
    (1, "June 2020 and May 2020", "2020/21"),
    (2, "published in October 2021", None),      # a month outside the quarter dates nothing
    (2, "September 2020 and September 2021", None),  # two years tie: no guess
    (2, "members may 2021 review", None),       # the verb "may" is no month
])
def test_quarter_year_from_text(quarter, text, expected):
    got = report.quarter_year_from_text(quarter, text)
    assert (got[0] if got else None) == expected


# ----------------------------------------------------------------------------- a sentence quoted whole once per run


def test_a_sentence_quoted_in_the_row_above_is_quoted_again_around_its_figure_only(tmp_path):
    # fails on 7a61b474: a sentence of several figures stood whole on each of their rows (Slough's NEET sentence of
    # five figures, four lines each, five times; Wiltshire's "130 in 2017 to 80" twice). The first row quotes it whole;
    # the next ones quote eight words either side of their figure, "…" where cut, and say it is the sentence above.
    t = tiny_tables()
    long = ("Placement costs across the whole of the county rose by 12% this year and by 12% more in the year "
            "before that one, members heard.")
    _set_text(t, "b1:0001", long)
    f = t["figures"]
    f.loc[f["segment_id"] == "b1:0001", "sentence"] = long
    for i, occ in zip(f.index[f["segment_id"] == "b1:0001"], (0, 1)):
        pos = [m.start() for m in re.finditer("12%", long)][occ]
        start = SPACING * 2 + pos
        f.loc[i, ["raw_start", "raw_end", "figure_id"]] = [start, start + 3, f"b1:{start}-{start + 3}"]
    tables = _tables(tmp_path, t)
    html = _council(tables, "beta-borough-council")
    rows = [r for r in re.findall(r"<tr><td>.*?</tr>", _section(html, "figures"), re.S) if "12%</mark>" in r]
    assert len(rows) == 2, rows
    assert long.replace("12%", "<mark>12%</mark>", 1) in rows[0] and "same sentence as above" not in rows[0]
    assert "“… county rose by 12% this year and by <mark>12%</mark> more in the year before that one, members …”" in rows[1], rows[1]
    assert '<span class="note">(same sentence as above)</span>' in rows[1]


def test_one_sentence_per_figure_is_quoted_whole(tmp_path):
    # guard: rows of different sentences are never cut
    html = _council(_tables(tmp_path), "alpha-county-council")
    assert "same sentence as above" not in _section(html, "track")
    tables = _tables(tmp_path)
    for f in tables.council("council_figures", "gamma-co-council").itertuples():
        assert f"“{f.sentence.replace(f.surface, '<mark>' + f.surface + '</mark>', 1)}”" in _council(tables, "gamma-co-council")


# ----------------------------------------------------------------------------- the comparison's undated meetings


def test_the_comparisons_undated_meetings_name_each_council_once(tmp_path):
    # fails on 7a61b474: "Meetings without a date" named the council on every row (Slough six rows running, Hillingdon
    # five); the name now spans its council's rows
    t = tiny_tables()
    t["documents"] = pd.concat([t["documents"], t["documents"][t["documents"]["doc_id"] == "b1"].assign(
        doc_id="b2", file="b2.txt", title="Second item")], ignore_index=True)
    t["segments"] = pd.concat([t["segments"], t["segments"][t["segments"]["doc_id"] == "b1"].assign(
        doc_id="b2", segment_id=lambda d: d["segment_id"].str.replace("b1", "b2"))], ignore_index=True)
    t["topics"] = pd.concat([t["topics"], t["topics"][t["topics"]["doc_id"] == "b1"].assign(
        doc_id="b2", segment_id=lambda d: d["segment_id"].str.replace("b1", "b2"))], ignore_index=True)
    from test_compare import _theme_shares

    t["theme_shares"] = _theme_shares(t["documents"], t["segments"], t["topics"])
    html = _comparison(_tables(tmp_path, t))
    part = html[html.index("<h3>Meetings without a date</h3>"):]
    part = part[:part.index("</table>")]
    assert part.count(">Beta Borough Council</a>") == 1, part
    assert '<td rowspan="2"><a href="beta-borough-council.html">Beta Borough Council</a></td>' in part
    assert "Second item" in part and "Performance &lt;b&gt;report&lt;/b&gt;" in part
