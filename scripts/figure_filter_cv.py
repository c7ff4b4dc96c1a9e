"""Council-held-out cross-validation of a learnt filter on figure detection (issue 11 experiment).

``--build`` runs the clean and figures stages on the ``dev`` excerpts of ``tests/realworld`` only
(the ``test`` texts are never read: only dev files are copied to a temporary corpus), labels each
figure the rules find by whether it matches a dev gold figure (:func:`analysis.evaluation.match_figures`)
and writes ``tests/realworld/learnt_filter/training.csv`` (``council, doc_id, raw_start, raw_end, surface, candidate,
unit, label, features``: ``candidate`` is ``figure`` or the kind the rules gave a rejected number; sorted, byte-identical on reruns) and ``tests/realworld/learnt_filter/gold_counts.csv`` (dev
gold figures per document: the recall denominator, which counts figures the rules miss).

Without ``--build`` it reads those two files and prints the cross-validation: folds are groups of
councils (``GroupKFold``, 5 folds); in each, the threshold is chosen by an inner council-held-out CV
on the training councils only (best F1 over a fixed grid), the model is refitted on all training
councils and applied to the held-out ones. Rules alone and rules + filter are compared per fold
and overall (pooled counts)::

    .venv/bin/python scripts/figure_filter_cv.py --build   # rebuild the training rows (dev only)
    .venv/bin/python scripts/figure_filter_cv.py           # the CV table
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold

from analysis import io
from analysis.figures.learnt import features, fit, scores
from analysis.realworld import load_gold

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"
TRAINING = ROOT / "tests" / "realworld" / "learnt_filter" / "training.csv"
GOLD_COUNTS = ROOT / "tests" / "realworld" / "learnt_filter" / "gold_counts.csv"
FIRST_RUN = ROOT / "tests" / "realworld" / "learnt_filter" / "first_run.csv"
#: the code each gathering set was first run with, before anything was changed for it (tests/realworld/README.md)
FIRST_RUN_CODE = {"A": "198dda0", "B": "198dda0", "C": "198dda0", "D": "331fee7", "E": "5143998",
                  "F": "37c55f3", "G": "f5bf6b5", "H": "5c2899f", "I": "950d34b", "J": "8660442"}
_OLD_RUN = """
import sys, warnings
from pathlib import Path
warnings.simplefilter("ignore")
from analysis import corpus, figures
raw, processed = Path(sys.argv[1]), Path(sys.argv[2])
corpus.run(raw, processed)
f, n = figures.run(raw, processed)
f.to_csv(processed / "f.csv", index=False)
n.to_csv(processed / "n.csv", index=False)
"""
#: thresholds tried inside each training fold
GRID = tuple(round(x, 2) for x in np.arange(0.0, 0.71, 0.05))
FOLDS = 5
INNER_FOLDS = 4


def build(corpus_dir: Path = RW, code: Path | None = None, docs: set[str] | None = None
          ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Training rows and gold counts from the dev split of ``corpus_dir`` (test texts are not read).

    With ``code`` (a source tree of an older commit), the stages run with that code in a
    subprocess; ``docs`` limits the run to those dev documents.
    """
    from analysis.evaluation import match_figures

    manifest, gold, _ = load_gold(corpus_dir)
    dev_manifest = manifest[(manifest["split"] == "dev") & (manifest["doc_id"].isin(docs) if docs else True)]
    dev = set(dev_manifest["doc_id"])
    council = dict(zip(dev_manifest["doc_id"], dev_manifest["council"]))
    with tempfile.TemporaryDirectory(prefix="cm-figfilter-") as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        for f in dev_manifest["file"]:
            shutil.copyfile(corpus_dir / "raw" / f, raw / f)
        dev_manifest.drop(columns=["doc_id"]).to_csv(raw / "manifest.csv", index=False)
        processed = Path(tmp) / "processed"
        if code is None:
            from analysis import corpus, figures

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                corpus.run(raw, processed)
                figs, nums = figures.run(raw, processed)
        else:
            subprocess.run([sys.executable, "-c", _OLD_RUN, str(raw), str(processed)], cwd=code, check=True,
                           env={**os.environ, "PYTHONPATH": str(code / "src")}, capture_output=True)
            figs, nums = pd.read_csv(processed / "f.csv"), pd.read_csv(processed / "n.csv")
        texts = {d: (processed / "text" / f"{d}.txt").read_text(encoding="utf-8") for d in sorted(dev)}
    gold = gold[gold["doc_id"].isin(dev)].reset_index(drop=True)
    # every number is a candidate: the rules' figures first (so they take their gold match), then the
    # numbers the rules rejected (kind date, year, reference, ...); features never say which is which
    cand = pd.concat([figs.assign(candidate="figure"), nums.rename(columns={"kind": "candidate"})],
                     ignore_index=True)
    matched = set(match_figures(cand, gold).values())
    rows = pd.DataFrame({
        "council": [council[d] for d in cand["doc_id"]],
        "doc_id": cand["doc_id"], "raw_start": cand["raw_start"].astype(int), "raw_end": cand["raw_end"].astype(int),
        "surface": cand["surface"], "candidate": cand["candidate"], "unit": cand["unit"].fillna(""),
        "label": [int(i in matched) for i in cand.index],
        "features": [" ".join(features(texts[d], int(a), int(b))) for d, a, b in
                     zip(cand["doc_id"], cand["raw_start"], cand["raw_end"])],
    }).sort_values(["doc_id", "raw_start", "raw_end", "candidate"], kind="mergesort").reset_index(drop=True)
    rows["unit"] = rows["unit"].fillna("")
    counts = pd.DataFrame({"council": [council[d] for d in sorted(dev)], "doc_id": sorted(dev),
                           "gold_figures": [int((gold["doc_id"] == d).sum()) for d in sorted(dev)]})
    return rows, counts


