"""Copy a blind set folder leaving out documents whose file stem starts with any given prefix (manifest, raw, gold rows).
usage: drop_doc.py SRC DST PREFIX [PREFIX...]"""
import csv, shutil, sys
from pathlib import Path
src, dst, pre = Path(sys.argv[1]), Path(sys.argv[2]), tuple(sys.argv[3:])
if dst.exists(): shutil.rmtree(dst)
shutil.copytree(src, dst, ignore=shutil.ignore_patterns("first_run*", "final_scores*"))
def keep(stem): return not stem.startswith(pre)
for name, col in [("manifest.csv", "file"), ("raw/manifest.csv", "file"), ("figures_gold.csv", "doc_id"), ("themes_gold.csv", "doc_id")]:
    p = dst / name
    if not p.exists(): continue
    with open(p, encoding="utf-8", newline="") as f:
        r = list(csv.DictReader(f)); cols = list(r[0].keys()) if r else []
    with open(p, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, cols); w.writeheader(); w.writerows(x for x in r if keep(Path(x[col]).stem))
for p in (dst / "raw").glob("*"):
    if p.name != "manifest.csv" and not keep(p.stem): p.unlink()
