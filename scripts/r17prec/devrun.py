"""Figures on the DEV split only (test files never copied): writes OUT.csv. usage: devrun.py OUT.csv
(Now a thin caller of scripts/pooltools.py, r21tidy: same usage and output.)"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pooltools  # noqa: E402

figs, _ = pooltools.run_stages(pooltools.no_meta(pooltools.dev_rows()), pooltools.RAW)
recs = sorted(figs.to_dict("records"), key=lambda r: (r["doc_id"], int(r["raw_start"]), int(r["raw_end"])))
with open(sys.argv[1], "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, ["doc_id", "raw_start", "raw_end", "surface", "indicator"], extrasaction="ignore"); w.writeheader()
    for r in recs: w.writerow(r)
print(len(recs), "dev figures")
