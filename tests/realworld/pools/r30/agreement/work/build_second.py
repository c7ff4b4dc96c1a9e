"""Build the second annotator's figures CSV from rows located by a unique context string.

Each row: (doc, ctx, surface, value, value_max, unit, indicator_id, indicator); `ctx` is a unique
substring of the raw text that contains `surface` once; the span is where `surface` sits inside `ctx`
(placed by scripts/blindtools.py's place_span, which refuses an ambiguous or in-a-longer-number placement).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[6] / "scripts"))
import blindtools  # noqa: E402

HEAD = blindtools.FIGURE_COLUMNS


def build(setdir: Path, rows: list[tuple], out: Path) -> None:
    """Locate each row in its raw file and write the figures CSV (fails loudly on ambiguity)."""
    blindtools.build_second(setdir, rows, out)
