"""(r20phrase, from r19phrase: pools r8-r19, r19freshA included; extra judgements from r16phrase, r16part, r18phrase, r19phrase, r19phrase2 and r20phrase) Score phrase over every judged pool from figures CSVs written by run_all.py.
Usage: python score_all.py FIGDIR [--rows out.csv] [--extra extra_judged.csv]"""
import csv, sys, argparse
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]; POOLS = ROOT / "tests/realworld/pools"
sys.path.insert(0, str(ROOT / "scripts"))
import score_pool as sp
from phrase_chooser_rows import clean_reader_phrase

sp._key = lambda r: (r['doc_id'], int(r['raw_start']) if str(r['raw_start']).isdigit() else -1, int(r['raw_end']) if str(r['raw_end']).isdigit() else -1)
def yes(v): return "1" if (v or "").strip().lower() in ("1", "y", "yes", "true") else "0"

def load_extra(paths):
    out = {}
    for path in paths:
        if path and Path(path).exists():
            for r in csv.DictReader(open(path, encoding="utf-8")):
                out[(r["pool"], r["doc_id"], int(r["raw_start"]), r["indicator"])] = r["judged"]
    return out

def pools():
    for p in sorted(POOLS.glob("r*/r*")):
        if p.parent.name not in ("r9","r10","r11","r12","r13","r14","r16","r18","r19"): continue
        if (p / "judged.csv").exists(): yield p

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("figdir"); ap.add_argument("--rows"); ap.add_argument("--extra", nargs="*", default=[str(ROOT / "tests/realworld/notes/r16_r16phrase_judged.csv"), str(ROOT / "tests/realworld/notes/r16_r16part_judged.csv"), str(ROOT / "tests/realworld/notes/r18_r18phrase_judged.csv"), str(ROOT / "tests/realworld/notes/r19_r19phrase_judged.csv"), str(ROOT / "tests/realworld/notes/r19_r19phrase2_judged.csv"), str(ROOT / "tests/realworld/notes/r20_r20phrase_judged.csv")])
    a = ap.parse_args()
    extra = load_extra(a.extra)
    rows = []; tot = [0, 0, 0]
    for p in pools():
        j = sp.load_judgements(p)
        rp = {}
        for r in csv.DictReader(open(p / "judged.csv", encoding="utf-8")):
            if (r.get("reader_phrase") or "").strip() and str(r["raw_start"]).isdigit() and str(r["raw_end"]).isdigit():
                rp[(r["doc_id"], int(r["raw_start"]), int(r["raw_end"]))] = clean_reader_phrase(r["reader_phrase"])
        man = {Path(r["file"]).stem: r["council"] for r in csv.DictReader(open(p / "raw/manifest.csv", encoding="utf-8"))}
        figs = list(csv.DictReader(open(Path(a.figdir) / f"{p.name}.csv", encoding="utf-8")))
        n = ok = unj = 0
        for f in figs:
            k = (f["doc_id"], int(f["raw_start"]), int(f["raw_end"]))
            jj = j.get(k)
            if jj is None or jj.is_figure != "1": continue
            n += 1
            v = jj.phrases.get(f["indicator"])
            if v is None: v = extra.get((p.name, f["doc_id"], int(f["raw_start"]), f["indicator"]))
            if v is None: unj += 1
            else: ok += v == "1"
            rows.append(dict(pool=p.name, doc_id=f["doc_id"], council=man.get(f["doc_id"], ""), raw_start=f["raw_start"],
                             surface=f["surface"], indicator=f["indicator"], judged="" if v is None else v,
                             reader=rp.get(k, ""), sentence=f["sentence"]))
        print(f"{p.name:12s} phrase {ok}/{n-unj} unjudged {unj}"); tot[0]+=ok; tot[1]+=n-unj; tot[2]+=unj
    # r8phrase
    p = POOLS / "r8/r8phrase"
    man = {Path(r["file"]).stem: r["council"] for r in csv.DictReader(open(p / "raw/manifest.csv", encoding="utf-8"))}
    jd = {}
    for r in csv.DictReader(open(p / "judged.csv", encoding="utf-8")):
        if r["figure"].strip().lower() not in ("1","y","yes","yes (missed)") or not r["raw_start"].isdigit(): continue
        d = jd.setdefault((r["file"].removesuffix(".txt"), int(r["raw_start"])), {"reader": clean_reader_phrase(r["my_phrase"]), "ph": {}})
        if r["first_class"] != "missed": d["ph"].setdefault(r["first_indicator"], yes(r["first_ok"]))
        if r.get("final_indicator") and (r.get("final_ok") or "").strip(): d["ph"].setdefault(r["final_indicator"], yes(r["final_ok"]))
    n = ok = unj = 0
    for f in csv.DictReader(open(Path(a.figdir) / "r8phrase.csv", encoding="utf-8")):
        d = jd.get((f["doc_id"], int(f["raw_start"])))
        if d is None: continue
        n += 1
        v = d["ph"].get(f["indicator"])
        if v is None: v = extra.get(("r8phrase", f["doc_id"], int(f["raw_start"]), f["indicator"]))
        if v is None: unj += 1
        else: ok += v == "1"
        rows.append(dict(pool="r8phrase", doc_id=f["doc_id"], council=man.get(f["doc_id"], ""), raw_start=f["raw_start"],
                         surface=f["surface"], indicator=f["indicator"], judged="" if v is None else v, reader=d["reader"], sentence=f["sentence"]))
    print(f"{'r8phrase':12s} phrase {ok}/{n-unj} unjudged {unj}"); tot[0]+=ok; tot[1]+=n-unj; tot[2]+=unj
    print(f"TOTAL phrase {tot[0]}/{tot[1]}={tot[0]/tot[1]:.4f} unjudged {tot[2]}")
    if a.rows:
        with open(a.rows, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, list(rows[0])); w.writeheader(); w.writerows(rows)
main()
