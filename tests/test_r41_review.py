"""(r41review) A second reader of round 41's learnt id cache key (r41keys).

The key names every module-level value the fit reads *as it is now* (:func:`analysis.figures.learnt_id.fit_reads`),
so a value a harness changes in the process names another model, fitted there. But the fit reaches memoised
helpers (``functools.lru_cache``: the sentence splitter built from ``clean.MINUTES_ABBREVIATIONS``, the indicators'
concept matcher built from ``_UNIT_COMPAT``, ...): their answers of the values before the change would make the fit
under the new key the old values' model, and stored on disk, the model a fresh process with the new values loads.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis import clean, model_cache
from analysis.figures import learnt_id as L
from analysis.figures.indicators import load_indicators
from learnt_rows import write_rows

#: figures whose words before them are in a sentence that opens with "Cllr." (a sentence of its own when "cllr" is
#: no abbreviation): the features "l2=cllr" depend on the sentence splitter's abbreviations
FIGURES = [
    ("children in care", "Cllr. Smith said there were 412 children in care.", "Item closed. Cllr. Smith said there were ",
     " children in care.", "children_in_care"),
    ("looked after children", "Cllr. Jones noted 380 looked after children.", "Item closed. Cllr. Jones noted ",
     " looked after children.", "children_in_care"),
    ("children on child protection plans", "Cllr. Smith said 210 children on child protection plans.",
     "Item closed. Cllr. Smith said ", " children on child protection plans.", "cp_plans"),
    ("children in need", "Cllr. Khan said 1,200 children in need were open.", "Item closed. Cllr. Khan said ",
     " children in need were open.", "children_in_need"),
    ("care leavers", "The service supported 150 care leavers.", "The service supported ", " care leavers.", ""),
    ("social care staff", "Social care had 40 social care staff.", "Social care had ", " social care staff.", ""),
]


@pytest.fixture
def rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("CM_MODEL_CACHE", str(tmp_path / "model-cache"))
    path = tmp_path / "rows.csv"
    write_rows(path, FIGURES, L.ROW_COLUMNS)
    monkeypatch.setenv("CM_LEARNT_ID_ROWS", str(path))
    monkeypatch.setattr(L, "_MODELS", {})
    yield path
    _forget_every_memo()  # (before monkeypatch puts the values back: no memo of a test's values outlives it)


def _forget_every_memo() -> None:
    """What a fresh process starts with: no answer of any of the package's memoised functions."""
    for name, module in list(sys.modules.items()):
        if name == "analysis" or name.startswith("analysis."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def test_a_fit_after_a_change_in_the_process_is_a_fresh_processes_fit(rows: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    inds = load_indicators()
    before = L._fitted(inds)  # (fills the splitter's and the matcher's memos with the abbreviations of the source)
    monkeypatch.setattr(clean, "MINUTES_ABBREVIATIONS", clean.MINUTES_ABBREVIATIONS - {"cllr"})
    changed = L._fitted(inds)  # (another key: fitted here, stored on disk under that key)
    # a fresh process with the same abbreviations, no memo and no stored model
    _forget_every_memo()
    monkeypatch.setattr(L, "_MODELS", {})
    monkeypatch.setenv("CM_MODEL_CACHE", "off")
    fresh = L._fitted(inds)
    assert fresh != before  # (the change matters: "Cllr." ends a sentence, "l2=cllr" is no feature)
    assert "l2=cllr" in before[0] and "l2=cllr" not in fresh[0]
    assert changed == fresh


def test_a_stored_model_is_the_one_its_key_names(rows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inds = load_indicators()
    L._fitted(inds)
    monkeypatch.setattr(clean, "MINUTES_ABBREVIATIONS", clean.MINUTES_ABBREVIATIONS - {"cllr"})
    L._fitted(inds)  # (stored on disk under the new key)
    _forget_every_memo()
    monkeypatch.setattr(L, "_MODELS", {})
    stored = L._fitted(inds)  # (another process with these abbreviations: read back from the disk cache)
    monkeypatch.setattr(L, "_MODELS", {})
    monkeypatch.setenv("CM_MODEL_CACHE", "off")
    assert stored == L._fitted(inds)  # (what it fits itself)


def test_a_unit_table_changed_in_place_refits_with_the_new_table(rows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.figures import indicators
    inds = load_indicators()  # (memoised: the list whose concept matchers are kept with it)
    before = L._fitted(inds)
    # (a count figure may now have a percentage's id: "social care" names the social work workforce's)
    monkeypatch.setitem(indicators._UNIT_COMPAT, "percent", {"percent", "percentage_points", "count"})
    changed = L._fitted(inds)
    _forget_every_memo()
    monkeypatch.setattr(L, "_MODELS", {})
    monkeypatch.setenv("CM_MODEL_CACHE", "off")
    fresh = L._fitted(load_indicators())  # (a list loaded again, without matchers)
    assert fresh != before
    assert changed == fresh


def test_forget_memos_clears_the_memoised_helpers_the_fit_reaches() -> None:
    clean._tokenizer()
    assert clean._tokenizer.cache_info().currsize == 1
    cleared = model_cache.forget_memos([L._fit_weights])
    assert "analysis.clean._tokenizer" in cleared and "analysis.figures.indicators._matcher_cached" in cleared
    assert clean._tokenizer.cache_info().currsize == 0
    assert model_cache.forget_memos([model_cache.canonical]) == []  # (nothing memoised there)


def test_the_rows_build_runs_here_whatever_dask_cluster_the_shell_names() -> None:
    """A ``$DASK_SCHEDULER`` (``make`` exports it) would send the build's figures to a cluster whose workers import
    their own installed package (not the code under ``src`` the rows are built of) and never see the build's
    ``$CM_LEARNT_ID=off`` nor its patched stage: the rows build runs on this machine, as the project's default."""
    from learnt_rows import builder
    env = builder().stage_env({"PATH": "/bin", "DASK_SCHEDULER": "tcp://10.0.0.5:8786", "CM_MODEL_CACHE": "off"})
    assert env == {"PATH": "/bin", "CM_LEARNT_ID": "off", "CM_MODEL_CACHE": "off"}


def _reads_through_a_module() -> object:
    """(a function of the fit's kind that reads a value of another package module as ``module.NAME``)"""
    return model_cache.STALE_TMP_SECONDS, clean.split_sentences("A. B.")


def test_a_value_read_as_module_attribute_is_in_the_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    reads = model_cache.global_reads([_reads_through_a_module])
    assert reads["analysis.model_cache:STALE_TMP_SECONDS"] == model_cache.STALE_TMP_SECONDS
    assert reads["analysis.clean:split_sentences"] == "analysis.clean.split_sentences"
    assert "analysis.clean:MINUTES_ABBREVIATIONS" in reads  # (followed into the function read as clean.split_sentences)
    monkeypatch.setattr(model_cache, "STALE_TMP_SECONDS", 1.0)
    assert model_cache.global_reads([_reads_through_a_module]) != reads
