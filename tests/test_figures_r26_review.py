"""Round 26 (r26review): faults found reviewing round 26's merged code (`tests/realworld/notes/r26_r26review.md`).

Each text is written here (general English shapes), not quoted from a page.
"""

from __future__ import annotations

import pytest

from analysis import figures


def _rows(text: str) -> list[tuple[str, float]]:
    f = figures.extract_figures(text)
    for s, e, surface in zip(f["start"], f["end"], f["surface"]):
        assert text[int(s):int(e)] == surface
    return [(str(s), float(v)) for s, v in zip(f["surface"], f["value"])]


# 1. r26recall's minus sign: a year after a word and a spaced dash is a date's dash, not a value with its sign (the
#    year stayed a date before the sign was read; signed, it became a figure of -2024).
@pytest.mark.parametrize("text", ["The budget for April -2024 was set.", "The plan runs from Summer -2025 onwards."])
def test_a_year_after_a_dash_takes_no_sign(text: str) -> None:
    assert all(v > 0 for _, v in _rows(text))
    assert not any(s.startswith("-") for s, _ in _rows(text))


# ... while a signed value keeps its sign.
@pytest.mark.parametrize("text, surface, value", [
    ("The forecast variance is -1,200 against budget.", "-1,200", -1200.0),
    ("The change was -2.7% in the year.", "-2.7%", -2.7),
    ("A fall in pupils (-27) was seen.", "-27", -27.0),
])
def test_a_signed_value_keeps_its_sign(text: str, surface: str, value: float) -> None:
    assert (surface, value) in _rows(text)
