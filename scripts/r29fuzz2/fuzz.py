"""Round 29 (r29fuzz2): fuzz the stages round 28 did not: corpus (manifest and documents), clean, search, fetch parsing.

Seeded and reproducible (the same seed prints the same findings). Real text comes from the dev split of
tests/realworld/raw (manifest split == dev; the test split is never read) and the seed corpus data/raw.

Parts (``--part``, default all):
  manifest  a raw folder with a mutated manifest.csv (missing / empty / odd cells, odd dates, duplicate ids, BOMs, CRLF,
            quotes, unicode council names, paths with spaces or ``..``), then load_manifest and read_document per row;
  txt       .txt bytes: NULs, control characters, mixed line ends, UTF-8-encoded surrogates, very long lines, only bullets,
            only headings, cp1252, UTF-16, BOMs, blank files;
  html      pages with odd nesting, entities (control, surrogate, out of range), <script>, tables, no text, charset
            declarations that do not match the bytes, undeclared Windows-1252;
  pdf       a PDF printed by fpdf2 from dev text, then truncated, with bytes flipped, with its xref or stream lengths
            broken, encrypted, image-only (no text), or with a ToUnicode map to a lone surrogate;
  search    queries (unbalanced quotes, FTS5 operators, ``*`` alone, empty, very long, unicode, lone surrogates) and
            filters with odd values, on an index of dev documents; each result is marked, slugged and written;
  fetch     ModernGov web-service answers and meeting pages (ids, dates, document URLs mangled).

A finding: an exception other than ``analysis.errors.PipelineError``; a PipelineError whose message names neither the
file nor the manifest line (corpus parts); a document text that cannot be written as UTF-8; a segment whose offsets do
not slice the raw text back to its text; a text that lost a planted word of the body or kept a planted word of a
<script>; a date read as another date; a non-deterministic result (each input runs twice).

usage (from the worktree): PYTHONPATH=src .venv/bin/python scripts/r29fuzz2/fuzz.py [--n N] [--seed S] [--part P]
"""
from __future__ import annotations

import argparse
import csv
import io as _io
import random
import re
import sys
import tempfile
import traceback
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "tests/realworld/raw"
SEEDS = ROOT / "data/raw"

from analysis import clean, corpus, fetch, search  # noqa: E402
from analysis.errors import PipelineError  # noqa: E402
from analysis.schemas import check_table  # noqa: E402

findings: Counter = Counter()
examples: dict[str, str] = {}
DUMP: Path | None = None  # --dump DIR: the input of each class's first example is written there
CURRENT: list[bytes] = [b""]  # the input being checked


def finding(part: str, kind: str, example: str) -> None:
    key = f"{part}: {kind}"
    findings[key] += 1
    if key not in examples and DUMP is not None:
        DUMP.mkdir(parents=True, exist_ok=True)
        (DUMP / (re.sub(r"[^a-z0-9]+", "_", key.lower())[:80] + ".bin")).write_bytes(CURRENT[0])
    examples.setdefault(key, example[:300])


