"""The speed paths of the number scan (:mod:`analysis.figures.kinds`, round 7) give what the plain
code gives: each is compared with the code it stands for, on council-style texts and awkward strings."""

from __future__ import annotations

import random
import re

import pytest

from analysis.figures import grammar, kinds, load_rules

TEXTS = [
    "Years 10 and 11: 45 pupils.",
    "Costs rose from £4500 to £6500 in 6-8 weeks.",
    "The number of children in need had risen to 3700 by 2024.",
    "Apologies for absence were received from 2 Members. Item 6 (page 39) noted 68% and 1 in 5.",
    "In the next three to four months, 12 children aged 16-18 were placed; 2 against, 1 abstention.",
    "",
    "No numbers here at all.",
]

#: pieces of generated text: number words (any case, glued to digits, "_" and letters not ASCII),
#: digits, currency signs, punctuation and spaces of several kinds
_PIECES = ["one", "One", "SEVEN", "twelve", "sixteen", "sixty", "sixth", "six", "ninety", "first", "a dozen",
           "hundred", "zero", "someone", "tens", "often", "2", "45", "2023", "1,250", "3.5", "$", "£", "€",
           "_", "é", "İ", "ſix", "٣", "-", ".", ",", "(", ")", "/", ":", "%", "'", " ", " ", "  ", "\n", "\t",
           "\u00a0", "\u2009", "x", "Q", "the", "and", "to"]


def _generated(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 14))) for _ in range(n)]


def _number_words_by_split(text: str) -> list[tuple[int, int]]:
    """number_words as it was written before (round 6): the words of ``split()`` among the candidates."""
    b = text.encode("ascii", "replace").translate(bytes(
        c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256)))
    present = grammar._CANDIDATE_BYTES.intersection(b.split())
    n = len(b)
    out = []
    for w in present:
        i = b.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or b[i - 1] == 32) and (j == n or b[j] == 32) and (
                    i == 0 or not grammar._is_word_char(text[i - 1])) and (j == n or not grammar._is_word_char(text[j])):
                out.append((i, j))
            i = b.find(w, j)
    return sorted(out)


@pytest.mark.parametrize("seed", range(4))
def test_number_words_by_token_pattern(seed: int) -> None:
    """The token pattern finds the words the split found, and the word candidates of CANDIDATE_RE."""
    for text in _generated(400, seed) + TEXTS:
        expected = [m.span() for m in grammar.CANDIDATE_RE.finditer(text) if text[m.start()].isalpha()]
        assert grammar.number_words(text) == expected == _number_words_by_split(text), text
        words_by_split = not grammar._CANDIDATE_BYTES.isdisjoint(
            text.lower().encode("ascii", "replace").translate(grammar._LETTERS_ONLY).split())
        assert grammar.may_have_number_words(text) == words_by_split, text


@pytest.mark.parametrize("seed", range(4))
def test_next_digit_run_is_the_regex_search(seed: int) -> None:
    """In ASCII text without "$", the runs of digits found with bytes.find are the regex's, from every position."""
    texts = [t for t in _generated(300, seed) + TEXTS if t.isascii() and "$" not in t]
    assert len(texts) > 50
    for text in texts:
        b = grammar._letters_digits(text)
        for pos in range(len(text) + 1):
            m = grammar._DIGIT_RUN_ASCII.search(text, pos)
            assert grammar._next_digit_run(b, pos) == (m.span() if m else (-1, -1)), (text, pos)
            m = grammar._DIGIT_RUN.search(text, pos)
            assert grammar._next_digit_run(b, pos) == (m.span() if m else (-1, -1)), (text, pos)


#: numbers next to what the other alternatives of the master expression need after their digits
_NUMBER_PIECES = ["5", "12", "2023", "45.", "45.5", "3.", "07", "1 in", "7 out of 10", " pm", " p.m.", "am", " a.",
                  " May", " Mar", " March", " Ma", " Members", " mb", " MB", " Gb", " kb", " km", " / ", "/24", " -",
                  "-26", " –", "–", "-week", "th", "st", "s", ":30", ".30", "%", " per cent", " and", " of", " to 8",
                  "\u2003", "\u00a0", ". The", ".\n", "\n", "٣", "£", "(", ")", ",", "1,250"]


@pytest.mark.parametrize("seed", range(4))
def test_numeral_alternative_alone_where_the_others_cannot_match(seed: int, monkeypatch) -> None:
    """The expressions found with the numeral alternative alone where the others need what does not
    follow (a space not before a month, time, ratio, size or range; a "." no digit follows) are those
    the whole master expression finds."""
    rnd = random.Random(seed)
    texts = ["".join(rnd.choice(_NUMBER_PIECES + _PIECES) for _ in range(rnd.randint(1, 16))) for _ in range(600)]
    texts += TEXTS + ["Meeting 5 May at 7 pm: 1 in 5, 2023 / 24, 5 MB, 45. The 12 members and 3 out of 10."]
    rules = load_rules()
    fast = [list(grammar.expressions(t, rules)) for t in texts]
    monkeypatch.setattr(grammar, "_MASTER_NUM", grammar._MASTER_DIGIT)  # (the whole master expression at every digit)
    assert [list(grammar.expressions(t, rules)) for t in texts] == fast


@pytest.mark.parametrize("seed", range(2))
def test_scan_values_are_values_of(seed: int) -> None:
    """The values scan gives a numeral of digits alone (without values_of) are values_of's."""
    rnd = random.Random(seed)
    texts = ["".join(rnd.choice(_NUMBER_PIECES + _PIECES) for _ in range(rnd.randint(1, 16))) for _ in range(300)]
    rules = load_rules()
    n = 0
    for text in texts + TEXTS:
        for h in kinds.scan(text, rules):
            assert h.values == grammar.values_of(h.group, text[h.start:h.end], h.kind), text
            n += h.group == "num"
    assert n > 100
