"""score_pool.score on collect.py's cached figures for every pool with a judged.csv in its layout. usage: scoreall.py DIR"""
import csv, sys
from pathlib import Path
sys.path.insert(0, "scripts"); sys.path.insert(0, "scripts/r17prec")
import score_pool as sp
from collect import pools
D = Path(sys.argv[1])
for pool in pools():
    try: j = sp.load_judgements(pool)
    except Exception as ex: continue
    figs = list(csv.DictReader(open(D / f"{pool.name}.csv", encoding="utf-8")))
    figs = [{k: (v or "") for k, v in f.items()} for f in figs]
    s, u, e = sp.score(figs, j)
    print(f"{pool.name}: {sp.line(s, sum(x[4] == 'phrase not judged' for x in u))}")
