"""Round 22 (r22filter): the learnt figure filter of :mod:`analysis.figures.learnt`, trained on every open judged
candidate, council-held-out (research script; ``tests/realworld/notes/r22_r22filter.md``).

``--build`` runs the clean and figures stages of the code on ``PYTHONPATH`` over every open judged pool
(``tests/realworld/pools/*/*/judged.csv``; never ``pools/r22/`` nor ``r21blind2``), the ``dev`` split of
``tests/realworld`` (only dev files are copied: the test texts are never read) and the blind set ``r21blind``, and
writes one row per figure the rules predict to ``tests/realworld/learnt_filter/pools_training.csv``:
``source`` (``pool``, ``dev`` or ``blind``), ``set``, ``council`` (normalised name, the CV group), ``doc_id``,
``raw_start``, ``raw_end``, ``surface``, ``unit``, ``label`` (1 a true figure, 0 not, empty: the pool's judges
never judged that span or judged it ambiguous; left out of training and scores) and ``features``
(:func:`analysis.figures.learnt.features` with unit and whether the figure has an indicator phrase). Pool labels
come from ``judged.csv``/``rejudged.csv`` by exact span (``scripts/score_pool.py``'s matcher); dev and r21blind
labels from the gold (:func:`analysis.evaluation.match_figures`). ``pools_true.csv`` holds each set's and
council's number of true figures (the recall denominators: they count figures the rules miss). Both files are
sorted and byte-identical on reruns.

Without ``--build`` it reads the two files and prints the cross-validation declared in the note before it was run:
leave one council out (every source of a council held out together); C = 1.0; each held-out council's figures
are scored by the model fitted on every other council. Thresholds: for a drop rate q (0.1%, 0.2%, 0.5% of true
figures), ``pooled`` takes the threshold at which the pooled held-out scores drop at most q of the true figures (a
single number fitted on the held-out labels: optimistic); ``nested`` chooses it inside each training fold from an
inner council-grouped 5-fold CV on the training councils only and applies it to the held-out council (honest).
Usage::

    PYTHONPATH=src .venv/bin/python scripts/figure_filter_pools.py --build   # ~5 min: rebuild the rows
    PYTHONPATH=src .venv/bin/python scripts/figure_filter_pools.py           # the CV table (~5 min)
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from analysis import io  # noqa: E402
from analysis.figures.learnt import features, fit, scores  # noqa: E402

RW = ROOT / "tests" / "realworld"
POOLS = RW / "pools"
BLIND = POOLS / "r21" / "r21blind"
OUT = RW / "learnt_filter" / "pools_training.csv"
TRUE = RW / "learnt_filter" / "pools_true.csv"
#: never read: round 22's measure sets
_CLOSED = ("r22", "r21blind2")
C = 1.0
DROP_RATES = (0.001, 0.002, 0.005)
INNER_FOLDS = 5
_COUNCIL_WORDS = re.compile(r"\b(london borough of|royal borough of|borough of|city of|county of|metropolitan|"
                            r"borough|county|city|district|council|corporation|the)\b")


def council_key(name: str) -> str:
    """A council's name as one group whatever way a manifest spells it.

    >>> council_key("London Borough of Camden"), council_key("Camden"), council_key("Central Bedfordshire Council")
    ('camden', 'camden', 'central bedfordshire')
    """
    s = _COUNCIL_WORDS.sub(" ", name.lower().replace("&", " and "))
    return " ".join(re.sub(r"[^a-z ]", " ", s).split())


def run_stages(files: list[dict[str, str]], srcdir: Path) -> tuple[pd.DataFrame, dict[str, str]]:
    """The figures of the code on ``PYTHONPATH`` over the manifest rows ``files`` (pages in ``srcdir``), and the
    cleaned texts the figures' offsets index (:func:`score_pool.run_clean_figures`)."""
    from score_pool import run_clean_figures

    run = run_clean_figures(files, srcdir)
    return run.figures.reset_index(drop=True), run.texts


