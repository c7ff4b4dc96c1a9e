"""(r44review) The second reader's fixes to round 44's merged code.

* a table's cell alone on its line kept its minus sign only when fewer than 20 spaces stood before it on its line
  (:func:`analysis.figures.grammar.amount_alone_on_line` looked back 20 characters for the line's start): a page
  laid out in columns indents a cell further, and "-£158,562" then read as 158,562.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.figures import extract_figures


def figures(text: str) -> list[tuple[str, float]]:
    """(surface, value) of every figure of ``text``."""
    f = extract_figures(text)
    return [(s, v) for s, v in zip(f["surface"], f["value"]) if not pd.isna(v)]


@pytest.mark.parametrize("indent", [0, 8, 19, 20, 24, 60])
def test_a_signed_cell_alone_on_its_line_keeps_its_sign_however_far_it_is_indented(indent: int):
    text = f"The overall position was as follows:\n\nLess Payments Made\n\n{' ' * indent}-£158,562\n\nUnspent Balance\n"
    assert ("-£158,562", -158562.0) in figures(text)


def test_a_bullet_dash_at_any_indent_is_still_no_sign():
    text = "Savings proposed:\n" + " " * 30 + "-£13 million in 2025/26\n"
    assert ("£13 million", 13000000.0) in figures(text)
