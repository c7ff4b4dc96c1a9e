"""Round 28 (r28recall): does a learnt fallback that reads more evidence (the passage's earlier sentences, the heading,
the segment before) or a re-chosen threshold fill more of the ids the rules leave empty, on held-out councils?

Experiments and bar declared in tests/realworld/notes/r28_r28recall.md before any score. Rows from
``context_rows.py`` (pools + dev; blind sets). Baseline: the rules' id, else the wired fallback (wired candidates, C=1,
0.85), fitted in the same folds.

Usage::

    PYTHONPATH=src .venv/bin/python scripts/r28recall/recall_cv.py ROWS_CTX BLIND_CTX [--show e,f,g] [--only F,T,B]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from analysis.figures.indicators import find_concepts, load_indicators  # noqa: E402
from analysis.figures.learnt_id import (THRESHOLD, _candidates, _features_of_sides, _sentence_sides,  # noqa: E402
                                        allowed, best_candidates, fit_candidates)

IND = load_indicators()
BY_ID = {i.id: i for i in IND}
GRID = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9)
EXTRA = ("passage", "heading", "prevseg")


def extra_rings(r) -> list[str]:  # type: ignore[no-untyped-def]
    head = r["heading"] if r["item"] in ("", r["heading"]) else f"{r['heading']} . {r['item']}"
    return [r["seg_before"], head, r["prev_seg"]]


def both_candidates(r, ok_of: dict) -> tuple[dict, dict, dict]:  # type: ignore[no-untyped-def]
    """(wired candidates, wider candidates (e), wired + far candidates (h)) of one row."""
    key = (r["unit"], r["per"], r["is_change"])
    ok = ok_of.get(key)
    if ok is None:
        ok = ok_of[key] = allowed(IND, *key)
    wired = _candidates(r["indicator"], r["sentence"], r["left"], r["right"], r["unit"], r["per"], r["is_change"], ok,
                        IND, BY_ID)
    if not ok:
        return wired, wired, wired
    per = r["per"] or None
    extra = extra_rings(r)
    per_ring = [find_concepts([t], r["unit"], per, IND) if t else {} for t in extra]
    wide = {iid: [*f, *(f"ctx={EXTRA[j]}" for j in range(3) if "what" in per_ring[j].get(iid, {}))]
            for iid, f in wired.items()}
    far = dict(wired)  # (h): the wired candidates as wired, plus the far ones
    ls, rs = _sentence_sides(r["left"], r["right"])
    found = find_concepts([r["indicator"], ls[-60:] + " " + rs[:60], r["sentence"], r["left"] + " " + r["right"],
                           *extra], r["unit"], per, IND)
    words = None
    new = {}
    for iid, slot in found.items():
        if iid not in ok or iid in wired or "what" not in slot:
            continue
        hasq = bool(BY_ID[iid].qualifier)
        if hasq and "qualifier" not in slot:
            continue
        w, q = slot["what"][0], slot["qualifier"][0] if hasq else 9
        if words is None:
            words = [t for t in _features_of_sides(r["indicator"], "", ls, rs, r["unit"], r["per"], r["is_change"])
                     if not t.startswith("s=")]
        new[iid] = (w, q if hasq else "-")
    n = min(len(wired) + len(new), 3)
    for iid, (w, q) in new.items():
        wide[iid] = far[iid] = [f"id={iid}", f"wr={w}", f"qr={q}", f"id={iid}|wr={w}", f"id={iid}|qr={q}", "near=0", f"n={n}",
                     "far=1", *(f"ctx={EXTRA[j]}" for j in range(3) if "what" in per_ring[j].get(iid, {})), *words]
    return wired, wide, far


def load(path: str) -> pd.DataFrame:
    d = pd.read_csv(path, dtype=str, keep_default_na=False)
    d["is_change"] = d["is_change"].map(lambda s: s == "True")
    ok_of: dict = {}
    both = [both_candidates(r, ok_of) for r in d.to_dict("records")]
    d["wired"] = [b[0] for b in both]
    d["wide"] = [b[1] for b in both]
    d["far"] = [b[2] for b in both]
    return d.reset_index(drop=True)


def counts(pred: list[str], gold: list[str]) -> dict[str, int]:
    right = sum(1 for a, g in zip(pred, gold) if g and a == g)
    wrong = sum(1 for a, g in zip(pred, gold) if g and a and a != g)
    none = sum(1 for a, g in zip(pred, gold) if not g and a)
    return {"right": right, "wrong": wrong, "none": none, "net": right - wrong - 2 * none}


def decide(x: str, best: tuple[str, float], t: float) -> str:
    return x or (best[0] if best[0] and best[1] >= t else "")


def scores(tr: pd.DataFrame, te: pd.DataFrame, col: str) -> list[tuple[str, float]]:
    m = fit_candidates(tr[col].tolist(), tr["reader_id"].tolist())
    return best_candidates(m, te[col].tolist())


def inner_threshold(tr: pd.DataFrame, col: str, base_col: str) -> float:
    """The grid threshold with the best inner net over the training fold's pool rows (GroupKFold(4); ties: higher)."""
    pool = tr[tr["source"] != "dev"]
    oof: dict[int, tuple[str, float]] = {}
    for a, b in GroupKFold(n_splits=4).split(tr, groups=tr["council"]):
        held = tr.iloc[b]
        held = held[held["source"] != "dev"]
        if len(held):
            for i, s in zip(held.index, scores(tr.iloc[a], held, col)):
                oof[i] = s
    gold, xs = pool["reader_id"].tolist(), pool[base_col].tolist()
    best = None
    for t in sorted(GRID, reverse=True):
        n = counts([decide(x, oof[i], t) for i, x in zip(pool.index, xs)], gold)["net"]
        if best is None or n > best[0]:
            best = (n, t)
    return best[1]  # type: ignore[index]


