"""Bad input and failure, through the real pipeline: the matrix of docs/robustness.md.

Every case runs ``make`` on a temporary raw folder (outputs in a temporary folder too). Input errors
surface in stage 1, so each error case runs only ``make clean-stage``; the good-input cases share one
corpus that goes through ``make all``. Each case ends in a correct result or in a non-zero exit with
one clear line (``error in stage 1/4 clean: ...``) naming the file or manifest line and saying what
to do: never a traceback alone, never a silent skip.
"""

from __future__ import annotations

import csv
import io
import re
import os
import resource
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus
from analysis import io as aio
from analysis.io import read_text
from conftest import (FIXTURES, ROOT, SEED_RAW, copy_tree, failure_hook, file_bytes, make_pdf, proc_from_record,
                      proc_record, run_make, shared_across_workers, snapshot, stage_deps_file, worker_folder,
                      write_manifest)

GOOD_TEXT = (
    "Children's Services Performance\n\n"
    "The Panel received the quarterly performance report. The number of children in care had fallen "
    "from 612 to 590 and 72% of EHCPs were issued within 20 weeks.\n\n"
    "RESOLVED that the report be noted.\n"
)


def _raw_with(tmp: Path, rows: list[str], files: dict[str, bytes]) -> Path:
    """A raw folder with one good document (``good.txt``, manifest line 2) plus ``files`` and ``rows``."""
    raw = tmp / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    for name, data in files.items():
        (raw / name).write_bytes(data)
    write_manifest(raw, ["good.txt,Good Council,Panel,2024-01-31,Q3,", *rows])
    return raw


def _pdf_bytes(tmp: Path, paragraphs: list[str] | None) -> bytes:
    return make_pdf(tmp / "source.pdf", paragraphs).read_bytes()


# ----------------------------------------------------------------------------- input errors

def _empty(tmp: Path) -> Path:
    return _raw_with(tmp, ["empty.txt,Some Council,,,,"], {"empty.txt": b""})


def _binary(tmp: Path) -> Path:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    return _raw_with(tmp, ["photo.txt,Some Council,,,,"], {"photo.txt": png})


def _scanned_pdf(tmp: Path) -> Path:
    return _raw_with(tmp, ["scan.pdf,Some Council,,,,"], {"scan.pdf": _pdf_bytes(tmp, None)})