def build_first_run(corpus_dir: Path = RW) -> pd.DataFrame:
    """Candidates of each set's dev excerpts as the code of its first run found them (:data:`FIRST_RUN_CODE`).

    These are the rules' errors on pages they had never seen, which the current rules (tuned on all
    dev pages) no longer make on dev. Each commit's tree is taken with ``git archive`` into a
    temporary folder (nothing in the repository changes).
    """
    manifest, _, _ = load_gold(corpus_dir)
    dev = manifest[manifest["split"] == "dev"]
    parts = []
    for commit in sorted(set(FIRST_RUN_CODE.values())):
        sets = sorted(k for k, v in FIRST_RUN_CODE.items() if v == commit)
        docs = set(dev.loc[dev["set"].isin(sets), "doc_id"])
        if not docs:
            continue
        with tempfile.TemporaryDirectory(prefix="cm-figfilter-code-") as tmp:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            rows, _ = build(corpus_dir, Path(tmp), docs)
        parts.append(rows.assign(commit=commit))
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["doc_id", "raw_start", "raw_end", "candidate"], kind="mergesort").reset_index(drop=True)


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _oof(rows: pd.DataFrame, folds: int) -> np.ndarray:
    """Out-of-fold probabilities of ``rows``, councils held out."""
    out = np.zeros(len(rows))
    groups = rows["council"].to_numpy()
    for tr, te in GroupKFold(n_splits=min(folds, len(set(groups)))).split(rows, groups=groups):
        out[te] = scores(fit(rows["features"].iloc[tr].tolist(), rows["label"].iloc[tr].tolist()),
                         rows["features"].iloc[te].tolist())
    return out


def choose_threshold(rows: pd.DataFrame, n_gold: int, max_recall_loss: float | None = None) -> float:
    """The threshold of :data:`GRID` with the best F1 of the rules' figures kept, on inner out-of-fold
    scores of the model trained on ``rows`` (lowest threshold on ties); with ``max_recall_loss``,
    only thresholds losing at most that much recall there are tried."""
    is_fig = (rows["candidate"] == "figure").to_numpy()
    prob = _oof(rows, INNER_FOLDS)[is_fig]
    labels = rows["label"].to_numpy()[is_fig]
    best, best_f1 = 0.0, -1.0
    for t in GRID:
        keep = prob >= t
        _, r, f1 = _prf(int(labels[keep].sum()), int(keep.sum()), n_gold)
        if max_recall_loss is not None and r < _prf(int(labels.sum()), len(labels), n_gold)[1] - max_recall_loss:
            continue
        if f1 > best_f1 + 1e-12:
            best, best_f1 = t, f1
    return best


