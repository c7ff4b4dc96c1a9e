"""grep a Python regex over the dev split's raw files only (manifest filtered to split == dev first). usage: devgrep.py REGEX"""
import csv, re, sys
from pathlib import Path
R = re.compile(sys.argv[1])
for r in csv.DictReader(open("tests/realworld/raw/manifest.csv")):
    if r["split"] != "dev":
        continue
    t = (Path("tests/realworld/raw") / r["file"]).read_text(encoding="utf-8")
    for m in R.finditer(t):
        print(r["council"], repr(t[max(0, m.start() - 60):m.end() + 40]), sep="\t")
