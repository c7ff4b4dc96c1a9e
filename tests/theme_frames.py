"""Helpers shared by the theme tests: the shipped codebook and a one-document segments frame built in the test."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import topics as T

ROOT = Path(__file__).resolve().parents[1]


def shipped_codebook() -> T.Codebook:
    """The codebook in ``data/codebook.yml``."""
    return T.load_codebook(ROOT / "data" / "codebook.yml")


def segments_frame(rows: list[tuple[str, str | None, str]]) -> pd.DataFrame:
    """A segments table of one document ``d`` from ``(kind, heading, text)`` rows, in order."""
    return pd.DataFrame({"doc_id": ["d"] * len(rows), "seq": list(range(len(rows))),
                         "kind": [r[0] for r in rows], "heading": [r[1] for r in rows], "text": [r[2] for r in rows]})
