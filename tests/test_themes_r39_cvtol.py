"""Round 39: the held-out fits of the quality table stop at CV_TOL; the model that codes the corpus at TOL.

The converged fit (``themes.TOL``) keeps codebook edits from moving unrelated passages; the five held-out fits of
notebook 03's quality table are an estimate and stop at scikit-learn's default (``themes.CV_TOL``), which keeps the
46-council ``make all`` within its target.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import themes as TH
from analysis import topics as T


def _training() -> pd.DataFrame:
    rows = []
    for i, council in enumerate(["bury", "hounslow", "slough", "torbay", "walsall", "camden"]):
        rows += [
            {"theme": "fostering_adoption", "text": f"Foster carers were recruited in {council} this year, round {i}.",
             "doc_id": f"{council}_1"},
            {"theme": "finance", "text": f"The budget overspend in {council} was reported to members, round {i}.",
             "doc_id": f"{council}_1"},
            {"theme": "other", "text": f"Apologies for absence were received in {council}, round {i}.",
             "doc_id": f"{council}_1"},
        ]
    return pd.DataFrame(rows)


def test_cross_validated_fits_stop_at_cv_tol_and_the_corpus_model_at_tol(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[float] = []
    real = TH.fit_model

    def spy(*args, **kwargs):
        seen.append(kwargs.get("tol", TH.TOL))
        return real(*args, **kwargs)

    monkeypatch.setattr(TH, "fit_model", spy)
    cb = T.load_codebook()
    out = TH.cross_validated(_training(), cb, folds=3)
    assert len(out) == 18 and out["coded"].notna().all()
    assert seen and set(seen) == {TH.CV_TOL}
    assert TH.CV_TOL > TH.TOL
    seen.clear()
    TH.fit_model(cb, _training()[["theme", "text"]])
    assert seen == [TH.TOL]
