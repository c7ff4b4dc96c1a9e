"""How sure are the scores of a small blind set? Council-clustered bootstrap intervals.

A blind measure set holds a few dozen councils, and a council's pages share a style (its template, its wording, its
tables), so its figures and passages are not independent draws: one council whose tables the reader splits badly
can hold ten wrong figures. The unit of sampling is therefore the COUNCIL. This module resamples councils with
replacement (a percentile bootstrap) and recomputes every score from the resampled councils' summed counts:

* :func:`council_counts` turns one set's predictions, gold and matched passages into a table of counts per council
  (:data:`COUNTS`); every score of :func:`analysis.realworld.realworld_scores` is a ratio of sums of these counts, so
  the table is all the bootstrap needs, and tables of several sets are pooled by adding them (:func:`pool_counts`;
  a council in two sets is one unit).
* :func:`bootstrap_intervals` gives each score (:data:`METRICS`) with its interval;
  :func:`paired_difference` gives the difference between two codes' runs on the same sets with its interval, both
  runs drawn on the SAME resampled councils (what a round's "before -> after" needs: the shared councils' difficulty
  cancels, so the paired interval is much narrower than the two separate intervals suggest).
* :func:`set_counts` reads a set's folder (``manifest.csv``, ``figures_gold.csv``, ``themes_gold.csv`` and a run's
  ``work/first_run/figures.csv`` and ``topics.csv``) into its count table; ``scripts/blind_intervals.py`` prints the
  tables. :func:`set_agreement` reads the same folder into the unit and range agreement of its matched figures
  (:func:`analysis.evaluation.unit_range_agreement`; plain counts, no interval), which the script prints under them.

This is evaluation code: no stage imports it. The intervals say how much a score would move if the same code met
another draw of councils like these; they say nothing about councils unlike them, nor about annotation noise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

#: the counts kept per council; every score is a ratio of sums of them
COUNTS = ("gold", "pred", "tp", "indicator_ok", "id_gold", "id_ok", "passages", "theme_ok")
#: the scores, as ``realworld_scores`` names them (``theme`` is its ``theme_topics_table``)
METRICS = ("precision", "recall", "f1", "indicator", "indicator_id", "theme")


def council_counts(pred: pd.DataFrame, gold: pd.DataFrame, passages: pd.DataFrame,
                   council_of: Mapping[str, str]) -> pd.DataFrame:
    """Counts per council (index ``council``, columns :data:`COUNTS`) of one set's run.

    ``pred`` and ``gold`` are figure tables (``doc_id, raw_start, raw_end, value, indicator, indicator_id``), matched
    as :func:`analysis.evaluation.score` matches them; ``passages`` is :func:`analysis.realworld.match_passages`'s
    result (``doc_id, theme, pred_theme``); ``council_of`` maps every document of the set to its council (a council
    with no figure still counts: its passages do). ``gold`` is ordered by document and start first, as the corpus
    stores it, so the matching is the scorer's.
    """
    from .evaluation import match_figures, same_indicator

    gold = gold.assign(_s=gold["raw_start"].astype(int)).sort_values(["doc_id", "_s"], kind="stable")
    gold = gold.drop(columns="_s").reset_index(drop=True)
    pred = pred.reset_index(drop=True)
    pairs = match_figures(pred, gold)
    rows: dict[str, dict[str, int]] = {c: dict.fromkeys(COUNTS, 0) for c in sorted(set(council_of.values()))}
    for doc in pred["doc_id"]:
        rows[council_of[doc]]["pred"] += 1
    for gi, g in gold.iterrows():
        row = rows[council_of[g["doc_id"]]]
        p = pred.loc[pairs[gi]] if gi in pairs else None
        row["gold"] += 1
        row["tp"] += p is not None
        row["indicator_ok"] += p is not None and same_indicator(g["indicator"], p["indicator"])
        gid = g.get("indicator_id")
        if isinstance(gid, str) and gid.strip():
            row["id_gold"] += 1
            row["id_ok"] += p is not None and isinstance(p["indicator_id"], str) and p["indicator_id"] == gid
    for doc, theme, pred_theme in zip(passages["doc_id"], passages["theme"], passages["pred_theme"]):
        row = rows[council_of[doc]]
        row["passages"] += 1
        row["theme_ok"] += theme == pred_theme
    out = pd.DataFrame.from_dict(rows, orient="index", columns=list(COUNTS)).astype(int)
    out.index.name = "council"
    return out


def pool_counts(tables: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Several sets' count tables as one: counts added per council (a council in two sets is one sampling unit).

    >>> a = pd.DataFrame({c: [1, 2] for c in COUNTS}, index=pd.Index(["X", "Y"], name="council"))
    >>> pool_counts([a, a.loc[["Y"]]])["gold"].to_dict()
    {'X': 1, 'Y': 4}
    """
    pooled = pd.concat(tables).groupby(level=0, sort=True).sum()
    pooled.index.name = "council"
    return pooled[list(COUNTS)].astype(int)


