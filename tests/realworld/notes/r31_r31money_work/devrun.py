"""Run code on PYTHONPATH over the DEV split docs (only) and the seeds; write OUT/dev.csv, OUT/seeds.csv."""
import csv, sys
from pathlib import Path
sys.path.insert(0, "/work/main/scripts")
import score_pool
out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
RW = Path("/work/main/tests/realworld")
rows = [r for r in csv.DictReader(open(RW / "raw/manifest.csv", encoding="utf-8")) if r["split"] == "dev"]
def dump(rows, src, name):
    figs, _ = score_pool.run_stages(rows, src)
    recs = [{k: ("" if v is None or v != v else str(v)) for k, v in r.items()} for r in figs.to_dict("records")]
    with open(out / name, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=sorted({k for r in recs for k in r})); w.writeheader(); w.writerows(recs)
dump(rows, RW / "raw", "dev.csv")
srows = list(csv.DictReader(open("/work/main/data/raw/manifest.csv", encoding="utf-8")))
dump(srows, Path("/work/main/data/raw"), "seeds.csv")
