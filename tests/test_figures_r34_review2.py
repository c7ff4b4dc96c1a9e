"""Round 34, helper r34review2: second reading of r34vocab and r34status (tests/realworld/notes/r34_r34review2.md).

- r34status's aims: an infinitive of aim inside the subject of a clause that reports a state ("Plans to recruit 20
  foster carers are on track", "Savings needed to balance the budget are on track") made the status an aim: the
  figure lost its status and the sentence its track statement. An infinitive aim no longer governs a status phrase
  when a finite verb of state ("is", "are", "remains", "has been") stands between it and the phrase with no "that"
  before the verb (``figures.context._aim_governs``).
- r34vocab's ``_PLANS_CEASED`` read "ended" of a level's time ("the number of EHCPs ended the year at 3,100") as plans
  that ended, and took the plans maintained off ``ehcp_count``.

Every sentence is written for the test in council style. Each case fails on main 2236ebe6; the guards pass on both.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import compare
from analysis.figures import extract
from figure_rows import one_figure


def _ids(text: str) -> dict[str, object]:
    f, _ = extract(text)
    return {s: (i if isinstance(i, str) else None) for s, i in zip(f["surface"], f["indicator_id"])}


def _tracks(sentences: list[str]) -> dict[str, str]:
    seg = pd.DataFrame({"council_slug": "c", "doc_id": [f"d{i}" for i in range(len(sentences))],
                        "segment_id": [f"d{i}:0" for i in range(len(sentences))], "theme": "other", "text": sentences,
                        "raw_start": 0, "raw_end": [len(s) for s in sentences]})
    st = compare.track_statements(seg)
    return dict(zip(st["sentence"], st["track"]))


# fails on 2236ebe6: the infinitive in the subject was read as an aim, the status dropped
@pytest.mark.parametrize("text, surface", [
    ("Plans to recruit 20 foster carers are on track.", "20"),
    ("The plan to reduce agency staff by 15% is on track.", "15%"),
    ("Savings of £1.2m needed to balance the budget are on track.", "£1.2m"),
    ("The work to bring 12 children back into in-house placements remains on track.", "12"),
])
def test_an_infinitive_in_the_subject_keeps_the_status(text: str, surface: str) -> None:
    assert one_figure(text, surface)["status"] == "on track"


# fails on 2236ebe6: no track statement
@pytest.mark.parametrize("sentence, track", [
    ("Plans to open two new children's homes are on track.", compare.ON),
    ("The savings needed to balance the budget were off track at quarter 2.", compare.OFF),
    ("The programme to return children to placements in the borough has been on track since April.", compare.ON),
])
def test_an_infinitive_in_the_subject_is_a_track_statement(sentence: str, track: str) -> None:
    assert _tracks([sentence]) == {sentence: track}


# guards: aims stay aims (pass on 2236ebe6 too)
@pytest.mark.parametrize("sentence", [
    "The council aims to be on target by March.",
    "This was anticipated to bring the savings plan back on track.",
    "The Board would continue its work in ensuring that the Plan was on track.",
    "The service plans to ensure that the programme is on track.",
    "The department hopes the plan is on track.",
    "Officers will work to ensure that the budget stays on track.",
])
def test_aims_stay_aims(sentence: str) -> None:
    assert sentence not in _tracks([sentence])


@pytest.mark.parametrize("text, surface", [
    ("The service aims to keep 85% of visits on track this year.", "85%"),
    ("Savings of £1.2m were anticipated to bring the recovery plan back on track.", "£1.2m"),
])
def test_aim_figures_stay_without_status(text: str, surface: str) -> None:
    assert one_figure(text, surface)["status"] is None


# fails on 2236ebe6: "ended the year/quarter at" read as plans ceased
@pytest.mark.parametrize("text, surface", [
    ("The number of EHCPs ended the year at 3,100.", "3,100"),
    ("EHC plans ended the quarter at 2,950, up from 2,800.", "2,950"),
])
def test_plans_ending_a_period_at_a_level_are_maintained(text: str, surface: str) -> None:
    assert _ids(text)[surface] == "ehcp_count"


# guards: plans that ended stay without the id (pass on 2236ebe6 too)
@pytest.mark.parametrize("text, surface", [
    ("There were 300 EHC plans ceased during the year.", "300"),
    ("A further 45 EHCPs which were ended in the spring term were not counted.", "45"),
])
def test_plans_ceased_stay_off(text: str, surface: str) -> None:
    assert _ids(text)[surface] is None


# fails on 2236ebe6: the assessment of a prospective foster carer (Form F) read as a child's social care assessment
# (r34vocab's "statutory timescales" widened a class "within timescale" already had; written from the class, on no
# council of the texts, hitting nothing of the open sets: disclosed)
@pytest.mark.parametrize("text, surface", [
    ("80% of foster carer assessments were completed within statutory timescales.", "80%"),
    ("70% of fostering assessments were completed within timescale.", "70%"),
    ("Only 60% of Form F assessments were completed on time.", "60%"),
])
def test_a_foster_carer_assessment_is_not_a_childs(text: str, surface: str) -> None:
    assert _ids(text)[surface] is None


# guards: the child's assessment keeps its id (pass on 2236ebe6 too)
@pytest.mark.parametrize("text, surface", [
    ("91% of single assessments were completed within statutory timescales.", "91%"),
    ("88% of assessments were completed within the statutory timescale.", "88%"),
    ("The service completed 85% of assessments within 45 working days.", "85%"),
])
def test_a_childs_assessment_keeps_its_id(text: str, surface: str) -> None:
    assert _ids(text)[surface] == "assessment_timeliness"