def cross_validate(rows: pd.DataFrame, counts: pd.DataFrame, only_figures: bool = False,
                   max_recall_loss: float | None = None) -> pd.DataFrame:
    """Per fold and overall: precision, recall, F1 of rules alone and of rules + filter.

    The model learns from every number of the training councils (figures and rejected numbers alike,
    labelled by the gold); on the held-out councils it can only drop figures the rules found. With
    ``only_figures`` it learns from the rules' figures alone.
    """
    if only_figures:  # (then the figure's unit, as the rules found it, is a feature too)
        rows = rows[rows["candidate"] == "figure"].reset_index(drop=True)
        rows["features"] = "unit=" + rows["unit"] + " " + rows["features"]
    gold_by_council = counts.groupby("council")["gold_figures"].sum()
    councils = np.array(sorted(gold_by_council.index))
    table = []
    totals = np.zeros(6, dtype=int)  # rules tp, pred; filter tp, pred; gold; dropped
    for k, (tr, te) in enumerate(GroupKFold(n_splits=FOLDS).split(councils, groups=councils), 1):
        train = rows[rows["council"].isin(councils[tr])].reset_index(drop=True)
        test = rows[rows["council"].isin(councils[te])].reset_index(drop=True)
        n_gold_tr = int(gold_by_council[councils[tr]].sum())
        n_gold = int(gold_by_council[councils[te]].sum())
        t = choose_threshold(train, n_gold_tr, max_recall_loss)
        test = test[test["candidate"] == "figure"]  # the filter only ever drops the rules' figures
        prob = scores(fit(train["features"].tolist(), train["label"].tolist()), test["features"].tolist())
        keep = prob >= t
        lab = test["label"].to_numpy()
        r_tp, r_pred = int(lab.sum()), len(test)
        f_tp, f_pred = int(lab[keep].sum()), int(keep.sum())
        totals += [r_tp, r_pred, f_tp, f_pred, n_gold, len(test) - f_pred]
        table.append(_row(f"fold {k} ({len(te)} councils)", t, r_tp, r_pred, f_tp, f_pred, n_gold))
    table.append(_row("overall (pooled)", float("nan"), *totals[:5]))
    return pd.DataFrame(table)


def _row(name: str, t: float, r_tp: int, r_pred: int, f_tp: int, f_pred: int, n_gold: int) -> dict[str, object]:
    rp, rr, rf = _prf(r_tp, r_pred, n_gold)
    fp, fr, ff = _prf(f_tp, f_pred, n_gold)
    return {"fold": name, "gold": n_gold, "threshold": t, "rules_pred": r_pred, "rules_P": rp, "rules_R": rr,
            "rules_F1": rf, "filter_pred": f_pred, "filter_P": fp, "filter_R": fr, "filter_F1": ff,
            "dropped_true": r_tp - f_tp, "dropped_false": (r_pred - r_tp) - (f_pred - f_tp)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", action="store_true", help="rebuild the training rows from the dev split first")
    ap.add_argument("--first-run", action="store_true",
                    help="candidates of the code of each set's first run (tests/realworld/learnt_filter/first_run.csv)")
    ap.add_argument("--only-figures", action="store_true", help="learn from the rules' figures only (with their unit)")
    ap.add_argument("--max-recall-loss", type=float, default=None,
                    help="choose the threshold among those losing at most this recall in the inner CV")
    args = ap.parse_args(argv)
    if args.build:
        rows, counts = build()
        io.write_text(TRAINING, rows.to_csv(index=False, lineterminator="\n"))
        io.write_text(GOLD_COUNTS, counts.to_csv(index=False, lineterminator="\n"))
        print(f"{TRAINING}: {len(rows)} candidates ({int(rows['label'].sum())} true); "
              f"{GOLD_COUNTS}: {int(counts['gold_figures'].sum())} gold figures")
        if args.first_run:
            first = build_first_run()
            io.write_text(FIRST_RUN, first.to_csv(index=False, lineterminator="\n"))
            print(f"{FIRST_RUN}: {len(first)} candidates ({int(first['label'].sum())} true)")
    rows = pd.read_csv(FIRST_RUN if args.first_run else TRAINING, dtype={"features": str, "unit": str},
                       keep_default_na=False)
    counts = pd.read_csv(GOLD_COUNTS)
    table = cross_validate(rows, counts, args.only_figures, args.max_recall_loss)
    with pd.option_context("display.width", 250):
        print(table.round(3).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
