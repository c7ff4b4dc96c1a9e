"""python work/used.py URL [URL...]: is each source_url new? Checks (normalised) every manifest under tests/realworld/
(source_url column), every NOTES/notes .md under tests/realworld/ and the staging folders, and the URL's distinctive tail
(last path part / query) as a substring of those texts. Prints USED/new per URL."""
import csv, glob, re, sys
R = '/work/wt/r21poolC/tests/realworld'
def norm(u):
    u = u.strip().lower()
    u = re.sub(r'^https?://', '', u); u = re.sub(r'^www\.', '', u)
    u = re.sub(r'/\(s\([a-z0-9]+\)\)', '', u)
    return u.rstrip('/')
def tails(u):
    """The normalised URL and its last '/'-segment with the query (when 10+ characters): notes abbreviate hosts."""
    n = norm(u); out = {n}
    segs = [p for p in n.split('/')[1:] if p]
    if segs and len(segs[-1]) >= 10: out.add(segs[-1])
    return out
manif = set(); texts = []
for m in glob.glob(R + '/**/manifest.csv', recursive=True) + glob.glob('/work/staging/**/manifest.csv', recursive=True):
    if '/r21/r21freshC/' in m: continue
    for r in csv.DictReader(open(m, encoding='utf-8')):
        if r.get('source_url'): manif.add(norm(r['source_url']))
for p in glob.glob(R + '/**/*.md', recursive=True) + glob.glob('/work/staging/**/*.md', recursive=True) + glob.glob(R + '/**/*.csv', recursive=True):
    if '/r21/r21freshC/' in p or p.endswith('figures_gold.csv') or p.endswith('themes_gold.csv'): continue
    texts.append(open(p, encoding='utf-8', errors='replace').read().lower())
big = '\n'.join(texts)
bad = 0
for u in sys.argv[1:]:
    n = norm(u)
    hit = n in manif or any(t in big for t in tails(u)) or any(n in x for x in manif)
    print('USED' if hit else 'new ', u); bad += hit
sys.exit(1 if bad else 0)
