"""Helpers the figure-phrasing tests share: the one figure of a text with a given surface, the surfaces of its
figures, the kinds of its other numbers, the phrases and ids the figures stage gives a paper."""

from __future__ import annotations

import warnings
from pathlib import Path

from analysis.figures.extraction import extract, extract_figures, extract_numbers


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


def ids(text: str, context: str = "") -> dict[str, str | None]:
    """The indicator id of each figure of ``text`` (read with ``context`` before it), by its surface; None for none."""
    f, _ = extract(text, context=context)
    return {s: (i if isinstance(i, str) else None) for s, i in zip(f["surface"], f["indicator_id"])}


def kinds(text: str) -> dict[str, str]:
    """The kind of each non-figure number of ``text``, by its surface."""
    numbers = extract_numbers(text)
    return dict(zip(numbers["surface"], numbers["kind"]))


def stage_table(tmp_path: Path, text: str):
    """The ``figures`` table the clean and figures stages make of one paper whose text is ``text`` (what reaches
    across lines, paragraphs and segments, which ``extract_figures`` on one text does not show)."""
    from analysis import corpus, figures

    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    (raw / "paper_1.txt").write_text(text + "\n", encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,council,committee,meeting_date,title,source_url\npaper_1.txt,Test Council,,,,\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus.run(raw, tmp_path / "p")
        figs, _ = figures.run(raw, tmp_path / "p")
    return figs


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def stage_ids(tmp_path: Path, paragraphs: list[str]) -> dict[str, str | None]:
    """{surface: indicator_id} of the figures the clean and figures stages find in one paper whose paragraphs are
    ``paragraphs``."""
    figs = stage_table(tmp_path, "\n\n".join(paragraphs))
    return {s: _str_or_none(i) for s, i in zip(figs["surface"], figs["indicator_id"])}


def stage_phrases(tmp_path: Path, text: str) -> dict[str, tuple[str | None, str | None]]:
    """{surface: (indicator, indicator_id)} of the figures the clean and figures stages find in one paper ``text``."""
    figs = stage_table(tmp_path, text)
    return {s: (_str_or_none(i), _str_or_none(d)) for s, i, d in zip(figs["surface"], figs["indicator"], figs["indicator_id"])}


def stage_row(tmp_path: Path, text: str, surface: str):
    """(r31twins) The row of the one figure whose surface is ``surface`` in the ``figures`` table the stages make of one
    paper ``text`` (fails, listing the figures found, when there is none or more than one)."""
    figs = stage_table(tmp_path, text)
    rows = figs[figs["surface"] == surface]
    assert len(rows) == 1, figs[["surface", "indicator", "indicator_id"]].values.tolist()
    return rows.iloc[0]


def stage_phrase(tmp_path: Path, text: str, surface: str) -> str | None:
    """(r31twins) The indicator phrase of :func:`stage_row`'s figure (None for none)."""
    return _str_or_none(stage_row(tmp_path, text, surface)["indicator"])


def stage_inputs(tmp_path: Path, council: str, docs: dict[str, tuple[str, str]]):
    """(documents, segments, figures, numbers): the tables the corpus and figures stages make, as ``make`` runs them,
    of ``docs`` (``{file: (meeting date, text)}``, the date empty for an undated document) of ``council``, each a
    Corporate Parenting meeting: the compare stage's inputs but for the topics stage's."""
    from analysis import corpus, figures

    raw = tmp_path / "raw"
    raw.mkdir()
    lines = ["file,council,committee,meeting_date,source_url,title"]
    for name, (date, text) in docs.items():
        (raw / name).write_text(text, encoding="utf-8")
        lines.append(f"{name},{council},Corporate Parenting,{date},,")
    (raw / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        documents, segs = corpus.run(raw, tmp_path / "p")
        figs, nums = figures.run(raw, tmp_path / "p")
    return documents, segs, figs, nums


def compare_figure_table(tmp_path: Path, council: str, docs: dict[str, tuple[str, str]]):
    """The compare stage's figure table of ``docs`` (``{file: (meeting date, text)}``) of ``council``, through the
    corpus and figures stages as ``make`` runs them (:func:`stage_inputs`; every segment's theme and topic "x")."""
    import pandas as pd

    from analysis import compare

    documents, segs, figs, nums = stage_inputs(tmp_path, council, docs)
    themes = pd.DataFrame({"segment_id": segs["segment_id"], "theme": "x", "topic_label": "x"})
    return compare.figure_table(figs, themes, documents, nums)
