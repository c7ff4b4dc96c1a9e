"""``scripts/add_realworld_set.py --score-only``: a blind-annotated set is scored on its own and nothing is appended
to the corpus (round 21: the set stays a measure nobody tunes on)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

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


def test_a_recorded_first_run_is_never_overwritten(tmp_path, capsys):
    # (round 24) a second --score-only on a committed blind set used to overwrite its first run with today's scores
    set_dir, corpus = _small_set(tmp_path), _corpus_copy(tmp_path)
    (set_dir / "first_run.json").write_text('{"recorded": 1}\n', encoding="utf-8")
    rc = add_realworld_set.main([str(set_dir), "--set", "TINY", "--corpus", str(corpus), "--score-only"])
    assert rc == 0
    assert "left as it is" in capsys.readouterr().out
    assert (set_dir / "first_run.json").read_text(encoding="utf-8") == '{"recorded": 1}\n'
    (set_dir / "work").mkdir()
    with pytest.raises(FileExistsError, match="first run is already recorded"):
        add_realworld_set.write_first_run(corpus, set_dir, "TINY", "src/ of a test")
    assert not (set_dir / "first_run_scores.txt").exists()


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


def test_write_first_run_writes_the_four_outputs(tmp_path):
    # (r21tidy2) the shared writer of round 21's blind sets' work/score.py
    set_dir, corpus = _small_set(tmp_path), _corpus_copy(tmp_path)
    (set_dir / "work").mkdir()
    text = add_realworld_set.write_first_run(corpus, set_dir, "TINY", "src/ of a test", label="tiny")
    assert text == (set_dir / "first_run_scores.txt").read_text(encoding="utf-8")
    head, _, table = text.partition("\n\n")
    assert head.startswith("tiny first run: the set scored on its own (as scripts/add_realworld_set.py step 2), "
                           "src/ of a test, worktree commit ")
    assert table.split("\n")[0].split() == add_realworld_set.FIRST_RUN_METRICS
    scores = json.loads((set_dir / "first_run.json").read_text(encoding="utf-8"))
    assert scores["all"]["documents"] == 3
    assert {r.split()[0] for r in table.strip().split("\n")[1:]} == {k for k, v in scores.items() if v["documents"] > 0}
    assert (set_dir / "first_run_errors.txt").read_text(encoding="utf-8").startswith("== ")
    figs = pd.read_csv(set_dir / "work" / "first_run" / "figures.csv")
    assert len(figs) == scores["all"]["figures_pred"]
    assert (set_dir / "work" / "first_run" / "topics.csv").exists()


def test_first_run_text_leaves_out_empty_splits():
    row = dict.fromkeys(add_realworld_set.FIRST_RUN_METRICS, 0.12345)
    scores = {"dev": {**row, "documents": 2}, "test": {**row, "documents": 0}, "all": {**row, "documents": 2}}
    text = add_realworld_set.first_run_text(scores, "x", "src/ of y", "abc1234")
    assert text.startswith("x first run: the set scored on its own (as scripts/add_realworld_set.py step 2), "
                           "src/ of y, worktree commit abc1234\n\n")
    assert [line.split()[0] for line in text.strip().split("\n")[3:]] == ["dev", "all"]
    assert " 0.123 " in text and text.endswith("\n")
