"""Round 43, helper r43review: defects a second reader found in round 43's merges (tests/realworld/notes/r43_review.md).

* (r43values) "plus" after an amount of money and before things counted adds a cost, it bounds nothing: "£300,000
  plus staff costs", "£2.5m plus new homes bonus", "£1.2m plus children's centre funding" were read ``at_least``
  (the pattern "100 plus applications" is a count's); a count before a possessive ("100 plus children's places") is
  not the count of those things either.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.figures import extract_figures


def bounds(text: str) -> dict[str, str | None]:
    """{surface: bound} of every figure of ``text``."""
    f = extract_figures(text)
    return {s: (None if pd.isna(b) else b) for s, b in zip(f["surface"], f["bound"])}


# ---------------------------------------------------------------- 1. "plus" after money adds a cost

@pytest.mark.parametrize("text, surface", [
    ("The project will cost £300,000 plus staff costs.", "£300,000"),
    ("The grant is £50,000 plus schools contributions of £10,000.", "£50,000"),
    ("The budget is £2.5m plus new homes bonus.", "£2.5m"),
    ("Funding of £1.2m plus children's centre funding was agreed.", "£1.2m"),
])
def test_plus_after_an_amount_and_before_things_adds_them_and_bounds_nothing(text, surface):
    assert bounds(text)[surface] is None


@pytest.mark.parametrize("text, surface", [
    ("We received 100 plus applications.", "100"),
    ("The contract is worth £3m plus.", "£3m"),  # the clause ends: at least £3m
    ("There were 40+ young people at the event.", "40"),
])
def test_plus_after_a_count_or_at_a_clauses_end_is_still_at_least(text, surface):  # guard
    assert bounds(text)[surface] == "at_least"
