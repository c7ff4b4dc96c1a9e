"""Inter-annotator agreement on r30blindT/U: the first annotator's gold against the second's.

Figures are scored with the project's own scorer (`analysis.evaluation.score`) both ways (second as
"pred" against first as "gold", and the reverse); indicator ids are compared on the figures both
annotators marked; themes are compared passage by passage (raw offsets) with Cohen's kappa.

Run from the worktree root: PYTHONPATH=src /work/main/.venv/bin/python tests/realworld/pools/r30/agreement/work/compare.py
Writes agreement.md (tables) and disagreements.txt (row lists) next to this script.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from analysis.evaluation import match_figures

HERE = Path(__file__).resolve().parent
POOLS = HERE.parents[1]
sys.path.insert(0, str(HERE.parents[5] / 'scripts'))
import blindtools  # noqa: E402  (the agreement measures: scripts/blindtools.py)
from blindtools import figure_agreement, load_pair, theme_agreement  # noqa: E402,F401
SETS = ["r30blindT", "r30blindU"]


def load(setname: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """First and second figures, first and second themes of one set."""
    return load_pair(POOLS, HERE.parent, setname)


# Hand classes of the figure disagreements (doc_id, raw_start) -> class; see the note r30_r30agree.md.
CLASSES = {
    ("r30t_oxfordshire_1", 808): "E misprint as first written, beside its correction",
}
# Hand classes of the theme disagreements (doc_id, raw_start) -> class (passages where the two differ).
THEME_CLASSES = {
    ("r30t_northumberland_1", 1307): "TA point of a virtual-school item naming another theme",
    ("r30t_northumberland_1", 1533): "TA point of a virtual-school item naming another theme",
    ("r30t_southwark_1", 137): "TA point of a virtual-school item naming another theme",
    ("r30t_southwark_1", 359): "TA point of a virtual-school item naming another theme",
    ("r30t_southwark_1", 537): "TA point of a virtual-school item naming another theme",
    ("r30t_southwark_1", 643): "TA point of a virtual-school item naming another theme",
    ("r30u_hampshire_1", 313): "TB procedure-like opener of a themed item",
    ("r30u_southwark_1", 53): "TC resolution noting/approving a named themed report",
    ("r30u_torbay_1", 226): "TC resolution noting/approving a named themed report",
    ("r30u_rutland_1", 1648): "TD list point naming safeguarding in a fostering audit item",
}


def settled_misprints(seconds: list[pd.DataFrame]) -> pd.DataFrame:
    """The second annotator's class-E rows (a misprint as first written), added to the FIRST gold: what agreement
    would be had the first gold followed the open convention (both numbers of a correction marked, 4 of 4 pairs at
    3 councils; notes r29_r29agree.md)."""
    f = pd.concat(seconds)
    keys = [k for k, c in CLASSES.items() if c.startswith("E ")]
    return f[[(d, int(r)) in keys for d, r in zip(f["doc_id"], f["raw_start"])]]


def theme_class_counts(t1: pd.DataFrame, t2: pd.DataFrame) -> pd.DataFrame:
    """Theme disagreements by hand class: passages, councils and the first / second codes."""
    m = t1.merge(t2, on=["doc_id", "raw_start", "raw_end"], suffixes=("_1", "_2"))
    m = m[m["theme_1"] != m["theme_2"]]
    out = [{"class": THEME_CLASSES.get((r["doc_id"], int(r["raw_start"])), "unclassed"),
            "council": r["doc_id"].split("_")[1], "pair": f"{r['theme_1']} / {r['theme_2']}"} for _, r in m.iterrows()]
    df = pd.DataFrame(out)
    return df.groupby("class").agg(passages=("council", "size"), councils=("council", "nunique"),
                                   first_second=("pair", lambda x: "; ".join(sorted(set(x))))).reset_index()


def class_counts(f1: pd.DataFrame, f2: pd.DataFrame) -> pd.DataFrame:
    """Figure disagreements (one annotator only) by hand class, with which annotator marked them and councils."""
    f1, f2 = f1.reset_index(drop=True), f2.reset_index(drop=True)
    pairs = match_figures(f2, f1)
    rows = [("first", a) for gi, a in f1.iterrows() if gi not in pairs]
    rows += [("second", b) for pi, b in f2.iterrows() if pi not in set(pairs.values())]
    out = []
    for who, r in rows:
        out.append({"class": CLASSES.get((r["doc_id"], int(r["raw_start"])), "unclassed"), "marked_by": who,
                    "council": r["doc_id"].split("_")[1]})
    df = pd.DataFrame(out)
    return df.groupby(["class", "marked_by"]).agg(rows=("council", "size"), councils=("council", "nunique")).reset_index()


def to_md(df: pd.DataFrame) -> str:
    """A small markdown table (blindtools.to_md)."""
    return blindtools.to_md(df)


def main() -> None:
    fig_rows, th_rows, lines = {}, {}, []
    all_f1, all_f2, all_t1, all_t2 = [], [], [], []
    for s in SETS:
        f1, f2, t1, t2 = load(s)
        lines.append(f"===== {s}")
        fig_rows[s] = figure_agreement(f1, f2, lines)
        th_rows[s] = theme_agreement(t1, t2, lines)
        fig_rows[f"{s}, class E settled"] = figure_agreement(pd.concat([f1, settled_misprints([f2])]), f2, [])
        all_f1.append(f1), all_f2.append(f2), all_t1.append(t1), all_t2.append(t2)
    lines.append("===== pooled (same rows as above)")
    fig_rows["pooled"] = figure_agreement(pd.concat(all_f1), pd.concat(all_f2), [])
    th_rows["pooled"] = theme_agreement(pd.concat(all_t1), pd.concat(all_t2), [])
    fig_rows["pooled, class E settled"] = figure_agreement(
        pd.concat(all_f1 + [settled_misprints(all_f2)]), pd.concat(all_f2), [])
    fig = pd.DataFrame(fig_rows).T
    th = pd.DataFrame(th_rows).T
    cc = class_counts(pd.concat(all_f1), pd.concat(all_f2)).set_index("class")
    tc = theme_class_counts(pd.concat(all_t1), pd.concat(all_t2)).set_index("class")
    out = ["## Figures", "", to_md(fig), "", "## Figure disagreements by class (pooled)", "", to_md(cc), "",
           "## Themes", "", to_md(th), "", "## Theme disagreements by class (pooled)", "", to_md(tc), ""]
    (HERE / "agreement.md").write_text("\n".join(out), encoding="utf-8")
    (HERE / "disagreements.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(out))


if __name__ == "__main__":
    main()
