"""Round 25 (r25filter): a learnt second opinion on figures trained on BLIND gold, council-held-out (research
script; ``tests/realworld/notes/r25_r25filter.md`` declares the experiment, section 0).

``--build`` reads BASE's figures (the runs the lead made with the code of d0d2a06: ``openblind.sh`` for the twelve
open blind sets, ``allpools.py`` for the judged pools and the dev split; or any runs of the same layout given by
``--blind-run`` and ``--pools-run``) and writes one row per predicted figure to
``tests/realworld/learnt_filter/blind_training.csv``: ``source`` (``blind``, ``dev``, ``pool``, or ``first``: a
pool's first-run figure, training only), ``set``, ``council`` (``pooltools.council_norm``: the CV group),
``doc_id``, ``raw_start``, ``raw_end``, ``surface``, ``label`` (1 / 0; pool spans never judged or judged
ambiguous are left out) and ``features`` (:func:`row_features`). Blind and dev labels come from the gold
(:func:`analysis.evaluation.match_figures`), pool labels from ``judged.csv``/``rejudged.csv`` by exact span.
``blind_true.csv`` holds the recall denominators (gold figures per blind set and dev; judged true spans per pool).
Both files are sorted and byte-identical on rebuilds.

Without ``--build`` it runs the declared CV (leave one council out; leave one blind set out) and prints the
tables. Usage::

    PYTHONPATH=src .venv/bin/python scripts/figure_filter_blind.py --build    # rows (~1 min)
    PYTHONPATH=src .venv/bin/python scripts/figure_filter_blind.py            # run A (the decision)
    PYTHONPATH=src .venv/bin/python scripts/figure_filter_blind.py --with-first-run   # run B
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from analysis import io  # noqa: E402
from analysis.figures.learnt import features, fit, scores  # noqa: E402
from figure_filter_pools import drop_threshold  # noqa: E402  (one threshold rule for both filters)

RW = ROOT / "tests" / "realworld"
POOLS = RW / "pools"
OUT = RW / "learnt_filter" / "blind_training.csv"
TRUE = RW / "learnt_filter" / "blind_true.csv"
BLIND_SETS = ("r21/r21blind", "r21/r21blind2", "r22/r22blindA", "r22/r22blindB", "r22/r22blindC", "r23/r23blindD",
              "r23/r23blindE", "r23/r23blindF", "r23/r23blindG", "r24/r24blindH", "r24/r24blindI", "r24/r24blindJ")
#: never read: this round's measure
_CLOSED = ("r25",)
C = 1.0
DROP_RATES = (0.005, 0.01, 0.02)
INNER_FOLDS = 5

_WORD_NUMBERS = re.compile(r"^[A-Za-z][A-Za-z\- ]*$")
_BULLET = re.compile(r"^\s*(?:[•*·\-–▪◦]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+")
_NUMBER = re.compile(r"£?\d[\d,]*(?:\.\d+)?%?")
_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(£\d\"'])|\n")


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    """The first edge ``n`` does not exceed (as text), or ``>`` the last.

    >>> _bucket(3, (1, 2, 4)), _bucket(9, (1, 2, 4))
    ('4', '>4')
    """
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _sentence_span(text: str, start: int, end: int, sentence: str) -> tuple[int, int]:
    """Where the figure's sentence lies in ``text``: the pipeline's ``sentence`` located around the span when it
    is found there, else the text between the sentence breaks either side of the span."""
    if sentence:
        lo = max(0, start - len(sentence) - 5)
        k = text.find(sentence, lo, end + len(sentence) + 5)
        if 0 <= k <= start and k + len(sentence) >= end:
            return k, k + len(sentence)
    a = 0
    for m in _SENT_END.finditer(text, max(0, start - 600), start):
        a = m.end()
    m = _SENT_END.search(text, end)
    return a, (m.start() if m else len(text))


def row_features(text: str, start: int, end: int, fig: dict[str, str], in_sentence: int) -> list[str]:
    """Feature tokens of one predicted figure: :func:`analysis.figures.learnt.features` plus the pipeline's own
    outputs for it (phrase and its head word, id and its source, direction, change, comparator, status,
    reference, per, range), the number's magnitude and form, its place in its sentence, the count of predicted
    figures in that sentence (``in_sentence``) and its line's kind (bullet, heading-like, table-like)."""
    unit, phrase = fig.get("unit", ""), fig.get("indicator", "")
    out = features(text, start, end, unit, phrase)
    words = re.findall(r"[a-z]+", phrase.lower())
    if words:
        out += [f"ph_head={words[-1]}", f"ph_first={words[0]}", f"ph_len={_bucket(len(words), (1, 2, 4, 7))}"]
    if fig.get("indicator_id", ""):
        out += ["has_id", f"id_source={fig.get('id_source', '') or 'none'}"]
    for col in ("direction", "is_change", "status"):
        v = fig.get(col, "")
        if v and v not in ("none", "False"):
            out.append(f"{col}={v}")
    for col in ("comparator", "reference", "per", "value_max"):
        if fig.get(col, ""):
            out.append(f"has_{col}")
    surface = text[start:end]
    try:
        value = abs(float(fig.get("value", "") or "nan"))
    except ValueError:
        value = float("nan")
    if value == value:
        out.append(f"mag={int(math.floor(math.log10(value))) if value >= 1 else 'lt1'}")
        if value == int(value) and 1950 <= value <= 2050 and re.fullmatch(r"\d{4}", surface.strip()):
            out.append("yearlike")
        if value == int(value) and value <= 10:
            out.append("small_int")
    if _WORD_NUMBERS.match(surface.strip()):
        out.append("in_words")
    # place in its sentence
    sa, sb = _sentence_span(text, start, end, fig.get("sentence", ""))
    toks_before = len(text[sa:start].split())
    toks = max(1, len(text[sa:sb].split()))
    out.append(f"sent_len={_bucket(toks, (5, 10, 20, 40))}")
    out.append("sent_first" if toks_before == 0 else f"sent_third={min(2, 3 * toks_before // toks)}")
    out.append(f"in_sentence={_bucket(in_sentence, (1, 2, 3))}")
    # the line's kind
    la = text.rfind("\n", 0, start) + 1
    lb = text.find("\n", end)
    line = text[la:(len(text) if lb < 0 else lb)]
    nums = len(_NUMBER.findall(line))
    out.append(f"line_nums={_bucket(nums, (1, 2, 4))}")
    if _BULLET.match(line):
        out.append("line_bullet")
    lw = line.split()
    if len(lw) <= 8 and not line.rstrip().endswith((".", ";", ":", ",")):
        out.append("line_heading_like")
    if nums >= 3 or "\t" in line or "|" in line:
        out.append("line_table_like")
    return out


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _norm(fig: dict[str, object]) -> dict[str, str]:
    return {k: ("" if v is None or (isinstance(v, float) and v != v) else str(v)) for k, v in fig.items()}


