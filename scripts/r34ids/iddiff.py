"""Figures whose indicator_id differs between two runs of the open sets (BASE_DIR/<set>, NEW_DIR/<set>), with the gold id
of the matched gold figure ("-" none, "?" no gold figure): right -> wrong and wrong -> right.
usage: PYTHONPATH=src .venv/bin/python scripts/r34ids/iddiff.py BASE_DIR NEW_DIR"""
import sys
from pathlib import Path
import pandas as pd
from analysis.evaluation import match_figures

ROOT = Path("/work/main/tests/realworld/pools")
base, new = Path(sys.argv[1]), Path(sys.argv[2])
s = lambda v: "" if pd.isna(v) else str(v)
tally = {"right->wrong": 0, "wrong->right": 0, "other": 0}
for name in Path("/work/staging/r34/setnames.txt").read_text().split():
    gold = pd.read_csv(next(ROOT.glob(f"*/{name}")) / "figures_gold.csv", dtype=str, keep_default_na=False)
    b = pd.read_csv(base / name / "work/first_run/figures.csv", dtype={"indicator_id": str})
    n = pd.read_csv(new / name / "work/first_run/figures.csv", dtype={"indicator_id": str})
    gb = {pi: gi for gi, pi in match_figures(n, gold).items()}
    bk = {(r.doc_id, r.raw_start, r.raw_end): s(r.indicator_id) for r in b.itertuples()}
    for i, r in n.iterrows():
        k = (r.doc_id, r.raw_start, r.raw_end)
        if k not in bk:
            print("NEW ROW", name, k, r.surface); continue
        if bk[k] != s(r.indicator_id):
            g = gold.loc[gb[i], "indicator_id"] if i in gb else "?"
            kind = "wrong->right" if s(r.indicator_id) == g else ("right->wrong" if bk[k] == g else "other")
            tally[kind] += 1
            print(kind, name, r.doc_id, repr(r.surface), f"{bk[k] or '-'} -> {s(r.indicator_id) or '-'} (gold {g or '-'})",
                  "|", s(r.indicator)[:60], "|", s(r.sentence)[:160])
print(tally)
