"""Score how the code tells a comparison point from a council's own value (round 19, r19ref).

    PYTHONPATH=src python scripts/score_reference.py --run OUT      # figures over pools r8-r18 and dev -> OUT
    PYTHONPATH=src python scripts/score_reference.py OUT [--misses] # score OUT against the judged set

The judged set, ``tests/realworld/notes/r19_r19ref_judged.csv``, holds every figure the code of 53e566c gave an
``indicator_id`` over every pool of rounds 8-18 (``pools/r19`` is never read) and the realworld ``dev`` split, judged by
reading its sentence: ``role`` ``own`` (the council's own value), ``comparison`` (a comparison point, ``kind``: national,
regional, neighbours, target, previous, normal, other - another council or area) or ``neither`` (a multiplier such as
"two or three times": left out of the scores). A figure is predicted a comparison point when the figures stage's
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


def run(out: Path) -> None:
    """Figures and numbers of every pool's raw folder (r19 skipped) and of the dev split, to ``OUT/<pool>.csv`` and
    ``OUT/<pool>.numbers.csv`` (the layout of ``/work/staging/r19/allpools.py``, plus the numbers)."""
    from analysis import corpus, figures

    warnings.simplefilter("ignore")
    out.mkdir(parents=True, exist_ok=True)
    raws = sorted(glob.glob(str(ROOT / "tests/realworld/pools/*/*/raw")) + glob.glob(str(ROOT / "tests/realworld/pools/*/raw")))
    raws = [r for r in raws if "/pools/r19" not in r]
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
    """Every figure with an ``indicator_id`` in ``OUT``: pool, doc, span, surface, sentence and ``pred`` (a
    comparison point or not)."""
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
        figs = figs.dropna(subset=["indicator_id"]).copy()
        if "reference" in figs.columns:
            pred = [isinstance(r, str) and r != "" for r in figs["reference"]]
            pred = [p or compare.is_reference_column(i) for p, i in zip(pred, figs["indicator"])]
        else:
            pred = [compare.is_reference(s, x, int(o)) or compare.is_reference_column(i)
                    for s, x, o, i in zip(figs.sentence, figs.surface, figs.occurrence, figs.indicator)]
        figs["pred"] = pred
        figs["pool"] = pool
        figs["span"] = figs.raw_start.astype(str) + ":" + figs.raw_end.astype(str)
        rows.append(figs.rename(columns={"doc_id": "doc"}))
    return pd.concat(rows, ignore_index=True)


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
    m = judged.merge(pred[["pool", "doc", "span", "surface", "pred", "sentence"]], on=["pool", "doc", "span", "surface"],
                     how="outer", indicator=True)
    new = m[m["_merge"] == "right_only"]
    if len(new):
        print(f"{len(new)} figures with an indicator_id not in the judged set (not scored):")
        for r in new.itertuples():
            print(f"  {r.pool} {r.doc} {r.span} {r.surface!r} pred={r.pred}")
    gone = m[m["_merge"] == "left_only"]
    s = m[(m["_merge"] == "both") & (m["role"] != "neither")]
    truth = s["role"] == "comparison"
    pr = s["pred"].astype(bool)
    tp, fp, fn = int((truth & pr).sum()), int((~truth & pr).sum()), int((truth & ~pr).sum())
    print(f"judged figures scored: {len(s)} ({int(truth.sum())} comparison points, {len(gone)} judged figures no longer "
          f"given an id)")
    print(f"comparison point: precision {tp / max(tp + fp, 1):.3f} ({tp}/{tp + fp})  recall {tp / max(tp + fn, 1):.3f} "
          f"({tp}/{tp + fn})")
    for kind, g in s[truth].groupby("kind"):
        print(f"  recall {kind:<10} {int(g['pred'].sum())}/{len(g)}  ({g.loc[~g['pred'].astype(bool), 'council'].nunique()} "
              "councils missed)")
    if a.misses:
        for label, rows in (("FALSE POSITIVE", s[~truth & pr]), ("MISSED", s[truth & ~pr])):
            for r in rows.drop_duplicates(["council", "sentence", "surface"]).itertuples():
                print(f"{label} [{r.kind}] {r.council}: {r.surface!r} in {' '.join(str(r.sentence).split())[:220]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
