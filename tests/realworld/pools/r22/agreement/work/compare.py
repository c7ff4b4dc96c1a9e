"""Inter-annotator agreement on r22blindA/B/C: the first annotator's gold against the second's.

Figures are scored with the project's own scorer (`analysis.evaluation.score`) both ways (second as
"pred" against first as "gold", and the reverse); indicator ids are compared on the figures both
annotators marked; themes are compared passage by passage (raw offsets) with Cohen's kappa.

Run from the worktree root: PYTHONPATH=src /work/main/.venv/bin/python tests/realworld/pools/r22/agreement/work/compare.py
Writes agreement.md (tables) and disagreements.txt (row lists) next to this script.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd


HERE = Path(__file__).resolve().parent
POOLS = HERE.parents[1]
sys.path.insert(0, str(HERE.parents[5] / 'scripts'))
import blindtools  # noqa: E402  (the agreement measures: scripts/blindtools.py)
from blindtools import figure_agreement, load_pair, theme_agreement  # noqa: E402,F401
SETS = ["r22blindA", "r22blindB", "r22blindC"]


def load(setname: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """First and second figures, first and second themes of one set."""
    return load_pair(POOLS, HERE.parent, setname)


def to_md(df: pd.DataFrame) -> str:
    """A small markdown table (blindtools.to_md, 1.0 as "1.000")."""
    return blindtools.to_md(df, fractions_of_one=True)


def main() -> None:
    fig_rows, th_rows, lines = {}, {}, []
    all_f1, all_f2, all_t1, all_t2 = [], [], [], []
    for s in SETS:
        f1, f2, t1, t2 = load(s)
        lines.append(f"===== {s}")
        fig_rows[s] = figure_agreement(f1, f2, lines)
        th_rows[s] = theme_agreement(t1, t2, lines)
        all_f1.append(f1), all_f2.append(f2), all_t1.append(t1), all_t2.append(t2)
    lines.append("===== pooled (same rows as above)")
    fig_rows["pooled"] = figure_agreement(pd.concat(all_f1), pd.concat(all_f2), [])
    th_rows["pooled"] = theme_agreement(pd.concat(all_t1), pd.concat(all_t2), [])
    fig = pd.DataFrame(fig_rows).T
    th = pd.DataFrame(th_rows).T
    out = ["## Figures", "", to_md(fig), "", "## Themes", "", to_md(th), ""]
    (HERE / "agreement.md").write_text("\n".join(out), encoding="utf-8")
    (HERE / "disagreements.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(out))


if __name__ == "__main__":
    main()
