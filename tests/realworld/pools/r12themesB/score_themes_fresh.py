"""Score themes on round 12's fresh pools (r12freshA|B|C), judged for themes by r12themesB.

Usage (from a worktree)::

    PYTHONPATH=src .venv/bin/python tests/realworld/pools/r12themesB/score_themes_fresh.py [--out FILE]

Builds the raw folder (doc_id ``<pool>__<file stem>``) in a temporary folder, runs the clean, figures and
topics stages on the 55 pages together, matches each judged segment to the topics table by raw span
(analysis.realworld.match_passages) and codes its text alone (topics.assign_themes). Prints per pool and
overall: theme accuracy (topics table / isolated), non-other accuracy, topic NMI; per-theme P/R (table and
isolated) overall; confusions (gold -> pred) with councils; the wrong passages.
Adapted from r12themes' scripts/score_themes_pool.py.
"""
import argparse, csv, shutil, tempfile, warnings
from pathlib import Path
import pandas as pd
from sklearn.metrics import normalized_mutual_info_score
from analysis.realworld import match_passages, run_pipeline
from analysis.topics import assign_themes

HERE = Path(__file__).resolve().parent
ap = argparse.ArgumentParser(); ap.add_argument("--out"); ap.add_argument("--dump"); ap.add_argument("--judged", default=str(HERE / "themes_judged.csv"))
a = ap.parse_args()
tmpd = tempfile.TemporaryDirectory(prefix="r12themesB-")
raw = Path(tmpd.name) / "raw"; raw.mkdir()
rows = []
for p in "ABC":
    d = HERE.parent / "r12" / f"r12fresh{p}" / "raw"
    for r in csv.DictReader(open(d / "manifest.csv", encoding="utf-8")):
        new = f"r12fresh{p}__{r['file']}"
        shutil.copyfile(d / r["file"], raw / new)
        rows.append({"file": new, "council": r["council"], "committee": "", "meeting_date": "", "title": "", "source_url": r["source_url"]})
with open(raw / "manifest.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n"); w.writeheader(); w.writerows(rows)
council = {r["file"][:-4]: r["council"] for r in rows}
gold = pd.read_csv(a.judged, dtype={"doc_id": str, "theme": str, "text": str}, keep_default_na=False)
with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
    warnings.simplefilter("ignore")
    tables = run_pipeline(raw, Path(tmp) / "p")
m = match_passages(gold, tables["topics"])
m["iso_theme"] = assign_themes(m["text"].tolist())
m["council"] = m["doc_id"].map(council); m["pool"] = m["doc_id"].str.split("__").str[0]
out = [f"topics table segments: {len(tables['topics'])}; judged passages: {len(m)}"]
for h in ("r12freshA", "r12freshB", "r12freshC", "ALL"):
    x = m if h == "ALL" else m[m["pool"] == h]
    has = x["pred_topic"].notna(); no = x.theme != "other"
    out.append(f"{h:9s} passages {len(x):4d} councils {x['council'].nunique():2d}  theme_topics_table {(x.pred_theme == x.theme).mean():.3f}"
               f"  theme_isolated {(x.iso_theme == x.theme).mean():.3f}"
               f"  non-other: table {(x.loc[no, 'pred_theme'] == x.loc[no, 'theme']).mean():.3f} iso {(x.loc[no, 'iso_theme'] == x.loc[no, 'theme']).mean():.3f}"
               f"  topic_nmi {normalized_mutual_info_score(x.loc[has, 'theme'], x.loc[has, 'pred_topic']):.3f}")
for col, name in (("pred_theme", "topics table"), ("iso_theme", "isolated")):
    out.append(f"\n-- per theme (ALL, {name}): theme gold pred correct P R")
    for t in sorted(set(m.theme) | set(m[col])):
        g = (m.theme == t).sum(); p = (m[col] == t).sum(); c = ((m.theme == t) & (m[col] == t)).sum()
        out.append(f"  {t:26s} {g:4d} {p:4d} {c:4d}  {c / p if p else 0:.2f} {c / g if g else 0:.2f}")
for col, name in (("pred_theme", "topics table"), ("iso_theme", "isolated")):
    x = m[m[col] != m.theme]
    out.append(f"\n-- confusions ({name}, gold -> pred): count, pools, councils")
    for (g, p), y in sorted(x.groupby(["theme", col]), key=lambda kv: -len(kv[1])):
        out.append(f"  {g:24s} -> {p:24s} {len(y):3d}  {y.pool.nunique()} pools  {y.council.nunique()} councils: {', '.join(sorted(y.council.unique()))}")
out.append("\n-- wrong passages (topics table): gold>table iso=isolated doc text")
x = m[m.pred_theme != m.theme]
for r in x.sort_values(["theme", "pred_theme"], kind="stable").itertuples():
    out.append(f"{r.theme[:12]:12s}>{r.pred_theme[:12]:12s} iso={r.iso_theme[:10]:10s} {r.doc_id:40s} {' '.join(r.text.split())[:150]}")
txt = "\n".join(out)
print(txt)
if a.dump:
    m.to_csv(a.dump, index=False)
    tables["topics"][["doc_id", "raw_start", "raw_end"]].to_csv(a.dump + ".spans", index=False)
if a.out:
    Path(a.out).write_text(txt + "\n", encoding="utf-8")
