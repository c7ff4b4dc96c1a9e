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


# 2. r26prec's agenda item numbers against r26recall's procedure counts: a count opening a sentence as the subject of
#    its verb, in a document that numbers its items, is a count (members voting are figures by tests/gold/README.md),
#    not an item's number; an item's title (a noun phrase) still is.
_ITEMS = "1 Apologies for Absence\nNone were received.\n2 Minutes of the last meeting\nAgreed. "


@pytest.mark.parametrize("sentence, surface", [
    ("3 Members asked about the plan.", "3"),
    ("9 Members voted For and 2 Against.", "9"),
    ("15 Secondary Headteachers responded to the survey.", "15"),
    ("4 Questions were received from the public.", "4"),
])
def test_a_count_opening_a_sentence_among_item_numbers_is_a_figure(sentence: str, surface: str) -> None:
    assert surface in [s for s, _ in _rows(_ITEMS + sentence)]


@pytest.mark.parametrize("sentence", ["3 Declaration of Interests\nNone.", "3 Unmet need in the area\nNoted."])
def test_an_item_number_among_item_numbers_is_no_figure(sentence: str) -> None:
    assert "3" not in [s for s, _ in _rows(_ITEMS + sentence)]


# 3. r26prec's heading in capitals: a count in running text, after a word in lower case, before what it counts in
#    capitals keeps its count; a number after a time or inside a name in capitals is still no figure.
@pytest.mark.parametrize("text", ["The council runs 3 CHILDREN'S CENTRES\nacross the county.",
                                  "In total 3 ACADEMY TRUSTS\nwere approached."])
def test_a_count_before_capitals_after_a_lower_case_word_is_a_figure(text: str) -> None:
    assert "3" in [s for s, _ in _rows(text)]


@pytest.mark.parametrize("text", ["MONDAY 4 MAY AT 2.00 P.M. 3\n\nCOUNTY COUNCIL REVENUE BUDGET MONITOR",
                                  "Pupils visit THE INSPIRE 2 LEARN CENTRE"])
def test_a_number_before_a_heading_in_capitals_is_no_figure(text: str) -> None:
    assert "3" not in [s for s, _ in _rows(text)] and "2" not in [s for s, _ in _rows(text)]
