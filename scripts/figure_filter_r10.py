"""A learnt filter on which numbers are figures, retried with three times the data (issue 11, round 10).

``--build`` writes one table of first-run candidates from three allowed sources (the ``test`` split of
tests/realworld is never read):

* ``dev``: ``tests/realworld/learnt_filter/first_run.csv`` (the dev split's candidates on each gathering set's
  first-run code, labelled by the dev gold); features recomputed from the dev raw texts (dev files only);
* ``r8prec``: the round-8 precision pool (``tests/realworld/pools/r8/r8prec``, code 8902217), every numeral token judged;
* ``r9prec``: the round-9 precision pool (``tests/realworld/pools/r9/r9prec``, code c045fe3), the same.

Each candidate is a figure or a number (with its kind) of the first run; its label is 1 when the reader judged
its head token (the first numeral token of its span) a figure, 0 otherwise (``amb`` heads are left out). The rows go to
``tests/realworld/learnt_filter/r10_candidates.csv`` and the recall denominators (reader figures per page, the
rules' misses included) to ``tests/realworld/learnt_filter/r10_gold_counts.csv``, so the CV reruns from the repo.

Without ``--build`` it prints the council-grouped CV of every configuration (``tests/realworld/notes/r10_filter.md``);
``--heldout DIR`` scores the declared configuration once on a fresh token-judged pool (r10prec).

    .venv/bin/python scripts/figure_filter_r10.py --build
    .venv/bin/python scripts/figure_filter_r10.py
"""

from __future__ import annotations

import argparse
import csv
import os
import re
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
# round 1's script: its subprocess that runs a commit's clean and figures stages, and P/R/F1
from figure_filter_cv import _OLD_RUN as _RUN, _prf  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"
OUT = RW / "learnt_filter"
CANDIDATES = OUT / "r10_candidates.csv"
GOLD_COUNTS = OUT / "r10_gold_counts.csv"
POOLS = {"r8prec": (RW / "pools" / "r8" / "r8prec", "judged.csv", "8902217"),
         "r9prec": (RW / "pools" / "r9" / "r9prec", "tokens.csv", "c045fe3")}
GRID = tuple(round(x, 3) for x in np.arange(0.0, 0.7001, 0.025))
FOLDS, INNER_FOLDS, MAX_RECALL_LOSS = 5, 4, 0.005

_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
          "million billion half third quarter dozen").split()
#: the numeral tokens the pools were judged on (r8prec/r9prec work/run.py)
TOK = re.compile(r"\d+(?:[.,]\d+)*|\b(?:%s)\b" % "|".join(_WORDS), re.I)
#: words of a line that say where a number sits (meeting furniture, references); general, not of one page
LINE_WORDS = {"minute": "minute", "minutes": "minute", "item": "item", "items": "item", "page": "page",
              "pages": "page", "paragraph": "paragraph", "vote": "vote", "votes": "vote", "voted": "vote",
              "agenda": "agenda", "appendix": "appendix", "report": "report", "present": "present",
              "apologies": "apologies", "declaration": "declaration", "declarations": "declaration",
              "resolved": "resolved", "councillor": "councillor", "councillors": "councillor", "cllr": "councillor",
              "section": "section", "annex": "annex", "part": "part", "recommendation": "recommendation",
              "recommendations": "recommendation", "question": "question", "questions": "question",
              "ward": "ward", "room": "room", "tel": "tel", "telephone": "tel", "email": "email"}
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_AGENDA = re.compile(r"\s*(?:item\s*)?\(?[0-9]+[.)]?(?:[0-9.]*)\s+[A-Z]")


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def extra_features(text: str, start: int, end: int, candidate: str, unit: str) -> list[str]:
    """The round-10 features of the number ``text[start:end]`` (besides :func:`learnt.features`).

    >>> extra_features("4. Minutes of the last meeting\\n", 0, 1, "figure", "count")[:4]
    ['cand=figure', 'unit=count', 'lw=minute', 'pos=0']
    """
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    line = text[a:b]
    out = [f"cand={'figure' if candidate == 'figure' else 'num'}"]
    if candidate == "figure":
        out.append(f"unit={unit or 'none'}")
    words = _WORD.findall(line)
    for w in sorted({LINE_WORDS[w.lower()] for w in words if w.lower() in LINE_WORDS}):
        out.append(f"lw={w}")
    out.append(f"pos={_bucket(start - a, (0, 3, 10, 40))}")
    out.append(f"line_nums={_bucket(len(TOK.findall(line)), (1, 2, 5))}")
    if _AGENDA.match(line):
        out.append("agenda_line")
    caps = [w for w in words if len(w) > 3]
    if len(caps) >= 2 and sum(w[0].isupper() for w in caps) / len(caps) > 0.6:
        out.append("title_line")
    if line.rstrip().endswith("."):
        out.append("line_period")
    before, after = text[max(0, start - 1):start], text[end:end + 1]
    out.append(f"pc={before if before.strip() else 'sp'}")
    out.append(f"nc={after if after.strip() else 'sp'}")
    prev_line = text[text.rfind("\n", 0, max(0, a - 1)) + 1:max(0, a - 1)]
    if a == 0 or not prev_line.strip():
        out.append("after_blank")
    return out


