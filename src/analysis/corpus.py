"""Stage 1a: the manifest and the documents it names.

A corpus is a folder (``data/raw`` by default) holding minutes files and a ``manifest.csv`` with
one row per document::

    file,council,committee,meeting_date,title,source_url
    000_bdfa054f286fb0d2.txt,Warwickshire County Council,Children & Young People ...,2023-04-26,...,https://...

``file`` is the path relative to the folder; its stem is the document id. ``council`` is required,
``meeting_date`` is an ISO date (``YYYY-MM-DD``) or empty, more columns are allowed and ignored.

Formats:

``.txt``
    UTF-8 (a byte-order mark is dropped). A file that is not valid UTF-8 but decodes as Windows-1252
    (the usual legacy encoding of files saved from Word or older council websites, where ``£`` is
    byte ``0xA3`` and curly quotes are ``0x91``-``0x94``) is read as cp1252 and recorded with
    ``encoding = "cp1252"`` in the ``documents`` table, with a warning. A file with NUL bytes or
    other control characters is binary, not text, and is an error.
``.html`` / ``.htm``
    A saved ModernGov page (agenda item, issue details or minutes page). The minutes text is taken
    from the page's content area, without navigation, scripts, styles or forms, keeping paragraph
    breaks (blank lines) and list items (lines starting ``"• "``).
``.pdf``
    The PDF's text layer as a reader reads the printed page (:func:`pdf_to_text`): running headers
    and footers (lines repeated at the top or bottom of the pages, page numbers allowed to vary),
    bare page numbers ("7", "Page 7 of 12") dropped; words hyphenated at line ends re-joined while
    real hyphens ("long-term", "16-year-olds") stay (:func:`keep_line_end_hyphen` documents the
    rule); ligatures (``ﬁ``, ``ﬂ``, ``ﬀ``, ``ﬃ``, ``ﬄ``) spelt out; table rows one line with
    tab-separated cells; paragraphs separated by blank lines where the page shows a gap. A PDF
    without a text layer (a scan) is an error that says to OCR it first.

Every error names the file or the manifest line and says what to do.
"""

from __future__ import annotations

import hashlib
import io as _io
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .clean import LIGATURES as _CLEAN_LIGATURES
from .errors import DocumentError, ManifestError, NotRegularFileError  # noqa: F401
from .fingerprint import MANIFEST, not_regular_reason, read_regular, special_file  # noqa: F401
# (r44noop) The manifest's reader lives in the light module that make asks for the council slugs on every run (no
# pandas); re-exported: corpus.load_manifest, corpus.ManifestRow, ...
from .manifest import (  # noqa: F401
    FORMATS,
    REQUIRED_COLUMNS,
    RESERVED_SLUGS,
    CorpusWarning,
    ManifestRow,
    _clean_cell,
    _close_file_names,
    _too_many_cells,
    council_slugs,
    iso_date,
    load_manifest,
    resolve_council_cli,
)
# (r31twins) slugify and match_council live in the light module search imports too; re-exported: corpus.slugify, ...
from .names import LONE_SURROGATE, match_council, one_council, part_of_word_hint, slugify  # noqa: F401
from .schemas import DOCUMENTS



@dataclass(frozen=True)
class Document:
    """A document of the corpus: its manifest metadata and its text.

    ``text`` is what every ``raw_start``/``raw_end`` of later tables indexes: the decoded ``.txt``
    file exactly, or the text extracted from an HTML or PDF file. ``sha256`` is of the raw bytes.
    """

    doc_id: str
    file: str
    format: str
    council: str
    council_slug: str
    committee: str | None
    meeting_date: str | None
    title: str | None
    source_url: str | None
    encoding: str
    sha256: str
    text: str


