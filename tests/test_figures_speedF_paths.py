"""Round 7 speed paths of indicators and context (helper speedF): each fast form gives what the plain
form gives, on generated awkward strings and on what the extraction meets in real minutes (the
samples of ``data/raw`` and the dev split of ``tests/realworld``).
"""

from __future__ import annotations

import csv
import dataclasses
import random
import re
from functools import lru_cache
from pathlib import Path

import pytest

from analysis.figures import extraction, indicators
from analysis.figures.indicators import Evidence

ROOT = Path(__file__).resolve().parents[1]


def _real_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    rw = ROOT / "tests" / "realworld" / "raw"
    with open(rw / "manifest.csv", encoding="utf-8", newline="") as f:
        dev = [row["file"] for row in csv.DictReader(f) if row["split"] == "dev"]  # never the test split
    texts += [(rw / name).read_text(encoding="utf-8") for name in sorted(dev)]
    return texts


@lru_cache(maxsize=1)
def _real_calls() -> dict[str, list[tuple]]:
    """The arguments of every call of classify_vetoed (classify with its veto flag), direction_of, comparator_of and
    clause_of in the extraction of the real texts, paragraph by paragraph (as the stage gives segments)."""
    names = ("classify_vetoed", "direction_of", "comparator_of", "clause_of")
    calls: dict[str, list[tuple]] = {k: [] for k in names}
    plain = {k: getattr(extraction, k) for k in names}

    def recorder(name):
        def record(*args):
            calls[name].append(args)
            return plain[name](*args)
        return record

    for k in names:
        setattr(extraction, k, recorder(k))
    try:
        inds, rules = indicators.load_indicators(), extraction.load_rules()
        for text in _real_texts():
            for para in re.split(r"\n\s*\n", text):
                if para.strip():
                    extraction.extract_rows(para, inds, rules, "Children's Services Committee")
    finally:
        for k in names:
            setattr(extraction, k, plain[k])
    assert len(calls["classify_vetoed"]) > 300 and all(len(v) == len(calls["classify_vetoed"]) for v in calls.values())
    return calls


def _real_evidence() -> list[Evidence]:
    return [args[0] for args in _real_calls()["classify_vetoed"]]


_AWKWARD = list("aentho ’'-–():;/.,_£1²ſKİ\t\nAThEé")


def test_fast_articles_remove_what_the_plain_articles_remove():
    cases = ["the child's plan; a.b the.an an'the A-the THE_AN a² the‑end", "an", "a", "the", "at", "than", "ta", "_a", "a_",
             "éa", "aé", "theé", "1the", "the1", "a'", "'an'", ""]
    rng = random.Random(11)
    cases += ["".join(rng.choice(_AWKWARD) for _ in range(rng.randint(0, 16))) for _ in range(20000)]
    cases += [" ".join(rng.choice(["a", "an", "the", "ann", "tthe", "x", "é", "_", "'", "."]) for _ in range(rng.randint(0, 8)))
              for _ in range(5000)]
    for s in cases:
        assert indicators._ARTICLES_FAST.sub(" ", s) == indicators._ARTICLES.sub(" ", s), s


def _plain_open_and_reach(phrase: str, unit: str) -> tuple[bool, int]:
    """``(is_open, _qualifier_reach)`` as indicators.py wrote them before ``_open_and_reach`` (round 6): the
    reference the one-pass version is held to."""
    ind = indicators

    def words(p: str) -> list[str]:
        return ind._PHRASE_WORD.findall(p.lower().replace("’", "'"))

    def is_open(p: str, u: str) -> bool:
        ws = words(p)
        if all(w in ind._OPEN_WORDS or w[0].isdigit() for w in ws):
            return True
        if u == "percent" and all(w in ind._OPEN_WORDS or w in ind._GROUP_WORDS or w[0].isdigit() for w in ws):
            return True
        if u == "gbp" and all(w in ind._OPEN_WORDS or w in ind._COST_WORDS or w[0].isdigit() for w in ws):
            return True
        return u == "gbp" and ind._MONEY_WORDS.search(p) is None

    def qualifier_reach(p: str, u: str, open_: bool) -> int:
        if not open_:
            return 1
        if not p.strip() or all(w in ind._OPEN_WORDS or w[0].isdigit() for w in words(p)):
            return 3
        return 2 if u == "percent" else 1

    open_ = is_open(phrase, unit)
    return open_, qualifier_reach(phrase, unit, open_)


