"""Round 19, helper r19user: a researcher new to the package adds four councils' minutes (Slough, Oldham, Cumbria,
Wokingham: dev-split excerpts and one round-11 pool page, with manifest rows as the README says) and reads the
council pages, the comparison and ``make search``. Each test marked "fails on f1826f9" failed on that commit (main
at the start of the helper's work) and passes after the fix; the others are guards."""

from __future__ import annotations

import re

import pytest

# ----------------------------------------------------------------------------- empty manifest cells never read "None"


def _no_committee_no_title(t):
    """The tiny corpus with Beta's meeting given neither a committee nor an item title (manifest cells left empty,
    which the README allows: only ``file`` and ``council`` are required)."""
    docs = t["documents"]
    b1 = docs["doc_id"].eq("b1")
    docs.loc[b1, "committee"] = None
    docs.loc[b1, "title"] = None
    return t


def _cells(html: str) -> list[str]:
    return re.findall(r"<td[^>]*>(.*?)</td>", html, flags=re.S)


def test_council_page_says_not_given_for_an_empty_committee_or_title(tmp_path):
    # fails on f1826f9: the meetings table of a council whose manifest left committee/title empty showed "None" in
    # those cells (Slough's four items with no committee, Wokingham's pool page with neither), and the reporting
    # periods table "None" as the item.
    from analysis import report
    from test_compare import tiny_tables, write_tiny

    write_tiny(tmp_path / "processed", _no_committee_no_title(tiny_tables()))
    tables = report.load_tables(tmp_path / "processed")
    html = report.write_council(tables, "beta-borough-council", tmp_path / "raw", tmp_path / "processed",
                                tmp_path / "reports").read_text(encoding="utf-8")
    assert "None" not in _cells(html) and "nan" not in _cells(html), [c for c in _cells(html) if c in ("None", "nan")]
    meetings = html[html.index('<section id="meetings">'):]
    meetings = meetings[:meetings.index("</section>")]
    assert _cells(meetings)[1:3] == ["not given", "not given"], _cells(meetings)
    assert '<section id="periods">' not in html  # (r32reader) the meetings table alone, which says "not given" above


def test_comparison_meetings_say_not_given_for_an_empty_committee_or_title(tmp_path):
    # fails on f1826f9: "Meetings without a date" listed "Wokingham Borough Council | None | None | minutes page"
    from analysis import report
    from test_compare import tiny_tables, write_tiny

    write_tiny(tmp_path / "processed", _no_committee_no_title(tiny_tables()))
    tables = report.load_tables(tmp_path / "processed")
    html = report.write_comparison(tables, tmp_path / "raw", tmp_path / "processed",
                                   tmp_path / "reports").read_text(encoding="utf-8")
    assert "None" not in _cells(html), [c for c in _cells(html) if "None" in c]
    row = re.search(r'<tr><td><a href="beta-borough-council.html">Beta Borough Council</a></td>(.*?)</tr>', html)
    assert row and _cells(row.group(1))[:2] == ["not given", "not given"], row and row.group(1)


def test_given_committee_and_title_read_as_before(tmp_path):
    # guard: where the manifest names them, committee and title are shown as written (escaped)
    from analysis import report
    from test_compare import write_tiny

    write_tiny(tmp_path / "processed")
    tables = report.load_tables(tmp_path / "processed")
    html = report.write_council(tables, "alpha-county-council", tmp_path / "raw", tmp_path / "processed",
                                tmp_path / "reports").read_text(encoding="utf-8")
    assert "<td>Children&#39;s &lt;Scrutiny&gt; Committee</td><td>Q3 report</td>" in html
    assert "not given</td><td>Q3" not in html


# ----------------------------------------------------------------------------- comparison: the count under a value


def _comparison(tmp_path, tables=None):
    from analysis import report
    from test_compare import write_tiny

    write_tiny(tmp_path / "processed", tables)
    t = report.load_tables(tmp_path / "processed")
    return report.write_comparison(t, tmp_path / "raw", tmp_path / "processed",
                                   tmp_path / "reports").read_text(encoding="utf-8")


def _row_cells(html: str, indicator_label: str) -> list[str]:
    """The council cells of the comparison's indicator row whose header starts with ``indicator_label``."""
    row = html[html.index(f"<tr><th>{indicator_label}<br>"):]
    return _cells(row[:row.index("</tr>")])


def test_comparison_does_not_count_comparison_points_as_the_councils_values(tmp_path):
    # fails on f1826f9: Slough's NEET cell said "4.7 percent ... 5 values" where the minutes gave Slough's 4.1% and
    # 4.7% beside 7.3% (England), 7.6% (South-East) and 6.3% (England): a reader took it for five NEET readings of
    # Slough. Here Alpha's EHCP timeliness: 60% (January), 68% "up from 60%" (June) is 2 values and 1 comparison point.
    html = _comparison(tmp_path)
    alpha = _row_cells(html, "EHCPs issued within 20 weeks")[0]
    assert "2 values, 1 comparison point" in alpha, alpha
    assert "3 values" not in alpha


def test_comparison_count_reads_as_before_without_comparison_points(tmp_path):
    # guard: a council whose figures of an indicator are all its own keeps "N value(s)" with nothing added
    html = _comparison(tmp_path)
    alpha, _, gamma = _row_cells(html, "Children in care")
    assert "2024-01-10; 1 value</span>" in alpha and "2023-05-05; 1 value</span>" in gamma, (alpha, gamma)
    beta = _row_cells(html, "placement costs")[1]
    # (round 20: no "ordered by doc_id" where one document gave the values: tests/test_r20_user.py)
    assert "date not given; 2 values</span>" in beta and "comparison point" not in beta, beta


