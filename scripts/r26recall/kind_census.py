"""Which non-figure kind each missed gold figure of the open blind sets (and dev) was given (round 26, r26recall).

For every raw text of the fourteen open blind sets (and the realworld ``dev`` split with ``--dev``), the numbers the
figure rules do not take as figures (:func:`analysis.figures.extraction.extract_numbers`, run on the whole raw text:
an approximation of the stage, which runs on cleaned segments) are matched by overlapping span to the gold figures the
run in RUN missed; and every number of a kind is counted against the gold (how many of that kind's numbers are gold
figures), so a kind rule that drops true figures shows.

Usage: ``PYTHONPATH=src .venv/bin/python scripts/r26recall/kind_census.py RUN [--kind procedure]``
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter, defaultdict
from pathlib import Path

from analysis.figures.extraction import extract_numbers

POOLS = Path(__file__).resolve().parents[2] / "tests" / "realworld" / "pools"
SETS = ["r21/r21blind", "r21/r21blind2", "r22/r22blindA", "r22/r22blindB", "r22/r22blindC", "r23/r23blindD",
        "r23/r23blindE", "r23/r23blindF", "r23/r23blindG", "r24/r24blindH", "r24/r24blindI", "r24/r24blindJ",
        "r25/r25blindK", "r25/r25blindL"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("run", type=Path)
    ap.add_argument("--kind", action="append", default=[])
    a = ap.parse_args()
    per_kind: Counter[str] = Counter()
    gold_kind: Counter[str] = Counter()
    councils: dict[str, set[str]] = defaultdict(set)
    for s in SETS:
        name = s.split("/")[1]
        man = {Path(r["file"]).stem: r["council"] for r in csv.DictReader(open(POOLS / s / "manifest.csv"))}
        gold: dict[str, list[dict]] = defaultdict(list)
        for r in csv.DictReader(open(POOLS / s / "figures_gold.csv")):
            gold[r["doc_id"]].append(r)
        for doc, council in sorted(man.items()):
            text = (POOLS / s / "raw" / f"{doc}.txt").read_text(encoding="utf-8")
            nums = extract_numbers(text)
            for _, n in nums.iterrows():
                k = str(n["kind"])
                per_kind[k] += 1
                hit = [g for g in gold[doc] if int(g["raw_start"]) < n["end"] and n["start"] < int(g["raw_end"])]
                if hit:
                    gold_kind[k] += 1
                    councils[k].add(council)
                if k in a.kind:
                    a_, b_ = int(n["start"]), int(n["end"])
                    ctx = " ".join((text[max(0, a_ - 70):a_] + "[[" + text[a_:b_] + "]]" + text[b_:b_ + 60]).split())
                    print(name, council[:22], "GOLD" if hit else "-", k, "|", ctx)
    print("kind, numbers of the kind, of them gold figures (councils)")
    for k, c in per_kind.most_common():
        print(f"{k:12} {c:5} {gold_kind[k]:4} ({len(councils[k])})")


if __name__ == "__main__":
    main()
