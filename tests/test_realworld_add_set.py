"""Adding a gathered set to the real-minutes corpus (analysis.realworld.add_set): checks, splits, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.realworld import add_set, split_of_new_council

COLUMNS = "file,council,committee,meeting_date,title,source_url"


def _corpus(root: Path) -> Path:
    c = root / "corpus"
    (c / "raw").mkdir(parents=True)
    (c / "raw" / "a_1.txt").write_text("There were 45 children in care.", encoding="utf-8")
    (c / "raw" / "manifest.csv").write_text(f"{COLUMNS},split,set\na_1.txt,A Council,,,,http://a/1,test,A\n",
                                            encoding="utf-8")
    (c / "figures_gold.csv").write_text(
        "doc_id,surface,raw_start,raw_end,value,value_max,unit,indicator_id,indicator\n"
        "a_1,45,10,12,45,,count,children_in_care,children in care\n", encoding="utf-8")
    (c / "themes_gold.csv").write_text("doc_id,raw_start,raw_end,theme,text\n"
                                       "a_1,0,31,children_in_care,There were 45 children in care.\n", encoding="utf-8")
    return c


def _set(root: Path, surface: str = "12", url: str = "http://a/2") -> Path:
    s = root / "set"
    (s / "raw").mkdir(parents=True)
    (s / "raw" / "a_2.txt").write_text("12 foster carers were approved.", encoding="utf-8")
    (s / "raw" / "b_1.txt").write_text("Attendance was 94%.", encoding="utf-8")
    (s / "manifest.csv").write_text(f"{COLUMNS}\na_2.txt,A Council,,,,{url}\nb_1.txt,B Council,,,,http://b/1\n",
                                    encoding="utf-8")
    (s / "figures_gold.csv").write_text(
        "doc_id,surface,raw_start,raw_end,value,value_max,unit,indicator_id,indicator\n"
        f"a_2,{surface},0,2,12,,count,foster_carers,foster carers approved\n"
        "b_1,94%,15,18,94,,percent,school_attendance,attendance\n", encoding="utf-8")
    (s / "themes_gold.csv").write_text("doc_id,raw_start,raw_end,theme,text\n"
                                       "b_1,0,19,attendance_exclusions,Attendance was 94%.\n", encoding="utf-8")
    return s


def test_a_set_is_appended_and_a_council_keeps_its_split(tmp_path: Path) -> None:
    corpus, new = _corpus(tmp_path), _set(tmp_path)
    rows = add_set(corpus, new, "K")
    m = pd.read_csv(corpus / "raw" / "manifest.csv", dtype=str, keep_default_na=False)
    assert m["file"].tolist() == ["a_1.txt", "a_2.txt", "b_1.txt"]
    assert dict(zip(m["file"], m["split"])) == {"a_1.txt": "test", "a_2.txt": "test",
                                                 "b_1.txt": split_of_new_council("B Council")}
    assert m["set"].tolist() == ["A", "K", "K"] and len(rows) == 2
    g = pd.read_csv(corpus / "figures_gold.csv", dtype=str)
    assert g["doc_id"].tolist() == ["a_1", "a_2", "b_1"]
    assert (corpus / "raw" / "b_1.txt").read_text(encoding="utf-8") == "Attendance was 94%."


@pytest.mark.parametrize("problem, match", [
    ("offset", "does not slice"),
    ("url", "source_url already in the corpus"),
    ("name", "already used"),
])
def test_a_bad_set_changes_nothing(tmp_path: Path, problem: str, match: str) -> None:
    corpus = _corpus(tmp_path)
    new = _set(tmp_path, surface="13" if problem == "offset" else "12",
               url="http://a/1" if problem == "url" else "http://a/2")
    before = {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()}
    with pytest.raises(ValueError, match=match):
        add_set(corpus, new, "A" if problem == "name" else "K")
    assert {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()} == before
