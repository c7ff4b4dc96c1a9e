"""Round 37 (r37themetrain2): ``themes.fit_model`` reads an optional ``weight`` column as each passage's sample weight.

The declared test of notes/r37_themetrain2.md weighted the open blind sets' ``other`` passages at 0.5 through it
(``scripts/theme_blind_cv.py --variants``). What a researcher relies on: a training file without the column fits as
before (the same probabilities to the bit), weights of 1 change nothing that matters, a passage weighted up pulls its
theme, and a passage held twice keeps its largest weight whatever the row order.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis import themes as TH
from analysis import topics as T
from analysis.errors import ConfigError

TEXTS = [
    "Members asked about the number of children placed out of borough.",
    "The report on school admissions and transport was noted.",
    "Apologies for absence were received.",
]


@pytest.fixture(scope="module")
def codebook() -> T.Codebook:
    return T.load_codebook()


@pytest.fixture(scope="module")
def training() -> pd.DataFrame:
    return TH.load_training()


def test_no_weight_column_is_the_fit_as_before(codebook: T.Codebook, training: pd.DataFrame) -> None:
    assert "weight" not in training.columns
    a = TH.fit_model(codebook, training).proba(TEXTS)
    b = TH.fit_model(codebook, training[["theme", "text"]]).proba(TEXTS)
    assert np.array_equal(a, b)
    ones = TH.fit_model(codebook, training.assign(weight=1.0)).proba(TEXTS)
    assert np.allclose(a, ones, atol=1e-6)


def test_a_passage_weighted_up_pulls_its_theme(codebook: T.Codebook, training: pd.DataFrame) -> None:
    text = "Members asked about the Quarterly Widget Review and its trampoline pilot."
    extra = pd.DataFrame({"source": "test", "doc_id": "t", "theme": "finance", "text": [text]})
    light = pd.concat([training.assign(weight=1.0), extra.assign(weight=1.0)], ignore_index=True)
    heavy = pd.concat([training.assign(weight=1.0), extra.assign(weight=50.0)], ignore_index=True)
    m_light, m_heavy = TH.fit_model(codebook, light), TH.fit_model(codebook, heavy)
    j = m_heavy.classes.index("finance")
    assert m_heavy.proba([text])[0, j] > m_light.proba([text])[0, j] + 0.05


def test_a_passage_held_twice_keeps_its_largest_weight_in_any_order(codebook: T.Codebook,
                                                                      training: pd.DataFrame) -> None:
    text = "Members asked about the Quarterly Widget Review and its trampoline pilot."
    rows = pd.DataFrame({"source": "test", "doc_id": "t", "theme": "finance", "text": [text, text],
                         "weight": [1.0, 50.0]})
    base = training.assign(weight=1.0)
    a = TH.fit_model(codebook, pd.concat([base, rows], ignore_index=True)).proba(TEXTS + [text])
    b = TH.fit_model(codebook, pd.concat([rows.iloc[::-1], base], ignore_index=True)).proba(TEXTS + [text])
    c = TH.fit_model(codebook, pd.concat([base, rows.iloc[[1]]], ignore_index=True)).proba(TEXTS + [text])
    assert np.array_equal(a, b) and np.array_equal(a, c)


@pytest.mark.parametrize("bad", [float("nan"), None, "heavy", float("inf"), -1.0])
def test_a_bad_weight_names_its_row(codebook: T.Codebook, training: pd.DataFrame, bad: object) -> None:
    """(r37review) A weight that is missing, not a number, infinite or negative is the researcher's to fix: the error
    names the row (scikit-learn's "sample_weight contains NaN" named none, and a negative weight was taken silently)."""
    w = pd.Series([1.0] * len(training), index=training.index, dtype=object)
    w.iloc[3] = bad
    with pytest.raises(ConfigError, match=rf"row {training.index[3]}'s weight"):
        TH.fit_model(codebook, training.assign(weight=w))