def council_group(name: str) -> str:
    """One group per council across sources: ``London Borough of Barnet`` and ``Barnet`` are ``barnet``.

    >>> [council_group(n) for n in ("London Borough of Barnet", "Stockport Metropolitan Borough Council",
    ...  "City of London Corporation", "City of London", "Milton Keynes City Council")]
    ['barnet', 'stockport', 'city-of-london', 'city-of-london', 'milton-keynes']
    """
    n = name.strip()
    for p in ("London Borough of ", "Royal Borough of "):
        if n.startswith(p):
            n = n[len(p):]
    for s in (" Metropolitan Borough Council", " Borough Council", " City Council", " County Council", " Council",
              " Corporation"):
        if n.endswith(s):
            n = n[: -len(s)]
    return n.lower().replace(" ", "-")


def _context(text: str, s: int, e: int) -> str:
    return text[max(0, s - 60):e + 40].replace("\n", " ")


def _pool_rows(name: str, pool: Path, judged_file: str, commit: str, figs: pd.DataFrame, nums: pd.DataFrame
               ) -> tuple[list[dict], list[dict]]:
    """Candidates of a token-judged pool and its reader figures per page."""
    man = pd.read_csv(pool / "raw" / "manifest.csv")
    tok = pd.read_csv(pool / judged_file, keep_default_na=False)
    judged = {(d, int(s)): j for d, s, j in zip(tok["doc"], tok["start"], tok["judged"])}
    cand = pd.concat([figs.assign(candidate="figure"), nums.rename(columns={"kind": "candidate"})], ignore_index=True)
    rows, counts = [], []
    for r in man.sort_values("file").itertuples():
        doc = Path(r.file).stem
        text = (pool / "raw" / r.file).read_text(encoding="utf-8")
        starts = [m.start() for m in TOK.finditer(text)]
        assert all((doc, s) in judged for s in starts), (name, doc)
        counts.append({"source": name, "council": r.council, "group": council_group(r.council), "doc_id": doc,
                       "gold_figures": sum(judged[(doc, s)] in ("F", "Fx") for s in starts)})
        c = cand[cand["doc_id"] == doc]
        for x in c.itertuples():
            s, e = int(x.raw_start), int(x.raw_end)
            head = next((t for t in starts if s <= t < e), None)
            if head is None or judged[(doc, head)] == "amb":
                continue
            unit = "" if pd.isna(x.unit) else str(x.unit)
            rows.append({"source": name, "council": r.council, "group": council_group(r.council), "doc_id": doc,
                         "raw_start": s, "raw_end": e, "surface": text[s:e], "candidate": x.candidate,
                         "unit": unit, "judged": judged[(doc, head)], "label": int(judged[(doc, head)] == "F"),
                         "commit": commit, "context": _context(text, s, e),
                         "features": " ".join(features(text, s, e)),
                         "extra": " ".join(extra_features(text, s, e, x.candidate, unit))})
    return rows, counts