def run_folds(rows: pd.DataFrame, ev: pd.DataFrame, base_col: str, inner_base: str, folds) -> dict:  # type: ignore[no-untyped-def]
    pred = {k: [""] * len(ev) for k in ("base", "e", "f", "g", "h")}
    chosen: dict[str, list[float]] = {"f": [], "g": []}
    for held, tr, *own in folds:
        idx = own[0] if own else [i for i, c in enumerate(ev["council"]) if c in held]
        te = ev.iloc[idx]
        sw, sx, sh = scores(tr, te, "wired"), scores(tr, te, "wide"), scores(tr, te, "far")
        tf, tg = inner_threshold(tr, "wide", inner_base), inner_threshold(tr, "wired", inner_base)
        chosen["f"].append(tf)
        chosen["g"].append(tg)
        for i, a, b, h in zip(idx, sw, sx, sh):
            x = ev[base_col].iat[i]
            pred["base"][i] = decide(x, a, THRESHOLD)
            pred["e"][i] = decide(x, b, THRESHOLD)
            pred["f"][i] = decide(x, b, tf)
            pred["g"][i] = decide(x, a, tg)
            pred["h"][i] = decide(x, h, THRESHOLD)
        print(f"    fold {sorted(held)[:3]}...: thresholds f {tf} g {tg}", flush=True)
    return {"pred": pred, "chosen": chosen}


def report(name: str, ev: pd.DataFrame, res: dict, show: set[str], bar_f: bool) -> None:
    gold = ev["reader_id"].tolist()
    n_id = sum(1 for g in gold if g)
    b = counts(res["pred"]["base"], gold)
    print(f"{name}: {len(ev)} figures, {n_id} ids, {ev['council'].nunique()} councils; baseline {b}")
    for k in ("e", "f", "g", "h"):
        c = counts(res["pred"][k], gold)
        dr = c["right"] - b["right"]
        dw, dn = c["wrong"] - b["wrong"], c["none"] - b["none"]
        verdict = ""
        if bar_f:
            verdict = "F-bar PASS" if dr >= 0.01 * n_id and dw + dn <= dr / 2 else "F-bar fail"
        else:
            verdict = f"right {'not down' if dr >= 0 else 'DOWN'}"
        print(f"  {k}: right {dr:+d} ({dr / n_id:+.3f}), wrong {dw:+d}, where none fits {dn:+d}, net {c['net'] - b['net']:+d}; "
              f"{verdict}; thresholds {res['chosen'].get(k, THRESHOLD)}")
        if k in show:
            for i, (p0, p1, g) in enumerate(zip(res["pred"]["base"], res["pred"][k], gold)):
                if p0 != p1:
                    r = ev.iloc[i]
                    how = "right" if p1 == g else ("wrong" if g and p1 else "none fits" if p1 else
                                                   "lost right" if p0 == g else "withdrawn")
                    print(f"    {r['council'][:18]:18s} {r['surface'][:10]:>10s} {p0 or '-':24s} -> {p1 or '-':24s} gold "
                          f"{g or '-':24s} {how} | {r['indicator'][:50]!r} | H {r['heading'][:40]!r}")


def outer_folds(rows: pd.DataFrame, ev: pd.DataFrame):  # type: ignore[no-untyped-def]
    councils = sorted(set(ev["council"]))
    for _, te in GroupKFold(n_splits=5).split(councils, groups=councils):
        held = {councils[i] for i in te}
        yield held, rows[~rows["council"].isin(held)].reset_index(drop=True)


def main(argv: list[str]) -> int:
    show = set(argv[argv.index("--show") + 1].split(",")) if "--show" in argv else set()
    only = argv[argv.index("--only") + 1].split(",") if "--only" in argv else ["F", "T", "B"]
    rows = load(argv[0])
    nw = sum(1 for c in rows["wired"] if c)
    nx = sum(1 for c in rows["wide"] if c)
    reach = sum(1 for c, g in zip(rows["wide"], rows["reader_id"]) if g and g in c)
    reach0 = sum(1 for c, g in zip(rows["wired"], rows["reader_id"]) if g and g in c)
    print(f"rows {len(rows)}: figures with a candidate wired {nw}, wide {nx}; reader's id among the candidates wired "
          f"{reach0}, wide {reach}")
    if "F" in only:
        ev = rows[rows["source"] != "dev"].reset_index(drop=True)
        report("F (deciding)", ev, run_folds(rows, ev, "rules_first_id", "rules_first_id", outer_folds(rows, ev)), show, True)
    if "T" in only:
        report("T (record, biased)", rows, run_folds(rows, rows, "rules_id", "rules_id", outer_folds(rows, rows)), show, False)
    if "B" in only:
        bl = load(argv[1])
        folds = [(set(g["council"]), rows[~rows["council"].isin(set(g["council"]))].reset_index(drop=True), list(g.index))
                 for _, g in bl.groupby("set", sort=True)]
        report("B (19 open blind sets)", bl, run_folds(rows, bl, "rules_id", "rules_first_id", folds), show, False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
