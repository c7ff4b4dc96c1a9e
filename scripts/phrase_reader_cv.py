"""The declared cross-validation of the round-26 phrase reader (:mod:`analysis.figures.phrase_reader`; the measure is
section 0 of ``tests/realworld/notes/r26_r26tagger.md``).

Usage: ``PYTHONPATH=src .venv/bin/python scripts/phrase_reader_cv.py ROWS.csv [--show N] [--out held.csv]``

ROWS is :mod:`phrase_reader_rows`' output. Leave one council out; inside each training fold an inner 3-fold
GroupKFold by council gives out-of-fold token scores from which the threshold is chosen (the most right figures of
the training fold; ties -> the higher threshold); the model refitted on the whole training fold scores the held-out
council. Prints the table per set and pooled, the decision rule's four checks, and held-out replacements.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]

from analysis.evaluation import key_words, same_indicator  # noqa: E402
from analysis.figures.phrase_chooser import locate  # noqa: E402
from analysis.figures.phrase_reader import decide, noun_phrase, stem, token_features, tokens  # noqa: E402

GRID = [round(0.30 + 0.05 * k, 2) for k in range(13)]


def build(rows: pd.DataFrame):  # type: ignore[no-untyped-def]
    """Per matched row: its tokens' features, labels, (source, index, in rules) and each token's replacement."""
    feats, labels, owner, meta = [], [], [], []
    repl: list[dict[tuple[str, int], tuple[str, bool]]] = []
    for r in rows.itertuples():
        if r.matched != "1":
            repl.append({})
            continue
        gold_keys = key_words(r.gold_indicator)
        rules_keys = frozenset(key_words(r.indicator)) if r.indicator else frozenset()
        pos = locate(r.sentence, r.surface, r.left)
        at = (pos, pos + len(r.surface)) if pos >= 0 else (-1, -1)
        tf = token_features(r.sentence, at, r.heading, rules_keys, r.unit, r.is_change == "True")
        texts = {"s": r.sentence, "h": r.heading}
        toks = {"s": tokens(r.sentence), "h": tokens(r.heading)}
        rp = {}
        for src, i, f in tf:
            w = toks[src][i][0]
            st = stem(w.lower())
            feats.append({x: 1 for x in f})
            labels.append(int(st in gold_keys))
            owner.append(r.Index)
            meta.append((src, i, st in rules_keys))
            a, b = noun_phrase(texts[src], toks[src], i)
            ph = texts[src][a:b]
            rp[(src, i)] = (ph, same_indicator(r.gold_indicator, ph))
        repl.append(rp)
    return feats, np.array(labels), np.array(owner), meta, repl


def outcome(rows_idx, owner, meta, probs, t, repl):  # type: ignore[no-untyped-def]
    """{row: (source, index) or None} of the decision rule at threshold t."""
    by_row = defaultdict(list)
    for k in range(len(owner)):
        by_row[owner[k]].append((*meta[k], probs[k]))
    return {ri: decide(by_row.get(ri, []), t) for ri in rows_idx}


def fit(X, y, seed: int = 0):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=1.0, solver="liblinear", random_state=seed).fit(X, y)


def diagnose(rows: pd.DataFrame, y, owner, meta, held) -> None:  # type: ignore[no-untyped-def]
    """What the held-out scorer knows, apart from the decision rule: token AUC, and on matched figures whose rules'
    phrase is wrong (right), how often the best-scored word is a gold key word (a word of the rules' phrase)."""
    from sklearn.metrics import roc_auc_score

    blind = np.array([rows.at[o, "set"] != "dev" for o in owner])
    print(f"held-out token AUC: blind {roc_auc_score(y[blind], held[blind]):.3f} (tokens {blind.sum()}, positive "
          f"{y[blind].mean():.3f}); dev {roc_auc_score(y[~blind], held[~blind]):.3f}")
    best: dict[int, int] = {}
    for k, o in enumerate(owner):
        if o not in best or held[k] > held[best[o]]:
            best[o] = k
    for ok, name in ((False, "rules wrong"), (True, "rules right")):
        sel = [o for o in best if rows.at[o, "set"] != "dev" and bool(rows.at[o, "rules_ok"]) == ok]
        top_gold = sum(y[best[o]] for o in sel)
        top_rules = sum(meta[best[o]][2] for o in sel)
        print(f"blind matched, {name}: {len(sel)}; best word is a gold key word {top_gold}, is in the rules' phrase "
              f"{top_rules}")


def main(argv: list[str] | None = None) -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.model_selection import GroupKFold

    ap = argparse.ArgumentParser()
    ap.add_argument("rows")
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--out")
    ap.add_argument("--outer", type=int, default=0,
                    help="(exploration, for speed) K council-grouped outer folds instead of leave one council out")
    ap.add_argument("--sweep", action="store_true",
                    help="(diagnosis, optimistic) the pooled blind result of each threshold on the held-out scores")
    ap.add_argument("--blind-reader", action="store_true",
                    help="(exploration) drop the features that tell the scorer about the rules' phrase")
    a = ap.parse_args(argv)
    rows = pd.read_csv(a.rows, dtype=str, keep_default_na=False)
    feats, y, owner, meta, repl = build(rows)
    if a.blind_reader:
        feats = [{k: v for k, v in f.items() if not k.startswith(("in_rules=", "side=", "empty_rules="))} for f in feats]
    X = DictVectorizer().fit_transform(feats).tocsr()
    rules_ok = np.array([r.matched == "1" and same_indicator(r.gold_indicator, r.indicator) for r in rows.itertuples()])
    council = rows["council"].to_numpy()
    row_council = council[owner]
    matched = set(rows.index[rows.matched == "1"])
    train_only = set(rows.index[rows.set.str.startswith("pool:")])  # (--pools rows: fitted on, never scored)
    final_ok = rules_ok.copy()
    final_phrase = rows["indicator"].tolist()
    chosen_t = {}
    held = np.zeros(len(owner))  # each token's held-out score
    scored = sorted(set(council[[i for i in rows.index if i not in train_only]]))
    if a.outer:  # councils dealt round-robin (sorted by name) into K folds
        folds = [frozenset(scored[k::a.outer]) for k in range(a.outer)]
    else:
        folds = [frozenset([c]) for c in scored]
    for c in folds:
        tr_tok = np.array([x not in c for x in row_council])
        te_tok = ~tr_tok
        tr_rows = [i for i in matched if council[i] not in c and i not in train_only]
        te_rows = [i for i in matched if council[i] in c and i not in train_only]
        if not te_rows:
            continue
        # inner CV for the threshold
        oof = np.zeros(len(owner))
        idx = np.where(tr_tok)[0]
        for itr, ite in GroupKFold(n_splits=3).split(idx, groups=row_council[idx]):
            m = fit(X[idx[itr]], y[idx[itr]])
            oof[idx[ite]] = m.predict_proba(X[idx[ite]])[:, 1]
        best = None
        for t in GRID:
            dec = outcome(tr_rows, owner[idx], [meta[k] for k in idx], oof[idx], t, repl)
            n = sum(repl[ri][d][1] if d else rules_ok[ri] for ri, d in dec.items())
            if best is None or n >= best[0]:
                best = (n, t)
        t = best[1]
        chosen_t[min(c)] = t
        print("fold", min(c), len(c), t, flush=True, file=sys.stderr)
        m = fit(X[idx], y[idx])
        jdx = np.where(te_tok)[0]
        p = m.predict_proba(X[jdx])[:, 1]
        held[jdx] = p
        dec = outcome(te_rows, owner[jdx], [meta[k] for k in jdx], p, t, repl)
        for ri, d in dec.items():
            if d:
                final_phrase[ri], final_ok[ri] = repl[ri][d]
    rows["rules_ok"], rows["reader_ok"], rows["reader"] = rules_ok, final_ok, final_phrase
    keep = [i not in train_only for i in rows.index]
    owner_keep = np.array([o not in train_only for o in owner])
    rows = rows[keep]
    y, owner, held = y[owner_keep], owner[owner_keep], held[owner_keep]
    meta = [m for m, k in zip(meta, owner_keep) if k]
    rows["replaced"] = [f != r for f, r in zip(final_phrase, rows["indicator"])]
    if a.out:
        rows.drop(columns=["left"]).to_csv(a.out, index=False)
    print("thresholds chosen:", pd.Series(chosen_t).value_counts().sort_index().to_dict())
    lines = []
    for s, g in list(rows.groupby("set", sort=False)) + [("POOLED 14", rows[rows.set != "dev"])]:
        rw = int((g.rules_ok & ~g.reader_ok).sum()); wr = int((~g.rules_ok & g.reader_ok).sum())
        lines.append((s, len(g), g.rules_ok.mean(), g.reader_ok.mean(), g.reader_ok.mean() - g.rules_ok.mean(), rw, wr,
                      int(g.replaced.sum())))
    print(pd.DataFrame(lines, columns=["set", "gold", "rules", "reader", "gain", "right->wrong", "wrong->right",
                                       "replaced"]).round(3).to_string(index=False))
    b = rows[(rows.set != "dev") & (rows.matched == "1")]
    lw = lambda s: len(str(s).split())  # noqa: E731
    dlen = b.reader.map(lw).mean() - b.indicator.map(lw).mean()
    blind = rows[rows.set != "dev"]
    gain = blind.reader_ok.mean() - blind.rules_ok.mean()
    rw = int((blind.rules_ok & ~blind.reader_ok).sum()); wr = int((~blind.rules_ok & blind.reader_ok).sum())
    sets_ok = sum((g.reader_ok.sum() - g.rules_ok.sum()) >= 0 for _s, g in blind.groupby("set"))
    dev = rows[rows.set == "dev"]
    ddev = dev.reader_ok.mean() - dev.rules_ok.mean()
    checks = [("pooled gain >= +0.010", gain >= 0.010, f"{gain:+.3f}"),
              ("right->wrong <= wrong->right / 3", rw * 3 <= wr, f"{rw} vs {wr}"),
              ("sets with gain >= 0: >= 10 of 14", sets_ok >= 10, f"{sets_ok}"),
              ("mean length grows <= 1 word", dlen <= 1.0, f"{dlen:+.2f}"),
              ("dev indicator does not fall", ddev >= 0, f"{ddev:+.3f}")]
    for name, ok, val in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {val}")
    print("WIRE" if all(ok for _n, ok, _v in checks) else "DO NOT WIRE")
    diagnose(rows, y, owner, meta, held)
    if a.sweep:
        blind_rows = [i for i in rows.index if rows.at[i, "set"] != "dev" and rows.at[i, "matched"] == "1"]
        ok = rows["rules_ok"].to_dict()
        for t in GRID:
            dec = outcome(blind_rows, owner, meta, held, t, repl)
            wr = sum(1 for ri, d in dec.items() if d and repl[ri][d][1] and not ok[ri])
            rw = sum(1 for ri, d in dec.items() if d and not repl[ri][d][1] and ok[ri])
            print(f"sweep t={t:.2f}: wrong->right {wr}, right->wrong {rw}, net {wr - rw:+d} "
                  f"({(wr - rw) / int((rows.set != 'dev').sum()):+.3f})")
    rep = rows[rows.replaced]
    rnd = random.Random(0)
    pick = list(rep.index)
    rnd.shuffle(pick)
    for i in sorted(pick[:a.show]):
        r = rows.loc[i]
        tag = "GOOD" if r.reader_ok and not r.rules_ok else "BAD" if r.rules_ok and not r.reader_ok else "same"
        print(f"{tag:4} {r.set:10} {r.council:18} {r.surface!r:10} rules={r.indicator[:50]!r} -> {r.reader!r} | gold={r.gold_indicator[:50]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
