"""Build ``data/themes_training.csv``: hand-coded passages the theme model learns from.

Sources (never the real-minutes ``test`` split, which is kept for measuring):

* ``seeds``: the seed segments (``data/raw``) with their hand theme (``tests/gold/themes_gold.csv``);
* ``heldout``: the in-house held-out passages (``tests/gold/heldout_themes.csv``);
* ``realworld-dev``: the hand-coded passages of the ``dev`` split of ``tests/realworld``.

Columns: ``source, doc_id, theme, text``; one row per passage (duplicates of the same text and
theme dropped), sorted, so the file is byte-identical on every run. Rerun after editing any of
the gold tables::

    .venv/bin/python scripts/build_theme_training.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from analysis import clean, corpus, evaluation, io, topics
from analysis.realworld import load_gold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "themes_training.csv"


def build() -> pd.DataFrame:
    docs = corpus.load_corpus(ROOT / "data" / "raw")
    segs = clean.clean_documents(docs).reset_index(drop=True)
    segs["theme"] = evaluation.match_gold(segs, pd.read_csv(ROOT / "tests" / "gold" / "themes_gold.csv"))
    seeds = segs[segs["theme"].notna()].assign(source="seeds")[["source", "doc_id", "theme", "text"]]
    held = pd.read_csv(ROOT / "tests" / "gold" / "heldout_themes.csv").assign(source="heldout")
    manifest, _, gold = load_gold(ROOT / "tests" / "realworld")
    dev = set(manifest.loc[manifest["split"] == "dev", "doc_id"])
    real = gold[gold["doc_id"].isin(dev)].assign(source="realworld-dev")
    out = pd.concat([seeds, held[["source", "doc_id", "theme", "text"]], real[["source", "doc_id", "theme", "text"]]])
    out["text"] = [" ".join(str(t).split()) for t in out["text"]]
    out = out[out["text"].str.len() > 0].drop_duplicates(["theme", "text"])
    return out.sort_values(["source", "doc_id", "theme", "text"], kind="mergesort").reset_index(drop=True)


def main() -> int:
    table = build()
    io.write_text(OUT, table.to_csv(index=False, lineterminator="\n"))
    print(f"{OUT}: {len(table)} passages ({table['source'].value_counts().sort_index().to_dict()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
