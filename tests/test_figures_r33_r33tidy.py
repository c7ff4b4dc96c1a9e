"""Round 33 (r33tidy): twins left by round 32's read-back, written once (see tests/realworld/notes/r33_r33tidy.md).

1. The verbs of a measure's new level ("this has risen to", "in Eden it falls to") were listed twice, with different
   members: ``indicators._POINTER_TO_LEVEL`` (inside a sentence) and ``extraction._POINTER_OPENING`` (at its opening).
   Both now read :func:`analysis.vocab.level_verb_alternation`. The opening pointer gains the present forms and
   "went"/"goes" up or down; the inside pointer gains "gone" alone. The 25 open sets, the pools and dev are
   byte-identical (the note).
2. The financial quarters were stated three times (``periods.QUARTER_MONTHS``, ``compare._QUARTER_END``, a dict in
   ``report.quarter_year_from_date``) and "a quarter alone" twice (``compare._QUARTER_ONLY``, ``report._QUARTER_ONLY``):
   now ``periods.QUARTER_MONTHS`` with ``periods.quarter_end`` and ``periods.QUARTER_ALONE``; checked against BASE's
   formulas day by day.
3. Eleven change-noun patterns of the figures code take their nouns from ``vocab.CHANGE_NOUNS`` or its named subset
   ``vocab.COUNT_CHANGE_NOUNS`` (plus, at the user, the words the rule also reads); each reads BASE's words (text
   equal, or equal up to the order of the alternatives).

Tests marked "fails on BASE" do (main 9fb9d9c6); the guards pass on both.
"""

from __future__ import annotations

import re

import pytest

from analysis import vocab
from analysis.figures import extraction, indicators
from analysis.figures.indicators import points_to_new_level

# ----------------------------------------------------------------------------- 1. the verbs of a new level, once

#: BASE's two lists, as they were written (the regex alternatives, "go" forms written out with their particle).
_BASE_INSIDE = {"risen", "rose", "rises", "fallen", "fell", "falls", "increased", "increases", "decreased", "decreases",
                "dropped", "drops", "grown", "grew", "grows", "climbed", "climbs", "reduced", "reduces", "improved",
                "improves", "gone up", "gone down", "goes up", "goes down", "went up", "went down"}
_BASE_OPENING = {"risen", "rose", "fallen", "fell", "increased", "decreased", "dropped", "grown", "grew", "climbed",
                 "reduced", "improved", "gone up", "gone down", "gone"}


def _level_words() -> set[str]:
    """The words :func:`vocab.level_verb_alternation` matches, with "go"'s particle."""
    words = set(vocab.LEVEL_VERBS) | {"gone"}
    return words | {f"{g} {p}" for g in vocab.LEVEL_GO for p in ("up", "down")}


def test_level_verbs_written_once():
    alternation = vocab.level_verb_alternation()
    assert alternation in indicators._POINTER_TO_LEVEL.pattern
    assert alternation in extraction._POINTER_OPENING.pattern
    whole = re.compile(rf"(?:{alternation})")
    assert all(whole.fullmatch(w) for w in _level_words())
    # the one list is the union of BASE's two: nothing either read is lost
    assert _level_words() == _BASE_INSIDE | _BASE_OPENING


@pytest.mark.parametrize("word", sorted(_BASE_OPENING))
def test_opening_still_reads_its_words(word):  # guard
    assert extraction._POINTER_OPENING.match(f"This has now {word} to ")
    assert extraction._POINTER_OPENING.match(f"It {word} to just ")


@pytest.mark.parametrize("word", sorted(_BASE_INSIDE))
def test_inside_still_reads_its_words(word):  # guard
    assert points_to_new_level(f"by the following year this {word} to just ")


# Fails on BASE: the opening pointer did not read the present forms nor "went up"/"goes down".
@pytest.mark.parametrize("opening", ["This rises to ", "It falls to just ", "This went up to ", "That goes down to ",
                                     "It now increases to around "])
