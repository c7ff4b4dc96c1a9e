"""python work/shared_digits.py: for each page of this set, the shared 60-character windows (as overlap.py finds them) that
contain a digit, i.e. whether any figure sentence is shared with an earlier text (prints the earlier file and the window)."""
import csv, glob, re
W = '/work/wt/r22blindB'
def clean(t): return re.sub(r'\s+', ' ', t)
new = {}
for f in sorted(glob.glob(W + '/tests/realworld/pools/r22/r22blindB/raw/*.txt')):
    t = clean(open(f, encoding='utf-8').read())
    for i in range(len(t) - 59): new.setdefault(t[i:i + 60], f.split('/')[-1])
earlier = [p for p in glob.glob(W + '/tests/realworld/pools/**/raw/*.txt', recursive=True)
           if '/pools/r22/' not in p and '/r21blind2/' not in p]
dev = [r['file'] for r in csv.DictReader(open(W + '/tests/realworld/raw/manifest.csv', encoding='utf-8')) if r['split'] == 'dev']
earlier += [W + '/tests/realworld/raw/' + f for f in dev] + glob.glob(W + '/data/raw/*.txt')
seen = set()
for p in earlier:
    t = clean(open(p, encoding='utf-8', errors='replace').read())
    for i in range(len(t) - 59):
        w = t[i:i + 60]
        if w in new and re.search(r'\d', w) and (new[w], w) not in seen:
            seen.add((new[w], w)); print(new[w], '|', p.replace(W + '/tests/realworld/', ''), '|', w)
