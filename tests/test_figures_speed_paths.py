"""The fast paths of the per-figure analysis give what the plain code gives.

Each speed-up of context, phrase, indicators and rules is an exact rewrite: these tests hold the
plain form next to the fast one and compare them on council-style sentences and on awkward strings
(other cases, non-ASCII letters, underscores, apostrophes, text cut mid-word).
"""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from analysis.figures import Evidence, load_rules
from analysis.figures.context import _comparator_spans
from analysis.figures.indicators import _ARTICLES, _NORM_CHARS, _norm_for_match
from analysis.figures.rules import ascii_phrase_regex, phrase_regex

SENTENCES = [
    "Attendance was 93.1%, above the national average of 92.4% and in line with statistical neighbours.",
    "The rate per 10,000 was 65, compared with 70 last year and the England average of 71.",
    "Timeliness fell to 41% against a target of 60%, below the Regional Average (55%).",
    "STATISTICAL NEIGHBOURS' figure was 12.6%; the same period last year it was 11.9%.",
    "Cllr Smith asked how this compared with similar authorities and the previous quarter.",
    "The overspend of £2.5m was £0.3m higher than at Month 6 and above budget.",
    "Re-referrals were 21% (national 22%, statistical neighbour 20%) - unchanged on last year's.",
    "Nationalaverage and lastyear are not phrases; neither is the national_average.",
]


def _plain_spans(rules, text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in rules.comparator_re.finditer(text, a, b)]


def test_comparator_spans_match_the_case_insensitive_pattern():
    rules = load_rules()
    assert rules.comparator_ascii_re is not None  # the shipped comparators are ASCII
    text = " ".join(SENTENCES)
    starts = [0] + [m.end() for m in re.finditer(r"\.\s", text)]
    for a in starts:
        for b in (len(text), min(len(text), a + 40), min(len(text), a + 97)):
            assert _comparator_spans(text, a, b, rules) == _plain_spans(rules, text, a, b)
    assert _plain_spans(rules, text, 0, len(text))  # (the sentences do hold comparators)


def test_comparator_spans_on_awkward_text():
    rules = load_rules()
    words = [w for p in rules.comparators[:40] for w in p.split()] + [
        "THE", "National", "x", "_", "'", "-", "s", "year's", "neighbours’", "İ", "ſ", "Ye"]
    rng = random.Random(7)
    for _ in range(3000):
        text = rng.choice(["", " ", "a", "_", "é"]) + " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        text += rng.choice(["", "s", "_", "'", " x", "."])
        a = rng.randint(0, 3)
        b = max(a, len(text) - rng.randint(0, 3))
        assert _comparator_spans(text, a, b, rules) == _plain_spans(rules, text, a, b), (text, a, b)


@pytest.mark.parametrize("phrases", [
    ["national average", "last year", "the previous year", "target"],
    ["on track", "not on track", "rated red", "red"],
    ["(provisional)", "'s figure", "year-end", "q1"],
])
def test_ascii_phrase_regex_finds_what_phrase_regex_finds(phrases):
    slow = re.compile(rf"\b(?:{phrase_regex(phrases)})\b", re.I)
    fast = re.compile(ascii_phrase_regex(phrases))
    texts = [
        "Performance was Not  On Track, rated RED against the National Average and last year.",
        "The (provisional) year-end figure's Q1 value; the previous-year target's change.",
        "redundant targets, untracked: nationalaverage lastyears q12 x(provisional)y",
        "on track'on track_ on trackers 'S FIGURE ('s figure)",
    ]
    for t in texts:
        assert [m.span() for m in fast.finditer(t.lower())] == [m.span() for m in slow.finditer(t)]


def test_ascii_phrase_regex_declines_non_ascii_phrases():
    assert ascii_phrase_regex(["statistical neighbours’ average"]) is None


def _plain_norm(s: str) -> str:
    from analysis.figures.indicators import _QUOTED, _QUOTES  # (round 8: quote marks off after the translation)

    s = s.lower().translate(_NORM_CHARS)
    s = " ".join(_QUOTES.sub(" ", _QUOTED.sub(r" \1 ", s)).split())
    return " ".join(_ARTICLES.sub(" ", s).split())


def test_norm_for_match_word_by_word_is_the_plain_normalisation():
    cases = [
        "admitted into the Care of the local authority",
        "The number of children (CLA) - a rate: an increase/the fall",
        "the child's plan; a.b the.an an'the A-the THE_AN a² the‑end",
        "  ",
        "",
    ]
    rng = random.Random(3)
    alphabet = list("aentho ’'-–():;/.,_£1²ſKİ\t\nAThE")
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    for s in cases:
        assert _norm_for_match.__wrapped__(s) == _plain_norm(s), s


