"""Council-grouped cross-validation of the learnt indicator_id (round 9, ``r9model``): does it add right ids?

Evaluation rows: round 8's id pools as the rules of 8902217 saw them on their first run (features and the rules'
id from that code: rules that had never seen those pages; ``scripts/learnt_id_rows.py --src <8902217>/src
--sources r8``). Training rows: the committed table (``data/learnt_id_rows.csv``: dev gold, round 8
pools, round 9 TUNE halves, features of the current code).

Outer folds: ``GroupKFold(5)`` over the councils of the evaluation rows; a fold's model is fitted on the training
rows of every *other* council (a council's rows of any source leave together). The threshold is chosen inside the
training fold: an inner ``GroupKFold(4)`` over its councils gives out-of-fold probabilities, and the threshold of
``GRID`` with the best net (ids added right - ids added where none fits - ids added wrong, on rows where the rules
gave none: first-run ids for round 8 rows, the current rules' for the others) is kept.

Decision rule (fixed before running): wire the model in only if, pooled over the held-out councils, the hybrid's id
accuracy (right ids / figures a reader gives an id) gains >= 0.03 over the rules' first run AND the ids given
where none fits rise by at most half that gain (counted over the same denominator).

Usage::

    .venv/bin/python scripts/learnt_id_cv.py [--concepts] [--penalty 2] [--no-sentence] [--veto]
    .venv/bin/python scripts/learnt_id_cv.py --check /tmp/rows_check.csv   # the round 9 CHECK halves, once
    # (round 13) every judged pool's councils held out in turn, the fallback backing up the current rules:
    .venv/bin/python scripts/learnt_id_cv.py --concepts --penalty 2 --eval data/learnt_id_rows.csv --base current
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from analysis.figures.indicators import load_indicators  # noqa: E402
from analysis.figures.learnt_id import best_candidates, decide, features, fit, fit_candidates, probabilities  # noqa: E402
from learnt_id_forms import allowed, candidates  # noqa: E402  (form 1 = the wired one; 2-4 tried in round 10)

GRID = [round(0.30 + 0.05 * i, 2) for i in range(14)]  # 0.30 ... 0.95
INDICATORS = load_indicators()
#: variants (all declared before the first run; each judged by the same decision rule): which features, and how
#: many right ids one id given where none fits costs in the inner threshold choice
OPTS = {"sentence": True, "penalty": 1, "concepts": False, "rule": False, "first_only": False, "form": 1, "noid": False,
        "inner_pools_first": False}


def load(path: str) -> pd.DataFrame:
    d = pd.read_csv(path, dtype=str, keep_default_na=False)
    d["is_change"] = d["is_change"].map(lambda s: s == "True")
    d["feats"] = [features(p, s, le, r, u, pe, c) for p, s, le, r, u, pe, c in zip(
        d["indicator"], d["sentence"] if OPTS["sentence"] else [""] * len(d), d["left"], d["right"], d["unit"], d["per"], d["is_change"])]
    d["allowed"] = [allowed(INDICATORS, u, pe, c, OPTS["form"]) for u, pe, c in zip(d["unit"], d["per"], d["is_change"])]
    heads = d["heading"] if "heading" in d.columns else [""] * len(d)
    if OPTS["form"] >= 4 and "heading" not in d.columns:
        raise SystemExit(f"{path}: form 4 needs a heading column")
    d["cands"] = [candidates(p, s, le, r, u, pe, c, INDICATORS, OPTS["form"], h) for p, s, le, r, u, pe, c, h in zip(
        d["indicator"], d["sentence"], d["left"], d["right"], d["unit"], d["per"], d["is_change"], heads)]
    return d


def fit_any(d: pd.DataFrame):  # type: ignore[no-untyped-def]
    if OPTS["noid"]:  # (round 10) fitted only on the figures the fallback faces: those the current rules give no id
        d = d[d["rules_id"] == ""]
    if OPTS["concepts"]:
        return fit_candidates(d["cands"].tolist(), d["reader_id"].tolist())
    return fit(d["feats"].tolist(), d["reader_id"].tolist())


def picks_any(m, d: pd.DataFrame, base: list[str]) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    """Per figure of ``d``: the model's id and its probability where the rules (``base``) give none, else ('', 0)."""
    if OPTS["concepts"]:
        got = best_candidates(m, d["cands"].tolist())
        return [g if not b else ("", 0.0) for g, b in zip(got, base)]
    cls, proba = probabilities(m, d["feats"].tolist())
    return _pick(cls, proba, base, d["allowed"].tolist())


