"""Helpers the figure-phrasing tests share: the one figure of a text with a given surface, the surfaces of its
figures, the kinds of its other numbers, the ids the figures stage gives a paper of paragraphs."""

from __future__ import annotations

import warnings
from pathlib import Path

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


def stage_ids(tmp_path: Path, paragraphs: list[str]) -> dict[str, str | None]:
    """{surface: indicator_id} of the figures the clean and figures stages find in one paper whose paragraphs are
    ``paragraphs`` (what reaches across paragraphs and segments, which ``extract_figures`` on one text does not show)."""
    from analysis import corpus, figures

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "paper_1.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,council,committee,meeting_date,title,source_url\npaper_1.txt,Test Council,,,,\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus.run(raw, tmp_path / "p")
        figs, _ = figures.run(raw, tmp_path / "p")
    return {s: (i if isinstance(i, str) else None) for s, i in zip(figs["surface"], figs["indicator_id"])}
