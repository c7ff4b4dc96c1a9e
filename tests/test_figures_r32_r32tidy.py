"""(r32tidy) Round 31's read-back leftovers, mended with behaviour unchanged.

1. The words of a change are written once, in :mod:`analysis.vocab` (``CHANGE_NOUNS``, ``CHANGE_VERBS``): the two
   lists of ``kinds_classify`` (``_AGE_RANGE_LEFT``'s count-change verbs, ``_CHANGE_WORDS``) and the three of the phrase
   parts (``phrase_np._CHANGE_NOUNS`` with ``phrase_cascade._CHANGE_FROM_END``'s plus, ``phrase_restated._CHANGE_NOUN_NEXT``,
   ``phrase_subject._RESTATED_CHANGE``) are built from it, each user's minus or plus written where it reads them. Each
   pattern is checked against its text at BASE 7a61b474: the same text, or the same text but for its list of words,
   whose words are the same set (every word of those lists is bounded by a word boundary or a space on both sides, so
   at most one of them can match at a place: the order of the alternatives changes nothing).
2. ``extraction._last_figure_unit`` is gone (only direct callers of ``extract_rows`` reached it): tested in
   ``tests/test_figures_r31_r31twins.py``; here, the default of ``before_unit``.
3. ``topics.declaration_line``'s one-sentence pattern is compiled once, at module level.
"""

from __future__ import annotations

import inspect

import pytest

from analysis import topics, vocab
from analysis.figures import extraction, kinds, kinds_classify, phrase, phrase_cascade, phrase_np, phrase_restated
from analysis.figures import phrase_subject

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _p


def _words(parsed) -> set[str]:
    """Every string a regex of literals, letter classes, groups, alternatives and "?" matches (a finite language)."""
    out = {""}
    for op, av in parsed:
        if op is _c.LITERAL:
            opts = {chr(av)}
        elif op is _c.IN:
            assert all(o is _c.LITERAL for o, _v in av), av
            opts = {chr(v) for _o, v in av}
        elif op is _c.BRANCH:
            opts = set().union(*(_words(b) for b in av[1]))
        elif op is _c.SUBPATTERN:
            opts = _words(av[-1])
        elif op is _c.MAX_REPEAT and av[:2] == (0, 1):
            opts = {""} | _words(av[2])
        else:
            raise AssertionError((op, av))
        out = {a + b for a in out for b in opts}
    return out


def words_of(fragment: str) -> set[str]:
    return _words(_p.parse(fragment))


def _same_but_words(old: str, new: str, head: str, tail: str) -> set[str]:
    """``old`` and ``new`` are ``head + words + tail`` with the same set of words; returns that set."""
    assert old.startswith(head) and new.startswith(head) and old.endswith(tail) and new.endswith(tail)
    old_words, new_words = words_of(old[len(head):len(old) - len(tail)]), words_of(new[len(head):len(new) - len(tail)])
    assert old_words == new_words, (old_words ^ new_words)
    return new_words


# the texts at BASE 7a61b474
_OLD_CHANGE_WORDS = (
    r"(?:improve(?:s|d|ment|ments)?|improving|progress(?:ed|ing)?|chang(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|"
    r"decreas(?:e|es|ed|ing)|grow(?:s|n|th|ing)?|grew|ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|declin(?:e|es|ed|ing)|"
    r"narrow(?:s|ed|ing)?)")
_OLD_AGE_RANGE_VERBS = (
    r"ris(?:e|es|en|ing)|rose|gr[eo]w(?:s|n|ing)?|f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|"
    r"increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|went|go(?:es|ne)?|reduc(?:e|es|ed|ing)")
# (r37prec) the head reads a school's "age limit(s)" as an age range too (r37review: the pin updated; the verbs unchanged)
_AGE_HEAD = r"(?i)\bage\s+(?:ranges?|limits?)(?:\s+(?!(?:was|is|of\s+the|"
_AGE_TAIL = (r")\b)[a-z]+){0,4}?\s+(?:from|between)\s+"
             r"(?:(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?:\s+years?)?|birth)\s*,?\s*(?:to|and|-|–)\s+)?$")
_FRAMED_HEAD = r"(?i)(?:\b(?:each|every|per|a)\s+(?:year|month|week|term)|\b(?:"
_FRAMED_TAIL = (r"|affect(?:s|ed|ing)?)\b(?:(?!\b(?:plans?|strateg(?:y|ies)|priorities|programmes?|contracts?|framework)"
                r"\b)[^.,;:!?\n])*)\s+for\s+the\s+(?:next|coming|following)\s*$")
_OLD_CHANGE_NOUNS = {"increase", "decrease", "reduction", "rise", "fall", "drop", "decline", "growth", "improvement",
                     "change", "loss", "gain", "difference", "cut", "uplift"}
_OLD_CHANGE_FROM_END = (
    r"(?i)(?:^|[\s,(–—-])(?:a|an|the|this|that)\s+(?:(?!(?:was|were|is|are|be|been|being|has|have|had|will|would|could|"
    r"should|may|might|can|do|does|did)\s)[a-z]+\s+){0,2}?(?:change|cut|decline|decrease|difference|drop|fall|gain|"
    r"growth|improvement|increase|loss|reduction|rise|uplift|shift|increases|decreases|reductions|rises|falls)"
    r"\s+from\s+$")
_OLD_CHANGE_NOUN_NEXT = (r"(?i)\s*(?:increases?|rises?|reductions?|decreases?|falls?|drops?|growth|cuts?|uplifts?|"
                         r"declines?|jumps?)\b")
