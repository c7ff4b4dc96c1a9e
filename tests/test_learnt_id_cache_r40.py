"""(r40cache2) The learnt id fallback's fit kept in the on-disk model cache (:mod:`analysis.model_cache`): a hit gives
the fresh fit's weights bit for bit; an edited rows file or indicator names its own file; a corrupt file is refitted
and replaced; ``CM_MODEL_CACHE=off`` switches it off; ``prefit`` still memoises the fit for forked workers."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import numpy as np
import pytest

from analysis import paths
from analysis.figures import learnt_id as L
from analysis.figures.indicators import IndicatorList, load_indicators

#: figures of a tiny training file: (indicator phrase, sentence, left, right, unit, reader's id)
FIGURES = [
    ("children in care", "There were 412 children in care.", "There were ", " children in care.", "count",
     "children_in_care"),
    ("looked after children", "The council looks after 380 looked after children.", "The council looks after ",
     " looked after children.", "count", "children_in_care"),
    ("EHCPs issued", "In total 95 EHCPs were issued within 20 weeks.", "In total ", " EHCPs were issued within 20 weeks.",
     "count", ""),
    ("children on child protection plans", "There were 210 children on child protection plans.", "There were ",
     " children on child protection plans.", "count", "cp_plans"),
    ("children in need", "Some 1,200 children in need were open.", "Some ", " children in need were open.", "count",
     "children_in_need"),
    ("care leavers", "The service supported 150 care leavers.", "The service supported ", " care leavers.", "count",
     ""),
]
#: the batch the fallback is asked about (phrase, sentence, left, right, unit, per, is_change)
ASKED = [(p, s, lt, rt, u, "", False) for p, s, lt, rt, u, _ in FIGURES]


def _write_rows(path: Path, edit: str | None = None) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(L.ROW_COLUMNS) + ["source"])
        w.writeheader()
        for k, (phrase, sentence, left, right, unit, rid) in enumerate(FIGURES * 3):
            w.writerow({"indicator": edit if edit and k == 0 else phrase, "sentence": sentence, "left": left,
                        "right": right, "unit": unit, "per": "", "is_change": "False", "reader_id": rid,
                        "source": "dev"})
    return path


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A fresh cache folder and a tiny rows file in use; no fit memoised in the process."""
    folder = tmp_path / "model-cache"
    monkeypatch.setenv("CM_MODEL_CACHE", str(folder))
    rows = _write_rows(tmp_path / "rows.csv")
    monkeypatch.setenv("CM_LEARNT_ID_ROWS", str(rows))
    monkeypatch.setattr(L, "_MODELS", {})
    return folder, rows


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _bits(model: tuple[dict[str, float], float]) -> tuple[list[str], bytes]:
    weights, bias = model
    return list(weights), np.array([*weights.values(), bias], dtype=np.float64).tobytes()


def _no_fitting(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("fitted again: the cache was not used")
    # (r41keys: scikit-learn's fit, not the module's fit_candidates: which function is in place there is in the key)
    from sklearn.linear_model import LogisticRegression
    monkeypatch.setattr(LogisticRegression, "fit", refuse)


def test_a_hit_gives_the_fresh_fit_bit_for_bit(setup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, _ = setup
    inds = load_indicators()
    fresh = L._fitted(inds)
    ids = L.second_opinion(ASKED, inds, threshold=0.0)
    assert [f for f in _files(folder) if f.startswith("learnt_id-")] == _files(folder) and len(_files(folder)) == 1
    monkeypatch.setattr(L, "_MODELS", {})  # another process
    _no_fitting(monkeypatch)
    hit = L._fitted(load_indicators())
    assert _bits(hit) == _bits(fresh) and hit == fresh
    assert L.second_opinion(ASKED, inds, threshold=0.0) == ids and any(ids)


def test_an_edited_rows_file_or_indicator_gets_its_own_file(setup: tuple[Path, Path],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    folder, rows = setup
    inds = load_indicators()
    L._fitted(inds)
    _write_rows(rows, edit="children looked after")
    L._fitted(inds)  # (the file's modification time names a new fit in the process too)
    assert len(_files(folder)) == 2
    k = next(i for i, ind in enumerate(inds) if ind.id == "children_in_care")
    more = dataclasses.replace(inds[k], what=(*inds[k].what, "children we look after"))
    edited = IndicatorList([*inds[:k], more, *inds[k + 1:]])
    L._fitted(edited)
    assert len(_files(folder)) == 3
    raw = rows.read_bytes()
    assert len({L.cache_key(raw, inds), L.cache_key(raw, edited), L.cache_key(raw + b"\n", inds)}) == 3
    assert L.cache_key(raw, IndicatorList(list(inds))) == L.cache_key(raw, inds)  # another list of one content


def test_a_corrupt_or_foreign_file_is_refitted_and_replaced(setup: tuple[Path, Path],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder, _ = setup
    inds = load_indicators()
    fresh = L._fitted(inds)
    (name,) = _files(folder)
    good = (folder / name).read_bytes()
    for bad in (b"not a zip file", good[: len(good) // 2]):
        (folder / name).write_bytes(bad)
        monkeypatch.setattr(L, "_MODELS", {})
        assert _bits(L._fitted(inds)) == _bits(fresh)
        assert (folder / name).read_bytes() == good
    np.savez(folder / name, key=np.array("another key"), tokens=np.array(["x"]), weights=np.array([1.0]),
             intercept=np.array([0.0]))
    monkeypatch.setattr(L, "_MODELS", {})
    assert _bits(L._fitted(inds)) == _bits(fresh) and (folder / name).read_bytes() == good


@pytest.mark.parametrize("value", ["off", ""])
def test_the_variable_switches_the_cache_off(setup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path, value: str) -> None:
    folder, _ = setup
    monkeypatch.setenv("CM_MODEL_CACHE", value)
    monkeypatch.setattr(paths, "PROJECT_ROOT", tmp_path)
    weights, _ = L._fitted(load_indicators())
    assert weights and not folder.exists() and not (tmp_path / "build").exists()


def test_prefit_memoises_the_stored_fit_for_forked_workers(setup: tuple[Path, Path],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    inds = load_indicators()
    L.prefit(inds)
    monkeypatch.setattr(L, "_MODELS", {})
    _no_fitting(monkeypatch)
    L.prefit(inds)  # read from the cache, memoised in the process as a fit is
    assert len(L._MODELS) == 1
