"""Round 22's declared CV: a training source in or out, on the same passages (notes r22_r22theme).

The evaluation set is every passage of the training file built with ``--with-r13 --with-r21blind`` (all theme-judged
sources). Folds are :func:`analysis.themes.cv_folds` (a council's pool and blind passages go with its dev passages).
Each fold's passages are coded isolated (:func:`analysis.themes.assign_themes`) by a model fitted on the
configuration's own training rows outside the fold: ``A`` never learns ``pools-r13`` nor ``pools-r21blind``,
``A+blind`` learns ``pools-r21blind`` (never ``pools-r13``).

Usage::

    PYTHONPATH=src .venv/bin/python scripts/theme_source_cv.py [--folds 5 3 10]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import warnings
from pathlib import Path

import numpy as np

from analysis import themes as TH
from analysis.topics import load_codebook

ROOT = Path(__file__).resolve().parents[1]
#: name -> the sources a configuration does not learn from
CONFIGS = {"A": {"pools-r13", "pools-r21blind"}, "A+blind": {"pools-r13"}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, nargs="+", default=[5])
    a = ap.parse_args(argv)
    spec = importlib.util.spec_from_file_location("btt", ROOT / "scripts" / "build_theme_training.py")
    btt = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(btt)  # type: ignore[union-attr]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        passages = btt.build(with_r13=True, with_r21blind=True).reset_index(drop=True)
    cb = load_codebook()
    gold = passages["theme"].to_numpy()
    nonother = gold != "other"
    for folds in a.folds:
        fold = TH.cv_folds(passages, folds)
        for name, left_out in CONFIGS.items():
            train_rows = ~passages["source"].isin(left_out).to_numpy()
            coded = np.empty(len(passages), dtype=object)
            for f in range(folds):
                rows = fold == f
                if rows.any():
                    m = TH.fit_model(cb, passages[train_rows & ~rows])
                    coded[rows] = TH.assign_themes(passages.loc[rows, "text"].tolist(), cb, model=m)
            ok = coded == gold
            per = {s: round(float(ok[(passages["source"] == s).to_numpy()].mean()), 3)
                   for s in sorted(passages["source"].unique())}
            print(f"folds {folds:2d} {name:8s} all {ok.mean():.4f} ({ok.sum()}/{len(ok)})  non-other "
                  f"{ok[nonother].mean():.4f} ({ok[nonother].sum()}/{nonother.sum()})  {per}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
