"""Figures that move between two collect dirs (pools) and two dev CSVs, with the judgement / dev gold.
usage: moves.py BASEDIR AFTERDIR"""
import csv, sys
from pathlib import Path
sys.path.insert(0, "scripts"); sys.path.insert(0, "/tmp/r17prec")
import score_pool as sp
from collect import pools
from falses import council_map, ctx
A, B = Path(sys.argv[1]), Path(sys.argv[2])
def keys(p): return {(r["doc_id"], int(r["raw_start"]), int(r["raw_end"])): r["surface"] for r in csv.DictReader(open(p, encoding="utf-8"))}
for pool in pools():
    a, b = keys(A / f"{pool.name}.csv"), keys(B / f"{pool.name}.csv")
    if a == b: continue
    try: j = sp.load_judgements(pool)
    except Exception: j = {}
    cm = council_map(pool)
    for k in sorted(set(a) ^ set(b)):
        jj = j.get(k); jv = jj.is_figure if jj else "?"
        print(f"{'LOST' if k in a else 'NEW '} {pool.name} {cm.get(k[0])} judged={jv} {ctx(pool, *k, w=70)}")
da, db = keys(A / "dev.csv"), keys(B / "dev.csv")
man = {r["file"].rsplit(".",1)[0]: r for r in csv.DictReader(open("tests/realworld/raw/manifest.csv")) if r["split"] == "dev"}
gold = {(r["doc_id"], int(r["raw_start"]), int(r["raw_end"])) for r in csv.DictReader(open("tests/realworld/figures_gold.csv")) if r["doc_id"] in man}
for k in sorted(set(da) ^ set(db)):
    if k[0] not in man: continue
    t = (Path("tests/realworld/raw") / man[k[0]]["file"]).read_text(encoding="utf-8")
    print(f"{'LOST' if k in da else 'NEW '} DEV {man[k[0]]['council']} gold={int(k in gold)} {t[max(0,k[1]-70):k[1]]!r}[[{t[k[1]:k[2]]}]]{t[k[2]:k[2]+35]!r}")
