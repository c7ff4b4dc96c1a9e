"""Council-grouped cross-validation of the learnt phrase chooser (round 15, ``r15phrase``): the declared measure of
``tests/realworld/notes/r15_r15phrase.md``.

Rows: ``tests/realworld/phrase_chooser_rows.csv`` (``scripts/phrase_chooser_rows.py``). Per figure the candidates of
:func:`analysis.figures.phrase_chooser.candidates`; a logistic regression (seeded, deterministic) scores each
candidate (label: ``same_indicator(reader_phrase, candidate)``); the best other candidate replaces the rules' phrase
when its probability beats the rules' phrase's by a margin chosen on the training fold alone (the largest training
primary under both guards; ties: the larger margin). GroupKFold(5) by council.

Printed: for each configuration (rules alone; rules + each source alone; all sources) the pooled and per-fold primary
(share right), the gain over the rules, guard (a) (mean words of the chosen phrase minus the rules') and guard (b)
(share of rules-judged-right rows that keep the rules' key words), plus each source's oracle (a right candidate
exists).

Usage::

    PYTHONPATH=src .venv/bin/python scripts/phrase_chooser_cv.py [--rows ...] [--folds]
"""

from __future__ import annotations

import argparse
import csv
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from analysis.evaluation import key_words as _key_words
from analysis.figures.indicators import load_indicators
from analysis.figures.phrase_chooser import SOURCES, candidates, features, locate, _concept_words

ROOT = Path(__file__).resolve().parents[1]
MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1.01)


@lru_cache(maxsize=None)
def key_words(p: str) -> frozenset[str]:
    return frozenset(_key_words(p))


def n_words(p: str) -> int:
    return len(p.split())


def _interact(X: list[list[float]]) -> list[list[float]]:
    """Each vector with the products of its source one-hot and its text and rules-text features (so a source's
    weight may depend on how weak the rules' phrase looks)."""
    k = len(SOURCES)
    return [x + [a * b for a in x[:k] for b in x[k + 2:k + 22]] for x in X]


INTERACT = False
C = 1.0


def prepare(rows: list[dict], concepts: frozenset[str]) -> list[dict]:
    out = []
    for r in rows:
        at = locate(r["sentence"], r["surface"], r["left"])
        cands = candidates(r["sentence"], at, at + len(r["surface"]) if at >= 0 else -1, r["indicator"],
                           r.get("prev_phrase", ""), r.get("heading", ""))
        gold = key_words(r["reader_phrase"])
        X = features(cands, concepts, key_words)
        out.append({"row": r, "cands": cands, "X": _interact(X) if INTERACT else X,
                    "y": [bool(gold & key_words(c.phrase)) for c in cands]})
    return out


def choose(item: dict, probs: np.ndarray, allowed: set[str], margin: float) -> int:
    """The index of the chosen candidate: the rules' (0) unless an allowed one beats it by ``margin``."""
    best, bp = 0, probs[0] + margin
    for i, c in enumerate(item["cands"][1:], start=1):
        if c.source in allowed and probs[i] > bp:
            best, bp = i, probs[i]
    return best


def measure(items: list[dict], picks: list[int]) -> dict[str, float]:
    n = len(items)
    right = sum(it["y"][k] for it, k in zip(items, picks))
    rules = sum(it["y"][0] for it in items)
    words = sum(n_words(it["cands"][k].phrase) - n_words(it["cands"][0].phrase) for it, k in zip(items, picks))
    judged = [(it, k) for it, k in zip(items, picks) if it["row"]["rules_judged"] == "1"]
    kept = sum(k == 0 or key_words(it["cands"][k].phrase) == key_words(it["cands"][0].phrase) for it, k in judged)
    return {"n": n, "right": right, "rules": rules, "acc": right / n if n else 0.0, "rules_acc": rules / n if n else 0.0,
            "dwords": words / n if n else 0.0, "judged": len(judged), "kept": kept,
            "keep": kept / len(judged) if judged else 1.0, "replaced": sum(k != 0 for k in picks)}


def _ok(m: dict[str, float]) -> bool:
    return m["dwords"] <= 1.0 and m["keep"] >= 0.97


def fit_predict(train: list[dict], test: list[dict], allowed: set[str]) -> tuple[list[int], float]:
    """Fit on ``train``'s candidates of the allowed sources, pick the margin on ``train``, choose on ``test``."""
    def cand_rows(items):
        X, y = [], []
        for it in items:
            for c, x, lab in zip(it["cands"], it["X"], it["y"]):
                if c.source == "rules" or c.source in allowed:
                    X.append(x)
                    y.append(lab)
        return np.array(X), np.array(y)

    X, y = cand_rows(train)
    model = LogisticRegression(C=C, max_iter=5000, random_state=0)
    model.fit(X, y)

    def probs(it):
        return model.predict_proba(np.array(it["X"]))[:, 1]

    p_train = [probs(it) for it in train]
    best_m, best = MARGINS[-1], -1.0
    for m in MARGINS:
        picks = [choose(it, p, allowed, m) for it, p in zip(train, p_train)]
        s = measure(train, picks)
        if _ok(s) and s["acc"] >= best:
            best, best_m = s["acc"], m
    return [choose(it, probs(it), allowed, best_m) for it in test], best_m


