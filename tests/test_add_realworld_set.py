"""``scripts/add_realworld_set.py --score-only``: a blind-annotated set is scored on its own and nothing is appended
to the corpus (round 21: the set stays a measure nobody tunes on)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import add_realworld_set  # noqa: E402

BLIND = ROOT / "tests" / "realworld" / "pools" / "r21" / "r21blind"
CORPUS = ROOT / "tests" / "realworld"


def _small_set(tmp: Path, n: int = 3) -> Path:
    """The first ``n`` excerpts of round 21's blind set, with their gold rows."""
    out = tmp / "set"
    (out / "raw").mkdir(parents=True)
    manifest = pd.read_csv(BLIND / "manifest.csv", dtype=str, keep_default_na=False).head(n)
    manifest.to_csv(out / "manifest.csv", index=False)
    docs = set()
    for f in manifest["file"]:
        shutil.copy(BLIND / "raw" / f, out / "raw" / f)
        docs.add(Path(f).stem)
    for name in ("figures_gold.csv", "themes_gold.csv"):
        gold = pd.read_csv(BLIND / name, dtype=str, keep_default_na=False)
        gold[gold["doc_id"].isin(docs)].to_csv(out / name, index=False)
    return out


def _corpus_copy(tmp: Path) -> Path:
    """The corpus's manifest and gold tables (what the script reads and would append to)."""
    out = tmp / "corpus"
    (out / "raw").mkdir(parents=True)
    shutil.copy(CORPUS / "raw" / "manifest.csv", out / "raw" / "manifest.csv")
    for name in ("figures_gold.csv", "themes_gold.csv"):
        shutil.copy(CORPUS / name, out / name)
    return out


def test_score_only_scores_the_set_alone_and_appends_nothing(tmp_path):
    set_dir, corpus = _small_set(tmp_path), _corpus_copy(tmp_path)
    before = {p.relative_to(corpus): p.read_bytes() for p in corpus.rglob("*") if p.is_file()}
    rc = add_realworld_set.main([str(set_dir), "--set", "TINY", "--corpus", str(corpus), "--score-only"])
    assert rc == 0
    after = {p.relative_to(corpus): p.read_bytes() for p in corpus.rglob("*") if p.is_file()}
    assert after == before  # nothing appended, no first_run_tiny.json in the corpus
    scores = json.loads((set_dir / "first_run.json").read_text(encoding="utf-8"))
    assert scores["all"]["documents"] == 3
    assert 0.0 <= scores["all"]["precision"] <= 1.0 and scores["all"]["figures_gold"] > 0


def test_a_set_already_in_the_corpus_is_refused(tmp_path, capsys):
    set_dir, corpus = _small_set(tmp_path), _corpus_copy(tmp_path)
    manifest = pd.read_csv(corpus / "raw" / "manifest.csv", dtype=str, keep_default_na=False)
    first = pd.read_csv(set_dir / "manifest.csv", dtype=str, keep_default_na=False).iloc[[0]]
    pd.concat([manifest, first.assign(split="dev", set="OLD")], ignore_index=True).to_csv(
        corpus / "raw" / "manifest.csv", index=False)
    rc = add_realworld_set.main([str(set_dir), "--set", "TINY", "--corpus", str(corpus), "--score-only"])
    assert rc == 2
    assert "error:" in capsys.readouterr().err
    assert not (set_dir / "first_run.json").exists()
