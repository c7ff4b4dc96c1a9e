"""Round 22's learnt-filter experiment over every open pool (scripts/figure_filter_pools.py): the training file
holds no test-split document and no closed set, its labels are well formed, and the helpers behave as documented.

The filter is not wired into the figures stage (tests/realworld/notes/r22_r22filter.md).
"""

from __future__ import annotations

import doctest
import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"


@pytest.fixture(scope="module")
def mod():
    spec = importlib.util.spec_from_file_location("figure_filter_pools", ROOT / "scripts" / "figure_filter_pools.py")
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


@pytest.fixture(scope="module")
def rows(mod) -> pd.DataFrame:
    return pd.read_csv(mod.OUT, dtype=str, keep_default_na=False)


def test_doctests(mod):
    assert doctest.testmod(mod).failed == 0


def test_rows_hold_no_test_document_and_no_closed_set(rows):
    manifest = pd.read_csv(RW / "raw" / "manifest.csv", dtype=str, keep_default_na=False)
    split = {Path(f).stem: s for f, s in zip(manifest["file"], manifest["split"])}
    assert {split.get(d) for d in rows.loc[rows["source"] == "dev", "doc_id"]} == {"dev"}
    pool_sets = set(rows.loc[rows["source"].isin(["pool", "pool_first"]), "set"])
    assert pool_sets and not any(s.startswith("r22") or s == "r21blind2" for s in pool_sets)
    assert set(rows.loc[rows["source"] == "blind", "set"]) == {"r21blind"}


def test_labels_and_sources_are_well_formed(rows):
    assert set(rows["source"]) == {"pool", "pool_first", "dev", "blind"}
    assert set(rows["label"]) <= {"0", "1", ""}
    assert (rows.loc[rows["source"] != "pool", "label"] != "").all()  # only current pool spans may be unjudged
    assert not rows.duplicated(["source", "set", "doc_id", "raw_start", "raw_end"]).any()


def test_drop_threshold_drops_at_most_the_share(mod):
    true_scores = np.linspace(0.0, 1.0, 1001)
    for q in mod.DROP_RATES:
        t = mod.drop_threshold(true_scores, q)
        assert (true_scores < t).mean() <= q
    assert mod.drop_threshold(np.array([0.5]), 0.002) == 0.5  # fewer than 1/q true figures: nothing dropped


def test_council_key_groups_spellings(mod):
    assert mod.council_key("Royal Borough of Kingston upon Thames") == mod.council_key("Kingston upon Thames")
    assert mod.council_key("Brighton & Hove City Council") == mod.council_key("Brighton and Hove")
    assert mod.council_key("City of London Corporation") == mod.council_key("City of London")