def test_opening_reads_the_inside_words(opening):
    assert extraction._POINTER_OPENING.match(opening)


# Fails on BASE: the inside pointer did not read "gone" alone.
def test_inside_reads_gone_alone():
    assert points_to_new_level("but by March this had gone to ")


# Guards: a change ("by"), a relative "that", the verb with its -ing or bare form, a verb that is no level.
@pytest.mark.parametrize("left", ["this has risen by ", "a waiting list that has risen to ", "this is rising to ",
                                  "it will rise to ", "this has declined to "])
def test_inside_guards(left):
    assert not points_to_new_level(left)


@pytest.mark.parametrize("opening", ["This has risen by ", "This is rising to ", "It will rise to ",
                                     "This has declined to "])
def test_opening_guards(opening):
    assert not extraction._POINTER_OPENING.match(opening)


# ----------------------------------------------------------------------------- 2. the financial quarters, once

import datetime  # noqa: E402

from analysis import compare, periods, report  # noqa: E402

#: BASE's two other statements of the quarters: compare's end days and report's end dates (copied from 9fb9d9c6).
_BASE_QUARTER_END = {1: "06-30", 2: "09-30", 3: "12-31", 4: "03-31"}


def _base_period_end(quarter: int, first: int) -> str:
    return f"{first + 1 if quarter == 4 else first:04d}-{_BASE_QUARTER_END[quarter]}"


def _base_quarter_year_from_date(quarter: int, day: datetime.date) -> str | None:
    for first in (day.year, day.year - 1, day.year - 2):
        end = {1: datetime.date(first, 6, 30), 2: datetime.date(first, 9, 30), 3: datetime.date(first, 12, 31),
               4: datetime.date(first + 1, 3, 31)}[quarter]
        if end <= day:
            return periods.fy_text(first)
    return None


def test_quarters_stated_once():
    assert not hasattr(compare, "_QUARTER_END") and not hasattr(compare, "_QUARTER_ONLY")
    assert not hasattr(report, "_QUARTER_ONLY")
    assert compare.QUARTER_ALONE is periods.QUARTER_ALONE is report.QUARTER_ALONE


@pytest.mark.parametrize("first", [1999, 2000, 2019, 2023, 2024, 2099])
def test_period_end_as_before(first):  # guard: every quarter of these years, and the year
    for quarter in (1, 2, 3, 4):
        label = f"Q{quarter} {periods.fy_text(first)}"
        assert compare.period_end(label) == _base_period_end(quarter, first)
    assert compare.period_end(periods.fy_text(first)) == _base_period_end(4, first)


def test_quarter_year_from_date_as_before():  # guard: every day of 2018-2026, each quarter
    day = datetime.date(2018, 1, 1)
    while day < datetime.date(2027, 1, 1):
        for quarter in (1, 2, 3, 4):
            assert report.quarter_year_from_date(quarter, day.isoformat()) == \
                _base_quarter_year_from_date(quarter, day), (quarter, day)
        day += datetime.timedelta(days=1)


@pytest.mark.parametrize("label, alone", [("Q1", True), ("Q4", True), ("Q5", False), ("Q2 2024/25", False),
                                          ("2024/25", False), ("q2", False), ("", False)])
def test_quarter_alone_as_before(label, alone):  # guard: what both BASE patterns read whole
    assert compare._with_year(label, None, "2023/24") == (f"{label} 2023/24" if alone else label)
    assert (report.show_period(label).note == "no year named") is alone


# ----------------------------------------------------------------------------- 3. change nouns from vocab

import re._parser as _sre  # noqa: E402

from analysis.figures import (context, phrase_cascade, phrase_changes, phrase_lists, phrase_names,  # noqa: E402
                              phrase_subject, phrase_words)

