"""Build the second annotator's figures CSV from rows located by a unique context string.

Each row: (doc, ctx, surface, value, value_max, unit, indicator_id, indicator); `ctx` is a unique
substring of the raw text that contains `surface`; the span is where `surface` sits inside `ctx`.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

HEAD = ["doc_id", "surface", "raw_start", "raw_end", "value", "value_max", "unit", "indicator_id", "indicator"]


def build(setdir: Path, rows: list[tuple], out: Path) -> None:
    """Locate each row in its raw file and write the figures CSV (fails loudly on ambiguity)."""
    recs = []
    for doc, ctx, surface, value, vmax, unit, iid, ind in rows:
        text = (setdir / "raw" / f"{doc}.txt").read_text(encoding="utf-8")
        n = text.count(ctx)
        if n != 1:
            sys.exit(f"{doc}: context {ctx!r} found {n} times")
        i = text.find(ctx) + ctx.find(surface)
        assert ctx.find(surface) >= 0, (doc, ctx, surface)
        assert text[i:i + len(surface)] == surface
        recs.append([doc, surface, i, i + len(surface), value, vmax, unit, iid, ind])
    recs.sort(key=lambda r: (r[0], r[2]))
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEAD)
        w.writerows(recs)
    print(out, len(recs))
