"""Scale-out: the per-document stages give the same tables on a Dask cluster, on local worker
processes and in one process."""

from __future__ import annotations

import shutil
import warnings
from functools import partial
from pathlib import Path

import pandas as pd
import pytest

from analysis import bench, corpus, parallel
from analysis.corpus import CorpusWarning
from analysis.errors import DocumentError
from conftest import SEED_RAW, write_manifest


def _figures_available() -> bool:
    try:
        from analysis import figures  # noqa: F401
    except ImportError:
        return False
    return hasattr(figures, "figures_from_segments")


def _figures(documents: pd.DataFrame, segments: pd.DataFrame, processed: Path, scheduler: str | None):
    """Figures and numbers of a corpus, through ``parallel.map_frames`` as the figures stage runs them."""
    from analysis import figures
    from analysis.schemas import check_table

    texts = corpus.load_texts(processed, documents["doc_id"].tolist())
    func = partial(figures.figures_from_segments, documents=documents, indicators=figures.load_indicators())
    parts = parallel.map_frames(func, segments, texts=texts, scheduler=scheduler)
    return (check_table("figures", pd.concat([f for f, _ in parts], ignore_index=True)),
            check_table("numbers", pd.concat([n for _, n in parts], ignore_index=True)))


def _texts(processed: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((processed / "text").iterdir())}


@pytest.fixture(scope="module")
def cluster():
    """A two-worker Dask cluster on loopback only (no dashboard), as a user's cluster would be."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as lc:
        yield lc


def test_cluster_run_equals_single_process_run(cluster, seed_copy: Path, tmp_path: Path, monkeypatch):
    monkeypatch.delenv(parallel.SCHEDULER_ENV, raising=False)
    docs_1, segs_1 = corpus.run(seed_copy, tmp_path / "single")
    # The same code path as `make all DASK_SCHEDULER=tcp://...`: the environment variable.
    monkeypatch.setenv(parallel.SCHEDULER_ENV, cluster.scheduler_address)
    assert parallel.resolve_scheduler(None, 5).kind == "distributed"
    docs_c, segs_c = corpus.run(seed_copy, tmp_path / "cluster")
    pd.testing.assert_frame_equal(docs_1, docs_c)
    pd.testing.assert_frame_equal(segs_1, segs_c)
    # What was written is identical too: tables and every document text, byte for byte.
    for name in ("documents", "segments"):
        assert (tmp_path / "single" / f"{name}.csv").read_bytes() == (tmp_path / "cluster" / f"{name}.csv").read_bytes()
    assert _texts(tmp_path / "single") == _texts(tmp_path / "cluster")
    if _figures_available():
        f1, n1 = _figures(docs_1, segs_1, tmp_path / "single", "sync")
        fc, nc = _figures(docs_c, segs_c, tmp_path / "cluster", None)
        assert len(f1) > 0
        pd.testing.assert_frame_equal(f1, fc)
        pd.testing.assert_frame_equal(n1, nc)


def test_local_processes_equal_single_process_on_generated_corpus(tmp_path: Path, monkeypatch):
    monkeypatch.delenv(parallel.SCHEDULER_ENV, raising=False)
    raw = bench.generate(50, tmp_path / "raw", councils=5, seed=3)
    docs_1, segs_1 = corpus.run(raw, tmp_path / "single", scheduler="sync")
    docs_p, segs_p = corpus.run(raw, tmp_path / "procs", scheduler="processes")
    assert len(docs_1) == 50 and docs_1["council"].nunique() == 5
    pd.testing.assert_frame_equal(docs_1, docs_p)
    pd.testing.assert_frame_equal(segs_1, segs_p)
    assert _texts(tmp_path / "single") == _texts(tmp_path / "procs")
    if _figures_available():
        f1, n1 = _figures(docs_1, segs_1, tmp_path / "single", "sync")
        fp, np_ = _figures(docs_p, segs_p, tmp_path / "procs", "processes")
        pd.testing.assert_frame_equal(f1, fp)
        pd.testing.assert_frame_equal(n1, np_)


def test_large_corpus_goes_to_local_processes_small_stays_in_process(monkeypatch):
    monkeypatch.delenv(parallel.SCHEDULER_ENV, raising=False)
    assert parallel.resolve_scheduler(None, 5).kind == "sync"  # the seed corpus: no worker start-up
    assert parallel.resolve_scheduler(None, 10_000).kind == "processes"
    monkeypatch.setenv(parallel.SCHEDULER_ENV, "sync")
    assert parallel.resolve_scheduler(None, 10_000).kind == "sync"


def test_worker_warnings_reach_the_user(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED_RAW / "003_1b56bb6e0b5ee152.txt", raw / "a.txt")
    (raw / "legacy.txt").write_bytes("The budget was \u00a34,500 \u2013 noted.\n".encode("cp1252"))
    write_manifest(raw, ["a.txt,Halton Borough Council,,,,", "legacy.txt,Halton Borough Council,,,,"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        documents, _ = corpus.run(raw, tmp_path / "out", scheduler="processes")
    messages = [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)]
    assert any("legacy.txt" in m and "Windows-1252" in m for m in messages), messages
    assert documents.set_index("doc_id").loc["legacy", "encoding"] == "cp1252"


def test_worker_errors_name_the_file(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED_RAW / "003_1b56bb6e0b5ee152.txt", raw / "a.txt")
    (raw / "broken.txt").write_bytes(b"Minutes\x00\x01 binary")
    write_manifest(raw, ["a.txt,Halton Borough Council,,,,", "broken.txt,Halton Borough Council,,,,"])
    with pytest.raises(DocumentError, match="broken.txt"):
        corpus.run(raw, tmp_path / "out", scheduler="processes")
    assert not (tmp_path / "out" / "segments.parquet").exists()


def test_unknown_scheduler_is_explained(monkeypatch):
    monkeypatch.setenv(parallel.SCHEDULER_ENV, "my-cluster:8786")
    with pytest.raises(parallel.SchedulerError, match="tcp://host:8786"):
        parallel.map_batches(len, ["a"])


def test_map_frames_never_splits_a_document():
    frame = pd.DataFrame({"doc_id": [d for d in "abcdefg" for _ in range(3)], "x": range(21)})
    blocks = parallel.split_frame(frame, 3)
    assert pd.concat(blocks).equals(frame)
    assert all(set(b["doc_id"]).isdisjoint(c["doc_id"]) for b, c in zip(blocks, blocks[1:]))
    got = parallel.map_frames(lambda b: b["x"].sum(), frame, scheduler="threads", partitions=3)
    assert sum(got) == frame["x"].sum() and len(got) == 3