# ----------------------------------------------------------------------------- reading files

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode a ``.txt`` file's bytes; return ``(text, encoding)``.

    UTF-8 first (a BOM is dropped: ``utf-8-sig``); otherwise Windows-1252 with a warning; a file
    with NUL or other control bytes is binary and raises :class:`DocumentError`.

    >>> decode_text("£4500".encode("cp1252"), "x.txt")[1]
    'cp1252'
    """
    other = other_format(data)
    if other:
        raise DocumentError(f"{name}: is {other}, not plain text, though it is named .txt; save the minutes as plain "
                            "text, or give a PDF or a web page its own extension (.pdf, .html).")
    wide = _wide_name(data, 4) or _wide_name(data, 2)
    if wide:
        how = " (as Notepad and Word save 'Unicode' text)" if wide.startswith("UTF-16") else ""
        raise DocumentError(
            f"{name}: is {wide} text{how}, not UTF-8; re-save it as UTF-8 (Save As, Encoding: UTF-8)."
        )
    if b"\x00" in data[:8192] or b"\x00" in data[-8192:]:
        raise DocumentError(f"{name}: contains NUL bytes, so it is binary, not a text file; export the minutes as text.")
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    if _is_utf8(body):
        text, encoding = body.decode("utf-8"), ("utf-8-sig" if bom else "utf-8")
    elif bom:
        raise DocumentError(f"{name}: starts with a UTF-8 byte-order mark but is not valid UTF-8; re-save it as UTF-8.")
    else:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            raise DocumentError(f"{name}: neither UTF-8 nor Windows-1252 text ({exc}); re-save it as UTF-8.") from exc
        warnings.warn(
            f"{name}: not valid UTF-8; read as Windows-1252 (cp1252). Re-save it as UTF-8 to silence this.",
            CorpusWarning,
            stacklevel=2,
        )
    bad = _CONTROL.search(text)
    if bad:
        raise DocumentError(
            f"{name}: control character {bad.group()!r} at character {bad.start()}: this looks like a binary file, "
            "not text; export the minutes as plain text, HTML or PDF."
        )
    return text, encoding


#: (r44robust) How files that are not plain text begin: an RTF file's control words (``{\rtf1\ansi ... \'a3``, the
#: pound sign) were read as minutes text without a word; a Word file was called "binary".
_SIGNATURES = (
    (b"{\\rtf", "an RTF document (as WordPad and Word save)"),
    (b"PK\x03\x04", "a zip file, such as a Word .docx or an Excel .xlsx (a binary, zipped document)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word .doc (a binary office document)"),
    (b"%PDF-", "a PDF"),
)


def other_format(data: bytes) -> str | None:
    r"""What a file named ``.txt`` is when its first bytes say it is not plain text (RTF, a Word document, a PDF, a
    web page), else ``None``.

    >>> other_format(b"{\\rtf1\\ansi The budget was \\'a34.5m"), other_format(b"The budget was 4.5m")
    ('an RTF document (as WordPad and Word save)', None)
    >>> other_format(b"\xef\xbb\xbf <!DOCTYPE html><html><body>minutes")
    'a web page (HTML)'
    """
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            return what
    if head.lower().startswith((b"<!doctype html", b"<html")):
        return "a web page (HTML)"
    return None


#: the byte-order marks of UTF-16 and UTF-32 (code unit width in bytes -> little-endian, big-endian)
_WIDE_MARKS = {2: (b"\xff\xfe", b"\xfe\xff"), 4: (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")}


def _wide_name(data: bytes, width: int) -> str | None:
    """``"UTF-16"`` (``width`` 2) or ``"UTF-32"`` (``width`` 4), with its byte order, if ``data`` looks like such text:
    its byte-order mark, or a start where every byte but one of each ``width`` is NUL (English text without a mark),
    else ``None``. UTF-32 is asked first: UTF-16's little-endian mark ``FF FE`` is also the start of UTF-32's (round 47,
    r47walk: such a file was called UTF-16).

    >>> _wide_name("Minutes".encode("utf-32"), 4), _wide_name("Minutes".encode("utf-32-be"), 4), _wide_name("Minutes".encode("utf-16"), 4)
    ('UTF-32 (little-endian)', 'UTF-32 (big-endian)', None)
    >>> _wide_name("Minutes".encode("utf-16"), 2), _wide_name("Minutes".encode("utf-16-be"), 2), _wide_name(b"Minutes", 2)
    ('UTF-16 (little-endian)', 'UTF-16 (big-endian)', None)
    """
    name = f"UTF-{8 * width}"
    little, big = _WIDE_MARKS[width]
    if data.startswith(little):
        return f"{name} (little-endian)"
    if data.startswith(big):
        return f"{name} (big-endian)"
    head = data[:512]
    if len(head) >= 4 * width and len(head) % width == 0:
        lanes = [head[i::width] for i in range(width)]
        nul = [lane.count(0) == len(lane) for lane in lanes]
        if nul == [False] + [True] * (width - 1) and 0 not in lanes[0]:
            return f"{name} (little-endian)"
        if nul == [True] * (width - 1) + [False] and 0 not in lanes[-1]:
            return f"{name} (big-endian)"
    return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# ModernGov pages put the minutes in one of these; navigation, headers and footers sit outside.
_CONTENT_SELECTORS = (
    "#mgContent", ".mgContent", "#modgov", "main", "[role=main]", "#content", ".content", "article", "body",
)
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "form", "iframe", "svg",
              "button", "input", "select", "textarea", "head", "object", "embed")
_DROP_SELECTORS = (".mgBreadCrumbs", ".mgActionList", ".mgLinks", "#mgBreadCrumbs", ".breadcrumb", ".breadcrumbs", ".skip-link",
                   "[role=navigation]", "[aria-hidden=true]", ".mgHeader", ".mgFooter", ".cookie", "#cookie")
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "table", "tr", "ul", "ol", "dl", "dt", "dd",
               "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "address", "figure", "figcaption",
               "hr", "caption", "thead", "tbody", "tfoot"}


#: Declared charsets that cannot be right for a page without NUL bytes (read_document refuses those): pages saved as
#: UTF-8 that still say utf-16 were read as UTF-16, every two bytes one CJK character (round 29, r29fuzz2).
_WIDE_CODECS = re.compile(r"utf[-_]?(?:16|32)|ucs[-_]?[24]|utf[-_]?7", re.IGNORECASE)


def html_encoding(data: bytes, name: str = "<html>") -> str:
    """The encoding an HTML page's bytes are read in, decided here so that no guess is made.

    A UTF-8 byte-order mark, or bytes that are valid UTF-8: ``utf-8`` (whatever the page declares: a page
    saved as UTF-8 that still declares ``windows-1252`` or ``utf-16`` would otherwise be garbled). Else the
    encoding the page declares (``<meta charset>``, ``http-equiv``, an XML declaration) when Python knows it,
    it is not a two- or four-byte encoding, and the bytes decode in it. Else Windows-1252, with a warning,
    as for ``.txt`` files (without a declaration, a page's byte 0xA3 was guessed to be Shift-JIS, not ``£``).
    Bytes that fit none of these raise :class:`DocumentError`.

    >>> html_encoding("<meta charset='utf-16'><p>£5</p>".encode("utf-8")), html_encoding(b"<p>plain</p>")
    ('utf-8', 'utf-8')

    A page declaring ISO-8859-1 (Latin-1) is read as Windows-1252, as browsers read it (:func:`_as_browsers_read`).

    >>> html_encoding("<meta charset='koi8-r'><p>Бюджет</p>".encode("koi8-r"))
    'koi8-r'
    >>> html_encoding("<meta charset='iso-8859-1'><p>£5 – “ten”</p>".encode("cp1252"))
    'cp1252'
    """
    import codecs

    from bs4.dammit import EncodingDetector

    if data.startswith(b"\xef\xbb\xbf") or _is_utf8(data):
        return "utf-8"
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    if declared and not _WIDE_CODECS.match(declared.strip()):
        try:
            codec = codecs.lookup(declared.strip()).name
            data.decode(codec)
        except (LookupError, UnicodeDecodeError, ValueError):
            pass
        else:
            return _as_browsers_read(codec, data)
    try:
        data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{name}: neither UTF-8 nor Windows-1252 nor the charset the page declares "
                            f"({declared or 'none'}): {exc}; save the page again as UTF-8.") from exc
    warnings.warn(
        f"{name}: not valid UTF-8" + (f" nor the charset it declares ({declared})" if declared else "")
        + "; read as Windows-1252 (cp1252). Save the page as UTF-8 to silence this.",
        CorpusWarning,
        stacklevel=3,
    )
    return "cp1252"


#: (r44robust) Labels that browsers (the WHATWG Encoding Standard) read as Windows-1252, whose bytes 0x80-0x9F are
#: curly quotes, dashes, the euro sign and ellipses where ISO-8859-1 has invisible control characters.
_READ_AS_CP1252 = frozenset({"iso8859-1", "ascii"})


def _as_browsers_read(codec: str, data: bytes) -> str:
    """``cp1252`` for a page that declares ISO-8859-1 (or ASCII) and whose bytes are Windows-1252, else ``codec``.

    Word's "Save as Web Page" and many older sites declare ``iso-8859-1`` but write Windows-1252: read as Latin-1,
    a curly apostrophe (byte 0x92) became the control character U+0092 and an en dash (0x96) U+0096, so "£3m–£5m"
    was no range and the reports showed invisible characters. Browsers read those labels as Windows-1252.

    >>> _as_browsers_read("iso8859-1", "council’s £5m – 3%".encode("cp1252")), _as_browsers_read("koi8-r", b"x")
    ('cp1252', 'koi8-r')
    """
    if codec not in _READ_AS_CP1252:
        return codec
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90 or 0x9D: no Windows-1252 character
        return codec
    return "cp1252"


def html_to_text(html: str | bytes, name: str = "<html>") -> str:
    """The minutes text of an HTML page: blocks separated by blank lines, list items as ``"• "`` lines.

    Scripts, styles, navigation, headers, footers and forms are removed; attributes (such as
    ``onerror=``) never reach the text.

    >>> html_to_text("<nav>Home</nav><div id='mgContent'><h2>SEND</h2><ul><li>68% on time</li></ul>"
    ...              "<script>alert(1)</script></div>")
    'SEND\\n\\n• 68% on time'
    """
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import Comment, Doctype, ProcessingInstruction

    if isinstance(html, bytes):
        soup = BeautifulSoup(html, "lxml", from_encoding=html_encoding(html, name))
    else:
        soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for sel in _DROP_SELECTORS:
        for tag in soup.select(sel):
            tag.decompose()
    root = None
    for sel in _CONTENT_SELECTORS:
        found = soup.select_one(sel)
        if found is not None and found.get_text(strip=True):
            root = found
            break
    if root is None:
        return ""
    parts: list[str] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, (Comment, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                parts.append(re.sub(r"[ \t\r\n\f]+", " ", str(child)))
                continue
            if not isinstance(child, Tag):
                continue
            tag = child.name
            if tag == "br":
                parts.append("\n")
            elif tag == "li":
                parts.append("\n\n• ")
                walk(child)
                parts.append("\n\n")
            elif tag in ("td", "th"):
                walk(child)
                parts.append(" \t ")
            elif tag in _BLOCK_TAGS:
                parts.append("\n\n")
                walk(child)
                parts.append("\n\n")
            else:
                walk(child)

    walk(root)
    text = "".join(parts)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r" *\t[ \t]*", "\t", text)  # table cells stay tab-separated (clean keeps rows whole)
    text = re.sub(r" {2,}", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r"•\s*\n\n", "• ", text)
    return text.strip()


def pdf_to_text(data: bytes, name: str) -> str:
    """The reading text of a PDF: its text layer without page furniture, words whole.

    Each page's text is taken in pypdf's layout mode (lines in reading order, with the spacing
    that shows table columns and paragraph gaps; plain mode if layout mode fails on a page) and
    turned into text by :func:`pdf_pages_to_text`: ligatures spelt out, table rows tab-separated,
    running headers, footers and page numbers dropped, words hyphenated at line ends re-joined.
    This text is the document's text: every offset of later tables indexes it.

    Raises :class:`DocumentError` for a broken or truncated PDF, an encrypted one, or one with no
    text layer (a scan).
    """
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head.startswith(b"%pdf") and (head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head):
        raise DocumentError(
            f"{name}: is a web page, not a PDF (a site's error or 'Just a moment...' page saved in place of the "
            "minutes?). Download the PDF again from a browser, or save the page as .html if it holds the minutes."
        )
    try:
        reader = PdfReader(_io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _open_without_password(reader, name)
        pages = [_page_text(page) for page in reader.pages]
    except DocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        # pypdf names an object as IndirectObject(number, generation, id of the reader in memory): the id is
        # left out so the message is the same on every run (round 29, r29fuzz2)
        reason = re.sub(r"(IndirectObject\(\d+, \d+), \d+\)", r"\1)", str(exc))
        raise DocumentError(
            f"{name}: cannot read this PDF ({type(exc).__name__}: {reason}); it may be truncated or corrupt. "
            "Download it again or save it as text."
        ) from exc
    if not any(p.strip() for p in pages):
        raise DocumentError(
            f"{name}: the PDF has no text layer (a scanned image?). OCR it first (for example with ocrmypdf) "
            "and point the manifest at the OCRed file, or save the minutes as text."
        )
    return pdf_pages_to_text(pages)


def _open_without_password(reader: Any, name: str) -> None:
    """Unlock an encrypted PDF the way a viewer does, with the empty password, or raise :class:`DocumentError`.

    (r44robust) Many published PDFs are encrypted only to restrict printing or copying: they have an owner
    password but an empty user password, so every viewer opens them without asking. Those are read like any PDF.
    A PDF that asks for a password to open, or whose encryption needs a library this environment lacks (AES without
    ``cryptography``), is refused with a message naming the file.
    """
    from pypdf import PasswordType
    from pypdf.errors import DependencyError

    try:
        unlocked = reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except DependencyError as exc:
        raise DocumentError(f"{name}: the PDF is encrypted in a way this installation cannot read ({exc}); "
                            "save an unprotected copy (print it to PDF) or save the minutes as text.") from exc
    if not unlocked:
        raise DocumentError(f"{name}: the PDF is protected by a password needed to open it; save an unprotected "
                            "copy (open it with the password and print it to PDF) or save the minutes as text.")


def _page_text(page: Any) -> str:
    """One page's text in layout mode; plain mode when layout mode cannot place the page's text."""
    try:
        text = page.extract_text(extraction_mode="layout") or ""
    except (ZeroDivisionError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        del exc
        text = page.extract_text() or ""
    return no_lone_surrogates(text)


def no_lone_surrogates(text: str) -> str:
    """``text`` with UTF-16 surrogate pairs joined into their character and lone surrogates as U+FFFD.

    pypdf decodes a font's ToUnicode map with ``surrogatepass``, so a PDF can give surrogates, which no UTF-8
    file can hold: saving the document text failed with a UnicodeEncodeError that named no file (round 29,
    r29fuzz2).

    >>> no_lone_surrogates("a\\ud83d\\ude00 b\\ud800 c")
    'a\\U0001f600 b\\ufffd c'
    """
    if LONE_SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


# ----------------------------------------------------------------------------- printed PDFs

#: Typographic ligatures that PDF text layers keep as one character.
LIGATURES = {**_CLEAN_LIGATURES, "\ufb05": "st", "\ufb06": "st"}
_LIGATURE_RE = re.compile("[" + "".join(LIGATURES) + "]")

#: A line that is only a page number: "7", "Page 7", "Page 7 of 12", "7 of 12", "7/12", "- 7 -".
PAGE_NUMBER_LINE = re.compile(
    r"(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]|page\s+[ivxlc]{1,6}",
    re.IGNORECASE,
)
#: Lines looked at for page furniture: this many non-blank lines at the top and at the bottom of a page.
FURNITURE_ZONE = 3

#: Whole words that keep their hyphen when broken at a line end (lower case). Extend for a council's habits.
HYPHENATED_WORDS: frozenset[str] = frozenset(
    """in-house in-year in-depth in-person in-patient re-referral re-referrals re-offending re-offend re-entry
    re-engage re-engagement re-integration re-opened re-open part-time full-time first-time multi-agency
    multi-disciplinary follow-up catch-up top-up sub-committee sub-group co-production co-produced
    co-ordinator co-ordination co-ordinated co-operation co-located step-down step-up looked-after
    care-experienced pre-school pre-birth post-natal ex-offender e-mail x-ray mid-year half-term year-end
    one-off one-to-one face-to-face up-to-date off-site on-site""".split()
)
#: First parts that keep the hyphen ("well-being", "self-harm", "non-attendance"), unless the rest
#: is a suffix ("self-ish" is "selfish").
HYPHEN_HEADS: frozenset[str] = frozenset("well self non cross anti half step long short full co".split())
#: Second parts that keep the hyphen after a first part of 3+ letters ("evidence-based", "school-led").
HYPHEN_TAILS: frozenset[str] = frozenset(
    """based led term olds agency level owned funded focused specific making informed centred centered
    friendly wide year house related""".split()
)
_SUFFIXES = frozenset("er ers est ly ness age ages ing ings ed ish less ful ment ments ity ive ance ence al ally".split())
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_UNITS = frozenset("one two three four five six seven eight nine first second third fourth fifth sixth seventh eighth ninth".split())
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")
_LINE_END_HYPHEN = re.compile(r"(\S*?[^\W_])([-\u2010\u00ad])$")
_NUMBERED_START = re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?\s|\d{1,3}[.)]\s")  # "12.2 Members", "3. That"
_TAIL_WORD = re.compile(r"[^\W_][\w'\u2019-]*")


def normalise_ligatures(text: str) -> str:
    """Spell out typographic ligatures (``ﬁ`` -> ``fi``, ``ﬄ`` -> ``ffl``).

    >>> normalise_ligatures("\\ufb01nancial e\\ufb00ect")
    'financial effect'
    """
    return _LIGATURE_RE.sub(lambda m: LIGATURES[m.group()], text) if not text.isascii() else text


def keep_line_end_hyphen(head: str, tail: str, counts: dict[str, int] | None = None) -> bool:
    """Is ``head-`` at a line end followed by ``tail`` a real hyphen (True) or a broken word (False)?

    The rule, first match wins:

    1. a digit on either side ("16-" / "year-olds", "2024-" / "25"), a one-letter first part
       ("e-" / "mail"), a first part or rest that is itself hyphenated ("Stoke-on-" / "Trent",
       "16-year-" / "olds") or a capitalised rest after a lower- or mixed-case part ("Sub-" /
       "Committee"): keep the hyphen;
    2. the document's own spelling: when the joined word ("fostering") and the hyphenated one
       ("well-being") occur elsewhere in the document (``counts``: lower-case word counts, plural
       ``s`` ignored) a different number of times, the more frequent spelling wins;
    3. a built-in list: :data:`HYPHENATED_WORDS` ("in-house"), a first part in :data:`HYPHEN_HEADS`
       ("well-", "self-") unless the rest is a suffix, a rest in :data:`HYPHEN_TAILS` after a first
       part of 3+ letters ("-based", "-led", "-term"), tens and units ("ninety-one"), a prefix
       ending with the vowel the rest starts with ("co-operate", "re-enter"): keep the hyphen;
    4. otherwise a lower-case continuation is a word broken at the line end: join it.

    >>> keep_line_end_hyphen("Indepen", "dent"), keep_line_end_hyphen("long", "term")
    (False, True)
    >>> keep_line_end_hyphen("16-year", "olds"), keep_line_end_hyphen("Stoke-on", "Trent")
    (True, True)
    >>> keep_line_end_hyphen("well", "being", {"wellbeing": 2})
    False
    """
    if not head or not tail:
        return True
    if head[-1].isdigit() or tail[0].isdigit() or len(head) == 1:
        return True
    if "-" in head or "-" in tail or "\u2010" in head:
        return True
    if tail[0].isupper() and not head.isupper():
        return True
    h, t = head.lower(), tail.lower()
    t = t[:-2] if t.endswith(("'s", "\u2019s")) else t
    if counts:
        def count(word: str) -> int:
            forms = {word, word + "s", word[:-1] if word.endswith("s") else word}
            return sum(counts.get(f, 0) for f in forms)

        joined, hyphenated = count(h + t), count(f"{h}-{t}")
        if joined != hyphenated:
            return hyphenated > joined
    if f"{h}-{t}" in HYPHENATED_WORDS or f"{h}-{t.rstrip('s')}" in HYPHENATED_WORDS:
        return True
    if h in HYPHEN_HEADS and t not in _SUFFIXES:
        return True
    if len(h) >= 3 and t in HYPHEN_TAILS:
        return True
    if h in _TENS and t in _UNITS:
        return True
    return len(h) <= 3 and h[-1] in "aeiou" and t[0] == h[-1]


def word_counts(text: str) -> dict[str, int]:
    """Lower-case counts of the words of ``text`` (hyphenated words count as one word)."""
    counts: dict[str, int] = {}
    for w in _WORD_RE.findall(text):
        w = w.lower().replace("\u2019", "'")
        counts[w] = counts.get(w, 0) + 1
    return counts


def dehyphenate(text: str) -> str:
    """Re-join words hyphenated at line ends; keep real hyphens (see :func:`keep_line_end_hyphen`).

    The rest of the word moves up to the end of the line ("Indepen-\\ndent review" becomes
    "Independent\\nreview"), so lines keep their breaks and the word is whole. Only a hyphen right
    after a letter or digit at the very end of a line, followed by a line starting with a letter
    or digit (not a numbered paragraph such as "12.2 Members"), is considered, and never across a
    blank line or in a table row; a soft hyphen (U+00AD) at a line end always joins.

    >>> dehyphenate("an Indepen-\\ndent review of long-\\nterm plans for 16-year-\\nolds")
    'an Independent\\nreview of long-term\\nplans for 16-year-olds'
    """
    if "-" not in text and "\u00ad" not in text and "\u2010" not in text:
        return text
    lines = text.split("\n")
    counts = word_counts(text)
    i = 0
    while i < len(lines) - 1:
        line, nxt = lines[i], lines[i + 1]
        m = _LINE_END_HYPHEN.search(line)
        stripped = nxt.lstrip()
        t = None
        if stripped and "\t" not in line and "\t" not in nxt and not _NUMBERED_START.match(stripped):
            t = _TAIL_WORD.match(stripped)
        if m is None or t is None:
            i += 1
            continue
        head = m.group(1).lstrip("([{\"'\u2018\u201c")
        tail_token = stripped.split(maxsplit=1)[0]
        keep = m.group(2) != "\u00ad" and keep_line_end_hyphen(head, t.group().rstrip("-'\u2019"), counts)
        lines[i] = line[: m.end(1)] + (m.group(2) if keep else "") + tail_token
        rest = stripped[len(tail_token):].lstrip()
        if rest:
            lines[i + 1] = rest
        else:
            del lines[i + 1]
    return "\n".join(lines)


_BULLETS = "·•●▪◦‣∙○■□▫◆♦❖➢➤►▶✓✔\uf0b7\uf0a7"
_MARKER_CELL = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z]\)|\(?[ivx]{1,5}\)|[" + _BULLETS + r"-]|o)")


def _cells(tokens: list[str], gaps: list[int], min_gap: int) -> list[str]:
    cells, cur = [], [tokens[0]]
    for gap, tok in zip(gaps, tokens[1:]):
        if gap >= min_gap:
            cells.append(" ".join(cur))
            cur = [tok]
        else:
            cur.append(tok)
    cells.append(" ".join(cur))
    return cells


def layout_lines(page: str) -> list[str]:
    """Lines of one page of pypdf's layout-mode text: table rows tab-separated, other spacing collapsed.

    Layout mode keeps each line's horizontal positions as runs of spaces. A *table row* is a line
    whose words are separated by single spaces within cells and 3+ spaces between them, or
    (next to another such line) a line of single-word cells far apart; its cells are joined with
    tabs, as :func:`html_to_text` does for HTML tables. Justified prose (evenly stretched spaces),
    a numbered paragraph ("12.1      The Director ...") and a label with long text after it stay
    one line with single spaces. A vertical gap (blank lines) becomes one blank line, unless it is
    the page's usual line spacing (a double-spaced page has a blank line between most lines).
    """
    rows: list[tuple[list[str], list[int]] | None] = []
    for raw in page.split("\n"):
        parts = re.split(r"( +)", raw.strip())
        tokens, gaps = parts[0::2], [len(g) for g in parts[1::2]]
        rows.append((tokens, gaps) if tokens != [""] else None)
    kind: list[str] = []  # "strong" | "weak" | ""
    for row in rows:
        k = ""
        if row is not None and row[1]:
            tokens, gaps = row
            big, small = max(gaps), min(gaps)
            if big >= 3 and small == 1 and len(gaps) >= 2:
                k = "strong"
            elif big >= 3 and ((len(gaps) == 1 and big >= 4) or (small >= 3 and big >= small + 3)):
                k = "weak"
        kind.append(k)
    nonblank = [i for i, r in enumerate(rows) if r is not None]
    # blank lines between consecutive lines; when most lines are apart (double spacing), only a
    # larger gap than usual separates paragraphs
    runs = [b - a - 1 for a, b in zip(nonblank, nonblank[1:])]
    usual = max(set(runs), key=lambda r: (runs.count(r), -r)) if len(runs) >= 4 else 0
    if runs.count(usual) < 0.5 * len(runs):
        usual = 0
    gap_before = dict(zip(nonblank[1:], (r - usual for r in runs)))
    out: list[str] = []
    for i in nonblank:
        tokens, gaps = rows[i]  # type: ignore[misc]
        k = kind[i]
        if k == "weak":  # single-word cells only count next to another row (no blank line between)
            k = "weak" if (i > 0 and kind[i - 1]) or (i + 1 < len(kind) and kind[i + 1]) else ""
        text = " ".join(tokens)
        if k:
            cells = _cells(tokens, gaps, 2 if k == "strong" else 1)
            if len(cells) >= 3 or (
                len(cells) == 2 and not _MARKER_CELL.fullmatch(cells[0]) and len(cells[1].split()) < 6
            ):
                text = "\t".join(cells)
        if gap_before.get(i, 0) > 0:
            out.append("")
        out.append(text)
    return out


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line).strip().lower())


def page_furniture(pages: Sequence[Sequence[str]]) -> list[set[int]]:
    """Indices of the running headers, footers and page numbers of each page (lists of lines).

    A line among the first or last :data:`FURNITURE_ZONE` non-blank lines of a page is furniture
    when it is a bare page number (:data:`PAGE_NUMBER_LINE`: "7", "Page 7 of 12", "- 7 -"), or when
    the same line, with any digits allowed to differ (page numbers, dates of other meetings), is in
    those zones on at least half of the pages (and on two or more): a running header or footer
    such as the council's name, the committee and date, "Minutes - 12 March 2024 - Page 3". A
    repeated full sentence of four or more words ("That the report be noted.") counts only when it
    is on at least 80% of the pages.
    """
    zones: list[list[int]] = []
    for lines in pages:
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
        zones.append(sorted(set(filled[:FURNITURE_ZONE] + filled[-FURNITURE_ZONE:])))
    keys = [{i: _furniture_key(lines[i]) for i in zone} for lines, zone in zip(pages, zones)]
    seen: dict[str, set[int]] = {}
    for p, page_keys in enumerate(keys):
        for key in page_keys.values():
            seen.setdefault(key, set()).add(p)
    n = len(pages)
    need = max(2, -(-n // 2))
    out: list[set[int]] = []
    for lines, zone, page_keys in zip(pages, zones, keys):
        drop = set()
        for i in zone:
            line = re.sub(r"\s+", " ", lines[i]).strip()
            if PAGE_NUMBER_LINE.fullmatch(line):
                drop.add(i)
                continue
            pages_with = len(seen[page_keys[i]])
            sentence = len(line.split()) >= 4 and line[-1:] in ".!?"
            if pages_with >= need and (not sentence or (pages_with >= 3 and pages_with >= 0.8 * n)):
                drop.add(i)
        out.append(drop)
    return out


def pdf_pages_to_text(pages: Sequence[str]) -> str:
    """The reading text of a printed document from its pages' layout-mode text.

    Per page: ligatures spelt out, lines from :func:`layout_lines`, page furniture
    (:func:`page_furniture`) dropped. Pages are joined with a blank line, or with a plain line
    break when a page ends in the middle of a sentence (no final ``.!?:;``) and the next page
    goes on with a lower-case word, a number or punctuation (or the page ends with a comma or a
    hyphen); then words hyphenated at line ends are re-joined
    (:func:`dehyphenate`).

    >>> pages = ["Exampleton Council\\nThe Board noted the Indepen-\\n\\nPage 1 of 2",
    ...          "Exampleton Council\\ndent review of long-\\nterm plans.\\n\\nPage 2 of 2"]
    >>> pdf_pages_to_text(pages)
    'The Board noted the Independent\\nreview of long-term\\nplans.'
    """
    page_lines = [layout_lines(normalise_ligatures(p)) for p in pages]
    furniture = page_furniture(page_lines)
    kept: list[list[str]] = []
    for lines, drop in zip(page_lines, furniture):
        body: list[str] = []
        for i, ln in enumerate(lines):
            if i in drop or (ln == "" and (not body or body[-1] == "")):
                continue
            body.append(ln)
        while body and body[-1] == "":
            body.pop()
        if body:
            kept.append(body)
    text = ""
    for body in kept:
        page = "\n".join(body)
        if text:
            last, first = text.rsplit("\n", 1)[-1], body[0]
            continues = last[-1:] in "-\u2010\u00ad" or (
                last[-1:] not in ".!?:;" and (last[-1:] == "," or not (first[:1].isupper() or first[:1] in _BULLETS))
            )
            text += ("\n" if continues else "\n\n") + page
        else:
            text = page
    return dehyphenate(text)


def read_document(raw_dir: str | Path, row: ManifestRow) -> Document:
    """Read the file of one manifest row into a :class:`Document`."""
    path = Path(raw_dir) / row.file
    name = f"{row.file} (manifest line {row.line})"
    try:
        data = read_regular(path)  # (r45robust) a named pipe or device is refused, not read for ever
    except NotRegularFileError as exc:
        raise DocumentError(f"{name}: {not_regular_reason(special_file(path) or 'not a regular file')}") from exc
    except OSError as exc:
        raise DocumentError(f"{name}: cannot read the file ({exc.strerror}); check it exists and is readable.") from exc
    fmt = FORMATS[path.suffix.lower()]
    if not data.strip():
        what = "the file is empty" if not data else "the file is empty (it holds only blank lines or spaces)"
        raise DocumentError(f"{name}: {what}; remove its manifest row or replace it with the minutes.")
    if fmt == "txt":
        text, encoding = decode_text(data, name)
    elif fmt == "html":
        if b"\x00" in data:
            raise DocumentError(f"{name}: contains NUL bytes, so it is not an HTML page; save the page again.")
        text, encoding = html_to_text(data, name), "html"
    else:
        if not data.startswith(b"%PDF-"):
            raise DocumentError(f"{name}: does not start with %PDF-, so it is not a PDF; download it again.")
        text, encoding = pdf_to_text(data, name), "pdf"
    if not text.strip():
        raise DocumentError(f"{name}: no text in the document; remove its manifest row or replace the file.")
    return Document(
        doc_id=row.doc_id,
        file=row.file,
        format=fmt,
        council=row.council,
        council_slug=row.council_slug,
        committee=row.committee,
        meeting_date=row.meeting_date,
        title=row.title,
        source_url=row.source_url,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
    )


def load_corpus(raw_dir: str | Path) -> list[Document]:
    """Validate the manifest and read every document, sorted by ``doc_id``."""
    rows = load_manifest(raw_dir)
    return sorted((read_document(raw_dir, r) for r in rows), key=lambda d: d.doc_id)


#: (r45robust) A segment longer than this many words is no paragraph: the text had no line break there (a file saved on
#: one line: 20 MB gave one segment of 3.26 million words). The 550 texts of the 34 open blind sets have none above
#: 333 words; a long report's paragraph has a few hundred.
LONG_SEGMENT_WORDS = 5000


def long_segments_message(docs: Sequence[Document], longest: pd.Series) -> str | None:
    """(r45robust) The warning naming each document whose longest segment (``longest``: words, by ``doc_id``) has more
    than :data:`LONG_SEGMENT_WORDS` words, with that size; ``None`` when none has. Paragraphs are told apart by line
    breaks, so a text without them is one segment: each figure's context and the segment's theme are then all of it.

    >>> from types import SimpleNamespace as N
    >>> docs = [N(doc_id="a", file="a.txt"), N(doc_id="b", file="b.txt")]
    >>> print(long_segments_message(docs, pd.Series({"a": 3_260_000, "b": 120})))  # doctest: +ELLIPSIS
    1 document(s) have a segment of more than 5,000 words, a text with no line break there: a.txt (3,260,000 words). ...
    >>> long_segments_message(docs, pd.Series({"a": 5000, "b": 120})) is None
    True
    """
    long = sorted((d.file, int(longest[d.doc_id])) for d in docs
                  if d.doc_id in longest.index and longest[d.doc_id] > LONG_SEGMENT_WORDS)
    if not long:
        return None
    named = ", ".join(f"{file} ({words:,} words)" for file, words in long)
    return (f"{len(long)} document(s) have a segment of more than {LONG_SEGMENT_WORDS:,} words, a text with no line "
            f"break there: {named}. Paragraphs are told apart by line breaks, so each figure's context and the "
            "segment's theme are all of that text; save the document with its line breaks (one paragraph a line "
            "at least) to segment it.")


def documents_frame(docs: Sequence[Document], segments: pd.DataFrame) -> pd.DataFrame:
    """The ``documents`` table: one row per document with metadata, size and content hash.

    Every document gets a row, also one that gave no segments (``n_segments == 0``); those are
    named in a :class:`CorpusWarning`, so no document drops out of the analysis silently.
    """
    counts = segments.groupby("doc_id").agg(n_segments=("seq", "size"), n_words=("n_words", "sum"),
                                            longest=("n_words", "max"))
    no_segments = sorted(d.file for d in docs if d.doc_id not in counts.index)
    long_message = long_segments_message(docs, counts["longest"])
    if long_message:
        warnings.warn(long_message, CorpusWarning, stacklevel=2)
    if no_segments:
        warnings.warn(
            f"{len(no_segments)} document(s) gave no segments (nothing but page furniture or boilerplate left "
            f"after cleaning): {', '.join(no_segments)}. They are kept in the documents table with n_segments = 0; "
            "check they are the minutes and not only a page's furniture.",
            CorpusWarning,
            stacklevel=2,
        )
    rows = []
    for d in docs:
        n_seg = int(counts["n_segments"].get(d.doc_id, 0)) if len(counts) else 0
        n_words = int(counts["n_words"].get(d.doc_id, 0)) if len(counts) else 0
        rows.append(
            {
                "doc_id": d.doc_id,
                "file": d.file,
                "format": d.format,
                "council": d.council,
                "council_slug": d.council_slug,
                "committee": d.committee,
                "meeting_date": d.meeting_date,
                "title": d.title,
                "source_url": d.source_url,
                "encoding": d.encoding,
                "n_chars": len(d.text),
                "n_words": n_words,
                "n_segments": n_seg,
                "sha256": d.sha256,
            }
        )
    return pd.DataFrame(rows, columns=list(DOCUMENTS.columns))


# ----------------------------------------------------------------------------- the stage

def text_dir(processed_dir: str | Path) -> Path:
    """The folder of the documents' texts (the texts all offsets index)."""
    return Path(processed_dir) / "text"


def text_path(processed_dir: str | Path, doc_id: str) -> Path:
    """Where a document's text (the text all offsets index) is saved."""
    return text_dir(processed_dir) / f"{doc_id}.txt"


def load_texts(processed_dir: str | Path, doc_ids: Iterable[str]) -> dict[str, str]:
    """``{doc_id: text}`` read back from ``<processed>/text/`` for later stages.

    Raises :class:`~analysis.errors.PipelineError` naming the file when a text is missing.
    """
    from .errors import PipelineError
    from .io import read_text

    texts = {}
    for d in doc_ids:
        path = text_path(processed_dir, d)
        if not path.exists():
            raise PipelineError(f"{path} does not exist: rerun the clean stage that writes it (make all)")
        texts[d] = read_text(path)
    return texts


def save(processed_dir: str | Path, docs: Sequence[Document], documents: pd.DataFrame, segments: pd.DataFrame) -> None:
    """Write ``text/<doc_id>.txt``, ``documents`` and ``segments`` to ``processed_dir``, all or nothing.

    The tables are checked against their schemas and the texts written to a hidden folder first;
    then the text folder is swapped in and the tables moved into place. If anything fails, the
    previous run's texts and tables are put back, so the folder never mixes two runs.
    """
    from .io import discard_folder, restore_folder, stage_folder, swap_folder, write_tables
    from .schemas import check_table

    out = Path(processed_dir)
    out.mkdir(parents=True, exist_ok=True)
    documents = check_table("documents", documents)
    segments = check_table("segments", segments)
    folder = text_dir(out)
    staged = stage_folder(folder, {f"{d.doc_id}.txt": d.text for d in docs})
    try:
        old = swap_folder(staged, folder)
    except BaseException:
        import shutil

        shutil.rmtree(staged, ignore_errors=True)
        raise
    try:
        write_tables({"documents": documents, "segments": segments}, out)
    except BaseException:
        restore_folder(folder, old)
        raise
    discard_folder(old)


def run(
    raw_dir: str | Path | None = None,
    processed_dir: str | Path | None = None,
    *,
    scheduler: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Stage 1, load / process / save: read the corpus, clean and segment it, write the tables.

    Reading and cleaning are per document, so they run through :mod:`analysis.parallel`: in this
    process for a small corpus, on local worker processes for a large one, or on the Dask cluster
    named by ``scheduler`` or ``$DASK_SCHEDULER`` (``tcp://host:port``). The tables are the same
    wherever the work ran. Returns ``(documents, segments)``.
    """
    from functools import partial

    from . import parallel, paths
    from .schemas import check_table

    raw, processed = paths.raw_dir(raw_dir), paths.processed_dir(processed_dir)
    rows = load_manifest(raw)
    batches = parallel.map_batches(partial(read_and_clean, str(raw)), rows, scheduler=scheduler)
    docs = sorted((d for batch_docs, _ in batches for d in batch_docs), key=lambda d: d.doc_id)
    frames = [seg for _, seg in batches]
    segments = frames[0] if len(frames) == 1 else check_table("segments", pd.concat(frames, ignore_index=True))
    documents = documents_frame(docs, segments)
    save(processed, docs, documents, segments)
    return documents, segments


def read_and_clean(raw_dir: str, rows: list[ManifestRow]) -> tuple[list[Document], pd.DataFrame]:
    """Read and segment a batch of manifest rows: the per-document work of :func:`run`.

    A top-level function of plain arguments, so Dask can send it to worker processes or machines.
    Returns the documents (sorted by ``doc_id``) and their ``segments`` table.
    """
    from . import clean

    docs = sorted((read_document(raw_dir, r) for r in rows), key=lambda d: d.doc_id)
    return docs, clean.clean_documents(docs)


if __name__ == "__main__":  # python -m analysis.corpus slugs RAW_DIR | council RAW_DIR COUNCIL (analysis.manifest's)
    from .manifest import main

    main()
