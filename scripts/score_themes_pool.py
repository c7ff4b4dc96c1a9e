"""Score themes on the r12themes judged pool (round 11's four pools, judged for themes) per half (TUNE / CHECK).

Usage::

    PYTHONPATH=src .venv/bin/python scripts/score_themes_pool.py            # the judged pool, per half
    PYTHONPATH=src .venv/bin/python scripts/score_themes_pool.py RAW_DIR JUDGED HALVES [--per-theme] [--errors TUNE]

Without arguments, builds the pool's raw folder (round 11's pages, doc_id ``<pool>__<file stem>``) in a
temporary folder and uses tests/realworld/pools/r12themes/themes_judged.csv and halves.csv. Runs the
clean, figures and topics stages (as scripts/score_realworld.py), matches each judged segment to the
topics table (analysis.realworld.match_passages) and codes its text alone (topics.assign_themes).
``--errors`` lists a half's wrong passages: only ever TUNE (CHECK's errors are not read).
"""
import argparse, csv, glob, os, shutil, sys, tempfile, warnings
from pathlib import Path
import pandas as pd
from sklearn.metrics import normalized_mutual_info_score
from analysis.realworld import match_passages, run_pipeline
from analysis.topics import assign_themes

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "tests" / "realworld" / "pools" / "r12themes"


def build_raw(dest: Path) -> Path:
    """The judged pool's raw folder: round 11's pool pages as <pool>__<file>, with a manifest."""
    dest.mkdir(parents=True, exist_ok=True)
    rows = []
    for m in sorted(glob.glob(str(ROOT / "tests" / "realworld" / "pools" / "r11" / "*" / "raw" / "manifest.csv"))):
        pool = Path(m).parts[-3]
        for r in csv.DictReader(open(m, encoding="utf-8")):
            new = f"{pool}__{r['file']}"
            shutil.copyfile(Path(m).parent / r["file"], dest / new)
            rows.append({"file": new, "council": r["council"], "committee": "", "meeting_date": "", "title": "",
                         "source_url": r["source_url"]})
    with open(dest / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return dest


ap = argparse.ArgumentParser()
ap.add_argument("raw", nargs="?"); ap.add_argument("judged", nargs="?", default=str(HERE / "themes_judged.csv"))
ap.add_argument("halves", nargs="?", default=str(HERE / "halves.csv"))
ap.add_argument("--errors", default=None); ap.add_argument("--out", default=None)
ap.add_argument("--per-theme", action="store_true")
a = ap.parse_args()
if a.raw is None:
    _tmp = tempfile.TemporaryDirectory(prefix="r12themes-")  # removed at exit
    a.raw = str(build_raw(Path(_tmp.name) / "raw"))
man = pd.read_csv(Path(a.raw) / "manifest.csv", dtype=str, keep_default_na=False)
man["doc_id"] = man["file"].str[:-4]
half = dict(pd.read_csv(a.halves, dtype=str)[["council", "half"]].values)
council = dict(zip(man["doc_id"], man["council"]))
gold = pd.read_csv(a.judged, dtype={"doc_id": str, "theme": str, "text": str}, keep_default_na=False)
with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
    warnings.simplefilter("ignore")
    tables = run_pipeline(Path(a.raw), Path(tmp) / "p")
m = match_passages(gold, tables["topics"])
m["iso_theme"] = assign_themes(m["text"].tolist())
m["council"] = m["doc_id"].map(council); m["half"] = m["council"].map(half)
lines = []
for h in ("TUNE", "CHECK", "ALL"):
    x = m if h == "ALL" else m[m["half"] == h]
    has = x["pred_topic"].notna()
    lines.append(f"{h:5s} passages {len(x):4d} councils {x['council'].nunique():2d}  theme_topics_table {(x['pred_theme']==x['theme']).mean():.3f}"
                 f"  theme_isolated {(x['iso_theme']==x['theme']).mean():.3f}"
                 f"  non-other: table {(x.loc[x.theme!='other','pred_theme']==x.loc[x.theme!='other','theme']).mean():.3f}"
                 f"  topic_nmi {normalized_mutual_info_score(x.loc[has,'theme'], x.loc[has,'pred_topic']):.3f}")
print("\n".join(lines))
if a.per_theme:
    for h in ("TUNE", "CHECK"):
        x = m[m["half"] == h]
        print(f"\n-- per theme ({h}, topics table): theme gold pred correct P R")
        for t in sorted(set(x.theme) | set(x.pred_theme)):
            g = (x.theme == t).sum(); p = (x.pred_theme == t).sum(); c = ((x.theme == t) & (x.pred_theme == t)).sum()
            print(f"  {t:26s} {g:4d} {p:4d} {c:4d}  {c/p if p else 0:.2f} {c/g if g else 0:.2f}")
if a.errors:
    x = m[(m["half"] == a.errors) & (m["pred_theme"] != m["theme"])]
    print(f"\n-- confusions {a.errors} (gold -> pred): count, councils")
    for (g, p), y in x.groupby(["theme", "pred_theme"]):
        print(f"  {g:24s} -> {p:24s} {len(y):3d}  {y.council.nunique()} councils: {', '.join(sorted(y.council.unique()))}")
    for r in x.sort_values(["theme", "pred_theme"], kind="stable").itertuples():
        print(f"{r.theme[:12]:12s}>{r.pred_theme[:12]:12s} iso={r.iso_theme[:8]:8s} {r.doc_id.split('__')[1]:22s} {' '.join(r.text.split())[:170]}")
if a.out:
    Path(a.out).write_text("\n".join(lines) + "\n")