def cv(items: list[dict], allowed: set[str], folds: int = 5) -> tuple[dict, list[dict], list[float]]:
    groups = [it["row"]["council"] for it in items]
    picks = [0] * len(items)
    per_fold, margins = [], []
    for tr, te in GroupKFold(n_splits=folds).split(items, groups=groups):
        train, test = [items[i] for i in tr], [items[i] for i in te]
        if allowed:
            p, m = fit_predict(train, test, allowed)
        else:
            p, m = [0] * len(test), float("nan")
        for i, k in zip(te, p):
            picks[i] = k
        per_fold.append(measure(test, p))
        margins.append(m)
    return measure(items, picks), per_fold, margins, picks


def _fmt(m: dict) -> str:
    return (f"n {m['n']:4d}  rules {m['rules_acc']:.3f}  chosen {m['acc']:.3f}  gain {m['acc'] - m['rules_acc']:+.3f}  "
            f"replaced {m['replaced']:3d}  dwords {m['dwords']:+.2f}  keep {m['kept']}/{m['judged']}={m['keep']:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", default=str(ROOT / "tests" / "realworld" / "phrase_chooser_rows.csv"))
    ap.add_argument("--folds", action="store_true", help="print every fold")
    ap.add_argument("--show", type=int, default=0, help="print this many replaced phrases of the final configuration")
    ap.add_argument("--interact", action="store_true", help="add source x text interaction features")
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation of the logistic regression")
    ap.add_argument("--first", action="store_true",
                    help="the pools' first-run phrases (rules that had not seen the pool) as the rules' phrase, on the "
                         "pool rows that have one; the prev source (current rules' phrases) left out")
    args = ap.parse_args(argv)
    global INTERACT, C
    INTERACT, C = args.interact, args.C
    rows = list(csv.DictReader(open(args.rows, encoding="utf-8")))
    if args.first:
        rows = [{**r, "indicator": r["first_phrase"], "rules_judged": r["first_judged"], "prev_phrase": ""}
                for r in rows if r["first_judged"]]
    concepts = _concept_words(load_indicators())
    items = prepare(rows, concepts)
    print(f"{len(items)} figures, {len({r['council'] for r in rows})} councils; "
          f"located in sentence: {sum(it['cands'] and locate(it['row']['sentence'], it['row']['surface'], it['row']['left']) >= 0 for it in items)}")
    for s in SOURCES[1:]:
        has = sum(any(c.source == s for c in it["cands"]) for it in items)
        fix = sum(not it["y"][0] and any(c.source == s and y for c, y in zip(it["cands"], it["y"])) for it in items)
        print(f"  source {s:10s} offers a candidate for {has:4d}; right where the rules' phrase is wrong: {fix}")
    oracle = sum(any(it["y"]) for it in items)
    print(f"  oracle (any candidate right): {oracle}/{len(items)}={oracle / len(items):.3f}")
    sources = [s for s in SOURCES[1:] if not (args.first and s == "prev")]
    configs = [("rules alone", set())] + [(f"rules + {s}", {s}) for s in sources] + [("all sources", set(sources))]
    final_picks = None
    for name, allowed in configs:
        total, per_fold, margins, picks = cv(items, allowed)
        verdict = "guards hold" if _ok(total) else "GUARD FAILS"
        print(f"{name:22s} {_fmt(total)}  [{verdict}]")
        if args.folds:
            for k, (m, mg) in enumerate(zip(per_fold, margins)):
                print(f"    fold {k}: {_fmt(m)}  margin {mg}")
        final_picks = picks
    if final_picks is not None:  # the final configuration by source of the rows
        for src in sorted({it["row"]["source"] for it in items}):
            sub = [(it, k) for it, k in zip(items, final_picks) if it["row"]["source"] == src]
            print(f"  by source {src:5s} {_fmt(measure([it for it, _ in sub], [k for _, k in sub]))}")
        for j in ("1", "0", ""):
            sub = [(it, k) for it, k in zip(items, final_picks) if it["row"]["rules_judged"] == j]
            m = measure([it for it, _ in sub], [k for _, k in sub])
            print(f"  rules' phrase judged {j or 'never':5s} {_fmt(m)}")
    if args.show and final_picks is not None:
        shown = 0
        for it, k in zip(items, final_picks):
            if k and shown < args.show:
                shown += 1
                print(f"  {it['y'][0]:d}->{it['y'][k]:d} {it['cands'][0].phrase!r} -> {it['cands'][k].phrase!r} "
                      f"({it['cands'][k].source}) | gold {it['row']['reader_phrase']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
