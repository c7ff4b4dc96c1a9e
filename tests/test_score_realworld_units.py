"""(r39tools) The real-minutes scores give the unit and range agreement of matched figures, and ``--split dev`` keeps
every score to the dev split. Tiny corpora built here: the corpus of tests/realworld is never read."""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.realworld import realworld_scores

ROOT = Path(__file__).resolve().parents[1]


def _corpus(tmp_path: Path) -> tuple[Path, dict[str, pd.DataFrame]]:
    """Two documents, ``a`` (dev) and ``b`` (test), their gold and the tables a run gave."""
    raw = tmp_path / "raw"
    raw.mkdir()
    pd.DataFrame({"file": ["a.txt", "b.txt"], "split": ["dev", "test"], "council": ["A", "B"],
                  "set": ["S", "S"]}).to_csv(raw / "manifest.csv", index=False)
    gold = pd.DataFrame({
        "doc_id": ["a", "a", "a", "b"], "raw_start": [0, 20, 40, 0], "raw_end": [5, 26, 48, 5],
        "surface": ["£2.1m", "6 to 8", "12", "40%"], "value": [2.1e6, 6.0, 12.0, 40.0],
        "value_max": [None, 8.0, None, None], "unit": ["gbp", "weeks", "count", "percent"],
        "indicator": ["budget", "wait", "pupils", "rate"], "indicator_id": ["", "", "", ""]})
    gold.to_csv(tmp_path / "figures_gold.csv", index=False)
    pd.DataFrame({"doc_id": ["a", "b"], "raw_start": [0, 0], "raw_end": [50, 10], "theme": ["finance", "send"],
                  "text": ["The budget was £2.1m.", "Rate 40%."]}).to_csv(tmp_path / "themes_gold.csv", index=False)
    # a: "£2.1m" read as a count (unit wrong), "6 to 8" read without its upper end (unit right, range wrong), "12"
    # right;
    # b: its one figure matched with a wrong unit (never scored with splits=("dev",))
    figures = pd.DataFrame({
        "doc_id": ["a", "a", "a", "b"], "raw_start": [0, 20, 40, 0], "raw_end": [5, 21, 48, 5],
        "value": [2.1e6, 6.0, 12.0, 40.0], "value_max": [None, None, None, None],
        "unit": ["count", "weeks", "count", "count"], "indicator": ["budget", "wait", "pupils", "rate"],
        "indicator_id": [None, None, None, None]})
    topics = pd.DataFrame({"doc_id": ["a", "b"], "raw_start": [0, 0], "raw_end": [50, 10],
                           "theme": ["finance", "send"], "topic": [0, 1]})
    return tmp_path, {"figures": figures, "topics": topics}


def test_each_split_gives_the_unit_and_range_agreement_of_its_matched_figures(tmp_path: Path) -> None:
    corpus, tables = _corpus(tmp_path)
    s = realworld_scores(corpus, tables)["scores"]
    assert (s["dev"]["units_matched"], s["dev"]["unit"]) == (3.0, pytest.approx(2 / 3))
    assert (s["dev"]["ranges"], s["dev"]["range"]) == (1.0, 0.0)
    assert (s["test"]["units_matched"], s["test"]["unit"], s["test"]["ranges"], s["test"]["range"]) == (1.0, 0.0, 0.0, 1.0)
    assert (s["all"]["units_matched"], s["all"]["unit"]) == (4.0, 0.5)


def test_split_dev_scores_no_other_split(tmp_path: Path) -> None:
    corpus, tables = _corpus(tmp_path)
    s = realworld_scores(corpus, tables, by_set=True, splits=("dev",))["scores"]
    assert set(s) == {"dev", "S/dev"}
    assert s["dev"]["figures_gold"] == 3.0 and s["dev"]["units_matched"] == 3.0
    with pytest.raises(ValueError):
        realworld_scores(corpus, tables, splits=("dev", "train"))


def test_the_script_prints_unit_and_range_and_only_dev_with_split_dev(tmp_path: Path, capsys, monkeypatch) -> None:
    corpus, tables = _corpus(tmp_path)
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    sys.modules.pop("score_realworld", None)
    import score_realworld

    monkeypatch.setattr(score_realworld, "run_pipeline", lambda raw, processed: tables)
    assert score_realworld.main(["--corpus", str(corpus), "--split", "dev", "--json", str(tmp_path / "s.json")]) == 0
    out = capsys.readouterr().out
    header, *rows = out.splitlines()
    assert [r.split()[0] for r in rows] == ["dev"]
    assert {"unit", "units_matched", "range", "ranges"} <= set(header.split())
    assert '"unit": 0.666' in (tmp_path / "s.json").read_text(encoding="utf-8")
