"""Helpers the figure-phrasing tests share: the one figure of a text with a given surface, the surfaces of its
figures, the kinds of its other numbers."""

from __future__ import annotations

from analysis.figures.extraction import extract_figures, extract_numbers


def one_figure(text: str, surface: str) -> dict:
    """The row of the single figure of ``text`` whose surface is ``surface`` (fails, listing the figures found,
    when there is none or more than one)."""
    f = extract_figures(text)
    rows = f[f["surface"] == surface]
    assert len(rows) == 1, (surface, f[["surface", "indicator", "indicator_id"]].values.tolist())
    return rows.iloc[0].to_dict()


def surfaces(text: str) -> list[str]:
    """The surfaces of the figures of ``text``, in order."""
    return list(extract_figures(text)["surface"])


def kinds(text: str) -> dict[str, str]:
    """The kind of each non-figure number of ``text``, by its surface."""
    numbers = extract_numbers(text)
    return dict(zip(numbers["surface"], numbers["kind"]))
