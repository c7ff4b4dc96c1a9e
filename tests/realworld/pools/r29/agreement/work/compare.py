"""Inter-annotator agreement on r29blindS: the first annotator's gold against the second's.

Figures are scored with the project's own scorer (`analysis.evaluation.score`) both ways (second as
"pred" against first as "gold", and the reverse); indicator ids are compared on the figures both
annotators marked; themes are compared passage by passage (raw offsets) with Cohen's kappa.

Run from the worktree root: PYTHONPATH=src /work/main/.venv/bin/python tests/realworld/pools/r29/agreement/work/compare.py
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
SETS = ["r29blindS"]


def load(setname: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """First and second figures, first and second themes of one set."""
    return load_pair(POOLS, HERE.parent, setname)


# Hand classes of the figure disagreements (doc_id, raw_start) -> class; see the note r29_r29agree.md.
CLASSES = {
    ("r29s_wokingham_1", 1199): "E misprint as first written (beside its correction)",
}
# Hand classes of the theme disagreements (doc_id, raw_start) -> class; see the note r29_r29agree.md.
THEME_CLASSES = {
    ("r29s_slough_2", 415): "T-a HNB share of the DSG deficit (send) or the DSG as a whole (finance)",
    ("r29s_southwark_1", 1395): "T-b list point naming its own theme under a themed speaker",
    ("r29s_torbay_1", 1768): "T-c action line carrying on a themed item",
    ("r29s_westberks_3", 108): "T-d title / purpose / introduction of a performance report named for a theme",
    ("r29s_westberks_3", 164): "T-d title / purpose / introduction of a performance report named for a theme",
    ("r29s_westberks_3", 282): "T-d title / purpose / introduction of a performance report named for a theme",
}


def settled_misprints(seconds: list[pd.DataFrame]) -> pd.DataFrame:
    """The second annotator's class-E rows, added to the first gold (what agreement would be had the first gold kept the
    open gold's convention of marking a misprint beside its correction: Stockport, Rutland, Tameside)."""
    f = pd.concat(seconds)
    keys = [k for k, c in CLASSES.items() if c.startswith("E ")]
    return f[[(d, int(r)) in keys for d, r in zip(f["doc_id"], f["raw_start"])]]


def theme_class_counts(t1: pd.DataFrame, t2: pd.DataFrame) -> pd.DataFrame:
    """Theme disagreements by hand class, with the two codes and councils."""
    m = t1.merge(t2, on=["doc_id", "raw_start", "raw_end"], suffixes=("_1", "_2"))
    m = m[m["theme_1"] != m["theme_2"]]
    out = [{"class": THEME_CLASSES.get((r["doc_id"], int(r["raw_start"])), "unclassed"),
            "first/second": f"{r['theme_1']}/{r['theme_2']}", "council": r["doc_id"].split("_")[1]} for _, r in m.iterrows()]
    df = pd.DataFrame(out)
    return df.groupby(["class", "first/second"]).agg(rows=("council", "size"), councils=("council", "nunique")).reset_index()


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
        all_f1.append(f1), all_f2.append(f2), all_t1.append(t1), all_t2.append(t2)
    fig_rows["first gold + class E (misprints marked)"] = figure_agreement(
        pd.concat(all_f1 + [settled_misprints(all_f2)]), pd.concat(all_f2), [])
    fig = pd.DataFrame(fig_rows).T
    th = pd.DataFrame(th_rows).T
    cc = class_counts(pd.concat(all_f1), pd.concat(all_f2)).set_index("class")
    tc = theme_class_counts(pd.concat(all_t1), pd.concat(all_t2)).set_index("class")
    out = ["## Figures", "", to_md(fig), "", "## Figure disagreements by class (pooled)", "", to_md(cc), "",
           "## Themes", "", to_md(th), "", "## Theme disagreements by class", "", to_md(tc), ""]
    (HERE / "agreement.md").write_text("\n".join(out), encoding="utf-8")
    (HERE / "disagreements.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(out))


if __name__ == "__main__":
    main()
