"""Round 29 (r29fuzz2): odd input to corpus, clean, search and fetch parsing never crashes or misleads.

Each class was found by ``scripts/r29fuzz2/fuzz.py`` (seeded; see ``tests/realworld/notes/r29_r29fuzz2.md``). Every
case here fails on 78955dbd and passes after; the guard cases pass on both.
"""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path

import pytest

from analysis import clean, corpus, fetch, search
from analysis.errors import DocumentError, ManifestError


# ----------------------------------------------------------------------------- clean: segments slice back to their text

def _spans_slice_back(text: str) -> list:
    segs = clean.segment_text("d", text)
    assert len(segs)
    return [(r.text, clean.normalise(text[r.raw_start:r.raw_end]).text) for r in segs.itertuples()
            if clean.normalise(text[r.raw_start:r.raw_end]).text != r.text]


#: A line whose boilerplate tail was cut ("pdf icon PDF 231 KB", Hounslow, Sutton) or a line whose "Minutes:" label
#: was cut (City of London) joined another line: the segment's raw span held text its segment text left out.
CUT_BETWEEN_LINES = {
    "item number alone, title with its document, then the text (Hounslow)":
        "Items\n\n1.\n\nApologies for Absence\n\nApologies were received from Councillor Smith.\n\n2.\n\nMinutes of the "
        "meeting held on 8 March 2016 and Matters Arising pdf icon PDF 231 KB\n\nThe minutes of the meeting held on "
        "8 March are attached.",
    "item number alone, report title with its document, then the text (Sutton)":
        "Members noted the report.\n\n39.\n\nReport on Petition for an Independent Review of the EHCP process pdf icon "
        "PDF 171 KB\n\nThis report is in response to a petition submitted by parents and carers.",
    "a Minutes: label starting a wrapped line (City of London)":
        "The Board received the report on the budget for\nMinutes: the year ahead.",
    "a Decision: label starting a wrapped line":
        "Members asked about the number of children placed out of\nDecision: area and were told it had fallen.",
}


@pytest.mark.parametrize("text", CUT_BETWEEN_LINES.values(), ids=list(CUT_BETWEEN_LINES))
def test_no_segment_spans_text_the_line_scan_cut(text):
    assert _spans_slice_back(text) == []


@pytest.mark.parametrize("text", [
    "The Board received the report on the budget for\nthe year ahead.",
    "The Board received the report on the budget for\u200b\nthe year ahead.",  # an invisible character between
    "The Board received the report on the budget for\r\n  the year ahead.",
])
def test_guard_wrapped_lines_still_join(text):
    segs = clean.segment_text("d", text)
    assert list(segs["text"]) == ["The Board received the report on the budget for the year ahead."]
    assert _spans_slice_back(text) == []


# ----------------------------------------------------------------------------- corpus: manifest

def _raw(tmp_path: Path, manifest: str) -> Path:
    (tmp_path / "a.txt").write_text("The Board noted that 85% of plans were on time.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(manifest, encoding="utf-8")
    return tmp_path


def test_a_nul_in_the_file_cell_names_the_line(tmp_path):
    raw = _raw(tmp_path, "file,council,committee,meeting_date,title,source_url\na.txt\x00,Alpha Council,,,,\n")
    with pytest.raises(ManifestError, match=r"manifest.csv line 2: the 'file' cell 'a.txt\\x00' holds the control"):
        corpus.load_manifest(raw)


def test_a_manifest_with_two_byte_order_marks_loads(tmp_path):
    raw = _raw(tmp_path, "\ufeff\ufefffile,council,committee,meeting_date,title,source_url\na.txt,Alpha Council,,,,\n")
    assert [r.doc_id for r in corpus.load_manifest(raw)] == ["a"]  # was "missing column(s) file"


def test_guard_a_plain_manifest_still_loads(tmp_path):
    raw = _raw(tmp_path, "file,council,committee,meeting_date,title,source_url\n a.txt ,Alpha Council,,2024-01-31,,\n")
    assert [(r.doc_id, r.meeting_date) for r in corpus.load_manifest(raw)] == [("a", "2024-01-31")]


# ----------------------------------------------------------------------------- corpus: HTML pages

BODY = "<div id='mgContent'><p>Costs rose to £5 million.</p></div>"


def _html(head: str, encoding: str) -> bytes:
    return (head + BODY).encode(encoding)


@pytest.mark.parametrize("page", [
    _html("<meta charset='utf-16'>", "utf-8"),  # was read as UTF-16: every two bytes one CJK character
    _html("<?xml version='1.0' encoding='utf-16'?>", "utf-8"),
    _html("<meta http-equiv='Content-Type' content='text/html; charset=utf-16le'>", "utf-8"),
    _html("<meta charset='windows-1252'>", "utf-8"),  # was "Â£5"
    _html("", "cp1252"),  # no declaration: was guessed "｣5"
], ids=["utf16-meta", "utf16-xml", "utf16le-http-equiv", "utf8-declared-1252", "undeclared-1252"])
def test_html_bytes_are_read_in_the_encoding_they_are_in(page):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.CorpusWarning)
        assert corpus.html_to_text(page, "p.html") == "Costs rose to £5 million."


