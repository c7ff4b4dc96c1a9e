"""Reading the manifest and the documents: formats, encodings and the errors users see."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import corpus
from analysis.errors import DocumentError, ManifestError
from conftest import FIXTURES, SEED_RAW, make_pdf, write_manifest


def test_seed_manifest_loads_all_five_documents():
    rows = corpus.load_manifest(SEED_RAW)
    assert [r.doc_id for r in rows] == sorted(p.stem for p in SEED_RAW.glob("*.txt"))
    assert {r.council for r in rows} == {
        "Warwickshire County Council",
        "Worcestershire County Council",
        "Halton Borough Council",
        "West Sussex County Council",
    }
    assert rows[1].meeting_date == "2023-04-26" and rows[0].meeting_date is None
    assert rows[0].line == 2


def test_seed_text_is_the_file_exactly():
    docs = corpus.load_corpus(SEED_RAW)
    for d in docs:
        assert d.text == (SEED_RAW / d.file).read_bytes().decode("utf-8")
        assert d.encoding == "utf-8"
        assert len(d.sha256) == 64


def test_slugify_is_path_safe():
    assert corpus.slugify("West Sussex County Council") == "west-sussex-county-council"
    for nasty in ["../../etc/passwd", "A/B Council", 'Q"uote\'s <Council>', "Ynys Môn"]:
        slug = corpus.slugify(nasty)
        assert slug and set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
    assert corpus.slugify("Ynys Môn") == "ynys-mon"


@pytest.mark.parametrize(
    "row, message",
    [
        ("missing.txt,Some Council,,,,", "does not exist"),
        ("a.txt,,Committee,,,", "'council' cell is empty"),
        (",Some Council,,,,", "'file' cell is empty"),
        ("a.txt,Some Council,,26/04/2023,,", "not an ISO date"),
        ("a.txt,Some Council,,2023-02-30,,", "not an ISO date"),
        ("a.docx,Some Council,,,,", "extension '.docx'"),
        ("../outside.txt,Some Council,,,,", "outside the raw folder"),
    ],
)
def test_manifest_errors_name_the_line(tmp_path: Path, row: str, message: str):
    (tmp_path / "a.txt").write_text("The Committee noted 5 reports.", encoding="utf-8")
    (tmp_path / "a.docx").write_bytes(b"PK")
    (tmp_path.parent / "outside.txt").write_text("x", encoding="utf-8")
    write_manifest(tmp_path, [row])
    with pytest.raises(ManifestError, match=message) as err:
        corpus.load_manifest(tmp_path)
    assert "manifest.csv line 2" in str(err.value)


def test_duplicate_document_id_names_both_lines(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("Text one.", encoding="utf-8")
    (tmp_path / "x.txt").write_text("Text two.", encoding="utf-8")
    write_manifest(tmp_path, ["x.txt,C One,,,,", "a/x.txt,C One,,,,"])
    with pytest.raises(ManifestError, match=r"line 3: document id 'x'.*line 2"):
        corpus.load_manifest(tmp_path)


def test_missing_column_is_reported(tmp_path: Path):
    (tmp_path / "manifest.csv").write_text("file,committee\nx.txt,c\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="missing column.*council"):
        corpus.load_manifest(tmp_path)


def test_manifest_with_bom_crlf_and_extra_columns(tmp_path: Path):
    (tmp_path / "x.txt").write_text("The Panel noted 12 plans.", encoding="utf-8")
    content = "file,council,committee,meeting_date,title,source_url,notes\r\nx.txt,Some Council,Panel,2024-01-31,T,,extra\r\n"
    (tmp_path / "manifest.csv").write_bytes(b"\xef\xbb\xbf" + content.encode("utf-8"))
    (row,) = corpus.load_manifest(tmp_path)
    assert (row.file, row.council, row.meeting_date) == ("x.txt", "Some Council", "2024-01-31")


def test_unlisted_files_are_warned_about(tmp_path: Path):
    (tmp_path / "x.txt").write_text("Listed.", encoding="utf-8")
    (tmp_path / "stray.txt").write_text("Not listed.", encoding="utf-8")
    write_manifest(tmp_path, ["x.txt,Some Council,,,,"])
    with pytest.warns(corpus.CorpusWarning, match="stray.txt"):
        corpus.load_manifest(tmp_path)


def test_two_spellings_of_one_council_slug_are_an_error(tmp_path: Path):
    for n in ("a", "b"):
        (tmp_path / f"{n}.txt").write_text("Text.", encoding="utf-8")
    write_manifest(tmp_path, ["a.txt,Halton Borough Council,,,,", "b.txt,Halton Borough Council!,,,,"])
    with pytest.raises(ManifestError, match="same report name 'halton-borough-council'"):
        corpus.load_manifest(tmp_path)


@pytest.mark.parametrize("council", ["Index", "COMPARISON", "  index  "])
def test_a_council_named_like_a_report_page_is_refused_at_the_manifest(tmp_path: Path, council: str):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    write_manifest(tmp_path, [f"a.txt,{council},,,,"])
    with pytest.raises(ManifestError, match=r"manifest.csv line 2 \(a.txt\): council .* would be reported as "
                                            r"(index|comparison).html"):
        corpus.load_manifest(tmp_path)


def test_cp1252_text_is_read_with_a_warning():
    data = "Costs rose to £6500 per week, the Director said \u201cthis is a concern\u201d.".encode("cp1252")
    with pytest.warns(corpus.CorpusWarning, match="Windows-1252"):
        text, enc = corpus.decode_text(data, "legacy.txt")
    assert enc == "cp1252"
    assert "£6500" in text and "\u201cthis" in text


def test_utf8_bom_is_dropped():
    text, enc = corpus.decode_text(b"\xef\xbb\xbfMinutes: 3 items", "bom.txt")
    assert (text, enc) == ("Minutes: 3 items", "utf-8-sig")


def test_binary_file_named_txt_is_an_error():
    with pytest.raises(DocumentError, match="binary"):
        corpus.decode_text(bytes(range(256)) * 4, "image.txt")


def test_empty_file_is_an_error(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("  \n\n", encoding="utf-8")
    write_manifest(tmp_path, ["empty.txt,Some Council,,,,"])
    with pytest.raises(DocumentError, match=r"empty.txt \(manifest line 2\): the file is empty"):
        corpus.load_corpus(tmp_path)


def test_moderngov_html_keeps_minutes_and_drops_page_furniture():
    text = corpus.html_to_text((FIXTURES / "moderngov_item.html").read_bytes())
    assert "72% of EHCPs were issued within 20 weeks" in text
    assert "• The number of children in care had fallen from 612 to 590." in text
    assert "\n\nChildren in Care\n\n" in text
    for furniture in ["Skip to content", "Home", "Committees", "Copyright", "tracking", "injected text", "font-family",
                      "PDF 212 KB", "analytics"]:
        assert furniture not in text


def test_html_attributes_and_scripts_never_reach_the_text():
    html = '<div id="mgContent"><p>Noted.<img src=x onerror="alert(1)"></p><script>alert(2)</script></div>'
    assert corpus.html_to_text(html) == "Noted."


def test_pdf_text_layer_is_read(tmp_path: Path):
    path = make_pdf(tmp_path / "m.pdf", ["The number of children in need had risen to 1,250."])
    text = corpus.pdf_to_text(path.read_bytes(), "m.pdf")
    assert "children in need had risen to 1,250" in " ".join(text.split())


def test_pdf_without_text_layer_says_to_ocr(tmp_path: Path):
    path = make_pdf(tmp_path / "scan.pdf", None)
    with pytest.raises(DocumentError, match="no text layer.*OCR"):
        corpus.pdf_to_text(path.read_bytes(), "scan.pdf")


def test_truncated_pdf_is_a_clear_error(tmp_path: Path):
    path = make_pdf(tmp_path / "m.pdf", ["Some text that will be cut off. " * 20])
    data = path.read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 3])
    write_manifest(tmp_path, ["cut.pdf,Some Council,,,,"])
    with pytest.raises(DocumentError, match=r"cut.pdf \(manifest line 2\)"):
        corpus.load_corpus(tmp_path)


def test_mixed_formats_load(mixed_corpus: Path):
    docs = {d.doc_id: d for d in corpus.load_corpus(mixed_corpus)}
    assert {d.format for d in docs.values()} == {"txt", "html", "pdf"}
    assert "612 to 590" in docs["exampleshire_q1"].text
    assert "1,250" in docs["sampleton_2024-03"].text


def test_council_slugs_command(seed_copy: Path):
    assert corpus.council_slugs(seed_copy) == [
        "halton-borough-council",
        "warwickshire-county-council",
        "west-sussex-county-council",
        "worcestershire-county-council",
    ]


def test_html_table_rows_keep_their_cells_apart():
    html = ("<div id='mgContent'><table><tr><th>Indicator</th><th>Target</th><th>Actual</th></tr>"
            "<tr><td>EHCPs within 20 weeks</td><td>60%</td><td>41%</td></tr></table></div>")
    text = corpus.html_to_text(html)
    assert text == "Indicator\tTarget\tActual\n\nEHCPs within 20 weeks\t60%\t41%"
    from analysis.clean import segment_text

    kinds = segment_text("t", text)["kind"].tolist()
    assert "heading" not in kinds, "a table's header row is not a heading"
