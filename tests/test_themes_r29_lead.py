"""Round 29, lead (issue 13, speed of the topics stage): two exact shortcuts in what r29themes added.

* :func:`analysis.topics._may_hold_neutral` gates :func:`analysis.topics.without_neutral`: a text where some word of
  every neutral phrase is spelt nowhere is returned as it is, without splitting it into words.
* :meth:`analysis.themes.ThemeModel.proba_content` reads each text once for the probabilities and for
  :meth:`~analysis.themes.ThemeModel.content` (a content unigram's column is non-zero in the text's TF-IDF row).

Each is checked equal to what it replaces, on the seed minutes' lines and on generated spellings of every neutral
phrase (plurals, capitals, possessives, hyphens, phrases split by other words).
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from analysis import themes, topics

ROOT = Path(__file__).resolve().parents[1]


def _seed_lines() -> list[str]:
    lines: list[str] = []
    for p in sorted((ROOT / "data" / "raw").glob("*.txt")):
        lines += [ln for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


def _variants(codebook: topics.Codebook, seed: int = 29) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    fillers = ["the", "Council's", "next", "and", "Forum", "year", "school", "free", "self", "contact", "-", "’s"]
    for term in codebook.neutral:
        ws = term.text.split()
        for _ in range(40):
            form = []
            for w in ws:
                w2 = rng.choice([w, w + "s", w.upper(), w.capitalize(), w + "'s", w + "’s", w[:-1], w + "es",
                                 w[:-1] + "ies" if w.endswith("y") else w])
                form.append(w2)
                if rng.random() < 0.2:
                    form.append(rng.choice(fillers))
            sep = rng.choice([" ", " ", "-", "  "])
            out.append(f"{rng.choice(fillers)} {sep.join(form)} {rng.choice(fillers)}.")
    return out


@pytest.fixture(scope="module")
def codebook() -> topics.Codebook:
    return topics.load_codebook()


def test_the_neutral_gate_never_changes_what_without_neutral_returns(codebook, monkeypatch):
    texts = _seed_lines() + _variants(codebook)
    gated = [topics.without_neutral(t, codebook) for t in texts]
    monkeypatch.setattr(topics, "_may_hold_neutral", lambda text, neutral: True)
    assert gated == [topics.without_neutral(t, codebook) for t in texts]
    assert sum(g != t for g, t in zip(gated, texts)) > 50  # the variants do hold neutral phrases


def test_the_gate_lets_through_every_text_holding_a_neutral_phrase(codebook):
    assert topics._may_hold_neutral("The Schools' Forums agreed.", codebook.neutral)
    assert topics._may_hold_neutral("in the FINANCIAL YEARS ahead", codebook.neutral)
    assert not topics._may_hold_neutral("The forum agreed the budget.", codebook.neutral)


def test_content_read_from_the_tfidf_row_equals_the_analyser_reading(codebook):
    model = themes.default_model(codebook)
    texts = _seed_lines() + _variants(codebook) + ["", "The rec", "The followi", "The Schools Forum", "Budget."]
    vocab = model.vectorizer.vocabulary_
    analyse = model.vectorizer.build_analyzer()
    expected = [any(" " not in w and w in vocab and w not in ENGLISH_STOP_WORDS
                    for w in analyse(topics.without_neutral(" ".join(t.split()), codebook))) for t in texts]
    P, content = model.proba_content(texts)
    assert content == expected == model.content(texts)
    assert (P == model.proba(texts)).all()
    assert 0 < sum(expected) < len(expected)
