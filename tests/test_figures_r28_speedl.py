"""Round 28, helper r28speedl: the learnt id fallback made cheaper, each change checked against what it replaces.

- :func:`learnt_id._batch_candidates` / :func:`learnt_id._candidates` look the concept matcher up once per (unit, per)
  and read the rings through :func:`indicators._concepts_of_rings`; a unit no indicator fits splits no raw text;
- :func:`learnt_id._features_of_sides` stems the words either side only from the figure outwards until four are found;
- :func:`learnt_id.second_opinion` builds a figure's word tokens once and scores each candidate as the same sequence
  of weights (its own seven tokens, then the words without repeats) summed in the same order.

The round-27 bodies are kept below as the reference; they are compared on the committed training rows (real
minutes, 3,000+ figures), on generated variants of them (other units, ``per``, changes, cut windows) and, for the
scores, at thresholds from 0 to 1 so that many figures are given an id and the choice among candidates is exercised.
"""

from __future__ import annotations

import math
import random

import pytest

from analysis.figures import learnt_id as L
from analysis.figures.indicators import find_concepts, load_indicators


# ---- the reference: round 27's bodies (33b3015)

def _ref_features_of_sides(phrase, sentence, lsent, rsent, unit, per, is_change):  # type: ignore[no-untyped-def]
    out = [f"u={unit}", f"per={per}" if per else "per=", f"chg={unit}" if is_change else "chg="]
    pw = [w for w in L._words(phrase) if w not in ("£", "%")]
    out += [f"p={w}" for w in pw]
    out += [f"pp={a}_{b}" for a, b in zip(pw, pw[1:])]
    if not pw:
        out.append("p=")
    lw = [w for w in L._words(lsent) if w not in L._STOP]
    for i, w in enumerate(reversed(lw[-L.WINDOW:]), 1):
        out.append(f"l{min(i, 2)}={w}")
    rw = [w for w in L._words(rsent) if w not in L._STOP]
    for i, w in enumerate(rw[:L.WINDOW], 1):
        out.append(f"r{min(i, 2)}={w}")
    sw = sorted({w for w in L._words(sentence) if w not in L._STOP})
    out += [f"s={w}" for w in sw]
    return out


def _ref_candidates(phrase, sentence, left, right, unit, per, is_change, ok, indicators, by_id):  # type: ignore[no-untyped-def]
    if not ok:
        return {}
    lsent, rsent = L._sentence_sides(left, right)
    found = find_concepts(L._rings_of_sides(phrase, sentence, left, right, lsent, rsent), unit, per or None, indicators)
    rings = {}
    for iid, slot in found.items():
        if iid not in ok or "what" not in slot and "qualifier" not in slot:
            continue
        rings[iid] = (slot.get("what", (9, 0))[0], slot.get("qualifier", (9, 0))[0])
    if not rings:
        return {}
    nearest = min(min(w, q) for w, q in rings.values())
    words = [t for t in _ref_features_of_sides(phrase, "", lsent, rsent, unit, per, is_change) if not t.startswith("s=")]
    out = {}
    for iid, (w, q) in rings.items():
        hasq = bool(by_id[iid].qualifier)
        out[iid] = [f"id={iid}", f"wr={w}", f"qr={q if hasq else '-'}", f"id={iid}|wr={w}",
                    f"id={iid}|qr={q if hasq else '-'}", f"near={int(min(w, q) == nearest)}", f"n={min(len(rings), 3)}",
                    *words]
    return out


def _ref_second_opinion(rows, indicators, threshold):  # type: ignore[no-untyped-def]
    by_id = {ind.id: ind for ind in indicators}
    out = [None] * len(rows)
    weights, bias = L._fitted(indicators)
    for k, r in enumerate(rows):
        cand = _ref_candidates(*r, L.allowed(indicators, r[4], r[5], r[6]), indicators, by_id)
        if not cand:
            continue
        best, best_z = None, -math.inf
        for iid in sorted(cand):
            z = bias + sum(weights.get(t, 0.0) for t in dict.fromkeys(cand[iid]))
            if z > best_z:
                best, best_z = iid, z
        if 1.0 / (1.0 + math.exp(-best_z)) >= threshold:
            out[k] = best
    return out


# ---- inputs

@pytest.fixture(scope="module")
def inds():  # type: ignore[no-untyped-def]
    return load_indicators()


