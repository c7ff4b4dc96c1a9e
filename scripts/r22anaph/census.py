"""Round 22, r22anaph: every "determiner + small number + noun" ("the four areas", "these two schools") over the dev
split's gold, every open judged pool and r21blind, with its label (gold / judged figure or not) and whether the code
predicts it; then the tables of the note ``tests/realworld/notes/r22_r22anaph.md``.

usage: PYTHONPATH=SRC census.py ROOT ALLPOOLS_OUT R21BLIND_PRED OUT_TSV
  ALLPOOLS_OUT: the folder of /work/staging/r22/allpools.py (one CSV a pool and dev.csv);
  R21BLIND_PRED: the figures CSV of the same code on r21blind (``blind_pred.py``).

Labels: dev and r21blind: a gold row over the number = figure, none = not. Pools: ``score_pool.load_judgements``
(judged.csv + rejudged.csv); round 8's layouts by their start offset (r8idB, r8phrase; r8prec: its judged numeral
tokens, F/P/Fx figure); r8idA (not judged) and r8idC (no offsets) left out. A pool span no one judged is "not a
figure": the first run did not predict it and the reader did not add it as missed. Never the test split, never
r21blind2 or pools/r22. The TSV keeps no page text beyond the three words after the number.
"""
from __future__ import annotations

import collections
import csv
import re
import sys
from pathlib import Path

WORDS = "two three four five six seven eight nine ten eleven twelve".split()
NUM = r"(?:" + "|".join(WORDS) + r"|[2-9]|1[0-2])"  # "one" left out: no set is counted by it
DET = (r"(?:all\s+of\s+the|all\s+of\s+these|all\s+the|all\s+these|each\s+of\s+the|each\s+of\s+these|each\s+of\s+our|"
       r"both\s+the|any\s+of\s+the|the|these|those|all|both|our|its|their)")
MOD = r"(?:\s+(?:other|following|remaining|first|last|top|above|additional|main|key|same|separate))?"
RX = re.compile(r"\b(" + DET + r")" + MOD + r"\s+(" + NUM + r")(?![\d.,%:/£$-]|\s*(?:%|per\b|percent|hundred|thousand|million|billion|bn|m\b|k\b))"
                r"\s+([A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*){0,3})", re.I)
IRREG = {"children", "people", "staff", "men", "women", "criteria", "data", "police", "young"}
STOP = {"of", "and", "or", "to", "in", "were", "are", "was", "is", "will", "have", "had", "who", "which", "that", "for", "with"}
CLASSES = {
    "doc": "areas options priorities themes models recommendations grades strands questions objectives aims principles "
           "elements pillars workstreams categories domains outcomes ambitions actions reasons issues points proposals "
           "stages phases levels parts sections papers reports documents indicators measures targets pledges "
           "commitments goals headings streams strategies plans programmes projects scenarios approaches tiers "
           "judgements judgments ratings things items steps changes functions sources bullets appendices tables topics",
    "svc": "schools homes hubs teams centres centers services academies sites settings nurseries authorities councils "
           "boroughs localities wards units providers partners organisations organizations agencies boards panels "
           "groups committees trusts hospitals practices districts regions clusters partnerships colleges bases "
           "buildings properties beds houses placements",
    "ppl": "children carers officers members people families staff workers pupils students councillors managers posts "
           "leaders directors chairs representatives governors heads headteachers parents adults cases girls boys men "
           "women learners practitioners social young residents",
    "time": "years months weeks days quarters terms hours decades sessions meetings",
}
CLASSES = {k: set(v.split()) for k, v in CLASSES.items()}


def head(words: list[str]) -> str:
    """The plural noun the number counts: the first plural-looking word of the next four ("" if none)."""
    for w in words:
        lw = w.lower()
        if lw in IRREG or (lw.endswith("s") and not lw.endswith("ss") and len(lw) > 3
                           and lw not in ("this", "has", "was", "its", "plus")):
            return lw
        if lw in STOP:
            return ""
    return ""


