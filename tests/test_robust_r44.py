"""(r44robust) Inputs a researcher's real folder holds that the robustness matrix did not list.

Each test here failed before its fix: a PDF every viewer opens refused as "encrypted", a page declaring ISO-8859-1
read with invisible control characters for its quotes and dashes, a symbolic link loop in the raw folder stopping
every ``make`` with a traceback. See docs/robustness.md.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from analysis import corpus, fingerprint
from analysis.errors import DocumentError, ManifestError
from conftest import make_pdf, write_manifest

SENTENCE = "The committee noted that 1,240 children were looked after at the end of March 2024."


def _encrypted_pdf(tmp: Path, user_password: str) -> bytes:
    """A PDF with a text layer, encrypted (RC4, which pypdf reads without extra libraries) with an owner password
    and ``user_password`` (empty: it opens in any viewer without asking, as printing-restricted PDFs do)."""
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(tmp / "plain.pdf", [SENTENCE])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128", permissions_flag=-3904)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_that_only_restricts_printing_is_read_like_any_pdf(tmp_path: Path) -> None:
    data = _encrypted_pdf(tmp_path, user_password="")
    assert corpus.pdf_to_text(data, "restricted.pdf") == corpus.pdf_to_text((tmp_path / "plain.pdf").read_bytes(), "p")
    assert "1,240 children" in corpus.pdf_to_text(data, "restricted.pdf")


def test_a_pdf_that_needs_a_password_to_open_is_refused_naming_the_file(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "locked.pdf").write_bytes(_encrypted_pdf(tmp_path, user_password="secret"))
    write_manifest(raw, ["locked.pdf,Some Council,,,,"])
    row = corpus.load_manifest(raw)[0]
    with pytest.raises(DocumentError, match=r"^locked\.pdf \(manifest line 2\): the PDF is protected by a password "
                                            r"needed to open it; save an unprotected copy"):
        corpus.read_document(raw, row)


@pytest.mark.parametrize("declared", ['<meta charset="iso-8859-1">', '<meta charset="Latin1">',
                                      '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'])
def test_a_page_declaring_latin1_is_read_as_browsers_read_it(declared: str) -> None:
    page = (f"<html><head>{declared}</head><body><div id='mgContent'><p>The council\u2019s \u201cbudget\u201d for "
            "2024/25 is \u00a33m\u2013\u00a35m \u2026</p></div></body></html>").encode("cp1252")
    text = corpus.html_to_text(page, "old.html")
    assert text == "The council\u2019s \u201cbudget\u201d for 2024/25 is \u00a33m\u2013\u00a35m \u2026"
    assert not any("\x80" <= ch <= "\x9f" for ch in text)


def test_a_latin1_page_with_bytes_windows_1252_lacks_stays_latin1() -> None:
    page = b"<html><head><meta charset='iso-8859-1'></head><body><p>caf\xe9 \x81</p></body></html>"
    assert corpus.html_encoding(page, "x.html") == "iso8859-1"


def _raw_with_loops(tmp: Path) -> Path:
    raw = tmp / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(SENTENCE, encoding="utf-8")
    write_manifest(raw, ["a.txt,Some Council,,,,"])
    os.symlink("loop", raw / "loop")  # a link to itself
    os.symlink(".", raw / "here")  # a folder link back to the raw folder
    os.symlink("gone.txt", raw / "dangling.txt")  # a link to a file that was moved away
    return raw


def test_links_that_loop_or_point_nowhere_do_not_stop_the_fingerprint(tmp_path: Path) -> None:
    raw = _raw_with_loops(tmp_path)
    listing = fingerprint.folder_listing(raw, fingerprint.manifest_files(raw))
    assert [line.split("  ", 1)[1] for line in listing.splitlines()] == ["a.txt", "manifest.csv"]
    fingerprint.update(raw, tmp_path / "raw.sha256", [])
    assert (tmp_path / "raw.sha256").read_text(encoding="utf-8") == listing
    assert [r.file for r in corpus.load_manifest(raw)] == ["a.txt"]


def test_a_manifest_row_naming_a_link_loop_says_so(tmp_path: Path) -> None:
    raw = _raw_with_loops(tmp_path)
    write_manifest(raw, ["a.txt,Some Council,,,,", "loop.txt,Some Council,,,,"])
    os.symlink("loop.txt", raw / "loop.txt")
    with pytest.raises(ManifestError, match=r"manifest\.csv line 3: file 'loop\.txt' is a symbolic link that leads "
                                            r"back to itself"):
        corpus.load_manifest(raw)
    # (merged with r44noop) the fingerprint step, which runs first, says it in one line naming the file, as it says of
    # any file a row names that cannot be read: no traceback
    with pytest.raises(SystemExit, match=r"cannot read .*loop\.txt in the raw folder"):
        fingerprint.update(raw, tmp_path / "raw.sha256", [])


@pytest.mark.parametrize("content, what", [
    (b"{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs24 The budget was \\'a34.5m in 2024/25.\\par }", "an RTF document"),
    (b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" * 4, "a zip file, such as a Word .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "an old Word .doc"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF"),
    (b"\xef\xbb\xbf<!DOCTYPE html>\n<html><body><p>The budget was \xc2\xa34.5m.</p></body></html>", "a web page"),
], ids=["rtf", "docx", "doc", "pdf", "html"])
def test_a_file_named_txt_that_is_another_format_says_which(tmp_path: Path, content: bytes, what: str) -> None:
    """An RTF file named .txt was read as minutes, control words and all (the pound sign lost as \\'a3); a Word file
    was called "binary"."""
    (tmp_path / "minutes.txt").write_bytes(content)
    write_manifest(tmp_path, ["minutes.txt,Some Council,,,,"])
    row = corpus.load_manifest(tmp_path)[0]
    with pytest.raises(DocumentError, match=rf"^minutes\.txt \(manifest line 2\): is {what}.*, not plain text, though "
                                            r"it is named \.txt; save the minutes as plain text"):
        corpus.read_document(tmp_path, row)


def test_ctrl_c_in_a_stage_is_one_line_not_tracebacks(monkeypatch: pytest.MonkeyPatch, capsys, tmp_path: Path) -> None:
    """Ctrl-C printed papermill's, nbclient's and asyncio's tracebacks (three screens) and nothing about the outputs."""
    from papermill.cli import papermill as command

    from analysis import runstage

    def interrupted(ctx: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(command, "invoke", interrupted)
    monkeypatch.setattr(runstage, "kernel_problem", lambda name: None)
    status = runstage.main(["2/4 figures", "--kernel", "council-minutes", "in.ipynb", str(tmp_path / "out.ipynb")])
    err = capsys.readouterr().err
    assert status == 130
    assert err.splitlines() == ["error in stage 2/4 figures: interrupted. A stage writes its outputs all at once, so "
                                "each is the last complete one (of this run or an earlier one); run make again to "
                                "finish."]


def _refuse_new_files(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make creating a file or folder in ``folder`` fail as in a read-only folder (the tests may run as root, whom
    ``chmod`` does not stop)."""
    import tempfile

    real_mkstemp, real_mkdtemp = tempfile.mkstemp, tempfile.mkdtemp

    def refuse(real):  # type: ignore[no-untyped-def]
        def call(*args, dir=None, **kwargs):  # type: ignore[no-untyped-def]
            if dir is not None and Path(dir) == folder:
                raise PermissionError(13, "Permission denied", str(Path(dir) / "x.tmp"))
            return real(*args, dir=dir, **kwargs)
        return call

    monkeypatch.setattr(tempfile, "mkstemp", refuse(real_mkstemp))
    monkeypatch.setattr(tempfile, "mkdtemp", refuse(real_mkdtemp))


def test_a_read_only_output_folder_is_named_not_called_a_bug(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only reports folder gave a PermissionError traceback and 'this is a bug in the pipeline'."""
    from analysis import io as aio
    from analysis import runstage
    from analysis.errors import OutputError, PipelineError

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "index.html").write_text("the earlier run's page", encoding="utf-8")
    _refuse_new_files(monkeypatch, reports)
    with pytest.raises(OutputError) as err:
        aio.write_text(reports / "index.html", "<html>new</html>")
    assert str(err.value) == (f"{reports}: cannot write here (Permission denied); make the folder writable, or set "
                              "PROCESSED_DIR / REPORTS_DIR to a folder you can write. The previous outputs are as "
                              "they were.")
    assert isinstance(err.value, PipelineError) and isinstance(err.value, OSError)
    assert runstage.is_pipeline_error("OutputError")  # a stage prints the one line, not the traceback
    assert (reports / "index.html").read_text(encoding="utf-8") == "the earlier run's page"
    with pytest.raises(OutputError, match="cannot write here"):
        aio.stage_folder(reports / "text", {"a.txt": "x"})


def test_a_read_only_processed_folder_stops_the_fingerprint_with_one_line(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The first step of make (the raw folder's fingerprint) ended in a PermissionError traceback."""
    raw = _raw_with_loops(tmp_path)
    out = tmp_path / "processed" / ".fingerprints" / "raw.sha256"
    out.parent.mkdir(parents=True)
    _refuse_new_files(monkeypatch, out.parent)
    with pytest.raises(SystemExit) as exit_:
        fingerprint.main(["fingerprint", str(raw), str(out)])
    assert str(exit_.value.code).startswith(f"error: {out.parent}: cannot write here (Permission denied); make the "
                                            "folder writable")
    assert not out.exists()


def test_make_never_deletes_a_stage_output_or_page_when_interrupted(tmp_path: Path) -> None:
    """Ctrl-C during the figures and topics stages made make delete figures.parquet, numbers.parquet and the previous
    run's topic_terms.parquet and topic_shares.parquet; during the reports, the page just written. Every output is
    written complete or not at all, so each must be precious to make (checked in make's database, without a run)."""
    import subprocess

    from conftest import ROOT

    processed, reports = tmp_path / "processed", tmp_path / "reports"
    slugs = "halton-borough-council warwickshire-county-council"
    db = subprocess.run(["make", "-p", "-n", "-C", str(ROOT), "council-reports", f"SLUGS={slugs}", f"RAW_DIR={tmp_path}",
                         f"PROCESSED_DIR={processed}", f"REPORTS_DIR={reports}", f"BUILD_DIR={tmp_path / 'build'}"],
                        capture_output=True, text=True, check=False).stdout
    blocks = {block.split(":", 1)[0]: block for block in db.split("\n\n") if block and not block.startswith("#")}
    outputs = [processed / f"{t}.parquet" for t in (
        "documents", "segments", "figures", "numbers", "topics", "topic_terms", "theme_shares", "topic_shares",
        "council_figures", "indicator_series", "indicator_latest", "track_statements", "council_theme_shares",
        "council_topic_shares", "distinctive_themes", "distinctive_topics", "document_periods")]
    outputs += [processed / "search.sqlite"] + [reports / f"{p}.html" for p in (*slugs.split(), "comparison", "index")]
    not_precious = [str(p) for p in outputs if "Precious file" not in blocks.get(str(p), "")]
    assert not not_precious


def test_ctrl_c_in_the_reports_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys, tmp_path: Path) -> None:
    from analysis import report

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(report, "render_all", interrupted)
    assert report.main(["all", "--processed-dir", str(tmp_path), "--reports-dir", str(tmp_path)]) == 130
    assert capsys.readouterr().err.splitlines() == [
        "error in stage 4b/4 reports: interrupted. Each page is written whole, so each is the new one or the last "
        "run's; run make again to finish."]