@pytest.mark.parametrize("head", ["", "<meta charset='x-nonsense'>"])
def test_a_short_windows_1252_page_is_not_guessed_to_be_japanese(head):
    # charset_normalizer's guess, taken when a page declares no usable charset, read "£" (0xA3) as "｣" (Shift-JIS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.CorpusWarning)
        assert corpus.html_to_text((head + "<p>Costs £5</p>").encode("cp1252"), "p.html") == "Costs £5"


def test_html_in_windows_1252_without_a_declaration_warns_naming_the_file():
    with pytest.warns(corpus.CorpusWarning, match=r"p\.html: not valid UTF-8; read as Windows-1252"):
        assert corpus.html_to_text(_html("", "cp1252"), "p.html") == "Costs rose to £5 million."


@pytest.mark.parametrize("page", [
    _html("<meta charset='utf-8'>", "utf-8"), _html("", "utf-8"), b"\xef\xbb\xbf" + _html("", "utf-8"),
    _html("<meta charset='windows-1252'>", "cp1252"), _html("<meta charset='iso-8859-1'>", "latin-1"),
])
def test_guard_pages_in_their_declared_encoding_read_as_before(page):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning either
        assert corpus.html_to_text(page, "p.html") == "Costs rose to £5 million."


def test_a_text_box_of_a_page_is_not_minutes():
    page = "<div id='mgContent'><p>Costs rose.</p><textarea>Add your comment</textarea></div>"
    assert corpus.html_to_text(page) == "Costs rose."  # was "Costs rose.\n\nAdd your comment"


def test_guard_a_page_as_text_reads_as_before():
    assert corpus.html_to_text("<meta charset='utf-16'>" + BODY) == "Costs rose to £5 million."


# ----------------------------------------------------------------------------- corpus: PDFs

def _pdf(content: bytes, cmap: bytes | None = None) -> bytes:
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica" + (b" /ToUnicode 6 0 R" if cmap else b"") + b" >>"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>", font, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    if cmap:
        objs.append(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


SURROGATE_MAP = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def\n"
                 b"1 begincodespacerange <00> <FF> endcodespacerange\n"
                 b"2 beginbfchar <41> <D800> <42> <DC01> endbfchar\nendcmap end end")


@pytest.mark.parametrize("content", [b"BT /F1 12 Tf 20 100 Td (Costs AB rose by 5 per cent) Tj ET",
                                     b"BT /F1 12 Tf 20 100 Td (Costs A rose by 5 per cent) Tj ET"])
def test_a_pdf_mapping_codes_to_surrogates_gives_text_that_can_be_saved(tmp_path, content):
    (tmp_path / "m.pdf").write_bytes(_pdf(content, SURROGATE_MAP))
    row = corpus.ManifestRow(line=2, file="m.pdf", doc_id="m", council="Alpha Council", council_slug="alpha-council",
                             committee=None, meeting_date=None, title=None, source_url=None)
    text = corpus.read_document(tmp_path, row).text
    text.encode("utf-8")  # was UnicodeEncodeError when the stage saved the text
    assert "rose by 5 per cent" in text


def test_guard_a_plain_pdf_reads_as_before():
    assert corpus.pdf_to_text(_pdf(b"BT /F1 12 Tf 20 100 Td (Costs rose by 5 per cent) Tj ET"), "p.pdf") \
        == "Costs rose by 5 per cent"


