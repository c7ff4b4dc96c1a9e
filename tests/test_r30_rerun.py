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
def test_make_after_a_failed_clean_stage_and_the_file_put_back_reruns_nothing(tmp_path, seeds_built):
    # fails on 037fb53b: the second good `make clean-stage` reran stage 1 ("==> stage 1/4 clean")
    from conftest import run_make

    seed_copy = seeds_built  # (r42ci) the seeds as `make figures` left them, shared by the session
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


@pytest.mark.slow
def test_a_stage_1_that_succeeds_on_changed_files_leaves_no_record_of_the_run_before(tmp_path, seeds_built):
    # fails on 0ea18a6a (lead, round 30): the record of the last good listing stayed in the processed folder after a
    # later good run, so two builds of the same inputs differed by their history (tests/test_determinism.py)
    from conftest import run_make

    seed_copy = seeds_built  # (r42ci) the seeds as `make figures` left them, shared by the session
    run_make(tmp_path, seed_copy, "clean-stage")
    record = tmp_path / "processed" / ".fingerprints" / "raw.good.sha256"
    doc = seed_copy / "004_bc0bbb8462091f85.txt"
    doc.write_bytes(doc.read_bytes() + b"\nA further paragraph the committee noted.\n")
    proc = run_make(tmp_path, seed_copy, "clean-stage")
    assert "==> stage 1/4 clean" in proc.stdout, proc.stdout
    assert not record.exists()


# ----------------------------------------------------------------------------- 2. make report COUNCIL=<part>

HEADER = "file,council,committee,meeting_date,title,source_url\n"


def _raw_councils(tmp_path: Path, names: list[str]) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    rows = []
    for i, name in enumerate(names):
        (raw / f"{i}.txt").write_text("Minutes.\n", encoding="utf-8")
        rows.append(f"{i}.txt,{name},,,,\n")
    (raw / "manifest.csv").write_text(HEADER + "".join(rows), encoding="utf-8")
    return raw


COUNCILS = ["Alpha Council", "West Sussex County Council", "Warwickshire County Council"]


@pytest.mark.parametrize("given,slug", [
    ("alpha-council", "alpha-council"), ("Alpha Council", "alpha-council"), ("alpha", "alpha-council"),
    ("ALPHA", "alpha-council"), ("west sussex", "west-sussex-county-council"),
    ("  warwickshire ", "warwickshire-county-council"),
])
def test_report_council_takes_slug_name_or_unique_part(tmp_path, given, slug):
    # fails on 037fb53b (no shared resolver: `make report` matched the slug exactly, in shell)
    from analysis import corpus

    assert corpus.resolve_council_cli(_raw_councils(tmp_path, COUNCILS), given) == slug


def test_report_council_several_or_none(tmp_path):
    # fails on 037fb53b
    from analysis import corpus
    from analysis.errors import ManifestError

    raw = _raw_councils(tmp_path, COUNCILS)
    with pytest.raises(ManifestError) as err:
        corpus.resolve_council_cli(raw, "county council")
    assert str(err.value) == (f"COUNCIL='county council' names 2 councils of {raw}: give one's slug (or more of its "
                              "name):\n  warwickshire-county-council\n  west-sussex-county-council")
    with pytest.raises(ManifestError) as err:
        corpus.resolve_council_cli(raw, "zeta")
    assert str(err.value).startswith("unknown council 'zeta' (COUNCIL=<slug>, the council's name or a unique part")
    assert str(err.value).endswith(f"the councils of {raw} are:\n  alpha-council\n  warwickshire-county-council\n"
                                   "  west-sussex-county-council")
    with pytest.raises(ManifestError, match="^no council given: make report COUNCIL=<slug>"):
        corpus.resolve_council_cli(raw, " ")


def test_search_and_report_share_the_resolver():
    # fails on 037fb53b (corpus.match_council did not exist; search had its own copy)
    from analysis import corpus, search

    cs = {"alpha-council": "Alpha Council", "west-sussex-county-council": "West Sussex County Council"}
    for given in ("alpha", "Alpha Council", "west sussex", "west-sussex-county-council"):
        assert [search.resolve_council(given, cs)] == corpus.match_council(given, cs)
    assert corpus.match_council("war", cs) == [] and corpus.match_council("", cs) == []


# ----------------------------------------------------------------------------- make, on folders made to look built

STAGES = [["documents", "segments"],
          ["figures", "numbers", "topics", "topic_terms", "theme_shares", "topic_shares"],
          ["council_figures", "indicator_series", "indicator_latest", "track_statements", "council_theme_shares",
           "council_topic_shares", "distinctive_themes", "distinctive_topics", "document_periods"]]


def _looks_built(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A raw folder of two councils and every output of `make all` in place, each newer than its inputs."""
    import time

    raw = _raw_councils(tmp_path, ["Alpha Council", "Beta Borough Council"])
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    processed.mkdir()
    reports.mkdir()
    fp = processed / ".fingerprints" / "raw.sha256"
    fingerprint.update(raw, fp)
    now = time.time_ns() + 100 * 10**9
    _at(fp, now)
    for i, names in enumerate(STAGES, start=1):
        for name in names:
            (processed / f"{name}.parquet").write_bytes(b"")
            _at(processed / f"{name}.parquet", now + i * 10**9)
    for name in ("alpha-council.html", "beta-borough-council.html", "comparison.html", "index.html"):
        (reports / name).write_text("<html></html>", encoding="utf-8")
        _at(reports / name, now + 10 * 10**9)
    (processed / "search.sqlite").write_bytes(b"")
    _at(processed / "search.sqlite", now + 10 * 10**9)
    return raw, processed, reports


def _make(tmp_path: Path, raw: Path, *args: str) -> subprocess.CompletedProcess[str]:
    project = os.environ.get("CM_TEST_PROJECT", str(ROOT))
    env = {k: v for k, v in os.environ.items() if not k.startswith("CM_") or k == "CM_MODEL_CACHE"}
    return subprocess.run(["make", "--no-print-directory", "-C", project, *args, f"RAW_DIR={raw}",
                           f"PROCESSED_DIR={tmp_path / 'processed'}", f"REPORTS_DIR={tmp_path / 'reports'}",
                           f"BUILD_DIR={tmp_path / 'build'}"], capture_output=True, text=True, timeout=300, env=env,
                          stdin=subprocess.DEVNULL)


@pytest.mark.slow
def test_make_report_takes_a_part_of_the_name(tmp_path):
    # fails on 037fb53b: "error: unknown council 'beta' (COUNCIL=<slug>)"
    raw, processed, reports = _looks_built(tmp_path)
    proc = _make(tmp_path, raw, "report", "COUNCIL=beta")
    assert proc.returncode == 0, proc.stderr
    assert f"page: {reports / 'beta-borough-council.html'}" in proc.stdout
    assert "==> stage" not in proc.stdout
    proc = _make(tmp_path, raw, "report", "COUNCIL=council")
    assert proc.returncode == 2
    assert "names 2 councils" in proc.stderr and "  alpha-council\n  beta-borough-council" in proc.stderr


@pytest.mark.slow
def test_make_all_with_nothing_to_do_says_so(tmp_path):
    # fails on 037fb53b: a `make all` with nothing to do printed nothing at all
    raw, processed, reports = _looks_built(tmp_path)
    proc = _make(tmp_path, raw, "all")
    assert proc.returncode == 0, proc.stderr
    assert "==>" not in proc.stdout, proc.stdout
    assert proc.stdout.strip().splitlines()[-1] == (f"every stage is up to date with {raw}; the pages are in "
                                                    f"{reports}/ (open {reports}/index.html)")