def build() -> tuple[pd.DataFrame, pd.DataFrame]:
    manifest = pd.read_csv(RW / "raw" / "manifest.csv")
    dev = manifest[manifest["split"] == "dev"].assign(doc_id=lambda m: m["file"].str.replace(".txt", "", regex=False))
    dev_file = dict(zip(dev["doc_id"], dev["file"]))
    first = pd.read_csv(OUT / "first_run.csv", keep_default_na=False)
    assert set(first["doc_id"]) <= set(dev_file), "first_run.csv holds a non-dev document"
    texts = {d: (RW / "raw" / dev_file[d]).read_text(encoding="utf-8") for d in sorted(set(first["doc_id"]))}
    rows = []
    for x in first.itertuples():
        t = texts[x.doc_id]
        s, e = int(x.raw_start), int(x.raw_end)
        assert t[s:e] == x.surface
        rows.append({"source": "dev", "council": x.council, "group": council_group(x.council), "doc_id": x.doc_id,
                     "raw_start": s, "raw_end": e, "surface": x.surface, "candidate": x.candidate, "unit": x.unit,
                     "judged": "F" if x.label else "", "label": int(x.label), "commit": x.commit,
                     "context": _context(t, s, e), "features": " ".join(features(t, s, e)),
                     "extra": " ".join(extra_features(t, s, e, x.candidate, x.unit))})
    gc = pd.read_csv(OUT / "gold_counts.csv")
    counts = [{"source": "dev", "council": c, "group": council_group(c), "doc_id": d, "gold_figures": int(g)}
              for c, d, g in zip(gc["council"], gc["doc_id"], gc["gold_figures"])]
    for name, (pool, judged_file, commit) in POOLS.items():
        figs = pd.read_csv(pool / "base" / "figures.csv")
        nums = pd.read_csv(pool / "base" / "numbers.csv")
        r, c = _pool_rows(name, pool, judged_file, commit, figs, nums)
        rows += r
        counts += c
    cols = ["source", "council", "group", "doc_id", "raw_start", "raw_end", "surface", "candidate", "unit", "judged",
            "label", "commit", "context", "features", "extra"]
    out = pd.DataFrame(rows)[cols].sort_values(["source", "doc_id", "raw_start", "raw_end", "candidate"],
                                               kind="mergesort").reset_index(drop=True)
    return out, pd.DataFrame(counts).sort_values(["source", "doc_id"], kind="mergesort").reset_index(drop=True)


# ----------------------------------------------------------------------------------------------- the CV

CONFIGS = {
    "C1": dict(extra=True, max_recall_loss=MAX_RECALL_LOSS, only_figures=False),
    "C2": dict(extra=True, max_recall_loss=None, only_figures=False),
    "C3": dict(extra=False, max_recall_loss=MAX_RECALL_LOSS, only_figures=False),
    "C4": dict(extra=True, max_recall_loss=MAX_RECALL_LOSS, only_figures=True),
}


def _x(rows: pd.DataFrame, extra: bool) -> list[str]:
    return (rows["features"] + " " + rows["extra"]).tolist() if extra else rows["features"].tolist()


def _oof(rows: pd.DataFrame, extra: bool, folds: int) -> np.ndarray:
    out = np.zeros(len(rows))
    groups = rows["group"].to_numpy()
    for tr, te in GroupKFold(n_splits=min(folds, len(set(groups)))).split(rows, groups=groups):
        out[te] = scores(fit(_x(rows.iloc[tr], extra), rows["label"].iloc[tr].tolist()), _x(rows.iloc[te], extra))
    return out


def choose_threshold(rows: pd.DataFrame, n_gold: int, extra: bool, max_recall_loss: float | None) -> float:
    is_fig = (rows["candidate"] == "figure").to_numpy()
    prob = _oof(rows, extra, INNER_FOLDS)[is_fig]
    labels = rows["label"].to_numpy()[is_fig]
    base_r = _prf(int(labels.sum()), len(labels), n_gold)[1]
    best, best_f1 = 0.0, -1.0
    for t in GRID:
        keep = prob >= t
        _, r, f1 = _prf(int(labels[keep].sum()), int(keep.sum()), n_gold)
        if max_recall_loss is not None and r < base_r - max_recall_loss - 1e-12:
            continue
        if f1 > best_f1 + 1e-12:
            best, best_f1 = t, f1
    return best