#: BASE's (9fb9d9c6) text and flags of the eleven patterns whose change nouns now come from vocab, and of the four
#: whose past change verbs do.
_BASE_CHANGE_PATTERNS = {
    'context._CHANGE_LEFT': ('\\b(?:(?:net\\s+)?(?:reduction|increase|rise|fall|decrease|drop|decline|growth|improvement|change|loss|gain|cut|uplift|deterioration|difference|swing|shift)s?\\s+(?:of|by)|(?:increas|decreas|reduc|improv|declin|chang|drop|cut|grow|ris|fall|fell|rose|grew|up|down)\\w*\\s+by|(?<!made\\s)(?<!make\\s)(?<!makes\\s)(?<!making\\s)(?:up|down)(?:\\s+by)?)\\s*(?:around|about|approximately|roughly|some|nearly|almost|over|just\\s+over|just\\s+under|a\\s+further|just|only|(?:just|only)\\s+(?:over|under|around|about)|a\\s+mere|merely|an\\s+extra|an\\s+additional|another)?\\s*$',
        34),
    'context._CHANGE_RIGHT': ('^\\s*(?:(?:year[-\\s]on[-\\s]year|annual|net|overall)\\s+)?(?:increase|rise|reduction|decrease|drop|fall|decline|growth|improvement|more|fewer|less|higher|lower|up|down|uplift)\\b|^\\s*(?:(?:percentage\\s+)?points?\\s+)?(?:shy|short)\\s+of\\b',
        34),
    'phrase_cascade._PCT_CHANGE_IN_RIGHT': ('(?i)^\\s+(increase|rise|reduction|decrease|fall|drop|growth|decline|uplift)\\s+(?:in|of)\\s+([^.;:()]{3,120})',
        34),
    'phrase_cascade._PCT_CHANGE_BARE_RIGHT': ('(?i)^\\s+(increase|rise|reduction|decrease|fall|drop|growth|decline)\\b(?!\\s+(?:in|of)\\b)(?=\\s+(?:on|since|from|compared|over|year|in\\s+(?:the\\s+)?(?:last|past|previous))\\b|\\s*[.;,]|\\s*$)',
        34),
    'phrase_cascade._FIGURE_CHANGE_RIGHT': ("(?i)^\\s+(?:(?:per\\s+annum|a\\s+year|per\\s+year|annual|year[- ]on[- ]year|real[- ]terms|overall|net|further)\\s+)*(increase|rise|reduction|decrease|fall|drop|growth|decline|uplift|cut)\\b(?![-'’])",
        34),
    'phrase_changes._CHANGE_OF_LEFT': ('(?i)\\b(increase|rise|reduction|decrease|fall|drop|growth|decline|uplift)\\s+of\\s+(?:around\\s+|about\\s+|approximately\\s+|nearly\\s+|almost\\s+|some\\s+|over\\s+|just\\s+(?:over|under)\\s+)?$',
        34),
    'phrase_changes._CHANGE_OF_COUNT_LEFT': ('(?i)\\b(?:an?|the|this|that|its|their)\\s+((?:net|overall|further|additional|national|notable|significant|small|slight|large|sharp|steep)\\s+)?(increase|rise|reduction|decrease|fall|drop|growth|decline)\\s+of\\s+(?:around\\s+|about\\s+|approximately\\s+|nearly\\s+|almost\\s+|some\\s+|over\\s+|just\\s+(?:over|under)\\s+)?$',
        34),
    'phrase_names._CHANGE_OF_END': ('(?i)\\b(increase|decrease|reduction|rise|fall|drop|decline|growth)\\s+of\\s+(?:(?:about|around|almost|nearly|over|just|some|approximately|roughly)\\s+)*[£$€]?\\s*$',
        34),
    'phrase_words._LEAD_CHANGE': ('^(?:(?:an?|the)\\s+)?(?:(?:significant|further|small|slight|large|overall)\\s+)?(?:increase|rise|reduction|fall|decrease|drop|decline|growth)\\s+(?:of|in)\\s+',
        34),
    'phrase_lists._CHANGE_NOUN_PP_RIGHT': ('(?i)^\\s+(?:(?:per\\s+annum|per\\s+year|a\\s+year)\\s+)?((?:(?:percentage|pc|per\\s*cent(?:age)?)\\s+points?\\s+|points?\\s+)?(?:[a-z][a-z-]*(?:ly|al|ed|ive|ent|ant|ic|ar)\\s+){0,2}(?:increase|decrease|reduction|rise|fall|drop|decline|growth|improvement|cut|uplift|transfer|top[\\s-]slice))\\s+(to|on|in|for|since|across|against|from|into)\\s+([^.;:()\\[\\]]{3,120})',
        34),
    'phrase_lists._PRONOUN_CHANGE_OF_LEFT': ("(?i)\\b(?:this|that|it|which)(?:['’]s)?\\s+(?:(?:is|was|has\\s+been|had\\s+been|represents|represented|shows?|showed|reflects?|reflected)\\s+)?an?\\s+(?:(?:slight|small|further|significant|overall|net|total|marked|modest)\\s+)?(increase|decrease|reduction|rise|fall|drop|decline|growth|improvement|deterioration|uplift)\\s+of\\s+(?:(?:about|around|approximately|nearly|almost|over|just|some|circa|c\\.)\\s*)?[£$€]?$",
        34),
    'phrase_cascade._CHANGE_VERB_END': ('(?i)\\s+(?:(?:has|have|had)\\s+)?(?:rose|risen|fell|fallen|increased|decreased|dropped|grew|grown|declined|reduced|improved|went\\s+(?:up|down))$',
        34),
    'phrase_cascade._CHANGED_SUBJECT_FROM_LEFT': ('(?i)\\s(?:(?:(?:has|have|had)\\s+(?:been\\s+)?)?(?:rose|risen|increased|decreased|reduced|fallen|fell|dropped|grown|grew|climbed|jumped|declined|improved|spiralled|spiraled|gone\\s+(?:up|down)|went\\s+(?:up|down))|(?:would|will|could|may|might|is|are|was|were)\\s+(?:(?:expected|set|likely|forecast|predicted)\\s+to\\s+)?(?:spiral|increase|decrease|rise|fall|drop|grow|reduce|climb|go\\s+(?:up|down)))(?:\\s+(?:[a-z]+ly|again))?,?\\s+from\\s+(?:around\\s+|about\\s+|approximately\\s+)?$',
        34),
    'phrase_subject._CHANGE_THEN_TIME_END': ('(?i)\\s+(?:(?:has|have|had)\\s+)?(?:rose|risen|fell|fallen|increased|decreased|dropped|grew|grown|declined|reduced|improved|climbed|jumped|went\\s+(?:up|down))\\s+(?:(?:in|during|over|across|since)\\s+(?:the\\s+)?(?:(?:last|past|previous|current|latest|first|financial|academic|calendar)\\s+)?(?:(?:\\d+|twelve|six|three)\\s+)?(?:years?|quarters?|months?|period|weeks?|term)|(?:this|last)\\s+(?:year|quarter|month|term|week)|in\\s+(?:19|20)\\d{2}(?:[/-]\\d{2,4})?)$',
        34),
    'phrase_subject._CHANGE_VERB_ADJUNCT': ('(?i)\\s+(?:(?:has|have|had)\\s+(?:also\\s+|now\\s+)?|(?:was|were|is|are)\\s+)?(?:rose|risen|fell|fallen|increased|decreased|dropped|grew|grown|declined|reduced|improved|climbed|jumped|doubled|halved)\\s+(?:from|since|on|over|during|compared\\s+(?:to|with)|against|across|in\\s+(?:the|this|last|(?:19|20)\\d\\d))\\b',
        34),
}
_MODULES = {"context": context, "phrase_cascade": phrase_cascade, "phrase_changes": phrase_changes,
            "phrase_lists": phrase_lists, "phrase_names": phrase_names, "phrase_words": phrase_words,
            "phrase_subject": phrase_subject}
