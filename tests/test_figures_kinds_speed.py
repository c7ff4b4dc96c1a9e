"""The speed paths of the number scan (:mod:`analysis.figures.kinds`, round 7) give what the plain
code gives: each is compared with the code it stands for, on council-style texts and awkward strings."""

from __future__ import annotations

import random
import re

import pytest

from analysis.figures import grammar, kinds, load_rules

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
