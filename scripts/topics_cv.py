"""Honest topic scores on the real-minutes dev split: topics fitted with council-held-out themes.

The theme model learns from the dev passages of ``tests/realworld``, so ``score_realworld.py``'s dev
topic NMI is measured with themes that are right far more often than on councils never seen. Here
each dev council's segments are coded by a theme model trained without its fold of councils
(:func:`analysis.realworld.held_out_themes`) and the topics are fitted on the dev documents
(:func:`analysis.realworld.topics_cv`). Only the dev split is scored; the test split is never read.

* default: the dev documents (all, then random subsets of 10, 20, 40 and 55 documents, three draws
  each, seeded: a setting must hold as the corpus grows), held-out and in-sample themes;
* ``--whole``: also fitted on every document of the corpus, as ``score_realworld.py`` runs them
  (dev passages scored only);
* ``--set NAME=VALUE``: a :func:`analysis.topics.fit_topics` keyword (e.g. ``theme_weight=2``).

Usage::

    .venv/bin/python scripts/topics_cv.py [--folds 5] [--whole] [--set theme_weight=2 ...]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.realworld import load_gold, topics_cv

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"
SIZES = (10, 20, 40, 55)
DRAWS = 3


def subsets(dev: list[str]) -> list[list[str]]:
    """Seeded random subsets of the dev documents (``SIZES`` x ``DRAWS``), then all of them."""
    out = [sorted(random.Random(1000 * n + d).sample(dev, n)) for n in SIZES if n < len(dev) for d in range(DRAWS)]
    return out + [dev]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(RW), help="folder with raw/, manifest.csv and the gold tables")
    ap.add_argument("--folds", type=int, default=5, help="folds of dev councils (default 5)")
    ap.add_argument("--whole", action="store_true", help="also fit on every document (score dev passages)")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a fit_topics keyword")
    args = ap.parse_args(argv)
    kw: dict[str, object] = {}
    for item in args.set:
        name, _, value = item.partition("=")
        kw[name] = float(value) if name != "n_topics" else int(value)
    corpus_dir = Path(args.corpus)
    manifest, _, _ = load_gold(corpus_dir)
    dev = sorted(manifest.loc[manifest["split"] == "dev", "doc_id"])
    rows = []
    for held_out in (True, False):
        base = topics_cv(corpus_dir, folds=args.folds, held_out=held_out, **kw)  # type: ignore[arg-type]
        segs, coded = base["segments"], base["coded"]
        runs = [(s, None) for s in subsets(dev)] + ([(dev, sorted(manifest["doc_id"]))] if args.whole else [])
        for docs, fit_on in runs:
            r = base if len(docs) == len(dev) and fit_on is None else \
                topics_cv(corpus_dir, documents=docs, segments=segs, coded=coded, fit_on=fit_on, **kw)  # type: ignore[arg-type]
            rows.append({"themes": "held-out" if held_out else "in-sample",
                         "fitted on": f"{len(fit_on)} (all)" if fit_on else str(len(docs)),
                         "nmi": r["nmi"], "theme accuracy": r["theme_accuracy"], "k": r["k"]})
    table = pd.DataFrame(rows)
    summary = table.groupby(["themes", "fitted on"], sort=False).agg(
        nmi=("nmi", "mean"), theme_accuracy=("theme accuracy", "mean"), k=("k", lambda k: " ".join(map(str, k))),
        draws=("nmi", "size"))
    print(summary.round(3).to_string())
    for themes, part in table.groupby("themes", sort=False):
        subs = part[~part["fitted on"].str.contains("all")]
        means = subs.groupby("fitted on", sort=False)["nmi"].mean()
        print(f"{themes}: mean NMI over sizes {float(np.mean(means)):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
