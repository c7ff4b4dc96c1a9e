"""List every figure with a per, or a rate/base word near it, over the allpools CSVs of OUTDIR."""
import sys, glob, os, re
import pandas as pd
out = sys.argv[1]; root = "/work/wt/r19units"
NEAR = re.compile(r"\bper\b(?!\s*cent)|\brates?\b|\b(?:for|in|out\s+of)\s+every\b", re.I)
rows = []
for f in sorted(glob.glob(os.path.join(out, "*.csv"))):
    pool = os.path.basename(f)[:-4]
    if pool == "dev":
        rawdir = os.path.join(root, "tests/realworld/raw")
    else:
        rnd, name = pool.split("_", 1)
        rawdir = os.path.join(root, "tests/realworld/pools", rnd, name, "raw")
    d = pd.read_csv(f, dtype={"per": str})
    texts = {}
    for r in d.itertuples():
        if r.doc_id not in texts:
            texts[r.doc_id] = open(os.path.join(rawdir, r.doc_id + ".txt"), encoding="utf-8").read()
        t = texts[r.doc_id]
        a, b = int(r.raw_start), int(r.raw_end)
        assert t[a:b] == r.surface, (pool, r.doc_id, a)
        right = t[b:b + 60].split("\n")[0]
        left = t[max(0, a - 40):a].split("\n")[-1]
        near = NEAR.search(right) or NEAR.search(left)
        if isinstance(r.per, str) or near or r.unit == "rate":
            rows.append(dict(pool=pool, doc=r.doc_id, council=r.council, span=f"{a}-{b}", surface=r.surface, unit_now=r.unit,
                             per_now=r.per if isinstance(r.per, str) else "", indicator_id=r.indicator_id if isinstance(r.indicator_id, str) else "",
                             ctx=(left + "[[" + r.surface + "]]" + right).replace("\n", " ")))
c = pd.DataFrame(rows)
c.to_csv(sys.argv[2], index=False)
print(len(c))
