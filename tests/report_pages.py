"""Helpers the report-page tests share (r33tidy; they were copied into each round's file): the tables of the tiny
corpus of test_compare written to a processed folder, a council's page and the comparison page rendered from them, one
section of a page."""

from __future__ import annotations

from pathlib import Path

from analysis import report
from test_compare import write_tiny


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
