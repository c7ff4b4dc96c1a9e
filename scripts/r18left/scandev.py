"""Scan base DEV figures (dev split only) for a shape, with gold. usage: scandev.py DEVCSV LEFT RIGHT [SURF]"""
import csv, sys, re
from pathlib import Path
L = re.compile(sys.argv[2]); R = re.compile(sys.argv[3]); S = re.compile(sys.argv[4] if len(sys.argv) > 4 else r".*")
man = {r["file"].rsplit(".",1)[0]: r for r in csv.DictReader(open("tests/realworld/raw/manifest.csv")) if r["split"] == "dev"}
gold = {(r["doc_id"], int(r["raw_start"]), int(r["raw_end"])) for r in csv.DictReader(open("tests/realworld/figures_gold.csv")) if r["doc_id"] in man}
from collections import Counter; c = Counter()
for f in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    if f["doc_id"] not in man or not S.fullmatch(f["surface"]): continue
    t = (Path("tests/realworld/raw") / man[f["doc_id"]]["file"]).read_text(encoding="utf-8")
    s, e = int(f["raw_start"]), int(f["raw_end"])
    if L.search(t[max(0, s - 80):s]) and R.match(t[e:e + 80]):
        g = int((f["doc_id"], s, e) in gold); c[g] += 1
        print(f"gold={g} {man[f['doc_id']]['council']} {t[max(0,s-60):s]!r}[[{t[s:e]}]]{t[e:e+40]!r}")
print(c)