@pytest.fixture(scope="module")
def rows():  # type: ignore[no-untyped-def]
    """The committed training rows (real figures), then generated variants: other units, ``per`` and changes, and the
    raw windows cut at random places (words cut in two, sentences without their start or end)."""
    real = [(r["indicator"], r["sentence"], r["left"], r["right"], r["unit"], r["per"], r["is_change"] == "True")
            for r in L.check_rows()]
    rnd = random.Random(28)
    units = [("count", "", False), ("count", "", True), ("percent", "", False), ("gbp", "", False),
             ("gbp", "week", False), ("gbp", "child", False), ("rate", "10,000", False), ("years", "", False),
             ("days", "", False), ("weeks", "", False), ("ratio", "", False), ("percent", "", True)]
    more = []
    for _ in range(2500):
        p, s, left, right, *_ = rnd.choice(real)
        unit, per, chg = rnd.choice(units)
        if rnd.random() < 0.5:
            left = left[rnd.randint(0, len(left)):]
        if rnd.random() < 0.5:
            right = right[:rnd.randint(0, len(right))]
        if rnd.random() < 0.2:
            p = ""
        more.append((p, s, left, right, unit, per, chg))
    return real + more


def test_features_of_sides_as_before(rows) -> None:  # type: ignore[no-untyped-def]
    n = 0
    for p, s, left, right, unit, per, chg in rows:
        lsent, rsent = L._sentence_sides(left, right)
        for sentence in ("", s):
            assert L._features_of_sides(p, sentence, lsent, rsent, unit, per, chg) == \
                _ref_features_of_sides(p, sentence, lsent, rsent, unit, per, chg)
            n += 1
        # the raw sides uncut too (more words either side than the window)
        assert L._features_of_sides(p, "", left, right, unit, per, chg) == _ref_features_of_sides(p, "", left, right, unit, per, chg)
    assert n > 10_000


def test_features_public_as_before() -> None:
    assert L.features("children in care", "There were 412 children in care in March.", "There were ",
                      " children in care in March.", "count", "", False) == \
        _ref_features_of_sides("children in care", "There were 412 children in care in March.", "There were ",
                               " children in care in March.", "count", "", False)


def test_batch_candidates_as_before(rows, inds) -> None:  # type: ignore[no-untyped-def]
    by_id = {i.id: i for i in inds}
    got = list(L._batch_candidates(rows, inds))
    with_cand = 0
    for r, g in zip(rows, got):
        ok = L.allowed(inds, r[4], r[5], r[6])
        want = _ref_candidates(*r, ok, inds, by_id)
        assert g == want
        assert L._candidates(*r, ok, inds, by_id) == want
        assert L.candidates(*r, inds) == want
        with_cand += bool(want)
    assert with_cand > 1500  # (most training rows have a candidate)


@pytest.mark.parametrize("threshold", [0.0, 0.2, 0.5, 0.7, L.THRESHOLD, 0.95, 1.0])
def test_second_opinion_as_before(rows, inds, threshold) -> None:  # type: ignore[no-untyped-def]
    got = L.second_opinion(rows, inds, threshold)
    assert got == _ref_second_opinion(rows, inds, threshold)
    if threshold == 0.0:
        assert sum(g is not None for g in got) > 1500


def test_candidate_tokens_disjoint_from_words(rows, inds) -> None:  # type: ignore[no-untyped-def]
    """What the scoring relies on: a candidate's own seven tokens are all different and none is a word token, so the
    tokens without repeats are the seven then the words without repeats."""
    for cand in L._batch_candidates(rows[:800], inds):
        for iid, toks in cand.items():
            own, words = toks[:7], toks[7:]
            assert len(set(own)) == 7
            assert not set(own) & set(words)
            assert list(dict.fromkeys(toks)) == own + list(dict.fromkeys(words))


def test_no_matcher_no_split(monkeypatch, inds) -> None:  # type: ignore[no-untyped-def]
    """A unit no indicator fits has no candidate, and its raw text is not split (guard)."""
    calls = []
    real = L._sentence_sides
    monkeypatch.setattr(L, "_sentence_sides", lambda a, b: calls.append(1) or real(a, b))
    rows = [("children in care", "There were 12 years of children in care.", "There were ", " years of children in care.",
             "years", "", False)]
    assert L.second_opinion(rows, inds) == [None]
    assert list(L._batch_candidates(rows, inds)) == [{}]
    assert not calls


def test_guards(inds) -> None:  # type: ignore[no-untyped-def]
    c = L.candidates("children in care", "There were 412 children in care.", "There were ", " children in care.",
                     "count", "", False, inds)
    assert sorted(c) == ["children_in_care"]
    assert c["children_in_care"][:7] == ["id=children_in_care", "wr=0", "qr=-", "id=children_in_care|wr=0",
                                          "id=children_in_care|qr=-", "near=1", "n=1"]
    assert L.candidates("children in care", "x", "", "", "count", "", True, inds) == {}