def cross_validate(rows: pd.DataFrame, counts: pd.DataFrame, extra: bool, max_recall_loss: float | None,
                   only_figures: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per fold and pooled: P, R, F1 of the rules alone and of rules + filter; and every held-out figure's score."""
    if only_figures:
        rows = rows[rows["candidate"] == "figure"].reset_index(drop=True)
    gold = counts.groupby("group")["gold_figures"].sum()
    groups = np.array(sorted(gold.index))
    table, kept_rows = [], []
    tot = np.zeros(5, dtype=int)
    for k, (tr, te) in enumerate(GroupKFold(n_splits=FOLDS).split(groups, groups=groups), 1):
        train = rows[rows["group"].isin(groups[tr])].reset_index(drop=True)
        test = rows[rows["group"].isin(groups[te]) & (rows["candidate"] == "figure")].reset_index(drop=True)
        t = choose_threshold(train, int(gold[groups[tr]].sum()), extra, max_recall_loss)
        prob = scores(fit(_x(train, extra), train["label"].tolist()), _x(test, extra))
        keep = prob >= t
        lab = test["label"].to_numpy()
        n = [int(lab.sum()), len(test), int(lab[keep].sum()), int(keep.sum()), int(gold[groups[te]].sum())]
        tot += n
        table.append(_row(f"fold {k} ({len(te)} councils)", t, *n))
        kept_rows.append(test.assign(fold=k, threshold=t, prob=prob, kept=keep))
    table.append(_row("pooled", float("nan"), *tot))
    held = pd.concat(kept_rows, ignore_index=True)
    for src in sorted(held["source"].unique()):
        h = held[held["source"] == src]
        g = int(counts.loc[counts["source"] == src, "gold_figures"].sum())
        table.append(_row(f"  of which {src}", float("nan"), int(h["label"].sum()), len(h),
                          int(h.loc[h["kept"], "label"].sum()), int(h["kept"].sum()), g))
    return pd.DataFrame(table), held


def _row(name: str, t: float, r_tp: int, r_pred: int, f_tp: int, f_pred: int, n_gold: int) -> dict[str, object]:
    rp, rr, rf = _prf(r_tp, r_pred, n_gold)
    fp, fr, ff = _prf(f_tp, f_pred, n_gold)
    return {"fold": name, "gold": n_gold, "threshold": t, "rules_pred": r_pred, "rules_P": rp, "rules_R": rr,
            "rules_F1": rf, "filter_pred": f_pred, "filter_P": fp, "filter_R": fr, "filter_F1": ff,
            "dF1": ff - rf, "dR": fr - rr, "dropped_true": r_tp - f_tp, "dropped_false": (r_pred - r_tp) - (f_pred - f_tp)}


def load() -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = pd.read_csv(CANDIDATES, dtype={"features": str, "extra": str, "unit": str, "judged": str},
                       keep_default_na=False)
    return rows, pd.read_csv(GOLD_COUNTS)


# ----------------------------------------------------------------------------------------------- held out

def heldout(pool: Path, commit: str, config: str = "C1") -> pd.DataFrame:
    """Rules vs rules + filter (``config`` fitted on the whole table) on a token-judged pool, first run of ``commit``."""
    cfg = CONFIGS[config]
    rows, counts = load()
    if cfg["only_figures"]:
        rows = rows[rows["candidate"] == "figure"].reset_index(drop=True)
    n_gold_all = int(counts["gold_figures"].sum())
    t = choose_threshold(rows, n_gold_all, cfg["extra"], cfg["max_recall_loss"])
    model = fit(_x(rows, cfg["extra"]), rows["label"].tolist())
    with tempfile.TemporaryDirectory(prefix="cm-r10filter-") as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        man = pd.read_csv(pool / "raw" / "manifest.csv")
        for f in man["file"]:
            shutil.copyfile(pool / "raw" / f, raw / f)
        man.assign(committee="", meeting_date="", title="")[
            ["file", "council", "committee", "meeting_date", "title", "source_url", "half"]].to_csv(
            raw / "manifest.csv", index=False)
        code = Path(tmp) / "code"
        code.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
        processed = Path(tmp) / "processed"
        subprocess.run([sys.executable, "-c", _RUN, str(raw), str(processed)], cwd=code, check=True,
                       env={**os.environ, "PYTHONPATH": str(code / "src")}, capture_output=True)
        figs, nums = pd.read_csv(processed / "f.csv"), pd.read_csv(processed / "n.csv")
    judged_file = "tokens.csv"
    r, c = _pool_rows("heldout", pool, judged_file, commit, figs, nums)
    test = pd.DataFrame(r)
    test = test[test["candidate"] == "figure"].reset_index(drop=True)
    half = dict(zip(man["file"].str.replace(".txt", "", regex=False), man["half"]))
    test["half"] = test["doc_id"].map(half)
    cnt = pd.DataFrame(c)
    cnt["half"] = cnt["doc_id"].map(half)
    tok = pd.read_csv(pool / judged_file, keep_default_na=False)
    if f"first_run_{commit}" in tok.columns:
        # the pool's own convention (r9prec's work/score.py): a reader figure is missed when its token is in no
        # figure of the first run; a later token of a figure the rules read as one ("77 to 85") is not a miss
        missed = tok[(tok["judged"] == "F") & (tok[f"first_run_{commit}"] != "figure")]
        heads = test[test["label"] == 1].groupby("doc_id").size()
        cnt["gold_figures"] = [int(heads.get(d, 0)) + int((missed["doc"] == d).sum()) for d in cnt["doc_id"]]
    prob = scores(model, _x(test, cfg["extra"]))
    test["prob"], test["kept"] = prob, prob >= t
    out = []
    for name, sel, g in [("TUNE", test["half"] == "TUNE", cnt.loc[cnt["half"] == "TUNE", "gold_figures"].sum()),
                         ("CHECK", test["half"] == "CHECK", cnt.loc[cnt["half"] == "CHECK", "gold_figures"].sum()),
                         ("pooled", test["half"].notna(), cnt["gold_figures"].sum())]:
        h = test[sel]
        out.append(_row(f"{name}", t, int(h["label"].sum()), len(h), int(h.loc[h["kept"], "label"].sum()),
                        int(h["kept"].sum()), int(g)))
    return pd.DataFrame(out), test


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", action="store_true", help="rebuild the candidate table from the allowed sources")
    ap.add_argument("--config", action="append", help="only these configurations (default: all)")
    ap.add_argument("--heldout", type=Path, help="a token-judged pool (raw/, tokens.csv) to score once")
    ap.add_argument("--commit", default="20a5e63", help="the held-out pool's first-run code")
    ap.add_argument("--dump", type=Path, help="write the held-out figures with their scores here")
    args = ap.parse_args(argv)
    if args.build:
        rows, counts = build()
        io.write_text(CANDIDATES, rows.to_csv(index=False, lineterminator="\n"))
        io.write_text(GOLD_COUNTS, counts.to_csv(index=False, lineterminator="\n"))
        print(f"{CANDIDATES}: {len(rows)} candidates ({int(rows['label'].sum())} figures), "
              f"{rows['group'].nunique()} councils; {GOLD_COUNTS}: {int(counts['gold_figures'].sum())} reader figures")
        return 0
    with pd.option_context("display.width", 250, "display.max_columns", 30):
        if args.heldout:
            table, test = heldout(args.heldout, args.commit, (args.config or ["C1"])[0])
            print(table.round(3).to_string(index=False))
            if args.dump:
                test.drop(columns=["features", "extra"]).to_csv(args.dump, index=False)
            return 0
        rows, counts = load()
        for name in args.config or list(CONFIGS):
            table, _ = cross_validate(rows, counts, **CONFIGS[name])
            print(f"== {name} {CONFIGS[name]}")
            print(table.round(3).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
