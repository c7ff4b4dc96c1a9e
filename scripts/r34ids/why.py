"""Run one blind set's documents (with their manifest's committee and title) and print each figure's id and, for the
surfaces asked, the evidence classify saw.  usage: PYTHONPATH=src .venv/bin/python scripts/r34ids/why.py SET DOC [SURFACE...]"""
import csv, sys
from pathlib import Path
sys.path.insert(0, "/work/main/scripts")
import score_pool
from analysis.figures import indicators, extraction

name, doc, *surfs = sys.argv[1:]
d = next(Path("/work/main/tests/realworld/pools").glob(f"*/{name}"))
rows = [r for r in csv.DictReader(open(d / "manifest.csv", encoding="utf-8")) if r["file"].startswith(doc + ".")]
seen = []
orig = indicators.classify_vetoed
def spy(ev, inds):
    out = orig(ev, inds)
    seen.append((ev, out))
    return out
extraction.classify_vetoed = spy
run = score_pool.run_clean_figures(rows, d / "raw")
for r in run.figures.to_dict("records"):
    if not surfs or r["surface"] in surfs:
        print(repr(r["surface"]), "->", r["indicator_id"], "|", r["indicator"], "| src", r.get("id_source"))
for ev, out in seen:
    if any(s.lower() in ev.sentence.lower() for s in surfs):
        print("EV", out, {k: (v[:200] if isinstance(v, str) else v) for k, v in ev.__dict__.items()})
