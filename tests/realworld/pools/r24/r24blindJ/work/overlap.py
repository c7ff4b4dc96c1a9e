"""python work/overlap.py: 60-character windows (whitespace collapsed) this set's pages share with any earlier text: every
pool page under tests/realworld/pools/ (except pools/r24/, of which only r24blindH/I's manifests are read, by used.py), the dev-split pages of tests/realworld/raw/ (the test split is not opened) and the seeds in data/raw/."""
import csv, glob, re
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
W = str(SET.parents[4])  # worktree root
def clean(t): return re.sub(r'\s+', ' ', t)
new = {}
for f in sorted(glob.glob(str(SET / 'raw' / '*.txt'))):
    t = clean(open(f, encoding='utf-8').read())
    for i in range(len(t) - 59): new.setdefault(t[i:i + 60], f.split('/')[-1])
earlier = [p for p in glob.glob(W + '/tests/realworld/pools/**/*.txt', recursive=True)
           if '/pools/r24/' not in p and '/raw/' in p]
dev = [r['file'] for r in csv.DictReader(open(W + '/tests/realworld/raw/manifest.csv', encoding='utf-8')) if r['split'] == 'dev']
earlier += [W + '/tests/realworld/raw/' + f for f in dev] + glob.glob(W + '/data/raw/*.txt')
hits = {}
for p in earlier:
    t = clean(open(p, encoding='utf-8', errors='replace').read())
    for i in range(len(t) - 59):
        w = t[i:i + 60]
        if w in new: hits.setdefault((new[w], p.replace(W + '/', '')), []).append(w)
for (f, p), ws in sorted(hits.items()):
    print(f, '<->', p, len(ws), 'windows; first:', repr(ws[0]))
print('earlier texts read:', len(earlier), '; pairs with a shared window:', len(hits))
