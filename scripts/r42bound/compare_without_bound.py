"""(r42bound) Check that the figures stage changed only by its new column: each set's figures.csv of RUN with the
``bound`` column dropped must be byte-identical to BASE's (the csv module re-writes both the same way; the topics
tables must be identical as they are), and count the figures of each bound.

usage: python scripts/r42bound/compare_without_bound.py RUNS/bound RUNS/base0 SET_NAME...
"""
from __future__ import annotations

import csv
import io
import sys
from collections import Counter
from pathlib import Path


def without(path: Path, column: str) -> str:
    """The CSV text of ``path`` without ``column``, rows as they are (fields re-quoted only where the csv module quotes:
    applied to both files, so equal files stay equal)."""
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    drop = rows[0].index(column) if column in rows[0] else None
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow([x for i, x in enumerate(r) if i != drop])
    return buf.getvalue()


def main(run: str, base: str, sets: list[str]) -> int:
    bad, kinds, n = 0, Counter(), 0
    for s in sets:
        a = Path(run) / s / "work/first_run"
        b = Path(base) / s / "work/first_run"
        if without(a / "figures.csv", "bound") != without(b / "figures.csv", "bound"):
            print(f"DIFF {s} figures (other than bound)"); bad += 1
        if (a / "topics.csv").read_bytes() != (b / "topics.csv").read_bytes():
            print(f"DIFF {s} topics"); bad += 1
        for r in csv.DictReader((a / "figures.csv").open(encoding="utf-8", newline="")):
            n += 1
            kinds[r["bound"] or "(none)"] += 1
    print(f"{len(sets)} sets, {n} figures; tables differing apart from bound: {bad}")
    for k, c in kinds.most_common():
        print(f"  {k:10s} {c}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
