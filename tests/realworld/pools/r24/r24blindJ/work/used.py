"""python work/used.py URL [URL...]: is each source_url new? Checks (normalised) every manifest.csv / raw/manifest.csv under
tests/realworld/ (of pools/r24/ only r24blindH/I's manifest.csv is read), and the URL's distinctive tail as a substring of
every manifest csv. Prints USED/new per URL."""
import csv, glob, re, sys
from pathlib import Path
R = str(Path(__file__).resolve().parents[4])  # tests/realworld
def norm(u):
    u = u.strip().lower()
    u = re.sub(r'^https?://', '', u); u = re.sub(r'^www\.', '', u)
    u = re.sub(r'/\(s\([a-z0-9]+\)\)', '', u)
    return u.rstrip('/')
manif = set()
for m in glob.glob(R + '/**/manifest.csv', recursive=True):
    if '/pools/r24/' in m and not re.search(r'/r24blind[HI]/manifest\.csv$', m): continue
    for r in csv.DictReader(open(m, encoding='utf-8')):
        if r.get('source_url'): manif.add(norm(r['source_url']))
def key(n):
    m = re.search(r'(?:[?&](?:mid|meetingid)=|[?&]id=|[?&]iid=|meetings/|doc/)(\d+)', n)
    return (None, m.group(0).lstrip('?&').replace('meetingid', 'mid')) if m else None
keys = {}
for x in manif:
    k = key(x)
    if k: keys.setdefault(k[1], []).append(x)
bad = 0
for u in sys.argv[1:]:
    n = norm(u); k = key(n)
    near = [x for x in keys.get(k[1], []) if x.split('/')[0].split('.')[-2] == n.split('/')[0].split('.')[-2]] if k else []
    hit = n in manif or any(n in x or x in n for x in manif) or bool(near)
    print('USED' if hit else 'new ', u, near[:2]); bad += hit
# second check: the normalised address (host dropped) and its id as text anywhere in the repository's notes and tables
# (tests/, data/, docs/; not .git, not pools/r24/ of which only H/I's manifests are read above)
import os
W = Path(R).parents[1]
blob = []
for base in ('tests', 'data', 'docs', 'notebooks'):
    for dp, dn, fn in os.walk(W / base):
        if '/pools/r24' in dp: continue
        for f in fn:
            if f.endswith(('.md', '.csv', '.txt', '.yml', '.json')) and '/raw' not in dp:
                try: blob.append(open(os.path.join(dp, f), encoding='utf-8', errors='replace').read().lower())
                except OSError: pass
big = '\n'.join(blob)
for u in sys.argv[1:]:
    n = norm(u); path = n.split('/', 1)[1] if '/' in n else n
    if path in big: print('  TEXT-HIT', u); bad += 1
sys.exit(1 if bad else 0)
