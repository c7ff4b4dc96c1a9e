"""Round 28, helper r28speedi: speed changes in the id and reference code, each checked against what it replaces.

- patterns compiled once instead of at each call (``re.split(r"...", ...)``, ``re.search(r"...", ..., re.I)``):
  the compiled pattern gives the same result as the call-time one on many generated texts;
- :func:`indicators._choose` looks its concept matcher up once and reads the rings through
  :func:`indicators._concepts_of_rings`: the same concepts as :func:`indicators.find_concepts`, and the same id as the
  round 27 body of ``_choose`` (kept below as the reference) on generated rings of the indicators file's own terms.
"""

from __future__ import annotations

import random
import re

import pytest

from analysis.figures import indicators as ind
from analysis.figures import reference as ref


def _texts(n: int, seed: int, alphabet: str) -> list[str]:
    rnd = random.Random(seed)
    words = ["now", "currently", "this year", "This  Year", "NOW", "nowhere", "snow", "current", "for", "placements",
             "homes", "(aged", "under 18)", "children", "in care", "2 years", "moves", ",", ";", ":", ".", "(", "-", "’"]
    out = ["", " ", "now", "this\tyear", "x,y;z:w(v.u"]
    for _ in range(n):
        k = rnd.randint(0, 12)
        parts = [rnd.choice(words) if rnd.random() < 0.6 else "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 6)))
                 for _ in range(k)]
        out.append(rnd.choice(["", " "]).join(parts) if rnd.random() < 0.3 else " ".join(parts))
    return out


_ALPHABET = "abcnowrtyhis ,;:.(-\n\tNOWİſ’é0123456789"


@pytest.mark.parametrize("compiled,text_pattern", [
    (ind._TAIL_END_DURATION, r"[,;:(]"),
    (ind._TAIL_END_SUBGROUP, r"[,;:.]"),
])
def test_tail_end_split_same_as_call_time_pattern(compiled: re.Pattern[str], text_pattern: str) -> None:
    for t in _texts(3000, 1, _ALPHABET):
        assert compiled.split(t, maxsplit=1)[0] == re.split(text_pattern, t, maxsplit=1)[0]


def test_now_words_same_as_call_time_pattern() -> None:
    for t in _texts(3000, 2, _ALPHABET):
        a = ref._NOW_WORDS.search(t)
        b = re.search(r"\b(?:now|currently|this\s+year)\b", t, re.I)
        assert (a is None) == (b is None) and (a is None or a.span() == b.span())


def _choose_r27(rings, unit, per, indicators, what_reach=1, qualifier_reach=1):
    """The body of ``_choose`` before this round (find_concepts twice, the matcher looked up after)."""
    near = max(what_reach, qualifier_reach) + 1
    found = ind.find_concepts(rings[:near], unit, per, indicators)
    if not found:
        return None
    m = ind._matcher(indicators, unit, per)
    assert m is not None
    if len(rings) > near and any(
        "what" not in f and "qualifier" in f and f["qualifier"][0] <= qualifier_reach
        for iid, f in found.items() if iid in m.qualified
    ):
        for iid, far in ind.find_concepts(rings[near:], unit, per, indicators).items():
            slot = found.setdefault(iid, {})
            for kind, (r, words) in far.items():
                if kind not in slot:
                    slot[kind] = (r + near, words)
    best = None
    best_id = None
    for order, i in enumerate(m.indicators):
        f = found.get(i.id)
        if not f or "what" not in f:
            continue
        w = f["what"]
        if i.qualifier:
            q = f.get("qualifier")
            if q is None or q[0] > qualifier_reach:
                continue
            if w[0] >= 3 and i.id == ind._HIGH_NEEDS_ID and len(rings) > 3 and ind._context_other_dsg_part(rings[3]):
                continue
            rank = 2 if w[0] >= 3 and what_reach < 3 and ind._names_other_budget(rings) else 0
            if not rank and w[0] >= 1 and ind._general_fund_near(rings):
                rank = 2
            key = (q[0], rank, w[0], w[1] + q[1], order)
        else:
            if w[0] > what_reach:
                continue
            key = (w[0], 1, w[0], w[1], order)
        if best is None or key < best:
            best, best_id = key, i.id
    return best_id


def _generated_rings(n: int, seed: int, inds) -> list[tuple[str, ...]]:
    rnd = random.Random(seed)
    terms = sorted({t for i in inds for t in (*i.what, *i.qualifier, *i.exclude)})
    fill = ["the", "council", "general fund", "Schools Forum", "early years block", "was", "of", "in", "budget",
            "children's services", "", "DSG", "reported", "figure"]
    rings = []
    for _ in range(n):
        k = rnd.randint(1, 6)
        rings.append(tuple(
            " ".join(rnd.choice(terms) if rnd.random() < 0.45 else rnd.choice(fill) for _ in range(rnd.randint(0, 5)))
            for _ in range(k)))
    return rings


def test_choose_same_as_round_27_body() -> None:
    inds = ind.load_indicators()
    units = [("count", None), ("percent", None), ("gbp", None), ("gbp", "per week"), ("rate", "10,000 children"),
             ("days", None), ("weeks", None), ("nonexistent_unit", None)]
    n = 0
    for rings in _generated_rings(1500, 3, inds):
        for unit, per in units:
            for reach in ((1, 1), (3, 1), (4, 4), (3, 3)):
                assert ind._choose(rings, unit, per, inds, *reach) == _choose_r27(rings, unit, per, inds, *reach)
                n += 1
            m = ind._matcher(inds, unit, per)
            assert ind.find_concepts(rings, unit, per, inds) == ({} if m is None else ind._concepts_of_rings(m, rings))
    assert n == 1500 * len(units) * 4


def test_guards_unchanged() -> None:
    # (guards: what the changed functions answered before)
    inds = ind.load_indicators()
    assert ind.classify(ind.Evidence("children in need", "own", "", "", "count", None), inds) == "children_in_need"
    assert ind._choose(("EHC needs assessments", "met the 20 week statutory timescale"), "percent", None, inds, 1, 1) \
        == "ehcp_timeliness"
    assert ind._choose(("nothing at all",), "nonexistent_unit", None, inds) is None
    ev = ind.Evidence("children on a plan", "own", " 4 children were on a child protection plan for 2 years or more",
                      "", "count", None)
    assert ind._by_duration_or_moves(ev) is True
    s = "In 2020, there were 412 requests and by 2022 this had shot up to 726."
    assert ref._earlier_dated(s, 0, len(s), s.index("412"), s.index("412") + 3, []) is True
    s = "In 2020, there are now 412 requests and by 2022 this had shot up to 726."
    assert ref._earlier_dated(s, 0, len(s), s.index("412"), s.index("412") + 3, []) is False
