"""A helper the figure-phrasing tests share: the one figure of a text with a given surface."""

from __future__ import annotations

from analysis.figures.extraction import extract_figures


def one_figure(text: str, surface: str) -> dict:
    """The row of the single figure of ``text`` whose surface is ``surface`` (fails, listing the figures found,
    when there is none or more than one)."""
    f = extract_figures(text)
    rows = f[f["surface"] == surface]
    assert len(rows) == 1, (surface, f[["surface", "indicator", "indicator_id"]].values.tolist())
    return rows.iloc[0].to_dict()
