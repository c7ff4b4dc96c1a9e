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

from conftest import file_bytes, run_make

pytestmark = pytest.mark.slow


def _first_difference(a: bytes, b: bytes) -> str:
    n = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"sizes {len(a)} / {len(b)}, first difference at byte {n}: {a[max(0, n - 40):n + 40]!r} vs {b[max(0, n - 40):n + 40]!r}"


def _reports(folder: Path, root: Path) -> dict[str, bytes]:
    """The reports under ``folder`` without the run card's volatile parts, the run's own folder ``root`` (which the run
    card names: ``root/raw``, ``root/processed``) written as ``<run folder>``."""
    from analysis.report import strip_volatile

    out = {}
    for name, data in file_bytes(folder).items():
        if name.endswith(".html"):
            data = strip_volatile(data.decode("utf-8")).replace(str(root), "<run folder>").encode("utf-8")
        out[name] = data
    return out


@pytest.fixture(scope="module")
def two_runs(full_build: Path, full_build_origin: Path,
             tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], ...]:
    """The session's ``make all`` and a second, fresh one on a copy of its raw folder, with another hash seed.

    The corpus (``conftest.full_build``) has every reader: text files, an HTML page and a PDF. (r47ci) The second run
    starts from empty output folders in a folder of its own, so nothing of the first run's outputs reaches it. The
    reports' run card names the folder its run was made in: each run's own folder is masked in its reports (the first
    run's is ``conftest.full_build_origin``), so the reports are compared as made, without rendering the first run's
    again in the second run's folder (round 46 did, with one more ``make``).
    """
    first = (file_bytes(full_build / "processed"), _reports(full_build / "reports", full_build_origin))
    tmp = tmp_path_factory.mktemp("determinism")
    shutil.copytree(full_build / "raw", tmp / "raw")
    run_make(tmp, tmp / "raw", "all", "-j2", env={"PYTHONHASHSEED": "2"})
    second = (file_bytes(tmp / "processed"), _reports(tmp / "reports", tmp))
    return first[0], second[0], first[1], second[1]


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