def scores_from_sums(sums: np.ndarray) -> dict[str, np.ndarray]:
    """Every score (:data:`METRICS`) from summed counts (last axis in :data:`COUNTS` order; any leading axes, e.g.
    one row per bootstrap draw). A ratio with nothing under it is NaN (a draw with no gold id has no id score).

    >>> s = scores_from_sums(np.array([10, 8, 6, 5, 4, 2, 20, 15]))
    >>> {k: round(float(v), 3) for k, v in s.items()}
    {'precision': 0.75, 'recall': 0.6, 'f1': 0.667, 'indicator': 0.5, 'indicator_id': 0.5, 'theme': 0.75}
    """
    c = {name: np.asarray(sums, dtype=float)[..., i] for i, name in enumerate(COUNTS)}

    def ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)

    precision, recall = ratio(c["tp"], c["pred"]), ratio(c["tp"], c["gold"])
    return {"precision": precision, "recall": recall, "f1": ratio(2 * precision * recall, precision + recall),
            "indicator": ratio(c["indicator_ok"], c["gold"]), "indicator_id": ratio(c["id_ok"], c["id_gold"]),
            "theme": ratio(c["theme_ok"], c["passages"])}


def _council_weights(n: int, draws: int, seed: int) -> np.ndarray:
    """``draws`` x ``n`` matrix: how often each of ``n`` councils is drawn in each bootstrap draw (rows sum to n)."""
    return np.random.default_rng(seed).multinomial(n, np.full(n, 1.0 / n), size=draws)


def _interval(values: np.ndarray, level: float) -> tuple[float, float]:
    """The percentile interval of the finite ``values`` at ``level`` (NaN, NaN when none is finite)."""
    finite = values[np.isfinite(values)]
    if not len(finite):
        return float("nan"), float("nan")
    tail = 100 * (1 - level) / 2
    low, high = np.percentile(finite, [tail, 100 - tail])
    return float(low), float(high)


def bootstrap_intervals(counts: pd.DataFrame, draws: int = 2000, level: float = 0.95, seed: int = 0) -> pd.DataFrame:
    """Each score of a (pooled) count table with a council-clustered percentile bootstrap interval.

    Councils (rows of ``counts``) are drawn with replacement ``draws`` times (seeded: the same table, draws and seed
    give the same interval); each draw's scores are ratios of the drawn councils' summed counts. Returns one row per
    metric (:data:`METRICS`) with ``estimate`` (the table's own score), ``low``, ``high`` and ``n`` (the size under
    the ratio: gold figures, predictions, gold ids or passages).

    >>> same = pd.DataFrame({c: [4, 4, 4] for c in COUNTS}, index=["X", "Y", "Z"])
    >>> bootstrap_intervals(same, draws=50).loc["recall", ["estimate", "low", "high"]].tolist()
    [1.0, 1.0, 1.0]
    """
    values = counts[list(COUNTS)].to_numpy(dtype=float)
    point = scores_from_sums(values.sum(axis=0))
    boot = scores_from_sums(_council_weights(len(values), draws, seed) @ values)
    sizes = dict(zip(COUNTS, values.sum(axis=0)))
    under = {"precision": "pred", "recall": "gold", "f1": "gold", "indicator": "gold", "indicator_id": "id_gold",
             "theme": "passages"}
    rows = {}
    for m in METRICS:
        low, high = _interval(boot[m], level)
        rows[m] = {"estimate": float(point[m]), "low": low, "high": high, "n": int(sizes[under[m]])}
    return pd.DataFrame.from_dict(rows, orient="index")