# ----------------------------------------------------------------------------- pages say what the indicator tables leave out


def test_council_page_says_how_many_figures_its_indicator_table_covers(tmp_path):
    # fails on f1826f9: Slough's page listed 42 figures and an indicator table of 3 rows, with nothing saying that the
    # table holds only figures recognised as an indicator of indicators.yml (re-offending 12.9%, the Barrow rates of
    # Cumbria, Oldham's 4.7% of pupils with an EHCP: no indicator, so in the list only); a reader took the table for
    # everything the council reported.
    from analysis import report
    from test_compare import tiny_tables, write_tiny

    t = tiny_tables()
    figs = t["figures"]
    figs.loc[figs["surface"].eq("14"), ["indicator_id", "indicator"]] = [None, "vacant posts"]
    write_tiny(tmp_path / "processed", t)
    tables = report.load_tables(tmp_path / "processed")
    html = report.write_council(tables, "alpha-county-council", tmp_path / "raw", tmp_path / "processed",
                                tmp_path / "reports").read_text(encoding="utf-8")
    section = html[html.index('<section id="indicators">'):]
    section = section[:section.index("</section>")]
    assert "4 of the 5 figures were recognised as one of the indicators of indicators.yml" in section, section[:1500]
    assert "are only in the list below" in section


def test_comparison_says_an_empty_cell_is_no_figure_recognised_not_no_figure(tmp_path):
    # fails on f1826f9: "an empty cell means the council's minutes gave no figure for it" - untrue where the minutes
    # gave one the rules did not recognise (Cumbria's 125 children in need per 10,000, no indicator): the page now
    # says an empty cell is no figure recognised, and that the council's page lists every figure.
    html = _comparison(tmp_path)
    assert "gave no figure for it" not in html
    assert "an empty cell means no figure of the council&#39;s minutes was recognised as its own value" in html \
        or "an empty cell means no figure of the council's minutes was recognised as its own value" in html


# ----------------------------------------------------------------------------- a change is marked, not read as a level

CHANGE_NOTE = re.compile(r'<span class="note" title="A rise or fall[^"]*">change</span>')


def test_pages_mark_a_change_so_it_is_not_read_as_a_level(tmp_path):
    # fails on f1826f9: "Key Stage 2 attainment had risen by 8%" was listed as "Key Stage 2 attainment | 8 | percent"
    # (Slough), "fallen by half" as "custody offences | 50 | percent", with nothing but the direction column to tell a
    # rise from a level of 8%; the comparison showed Beta's placement costs "12 percent" (a rise of 12%) as its value.
    from analysis import report
    from test_compare import write_tiny

    write_tiny(tmp_path / "processed")
    tables = report.load_tables(tmp_path / "processed")
    html = report.write_council(tables, "beta-borough-council", tmp_path / "raw", tmp_path / "processed",
                                tmp_path / "reports").read_text(encoding="utf-8")
    figures = html[html.index('<section id="figures">'):]
    rows = [r for r in figures.split("<tr>") if "placement" in r.lower() or "Placement" in r]
    assert rows and all(CHANGE_NOTE.search(r) for r in rows), rows  # both 12% rises, in the list
    indicators = html[html.index('<section id="indicators">'):html.index('<section id="figures">')]
    placement = next(r for r in indicators.split("<tr>") if "placement costs" in r)
    assert CHANGE_NOTE.search(placement), placement
    comparison = _comparison(tmp_path / "c")
    assert CHANGE_NOTE.search(_row_cells(comparison, "placement costs")[1])


def test_a_level_is_not_marked_as_a_change(tmp_path):
    # guard: "There were 450 children in care", "EHCP timeliness was 60%" are levels: no "change" note anywhere
    from analysis import report
    from test_compare import write_tiny

    write_tiny(tmp_path / "processed")
    tables = report.load_tables(tmp_path / "processed")
    for slug in ("alpha-county-council", "gamma-co-council"):
        html = report.write_council(tables, slug, tmp_path / "raw", tmp_path / "processed",
                                    tmp_path / "reports").read_text(encoding="utf-8")
        assert not CHANGE_NOTE.search(html), slug
    comparison = _comparison(tmp_path / "c")
    assert not any(CHANGE_NOTE.search(c) for c in _row_cells(comparison, "Children in care"))


# ----------------------------------------------------------------------------- comparison: no empty chart


def test_comparison_draws_no_empty_chart_for_an_indicator_of_undated_meetings_only(tmp_path):
    # fails on f1826f9: Oldham's and West Sussex's re-referrals (both undated) and Cumbria's and Warwickshire's children
    # in need (both undated) each got a line chart with no line, its time axis reading "Jan 1970" six times.
    from test_compare import tiny_tables

    t = tiny_tables()
    for name in ("documents", "figures"):
        t[name]["meeting_date"] = None
    html = _comparison(tmp_path, t)
    assert 'chart of Children in care per council' not in html  # (r34charts) no chart of any kind
    i = html.index("<h3>Children in care (count)</h3>")
    note = html[i:html.index("</p>", i)]
    assert "No chart: no meeting of Alpha &lt;County&gt; Council, Gamma &amp; Co Council that reported it has a date" \
        in note, note


def test_comparison_still_charts_an_indicator_with_dated_meetings(tmp_path):
    # guard: Alpha's and Gamma's dated children in care values are drawn as before, with no "No chart" note
    html = _comparison(tmp_path)
    # (r34charts) one dated value per council: a bar per council, not a line chart
    assert 'alt="Bar chart of Children in care per council: one dated value each"' in html
    assert "No chart:" not in html
