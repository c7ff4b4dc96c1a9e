"""CPU time of kinds.scan over every open pool page (never pools/r20), best of 7. usage: PYTHONPATH=SRC bench_scan.py"""
import glob, time
from analysis.figures.kinds import scan
from analysis.figures.rules import load_rules
rules = load_rules()
files = [f for f in sorted(glob.glob("tests/realworld/pools/r*/*/raw/*.txt")) if "/pools/r20/" not in f]
texts = [open(f, encoding="utf-8").read() for f in files]
best = 1e9
for _ in range(7):
    t = time.process_time()
    for x in texts:
        scan(x, rules)
    best = min(best, time.process_time() - t)
print(f"scan over {len(texts)} pool pages: {best:.4f}s (best of 7)")
