"""Per-set counts of two or more openblind runs side by side (round 26, r26recall): gold, pred, tp, indicator, id.

Usage: ``python3 scripts/r26recall/per_set.py BASE_RUN RUN...`` (``openblind.sh`` output folders)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

SETS = ["r21blind", "r21blind2", "r22blindA", "r22blindB", "r22blindC", "r23blindD", "r23blindE", "r23blindF",
        "r23blindG", "r24blindH", "r24blindI", "r24blindJ", "r25blindK", "r25blindL"]


def counts(run: Path, name: str) -> tuple[int, int, int, int, int]:
    """(gold, pred, tp, indicator right, id right) of one set in one run."""
    d = json.load(open(run / name / "first_run.json"))["all"]
    g, p = int(d["figures_gold"]), int(d["figures_pred"])
    return g, p, round(d["recall"] * g), round(d["indicator"] * g), round(d["indicator_id"] * d["indicator_id_gold"])


def main(argv: list[str]) -> None:
    runs = [Path(a) for a in argv]
    print("set | " + " | ".join(f"{r.name}: pred tp ind id (P R F1)" for r in runs))
    tot = [[0] * 5 for _ in runs]
    for name in SETS:
        cells = []
        for i, r in enumerate(runs):
            g, p, tp, ind, idok = counts(r, name)
            for k, v in enumerate((g, p, tp, ind, idok)):
                tot[i][k] += v
            P, R = tp / p if p else 1.0, tp / g
            cells.append(f"{p} {tp} {ind} {idok} ({P:.3f} {R:.3f} {2 * P * R / (P + R):.3f})")
        print(f"{name} (gold {g}) | " + " | ".join(cells))
    cells = []
    for g, p, tp, ind, idok in tot:
        P, R = tp / p, tp / g
        cells.append(f"{p} {tp} {ind} {idok} ({P:.3f} {R:.3f} {2 * P * R / (P + R):.3f})")
    print(f"pooled (gold {tot[0][0]}) | " + " | ".join(cells))


if __name__ == "__main__":
    main(sys.argv[1:])
