"""Round 22 (r22phrase): one table of phrase failures under the key-word rule (``evaluation.same_indicator``).

Usage: PYTHONPATH=src .venv/bin/python scripts/r22phrase/table.py ALLPOOLS_OUT BLIND_FIGURES_CSV OUT_CSV
  ALLPOOLS_OUT: a folder of /work/staging/r22/allpools.py (every open pool + dev.csv);
  BLIND_FIGURES_CSV: r21blind's figures table of the same code (scripts/r22phrase/blind.py).
Rows: every true figure with a gold / reader phrase of r21blind (blind gold), dev (blind gold; dev rows only) and
every pool's judged.csv (reader_phrase); the first run's phrase (pools), the code's phrase, key-word verdicts, and a
shape class of the code's failure. Prints class -> figures, councils (code's failures) and the totals.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import pooltools  # noqa: E402
import pandas as pd  # noqa: E402
from analysis.evaluation import key_words, match_figures, same_indicator  # noqa: E402

_NUM = re.compile(r"(?<![\w.])[£$€]?\d[\d,]*(?:\.\d+)?(?:%|m|k|bn)?(?![\w])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_BULLET = re.compile(r"^\s*(?:[•·\-\*–▪o]|\(?[a-z0-9]{1,3}[.)])\s")


def council_of(doc: str, cmap: dict[str, str]) -> str:
    return cmap.get(doc) or re.sub(r"_\d+$", "", doc.replace("r21b_", ""))


def shape(f: dict, sent_figs: list[dict], gold: str) -> str:
    """The shape class of a wrong phrase (first match wins)."""
    ph = (f.get("indicator") or "").strip()
    sent = f.get("sentence") or ""
    if not ph:
        return "empty"
    nums = _NUM.findall(sent)
    words = _WORD.findall(sent)
    if _BULLET.match(sent) or (len(nums) >= 4 and len(words) < 4 * len(nums)) or "\t" in sent or " | " in sent:
        return "table cell / list line"
    before = [g for g in sent_figs if int(g["raw_start"]) < int(f["raw_start"])]
    if not key_words(ph):
        return "generic word only"
    gk = key_words(gold)
    sk = key_words(sent)
    if not (gk & sk):
        return "measure not in sentence"
    if before:
        if any(g.get("indicator") == ph for g in before):
            return "later value: earlier value's phrase whole"
        return "later value: own words"
    # where the gold's words stand relative to the figure
    pos = sent.find(f["surface"])
    left, right = (sent[:pos], sent[pos + len(f["surface"]):]) if pos >= 0 else (sent, "")
    if f.get("unit") == "percent" and re.match(r"\s*(?:of|per cent of|percent of)\b", right):
        return "share: phrase is its base"
    lk, rk = key_words(left), key_words(right)
    if gk & lk and not gk & rk:
        return "first value: measure before (subject)"
    if gk & rk and not gk & lk:
        return "first value: measure after"
    return "first value: other"


def main() -> None:
    out_dir, blind_csv, out_csv = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    rows: list[dict] = []

    def add(source: str, council: str, g: dict, gold: str, first: str | None, f: dict | None, figs_doc: list[dict]):
        code = (f or {}).get("indicator", "") if f else None
        sent_figs = [x for x in figs_doc if f and x.get("sentence") == f.get("sentence") and x is not f]
        ok = f is not None and same_indicator(gold, code)
        rows.append(dict(source=source, council=council, doc_id=g["doc_id"], raw_start=g["raw_start"],
                         surface=g.get("surface", ""), gold=gold, first=first if first is not None else "",
                         first_ok="" if first is None else int(same_indicator(gold, first)),
                         code=code if code is not None else "", code_ok=int(ok),
                         found=int(f is not None), shape="" if ok else ("not found" if f is None else
                                                                       shape(f, sent_figs, gold)),
                         first_shape="" if first is None or same_indicator(gold, first) else (
                             "not found" if f is None else shape({**f, "indicator": first}, sent_figs, gold)),
                         sentence=(f or {}).get("sentence", "")))

    def by_doc(figs: list[dict]) -> dict[str, list[dict]]:
        d = defaultdict(list)
        for x in figs:
            d[x["doc_id"]].append(x)
        return d

    # pools
    for pool in pooltools.judged_pools(skip_rounds=["r22"]):
        if pool.name in ("r21blind", "r21blind2"):
            continue
        fp = out_dir / f"{pool.parent.name}_{pool.name}.csv"
        if not fp.exists():
            continue
        figs = pooltools.read_csv(fp)
        bd = by_doc(figs)
        cmap = pooltools.council_map(pool)
        jrows = pooltools.read_csv(pool / "judged.csv")
        if not jrows or "reader_phrase" not in jrows[0]:
            continue
        from phrase_chooser_rows import clean_reader_phrase
        seen = set()
        for r in jrows:
            if pooltools.yes(r.get("is_figure")) != "1" and (r.get("is_figure") or "").strip().lower() not in ("yes (missed)",):
                continue
            rp = clean_reader_phrase(r.get("reader_phrase") or "")
            if not rp or not str(r["raw_start"]).isdigit():
                continue
            k = (r["doc_id"], int(r["raw_start"]), int(r["raw_end"]))
            if k in seen:
                continue
            seen.add(k)
            cand = [x for x in bd.get(k[0], []) if int(x["raw_start"]) < k[2] and k[1] < int(x["raw_end"])]
            exact = [x for x in cand if (int(x["raw_start"]), int(x["raw_end"])) == k[1:]]
            f = (exact or cand or [None])[0]
            first = r.get("pred_indicator") if (r.get("pred_indicator") or (r.get("phrase_names_measure") or "").strip()) else None
            add(f"{pool.parent.name}/{pool.name}", council_of(k[0], cmap), r, rp, first, f, bd.get(k[0], []))

    # r21blind (blind gold)
    blind_dir = ROOT / "tests/realworld/pools/r21/r21blind"
    bg = pd.read_csv(blind_dir / "figures_gold.csv", dtype={"indicator_id": str}, keep_default_na=False)
    bp = pd.read_csv(blind_csv, dtype={"indicator_id": str}, keep_default_na=False)
    bcm = {r["file"].rsplit(".", 1)[0]: r["council"] for r in pooltools.read_csv(blind_dir / "manifest.csv")}
    _gold_rows("r21blind", bg, bp, bcm, add, by_doc)

    # dev (rows of dev documents only)
    dev = pooltools.dev_rows()
    docs = {r["file"].rsplit(".", 1)[0] for r in dev}
    dcm = {r["file"].rsplit(".", 1)[0]: r["council"] for r in dev}
    dg = pd.DataFrame([r for r in pooltools.read_csv(ROOT / "tests/realworld/figures_gold.csv") if r["doc_id"] in docs])
    dp = pd.read_csv(out_dir / "dev.csv", dtype={"indicator_id": str}, keep_default_na=False)
    _gold_rows("dev", dg, dp, dcm, add, by_doc)

    with open(out_csv, "w", newline="", encoding="utf-8") as fo:
        w = csv.DictWriter(fo, list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)
    report(rows)


def _gold_rows(source, gold, pred, cmap, add, by_doc):
    gold = gold.reset_index(drop=True)
    pred = pred.reset_index(drop=True)
    pairs = match_figures(pred, gold)
    precs = [{k: ("" if v is None else str(v)) for k, v in r.items()} for r in pred.to_dict("records")]
    bd = by_doc(precs)
    for gi, g in gold.iterrows():
        f = precs[pairs[gi]] if gi in pairs else None
        add(source, cmap.get(g["doc_id"], g["doc_id"]), dict(g), g["indicator"], None, f, bd.get(g["doc_id"], []))


def report(rows: list[dict]) -> None:
    def grp(src: str) -> str:
        return "r21blind" if src == "r21blind" else "dev" if src == "dev" else "pools"
    tot = defaultdict(lambda: [0, 0, 0, 0])
    for r in rows:
        t = tot[grp(r["source"])]
        t[0] += 1; t[1] += r["code_ok"]
        if r["first_ok"] != "":
            t[2] += 1; t[3] += r["first_ok"]
    for k, (n, ok, n1, ok1) in sorted(tot.items()):
        print(f"{k}: code key-word right {ok}/{n} = {ok / n:.3f}" + (f"; first run {ok1}/{n1} = {ok1 / n1:.3f}" if n1 else ""))
    cls = defaultdict(lambda: defaultdict(set))
    cnt = defaultdict(lambda: defaultdict(int))
    for r in rows:
        if r["code_ok"]:
            continue
        g = grp(r["source"])
        cnt[r["shape"]][g] += 1
        cls[r["shape"]][g].add(r["council"])
        cls[r["shape"]]["all"].add(r["council"])
    fc = defaultdict(int)
    fcc = defaultdict(set)
    for r in rows:
        if r["first_shape"]:
            fc[r["first_shape"]] += 1
            fcc[r["first_shape"]].add(r["council"])
    print("pools' first runs, wrong under the key-word rule, by shape (figures/councils):")
    for c in sorted(fc, key=lambda c: -fc[c]):
        print(f"  {c:45s} {fc[c]}/{len(fcc[c])}")
    print("the code's wrong phrases by shape (figures/councils):")
    print(f"{'class':45s} {'blind':>9s} {'dev':>9s} {'pools':>9s} councils(all)")
    for c in sorted(cnt, key=lambda c: -sum(cnt[c].values())):
        cell = lambda g: f"{cnt[c][g]}/{len(cls[c][g])}"
        print(f"{c:45s} {cell('r21blind'):>9s} {cell('dev'):>9s} {cell('pools'):>9s} {len(cls[c]['all'])}")


if __name__ == "__main__":
    main()
