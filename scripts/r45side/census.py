"""(r45side) Census of the budget-variance side (notes/r45_side.md): every money figure of ``budget_variance`` and
``high_needs_deficit`` of a run of the 34 open sets, with the side round 45's rule gives it (the run's ``side`` column
when it has one, else :func:`analysis.figures.side.side_of` on its sentence) beside round 44's proposal (the nearest side
word in the 60 characters before the value, else the 40 after, no clause), counted by alphabetical half of the sets'
councils. Nothing of the package reads this.

Usage: python scripts/r45side/census.py SETS_TXT RUN_DIR OUT_TXT
(RUN_DIR: a measure.sh run folder, <set>/work/first_run/figures.csv; OUT_TXT: one line per figure, to read by hand)
"""

from __future__ import annotations

import csv
import sys
from collections import Counter

import pandas as pd

from analysis.figures.rules import load_rules
from analysis.figures.side import SIDE_IDS, side_of


def _fixed(sentence: str, i: int, j: int, pattern) -> str | None:
    """Round 44's rule: the last side word in the 60 characters before, else the first in the 40 after."""
    last = None
    for m in pattern.finditer(sentence, max(0, i - 60), i):
        last = m.lastgroup
    if last is not None:
        return last
    m = pattern.search(sentence, j, min(len(sentence), j + 40))
    return m.lastgroup if m is not None else None


def main(sets_txt: str, run_dir: str, out_txt: str) -> None:
    rules = load_rules().sides
    sets = [line.strip() for line in open(sets_txt) if line.strip()]
    councils: set[str] = set()
    for s in sets:
        with open(s + "/manifest.csv", encoding="utf-8", newline="") as f:
            councils |= {r["council"] for r in csv.DictReader(f)}
    ordered = sorted(councils)
    half = {c: ("A" if i < len(ordered) // 2 else "B") for i, c in enumerate(ordered)}
    count: Counter[tuple[str, str, str]] = Counter()
    with open(out_txt, "w", encoding="utf-8") as out:
        for s in sets:
            name = s.rstrip("/").rsplit("/", 1)[1]
            f = pd.read_csv(f"{run_dir}/{name}/work/first_run/figures.csv", keep_default_na=False, dtype=str)
            for r in f[f["indicator_id"].isin(sorted(SIDE_IDS)) & (f["unit"] == "gbp")].itertuples():
                sentence, surface = str(r.sentence), str(r.surface)
                i = sentence.find(surface)
                j = i + len(surface)
                got = r.side if "side" in f.columns else side_of(sentence, i, j, 0, len(sentence), rules)
                got = got or "none"
                old = _fixed(sentence, i, j, rules.pattern) or "none"
                count[(half[r.council], r.indicator_id, got)] += 1
                print(half[r.council], name, r.figure_id, r.indicator_id, got, "r44:" + old, surface,
                      sentence[max(0, i - 90):j + 60].replace("\n", " "), sep=" | ", file=out)
    for k in sorted(count):
        print(*k, count[k])


if __name__ == "__main__":
    main(*sys.argv[1:4])
