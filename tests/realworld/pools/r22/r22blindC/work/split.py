"""python work/split.py "Council Name" ...: split of each council (known in the realworld manifest, else split_of_new_council)."""
import csv, hashlib, sys
R = '/work/wt/r22blindC/tests/realworld/raw/manifest.csv'
known = {r['council']: r['split'] for r in csv.DictReader(open(R, encoding='utf-8'))}
for c in sys.argv[1:]:
    s = known.get(c) or ('test' if int(hashlib.sha256(c.encode()).hexdigest(), 16) % 3 == 0 else 'dev')
    print(s, 'known' if c in known else 'new', c)
