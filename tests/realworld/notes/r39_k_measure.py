"""Round 39 (helper r39k): topic NMI and k under three rules for which codebook themes are "present".

``themes_present`` (``src/analysis/topics.py``) decides k = themes present + 1. The rules compared (declared in
``r39_k.md`` before scoring; n_t = texts with content coded theme t, N = texts with content, rel = max(2, ceil(0.01 N))):

* ``A``: n_t >= rel (the code at c118371a);
* ``B``: n_t >= min(rel, 10);
* ``C``: n_t >= rel, or n_t >= 8 and t's segments lie in >= 2 documents.

For each corpus (a set folder as ``r39_scale_merge.py build`` writes, or ``tests/realworld`` with ``--dev``) the clean
stage runs once (``analysis.corpus.run``), the segments are coded once (``analysis.themes.code_segments``, as the topics
stage does) and the topics are fitted under each rule whose k differs from A's (``fit_topics`` with
``themes_present`` swapped for the rule). Prints per rule: k, the themes present, the topic NMI over the gold passages
with a segment (``tests/realworld``: its ``dev`` documents only; nothing of another split is scored) and the theme
accuracy of the topics table (which k cannot move).

Usage (from /work/main)::

    PYTHONPATH=/work/wt/r39k/src .venv/bin/python /work/wt/r39k/tests/realworld/notes/r39_k_measure.py SET_DIR...
    PYTHONPATH=/work/wt/r39k/src .venv/bin/python /work/wt/r39k/tests/realworld/notes/r39_k_measure.py --dev
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd
from sklearn.metrics import normalized_mutual_info_score

RW = Path("/work/main/tests/realworld")


def _rel(n: int) -> int:
    return max(2, math.ceil(0.01 * n))


def present(rule: str, counts: Counter, n: int, ids: list[str], docs_of: dict[str, int]) -> list[str]:
    """The themes present under ``rule`` (A, B or C) given the coded-theme counts of the ``n`` texts with content."""
    rel = _rel(n)
    if rule == "A":
        return [t for t in ids if counts[t] >= rel]
    if rule == "B":
        return [t for t in ids if counts[t] >= min(rel, 10)]
    return [t for t in ids if counts[t] >= rel or (counts[t] >= 8 and docs_of.get(t, 0) >= 2)]


def _load_set(set_dir: Path, tmp: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Documents, segments and gold themes of a set run alone (as add_realworld_set.score_alone lays it out)."""
    sys.path.insert(0, "/work/main/scripts")
    from add_realworld_set import prepare_set, write_set

    from analysis import corpus

    alone = tmp / "corpus"
    (alone / "raw").mkdir(parents=True)
    for name in ("figures_gold.csv", "themes_gold.csv"):
        pd.read_csv(RW / name, dtype=str, keep_default_na=False).iloc[:0].to_csv(alone / name, index=False)
    pd.read_csv(RW / "raw" / "manifest.csv", dtype=str, keep_default_na=False).iloc[:0].to_csv(
        alone / "raw" / "manifest.csv", index=False)
    rows, gold = prepare_set(RW, set_dir, set_dir.name.upper())
    write_set(alone, set_dir, rows, gold)
    documents, segments = corpus.run(alone / "raw", tmp / "processed")
    themes = pd.read_csv(set_dir / "themes_gold.csv", dtype={"doc_id": str, "theme": str, "text": str})
    return documents, segments, themes


def _load_dev(tmp: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Documents and segments of the whole tests/realworld corpus; gold themes of its dev documents only."""
    from analysis import corpus

    documents, segments = corpus.run(RW / "raw", tmp / "processed")
    manifest = pd.read_csv(RW / "raw" / "manifest.csv", dtype=str, keep_default_na=False)
    dev = {Path(f).stem for f, s in zip(manifest["file"], manifest["split"]) if s == "dev"}
    themes = pd.read_csv(RW / "themes_gold.csv", dtype={"doc_id": str, "theme": str, "text": str})
    return documents, segments, themes[themes["doc_id"].isin(dev)].reset_index(drop=True)


def measure(documents: pd.DataFrame, segments: pd.DataFrame, gold: pd.DataFrame, label: str) -> list[dict]:
    from analysis import topics
    from analysis.realworld import match_passages
    from analysis.themes import code_segments

    cb = topics.load_codebook()
    segments = segments.sort_values(["doc_id", "seq"], kind="mergesort").reset_index(drop=True)
    matches = code_segments(segments, documents, cb)
    coded = [m.theme for m in matches]
    docs_of = {t: n for t, n in pd.Series(segments["doc_id"].to_numpy()).groupby(coded).nunique().items()}
    texts = segments["text"].astype(str).tolist()
    contexts = segments["heading"].tolist() if "heading" in segments else None
    original = topics.themes_present
    seen: dict[str, dict] = {}
    rows = []
    for rule in ("A", "B", "C"):
        info: dict = {}

        def swapped(codebook, coded_u, n_texts, rule=rule, info=info):
            counts = Counter(str(t) for t in coded_u)
            ps = present(rule, counts, n_texts, list(codebook.ids), docs_of)
            info.update(n=n_texts, present=ps, counts={t: counts[t] for t in codebook.ids})
            return max(1, len(ps))

        topics.themes_present = swapped
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model = topics.fit_topics(texts, codebook=cb, contexts=contexts, themes=coded)
        finally:
            topics.themes_present = original
        key = ",".join(info["present"])
        if key in seen:  # same themes present: same k, the same fit (deterministic)
            row = dict(seen[key], rule=rule)
        else:
            table = topics.topics_table(segments, model, matches)
            m = match_passages(gold, table)
            has = m["pred_topic"].notna()
            row = {"corpus": label, "rule": rule, "N": info["n"], "rel": _rel(info["n"]), "k": model.n_topics,
                   "nmi": float(normalized_mutual_info_score(m.loc[has, "theme"], m.loc[has, "pred_topic"])),
                   "theme_acc": float((m["pred_theme"] == m["theme"]).mean()), "passages": int(has.sum()),
                   "present": key}
            seen[key] = row
        rows.append(row)
        if rule == "A":
            near = {t: (c, docs_of.get(t, 0)) for t, c in info["counts"].items() if c < max(_rel(info["n"]), 10) and c}
            print(f"# {label}: N={info['n']} rel={_rel(info['n'])} themes under max(rel,10): {near}", flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--dev", action="store_true", help="tests/realworld, scored on its dev split only")
    a = ap.parse_args(argv)
    out = []
    if a.dev:
        with tempfile.TemporaryDirectory(prefix="r39k-") as tmp:
            out += measure(*_load_dev(Path(tmp)), "realworld_dev")
    for s in a.sets:
        with tempfile.TemporaryDirectory(prefix="r39k-") as tmp:
            out += measure(*_load_set(Path(s), Path(tmp)), Path(s).name)
        for r in out[-3:]:
            print(f"{r['corpus']:32s} {r['rule']} N={r['N']:5d} k={r['k']:2d} nmi={r['nmi']:.4f} "
                  f"theme={r['theme_acc']:.4f} passages={r['passages']}", flush=True)
    df = pd.DataFrame(out)
    with pd.option_context("display.width", 250, "display.max_colwidth", 200, "display.max_rows", 500):
        print(df.drop(columns="present").to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