def _manifest(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _rows(source: str, set_name: str, council: dict[str, str], figs: pd.DataFrame, texts: dict[str, str],
          labels: list[str]) -> list[dict[str, object]]:
    out = []
    for (_, f), lab in zip(figs.iterrows(), labels):
        d, a, b = f["doc_id"], int(f["raw_start"]), int(f["raw_end"])
        unit = "" if pd.isna(f["unit"]) else str(f["unit"])
        ind = "" if pd.isna(f["indicator"]) else str(f["indicator"])
        out.append({"source": source, "set": set_name, "council": council[d], "doc_id": d, "raw_start": a,
                    "raw_end": b, "surface": f["surface"], "unit": unit, "label": lab,
                    "features": " ".join(features(texts[d], a, b, unit, ind))})
    return out


def first_run_candidates(pool: Path, current: set[tuple[str, int, int]], texts: dict[str, str]
                         ) -> list[tuple[str, int, int, str, dict[str, str]]]:
    """The figures a pool's first run predicted (``judged.csv`` rows with a phrase or a phrase judgement) that are
    usable as training-only rows: judged figure or not (``is_figure`` 1/0; ambiguous left out), their span still
    slicing to their surface in ``texts`` and not among ``current`` (the spans the current code predicts: their own
    row stands); each span once, in ``judged.csv`` order, as ``(doc_id, start, end, label, judged row)``.
    Shared by this script and ``figure_filter_blind.py``."""
    import score_pool

    out = []
    seen: set[tuple[str, int, int]] = set()
    for r in _manifest(pool / "judged.csv"):
        if not r["pred_indicator"] and not r["phrase_names_measure"].strip():
            continue
        if not r["raw_start"].strip() or r["doc_id"] not in texts:
            continue
        d, a, b = r["doc_id"], int(r["raw_start"]), int(r["raw_end"])
        lab = score_pool._is_figure(r["is_figure"], str(pool))
        if lab == "a" or (d, a, b) in current or (d, a, b) in seen or texts[d][a:b] != r["surface"]:
            continue
        seen.add((d, a, b))
        out.append((d, a, b, lab, r))
    return out


def _first_run_rows(pool: Path, council: dict[str, str], figs: pd.DataFrame, texts: dict[str, str]
                    ) -> list[dict[str, object]]:
    """Training-only rows (``source`` ``pool_first``): the figures the pool's first run predicted (``judged.csv``
    rows with a phrase or a phrase judgement), labelled by their judgement, whose span still slices to its
    surface in the current cleaned text and which the current code does not predict (its own row stands)."""
    current = set(zip(figs["doc_id"], figs["raw_start"].astype(int), figs["raw_end"].astype(int)))
    out = []
    for d, a, b, lab, r in first_run_candidates(pool, current, texts):
        out.append({"source": "pool_first", "set": pool.name, "council": council[d], "doc_id": d, "raw_start": a,
                    "raw_end": b, "surface": r["surface"], "unit": r["unit"], "label": lab,
                    "features": " ".join(features(texts[d], a, b, r["unit"], r["pred_indicator"]))})
    return out


def build() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Training rows and true-figure counts over every open pool, dev and r21blind (see the module doc)."""
    import score_pool

    from analysis.evaluation import match_figures
    from analysis.realworld import load_gold

    rows: list[dict[str, object]] = []
    true: list[dict[str, object]] = []
    for judged in sorted(POOLS.glob("*/*/judged.csv")):
        pool = judged.parent
        if pool.parent.name in _CLOSED or pool.name in _CLOSED:
            continue
        files = [{"file": r["file"], "council": r["council"], "source_url": r["source_url"]}
                 for r in _manifest(pool / "raw" / "manifest.csv")]
        council = {Path(r["file"]).stem: council_key(r["council"]) for r in files}
        try:
            j = score_pool.load_judgements(pool)
        except ValueError as e:  # rounds 8-9 judged in another layout (no offsets): score_pool cannot match them
            print(f"left out: {pool.name}: {str(e).split(': ', 1)[1][:40]}", flush=True)
            continue
        figs, texts = run_stages(files, pool / "raw")
        labels = []
        for _, f in figs.iterrows():
            jj = j.get((f["doc_id"], int(f["raw_start"]), int(f["raw_end"])))
            labels.append("" if jj is None or jj.is_figure == "a" else jj.is_figure)
        rows += _rows("pool", pool.name, council, figs, texts, labels)
        rows += _first_run_rows(pool, council, figs, texts)
        for c in sorted(set(council.values())):
            n = sum(v.is_figure == "1" for k, v in j.items() if council.get(k[0]) == c)
            true.append({"source": "pool", "set": pool.name, "council": c, "true_figures": n})
        print(pool.name, len(figs), flush=True)
    # the dev split (only dev files copied) and r21blind: labels from their gold
    manifest, gold, _ = load_gold(RW)
    dev = manifest[manifest["split"] == "dev"]
    gold = gold[gold["doc_id"].isin(set(dev["doc_id"]))].reset_index(drop=True)
    blind_files = _manifest(BLIND / "manifest.csv")
    blind_gold = pd.read_csv(BLIND / "figures_gold.csv", dtype={"doc_id": str, "surface": str})
    for source, set_name, files, srcdir, g in (
            ("dev", "dev", dev.to_dict("records"), RW / "raw", gold),
            ("blind", "r21blind", blind_files, BLIND / "raw", blind_gold)):
        council = {Path(r["file"]).stem: council_key(r["council"]) for r in files}
        figs, texts = run_stages(files, srcdir)
        matched = set(match_figures(figs, g).values())
        rows += _rows(source, set_name, council, figs, texts, [str(int(i in matched)) for i in figs.index])
        for c in sorted(set(council.values())):
            n = int(g["doc_id"].map(council).eq(c).sum())
            true.append({"source": source, "set": set_name, "council": c, "true_figures": n})
        print(set_name, len(figs), flush=True)
    df = pd.DataFrame(rows).sort_values(["source", "set", "doc_id", "raw_start", "raw_end"], kind="mergesort")
    return df.reset_index(drop=True), pd.DataFrame(true)


def _oof_loco(rows: pd.DataFrame) -> tuple[np.ndarray, dict[float, np.ndarray]]:
    """Leave-one-council-out scores of ``rows`` and, per drop rate, each row's nested threshold (chosen on the
    inner CV of its training councils)."""
    prob = np.zeros(len(rows))
    thr = {q: np.zeros(len(rows)) for q in DROP_RATES}
    groups = rows["council"].to_numpy()
    X, y = rows["features"].tolist(), rows["label"].astype(int).to_numpy()
    scored = (rows["source"] != "pool_first").to_numpy()  # training-only rows are never scored
    for k, c in enumerate(sorted(set(groups))):
        te = np.flatnonzero(groups == c)
        tr = np.flatnonzero(groups != c)
        prob[te] = scores(fit([X[i] for i in tr], y[tr], c=C), [X[i] for i in te])
        inner = np.zeros(len(tr))
        for itr, ite in GroupKFold(n_splits=INNER_FOLDS).split(tr, groups=groups[tr]):
            inner[ite] = scores(fit([X[tr[i]] for i in itr], y[tr[itr]], c=C), [X[tr[i]] for i in ite])
        for q in DROP_RATES:
            thr[q][te] = drop_threshold(inner[(y[tr] == 1) & scored[tr]], q)
        if k % 20 == 0:
            print(f"  council {k}", file=sys.stderr, flush=True)
    return prob, thr


def drop_threshold(true_scores: np.ndarray, q: float) -> float:
    """The highest threshold (figures scored below it are dropped) that drops at most ``q`` of ``true_scores``.

    >>> drop_threshold(np.array([0.1, 0.5, 0.9, 0.95]), 0.25)
    0.5
    >>> drop_threshold(np.array([0.1, 0.5, 0.9, 0.95]), 0.2)
    0.1
    """
    s = np.sort(true_scores)
    k = int(np.floor(q * len(s) + 1e-9))  # true figures we may drop
    return float(s[k]) if k < len(s) else float("inf")


def table(rows: pd.DataFrame, true: pd.DataFrame, prob: np.ndarray, thr: dict[float, np.ndarray]) -> pd.DataFrame:
    """P and R of the rules alone and with the filter (pooled and nested thresholds), over all held-out
    candidates and per source."""
    lab = rows["label"].astype(int).to_numpy()
    out = []
    for name, mask, n_true in (
            ("all", np.ones(len(rows), bool), int(true["true_figures"].sum())),
            ("pools", (rows["source"] == "pool").to_numpy(), int(true.loc[true["source"] == "pool", "true_figures"].sum())),
            ("dev", (rows["source"] == "dev").to_numpy(), int(true.loc[true["source"] == "dev", "true_figures"].sum())),
            ("r21blind", (rows["source"] == "blind").to_numpy(),
             int(true.loc[true["source"] == "blind", "true_figures"].sum()))):
        all_true = prob[lab == 1]
        variants: list[tuple[str, np.ndarray]] = [("rules alone", np.ones(len(rows), bool))]
        for q in DROP_RATES:
            variants.append((f"pooled {q:.1%}", prob >= drop_threshold(all_true, q)))
        for q in DROP_RATES:
            variants.append((f"nested {q:.1%}", prob >= thr[q]))
        for v, keep in variants:
            k = keep & mask
            tp, pred = int(lab[k].sum()), int(k.sum())
            out.append({"rows": name, "filter": v, "kept": pred, "tp": tp, "false": pred - tp,
                        "true_dropped": int(lab[mask].sum()) - tp, "false_dropped": int((1 - lab[mask]).sum()) - (pred - tp),
                        "P": tp / pred if pred else 1.0, "R": tp / n_true if n_true else 1.0})
    return pd.DataFrame(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", action="store_true", help="rebuild the rows first (runs the code on PYTHONPATH)")
    ap.add_argument("--with-first-run", action="store_true",
                    help="run B: also train on each pool's first-run figures (training-only rows)")
    ap.add_argument("--scores", type=Path, help="also write each labelled row's held-out score to this CSV")
    args = ap.parse_args(argv)
    if args.build:
        rows, true = build()
        io.write_text(OUT, rows.to_csv(index=False, lineterminator="\n"))
        io.write_text(TRUE, true.to_csv(index=False, lineterminator="\n"))
        for src, part in rows.groupby("source"):
            print(f"{OUT} {src}: {len(part)} figures ({(part['label'] == '1').sum()} true, "
                  f"{(part['label'] == '0').sum()} false, {(part['label'] == '').sum()} unlabelled)")
    rows = pd.read_csv(OUT, dtype={"features": str, "unit": str, "label": str, "council": str},
                       keep_default_na=False)
    true = pd.read_csv(TRUE, dtype={"council": str}, keep_default_na=False)
    rows = rows[rows["label"] != ""].reset_index(drop=True)
    if not args.with_first_run:
        rows = rows[rows["source"] != "pool_first"].reset_index(drop=True)
    prob, thr = _oof_loco(rows)
    keep = (rows["source"] != "pool_first").to_numpy()
    rows, prob, thr = rows[keep].reset_index(drop=True), prob[keep], {q: t[keep] for q, t in thr.items()}
    if args.scores:
        rows.assign(score=prob, **{f"thr{q}": thr[q] for q in DROP_RATES}).to_csv(args.scores, index=False)
    with pd.option_context("display.width", 250, "display.max_rows", 200):
        print(table(rows, true, prob, thr).round(4).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
