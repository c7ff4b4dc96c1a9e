"""(r38) The judged-pool summary names the pools it cannot score instead of leaving them out silently."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts" / "r26recall"))
import pool_scores  # noqa: E402


def test_a_pool_in_an_older_layout_is_named_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "r8_r8idB.csv").write_text("doc_id,raw_start,raw_end,surface,value,unit,indicator,indicator_id\n",
                                           encoding="utf-8")
    (tmp_path / "r9_r9idA.csv").write_text("doc_id,raw_start,raw_end,surface,value,unit,indicator,indicator_id\n",
                                           encoding="utf-8")
    runs = [pool.name for pool, _, _ in pool_scores.judged_runs(tmp_path)]
    assert runs == ["r9idA"]  # the pool in today's layout is scored
    err = capsys.readouterr().err
    assert "skipped r8/r8idB" in err and "raw_end" in err  # the other is named, with what it lacks
