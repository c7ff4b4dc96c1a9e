"""Segment-level council-held-out theme CV: the topics table's themes on councils the model has not learnt from.

Every page of the dev split (only: its manifest is filtered to ``split == dev`` before any file is copied), of
round 11's pools (judged in ``pools/r12themes``), round 12's fresh pools (``pools/r12themesB``) and round 13's
blind pool (``pools/r13/r13themesJ``) is cleaned; each page's segments are coded with their context
(:func:`analysis.themes.code_segments`) by a model fitted on the configuration's training rows outside the
fold of the page's council (:func:`analysis.themes.cv_folds` keys, 5 folds); each judged passage is matched to
its segment by span. Round 14's measure (notes r14_themes: its script was not kept); it reproduces round 14's
final numbers (pools 1,801 of 2,168). Round 15 reports it for information (notes r15_r15themes).

Usage::

    PYTHONPATH=src .venv/bin/python scripts/theme_segment_cv.py A B ...   # names of theme_config_cv.CONFIGS
"""
import csv, glob, shutil, sys, tempfile, warnings, importlib.util
from pathlib import Path
import numpy as np, pandas as pd
warnings.simplefilter("ignore")
ROOT = Path(__file__).resolve().parents[1]
from analysis import clean, corpus, themes as TH
from analysis.topics import load_codebook
from analysis.realworld import match_passages

def mod(p, n):
    s = importlib.util.spec_from_file_location(n, ROOT / p); m = importlib.util.module_from_spec(s); s.loader.exec_module(m); return m
btt = mod("scripts/build_theme_training.py", "btt"); tcv = mod("scripts/theme_config_cv.py", "tcv")
P = ROOT / "tests/realworld/pools"
SETS = {"r11": ("r11/*", P / "r12themes/themes_judged.csv"), "r12": ("r12/r12fresh*", P / "r12themesB/themes_judged.csv"),
        "r13": ("r13/r13themesJ", P / "r13/r13themesJ/themes_judged.csv")}


def main() -> None:
    """Clean the pages, fit each fold's model and print one line per configuration named on the command line."""
    tmp = Path(tempfile.mkdtemp())
    try:
        _run(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _run(tmp: Path) -> None:
    raw = tmp / "raw"; raw.mkdir()
    key, gold, mrows = {}, [], []
    for name, (g, judged) in SETS.items():
        for m in sorted(glob.glob(str(P / g / "raw/manifest.csv"))):
            pool = Path(m).parts[-3]
            for r in csv.DictReader(open(m, encoding="utf-8")):
                new = f"{pool}__{r['file']}"; shutil.copyfile(Path(m).parent / r["file"], raw / new)
                key[new[:-4]] = "realworld-dev:" + btt.council_key(r["council"])
                mrows.append({"file": new, "council": r["council"], "committee": "", "meeting_date": "", "title": "", "source_url": r["source_url"]})
        j = pd.read_csv(judged, dtype={"doc_id": str, "theme": str, "text": str}, keep_default_na=False); j["set"] = name; gold.append(j)
    # dev only: filter the manifest to split == dev before copying anything
    man = pd.read_csv(ROOT / "tests/realworld/raw/manifest.csv", dtype=str, keep_default_na=False)
    man = man[man["split"] == "dev"]
    for f in man["file"]:
        shutil.copyfile(ROOT / "tests/realworld/raw" / f, raw / f); key[Path(f).stem] = "realworld-dev:" + TH.council_of(Path(f).stem)
    mrows += man[["file", "council", "committee", "meeting_date", "title", "source_url"]].to_dict("records")
    pd.DataFrame(mrows).to_csv(raw / "manifest.csv", index=False)
    # dev gold: only rows of the pages copied above are kept while the file is read (no test-split row is held)
    with open(ROOT / "tests/realworld/themes_gold.csv", encoding="utf-8", newline="") as fh:
        dg = pd.DataFrame([r for r in csv.DictReader(fh) if r["doc_id"] in key])
    dg["set"] = "dev"; gold.append(dg)
    gold = pd.concat(gold, ignore_index=True)
    docs = [d for d in corpus.load_corpus(raw) if d.doc_id in key]
    segs = clean.clean_documents(docs).sort_values(["doc_id", "seq"], kind="mergesort").reset_index(drop=True)
    frame = corpus.documents_frame(docs, segs)
    passages = btt.build(with_r13=True).reset_index(drop=True)
    cb = load_codebook()
    seg_fold = np.array([TH.council_fold(key[d], 5) for d in segs["doc_id"]])
    for name in sys.argv[1:]:
        with_r13, fw, ow = tcv.CONFIGS[name]
        train = passages if with_r13 else passages[passages["source"] != "pools-r13"]
        tf = TH.cv_folds(train, 5)
        coded = np.empty(len(segs), dtype=object)
        for f in range(5):
            rows = seg_fold == f
            m = TH.fit_model(cb, train[tf != f], feature_weight=fw, other_weight=ow)
            coded[rows] = [x.theme for x in TH.code_segments(segs[rows], frame, cb, model=m)]
        table = segs.assign(theme=coded, topic=0)
        x = match_passages(gold, table)
        ok = x["pred_theme"] == x["theme"]; no = x["theme"] != "other"
        parts = "  ".join(f"{s} {ok[x.set == s].mean():.3f} no {ok[(x.set == s) & no].mean():.3f}" for s in ["dev", "r11", "r12", "r13"])
        pools = x.set != "dev"
        print(f"{name:9s} pools {ok[pools].sum()}/{pools.sum()} = {ok[pools].mean():.4f} non-other {ok[pools & no].mean():.4f}  {parts}", flush=True)


if __name__ == "__main__":
    main()
