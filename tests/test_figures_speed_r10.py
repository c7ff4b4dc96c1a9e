"""Round 10 speed paths (helper r10speed): each gives what the path it shortens gave.

* ``learnt_id.second_opinion`` computes each figure's allowed ids once per (unit, per, is_change) of the batch and
  the indicators by id once per batch, and ``learnt_id._candidates`` cuts the raw text at the figure's sentence once
  for its rings and its words: the candidates and the ids are those of the per-figure path (``candidates`` as it was,
  written out below as the reference), on the committed training rows and on figures written for the test.
"""

from __future__ import annotations

import math

import pytest

from analysis.figures import learnt_id
from analysis.figures.indicators import find_concepts, load_indicators


def _reference_candidates(phrase, sentence, left, right, unit, per, is_change, indicators):
    """``learnt_id.candidates`` before round 10 (per figure: allowed(), the sides cut twice, the ids by id)."""
    ok = learnt_id.allowed(indicators, unit, per, is_change)
    if not ok:
        return {}
    found = find_concepts(learnt_id._rings_of_sides(phrase, sentence, left, right,
                                                    *learnt_id._sentence_sides(left, right)), unit, per or None, indicators)
    by_id = {ind.id: ind for ind in indicators}
    rings = {}
    for iid, slot in found.items():
        if iid not in ok or "what" not in slot and "qualifier" not in slot:
            continue
        rings[iid] = (slot.get("what", (9, 0))[0], slot.get("qualifier", (9, 0))[0])
    if not rings:
        return {}
    nearest = min(min(w, q) for w, q in rings.values())
    words = [t for t in learnt_id.features(phrase, "", left, right, unit, per, is_change) if not t.startswith("s=")]
    out = {}
    for iid, (w, q) in rings.items():
        hasq = bool(by_id[iid].qualifier)
        out[iid] = [f"id={iid}", f"wr={w}", f"qr={q if hasq else '-'}", f"id={iid}|wr={w}",
                    f"id={iid}|qr={q if hasq else '-'}", f"near={int(min(w, q) == nearest)}", f"n={min(len(rings), 3)}",
                    *words]
    return out


def _reference_second_opinion(rows, indicators, threshold=learnt_id.THRESHOLD):
    weights, bias = learnt_id._fitted(indicators)
    out = []
    for r in rows:
        cand = _reference_candidates(*r, indicators)
        best, best_z = None, -math.inf
        for iid in sorted(cand):
            z = bias + sum(weights.get(t, 0.0) for t in dict.fromkeys(cand[iid]))
            if z > best_z:
                best, best_z = iid, z
        out.append(best if cand and 1.0 / (1.0 + math.exp(-best_z)) >= threshold else None)
    return out


# figures written for the test (council style), several of one unit and per in a batch, a change of a count and of a
# percentage (the is_change token), money per week, an id-less phrase
_WRITTEN = [
    ("children", "The service supported 412 children in care at the end of March.", "The service supported ",
     " children in care at the end of March. Numbers rose.", "count", "", False),
    ("", "Of those, 38 were placed out of area. The rest were local.", "in care. Of those, ",
     " were placed out of area. The rest were local.", "count", "", False),
    ("increase", "An increase of 35 in the number of child protection plans.", "An increase of ",
     " in the number of child protection plans.", "count", "", True),
    ("timeliness", "EHC plans issued within 20 weeks fell by 12% this year.", "within 20 weeks fell by ",
     " this year. The national figure is 50%.", "percent", "", True),
    ("average cost", "The average cost of a residential placement is £5,200 a week.",
     "The average cost of a residential placement is ", " a week. Agency fees rose.", "gbp", "week", False),
    ("overspend", "The high needs block overspend is forecast at £4.6m.", "Budget monitoring. The high needs block overspend is forecast at ",
     ". This is a pressure on the DSG.", "gbp", "", False),
    ("attendance", "Persistent absence in secondary schools was 22% in the autumn term.",
     "Persistent absence in secondary schools was ", " in the autumn term.", "percent", "", False),
]


