"""List predicted figures (from collect.py's CSVs in DIR) that a pool's judgement marks not a figure.
usage: falses.py DIR [--json OUT]"""
import csv, sys, json, re
from pathlib import Path
sys.path.insert(0, "scripts"); sys.path.insert(0, "/tmp/r17prec")
import score_pool as sp
from collect import pools

def council_map(pool):
    m = {}
    for r in csv.DictReader(open(pool / "raw" / "manifest.csv", encoding="utf-8")):
        m[r["file"].rsplit(".", 1)[0]] = r["council"]
    return m

def ctx(pool, doc, s, e, w=110):
    t = (pool / "raw" / f"{doc}.txt").read_text(encoding="utf-8")
    a = t[max(0, s - w):s].replace("\n", " ")
    b = t[e:e + w // 2].replace("\n", " ")
    return f"{a}[[{t[s:e]}]]{b}"

def falses(pool, figs):
    out = []
    if pool.name == "r8idB":
        j = {}
        for r in csv.DictReader(open(pool / "judged.csv", encoding="utf-8")):
            if not r["raw_start"].strip(): continue
            j[(r["doc_id"], int(r["raw_start"]))] = sp._IS_FIGURE.get(r["is_figure"].strip().lower(), "?")
        for f in figs:
            if j.get((f["doc_id"], int(f["raw_start"]))) == "0":
                out.append(f)
    elif pool.name == "r8prec":
        toks = {}
        for r in csv.DictReader(open(pool / "judged.csv", encoding="utf-8")):
            toks.setdefault(r["doc"], []).append((int(r["start"]), r["judged"]))
        for f in figs:
            s, e = int(f["raw_start"]), int(f["raw_end"])
            ks = [k for st, k in toks.get(f["doc_id"], []) if s <= st < e]
            if ks and not any(k in {"F", "P", "Fx", "amb"} for k in ks):
                f = dict(f); f["kind"] = "/".join(sorted(set(ks))); out.append(f)
    else:
        j = sp.load_judgements(pool)
        for f in figs:
            jj = j.get((f["doc_id"], int(f["raw_start"]), int(f["raw_end"])))
            if jj is not None and jj.is_figure == "0":
                out.append(f)
    return out

def main():
    d = Path(sys.argv[1])
    rows = []
    for pool in pools():
        figs = list(csv.DictReader(open(d / f"{pool.name}.csv", encoding="utf-8")))
        cm = council_map(pool)
        for f in falses(pool, figs):
            rows.append(dict(pool=pool.name, council=cm.get(f["doc_id"], "?"), doc_id=f["doc_id"], raw_start=f["raw_start"],
                             raw_end=f["raw_end"], surface=f["surface"], indicator=f["indicator"], kind=f.get("kind", ""),
                             context=ctx(pool, f["doc_id"], int(f["raw_start"]), int(f["raw_end"]))))
    for r in rows:
        print(f"{r['pool']}\t{r['council']}\t{r['doc_id']}:{r['raw_start']}\t{r['surface']!r}\t{r['kind']}\t{r['context']}")
    print(len(rows), "false figures", file=sys.stderr)
    if len(sys.argv) > 2:
        json.dump(rows, open(sys.argv[2], "w"), indent=1)

if __name__ == "__main__":
    main()
