import sys, glob, os
import pandas as pd
j = pd.read_csv("/work/wt/r19units/tests/realworld/notes/r19_r19units_judged.csv", dtype=str).fillna("")
def load(d):
    out = []
    for f in sorted(glob.glob(os.path.join(d, "*.csv"))):
        z = pd.read_csv(f, dtype=str).fillna(""); z["pool"] = os.path.basename(f)[:-4]
        z["span"] = z.raw_start + "-" + z.raw_end; out.append(z[["pool", "doc_id", "span", "unit", "per"]])
    return pd.concat(out).rename(columns={"doc_id": "doc"})
for name, d in (("main", sys.argv[1]), ("after", sys.argv[2])):
    m = j.merge(load(d), on=["pool", "doc", "span"], how="left")
    m["ok"] = (m.unit == m.unit_right) & (m.per == m.per_right)
    m["uok"] = m.unit == m.unit_right; m["pok"] = m.per == m.per_right
    print(name, "unit right", m.uok.sum(), "per right", m.pok.sum(), "both", m.ok.sum(), "of", len(m))
    w = m[m.family != ""]
    g = w.groupby("family").agg(figs=("ok", "size"), right=("ok", "sum"))
    print(g.to_string())
