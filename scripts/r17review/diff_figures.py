"""Mechanical diff of figures CSVs between two allpools outputs: rows keyed by (doc_id, start, end, surface)."""
import sys, os, glob
import pandas as pd
def main() -> None:
    a, b = sys.argv[1], sys.argv[2]
    cols = ["value", "value_max", "unit", "indicator_id", "indicator"]
    tot = 0
    for fa in sorted(glob.glob(os.path.join(a, "*.csv"))):
        name = os.path.basename(fa)[:-4]
        da, db = pd.read_csv(fa, dtype=str).fillna(""), pd.read_csv(os.path.join(b, name + ".csv"), dtype=str).fillna("")
        key = ["figure_id", "doc_id", "surface"]
        m = da.merge(db, on=key, how="outer", suffixes=("_a", "_b"), indicator=True)
        for _, r in m.iterrows():
            if r["_merge"] == "both":
                ch = [c for c in cols if c + "_a" in r and r[c + "_a"] != r[c + "_b"]]
                if not ch: continue
                what = "changed " + ", ".join(f"{c}: {r[c+'_a']!r}->{r[c+'_b']!r}" for c in ch)
            else:
                what = "only_old" if r["_merge"] == "left_only" else "only_new"
            sent = r.get("sentence_a") if r["_merge"] != "right_only" else r.get("sentence_b")
            s = str(sent or "")
            i = s.find(str(r["surface"]))
            ctx = s[max(0, i - 90): i + 90].replace("\n", " ")
            print(f"{name}\t{r['figure_id']}\t{r['surface']!r}\t{what}\t{ctx}")
            tot += 1
    print("total", tot)


if __name__ == "__main__":
    main()