def paired_difference(after: pd.DataFrame, before: pd.DataFrame, draws: int = 2000, level: float = 0.95,
                      seed: int = 0) -> pd.DataFrame:
    """The difference ``after - before`` of each score of two codes' runs on the same sets, with a paired
    council-clustered interval: each draw takes the SAME councils (with the same multiplicities) for both runs.

    Both tables must hold the same councils and the same gold (``gold``, ``id_gold`` and ``passages`` equal per
    council): only the predictions differ. Returns one row per metric with ``before``, ``after``, ``diff``, ``low``,
    ``high`` (the interval of the difference), ``up`` and ``down`` (the shares of draws in which ``after`` scores
    higher, lower). An interval that holds 0 is a move within the noise of these councils; ``down`` 0 says no draw of
    these councils made it worse (the move may still be nothing: draws without the councils it helped).

    >>> b = pd.DataFrame({c: [4, 4, 4] for c in COUNTS}, index=["X", "Y", "Z"])
    >>> a = b.assign(tp=3, indicator_ok=3, id_ok=3, theme_ok=3)
    >>> paired_difference(a, b, draws=50).loc["recall", ["diff", "low", "high", "up", "down"]].tolist()
    [-0.25, -0.25, -0.25, 0.0, 1.0]
    """
    if list(after.index) != list(before.index):
        raise ValueError("paired_difference: the two runs must hold the same councils in the same order")
    fixed = ["gold", "id_gold", "passages"]
    if not (after[fixed].to_numpy() == before[fixed].to_numpy()).all():
        raise ValueError("paired_difference: the two runs must be scored against the same gold")
    a_values = after[list(COUNTS)].to_numpy(dtype=float)
    b_values = before[list(COUNTS)].to_numpy(dtype=float)
    weights = _council_weights(len(a_values), draws, seed)
    a_point, b_point = scores_from_sums(a_values.sum(axis=0)), scores_from_sums(b_values.sum(axis=0))
    a_boot, b_boot = scores_from_sums(weights @ a_values), scores_from_sums(weights @ b_values)
    rows = {}
    for m in METRICS:
        delta = a_boot[m] - b_boot[m]
        low, high = _interval(delta, level)
        finite = delta[np.isfinite(delta)]
        rows[m] = {"before": float(b_point[m]), "after": float(a_point[m]), "diff": float(a_point[m] - b_point[m]),
                   "low": low, "high": high, "up": float((finite > 0).mean()) if len(finite) else float("nan"),
                   "down": float((finite < 0).mean()) if len(finite) else float("nan")}
    return pd.DataFrame.from_dict(rows, orient="index")


def set_counts(set_dir: Path, run_dir: Path | None = None) -> pd.DataFrame:
    """The count table (:func:`council_counts`) of a blind set's folder.

    ``set_dir`` holds ``manifest.csv`` (``file, council, ...``), ``figures_gold.csv`` and ``themes_gold.csv`` (as
    ``scripts/add_realworld_set.py`` wants them); the run scored is ``work/first_run/figures.csv`` and ``topics.csv``
    under ``run_dir`` (default ``set_dir``: the set's own first run, as
    :func:`add_realworld_set.write_first_run` writes it). The counts reproduce the set's ``first_run.json``.
    """
    from .realworld import match_passages

    run = (run_dir or set_dir) / "work" / "first_run"
    manifest = pd.read_csv(set_dir / "manifest.csv", dtype=str, keep_default_na=False)
    council_of = {Path(f).stem: c for f, c in zip(manifest["file"], manifest["council"])}
    gold = pd.read_csv(set_dir / "figures_gold.csv", dtype={"doc_id": str, "surface": str, "unit": str,
                                                             "indicator_id": str, "indicator": str})
    themes = pd.read_csv(set_dir / "themes_gold.csv", dtype={"doc_id": str, "theme": str, "text": str})
    pred = pd.read_csv(run / "figures.csv", dtype={"doc_id": str, "indicator_id": str, "indicator": str})
    topics = pd.read_csv(run / "topics.csv", dtype={"doc_id": str, "theme": str})
    return council_counts(pred, gold, match_passages(themes, topics), council_of)


def set_agreement(set_dir: Path, run_dir: Path | None = None) -> dict[str, int]:
    """How far a blind set's matched figures agree with its gold on ``unit`` and a range's upper end (``value_max``):
    the counts of :func:`analysis.evaluation.unit_range_agreement` summed over the set (``matched``, ``unit_ok``,
    ``ranges``, ``range_ok``), for the run :func:`set_counts` scores."""
    from .evaluation import unit_range_agreement

    run = (run_dir or set_dir) / "work" / "first_run"
    gold = pd.read_csv(set_dir / "figures_gold.csv", dtype={"doc_id": str, "surface": str, "unit": str,
                                                             "indicator_id": str, "indicator": str})
    pred = pd.read_csv(run / "figures.csv", dtype={"doc_id": str, "unit": str, "indicator_id": str, "indicator": str})
    return unit_range_agreement(pred, gold)


def agreement_text(counts: Sequence[Mapping[str, int]]) -> str:
    """One line: the unit and range agreement of matched figures summed over sets (:func:`set_agreement`).

    >>> agreement_text([{"matched": 3, "unit_ok": 2, "ranges": 1, "range_ok": 1}, {"matched": 1, "unit_ok": 1, "ranges": 0, "range_ok": 0}])
    'matched figures: unit 3/4 = 0.750, range upper end 1/1 = 1.000'
    """
    tot = {k: sum(int(c[k]) for c in counts) for k in ("matched", "unit_ok", "ranges", "range_ok")}

    def share(a: int, b: int) -> str:
        return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/{b}"

    return (f"matched figures: unit {share(tot['unit_ok'], tot['matched'])}, "
            f"range upper end {share(tot['range_ok'], tot['ranges'])}")
