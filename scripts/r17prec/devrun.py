"""Figures on the DEV split only (test files never copied): writes OUT.csv. usage: devrun.py OUT.csv"""
import csv, sys, shutil, tempfile, warnings
from pathlib import Path
from analysis import corpus, figures
RAW = Path("tests/realworld/raw")
rows = [r for r in csv.DictReader(open(RAW / "manifest.csv", encoding="utf-8")) if r["split"] == "dev"]
with tempfile.TemporaryDirectory() as tmp:
    raw = Path(tmp) / "raw"; raw.mkdir()
    with open(raw / "manifest.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(corpus.REQUIRED_COLUMNS)
        for r in rows:
            shutil.copy(RAW / r["file"], raw / r["file"])
            w.writerow([r["file"], r["council"], "", "", "", r["source_url"]])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus.run(raw, Path(tmp) / "p")
        figs, _ = figures.run(raw, Path(tmp) / "p")
recs = sorted(figs.to_dict("records"), key=lambda r: (r["doc_id"], int(r["raw_start"]), int(r["raw_end"])))
with open(sys.argv[1], "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, ["doc_id", "raw_start", "raw_end", "surface", "indicator"], extrasaction="ignore"); w.writeheader()
    for r in recs: w.writerow(r)
print(len(recs), "dev figures")
