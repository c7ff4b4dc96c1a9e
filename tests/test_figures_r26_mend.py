"""Round 26 (r26mend): two faults round 26's review left (`tests/realworld/notes/r26_r26mend.md`).

Each text is written here (general English shapes), not quoted from a page.
"""

from __future__ import annotations

import pytest

from analysis import figures
from analysis.figures.extraction import extract


def _surfaces(text: str) -> list[str]:
    f = figures.extract_figures(text)
    for s, e, surface in zip(f["start"], f["end"], f["surface"]):
        assert text[int(s):int(e)] == surface
    return [str(s) for s in f["surface"]]


# 1. r26recall's minus sign after a word: the dash of an age limit after a stray space ("Post -16") is no sign; the age
#    limit is read as "Post-16" and "Post – 16" are (no figure), and after "under" the number keeps no sign.
@pytest.mark.parametrize("text, kind", [
    ("The Post -16 provision was reviewed.", "age"),
    ("Pre -16 pupils were offered places.", "age"),
    ("Post – 16 provision was reviewed.", "age"),
    ("Post-16 provision was reviewed.", "name"),
])
def test_an_age_limit_after_a_spaced_dash_is_no_figure(text: str, kind: str) -> None:
    assert _surfaces(text) == []
    _, n = extract(text)
    assert n["kind"].tolist() == [kind]


def test_a_number_after_under_and_a_spaced_dash_takes_no_sign() -> None:
    assert not any(s.startswith("-") for s in _surfaces("There are 40 children under -18 in care."))


@pytest.mark.parametrize("text, surface", [
    ("The forecast variance is -16 against budget.", "-16"),
    ("The change was -2.5% over the year.", "-2.5%"),
])
def test_a_signed_value_after_another_word_keeps_its_sign(text: str, surface: str) -> None:
    assert surface in _surfaces(text)


# 2. A vote's tally written "For N Against M Abstentions K": every count is a figure (tests/gold/README.md), none read
#    as a number inside a name ("Change 4 Life").
@pytest.mark.parametrize("text, counts", [
    ("The vote was For 6 Against 3 Abstentions 0.", ["6", "3", "0"]),
    ("RESOLVED (For 7 Against 2 Abstain 1) that the report be noted.", ["7", "2", "1"]),
    ("On being put to the vote: For 9 Against 4.", ["9", "4"]),
])
def test_the_counts_of_a_vote_tally_are_all_figures(text: str, counts: list[str]) -> None:
    assert _surfaces(text) == counts


def test_a_number_inside_a_name_is_still_no_figure() -> None:
    assert "4" not in _surfaces("The Change 4 Life campaign was discussed.")
