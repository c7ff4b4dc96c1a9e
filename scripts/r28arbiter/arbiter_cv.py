"""Round 28 (r28arbiter): may the learnt concept model change or withdraw an id the rules give? Council-grouped CV.

Rows: ``scripts/learnt_id_rows.py --sources <all> --out ROWS`` (dev, judged pools; never the test split). Candidates
and model exactly as wired (:func:`analysis.figures.learnt_id._batch_candidates`, :func:`fit_candidates`). Every
arbiter is added on top of the baseline "rules' id, else today's fallback at 0.85" and its parameters are chosen
inside the training fold by an inner GroupKFold(4) (inner net = right - wrong - 2 x given where none fits).

Measures (tests/realworld/notes/r28_r28arbiter.md): F = pools' rows with their first-run rules' id (deciding);
T = every row with today's rules' id (in-sample for the rules: biased); B = the 19 open blind sets
(``blind_rows.py``), the model trained without the set's councils.

Usage::

    PYTHONPATH=src .venv/bin/python scripts/r28arbiter/arbiter_cv.py --rows /tmp/r28arb/rows_all.csv \
        [--blind /tmp/r28arb/blind_rows.csv] [--show a]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from analysis.figures.indicators import load_indicators  # noqa: E402
from analysis.figures.learnt_id import _STOP, THRESHOLD, _batch_candidates, _words, fit_candidates  # noqa: E402

IND = load_indicators()
MONEY = ("high_needs_deficit", "budget_variance")

#: each arbiter: its parameter grid (declared in the note before any score)
GRIDS = {
    "a": [{"t": t, "m": m} for t, m in itertools.product((0.5, 0.6, 0.7, 0.8, 0.9), (0.2, 0.4, 0.6))],
    "b": [{"t": t, "nocand": False} for t in (0.02, 0.05, 0.1, 0.15, 0.2)],
    "b'": [{"t": t, "nocand": True} for t in (0.02, 0.05, 0.1, 0.15, 0.2)],
    "c": [{"m": m} for m in (0.0, 0.1, 0.2, 0.4)],
    "d": [{"m": m} for m in (0.1, 0.2, 0.3, 0.4)],
}
#: the most conservative setting first (ties go to it)
CONSERVATIVE = {"a": lambda p: (-p["t"], -p["m"]), "b": lambda p: p["t"], "b'": lambda p: p["t"], "c": lambda p: -p["m"], "d": lambda p: -p["m"]}
#: (d) the money word model's probability of high_needs_deficit rides in a figure's probabilities under this key
HND_KEY = "__hnd"


def load(path: str) -> pd.DataFrame:
    d = pd.read_csv(path, dtype=str, keep_default_na=False)
    d["is_change"] = d["is_change"].map(lambda s: s == "True")
    d["cands"] = list(_batch_candidates(list(zip(d["indicator"], d["sentence"], d["left"], d["right"], d["unit"],
                                                 d["per"], d["is_change"])), IND))
    d["mwords"] = [money_words(p, s, le, r) for p, s, le, r in zip(d["indicator"], d["sentence"], d["left"], d["right"])]
    return d.reset_index(drop=True)


def money_words(phrase: str, sentence: str, left: str, right: str) -> dict[str, int]:
    """(d) the words of a figure's phrase (``p=``) and of its sentence and the raw text either side (``w=``)."""
    out = {f"p={w}": 1 for w in _words(phrase) if w not in _STOP}
    out.update({f"w={w}": 1 for w in _words(f"{left} {sentence} {right}") if w not in _STOP})
    return out


def fit(d: pd.DataFrame):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    money = d[d["reader_id"].isin(MONEY)]
    mm = make_pipeline(DictVectorizer(), LogisticRegression(C=1.0, max_iter=2000, random_state=0))
    mm.fit(money["mwords"].tolist(), [int(r == MONEY[0]) for r in money["reader_id"]])
    return fit_candidates(d["cands"].tolist(), d["reader_id"].tolist()), mm


def cands_of(p: dict[str, float]) -> list[str]:
    return sorted(k for k in p if not k.startswith("__"))


def probs(model, d: pd.DataFrame) -> list[dict[str, float]]:  # type: ignore[no-untyped-def]
    model, mm = model
    cands = d["cands"].tolist()
    flat = [(k, iid) for k, c in enumerate(cands) for iid in sorted(c)]
    out: list[dict[str, float]] = [{} for _ in cands]
    if flat:
        p = model.predict_proba([dict.fromkeys(cands[k][iid], 1) for k, iid in flat])[:, 1]
        for (k, iid), q in zip(flat, p):
            out[k][iid] = float(q)
    if len(d):
        for o, q in zip(out, mm.predict_proba(d["mwords"].tolist())[:, 1]):
            o[HND_KEY] = float(q)
    return out


def baseline(x: str, p: dict[str, float]) -> str:
    """The rules' id, else today's fallback (best candidate at >= THRESHOLD)."""
    if x:
        return x
    if cands_of(p):
        y = max(cands_of(p), key=lambda k: p[k])
        if p[y] >= THRESHOLD:
            return y
    return ""


