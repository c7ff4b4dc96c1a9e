"""(r46side) Census of the variance side (notes/r46_side.md) on two measure.sh runs of the 34 open sets: the count of
money figures of ``budget_variance`` / ``high_needs_deficit`` by half, id and side in each run, and every row whose
``indicator_id``, ``is_change`` or ``side`` differs between them (the rows to judge by hand). With ``--fallback`` it also
lists, for each variance row the second run leaves without a side, the side round 45's "sentence-wide fallback" would
give (the nearest side word of the whole sentence, not denied: the last before the value, else the first after it), to
judge on half A only (its B count is not blind: round 45 read B's misses). Nothing of the package reads this.

Usage: python census.py SETS_TXT BEFORE_RUN AFTER_RUN OUT_TXT [--fallback]
(a run: a measure.sh folder, <set>/work/first_run/figures.csv; OUT_TXT: the lines to read by hand)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from halves import halves, sets_of  # noqa: E402

from analysis.figures.rules import load_rules  # noqa: E402
from analysis.figures.side import SIDE_IDS, _affirmed  # noqa: E402


def _table(run: str, name: str) -> pd.DataFrame:
    """One set's figures table of a run, every cell a string ("" for null)."""
    return pd.read_csv(f"{run}/{name}/work/first_run/figures.csv", keep_default_na=False, dtype=str)


def _variances(f: pd.DataFrame) -> pd.DataFrame:
    """The money of a variance id (the rows that take a side)."""
    return f[f["indicator_id"].isin(sorted(SIDE_IDS)) & (f["unit"] == "gbp")]


def sentence_wide(sentence: str, surface: str, pattern) -> str:
    """The sentence-wide fallback on one row: the last side word of the sentence before the value, else the first
    after it, each read as the rule reads it (a denied word passed over); "none" for none."""
    i = sentence.find(surface)
    if i < 0:
        return "none"
    last = None
    for m in pattern.finditer(sentence, 0, i):
        last = _affirmed(sentence, m, 0, len(sentence), pattern) or last
    if last is None:
        for m in pattern.finditer(sentence, i + len(surface)):
            last = _affirmed(sentence, m, 0, len(sentence), pattern)
            if last is not None:
                break
    return last.lastgroup if last is not None else "none"


def main(sets_txt: str, before: str, after: str, out_txt: str, fallback: bool) -> None:
    sets = sets_of(sets_txt)
    half = halves(sets)
    pattern = load_rules().sides.pattern
    count: Counter[tuple[str, str, str, str]] = Counter()
    with open(out_txt, "w", encoding="utf-8") as out:
        for s in sets:
            name = s.rstrip("/").rsplit("/", 1)[1]
            b, a = _table(before, name), _table(after, name)
            for tag, f in (("before", b), ("after", a)):
                for r in _variances(f).itertuples():
                    count[(tag, half[r.council], r.indicator_id, r.side or "none")] += 1
            cols = ["figure_id", "council", "surface", "indicator_id", "is_change", "side", "sentence"]
            m = b[cols].merge(a[cols], on=["figure_id", "council", "surface", "sentence"], how="outer",
                              suffixes=("_b", "_a"), indicator="how")
            for r in m.itertuples():
                pair = [(r.indicator_id_b, r.indicator_id_a), (r.is_change_b, r.is_change_a), (r.side_b, r.side_a)]
                if r.how != "both" or any(x != y for x, y in pair):
                    print("CHANGED", half[r.council], name, r.figure_id, r.surface,
                          *(f"{x or '-'}->{y or '-'}" for x, y in pair), r.sentence.replace("\n", " "), sep=" | ",
                          file=out)
            if fallback:
                for r in _variances(a).itertuples():
                    if not r.side:
                        got = sentence_wide(r.sentence, r.surface, pattern)
                        print("FALLBACK", half[r.council], name, r.figure_id, r.surface, got,
                              r.sentence.replace("\n", " "), sep=" | ", file=out)
    for k in sorted(count):
        print(*k, count[k])


if __name__ == "__main__":
    main(*sys.argv[1:5], fallback="--fallback" in sys.argv[5:])
