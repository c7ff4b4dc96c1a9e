"""End to end: `make` on temporary copies of a corpus, as a researcher runs it."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from analysis.io import read_text
from conftest import copy_tree, run_make, snapshot

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_run(full_build: Path) -> Path:
    """The session's ``make all`` (seeds, an HTML page, a PDF and an added council)."""
    return full_build


def test_make_all_segments_every_seed_document(seed_run: Path):
    processed = seed_run / "processed"
    documents = pd.read_parquet(processed / "documents.parquet")
    segments = pd.read_parquet(processed / "segments.parquet")
    manifest = pd.read_csv(seed_run / "raw" / "manifest.csv")
    assert sorted(documents["doc_id"]) == sorted(Path(f).stem for f in manifest["file"])
    assert set(segments["doc_id"]) == set(documents["doc_id"])
    assert (documents["n_segments"] > 0).all()
    assert (processed / "documents.csv").exists() and (processed / "segments.csv").exists()


def _letters(s: str) -> str:
    return "".join(ch for ch in s if ch.isalnum())


def test_every_segment_span_holds_its_words_in_order(seed_run: Path):
    from analysis.clean import normalise

    processed = seed_run / "processed"
    segments = pd.read_parquet(processed / "segments.parquet")
    for doc_id, group in segments.groupby("doc_id"):
        text = read_text(processed / "text" / f"{doc_id}.txt")
        for row in group.itertuples():
            raw = text[row.raw_start:row.raw_end]
            # Cleaning changes only spacing and punctuation: letters and digits are the same, in order.
            assert _letters(raw) == _letters(row.text), row.segment_id
            assert normalise(raw).text == row.text, row.segment_id


def test_second_make_reruns_nothing(seed_run: Path):
    raw = seed_run / "raw"
    before = snapshot(seed_run / "processed")
    proc = run_make(seed_run, raw, "all")
    assert "==> stage" not in proc.stdout, proc.stdout
    assert snapshot(seed_run / "processed") == before


def test_touching_raw_files_reruns_nothing_but_changing_one_does(seed_run: Path, tmp_path: Path):
    # (r45robust) On its own copy, with every file's time: the session's build is shared by the tests that follow on
    # this process, and a rerun of stage 1 there (or the raw files' new times) would be theirs too (round 44's CI
    # failed so; conftest._shared_folders_unchanged now fails a test that leaves the shared build changed).
    built = copy_tree(seed_run, tmp_path / "built")
    raw = built / "raw"
    for p in raw.iterdir():
        os.utime(p)
    proc = run_make(built, raw, "clean-stage")
    assert "==> stage" not in proc.stdout
    target = raw / "000_bdfa054f286fb0d2.txt"
    target.write_bytes(target.read_bytes() + b"\nThe Committee noted that 14 social worker posts were vacant.")
    proc = run_make(built, raw, "clean-stage")
    assert "==> stage 1/4 clean" in proc.stdout


def test_another_folder_with_txt_html_pdf_leaves_data_untouched(mixed_corpus: Path, tmp_path: Path):
    data_before = snapshot(ROOT / "data")
    run_make(tmp_path, mixed_corpus, "clean-stage")
    documents = pd.read_parquet(tmp_path / "processed" / "documents.parquet")
    assert sorted(documents["format"]) == ["html", "pdf", "txt"]
    segments = pd.read_parquet(tmp_path / "processed" / "segments.parquet")
    html_text = " ".join(segments.loc[segments["doc_id"] == "exampleshire_q1", "text"])
    assert "612 to 590" in html_text and "tracking" not in html_text
    assert snapshot(ROOT / "data") == data_before


def test_a_failing_stage_exits_nonzero_and_keeps_previous_outputs(seeds_built: Path, tmp_path: Path):
    seed_copy = seeds_built  # (r42ci) the seeds as `make figures` left them, shared by the session
    run_make(tmp_path, seed_copy, "clean-stage")
    before = {p: p.read_bytes() for p in (tmp_path / "processed").glob("*.parquet")}
    # Break the corpus: a binary file in place of a minutes text.
    (seed_copy / "002_007949a6489a2d01.txt").write_bytes(b"\x00\x01binary" * 100)
    proc = run_make(tmp_path, seed_copy, "clean-stage", check=False)
    assert proc.returncode != 0
    assert "002_007949a6489a2d01.txt" in proc.stdout + proc.stderr
    assert "binary" in proc.stdout + proc.stderr
    assert {p: p.read_bytes() for p in (tmp_path / "processed").glob("*.parquet")} == before
    assert (tmp_path / "build" / "notebooks" / "01_clean.ipynb").exists(), "the failed notebook is kept for inspection"