def arbiter(kind: str, prm: dict, x: str, p: dict[str, float]) -> str:
    base = baseline(x, p)
    if not x:
        return base
    px = p.get(x, 0.0)
    if kind == "a":
        others = [k for k in cands_of(p) if k != x]
        if others:
            y = max(others, key=lambda k: p[k])
            if p[y] >= prm["t"] and p[y] - px >= prm["m"]:
                return y
        return x
    if kind in ("b", "b'"):
        if x in p and px < prm["t"]:
            return ""
        if prm["nocand"] and x not in p:
            return ""
        return x
    if kind == "c":
        if x in MONEY:
            other = MONEY[1 - MONEY.index(x)]
            if other in p and p[other] - px >= prm["m"]:
                return other
        return x
    if kind == "d":
        h = p.get(HND_KEY)
        if h is not None and x == MONEY[1] and h >= 0.5 + prm["m"]:
            return MONEY[0]
        if h is not None and x == MONEY[0] and h <= 0.5 - prm["m"]:
            return MONEY[1]
        return x
    raise ValueError(kind)


def counts(pred: list[str], gold: list[str]) -> dict[str, int]:
    right = sum(1 for a, g in zip(pred, gold) if g and a == g)
    wrong = sum(1 for a, g in zip(pred, gold) if g and a and a != g)
    none = sum(1 for a, g in zip(pred, gold) if not g and a)
    return {"right": right, "wrong": wrong, "none": none, "net": right - wrong - 2 * none}


def oof_probs(d: pd.DataFrame, k: int = 4) -> list[dict[str, float]]:
    out: list[dict[str, float]] = [{} for _ in range(len(d))]
    for tr, te in GroupKFold(n_splits=k).split(d, groups=d["council"]):
        m = fit(d.iloc[tr])
        for i, q in zip(te, probs(m, d.iloc[te])):
            out[i] = q
    return out


def choose(kind: str, train: pd.DataFrame, base_col: str, ps: list[dict[str, float]]) -> dict:
    """The parameters of ``kind`` with the best inner net over the training fold's rows (base ``base_col``; ``ps``:
    their out-of-fold probabilities, :func:`oof_probs`)."""
    xs, gold = train[base_col].tolist(), train["reader_id"].tolist()
    best = None
    for prm in sorted(GRIDS[kind], key=CONSERVATIVE[kind]):
        n = counts([arbiter(kind, prm, x, p) for x, p in zip(xs, ps)], gold)["net"]
        if best is None or n > best[0]:
            best = (n, prm)
    return best[1]  # type: ignore[index]


def outer(rows: pd.DataFrame, ev: pd.DataFrame, base_col: str, kinds: list[str], inner_base: str,
          show: set[str]) -> None:
    """5 council-grouped folds over the councils of ``ev``; the model of a fold fitted on ``rows`` of other councils."""
    councils = sorted(set(ev["council"]))
    gold = ev["reader_id"].tolist()
    pred = {k: [""] * len(ev) for k in ["base", *kinds]}
    chosen = {k: [] for k in kinds}
    for _, te_c in GroupKFold(n_splits=5).split(councils, groups=councils):
        held = {councils[i] for i in te_c}
        tr = rows[~rows["council"].isin(held)].reset_index(drop=True)
        inner = tr if inner_base == "rules_id" else tr[tr["source"] != "dev"].reset_index(drop=True)
        m = fit(tr)
        idx = [i for i, c in enumerate(ev["council"]) if c in held]
        ps = probs(m, ev.iloc[idx])
        for i, p in zip(idx, ps):
            pred["base"][i] = baseline(ev[base_col].iat[i], p)
        inner_ps = oof_probs(inner) if kinds else []
        for kind in kinds:
            prm = choose(kind, inner, inner_base, inner_ps)
            chosen[kind].append(prm)
            for i, p in zip(idx, ps):
                pred[kind][i] = arbiter(kind, prm, ev[base_col].iat[i], p)
    report(ev, gold, pred, kinds, chosen, show)


def report(ev: pd.DataFrame, gold: list[str], pred: dict[str, list[str]], kinds: list[str], chosen: dict,
           show: set[str]) -> None:
    n_id = sum(1 for g in gold if g)
    b = counts(pred["base"], gold)
    print(f"  {len(ev)} figures, {n_id} with a reader's id, {ev['council'].nunique()} councils; baseline {b}")
    for kind in kinds:
        c = counts(pred[kind], gold)
        dr, dwn = c["right"] - b["right"], (c["wrong"] + c["none"]) - (b["wrong"] + b["none"])
        passes = dr >= 0.01 * n_id and dwn <= 0
        print(f"  {kind:3s} right {dr:+d} ({dr / n_id:+.3f}), wrong {c['wrong'] - b['wrong']:+d}, where none fits "
              f"{c['none'] - b['none']:+d}, net {c['net'] - b['net']:+d}; F-bar {'PASS' if passes else 'fail'}; "
              f"params {chosen.get(kind)}")
        if kind in show:
            for i, (p0, p1, g) in enumerate(zip(pred["base"], pred[kind], gold)):
                if p0 != p1:
                    r = ev.iloc[i]
                    how = ("right" if p1 == g else "wrong" if g and p1 else "none fits" if p1 else
                           "withdrawn right" if p0 == g else "withdrawn wrong" if g else "withdrawn (none fits)")
                    print(f"    {r['council']:20s} {r['surface']:>10s} {p0 or '-':28s} -> {p1 or '-':28s} gold "
                          f"{g or '-':28s} {how} | {r['indicator'][:60]}")


