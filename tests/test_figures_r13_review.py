"""Round 13's merge review (lead and a reader of the merged diff): rules of the round that reached too far or could
never fire. Each test fails on the merged branches before the review's fixes (27a351e) unless marked as a guard;
the sentences are written in council style for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.figures.layout import header_columns
from figure_rows import kinds, one_figure, stage_ids, stage_phrases


# r13id's 20-week pointer: a bare "in that time" is "during that time", not "within the 20 weeks" (only with a verb
# of getting a plan done: "met in this time" keeps the id, tests/test_figures_r13_r13id.py).
@pytest.mark.parametrize("paragraphs,surface", [
    (["Requests for EHC needs assessments rose over the year; in that time 62% of applications were from boys."], "62%"),
    (["The EHC plan process should take no more than 20 weeks. In that period 41% of requests came from schools."],
     "41%"),
])
def test_during_that_time_is_no_timeliness(tmp_path: Path, paragraphs: list[str], surface: str) -> None:
    assert stage_ids(tmp_path, paragraphs)[surface] != "ehcp_timeliness"


# r13id's foster-carer flows: "left" that is what remains is no flow; the carers keep their id.
@pytest.mark.parametrize("paragraphs,surface", [
    (["The service now has only 45 foster carers left after the recruitment campaign ended."], "45"),
    (["There are just 112 fostering households still left on the council's register."], "112"),
])
def test_carers_left_that_remain_keep_their_id(tmp_path: Path, paragraphs: list[str], surface: str) -> None:
    assert stage_ids(tmp_path, paragraphs)[surface] == "foster_carers"


def test_carers_who_left_are_still_a_flow(tmp_path: Path) -> None:
    # guard (passes before and after): carers who left in a year are no count of carers
    ids = stage_ids(tmp_path, ["During 2023-24, 14 foster carers left the service and 9 new carers were approved."])
    assert ids["14"] != "foster_carers"


# r13prec's numbered paragraphs: one capitalised word before "12.5. The ..." is no heading; the value stays a figure.
@pytest.mark.parametrize("text,surface", [
    ("The rate in England 12.5. The rate in Leeds was 14.1 per 10,000 children.", "12.5"),
    ("The average in Wales 18.2. The average here was 16.9 per cent.", "18.2"),
])
def test_a_value_after_one_capitalised_word_is_no_paragraph_number(text: str, surface: str) -> None:
    assert surface not in kinds(text)


def test_paragraph_number_after_a_heading_is_still_a_list_number() -> None:
    # guard: two capitalised words (a heading) before "1.1. The" keep it a paragraph number
    assert kinds("Executive Summary 1.1. The purpose of this report is to update members.").get("1.1") == "list"


# r13struct's table header: one column of words after a double space is a heading or prose, not a table's header.
def test_one_column_of_words_is_no_table_header() -> None:
    assert header_columns(["Fostering Service", "Annual Report"]) is None
    assert header_columns(["Placement type", "2023/24"]) == (["2023/24"], True)  # guard: a period column


def test_a_heading_with_a_double_space_labels_nothing(tmp_path: Path) -> None:
    phrases = stage_phrases(tmp_path, "Fostering Service  Annual Report\nFoster carers approved  24\n")
    assert "Annual Report" not in (phrases["24"][0] or "")


# r13struct's age bands: a band that does not open the text (after a sentence on the same line) still labels its
# value ("^" of the pattern matched only at index 0 of the whole text).
@pytest.mark.parametrize("text,surface,band", [
    ("Children in need by age. 5-9: 17%, a rise since 2021.", "17%", "5-9"),
    ("By age group. 10 to 15 years: 21%", "21%", "10 to 15 years"),
])
def test_an_age_band_after_a_sentence_labels_its_value(tmp_path: Path, text: str, surface: str, band: str) -> None:
    assert band in (stage_phrases(tmp_path, text)[surface][0] or "")


def test_age_bands_on_their_own_lines_label_their_values(tmp_path: Path) -> None:
    # guard (passes before and after)
    phrases = stage_phrases(tmp_path, "Children in need by age:\n- 1 to 4 years: 10%\n- 5 to 9 years: 17%\n")
    assert "1 to 4" in (phrases["10%"][0] or "") and "5 to 9" in (phrases["17%"][0] or "")


# r13prec's EHC time bands: " or" in the list of band ends could never match (a 3-character entry compared with the
# last 4 characters); "over 30 or 52 weeks" comes out right by another path. Guard (passes before and after).
def test_ehc_bands_joined_by_or_are_thresholds() -> None:
    k = kinds("There were 40 EHC plans open over 30 or 52 weeks at the end of March.")
    assert k.get("30") == "threshold" and k.get("52 weeks") == "threshold"


# r13prec's hedged fractions: the commonest hedges ("about", "around", "over", "approximately") were not in the list,
# so "About a third were late" read the ordinal "third". Fails on 27a351e.
@pytest.mark.parametrize("text,surface", [
    ("About a third were late in the last quarter.", "a third"),
    ("Approximately a fifth are waiting for a first appointment.", "a fifth"),
    ("Over a quarter were placed more than 20 miles away.", "a quarter"),
])
def test_a_fraction_after_a_common_hedge_is_a_figure(text: str, surface: str) -> None:
    from figure_rows import surfaces
    assert surface in surfaces(text)
