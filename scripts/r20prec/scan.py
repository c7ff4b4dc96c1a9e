"""Every predicted figure over the judged pools (allpools CSVs in DIR) and dev whose surface fullmatches SURF and whose
left/right text match LEFT (search, 80 chars before) / RIGHT (match, after), with its judgement (pools) or dev gold.
usage: scan.py DIR SURF [LEFT] [RIGHT]"""
import csv, re, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, "scripts"); sys.path.insert(0, "scripts/r20prec")
import score_pool as sp
from errors import pools, figs_of, council_map
D = Path(sys.argv[1]); S = re.compile(sys.argv[2]); L = re.compile(sys.argv[3] if len(sys.argv) > 3 else ""); R = re.compile(sys.argv[4] if len(sys.argv) > 4 else "")
c = Counter(); councils = {}
def show(tag, who, t, s, e):
    print(f"{tag}\t{who}\t{t[max(0,s-70):s]!r}[[{t[s:e]}]]{t[e:e+40]!r}")
for pool in pools():
    try: j = sp.load_judgements(pool)
    except Exception: j = {}
    cm = council_map(pool); texts = {}
    for f in figs_of(D, pool):
        if not S.fullmatch(f["surface"]): continue
        s, e = int(f["raw_start"]), int(f["raw_end"])
        t = texts.get(f["doc_id"]) or texts.setdefault(f["doc_id"], (pool / "raw" / f"{f['doc_id']}.txt").read_text(encoding="utf-8"))
        if L.search(t[max(0, s - 160):s]) and R.match(t[e:e + 80]):
            jj = j.get((f["doc_id"], s, e)); jv = jj.is_figure if jj else "?"
            c[jv] += 1; councils.setdefault(jv, set()).add(cm.get(f["doc_id"]))
            show(f"{jv} {pool.name}", cm.get(f["doc_id"]), t, s, e)
man = {r["file"].rsplit(".", 1)[0]: r for r in csv.DictReader(open("tests/realworld/raw/manifest.csv")) if r["split"] == "dev"}
gold = {(r["doc_id"], int(r["raw_start"]), int(r["raw_end"])) for r in csv.DictReader(open("tests/realworld/figures_gold.csv")) if r["doc_id"] in man}
for f in csv.DictReader(open(D / "dev.csv", encoding="utf-8")):
    if f["doc_id"] not in man or not S.fullmatch(f["surface"]): continue
    t = (Path("tests/realworld/raw") / man[f["doc_id"]]["file"]).read_text(encoding="utf-8")
    s, e = int(f["raw_start"]), int(f["raw_end"])
    if L.search(t[max(0, s - 160):s]) and R.match(t[e:e + 80]):
        g = "dev" + str(int((f["doc_id"], s, e) in gold)); c[g] += 1; councils.setdefault(g, set()).add(man[f["doc_id"]]["council"])
        show(g, man[f["doc_id"]]["council"], t, s, e)
print(dict(c), {k: len(v) for k, v in councils.items()})
