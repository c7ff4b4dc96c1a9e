"""python work/overlap.py FILE...: does any figure sentence (a sentence holding a digit, 30+ characters) of each FILE also occur
in an open text: the realworld dev split's raw files and every pool's raw files (not pools/r21/r21blind2, nothing under
pools/r22/, no test-split file)? Sentences are compared as lower-case letters and digits only. Prints the shared ones."""
import csv, glob, re, sys
W = '/work/wt/r22blindC'
R = W + '/tests/realworld'
def norm(s): return re.sub(r'[^a-z0-9]', '', s.lower())
def sents(t): return [s for s in re.split(r'(?<=[.;:!?])\s+|\n+', t) if re.search(r'\d', s) and len(s.strip()) >= 30]
dev = {r['file'] for r in csv.DictReader(open(R + '/raw/manifest.csv', encoding='utf-8')) if r['split'] == 'dev'}
files = [R + '/raw/' + f for f in sorted(dev)]
files += [p for p in glob.glob(R + '/pools/**/*.txt', recursive=True)
          if '/pools/r22/' not in p and '/r21blind2/' not in p and '/raw/' in p]
seen = {}
for p in files:
    try: t = open(p, encoding='utf-8').read()
    except Exception: continue
    for s in sents(t): seen.setdefault(norm(s), p)
bad = 0
for f in sys.argv[1:]:
    for s in sents(open(f, encoding='utf-8').read()):
        if norm(s) in seen:
            bad += 1; print('SHARED', f.split('/')[-1], '|', s[:80], '|', seen[norm(s)].split('/tests/realworld/')[-1])
print('checked', len(files), 'open files;', bad, 'shared sentences')
sys.exit(1 if bad else 0)