def _sentence_counts(figs: list[dict[str, str]]) -> list[int]:
    """For each figure, the count of figures of its document with the same ``sentence`` (segment, sentence)."""
    key = [(f["doc_id"], f.get("segment_id", ""), f.get("sentence", "")) for f in figs]
    cnt: dict[tuple[str, str, str], int] = {}
    for k in key:
        cnt[k] = cnt.get(k, 0) + 1
    return [cnt[k] for k in key]


def _rows(source: str, set_name: str, council: dict[str, str], figs: list[dict[str, str]], texts: dict[str, str],
          labels: list[str]) -> list[dict[str, object]]:
    out = []
    for f, lab, n in zip(figs, labels, _sentence_counts(figs)):
        d, a, b = f["doc_id"], int(f["raw_start"]), int(f["raw_end"])
        out.append({"source": source, "set": set_name, "council": council[d], "doc_id": d, "raw_start": a,
                    "raw_end": b, "surface": f["surface"], "label": lab,
                    "features": " ".join(row_features(texts[d], a, b, f, n))})
    return out


def _label_gold(figs: list[dict[str, str]], gold: pd.DataFrame) -> list[str]:
    from analysis.evaluation import match_figures

    pred = pd.DataFrame(figs)
    if pred.empty:
        return []
    matched = set(match_figures(pred, gold).values())
    return [str(int(i in matched)) for i in pred.index]


def _first_rows(pool: Path, council: dict[str, str], figs: list[dict[str, str]], texts: dict[str, str]
                ) -> list[dict[str, object]]:
    """Training-only rows: the pool's first-run figures (``judged.csv`` rows with a phrase or a phrase judgement,
    ``is_figure`` 1/0) whose span slices to its surface and which the current code does not predict."""
    from figure_filter_pools import first_run_candidates

    current = {(f["doc_id"], int(f["raw_start"]), int(f["raw_end"])) for f in figs}
    cand = first_run_candidates(pool, current, texts)
    out = []
    for d, a, b, lab, r in cand:
        fig = {"unit": r.get("unit", ""), "indicator": r.get("pred_indicator", ""), "value": r.get("value", ""),
               "indicator_id": r.get("pred_id", ""), "id_source": r.get("id_source", "")}
        sa, sb = _sentence_span(texts[d], a, b, "")
        n = sum(1 for (d2, a2, b2, _, _) in cand if d2 == d and sa <= a2 and b2 <= sb)
        out.append({"source": "first", "set": pool.name, "council": council[d], "doc_id": d, "raw_start": a,
                    "raw_end": b, "surface": r["surface"], "label": lab,
                    "features": " ".join(row_features(texts[d], a, b, fig, n))})
    return out


