"""Round 28 (r28recall): where is the reader's indicator named, for the ids the rules and the fallback leave empty?

F: pools' rows (``context_rows.py pools``) with the first-run rules' id; the fallback (wired candidates, C=1, 0.85)
fitted per council-grouped outer fold (GroupKFold(5) over the F councils, trained on every row of the other councils,
dev rows included) exactly as r28arbiter's baseline. B: the open blind sets (``context_rows.py blind``), BASE's rules'
id, the fallback trained without the set's councils. For each figure with a reader's id that the rules leave empty and
the fallback does not fill, the class of the nearest place where the reader's indicator is named (its ``what``, and its
``qualifier`` when it has one, by :func:`analysis.figures.indicators.find_concepts`):

* ``refused:<why>``: the reader's id is not one the figure may have (:func:`learnt_id.allowed`: a change of a count,
  the unit, per);
* ``cand:<ring>``: named in the wired candidates' rings (phrase, clause words, sentence, 120 raw characters either
  side) but the fallback's best is under 0.85 or another id;
* ``passage``: named only in the passage's earlier sentences (the segment before the sentence);
* ``heading`` / ``item`` / ``prevseg``: only in the segment's heading / the agenda item's title / the segment before;
* ``nowhere``: named in none of those (a wording the concept terms miss, a table cell, an anaphor further off).

``what-only:<ring>``: an indicator with a qualifier whose ``what`` is found but not its qualifier.

Usage: PYTHONPATH=src .venv/bin/python scripts/r28recall/census.py ROWS_CTX BLIND_CTX [--list CLASS]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from analysis.figures.indicators import find_concepts, load_indicators  # noqa: E402
from analysis.figures.learnt_id import (THRESHOLD, _batch_candidates, _sentence_sides, allowed,  # noqa: E402
                                        best_candidates, fit_candidates)

IND = load_indicators()
BY_ID = {i.id: i for i in IND}


def load(path: str) -> pd.DataFrame:
    d = pd.read_csv(path, dtype=str, keep_default_na=False)
    d["is_change"] = d["is_change"].map(lambda s: s == "True")
    d["cands"] = list(_batch_candidates(list(zip(d["indicator"], d["sentence"], d["left"], d["right"], d["unit"],
                                                 d["per"], d["is_change"])), IND))
    return d.reset_index(drop=True)


def fallback_oof(rows: pd.DataFrame, ev: pd.DataFrame) -> list[tuple[str, float]]:
    councils = sorted(set(ev["council"]))
    out: list[tuple[str, float]] = [("", 0.0)] * len(ev)
    for _, te in GroupKFold(n_splits=5).split(councils, groups=councils):
        held = {councils[i] for i in te}
        tr = rows[~rows["council"].isin(held)]
        m = fit_candidates(tr["cands"].tolist(), tr["reader_id"].tolist())
        idx = [i for i, c in enumerate(ev["council"]) if c in held]
        for i, b in zip(idx, best_candidates(m, ev["cands"].iloc[idx].tolist())):
            out[i] = b
    return out


def fallback_blind(rows: pd.DataFrame, bl: pd.DataFrame) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = [("", 0.0)] * len(bl)
    for _, g in bl.groupby("set", sort=True):
        tr = rows[~rows["council"].isin(set(g["council"]))]
        m = fit_candidates(tr["cands"].tolist(), tr["reader_id"].tolist())
        for i, b in zip(g.index, best_candidates(m, g["cands"].tolist())):
            out[i] = b
    return out


RING_NAMES = ["phrase", "clause", "sentence", "raw120", "passage", "heading", "item", "prevseg"]


def rings_of(r) -> list[str]:  # type: ignore[no-untyped-def]
    ls, rs = _sentence_sides(r["left"], r["right"])
    return [r["indicator"], ls[-60:] + " " + rs[:60], r["sentence"], r["left"] + " " + r["right"], r["seg_before"],
            r["heading"], r["item"], r["prev_seg"]]


def where(r, gid: str) -> str:  # type: ignore[no-untyped-def]
    ind = BY_ID.get(gid)
    if ind is None:
        return "unknown-id"
    if not allowed([ind], r["unit"], r["per"], r["is_change"]):
        if r["is_change"] and r["unit"] == "count":
            return "refused:change-of-count"
        if r["unit"] == "gbp" and r["per"] and not ind.per:
            return "refused:money-per"
        if ind.per and not r["per"]:
            return "refused:no-per"
        return f"refused:unit({r['unit']}->{ind.unit})"
    rings = rings_of(r)
    found = find_concepts(rings, r["unit"], r["per"] or None, [ind]).get(gid, {})
    w = found.get("what", (99, 0))[0]
    q = found.get("qualifier", (99, 0))[0] if ind.qualifier else -1
    if w < 99 and q < 99:
        ring = max(w, q)
        return ("cand:" if ring <= 3 else "") + RING_NAMES[ring]
    if w < 99:
        return f"what-only:{RING_NAMES[w]}"
    if 0 <= q < 99:
        return f"qual-only:{RING_NAMES[q]}"
    return "nowhere"


def census(name: str, d: pd.DataFrame, base_col: str, fb: list[tuple[str, float]], listing: set[str]) -> None:
    empties = []
    n_ids = int((d["reader_id"] != "").sum())
    filled = 0
    for i, r in d.iterrows():
        g = r["reader_id"]
        if not g or r[base_col]:
            continue
        best, p = fb[i]
        if best and p >= THRESHOLD:
            filled += 1
            if best == g:
                continue
        empties.append((i, where(r, g), best, p))
    print(f"{name}: {len(d)} figures, {n_ids} reader ids; rules leave {sum(1 for _, r in d.iterrows() if r['reader_id'] and not r[base_col])} "
          f"empty; fallback fills {filled} (right {filled - sum(1 for _, _, b, p in empties if b and p >= THRESHOLD)}); "
          f"left not right: {len(empties)}")
    by_cls: dict[str, list] = defaultdict(list)
    for e in empties:
        by_cls[e[1]].append(e)
    for cls, es in sorted(by_cls.items(), key=lambda kv: -len(kv[1])):
        councils = {d.at[i, "council"] for i, *_ in es}
        ids = Counter(d.at[i, "reader_id"] for i, *_ in es)
        today = sum(1 for i, *_ in es if "rules_id" in d and d.at[i, "rules_id"] == d.at[i, "reader_id"])
        print(f"  {cls:28s} {len(es):4d} figures, {len(councils):3d} councils; today's rules right {today:3d}; ids "
              + ", ".join(f"{k} {v}" for k, v in ids.most_common(6)))
        if cls in listing or "all" in listing:
            for i, _, best, p in es:
                r = d.loc[i]
                print(f"      {r['council'][:16]:16s} {r['surface'][:10]:>10s} gold {r['reader_id']:26s} today "
                      f"{r.get('rules_id', '') or '-':22s} fb {best or '-'}:{p:.2f} | {r['indicator'][:50]!r} | "
                      f"{r['sentence'][:150]!r} | H {r['heading'][:50]!r} | I {r['item'][:50]!r}")


def main(argv: list[str]) -> int:
    listing = set(argv[argv.index("--list") + 1].split(",")) if "--list" in argv else set()
    rows = load(argv[0])
    ev = rows[rows["source"] != "dev"].reset_index(drop=True)
    census("F (pools' rows, first-run rules + fallback CV)", ev, "rules_first_id", fallback_oof(rows, ev), listing)
    census("T (record, in-sample: every row, today's rules + fallback CV)", rows, "rules_id", fallback_oof(rows, rows),
           listing)
    bl = load(argv[1])
    census("B (19 open blind sets, BASE's rules + fallback without the set's councils)", bl, "rules_id",
           fallback_blind(rows, bl), listing)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
