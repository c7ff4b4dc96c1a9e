"""Diff two allpools outdirs: figure spans, unit/per moves, other column moves; score against the judged CSV."""
import sys, glob, os
import pandas as pd
a, b = sys.argv[1], sys.argv[2]
judged = pd.read_csv("/work/wt/r19units/tests/realworld/notes/r19_r19units_judged.csv", dtype=str).fillna("")
moves, other = [], []
for f in sorted(glob.glob(os.path.join(a, "*.csv"))):
    pool = os.path.basename(f)[:-4]
    x = pd.read_csv(f, dtype=str).fillna(""); y = pd.read_csv(os.path.join(b, pool + ".csv"), dtype=str).fillna("")
    kx = list(zip(x.doc_id, x.raw_start, x.raw_end, x.surface)); ky = list(zip(y.doc_id, y.raw_start, y.raw_end, y.surface))
    if kx != ky:
        print("SPANS DIFFER", pool, len(kx), len(ky))
        continue
    for (i, rx), (_, ry) in zip(x.iterrows(), y.iterrows()):
        if (rx.unit, rx.per) != (ry.unit, ry.per):
            moves.append(dict(pool=pool, doc=rx.doc_id, council=rx.council, span=f"{rx.raw_start}-{rx.raw_end}", surface=rx.surface,
                              unit_before=rx.unit, per_before=rx.per, unit_after=ry.unit, per_after=ry.per,
                              id_before=rx.indicator_id, id_after=ry.indicator_id, sentence=rx.sentence[:160]))
        for col in x.columns:
            if col not in ("unit", "per") and rx[col] != ry[col]:
                other.append(dict(pool=pool, doc=rx.doc_id, span=f"{rx.raw_start}-{rx.raw_end}", surface=rx.surface, col=col,
                                  before=rx[col], after=ry[col]))
m = pd.DataFrame(moves); o = pd.DataFrame(other)
print("unit/per moves:", len(m), "councils:", m.council.nunique() if len(m) else 0)
print("other column moves:", len(o)); 
if len(o): print(o.to_string())
def score(d):
    ok_u = ok_p = ok = 0
    for r in judged.itertuples():
        y = d[(d.pool == r.pool) & (d.doc == r.doc) & (d.span == r.span)]
        u, p = y.unit.iloc[0], y.per.iloc[0]
        ok_u += u == r.unit_right; ok_p += p == r.per_right; ok += (u, p) == (r.unit_right, r.per_right)
    return ok_u, ok_p, ok, len(judged)
def load(dirn):
    out = []
    for f in sorted(glob.glob(os.path.join(dirn, "*.csv"))):
        z = pd.read_csv(f, dtype=str).fillna(""); z["pool"] = os.path.basename(f)[:-4]; z["doc"] = z.doc_id
        z["span"] = z.raw_start + "-" + z.raw_end; out.append(z)
    return pd.concat(out)
print("judged (unit right, per right, both, of):", "before", score(load(a)), "after", score(load(b)))
if len(sys.argv) > 3:
    m.to_csv(sys.argv[3], index=False)
if len(m): 
    pd.set_option("display.width", 250); pd.set_option("display.max_colwidth", 90); pd.set_option("display.max_rows", 500)
    print(m.drop(columns=["doc", "sentence"]).to_string())
