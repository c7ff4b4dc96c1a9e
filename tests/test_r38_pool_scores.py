"""(r38) The judged-pool summary names the pools it cannot score instead of leaving them out silently; (r39tools) it
reads round 8's older layouts (r8idB, r8idC, r8phrase, r8prec), each scored on a line of its own."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts" / "r26recall"))
import pool_scores  # noqa: E402

FIGS = "doc_id,raw_start,raw_end,surface,value,unit,indicator,indicator_id\n"


def _pool(root: Path, name: str, judged: str) -> None:
    pool = root / name.split("/")[0] / name.split("/")[1]
    pool.mkdir(parents=True)
    (pool / "judged.csv").write_text(judged, encoding="utf-8")


def test_a_pool_in_an_unknown_layout_is_named_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pools, out = tmp_path / "pools", tmp_path / "out"
    out.mkdir()
    _pool(pools, "r9/r9odd", "doc_id,surface,verdict\nd,5,yes\n")
    _pool(pools, "r9/r9idA", "doc_id,raw_start,raw_end,is_figure,pred_indicator,phrase_names_measure,reader_id\n")
    for name in ("r9_r9odd", "r9_r9idA"):
        (out / f"{name}.csv").write_text(FIGS, encoding="utf-8")
    runs = [pool.name for pool, _, _ in pool_scores.judged_runs(out, pools)]
    assert runs == ["r9idA"]  # the pool in today's layout is scored
    err = capsys.readouterr().err
    assert "skipped r9/r9odd" in err and "raw_end" in err  # the other is named, with what it lacks


def test_round_8_layouts_are_scored_on_lines_of_their_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pools, out = tmp_path / "pools", tmp_path / "out"
    out.mkdir()
    # r8idB: judged by start (no raw_end); a missed figure without a start is left out
    _pool(pools, "r8/r8idB", "half,doc_id,raw_start,surface,value,unit,is_figure,pred_indicator,phrase_names_measure,"
                             "reader_id,pred_id\n"
                             "CHECK,d,0,85%,85,percent,yes,good schools,yes,ofsted_good_or_better,\n"
                             "CHECK,d,20,12,12,count,yes,pupils,no,,\n"
                             "CHECK,d,40,3,3,count,no,item,no,,\n"
                             "CHECK,d,,7 weeks,7,weeks,yes (missed),,,,\n")
    (out / "r8_r8idB.csv").write_text(FIGS + "d,0,3,85%,85,percent,good schools,ofsted_good_or_better\n"
                                      "d,20,22,12,12,count,pupils,exclusions\n"
                                      "d,40,41,3,3,count,item,\n", encoding="utf-8")
    # r8idC: the k-th figure of a surface in the document; AMB left out of the id; a missed one found now
    _pool(pools, "r8/r8idC", "half,doc_id,surface,k,is_figure,phrase_ok,gold_id,pred_indicator,pred_id,note\n"
                             "CHECK,e,£5m,0,1,1,,overspend,,\n"
                             "CHECK,e,£5m,1,1,0,budget_variance,budget,,\n"
                             "CHECK,e,one,missed,1,,AMB,,,\n"
                             "CHECK,e,two,missed,1,,,,,\n")
    (out / "r8_r8idC.csv").write_text(FIGS + "e,50,53,£5m,5000000,gbp,budget,budget_variance\n"
                                      "e,10,13,£5m,5000000,gbp,overspend,\n"
                                      "e,70,73,one,1,count,children,\n", encoding="utf-8")
    # r8phrase: by file and start; first and final phrases judged; no id
    _pool(pools, "r8/r8phrase", "file,half,raw_start,surface,figure,my_phrase,first_indicator,first_ok,first_class,"
                                "final_indicator,final_ok\n"
                                "f.txt,TUNE,5,£15 million,Y,overspend,,0,empty,overspend on budget,1\n"
                                "f.txt,TUNE,30,30 per cent,Y,share,sum,0,prev,sum,0\n")
    (out / "r8_r8phrase.csv").write_text(FIGS + "f,5,16,£15 million,15000000,gbp,overspend on budget,x\n",
                                         encoding="utf-8")
    # r8prec: tokens judged by kind; precision only
    _pool(pools, "r8/r8prec", "i,half,batch,doc,start,token,first_run,final,judged,context\n"
                              "0,TUNE,1,g,0,2019,date,date,date,\n1,TUNE,1,g,10,45,num,num,F,\n"
                              "2,TUNE,1,g,20,3,num,num,amb,\n")
    (out / "r8_r8prec.csv").write_text(FIGS + "g,0,4,2019,2019,count,year,\ng,10,12,45,45,count,pupils,\n"
                                       "g,20,21,3,3,count,x,\ng,30,31,9,9,count,y,\n", encoding="utf-8")
    pool_scores.main([str(out), "--pools", str(pools)])
    lines = {ln.split(":")[0]: ln for ln in capsys.readouterr().out.splitlines()}
    assert "P 2/3=0.667  R 2/2=1.000" in lines["r8 r8idB"] and "phrase 1/2" in lines["r8 r8idB"]
    assert "id 1/1=1.000  given where none fits 1" in lines["r8 r8idB"]
    # r8idC: both £5m judged (k by start), "one" found, "two" missed; ids: budget_variance right, AMB left out
    assert "P 3/3=1.000  R 3/4=0.750" in lines["r8 r8idC"] and "phrase 1/2" in lines["r8 r8idC"]
    assert "id 1/1=1.000  given where none fits 0" in lines["r8 r8idC"]
    assert "R 1/2=0.500" in lines["r8 r8phrase"] and "phrase 1/1" in lines["r8 r8phrase"]
    assert "P 1/2=0.500" in lines["r8 r8prec"]  # the date is false, the amb left out, the 9 judged by no token
    assert lines["r8 pools (older layouts)"].endswith("given 1")
