import glob, time, sys
from analysis.figures.kinds import scan
from analysis.figures.rules import load_rules
rules = load_rules()
texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob("tests/realworld/pools/r*/*/raw/*.txt"))]
best = 1e9
for _ in range(7):
    t = time.process_time()
    for x in texts: scan(x, rules)
    best = min(best, time.process_time() - t)
print(f"scan over {len(texts)} pool pages: {best:.4f}s (best of 7)")
