"""python work/used.py URL [URL...]: is each source_url new? Reads the source_url column of tests/realworld/raw/manifest.csv,
data/raw/manifest.csv and every manifest.csv / raw/manifest.csv under tests/realworld/pools/ (nothing under pools/r23/), and
looks for the URL's distinctive tail in those manifests. Prints USED/new per URL (copied from pools/r22/r22blindB/work/used.py)."""
import csv, glob, re, sys
W = '/work/wt/r23blindE'
R = W + '/tests/realworld'
def norm(u):
    u = u.strip().lower()
    u = re.sub(r'^https?://', '', u); u = re.sub(r'^www\.', '', u)
    u = re.sub(r'/\(s\([a-z0-9]+\)\)', '', u)
    u = u.replace('opengovernment.network', 'opencouncil.network').replace('docslib.org/download/', 'docslib.org/doc/')
    return u.rstrip('/')
files = [R + '/raw/manifest.csv', W + '/data/raw/manifest.csv']
files += [m for m in glob.glob(R + '/pools/**/manifest.csv', recursive=True) if '/pools/r23/' not in m]
manif = set()
for m in files:
    for r in csv.DictReader(open(m, encoding='utf-8')):
        if r.get('source_url'): manif.add(norm(r['source_url']))
bad = 0
for u in sys.argv[1:]:
    n = norm(u)
    hit = n in manif or any(n in x or x in n for x in manif if len(x) > 25)
    print('USED' if hit else 'new ', u); bad += hit
sys.exit(1 if bad else 0)
