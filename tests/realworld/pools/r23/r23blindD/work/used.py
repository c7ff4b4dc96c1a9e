"""python work/used.py URL [URL...]: is each source_url new? Checks (normalised) every manifest.csv / raw/manifest.csv under
tests/realworld/ (nothing under pools/r23/ is read), and the URL's distinctive tail as a substring of every notes/NOTES .md and
manifest csv under tests/realworld/ outside pools/r23. Prints USED/new per URL."""
import csv, glob, re, sys
from pathlib import Path
R = str(Path(__file__).resolve().parents[4])  # tests/realworld
def norm(u):
    u = u.strip().lower()
    u = re.sub(r'^https?://', '', u); u = re.sub(r'^www\.', '', u)
    u = re.sub(r'/\(s\([a-z0-9]+\)\)', '', u)
    return u.rstrip('/')
def tails(u):
    n = norm(u); out = {n}
    segs = [p for p in n.split('/')[1:] if p]
    if segs and len(segs[-1]) >= 10: out.add(segs[-1])
    m = re.search(r'(?:opencouncil|opengovernment)\.network/meetings/(\d+)', n)
    if m: out |= {'opencouncil.network/meetings/' + m.group(1), 'opengovernment.network/meetings/' + m.group(1)}
    return out
manif = set(); texts = []
for m in glob.glob(R + '/**/manifest.csv', recursive=True):
    if '/pools/r23/' in m: continue
    for r in csv.DictReader(open(m, encoding='utf-8')):
        if r.get('source_url'): manif.add(norm(r['source_url']))
for p in glob.glob(R + '/**/*.md', recursive=True):
    if '/pools/r23/' in p: continue
    texts.append(open(p, encoding='utf-8', errors='replace').read().lower())
big = '\n'.join(texts)
bad = 0
for u in sys.argv[1:]:
    n = norm(u)
    hit = n in manif or any(t in big for t in tails(u)) or any(n in x for x in manif) or any(t in x for t in tails(u) for x in manif)
    print('USED' if hit else 'new ', u); bad += hit
sys.exit(1 if bad else 0)
