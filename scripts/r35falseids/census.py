"""Census of ids given where the gold / reader gives none (round 35, r35falseids).

usage (from the worktree): PYTHONPATH=src .venv/bin/python scripts/r35falseids/census.py SETS_RUN POOLS_OUT > out.tsv
SETS_RUN: a folder of open-set runs (``<set>/work/first_run/figures.csv``, e.g. /work/staging/r35/mid1);
POOLS_OUT: an ``allpools.py`` output folder (e.g. /work/staging/r35/mid1pools). Prints one row per id given to a true
figure the gold / reader gives no id (set or pool, council, surface, phrase, id, id_source, sentence)."""
import sys
from pathlib import Path

import pandas as pd

from analysis.evaluation import match_figures

ROOT = Path("/work/main/tests/realworld/pools")
sys.path.insert(0, "/work/main/scripts/r26recall")
import pool_scores  # noqa: E402  (its judged_runs: each judged pool's run and judgements)

SETS = Path("/work/staging/r35/setnames.txt").read_text().split()
RUN = Path(sys.argv[1])
POOLS = Path(sys.argv[2])


def s(v):
    return "" if pd.isna(v) else str(v).strip()


rows = []
for name in SETS:
    d = next(ROOT.glob(f"*/{name}"))
    gold = pd.read_csv(d / "figures_gold.csv", dtype=str, keep_default_na=False).reset_index(drop=True)
    pred = pd.read_csv(RUN / name / "work/first_run/figures.csv", dtype=str, keep_default_na=False).reset_index(drop=True)
    m = match_figures(pred, gold)
    for gi, pi in m.items():
        g, p = gold.loc[gi], pred.loc[pi]
        if not s(g["indicator_id"]) and s(p["indicator_id"]):
            rows.append(dict(where="set:" + name, council=p["council"], surface=p["surface"], indicator=p["indicator"],
                             id=p["indicator_id"], source=p.get("id_source", ""), gold_ind=g["indicator"],
                             sentence=p["sentence"]))
for pool, figs, j in pool_scores.judged_runs(POOLS):
    for fg in figs:
        k = (fg["doc_id"], int(fg["raw_start"]), int(fg["raw_end"]))
        jj = j.get(k)
        if jj is None or jj.is_figure != "1" or jj.reader_id or not fg.get("indicator_id"):
            continue
        rows.append(dict(where="pool:" + pool.name, council=fg["council"], surface=fg["surface"],
                         indicator=fg["indicator"], id=fg["indicator_id"], source=fg.get("id_source", ""), gold_ind="",
                         sentence=fg["sentence"]))
out = pd.DataFrame(rows)
print(out.groupby(out["where"].str[:4]).size().to_dict(), file=sys.stderr)
out.to_csv(sys.stdout, sep="\t", index=False)
