"""Add a newly gathered set of real-minutes excerpts to tests/realworld: first run, then append.

The set's folder holds ``raw/<doc_id>.txt``, ``manifest.csv`` (``file, council, committee,
meeting_date, title, source_url``), ``figures_gold.csv`` and ``themes_gold.csv``, annotated by hand
by the rules of ``tests/gold/README.md`` before the pipeline was run on it. The script

1. checks every gold row slices its file and nothing is already in the corpus;
2. scores the set on its own with today's code, before anything is changed for it, and writes its
   first run to ``tests/realworld/first_run_<set>.json`` (councils keep their split; a new council
   gets one by the hash of its name: :func:`analysis.realworld.split_of_new_council`);
3. appends it to the corpus, all or nothing (:func:`analysis.realworld.write_set`).

With ``--score-only`` it stops after step 2: the set is scored on its own and its scores are written to
``FOLDER/first_run.json``; nothing is appended, so the set stays a measure nobody tunes on (round 21's blind set,
``tests/realworld/pools/r21/r21blind``, was scored this way). :func:`write_first_run` scores a set the same way and writes
its whole first run next to it (round 21's blind sets' ``work/score.py``).

A first run is a record: once ``FOLDER/first_run.json`` exists, ``--score-only`` prints today's scores and leaves it
as it is, and :func:`write_first_run` refuses to write. To score a recorded set with other code, score a copy
(``tests/realworld/pools/r23/work/set_runs.sh`` copies the set and removes the copy's record first).

Usage::

    .venv/bin/python scripts/add_realworld_set.py FOLDER --set K
    .venv/bin/python scripts/add_realworld_set.py FOLDER --set R21BLIND --score-only
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

from analysis.realworld import prepare_set, realworld_scores, run_pipeline, write_set

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"


def score_alone(corpus_dir: Path, set_dir: Path, rows: pd.DataFrame, gold: dict[str, pd.DataFrame],
                errors: bool = False) -> tuple[dict, dict[str, pd.DataFrame]]:
    """Run the pipeline on the set alone (with the splits its councils would have in the corpus) and score it
    against its gold: ``realworld_scores``'s result and the pipeline's tables. The corpus is only read."""
    with tempfile.TemporaryDirectory(prefix="cm-newset-") as tmp:
        alone = Path(tmp) / "corpus"
        (alone / "raw").mkdir(parents=True)
        for name in ("figures_gold.csv", "themes_gold.csv"):
            pd.read_csv(corpus_dir / name, dtype=str, keep_default_na=False).iloc[:0].to_csv(alone / name, index=False)
        pd.read_csv(corpus_dir / "raw" / "manifest.csv", dtype=str, keep_default_na=False).iloc[:0].to_csv(
            alone / "raw" / "manifest.csv", index=False)
        write_set(alone, set_dir, rows, gold)
        tables = run_pipeline(alone / "raw", Path(tmp) / "processed")
        return realworld_scores(alone, tables, errors=errors), tables


#: the columns of a set's ``first_run_scores.txt`` (round 21's blind sets)
FIRST_RUN_METRICS = ["documents", "councils", "figures_gold", "figures_pred", "precision", "recall", "f1", "indicator",
                     "indicator_id", "indicator_id_gold", "passages", "theme_topics_table", "theme_isolated", "topic_nmi"]


def first_run_text(scores: dict, label: str, src: str, commit: str) -> str:
    """The text of a set's ``first_run_scores.txt``: a header line (the set, the code's ``src`` and the worktree's
    ``commit``), then the scores of each split with documents (``FIRST_RUN_METRICS``, 3 decimals)."""
    table = pd.DataFrame(scores).T[FIRST_RUN_METRICS].round(3)
    table = table[table["documents"] > 0]  # an empty split (e.g. the test split when every council is dev) is left out
    return (f"{label} first run: the set scored on its own (as scripts/add_realworld_set.py step 2), {src}, "
            f"worktree commit {commit}\n\n" + table.to_string() + "\n")


def write_first_run(corpus_dir: Path, set_dir: Path, name: str, src: str, label: str | None = None) -> str:
    """Score a set on its own (:func:`score_alone`, appending nothing) and write its first run next to it:
    ``first_run.json``, ``first_run_scores.txt`` (:func:`first_run_text`; ``label`` defaults to the folder's name),
    ``first_run_errors.txt`` (missed, extra and wrong-indicator figures and wrong themes) and ``work/first_run/``
    (the pipeline's figures and topics tables). Returns the scores text (round 21's blind sets' ``work/score.py``).
    Raises :class:`FileExistsError` when the set already has a ``first_run.json``: a first run is written once."""
    if (set_dir / "first_run.json").exists():
        raise FileExistsError(f"{set_dir / 'first_run.json'}: the set's first run is already recorded; score a copy "
                              "of the set without it (tests/realworld/pools/r23/work/set_runs.sh) instead")
    rows, gold = prepare_set(corpus_dir, set_dir, name)
    result, tables = score_alone(corpus_dir, set_dir, rows, gold, errors=True)
    scores = result["scores"]
    out = set_dir / "work" / "first_run"
    out.mkdir(exist_ok=True)
    tables["figures"].to_csv(out / "figures.csv", index=False, lineterminator="\n")
    tables["topics"].to_csv(out / "topics.csv", index=False, lineterminator="\n")
    (set_dir / "first_run.json").write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    commit = subprocess.run(["git", "-C", str(set_dir), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    text = first_run_text(scores, label or set_dir.name, src, commit)
    (set_dir / "first_run_scores.txt").write_text(text, encoding="utf-8")
    with pd.option_context("display.max_colwidth", 90, "display.width", 250, "display.max_rows", 500):
        errs = "\n\n".join(f"== {k} ({len(v)})\n{v.to_string()}" for k, v in result["errors"].items())
    (set_dir / "first_run_errors.txt").write_text(errs + "\n", encoding="utf-8")
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", help="the set's folder (raw/, manifest.csv, figures_gold.csv, themes_gold.csv)")
    ap.add_argument("--set", required=True, help="the set's name, e.g. K (manifest column set)")
    ap.add_argument("--corpus", default=str(RW), help="the real-minutes corpus (default tests/realworld)")
    ap.add_argument("--score-only", action="store_true",
                    help="score the set on its own and write FOLDER/first_run.json unless it exists; append nothing")
    args = ap.parse_args(argv)
    corpus_dir, set_dir = Path(args.corpus), Path(args.folder)
    try:
        rows, gold = prepare_set(corpus_dir, set_dir, args.set)
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    scores = score_alone(corpus_dir, set_dir, rows, gold)[0]["scores"]
    print(pd.DataFrame(scores).T.round(3).to_string())
    if args.score_only:
        out = set_dir / "first_run.json"
        if out.exists():
            print(f"scored {len(rows)} excerpts as set {args.set} on their own; {out} already holds the set's first "
                  "run and is left as it is (the scores above are today's code's)")
            return 0
        out.write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"scored {len(rows)} excerpts as set {args.set} on their own; scores in {out}; nothing appended")
        return 0
    write_set(corpus_dir, set_dir, rows, gold)
    out = corpus_dir / f"first_run_{args.set.lower()}.json"
    out.write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    notes = set_dir / "NOTES.md"
    if notes.exists():
        shutil.copyfile(notes, corpus_dir / "notes" / f"set_{args.set.lower()}.md")
    print(f"added {len(rows)} excerpts as set {args.set}; first run in {out}; now rebuild "
          "data/themes_training.csv (scripts/build_theme_training.py)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
