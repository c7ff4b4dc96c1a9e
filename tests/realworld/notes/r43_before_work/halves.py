"""BASE (runs/base0) scores on each alphabetical half of the 34 open sets' councils (counts from analysis.intervals)."""
import sys
from pathlib import Path
from analysis.intervals import set_counts, pool_counts, scores_from_sums, COUNTS
import numpy as np
RUN = Path(sys.argv[1])
sets = [RUN / Path(s).name for s in open('/work/staging/r43/sets.txt').read().split()]
c = pool_counts([set_counts(s) for s in sets])
order = sorted(c.index, key=str.casefold); half = len(order) // 2
for name, idx in (('A', order[:half]), ('B', order[half:]), ('all', order)):
    sums = c.loc[idx, list(COUNTS)].sum().to_numpy()
    sc = scores_from_sums(sums)
    s = dict(zip(COUNTS, sums))
    print(name, f"councils {len(idx)} ({idx[0]} .. {idx[-1]})", ' '.join(f"{k} {float(v):.3f}" for k, v in sc.items()),
          f"| gold {s['gold']} pred {s['pred']} tp {s['tp']} ind_ok {s['indicator_ok']} id {s['id_ok']}/{s['id_gold']} theme {s['theme_ok']}/{s['passages']}")