#: the eight whose alternatives kept BASE's order: their text is BASE's
_SAME_TEXT = {"phrase_cascade._PCT_CHANGE_IN_RIGHT", "phrase_cascade._PCT_CHANGE_BARE_RIGHT",
              "phrase_cascade._FIGURE_CHANGE_RIGHT", "phrase_changes._CHANGE_OF_LEFT",
              "phrase_changes._CHANGE_OF_COUNT_LEFT", "phrase_cascade._CHANGE_VERB_END",
              "phrase_subject._CHANGE_THEN_TIME_END", "phrase_subject._CHANGE_VERB_ADJUNCT"}


def _tree(parsed) -> tuple:
    """A parsed pattern with the alternatives of each branch (and the items of each class) as a sorted set: two
    patterns whose trees are equal differ at most in the order of their alternatives."""
    out = []
    for op, av in parsed.data:
        if op is _sre.BRANCH:
            out.append(("BRANCH", tuple(sorted(repr(_tree(b)) for b in av[1]))))
        elif op is _sre.SUBPATTERN:
            out.append(("SUB", av[0], av[1], av[2], _tree(av[3])))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            out.append((str(op), av[0], av[1], _tree(av[2])))
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            out.append((str(op), av[0], _tree(av[1])))
        elif op is _sre.IN:
            out.append(("IN", tuple(sorted(repr(x) for x in av))))
        else:
            out.append((str(op), repr(av)))
    return tuple(out)