def test_evidence_is_still_a_frozen_dataclass():
    ev = Evidence("children in need", "own", "clause", "sentence", "count", None, context="Children's Services")
    assert ev == Evidence("children in need", "own", "clause", "sentence", "count", None, None, "", "Children's Services")
    assert hash(ev) == hash(dataclasses.replace(ev))
    assert ev.prev_unit == "" and ev.paragraph == ""
    with pytest.raises(dataclasses.FrozenInstanceError):
        ev.phrase = "other"  # type: ignore[misc]
    assert dataclasses.replace(ev, phrase="children in care").phrase == "children in care"


FIGURE_SENTENCES = SENTENCES + [
    "Exclusions had FALLEN to 64, an increase on the 52 recorded last year which was rated Red.",
    "The follow-up rate rose to 68%, but the number of visits was not on track at 120.",
    "Spend was £4.2m, Health and Care costs up by £0.3m (DSG) whereas income dropped to £1.1m.",
    "Café visits déclined to 12 — a reduction — while waits rose; Performance is RAG rated amber.",
    "Re-referrals: 21% (up), compared with 19% ; the figure remains Below Target at 30%.",
    "Timeliness was 41%, rated RED. Attendance was 93% On Track; visits were 12 amber.",
]


def _figures_in(sentence: str):
    from analysis.figures.grammar import Hit

    for m in re.finditer(r"£?\d[\d.,]*%?m?", sentence):
        yield Hit(m.start(), m.end(), "figure", "num", [1.0])


def test_direction_status_and_clause_twins_match_the_plain_patterns(monkeypatch):
    from analysis.figures import context

    rules = load_rules()
    assert rules.direction_ascii is not None and rules.status_ascii_re is not None
    plain_rules = dataclasses.replace(rules, direction_ascii=None, status_ascii_re=None)
    fast, slow = [], []
    for use_twins in (True, False):
        if not use_twins:
            monkeypatch.setattr(context, "_CLAUSE_SPLIT_ASCII", None)
            monkeypatch.setattr(context, "_CLAUSE_SPLIT_RIGHT_ASCII", None)
        out = fast if use_twins else slow
        r = rules if use_twins else plain_rules
        for s in FIGURE_SENTENCES:
            for cut in (0, 3):  # a text that starts inside a word too
                text = s[cut:]
                for h in _figures_in(text):
                    cl = context.clause_of(text, h, 0, len(text))
                    out.append((cl, context.direction_of(text, h, cl.left, len(text), r),
                                context.status_of(text, h, cl.end, len(text), r)))
    assert fast == slow
    assert {d for _, d, _ in fast} >= {"up", "down", "none"}
    assert any(st for _, _, st in fast)


def test_ascii_clause_splits_find_what_the_plain_splits_find():
    from analysis.figures import context

    pieces = ["which", "Which", "but", "compared with", "Compared  to", "against", "whom", "where", "when", "and",
              "with", "who", "because", "since", "so", "as", ",", ";", ":", "(", ")", " - ", "\t-\n", "-",
              "Health and Care", ", employment or training", ", 123", ",12", "x", "whichever", "_when", "although",
              "though", "9", "\x1c-\x1f", "  "]
    rng = random.Random(5)
    pairs = ((context._CLAUSE_SPLIT, context._CLAUSE_SPLIT_ASCII),
             (context.CLAUSE_SPLIT_RIGHT, context._CLAUSE_SPLIT_RIGHT_ASCII))
    for _ in range(4000):
        t = "".join(rng.choice(pieces) + rng.choice(["", " ", "  "]) for _ in range(rng.randint(1, 8)))
        a = rng.randint(0, 2)
        b = max(a, len(t) - rng.randint(0, 2))
        for slow, fast in pairs:
            assert [m.span() for m in fast.finditer(t.lower(), a, b)] == [m.span() for m in slow.finditer(t, a, b)], t


def test_clause_is_still_a_frozen_dataclass():
    from analysis.figures.context import Clause

    c = Clause(3, 9, "left", "right")
    assert c == Clause(start=3, end=9, left="left", right="right") and c.right == "right"
    assert hash(c) == hash(Clause(3, 9, "left", "right"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.start = 0  # type: ignore[misc]


def test_matcher_knows_its_qualified_indicators():
    from analysis.figures import load_indicators
    from analysis.figures.indicators import _matcher

    inds = load_indicators()
    for unit in ("count", "percent", "gbp", "rate", "weeks"):
        m = _matcher(inds, unit, None)
        if m is not None:
            assert m.qualified == frozenset(i.id for i in m.indicators if i.qualifier)
