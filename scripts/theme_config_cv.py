"""Compare theme-model configurations by council-grouped CV on the same passages (round 15, notes r15_r15themes).

The evaluation set is every passage of the training file built with ``--with-r13`` (all theme-judged sources,
round 13's blind pool included). Folds are :func:`analysis.themes.cv_folds` (a council's pool passages go with
its dev passages). Each fold's passages are coded isolated (:func:`analysis.themes.assign_themes`, no context) by
a model fitted on the configuration's own training rows outside the fold, so a configuration without
``pools-r13`` still codes r13themesJ's passages, held out with their council, without ever learning from them.

Prints, per configuration and number of folds: accuracy on all passages, on those not judged ``other``
(the deciding measure of round 15), on the sources that are not pools, and per source.

Usage::

    PYTHONPATH=src .venv/bin/python scripts/theme_config_cv.py [--folds 5 3 10] [--only A B ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import themes as TH
from analysis.topics import load_codebook

ROOT = Path(__file__).resolve().parents[1]

#: name -> (with pools-r13, FEATURE_WEIGHT, weight of ``other``), as declared in notes/r15_r15themes.md.
CONFIGS: dict[str, tuple[bool, float, float]] = {
    "A": (False, 0.5, 1.0),
    "B": (True, 0.5, 1.0),
    "B-fw0.25": (True, 0.25, 1.0),
    "B-fw1": (True, 1.0, 1.0),
    "B-ow0.75": (True, 0.5, 0.75),
    "B-ow0.5": (True, 0.5, 0.5),
    "A-ow0.75": (False, 0.5, 0.75),
    "A-ow0.5": (False, 0.5, 0.5),
}


def _builder():  # scripts/ is not a package
    spec = importlib.util.spec_from_file_location("btt", ROOT / "scripts" / "build_theme_training.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def evaluate(passages: pd.DataFrame, with_r13: bool, feature_weight: float, other_weight: float,
             folds: int) -> np.ndarray:
    """The isolated theme of each of ``passages`` from a model of the configuration without its fold."""
    cb = load_codebook()
    train = passages if with_r13 else passages[passages["source"] != "pools-r13"]
    fold, tfold = TH.cv_folds(passages, folds), TH.cv_folds(train, folds)
    coded = np.empty(len(passages), dtype=object)
    for f in range(folds):
        rows = fold == f
        if not rows.any():
            continue
        m = TH.fit_model(cb, train[tfold != f], feature_weight=feature_weight, other_weight=other_weight)
        coded[rows] = TH.assign_themes(passages.loc[rows, "text"].tolist(), cb, model=m)
    return coded


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, nargs="+", default=[5])
    ap.add_argument("--only", nargs="+", default=list(CONFIGS))
    ap.add_argument("--out", default=None, help="write every passage's coded theme per configuration (csv)")
    a = ap.parse_args(argv)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        passages = _builder().build(with_r13=True).reset_index(drop=True)
    committed = pd.read_csv(TH.training_path(), dtype=str, keep_default_na=False)
    assert len(passages[passages["source"] != "pools-r13"]) == len(committed), "training file is stale"
    gold = passages["theme"].to_numpy()
    nonother = gold != "other"
    nonpool = ~passages["source"].str.startswith("pools-").to_numpy()
    dump = passages[["source", "doc_id", "theme", "text"]].copy()
    for folds in a.folds:
        for name in a.only:
            with_r13, fw, ow = CONFIGS[name]
            coded = evaluate(passages, with_r13, fw, ow, folds)
            ok = coded == gold
            per = {s: round(float(ok[(passages["source"] == s).to_numpy()].mean()), 3)
                   for s in sorted(passages["source"].unique())}
            print(f"folds {folds:2d} {name:9s} all {ok.mean():.4f} ({ok.sum()}/{len(ok)})  non-other "
                  f"{ok[nonother].mean():.4f} ({ok[nonother].sum()}/{nonother.sum()})  non-pool {ok[nonpool].mean():.4f}"
                  f"  {per}", flush=True)
            dump[f"{name}_{folds}"] = coded
    if a.out:
        dump.to_csv(a.out, index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