def _truncated_pdf(tmp: Path) -> Path:
    data = _pdf_bytes(tmp, ["The Panel noted that 14 posts were vacant. " * 30])
    return _raw_with(tmp, ["cut.pdf,Some Council,,,,"], {"cut.pdf": data[: len(data) // 3]})


def _missing_file(tmp: Path) -> Path:
    return _raw_with(tmp, ["missing.txt,Some Council,,,,"], {})


def _duplicate_id(tmp: Path) -> Path:
    raw = _raw_with(tmp, ["sub/good.txt,Some Council,,,,"], {})
    (raw / "sub").mkdir()
    (raw / "sub" / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    return raw


def _no_council(tmp: Path) -> Path:
    return _raw_with(tmp, ["b.txt,,Panel,2024-01-31,,"], {"b.txt": GOOD_TEXT.encode()})


def _bad_date(tmp: Path) -> Path:
    return _raw_with(tmp, ["b.txt,Some Council,Panel,31/01/2024,,"], {"b.txt": GOOD_TEXT.encode()})


def _unknown_extension(tmp: Path) -> Path:
    return _raw_with(tmp, ["b.docx,Some Council,,,,"], {"b.docx": b"PK\x03\x04 not really a docx"})


def _too_many_cells(tmp: Path) -> Path:
    return _raw_with(tmp, ["b.txt,Some Council,Panel,2024-01-31,Title, with a comma,,"], {"b.txt": GOOD_TEXT.encode()})


def _manifest_not_utf8(tmp: Path) -> Path:
    raw = _raw_with(tmp, [], {})
    row = "good.txt,Good Council,Panel,2024-01-31,Budget \u00a34m \u201cplan\u201d,\n"
    (raw / "manifest.csv").write_bytes((corpus_header() + row).encode("cp1252"))
    return raw


def _no_manifest(tmp: Path) -> Path:
    raw = _raw_with(tmp, [], {})
    (raw / "manifest.csv").unlink()
    return raw


def _no_raw_folder(tmp: Path) -> Path:
    return tmp / "does-not-exist"


def corpus_header() -> str:
    return ",".join(corpus.REQUIRED_COLUMNS) + "\n"


# (case, builder, texts the error must contain: where, what, what to do)
ERROR_CASES: list[tuple[str, Callable[[Path], Path], list[str]]] = [
    ("empty_file", _empty, ["empty.txt (manifest line 3)", "the file is empty", "remove its manifest row"]),
    ("binary_named_txt", _binary, ["photo.txt (manifest line 3)", "binary", "export the minutes as"]),
    ("pdf_without_text_layer", _scanned_pdf, ["scan.pdf (manifest line 3)", "no text layer", "OCR it first"]),
    ("truncated_pdf", _truncated_pdf, ["cut.pdf (manifest line 3)", "truncated or corrupt", "Download it again"]),
    ("missing_file", _missing_file, ["manifest.csv line 3", "'missing.txt' does not exist", "add it or fix the row"]),
    ("duplicate_id", _duplicate_id, ["manifest.csv line 3", "'good'", "already used on line 2", "rename one file"]),
    ("no_council", _no_council, ["manifest.csv line 3", "'council' cell is empty", "needs its council"]),
    ("bad_date", _bad_date, ["manifest.csv line 3", "'31/01/2024' is not an ISO date", "fix it or leave the cell empty"]),
    ("unknown_extension", _unknown_extension, ["manifest.csv line 3", "'b.docx'", "extension '.docx'", "Convert it"]),
    ("too_many_cells", _too_many_cells, ["manifest.csv line 3", "more cells than header columns", "quote cells"]),
    ("manifest_not_utf8", _manifest_not_utf8, ["manifest.csv", "not UTF-8", "Save the manifest as UTF-8"]),
    ("no_manifest", _no_manifest, ["manifest.csv", "no manifest", "Put a manifest.csv"]),
]


@pytest.fixture(scope="module")
def error_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, subprocess.CompletedProcess[str]]]:
    """``make clean-stage`` on every error case's raw folder, a few at a time (each is mostly waiting).

    Run once for all xdist workers (``conftest.shared_across_workers``): the tests only read the folders.
    """
    from concurrent.futures import ThreadPoolExecutor

    def one(folder: Path, case: str, build: Callable[[Path], Path], deps: Path) -> list[object]:
        tmp = folder / case
        tmp.mkdir()
        # (r47ci) the build folder's library lists, derived once for the twelve runs (conftest.stage_deps_file)
        (tmp / "build").mkdir()
        shutil.copy2(deps, tmp / "build" / deps.name)
        return proc_record(run_make(tmp, build(tmp), "clean-stage", check=False))

    def run_all(folder: Path) -> dict[str, list[object]]:
        deps = stage_deps_file(folder / "stage-deps" / "stage-deps.mk")
        with ThreadPoolExecutor(max_workers=4) as pool:
            futures = {case: pool.submit(one, folder, case, build, deps) for case, build, _ in ERROR_CASES}
            return {case: f.result() for case, f in futures.items()}

    built, records = shared_across_workers(tmp_path_factory, "robustness-errors", run_all)
    # (r45robust: the tests only read it; conftest checks they leave it so; r46tidy: each xdist worker its own copy)
    folder = worker_folder(tmp_path_factory, "error_runs", built)
    return {case: (folder / case, proc_from_record(records[case])) for case, _, _ in ERROR_CASES}


@pytest.mark.slow
@pytest.mark.parametrize("case, expected", [(c, e) for c, _, e in ERROR_CASES], ids=[c[0] for c in ERROR_CASES])
def test_bad_input_stops_with_a_clear_error(error_runs, case: str, expected: list[str]):
    tmp_path, proc = error_runs[case]
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out
    final = [line for line in proc.stderr.splitlines() if line.startswith("error in stage 1/4 clean: ")]
    assert final, f"no 'error in stage 1/4 clean:' line in make's output:\n{out[-4000:]}"
    for text in expected:
        assert text in final[0], (text, final[0])
    # An input error is the message, not a Python traceback.
    assert "Traceback" not in out, out[-4000:]
    # Nothing was half-written.
    processed = tmp_path / "processed"
    assert not list(processed.glob("*.parquet")) and not list(processed.glob("*.csv"))
    assert not (processed / "text").exists()


@pytest.mark.slow
def test_missing_raw_folder_is_a_clear_error(tmp_path: Path):
    proc = run_make(tmp_path, _no_raw_folder(tmp_path), "clean-stage", check=False)
    assert proc.returncode != 0
    assert "raw folder" in proc.stderr and "does-not-exist" in proc.stderr and "set RAW_DIR" in proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


# ----------------------------------------------------------------------------- good but awkward input

UNSAFE_COUNCIL = "../Evil \"Quoted\" 'Council' <script>alert(1)</script> / $(touch PWNED1) `touch PWNED2`"
UNSAFE_FILE = "q'uote \"dq\" $(touch PWNED3) `touch PWNED4`.txt"
UNSAFE_TITLE = "Budget <img src=x onerror=alert(1)> & more"
MINUTES_PAYLOAD = "<script>alert('minutes')</script>"
PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", MINUTES_PAYLOAD, "<b>bold</b>")

CP1252_TEXT = (
    "Placement costs\r\n\r\n"
    "The Director said \u201cthe cost of one residential placement has risen to \u00a36,500 per week\u201d "
    "and the Panel\u2019s members asked for a breakdown.\r\n\r\n"
    "RESOLVED that the report be noted.\r\n"
)
CRLF_TEXT = (
    "Early Help\r\n\r\n"
    "The number of families supported by Early Help rose from 1,020 to 1,180 over the year,\r\n"
    "with 85% of cases closed with needs met.\r\n\r\n"
    "\u2022 Re-referrals within 12 months fell to 18%.\r\n"
    "\u2022 Waiting times were 6 weeks.\r\n\r\n"
    "RESOLVED that the update be noted.\r\n"
)
UNSAFE_TEXT = (
    "Pasted from a web page\n\n"
    f"The officer's note read {MINUTES_PAYLOAD} <b>bold</b> and 45% of plans were reviewed on time.\n\n"
    "RESOLVED that the report be noted.\n"
)
NO_FIGURES_TEXT = (
    "Apologies and declarations\n\n"
    "Apologies were received from Councillor Smith. There were no declarations of interest.\n\n"
    "RESOLVED that the minutes of the previous meeting be approved as a correct record.\n"
)
NO_SEGMENTS_TEXT = "Agenda item\n\nMinutes:\n\nSupporting documents:\n\nPDF 138 KB\n\nPage 3 of 7\n"
HOSTILE_HTML = """<!DOCTYPE html><html><head><title>Item</title>
<style>body { font-family: Arial; } .x::after { content: "injected style text"; }</style>
<script>document.write("injected script text"); var rate = "99%";</script></head>
<body><nav>Home &gt; Committees</nav>
<div id="mgContent"><h2>Fostering</h2>
<p>The Panel heard that 38 new foster carers were approved, up from 31.<img src="x" onerror="alert('pwned')"></p>
<p onclick="steal()">Sufficiency remained a concern.<script>alert("inline")</script></p>
<style>p { color: red }</style>
</div></body></html>
"""


def _unsafe_manifest(rows: list[list[str]]) -> bytes:
    """manifest.csv written by Excel: a UTF-8 BOM, Windows line endings and an extra column."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([*corpus.REQUIRED_COLUMNS, "notes"])
    writer.writerows(rows)
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def build_awkward_corpus(raw: Path) -> Path:
    """Good input that is awkward in every way the issue lists, in one corpus."""
    raw.mkdir(parents=True)
    shutil.copy(SEED_RAW / "003_1b56bb6e0b5ee152.txt", raw / "seed.txt")
    (raw / "legacy.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (raw / "crlf.txt").write_bytes(CRLF_TEXT.encode("utf-8"))
    (raw / "page.html").write_text(HOSTILE_HTML, encoding="utf-8")
    (raw / UNSAFE_FILE).write_text(UNSAFE_TEXT, encoding="utf-8")
    (raw / "no_figures.txt").write_text(NO_FIGURES_TEXT, encoding="utf-8")
    (raw / "no_segments.txt").write_text(NO_SEGMENTS_TEXT, encoding="utf-8")
    rows = [
        ["seed.txt", "Halton Borough Council", "Children Young People and Families PPB", "2025-11-10", "Q2", "", "n1"],
        ["legacy.txt", UNSAFE_COUNCIL, "Corporate Parenting", "2019-03-05", "Costs \u00a3", "", "saved by Word"],
        ["crlf.txt", UNSAFE_COUNCIL, "Corporate Parenting", "2019-06-04", "Early help", "", ""],
        ["page.html", "Halton Borough Council", "Scrutiny", "2024-07-01", "Fostering", "https://example.invalid/?a=1&b=<x>", ""],
        [UNSAFE_FILE, UNSAFE_COUNCIL, "Panel \"A\"", "2024-02-29", UNSAFE_TITLE, "javascript:alert(1)", "x"],
        ["no_figures.txt", "Quiet District Council", "Panel", "", "Apologies", "", ""],
        ["no_segments.txt", "Quiet District Council", "Panel", "2024-05-01", "Furniture only", "", ""],
    ]
    (raw / "manifest.csv").write_bytes(_unsafe_manifest(rows))
    return raw


UNSAFE_ID = Path(UNSAFE_FILE).stem


@pytest.fixture(scope="module")
def awkward_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    """``make all`` over the awkward corpus; returns the temp folder and make's result.

    Run once for all xdist workers (``conftest.shared_across_workers``): the tests only read the folder.
    """
    def run(tmp: Path) -> list[object]:
        raw = build_awkward_corpus(tmp / "raw")
        data_before = snapshot(ROOT / "data")
        proc = run_make(tmp, raw, "all")
        assert snapshot(ROOT / "data") == data_before, "a run on another folder changed data/"
        return proc_record(proc)

    built, record = shared_across_workers(tmp_path_factory, "robustness-awkward", run)
    # (r45robust: the tests only read it; conftest checks they leave it so; r46tidy: each xdist worker its own copy)
    tmp = worker_folder(tmp_path_factory, "awkward_run", built)
    return tmp, proc_from_record(record)


@pytest.mark.slow
def test_awkward_corpus_keeps_every_document(awkward_run):
    tmp, proc = awkward_run
    documents = pd.read_parquet(tmp / "processed" / "documents.parquet").set_index("doc_id")
    assert sorted(documents.index) == sorted(
        ["seed", "legacy", "crlf", "page", UNSAFE_ID, "no_figures", "no_segments"]
    )
    assert documents.loc["legacy", "encoding"] == "cp1252"
    assert documents.loc["crlf", "encoding"] == "utf-8"
    assert documents.loc["page", "format"] == "html"
    assert documents.loc[UNSAFE_ID, "council"] == UNSAFE_COUNCIL
    assert documents.loc[UNSAFE_ID, "title"] == UNSAFE_TITLE
    # The document with nothing but page furniture stays, with no segments, and the user is told.
    assert documents.loc["no_segments", "n_segments"] == 0
    assert (documents.drop(index="no_segments")["n_segments"] > 0).all()
    assert re.search(r"warning \(stage 1/4 clean\): .*no segments.*no_segments\.txt", proc.stderr), proc.stderr
    # ... and so is the file read as Windows-1252.
    assert re.search(r"warning \(stage 1/4 clean\): .*legacy\.txt.*Windows-1252", proc.stderr), proc.stderr


@pytest.mark.slow
def test_cp1252_crlf_and_html_texts(awkward_run):
    tmp, _ = awkward_run
    processed = tmp / "processed"
    legacy = read_text(processed / "text" / "legacy.txt")
    assert legacy == CP1252_TEXT, "cp1252 text is decoded exactly (pound sign, curly quotes, CRLF kept)"
    # Windows line endings: the saved text is the raw file exactly, \r included.
    assert (processed / "text" / "crlf.txt").read_bytes() == CRLF_TEXT.encode("utf-8")
    page = read_text(processed / "text" / "page.txt")
    assert "38 new foster carers" in page and "Sufficiency remained a concern." in page
    for leaked in ("injected", "alert", "onerror", "steal", "font-family", "color: red", "Home", "99%"):
        assert leaked not in page, leaked
    segments = pd.read_parquet(processed / "segments.parquet")
    legacy_text = " ".join(segments.loc[segments["doc_id"] == "legacy", "text"])
    assert "\u00a36,500 per week" in legacy_text
    assert not segments["text"].str.contains("\r").any()


@pytest.mark.slow
def test_every_span_slices_to_its_text(awkward_run):
    from analysis.clean import normalise

    tmp, _ = awkward_run
    processed = tmp / "processed"
    segments = pd.read_parquet(processed / "segments.parquet")
    figures = pd.read_parquet(processed / "figures.parquet")
    texts = {d: read_text(processed / "text" / f"{d}.txt") for d in set(segments["doc_id"])}
    for row in segments.itertuples():
        assert normalise(texts[row.doc_id][row.raw_start:row.raw_end]).text == row.text, row.segment_id
    for row in figures.itertuples():
        assert texts[row.doc_id][row.raw_start:row.raw_end] == row.surface, row.figure_id
    # CRLF text: figures are found and their offsets index the text with its \r characters.
    crlf = figures[figures["doc_id"] == "crlf"]
    assert {"1,180", "85%", "18%"} <= set(crlf["surface"])
    assert figures.loc[figures["doc_id"] == "no_figures"].empty
    assert (figures["doc_id"] == UNSAFE_ID).any()


@pytest.mark.slow
def test_no_output_escapes_its_folder_and_nothing_reaches_a_shell(awkward_run):
    tmp, _ = awkward_run
    assert sorted(p.name for p in tmp.iterdir()) == ["build", "processed", "raw", "reports"]
    project = Path(os.environ.get("CM_TEST_PROJECT", ROOT))
    for folder in (tmp, project, project / "notebooks", Path.cwd()):
        assert not list(folder.glob("PWNED*")), folder
    assert not [p for p in (tmp / "processed").rglob("*") if "PWNED" in p.name and p.parent.name != "text"]
    reports = tmp / "reports"
    files = [p for p in reports.rglob("*") if p.is_file()]
    for p in files:
        assert p.resolve().is_relative_to(reports.resolve())
        assert re.fullmatch(r"[A-Za-z0-9_./-]+", p.relative_to(reports).as_posix()), p
    unsafe_slug = corpus.slugify(UNSAFE_COUNCIL)
    assert any(unsafe_slug in p.name for p in files), (unsafe_slug, [p.name for p in files])


@pytest.mark.slow
def test_reports_escape_text_from_minutes_manifest_and_file_names(awkward_run):
    tmp, _ = awkward_run
    pages = {p.name: p.read_text(encoding="utf-8") for p in (tmp / "reports").rglob("*.html")}
    assert pages, "make all wrote no HTML report"
    for name, html in pages.items():
        for payload in PAYLOADS:
            assert payload not in html, (name, payload)
        assert not re.search(r"""(?:href|src)\s*=\s*["']?\s*javascript:""", html, re.I), name
    joined = "\n".join(pages.values())
    # The unsafe council name is shown, escaped, not dropped.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in joined


@pytest.mark.slow
def test_a_raw_folder_name_with_quotes_and_backticks_is_not_run_by_the_shell(tmp_path: Path):
    """The folder name reaches the recipes' shell; it must arrive as data, not as a command."""
    raw = build_awkward_corpus(tmp_path / "it's-`>PWNED6`-raw")
    proc = run_make(tmp_path, raw, "clean-stage", check=False)
    project = Path(os.environ.get("CM_TEST_PROJECT", ROOT))
    created = list(project.glob("PWNED6")) + list(tmp_path.rglob("PWNED6"))
    for p in created:
        p.unlink()  # never leave the injected file in the project
    assert not created, "the recipes' shell ran a command taken from the raw folder's name"
    assert proc.returncode == 0, proc.stderr[-3000:]
    documents = pd.read_parquet(tmp_path / "processed" / "documents.parquet")
    assert len(documents) == 7


# ----------------------------------------------------------------------------- a 50 MB text file

@pytest.mark.slow
def test_a_50_mb_text_file_is_processed(tmp_path: Path):
    seed = (SEED_RAW / "001_4036e03cd4759248.txt").read_text(encoding="utf-8")
    copies = 50_000_000 // len(seed.encode("utf-8")) + 1
    raw = tmp_path / "raw"
    raw.mkdir()
    big = raw / "big.txt"
    with open(big, "w", encoding="utf-8", newline="") as fh:
        for i in range(copies):
            fh.write(seed)
            fh.write(f"\n\nEnd of copy {i}.\n\n")
    size = big.stat().st_size
    assert size >= 50_000_000
    write_manifest(raw, ["big.txt,Big County Council,Panel,2024-01-31,All of it,"])
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    run_make(tmp_path, raw, "clean-stage", timeout=1800)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"50 MB file: {size} bytes, {copies} copies; peak RSS of a child {peak_kib / 1024:.0f} MiB (before {before / 1024:.0f})")
    documents = pd.read_parquet(tmp_path / "processed" / "documents.parquet")
    segments = pd.read_parquet(tmp_path / "processed" / "segments.parquet")
    assert documents["n_chars"].iloc[0] == len(read_text(big))
    assert (tmp_path / "processed" / "text" / "big.txt").read_bytes() == big.read_bytes()
    one = corpus.load_corpus(SEED_RAW)  # the same minutes once, for the expected count
    from analysis.clean import segment_text

    per_copy = len(segment_text("x", next(d.text for d in one if d.file == "001_4036e03cd4759248.txt")))
    assert len(segments) >= copies * per_copy * 0.9
    assert segments["raw_end"].max() <= len(read_text(big))


# ----------------------------------------------------------------------------- failure keeps good outputs

def _outputs(processed: Path) -> dict[str, bytes]:
    """Every output file of a processed folder, without the raw fingerprint (an input record)."""
    return {k: v for k, v in file_bytes(processed).items() if not k.startswith(".fingerprints/")}


@pytest.fixture(scope="module")
def good_then_changed(tmp_path_factory: pytest.TempPathFactory,
                      seeds_figures_build: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """A good stage-1 run on the seeds, then a changed raw file so the next run redoes stage 1.

    (r42ci) The good run is the session's ``make figures`` on the seeds (``conftest.seeds_built``), copied with its
    files' times; ``make clean-stage`` on the copy has nothing to do."""
    tmp = copy_tree(seeds_figures_build, tmp_path_factory.mktemp("failure"))
    raw = tmp / "raw"
    run_make(tmp, raw, "clean-stage")
    before = _outputs(tmp / "processed")
    assert any(k.endswith("segments.parquet") for k in before) and any(k.startswith("text/") for k in before)
    with open(raw / "000_bdfa054f286fb0d2.txt", "a", encoding="utf-8") as fh:
        fh.write("\nThe Committee noted that 14 social worker posts were vacant.\n")
    return tmp, raw, before


FAILURES = [
    ("while writing the segments table", "analysis.io:_write_parquet:segments"),
    ("while writing the document texts", "analysis.io:stage_folder"),
    ("after the texts were swapped in, while moving the tables", "analysis.io:commit_files"),
    ("while cleaning and segmenting", "analysis.clean:clean_documents"),
]


@pytest.mark.slow
@pytest.mark.parametrize("where, hook", FAILURES, ids=[f[0] for f in FAILURES])
def test_a_stage_failing_midway_leaves_previous_outputs_intact(good_then_changed, where: str, hook: str):
    tmp, raw, before = good_then_changed
    env = failure_hook(tmp / "hook", hook)
    proc = run_make(tmp, raw, "clean-stage", check=False, env=env)
    assert proc.returncode != 0
    assert "injected failure" in proc.stderr
    assert "error in stage 1/4 clean: RuntimeError: injected failure" in proc.stderr
    assert _outputs(tmp / "processed") == before, f"outputs changed by a run that failed {where}"
    leftovers = [p.name for p in (tmp / "processed").rglob(".*") if p.name != ".fingerprints"
                 and p.parent.name != ".fingerprints"]
    assert not leftovers, leftovers


@pytest.mark.slow
def test_after_a_failure_the_next_run_completes(good_then_changed):
    tmp, raw, before = good_then_changed
    run_make(tmp, raw, "clean-stage")
    after = _outputs(tmp / "processed")
    assert after["text/000_bdfa054f286fb0d2.txt"] != before["text/000_bdfa054f286fb0d2.txt"]
    assert after["segments.parquet"] != before["segments.parquet"]


@pytest.mark.slow
def test_a_later_stage_failing_keeps_its_previous_outputs(tmp_path: Path, seeds_built: Path):
    seed_copy = seeds_built  # (r42ci) the seeds as `make figures` left them, shared by the session
    run_make(tmp_path, seed_copy, "figures")
    processed = tmp_path / "processed"
    before = _outputs(processed)
    (seed_copy / "004_bc0bbb8462091f85.txt").write_text(
        (seed_copy / "004_bc0bbb8462091f85.txt").read_text(encoding="utf-8") + "\nThe rate rose to 64%.\n",
        encoding="utf-8")
    env = failure_hook(tmp_path / "hook", "analysis.io:_write_parquet:numbers")
    proc = run_make(tmp_path, seed_copy, "figures", check=False, env=env)
    assert proc.returncode != 0
    assert "error in stage 2/4 figures: RuntimeError: injected failure" in proc.stderr
    after = _outputs(processed)
    for name in ("figures.parquet", "figures.csv", "numbers.parquet", "numbers.csv"):
        assert after[name] == before[name], name
    # Stage 1 succeeded, so make reruns only the failed stage next time.
    assert after["segments.parquet"] != before["segments.parquet"]
    proc = run_make(tmp_path, seed_copy, "figures")
    assert "==> stage 2/4 figures" in proc.stdout and "==> stage 1/4 clean" not in proc.stdout


# ----------------------------------------------------------------------------- the atomic writers

def _table(n: int) -> pd.DataFrame:
    return pd.DataFrame({"topic": list(range(n)), "label": ["a"] * n, "rank": [1] * n, "term": ["t"] * n,
                         "weight": [0.5] * n})


def test_write_tables_failing_midway_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    aio.write_tables({"topic_terms": _table(1), "extra": pd.DataFrame({"x": [1]})}, tmp_path)
    before = file_bytes(tmp_path)
    real = aio._write_parquet

    def fail_on_extra(df, path):
        if path.name.startswith(".extra."):
            raise OSError("disk full")
        real(df, path)

    monkeypatch.setattr(aio, "_write_parquet", fail_on_extra)
    with pytest.raises(OSError, match="disk full"):
        aio.write_tables({"topic_terms": _table(3), "extra": pd.DataFrame({"x": [2]})}, tmp_path)
    assert file_bytes(tmp_path) == before


def test_write_tables_puts_files_back_when_a_move_fails(tmp_path: Path):
    aio.write_tables({"topic_terms": _table(1)}, tmp_path)
    before = file_bytes(tmp_path)
    (tmp_path / "later.csv").mkdir()  # the last move fails: a folder is in the way
    with pytest.raises(OSError):
        aio.write_tables({"topic_terms": _table(3), "later": pd.DataFrame({"x": [1]})}, tmp_path)
    assert file_bytes(tmp_path) == before
    assert not (tmp_path / "later.parquet").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["later.csv", "topic_terms.csv", "topic_terms.parquet"]


def _write_text_folder(folder: Path, files: dict[str, str]) -> None:
    """A folder of texts replaced as ``corpus.save`` replaces ``text/``: staged beside it, then swapped in."""
    aio.discard_folder(aio.swap_folder(aio.stage_folder(folder, files), folder))


def test_staging_a_text_folder_failing_keeps_the_old_folder(tmp_path: Path):
    _write_text_folder(tmp_path / "text", {"a.txt": "old a", "b.txt": "old b"})
    with pytest.raises(ValueError):
        _write_text_folder(tmp_path / "text", {"a.txt": "new a", "../escape.txt": "x"})
    assert file_bytes(tmp_path) == {"text/a.txt": b"old a", "text/b.txt": b"old b"}


def test_corpus_save_failing_restores_texts_and_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from analysis import clean

    docs = corpus.load_corpus(SEED_RAW)
    segments = clean.clean_documents(docs)
    corpus.save(tmp_path, docs, corpus.documents_frame(docs, segments), segments)
    before = file_bytes(tmp_path)
    fewer = docs[:2]
    seg2 = clean.clean_documents(fewer)

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(aio, "commit_files", broken)
    with pytest.raises(OSError, match="disk full"):
        corpus.save(tmp_path, fewer, corpus.documents_frame(fewer, seg2), seg2)
    assert file_bytes(tmp_path) == before


def test_html_fixture_scripts_and_styles_stay_out():
    text = corpus.html_to_text((FIXTURES / "moderngov_item.html").read_bytes())
    assert "<" not in text and "script" not in text.lower()


def test_outputs_are_readable_like_any_file_the_user_writes(tmp_path: Path):
    """Temporary files are private (0600); the outputs moved into place must not stay so."""
    aio.write_tables({"topic_terms": _table(1)}, tmp_path)
    _write_text_folder(tmp_path / "text", {"a.txt": "x"})
    aio.write_text(tmp_path / "page.html", "<p>x</p>")
    for p in [*tmp_path.iterdir(), tmp_path / "text" / "a.txt"]:
        wanted = aio.DIR_MODE if p.is_dir() else aio.FILE_MODE
        assert p.stat().st_mode & 0o777 == wanted, p


def test_fingerprint_names_an_unreadable_raw_file(tmp_path: Path):
    from analysis import fingerprint

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("x", encoding="utf-8")
    (raw / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(SystemExit, match=r"cannot read .*gone\.txt.*make it readable or move it out"):
        fingerprint.update(raw, tmp_path / "fp")
    (raw / "gone.txt").unlink()
    assert fingerprint.update(raw, tmp_path / "fp") is True
    assert fingerprint.update(raw, tmp_path / "fp") is False, "an unchanged folder must not touch the file"
    assert (tmp_path / "fp").stat().st_mode & 0o777 == aio.FILE_MODE


def test_runstage_repeats_library_warnings_but_not_deprecations(tmp_path: Path):
    import nbformat

    from analysis import runstage

    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [
        nbformat.v4.new_output("stream", name="stderr", text=(
            "/w/src/analysis/corpus.py:290: CorpusWarning: legacy.txt (manifest line 3): read as Windows-1252.\n"
            "  text, encoding = decode_text(data, name)\n"
            "/w/.venv/lib/x.py:1: DeprecationWarning: old API\n")),
        nbformat.v4.new_output("stream", name="stdout", text="WARNING: stray.txt is not in the manifest\nok\n"),
        nbformat.v4.new_output("stream", name="stderr", text=(
            "/w/src/analysis/corpus.py:290: CorpusWarning: legacy.txt (manifest line 3): read as Windows-1252.\n")),
    ]
    nb.cells = [cell]
    path = tmp_path / "run.ipynb"
    nbformat.write(nb, path)
    assert runstage.notebook_warnings(str(path)) == [
        "CorpusWarning: legacy.txt (manifest line 3): read as Windows-1252.",
        "stray.txt is not in the manifest",
    ]
    assert runstage.notebook_warnings(str(tmp_path / "missing.ipynb")) == []


def test_runstage_message_for_a_bug_keeps_the_traceback():
    from analysis import runstage

    text = runstage.failure_message("2/4 figures", "KeyError", "'unit'", ["\x1b[31mTraceback line\x1b[0m"], "b/02.ipynb")
    assert text.startswith("Traceback line")
    assert "error in stage 2/4 figures: KeyError: 'unit'" in text and "a bug in the pipeline" in text
    assert "b/02.ipynb" in text
