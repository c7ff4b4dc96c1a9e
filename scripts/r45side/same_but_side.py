"""(r45side) Whether two measure.sh runs' figures tables are the same but for the ``side`` column: each set's
figures.csv of RUN_AFTER with the column dropped, against RUN_BEFORE's, row for row and cell for cell (the CSV text as
written, read with the csv module); prints the sets that differ and the count of rows given each side.

Usage: python scripts/r45side/same_but_side.py SETS_TXT RUN_BEFORE RUN_AFTER
"""

from __future__ import annotations

import csv
import sys
from collections import Counter


def main(sets_txt: str, before: str, after: str) -> None:
    sets = [line.strip().rstrip("/").rsplit("/", 1)[1] for line in open(sets_txt) if line.strip()]
    differ, sides, rows = [], Counter(), 0
    for name in sets:
        with open(f"{before}/{name}/work/first_run/figures.csv", encoding="utf-8", newline="") as f:
            old = list(csv.reader(f))
        with open(f"{after}/{name}/work/first_run/figures.csv", encoding="utf-8", newline="") as f:
            new = list(csv.reader(f))
        at = new[0].index("side")
        dropped = [r[:at] + r[at + 1:] for r in new]
        if dropped != old:
            differ.append(name)
        rows += len(new) - 1
        sides.update(r[at] or "(null)" for r in new[1:])
    print(f"{len(sets)} sets, {rows} figure rows; differing with side dropped: {differ or 'none'}")
    print("side:", dict(sorted(sides.items())))


if __name__ == "__main__":
    main(*sys.argv[1:4])
