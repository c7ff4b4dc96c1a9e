"""Round 30, helper r30rerun: a rerun after a failed run, ``make report COUNCIL=<part>``, and what a ``make all``
with nothing to do says. Each test marked "fails on 037fb53b" failed on that commit (main when the helper started)
and passes after the fix; the others are guards that must not move."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import fingerprint

ROOT = Path(__file__).resolve().parents[1]
T0 = 1_700_000_000_000_000_000  # a fixed past time (ns), so the tests never depend on the clock's resolution


def _at(path: Path, ns: int) -> None:
    os.utime(path, ns=(ns, ns))


def _folder(tmp_path: Path) -> tuple[Path, Path, list[Path]]:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Minutes A.\n", encoding="utf-8")
    (raw / "manifest.csv").write_text("file,council\na.txt,Alpha Council\n", encoding="utf-8")
    processed = tmp_path / "processed"
    processed.mkdir()
    outputs = [processed / "documents.parquet", processed / "segments.parquet"]
    return raw, processed / ".fingerprints" / "raw.sha256", outputs


def _good_run(out: Path, outputs: list[Path], when: int = T0) -> None:
    """What make does on a good run: the fingerprint written at ``when``, then stage 1's outputs after it."""
    _at(out, when)
    for p in outputs:
        p.write_bytes(b"tables")
        _at(p, when + 10**9)


def _stage1_up_to_date(out: Path, outputs: list[Path]) -> bool:
    """make's test: no output older than the fingerprint."""
    return all(p.stat().st_mtime_ns >= out.stat().st_mtime_ns for p in outputs)


# ----------------------------------------------------------------------------- 1. rerun after a failed run


def test_restoring_the_good_files_after_a_failed_run_reruns_nothing(tmp_path):
    # fails on 037fb53b (update takes no outputs; and the listing written on restore was newer than every output,
    # so stage 1 and every stage after it reran although the inputs were those of the last good run)
    raw, out, outputs = _folder(tmp_path)
    assert fingerprint.update(raw, out, outputs)
    _good_run(out, outputs)
    good = out.read_text(encoding="utf-8")
    (raw / "a.txt").write_bytes(b"\xff\xfe broken")            # a bad file: the failed run starts ...
    assert fingerprint.update(raw, out, outputs)
    assert not _stage1_up_to_date(out, outputs)                 # ... and stage 1 runs (and fails: outputs untouched)
    (raw / "a.txt").write_text("Minutes A.\n", encoding="utf-8")  # the good file put back, byte for byte
    assert fingerprint.update(raw, out, outputs)
    assert out.read_text(encoding="utf-8") == good
    assert out.stat().st_mtime_ns == T0
    assert _stage1_up_to_date(out, outputs)
    assert not fingerprint.update(raw, out, outputs)            # and a further run touches nothing


def test_several_failed_attempts_then_the_good_files_rerun_nothing(tmp_path):
    # fails on 037fb53b: two different bad states in a row, then the good files back
    raw, out, outputs = _folder(tmp_path)
    fingerprint.update(raw, out, outputs)
    _good_run(out, outputs)
    for bad in ("file,council\na.txt,\n", "file,council\nb.txt,Alpha Council\n"):
        (raw / "manifest.csv").write_text(bad, encoding="utf-8")
        fingerprint.update(raw, out, outputs)
        _at(out, T0 + 5 * 10**9)                                # each failed run later than the good one
    (raw / "manifest.csv").write_text("file,council\na.txt,Alpha Council\n", encoding="utf-8")
    fingerprint.update(raw, out, outputs)
    assert out.stat().st_mtime_ns == T0 and _stage1_up_to_date(out, outputs)


def test_cli_takes_the_stage_outputs(tmp_path):
    # fails on 037fb53b ("usage: python -m analysis.fingerprint FOLDER OUT" with more than two arguments)
    raw, out, outputs = _folder(tmp_path)
    cmd = [sys.executable, "-m", "analysis.fingerprint", str(raw), str(out), *map(str, outputs)]
    env = {**os.environ, "PYTHONPATH": str(Path(fingerprint.__file__).parents[1])}
    subprocess.run(cmd, check=True, env=env)
    _good_run(out, outputs)
    (raw / "a.txt").write_text("Minutes B.\n", encoding="utf-8")
    subprocess.run(cmd, check=True, env=env)
    (raw / "a.txt").write_text("Minutes A.\n", encoding="utf-8")
    subprocess.run(cmd, check=True, env=env)
    assert out.stat().st_mtime_ns == T0


