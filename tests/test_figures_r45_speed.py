"""Round 45 (r45speed): the figures stage's whole-document scans of a council's minutes (the area words a document
writes: :func:`analysis.figures.area.area_names`, ``lower_case_words``, ``inside_capitalised_words``) and
:func:`analysis.figures.grammar.fold` are faster and give exactly what they gave before: each is checked here against
round 44's formula, on texts made to hit the edges (a document's first character, quotes and hyphens before a word,
the letters a case-insensitive pattern folds to ASCII: "İ", "ı", "ſ" and the Kelvin sign)."""

from __future__ import annotations

import random
import re

import pytest

from analysis.figures import area
from analysis.figures.grammar import _FOLD_I_DOT, _FOLD_I_DOTLESS, _FOLD_LONG_S, _FOLD_TO_ASCII, fold
from analysis.figures.reference import document_ref
from analysis.figures.rules import load_rules

#: pieces the random texts are made of: area nouns after compass words and names, compass parts, words a
#: case-insensitive pattern matches only through a folded letter, quotes, hyphens, digits and line breaks
_PIECES = ["the North locality", "Carlisle district", "the south-west area", "the East team", "the Family Hub",
           "in the south of the county", "across the north of Lancashire", "WITHIN THE FAR EAST OF THE BOROUGH",
           "begin the west of Kent", "xin the north of the city", "diſtrict", "the North diſtrict", "İn the ſouth of the county",
           "the ward\u212a", "Sandra Ward said", "Carlisle District Council", "the Barrow area", "areas", "area-wide",
           "team’s", "children’s", "o'clock", "well-being", "pre_school", "café", "£2.3m", "45%", "Rates in Barrow",
           "and Copeland", "As at March", "\n\n", "\n", ", ", ". ", " ", "  ", "-", "’", "'", "(", ")", "in", "the", "of"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", "  ", "\n"]) for _ in range(rng.randint(1, 400)))
            for _ in range(n)]


_EDGE_TEXTS = ["", "a", "A", "ab", "In Fostering, 45 children. The fostering service's carers; Preston.",
               "There are 45. Rates in Barrow and Copeland rose. As at the end of March, Barrow had 12.",
               "word", "'word", "-word", "_word", "9word", "word-", "word_", "word9", "word'", "word’s", "a Bc", "a BC",
               "x Ab’s", "é Ab", "é ab", "a\tAb", "a  Ab", "İstanbul and ıs ſo", "ſtrict \u212aent"]


def test_fold_skips_the_translation_only_where_it_changes_nothing():
    # the three characters it tests are the three it translates
    assert {ord(c) for c in (_FOLD_I_DOT, _FOLD_I_DOTLESS, _FOLD_LONG_S)} == set(_FOLD_TO_ASCII)
    for t in _EDGE_TEXTS + _texts(30, 1) + ["£4m ’", "İ", "ı", "ſ", "\u212a", "Beſt £ İtem", "ÉCOLE"]:
        assert fold(t) == t.translate(_FOLD_TO_ASCII).lower(), t


def test_document_word_sets_as_round_44s_patterns():
    lower = re.compile(r"(?<![\w'’-])[a-z]+(?![\w-])")
    inside = re.compile(r"(?<=[a-z] )[A-Z][a-z][\w'’]*")
    for t in _EDGE_TEXTS + _texts(60, 2):
        assert area.lower_case_words(t) == frozenset(lower.findall(t)), t
        assert area.inside_capitalised_words(t) == frozenset(w.lower() for w in inside.findall(t)), t


def _phrases_scanned_everywhere(monkeypatch, text, lo, hi, doc, rules):
    """Round 44's :func:`area._area_phrases`: its patterns tried at every character of the stretch."""
    with monkeypatch.context() as m:
        m.setattr(area, "_LONG_WINDOW", 10 ** 12)
        return area._area_phrases(text, lo, hi, doc, rules)


@pytest.mark.parametrize("seed", range(4))
def test_area_phrases_of_a_long_stretch_as_scanned_everywhere(monkeypatch, seed):
    rules = load_rules()
    doc = document_ref("Cumberland", None)
    for t in _texts(25, 10 + seed):
        doc_t = doc._replace(common=area.lower_case_words(t), inside=area.inside_capitalised_words(t))
        # a whole document, and stretches that start after a word's first letter (what is before them is read by the
        # patterns' look-behinds) and end inside a word
        for lo, hi in [(0, len(t)), (min(len(t), 7), len(t)), (min(len(t), 3), max(3, len(t) - 5))]:
            got = area._area_phrases(t, lo, hi, doc_t, rules)
            assert got == _phrases_scanned_everywhere(monkeypatch, t, lo, hi, doc_t, rules), (t, lo, hi)
        assert area.area_names(t, doc_t, rules) == frozenset(
            " ".join(area._normal(n)) for _, _, n in _phrases_scanned_everywhere(monkeypatch, t, 0, len(t), doc_t, rules)
            if not area._COMPASS_RE.fullmatch(n.replace("-", " ")))


def test_a_whole_document_is_scanned_from_its_words(monkeypatch):
    """A document's text (longer than a figure's window) takes the new path, and finds what the old one found."""
    rules = load_rules()
    doc = document_ref("Cumberland", None)
    text = ("Cases in the Carlisle locality rose, and in the south of the county; the Barrow area (İn the ſouth of the "
            "borough) and within the far north of Cumbria. ") * 20
    assert len(text) >= area._LONG_WINDOW and area._folded_window(text, 0, len(text)) is not None
    calls = []
    real = area._matches_from
    monkeypatch.setattr(area, "_matches_from", lambda *a: calls.append(a[0]) or real(*a))
    got = area._area_phrases(text, 0, len(text), doc, rules)
    assert len(calls) == 2  # the nouns' pattern and the compass parts'
    monkeypatch.setattr(area, "_matches_from", real)
    assert got == _phrases_scanned_everywhere(monkeypatch, text, 0, len(text), doc, rules)
    assert {n for _, _, n in got} >= {"Carlisle", "county", "borough"}
    # a short stretch (a figure's clause) is scanned as before
    assert area._folded_window(text, 0, 200) is None


def test_compass_part_opening_is_the_patterns():
    """The opening words looked for in the folded text are the compass part's (one list for both)."""
    assert area._PART_PREPOSITIONS in area._COMPASS_PART.pattern
    assert area._COMPASS_PART_OPENING.pattern.startswith(area._PART_PREPOSITIONS)
    assert not area._COMPASS_PART_OPENING.flags & re.IGNORECASE  # (it reads folded text: lower case)
