"""Determinism: two full runs of ``make all`` on the same inputs give the same bytes.

Every file under the processed folder must be byte-identical, and every report too once the run
card's volatile parts (marked ``class="runcard-volatile"``: time taken) are removed. The two runs
use different ``PYTHONHASHSEED`` values, so any result that depends on set or dict-of-strings
iteration order shows up here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import SEED_RAW, file_bytes, make_pdf, run_make

pytestmark = pytest.mark.slow


def _first_difference(a: bytes, b: bytes) -> str:
    n = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"sizes {len(a)} / {len(b)}, first difference at byte {n}: {a[max(0, n - 40):n + 40]!r} vs {b[max(0, n - 40):n + 40]!r}"


def _reports(folder: Path) -> dict[str, bytes]:
    from analysis.report import strip_volatile

    out = {}
    for name, data in file_bytes(folder).items():
        if name.endswith(".html"):
            data = strip_volatile(data.decode("utf-8")).encode("utf-8")
        out[name] = data
    return out


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], ...]:
    """Two ``make all`` runs into the same folders (the first run's outputs moved aside in between)."""
    tmp = tmp_path_factory.mktemp("determinism")
    raw = tmp / "raw"
    shutil.copytree(SEED_RAW, raw)
    # An HTML page and a PDF too, so every reader is covered (for seed councils: no extra reports).
    shutil.copy(Path(__file__).parent / "fixtures" / "moderngov_item.html", raw / "exampleshire_q1.html")
    make_pdf(raw / "sampleton_2024-03.pdf", [
        "Minutes:",
        "The Panel received the quarterly performance report. The number of children in need had risen "
        "to 1,250 and 14 social worker posts were vacant; 68% of assessments were completed in 45 days.",
        "RESOLVED that the report be noted.",
    ])
    with open(raw / "manifest.csv", "a", encoding="utf-8", newline="") as fh:
        fh.write("exampleshire_q1.html,Halton Borough Council,Children's Scrutiny,2024-07-01,Q1 report,"
                 "https://example.invalid/1\n")
        fh.write("sampleton_2024-03.pdf,West Sussex County Council,People Panel,2024-03-12,Performance,\n")
    results = []
    for n, seed in enumerate(("1", "2")):
        run_make(tmp, raw, "all", env={"PYTHONHASHSEED": seed})
        results.append((file_bytes(tmp / "processed"), _reports(tmp / "reports")))
        keep = tmp / f"run{n}"
        keep.mkdir()
        for name in ("processed", "reports", "build"):
            shutil.move(tmp / name, keep / name)
    return results[0][0], results[1][0], results[0][1], results[1][1]


def test_processed_files_are_byte_identical(two_runs):
    first, second, _, _ = two_runs
    assert any(k.endswith("segments.parquet") for k in first)
    assert any(k.endswith("figures.parquet") for k in first) and any(k.endswith("topics.parquet") for k in first)
    assert sorted(first) == sorted(second)
    different = {k: _first_difference(first[k], second[k]) for k in first if first[k] != second[k]}
    assert not different, different


def test_reports_are_identical_apart_from_the_run_card_timing(two_runs):
    _, _, first, second = two_runs
    assert any(k.endswith(".html") for k in first), "make all wrote no report"
    assert sorted(first) == sorted(second)
    different = {k: _first_difference(first[k], second[k]) for k in first if first[k] != second[k]}
    assert not different, different
