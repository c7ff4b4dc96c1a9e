"""Round 40's second reading (r40review): the theme-model cache's key and the topic sizes readers see.

* The cache key (analysis.theme_cache.fit_key) named the fit by its arguments and the theme code's source, but not by
  what the fit reads from module globals while it runs: a harness that sets ``themes._TOKEN`` or patches the
  estimator factory (as tests/realworld/notes/r39_themes_harness.py does for ``tol``) read a model fitted without the
  change, from the checkout's persistent ``build/model-cache``. The key now holds the estimators' settings as the fit
  builds them (:func:`analysis.theme_cache.estimator_params`) and the thread limit.
* ``TopicModel.topics["size"]`` counts the texts the topic model placed by their words: segments with no content word,
  placed in their coded theme's topic since round 40, are not counted in it (the documented definition).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression

from analysis import theme_cache
from analysis import themes as TH
from analysis import topics as T
from analysis.topics import parse_codebook


def _codebook() -> object:
    return parse_codebook({"themes": [{"id": "send", "name": "SEND", "terms": ["EHCP"]},
                                      {"id": "finance", "name": "Finance", "terms": ["budget"]}],
                           "procedure": ["apologies"]})


def _training() -> pd.DataFrame:
    rows = [("send", "EHCP plans were late"), ("send", "EHCP plans issued on time"), ("send", "the EHCP backlog grew"),
            ("finance", "the budget overspend grew"), ("finance", "budget savings were late"), ("finance", "the budget gap"),
            ("other", "apologies were received"), ("other", "minutes were agreed"), ("other", "apologies from members")]
    return pd.DataFrame(rows, columns=["theme", "text"])


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "model-cache"
    monkeypatch.setenv("CM_MODEL_CACHE", str(folder))
    monkeypatch.setattr(theme_cache, "MIN_ROWS", 0)
    return folder


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("theme-*.npz"))


def test_a_token_pattern_changed_at_run_time_is_not_served_the_old_model(cache: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    training = pd.concat([_training(), pd.DataFrame([("send", "a plan was late"), ("finance", "a budget was set")],
                                                     columns=["theme", "text"])])
    before = TH.fit_model(_codebook(), training)
    assert "a" not in before.vectorizer.vocabulary_  # type: ignore[union-attr]
    monkeypatch.setattr(TH, "_TOKEN", r"(?u)\b[A-Za-z]+\b")  # one-letter words too
    after = TH.fit_model(_codebook(), training)
    assert len(_files(cache)) == 2 and "a" in after.vectorizer.vocabulary_  # type: ignore[union-attr]


def test_a_patched_estimator_factory_gets_its_own_file(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    TH.fit_model(_codebook(), _training())

    def loose(**kw: object) -> LogisticRegression:  # a harness's factory: another tolerance whatever it is given
        return LogisticRegression(**{**kw, "tol": 1e-2})

    monkeypatch.setattr(TH, "LogisticRegression", loose)
    model = TH.fit_model(_codebook(), _training())
    assert len(_files(cache)) == 2 and model.classifier.tol == 1e-2  # type: ignore[union-attr]


def test_the_same_fit_still_reads_one_file(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = TH.fit_model(_codebook(), _training())

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("fitted again: the cache was not used")

    monkeypatch.setattr(TH.LogisticRegression, "fit", refuse)
    hit = TH.fit_model(_codebook(), _training())
    assert len(_files(cache)) == 1
    assert hit.proba(["EHCP budget"]).tobytes() == fresh.proba(["EHCP budget"]).tobytes()


def test_estimator_params_names_classes_and_functions() -> None:
    p = theme_cache.estimator_params(TH._vectorizer())
    assert p["dtype"] == "numpy.float64" and p["token_pattern"] == TH._TOKEN
    assert p["__class__"].endswith("TfidfVectorizer")
    theme_cache.canonical(p)  # JSON-able: the key can be made


def test_topic_size_counts_the_texts_placed_by_their_words() -> None:
    texts = ["Foster carers were recruited this year.", "Foster carer fees rose again.",
             "Fostering households were approved.", "Apologies for absence were received from two members.",
             "The minutes of the previous meeting were approved.", "Declarations of interest were made by members.",
             "Agenda item", "Minutes:"]
    themes = ["fostering_adoption"] * 3 + ["other"] * 3 + ["other", "other"]
    m = T.fit_topics(texts, themes=themes, n_topics=2)
    assert (m.labels_ >= 0).all()  # the two without content are placed in the procedure topic
    by_words = pd.Series(m.labels_[m.weights_ > 0]).value_counts()
    assert dict(zip(m.topics["id"], m.topics["size"])) == {int(k): int(v) for k, v in by_words.items()}
    assert int(m.topics["size"].sum()) == len(texts) - 2
