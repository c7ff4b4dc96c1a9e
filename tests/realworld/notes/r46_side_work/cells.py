"""(r46side) Every cell that differs between two measure.sh runs' figures tables of the 34 open sets (notes/r46_side.md):
one line per cell (set, figure_id, column, before, after), then the count by column, and whether the topics tables are
byte-identical. Nothing of the package reads this.

Usage: python cells.py SETS_TXT BEFORE_RUN AFTER_RUN
"""

from __future__ import annotations

import filecmp
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from halves import sets_of  # noqa: E402


def main(sets_txt: str, before: str, after: str) -> None:
    by_column: Counter[str] = Counter()
    topics_same = 0
    sets = sets_of(sets_txt)
    for s in sets:
        name = s.rstrip("/").rsplit("/", 1)[1]
        b_dir, a_dir = Path(before, name, "work/first_run"), Path(after, name, "work/first_run")
        topics_same += filecmp.cmp(b_dir / "topics.csv", a_dir / "topics.csv", shallow=False)
        b = pd.read_csv(b_dir / "figures.csv", keep_default_na=False, dtype=str)
        a = pd.read_csv(a_dir / "figures.csv", keep_default_na=False, dtype=str)
        if list(b.columns) != list(a.columns) or list(b["figure_id"]) != list(a["figure_id"]):
            print("ROWS OR COLUMNS DIFFER", name)
            continue
        for col in b.columns:
            for i in (b[col] != a[col]).to_numpy().nonzero()[0]:
                by_column[col] += 1
                print(name, b["figure_id"].iat[i], col, repr(b[col].iat[i]), "->", repr(a[col].iat[i]), sep=" | ")
    print("cells by column:", dict(by_column))
    print(f"topics tables identical: {topics_same} of {len(sets)}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