def build(blind_run: Path, pools_run: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Rows and recall denominators (see the module doc)."""
    import score_pool
    from pooltools import council_norm

    from analysis.realworld import load_gold

    rows: list[dict[str, object]] = []
    true: list[dict[str, object]] = []
    for s in BLIND_SETS:
        d = POOLS / s
        files = _read(d / "manifest.csv")
        council = {Path(r["file"]).stem: council_norm(r["council"]) for r in files}
        texts = {k: (d / "raw" / f"{k}.txt").read_text(encoding="utf-8") for k in council}
        figs = [_norm(f) for f in _read(blind_run / d.name / "work" / "first_run" / "figures.csv")]
        gold = pd.read_csv(d / "figures_gold.csv", dtype={"doc_id": str, "surface": str})
        rows += _rows("blind", d.name, council, figs, texts, _label_gold(figs, gold))
        for c in sorted(set(council.values())):
            true.append({"source": "blind", "set": d.name, "council": c,
                         "true_figures": int(gold["doc_id"].map(council).eq(c).sum())})
    manifest, gold, _ = load_gold(RW)
    dev = manifest[manifest["split"] == "dev"]
    gold = gold[gold["doc_id"].isin(set(dev["doc_id"]))].reset_index(drop=True)
    council = {r["doc_id"]: council_norm(r["council"]) for r in dev.to_dict("records")}
    texts = {k: (RW / "raw" / f"{k}.txt").read_text(encoding="utf-8") for k in council}
    figs = [_norm(f) for f in _read(pools_run / "dev.csv")]
    assert all(f["doc_id"] in council for f in figs)
    rows += _rows("dev", "dev", council, figs, texts, _label_gold(figs, gold))
    for c in sorted(set(council.values())):
        true.append({"source": "dev", "set": "dev", "council": c,
                     "true_figures": int(gold["doc_id"].map(council).eq(c).sum())})
    for judged in sorted(POOLS.glob("*/*/judged.csv")):
        pool = judged.parent
        if pool.parent.name in _CLOSED or not (pool / "raw" / "manifest.csv").exists():
            continue
        try:
            j = score_pool.load_judgements(pool)
        except ValueError as e:
            print(f"left out: {pool.name}: {str(e)[:60]}", file=sys.stderr)
            continue
        files = _read(pool / "raw" / "manifest.csv")
        council = {Path(r["file"]).stem: council_norm(r["council"]) for r in files}
        texts = {k: (pool / "raw" / f"{k}.txt").read_text(encoding="utf-8") for k in council}
        figs = _read(pools_run / f"{pool.parent.name}_{pool.name}.csv")
        labels = []
        for f in figs:
            jj = j.get((f["doc_id"], int(f["raw_start"]), int(f["raw_end"])))
            labels.append("" if jj is None or jj.is_figure == "a" else jj.is_figure)
        rows += _rows("pool", pool.name, council, figs, texts, labels)
        rows += _first_rows(pool, council, figs, texts)
        for c in sorted(set(council.values())):
            n = sum(v.is_figure == "1" for k, v in j.items() if council.get(k[0]) == c)
            true.append({"source": "pool", "set": pool.name, "council": c, "true_figures": n})
    df = pd.DataFrame(rows).sort_values(["source", "set", "doc_id", "raw_start", "raw_end"], kind="mergesort")
    return df.reset_index(drop=True), pd.DataFrame(true)


def _fold(rows: pd.DataFrame, tr: np.ndarray, te: np.ndarray, prob: np.ndarray, thr: dict[float, np.ndarray]) -> None:
    """Fit on rows ``tr``, score rows ``te``; nested thresholds from an inner council-grouped CV of ``tr``."""
    X, y = rows["features"].tolist(), rows["label"].astype(int).to_numpy()
    groups = rows["council"].to_numpy()
    scored = (rows["source"] != "first").to_numpy()
    prob[te] = scores(fit([X[i] for i in tr], y[tr], c=C), [X[i] for i in te])
    inner = np.zeros(len(tr))
    for itr, ite in GroupKFold(n_splits=INNER_FOLDS).split(tr, groups=groups[tr]):
        inner[ite] = scores(fit([X[tr[i]] for i in itr], y[tr[itr]], c=C), [X[tr[i]] for i in ite])
    for q in DROP_RATES:
        thr[q][te] = drop_threshold(inner[(y[tr] == 1) & scored[tr]], q)


def cv_councils(rows: pd.DataFrame) -> tuple[np.ndarray, dict[float, np.ndarray]]:
    """Leave one council out: held-out scores and nested thresholds of every row."""
    prob = np.zeros(len(rows))
    thr = {q: np.zeros(len(rows)) for q in DROP_RATES}
    groups = rows["council"].to_numpy()
    for k, c in enumerate(sorted(set(groups))):
        _fold(rows, np.flatnonzero(groups != c), np.flatnonzero(groups == c), prob, thr)
        if k % 25 == 0:
            print(f"  council {k}", file=sys.stderr, flush=True)
    return prob, thr


def cv_sets(rows: pd.DataFrame) -> tuple[np.ndarray, dict[float, np.ndarray]]:
    """Leave one blind set out: the set's rows and every row of its councils held out together; only the set's
    rows get scores (other rows 0, threshold inf: unused)."""
    prob = np.zeros(len(rows))
    thr = {q: np.full(len(rows), np.inf) for q in DROP_RATES}
    blind = (rows["source"] == "blind").to_numpy()
    for s in sorted(set(rows.loc[blind, "set"])):
        in_set = blind & (rows["set"] == s).to_numpy()
        cs = set(rows.loc[in_set, "council"])
        out = rows["council"].isin(cs).to_numpy() | in_set
        p = np.zeros(len(rows))
        t = {q: np.zeros(len(rows)) for q in DROP_RATES}
        _fold(rows, np.flatnonzero(~out), np.flatnonzero(in_set), p, t)
        prob[in_set] = p[in_set]
        for q in DROP_RATES:
            thr[q][in_set] = t[q][in_set]
        print(f"  set {s}", file=sys.stderr, flush=True)
    return prob, thr


def _prf(tp: int, pred: int, n_true: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 1.0
    r = tp / n_true if n_true else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(rows: pd.DataFrame, true: pd.DataFrame, prob: np.ndarray, thr: dict[float, np.ndarray],
          by_set: bool = True) -> pd.DataFrame:
    """Kept, false left, true / false dropped, P, R, F1 of the rules alone and with the nested filter: blind
    pooled and by set, dev, pools."""
    lab = rows["label"].astype(int).to_numpy()
    groups: list[tuple[str, np.ndarray, int]] = []
    blind = (rows["source"] == "blind").to_numpy()
    groups.append(("blind pooled", blind, int(true.loc[true["source"] == "blind", "true_figures"].sum())))
    if by_set:
        for s in BLIND_SETS:
            n = s.split("/")[1]
            groups.append((n, blind & (rows["set"] == n).to_numpy(),
                           int(true.loc[(true["source"] == "blind") & (true["set"] == n), "true_figures"].sum())))
    for src in ("dev", "pool"):
        groups.append((src + "s" if src == "pool" else src, (rows["source"] == src).to_numpy(),
                       int(true.loc[true["source"] == src, "true_figures"].sum())))
    out = []
    for name, mask, n_true in groups:
        variants = [("rules alone", np.ones(len(rows), bool))] + [
            (f"nested {q:.1%}", prob >= thr[q]) for q in DROP_RATES]
        for v, keep in variants:
            k = keep & mask
            tp, pred = int(lab[k].sum()), int(k.sum())
            p, r, f = _prf(tp, pred, n_true)
            out.append({"rows": name, "filter": v, "kept": pred, "false_left": pred - tp,
                        "true_dropped": int(lab[mask].sum()) - tp,
                        "false_dropped": int((1 - lab[mask]).sum()) - (pred - tp), "P": p, "R": r, "F1": f})
    return pd.DataFrame(out)


def decision(loco: pd.DataFrame, loso: pd.DataFrame) -> list[str]:
    """The declared rule (note section 0) at each q: lines saying which clause holds."""
    out = []
    sets = [s.split("/")[1] for s in BLIND_SETS]
    for q in DROP_RATES:
        v = f"nested {q:.1%}"
        b0 = loco[(loco["rows"] == "blind pooled") & (loco["filter"] == "rules alone")].iloc[0]
        b1 = loco[(loco["rows"] == "blind pooled") & (loco["filter"] == v)].iloc[0]
        p0 = loco[(loco["rows"] == "pools") & (loco["filter"] == "rules alone")].iloc[0]
        p1 = loco[(loco["rows"] == "pools") & (loco["filter"] == v)].iloc[0]
        a = (b1["F1"] - b0["F1"] >= 0.005) and (b0["R"] - b1["R"] <= 0.005)
        b = p0["R"] - p1["R"] <= 0.002
        holds = 0
        for s in sets:
            s0 = loso[(loso["rows"] == s) & (loso["filter"] == "rules alone")].iloc[0]
            s1 = loso[(loso["rows"] == s) & (loso["filter"] == v)].iloc[0]
            holds += bool(s1["F1"] > s0["F1"] + 1e-12 or (abs(s1["F1"] - s0["F1"]) < 1e-12 and s0["false_left"] == 0))
        c = holds >= 8
        out.append(f"q {q:.1%}: (a) blind F1 {b1['F1'] - b0['F1']:+.4f}, R {b1['R'] - b0['R']:+.4f} -> {a}; "
                   f"(b) pools R {p1['R'] - p0['R']:+.4f} -> {b}; (c) sets holding {holds}/12 -> {c}; "
                   f"ALL {a and b and c}")
    return out


def lowest(rows: pd.DataFrame, prob: np.ndarray, n: int = 20) -> pd.DataFrame:
    """The ``n`` lowest-scored held-out blind figures, with their labels and a few words of context."""
    blind = rows[(rows["source"] == "blind")].assign(score=prob[(rows["source"] == "blind").to_numpy()])
    low = blind.sort_values(["score", "set", "doc_id", "raw_start"], kind="mergesort").head(n)
    return low[["set", "doc_id", "raw_start", "surface", "label", "score"]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", action="store_true", help="rebuild the rows from the BASE runs first")
    ap.add_argument("--blind-run", type=Path, default=Path("/tmp/r25_openblind_base"))
    ap.add_argument("--pools-run", type=Path, default=Path("/tmp/r25_allpools_base"))
    ap.add_argument("--with-first-run", action="store_true", help="run B: also train on the pools' first-run rows")
    ap.add_argument("--scores", type=Path, help="write each scored row's held-out scores to this CSV")
    args = ap.parse_args(argv)
    if args.build:
        rows, true = build(args.blind_run, args.pools_run)
        io.write_text(OUT, rows.to_csv(index=False, lineterminator="\n"))
        io.write_text(TRUE, true.to_csv(index=False, lineterminator="\n"))
        for src, part in rows.groupby("source"):
            print(f"{src}: {len(part)} figures ({(part['label'] == '1').sum()} true, "
                  f"{(part['label'] == '0').sum()} false, {(part['label'] == '').sum()} unlabelled; "
                  f"{part['council'].nunique()} councils)")
        return 0
    rows = pd.read_csv(OUT, dtype=str, keep_default_na=False)
    true = pd.read_csv(TRUE, dtype={"council": str}, keep_default_na=False)
    rows = rows[rows["label"] != ""].reset_index(drop=True)
    if not args.with_first_run:
        rows = rows[rows["source"] != "first"].reset_index(drop=True)
    prob, thr = cv_councils(rows)
    sprob, sthr = cv_sets(rows)
    keep = (rows["source"] != "first").to_numpy()
    rows, prob, sprob = rows[keep].reset_index(drop=True), prob[keep], sprob[keep]
    thr = {q: t[keep] for q, t in thr.items()}
    sthr = {q: t[keep] for q, t in sthr.items()}
    if args.scores:
        rows.assign(score=prob, set_score=sprob, **{f"thr{q}": thr[q] for q in DROP_RATES},
                    **{f"set_thr{q}": sthr[q] for q in DROP_RATES}).to_csv(args.scores, index=False)
    loco = table(rows, true, prob, thr)
    blind = (rows["source"] == "blind").to_numpy()
    loso = table(rows[blind].reset_index(drop=True), true, sprob[blind], {q: t[blind] for q, t in sthr.items()})
    lab = rows["label"].astype(int).to_numpy()
    with pd.option_context("display.width", 250, "display.max_rows", 300):
        print("== leave one council out")
        print(loco.round(4).to_string(index=False))
        print("== leave one blind set out")
        print(loso[~loso["rows"].isin(["dev", "pools"])].round(4).to_string(index=False))
        for name, m in (("all", np.ones(len(rows), bool)), ("blind", blind),
                        ("dev", (rows["source"] == "dev").to_numpy()), ("pools", (rows["source"] == "pool").to_numpy())):
            print(f"AUC {name}: {roc_auc_score(lab[m], prob[m]):.3f}")
        print(f"AUC blind, leave one set out: {roc_auc_score(lab[blind], sprob[blind]):.3f}")
        print("== decision")
        print("\n".join(decision(loco, loso)))
        print("== 20 lowest-scored held-out blind figures (leave one council out)")
        print(lowest(rows, prob).round(4).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
