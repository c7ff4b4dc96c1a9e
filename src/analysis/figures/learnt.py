r"""A small learnt filter on the figures the rules find (an experiment of issue 11).

The rules of :mod:`.kinds` decide which numbers are figures; hand rules tuned on the dev pages of
``tests/realworld`` did not carry over to councils never seen. This module tries a learnt second
opinion instead: for each number the rules call a figure, :func:`features` describes its kind,
surface shape and a few words either side (lower-cased, numbers masked), and a logistic regression
(:func:`fit`) scores how likely the candidate is a figure a reader would annotate. Candidates scored
below a threshold would be dropped.

Not wired into the figures stage: council-held-out cross-validation on the dev split showed no
gain (``tests/realworld/notes/learnt_filter.md``; ``scripts/figure_filter_cv.py`` reproduces it).

Training rows (``tests/realworld/learnt_filter/training.csv``, built from the dev split only by
``scripts/figure_filter_cv.py``) hold each candidate's feature tokens and its label, so the model can
be refitted from the committed file alone, deterministically.

>>> text = "4 Minutes of the last meeting\nThe number of children in care rose to 412."
>>> features(text, 0, 1)[:4]
['shape=digits1', 'line_start', 'line_words=1', 'r1=minutes']
>>> features(text, 69, 72, "count")[:3]
['unit=count', 'shape=digits3', 'line_end']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline

__all__ = ["WINDOW", "features", "fit", "scores"]

#: words either side of the number that become features
WINDOW = 3

_TOKEN = re.compile(r"£?\d[\d,.]*%?|[a-z]+(?:'[a-z]+)?|[()\[\]:;.,\-–/&•]")
#: what may stand before a number that opens its line: spaces, a bullet, an opening bracket
_BULLET_ONLY = re.compile(r"[\s•*·\-–(]*")
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "half", "zero"}


def _mask(token: str) -> str:
    """A token as a feature: numbers become ``<num>``, ``<pct>`` or ``<gbp>``.

    >>> [_mask(t) for t in ("£4.5m", "12%", "2024", "care")]
    ['<gbp>', '<pct>', '<num>', 'care']
    """
    if token[0] == "£":
        return "<gbp>"
    if token[0].isdigit():
        return "<pct>" if token.endswith("%") else "<num>"
    return "<num>" if token in _NUMBER_WORDS else token


def _shape(surface: str) -> str:
    """The surface's shape: ``pct``, ``gbp``, ``word``, ``decimal`` or ``digits<n>`` (n digits, capped at 5)."""
    s = surface.strip()
    if "%" in s or "per cent" in s.lower():
        return "pct"
    if "£" in s:
        return "gbp"
    if not any(c.isdigit() for c in s):
        return "word"
    if re.search(r"\d\.\d", s):
        return "decimal"
    return f"digits{min(5, sum(c.isdigit() for c in s))}"


def features(text: str, start: int, end: int, unit: str | None = None, indicator: str | None = None) -> list[str]:
    """Feature tokens of the number ``text[start:end]`` (a figure of ``unit``, when the rules called it one).

    Its unit (when given) and shape, whether it opens or closes its line, whether it is in brackets, the ``WINDOW``
    words either side (by position and as a bag), the length of its line and, when given, whether
    the extractor found an indicator phrase for it.
    """
    surface = text[start:end]
    line_a = text.rfind("\n", 0, start) + 1
    line_b = text.find("\n", end)
    line_b = len(text) if line_b < 0 else line_b
    before, after = text[line_a:start], text[end:line_b]
    out = ([f"unit={unit}"] if unit is not None else []) + [f"shape={_shape(surface)}"]
    if _BULLET_ONLY.fullmatch(before):
        out.append("line_start")
    if not after.strip(" .;:"):
        out.append("line_end")
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
        out.append("bracketed")
    if "," in surface:
        out.append("comma")
    words = len(text[line_a:line_b].split())
    out.append(f"line_words={min(words, 40) // 5}")
    left = [_mask(t) for t in _TOKEN.findall(text[max(0, start - 120):start].lower())][-WINDOW:]
    right = [_mask(t) for t in _TOKEN.findall(text[end:end + 120].lower())][:WINDOW]
    for i, t in enumerate(reversed(left), 1):
        out.append(f"l{i}={t}")
    for i, t in enumerate(right, 1):
        out.append(f"r{i}={t}")
    out += [f"lb={t}" for t in left] + [f"rb={t}" for t in right]
    prev = re.search(r"([A-Za-z]+)\W{0,2}$", text[max(0, start - 30):start])
    if prev and prev.group(1)[0].isupper():
        out.append("prev_capital")
    if indicator is not None:
        out.append("has_indicator" if indicator else "no_indicator")
    return out


def fit(rows: Sequence[str], labels: Sequence[int], c: float = 1.0) -> Pipeline:
    """A logistic regression on feature-token strings (space-separated, as in the training file).

    Deterministic: lbfgs (no randomness) with a fixed ``random_state``; the same rows give the same model.
    """
    model = make_pipeline(DictVectorizer(sort=True),
                          LogisticRegression(C=c, solver="lbfgs", random_state=0, max_iter=2000))
    model.fit([dict.fromkeys(r.split(), 1.0) for r in rows], np.asarray(labels, dtype=int))
    return model


def scores(model: Pipeline, rows: Sequence[str]) -> np.ndarray:
    """The model's probability that each candidate (feature-token string) is a figure."""
    if not rows:
        return np.zeros(0)
    return model.predict_proba([dict.fromkeys(r.split(), 1.0) for r in rows])[:, 1]
