"""The synthetic corpus generator and a smoke run of the benchmark harness (no timing assertions)."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import bench, corpus


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")}


def test_same_seed_gives_the_same_bytes_and_another_seed_does_not(tmp_path: Path):
    a = _files(bench.generate(30, tmp_path / "a", councils=4, seed=0))
    b = _files(bench.generate(30, tmp_path / "b", councils=4, seed=0))
    c = _files(bench.generate(30, tmp_path / "c", councils=4, seed=1))
    assert a == b
    assert a != c
    assert len(a) == 31  # 30 documents and the manifest


def test_generated_folder_is_a_valid_corpus_of_minutes_sized_documents(tmp_path: Path):
    raw = bench.generate(60, tmp_path / "raw", councils=20, seed=0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no unlisted files, no encoding fallbacks
        rows = corpus.load_manifest(raw)
        docs = corpus.load_corpus(raw)
    assert len(rows) == 60 and len(docs) == 60
    assert len({r.council for r in rows}) > 10
    assert all(r.meeting_date and "2015-01-01" <= r.meeting_date <= "2024-12-31" for r in rows)
    words = [len(d.text.split()) for d in docs]
    assert 200 <= np.mean(words) <= 450 and min(words) >= 100
    # Recombined, not copied: documents differ from each other.
    assert len({d.sha256 for d in docs}) == 60


def test_regenerating_replaces_the_previous_documents(tmp_path: Path):
    out = tmp_path / "raw"
    bench.generate(20, out, councils=2, seed=0)
    bench.generate(5, out, councils=2, seed=0)
    assert len(list(out.glob("*.txt"))) == 5


def test_numbers_are_re_rendered_and_words_kept():
    text = "In 2023/24 the 68% of 1,250 EHCPs (minute 33.2) were issued in 2019, up from 07."
    out = bench.vary_numbers(text, np.random.default_rng(5))
    assert re.sub(r"\d", "#", out) == re.sub(r"\d", "#", text)  # same shape: only digits change
    assert out != text
    fy = re.search(r"(\d{4})/(\d{2})", out)
    assert 2014 <= int(fy.group(1)) <= 2025 and int(fy.group(2)) == (int(fy.group(1)) + 1) % 100
    assert int(re.search(r"(\d+)%", out).group(1)) <= 100
    assert re.search(r"up from 0\d", out)  # a leading zero stays a leading zero


def test_benchmark_harness_smoke(tmp_path: Path):
    stages = ("ingest+clean", "clean-compute", "figures-compute")
    table = bench.run_benchmark([20], councils=3, work=tmp_path / "work", stages=stages, notebooks=False, log=False)
    assert list(table["stage"]) == [*stages, "clean+figures-compute"]
    assert (table["n_docs"] == 20).all()
    assert (table["words"] == bench.corpus_words(tmp_path / "work" / "n20-c3" / "raw")).all()
    assert (table["seconds"] > 0).all() and (table["words_per_s"] > 0).all() and (table["peak_mib"] > 0).all()
    # The stage really ran: its outputs are in the work folder.
    segments = pd.read_parquet(tmp_path / "work" / "n20-c3" / "processed" / "segments.parquet")
    assert segments["doc_id"].nunique() == 20
    csv_path, md_path = bench.write_results(table, tmp_path / "out")
    assert pd.read_csv(csv_path)["stage"].tolist() == table["stage"].tolist()
    md = md_path.read_text(encoding="utf-8")
    assert "| n_docs | words | stage | seconds |" in md and "clean+figures-compute" in md


def test_every_council_gets_a_document_when_there_are_enough(tmp_path: Path):
    rows = corpus.load_manifest(bench.generate(46, tmp_path / "raw", councils=46, seed=0))
    assert len({r.council for r in rows}) == 46


def test_benchmark_measures_reports_per_council_and_quantulum3(tmp_path: Path):
    stages = ("ingest+clean", "figures", "topics", "compare", "reports", "quantulum3")
    table = bench.run_benchmark([12], councils=4, work=tmp_path / "work", stages=stages, notebooks=False, log=False)
    by = table.set_index("stage")
    assert by.at["reports per council", "seconds"] > 0
    assert "4 council pages" in by.at["reports per council", "note"]
    q = by.loc["quantulum3.parser.parse (same segments)"]
    assert q["seconds"] > 0 and "x quantulum3's words/s" in q["note"]
    ours = table[table["stage"].str.startswith("figure extraction (")].iloc[0]
    assert ours["words"] == q["words"] and ours["seconds"] > 0
    # the share of the work quantulum3 also does is timed on the same segments, and costs less than the whole
    find = by.loc["finding figures and units alone (same segments)"]
    assert find["words"] == q["words"] and 0 < find["seconds"] < ours["seconds"]
    assert "x quantulum3's words/s" in find["note"]
    pages = sorted(p.name for p in (tmp_path / "work" / "n12-c4" / "reports").glob("*.html"))
    assert len(pages) == 4 + 2


def test_a_timing_pass_starts_with_every_per_text_memo_of_the_figures_package_empty():
    """Each timed pass must redo the work: every per-text memo (``lru_cache`` of 1,024 entries or more) in any
    module of the figures package is emptied, the id fallback's word stems included (missed by the hand list)."""
    import importlib
    import pkgutil

    from analysis import figures

    memos = []
    for m in pkgutil.iter_modules(figures.__path__):
        mod = importlib.import_module(f"analysis.figures.{m.name}")
        memos += [(mod.__name__, name, obj) for name, obj in vars(mod).items()
                  if getattr(obj, "cache_info", None) is not None and (obj.cache_info().maxsize or 0) >= 1024]
    assert any(name == "_stem" for _, name, _ in memos)
    from analysis.figures import learnt_id
    learnt_id._stem("children")
    figures.extract_figures("Children in care rose to 412 and 68% of EHC plans were issued within 20 weeks, "
                            "against a budget overspend of £3.5m.")
    assert sum(obj.cache_info().currsize for _, _, obj in memos) > 1
    bench._clear_text_caches()
    full = [(mod, name) for mod, name, obj in memos if obj.cache_info().currsize]
    assert full == []
