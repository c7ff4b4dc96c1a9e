"""Round 39 (helper r39scale): run the open blind sets as ONE corpus and compare with their runs set by set.

Issue 11 saw the automatic number of topics collapse when 46 councils were run together. The open-set numbers are
means over sets each run alone; this script measures them on the sets merged into one corpus.

``build OUT SET_DIR... [--fraction F --seed S]`` writes one set at ``OUT`` (manifest.csv, raw/, figures_gold.csv,
themes_gold.csv) holding every document of the given sets, or only those of a seeded random share ``F`` of their
councils (councils sorted by name, ``numpy.random.default_rng(S).permutation``, the first ``round(F * n)`` kept).
File names must be unique across the sets (checked). Run it with ``tests/realworld/pools/r23/work/set_runs.sh``.

``compare RUN BASE_DIR SET_DIR...`` compares the merged run ``RUN`` (set_runs.sh's output folder of the merged set)
with the per-set runs ``BASE_DIR/<set>/``: figures P/R/indicator/id pooled both ways and the rows that differ, theme
accuracy of the topics table, topic NMI on the whole merged corpus, the merged run's NMI restricted to each set's
passages and the mean of the per-set NMIs, and the merged run's number of topics and their sizes.

Usage (from /work/main)::

    .venv/bin/python tests/realworld/notes/r39_scale_merge.py build /tmp/r39scale_merged $(cat /work/staging/r39/sets.txt)
    bash tests/realworld/pools/r23/work/set_runs.sh /work/wt/r39scale /tmp/r39scale_out /tmp/r39scale_merged
    .venv/bin/python tests/realworld/notes/r39_scale_merge.py compare /tmp/r39scale_out/r39scale_merged \
        /work/staging/r39/base0 $(cat /work/staging/r39/sets.txt)
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import numpy as np
import pandas as pd

GOLD = ("figures_gold.csv", "themes_gold.csv")


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def build(out: Path, sets: list[Path], fraction: float = 1.0, seed: int = 0) -> dict[str, int]:
    """Write the merged set at ``out`` (replaced if it exists); returns counts of sets, councils and documents."""
    manifests = [_read(s / "manifest.csv").assign(src_set=s.name) for s in sets]
    manifest = pd.concat(manifests, ignore_index=True).fillna("")
    dup = manifest["file"][manifest["file"].duplicated()]
    if len(dup):
        raise ValueError(f"file names repeat across sets: {sorted(set(dup))[:5]}")
    councils = sorted(set(manifest["council"]))
    if fraction < 1.0:
        order = np.random.default_rng(seed).permutation(len(councils))
        keep = {councils[i] for i in order[:round(fraction * len(councils))]}
        manifest = manifest[manifest["council"].isin(keep)]
    if out.exists():
        shutil.rmtree(out)
    (out / "raw").mkdir(parents=True)
    (out / "work").mkdir()  # write_first_run writes work/first_run/
    for r in manifest.itertuples():
        shutil.copyfile(Path(next(s for s in sets if s.name == r.src_set)) / "raw" / r.file, out / "raw" / r.file)
    docs = {Path(f).stem for f in manifest["file"]}
    manifest.drop(columns="src_set").sort_values("file", kind="stable").to_csv(out / "manifest.csv", index=False,
                                                                            lineterminator="\n")
    for name in GOLD:
        g = pd.concat([_read(s / name) for s in sets], ignore_index=True)
        g[g["doc_id"].isin(docs)].to_csv(out / name, index=False, lineterminator="\n")
    return {"sets": int(manifest["src_set"].nunique()), "councils": int(manifest["council"].nunique()),
            "documents": len(manifest)}


def _set_of_doc(sets: list[Path]) -> dict[str, str]:
    return {Path(f).stem: s.name for s in sets for f in _read(s / "manifest.csv")["file"]}


def _nmi(gold: pd.Series, topic: pd.Series) -> float:
    from sklearn.metrics import normalized_mutual_info_score
    return float(normalized_mutual_info_score(gold, topic)) if len(gold) > 1 else 0.0


def _scores(figs: pd.DataFrame, topics: pd.DataFrame, gold_figs: pd.DataFrame, gold_themes: pd.DataFrame) -> dict:
    """Figures and topic scores of one run's tables on the given gold rows (as analysis.realworld scores them)."""
    from analysis.evaluation import score
    from analysis.realworld import match_passages

    fs = score(figs, gold_figs)
    m = match_passages(gold_themes, topics)
    has = m["pred_topic"].notna()
    return {"gold": fs["n_gold"], "pred": fs["n_pred"], "tp": fs["true_positives"],
            "ind": fs["indicator"] * fs["n_gold"], "id_gold": float(gold_figs["indicator_id"].fillna("").astype(str)
                                                                    .str.strip().ne("").sum()),
            "id": fs["indicator_id"], "passages": len(m), "theme_ok": int((m["pred_theme"] == m["theme"]).sum()),
            "nmi": _nmi(m.loc[has, "theme"], m.loc[has, "pred_topic"]), "matched": m}