def blind(rows: pd.DataFrame, bl: pd.DataFrame, kinds: list[str], show: set[str]) -> None:
    """Each open blind set: the model fitted on every row except the set's councils; the arbiter's parameters chosen
    by the inner CV over those rows (the pools' rows, first-run base)."""
    gold = bl["reader_id"].tolist()
    pred = {k: [""] * len(bl) for k in ["base", *kinds]}
    chosen: dict[str, list] = {k: [] for k in kinds}
    for s, g in bl.groupby("set", sort=True):
        tr = rows[~rows["council"].isin(set(g["council"]))].reset_index(drop=True)
        m = fit(tr)
        idx = list(g.index)
        ps = probs(m, bl.loc[idx])
        inner = tr[tr["source"] != "dev"].reset_index(drop=True)
        for i, p in zip(idx, ps):
            pred["base"][i] = baseline(bl.at[i, "rules_id"], p)
        inner_ps = oof_probs(inner) if kinds else []
        for kind in kinds:
            prm = choose(kind, inner, "rules_first_id", inner_ps)
            chosen[kind].append(prm)
            for i, p in zip(idx, ps):
                pred[kind][i] = arbiter(kind, prm, bl.at[i, "rules_id"], p)
        print(f"    {s}: " + ", ".join(f"{k} {counts([pred[k][i] for i in idx], [gold[i] for i in idx])}" for k in
                                      ["base", *kinds]), flush=True)
    report(bl, gold, pred, kinds, chosen, show)


def sweep(rows: pd.DataFrame, ev: pd.DataFrame, base_col: str, kinds: list[str]) -> None:
    """(diagnostic, not a choice) every grid setting of each arbiter on the outer held-out councils: does ANY setting
    reach the bar?"""
    councils = sorted(set(ev["council"]))
    ps: list[dict[str, float]] = [{} for _ in range(len(ev))]
    for _, te_c in GroupKFold(n_splits=5).split(councils, groups=councils):
        held = {councils[i] for i in te_c}
        m = fit(rows[~rows["council"].isin(held)].reset_index(drop=True))
        idx = [i for i, c in enumerate(ev["council"]) if c in held]
        for i, p in zip(idx, probs(m, ev.iloc[idx])):
            ps[i] = p
    gold, xs = ev["reader_id"].tolist(), ev[base_col].tolist()
    n_id = sum(1 for g in gold if g)
    b = counts([baseline(x, p) for x, p in zip(xs, ps)], gold)
    print(f"  sweep over {len(ev)} figures ({n_id} ids), baseline {b}")
    for kind in kinds:
        for prm in GRIDS[kind]:
            c = counts([arbiter(kind, prm, x, p) for x, p in zip(xs, ps)], gold)
            dr, dwn = c["right"] - b["right"], c["wrong"] + c["none"] - b["wrong"] - b["none"]
            print(f"    {kind:3s} {str(prm):32s} right {dr:+d} wrong {c['wrong'] - b['wrong']:+d} none "
                  f"{c['none'] - b['none']:+d} net {c['net'] - b['net']:+d} {'PASS' if dr >= 0.01 * n_id and dwn <= 0 else ''}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", required=True)
    ap.add_argument("--blind", default=None)
    ap.add_argument("--kinds", default="a,b,b',c,d")
    ap.add_argument("--show", default="", help="arbiters whose moved figures to list")
    ap.add_argument("--sweep", action="store_true", help="(diagnostic) every grid setting on the outer folds, F and T")
    ap.add_argument("--only", default="F,T,B")
    args = ap.parse_args(argv)
    kinds, show, only = args.kinds.split(","), set(filter(None, args.show.split(","))), args.only.split(",")
    rows = load(args.rows)
    if args.sweep:
        print("sweep F (diagnostic)")
        sweep(rows, rows[rows["source"] != "dev"].reset_index(drop=True), "rules_first_id", kinds)
        print("sweep T (diagnostic, biased)")
        sweep(rows, rows, "rules_id", kinds)
        return 0
    if "F" in only:
        print("F (deciding): pools' rows, first-run rules' id + fallback; inner base the same")
        ev = rows[rows["source"] != "dev"].reset_index(drop=True)
        outer(rows, ev, "rules_first_id", kinds, "rules_first_id", show)
    if "T" in only:
        print("T (record, biased: today's rules were tuned on these pools): every row, today's rules' id + fallback")
        outer(rows, rows, "rules_id", kinds, "rules_id", show)
    if args.blind and "B" in only:
        print("B: 19 open blind sets, BASE's rules' ids (not the learnt ones) + fallback; model without the set's councils")
        blind(rows, load(args.blind), kinds, show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
