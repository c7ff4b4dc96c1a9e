"""Council-clustered bootstrap intervals of blind-set scores (``analysis.intervals``, ``scripts/blind_intervals.py``):
tiny count tables and tiny set folders written here, no pipeline run."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from analysis.evaluation import score
from analysis.intervals import (COUNTS, bootstrap_intervals, council_counts, paired_difference, pool_counts,
                                scores_from_sums, set_counts)

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("blind_intervals", ROOT / "scripts" / "blind_intervals.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _table(right: list[int], size: int = 10) -> pd.DataFrame:
    """One council per entry of ``right``: ``size`` gold figures, ``size`` predictions, ``right`` of them correct in
    every score (``size`` gold ids and passages too)."""
    rows = {f"C{i}": {"gold": size, "pred": size, "tp": r, "indicator_ok": r, "id_gold": size, "id_ok": r,
                      "passages": size, "theme_ok": r} for i, r in enumerate(right)}
    return pd.DataFrame.from_dict(rows, orient="index")[list(COUNTS)]


def test_interval_of_half_right_councils_has_the_binomial_shape():
    # 40 equal councils, half all right and half all wrong: the resampled recall is Binomial(40, 1/2) / 40, whose
    # 95% interval is about 0.5 +- 1.96 * sqrt(0.25 / 40) = [0.345, 0.655]
    table = bootstrap_intervals(_table([10] * 20 + [0] * 20))
    r = table.loc["recall"]
    assert r["estimate"] == 0.5 and r["n"] == 400
    assert 0.32 <= r["low"] <= 0.37 and 0.63 <= r["high"] <= 0.68
    assert list(table.index) == ["precision", "recall", "f1", "indicator", "indicator_id", "theme"]


def test_intervals_are_seeded():
    counts = _table([10, 9, 7, 10, 4, 8, 10, 6])
    first = bootstrap_intervals(counts, draws=500, seed=3)
    pd.testing.assert_frame_equal(first, bootstrap_intervals(counts, draws=500, seed=3))
    assert not first.equals(bootstrap_intervals(counts, draws=500, seed=4))


def test_errors_in_one_council_widen_the_interval():
    # the same recall (0.9), the errors spread over every council or all in one council: only the second is noisy
    spread = bootstrap_intervals(_table([9] * 10)).loc["recall"]
    one = bootstrap_intervals(_table([10] * 9 + [0])).loc["recall"]
    assert spread["estimate"] == pytest.approx(one["estimate"]) == pytest.approx(0.9)
    assert spread["high"] - spread["low"] == 0
    assert one["high"] - one["low"] > 0.2


def test_scores_from_sums_gives_nan_with_nothing_under_the_ratio():
    s = scores_from_sums(pd.Series({c: 0 for c in COUNTS}).to_numpy())
    assert all(v != v for v in s.values())


def test_paired_difference_is_narrower_than_the_separate_intervals():
    # the after run fixes one figure in each council: the councils' own difficulty cancels in the pair
    before = _table([10, 3, 9, 5, 10, 7, 8, 2])
    after = before.assign(tp=before["tp"] + 1, indicator_ok=before["indicator_ok"] + 1)
    diff = paired_difference(after, before).loc["recall"]
    assert diff["diff"] == pytest.approx(8 / 80) and diff["up"] == 1.0 and diff["down"] == 0 and diff["low"] > 0
    separate = bootstrap_intervals(before).loc["recall"]
    assert diff["high"] - diff["low"] < (separate["high"] - separate["low"]) / 2
    same = paired_difference(before, before).loc["f1"]
    assert (same["diff"], same["low"], same["high"], same["up"], same["down"]) == (0, 0, 0, 0, 0)


def test_paired_difference_refuses_other_gold_or_councils():
    before = _table([10, 3, 9])
    with pytest.raises(ValueError, match="same gold"):
        paired_difference(before.assign(gold=11), before)
    with pytest.raises(ValueError, match="same councils"):
        paired_difference(before.iloc[::-1], before)


def test_pool_counts_adds_a_council_in_two_sets():
    a, b = _table([10, 3]), _table([5], size=5)  # b's C0 is a's C0 met again in another set
    pooled = pool_counts([a, b])
    assert pooled.loc["C0", "gold"] == 15 and pooled.loc["C0", "tp"] == 15 and len(pooled) == 2


_GOLD = pd.DataFrame({
    "doc_id": ["a1", "a1", "b1", "b1"], "surface": ["12", "40%", "7", "3"], "raw_start": [20, 0, 0, 10],
    "raw_end": [22, 3, 1, 11], "value": [12, 40, 7, 3], "value_max": [None] * 4,
    "unit": ["count", "percent", "count", "count"], "indicator_id": ["", "cla_rate", "", "nte"],
    "indicator": ["children in care", "care rate", "schools", "young people"]})
_PRED = pd.DataFrame({
    "doc_id": ["a1", "a1", "b1", "b1"], "raw_start": [0, 20, 0, 30], "raw_end": [3, 22, 1, 32], "value": [40, 12, 7, 9],
    "indicator_id": ["cla_rate", None, None, None], "indicator": ["rate of care", "children", "pupils", "staff"]})


def test_council_counts_add_up_to_the_scorer():
    passages = pd.DataFrame({"doc_id": ["a1", "b1", "b1"], "theme": ["x", "y", "y"], "pred_theme": ["x", "y", "z"]})
    counts = council_counts(_PRED, _GOLD, passages, {"a1": "A", "b1": "B"})
    assert counts.loc["A"].to_dict() == {"gold": 2, "pred": 2, "tp": 2, "indicator_ok": 2, "id_gold": 1, "id_ok": 1,
                                         "passages": 1, "theme_ok": 1}
    assert counts.loc["B"].to_dict() == {"gold": 2, "pred": 2, "tp": 1, "indicator_ok": 0, "id_gold": 1, "id_ok": 0,
                                         "passages": 2, "theme_ok": 1}
    gold = _GOLD.assign(indicator_id=_GOLD["indicator_id"].replace("", None))
    gold = gold.sort_values(["doc_id", "raw_start"]).reset_index(drop=True)  # the corpus order
    ours = scores_from_sums(counts.to_numpy().sum(axis=0))
    theirs = score(_PRED, gold)
    for m in ("precision", "recall", "indicator", "indicator_id"):
        assert ours[m] == pytest.approx(theirs[m])


def _set_folder(tmp: Path, pred: pd.DataFrame, name: str = "set") -> Path:
    """A tiny blind set's folder with a run in work/first_run/."""
    folder = tmp / name
    (folder / "work" / "first_run").mkdir(parents=True)
    pd.DataFrame({"file": ["a1.txt", "b1.txt"], "council": ["Council A", "Council B"],
                  "source_url": ["u1", "u2"]}).to_csv(folder / "manifest.csv", index=False)
    _GOLD.to_csv(folder / "figures_gold.csv", index=False)
    pd.DataFrame({"doc_id": ["a1", "b1"], "raw_start": [0, 0], "raw_end": [25, 12], "theme": ["x", "y"],
                  "text": ["t", "t"]}).to_csv(folder / "themes_gold.csv", index=False)
    pred.to_csv(folder / "work" / "first_run" / "figures.csv", index=False)
    pd.DataFrame({"doc_id": ["a1", "b1"], "segment_id": ["a1:0", "b1:0"], "topic": [0, 1], "theme": ["x", "z"],
                  "raw_start": [0, 0], "raw_end": [25, 12]}).to_csv(folder / "work" / "first_run" / "topics.csv",
                                                                    index=False)
    return folder


