"""Census of money figures of the variance/deficit kinds over all evidence. usage: census.py DEVRUN_DIR POOLRUN_DIR SETRUN_DIR OUT.csv"""
import csv, re, sys
from pathlib import Path
M = Path("/work/main"); T = M / "tests/realworld"
IDS = {"budget_variance", "high_needs_deficit"}
CUE = re.compile(r"over ?spen|under ?spen|deficit|variance|pressure|\bDSG\b|dedicated schools? grant|high needs|shortfall|surplus", re.I)
devrun, poolrun, setrun, outp = map(Path, sys.argv[1:5])
texts = {}
def text(p):
    if p not in texts:
        texts[p] = p.read_text(encoding="utf-8") if p.exists() else ""
    return texts[p]
def sentence(t, s, e):
    a = max(t.rfind(". ", 0, s), t.rfind("\n", 0, s), t.rfind("? ", 0, s), t.rfind("; ", 0, max(s - 250, 0)))
    b = [x for x in (t.find(". ", e), t.find("\n", e)) if x >= 0]
    b = min(b) if b else len(t)
    a = max(a + 1, s - 300); b = min(b + 1, e + 300)
    return " ".join(t[a:b].split())
def load_run(p):
    d = {}
    if not p.exists(): return d
    for r in csv.DictReader(open(p, encoding="utf-8")):
        d.setdefault(r["doc_id"], []).append((int(float(r["raw_start"])), int(float(r["raw_end"])), r.get("indicator_id", ""), r.get("unit", "")))
    return d
def pred(run, doc, s, e):
    best = None
    for a, b, i, u in run.get(doc, []):
        if a < e and s < b:
            if best is None or (a == s and b == e): best = (i or "none")
    return best if best is not None else "MISSED"
councils = {}
def council_of(manifest):
    if manifest.exists():
        for r in csv.DictReader(open(manifest, encoding="utf-8")):
            councils[Path(r["file"]).stem] = r["council"]
rows = []
def add(source, doc, s, e, surf, unit, gid, tdir, run):
    if unit != "gbp": return
    t = text(tdir / f"{doc}.txt"); sent = sentence(t, s, e) if t else ""
    if gid in IDS or (not gid and CUE.search(sent)) or (gid and gid not in IDS and False):
        rows.append(dict(source=source, council=councils.get(doc, doc), doc=doc, start=s, surface=surf, gold=gid or "none",
                         base=pred(run, doc, s, e), sentence=sent))
# 1 open sets
for setn in open("/work/staging/r31/setnames.txt").read().split():
    d = next(T.glob(f"pools/*/{setn}"))
    council_of(d / "manifest.csv")
    run = load_run(setrun / setn / "work/first_run/figures.csv")
    for r in csv.DictReader(open(d / "figures_gold.csv", encoding="utf-8")):
        add("open:" + setn, r["doc_id"], int(r["raw_start"]), int(r["raw_end"]), r["surface"], r["unit"], r["indicator_id"], d / "raw", run)
    # agreement (second annotator)
    for ag in T.glob(f"pools/*/agreement/{setn}_figures_second.csv"):
        for r in csv.DictReader(open(ag, encoding="utf-8")):
            add("agree:" + setn, r["doc_id"], int(r["raw_start"]), int(r["raw_end"]), r["surface"], r["unit"], r["indicator_id"], d / "raw", run)
# 2 dev
man = list(csv.DictReader(open(T / "raw/manifest.csv", encoding="utf-8")))
dev = {Path(r["file"]).stem for r in man if r["split"] == "dev"}
for r in man:
    if r["split"] == "dev": councils[Path(r["file"]).stem] = r["council"]
run = load_run(devrun / "dev.csv")
for r in csv.DictReader(open(T / "figures_gold.csv", encoding="utf-8")):
    if r["doc_id"] in dev:
        add("dev", r["doc_id"], int(r["raw_start"]), int(r["raw_end"]), r["surface"], r["unit"], r["indicator_id"], T / "raw", run)
# 3 seeds
council_of(M / "data/raw/manifest.csv")
run = load_run(devrun / "seeds.csv")
for r in csv.DictReader(open(M / "tests/gold/figures_gold.csv", encoding="utf-8")):
    add("seed", r["doc_id"], int(r["raw_start"]), int(r["raw_end"]), r["surface"], r["unit"], r["indicator_id"], M / "data/raw", run)
# 4 pools
for j in sorted(T.glob("pools/*/*/judged.csv")):
    p = j.parent; council_of(p / "raw/manifest.csv")
    run = load_run(poolrun / f"{p.parent.name}_{p.name}.csv")
    for r in csv.DictReader(open(j, encoding="utf-8")):
        if not r.get("raw_start") or "reader_id" not in r or r.get("is_figure") != "1": continue
        if not r.get("raw_end"): r["raw_end"] = str(int(r["raw_start"]) + len(r["surface"]))
        rid = r.get("reader_id", "")
        if rid == "?": continue
        if rid == "" and r.get("judged_kind", "") not in ("", "figure") and False: continue
        add("pool:" + p.name, r["doc_id"], int(r["raw_start"]), int(r["raw_end"]), r["surface"], r["unit"], rid, p / "raw", run)
with open(outp, "w", encoding="utf-8", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
from collections import Counter
print(len(rows), Counter(r["source"].split(":")[0] for r in rows))
print(Counter((r["gold"], r["base"]) for r in rows))
