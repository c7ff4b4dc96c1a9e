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
``tests/realworld/pools/r21/r21blind``, was scored this way).

Usage::

    .venv/bin/python scripts/add_realworld_set.py FOLDER --set K
    .venv/bin/python scripts/add_realworld_set.py FOLDER --set R21BLIND --score-only
"""

from __future__ import annotations

import argparse
import json
import shutil
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", help="the set's folder (raw/, manifest.csv, figures_gold.csv, themes_gold.csv)")
    ap.add_argument("--set", required=True, help="the set's name, e.g. K (manifest column set)")
    ap.add_argument("--corpus", default=str(RW), help="the real-minutes corpus (default tests/realworld)")
    ap.add_argument("--score-only", action="store_true",
                    help="score the set on its own and write FOLDER/first_run.json; append nothing to the corpus")
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
