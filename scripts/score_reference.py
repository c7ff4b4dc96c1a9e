"""Score how the code tells a comparison point from a council's own value (round 19, r19ref).

    PYTHONPATH=src python scripts/score_reference.py --run OUT      # figures over every open pool and dev -> OUT
    PYTHONPATH=src python scripts/score_reference.py OUT [--misses] # score OUT against the judged sets

The judged set, ``tests/realworld/notes/r19_r19ref_judged.csv``, holds every figure the code of 53e566c gave an
``indicator_id`` over every pool of rounds 8-18 (``pools/r19`` is never read) and the realworld ``dev`` split, judged by
reading its sentence: ``role`` ``own`` (the council's own value), ``comparison`` (a comparison point, ``kind``: national,
regional, neighbours, target, previous, normal, other - another council or area) or ``neither`` (a multiplier such as
"two or three times": left out of the scores). Round 20 (r20ref) adds ``tests/realworld/notes/r20_r20ref_judged.csv``
(same columns): every figure of the pool ``r19freshA`` (ids or not), the figures with an id the first set lacks, and every
figure of the open pools and dev whose sentence names a benchmark the rules of round 19 missed in shapes (a region, the
country after the value, a comparator group, similar or comparator authorities), ids or not, judged before round 20's
rules; its rows are scored whether or not the figure has an id. Its ``role`` ``area`` (a value of a part of the
council's own area, "Barrow has 150 children in care" on a Cumbria page) is counted apart, not scored. A figure is predicted a comparison point when the figures stage's
``reference`` column names a kind (this branch on) or, for older code without that column, by ``compare.is_reference``
and ``compare.is_reference_column`` (what main's ``_value_rank`` ranks below a reported level). Figures of OUT that the
judged set does not hold (new spans of newer code) are listed, not scored.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
JUDGED = ROOT / "tests/realworld/notes/r19_r19ref_judged.csv"
#: Round 20's judged rows (scored for every figure, with an id or not); a row of both files keeps round 20's judgement.
JUDGED_R20 = ROOT / "tests/realworld/notes/r20_r20ref_judged.csv"
#: The pool folders never run: round 20's measure pool, being gathered while round 20 works.
SKIP = ("/pools/r20",)
#: The judged kind that names the figures stage's ``other_council``.
_KIND_NAME = {"other": "other_council"}


def run(out: Path) -> None:
    """Figures and numbers of every pool's raw folder (r20 skipped) and of the dev split, to ``OUT/<pool>.csv`` and
    ``OUT/<pool>.numbers.csv`` (the layout of ``/work/staging/r19/allpools.py``, plus the numbers)."""
    from analysis import corpus, figures

    warnings.simplefilter("ignore")
    out.mkdir(parents=True, exist_ok=True)
    raws = sorted(glob.glob(str(ROOT / "tests/realworld/pools/*/*/raw")) + glob.glob(str(ROOT / "tests/realworld/pools/*/raw")))
    raws = [r for r in raws if not any(k in r for k in SKIP)]
    m = pd.read_csv(ROOT / "tests/realworld/raw/manifest.csv")
    dev = m[m.split == "dev"]  # the dev split only: the test split is never read
    with tempfile.TemporaryDirectory() as tmpd:
        devraw = Path(tmpd) / "devraw"
        devraw.mkdir()
        for f in dev.file:
            shutil.copy(ROOT / "tests/realworld/raw" / f, devraw / f)
        dev.drop(columns=[c for c in ("split", "set") if c in dev.columns]).to_csv(devraw / "manifest.csv", index=False)
        for raw in raws + [str(devraw)]:
            name = "dev" if raw == str(devraw) else raw.split("pools/")[1].replace("/raw", "").replace("/", "_")
            with tempfile.TemporaryDirectory() as t:
                r2 = Path(t) / "raw"
                r2.mkdir()
                mm = pd.read_csv(Path(raw) / "manifest.csv", dtype=str).fillna("")
                for c in corpus.REQUIRED_COLUMNS:
                    if c not in mm.columns:
                        mm[c] = ""
                for f in mm.file:
                    shutil.copy(Path(raw) / f, r2 / f)
                mm[list(corpus.REQUIRED_COLUMNS)].to_csv(r2 / "manifest.csv", index=False)
                corpus.run(r2, Path(t) / "p")
                figs, nums = figures.run(r2, Path(t) / "p")
                figs.to_csv(out / f"{name}.csv", index=False)
                nums.to_csv(out / f"{name}.numbers.csv", index=False)


def predictions(out: Path) -> pd.DataFrame:
    """Every figure in ``OUT``: pool, doc, span, surface, sentence, ``has_id``, ``pred`` (a comparison point or not)
    and ``pred_kind`` (the ``reference`` column's kind, "" for none)."""
    from analysis import compare

    rows = []
    for f in sorted(glob.glob(str(out / "*.csv"))):
        if f.endswith(".numbers.csv"):
            continue
        pool = os.path.basename(f)[:-4]
        figs = pd.read_csv(f, dtype={"doc_id": str})
        nums = pd.read_csv(f[:-4] + ".numbers.csv", dtype={"doc_id": str})
        both = pd.concat([figs[["segment_id", "sentence", "surface", "raw_start"]].assign(_fig=range(len(figs))),
                          nums[["segment_id", "sentence", "surface", "raw_start"]].assign(_fig=-1)], ignore_index=True)
        both["_occ"] = compare.occurrence_index(both)
        figs["occurrence"] = both[both["_fig"] >= 0].sort_values("_fig")["_occ"].to_numpy()
        figs["has_id"] = figs["indicator_id"].notna()
        if "reference" in figs.columns:
            pred = [isinstance(r, str) and r != "" for r in figs["reference"]]
            pred = [p or compare.is_reference_column(i) for p, i in zip(pred, figs["indicator"])]
            figs["pred_kind"] = [r if isinstance(r, str) else "" for r in figs["reference"]]
        else:
            from analysis.figures.rules import load_rules

            figs["pred_kind"] = ""
            rules = load_rules()  # (once, not per row)
            pred = [compare.is_reference(s, x, int(o), rules) or compare.is_reference_column(i)
                    for s, x, o, i in zip(figs.sentence, figs.surface, figs.occurrence, figs.indicator)]
        figs["pred"] = pred
        figs["pool"] = pool
        figs["span"] = figs.raw_start.astype(str) + ":" + figs.raw_end.astype(str)
        rows.append(figs.rename(columns={"doc_id": "doc"}))
    return pd.concat(rows, ignore_index=True)


def table_rows(out: Path, judged: pd.DataFrame) -> tuple[int, int, int]:
    """What the compare tables do with the judged comparison points: ``compare.indicator_series`` over each pool of
    ``OUT`` (council = the manifest's council), the rows whose value is a figure judged a comparison point; returns
    (rows, such rows, their councils)."""
    from analysis import compare

    comp = {(r.pool, r.doc, r.span, r.surface) for r in judged.itertuples() if r.role == "comparison"}
    rows = bad = 0
    councils: set[str] = set()
    for f in sorted(glob.glob(str(out / "*.csv"))):
        if f.endswith(".numbers.csv"):
            continue
        pool = os.path.basename(f)[:-4]
        figs = pd.read_csv(f, dtype={"doc_id": str})
        figs["council_slug"] = figs["council"]
        if "reference" not in figs.columns:
            nums = pd.read_csv(f[:-4] + ".numbers.csv", dtype={"doc_id": str})
            both = pd.concat([figs[["segment_id", "sentence", "surface", "raw_start"]].assign(_fig=range(len(figs))),
                              nums[["segment_id", "sentence", "surface", "raw_start"]].assign(_fig=-1)], ignore_index=True)
            both["_occ"] = compare.occurrence_index(both)
            figs["occurrence"] = both[both["_fig"] >= 0].sort_values("_fig")["_occ"].to_numpy()
        series = compare.indicator_series(figs)
        rows += len(series)
        for r in series.itertuples():
            if (pool, r.doc_id, f"{r.raw_start}:{r.raw_end}", r.surface) in comp:
                bad += 1
                councils.add(r.council)
    return rows, bad, len(councils)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out")
    p.add_argument("--run", action="store_true", help="run the figures stage into OUT first")
    p.add_argument("--misses", action="store_true", help="print the wrong predictions")
    a = p.parse_args(argv)
    out = Path(a.out)
    if a.run:
        run(out)
    pred = predictions(out)
    judged = pd.read_csv(JUDGED, dtype={"doc": str})
    if JUDGED_R20.exists():
        r20 = pd.read_csv(JUDGED_R20, dtype={"doc": str})
        key = ["pool", "doc", "span", "surface"]
        judged = pd.concat([judged.merge(r20[key], on=key, how="left", indicator=True).query("_merge == 'left_only'")
                            .drop(columns="_merge"), r20[judged.columns]], ignore_index=True)
        scored_all = set(zip(r20.pool, r20.doc, r20.span, r20.surface))
    else:
        scored_all = set()
    keep = [k in scored_all or h for k, h in zip(zip(pred.pool, pred.doc, pred.span, pred.surface), pred.has_id)]
    pred = pred[keep]
    m = judged.merge(pred[["pool", "doc", "span", "surface", "pred", "pred_kind", "sentence"]],
                     on=["pool", "doc", "span", "surface"], how="outer", indicator=True)
    new = m[m["_merge"] == "right_only"]
    if len(new):
        print(f"{len(new)} figures with an indicator_id not in the judged set (not scored):")
        for r in new.itertuples():
            print(f"  {r.pool} {r.doc} {r.span} {r.surface!r} pred={r.pred}")
    gone = m[m["_merge"] == "left_only"]
    s = m[(m["_merge"] == "both") & ~m["role"].isin(["neither", "area"])]
    area = m[(m["_merge"] == "both") & (m["role"] == "area")]
    if len(area):  # a part of the council's own area ("Barrow has 150 in care" in a Cumbria page): no kind names it yet
        print(f"figures of a part of the council's area (not scored): {len(area)}, given a kind: {int(area['pred'].sum())}")
    truth = s["role"] == "comparison"
    pr = s["pred"].astype(bool)
    tp, fp, fn = int((truth & pr).sum()), int((~truth & pr).sum()), int((truth & ~pr).sum())
    n_rows, n_bad, n_councils = table_rows(out, judged)
    print(f"compare tables (indicator_series over each pool): {n_rows} rows, {n_bad} show a judged comparison point as "
          f"the council's value ({n_councils} councils)")
    print(f"judged figures scored: {len(s)} ({int(truth.sum())} comparison points, {len(gone)} judged figures no longer "
          f"given an id)")
    print(f"comparison point: precision {tp / max(tp + fp, 1):.3f} ({tp}/{tp + fp})  recall {tp / max(tp + fn, 1):.3f} "
          f"({tp}/{tp + fn})")
    for kind, g in s[truth].groupby("kind"):
        print(f"  recall {kind:<10} {int(g['pred'].sum())}/{len(g)}  ({g.loc[~g['pred'].astype(bool), 'council'].nunique()} "
              "councils missed)")
    # the kind: a figure judged of kind K and given kind K (the judged "other" is the stage's other_council)
    want = s["kind"].where(truth, "").map(lambda k: _KIND_NAME.get(k, k))
    got = s["pred_kind"].fillna("")
    print("kind (precision: of figures given the kind, judged of it; recall: of figures judged of it, given it):")
    for kind in sorted(set(want[want != ""]) | set(got[got != ""])):
        right = int(((want == kind) & (got == kind)).sum())
        print(f"  {kind:<13} precision {right}/{int((got == kind).sum())}  recall {right}/{int((want == kind).sum())}")
    if a.misses:
        for label, rows in (("FALSE POSITIVE", s[~truth & pr]), ("MISSED", s[truth & ~pr])):
            for r in rows.drop_duplicates(["council", "sentence", "surface"]).itertuples():
                print(f"{label} [{r.kind}] {r.council}: {r.surface!r} in {' '.join(str(r.sentence).split())[:220]}")
        wrong = s[truth & pr & (want != got)]
        for r in wrong.drop_duplicates(["council", "sentence", "surface"]).itertuples():
            print(f"KIND [{r.kind} given {r.pred_kind or '-'}] {r.council}: {r.surface!r} in "
                  f"{' '.join(str(r.sentence).split())[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
