"""Helpers the report-page tests share (r33tidy; they were copied into each round's file): the tables of the tiny
corpus of test_compare written to a processed folder, a council's page and the comparison page rendered from them, one
section of a page."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import report
from test_compare import BETA, SPACING, _doc, _fig, _seg, _theme_shares, tiny_tables, write_tiny


def tables(tmp_path: Path, frames=None) -> report.Tables:
    """The report's tables of the tiny corpus (``frames``: test_compare's frames changed by a test; default its own)
    written to ``tmp_path/processed``."""
    write_tiny(tmp_path / "processed", frames)
    return report.load_tables(tmp_path / "processed")


def council(tables: report.Tables, slug: str) -> str:
    """The HTML of council ``slug``'s page."""
    view = report.council_view(tables, slug)
    return report.render_council(view, report.run_card(tables, view.documents, {}, 0.0))


def comparison(tables: report.Tables, view=None) -> str:
    """The HTML of the comparison page (of ``view`` when given, else of the tables' comparison view)."""
    view = report.comparison_view(tables) if view is None else view
    return report.render_comparison(view, report.run_card(tables, tables.documents, {}, 0.0))


def section(html: str, anchor: str) -> str:
    """The text of a page's ``<section id="anchor">``, up to its end."""
    part = html[html.index(f'<section id="{anchor}">'):]
    return part[:part.index("</section>")]


def with_undated(added: dict[str, tuple[str | None, str, str]]) -> dict[str, pd.DataFrame]:
    """The tiny corpus's frames with more undated documents of Beta, each giving one EHCP timeliness value
    (``added``: doc_id -> (title or None, its one sentence, the percentage's surface as in the sentence)); used by the
    round-33 tests of the undated values' item names (r33tidy, r33review)."""
    t = tiny_tables()
    start = SPACING  # (segment 0 of a document)
    docs = pd.DataFrame([_doc(d, BETA, "beta-borough-council", None, None, title) for d, (title, _, _) in added.items()])
    segs = pd.DataFrame([_seg(d, 0, text, start) for d, (_, text, _) in added.items()])
    figs = pd.DataFrame([_fig(d, 0, BETA, None, text, surface, float(surface[:-1]), "percent", "ehcp_timeliness",
                              None, "none") for d, (_, text, surface) in added.items()])
    topics = pd.DataFrame([{"doc_id": d, "segment_id": f"{d}:0000", "topic": 0, "topic_weight": 0.9,
                            "topic_label": "topic send", "theme": "send", "theme_terms": None, "raw_start": start,
                            "raw_end": start + len(text)} for d, (_, text, _) in added.items()])
    for name, extra in (("documents", docs), ("segments", segs), ("figures", figs), ("topics", topics)):
        t[name] = pd.concat([t[name], extra.astype(t[name].dtypes.to_dict())], ignore_index=True)
    t["theme_shares"] = _theme_shares(t["documents"], t["segments"], t["topics"])
    return t