_PHRASE_WORDS = sorted(indicators._OPEN_WORDS)[:40] + sorted(indicators._GROUP_WORDS)[:20] + sorted(indicators._COST_WORDS) + [
    "budget", "overspend", "children", "care", "EHCP", "EHCPs", "timeliness", "12", "2023/24", "’s", "'s", "Q3", "in-year",
    "", " ", "(", "rest of:", "Year", "THE", "Average", "per", "£", "%", "week's"]


def test_open_and_reach_is_is_open_and_qualifier_reach():
    rng = random.Random(13)
    units = ["count", "percent", "gbp", "rate", "weeks", "days", "years", "percentage_points"]
    phrases = ["", " ", "the final position", "secondary schools", "the average weekly cost", "unregistered placements",
               "average weekly cost of an agency social worker", "children in care", "82", "’"]
    phrases += [" ".join(rng.choice(_PHRASE_WORDS) for _ in range(rng.randint(0, 6))) for _ in range(6000)]
    for phrase in phrases:
        for unit in units:
            assert indicators._open_and_reach(phrase, unit) == _plain_open_and_reach(phrase, unit), (phrase, unit)


def test_open_and_reach_on_real_phrases():
    evidence = _real_evidence()
    seen = set()
    for ev in evidence:
        assert indicators._open_and_reach(ev.phrase, ev.unit) == _plain_open_and_reach(ev.phrase, ev.unit), ev.phrase
        seen.add(_plain_open_and_reach(ev.phrase, ev.unit))
    assert {(True, 3), (False, 1)} <= seen  # (the real phrases hold open and named ones)


def _sentences_of_real_figures() -> list[tuple[str, int, int]]:
    return list(dict.fromkeys((text, ss, se) for text, _h, (ss, se), *_ in _real_calls()["comparator_of"]))


def test_comparator_scan_finds_the_comparator_spans():
    from analysis.figures.context import _comparator_spans
    from analysis.figures.rules import load_rules

    rules = load_rules()
    assert rules.comparator_scan_re is not None  # (the shipped comparators are ASCII words)
    without = dataclasses.replace(rules, comparator_scan_re=None)
    plain = dataclasses.replace(rules, comparator_ascii_re=None, comparator_scan_re=None)
    found = 0
    for text, ss, se in _sentences_of_real_figures():
        for a, b in ((ss, se), (0, se), (ss, len(text)), (max(0, ss - 1), se)):
            spans = _comparator_spans(text, a, b, rules)
            assert spans == _comparator_spans(text, a, b, without) == _comparator_spans(text, a, b, plain), (text[a:b])
            found += len(spans)
    assert found > 20
    # a comparator right after one that ends with an apostrophe; overlapping comparators; at the very start
    for text in ("Statistical neighbours'annual target was 5", "the national average national average",
                 "national average.", "x the the previous quarter 1 report, quarter 1", "England averages'budget"):
        for a in range(4):
            assert _comparator_spans(text, a, len(text), rules) == _comparator_spans(text, a, len(text), plain), (text, a)


def test_ascii_phrase_scan_declines_what_it_cannot_place():
    from analysis.figures.rules import ascii_phrase_scan

    assert ascii_phrase_scan(["£ budget", "target"]) is None  # (a boundary before "£" needs a word character)
    assert ascii_phrase_scan(["neighbours’ average"]) is None
    assert ascii_phrase_scan([]) is None
    assert ascii_phrase_scan(["'s target"]) is None and ascii_phrase_scan(["target", "_x"]) is not None