def test_set_counts_reads_a_set_folder(tmp_path):
    counts = set_counts(_set_folder(tmp_path, _PRED))
    assert list(counts.index) == ["Council A", "Council B"]
    assert counts["tp"].tolist() == [2, 1] and counts["theme_ok"].tolist() == [1, 0]


def test_script_prints_intervals_and_a_paired_difference(tmp_path, capsys):
    after = _set_folder(tmp_path, _PRED, "after")
    before = _set_folder(tmp_path, _PRED.iloc[:2], "before")
    mod = _script()
    assert mod.main([str(after), "--against", str(before), "--draws", "200"]) == 0
    out = capsys.readouterr().out
    assert "2 councils, 4 gold figures" in out and "95% interval" in out
    line = next(x for x in out.splitlines() if x.startswith("recall") and "+0." in x)
    assert line.split()[1:4] == ["0.500", "0.750", "+0.250"]
    assert "\nafter:  matched figures: unit " in out and "\nbefore: matched figures: unit " in out  # (r38units)
    assert mod.main([str(after), "--draws", "50"]) == 0
    assert "paired difference" not in capsys.readouterr().out


def test_script_refuses_a_folder_without_a_run_and_the_corpus(tmp_path, capsys):
    folder = _set_folder(tmp_path, _PRED)
    (folder / "work" / "first_run" / "topics.csv").unlink()
    mod = _script()
    assert mod.main([str(folder)]) == 2
    assert mod.main([str(ROOT / "tests" / "realworld")]) == 2
    err = capsys.readouterr().err
    assert "no work/first_run/topics.csv" in err and "realworld corpus itself" in err
    other = _set_folder(tmp_path, _PRED, "other")
    assert mod.main([str(other), "--against", str(other), str(other)]) == 2
    assert "one folder per set" in capsys.readouterr().err