def _same_up_to_order(a: str, b: str, flags: int) -> bool:
    return _tree(_sre.parse(a, flags)) == _tree(_sre.parse(b, flags))


@pytest.mark.parametrize("key", sorted(_BASE_CHANGE_PATTERNS))
def test_change_patterns_as_before(key):  # guard: each pattern reads BASE's words
    text, flags = _BASE_CHANGE_PATTERNS[key]
    module, name = key.split(".")
    pattern = getattr(_MODULES[module], name)
    assert pattern.flags == flags
    if key in _SAME_TEXT:
        assert pattern.pattern == text
    else:
        # the same alternatives in another order; no word of these lists is a prefix of another, and each is
        # followed by a boundary, a space or "s?" and a space: at most one alternative matches at a place, so the
        # order changes nothing
        assert _same_up_to_order(pattern.pattern, text, flags)


def test_order_check_sees_a_word_missing():
    text, flags = _BASE_CHANGE_PATTERNS["context._CHANGE_LEFT"]
    assert not _same_up_to_order(text.replace("|swing", ""), text, flags)
    assert _same_up_to_order(text.replace("rise|fall", "fall|rise"), text, flags)


def test_count_change_nouns():
    assert set(vocab.COUNT_CHANGE_NOUNS) == vocab.CHANGE_NOUNS - {"improvement", "change", "loss", "gain", "difference",
                                                                  "cut", "uplift"}
    assert phrase_cascade._SIZED_CHANGE_NOUNS == (*vocab.COUNT_CHANGE_NOUNS, "uplift", "cut")
    words = sorted(vocab.CHANGE_NOUNS | {"deterioration", "swing", "shift", "transfer", "more", "fewer", "less",
                                         "higher", "lower", "down"})
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]  # ("up"/"uplift": "\b" after)


def test_past_change_verbs():
    assert set(vocab.PAST_CHANGE_VERBS) <= set(vocab.change_verb_forms("rise", "fall", "increase", "decrease", "drop",
                                                                        "grow", "decline", "reduce", "improve"))
    assert phrase_subject._CHANGE_VERBS == ("rose|risen|fell|fallen|increased|decreased|dropped|grew|grown|declined|"
                                            "reduced|improved|climbed|jumped")  # BASE's text
    assert set(vocab.LEVEL_VERBS) == (set(vocab.PAST_CHANGE_VERBS) - {"declined"}) | {
        "climbed", "rises", "falls", "increases", "decreases", "drops", "grows", "climbs", "reduces", "improves"}