@pytest.mark.parametrize("seed", range(3))
def test_ascii_phrase_scan_kept_matches_are_the_phrase_matches(seed):
    from analysis.figures.rules import ascii_phrase_regex, ascii_phrase_scan

    rng = random.Random(seed)
    vocab = ["a", "ab", "abc", "b c", "ab c'", "c", "1a", "_b", "x'"]
    pieces = vocab + [" ", "  ", "'", "-", ".", "_", "x", "\t"]
    for _ in range(300):
        phrases = rng.sample(vocab, rng.randint(1, 5))
        scan, plain = ascii_phrase_scan(phrases), re.compile(ascii_phrase_regex(phrases))
        assert scan is not None
        for _ in range(20):
            t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
            kept, last = [], 0
            for m in scan.finditer(" " + t):
                if m.start(1) >= last:
                    kept.append((m.start(1) - 1, m.end(1) - 1))
                    last = m.end(1)
            assert kept == [m.span() for m in plain.finditer(t)], (phrases, t)


def _direction_rules():
    from analysis.figures.rules import load_rules

    rules = load_rules()
    assert rules.direction_scan is not None and rules.direction_ascii is not None  # (the shipped phrases qualify)
    return rules, dataclasses.replace(rules, direction_scan=None), dataclasses.replace(rules, direction_scan=None, direction_ascii=None)


def test_direction_scan_on_real_figures():
    from analysis.figures.context import direction_of

    rules, twins, plain = _direction_rules()
    seen = set()
    for text, h, left, sent_end, _rules in _real_calls()["direction_of"]:
        got = direction_of(text, h, left, sent_end, rules)
        assert got == direction_of(text, h, left, sent_end, twins) == direction_of(text, h, left, sent_end, plain), left
        seen.add(got)
    assert seen == {"up", "down", "none"}


def test_direction_scan_on_awkward_text():
    from analysis.figures.context import direction_of
    from analysis.figures.grammar import Hit

    rules, twins, plain = _direction_rules()
    words = list(rules.up[:12] + rules.down[:12] + rules.not_direction) + [
        "Rose", "FELL", "follow-up", "-", "up", "upto", "x", "_", "'", ",", ".", ";", "an", "a", "  ", "\t", "5", "é"]
    rng = random.Random(17)
    for _ in range(4000):
        left = " ".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        right = " ".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        text = left + "12" + right
        h = Hit(len(left), len(left) + 2, "figure", "num", [12.0])
        for lft in (left, left[rng.randint(0, len(left)):]):
            got = direction_of(text, h, lft, len(text), rules)
            assert got == direction_of(text, h, lft, len(text), twins) == direction_of(text, h, lft, len(text), plain), text


def test_direction_scan_declines_overlapping_lists():
    from analysis.figures.rules import direction_scan

    assert direction_scan(("rise",), ("rise in costs",), ("up to",)) is None  # (a down phrase starts with an up one)
    assert direction_scan(("went up",), ("went",), ()) is None
    assert direction_scan(("rose",), ("déclin",), ()) is None
    assert direction_scan(("rose", "risen"), ("fell",), ("up to",)) is not None


def _matchers():
    inds = indicators.load_indicators()
    out = []
    for unit in ("count", "percent", "gbp"):
        for per in (None, "week"):
            m = indicators._matcher(inds, unit, per)
            if m is not None:
                assert m.scan is not None  # (the shipped terms open with a word character)
                out.append((m, dataclasses.replace(m, scan=None)))
    return out


def _plain_concepts(m, text):
    return indicators._concepts_in.__wrapped__(m, text)


def test_concept_scan_finds_the_concepts_of_real_rings():
    pairs = _matchers()
    texts = {t for ev in _real_evidence() for t in (ev.phrase, ev.clause, ev.sentence, ev.context, ev.paragraph)}
    found = 0
    for m, plain in pairs:
        for t in sorted(texts):
            got = _plain_concepts(m, t)
            assert got == _plain_concepts(plain, t), t
            found += bool(got)
    assert found > 100


