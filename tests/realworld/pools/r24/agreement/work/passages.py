"""Copy the passage-locating columns (doc_id, raw_start, raw_end, text) of a set's themes_gold.csv,
never its `theme` column, for the second annotator."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

here = Path(__file__).resolve().parent


def passages(setname: str) -> list[dict[str, str]]:
    """The first annotator's passages without their theme."""
    with (here.parents[1] / setname / "themes_gold.csv").open(encoding="utf-8") as fh:
        return [{k: r[k] for k in ("doc_id", "raw_start", "raw_end", "text")} for r in csv.DictReader(fh)]


if __name__ == "__main__":
    for i, p in enumerate(passages(sys.argv[1])):
        print(f"[{i}] {p['doc_id']} {p['raw_start']}-{p['raw_end']}: {p['text']}")
