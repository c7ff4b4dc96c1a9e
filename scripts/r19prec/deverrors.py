"""Dev split only: predicted figures not in the dev gold (FALSE) and dev gold figures not predicted (MISSED).
Filters manifest and gold to dev doc_ids before reading any row's content. usage: deverrors.py DEVCSV"""
import csv, sys
from pathlib import Path
man = {r["file"].rsplit(".", 1)[0]: r for r in csv.DictReader(open("tests/realworld/raw/manifest.csv")) if r["split"] == "dev"}
gold = {(r["doc_id"], int(r["raw_start"]), int(r["raw_end"])) for r in csv.DictReader(open("tests/realworld/figures_gold.csv")) if r["doc_id"] in man}
pred = {(r["doc_id"], int(r["raw_start"]), int(r["raw_end"])) for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")) if r["doc_id"] in man}
def ctx(k, w=100):
    t = (Path("tests/realworld/raw") / man[k[0]]["file"]).read_text(encoding="utf-8")
    return f"{t[max(0,k[1]-w):k[1]]}[[{t[k[1]:k[2]]}]]{t[k[2]:k[2]+w//2]}".replace("\n", "\u23ce")
for k in sorted(pred - gold): print("FALSE", man[k[0]]["council"], f"{k[0]}:{k[1]}:{k[2]}", ctx(k), sep="\t")
for k in sorted(gold - pred): print("MISSED", man[k[0]]["council"], f"{k[0]}:{k[1]}:{k[2]}", ctx(k), sep="\t")
