"""Round 44 (r44learnt): the later judged data are sources of the learnt id fallback's training rows.

``scripts/learnt_id_rows.py`` reads the later fresh pools (sources ``r19``, ``r20``, ``r21``) and the 34 open blind
sets (source ``blind``: each gold figure, its gold ``indicator_id`` the reader's id, its first run's rules' id), and
refuses a row of a test-split, seed or reserved council. The declared M3 rule did not wire them (notes
``tests/realworld/notes/r44_learnt.md``), so the committed rows keep their sources. These tests read pools, gold rows of
the blind sets and manifests only; the figures stage is not run.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis.figures import learnt_id
from learnt_rows import builder, committed

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"
NEW = ("r19", "r20", "r21", "blind")


def _test_split() -> tuple[set[str], set[str]]:
    """The test split's documents and council keys (the corpus manifest only: no gold row, no text)."""
    b = builder()
    with open(RW / "raw" / "manifest.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["split"] == "test"]
    return {Path(r["file"]).stem for r in rows}, {b.council_key(r["council"]) for r in rows}


def test_the_new_sources_are_sources_the_model_accepts_but_not_committed():
    # (fails on the old code: none of the four existed)
    b = builder()
    assert set(NEW) <= set(b.SOURCES) and set(NEW) <= learnt_id.ROW_SOURCES
    assert not set(NEW) & set(b.COMMITTED)
    assert not {r["source"] for r in committed()} & set(NEW)


def test_the_later_fresh_pools_are_read_as_the_earlier_ones():
    b = builder()
    pools = {}
    for source in ("r19", "r20", "r21"):
        root, globs = b.LATER[source]
        items = b._r9_items(None, root, globs, source)
        assert items and {i["source"] for i in items} == {source}
        pools[source] = {i["pool"] for i in items}
        for pool in pools[source]:
            with open(root / pool / "judged.csv", encoding="utf-8") as f:
                learnt = {(r["doc_id"], int(r["raw_start"])) for r in csv.DictReader(f)
                          if r.get("id_source") == "learnt" and r["raw_start"].isdigit()}
            # the first run's id is the rules' alone, never one the wired fallback gave on that run
            assert all(i["rules_first_id"] == "" for i in items
                       if i["pool"] == pool and (i["doc_id"], i["raw_start"]) in learnt)
    assert pools == {"r19": {"r19freshA"}, "r20": {"r20freshA", "r20freshB"},
                     "r21": {"r21freshA", "r21freshB", "r21freshC"}}
    # the lead's later judgement wins over the first (r20freshA's rejudged.csv)
    pool = RW / "pools" / "r20" / "r20freshA"
    with open(pool / "rejudged.csv", encoding="utf-8") as f:
        later = {(r["doc_id"], int(r["raw_start"])): r["reader_id"] for r in csv.DictReader(f)
                 if str(r["is_figure"]).strip() == "1" and r["raw_start"].isdigit()
                 and r["reader_id"] not in ("?", "ambiguous", "AMB")}
    got = {(i["doc_id"], i["raw_start"]): i["reader_id"] for i in b._r9_items(None, pool.parent, pool.name, "r20")}
    assert later and all(got[k] == v for k, v in later.items())


def test_the_blind_sets_give_every_gold_figure_with_its_gold_id_and_its_first_runs_rules_id():
    b = builder()
    sets = b.blind_sets()
    assert len(sets) == 34 and len({s.name for s in sets}) == 34
    items, pages = b._blind_items()
    assert {i["source"] for i in items} == {"blind"} and {i["pool"] for i in items} == {s.name for s in sets}
    gold = {}
    for folder in sets:
        with open(folder / "figures_gold.csv", encoding="utf-8") as f:
            for g in csv.DictReader(f):
                gold[(folder.name, g["doc_id"], int(g["raw_start"]))] = g["indicator_id"]
    assert len(items) == len(gold)
    assert all(gold[(i["pool"], i["doc_id"], i["raw_start"])] == i["reader_id"] for i in items)
    assert sum(1 for i in items if i["reader_id"]) > 300
    # every page the gold names is a page the build runs, its file in the set's raw/
    assert all(f"{i['pool']}--{i['doc_id']}" in pages for i in items)
    assert all(path.is_file() and path.parent.parent.name == key.split("--")[0] for key, (path, _) in pages.items())
    # the first run's id where its rules gave it; an id its learnt fallback gave counts as none
    folder = next(s for s in sets if s.name == "r21blind")
    with open(folder / "work" / "first_run" / "figures.csv", encoding="utf-8") as f:
        first = {(r["doc_id"], int(r["raw_start"])): (r["indicator_id"], r["id_source"]) for r in csv.DictReader(f)}
    for i in (i for i in items if i["pool"] == "r21blind"):
        iid, by = first.get((i["doc_id"], i["raw_start"]), ("", ""))
        assert i["rules_first_id"] == (iid if by == "rules" else "")
    assert any(i["rules_first_id"] for i in items if i["pool"] == "r21blind")


def test_no_source_reads_a_test_split_document_or_council():
    # every source but the dev split (filtered to dev before any row is read) is a pool or a blind set: none may hold a
    # document or a council of the test split, nor a seed or reserved council (the builder's guard and this check)
    b = builder()
    test_docs, test_councils = _test_split()
    banned = b.banned_councils()
    assert test_councils <= set(banned)
    items = b._blind_items()[0]
    for source, (root, globs) in b.LATER.items():
        items += b._r9_items(None, root, globs, source)
    assert {i["source"] for i in items} >= set(NEW)
    assert not {b.council_key(i["council"]) for i in items} & set(banned)
    assert not {i["doc_id"] for i in items} & test_docs
    b.refuse_banned(items, banned)  # (passes: nothing to refuse)


def test_the_builder_refuses_a_page_of_a_test_split_or_reserved_council():
    b = builder()
    banned = b.banned_councils()
    _, test_councils = _test_split()
    council = sorted(test_councils)[0]
    with pytest.raises(SystemExit, match="r99blindZ/r99z_x_1: .* is a test-split council"):
        b.refuse_banned([{"pool": "r99blindZ", "doc_id": "r99z_x_1", "council": council}], banned)
    with pytest.raises(SystemExit, match="reserved for judging"):
        b.refuse_banned([{"pool": "p", "doc_id": "d_1", "council": "Kirklees Council"}], banned)


def test_one_council_key_for_the_city_of_london():
    # the dev split and the blind sets say "City of London Corporation", two pools "City of London": one council, one
    # key, so a council-grouped CV holds its rows of every source out together
    b = builder()
    assert b.council_key("City of London Corporation") == b.council_key("City of London") == "london"
    blind_keys = {b.council_key(r["council"]) for s in b.blind_sets()
                  for r in csv.DictReader(open(s / "manifest.csv", encoding="utf-8"))}
    assert "london" in blind_keys and not any("corporation" in k for k in blind_keys)
