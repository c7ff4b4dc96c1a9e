"""Rows of the round-26 phrase reader experiment (``r26tagger``): every gold figure of the fourteen OPEN blind sets and
of the realworld DEV split, with the figure the code on ``PYTHONPATH`` finds at it (clean + figures stages).

Usage: ``PYTHONPATH=src .venv/bin/python scripts/phrase_reader_rows.py OUT.csv``

One row per gold figure: ``set``, ``council`` (:func:`learnt_id_rows.council_key`), ``doc_id``, the gold span, value and
phrase, and, when a predicted figure matches it (:func:`analysis.evaluation.match_figures`), ``matched`` 1 with the
prediction's ``indicator`` (the rules' phrase), ``sentence``, ``unit``, ``is_change``, the segment's ``heading`` and
``left`` (up to 200 characters of the document text before the figure, which tells equal surfaces of a sentence
apart). The dev split is filtered to its doc_ids in code: no row, page or gold of the test split is read or written.
Nothing of ``pools/r26`` is read.

``--first`` (exploration after the declared run, as round 15's ``--first``): a blind set's row takes the phrase,
sentence and span of the set's committed FIRST run (``work/first_run/figures.csv``: the rules of the round the set was
measured, before any fixer read it) instead of today's; the heading stays today's segment's (empty when today's run
misses the figure). Dev rows are today's.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from learnt_id_rows import council_key  # noqa: E402

POOLS = ROOT / "tests" / "realworld" / "pools"
#: the fourteen open blind sets of rounds 21-25 (round 26's measure sets are never read)
SETS = ("r21/r21blind", "r21/r21blind2", "r22/r22blindA", "r22/r22blindB", "r22/r22blindC", "r23/r23blindD",
        "r23/r23blindE", "r23/r23blindF", "r23/r23blindG", "r24/r24blindH", "r24/r24blindI", "r24/r24blindJ",
        "r25/r25blindK", "r25/r25blindL")
COLUMNS = ["set", "council", "doc_id", "surface", "raw_start", "raw_end", "value", "gold_indicator", "matched",
           "indicator", "sentence", "unit", "is_change", "heading", "left"]


def _run(manifest: list[dict[str, str]], srcdir: Path) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]:
    """Clean + figures over the pages of ``manifest`` (:func:`score_pool.run_clean_figures`): figures, segments, and
    the RAW texts (which the gold's and the figures' raw offsets index)."""
    from score_pool import run_clean_figures

    run = run_clean_figures(manifest, srcdir)
    texts = {Path(r["file"]).stem: (srcdir / r["file"]).read_text(encoding="utf-8") for r in manifest}
    return run.figures, run.segments, texts


def set_rows(name: str, manifest: list[dict[str, str]], srcdir: Path, gold: pd.DataFrame) -> list[dict[str, object]]:
    """The rows of one set: its gold figures, each with the prediction that matches it (if any)."""
    from analysis.evaluation import match_figures

    figs, segments, texts = _run(manifest, srcdir)
    council = {Path(r["file"]).stem: council_key(r["council"]) for r in manifest}
    heading = dict(zip(segments["segment_id"], segments["heading"]))
    gold = gold.reset_index(drop=True)
    figs = figs.reset_index(drop=True)
    pairs = match_figures(figs, gold)
    out = []
    for gi, g in gold.iterrows():
        row: dict[str, object] = {"set": name, "council": council[g["doc_id"]], "doc_id": g["doc_id"],
                                  "surface": g["surface"], "raw_start": int(g["raw_start"]), "raw_end": int(g["raw_end"]),
                                  "value": g["value"], "gold_indicator": g["indicator"], "matched": 0}
        if gi in pairs:
            p = figs.loc[pairs[gi]]
            h = heading.get(p["segment_id"])
            a = int(p["raw_start"])
            row.update(matched=1, indicator=p["indicator"] if isinstance(p["indicator"], str) else "",
                       sentence=p["sentence"], unit=p["unit"], is_change=str(p["is_change"]),
                       heading=h if isinstance(h, str) else "", left=texts[p["doc_id"]][max(0, a - 200):a],
                       raw_start=a, raw_end=int(p["raw_end"]), surface=p["surface"])
        out.append(row)
    return out


def first_run_rows(rows: list[dict[str, object]], set_dir: Path, gold: pd.DataFrame) -> list[dict[str, object]]:
    """``rows`` (one set's, in gold order) with the phrase, sentence and span of the set's committed first run."""
    from analysis.evaluation import match_figures

    figs = pd.read_csv(set_dir / "work" / "first_run" / "figures.csv", dtype=str, keep_default_na=False)
    figs["value"] = figs["value"].astype(float)
    gold = gold.reset_index(drop=True).copy()
    gold["value"] = gold["value"].astype(float)
    pairs = match_figures(figs, gold)
    texts: dict[str, str] = {}
    out = []
    for gi, row in enumerate(rows):
        row = dict(row)
        heading = row.get("heading", "")
        for c in ("indicator", "sentence", "unit", "is_change", "left"):
            row.pop(c, None)
        row["matched"] = 0
        if gi in pairs:
            p = figs.loc[pairs[gi]]
            d = str(p["doc_id"])
            if d not in texts:
                texts[d] = (set_dir / "raw" / f"{d}.txt").read_text(encoding="utf-8")
            a = int(p["raw_start"])
            row.update(matched=1, indicator=p["indicator"], sentence=p["sentence"], unit=p["unit"],
                       is_change=p["is_change"], heading=heading, left=texts[d][max(0, a - 200):a], raw_start=a,
                       raw_end=int(p["raw_end"]), surface=p["surface"])
        out.append(row)
    return out


_IS_FIG = {"1", "y", "yes", "yes (missed)"}


def pool_rows(pool: Path) -> list[dict[str, object]]:
    """(``--pools``, exploration: TRAINING-ONLY rows) a judged pool's true figures with a phrase: the reader's phrase,
    or the first run's phrase a reader judged right; a trailing bracketed note of the reader cut. The set is
    ``pool:<name>``; each row is matched to today's figure at the same span (unmatched rows are dropped)."""
    import re

    manifest = list(csv.DictReader(open(pool / "raw" / "manifest.csv", encoding="utf-8", newline="")))
    judged = list(csv.DictReader(open(pool / "judged.csv", encoding="utf-8", newline="")))
    gold = []
    for j in judged:
        if j.get("is_figure", "").strip().lower() not in _IS_FIG:
            continue
        phrase = (j.get("reader_phrase") or j.get("my_phrase") or "").strip()
        if not phrase and j.get("phrase_names_measure", "").strip() == "1":
            phrase = (j.get("pred_indicator") or "").strip()
        phrase = re.sub(r"\s*\([^)]*\)\s*$", "", phrase)
        if not phrase or not j.get("value"):
            continue
        gold.append({"doc_id": j["doc_id"], "surface": j.get("surface", ""), "raw_start": j["raw_start"],
                     "raw_end": j["raw_end"], "value": j["value"], "indicator": phrase})
    if not gold:
        return []
    g = pd.DataFrame(gold)
    g = g[g["doc_id"].isin({Path(r["file"]).stem for r in manifest})]
    rows = set_rows(f"pool:{pool.name}", manifest, pool / "raw", g)
    return [r for r in rows if r["matched"] == 1]


def main(argv: list[str]) -> int:
    first = "--first" in argv
    pools = "--pools" in argv
    argv = [x for x in argv if x not in ("--first", "--pools")]
    out_path = Path(argv[0])
    rows: list[dict[str, object]] = []
    for s in SETS:
        d = POOLS / s
        manifest = list(csv.DictReader(open(d / "manifest.csv", encoding="utf-8", newline="")))
        gold = pd.read_csv(d / "figures_gold.csv", dtype=str, keep_default_na=False)
        these = set_rows(Path(s).name, manifest, d / "raw", gold)
        rows += first_run_rows(these, d, gold) if first else these
        print(s, len(rows), flush=True)
    rw = ROOT / "tests" / "realworld"
    manifest = [r for r in csv.DictReader(open(rw / "raw" / "manifest.csv", encoding="utf-8", newline=""))
                if r["split"] == "dev"]
    dev_ids = {Path(r["file"]).stem for r in manifest}
    gold = pd.read_csv(rw / "figures_gold.csv", dtype=str, keep_default_na=False)
    gold = gold[gold["doc_id"].isin(dev_ids)]
    rows += set_rows("dev", manifest, rw / "raw", gold)
    print("dev", len(rows), flush=True)
    if pools:
        for j in sorted(POOLS.glob("*/*/judged.csv")):
            if j.parent.parent.name == "r26":
                continue
            try:
                rows += pool_rows(j.parent)
            except (KeyError, ValueError) as exc:  # (a pool whose judged file has another layout)
                print("skipped", j.parent.name, exc, flush=True)
                continue
            print(j.parent.name, len(rows), flush=True)
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in COLUMNS})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