#: the sources whose rows carry a first run's id (rules that had not seen the page: round 8, round 9's halves)
FIRST_RUN_SOURCES = ("r8", "r9", "r9check")


def _base(d: pd.DataFrame) -> list[str]:
    """The rules' id the model backs up: the first run's where known (round 8, round 9), else the current rules'
    (``--inner-base pools-first``: every pool row's first run's, as M3)."""
    if OPTS["inner_pools_first"]:
        return [r if s == "dev" else f for s, f, r in zip(d["source"], d["rules_first_id"], d["rules_id"])]
    return [f if s in FIRST_RUN_SOURCES else r for s, f, r in zip(d["source"], d["rules_first_id"], d["rules_id"])]


def _pick(model_classes: list[str], proba: np.ndarray, base: list[str], allow: list[frozenset[str]]) -> list[tuple[str, float]]:
    """For each row the rules gave no id: (model's best allowed id, its probability) or ('', 0)."""
    out = []
    none_col = model_classes.index("") if "" in model_classes else None
    for b, a, p in zip(base, allow, proba):
        best, best_p = "", 0.0
        if not b and a:
            for j, cls in enumerate(model_classes):
                if cls and cls in a and p[j] > best_p:
                    best, best_p = cls, float(p[j])
            if none_col is not None and best_p <= p[none_col]:
                best, best_p = "", 0.0
        out.append((best, best_p))
    return out


def net(picks: list[tuple[str, float]], gold: list[str], t: float) -> int:
    s = 0
    for (cls, p), g in zip(picks, gold):
        if cls and p >= t:
            s += 1 if cls == g else -OPTS["penalty"] if not g else -1
    return s


def choose_threshold(train: pd.DataFrame) -> float:
    groups = train["council"].tolist()
    picks: list[tuple[str, float]] = [("", 0.0)] * len(train)
    base = _base(train)
    for tr, te in GroupKFold(n_splits=4).split(train, groups=groups):
        m = fit_any(train.iloc[tr])
        got = picks_any(m, train.iloc[te], [base[i] for i in te])
        for i, g in zip(te, got):
            picks[i] = g
    gold = train["reader_id"].tolist()
    # one mask of the rows scored (both filters read the same rows: the merge review found them applied in turn)
    keep = [(not OPTS["first_only"] or s in FIRST_RUN_SOURCES)  # rows whose rules' id is a first run's
            and (not OPTS["inner_pools_first"] or s != "dev")  # (round 14) M3's base: the pools' rows only
            for s in train["source"]]
    picks = [p for p, k in zip(picks, keep) if k]
    gold = [g for g, k in zip(gold, keep) if k]
    if OPTS["rule"]:
        # the decision rule itself inside the fold: the most ids added right with those added where none fits at
        # most half as many (ties: the higher threshold)
        best = (0, -1.0)
        for t in GRID:
            right = sum(1 for (c, p), g in zip(picks, gold) if c and p >= t and c == g)
            false = sum(1 for (c, p), g in zip(picks, gold) if c and p >= t and not g)
            if 2 * false <= right and (right, -t) > (best[0], -best[1]):
                best = (right, t)
        return best[1] if best[1] > 0 else 1.01  # (none passes: the model adds nothing)
    scores = [(net(picks, gold, t), -t) for t in GRID]  # (ties: the higher threshold)
    return -max(scores)[1]