def test_guard_a_new_good_run_is_not_undone(tmp_path):
    # A -> B (stage 1 succeeds on B) -> A again: A's outputs are gone, so stage 1 must rerun.
    raw, out, outputs = _folder(tmp_path)
    fingerprint.update(raw, out, outputs)
    _good_run(out, outputs)
    (raw / "a.txt").write_text("Minutes B.\n", encoding="utf-8")
    fingerprint.update(raw, out, outputs)
    _good_run(out, outputs, when=T0 + 100 * 10**9)              # the good run on B
    (raw / "a.txt").write_text("Minutes A.\n", encoding="utf-8")
    fingerprint.update(raw, out, outputs)
    assert not _stage1_up_to_date(out, outputs)


def test_guard_outputs_written_by_the_failed_run_mean_a_rerun(tmp_path):
    # If the failed run wrote an output all the same, the last good run's state is gone: never claim it is there.
    raw, out, outputs = _folder(tmp_path)
    fingerprint.update(raw, out, outputs)
    _good_run(out, outputs)
    (raw / "a.txt").write_text("Minutes B.\n", encoding="utf-8")
    fingerprint.update(raw, out, outputs)
    outputs[0].write_bytes(b"other tables")
    _at(outputs[0], T0 + 50 * 10**9)
    (raw / "a.txt").write_text("Minutes A.\n", encoding="utf-8")
    fingerprint.update(raw, out, outputs)
    assert not _stage1_up_to_date(out, outputs)


def test_guard_a_changed_folder_still_reruns(tmp_path):
    # A changed file after a good run: written now (newer than the outputs), as before.
    raw, out, outputs = _folder(tmp_path)
    fingerprint.update(raw, out, outputs)
    _good_run(out, outputs)
    (raw / "a.txt").write_text("Minutes B.\n", encoding="utf-8")
    assert fingerprint.update(raw, out, outputs)
    assert not _stage1_up_to_date(out, outputs)
    assert fingerprint.good_record(out).exists()                # the good run's listing, kept
    assert not (raw / ".fingerprints").exists()


def test_guard_without_outputs_as_before(tmp_path):
    raw, out, outputs = _folder(tmp_path)
    assert fingerprint.update(raw, out)
    _good_run(out, outputs)
    (raw / "a.txt").write_text("Minutes B.\n", encoding="utf-8")
    fingerprint.update(raw, out)
    (raw / "a.txt").write_text("Minutes A.\n", encoding="utf-8")
    assert fingerprint.update(raw, out)
    assert not _stage1_up_to_date(out, outputs)
    assert not fingerprint.good_record(out).exists()


def test_guard_a_damaged_good_record_is_ignored(tmp_path):
    raw, out, outputs = _folder(tmp_path)
    fingerprint.update(raw, out, outputs)
    _good_run(out, outputs)
    (raw / "a.txt").write_text("Minutes B.\n", encoding="utf-8")
    fingerprint.update(raw, out, outputs)
    fingerprint.good_record(out).write_text("# nonsense\n", encoding="utf-8")
    (raw / "a.txt").write_text("Minutes A.\n", encoding="utf-8")
    assert fingerprint.update(raw, out, outputs)
    assert not _stage1_up_to_date(out, outputs)


@pytest.mark.slow
def test_make_after_a_failed_clean_stage_and_the_file_put_back_reruns_nothing(tmp_path, seed_copy):
    # fails on 037fb53b: the second good `make clean-stage` reran stage 1 ("==> stage 1/4 clean")
    from conftest import run_make

    run_make(tmp_path, seed_copy, "clean-stage")
    processed = tmp_path / "processed"
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in processed.glob("*.parquet")}
    doc = seed_copy / "004_bc0bbb8462091f85.txt"
    good = doc.read_bytes()
    doc.write_bytes(b"\x00\x01\x02 not minutes \xff\xfe")
    proc = run_make(tmp_path, seed_copy, "clean-stage", check=False)
    assert proc.returncode != 0 and "error in stage 1/4 clean" in proc.stderr, proc.stderr
    doc.write_bytes(good)
    proc = run_make(tmp_path, seed_copy, "clean-stage")
    assert "==> stage 1/4 clean" not in proc.stdout, proc.stdout
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in processed.glob("*.parquet")}
    assert after == before
