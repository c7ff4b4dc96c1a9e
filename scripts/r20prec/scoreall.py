"""score_pool.score on allpools.py CSVs in DIR for every pool with a judged.csv in score_pool's layout. usage: scoreall.py DIR"""
import csv, sys
from pathlib import Path
sys.path.insert(0, "scripts"); sys.path.insert(0, "scripts/r20prec")
import score_pool as sp
from errors import pools, figs_of
D = Path(sys.argv[1])
tot = dict(pred=0, tp=0, missed=0)
for pool in pools():
    try: j = sp.load_judgements(pool)
    except Exception: continue
    figs = [{k: (v or "") for k, v in f.items()} for f in figs_of(D, pool)]
    s, u, e = sp.score(figs, j)
    for k in tot: tot[k] += s[k]
    print(f"{pool.name}: {sp.line(s, sum(x[4] == 'phrase not judged' for x in u))}  unjudged-spans {sum(x[4] == 'span not judged' for x in u)}")
tp, pred, m = tot["tp"], tot["pred"], tot["missed"]
print(f"POOLED: P {tp}/{pred}={tp/pred:.4f} R {tp}/{tp+m}={tp/(tp+m):.4f} F1 {2*tp/(pred+tp+m):.4f}")