def blind_halves() -> dict[str, str]:
    """(round 44) ``{council key: "A" | "B"}`` over the councils of the open blind sets (``learnt_id_rows.blind_sets``):
    the alphabetical first half of their keys (``A``, the larger when odd) and the second (``B``), as the round's rules
    declare on one half and count on the other (r45robust: :func:`blindtools.key_halves`, the one definition)."""
    import blindtools
    import learnt_id_rows as rows_script

    return blindtools.key_halves(rows_script.blind_sets())


def score(rules: list[str], hybrid: list[str], gold: list[str]) -> dict[str, float]:
    n_id = sum(1 for g in gold if g)
    r = {}
    for name, pred in (("rules", rules), ("hybrid", hybrid)):
        r[f"{name}_right"] = sum(1 for p, g in zip(pred, gold) if g and p == g)
        r[f"{name}_wrong"] = sum(1 for p, g in zip(pred, gold) if g and p and p != g)
        r[f"{name}_false"] = sum(1 for p, g in zip(pred, gold) if not g and p)
        r[f"{name}_acc"] = r[f"{name}_right"] / n_id if n_id else float("nan")
    r["n_id"], r["n"] = n_id, len(gold)
    return r


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", default=str(ROOT / "data" / "learnt_id_rows.csv"))
    ap.add_argument("--eval", default=str(ROOT / "tests" / "realworld" / "learnt_id" / "first_run_r8.csv"),
                    help="round 8 first-run rows (outer CV)")
    ap.add_argument("--check", default=None, help="round 9 CHECK rows: fit on all training rows, score once")
    ap.add_argument("--threshold", type=float, default=None, help="(--check) the threshold; default: chosen by inner CV")
    ap.add_argument("--no-sentence", action="store_true", help="without the sentence's bag of words")
    ap.add_argument("--penalty", type=int, default=1, help="inner threshold choice: cost of an id where none fits")
    ap.add_argument("--concepts", action="store_true", help="the yes/no model over candidate ids (concepts found near)")
    ap.add_argument("--rule-threshold", action="store_true",
                    help="(post hoc) inner threshold: the most ids right with those where none fits at most half as many")
    ap.add_argument("--first-only", action="store_true",
                    help="(post hoc) inner threshold from the rows with a first-run rules' id only (round 8 and 9 pools)")
    ap.add_argument("--form", type=int, default=1, choices=(1, 2, 3, 4),
                    help="(round 10) the concept model's candidates: 1 = round 9's; 2 = rings with their side (before / "
                         "after the figure, the raw text outside its sentence), id x unit, what x qualifier ring, money "
                         "per annum allowed as the rules allow it")
    ap.add_argument("--noid", action="store_true",
                    help="(round 10) fit only on the training figures the current rules give no id (rules_id empty)")
    ap.add_argument("--base", choices=("first", "current", "pools-first"), default="first",
                    help="(round 13) the rules' id the evaluation rows' fallback backs up: the first run's (round 8's "
                         "rows) or the current rules' (rules_id; with --eval data/learnt_id_rows.csv: every judged pool); "
                         "pools-first: the pools' rows only (no dev row), each with its pool's first-run rules' id")
    ap.add_argument("--fixed-threshold", type=float, default=None,
                    help="(round 13) the outer folds' threshold fixed (the wired THRESHOLD), not chosen by the inner CV")
    ap.add_argument("--inner-base", choices=("mixed", "pools-first"), default="mixed",
                    help="(round 14) the inner threshold choice's base: mixed = first-run ids of rounds 8-9, the current "
                         "rules' of the others (as before); pools-first = every pool row's first-run rules' id, dev rows "
                         "fitted on but not scored (M3's base)")
    ap.add_argument("--choose-only", action="store_true",
                    help="(round 14) print the threshold the inner CV chooses on all of --train (the one to wire) and stop")
    ap.add_argument("--veto", action="store_true", help="also report a veto: the rules' id dropped where the model says none")
    ap.add_argument("--halves", action="store_true",
                    help="(round 44) also score the held-out rows by the open blind sets' councils: the alphabetical first "
                         "half of their council keys (A), the second (B) and the councils of no blind set (other)")
    ap.add_argument("--picks-out", metavar="CSV", help="(round 44) write each evaluation row's fold, rules' id and hybrid id")
    args = ap.parse_args(argv)
    OPTS["sentence"], OPTS["penalty"], OPTS["concepts"] = not args.no_sentence, args.penalty, args.concepts
    OPTS["rule"], OPTS["first_only"], OPTS["form"] = args.rule_threshold, args.first_only, args.form
    OPTS["noid"], OPTS["inner_pools_first"] = args.noid, args.inner_base == "pools-first"
    train = load(args.train)
    if args.choose_only:
        print(f"threshold chosen on all {len(train)} rows: {choose_threshold(train)}")
        return 0
    if args.check:
        ev = load(args.check)
        ev = ev[ev["source"].isin(("r9", "r10"))].reset_index(drop=True)
        t = args.threshold if args.threshold is not None else choose_threshold(train)
        m = fit_any(train)
        # round 9: the rules' first run; round 10: the rules alone of this code (its first run, pred_id, already holds
        # the wired fallback's ids: compared below with this run's hybrid)
        rules = [f if s == "r9" else r for s, f, r in zip(ev["source"], ev["rules_first_id"], ev["rules_id"])]
        hybrid = [r or (c if c and p >= t else "") for r, (c, p) in zip(rules, picks_any(m, ev, rules))]
        ev["hybrid"] = hybrid
        r10 = ev["source"] == "r10"
        if r10.any():
            print("round 10 rows whose first run (pred_id) differs from this run's hybrid:",
                  int((ev.loc[r10, "rules_first_id"] != ev.loc[r10, "hybrid"]).sum()))
            ev.loc[r10, "rules_first_id"] = [rules[i] for i in ev.index[r10]]  # (the tables below: rules alone -> hybrid)
        print(f"threshold {t}; {ev['council'].nunique()} councils, {len(ev)} figures")
        print(pd.Series(score(rules, hybrid, ev["reader_id"].tolist())).round(3).to_string())
        for pool, g in ev.groupby("pool"):
            print(pool, score(g["rules_first_id"].tolist(), g["hybrid"].tolist(), g["reader_id"].tolist()))
        ch = ev[ev["hybrid"] != ev["rules_first_id"]]
        outcome = ["right" if h == g else "none fits" if not g else "wrong" for h, g in zip(ch["hybrid"], ch["reader_id"])]
        if len(ch):
            print(pd.crosstab(ch["hybrid"], pd.Series(outcome, index=ch.index, name="added")).to_string())
        s = score(rules, hybrid, ev["reader_id"].tolist())
        gain = s["hybrid_acc"] - s["rules_acc"]
        rise = (s["hybrid_false"] - s["rules_false"]) / s["n_id"]
        print(f"gain {gain:+.3f}, false ids rise {rise:+.3f}: {'meets' if gain >= 0.03 and rise <= gain / 2 else 'fails'} the rule")
        print(ch[["pool", "doc_id", "surface", "unit", "indicator", "reader_id", "hybrid"]].to_string())
        return 0
    ev = load(args.eval)
    if args.base == "current":
        ev["rules_first_id"] = ev["rules_id"]
    elif args.base == "pools-first":
        ev = ev[ev["source"] != "dev"].reset_index(drop=True)
    councils = sorted(set(ev["council"]))
    gkf = GroupKFold(n_splits=5)
    ev["hybrid"] = ev["rules_first_id"]
    ev["fold"] = -1
    lines = []
    for k, (_, te_c) in enumerate(gkf.split(councils, groups=councils), 1):
        held = {councils[i] for i in te_c}
        tr = train[~train["council"].isin(held)].reset_index(drop=True)
        t = args.fixed_threshold if args.fixed_threshold is not None else choose_threshold(tr)
        m = fit_any(tr)
        idx = ev.index[ev["council"].isin(held)]
        part = ev.loc[idx]
        got = picks_any(m, part, part["rules_first_id"].tolist())
        ev.loc[idx, "hybrid"] = [r or (c if c and p >= t else "") for r, (c, p) in zip(part["rules_first_id"], got)]
        ev.loc[idx, "pick"] = [c for c, _ in got]
        ev.loc[idx, "pick_p"] = [p for _, p in got]
        if args.veto and not OPTS["concepts"]:
            cls, proba = probabilities(m, part["feats"].tolist())
            ev.loc[idx, "p_none"] = proba[:, cls.index("")]
        ev.loc[idx, "fold"] = k
        s = score(part["rules_first_id"].tolist(), ev.loc[idx, "hybrid"].tolist(), part["reader_id"].tolist())
        lines.append({"fold": k, "councils": len(held), "train_rows": len(tr), "threshold": t, **s})
    tab = pd.DataFrame(lines)
    pooled = score(ev["rules_first_id"].tolist(), ev["hybrid"].tolist(), ev["reader_id"].tolist())
    cols = ["fold", "councils", "train_rows", "threshold", "n_id", "rules_acc", "hybrid_acc", "rules_right", "hybrid_right",
            "rules_wrong", "hybrid_wrong", "rules_false", "hybrid_false"]
    print(tab[cols].round(3).to_string(index=False))
    print("pooled", {k: round(v, 3) if isinstance(v, float) else v for k, v in pooled.items()})
    for half, g in ev.groupby("half"):
        print(half, {k: round(v, 3) if isinstance(v, float) else v
                     for k, v in score(g["rules_first_id"].tolist(), g["hybrid"].tolist(), g["reader_id"].tolist()).items()})
    if args.halves:
        half_of = blind_halves()
        for name in ("A", "B", "other"):
            g = ev[[half_of.get(c, "other") == name for c in ev["council"]]]
            print(f"half {name} ({g['council'].nunique()} councils)",
                  {k: round(v, 3) if isinstance(v, float) else v
                   for k, v in score(g["rules_first_id"].tolist(), g["hybrid"].tolist(), g["reader_id"].tolist()).items()})
    if args.picks_out:
        ev[["fold", "source", "pool", "doc_id", "council", "raw_start", "surface", "reader_id", "rules_first_id", "hybrid"]].to_csv(
            args.picks_out, index=False, lineterminator="\n")
    gain = pooled["hybrid_acc"] - pooled["rules_acc"]
    false_rise = (pooled["hybrid_false"] - pooled["rules_false"]) / pooled["n_id"]
    ok = gain >= 0.03 and false_rise <= gain / 2
    print(f"gain {gain:+.3f}, false ids rise {false_rise:+.3f} (of figures with an id): {'WIRE' if ok else 'do not wire'}")
    if args.veto and not OPTS["concepts"]:
        given = ev[ev["rules_first_id"] != ""]
        for t in (0.5, 0.6, 0.7, 0.8, 0.9):
            v = given[given["p_none"] >= t]
            print(f"veto at P(none) >= {t}: drops {len(v)} ids: {int((v['reader_id'] == v['rules_first_id']).sum())} right, "
                  f"{int((v['reader_id'] == '').sum())} where none fits, {int(((v['reader_id'] != '') & (v['reader_id'] != v['rules_first_id'])).sum())} wrong")
    # (diagnostic only, not the decision: the held-out figures' picks at fixed thresholds)
    for t in GRID[::2]:
        sel = ev[(ev["pick"] != "") & (ev["pick_p"] >= t)]
        print(f"  held-out picks at a fixed threshold {t}: {len(sel)} ids added, "
              f"{int((sel['pick'] == sel['reader_id']).sum())} right, {int((sel['reader_id'] == '').sum())} where none fits")
    ch = ev[ev["hybrid"] != ev["rules_first_id"]]
    outcome = ["right" if h == g else "none fits" if not g else "wrong" for h, g in zip(ch["hybrid"], ch["reader_id"])]
    print(pd.crosstab(ch["hybrid"], pd.Series(outcome, index=ch.index, name="added")).to_string())
    print(ch[["fold", "pool", "doc_id", "surface", "unit", "indicator", "reader_id", "hybrid"]].to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
