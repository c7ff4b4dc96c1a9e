"""Census of indicator_id errors of each open blind set's OWN first run, and their state at BASE.
usage (from the worktree): PYTHONPATH=src .venv/bin/python scripts/r34ids/census.py [BASE_DIR [SETNAMES]] > out.tsv
BASE_DIR defaults to /work/staging/r34/base (BASE's run: BASE_DIR/<set>/work/first_run/figures.csv), SETNAMES (a file
of set names) to /work/staging/r34/setnames.txt. (r35review) Round 35's census is this script with round 35's
defaults (scripts/r35ids/census.py), not a copy of it."""
import sys
from pathlib import Path
import pandas as pd
from analysis.evaluation import match_figures

ROOT = Path("/work/main/tests/realworld/pools")
SETS = Path(sys.argv[2] if len(sys.argv) > 2 else "/work/staging/r34/setnames.txt").read_text().split()
BASE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/staging/r34/base")


def s(v):
    return "" if pd.isna(v) else str(v).strip()


def pairs(pred, gold):
    m = match_figures(pred, gold)
    return {gi: pred.loc[pi] for gi, pi in m.items()}


rows = []
tot = {"gold_ids": 0, "first_ok": 0, "base_ok": 0}
for name in SETS:
    d = next(ROOT.glob(f"*/{name}"))
    gold = pd.read_csv(d / "figures_gold.csv", dtype=str, keep_default_na=False).reset_index(drop=True)
    first = pd.read_csv(d / "work/first_run/figures.csv", dtype={"indicator_id": str}).reset_index(drop=True)
    bp = BASE / name / "work/first_run/figures.csv"
    base = pd.read_csv(bp, dtype={"indicator_id": str}).reset_index(drop=True) if bp.exists() else None
    m1 = pairs(first, gold)
    mb = pairs(base, gold) if base is not None else {}
    n = ok1 = okb = 0
    for gi, g in gold.iterrows():
        gid = s(g["indicator_id"])
        p1 = m1.get(gi)
        pb = mb.get(gi)
        id1 = s(p1["indicator_id"]) if p1 is not None else "<unmatched>"
        idb = (s(pb["indicator_id"]) if pb is not None else "<unmatched>") if base is not None else "?"
        if gid:
            n += 1
            ok1 += id1 == gid
            okb += idb == gid
        if id1 != gid and not (id1 == "<unmatched>" and not gid):
            kind = "missed" if gid and id1 in ("", "<unmatched>") else ("wrong" if gid else "spurious")
            rows.append(dict(set=name, doc=g["doc_id"], surface=g["surface"], kind=kind, gold_id=gid,
                             first_id=id1, base_id=idb, base_ok=idb == gid,
                             gold_ind=g["indicator"], base_ind=s(pb["indicator"]) if pb is not None else "",
                             sentence=s(pb["sentence"]) if pb is not None else (s(p1["sentence"]) if p1 is not None else "")))
    tot["gold_ids"] += n; tot["first_ok"] += ok1; tot["base_ok"] += okb
    print(f"{name}\tgold_ids={n}\tfirst_ok={ok1}\tbase_ok={okb}", file=sys.stderr)
print(tot, file=sys.stderr)
pd.DataFrame(rows).to_csv(sys.stdout, sep="\t", index=False)
