"""Score the pipeline on the real-minutes corpus in tests/realworld (figures, indicators, themes, topics).

Runs the clean, figures and topics stages on ``tests/realworld/raw`` into a temporary folder (or
``--processed``), then scores each split (``dev``, ``test``) against the hand-annotated gold:

* figures: precision / recall / F1, ``indicator`` (extracted phrase names what is measured) and
  ``indicator_id`` (canonical id right where the gold has one), as ``evaluation.score_figures``;
* themes in the ``topics`` table: each gold passage is matched to the segment that overlaps its raw
  span most, and that segment's theme is compared with the gold theme;
* themes from ``topics.assign_themes`` on each gold passage's text on its own (isolated passages);
* topic NMI: normalised mutual information between the topic of each matched segment and the gold
  theme, over the whole corpus run together;
* (r39tools) the unit and range agreement of the matched figures (``analysis.evaluation.unit_range_agreement``):
  ``unit`` over ``units_matched``, ``range`` over ``ranges``, as ``scripts/blind_intervals.py`` prints them.

``--split dev`` scores and prints the ``dev`` split alone (the ``test`` split is frozen: printed once a round by the
lead; a helper tuning rules runs the script only with ``--split dev``). The pipeline still runs on the whole corpus,
so the topics (and the dev split's NMI) are those of the corpus run together.

Usage::

    .venv/bin/python scripts/score_realworld.py --split dev [--json out.json] [--errors] [--by-set]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

from analysis.realworld import SPLITS, realworld_scores, run_pipeline

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(RW), help="folder with raw/, manifest.csv and the gold tables")
    ap.add_argument("--processed", default=None, help="processed folder to write (default: a temporary one)")
    ap.add_argument("--json", default=None, help="write the scores here as JSON")
    ap.add_argument("--errors", action="store_true", help="print the dev split's figure and theme errors")
    ap.add_argument("--by-set", action="store_true", help="also score each gathering set (manifest column set) per split")
    ap.add_argument("--split", choices=(*SPLITS, "all"), action="append", default=None,
                    help="score and print only this split (repeatable; default: dev, test and all)")
    args = ap.parse_args(argv)
    splits = tuple(args.split) if args.split else (*SPLITS, "all")
    corpus_dir = Path(args.corpus)
    with tempfile.TemporaryDirectory(prefix="cm-realworld-") as tmp:
        processed = Path(args.processed) if args.processed else Path(tmp) / "processed"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tables = run_pipeline(corpus_dir / "raw", processed)
        result = realworld_scores(corpus_dir, tables, errors=args.errors, by_set=args.by_set, splits=splits)
    scores = result["scores"]
    print(pd.DataFrame(scores).T.round(3).to_string())
    if args.errors:
        for name, frame in result["errors"].items():
            print(f"\n== {name} ({len(frame)})")
            with pd.option_context("display.max_colwidth", 80, "display.width", 250, "display.max_rows", 500):
                print(frame.to_string(index=False))
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