def _training_rows(n=400):
    rows = learnt_id.check_rows()
    return [(r["indicator"], r["sentence"], r["left"], r["right"], r["unit"], r["per"], r["is_change"] == "True")
            for r in rows[:n]]


@pytest.mark.parametrize("source", ["written", "training"])
def test_candidates_batch_path_is_the_per_figure_path(source):
    inds = load_indicators()
    rows = _WRITTEN if source == "written" else _training_rows()
    by_id = {ind.id: ind for ind in inds}
    for r in rows:
        ref = _reference_candidates(*r, inds)
        assert learnt_id.candidates(*r, inds) == ref
        ok = learnt_id.allowed(inds, r[4], r[5], r[6])
        assert learnt_id._candidates(*r, ok, inds, by_id) == ref
    if source == "training":
        assert sum(1 for r in rows if _reference_candidates(*r, inds)) > 100  # (the rows do reach the model)


@pytest.mark.parametrize("source", ["written", "training"])
def test_second_opinion_batch_is_the_per_figure_path(source):
    inds = load_indicators()
    rows = _WRITTEN if source == "written" else _training_rows()
    got = learnt_id.second_opinion(rows, inds)
    assert got == _reference_second_opinion(rows, inds)
    if source == "training":
        assert sum(g is not None for g in got) > 20


def test_features_of_sides_is_features():
    for phrase, sentence, left, right, unit, per, change in _WRITTEN + _training_rows(200):
        assert learnt_id._features_of_sides(phrase, sentence, *learnt_id._sentence_sides(left, right), unit, per,
                                            change) == learnt_id.features(phrase, sentence, left, right, unit, per, change)


# ---- indicators._normalise: ASCII text through one bytes.translate (lower case, the spaced characters and '"')

import random
import re

from analysis.figures import indicators as _ind


def _reference_normalise(s):
    """``indicators._normalise`` before round 10."""
    s = s.lower()
    if "’" in s:
        s = s.replace("’", "'")
    if "'" in s and ("‘" in s or s.count("'") > 1):
        s = re.sub(r"(?:‘|(?<!\w)')([^'‘\n]{1,60}?)'(?!\w)", r" \1 ", s)
    if '"' in s or "“" in s or "”" in s:
        s = re.sub(r"[\"“”]", " ", s)
    for c in "-–(),:;/":
        if c in s:
            s = s.replace(c, " ")
    words = s.split()
    if "".join(words).isalnum() and s.isascii():
        return " ".join([w for w in words if w not in ("a", "an", "the")])
    return " ".join(re.sub(r"\b(?:a|an|the)\b", " ", " ".join(words)).split())


@pytest.mark.parametrize("text", [
    "The number of Children in Care (CiC) rose; the rate per 10,000 is 71.",
    "A 'good' or 'outstanding' judgement - the authority's 'Requires Improvement' rating",
    'an "Outstanding" school: the/an/a test, a.b, the. a, \'the\' (a) "an"',
    "Children’s ‘good’ or “outstanding” – the care leavers' EET",
    "EHCPs issued within 20 weeks\n(the national figure)\tthe  end",
    "",
    "   ",
])
def test_normalise_is_the_reference(text):
    assert _ind._normalise(text) == _reference_normalise(text)