def test_concept_scan_on_awkward_text():
    pairs = _matchers()
    terms = sorted({w for m, _ in pairs for ind in m.indicators for t in ind.what + ind.qualifier + ind.exclude
                    for w in indicators._normalise(t).split()})
    noise = ["'s", "s", "es", "'", "-", ".", ",", "(", ")", "the", "a", "An", "_", "4", "need4", "x", "é", "’s", "  ", "\n"]
    rng = random.Random(19)
    for _ in range(3000):
        words = [rng.choice(terms) if rng.random() < 0.7 else rng.choice(noise) for _ in range(rng.randint(0, 9))]
        text = rng.choice(["", " ", "'"]) + rng.choice([" ", "", "-"]).join(words)
        for m, plain in pairs:
            assert _plain_concepts(m, text) == _plain_concepts(plain, text), text


def test_concept_scan_declines_a_term_opening_with_punctuation():
    ind = indicators.Indicator("x", "X", "count", ("'s looked after",), "d")
    m = indicators._build_matcher((ind,))
    assert m.scan is None and indicators._concepts_in.__wrapped__(m, "children's looked after") == (("x", "what", 3),)


def _clause_variants(monkeypatch, text, h, left_start, sent_end):
    from analysis.figures import context

    out = [context.clause_of(text, h, left_start, sent_end)]
    with monkeypatch.context() as mp:
        mp.setattr(context, "_CLAUSE_SPLIT_DASH", None)
        mp.setattr(context, "_CLAUSE_SPLIT_RIGHT_DASH", None)
        out.append(context.clause_of(text, h, left_start, sent_end))
        mp.setattr(context, "_CLAUSE_SPLIT_ASCII", None)
        mp.setattr(context, "_CLAUSE_SPLIT_RIGHT_ASCII", None)
        out.append(context.clause_of(text, h, left_start, sent_end))
    return out


def test_clause_split_from_the_dash_on_real_figures(monkeypatch):
    from analysis.figures import context

    assert context._CLAUSE_SPLIT_DASH is not None and context._CLAUSE_SPLIT_RIGHT_DASH is not None
    cut = 0
    for text, h, left_start, sent_end in _real_calls()["clause_of"]:
        a, b, c = _clause_variants(monkeypatch, text, h, left_start, sent_end)
        assert a == b == c, text[left_start:sent_end]
        cut += a.start > left_start
    assert cut > 50


def test_clause_split_from_the_dash_on_awkward_text(monkeypatch):
    from analysis.figures.grammar import Hit

    pieces = [" - ", "-", " -", "- ", " - - ", "\t-\n", "\x1c-\x1f", " ", "  ", "which", "and", ",", ";", "(", ")", "(HNB)",
              "x", "but", "a", "-x", "x-"]
    rng = random.Random(23)
    for _ in range(3000):
        left = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        right = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        figure = rng.choice(["12", "12 ", "-"])  # (a figure ending in a space: its space is no split's)
        text = left + figure + right
        h = Hit(len(left), len(left) + len(figure), "figure", "num", [12.0])
        for left_start in {0, rng.randint(0, len(left))}:
            for sent_end in {len(text), rng.randint(h.end, len(text))}:
                a, b, c = _clause_variants(monkeypatch, text, h, left_start, sent_end)
                assert a == b == c, (text, left_start, sent_end)



def test_clause_split_from_the_dash_keeps_the_comma_of_education_health_and_care(monkeypatch):
    """The dash paths split at the same commas as the plain patterns: not at the comma of "education, health
    and care" (after the figure) nor at "health and care", a NEET comma or a thousands group (before it)."""
    from analysis.figures.kinds import Hit

    texts = [
        "Only 1% of education, health and care plans were issued within 20 weeks - a fall, as reported.",
        "In 2024, 35 new Education, Health and Care plans were issued, and 12 - so far - were reviewed.",
        "The council issued 102 education,  health and care plans, up from 90 - a rise of 12.",
        "Young people not in education, employment or training were 4.1%, the figure for education, health "
        "and care 7 - high.",
    ]
    n = 0
    for text in texts:
        for m in re.finditer(r"\d+(?:\.\d+)?%?", text):
            h = Hit(m.start(), m.end(), "figure", "num", [float(m.group().rstrip("%"))])
            a, b, c = _clause_variants(monkeypatch, text, h, 0, len(text))
            assert a == b == c, (text, m.group())
            n += 1
    assert n >= 10
