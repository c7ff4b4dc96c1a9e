"""Scan base figures of every judged pool for a shape; print judged status. usage: scanfig.py DIR PYREGEX_LEFT PYREGEX_RIGHT [surface_regex]"""
import csv, sys, re, glob
from pathlib import Path
sys.path.insert(0, "scripts"); sys.path.insert(0, "scripts/r17prec")
import score_pool as sp
from collect import pools
from falses import council_map
D = Path(sys.argv[1]); L = re.compile(sys.argv[2]); R = re.compile(sys.argv[3]); S = re.compile(sys.argv[4] if len(sys.argv) > 4 else r".*")
from collections import Counter
c = Counter()
for pool in pools():
    figs = list(csv.DictReader(open(D / f"{pool.name}.csv", encoding="utf-8")))
    try: j = sp.load_judgements(pool)
    except Exception: j = {}
    cm = council_map(pool)
    texts = {}
    for f in figs:
        s, e = int(f["raw_start"]), int(f["raw_end"])
        if not S.fullmatch(f["surface"]): continue
        t = texts.get(f["doc_id"]) or texts.setdefault(f["doc_id"], (pool / "raw" / f"{f['doc_id']}.txt").read_text(encoding="utf-8"))
        if L.search(t[max(0, s - 80):s]) and R.match(t[e:e + 80]):
            jj = j.get((f["doc_id"], s, e)); jv = jj.is_figure if jj else "?"
            c[jv] += 1
            print(f"{jv} {pool.name} {cm.get(f['doc_id'])} {t[max(0,s-60):s]!r}[[{t[s:e]}]]{t[e:e+40]!r}")
print(c)
