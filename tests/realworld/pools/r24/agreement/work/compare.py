"""Inter-annotator agreement on r24blindH/I: the first annotator's gold against the second's.

Figures are scored with the project's own scorer (`analysis.evaluation.score`) both ways (second as
"pred" against first as "gold", and the reverse); indicator ids are compared on the figures both
annotators marked; themes are compared passage by passage (raw offsets) with Cohen's kappa.

Run from the worktree root: PYTHONPATH=src /work/main/.venv/bin/python tests/realworld/pools/r24/agreement/work/compare.py
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
SETS = ["r24blindH", "r24blindI"]


def load(setname: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """First and second figures, first and second themes of one set."""
    return load_pair(POOLS, HERE.parent, setname)


# Hand classes of the figure disagreements (doc_id, raw_start) -> class; see the note r24_r24agree.md.
CLASSES = {
    ("r24h_cornwall_1", 1921): "A list/structure count", ("r24h_hillingdon_1", 1323): "A list/structure count",
    ("r24h_hounslow_2", 1277): "A list/structure count", ("r24i_nottinghamshire_1", 637): "A list/structure count",
    ("r24i_nottinghamshire_1", 1148): "A list/structure count", ("r24i_salford_4", 1937): "A list/structure count",
    ("r24i_torbay_1", 1336): "A list/structure count", ("r24i_westberks_1", 472): "A list/structure count",
    ("r24i_westberks_1", 814): "A list/structure count", ("r24i_westberks_4", 752): "A list/structure count",
    ("r24h_bury_1", 1083): "B procedure/furniture duration", ("r24h_bury_1", 1424): "B procedure/furniture duration",
    ("r24h_lambeth_1", 479): "B procedure/furniture duration",
    ("r24h_centralbeds_2", 1167): "C rank position", ("r24h_hounslow_2", 1968): "C rank position",
    ("r24i_wokingham_1", 1783): "D amount used as a scheme's name",
}


def settled_list_counts(firsts: list[pd.DataFrame]) -> pd.DataFrame:
    """The first annotator's class-A rows, added to the second annotation (what agreement would be had the
    README written down the open gold's convention of marking counts of priorities, areas, blocks, elements)."""
    f = pd.concat(firsts)
    keys = [k for k, c in CLASSES.items() if c.startswith("A ")]
    return f[[(d, int(r)) in keys for d, r in zip(f["doc_id"], f["raw_start"])]]


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
        fig_rows[f"{s}, class A settled"] = figure_agreement(f1, pd.concat([f2, settled_list_counts([f1])]), [])
        all_f1.append(f1), all_f2.append(f2), all_t1.append(t1), all_t2.append(t2)
    lines.append("===== pooled (same rows as above)")
    fig_rows["pooled"] = figure_agreement(pd.concat(all_f1), pd.concat(all_f2), [])
    th_rows["pooled"] = theme_agreement(pd.concat(all_t1), pd.concat(all_t2), [])
    fig_rows["pooled, class A settled"] = figure_agreement(
        pd.concat(all_f1), pd.concat(all_f2 + [settled_list_counts(all_f1)]), [])
    fig = pd.DataFrame(fig_rows).T
    th = pd.DataFrame(th_rows).T
    cc = class_counts(pd.concat(all_f1), pd.concat(all_f2)).set_index("class")
    out = ["## Figures", "", to_md(fig), "", "## Figure disagreements by class (pooled)", "", to_md(cc), "",
           "## Themes", "", to_md(th), ""]
    (HERE / "agreement.md").write_text("\n".join(out), encoding="utf-8")
    (HERE / "disagreements.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(out))


if __name__ == "__main__":
    main()
