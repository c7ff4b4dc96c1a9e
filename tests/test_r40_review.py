"""Round 40's second reading (r40review): the topic sizes readers see.

``TopicModel.topics["size"]`` counts the texts the topic model placed by their words: segments with no content word,
placed in their coded theme's topic since round 40, are not counted in it (the documented definition; notebook 03
says so). The cache key's tests of this review are in tests/test_theme_cache_r40.py.
"""

from __future__ import annotations

import pandas as pd

from analysis import topics as T


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
