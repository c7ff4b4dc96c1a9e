"""PYTHONPATH=src .venv/bin/python tests/realworld/pools/r21/r21blind2/work/score.py (from the worktree root): the set's first
run, scored on its own exactly as step 2 of scripts/add_realworld_set.py scores a new set (a temporary corpus holding only
this set, with the splits it would get; analysis.realworld.run_pipeline, then realworld_scores), without appending it to
tests/realworld. Writes first_run_scores.txt, first_run.json and first_run_errors.txt (the set's missed, extra and
wrong-indicator figures and wrong themes: every excerpt is in a dev council) next to the set, and work/first_run/ (the
pipeline's figures and topics tables)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from analysis.realworld import prepare_set

sys.path.insert(0, str(Path(__file__).resolve().parents[6] / "scripts"))
from add_realworld_set import score_alone  # noqa: E402  (the scoring step of scripts/add_realworld_set.py, shared)

SET = Path(__file__).resolve().parents[1]
ROOT = SET.parents[4]
RW = ROOT / "tests" / "realworld"
NAME = "R21BLIND2"
METRICS = ["documents", "councils", "figures_gold", "figures_pred", "precision", "recall", "f1", "indicator",
           "indicator_id", "indicator_id_gold", "passages", "theme_topics_table", "theme_isolated", "topic_nmi"]


def main() -> int:
    rows, gold = prepare_set(RW, SET, NAME)
    result, tables = score_alone(RW, SET, rows, gold, errors=True)
    scores = result["scores"]
    out = SET / "work" / "first_run"
    out.mkdir(exist_ok=True)
    tables["figures"].to_csv(out / "figures.csv", index=False, lineterminator="\n")
    tables["topics"].to_csv(out / "topics.csv", index=False, lineterminator="\n")
    (SET / "first_run.json").write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    table = pd.DataFrame(scores).T[METRICS].round(3)
    table = table[table["documents"] > 0]  # the empty test split (every council here is dev) is left out
    text = (f"r21blind2 first run: the set scored on its own (as scripts/add_realworld_set.py step 2), src/ of main 5d784e7 (end of round 21), "
            f"worktree commit {commit}\n\n" + table.to_string() + "\n")
    (SET / "first_run_scores.txt").write_text(text, encoding="utf-8")
    with pd.option_context("display.max_colwidth", 90, "display.width", 250, "display.max_rows", 500):
        errs = "\n\n".join(f"== {k} ({len(v)})\n{v.to_string()}" for k, v in result["errors"].items())
    (SET / "first_run_errors.txt").write_text(errs + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