def noun_class(h: str, before: str, after: str) -> str:
    """The sub-shape: ranking ("the top 10"), time, partitive ("three of the four"), a noun class, or no noun."""
    if re.search(r"\b(top|worst|best|highest|lowest)\b", before[-30:] + " " + after[:40], re.I):
        return "ranking (top / worst N)"
    if h in CLASSES["time"]:
        return "time (the last N years)"
    if not h:
        return "no plural noun (dates, sizes, ellipsis)"
    if re.search(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|most|many|none)\s+of\s+"
                 r"(?:the|these|its|our|their)\s+(?:\w+\s+)?$", before, re.I):
        return "partitive (N of the M)"
    for k in ("doc", "svc", "ppl"):
        if h in CLASSES[k]:
            return {"doc": "document structure", "svc": "services / places", "ppl": "people"}[k]
    return "other noun"


def council_key(name: str) -> str:
    """A council's name without "London Borough of", "Council" ... (dev and the pools spell them differently)."""
    n = re.sub(r"\b(London Borough of|Royal Borough of|Metropolitan|Borough|County|City|Council|of)\b", " ", name)
    return re.sub(r"\s+", " ", n).strip().lower() or name.lower()


def _ov(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


def preds(path: Path) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    if path.exists():
        for r in csv.DictReader(open(path, encoding="utf-8", newline="")):
            out.setdefault(r["doc_id"], []).append((int(float(r["raw_start"])), int(float(r["raw_end"]))))
    return out


def scan(rows: list[dict], setname: str, docs: dict[str, str], textdir: Path,
         labels: dict[str, list[tuple[int, int, str]]], pred: dict[str, list[tuple[int, int]]]) -> None:
    for doc, council in sorted(docs.items()):
        p = textdir / (doc + ".txt")
        if not p.exists():
            continue
        t = p.read_text(encoding="utf-8")
        for m in RX.finditer(t):
            s, e = m.span(2)
            words = m.group(3).split()
            lab = "not"
            for a, b, isf in labels.get(doc, []):
                if _ov(s, e, a, b):
                    lab = {"1": "figure", "0": "not", "a": "amb"}.get(isf, "not")
                    if lab == "figure":
                        break
            h = head(words)
            stem = h[:-1] if h.endswith("s") else h
            named = len(stem) >= 4 and stem[:5] in t[max(0, s - 600):max(0, m.start() - 1)].lower()
            initial = re.search(r"(?:[.:;!?\n]|^)\s*$", t[max(0, m.start() - 20):m.start()]) is not None
            rows.append(dict(set=setname, council=council_key(council), doc=doc, start=s,
                             det=re.sub(r"\s+", " ", m.group(1).lower()), num=m.group(2).lower(), noun=h,
                             sub=noun_class(h, t[max(0, s - 80):s], t[e:e + 60]), label=lab,
                             pred="pred" if any(_ov(s, e, a, b) for a, b in pred.get(doc, [])) else "-",
                             next=" ".join(words[:2]), named="named before" if named else "not named before",
                             initial="sentence-initial" if initial else "mid-sentence"))


def pool_labels(pool: Path, score_pool) -> dict[str, list[tuple[int, int, str]]]:
    lab: dict[str, list[tuple[int, int, str]]] = {}
    try:
        for (d, a, b), j in score_pool.load_judgements(pool).items():
            lab.setdefault(d, []).append((a, b, j.is_figure))
        return lab
    except ValueError:  # round 8's layouts
        pass
    for r in csv.DictReader(open(pool / "judged.csv", encoding="utf-8", newline="")):
        if "judged" in r:  # r8prec
            d, a, sur, isf = r["doc"], r["start"], r["token"], "1" if r["judged"] in ("F", "P", "Fx") else "0"
        elif "figure" in r:  # r8phrase
            d, a, sur, isf = r["file"][:-4], r["raw_start"], r["surface"], {"Y": "1", "N": "0"}.get(r["figure"], "a")
        elif "raw_start" in r:  # r8idB
            d, a, sur = r["doc_id"], r["raw_start"], r["surface"]
            isf = score_pool._IS_FIGURE.get((r["is_figure"] or "").strip().lower(), "a")
        else:  # r8idC: no offsets
            return {}
        if (a or "").strip():
            lab.setdefault(d, []).append((int(float(a)), int(float(a)) + max(1, len(sur)), isf))
    return lab


def collect(root: Path, ap_out: Path, blpred: Path) -> list[dict]:
    sys.path.insert(0, str(root / "scripts"))
    import score_pool
    rows: list[dict] = []
    man = [r for r in csv.DictReader(open(root / "tests/realworld/raw/manifest.csv", encoding="utf-8", newline=""))
           if r["split"] == "dev"]
    docs = {r["file"][:-4]: r["council"] for r in man}
    lab: dict[str, list[tuple[int, int, str]]] = {}
    for r in csv.DictReader(open(root / "tests/realworld/figures_gold.csv", encoding="utf-8", newline="")):
        if r["doc_id"] in docs:  # the dev split only
            lab.setdefault(r["doc_id"], []).append((int(r["raw_start"]), int(r["raw_end"]), "1"))
    scan(rows, "dev", docs, root / "tests/realworld/raw", lab, preds(ap_out / "dev.csv"))
    for man_p in sorted((root / "tests/realworld/pools").glob("*/*/raw/manifest.csv")):
        pool = man_p.parent.parent
        if pool.parent.name == "r22" or pool.name in ("r21blind2", "r21blind") or not (pool / "judged.csv").exists():
            continue
        docs = {r["file"][:-4]: r["council"] for r in csv.DictReader(open(man_p, encoding="utf-8", newline=""))}
        lab = pool_labels(pool, score_pool)
        if lab:  # r8idC: no offsets, left out
            scan(rows, pool.name, docs, pool / "raw", lab, preds(ap_out / f"{pool.parent.name}_{pool.name}.csv"))
    bl = root / "tests/realworld/pools/r21/r21blind"
    docs = {r["file"][:-4]: r["council"] for r in csv.DictReader(open(bl / "manifest.csv", encoding="utf-8", newline=""))}
    lab = {}
    for r in csv.DictReader(open(bl / "figures_gold.csv", encoding="utf-8", newline="")):
        lab.setdefault(r["doc_id"], []).append((int(r["raw_start"]), int(r["raw_end"]), "1"))
    scan(rows, "r21blind", docs, bl / "raw", lab, preds(blpred))
    return rows


DET_BEFORE = re.compile(r"\b(" + DET + r")" + MOD + r"\s+$", re.I)


def small_counts(root: Path, ap_out: Path, blpred: Path) -> collections.Counter:
    """Every figure the code predicts with unit count and a value 2..12 (no range), by (source, determiner before
    it or not, label): the base rate the determiner shape is set against."""
    sys.path.insert(0, str(root / "scripts"))
    import score_pool
    out: collections.Counter = collections.Counter()

    def go(src: str, predcsv: Path, textdir: Path, labels: dict, default: str) -> None:
        for r in csv.DictReader(open(predcsv, encoding="utf-8", newline="")):
            if r["unit"] != "count" or (r.get("value_max") or "") != "" or not r["value"] or \
                    not 2 <= float(r["value"]) <= 12:
                continue
            s, e = int(float(r["raw_start"])), int(float(r["raw_end"]))
            lab = default
            for a, b, isf in labels.get(r["doc_id"], []):
                if _ov(s, e, a, b):
                    lab = {"1": "figure", "0": "not", "a": "amb"}.get(isf, "not")
                    if lab == "figure":
                        break
            t = (textdir / (r["doc_id"] + ".txt")).read_text(encoding="utf-8")
            out[src, "determiner" if DET_BEFORE.search(t[max(0, s - 40):s]) else "none", lab] += 1

    dev = {r["file"][:-4] for r in csv.DictReader(open(root / "tests/realworld/raw/manifest.csv", encoding="utf-8",
                                                        newline="")) if r["split"] == "dev"}
    lab: dict = {}
    for r in csv.DictReader(open(root / "tests/realworld/figures_gold.csv", encoding="utf-8", newline="")):
        if r["doc_id"] in dev:
            lab.setdefault(r["doc_id"], []).append((int(r["raw_start"]), int(r["raw_end"]), "1"))
    go("dev", ap_out / "dev.csv", root / "tests/realworld/raw", lab, "not")
    for man_p in sorted((root / "tests/realworld/pools").glob("*/*/raw/manifest.csv")):
        pool = man_p.parent.parent
        if pool.parent.name == "r22" or pool.name in ("r21blind2", "r21blind") or not (pool / "judged.csv").exists():
            continue
        lab = pool_labels(pool, score_pool)
        if lab:
            go("pools", ap_out / f"{pool.parent.name}_{pool.name}.csv", pool / "raw", lab, "unjudged")
    bl = root / "tests/realworld/pools/r21/r21blind"
    lab = {}
    for r in csv.DictReader(open(bl / "figures_gold.csv", encoding="utf-8", newline="")):
        lab.setdefault(r["doc_id"], []).append((int(r["raw_start"]), int(r["raw_end"]), "1"))
    go("r21blind", blpred, bl / "raw", lab, "not")
    return out


def table(rows: list[dict], key, title: str) -> None:
    c: dict = collections.defaultdict(collections.Counter)
    cc: dict = collections.defaultdict(set)
    for r in rows:
        k = key(r)
        c[k][r["label"]] += 1
        c[k]["pred " + r["label"]] += r["pred"] == "pred"
        cc[k].add(r["council"])
        cc[k, r["label"]].add(r["council"])
    print(f"| {title} | figure | not | amb | not % | councils (with a figure / with a non-figure) | predicted now: figure / not |")
    print("|---|---|---|---|---|---|---|")
    for k in sorted(c, key=lambda k: (-sum(c[k][x] for x in ("figure", "not", "amb")), str(k))):
        n = c[k]["figure"] + c[k]["not"]
        print(f"| {k} | {c[k]['figure']} | {c[k]['not']} | {c[k]['amb']} | {100 * c[k]['not'] / max(n, 1):.0f} | "
              f"{len(cc[k])} ({len(cc[k, 'figure'])} / {len(cc[k, 'not'])}) | {c[k]['pred figure']} / {c[k]['pred not']} |")
    print()


CORE = ("document structure", "services / places", "people", "other noun")


def main() -> None:
    root, ap_out, blpred, out = (Path(a) for a in sys.argv[1:5])
    rows = collect(root, ap_out, blpred)
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, list(rows[0].keys()), delimiter="\t")
        w.writeheader()
        w.writerows(rows)
    src = lambda r: r["set"] if r["set"] in ("dev", "r21blind") else "pools"  # noqa: E731
    print(f"{len(rows)} occurrences, {len({r['council'] for r in rows})} councils\n")
    table(rows, lambda r: r["sub"], "sub-shape (all occurrences)")
    core = [r for r in rows if r["sub"] in CORE]
    table(core, lambda r: r["sub"] + " / " + src(r), "noun class / source (counted sets only)")
    table(core, lambda r: r["det"], "determiner (counted sets only)")
    table(core, lambda r: r["noun"], "noun (counted sets only)")
    table(core, lambda r: r["council"], "council (counted sets only)")
    table(core, lambda r: r["named"] + ", " + r["initial"], "anaphora: the noun in the 600 characters before; position")
    sc = small_counts(root, ap_out, blpred)
    print("| predicted small counts (2..12) | before it | figure | not | amb | unjudged | not % |\n|---|---|---|---|---|---|---|")
    for src in ("dev", "pools", "r21blind"):
        for d in ("determiner", "none"):
            f, n, a, u = (sc[src, d, x] for x in ("figure", "not", "amb", "unjudged"))
            print(f"| {src} | {d} | {f} | {n} | {a} | {u} | {100 * n / max(f + n, 1):.0f} |")
    print()
    print("| class | noun | set | council | label | predicted | determiner + number + next words |")
    print("|---|---|---|---|---|---|---|")
    for r in sorted(core, key=lambda r: (r["sub"], r["noun"], r["label"], r["council"])):
        print(f"| {r['sub']} | {r['noun']} | {r['set']} | {r['council']} | {r['label']} | {r['pred']} | "
              f"{r['det']} {r['num']} {r['next']} |")


if __name__ == "__main__":
    main()
