"""Round 20, the lead: a phrase read from a window of bounded length never starts inside a word.

Two phrase patterns take a lazy phrase of at most N characters left of their anchor ("..., totalling £X";
"... was <participle> by"). Searched without a word boundary, a subject longer than N characters began
mid-word ("ntly invited ..." from "subsequently invited ..."), as on a page of round 20's measure pool.
"""

from __future__ import annotations

import re

import pytest

from analysis.figures import phrase as P

_LONG_SUBJECT = "The school was subsequently invited to make representations to the forum about why their excess balances"


@pytest.mark.parametrize("before", [
    _LONG_SUBJECT + ", totalling ",
    "The trust was consequently asked to set out to the panel in writing the reasons why the surplus reserves, totalling ",
])
def test_totalling_phrase_starts_at_a_word(before: str) -> None:
    m = P._TOTALLING_LEFT.search(before, P._totalling_from(before))
    if m is not None:
        start = m.start(1)
        assert start == 0 or not before[start - 1].isalnum(), m.group(1)


def test_totalling_phrase_still_read_when_short() -> None:
    before = "The following additional savings, totalling "
    m = P._TOTALLING_LEFT.search(before, P._totalling_from(before))
    assert m is not None and m.group(1) == "The following additional savings"


def test_copula_participle_subject_starts_at_a_word() -> None:
    left = ("Children and young people supported by the council's independent travel training scheme were "
            "reported by ")
    m = P._COPULA_PARTICIPLE.search(left)
    assert m is not None
    assert m.start(1) == 0 or not left[m.start(1) - 1].isalnum(), m.group(1)
    assert re.match(r"[A-Za-z]", m.group(1))


@pytest.mark.parametrize("left", ["000", "2015:", "~", "+"])
def test_a_subject_with_no_word_is_no_subject(left: str) -> None:
    # the zero cells of a flattened table row before its total, a year, a sign: none names a measure
    assert P.subject(left) == ""


def test_a_subject_with_words_is_kept() -> None:
    assert P.subject("The number of children in care") != ""
