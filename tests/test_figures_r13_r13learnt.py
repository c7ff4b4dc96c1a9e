"""Round 13, r13learnt: the learnt id fallback's training rows can come from every judged pool of rounds 8-12.

``scripts/learnt_id_rows.py`` reads round 9's CHECK halves (source ``r9check``) and every id-judged pool of rounds
10-12 (``r10``, ``r11``, ``r12``: both halves, ``rejudged.csv`` over ``judged.csv``, the rules' first-run id without the
fallback's); ``check_rows`` refuses a row of any other source. The council-grouped CV (notes
``tests/realworld/notes/r13_learnt.md``) kept the committed rows (dev, round 8, round 9 TUNE): these tests guard the
builder and the guard, not a new model.
"""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"


def _builder():
    spec = importlib.util.spec_from_file_location("learnt_id_rows", ROOT / "scripts" / "learnt_id_rows.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def _test_councils(builder) -> set[str]:
    with open(RW / "raw" / "manifest.csv", encoding="utf-8") as f:  # (the manifest only: no gold row, no text)
        return {builder.council_key(r["council"]) for r in csv.DictReader(f) if r["split"] == "test"}


def test_the_builder_and_the_guard_know_the_same_sources():
    from analysis.figures import learnt_id

    b = _builder()
    # (fails on the old code: neither the builder nor the model had a list of sources, nor rounds 10-12's)
    assert set(b.SOURCES) == set(learnt_id.ROW_SOURCES)
    assert {"r9check", "r10", "r11", "r12"} <= set(b.SOURCES)
    assert set(b.COMMITTED) <= set(b.SOURCES)
    with open(ROOT / "data" / "learnt_id_rows.csv", encoding="utf-8") as f:
        assert {r["source"] for r in csv.DictReader(f)} == set(b.COMMITTED)


def test_a_pool_judgement_is_read_with_its_rejudgement(tmp_path):
    # a tiny pool in round 11-12's layout: judged.csv, then rejudged.csv (the lead's later word on a span, and a span
    # the first judgement never saw); the fallback's first-run id is not the rules' (fails on the old code: rejudged.csv
    # was never read, id_source never looked at, and half=None read nothing)
    b = _builder()
    pool = tmp_path / "r12x"
    (pool / "raw").mkdir(parents=True)
    _write(pool / "raw" / "manifest.csv", ["file", "council", "source_url", "seen_before"],
           [["oldshire_1.txt", "Oldshire County Council", "", "no"]])
    cols = ["doc_id", "raw_start", "raw_end", "surface", "is_figure", "reader_id", "pred_id", "id_source"]
    _write(pool / "judged.csv", cols, [
        ["oldshire_1", "10", "13", "412", "1", "children_in_care", "children_in_care", "rules"],
        ["oldshire_1", "40", "43", "37%", "1", "ehcp_timeliness", "ehcp_timeliness", "learnt"],
        ["oldshire_1", "70", "72", "12", "1", "", "", ""],
        ["oldshire_1", "90", "94", "2023", "0", "", "", ""],
        ["oldshire_1", "99", "101", "15", "1", "?", "", ""],
    ])
    _write(pool / "rejudged.csv", ["doc_id", "raw_start", "raw_end", "indicator", "is_figure", "phrase_names_measure",
                                   "reader_id", "judged_by", "note"], [
        ["oldshire_1", "70", "72", "", "0", "", "", "lead", "a paragraph number"],
        ["oldshire_1", "120", "124", "care leavers", "1", "1", "care_leavers", "lead", "new span"],
    ])
    items = b._r9_items(None, tmp_path, "r12x", "r12")
    got = [(i["raw_start"], i["reader_id"], i["rules_first_id"], i["source"], i["council"]) for i in items]
    assert got == [
        (10, "children_in_care", "children_in_care", "r12", "Oldshire County Council"),
        (40, "ehcp_timeliness", "", "r12", "Oldshire County Council"),  # (the fallback's id is not the rules')
        (120, "care_leavers", "", "r12", "Oldshire County Council"),  # (the rejudged new span)
    ]  # (70: rejudged not a figure; 90: not a figure; 99: "?" left out)
    assert b.council_key("Oldshire County Council") == "oldshire"


@pytest.mark.parametrize("source, ok", [("r12", True), ("r9check", True), ("dev", True), ("test", False),
                                        ("r13fresh", False)])
def test_check_rows_takes_allowed_sources_only(tmp_path, monkeypatch, source, ok):
    from analysis.errors import ConfigError
    from analysis.figures import learnt_id

    rows = tmp_path / "rows.csv"
    _write(rows, ["source", *learnt_id.ROW_COLUMNS],
           [[source, "children in care", "There were 412 children in care.", "There were ", " children in care.",
             "count", "", "False", "children_in_care"]])
    monkeypatch.setenv("CM_LEARNT_ID_ROWS", str(rows))
    if ok:
        assert len(learnt_id.check_rows()) == 1
    else:  # (fails on the old code: any source was taken)
        with pytest.raises(ConfigError, match="rows.csv.*source"):
            learnt_id.check_rows()


def test_rows_without_a_source_column_are_still_taken(tmp_path, monkeypatch):
    from analysis.figures import learnt_id

    rows = tmp_path / "mine.csv"
    _write(rows, list(learnt_id.ROW_COLUMNS), [["children in care", "There were 412 children in care.", "There were ",
                                                " children in care.", "count", "", "False", "children_in_care"]])
    monkeypatch.setenv("CM_LEARNT_ID_ROWS", str(rows))
    assert len(learnt_id.check_rows()) == 1


def test_a_later_pool_source_builds_deterministically():
    # round 12's pools (judged + rejudged): two builds are the same rows, all of source r12, none of a test council
    b = _builder()
    one = b.build(ROOT / "src", ["r12"])
    two = b.build(ROOT / "src", ["r12"])
    assert one == two
    assert len(one) > 200 and {r["source"] for r in one} == {"r12"}
    assert {r["pool"] for r in one} == {"r12freshA", "r12freshB", "r12freshC"}
    assert sum(1 for r in one if r["reader_id"]) >= 40
    assert not {r["council"] for r in one} & _test_councils(b)
    # a span only rejudged.csv judged is read too (r12freshC's one new true figure the first judgement never saw)
    pool = RW / "pools" / "r12" / "r12freshC"
    with open(pool / "judged.csv", encoding="utf-8") as f:
        first = {(r["doc_id"], int(r["raw_start"]), int(r["raw_end"])) for r in csv.DictReader(f)}
    with open(pool / "rejudged.csv", encoding="utf-8") as f:
        new = {(r["doc_id"], int(r["raw_start"])) for r in csv.DictReader(f)
               if (r["doc_id"], int(r["raw_start"]), int(r["raw_end"])) not in first and r["is_figure"] == "1"}
    assert new and new <= {(i["doc_id"], i["raw_start"]) for i in b._r9_items(None, pool.parent, pool.name, "r12")}
