"""Round 28 (r28fuzz): odd but valid minutes text never gives a figure without a finite value (found by the seeded
fuzzer ``scripts/r28fuzz/fuzz.py``; a NaN value stops the figures stage with a schema error, an infinite one is no
figure a council reports)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import clean
from analysis.figures import extract_figures, extract_numbers, figures_from_segments
from analysis.schemas import check_table


def _stage(text: str) -> pd.DataFrame:
    segs = clean.segment_text("d1", text)
    docs = pd.DataFrame({"doc_id": ["d1"], "council": ["X"], "meeting_date": [None], "title": [None],
                         "committee": [None]})
    f, n = figures_from_segments(segs, {"d1": text}, docs)
    check_table("numbers", n)
    return check_table("figures", f)


# a written zero denominator: the ratio "one in zero" had no value (the lead's c6d8371e closed "in 0" of digits only)
ZERO_WORD = [
    "Around one in zero children were affected.",
    "Two out of zero schools replied.",
    "Three out of Zero pupils were excluded.",
    "one in zero to 0% years",
]
# a numeral past a float's range: its value was infinite
HUGE = [
    "There were " + "1" * 400 + " children in need.",
    "The overspend was £" + "9" * 300 + "bn.",
    "(0) " + "1" * 400,
    "The overspend was £1" + "0" * 306 + "bn.",
]


@pytest.mark.parametrize("text", ZERO_WORD + HUGE)
def test_every_figure_has_a_finite_value(text: str) -> None:
    figs = extract_figures(text)
    assert all(math.isfinite(v) for v in figs["value"]), figs[["surface", "value"]]
    assert all(v is None or not math.isinf(v) for v in figs["value_max"]), figs[["surface", "value_max"]]
    for s, e, surface in zip(figs["start"], figs["end"], figs["surface"]):
        assert text[s:e] == surface
    extract_numbers(text)  # (no error)


@pytest.mark.parametrize("text", ZERO_WORD + HUGE)
def test_the_stage_takes_odd_text(text: str) -> None:
    f = _stage(text + "\n")
    assert all(math.isfinite(v) for v in f["value"])


@pytest.mark.parametrize("text, surface, value", [
    # guards: ratios with a written denominator, and big but finite amounts, are kept as they were
    ("one in ten care leavers was NEET.", "one in ten", 10.0),
    ("Four out of five schools were judged good.", "Four out of five", 80.0),
    ("1 in 20 children were affected.", "1 in 20", 20.0),  # (an odds reading: one in every 20)
    ("The Government announced an additional £700m.", "£700m", 700000000.0),
    ("The national debt was £2,000,000,000,000.", "£2,000,000,000,000", 2e12),
    ("There were 1" + "0" * 300 + " children.", "1" + "0" * 300, 1e300),
])
def test_finite_figures_are_kept(text: str, surface: str, value: float) -> None:
    figs = extract_figures(text)
    row = figs[figs["surface"] == surface]
    assert len(row) == 1 and row["value"].iloc[0] == pytest.approx(value)
