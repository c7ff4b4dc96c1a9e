"""The figures the code on PYTHONPATH finds in r21blind's pages (clean + figures stages), as a CSV.
usage: PYTHONPATH=SRC blind_pred.py ROOT OUT_CSV"""
import csv
import sys
from pathlib import Path

root = Path(sys.argv[1])
sys.path.insert(0, str(root / "scripts"))
import score_pool  # noqa: E402

bl = root / "tests/realworld/pools/r21/r21blind"
rows = [{"file": r["file"], "council": r["council"], "source_url": r["source_url"]}
        for r in csv.DictReader(open(bl / "manifest.csv", encoding="utf-8", newline=""))]
figs, _ = score_pool.run_stages(rows, bl / "raw")
figs.to_csv(sys.argv[2], index=False)
