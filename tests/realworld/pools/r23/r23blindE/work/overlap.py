"""python work/overlap.py: shared 60-character windows (letters and digits, lower case) between this set's raw texts and earlier
texts: every pool raw file under tests/realworld/pools/ (not pools/r23/), the seeds (data/raw/*.txt) and the realworld `dev`
split's raw files (the `test` split's files are never opened). Prints each shared window once per file with its source."""
import csv, glob, re, sys
from pathlib import Path
W = Path('/work/wt/r23blindE'); R = W / 'tests/realworld'; SET = Path(__file__).resolve().parents[1]
def norm(t): return re.sub(r'[^a-z0-9]', '', t.lower())
others = [p for p in glob.glob(str(R / 'pools/**/raw/*.txt'), recursive=True) if '/pools/r23/' not in p]
others += glob.glob(str(W / 'data/raw/*.txt'))
dev = [r['file'] for r in csv.DictReader(open(R / 'raw/manifest.csv', encoding='utf-8')) if r['split'] == 'dev']
others += [str(R / 'raw' / f) for f in dev]
K = 60
index = {}
for p in others:
    t = norm(Path(p).read_text(encoding='utf-8', errors='replace'))
    for i in range(0, max(0, len(t) - K + 1), 20):
        index.setdefault(t[i:i + K], p)
for f in sorted((SET / 'raw').glob('*.txt')):
    t = norm(f.read_text(encoding='utf-8')); hits = {}
    for i in range(0, max(0, len(t) - K + 1)):
        w = t[i:i + K]
        if w in index: hits.setdefault(index[w], []).append(i)
    for p, pos in hits.items():
        print(f.name, len(pos), Path(p).relative_to(W), t[pos[0]:pos[0] + 80])
