"""Where the two annotators of a blind set disagree, which side did a run take? (round 25, r25ceiling)

For each set with a second annotation (``pools/r2*/agreement/<set>_figures_second.csv``: r22blindA/B/C,
r23blindD/E, r24blindH/I) the first gold and the second annotation are matched as the scorer matches figures
(:func:`analysis.evaluation.match_figures`: same document, overlapping spans, values within 0.5%). Each row one
annotator marked and the other did not (``first only``, ``second only``) is looked up in the run's figures by the
same rule: ``run has it`` says whether the run predicted that figure (so it sided with the annotator who marked it).
On the figures both marked, where the two ids differ, the run's id is compared with each.

Usage: ``PYTHONPATH=src .venv/bin/python scripts/r25ceiling/agreement_side.py RUN OUT.csv`` (RUN: openblind.sh's
output folder, e.g. /tmp/r25_openblind_base). Prints the tables; writes one row per disagreement to OUT.csv.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from analysis.evaluation import match_figures, score

ROOT = Path(__file__).resolve().parents[2]
POOLS = ROOT / "tests" / "realworld" / "pools"
SETS = ["r22blindA", "r22blindB", "r22blindC", "r23blindD", "r23blindE", "r24blindH", "r24blindI"]
DT = {"doc_id": str, "surface": str, "indicator_id": str, "indicator": str}


def _id(x: object) -> str:
    return x.strip() if isinstance(x, str) else ""


def found(pred: pd.DataFrame, row: pd.Series) -> pd.Series | None:
    """The run's figure matching ``row`` (overlapping span, value within 0.5%), or None."""
    cand = pred[(pred["doc_id"] == row["doc_id"]) & (pred["raw_start"] < int(row["raw_end"]))
                & (pred["raw_end"] > int(row["raw_start"]))]
    v = float(row["value"])
    for _, p in cand.iterrows():
        if abs(float(p["value"]) - v) <= 0.005 * max(1.0, abs(v)):
            return p
    return None


def set_rows(run: Path, name: str) -> list[dict]:
    """The disagreements of one set's two annotators, with the run's side."""
    first = pd.read_csv(POOLS / name[:3] / name / "figures_gold.csv", dtype=DT)
    first = first.assign(_s=first["raw_start"].astype(int)).sort_values(["doc_id", "_s"], kind="stable")
    first = first.drop(columns="_s").reset_index(drop=True)
    second = pd.read_csv(POOLS / name[:3] / "agreement" / f"{name}_figures_second.csv", dtype=DT).reset_index(drop=True)
    pred = pd.read_csv(run / name / "work" / "first_run" / "figures.csv", dtype=DT)
    pairs = match_figures(second, first)  # first index -> second index
    rows = []

    def add(kind: str, r: pd.Series, **kw) -> None:
        rows.append(dict(set=name, doc_id=r["doc_id"], surface=r["surface"], start=int(r["raw_start"]), kind=kind,
                         value=r["value"], **kw))

    for fi, f in first.iterrows():
        if fi not in pairs:
            add("first only", f, run_has_it=found(pred, f) is not None)
            continue
        s = second.loc[pairs[fi]]
        a, b = _id(f["indicator_id"]), _id(s["indicator_id"])
        if a != b:
            p = found(pred, f)
            pid = _id(p["indicator_id"]) if p is not None else ""
            side = "run missed the figure" if p is None else "first" if pid == a else "second" if pid == b else "neither"
            add("id differs", f, first_id=a, second_id=b, run_id=pid, run_side=side)
    for si, s in second.iterrows():
        if si not in set(pairs.values()):
            add("second only", s, run_has_it=found(pred, s) is not None)
    return rows


def scored_both(run: Path) -> pd.DataFrame:
    """The run scored against the first gold and against the second annotation, and the two annotators against each
    other (second as prediction, first as gold), per set: the scorer's counts (:func:`analysis.evaluation.score`)."""
    rows = []
    for name in SETS:
        first = pd.read_csv(POOLS / name[:3] / name / "figures_gold.csv", dtype=DT)
        first = first.assign(_s=first["raw_start"].astype(int)).sort_values(["doc_id", "_s"], kind="stable")
        first = first.drop(columns="_s").reset_index(drop=True)
        second = pd.read_csv(POOLS / name[:3] / "agreement" / f"{name}_figures_second.csv", dtype=DT)
        second = second.assign(_s=second["raw_start"].astype(int)).sort_values(["doc_id", "_s"], kind="stable")
        second = second.drop(columns="_s").reset_index(drop=True)
        pred = pd.read_csv(run / name / "work" / "first_run" / "figures.csv", dtype=DT)
        for against, gold, p in (("run vs first", first, pred), ("run vs second", second, pred),
                                 ("second vs first", first, second)):
            s = score(p, gold)
            rows.append(dict(set=name, pair=against, gold=s["n_gold"], pred=s["n_pred"], tp=s["true_positives"]))
    return pd.DataFrame(rows)


def main(argv: list[str]) -> int:
    run, out = Path(argv[0]), Path(argv[1])
    both = scored_both(run)
    g = both.groupby("pair")[["gold", "pred", "tp"]].sum()
    g["P"], g["R"] = g["tp"] / g["pred"], g["tp"] / g["gold"]
    g["F1"] = 2 * g["P"] * g["R"] / (g["P"] + g["R"])
    print("pooled over the seven sets with a second annotation:\n" + g.round(3).to_string() + "\n")
    per = both.assign(F1=2 * both["tp"] / (both["gold"] + both["pred"])).pivot(index="set", columns="pair", values="F1")
    print("figures F1 per set:\n" + per.round(3).to_string() + "\n")
    table = pd.DataFrame([r for name in SETS for r in set_rows(run, name)])
    table.to_csv(out, index=False, lineterminator="\n")
    fig = table[table["kind"] != "id differs"]
    print("figure disagreements (one annotator marked it): did the run predict it?")
    print(pd.crosstab([fig["set"], fig["kind"]], fig["run_has_it"], margins=True).to_string())
    print(pd.crosstab(fig["kind"], fig["run_has_it"], margins=True).to_string())
    ids = table[table["kind"] == "id differs"]
    print("\nid disagreements on figures both marked: whose id did the run give?")
    print(ids[["set", "doc_id", "surface", "first_id", "second_id", "run_id", "run_side"]].to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