def dev_texts() -> list[str]:
    out = []
    with open(RAW / "manifest.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["split"] == "dev":  # never the test split
                out.append((RAW / row["file"]).read_text(encoding="utf-8"))
    for p in sorted(SEEDS.glob("*.txt")):
        out.append(p.read_text(encoding="utf-8"))
    return out


def dev_lines(texts: list[str]) -> list[str]:
    return [ln.strip() for t in texts for ln in t.splitlines() if 10 < len(ln.strip()) < 300]


# ----------------------------------------------------------------------------- checks on a document's text

def check_text(part: str, name: str, text: str, example: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        finding(part, "document text cannot be saved as UTF-8 (lone surrogate)", f"{example} -> {exc}")
        return
    try:
        segs = clean.segment_text("d", text)
        again = clean.segment_text("d", text)
    except Exception as exc:  # noqa: BLE001
        finding(part, f"segment_text raised {type(exc).__name__}", f"{example} -> {exc}")
        return
    if not segs.equals(again):
        finding(part, "segment_text not deterministic", example)
    try:
        check_table("segments", segs)
    except Exception as exc:  # noqa: BLE001
        finding(part, f"segments schema: {type(exc).__name__}", f"{example} -> {exc}")
    for r in segs.itertuples():
        if clean.normalise(text[r.raw_start:r.raw_end]).text != r.text:
            finding(part, "segment offsets do not slice back to its text", f"{example} seg {r.seq}: {r.text[:60]!r}")
            break
        offs = clean.decode_offsets(r.offset_map, len(r.text))
        if len(offs) != len(r.text) + 1 or any(o < 0 or o > r.raw_end - r.raw_start for o in offs):
            finding(part, "offset_map outside the segment", f"{example} seg {r.seq}")
            break


def names_file(msg: str, *names: str) -> bool:
    return any(n and n in msg for n in names)


# ----------------------------------------------------------------------------- manifest

HEADER = ["file", "council", "committee", "meeting_date", "title", "source_url"]
ODD_CELLS = ["", " ", "\t", '"', '""', "'", ",", "a,b", "\n", "x\ny", "\u00a0", "\u200b", "\ufeff", "\x00", "é",
             "Ｃｏｕｎｃｉｌ", "Ελληνικά", "中文", "😀", "<script>alert(1)</script>", "../x", "a" * 5000, "NULL", "None",
             "nan", "N/A", "-", "\r", "\\", "%s", "{}", "\u202e", "index", "comparison", "Index Council"]
ODD_DATES = ["", "2024-01-31", "2024-02-30", "31/01/2024", "2024-1-3", "20240131", "2024-01-31T10:00", "2024-01-31 ",
             " 2024-01-31", "２０２４-０１-３１", "٢٠٢٤-٠١-٣١", "0000-00-00", "9999-12-31", "0001-01-01", "2024-13-01",
             "2024-01-31\n", "2024–01–31", "Jan 2024", "nan", "2024-01-31Z", "+2024-01-31"]
ODD_FILES = ["{f}", " {f} ", "./{f}", "sub/../{f}", "../{f}", "/{f}", "{F}", "sub dir/{f}", "{f}.txt", "{stem}.TXT",
             "{stem}.txt ", "{stem}", "{stem}.docx", ".{f}", "sub", "", "{f}\x00", "é{f}", "sub/{f}", "{stem}.htm",
             "{stem}..txt", "C:\\{f}", "~/{f}", "{f}/"]


def fuzz_manifest(rng: random.Random, n: int, lines: list[str]) -> None:
    for i in range(n):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / rng.choice(["raw", "raw dir", "r'aw", "räw"])
            (folder / "sub").mkdir(parents=True)
            (folder / "sub dir").mkdir()
            files = []
            for k in range(rng.randint(1, 4)):
                stem = rng.choice(["a", "b", "doc one", "é", "x-1", "A", "q'uote", "d$(x)"]) + str(k)
                name = f"{stem}.txt"
                body = "\n\n".join(rng.sample(lines, 3))
                (folder / name).write_text(body, encoding="utf-8")
                if rng.random() < 0.3:
                    (folder / "sub" / name).write_text(body, encoding="utf-8")
                if rng.random() < 0.2:
                    (folder / "sub dir" / name).write_text(body, encoding="utf-8")
                files.append((name, stem))
            header = list(HEADER)
            r = rng.random()
            if r < 0.1:
                header = [h.upper() if rng.random() < 0.3 else h for h in header]
            elif r < 0.2:
                rng.shuffle(header)
            elif r < 0.25:
                header.append(rng.choice(["notes", "", "file", "split"]))
            elif r < 0.3:
                header.remove(rng.choice(HEADER))
            rows = []
            for name, stem in files + ([rng.choice(files)] if rng.random() < 0.2 else []):
                row = {"file": rng.choice(ODD_FILES).format(f=name, F=name.upper(), stem=stem)
                       if rng.random() < 0.4 else name,
                       "council": rng.choice(ODD_CELLS + ["Alpha Council"] * 10),
                       "committee": rng.choice(ODD_CELLS + ["Children's Scrutiny"] * 5),
                       "meeting_date": rng.choice(ODD_DATES),
                       "title": rng.choice(ODD_CELLS), "source_url": rng.choice(["", "javascript:x", "http://a b", "x"])}
                rows.append(row)
            buf = _io.StringIO()
            w = csv.writer(buf, lineterminator=rng.choice(["\n", "\r\n", "\r"]),
                           quoting=rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
            w.writerow(header)
            for row in rows:
                cells = [row.get(h, "") for h in header]
                if rng.random() < 0.05:
                    cells = cells[: rng.randint(0, len(cells))]
                if rng.random() < 0.05:
                    cells.append("extra")
                w.writerow(cells)
            data = buf.getvalue()
            if rng.random() < 0.05:
                data = data.replace(",", ";")
            raw = data.encode("utf-8", "surrogatepass")
            r = rng.random()
            if r < 0.1:
                raw = b"\xef\xbb\xbf" + raw
            elif r < 0.13:
                raw = b"\xef\xbb\xbf\xef\xbb\xbf" + raw
            elif r < 0.16:
                raw = data.encode("utf-16")
            elif r < 0.2:
                raw = data.encode("cp1252", "replace")
            elif r < 0.22:
                raw = raw[: rng.randint(0, len(raw))]
            (folder / "manifest.csv").write_bytes(raw)
            CURRENT[0] = raw
            example = f"manifest #{i}: {raw[:400]!r}"
            outcome = []
            for _ in range(2):
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        got = corpus.load_manifest(folder)
                    outcome.append(("ok", [(m.file, m.doc_id, m.council_slug, m.meeting_date) for m in got]))
                except PipelineError as exc:
                    outcome.append(("error", str(exc)))
                    if "manifest.csv" not in str(exc):
                        finding("manifest", "error does not name the manifest", f"{example} -> {exc}")
                    got = []
                except Exception as exc:  # noqa: BLE001
                    finding("manifest", f"load_manifest raised {type(exc).__name__}: {str(exc)[:60]}",
                            f"{example} -> {traceback.format_exc(limit=-2)}")
                    got = []
                    outcome.append(("crash", ""))
            if outcome[0] != outcome[1]:
                finding("manifest", "load_manifest not deterministic", example)
            for m in got:
                if m.meeting_date is not None and not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", m.meeting_date):
                    finding("manifest", "meeting_date kept that is not YYYY-MM-DD", f"{example} -> {m.meeting_date!r}")
                if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", m.council_slug):
                    finding("manifest", "council slug not [a-z0-9-]", f"{example} -> {m.council_slug!r}")
                try:
                    doc = corpus.read_document(folder, m)
                except PipelineError as exc:
                    if not names_file(str(exc), m.file):
                        finding("manifest", "document error does not name the file", f"{example} -> {exc}")
                    continue
                except Exception as exc:  # noqa: BLE001
                    finding("manifest", f"read_document raised {type(exc).__name__}", f"{example} -> {exc}")
                    continue
                check_text("manifest", m.file, doc.text, example)


# ----------------------------------------------------------------------------- .txt documents

def read_bytes(part: str, suffix: str, data: bytes, example: str, expect: str | None = None,
               forbid: str | None = None) -> None:
    CURRENT[0] = data
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        name = f"doc{suffix}"
        (folder / name).write_bytes(data)
        row = corpus.ManifestRow(line=2, file=name, doc_id="doc", council="Alpha Council",
                                 council_slug="alpha-council", committee=None, meeting_date=None, title=None,
                                 source_url=None)
        texts = []
        for _ in range(2):
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    doc = corpus.read_document(folder, row)
                texts.append(doc.text)
            except PipelineError as exc:
                texts.append(("error", str(exc)))
                if not names_file(str(exc), name):
                    finding(part, "error does not name the file", f"{example} -> {exc}")
            except Exception as exc:  # noqa: BLE001
                finding(part, f"read_document raised {type(exc).__name__}: {str(exc)[:60]}",
                        f"{example} -> {traceback.format_exc(limit=-3)}")
                return
        if texts[0] != texts[1]:
            finding(part, "read_document not deterministic", example)
        if isinstance(texts[0], str):
            check_text(part, name, texts[0], example)
            if expect is not None and expect not in clean.normalise(texts[0]).text:
                finding(part, "a word of the body is lost or garbled", f"{example} -> {texts[0][:200]!r}")
            if forbid is not None and forbid in texts[0]:
                finding(part, "script/style/attribute text reached the text", f"{example} -> {texts[0][:200]!r}")


INSERTS = ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\r", "\r\n", "\n\r",
           "\t", "\ufeff", "\u200b", "\u00ad", "\ufffd", "\u202e", "\U0001F600", "\u0301", "\ud7ff", "\ue000"]


def fuzz_txt(rng: random.Random, n: int, texts: list[str], lines: list[str]) -> None:
    for i in range(n):
        base = rng.choice(texts)
        if len(base) > 4000:
            a = rng.randrange(0, len(base) - 3000)
            base = base[a:a + 3000]
        k = rng.random()
        if k < 0.3:
            chars = list(base)
            for _ in range(rng.randint(1, 10)):
                chars.insert(rng.randint(0, len(chars)), rng.choice(INSERTS))
            text = "".join(chars)
        elif k < 0.4:
            text = re.sub(r"\n", lambda m: rng.choice(["\n", "\r\n", "\r", "\n\n", "\r\r\n", "\u2028"]), base)
        elif k < 0.45:
            text = " ".join([rng.choice(lines)] * rng.randint(50, 400))
        elif k < 0.5:
            text = "\n".join(rng.choice(["• ", "- ", "* ", "o ", "▪ ", "1. ", "(a) ", ""]) + rng.choice(["", "•", "-", "5%"])
                             for _ in range(rng.randint(1, 40)))
        elif k < 0.55:
            text = "\n\n".join(rng.choice(["SEND", "Item 5", "MINUTES", "Apologies", "1.", "RESOLVED:", "Part A",
                                           "Children's Services", "5 Budget PDF 12 KB"]) for _ in range(rng.randint(1, 30)))
        elif k < 0.6:
            text = rng.choice(["", " ", "\n", "\ufeff", "\u200b", "\u00a0", "\t\n", "•", ".", "\u2028", "\x85"])
        else:
            text = base
        enc = rng.random()
        if enc < 0.7:
            data = text.encode("utf-8", "surrogatepass")
        elif enc < 0.8:
            data = b"\xef\xbb\xbf" + text.encode("utf-8")
        elif enc < 0.88:
            data = text.encode("cp1252", "replace")
        elif enc < 0.92:
            data = text.encode(rng.choice(["utf-16", "utf-16-le", "utf-16-be"]))
        elif enc < 0.96:  # UTF-8-encoded surrogates (CESU / WTF-8), invalid UTF-8
            data = text.encode("utf-8") + "\ud800".encode("utf-8", "surrogatepass") + b" x"
        else:
            data = text.encode("latin-1", "replace")
            if data:
                pos = rng.randrange(len(data))
                data = data[:pos] + bytes([rng.choice([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xc3, 0xe2])]) + data[pos:]
        read_bytes("txt", rng.choice([".txt", ".TXT"]), data, f"txt #{i}: {data[:300]!r}")


# ----------------------------------------------------------------------------- HTML

def fuzz_html(rng: random.Random, n: int, lines: list[str]) -> None:
    pieces = [
        "<p>{t}</p>", "<div>{t}<div>{t}</div></div>", "<ul><li>{t}<li>{t}</ul>", "<table><tr><td>{t}<td>{t}</table>",
        "<table><tr><td><table><tr><td>{t}</td></tr></table></td></tr></table>", "<p>{t}<p>{t}", "<b><p>{t}</b></p>",
        "<h2>{t}</h2>", "<br><br>{t}<br>", "<pre>{t}\n\n   {t}</pre>", "<span>{t}</span><span>{t}</span>",
        "<script>SCRIPTWORD {t}</script>", "<style>p{{content:'SCRIPTWORD'}}</style>", "<p onclick='SCRIPTWORD'>{t}</p>",
        "<!-- SCRIPTWORD -->", "<![CDATA[{t}]]>", "<noscript>SCRIPTWORD</noscript>", "<li>{t}</li></li></ul></ol>",
        "</div></div></p>", "<td>{t}</td>", "<tr><td>{t}</tr>", "<dl><dt>{t}<dd>{t}</dl>", "<svg><text>SCRIPTWORD</text></svg>",
        "<p>&amp; &lt;b&gt; &nbsp; &pound;5 &#163;6 &#xA3;7 &euro;8 &bogus; &#0; &#1; &#x0b; &#xD800; &#x110000; &#150;</p>",
        "<p>{t}&#x200b;&#xad;{t}</p>", "<textarea>SCRIPTWORD</textarea>", "<template>SCRIPTWORD</template>",
        "<iframe>SCRIPTWORD</iframe>", "<p>\x0b\x0c{t}\x7f</p>", "<title>{t}</title>",
    ]
    for i in range(n):
        parts = []
        for _ in range(rng.randint(0, 8)):
            parts.append(rng.choice(pieces).format(t=rng.choice(lines)))
        body = "".join(parts)
        marker = "Bodyword £5 million spent."
        if rng.random() < 0.8:
            body = f"<p>{marker}</p>" + body
            expect = marker
        else:
            expect = None
        wrap = rng.choice(["{b}", "<html><body>{b}</body></html>", "<div id='mgContent'>{b}</div>",
                           "<html><head><title>T</title></head><body><nav>NAVWORD</nav><main>{b}</main></body></html>",
                           "<body><div id=mgContent><div id=mgContent>{b}</div></div>", "<html>{b}", "{b}</html></body>"])
        page = wrap.format(b=body)
        head = rng.choice(["", "<meta charset='utf-8'>", "<meta charset='windows-1252'>", "<meta charset='utf-16'>",
                           "<meta charset='x-nonsense'>", "<?xml version='1.0' encoding='utf-16'?>",
                           "<meta http-equiv='Content-Type' content='text/html; charset=utf-16le'>",
                           "<meta charset='iso-8859-1'>", "<meta charset='utf-32'>", "<!DOCTYPE html>"])
        page = head + page
        enc = rng.random()
        if enc < 0.6:
            data = page.encode("utf-8", "surrogatepass")
        elif enc < 0.85:
            data = page.encode("cp1252", "replace")
        elif enc < 0.9:
            data = b"\xef\xbb\xbf" + page.encode("utf-8")
        else:
            data = page.encode("utf-8")
            data = data[: rng.randint(0, len(data))]
            expect = None
        read_bytes("html", rng.choice([".html", ".htm"]), data, f"html #{i}: {data[:400]!r}", expect=expect,
                   forbid="SCRIPTWORD")


# ----------------------------------------------------------------------------- PDF

def printed_pdf(lines: list[str], rng: random.Random) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_compression(rng.random() < 0.5)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for ln in rng.sample(lines, 8):
        text = ln.encode("latin-1", "replace").decode("latin-1")
        pdf.multi_cell(0, 5, " ".join(w[:30] for w in text.split()), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def tiny_pdf(content: bytes, cmap: bytes | None = None) -> bytes:
    """A one-page PDF (Helvetica, optionally with a ToUnicode map) with a correct xref table."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica" + (b" /ToUnicode 6 0 R" if cmap else b"") + b" >>"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>", font,
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    if cmap:
        objs.append(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


#: A PDF whose ToUnicode map sends two codes to lone UTF-16 surrogates (pypdf decodes with "surrogatepass").
SURROGATE_PDF = tiny_pdf(
    b"BT /F1 12 Tf 20 100 Td (Costs AB rose by 5 per cent) Tj ET",
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def\n"
    b"1 begincodespacerange <00> <FF> endcodespacerange\n"
    b"2 beginbfchar <41> <D800> <42> <DC01> endbfchar\nendcmap end end")


def fuzz_pdf(rng: random.Random, n: int, lines: list[str]) -> None:
    read_bytes("pdf", ".pdf", SURROGATE_PDF, "pdf: a ToUnicode map to lone surrogates")
    for i in range(n):
        data = printed_pdf(lines, rng)
        k = rng.random()
        if k < 0.3:
            data = data[: rng.randint(0, len(data))]
        elif k < 0.5:
            b = bytearray(data)
            for _ in range(rng.randint(1, 20)):
                b[rng.randrange(len(b))] = rng.randrange(256)
            data = bytes(b)
        elif k < 0.6:
            data = re.sub(rb"/Length \d+", lambda m: b"/Length " + str(rng.randint(0, 99999)).encode(), data)
        elif k < 0.7:
            data = re.sub(rb"xref.*?trailer", b"trailer", data, flags=re.S)
        elif k < 0.75:
            data = data.replace(b"/Root", b"/Encrypt << /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >> /Root", 1)
        elif k < 0.8:
            data = re.sub(rb"BT.*?ET", b"", data, flags=re.S)
        elif k < 0.85:
            data = b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(rng.randint(0, 2000)))
        elif k < 0.9:
            data = data.replace(b"/Type /Pages", b"/Type /Pages /Kids [1 0 R]", 1)
        read_bytes("pdf", ".pdf", data, f"pdf #{i} (k={k:.2f}, {len(data)} bytes)")


# ----------------------------------------------------------------------------- search

QUERY_BITS = ['"', "'", "*", "(", ")", "NEAR(", ", 5)", "OR", "AND", "NOT", "NEAR", ",", "-", ":", "^", "{stems}",
              "{text}", "col:", "\\", "%", "_", "''", '""', "\ud800", "\udcff", "\x00", "é", "Ｃａｒｅ", "²", "½", "中文",
              "😀", "\u200b", "\ufeff", "\t", "\n", "near", "or", "and", "not", "a*", "ab*", "fost*", "*fost", "NOT NOT",
              "((", "))", "NEAR(a b, 99999999999999999999)", "NEAR(a b, -1)", "a:b", "x" * 3000]


def build_index(texts: list[str], folder: Path) -> Path:
    import pandas as pd

    segs, docs = [], []
    for k, text in enumerate(texts[:12]):
        doc_id = f"d{k}"
        df = clean.segment_text(doc_id, text)
        segs.append(df)
        docs.append({"doc_id": doc_id, "council": f"Council {k % 3} <b>", "council_slug": f"council-{k % 3}",
                     "committee": None, "meeting_date": None if k % 4 == 0 else f"2024-0{1 + k % 9}-15",
                     "source_url": None, "file": f"{doc_id}.txt", "title": None})
    segments = pd.concat(segs, ignore_index=True)
    topics = pd.DataFrame({"doc_id": segments["doc_id"], "segment_id": segments["segment_id"],
                           "theme": [["finance", "workforce", None][i % 3] for i in range(len(segments))],
                           "topic": [i % 5 for i in range(len(segments))],
                           "topic_label": [f"t{i % 5}" for i in range(len(segments))]})
    rows = search.index_rows(segments, pd.DataFrame(docs), topics, {"finance": "Finance", "workforce": "Workforce"})
    figures = pd.DataFrame(columns=search._FIGURE_COLUMNS)
    return search.write_index(folder / search.INDEX_NAME, rows, figures)


def fuzz_search(rng: random.Random, n: int, texts: list[str], lines: list[str]) -> None:
    words = sorted({w for ln in lines[:2000] for w in re.findall(r"\w+", ln)})
    with tempfile.TemporaryDirectory() as tmp:
        path = build_index(texts, Path(tmp))
        reports = Path(tmp) / "reports"
        with search.SearchIndex(path) as idx:
            for i in range(n):
                odd = rng.choice([0.0, 0.15, 0.4])  # share of odd bits: mostly valid queries, some odd ones
                parts = [rng.choice(words) if rng.random() >= odd else rng.choice(QUERY_BITS)
                         for _ in range(rng.randint(0, 8))]
                if rng.random() < 0.3:
                    parts.insert(rng.randint(0, len(parts)), rng.choice(QUERY_BITS))
                q = rng.choice([" ", "", "  "]).join(parts) if rng.random() < 0.9 else "".join(parts)
                council = rng.choice([None, "", "council-1", "Council 1", "council-9", "\ud800", "<b>", " council-2 "])
                theme = rng.choice([None, "", "finance", "Finance", "FINANCE", "nope", "\x00", "workforce "])
                dfrom = rng.choice([None, "", "2024-01-01", "2024-02-30", "２０２４-０１-０１", "2024-1-1", "\ud800", "9999-99-99"])
                dto = rng.choice([None, "", "2024-06-30", "2023-01-01", " 2024-06-30 "])
                limit = rng.choice([50, None, 1, 0, -1, True, 10 ** 12])
                example = f"search #{i}: q={q[:200]!r} council={council!r} theme={theme!r} from={dfrom!r} to={dto!r} limit={limit!r}"
                outs = []
                for _ in range(2):
                    try:
                        res = idx.run(q, council, theme, dfrom, dto, limit)
                        marks = idx.marks(res.query, res.hits["text"])
                        figs = idx.figures(res.hits)
                        search.write_results(res, marks, figs, reports)
                        search.format_hits(res, marks)
                        for t, spans in zip(res.hits["text"], marks):
                            for a, b in spans:
                                if not (0 <= a < b <= len(t)):
                                    finding("search", "a mark outside its passage", example)
                        outs.append((list(res.hits["segment_id"]), res.total))
                    except PipelineError as exc:
                        outs.append(("error", str(exc)))
                    except Exception as exc:  # noqa: BLE001
                        finding("search", f"raised {type(exc).__name__}: {str(exc)[:50]}",
                                f"{example} -> {traceback.format_exc(limit=-2)}")
                        outs.append(("crash",))
                if outs[0] != outs[1]:
                    finding("search", "not deterministic", example)


# ----------------------------------------------------------------------------- fetch (offline parsing)

IDS = ["7", "12", " 7 ", "", "x", "-1", "0", "²", "³", "١٢", "１２", "7.0", "99999999999999999999", "1e3", "7\n", "٣"]
UK_DATES = ["07/03/2024", "7/3/2024", "07/03/2024 10:00:00", "31/02/2024", "00/00/0000", "07/03/24", "2024-03-07",
            "07/03/20245", "7/3/99999", "١٢/٠٣/٢٠٢٤", "07-03-2024", "", " 07/03/2024", "07/13/2024", "29/02/2023",
            "07/03/2024T10", "3/7/2024 PM", "07/03/0000", "07/03/10000"]
URLS = ["documents/g{m}/Printed minutes 07th-Mar-2024.pdf", "http://democracy.x.gov.uk/documents/g{m}/minutes.pdf",
        "http://democracy.x.gov.uk:99999/documents/g{m}/minutes.pdf", "http://[bad/documents/g{m}/minutes.pdf",
        "http://democracy.x.gov.uk:abc/documents/g{m}/minutes.pdf", "javascript:alert(1)", " ", "",
        "//evil.example/documents/g{m}/minutes.pdf", "documents/g{m}/Printed%20minutes.pdf?T=1", "\x00",
        "mgAi.aspx?ID=\ud800", "http://democracy.x.gov.uk/documents/g{m}/Printed minutes.pdf#frag"]


def fuzz_fetch(rng: random.Random, n: int) -> None:
    import datetime as dt
    import html as _html

    start, end = dt.date(1900, 1, 1), dt.date(9999, 12, 31)
    for i in range(n):
        cid, mid, aid = rng.choice(IDS), rng.choice(IDS), rng.choice(IDS)
        when = rng.choice(UK_DATES)
        url = rng.choice(URLS).format(m=mid.strip() or "5")
        title = rng.choice(["Printed minutes", "Printed  Minutes", "Minutes", "&lt;b&gt;", "&amp;amp;", "", "\u00a0"])
        committees = (f"<committees><committee><committeeid>{cid}</committeeid><committeetitle>{title}</committeetitle>"
                      f"<committeeexpired>{rng.choice(['True', 'false', '', 'yes'])}</committeeexpired></committee></committees>")
        meetings = (f"<getmeetings><meeting><meetingid>{mid}</meetingid><meetingdate>{when}</meetingdate></meeting>"
                    "</getmeetings>")
        meeting = (f"<meeting><minutepublished>{rng.choice(['True', 'False', ''])}</minutepublished>"
                   f"<linkeddocuments><linkeddoc><title>{title}</title><url>{_html.escape(url)}</url>"
                   f"<isrestricted>{rng.choice(['False', 'True', ''])}</isrestricted></linkeddoc></linkeddocuments>"
                   f"<agendaitems><agendaitem><agendaitemid>{aid}</agendaitemid><agendaitemtitle>{title}</agendaitemtitle>"
                   f"<minutesnonemptyhtmlbody>{rng.choice(['', 'x', ' '])}</minutesnonemptyhtmlbody>"
                   "</agendaitem></agendaitems></meeting>")
        page = f"<html><a href='{_html.escape(url, quote=True)}' title='{title}'>{title}</a></html>"
        example = f"fetch #{i}: cid={cid!r} mid={mid!r} aid={aid!r} date={when!r} url={url!r}"
        base = rng.choice(["https://democracy.x.gov.uk", "http://democracy.x.gov.uk/", "https://democracy.x.gov.uk/mg"])
        try:
            cs = fetch.parse_committees(fetch.parse_xml(committees.encode("utf-8", "surrogatepass"), "u"))
            for c in cs:
                if str(c.id) != cid.strip():
                    finding("fetch", "committee id read as another id", f"{example} -> {c.id}")
            wanted = rng.choice([cid, title, "7", " ", "²"])
            try:
                fetch.find_committee(cs or [fetch.Committee(7, "A")], wanted, "s")
            except fetch.FetchError:
                pass
            ms = fetch.parse_meetings(fetch.parse_xml(meetings.encode("utf-8", "surrogatepass"), "u"), start, end)
            for m in ms:
                shown = when.strip()[:10]
                if m.date.strftime("%d/%m/%Y") != shown and m.date.strftime("%-d/%-m/%Y") != shown.split(" ")[0]:
                    finding("fetch", "meeting date read as another date", f"{example} -> {m.date}")
            root = fetch.parse_xml(meeting.encode("utf-8", "surrogatepass"), "u")
            m_id = int(mid) if mid.strip().isascii() and mid.strip().isdigit() else 5
            fetch.printed_minutes(root, base, m_id)
            fetch.agenda_item_minutes(root, base, m_id, dt.date(2024, 3, 7))
            fetch.printed_minutes_from_page(page.encode("utf-8", "surrogatepass"), base, m_id)
        except PipelineError:
            pass
        except Exception as exc:  # noqa: BLE001
            finding("fetch", f"raised {type(exc).__name__}: {str(exc)[:50]}", f"{example} -> {traceback.format_exc(limit=-2)}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=29)
    ap.add_argument("--dump", type=Path, default=None, help="write each class's first input to this folder")
    ap.add_argument("--part", default="all", choices=["all", "manifest", "txt", "html", "pdf", "search", "fetch"])
    args = ap.parse_args()
    global DUMP
    DUMP = args.dump
    texts = dev_texts()
    lines = dev_lines(texts)
    parts = ["manifest", "txt", "html", "pdf", "search", "fetch"] if args.part == "all" else [args.part]
    for part in parts:
        rng = random.Random(f"{args.seed}:{part}")
        if part == "manifest":
            fuzz_manifest(rng, args.n, lines)
        elif part == "txt":
            fuzz_txt(rng, args.n, texts, lines)
        elif part == "html":
            fuzz_html(rng, args.n, lines)
        elif part == "pdf":
            fuzz_pdf(rng, max(1, args.n // 5), lines)
        elif part == "search":
            fuzz_search(rng, args.n, texts, lines)
        elif part == "fetch":
            fuzz_fetch(rng, args.n)
    for key in sorted(findings):
        print(f"FINDING {key} (x{findings[key]})\n    e.g. {examples[key]!r}")
    print(f"{sum(findings.values())} finding(s) in {len(findings)} class(es); parts {','.join(parts)}, n={args.n}, seed={args.seed}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