def test_a_broken_pdf_gives_the_same_message_on_every_run(monkeypatch):
    import pypdf
    from pypdf.errors import LimitReachedError

    class Looping:
        def __init__(self, *a, **k):
            raise LimitReachedError(f"Detected loop with self reference for IndirectObject(1, 0, {id(self)}).")

    monkeypatch.setattr(pypdf, "PdfReader", Looping)
    with pytest.raises(DocumentError) as err:
        corpus.pdf_to_text(b"%PDF-1.3\n", "x.pdf")
    assert "for IndirectObject(1, 0).)" in str(err.value)


# ----------------------------------------------------------------------------- search

@pytest.mark.parametrize("query", ["children \ud800", "fost\udcff*", '"foster \udc80 carers"'])
def test_a_query_with_a_lone_surrogate_is_a_search_error(query):
    # was parsed, then writing its results failed with a UnicodeEncodeError (query_slug, the HTML page)
    with pytest.raises(search.SearchError, match="is not text"):
        search.parse_query(query)


def test_guard_a_query_with_emoji_and_accents_parses():
    assert search.parse_query("café 😀 carers").fts == '{stems} : "cafe" AND {stems} : "carer"'


# ----------------------------------------------------------------------------- fetch (offline parsing)

def _xml(text: str):
    return fetch.parse_xml(text.encode("utf-8"), "u")


@pytest.mark.parametrize("cid", ["²", "³", "١٢"])
def test_a_committee_id_that_is_not_ascii_digits_is_not_an_id(cid):
    root = _xml(f"<committees><committee><committeeid>{cid}</committeeid><committeetitle>A</committeetitle>"
                "</committee></committees>")
    assert fetch.parse_committees(root) == []  # "²" raised ValueError; "١٢" was read as 12
    with pytest.raises(fetch.FetchError, match="has no committee"):
        fetch.find_committee([fetch.Committee(2, "A")], cid, "s")


def test_meetings_with_odd_ids_or_dates_are_left_out():
    root = _xml("<getmeetings><meeting><meetingid>³</meetingid><meetingdate>07/03/2024</meetingdate></meeting>"
                "<meeting><meetingid>8</meetingid><meetingdate>07/03/20245</meetingdate></meeting>"
                "<meeting><meetingid>9</meetingid><meetingdate>٠٧/٠٣/٢٠٢٤</meetingdate></meeting>"
                "<meeting><meetingid> 7 </meetingid><meetingdate>07/03/2024 10:00:00</meetingdate></meeting>"
                "</getmeetings>")
    assert fetch.parse_meetings(root, date(2000, 1, 1), date(2030, 1, 1)) == [fetch.Meeting(7, date(2024, 3, 7))]


@pytest.mark.parametrize("url", ["http://[bad/documents/g5/minutes.pdf", "http://democracy.x.gov.uk:99999/m.pdf",
                                 "http://democracy.x.gov.uk:abc/m.pdf"])
def test_a_broken_document_address_is_a_fetch_error(url):
    with pytest.raises(fetch.FetchError, match="not a valid web address"):
        fetch.document_url(url, "https://democracy.x.gov.uk")


def test_a_broken_link_beside_the_printed_minutes_is_passed_over():
    root = _xml("<meeting><linkeddocuments>"
                "<linkeddoc><title>Agenda</title><url>http://[bad/documents/g5/agenda.pdf</url></linkeddoc>"
                "<linkeddoc><title>Printed minutes</title><url>documents/g5/Printed minutes.pdf</url></linkeddoc>"
                "</linkeddocuments></meeting>")
    assert fetch.printed_minutes(root, "https://democracy.x.gov.uk", 5) \
        == "https://democracy.x.gov.uk/documents/g5/Printed minutes.pdf"


def test_guard_ids_and_dates_as_sites_send_them():
    root = _xml("<committees><committee><committeeid> 12 </committeeid><committeetitle>Children's Scrutiny"
                "</committeetitle></committee></committees>")
    assert fetch.parse_committees(root) == [fetch.Committee(12, "Children's Scrutiny")]
    assert fetch.find_committee(fetch.parse_committees(root), "12", "s").id == 12
    assert fetch.parse_uk_date("7/3/2024") == date(2024, 3, 7)
    assert fetch.document_url("http://democracy.x.gov.uk:80/m.pdf", "https://democracy.x.gov.uk") \
        == "https://democracy.x.gov.uk/m.pdf"
