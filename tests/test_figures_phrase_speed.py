"""The fast paths of the indicator phrase (round 6, speedD) give what the plain code gives.

Each gate is a cheap necessary condition before a pattern; these tests hold the plain form of the
function next to the fast one and compare them on council-style left contexts and on awkward strings
(other cases, non-ASCII letters that case-insensitive patterns fold to ASCII, brackets, newlines).
"""

from __future__ import annotations

import random
import re

from analysis.figures import phrase
from analysis.figures.grammar import may_end_with
from analysis.figures.phrase import (
    _AVG_HEAD,
    _FIGURE_IN_SUBJECT,
    _NP_BOUNDARY,
    _OPEN_BRACKET_END,
    _PASSIVE_REPORTING_END,
    _RELATIVE_ASIDE_END,
    _REPORTING_END,
    _REPORTING_ENDINGS,
    _TRAIL_AVG,
    _TRAIL_VERB,
    _TRAIL_WORDS,
    _clean_phrase,
    _last_of_head,
    _may_hold_figure,
    is_poor,
)

LEFTS = [
    "The number of children in need and in child protection had risen to ",
    "Members noted that the average cost of residential care was ",
    "Officers confirmed ",
    "The Director advised that it had reduced from ",
    "Cllr Jones asked for ",
    "the average number of cases held by social workers was ",
    "The forecast overspend (",
    "The outturn was (",
    "The overspend of £2.5m, of which ",
    "Attendance was 93.1%, above the national average at ",
    "Persistent absence at 21 per cent, slightly below the England average and ",
    "Referrals, where a child is reported due to welfare concerns, ",
    "The figure for August 2024 was ",
    "The typical weekly cost of an agency placement stood at around ",
    "The median waiting time had been ",
    "In 2023/24 the proportion of EHCPs issued within 20 weeks was ",
    "Officers REPORTED that THE AVERAGE Caseload WAS ",
    "the mean caseload per worker increased to ",
    "The Head of Service explained \n",
    "Requests in calendar year 2023 were the highest ever received, approx. ",
    "The Schools Forum was informed that the DSG deficit would be ",
    "Timeliness (",
    "",
    " ",
]

WORDS = ["the", "number", "of", "children", "average", "AVERAGE", "mean", "Median", "typical", "was", "had", "risen",
         "to", "confirmed", "asked", "for", "Asked   for", "noted", "said", "£2.5m", "12%", "21 per cent", "cent", "(",
         ")", ",", "where", "which", "in", "line", "with", "above", "below", "national", "England", "İtem", "ſaid",
         "avera", "ge", "\n", "\t", "Kelvin", "K", "ı", "é", "_", "-", "'s", "figure", "figures", "level", "proportion"]


def _plain_subject(left: str) -> str:
    """subject() as it was before the gates (round 5)."""
    s = _TRAIL_AVG.sub("", _OPEN_BRACKET_END.sub(" ", left))
    s = _TRAIL_VERB.sub("", s)
    if s.endswith(","):
        s = _RELATIVE_ASIDE_END.sub("", s)
    m = _last_of_head(s)
    if m is not None:
        tail = s[m.end():]
        head = m.group().strip().lower().split()
        head = [h for h in head if h not in ("the", "total", "of", "for")]
        if tail.strip() and head and head[0] in ("number", "numbers", "proportion", "percentage", "%", "count", "share",
                                                 "volume", "amount", "level", "levels", "figures", "figure"):
            c = _clean_phrase(tail)
            if c and re.search(r"(?i)\b(?:average|mean|median)\s*$", s[: m.start()]):
                c = f"average {c}"
            if not is_poor(c) or head[0] not in ("figure", "figures", "level", "levels"):
                return c
            s = s[: m.start()]
    cur = None
    for cur in re.finditer(r"[£€$][\d,.()]+(?:bn|m|k)?|\d[\d,.]*\s?(?:%|per\s?cent)", s):
        pass
    if cur is not None and s[cur.end():].strip():
        s = s[cur.end():]
    if _REPORTING_END.search(s):
        if (pv := _PASSIVE_REPORTING_END.search(s)) is None or not s[:pv.start()].strip():
            return ""
        s = s[:pv.start()]  # (r25id) a verb of saying in the passive: its subject is the measure
    am = None
    for am in _AVG_HEAD.finditer(s):
        pass
    if am is not None:
        return _clean_phrase(s[am.start():])
    b = _NP_BOUNDARY.match(s)
    if b:
        s = s[b.end():]
    c = _clean_phrase(s)
    return "" if c and not any(ch.isalpha() for ch in c) else c  # (round 20) a subject with no word is none


