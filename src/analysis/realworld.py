"""Scoring the pipeline on real minutes of councils it has never seen (``tests/realworld``).

The real-minutes corpus is a folder with ``raw/`` (verbatim excerpts of published minutes and a
``manifest.csv`` whose extra ``split`` column says ``dev`` or ``test``), ``figures_gold.csv``
(same columns as ``tests/gold/figures_gold.csv``) and ``themes_gold.csv`` (``doc_id, raw_start,
raw_end, theme, text``: one hand-coded passage per row, ``text == raw[raw_start:raw_end]``).

:func:`run_pipeline` runs the clean, figures and topics stages on it; :func:`realworld_scores`
scores each split. This module is evaluation code: no stage imports it.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import normalized_mutual_info_score

SPLITS = ("dev", "test")


def run_pipeline(raw_dir: Path, processed_dir: Path) -> dict[str, pd.DataFrame]:
    """Run clean, figures and topics on ``raw_dir`` into ``processed_dir``; return their tables."""
    from . import corpus, figures, topics

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        documents, segments = corpus.run(raw_dir, processed_dir)
        figs, _ = figures.run(raw_dir, processed_dir)
        result = topics.run(raw_dir, processed_dir)
    return {"documents": documents, "segments": segments, "figures": figs, "topics": result.tables["topics"]}


def load_gold(corpus_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The manifest (with ``doc_id`` and ``split``), the figures gold and the themes gold."""
    manifest = pd.read_csv(corpus_dir / "raw" / "manifest.csv", dtype=str, keep_default_na=False)
    manifest["doc_id"] = manifest["file"].map(lambda f: Path(f).stem)
    bad = sorted(set(manifest["split"]) - set(SPLITS))
    if bad:
        raise ValueError(f"{corpus_dir / 'raw' / 'manifest.csv'}: split must be dev or test, found {bad}")
    figs = pd.read_csv(corpus_dir / "figures_gold.csv", dtype={"doc_id": str, "surface": str, "unit": str,
                                                                "indicator_id": str, "indicator": str})
    themes = pd.read_csv(corpus_dir / "themes_gold.csv", dtype={"doc_id": str, "theme": str, "text": str})
    return manifest, figs, themes


def best_overlaps(gold: pd.DataFrame, table: pd.DataFrame) -> list[int | None]:
    """For each gold passage (``doc_id``, ``raw_start``, ``raw_end``), the position in ``table`` (rows with the same
    columns: segments, the topics table) of the row of its document overlapping its span most, the first such row in
    ``table``'s order; ``None`` when no row overlaps it (r40tidy: the one span matcher of :func:`match_passages` and
    the notes' harnesses, which copied its loop).

    >>> table = pd.DataFrame({"doc_id": ["a", "a", "b"], "raw_start": [0, 10, 0], "raw_end": [10, 30, 5]})
    >>> gold = pd.DataFrame({"doc_id": ["a", "a", "b", "c"], "raw_start": [5, 0, 5, 0], "raw_end": [25, 10, 9, 9]})
    >>> best_overlaps(gold, table)
    [1, 0, None, None]
    """
    rows: dict[object, list[tuple[int, int, int]]] = {}
    for p, (d, a, b) in enumerate(zip(table["doc_id"], table["raw_start"], table["raw_end"])):
        rows.setdefault(d, []).append((p, int(a), int(b)))
    out: list[int | None] = []
    for d, start, end in zip(gold["doc_id"], gold["raw_start"], gold["raw_end"]):
        start, end = int(start), int(end)
        best, best_overlap = None, 0
        for p, a, b in rows.get(d, ()):
            overlap = min(end, b) - max(start, a)
            if overlap > best_overlap:
                best, best_overlap = p, overlap
        out.append(best)
    return out


def match_passages(gold: pd.DataFrame, topics_table: pd.DataFrame) -> pd.DataFrame:
    """For each gold passage, the topics-table row of the segment overlapping its span most (:func:`best_overlaps`).

    Returns ``gold`` with ``pred_theme`` and ``pred_topic``. A passage no segment overlaps was
    dropped by the clean stage as page furniture: its theme counts as ``other`` and its topic is
    missing (left out of the NMI).
    """
    theme, topic = topics_table["theme"].tolist(), topics_table["topic"].tolist()
    best = best_overlaps(gold, topics_table)
    out = gold.copy()
    out["pred_theme"] = [theme[p] if p is not None else "other" for p in best]
    out["pred_topic"] = [int(topic[p]) if p is not None else None for p in best]
    return out


