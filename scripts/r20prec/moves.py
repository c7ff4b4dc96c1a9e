"""Figures that moved between two allpools.py output folders: removed (R), added (A) by (doc, start, end), each with
its judgement where a judged.csv holds its span, and its context. usage: moves.py BEFORE AFTER"""
import csv, sys
from pathlib import Path
sys.path.insert(0, "scripts")
import score_pool as sp

ROOT = Path("tests/realworld/pools")


def keys(path):
    out = {}
    for r in csv.DictReader(open(path, encoding="utf-8")):
        out[(r["doc_id"], int(r["raw_start"]), int(r["raw_end"]))] = r["surface"]
    return out


def text_of(name, doc):
    if name == "dev":
        return None  # dev: no context printed here (the dev gold is read through deverrors.py only)
    rnd, pool = name.split("_", 1)
    return (ROOT / rnd / pool / "raw" / f"{doc}.txt").read_text(encoding="utf-8")


def main():
    a, b = Path(sys.argv[1]), Path(sys.argv[2])
    for f in sorted(a.glob("*.csv")):
        ka, kb = keys(f), keys(b / f.name)
        name = f.stem
        j = {}
        if name != "dev":
            rnd, pool = name.split("_", 1)
            p = ROOT / rnd / pool
            if (p / "judged.csv").exists() and pool not in ("r8idB", "r8prec"):
                try:
                    j = {k: v.is_figure for k, v in sp.load_judgements(p).items()}
                except ValueError:
                    j = {}  # (r8idC, r8phrase: another layout, no spans judged)
        for tag, ks in (("R", sorted(set(ka) - set(kb))), ("A", sorted(set(kb) - set(ka)))):
            for k in ks:
                t = text_of(name, k[0])
                c = "" if t is None else f"{t[max(0, k[1] - 70):k[1]]}[[{t[k[1]:k[2]]}]]{t[k[2]:k[2] + 40]}".replace("\n", "\u23ce")
                print(tag, name, f"{k[0]}:{k[1]}:{k[2]}", j.get(k, "?"), c, sep="\t")


if __name__ == "__main__":
    main()
