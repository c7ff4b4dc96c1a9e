"""Round 14, helper r14user: what a new researcher met walking the package through (notes in
/work/staging/r14/r14user/NOTES.md). Each test marked "fails on 55af81a" failed on that commit;
the others are guards that must not change."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis import compare, corpus, report
from analysis.errors import DocumentError, ManifestError
from test_compare import GAMMA, tiny_tables, write_tiny

ROOT = Path(__file__).resolve().parents[1]


def macros():
    return report.templates().get_template("macros.html").module


# ----------------------------------------------------------------------------- report: where a quote comes from


def test_report_source_of_an_html_or_pdf_figure_names_the_text_its_characters_index():
    # fails on 55af81a: "newtown/item.html, characters 197–200", but character 197 of the saved page is in
    # its <head>; the offsets index the text read from the page (text/item.txt of the processed folder).
    for file in ("newtown/item.html", "minutes/2024-03-12 Minutes.PDF"):
        out = str(macros().source("https://x.example/m", file, 197, 200))
        stem = file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        assert f"{file} (read as text/{stem}.txt of the processed folder), characters 197–200" in out, out
        assert f"{file}, characters" not in out


def test_report_source_of_a_txt_figure_is_the_file_itself():
    # guard: a .txt file's text is the file, so its characters are the file's (as on 55af81a).
    out = str(macros().source(None, "000_abc.txt", 5, 9))
    assert "000_abc.txt, characters 5–9</span>" in out
    assert "no link in the manifest" in out
    assert str(macros().source(None, "x.html")).endswith("x.html</span>")  # meetings table: no characters


def test_report_source_url_that_is_no_web_address_is_not_called_missing():
    # fails on 55af81a: a manifest row whose source_url is "javascript:alert(1)" or a file path was shown
    # as "no link in the manifest"; it is refused as a link (never an href), and now said so.
    for url in ("javascript:alert(1)", "C:\\minutes\\item.pdf", "www.example.gov.uk/mgAi.aspx?ID=1"):
        out = str(macros().source_link(url))
        assert "source_url is not a web address" in out and "<a" not in out and "javascript" not in out
    for url in (None, "", "  ", float("nan")):  # guard
        assert "no link in the manifest" in str(macros().source_link(url))
    assert 'href="https://x.example/m"' in str(macros().source_link("https://x.example/m"))


def test_report_page_of_a_council_without_figures_says_so_once(tmp_path):
    # fails on 55af81a: "0 figures. The highlighted number in each quote is the figure." above the empty state.
    t = tiny_tables()
    t["figures"] = t["figures"][t["figures"]["council"] != GAMMA].reset_index(drop=True)
    write_tiny(tmp_path / "processed", t)
    tables = report.load_tables(tmp_path / "processed")
    html = report.write_council(tables, "gamma-co-council", tmp_path / "raw", tmp_path / "processed",
                                tmp_path / "reports").read_text(encoding="utf-8")
    assert "No figures were found in this council&#39;s minutes." in html
    assert "highlighted number" not in html and "0 figures." not in html
    alpha = report.write_council(tables, "alpha-county-council", tmp_path / "raw", tmp_path / "processed",
                                 tmp_path / "reports").read_text(encoding="utf-8")
    assert "5 figures. The highlighted number in each quote is the figure." in alpha  # guard


def test_report_units_are_named_for_a_reader():
    # fails on 55af81a: pages showed the table codes ("2,400,000 gbp", "percentage_points").
    assert report.unit_text("gbp") == "pounds (£)"
    # r31reader: two "per" each read with its own "per" (was "pounds (£) per week, child"; tests/test_report_r31_r31reader.py)
    assert report.unit_text("gbp", "week, child") == "pounds (£) per week per child"
    assert report.unit_text("percentage_points") == "percentage points"
    # guard: the other units as before
    assert [report.unit_text(u) for u in ("percent", "count", "weeks", "days")] == ["percent", "count", "weeks", "days"]
    assert report.unit_text("rate", "10,000 children") == "rate per 10,000 children"


# ----------------------------------------------------------------------------- compare: a scorecard's target column


def _table_row(cells: list[tuple[str, str, float]], sentence: str) -> pd.DataFrame:
    """Figures of one table row as the figures stage writes them: '<row label>, <period>' for period
    columns and '<column>, <row label>' for the others."""
    rows, start = [], 100
    for indicator, surface, value in cells:
        rows.append({"council_slug": "newtown-borough-council", "indicator_id": "re_referrals", "doc_id": "d1",
                     "meeting_date": "2024-03-12", "indicator": indicator, "surface": surface, "value": value,
                     "sentence": sentence, "occurrence": 0, "is_change": False, "raw_start": start,
                     "raw_end": start + len(surface)})
        start += len(surface) + 1
    return pd.DataFrame(rows)


def test_compare_series_does_not_take_a_tables_target_column_as_the_meetings_value():
    # fails on 55af81a: the row "Re-referrals within 12 months | 23% | 19% | 20%" under the header
    # "Indicator | Q2 2023/24 | Q3 2023/24 | Target" gave the comparison page 20% (the target) as the
    # council's latest value: the last value in text order.
    figs = _table_row([("Re-referrals within 12 months, Q2 2023/24", "23%", 23.0),
                       ("Re-referrals within 12 months, Q3 2023/24", "19%", 19.0),
                       ("Target, Re-referrals within 12 months", "20%", 20.0)],
                      "Re-referrals within 12 months 23% 19% 20%")
    assert compare.indicator_series(figs)["value"].tolist() == [19.0]
    figs = _table_row([("Re-referrals within 12 months, 2023/24", "21%", 21.0),
                       ("England average, Re-referrals within 12 months", "22%", 22.0),
                       ("Statistical neighbours, Re-referrals within 12 months", "20%", 20.0)],
                      "Re-referrals within 12 months 21% 22% 20%")
    assert compare.indicator_series(figs)["value"].tolist() == [21.0]
    assert not compare.is_reference_column("Targeted early help, families supported")


def test_compare_series_keeps_the_last_level_when_no_column_is_a_target():
    # guard: period columns are levels, the last one is the meeting's value. A target alone was shown as the council's
    # value until round 19 (r19ref): a comparison point is never the council's value now, so the meeting has no row.
    figs = _table_row([("Re-referrals within 12 months, Q2 2023/24", "23%", 23.0),
                       ("Re-referrals within 12 months, Q3 2023/24", "19%", 19.0)],
                      "Re-referrals within 12 months 23% 19%")
    assert compare.indicator_series(figs)["value"].tolist() == [19.0]
    only = _table_row([("Target, Re-referrals within 12 months", "20%", 20.0)], "Target 20%")
    assert compare.indicator_series(only)["value"].tolist() == []


# ----------------------------------------------------------------------------- corpus: bad input says what is wrong


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_corpus_a_utf16_text_file_is_named_as_utf16_not_binary(encoding):
    # fails on 55af81a: "contains NUL bytes, so it is binary, not a text file" for minutes saved as
    # 'Unicode' text from Notepad or Word, which are text.
    data = "Minutes of the Children's Scrutiny Panel\n72% of EHCPs were issued on time.\n".encode(encoding)
    with pytest.raises(DocumentError, match=r"item\.txt: is UTF-16 .*re-save it as UTF-8") as err:
        corpus.decode_text(data, "item.txt")
    assert "binary" not in str(err.value)


def test_corpus_a_binary_file_is_still_binary():
    # guard
    with pytest.raises(DocumentError, match="binary"):
        corpus.decode_text(b"PK\x03\x04\x14\x00\x00\x00\x08\x00minutes.docx" * 10, "item.txt")
    assert corpus.decode_text("£4,500".encode("utf-8"), "x.txt") == ("£4,500", "utf-8")


def test_corpus_manifest_missing_optional_column_says_its_cells_may_stay_empty(tmp_path):
    # fails on 55af81a: the README calls committee, meeting_date, title and source_url "not required",
    # and the error only said the header must include them.
    (tmp_path / "a.txt").write_text("Minutes.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,council,committee,meeting_date,title\na.txt,X Council,,,\n",
                                           encoding="utf-8")
    with pytest.raises(ManifestError, match=r"line 1: missing column\(s\) source_url.*leave their cells empty"):
        corpus.load_manifest(tmp_path)


def test_corpus_a_web_page_saved_as_pdf_says_it_is_a_web_page():
    # fails on 55af81a: "cannot read this PDF (PdfStreamError: Stream has ended unexpectedly); it may be
    # truncated or corrupt" for a site's HTML page saved under the PDF's name.
    page = b"<!DOCTYPE html>\n<html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>"
    for data in (page, b"\n  " + page.replace(b"<!DOCTYPE html>\n", b"")):
        with pytest.raises(DocumentError, match=r"minutes\.pdf: is a web page, not a PDF"):
            corpus.pdf_to_text(data, "minutes.pdf")
    # guard: a broken PDF is still called truncated or corrupt
    with pytest.raises(DocumentError, match="truncated or corrupt"):
        corpus.pdf_to_text(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nbroken", "minutes.pdf")


HEADER = "file,council,committee,meeting_date,title,source_url"


def _manifest(tmp_path, data: bytes) -> Path:
    (tmp_path / "a.txt").write_text("Minutes.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_bytes(data)
    return tmp_path


def test_corpus_manifest_saved_by_excel_as_windows_1252_names_the_line(tmp_path):
    # fails on 55af81a: "manifest.csv: not UTF-8 ('utf-8' codec can't decode byte 0x92 in position 80 ...)",
    # with no line, for a manifest saved by Excel's plain 'CSV' with a curly apostrophe in a title.
    data = f"{HEADER}\r\na.txt,X Council,,,Quarter 3 report,\r\na.txt,X Council,,,Children’s Services,\r\n"
    raw = _manifest(tmp_path, data.encode("cp1252"))
    with pytest.raises(ManifestError, match=r"manifest\.csv line 3: not UTF-8 \(byte 0x92.*'CSV UTF-8'"):
        corpus.load_manifest(raw)


def test_corpus_manifest_separated_by_semicolons_says_so(tmp_path):
    # fails on 55af81a: "missing column(s) file, council, ..." for a header that has them all, with semicolons.
    raw = _manifest(tmp_path, (HEADER.replace(",", ";") + "\na.txt;X Council;;;;\n").encode())
    with pytest.raises(ManifestError, match="line 1: the cells are separated by semicolons; save the manifest with commas"):
        corpus.load_manifest(raw)


def test_corpus_manifest_with_capitalised_column_names_says_which(tmp_path):
    # fails on 55af81a: every column reported missing, no word of the capitals.
    raw = _manifest(tmp_path, b"File,council,committee,Meeting Date,title,source_url\na.txt,X Council,,,,\n")
    with pytest.raises(ManifestError, match=r"missing column\(s\) file, meeting_date \(column names are lower case: "
                                            r"'File' should be 'file', 'Meeting Date' should be 'meeting_date'\)"):
        corpus.load_manifest(raw)
    # guard: a good manifest, with a byte-order mark and CRLF line ends as Excel's 'CSV UTF-8' writes it
    _manifest(tmp_path, f"\ufeff{HEADER}\r\na.txt,X Council,,,Children’s Services,\r\n".encode("utf-8"))
    assert [r.title for r in corpus.load_manifest(raw)] == ["Children’s Services"]


# ----------------------------------------------------------------------------- make help


def test_make_help_says_why_the_councils_cannot_be_listed(tmp_path):
    # fails on 55af81a: with a manifest the corpus refuses, `make help` printed an empty list of councils
    # (the error went to /dev/null).
    (tmp_path / "a.txt").write_text("Minutes.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,council,committee,meeting_date,title,source_url\na.txt,Comparison,,,,\n", encoding="utf-8")
    out = subprocess.run(["make", "--no-print-directory", "help", f"RAW_DIR={tmp_path}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0
    text = out.stdout + out.stderr
    assert "Targets:" in text
    assert "manifest.csv line 2" in text and "comparison" in text


def test_make_report_names_the_page_even_when_it_is_up_to_date(tmp_path):
    # fails on 55af81a: `make report COUNCIL=<slug>` after `make all` printed nothing at all.
    raw, processed, reports = tmp_path / "raw", tmp_path / "processed", tmp_path / "reports"
    for d in (raw, processed, reports):
        d.mkdir()
    (raw / "a.txt").write_text("Minutes.\n", encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,council,committee,meeting_date,title,source_url\na.txt,Alpha Council,,,,\n", encoding="utf-8")
    # Every stage's outputs in place and newer than the code (as after `make all`), the page newest.
    subprocess.run([str(ROOT / ".venv/bin/python"), "-m", "analysis.fingerprint", str(raw),
                    str(processed / ".fingerprints" / "raw.sha256")], cwd=ROOT, check=True)
    stages = [["documents", "segments"], ["figures", "numbers", "topics", "topic_terms", "theme_shares", "topic_shares"],
              ["council_figures", "indicator_series", "indicator_latest", "track_statements", "council_theme_shares",
               "council_topic_shares", "distinctive_themes", "distinctive_topics", "document_periods"]]
    now = time.time()
    os.utime(processed / ".fingerprints" / "raw.sha256", (now + 100, now + 100))
    for i, names in enumerate(stages, start=2):
        for name in names:
            (processed / f"{name}.parquet").write_bytes(b"")
            os.utime(processed / f"{name}.parquet", (now + 100 * i, now + 100 * i))
    page = reports / "alpha-council.html"
    page.write_text("<html></html>", encoding="utf-8")
    os.utime(page, (now + 1000, now + 1000))
    out = subprocess.run(["make", "--no-print-directory", "report", "COUNCIL=alpha-council", f"RAW_DIR={raw}",
                          f"PROCESSED_DIR={processed}", f"REPORTS_DIR={reports}", f"BUILD_DIR={tmp_path / 'build'}"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert f"page: {page}" in out.stdout
    assert "==> stage" not in out.stdout
