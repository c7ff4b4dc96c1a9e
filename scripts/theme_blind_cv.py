"""Round 37's declared CV: the open blind sets as a theme training source (notes r37_themetrain).

Every page of the open blind sets (folders named on the command line, or ``--sets-file``) is cleaned; each page's
segments are coded with context (:func:`analysis.themes.code_segments`) and each gold passage's text isolated
(:func:`analysis.themes.assign_themes`) by a model fitted without the fold of the page's council (5 folds,
:func:`analysis.themes.council_fold` of ``realworld-dev:<council key>``, the key :func:`analysis.themes.cv_folds` gives
a council's dev and pool passages). Configurations: ``A`` (the committed training file) and ``A+blind`` (A plus every
open set's ``themes_gold.csv`` passages as source ``pools-blind``, never a council of the real-minutes ``test``
split). Then the dev guard: :func:`analysis.realworld.topics_cv` with each training.

Round 39 (notes r39_themetrain) re-ran the first declared test on the converged fit (``themes.TOL``, read by
:func:`analysis.themes.fit_model`; the script prints it) with ``--sets-file /work/staging/r39/sets.txt``.

Usage::

    PYTHONPATH=src .venv/bin/python scripts/theme_blind_cv.py --sets-file /work/staging/r37/sets.txt [--no-dev]
    PYTHONPATH=src .venv/bin/python scripts/theme_blind_cv.py --sets-file /work/staging/r37/sets.txt --variants

``--variants`` (round 37, notes r37_themetrain2, declared after r37themetrain's result): instead of ``A+blind``, the
configurations ``A+blind-noother`` (the blind passages without those whose gold theme is ``other``) and
``A+blind-other0.5`` (all blind passages, those of gold ``other`` at sample weight :data:`OTHER_BLIND_WEIGHT`, the
others and every row of A at 1). Sample weights are a ``weight`` column of the training frame, read by
:func:`analysis.themes.fit_model` as sample weights (the ``balanced`` class weights stay computed on row counts),
also inside ``topics_cv``.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

warnings.simplefilter("ignore")
ROOT = Path(__file__).resolve().parents[1]
from analysis import clean, corpus, themes as TH  # noqa: E402
from analysis.realworld import match_passages, topics_cv  # noqa: E402
from analysis.topics import load_codebook  # noqa: E402

FOLDS = 5
#: the one sample weight of a blind passage of gold ``other`` in ``A+blind-other0.5`` (fixed in the declaration)
OTHER_BLIND_WEIGHT = 0.5


def _btt():
    s = importlib.util.spec_from_file_location("btt", ROOT / "scripts" / "build_theme_training.py")
    m = importlib.util.module_from_spec(s)
    s.loader.exec_module(m)  # type: ignore[union-attr]
    return m


def test_councils() -> set[str]:
    """Names of the councils of the real-minutes ``test`` split (names only: no page or gold row is read)."""
    man = pd.read_csv(ROOT / "tests/realworld/raw/manifest.csv", dtype=str, keep_default_na=False)
    return set(man.loc[man["split"] == "test", "council"])


def train_keys(training: pd.DataFrame) -> list[str]:
    """Fold key of each training row: ``realworld-dev:<council>`` for dev and every ``pools-*`` source."""
    out = []
    for s, d in zip(training["source"], training["doc_id"]):
        s = "realworld-dev" if s == "realworld-dev" or s.startswith("pools-") else s
        out.append(f"{s}:{TH.council_of(d)}")
    return out


#: the exploratory inner grid: (feature_weight, other_weight)
GRID = ((0.5, 0.75), (0.5, 1.0), (0.5, 1.5), (1.0, 1.0))


def inner_choice(cb, train: pd.DataFrame, keys: list[str], folds: int = 3) -> dict[str, float]:
    """The grid point with the best isolated accuracy on ``train`` held out by council (``folds`` inner folds, keyed
    apart from the outer folds); ties go to the earlier point."""
    fold = np.array([TH.council_fold(k + "#inner", folds) for k in keys])
    gold = train["theme"].to_numpy()
    best, best_ok = GRID[0], -1
    for fw, ow in GRID:
        ok = 0
        for f in range(folds):
            m = TH.fit_model(cb, train[fold != f], feature_weight=fw, other_weight=ow)
            ok += int((np.array(TH.assign_themes(train.loc[fold == f, "text"].tolist(), cb, model=m))
                       == gold[fold == f]).sum())
        print(f"    inner fw {fw} ow {ow}: {ok}/{len(train)}", flush=True)
        if ok > best_ok:
            best, best_ok = (fw, ow), ok
    return {"feature_weight": best[0], "other_weight": best[1]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--sets-file")
    ap.add_argument("--no-dev", action="store_true")
    ap.add_argument("--variants", action="store_true",
                    help="r37themetrain2's declared configurations: A+blind-noother and A+blind-other0.5 against A")
    ap.add_argument("--inner", action="store_true",
                    help="exploratory: A+blind's (feature_weight, other_weight) chosen per outer fold by an inner "
                         "3-fold council CV (isolated accuracy on the outer-train rows); A keeps BASE's knobs")
    a = ap.parse_args(argv)
    sets = [Path(s) for s in a.sets] + ([Path(x) for x in Path(a.sets_file).read_text().split()] if a.sets_file else [])
    sets = [s if s.is_absolute() else ROOT / s for s in sets]
    btt = _btt()
    cb = load_codebook()
    tests = test_councils()
    base = TH.load_training()
    tmp = Path(tempfile.mkdtemp())
    try:
        raw = tmp / "raw"
        raw.mkdir()
        key, mrows, gold, blind = {}, [], [], []
        for s in sets:
            pages = pd.read_csv(s / "manifest.csv", dtype=str, keep_default_na=False)
            bp = btt.blind_passages(s, "pools-blind")
            g = pd.read_csv(s / "themes_gold.csv", dtype={"doc_id": str, "theme": str, "text": str},
                            keep_default_na=False)
            # council key of each page, as blind_passages keys it (its doc_id is "<key>_<page with - for _>")
            stem_key = {}
            for d, bd in zip(pd.read_csv(s / "themes_gold.csv", dtype=str, keep_default_na=False)["doc_id"],
                             bp["doc_id"]):
                stem_key[d] = TH.council_of(bd)
            council_name = {Path(f).stem: c for f, c in zip(pages["file"], pages["council"])}
            for r in pages.to_dict("records"):
                stem = Path(r["file"]).stem
                new = f"{s.name}__{r['file']}"
                shutil.copyfile(s / "raw" / r["file"], raw / new)
                key[new[:-4]] = "realworld-dev:" + stem_key.get(stem, btt.council_key(r["council"]))
                mrows.append({"file": new, "council": r["council"], "committee": "", "meeting_date": "",
                              "title": "", "source_url": r["source_url"]})
            g = g.assign(doc_id=[f"{s.name}__{d}" for d in g["doc_id"]], set=s.name)
            gold.append(g)
            keep = [council_name.get(d) not in tests
                    for d in pd.read_csv(s / "themes_gold.csv", dtype=str, keep_default_na=False)["doc_id"]]
            blind.append(bp[keep])
        pd.DataFrame(mrows).to_csv(raw / "manifest.csv", index=False)
        gold = pd.concat(gold, ignore_index=True)
        blind = pd.concat(blind, ignore_index=True)
        blind["text"] = [" ".join(str(t).split()) for t in blind["text"]]
        blind = blind[blind["text"].str.len() > 0]
        plus = pd.concat([base, blind], ignore_index=True).drop_duplicates(["theme", "text"]).reset_index(drop=True)
        print(f"theme model fitted with TOL {TH.TOL:g}", flush=True)
        print(f"gold passages {len(gold)} of {len(sets)} sets; blind training rows {len(plus) - len(base)} "
              f"(base {len(base)}); councils held {len(set(key.values()))}", flush=True)
        configs = [("A", base), ("A+blind", plus)]
        if a.variants:
            noother = pd.concat([base, blind[blind["theme"] != TH.OTHER]], ignore_index=True)
            noother = noother.drop_duplicates(["theme", "text"]).reset_index(drop=True)
            low = plus.assign(weight=[OTHER_BLIND_WEIGHT if (s == "pools-blind" and t == TH.OTHER) else 1.0
                                      for s, t in zip(plus["source"], plus["theme"])])
            configs = [("A", base), ("A+blind-noother", noother), ("A+blind-other0.5", low)]
            print(f"A+blind-noother rows {len(noother)} (+{len(noother) - len(base)}); A+blind-other0.5 rows "
                  f"{len(low)}, {int((low['weight'] != 1).sum())} at weight {OTHER_BLIND_WEIGHT}", flush=True)
        docs = corpus.load_corpus(raw)
        segs = clean.clean_documents(docs).sort_values(["doc_id", "seq"], kind="mergesort").reset_index(drop=True)
        frame = corpus.documents_frame(docs, segs)
        seg_fold = np.array([TH.council_fold(key[d], FOLDS) for d in segs["doc_id"]])
        gold_fold = np.array([TH.council_fold(key[d], FOLDS) for d in gold["doc_id"]])
        print(f"segments {len(segs)}; gold by fold {np.bincount(gold_fold).tolist()}", flush=True)
        results = {}
        for name, train in configs:
            keys = train_keys(train)
            tf = np.array([TH.council_fold(k, FOLDS) for k in keys])
            coded = np.empty(len(segs), dtype=object)
            iso = np.empty(len(gold), dtype=object)
            for f in range(FOLDS):
                kw = {}
                if a.inner and name != "A":
                    kw = inner_choice(cb, train[tf != f], [k for k, t in zip(keys, tf) if t != f])
                    print(f"  fold {f}: inner CV chose {kw}", flush=True)
                m = TH.fit_model(cb, train[tf != f], **kw)
                rows = seg_fold == f
                coded[rows] = [x.theme for x in TH.code_segments(segs[rows], frame, cb, model=m)]
                grows = gold_fold == f
                iso[grows] = TH.assign_themes(gold.loc[grows, "text"].tolist(), cb, model=m)
            x = match_passages(gold, segs.assign(theme=coded, topic=0))
            tab = (x["pred_theme"] == x["theme"]).to_numpy()
            iso_ok = iso == gold["theme"].to_numpy()
            results[name] = (tab, iso_ok)
            print(f"{name:8s} table {tab.sum()}/{len(tab)} = {tab.mean():.4f}  isolated {iso_ok.sum()}/{len(iso_ok)}"
                  f" = {iso_ok.mean():.4f}", flush=True)
        for other_name, _ in configs[1:]:
            report(results, other_name, gold, gold_fold, sets)
        if not a.no_dev:
            for name, train in configs:
                r = topics_cv(ROOT / "tests" / "realworld", training=train, folds=FOLDS)
                print(f"dev held-out {name:8s} theme {r['theme_accuracy']:.4f} nmi {r['nmi']:.4f} "
                      f"passages {r['passages']}", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def report(results: dict, name: str, gold: pd.DataFrame, gold_fold: np.ndarray, sets: list[Path]) -> None:
    """Print configuration ``name`` against ``A``: deltas, paired bootstrap, by fold, by set, by gold ``other``."""
    print(f"== {name} against A")
    (ta, ia), (tb, ib) = results["A"], results[name]
    print(f"delta table {tb.mean() - ta.mean():+.4f} ({int(tb.sum()) - int(ta.sum()):+d})  isolated "
          f"{ib.mean() - ia.mean():+.4f} ({int(ib.sum()) - int(ia.sum()):+d})")
    rng = np.random.default_rng(0)
    n = len(ta)
    for lab, u, v in (("table", ta, tb), ("isolated", ia, ib)):
        d = v.astype(float) - u.astype(float)
        boots = [d[rng.integers(0, n, n)].mean() for _ in range(2000)]
        print(f"  {lab}: paired bootstrap 95% [{np.percentile(boots, 2.5):+.4f}, {np.percentile(boots, 97.5):+.4f}]")
    for f in range(FOLDS):
        r = gold_fold == f
        print(f"  fold {f}: n {r.sum()} table {ta[r].mean():.3f} -> {tb[r].mean():.3f}  isolated "
              f"{ia[r].mean():.3f} -> {ib[r].mean():.3f}")
    for s in sets:
        r = (gold["set"] == s.name).to_numpy()
        print(f"  {s.name:14s} n {r.sum():4d} table {ta[r].sum():4d} -> {tb[r].sum():4d}  isolated "
              f"{ia[r].sum():4d} -> {ib[r].sum():4d}")
    no = (gold["theme"] != "other").to_numpy()
    print(f"  not other (n {no.sum()}): table {ta[no].mean():.4f} -> {tb[no].mean():.4f}  isolated "
          f"{ia[no].mean():.4f} -> {ib[no].mean():.4f}")
    print(f"  gold other (n {(~no).sum()}): table {ta[~no].mean():.4f} -> {tb[~no].mean():.4f}  isolated "
          f"{ia[~no].mean():.4f} -> {ib[~no].mean():.4f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
