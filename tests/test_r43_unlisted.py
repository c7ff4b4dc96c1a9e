"""(r43periods; round 41's and the r43 walk's finding, Left 8) A file in the raw folder that no manifest row names
(a researcher's ``notes.txt``) is not read by stage 1. Adding it reran every stage, and removing it reran them all
again, with byte-identical outputs, and said nothing when no stage ran. Now the raw folder's fingerprint lists the
manifest and the files it names, and the fingerprint step names the unlisted files on every ``make``."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import fingerprint


def _folder(tmp_path: Path) -> tuple[Path, Path]:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Minutes A.\n", encoding="utf-8")
    (raw / "manifest.csv").write_text("file,council\na.txt,Alpha Council\n", encoding="utf-8")
    return raw, tmp_path / "processed" / ".fingerprints" / "raw.sha256"


def test_a_file_no_row_names_leaves_the_fingerprint_as_it_was_and_is_named(tmp_path, capsys):
    raw, out = _folder(tmp_path)
    assert fingerprint.update(raw, out)
    listing = out.read_text(encoding="utf-8")
    (raw / "notes.txt").write_text("my notes\n", encoding="utf-8")
    assert not fingerprint.update(raw, out)  # (was rewritten: every stage reran)
    assert out.read_text(encoding="utf-8") == listing
    err = capsys.readouterr().err
    assert "warning:" in err and "not named in manifest.csv are ignored: notes.txt" in err
    (raw / "notes.txt").unlink()
    assert not fingerprint.update(raw, out)
    assert capsys.readouterr().err == ""


def test_guard_a_row_added_for_the_file_reruns(tmp_path, capsys):
    raw, out = _folder(tmp_path)
    (raw / "b.txt").write_text("Minutes B.\n", encoding="utf-8")
    fingerprint.update(raw, out)
    assert "b.txt" in capsys.readouterr().err
    (raw / "manifest.csv").write_text("file,council\na.txt,Alpha Council\nb.txt,Beta Council\n", encoding="utf-8")
    assert fingerprint.update(raw, out)
    assert "  b.txt" in out.read_text(encoding="utf-8") and capsys.readouterr().err == ""
    (raw / "b.txt").write_text("Minutes B, corrected.\n", encoding="utf-8")
    assert fingerprint.update(raw, out)  # a named file's edit reruns, as before


def test_guard_a_manifest_that_cannot_be_read_lists_the_whole_folder(tmp_path):
    raw, out = _folder(tmp_path)
    (raw / "manifest.csv").write_text("name,council\na.txt,Alpha Council\n", encoding="utf-8")  # no file column
    (raw / "notes.txt").write_text("my notes\n", encoding="utf-8")
    fingerprint.update(raw, out)
    assert "  notes.txt" in out.read_text(encoding="utf-8")  # (stage 1 runs and says what is wrong)


@pytest.mark.slow
def test_make_with_an_unlisted_file_added_then_removed_reruns_no_stage(tmp_path, seeds_built):
    from conftest import run_make

    raw = seeds_built  # (the seeds as `make figures` left them)
    processed = tmp_path / "processed"
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in processed.glob("*.parquet")}
    (raw / "notes.txt").write_text("Things to check next week.\n", encoding="utf-8")
    proc = run_make(tmp_path, raw, "figures")
    assert "==> stage" not in proc.stdout, proc.stdout
    assert "not named in manifest.csv are ignored: notes.txt" in proc.stderr, proc.stderr
    (raw / "notes.txt").unlink()
    proc = run_make(tmp_path, raw, "figures")
    assert "==> stage" not in proc.stdout, proc.stdout
    assert "notes.txt" not in proc.stderr
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in processed.glob("*.parquet")}
    assert after == before
