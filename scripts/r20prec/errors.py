"""Every false figure (predicted, judged not a figure) and every missed true figure over the judged pools r8-r19,
from allpools.py CSVs in DIR (files named <round>_<pool>.csv). usage: errors.py DIR [--tsv OUT]
Joins as scripts/r17prec/falses.py (score_pool.load_judgements, r8idB by start, r8prec by judged tokens)."""
import csv, sys
from pathlib import Path
sys.path.insert(0, "scripts")
import score_pool as sp

ROOT = Path("tests/realworld/pools")


def pools():
    out = []
    for rnd in sorted(ROOT.iterdir()):
        if not rnd.is_dir() or not rnd.name[1:].isdigit():
            continue
        for p in sorted(rnd.iterdir()):
            if (p / "raw" / "manifest.csv").exists() and (p / "judged.csv").exists() and p.name not in ("r8phrase", "r8idC"):
                out.append(p)
    return out


def council_map(pool):
    return {r["file"].rsplit(".", 1)[0]: r["council"] for r in csv.DictReader(open(pool / "raw" / "manifest.csv", encoding="utf-8"))}


def ctx(pool, doc, s, e, w=100):
    t = (pool / "raw" / f"{doc}.txt").read_text(encoding="utf-8")
    return f"{t[max(0, s - w):s]}[[{t[s:e]}]]{t[e:e + w // 2]}".replace("\n", "\u23ce")


def figs_of(d, pool):
    return list(csv.DictReader(open(d / f"{pool.parent.name}_{pool.name}.csv", encoding="utf-8")))


def errors(pool, figs):
    """(kind, doc, s, e, surface) rows: FALSE for predicted judged-0, MISSED for judged-1 not found."""
    out = []
    if pool.name == "r8idB":
        j = {}
        for r in csv.DictReader(open(pool / "judged.csv", encoding="utf-8")):
            if r["raw_start"].strip():
                j[(r["doc_id"], int(r["raw_start"]))] = sp._IS_FIGURE.get(r["is_figure"].strip().lower(), "?")
        for f in figs:
            if j.get((f["doc_id"], int(f["raw_start"]))) == "0":
                out.append(("FALSE", f["doc_id"], int(f["raw_start"]), int(f["raw_end"]), f["surface"]))
    elif pool.name == "r8prec":
        toks = {}
        for r in csv.DictReader(open(pool / "judged.csv", encoding="utf-8")):
            toks.setdefault(r["doc"], []).append((int(r["start"]), r["judged"]))
        for f in figs:
            s, e = int(f["raw_start"]), int(f["raw_end"])
            ks = [k for st, k in toks.get(f["doc_id"], []) if s <= st < e]
            if ks and not any(k in {"F", "P", "Fx", "amb"} for k in ks):
                out.append(("FALSE", f["doc_id"], s, e, f["surface"]))
    else:
        j = sp.load_judgements(pool)
        found = set()
        for f in figs:
            k = (f["doc_id"], int(f["raw_start"]), int(f["raw_end"]))
            found.add(k)
            jj = j.get(k)
            if jj is not None and jj.is_figure == "0":
                out.append(("FALSE", *k, f["surface"]))
        for k, jj in sorted(j.items()):
            if jj.is_figure == "1" and k not in found:
                out.append(("MISSED", *k, ""))
    return out


def main():
    d = Path(sys.argv[1])
    rows = []
    for pool in pools():
        cm = council_map(pool)
        for kind, doc, s, e, surf in errors(pool, figs_of(d, pool)):
            rows.append((kind, pool.name, cm.get(doc, "?"), f"{doc}:{s}:{e}", ctx(pool, doc, s, e)))
    for r in rows:
        print("\t".join(r))
    print(sum(r[0] == "FALSE" for r in rows), "false,", sum(r[0] == "MISSED" for r in rows), "missed", file=sys.stderr)


if __name__ == "__main__":
    main()
