"""The learnt indicator_id experiment (issue 11, round 9, r9model): allowed training rows, features, the decision.

The concept model is wired into the figures stage as a fallback where the rules give no id
(tests/realworld/notes/r9_learnt_id.md: it met the decision rule fixed beforehand on round 8's pools, council-held-out,
and on round 9's CHECK halves); these tests keep the experiment honest and reproducible and guard the wiring.
"""

from __future__ import annotations

import csv
import dataclasses
import importlib.util
from pathlib import Path

import numpy as np
import pytest

from analysis.figures.indicators import IndicatorList, load_indicators
from figure_rows import stage_ids
from analysis.figures.learnt_id import _stem, allowed, decide, features, fit

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"
ROWS = ROOT / "data" / "learnt_id_rows.csv"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    with open(ROWS, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_training_rows_hold_no_test_split_document(rows):
    builder = _module("learnt_id_rows")
    with open(RW / "raw" / "manifest.csv", encoding="utf-8") as f:
        manifest = list(csv.DictReader(f))  # (the manifest only: no gold row, no text)
    split = {Path(r["file"]).stem: r["split"] for r in manifest}
    test_councils = {builder.council_key(r["council"]) for r in manifest if r["split"] == "test"}
    assert rows
    # (round 14: every source of the builder, rounds 8-12's pools; round 15 added round 13's; round 14's pools are never a source)
    assert {r["source"] for r in rows} <= {"dev", "r8", "r9", "r9check", "r10", "r11", "r12", "r13"}
    for r in rows:
        if r["source"] == "dev":
            assert split.get(r["doc_id"]) == "dev", r["doc_id"]
        assert r["council"] not in test_councils, (r["source"], r["doc_id"])
        if r["source"] == "r9":
            assert r["half"] == "TUNE", (r["pool"], r["doc_id"])  # round 9's CHECK halves are the source r9check
        if r["source"] == "r9check":
            assert r["half"] == "CHECK", (r["pool"], r["doc_id"])


def test_the_rows_builder_keeps_the_window_the_model_reads():
    from analysis.figures import learnt_id

    # (the builder runs the code of any commit, so it cannot import the constant: the two must stay equal)
    assert _module("learnt_id_rows").SIDE == learnt_id.SIDE


def test_council_key_joins_the_names_of_one_council():
    key = _module("learnt_id_rows").council_key
    assert key("London Borough of Barnet") == key("Barnet") == "barnet"
    assert key("Barnsley Metropolitan Borough Council") == key("Barnsley")
    assert key("Stoke-on-Trent City Council") == "stoke-on-trent"


def test_stem_and_features():
    assert [_stem(w) for w in ("children", "plans", "placements", "looked", "classes")] == \
        ["child", "plan", "placement", "look", "class"]
    left = "Budget monitoring. The service reported that there were "
    right = " children in care at the end of March. Next item: 40 schools."
    f = features("children in care", "The service reported that there were 412 children in care at the end of March.",
                 left, right, "count", "", False)
    assert {"u=count", "per=", "chg=", "p=child", "pp=child_in", "pp=in_care", "l1=report", "r1=child", "r2=care"} <= set(f)
    assert not any(t.endswith(("=budget", "=monitor", "=item", "=school")) for t in f if t[0] in "lr")  # (other sentences)
    assert "s=servic" in f or "s=service" in f
    assert "chg=count" in features("", "A fall of 35.", "A fall of ", ".", "count", "", True)
    assert "p=" in features("", "", "", "", "gbp", "", False)


def test_allowed_respects_unit_per_and_change():
    inds = load_indicators()
    assert allowed(inds, "gbp", "week", False) == {"placement_cost_weekly"}
    gbp = allowed(inds, "gbp", "", False)
    assert {"budget_variance", "high_needs_deficit"} <= gbp and "placement_cost_weekly" not in gbp
    assert "children_in_care" in allowed(inds, "count", "", False)
    assert "children_in_care" not in allowed(inds, "percent", "", False)  # a % of a count indicator: no id
    assert allowed(inds, "count", "", True) == frozenset()  # a change of a count: no id
    assert allowed(inds, "gbp", "child", False) == frozenset()  # a unit cost that is not weekly


class _Model:
    """A stand-in for the fitted pipeline: fixed probabilities, and a count of predict_proba calls."""

    classes_ = np.array(["", "budget_variance", "children_in_care"])

    def __init__(self, proba):
        self.proba = proba
        self.calls = 0

    def predict_proba(self, xs):
        self.calls += 1
        return np.array([self.proba] * len(xs))


def test_decide_is_a_fallback_batched_and_allowed_only():
    inds = load_indicators()
    m = _Model([0.2, 0.1, 0.7])
    allow = [allowed(inds, "count", "", False), allowed(inds, "count", "", False), allowed(inds, "count", "", True),
             allowed(inds, "percent", "", False)]
    out = decide(m, [["u=count"]] * 4, ["child_protection_plans", None, None, None], allow, threshold=0.5)
    assert out == ["child_protection_plans", "children_in_care", None, None]  # rules kept; change / % get none
    assert m.calls == 1  # one call for the batch
    assert decide(m, [["u=count"]] * 2, [None, None], allow[:2], threshold=0.75) == [None, None]
    m2 = _Model([0.5, 0.1, 0.4])  # no id more likely than one: none
    assert decide(m2, [["u=count"]], [None], allow[:1], threshold=0.3) == [None]
    m3 = _Model([0.2, 0.1, 0.7])
    assert decide(m3, [["u=count"]], ["x"], allow[:1]) == ["x"] and m3.calls == 0  # nothing to score: no call


def test_an_indicator_removed_from_the_file_loses_its_learnt_ids():
    inds = load_indicators()
    fewer = IndicatorList([i for i in inds if i.id != "children_in_care"], inds.glossary)
    m = _Model([0.2, 0.1, 0.7])
    assert decide(m, [["u=count"]], [None], [allowed(inds, "count", "", False)], 0.5) == ["children_in_care"]
    assert decide(m, [["u=count"]], [None], [allowed(fewer, "count", "", False)], 0.5) == [None]
    # an edited unit changes the outcome too
    edited = IndicatorList([dataclasses.replace(i, unit="percent") if i.id == "children_in_care" else i for i in inds])
    assert "children_in_care" not in allowed(edited, "count", "", False)


def test_the_model_refits_deterministically_from_the_committed_rows(rows):
    feats = [features(r["indicator"], r["sentence"], r["left"], r["right"], r["unit"], r["per"], r["is_change"] == "True")
             for r in rows]
    labels = [r["reader_id"] for r in rows]
    inds = load_indicators()
    assert set(labels) - {""} <= {i.id for i in inds}
    a = fit(feats, labels).predict_proba([dict.fromkeys(f, 1) for f in feats[:50]])
    b = fit(feats, labels).predict_proba([dict.fromkeys(f, 1) for f in feats[:50]])
    assert np.array_equal(a, b)


# ---- wired into the figures stage (tests/realworld/notes/r9_learnt_id.md: the concept model met the decision rule
#      on round 8's pools, council-held-out, and on round 9's CHECK halves)

def _rules_and_model(text: str) -> dict[str, tuple[str | None, str | None]]:
    """{surface: (the rules' id, the learnt second opinion)} of the figures of ``text``."""
    from analysis.figures import learnt_id
    from analysis.figures.extraction import extract_rows
    from analysis.figures.rules import load_rules

    inds = load_indicators()
    f, _ = extract_rows(text, inds, load_rules())
    rows = [(r["indicator"] or "", r["sentence"], text[max(0, r["start"] - learnt_id.SIDE):r["start"]],
             text[r["end"]:r["end"] + learnt_id.SIDE], r["unit"], r["per"] or "", r["is_change"]) for r in f]
    return {r["surface"]: (r["indicator_id"], o) for r, o in zip(f, learnt_id.second_opinion(rows, inds))}


# The share of new EHC plans issued in time, where the plans are named only in the sentence before: the rules give
# no id (they fail on the old code: the stage gave none), the learnt model gives ehcp_timeliness
@pytest.mark.parametrize("text, surface", [
    ("Members asked about new EHC plans. Of those issued, 48 per cent were completed within the time limit.", "48 per cent"),
    # (round 11's rules give the id to "... Of these, 31 per cent were finalised ..." (the part of the whole its clause
    # opens with) and to "... EHC plans; 31 per cent were finalised ..." (the pronoun-less part after the plans): the
    # plans named in a sentence before one that opens with a time phrase stay the rules' blind spot)
    ("New EHC plans were discussed. In the year, 31 per cent were finalised inside the statutory timescale.",
     "31 per cent"),
    ("Members asked about new EHC plans. Of those issued, 52% were completed within the time limit.", "52%"),
])
def test_learnt_id_fills_an_id_the_rules_leave_out(text, surface):
    rules_id, learnt = _rules_and_model(text)[surface]
    assert rules_id is None  # (the rules alone: the old code's id)
    assert learnt == "ehcp_timeliness"


def test_learnt_id_in_the_stage(tmp_path):
    ids = stage_ids(tmp_path, [
        "Members asked about new EHC plans. Of those issued, 48 per cent were completed within the time limit.",
        "Members thanked officers for the report.",
        # guard: no concept near: none (round 11 made "families on their books" of a social worker the caseload's
        # term, so the guard's sentence no longer names a social worker)
        "Volunteers each visit between 20 and 30 families.",
        "There were 640 exclusions last year, of which 41 were girls.",  # guard: a part the rules leave without
    ])
    assert ids["48 per cent"] == "ehcp_timeliness"
    assert ids["between 20 and 30"] is None
    assert ids["41"] is None


def test_learnt_id_does_not_give_back_an_id_the_rules_refused(tmp_path):
    # classify found the DSG deficit's words and refused the id (the interest paid on a deficit is not the deficit):
    # the learnt second opinion gave high_needs_deficit back on the code before this test
    text = "The interest on the DSG deficit was £1.5m this year."
    assert _rules_and_model(text)["£1.5m"] == (None, "high_needs_deficit")  # (what the model alone would say)
    ids = stage_ids(tmp_path, [text, "Members thanked officers for the report."])
    assert ids["£1.5m"] is None


def test_the_learnt_ids_can_be_switched_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CM_LEARNT_ID", "off")
    ids = stage_ids(tmp_path, [
        "Members asked about new EHC plans. Of those issued, 48 per cent were completed within the time limit."])
    assert ids["48 per cent"] is None  # (the rules alone)


def test_missing_or_malformed_rows_name_the_file(tmp_path, monkeypatch):
    from analysis.errors import ConfigError
    from analysis.figures import learnt_id

    monkeypatch.setenv("CM_LEARNT_ID_ROWS", str(tmp_path / "nowhere.csv"))
    with pytest.raises(ConfigError, match="nowhere.csv"):
        learnt_id.check_rows()
    bad = tmp_path / "bad.csv"
    bad.write_text("doc_id,surface\nx,1\n", encoding="utf-8")
    monkeypatch.setenv("CM_LEARNT_ID_ROWS", str(bad))
    with pytest.raises(ConfigError, match=r"bad\.csv.*reader_id"):
        learnt_id.check_rows()


def test_learnt_id_guards():
    # a count is never given a percentage's id, nor a change of a count any id
    got = _rules_and_model("The SEND service issued new EHC plans. Of these, 31 were finalised inside the statutory timescale.")
    assert got["31"][1] != "ehcp_timeliness"
    got = _rules_and_model("The number of children in care rose by 35 over the year.")
    assert got["35"] == (None, None)
    # ids the rules give are never changed (the model only fills where the rules give none)
    got = _rules_and_model("The number of children in care stands at 512.")
    assert got["512"][0] == "children_in_care"


def test_second_opinion_follows_the_loaded_indicators():
    from analysis.figures import learnt_id

    text = "Members asked about new EHC plans. Of those issued, 48 per cent were completed within the time limit."
    a = text.index("48 per cent")
    row = ("completed within the time limit", text[text.index("Of"):], text[max(0, a - 120):a], text[a + 11:],
           "percent", "", False)
    inds = load_indicators()
    assert learnt_id.second_opinion([row], inds) == ["ehcp_timeliness"]
    fewer = IndicatorList([i for i in inds if i.id != "ehcp_timeliness"], inds.glossary)
    assert learnt_id.second_opinion([row], fewer) == [None]


def test_each_id_says_who_gave_it(tmp_path):
    from analysis import corpus, figures

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "paper_1.txt").write_text(
        "Members asked about new EHC plans. Of those issued, 48 per cent were completed within the time limit.\n\n"
        "The number of children in care stands at 512.\n\nMembers thanked officers for the 3 reports.\n", encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,council,committee,meeting_date,title,source_url\npaper_1.txt,Test Council,,,,\n", encoding="utf-8")
    corpus.run(raw, tmp_path / "p")
    figs, _ = figures.run(raw, tmp_path / "p")
    got = {s: (i if isinstance(i, str) else None, w if isinstance(w, str) else None)
           for s, i, w in zip(figs["surface"], figs["indicator_id"], figs["id_source"])}
    assert got["48 per cent"] == ("ehcp_timeliness", "learnt")
    assert got["512"] == ("children_in_care", "rules")
    assert all((i is None) == (w is None) for i, w in got.values())


# ---- round 18 (r18learnt): rounds 14 and 16's judged pools are sources of the rows (notes/r18_r18learnt.md)

def test_rounds_14_and_16_pools_are_read_as_the_later_pools_are():
    # (fails on the old code: neither source existed, so their pools were never read)
    from analysis.figures import learnt_id

    b = _module("learnt_id_rows")
    assert {"r14", "r16"} <= set(b.SOURCES) and {"r14", "r16"} <= learnt_id.ROW_SOURCES
    with open(RW / "raw" / "manifest.csv", encoding="utf-8") as f:  # (the manifest only: no gold row, no text)
        test_councils = {b.council_key(r["council"]) for r in csv.DictReader(f) if r["split"] == "test"}
    pools = {}
    for source in ("r14", "r16"):
        root, globs = b.LATER[source]
        items = b._r9_items(None, root, globs, source)
        assert items and {i["source"] for i in items} == {source}
        assert not {b.council_key(i["council"]) for i in items} & test_councils
        assert not any(i["pool"].startswith("r18") for i in items)  # (round 18's pool is the measure)
        pools[source] = {i["pool"] for i in items}
        for pool in pools[source]:
            with open(root / pool / "judged.csv", encoding="utf-8") as f:
                learnt = {(r["doc_id"], int(r["raw_start"])) for r in csv.DictReader(f)
                          if r.get("id_source") == "learnt" and r["raw_start"].isdigit()}
            # the first run's id is the rules' alone: never one the wired fallback gave on that run
            assert all(i["rules_first_id"] == "" for i in items if (i["doc_id"], i["raw_start"]) in learnt)
    assert pools == {"r14": {"r14freshA"}, "r16": {"r16freshA", "r16freshB"}}
    # a lead's later judgement wins over the first (r16freshB's rejudged.csv)
    pool = RW / "pools" / "r16" / "r16freshB"
    with open(pool / "rejudged.csv", encoding="utf-8") as f:
        later = {(r["doc_id"], int(r["raw_start"])): r["reader_id"] for r in csv.DictReader(f)
                 if r["is_figure"] == "1" and r["reader_id"] not in ("?", "ambiguous", "AMB")}
    got = {(i["doc_id"], i["raw_start"]): i["reader_id"] for i in b._r9_items(None, pool.parent, pool.name, "r16")}
    assert later and all(got[k] == v for k, v in later.items())


def test_one_council_key_per_council_over_every_pool():
    # every pool's pages of one council (doc ids "<council>_<n>") share one key, however the manifest spelt the
    # council: a council-grouped CV holds a council's rows of every source out together
    b = _module("learnt_id_rows")
    keys: dict[str, set[str]] = {}
    for manifest in sorted((RW / "pools").glob("r1[0-6]/*/raw/manifest.csv")) + sorted((RW / "pools").glob("r[89]/*/raw/manifest.csv")):
        with open(manifest, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                keys.setdefault(Path(r["file"]).stem.rsplit("_", 1)[0], set()).add(b.council_key(r["council"]))
    assert len(keys) > 80 and all(len(k) == 1 for k in keys.values()), {p: k for p, k in keys.items() if len(k) > 1}


# ---- round 19 (r19id): round 18's judged pool is a source of the rows (notes/r19_r19id.md)

def test_round_18s_pool_is_read_as_the_later_pools_are():
    # (fails on the old code: no source r18)
    from analysis.figures import learnt_id

    b = _module("learnt_id_rows")
    assert "r18" in b.SOURCES and "r18" in learnt_id.ROW_SOURCES
    with open(RW / "raw" / "manifest.csv", encoding="utf-8") as f:  # (the manifest only: no gold row, no text)
        test_councils = {b.council_key(r["council"]) for r in csv.DictReader(f) if r["split"] == "test"}
    root, globs = b.LATER["r18"]
    items = b._r9_items(None, root, globs, "r18")
    assert items and {i["source"] for i in items} == {"r18"} and {i["pool"] for i in items} == {"r18freshA"}
    assert not {b.council_key(i["council"]) for i in items} & test_councils
    # round 19's pool was that round's measure: no source of round 19 read it (round 44: the source r19 does)
    assert all(not str(r.relative_to(b.POOLS)).startswith("r19") and "r19" not in g
               for s, (r, g) in b.LATER.items() if s != "r19")
    with open(root / "r18freshA" / "judged.csv", encoding="utf-8") as f:
        learnt = {(r["doc_id"], int(r["raw_start"])) for r in csv.DictReader(f)
                  if r.get("id_source") == "learnt" and r["raw_start"].isdigit()}
    assert all(i["rules_first_id"] == "" for i in items if (i["doc_id"], i["raw_start"]) in learnt)
    # the lead's later judgement wins over the first (rejudged.csv)
    with open(root / "r18freshA" / "rejudged.csv", encoding="utf-8") as f:
        later = {(r["doc_id"], int(r["raw_start"])): r["reader_id"] for r in csv.DictReader(f)
                 if r["is_figure"] == "1" and r["reader_id"] not in ("?", "ambiguous", "AMB")}
    got = {(i["doc_id"], i["raw_start"]): i["reader_id"] for i in items}
    assert all(got[k] == v for k, v in later.items())
