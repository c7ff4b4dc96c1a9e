"""The false figures of the measure pools' FIRST runs (judged.csv rows with is_figure 0 in pools r11fresh* ... r19freshA)
that an allpools.py run (DIR) still predicts (a predicted figure covering the row's start). usage: firstrun.py DIR [-v]"""
import csv, sys
from pathlib import Path
ROOT = Path("tests/realworld/pools")
d = Path(sys.argv[1])
still = total = 0
for p in sorted(ROOT.glob("r*/r*fresh*")):
    if p.parent.name == "r20" or not (p / "judged.csv").exists():
        continue
    figs = {}
    for f in csv.DictReader(open(d / f"{p.parent.name}_{p.name}.csv", encoding="utf-8")):
        figs.setdefault(f["doc_id"], []).append((int(f["raw_start"]), int(f["raw_end"])))
    for r in csv.DictReader(open(p / "judged.csv", encoding="utf-8")):
        if r["is_figure"].strip() != "0":
            continue
        total += 1
        s = int(r["raw_start"])
        if any(a <= s < b for a, b in figs.get(r["doc_id"], [])):
            still += 1
            if "-v" in sys.argv:
                print(p.name, r["doc_id"], s, r["surface"], sep="\t")
print(f"first-run false figures still predicted: {still} of {total}")
