"""Round 21 (r21speed): the figures stage fits the learnt id fallback once, before local workers that share its memory
(forked processes, threads) start, instead of once in each worker; the figures are the same."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus, parallel
from analysis.errors import ConfigError
from analysis.figures import learnt_id


def test_workers_share_memory_only_for_threads_and_forked_processes(monkeypatch):
    monkeypatch.delenv(parallel.SCHEDULER_ENV, raising=False)
    assert parallel.workers_share_memory(5, "sync") is False
    assert parallel.workers_share_memory(5, "auto") is False  # (a small corpus runs in this process)
    assert parallel.workers_share_memory(0, "processes") is False  # (nothing to map: map_frames calls func here)
    assert parallel.workers_share_memory(5, "threads") is True
    assert parallel.workers_share_memory(5, "tcp://127.0.0.1:8786") is False
    monkeypatch.setenv("CM_MP_CONTEXT", "spawn")
    assert parallel.workers_share_memory(5, "processes") is False
    monkeypatch.setenv("CM_MP_CONTEXT", "fork")
    assert parallel.workers_share_memory(5, "processes") is True
    monkeypatch.setenv(parallel.SCHEDULER_ENV, "processes")
    assert parallel.workers_share_memory(5) is True  # ($DASK_SCHEDULER, as the stage reads it)


def test_prefit_leaves_a_failing_fit_to_the_figure_that_needs_it(monkeypatch):
    def failing(indicators):
        raise ConfigError("no training figure's id is among the candidates")

    monkeypatch.setattr(learnt_id, "_fitted", failing)
    assert learnt_id.prefit([]) is None


def test_stage_fits_before_forked_workers_and_gives_the_same_figures(seed_copy: Path, tmp_path: Path, monkeypatch):
    from analysis import figures

    if "fork" not in __import__("multiprocessing").get_all_start_methods():
        pytest.skip("no fork start method here")
    monkeypatch.setenv("CM_LEARNT_ID", "on")
    monkeypatch.setenv("CM_MP_CONTEXT", "fork")
    monkeypatch.setenv(parallel.SCHEDULER_ENV, "sync")
    processed = tmp_path / "p"
    corpus.run(seed_copy, processed)
    f_sync, n_sync = figures.run(seed_copy, processed)
    learnt_id._MODELS.clear()
    monkeypatch.setenv(parallel.SCHEDULER_ENV, "processes")
    f_proc, n_proc = figures.run(seed_copy, processed)
    # the parent fitted the fallback before the workers were forked (before round 21 only the workers did)
    assert learnt_id._MODELS
    pd.testing.assert_frame_equal(f_sync, f_proc)
    pd.testing.assert_frame_equal(n_sync, n_proc)
