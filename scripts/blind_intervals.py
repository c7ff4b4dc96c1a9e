"""How sure are a blind set's scores? Council-clustered bootstrap intervals, pooled over sets, and paired differences.

Each SET_DIR is a blind set's folder (``manifest.csv``, ``figures_gold.csv``, ``themes_gold.csv``) holding a run in
``work/first_run/figures.csv`` and ``topics.csv`` (its ORIGINAL first run for a committed set;
``scripts/add_realworld_set.py``'s ``write_first_run`` writes today's code's run there, in a copy of the set). The
script pools the sets' councils (a council in two sets is one unit), draws councils with replacement (default 2,000
draws, seed 0) and prints each score (P, R, F1, indicator, indicator_id, theme = the topics table's theme) with its
95% percentile interval (:func:`analysis.intervals.bootstrap_intervals`). The point scores are the sets' pooled
``first_run.json`` scores (counts summed over the sets). Under the table it prints how far the matched figures' unit
and range upper end (``value_max``) agree with the gold (:func:`analysis.intervals.set_agreement`; counts, no interval).

With ``--against OTHER_DIR...`` (the same sets, in the same order, holding another code's run in
``work/first_run/``) it also prints the paired difference SET_DIR's run minus OTHER_DIR's run, both runs drawn on the
same councils in every draw (:func:`analysis.intervals.paired_difference`): the interval a round's "before -> after"
needs. Each OTHER_DIR is scored on its own gold, which must equal SET_DIR's (other councils or gold counts are
refused). ``up`` is the share of draws in
which SET_DIR's run scores higher, ``down`` lower. A difference whose interval holds 0 is a move within the noise of
these councils ("same": no council moved). An interval of width 0 (e.g. recall 1.000 [1.000, 1.000] when every
council's figures are all found) is flagged: the bootstrap cannot show noise these councils do not show.

The intervals measure one source of noise only: which councils happened to be gathered. They do not cover
annotation disagreement (see ``tests/realworld/pools/r22/agreement/``) nor councils unlike the sampled ones. Never
run it on the ``test`` split of ``tests/realworld`` (the script refuses the corpus folder itself).

Usage::

    PYTHONPATH=src .venv/bin/python scripts/blind_intervals.py tests/realworld/pools/r21/r21blind \\
        tests/realworld/pools/r22/r22blindA                       # the sets' original first runs
    PYTHONPATH=src .venv/bin/python scripts/blind_intervals.py AFTER/r21blind AFTER/r22blindA \\
        --against BEFORE/r21blind BEFORE/r22blindA                 # after - before, paired by council
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from analysis.intervals import (agreement_text, bootstrap_intervals, paired_difference, pool_counts, set_agreement,
                                set_counts)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "realworld"


def _check_set(folder: Path) -> str | None:
    """Why ``folder`` cannot be scored (None when it can): not a set with a run, or the realworld corpus itself."""
    if folder.resolve() == CORPUS.resolve():
        return f"{folder}: the realworld corpus itself (its test split is never scored here)"
    for name in ("manifest.csv", "figures_gold.csv", "themes_gold.csv", "work/first_run/figures.csv",
                 "work/first_run/topics.csv"):
        if not (folder / name).is_file():
            return f"{folder}: no {name}"
    return None


def _fmt(x: float, signed: bool = False) -> str:
    return "  nan " if x != x else (f"{x:+.3f}" if signed else f"{x:.3f}")


def interval_text(table: pd.DataFrame, level: float) -> str:
    """One line per metric: estimate, interval and its width, and the count under the ratio. An interval of width 0
    (every council scores the same, e.g. all right) is flagged: it shows no noise the councils could not show."""
    pct = f"{100 * level:g}%"
    lines = [f"{'metric':<13}{'estimate':>9}  {pct + ' interval':<17}{'width':>7}{'n':>6}"]
    for m, r in table.iterrows():
        flag = "  (width 0: every council alike; not certainty)" if r["high"] == r["low"] else ""
        lines.append(f"{m:<13}{_fmt(r['estimate']):>9}  [{_fmt(r['low'])}, {_fmt(r['high'])}]  "
                     f"{_fmt(r['high'] - r['low']):>7}{int(r['n']):>6}{flag}")
    return "\n".join(lines)


def difference_text(table: pd.DataFrame, level: float) -> str:
    """One line per metric: before, after, the difference with its paired interval, the shares of draws up and down,
    and whether the interval holds 0 (``same``: no council moved)."""
    pct = f"{100 * level:g}%"
    lines = [f"{'metric':<13}{'before':>7}{'after':>7}{'diff':>8}  {pct + ' interval':<18}{'up':>6}{'down':>6}  "
             "within noise?"]
    for m, r in table.iterrows():
        noise = "same" if r["low"] == r["high"] == 0 else "yes" if r["low"] <= 0 <= r["high"] else "no"
        lines.append(f"{m:<13}{_fmt(r['before']):>7}{_fmt(r['after']):>7}{_fmt(r['diff'], True):>8}  "
                     f"[{_fmt(r['low'], True)}, {_fmt(r['high'], True)}]"
                     f"{_fmt(r['up']):>6}{_fmt(r['down']):>6}  {noise}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path, help="blind set folders, each with a run in work/first_run/")
    ap.add_argument("--against", nargs="+", type=Path, default=None,
                    help="the same sets (same order) holding another code's run: prints SET_DIR's run minus theirs")
    ap.add_argument("--draws", type=int, default=2000, help="bootstrap draws (default 2000)")
    ap.add_argument("--level", type=float, default=0.95, help="interval level (default 0.95)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the council draws (default 0)")
    ap.add_argument("--per-set", action="store_true", help="also print each set's own intervals")
    args = ap.parse_args(argv)
    others = args.against or []
    problems = [p for p in map(_check_set, [*args.sets, *others]) if p]
    if args.against is not None and len(others) != len(args.sets):
        problems.append(f"--against needs one folder per set ({len(args.sets)}), got {len(others)}")
    if problems:
        print("error: " + "\n       ".join(problems), file=sys.stderr)
        return 2
    opts = {"draws": args.draws, "level": args.level, "seed": args.seed}
    tables = [set_counts(s) for s in args.sets]
    pooled = pool_counts(tables)
    names = ", ".join(s.name for s in args.sets)
    print(f"{len(args.sets)} set(s) ({names}): {len(pooled)} councils, {pooled['gold'].sum()} gold figures, "
          f"{pooled['id_gold'].sum()} gold ids, {pooled['passages'].sum()} passages; councils resampled "
          f"{args.draws} times (seed {args.seed})\n")
    print(interval_text(bootstrap_intervals(pooled, **opts), args.level))
    print("\n" + agreement_text([set_agreement(s) for s in args.sets]))
    if args.per_set and len(tables) > 1:
        for s, t in zip(args.sets, tables):
            print(f"\n{s.name}: {len(t)} councils\n" + interval_text(bootstrap_intervals(t, **opts), args.level))
    if others:
        try:
            before = pool_counts([set_counts(o) for o in others])  # its own gold: refused unless the same
            diff = paired_difference(pooled, before, **opts)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"\npaired difference: {', '.join(str(s.parent) for s in args.sets[:1])}/... (after) minus "
              f"{', '.join(str(o.parent) for o in others[:1])}/... (before), same councils in every draw\n")
        print(difference_text(diff, args.level))
        print(f"\nafter:  {agreement_text([set_agreement(s) for s in args.sets])}\n"
              f"before: {agreement_text([set_agreement(o) for o in others])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