_RESTATED_HEAD = r"(?i)^\W*(?:the|this|that)\s+(?:"
_RESTATED_TAIL = (
    r")\s+(?:from|of)\s+(?P<a>\S+)(?:\s+to\s+(?P<b>\S+))?(?=\s*(?:(?:has|had|will|would|could|should|may|might)\s+"
    r"(?:also\s+)?(?:be\s+|been\s+)?)?(?:is|was|were|are|includes?|included|comprises?|comprised|covers?|covered|"
    r"consists?|consisted|represents?|represented|reflects?|reflected|relates?|related)\b)")


def test_the_expander_reads_the_old_lists():
    assert words_of(r"gr[eo]w(?:s|n|ing)?") == {"grew", "grow", "grews", "grows", "grewn", "grown", "grewing",
                                               "growing"}
    assert words_of(r"(?:increases?|growth)") == {"increase", "increases", "growth"}


def test_kinds_change_words_are_the_same_words():
    new = _same_but_words(_OLD_CHANGE_WORDS, kinds_classify._CHANGE_WORDS, "(?:", ")")
    assert new == set(vocab.change_verb_forms("improve", "progress", "change", "increase", "decrease", "grow", "rise",
                                              "fall", "decline", "narrow")) | {"improvement", "improvements", "growth"}
    assert kinds._CHANGE_WORDS is kinds_classify._CHANGE_WORDS
    assert kinds_classify._CHANGE_IN_CLAUSE.pattern == rf"(?i)\b{kinds_classify._CHANGE_WORDS}\b[^.,;:!?\n]*$"
    old = _FRAMED_HEAD + _OLD_CHANGE_WORDS + _FRAMED_TAIL
    _same_but_words(old, kinds_classify._FRAMED_FOR_THE_NEXT_LEFT.pattern, _FRAMED_HEAD + "(?:", ")" + _FRAMED_TAIL)


def test_the_age_range_verbs_are_the_same_words():
    old = _AGE_HEAD + _OLD_AGE_RANGE_VERBS + _AGE_TAIL
    new = _same_but_words(old, kinds_classify._AGE_RANGE_LEFT.pattern, _AGE_HEAD, _AGE_TAIL)
    shared = set(vocab.change_verb_forms("rise", "grow", "fall", "drop", "decline", "increase", "decrease", "go",
                                         "reduce"))
    assert new - shared == {"grews", "grewn", "grewing", "fells", "fellen", "felling"} and shared <= new
    assert not set(vocab.CHANGE_VERBS["change"]) & new  # "the age range changed from 0-19 to 0-25": still ages


def test_the_phrase_parts_read_the_one_list_of_change_nouns():
    assert vocab.CHANGE_NOUNS == _OLD_CHANGE_NOUNS
    assert phrase_np._CHANGE_NOUNS is vocab.CHANGE_NOUNS is phrase._CHANGE_NOUNS
    assert phrase_cascade._CHANGE_FROM_END.pattern == _OLD_CHANGE_FROM_END
    assert phrase_cascade._NOT_MODIFIED_HEAD == _OLD_CHANGE_NOUNS | {"a", "an", "per", "each", "every", "more", "less"}


def test_the_restated_change_nouns_are_the_same_words():
    new = _same_but_words(_OLD_CHANGE_NOUN_NEXT, phrase_restated._CHANGE_NOUN_NEXT.pattern, r"(?i)\s*(?:", r")\b")
    kept = vocab.CHANGE_NOUNS - {"improvement", "change", "loss", "gain", "difference"} | {"jump"}
    assert new == kept | {w + "s" for w in kept - {"growth"}}
    old = (_RESTATED_HEAD + "increase|rise|reduction|decrease|fall|drop|growth|change|movement|shift" + _RESTATED_TAIL)
    new = _same_but_words(old, phrase_subject._RESTATED_CHANGE.pattern, _RESTATED_HEAD, _RESTATED_TAIL)
    assert new == vocab.CHANGE_NOUNS - {"decline", "improvement", "loss", "gain", "difference", "cut", "uplift"} \
        | {"movement", "shift"}


@pytest.mark.parametrize("text, surface, kind", [
    ("The number of care leavers in the age range rose from 18 to 24 this year.", "24", "figure"),
    ("We are expanding the age range for additional support from 3-19 to 0-25 years.", "0-25 years", "age"),
    ("The age range changed from 0-19 to 0-25 years.", "0-19", "age"),  # "change" is no count's change here
    ("It would deliver a marked improvement over a two-year period.", "two", "period"),
    ("We plan an increase of 15 foster home placements every year for the next three years.", "three years", "period"),
    ("Referrals dropped over a two-year period.", "two-year", "figure"),  # "drop" is not among _CHANGE_WORDS' words
])
def test_the_rules_read_as_before(text, surface, kind):
    from analysis.figures.rules import load_rules

    hits = [h for h in kinds.scan(text, load_rules()) if text[h.start:h.end] == surface]
    assert [h.kind for h in hits] == [kind]


def test_before_unit_defaults_to_none_read():
    assert inspect.signature(extraction.extract_rows).parameters["before_unit"].default == ""
    assert not hasattr(extraction, "_last_figure_unit")


def test_declaration_line_compiles_its_pattern_once():
    assert "re.search" not in inspect.getsource(topics.declaration_line)
    assert topics._SENTENCE_GOES_ON.pattern == r"[.;!?]\s+\S"
    assert topics.declaration_line("Councillor Kelly declared that he worked for the Trust.")
    assert not topics.declaration_line("Councillor Kelly declared that he worked for the Trust. Members noted 45 cases.")
    assert topics.declaration_line("Councillor Kelly declared that he was a governor at the school.")