def _random_lefts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        out.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 9))) + rng.choice(["", " ", "  ", "\n", " ("]))
    return out


def test_subject_with_gates_is_the_plain_subject():
    cases = LEFTS + [l + w + " " for l in LEFTS for w in ("was", "asked for", "the")] + _random_lefts(4000, 11)
    for left in cases:
        assert phrase.subject.__wrapped__(left) == _plain_subject(left), left


def test_subject_gates_are_necessary_conditions():
    for s in LEFTS + _random_lefts(4000, 12):
        low = phrase.fold(s)
        if _REPORTING_END.search(s):
            assert may_end_with(s, _REPORTING_ENDINGS), s
        if _AVG_HEAD.search(s):
            assert any(w in low for w in phrase._AVG_WORDS), s
        if _TRAIL_AVG.search(s):
            assert "average" in low, s
        if _FIGURE_IN_SUBJECT.search(s):
            assert _may_hold_figure(s), s
        if _OPEN_BRACKET_END.search(s):
            assert s.rstrip().endswith("("), s
        if _TRAIL_VERB.search(s):
            assert _TRAIL_WORDS.may_end(s), s


def test_reporting_endings_are_the_last_words_of_the_pattern():
    body = _REPORTING_END.pattern.split("(?:", 1)[1].split(r")\s*$")[0]
    last = {alt.split(r"\s+")[-1] for alt in body.split("|")}
    assert last == set(_REPORTING_ENDINGS)


def _translate_norm(s: str) -> str:
    """indicators._norm_for_match as it was before round 6 (str.translate, then the articles' pattern), with the
    quote marks of round 8 (r8idB) taken off after the translation."""
    from analysis.figures.indicators import _ARTICLES, _NORM_CHARS, _QUOTED, _QUOTES

    s = s.lower().translate(_NORM_CHARS)
    s = _QUOTES.sub(" ", _QUOTED.sub(r" \1 ", s))
    s = " ".join(s.split())
    return " ".join(_ARTICLES.sub(" ", s).split())


def test_norm_for_match_by_replace_is_the_translate_normalisation():
    from analysis.figures.indicators import _norm_for_match

    cases = [
        "admitted into the Care of the local authority",
        "The number of children (CLA) - a rate: an increase/the fall",
        "the child's plan; a.b the.an an'the A-the THE_AN a² the‑end",
        "EHC needs assessments issued within 20 weeks (excluding exceptions)",
        "A THE An a1 the2 x_the the_x 'the' a%",
        "",
        " ",
    ]
    rng = random.Random(5)
    ascii_letters = list("aentho '-():;/.,_%1AThE\t\"‘“”")
    cases += ["".join(rng.choice(ascii_letters) for _ in range(rng.randint(0, 16))) for _ in range(6000)]
    words = ["a", "an", "the", "The", "THE", "care", "in", "children's", "1", "_", "’", "–", "(", ")", ",", ";", "/",
             ":", "-", "é", "ſ", "İ", "²"]
    cases += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 8))) for _ in range(6000)]
    for s in cases:
        assert _norm_for_match.__wrapped__(s) == _translate_norm(s), s


def test_digit_after_letters_is_a_necessary_condition_of_a_glued_footnote():
    """(speed) indicators._norm_for_concepts strips footnote digits only where _DIGIT_AFTER_LETTERS finds a digit after
    three letters: on every text where _GLUED_NOTE matches, the cheap pattern matches too, and the stripped texts are
    those of the plain substitution."""
    from analysis.figures import indicators as ind

    texts = ["children in need4", "within 12 months of a previous referral1", "year 6 pupils", "ks2 results",
             "covid19 recovery", "abc12 def", "ab12", "need٣ at march", "caseload 18", "area1b", "x" * 40 + "7",
             "the figure was 412 in 2024", "cin plans12, cp plans 3", "ehcps issued in 20 weeks99"]
    for t in texts:
        if ind._GLUED_NOTE.search(t):
            assert ind._DIGIT_AFTER_LETTERS.search(t), t
        norm = ind._norm_for_match(t)
        assert ind._norm_for_concepts(t) == ind._GLUED_NOTE.sub(r"\1", norm), t