def test_normalise_is_the_reference_on_random_text():
    rnd = random.Random(10)
    alphabet = list("aAtThHeEnN ") * 3 + list("-–(),:;/\"'‘’“”\n\t.£%019_xé") + ["the", "The", "an", "a", " a ", "'good'"]
    for _ in range(20000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert _ind._normalise(s) == _reference_normalise(s), s


# ---- clean._tokenizer: Punkt's own decisions (the contexts _contains_sentbreak does not decide) with the token
# patterns called without nltk's timer: the same decisions and spans as a stock tokenizer of the same parameters

from analysis import clean as _clean

_CONTEXTS = ["pupils. Similarly,", "Training). She", "post-17. The", "authority. this.", "was. future,", "No. 5",
             "e.g. colleges", "4.5. per", "J. Bach", "... The", "Mr. Smith", "U.K. The", "12. the", "(p. 4.) The",
             "Cllr. Smith", "2020. Committee", "para. 3.2", "approx. 40", "etc.) and", "year-end. Spend", "1,200. A"]


def _stock_tokenizer():
    params_cls, tokenizer_cls = _clean._punkt_classes()
    params = params_cls()
    params.abbrev_types = set(_clean.MINUTES_ABBREVIATIONS)
    return tokenizer_cls(params)


def test_punkt_token_patterns_without_timer_decide_the_same():
    ours, stock = _clean._tokenizer(), _stock_tokenizer()
    assert ours._Token is not stock._Token  # (the fast token class is in use)
    rnd = random.Random(10)
    words = ["pupils", "No", "e.g", "4.5", "J", "Cllr", "post-17", "U.K", "etc", "(p", "4)", "12", "1,200", "...",
             "year-end", "The", "the", "A", "a", "Similarly,", "She", "per", "Bach", "(see", "para", "3.2"]
    contexts = _CONTEXTS + [f"{rnd.choice(words)}. {rnd.choice(words)}" for _ in range(400)]
    for c in contexts:
        assert type(ours).text_contains_sentbreak(ours, c) == type(stock).text_contains_sentbreak(stock, c), c


@pytest.mark.parametrize("text", [
    "Cllr. Smith asked about No. 5 (e.g. colleges). Spend was £2.3 million. It fell.",
    "The overspend is 4.5. per cent of the budget. J. Bach said so. Training). She agreed. post-17. The plan.",
    "Numbers rose to 1,200. A review (p. 4.) The Chair agreed... The end. U.K. The figures were 12. the rest",
])
def test_punkt_spans_with_fast_tokens_are_stock_spans(text):
    assert list(_clean._span_tokenize(text)) == list(_stock_tokenizer().span_tokenize(text))


def test_batch_candidates_are_candidates_row_by_row():
    inds = load_indicators()
    rows = _WRITTEN + _training_rows(600)
    assert list(learnt_id._batch_candidates(rows, inds)) == [learnt_id.candidates(*r, inds) for r in rows]


def test_word_contexts_decided_without_punkt_are_punkts_decisions():
    # _contains_sentbreak decides "<word>. <token>" itself (a word of ASCII letters and digits with inner hyphens,
    # not an abbreviation): the same as a stock Punkt tokenizer of our parameters, abbreviations (which go to Punkt)
    # and their hyphenated forms included
    stock = _stock_tokenizer()
    rnd = random.Random(11)
    abbreviations = sorted(_clean.MINUTES_ABBREVIATIONS)
    firsts = abbreviations + [a.capitalize() for a in abbreviations] + [
        "pupils", "post-17", "year-end", "Q2-3", "a-1", "ab", "x", "Training", "co-op", "post-no", "16-25", "A1", "re-etc"]
    firsts += [f"{rnd.choice(['post', 'pre', 'co', 'year'])}-{rnd.choice(abbreviations)}" for _ in range(30)]
    nexts = ["The", "the", "Similarly,", "a", "5", "(see", "'quoted'", "£4m", ")", "--", "...", "e.g.", "Mr.", "A.", ",",
             "said:", "“Hello”", "é", "Über"]
    fast = 0
    for first in firsts:
        for nxt in nexts:
            context = f"{first}. {nxt}"
            fast += _clean._WORD_CONTEXT.fullmatch(context) is not None
            assert _clean._contains_sentbreak.__wrapped__(context) == type(stock).text_contains_sentbreak(stock, context), context
    assert fast > 1000
