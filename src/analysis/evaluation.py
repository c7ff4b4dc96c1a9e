"""Evaluation against hand-annotated gold tables (kept out of the stages' import path).

* :func:`score` - precision and recall of extracted figures against a gold figures table, and the
  quality of their ``indicator`` phrase and canonical ``indicator_id``;
* :func:`match_gold` - the hand theme of each segment from a gold themes table;
* :func:`compare_models` - NMI with hand themes of candidate topic models (how NMF was chosen).

Used by the tests and notebook 03; no stage imports this module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from . import topics

__all__ = ["compare_models", "key_words", "match_figures", "match_gold", "same_indicator", "score"]

_EVAL_STOP = {
    "the", "a", "an", "of", "in", "to", "for", "and", "or", "with", "on", "at", "by", "from", "number",
    "numbers", "total", "figure", "figures", "rate", "proportion", "percentage", "level", "per", "cent",
    "amount", "this", "that", "were", "was", "is", "are", "had", "been",
}


def key_words(phrase: str) -> set[str]:
    """Stemmed content words of an indicator phrase (generic words such as "number" left out).

    >>> sorted(key_words("The number of children in care"))
    ['care', 'children']
    """
    from nltk.stem.snowball import SnowballStemmer

    stem = SnowballStemmer("english").stem
    out = set()
    for w in re.findall(r"[a-z0-9]+", str(phrase).lower().replace("’", "'").replace("'s", "")):
        if w not in _EVAL_STOP and len(w) > 1:
            out.add(stem(w))
    return out


def match_figures(pred: pd.DataFrame, gold: pd.DataFrame) -> dict[object, object]:
    """Gold index -> predicted index: same document, overlapping raw spans, values within 0.5%.

    Each prediction matches at most one gold figure; gold figures are matched in table order, each
    to the first free prediction of its document that fits.
    """
    used: set[object] = set()
    pairs: dict[object, object] = {}
    by_doc = {d: g for d, g in pred.groupby("doc_id")}
    for gi, g in gold.iterrows():
        cand = by_doc.get(g["doc_id"])
        if cand is None:
            continue
        for pi, p in cand.iterrows():
            if pi in used:
                continue
            if int(p["raw_start"]) < int(g["raw_end"]) and int(g["raw_start"]) < int(p["raw_end"]):
                if abs(float(p["value"]) - float(g["value"])) <= 0.005 * max(1.0, abs(float(g["value"]))):
                    used.add(pi)
                    pairs[gi] = pi
                    break
    return pairs


def same_indicator(gold_phrase: object, pred_phrase: object) -> bool:
    """Whether an extracted phrase names what the gold phrase names: a shared key word.

    >>> same_indicator("children in care", "looked after children"), same_indicator("children", None)
    (True, False)
    """
    return bool(key_words(str(gold_phrase)) & key_words(pred_phrase if isinstance(pred_phrase, str) else ""))


def score(pred: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float]:
    """Precision/recall of extracted figures against a gold table, and indicator quality.

    A prediction matches a gold figure of the same document when their raw spans overlap and the
    values agree (within 0.5%). ``indicator`` = share of matched gold figures whose extracted
    phrase shares a key word (stemmed, generic words such as "number" ignored) with the gold
    phrase, over all gold figures; ``indicator_id`` = share of gold figures with a non-empty gold
    id whose matched prediction has that id.
    """
    gold = gold.reset_index(drop=True)
    pred = pred.reset_index(drop=True)
    gold_match = match_figures(pred, gold)
    tp = len(gold_match)
    precision = tp / len(pred) if len(pred) else 1.0
    recall = tp / len(gold) if len(gold) else 1.0
    ind_ok = 0
    id_total = id_ok = 0
    for gi, g in gold.iterrows():
        p = pred.loc[gold_match[gi]] if gi in gold_match else None
        if p is not None and same_indicator(g["indicator"], p["indicator"]):
            ind_ok += 1
        gid = g.get("indicator_id")
        if isinstance(gid, str) and gid.strip():
            id_total += 1
            if p is not None and pd.notna(p["indicator_id"]) and p["indicator_id"] == gid:
                id_ok += 1
    return {
        "n_gold": float(len(gold)), "n_pred": float(len(pred)), "true_positives": float(tp),
        "precision": precision, "recall": recall,
        "indicator": ind_ok / len(gold) if len(gold) else 1.0,
        "indicator_id": id_ok / id_total if id_total else 1.0,
    }


def _gold_norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def match_gold(segments: pd.DataFrame, gold: pd.DataFrame) -> pd.Series:
    """Hand theme of each segment from a gold table keyed by ``doc_id`` and ``text_start``.

    ``text_start`` is the first ~60 characters of the segment, compared on lower-case letters and
    digits only (so quote, dash and spacing changes in cleaning do not matter): a gold row matches a
    segment of the same document that starts with it (a leading list number ignored) or, for a
    segment split shorter, that it starts with. The longest matching key wins; None when no row
    matches. Keying on text rather than ``segment_id`` keeps the gold valid when segmentation shifts.

    >>> segs = pd.DataFrame({"doc_id": ["d", "d"], "text": ["164 staff were trained.", "Minutes:"]})
    >>> gold = pd.DataFrame({"doc_id": ["d"], "text_start": ["staff were trained"], "theme": ["workforce"]})
    >>> match_gold(segs, gold).tolist()
    ['workforce', None]
    """
    by_doc: dict[str, list[tuple[str, str]]] = {}
    for doc, key, theme in zip(gold["doc_id"], gold["text_start"], gold["theme"]):
        by_doc.setdefault(doc, []).append((_gold_norm(str(key)), theme))
    out: list[str | None] = []
    for doc, text in zip(segments["doc_id"], segments["text"]):
        s = _gold_norm(str(text))
        s2 = re.sub(r"^\d+", "", s)
        best: tuple[int, str] | None = None
        for key, theme in by_doc.get(doc, []):
            if key and (s.startswith(key) or s2.startswith(key) or (len(s) >= 10 and key.startswith(s))):
                if best is None or len(key) > best[0]:
                    best = (len(key), theme)
        out.append(best[1] if best else None)
    return pd.Series(out, index=segments.index, dtype=object)


def compare_models(texts: list[str], gold: Sequence[str], n_topics: int, random_state: int = 0,
                   codebook: topics.Codebook | str | Path | None = None) -> pd.DataFrame:
    """NMI with hand themes of candidate models at the same number of topics (how NMF was chosen).

    Candidates: the stage's model (codebook-guided NMF), the same features with k-means on an LSA
    projection and with k-means directly, unguided NMF, LDA on word counts, and the plain baseline
    (default TF-IDF + k-means). Each assigns one cluster per text; texts are de-duplicated and
    sorted first, as in :func:`topics.fit_topics`.
    """
    from sklearn.cluster import KMeans
    from sklearn.decomposition import LatentDirichletAllocation, TruncatedSVD
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.metrics import normalized_mutual_info_score
    from sklearn.preprocessing import normalize

    cb = topics._as_codebook(codebook)
    uniq = sorted(set(texts))
    index = np.array([uniq.index(t) for t in texts]) if len(uniq) < 5000 else None
    if index is None:
        pos = {t: i for i, t in enumerate(uniq)}
        index = np.array([pos[t] for t in texts])
    _, _, X, _ = topics.build_features(uniq, cb, topics.DEFAULT_GUIDE)
    X = topics._with_themes(X, uniq, cb, topics.DEFAULT_THEME_WEIGHT)
    k = max(1, min(n_topics, min(X.shape) - 1))
    km = KMeans(n_clusters=k, n_init=10, random_state=random_state)
    svd = TruncatedSVD(n_components=max(2, min(100, min(X.shape) - 1)), random_state=random_state)
    lsa = normalize(svd.fit_transform(X))
    plain_analyzer = topics.Analyzer()
    plain_analyzer.learn_names(uniq)
    counts = CountVectorizer(analyzer=plain_analyzer).fit_transform(uniq)
    lda = LatentDirichletAllocation(n_components=k, random_state=random_state, learning_method="batch")
    results = {
        "codebook-guided NMF (the stage)": topics.fit_topics(texts, n_topics=k, random_state=random_state, codebook=cb).labels_,
        "guided features + k-means on LSA": km.fit_predict(lsa)[index],
        "guided features + k-means": KMeans(n_clusters=k, n_init=10, random_state=random_state).fit_predict(X)[index],
        "unguided NMF": topics.fit_topics(texts, n_topics=k, random_state=random_state, guide=0.0, theme_weight=0.0).labels_,
        "LDA on word counts": lda.fit_transform(counts).argmax(axis=1)[index],
        "baseline: TF-IDF + k-means": topics.baseline_kmeans(texts, k, random_state),
    }
    rows = [{"model": name, "k": k, "nmi": round(float(normalized_mutual_info_score(list(gold), labels)), 3)}
            for name, labels in results.items()]
    return pd.DataFrame(rows)
