"""Every id error (gold id missed/wrong, or id given where the gold has none) of runs of open sets.
usage: PYTHONPATH=src .venv/bin/python scripts/r35ids/iderrs.py RUN_DIR [SETNAMES_FILE] > out.tsv
RUN_DIR/<set>/work/first_run/figures.csv is the run; the gold is the committed set's figures_gold.csv."""
import sys
from pathlib import Path
import pandas as pd
from analysis.evaluation import match_figures

ROOT = Path("/work/main/tests/realworld/pools")
RUN = Path(sys.argv[1])
SETS = Path(sys.argv[2] if len(sys.argv) > 2 else "/work/staging/r35/setnames.txt").read_text().split()


def s(v):
    return "" if pd.isna(v) else str(v).strip()


rows, n, ok, given = [], 0, 0, 0
for name in SETS:
    d = next(ROOT.glob(f"*/{name}"))
    p = RUN / name / "work/first_run/figures.csv"
    if not p.exists():
        continue
    gold = pd.read_csv(d / "figures_gold.csv", dtype=str, keep_default_na=False).reset_index(drop=True)
    pred = pd.read_csv(p, dtype={"indicator_id": str}).reset_index(drop=True)
    m = match_figures(pred, gold)
    for gi, g in gold.iterrows():
        gid = s(g["indicator_id"])
        pr = pred.loc[m[gi]] if gi in m else None
        pid = s(pr["indicator_id"]) if pr is not None else "<unmatched>"
        if gid:
            n += 1; ok += pid == gid
        elif pid not in ("", "<unmatched>"):
            given += 1
        if pid != gid and not (pid == "<unmatched>" and not gid):
            kind = "missed" if gid and pid in ("", "<unmatched>") else ("wrong" if gid else "spurious")
            rows.append(dict(set=name, doc=g["doc_id"], surface=g["surface"], kind=kind, gold_id=gid, pred_id=pid,
                             gold_ind=g["indicator"], pred_ind=s(pr["indicator"]) if pr is not None else "",
                             sentence=(s(pr["sentence"]) if pr is not None else "")[:300]))
print(f"gold ids {n} right {ok} ({ok / max(n, 1):.3f}); ids where gold none {given}", file=sys.stderr)
pd.DataFrame(rows).to_csv(sys.stdout, sep="\t", index=False)
