"""Judged-pool scores from an ``allpools.py`` output folder, without running the pipeline again (round 26, r26recall).

For every judged pool (``tests/realworld/pools/<round>/<pool>/judged.csv``, not ``r26``) whose figures ``OUT`` holds
(``<round>_<pool>.csv``), :func:`score_pool.score` is applied to them, and the sums are printed as ``sumpools.sh`` prints
them, with the unscorable rows (spans or phrases no reader judged) listed with ``--list``.

Usage: ``PYTHONPATH=src .venv/bin/python scripts/r26recall/pool_scores.py OUT [--list]``
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import score_pool  # noqa: E402


def judged_runs(out: Path) -> Iterator[tuple[Path, list[dict[str, str]], dict]]:
    """Each judged pool (not ``r26``) whose figures ``out`` holds: the pool's folder, its figures as ``allpools.py``
    wrote them (``<round>_<pool>.csv``) and its judgements (:func:`score_pool.load_judgements`); a pool whose
    judgements cannot be read is skipped, and named on stderr with the reason (round 38: r8idB's older layout hid a
    loss of three ids while it was skipped silently)."""
    for judged in sorted((ROOT / "tests" / "realworld" / "pools").glob("*/*/judged.csv")):
        pool = judged.parent
        if pool.parent.name == "r26":
            continue
        f = out / f"{pool.parent.name}_{pool.name}.csv"
        if not f.exists():
            continue
        with open(f, encoding="utf-8", newline="") as fh:
            figs = list(csv.DictReader(fh))
        try:
            j = score_pool.load_judgements(pool, [])
        except (OSError, ValueError, KeyError) as exc:
            print(f"skipped {pool.parent.name}/{pool.name}: {exc}", file=sys.stderr)
            continue
        yield pool, figs, j


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    tot = dict(P=[0, 0], R=[0, 0], phrase=[0, 0], id=[0, 0])
    given = 0
    import re
    for pool, figs, j in judged_runs(a.out):
        s, unscorable, errors = score_pool.score(figs, j)
        line = score_pool.line(s, sum(u[4] == "phrase not judged" for u in unscorable))
        for k in tot:
            m = re.search(r"\b" + k + r" (\d+)/(\d+)", line)
            if m:
                tot[k][0] += int(m[1])
                tot[k][1] += int(m[2])
        m = re.search(r"fits (\d+)", line)
        given += int(m[1]) if m else 0
        if a.list and unscorable:
            for u in unscorable:
                print(pool.name, "UNSCORABLE", u)
    print({k: f"{x}/{y}={x / y:.4f}" for k, (x, y) in tot.items()}, "given", given)


if __name__ == "__main__":
    main()
