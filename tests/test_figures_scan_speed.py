"""The speed paths of the number scan and the stage give the same answers as the plain patterns
they stand for (speed round 5): each cheap path is compared with the regex or code it replaces."""

from __future__ import annotations

import pytest

from analysis.figures import grammar

_TRICKY = [
    "One of seven, not someone nor 2one; Twelve_ or ELEVEN.",
    "éone oneé one", "ſix six İone oneİ", "x\u00a0three\u2009four", "Kelvin \u212aten ten",
    "ONE1 one_ _one", "a hundred and fifty-five", "twenty-one, twentyone", "SIXTEEN sixteenth sixty-six",
    "first/second third-quarter fourth.", "zero-based, a dozen", "", "   ", "no number words at all",
    "Ninety9 ninety 9", "tenth ten tenths", "one£5 two$ three€", "(one) [two] {three}",
]


@pytest.mark.parametrize("text", _TRICKY)
def test_number_words_are_the_word_candidates(text: str) -> None:
    expected = [m.span() for m in grammar.CANDIDATE_RE.finditer(text) if text[m.start()].isalpha()]
    assert grammar.number_words(text) == expected


@pytest.mark.parametrize("text", _TRICKY + ["Spend was £4.5m in 2023/24, one in five", "7 out of ten 8"])
def test_has_candidate_is_the_candidate_search(text: str) -> None:
    assert grammar.has_candidate(text) == (grammar.CANDIDATE_RE.search(text) is not None)