def _tables(run: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    d = run / "work" / "first_run"
    figs = pd.read_csv(d / "figures.csv", dtype={"doc_id": str, "indicator_id": str, "indicator": str})
    topics = pd.read_csv(d / "topics.csv", dtype={"doc_id": str, "theme": str})
    return figs, topics


def _gold(s: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    figs = pd.read_csv(s / "figures_gold.csv", dtype={"doc_id": str, "surface": str, "unit": str,
                                                      "indicator_id": str, "indicator": str})
    return figs, pd.read_csv(s / "themes_gold.csv", dtype={"doc_id": str, "theme": str, "text": str})


def _pool(rows: list[dict]) -> dict[str, float]:
    t = {k: sum(r[k] for r in rows) for k in ("gold", "pred", "tp", "ind", "id_gold", "passages", "theme_ok")}
    idok = sum(r["id"] * r["id_gold"] for r in rows)
    return {"figures_gold": t["gold"], "figures_pred": t["pred"], "precision": t["tp"] / t["pred"],
            "recall": t["tp"] / t["gold"], "indicator": t["ind"] / t["gold"], "indicator_id": idok / t["id_gold"],
            "theme_topics_table": t["theme_ok"] / t["passages"], "passages": t["passages"]}


FIG_KEY = ["doc_id", "raw_start", "raw_end"]
FIG_COLS = ["surface", "value", "unit", "indicator", "indicator_id"]


def figure_diff(merged: pd.DataFrame, base: pd.DataFrame) -> pd.DataFrame:
    """Figures whose span is in one run only or whose surface/value/unit/indicator/id differ."""
    a = merged[FIG_KEY + FIG_COLS].astype(str)
    b = base[FIG_KEY + FIG_COLS].astype(str)
    j = a.merge(b, on=FIG_KEY, how="outer", suffixes=("_merged", "_set"), indicator=True)
    diff = j["_merge"] != "both"
    for c in FIG_COLS:
        diff |= (j["_merge"] == "both") & (j[c + "_merged"] != j[c + "_set"])
    return j[diff]


def compare(run: Path, base: Path, sets: list[Path]) -> str:
    present = _set_of_doc(sets)
    mfigs, mtopics = _tables(run)
    docs = {Path(f).stem for f in _read(run / "manifest.csv")["file"]}
    in_run = [s for s in sets if any(present.get(d) == s.name for d in docs)]
    per_merged, per_alone, bfigs_all, lines = [], [], [], []
    set_rows = []
    for s in in_run:
        gf, gt = _gold(s)
        gf, gt = gf[gf["doc_id"].isin(docs)], gt[gt["doc_id"].isin(docs)]
        sdocs = set(gt["doc_id"]) | set(gf["doc_id"]) | {d for d in docs if present.get(d) == s.name}
        bf, bt = _tables(base / s.name)
        bf, bt = bf[bf["doc_id"].isin(sdocs)], bt[bt["doc_id"].isin(sdocs)]
        bfigs_all.append(bf)
        a = _scores(bf, bt, gf, gt)
        m = _scores(mfigs[mfigs["doc_id"].isin(sdocs)], mtopics[mtopics["doc_id"].isin(sdocs)], gf, gt)
        per_alone.append(a)
        per_merged.append(m)
        set_rows.append({"set": s.name, "docs": len(sdocs), "passages": a["passages"],
                         "k_alone": int(bt.loc[bt["topic"] >= 0, "topic"].nunique()),
                         "nmi_alone": round(a["nmi"], 3), "nmi_in_merged": round(m["nmi"], 3),
                         "theme_alone": round(a["theme_ok"] / max(1, a["passages"]), 3),
                         "theme_in_merged": round(m["theme_ok"] / max(1, m["passages"]), 3)})
    pa, pm = _pool(per_alone), _pool(per_merged)
    allm = pd.concat([r["matched"] for r in per_merged], ignore_index=True)
    has = allm["pred_topic"].notna()
    whole = _nmi(allm.loc[has, "theme"], allm.loc[has, "pred_topic"])
    n_councils = _read(run / "manifest.csv")["council"].nunique()
    lines += [f"merged run {run.name}: {len(docs)} documents, {n_councils} councils, {len(in_run)} sets", "",
              f"{'':22s}{'merged':>10s}{'sets alone':>12s}"]
    for k in ("figures_gold", "figures_pred", "precision", "recall", "indicator", "indicator_id",
              "theme_topics_table", "passages"):
        lines.append(f"{k:22s}{pm[k]:10.3f}{pa[k]:12.3f}")
    table = pd.DataFrame(set_rows)
    lines.append(f"{'topic_nmi':22s}{whole:10.3f}{table['nmi_alone'].mean():12.3f}   (merged: NMI over all "
                 f"{int(has.sum())} passages of the one corpus; alone: mean of {len(table)} per-set NMIs)")
    lines.append(f"{'':22s}{table['nmi_in_merged'].mean():10.3f}{'':12s}   (merged run's NMI within each set, mean)")
    d = figure_diff(mfigs[mfigs["doc_id"].map(present).notna()], pd.concat(bfigs_all, ignore_index=True))
    lines += ["", f"figures differing between the merged run and the per-set runs: {len(d)}"]
    if len(d):
        with pd.option_context("display.width", 250, "display.max_colwidth", 60, "display.max_rows", 200):
            lines.append(d.to_string())
    # topics of the merged run
    content = mtopics[mtopics["topic"] >= 0]
    sizes = content.groupby(["topic", "topic_label"]).size().sort_values(ascending=False)
    lines += ["", f"merged topics: k = {content['topic'].nunique()} over {len(content)} segments with content "
              f"({len(mtopics)} segments); largest topic holds {sizes.iloc[0] / len(content):.1%}",
              sizes.to_string(), "", "coded themes of the merged segments with content (topics.csv theme):",
              content["theme"].value_counts().to_string(), "",
              "gold theme x merged topic (passages):",
              pd.crosstab(allm.loc[has, "theme"], allm.loc[has, "pred_topic"].astype(int)).to_string(), "",
              "per set:", table.to_string(index=False)]
    return "\n".join(lines)


def size_effect(run: Path, sets: list[Path], seed: int = 0, draws: int = 20) -> str:
    """How the topic NMI of ONE labelling (the merged run's topics) depends on how many councils it is scored on.

    For groups of 1, 2, 5, 10, 21, 42 councils drawn at random (``draws`` each, ``default_rng(seed)``) and all
    councils: the mean NMI of the merged run's topics with the gold themes on the group's passages, the same for
    the coded theme as the cluster (``pred_theme``), and the adjusted MI (sklearn ``adjusted_mutual_info_score``,
    corrected for chance, so the size effect is removed). Per set: the same three, mean over the sets."""
    from sklearn.metrics import adjusted_mutual_info_score

    from analysis.realworld import match_passages

    _, topics = _tables(run)
    docs = {Path(f).stem for f in _read(run / "manifest.csv")["file"]}
    gold = pd.concat([_gold(s)[1] for s in sets], ignore_index=True)
    m = match_passages(gold[gold["doc_id"].isin(docs)], topics)
    m = m[m["pred_topic"].notna()].copy()
    man = _read(run / "manifest.csv")
    m["council"] = m["doc_id"].map(dict(zip(man["file"].map(lambda f: Path(f).stem), man["council"])))
    m["set"] = m["doc_id"].map(_set_of_doc(sets))
    big = m["pred_topic"].value_counts().idxmax()

    def three(g: pd.DataFrame) -> tuple[float, float, float, float]:
        folded = g["pred_topic"].where(g["pred_topic"] >= 0, big)
        return (_nmi(g["theme"], g["pred_topic"]), _nmi(g["theme"], g["pred_theme"]),
                float(adjusted_mutual_info_score(g["theme"], g["pred_topic"])), _nmi(g["theme"], folded))

    councils = sorted(m["council"].unique())
    rng = np.random.default_rng(seed)
    lines = [f"{'group':>14s}{'passages':>10s}{'NMI topic':>11s}{'NMI theme':>11s}{'AMI topic':>11s}"
             f"{'NMI -1 folded':>15s}"]
    for n in [1, 2, 5, 10, 21, 42, len(councils)]:
        rows = []
        for _ in range(draws if n < len(councils) else 1):
            pick = set(rng.choice(councils, size=n, replace=False))
            g = m[m["council"].isin(pick)]
            rows.append((len(g), *three(g)))
        r = np.mean(rows, axis=0)
        lines.append(f"{str(n) + ' councils':>14s}{r[0]:10.0f}{r[1]:11.3f}{r[2]:11.3f}{r[3]:11.3f}{r[4]:15.3f}")
    per = np.mean([(len(g), *three(g)) for _, g in m.groupby("set")], axis=0)
    lines.append(f"{'each set':>14s}{per[0]:10.0f}{per[1]:11.3f}{per[2]:11.3f}{per[3]:11.3f}{per[4]:15.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("out")
    b.add_argument("sets", nargs="+")
    b.add_argument("--fraction", type=float, default=1.0)
    b.add_argument("--seed", type=int, default=0)
    c = sub.add_parser("compare")
    c.add_argument("run")
    c.add_argument("base")
    c.add_argument("sets", nargs="+")
    z = sub.add_parser("size")
    z.add_argument("run")
    z.add_argument("sets", nargs="+")
    a = ap.parse_args(argv)
    if a.cmd == "build":
        print(build(Path(a.out), [Path(s) for s in a.sets], a.fraction, a.seed))
    elif a.cmd == "size":
        print(size_effect(Path(a.run), [Path(s) for s in a.sets]))
    else:
        print(compare(Path(a.run), Path(a.base), [Path(s) for s in a.sets]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
