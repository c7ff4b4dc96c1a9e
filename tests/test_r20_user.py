"""Round 20, helper r20user: a researcher new to the package follows the README end to end (``make all``, every
page, ``make search``, ``make help``), adds three dev-split councils' minutes in a scratch raw folder and tries the
errors a user makes. Each test marked "fails on 3ee0235" failed on that commit (main at the start of the helper's
work) and passes after the fix; the others are guards."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from report_pages import section as _section

ROOT = Path(__file__).resolve().parents[1]


def _cells(html: str) -> list[str]:
    return re.findall(r"<td[^>]*>(.*?)</td>", html, flags=re.S)


def _pages(tmp_path, tables=None):
    """Write the tiny corpus (``tables`` if given), then every council page and the comparison; their HTML."""
    from analysis import report
    from test_compare import write_tiny

    write_tiny(tmp_path / "processed", tables)
    t = report.load_tables(tmp_path / "processed")
    out = {slug: report.write_council(t, slug, tmp_path / "raw", tmp_path / "processed",
                                      tmp_path / "reports").read_text(encoding="utf-8")
           for slug in ("alpha-county-council", "beta-borough-council", "gamma-co-council")}
    out["comparison"] = report.write_comparison(t, tmp_path / "raw", tmp_path / "processed",
                                                tmp_path / "reports").read_text(encoding="utf-8")
    return out


# ----------------------------------------------------------------------------- "ordered by doc_id" only where it is

def test_a_value_one_document_gave_is_not_said_to_be_ordered_by_document(tmp_path):
    # fails on 3ee0235: West Sussex's one undated document gave 23% re-referrals; its page said "last document, not
    # last meeting" and the comparison "ordered by doc_id", though there was nothing to order (Hillingdon, Warwickshire
    # likewise: every such value in the seed and the added councils came from one document). Here Beta's one undated
    # meeting reports EHCP timeliness and placement costs.
    pages = _pages(tmp_path)
    assert "last document, not last meeting" not in pages["beta-borough-council"]
    # (r33reader) the comparison says "last document, not last meeting" as the council page does, not "ordered by doc_id"
    assert "last document, not last meeting" not in pages["comparison"]
    assert "is the latest in an order of its council" not in pages["comparison"]
    assert "date not given" in pages["comparison"]  # the cell still says the value is undated


def test_a_latest_value_among_dated_and_undated_documents_still_says_so(tmp_path):
    # guard: where two documents reported the indicator and one is undated, "latest" is the last document, not
    # the last meeting, and both pages say so (Alpha's January meeting made undated here)
    from test_compare import tiny_tables

    t = tiny_tables()
    for name in ("documents", "figures"):
        t[name].loc[t[name]["doc_id"].eq("a1"), "meeting_date"] = None
    pages = _pages(tmp_path, t)
    assert "last document, not last meeting" in pages["alpha-county-council"]
    # (r33reader) was "ordered by doc_id" in the cell and "latest values are ordered by doc_id because" in the note
    assert "; <span title=\"A meeting date is missing" in pages["comparison"]
    assert "last document, not last meeting" in pages["comparison"]
    assert "is the latest in an order of its council" in pages["comparison"]


# ----------------------------------------------------------------------------- the council page's opening sentence

def test_opening_does_not_give_every_record_the_one_committee_named(tmp_path):
    # fails on 3ee0235: Hillingdon's page opened "6 meeting records of Education & Children's Services Policy Overview
    # Committee" where only one of the six manifest rows named a committee
    from analysis import report
    from test_compare import tiny_tables, write_tiny

    t = tiny_tables()
    t["documents"].loc[t["documents"]["doc_id"].eq("a2"), "committee"] = None
    write_tiny(tmp_path / "processed", t)
    tables = report.load_tables(tmp_path / "processed")
    intro = report.council_view(tables, "alpha-county-council").intro
    assert intro.startswith("2 meeting records: 1 of Children's <Scrutiny> Committee, 1 whose committee is not given"), intro
    # guard: every record with its committee reads as before
    assert report.council_view(tables, "gamma-co-council").intro.startswith(
        "1 meeting record of Children's <Scrutiny> Committee, dated 2023-05-05.")


def test_opening_counts_off_track_figures_and_sentences_apart(tmp_path):
    # fails on 3ee0235: Warwickshire's page said "4 statements or figures were reported as not on track": 1 figure
    # ("5 targets not on track") and 3 sentences, one of them that figure's own sentence, summed
    from analysis import report
    from test_compare import write_tiny

    write_tiny(tmp_path / "processed")
    tables = report.load_tables(tmp_path / "processed")
    alpha = report.council_view(tables, "alpha-county-council").intro
    assert alpha.endswith("5 figures were found in the minutes; 1 figure was reported as not on track and "
                          "2 sentences say something is not on track."), alpha
    gamma = report.council_view(tables, "gamma-co-council").intro
    assert gamma.endswith("1 figure was found in the minutes; nothing was reported as not on track."), gamma


def test_reporting_periods_table_follows_the_meetings_tables_order(tmp_path):
    # fails on 3ee0235: the meetings table lists undated items first, then by date; the reporting-periods table
    # listed them by doc_id (Hillingdon: undated, 2011, undated, undated ...; Southampton: 2019 before 2016)
    from test_compare import tiny_tables

    t = tiny_tables()
    for name in ("documents", "figures"):
        t[name].loc[t[name]["doc_id"].eq("a1"), "meeting_date"] = "2024-09-30"  # a1 now after a2
    html = _pages(tmp_path, t)["alpha-county-council"]
    meetings = [c for c in _cells(_section(html, "meetings")) if re.fullmatch(r"\d{4}-\d\d-\d\d", c)]
    assert meetings == ["2024-06-01", "2024-09-30"], meetings
    # (r32reader) the reporting-periods table is gone (it repeated the meetings table's column): one order to keep
    assert '<section id="periods">' not in html


# ----------------------------------------------------------------------------- error messages a user reads

def _raw(tmp_path: Path, manifest: str, files: dict[str, bytes]) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "manifest.csv").write_text(manifest, encoding="utf-8")
    for name, data in files.items():
        (raw / name).write_bytes(data)
    return raw


HEADER = "file,council,committee,meeting_date,title,source_url\n"


def test_a_row_with_an_unquoted_comma_names_its_file_and_the_counts(tmp_path):
    # fails on 3ee0235: "manifest.csv line 3: more cells than header columns": which file, and why, was left to guess
    from analysis.corpus import load_manifest
    from analysis.errors import ManifestError

    raw = _raw(tmp_path, HEADER + "a.txt,Alpha Council,Panel,,Item,\n"
               "b.txt,Beta Council,Children, Young People and Families Board,2024-01-01,Item,\n",
               {"a.txt": b"Minutes.", "b.txt": b"Minutes."})
    with pytest.raises(ManifestError) as err:
        load_manifest(raw)
    msg = str(err.value)
    assert "line 3 (b.txt): more cells than header columns (7 cells, 6 columns)" in msg, msg
    assert "double quotes" in msg


def test_a_file_of_blank_lines_is_called_what_it_is(tmp_path):
    # fails on 3ee0235: a file holding only blank lines was reported as "the file is empty" (its size is not 0)
    from analysis.corpus import load_manifest, read_document
    from analysis.errors import DocumentError

    raw = _raw(tmp_path, HEADER + "a.txt,Alpha Council,,,,\nb.txt,Alpha Council,,,,\n",
               {"a.txt": b"\n  \n\n", "b.txt": b""})
    rows = load_manifest(raw)
    with pytest.raises(DocumentError, match=r"a.txt \(manifest line 2\): the file is empty \(it holds only blank "
                                            r"lines or spaces\); remove its manifest row"):
        read_document(raw, rows[0])
    with pytest.raises(DocumentError, match=r"b.txt \(manifest line 3\): the file is empty; remove"):
        read_document(raw, rows[1])  # guard: a 0-byte file reads as before


# ----------------------------------------------------------------------------- make help

def test_make_help_lists_each_variable_once():
    # fails on 3ee0235: FROM and TO (used by both fetch and search) were listed twice, with nothing to say why
    out = subprocess.run(["make", "--no-print-directory", "help", "RAW_DIR=/nonexistent"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120).stdout
    variables = re.findall(r"^  ([A-Z_]+) \(default:", out, flags=re.M)
    assert variables and len(variables) == len(set(variables)), variables
    assert "FROM and TO are the date range of both fetch and search" in out


def test_make_report_without_a_council_says_none_was_given():
    # fails on 3ee0235: `make report` with no COUNCIL said "error: unknown council ''", as if '' had been typed
    res = subprocess.run(["make", "--no-print-directory", "report"], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert res.returncode != 0
    assert "error: no council given: make report COUNCIL=<slug>" in res.stderr, res.stderr
    assert "unknown council ''" not in res.stderr


# ----------------------------------------------------------------------------- the search results page

from test_search import idx, processed  # noqa: E402,F401  (the search tests' tiny index, as fixtures)


def test_search_page_names_units_as_the_reports_do_and_links_to_them(idx):
    # fails on 3ee0235: a passage's figures read "(gbp per week)", "(percentage_points)" where every report page says
    # "pounds (£) per week", "percentage points"; and the page had no link to the reports it sits beside (a
    # researcher who found a passage could not reach the council's page of figures, nor the index)
    from analysis import search

    res = idx.run("foster")
    figs = idx.figures(res.hits)
    assert figs
    for found in figs.values():
        for f in found:
            f.update(unit="gbp", per="week")
    marks = idx.marks(res.query, res.hits["text"])
    html = search.render_html(res, marks, figs, {"index", "comparison", "alpha-county-council"})
    assert "(pounds (£) per week)" in html and "(gbp" not in html
    assert '<a href="../index.html">All reports</a>' in html and '<a href="../comparison.html">' in html
    assert '<a href="../alpha-county-council.html">the council\'s report</a>' in html
    assert "../gamma-council.html" not in html  # no page there: no link
    alone = search.render_html(res, marks, figs)  # guard: no report pages beside it, no links to them
    assert "../index.html" not in alone and "the council's report" not in alone
