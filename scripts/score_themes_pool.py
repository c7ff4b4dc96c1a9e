"""Score themes on pools of real minutes judged passage by passage for themes (tests/realworld/pools).

Usage::

    PYTHONPATH=src .venv/bin/python scripts/score_themes_pool.py            # round 11's pools (r12themes), per half
    PYTHONPATH=src .venv/bin/python scripts/score_themes_pool.py --pools 'r12/r12fresh*' \\
        --judged tests/realworld/pools/r12themesB/themes_judged.csv --by pool --per-theme --errors ALL
                                                                          # round 12's fresh pools (r12themesB), blind

Builds the pools' raw folder (the pages of every ``tests/realworld/pools/<POOLS>/raw/manifest.csv``, doc_id
``<pool>__<file stem>``) in a temporary folder, runs the clean, figures and topics stages on them together
(as scripts/score_realworld.py), matches each judged segment to the topics table by raw span
(analysis.realworld.match_passages) and codes its text alone (topics.assign_themes). Prints, per group
(``--by half``: the council's half in ``--halves``; ``--by pool``) and overall: theme accuracy (topics table /
isolated), accuracy on passages not judged ``other``, topic NMI. ``--per-theme``: each theme's precision
and recall, topics table and isolated, overall. ``--errors GROUP``: the confusions and wrong passages of
one group (``ALL`` for all): on round 11's pools only ever TUNE (CHECK's errors are not read).
"""
import argparse
import csv
import glob
import shutil
import tempfile
import warnings
from pathlib import Path

import pandas as pd
from sklearn.metrics import normalized_mutual_info_score

from analysis.realworld import match_passages, run_pipeline
from analysis.topics import assign_themes

ROOT = Path(__file__).resolve().parents[1]
POOLS = ROOT / "tests" / "realworld" / "pools"
HERE = POOLS / "r12themes"


def build_raw(dest: Path, pools: str) -> dict[str, str]:
    """Write the raw folder ``dest`` of the pools matching ``pools`` (under tests/realworld/pools): their pages
    as <pool>__<file>, with one manifest; return each page's council by doc_id."""
    dest.mkdir(parents=True, exist_ok=True)
    rows = []
    for m in sorted(glob.glob(str(POOLS / pools / "raw" / "manifest.csv"))):
        pool = Path(m).parts[-3]
        for r in csv.DictReader(open(m, encoding="utf-8")):
            new = f"{pool}__{r['file']}"
            shutil.copyfile(Path(m).parent / r["file"], dest / new)
            rows.append({"file": new, "council": r["council"], "committee": "", "meeting_date": "", "title": "",
                         "source_url": r["source_url"]})
    if not rows:
        raise SystemExit(f"no pool matches {POOLS / pools}")
    with open(dest / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return {r["file"][:-4]: r["council"] for r in rows}


def score_line(name: str, x: pd.DataFrame) -> str:
    """Accuracy of the topics table's and the isolated themes, on all passages and on those not ``other``, and NMI."""
    has, no = x["pred_topic"].notna(), x["theme"] != "other"
    return (f"{name:9s} passages {len(x):4d} councils {x['council'].nunique():2d}"
            f"  theme_topics_table {(x.pred_theme == x.theme).mean():.3f}  theme_isolated {(x.iso_theme == x.theme).mean():.3f}"
            f"  non-other: table {(x.loc[no, 'pred_theme'] == x.loc[no, 'theme']).mean():.3f}"
            f" iso {(x.loc[no, 'iso_theme'] == x.loc[no, 'theme']).mean():.3f}"
            f"  topic_nmi {normalized_mutual_info_score(x.loc[has, 'theme'], x.loc[has, 'pred_topic']):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pools", default="r11/*", help="pools to score, a glob under tests/realworld/pools")
    ap.add_argument("--judged", default=str(HERE / "themes_judged.csv"))
    ap.add_argument("--halves", default=str(HERE / "halves.csv"))
    ap.add_argument("--by", choices=("half", "pool"), default="half")
    ap.add_argument("--errors", default=None, help="a group (a half or pool name, or ALL) whose errors to list")
    ap.add_argument("--per-theme", action="store_true")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        council = build_raw(Path(tmp) / "raw", a.pools)
        tables = run_pipeline(Path(tmp) / "raw", Path(tmp) / "p")
    gold = pd.read_csv(a.judged, dtype={"doc_id": str, "theme": str, "text": str}, keep_default_na=False)
    m = match_passages(gold, tables["topics"])
    m["iso_theme"] = assign_themes(m["text"].tolist())
    m["council"] = m["doc_id"].map(council)
    if a.by == "half":
        m["group"] = m["council"].map(dict(pd.read_csv(a.halves, dtype=str)[["council", "half"]].values))
    else:
        m["group"] = m["doc_id"].str.split("__").str[0]
    groups = sorted(m["group"].dropna().unique(), key=lambda g: (g != "TUNE", g))
    lines = [score_line(g, m[m["group"] == g]) for g in groups] + [score_line("ALL", m)]
    if a.per_theme:
        for col, name in (("pred_theme", "topics table"), ("iso_theme", "isolated")):
            lines.append(f"\n-- per theme (ALL, {name}): theme gold pred correct P R")
            for t in sorted(set(m.theme) | set(m[col])):
                g, p, c = (m.theme == t).sum(), (m[col] == t).sum(), ((m.theme == t) & (m[col] == t)).sum()
                lines.append(f"  {t:26s} {g:4d} {p:4d} {c:4d}  {c / p if p else 0:.2f} {c / g if g else 0:.2f}")
    if a.errors:
        x = m[(a.errors == "ALL") | (m["group"] == a.errors)]
        x = x[x["pred_theme"] != x["theme"]]
        lines.append(f"\n-- confusions {a.errors} (topics table, gold -> pred): count, councils")
        for (g, p), y in sorted(x.groupby(["theme", "pred_theme"]), key=lambda kv: -len(kv[1])):
            lines.append(f"  {g:24s} -> {p:24s} {len(y):3d}  {y.council.nunique()} councils: {', '.join(sorted(y.council.unique()))}")
        for r in x.sort_values(["theme", "pred_theme"], kind="stable").itertuples():
            lines.append(f"{r.theme[:12]:12s}>{r.pred_theme[:12]:12s} iso={r.iso_theme[:10]:10s} {r.doc_id:40s} "
                         f"{' '.join(r.text.split())[:150]}")
    text = "\n".join(lines)
    print(text)
    if a.out:
        Path(a.out).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
