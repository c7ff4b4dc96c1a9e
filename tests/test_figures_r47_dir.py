"""(r47dir) The new level of "from A to B" has the change's direction (notes/r47_dir.md).

A sentence words a change once, before its first value: "The average cost of residential care had risen from £4500 to
£6500/£7000 per week" (the seed minutes' own example). Until round 47 the direction went to £4,500 (the earlier value,
a comparison point) and the new level £6,500-£7,000, the value the comparison page shows, had none. The new level now
takes the direction of the value it is changed from, when the two have the same unit and only "to" (and a short
stretch such as "in June last year") stands between them.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import clean, figures
from analysis.paths import DATA_DIR

DOCS = pd.DataFrame({"doc_id": ["d1"], "council": ["X"], "meeting_date": [None], "title": [None], "committee": [None]})


def _rows(text: str) -> list[tuple[str, str, object]]:
    """Each figure's (surface, direction, reference) of ``text`` read by the figures stage as one document."""
    f, _ = figures.figures_from_segments(clean.segment_text("d1", text), {"d1": text}, DOCS)
    return [(r.surface, r.direction, None if pd.isna(r.reference) else r.reference) for r in f.itertuples(index=False)]


@pytest.mark.parametrize("sentence, expected", [
    # the seed's sentence: the new level (a range) rose
    ("The average cost of residential care had risen from £4500 to £6500/£7000 per week, per child.\n",
     [("£4500", "up", "previous"), ("£6500/£7000", "up", None)]),
    # a stretch between A and "to", and a fall
    ("The number of children subject to a child protection plan has dropped from 150 in June last year to 98 this "
     "year.\n", [("150", "down", "previous"), ("98", "down", None)]),
    # "to" followed by a word of degree
    ("Spending on agency staff increased from £1.2m to just over £1.9m in the year.\n",
     [("£1.2m", "up", "previous"), ("£1.9m", "up", None)]),
])
def test_the_new_level_of_a_change_from_a_to_b_has_its_direction(sentence: str, expected: list) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize("sentence, surface, direction", [
    # B's own word wins ("falling" after 607 is the word nearest it: the rule only fills a direction that is missing)
    ("The numbers increased from 336 to 607, falling only in one year.\n", "607", "down"),
    # values of two units are not a change of one measure: "from two months to three years" is a range of times
    ("More families were waiting and investigations take from two months to three years.\n", "three years", "none"),
    # no "from" before A: two levels side by side
    ("Costs rose to £4,500 and £6,500 per week.\n", "£6,500", "none"),
])
def test_only_a_missing_direction_of_a_true_to_value_is_filled(sentence: str, surface: str, direction: str) -> None:
    assert {s: d for s, d, _ in _rows(sentence)}[surface] == direction


def test_the_seed_minutes_new_weekly_cost_rose() -> None:
    # what the comparison page shows as Warwickshire's latest weekly cost of a placement carries "direction: up"
    text = (DATA_DIR / "raw" / "000_bdfa054f286fb0d2.txt").read_text(encoding="utf-8")
    f, _ = figures.figures_from_segments(clean.segment_text("000", text), {"000": text},
                                         DOCS.assign(doc_id=["000"]))
    row = f[f["surface"] == "£6500/£7000"].iloc[0]
    assert (row["indicator_id"], row["direction"]) == ("placement_cost_weekly", "up")
    assert pd.isna(row["reference"])  # the council's own value, not a comparison point