def split_of_new_council(council: str) -> str:
    """The split of a council new to the corpus: ``test`` when the sha256 of its name is 0 mod 3.

    >>> split_of_new_council("Blackburn with Darwen Borough Council"), split_of_new_council("Rutland County Council")
    ('test', 'dev')
    """
    import hashlib

    return "test" if int(hashlib.sha256(council.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def prepare_set(corpus_dir: Path, set_dir: Path, name: str) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """Check a newly gathered set (``set_dir``) against the corpus and give its manifest rows, with
    ``split`` and ``set``, and its gold tables (``{"figures_gold.csv": ..., "themes_gold.csv": ...}``).

    ``set_dir`` holds ``raw/<doc_id>.txt``, ``manifest.csv`` (``file, council, committee,
    meeting_date, title, source_url``), ``figures_gold.csv`` and ``themes_gold.csv``. Every gold
    row must slice its file exactly; no file or ``source_url`` may already be in the corpus, nor the
    set's name. A council keeps the split it already has (adding a set never moves a council between
    ``dev`` and ``test``); a new council gets :func:`split_of_new_council`.
    """
    manifest = pd.read_csv(corpus_dir / "raw" / "manifest.csv", dtype=str, keep_default_na=False)
    new = pd.read_csv(set_dir / "manifest.csv", dtype=str, keep_default_na=False)
    where = set_dir / "manifest.csv"
    missing = [c for c in ("file", "council", "source_url") if c not in new.columns]
    if missing:
        raise ValueError(f"{where}: missing column(s) {', '.join(missing)}")
    if not name or "/" in name or ("set" in manifest.columns and name in set(manifest["set"])):
        raise ValueError(f"{corpus_dir}: set name {name!r} is empty, has a '/' or is already used")
    clash = sorted(set(new["file"]) & set(manifest["file"]))
    if clash:
        raise ValueError(f"{where}: file(s) already in the corpus: {', '.join(clash)}")
    reused = sorted(set(new["source_url"]) & set(manifest["source_url"]) - {""})
    if reused:
        raise ValueError(f"{where}: source_url already in the corpus: {reused[0]}")
    texts = {Path(f).stem: (set_dir / "raw" / f).read_text(encoding="utf-8") for f in new["file"]}
    gold = {}
    for table, column in (("figures_gold.csv", "surface"), ("themes_gold.csv", "text")):
        g = pd.read_csv(set_dir / table, dtype=str, keep_default_na=False)
        for r in g.to_dict("records"):
            if r["doc_id"] not in texts:
                raise ValueError(f"{set_dir / table}: doc_id {r['doc_id']} is not in the set's manifest")
            if texts[r["doc_id"]][int(r["raw_start"]):int(r["raw_end"])] != r[column]:
                raise ValueError(f"{set_dir / table}: {r['doc_id']} {r['raw_start']}-{r['raw_end']} does not slice to "
                                 f"{r[column][:40]!r}")
        gold[table] = g
    known = dict(zip(manifest["council"], manifest["split"]))
    new["split"] = [known.get(c) or split_of_new_council(c) for c in new["council"]]
    new["set"] = name
    return new, gold


def write_set(corpus_dir: Path, set_dir: Path, rows: pd.DataFrame, gold: dict[str, pd.DataFrame]) -> None:
    """Append a set checked by :func:`prepare_set` to the corpus at ``corpus_dir``, all or nothing:
    its raw files, its manifest rows (sorted by file) and its gold rows (sorted by document and start)."""
    from . import io

    raw = corpus_dir / "raw"
    manifest = pd.read_csv(raw / "manifest.csv", dtype=str, keep_default_na=False)
    if "set" not in manifest.columns:
        manifest["set"] = ""
    merged = pd.concat([manifest, rows[manifest.columns]], ignore_index=True).sort_values("file", kind="stable")
    files: dict[Path, bytes | str] = {raw / f: (set_dir / "raw" / f).read_bytes() for f in rows["file"]}
    files[raw / "manifest.csv"] = merged.to_csv(index=False, lineterminator="\n")
    for table, g in gold.items():
        old = pd.read_csv(corpus_dir / table, dtype=str, keep_default_na=False)
        both = pd.concat([old, g[old.columns]], ignore_index=True)
        both["_s"] = both["raw_start"].astype(int)
        both = both.sort_values(["doc_id", "_s"], kind="stable").drop(columns="_s")
        files[corpus_dir / table] = both.to_csv(index=False, lineterminator="\n")
    io.write_files(files)


def add_set(corpus_dir: Path, set_dir: Path, name: str) -> pd.DataFrame:
    """Check a newly gathered set (:func:`prepare_set`) and append it to the corpus (:func:`write_set`).

    Returns the set's manifest rows, with ``split`` and ``set``. Score the set on its own before
    adding it (its first run: ``scripts/add_realworld_set.py`` does both).
    """
    rows, gold = prepare_set(corpus_dir, set_dir, name)
    write_set(corpus_dir, set_dir, rows, gold)
    return rows


def realworld_scores(corpus_dir: Path, tables: dict[str, pd.DataFrame], errors: bool = False,
                     by_set: bool = False, splits: tuple[str, ...] = (*SPLITS, "all")) -> dict[str, object]:
    """Scores per split (and ``all``) of the pipeline's ``tables`` against the corpus gold.

    Returns ``{"scores": {split: {metric: value}}, "errors": {name: DataFrame}}``; errors are the
    dev split's wrong figures and themes when ``errors`` is true (never the test split's). With
    ``by_set`` and a ``set`` column in the manifest (the gathering round of each excerpt), scores are
    also given per set and split (``"E/test"``, ``"E/all"``), so a set's first run can be compared
    with its score now. ``splits``: (r39tools) the groups scored, of ``dev``, ``test`` and ``all`` (``("dev",)``: no
    figure or passage of another split is scored).

    Each group's scores include (r39tools) the unit and range agreement of its matched figures
    (:func:`analysis.evaluation.unit_range_agreement`): ``unit`` (share of matched figures whose unit is the gold's)
    over ``units_matched``, ``range`` (share of matched figures with a range's upper end, gold's or predicted, where
    both agree; 1.0 when there is none) over ``ranges``.
    """
    from .evaluation import score
    from .topics import assign_themes

    manifest, gold_figs, gold_themes = load_gold(corpus_dir)
    if "set" in manifest.columns and (manifest["set"] == "").any():
        raise ValueError(f"{corpus_dir / 'raw' / 'manifest.csv'}: every excerpt needs its set (column set)")
    split_of = dict(zip(manifest["doc_id"], manifest["split"]))
    pred = tables["figures"]
    matched = match_passages(gold_themes, tables["topics"])
    matched["iso_theme"] = assign_themes(matched["text"].tolist())
    scores: dict[str, dict[str, float]] = {}
    unknown = sorted(set(splits) - {*SPLITS, "all"})
    if unknown:
        raise ValueError(f"splits must be of {(*SPLITS, 'all')}, found {unknown}")
    groups = {split: {d for d, s in split_of.items() if split in ("all", s)} for split in splits}
    if by_set and "set" in manifest.columns:
        set_of = dict(zip(manifest["doc_id"], manifest["set"]))
        for name in sorted(set(set_of.values())):
            for split in splits:
                docs = {d for d in groups[split] if set_of[d] == name}
                if docs:
                    groups[f"{name}/{split}"] = docs
    for group, docs in groups.items():
        g = gold_figs[gold_figs["doc_id"].isin(docs)]
        p = pred[pred["doc_id"].isin(docs)]
        fs = score(p, g)
        pr = fs["precision"] + fs["recall"]
        f1 = 2 * fs["precision"] * fs["recall"] / pr if pr else 0.0  # no gold and no prediction: 1.0, as P and R
        m = matched[matched["doc_id"].isin(docs)]
        has_topic = m["pred_topic"].notna()
        scores[group] = {
            "documents": float(len(docs)),
            "councils": float(manifest.loc[manifest["doc_id"].isin(docs), "council"].nunique()),
            "figures_gold": fs["n_gold"], "figures_pred": fs["n_pred"],
            "precision": fs["precision"], "recall": fs["recall"], "f1": f1,
            "indicator": fs["indicator"], "indicator_id": fs["indicator_id"],
            "indicator_id_gold": float(g["indicator_id"].fillna("").astype(str).str.strip().ne("").sum()),
            "unit": fs["unit"], "units_matched": fs["n_matched"], "range": fs["range"], "ranges": fs["n_ranges"],
            "passages": float(len(m)),
            "theme_topics_table": float((m["pred_theme"] == m["theme"]).mean()) if len(m) else 1.0,
            "theme_isolated": float((m["iso_theme"] == m["theme"]).mean()) if len(m) else 1.0,
            "topic_nmi": float(normalized_mutual_info_score(m.loc[has_topic, "theme"], m.loc[has_topic, "pred_topic"]))
            if has_topic.sum() > 1 else 0.0,
        }
    out: dict[str, object] = {"scores": scores, "errors": {}}
    if errors:
        dev = {d for d, s in split_of.items() if s == "dev"}
        out["errors"] = figure_errors(pred[pred["doc_id"].isin(dev)], gold_figs[gold_figs["doc_id"].isin(dev)])
        m = matched[matched["doc_id"].isin(dev)]
        out["errors"]["themes (topics table)"] = m.loc[m["pred_theme"] != m["theme"],
                                                       ["doc_id", "theme", "pred_theme", "iso_theme", "text"]]
    return out


def figure_errors(pred: pd.DataFrame, gold: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Missed gold figures, extra predicted figures, and matched figures with a wrong id or phrase."""
    from .evaluation import match_figures, same_indicator

    pairs = match_figures(pred, gold)
    matched_pred = set(pairs.values())
    missed = gold.loc[[gi for gi in gold.index if gi not in pairs], ["doc_id", "surface", "unit", "indicator"]]
    extra = pred.loc[[pi for pi in pred.index if pi not in matched_pred], ["doc_id", "surface", "unit", "indicator", "sentence"]]
    wrong = []
    for gi, pi in pairs.items():
        g, p = gold.loc[gi], pred.loc[pi]
        gid = g["indicator_id"] if isinstance(g["indicator_id"], str) else ""
        pid = p["indicator_id"] if isinstance(p["indicator_id"], str) else ""
        if gid != pid or not same_indicator(g["indicator"], p["indicator"]):
            wrong.append({"doc_id": g["doc_id"], "surface": g["surface"], "gold_id": gid, "pred_id": pid,
                          "gold_indicator": g["indicator"], "pred_indicator": p["indicator"], "sentence": p["sentence"]})
    return {"missed figures": missed, "extra figures": extra, "wrong indicator": pd.DataFrame(wrong)}


# --------------------------------------------------------------------------------------------------
# Council-held-out topics (honest dev scores)
# --------------------------------------------------------------------------------------------------


def held_out_themes(segments: pd.DataFrame, documents: pd.DataFrame | None, council_of: dict[str, str],
                    training: pd.DataFrame, codebook: object = None, folds: int = 5) -> list[str]:
    """Coded theme of each segment from a theme model that has not learnt from the segment's council.

    ``council_of`` maps the doc_ids of the councils to hold out (the real-minutes ``dev`` documents)
    to their council. The councils go to ``folds`` folds (:func:`analysis.themes.council_fold`, as in
    :func:`analysis.themes.cross_validated`); the segments of a fold's documents are coded
    (:func:`analysis.themes.code_segments`, with their context) by a model fitted on ``training``
    without the rows of that fold's documents (``doc_id`` column). Any other segment (e.g. of a
    ``test`` document, which the training never holds) is coded by the model fitted on all of
    ``training``. On new councils the theme model has seen none of the
    passages: this puts the topics stage in that regime while scoring on annotated documents.
    """
    from .themes import code_segments, council_fold, fit_model
    from .themes import council_of as themes_council_of
    from .topics import _as_codebook

    cb = _as_codebook(codebook)
    segments = segments.sort_values(["doc_id", "seq"], kind="mergesort").reset_index(drop=True)
    fold = np.array([council_fold(council_of[d], folds) if d in council_of else -1 for d in segments["doc_id"]])
    coded = np.empty(len(segments), dtype=object)
    tdoc = training["doc_id"].astype(str)
    # the council key of each pool passage (the held councils' pool passages go with them), None for the others
    pool_key = (tdoc.map(themes_council_of).where(training["source"].astype(str).str.startswith("pools-"))
                if "source" in training.columns else pd.Series(None, index=training.index, dtype=object))
    for f in sorted(set(fold.tolist())):
        rows = fold == f
        if f < 0:
            model = fit_model(cb, training)
        else:
            held = {d for d, c in council_of.items() if council_fold(c, folds) == f}
            out = tdoc.isin(held) | pool_key.isin({themes_council_of(d) for d in held})
            model = fit_model(cb, training[~out])
        docs = set(segments.loc[rows, "doc_id"])
        part = segments[segments["doc_id"].isin(docs)]  # whole documents: context needs their other segments
        themes = dict(zip(part.index, (m.theme for m in code_segments(part, documents, cb, model=model))))
        coded[rows] = [themes[i] for i in np.flatnonzero(rows)]
    return coded.tolist()


def topics_cv(corpus_dir: Path, split: str = "dev", documents: Sequence[str] | None = None, folds: int = 5,
              training: pd.DataFrame | None = None, segments: pd.DataFrame | None = None,
              coded: Sequence[str] | None = None, fit_on: Sequence[str] | None = None,
              held_out: bool = True, **fit_kwargs: object) -> dict[str, object]:
    """Honest topic scores of one split: topics fitted on its documents with council-held-out themes.

    The theme model learns from the ``dev`` passages (``data/themes_training.csv``), so on ``dev``
    the topics stage sees themes that are right far more often than on councils never seen, and a
    topic setting chosen on ``dev`` is chosen in the wrong regime. Here each ``dev`` council's
    segments are coded by a model trained without its fold of councils (:func:`held_out_themes`),
    the topics are fitted (:func:`analysis.topics.fit_topics`, with ``fit_kwargs``) on the split's
    documents alone (or on ``documents``, a subset, to check a setting as the corpus grows), and each
    gold passage is matched to its segment. ``segments`` and ``coded`` (from an earlier call's
    result) skip the cleaning and the theme coding when several settings are compared.
    ``held_out=False`` codes every segment with the model trained on all the dev passages, as the
    pipeline does (the optimistic regime, for comparison).

    Returns ``{"nmi", "theme_accuracy", "k", "passages", "documents", "segments", "coded"}``.
    """
    from . import clean, corpus, topics
    from .themes import load_training

    manifest, _, gold = load_gold(corpus_dir)
    docs = sorted(documents) if documents is not None else sorted(manifest.loc[manifest["split"] == split, "doc_id"])
    if segments is None or coded is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            loaded = corpus.load_corpus(corpus_dir / "raw")
            all_segs = clean.clean_documents(loaded).sort_values(["doc_id", "seq"], kind="mergesort")
            all_segs = all_segs.reset_index(drop=True)
            frame = corpus.documents_frame(loaded, all_segs)
        dev = manifest[manifest["split"] == "dev"]
        train = load_training() if training is None else training
        council_of = dict(zip(dev["doc_id"], dev["council"])) if held_out else {}
        coded = held_out_themes(all_segs, frame, council_of, train, folds=folds)
        segments = all_segs
    keep = segments["doc_id"].isin(set(docs) | set(fit_on or ())).to_numpy()
    segs = segments[keep].reset_index(drop=True)
    themes = [c for c, k in zip(coded, keep) if k]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = topics.fit_topics(segs["text"].astype(str).tolist(), contexts=segs["heading"].tolist(),
                                  themes=themes, documents=segs["doc_id"].astype(str).tolist(),
                                  **fit_kwargs)  # type: ignore[arg-type]
    table = segs[["doc_id", "raw_start", "raw_end"]].assign(topic=model.labels_, theme=themes)
    matched = match_passages(gold[gold["doc_id"].isin(set(docs))], table)
    has = matched["pred_topic"].notna()
    nmi = float(normalized_mutual_info_score(matched.loc[has, "theme"], matched.loc[has, "pred_topic"])) \
        if has.sum() > 1 else 0.0
    return {"nmi": nmi, "theme_accuracy": float((matched["pred_theme"] == matched["theme"]).mean()),
            "k": model.n_topics, "passages": int(len(matched)), "documents": len(docs),
            "segments": segments, "coded": coded}
