"""Evaluation against hand-annotated gold tables (kept out of the stages' import path).

* :func:`score` - precision and recall of extracted figures against a gold figures table, the
  quality of their ``indicator`` phrase and canonical ``indicator_id``, and whether the matched figures' ``unit``
  and range upper end (``value_max``) agree with the gold's (:func:`unit_range_agreement`);
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

__all__ = ["compare_models", "content_words", "key_words", "match_figures", "match_gold", "phrase_completeness", "same_indicator", "same_value_max", "score",
           "unit_range_agreement"]

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


#: function words a phrase's completeness is measured without (round 47): articles, prepositions, auxiliaries,
#: pronouns; the measure's own words ("rate", "number") are content words here, unlike :data:`_EVAL_STOP`
_COMPLETE_STOP = frozenset({
    "the", "a", "an", "of", "in", "to", "for", "and", "or", "with", "on", "at", "by", "from", "as", "into", "per",
    "this", "that", "these", "those", "its", "their", "his", "her", "our", "it", "they", "there", "which", "who",
    "were", "was", "is", "are", "be", "been", "being", "had", "has", "have", "will", "would", "than", "s",
})

#: the run's words a precision forgives when the reference lacks them: words that name the measure's kind
#: ("number of", "total"), not another thing (round 47's stated tolerance)
_COMPLETE_TOLERATED = frozenset({
    "number", "numbers", "total", "figure", "figures", "amount", "level", "count", "overall", "current", "cent",
})


def content_words(phrase: object) -> list[str]:
    """The stemmed content words of a phrase, in order and once each (:data:`_COMPLETE_STOP` left out).

    >>> content_words("The forecast DSG overspend at month 7")
    ['forecast', 'dsg', 'overspend', 'month', '7']
    >>> content_words(None)
    []
    """
    from nltk.stem.snowball import SnowballStemmer

    stem = SnowballStemmer("english").stem
    text = phrase.lower().replace("\u2019", "'").replace("'s", "") if isinstance(phrase, str) else ""
    out: list[str] = []
    for w in re.findall(r"[a-z0-9]+", text):
        if w not in _COMPLETE_STOP:
            s = stem(w)
            if s not in out:
                out.append(s)
    return out


def phrase_completeness(reference: object, run: object) -> tuple[float, float] | None:
    """(recall, precision) of a run's phrase against a reference phrase, by stemmed content words: recall is the
    share of the reference's words the run's phrase holds, precision the share of the run's words found in the
    reference or tolerated (:data:`_COMPLETE_TOLERATED`, words of the measure's kind). ``None`` when the reference
    has no content word; an empty run phrase is (0.0, 1.0).

    >>> phrase_completeness("children placed out of area", "children")
    (0.25, 1.0)
    >>> phrase_completeness("cost of seven new early help staff", "number of early help staff")
    (0.5, 1.0)
    >>> phrase_completeness("children in care", "young people")
    (0.0, 0.0)
    """
    ref = content_words(reference)
    if not ref:
        return None
    got = content_words(run)
    if not got:
        return 0.0, 1.0
    tolerated = {content_words(w)[0] for w in _COMPLETE_TOLERATED}
    recall = sum(w in got for w in ref) / len(ref)
    precision = sum(w in ref or w in tolerated for w in got) / len(got)
    return round(recall, 4), round(precision, 4)


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
                if _same_value(g["value"], p["value"]):
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


def same_value_max(gold_max: object, pred_max: object) -> bool:
    """Whether two range upper ends (``value_max``) agree: both empty, or both given and within 0.5% (as values match).

    >>> same_value_max(None, float("nan")), same_value_max(1.75, 1.75), same_value_max(None, 2018.0), same_value_max(7.0, 6.0)
    (True, True, False, False)
    """
    g_none, p_none = _missing(gold_max), _missing(pred_max)
    if g_none or p_none:
        return g_none and p_none
    return _same_value(gold_max, pred_max)


def _same_value(gold: object, pred: object) -> bool:
    """Whether a predicted number is the gold's: within 0.5% of it (within 0.005 of a gold number under 1), the one
    tolerance of :func:`match_figures` and :func:`same_value_max`."""
    g = float(gold)  # type: ignore[arg-type]
    return abs(float(pred) - g) <= 0.005 * max(1.0, abs(g))  # type: ignore[arg-type]


def _missing(x: object) -> bool:
    """An empty cell: ``None``, NaN, ``pd.NA`` or a blank string."""
    if x is None or (isinstance(x, str) and not x.strip()):
        return True
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def unit_range_agreement(pred: pd.DataFrame, gold: pd.DataFrame,
                         pairs: dict[object, object] | None = None) -> dict[str, int]:
    """Counts of how far the MATCHED figures (:func:`match_figures`, or ``pairs`` when given) agree with the gold on
    what a researcher compares them by: ``matched``; ``unit_ok``, those whose ``unit`` is the gold's ("£2.1m" is
    ``gbp``, "2.1m children" a ``count``; both empty counts as agreeing); ``ranges``, those where the gold or the
    prediction gives a range's upper end (``value_max``); ``range_ok``, those of them where both give it and it
    agrees (:func:`same_value_max`). A table without a ``unit`` or ``value_max`` column reads as all empty.

    >>> g = pd.DataFrame({"doc_id": ["d", "d"], "raw_start": [0, 10], "raw_end": [4, 14], "value": [2.1e6, 5.0],
    ...                   "value_max": [None, 7.0], "unit": ["gbp", "count"]})
    >>> p = g.assign(unit=["count", "count"], value_max=[None, 7.0])
    >>> unit_range_agreement(p, g)
    {'matched': 2, 'unit_ok': 1, 'ranges': 1, 'range_ok': 1}
    """
    gold = gold.reset_index(drop=True)
    pred = pred.reset_index(drop=True)
    if pairs is None:
        pairs = match_figures(pred, gold)
    out = {"matched": 0, "unit_ok": 0, "ranges": 0, "range_ok": 0}
    for gi, pi in pairs.items():
        g, p = gold.loc[gi], pred.loc[pi]
        out["matched"] += 1
        gu, pu = g.get("unit"), p.get("unit")
        out["unit_ok"] += (_missing(gu) and _missing(pu)) or (not _missing(gu) and str(gu) == str(pu))
        gm, pm = g.get("value_max"), p.get("value_max")
        if not (_missing(gm) and _missing(pm)):
            out["ranges"] += 1
            out["range_ok"] += same_value_max(gm, pm)
    return out


def score(pred: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float]:
    """Precision/recall of extracted figures against a gold table, and indicator quality.

    A prediction matches a gold figure of the same document when their raw spans overlap and the
    values agree (within 0.5%). ``indicator`` = share of matched gold figures whose extracted
    phrase shares a key word (stemmed, generic words such as "number" ignored) with the gold
    phrase, over all gold figures; ``indicator_id`` = share of gold figures with a non-empty gold
    id whose matched prediction has that id. ``unit`` = share of matched figures whose unit is the gold's and
    ``range`` = share of matched figures with a range upper end (gold's or predicted) where both agree
    (:func:`unit_range_agreement`; 1.0 when there are none), with their denominators ``n_matched`` and ``n_ranges``.
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
    agree = unit_range_agreement(pred, gold, gold_match)
    return {
        "n_gold": float(len(gold)), "n_pred": float(len(pred)), "true_positives": float(tp),
        "precision": precision, "recall": recall,
        "indicator": ind_ok / len(gold) if len(gold) else 1.0,
        "indicator_id": id_ok / id_total if id_total else 1.0,
        "unit": agree["unit_ok"] / agree["matched"] if agree["matched"] else 1.0,
        "range": agree["range_ok"] / agree["ranges"] if agree["ranges"] else 1.0,
        "n_matched": float(agree["matched"]), "n_ranges": float(agree["ranges"]),
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
