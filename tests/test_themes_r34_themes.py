"""Round 34 (r34themes): themes on text nobody tuned on.

* A person's name is not a theme term. Surnames that are a theme's word ("Grant" for finance, "Foster" for fostering)
  coded the line that names the person: an attendance list "Victoria Grant / William Bowen", a member's
  substitution "Cllr Adrian Foster substituting", "Mrs Carol Grant", "Richard Foster (RDF)", "George Grant was thanked
  for his work" (gold other at Milton Keynes, Wiltshire, Essex and Slough in the open blind sets; Torbay isolated).
  ``topics._personal_names`` marks the words of a name: after an honorific (Cllr, Councillor, Mr, Mrs, Ms, Miss, Dr,
  Professor), or a given name and surname shown to be a person's by the clause (the person speaks or is thanked,
  their initials follow in brackets, or the name stands in a list of names split by slashes). A given name that is a
  codebook term's word, a stop word or a department word ("Early Help reported", "The Chair explained",
  "Community Services presented") is no person's, and neither is a pair inside a longer capitalised name
  ("Pupil Premium Grant", "Foster Care Fortnight").

Each behaviour case was coded as its comment says on BASE e9ee53d0 (checked with its src,
/work/staging/r34/basesrc, read-only). Notes r34_r34themes.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.themes import assign_themes, code_segments
from analysis.topics import load_codebook, match_theme, parse_codebook, words, _personal_names

CB = load_codebook()


# written for this test; on BASE each was coded by the surname (finance for Grant, fostering_adoption for Foster)
NAME_LINES = [
    "Mrs Helen Grant",
    "Cllr Mark Foster (substituting)",
    "Sarah Grant / John Mills / Amy Cole",
    "Anne Foster (AF) / Tom Hill (TH)",
    "The update was welcomed and Peter Grant was thanked for his work.",
]


@pytest.mark.parametrize("text", NAME_LINES)
def test_a_surname_is_not_a_theme_term(text):
    assert match_theme(text, CB).theme == "other"
    assert assign_themes([text], CB) == ["other"]


def test_a_name_line_under_a_themed_heading_is_not_coded_by_the_surname():
    # BASE: the attendance line "Sarah Grant / John Mills / Amy Cole" was finance under a youth council's heading
    segs = pd.DataFrame({"doc_id": ["d"] * 3, "seq": [0, 1, 2], "kind": ["title", "paragraph", "paragraph"],
                         "heading": [None, "Youth Cabinet", "Youth Cabinet"],
                         "text": ["Youth Cabinet", "Sarah Grant / John Mills / Amy Cole",
                                  "Date & Time: Monday 8 April - 5pm"]})
    assert [m.theme for m in code_segments(segs, None, CB)][1] == "other"


# guards: coded so on BASE and after
GUARDS = [
    ("The Household Support Grant was received by the council in the autumn.", "finance"),
    ("Foster Care Fortnight explained the need for new foster carers.", "fostering_adoption"),
    ("Cllr Smith asked about foster carer recruitment.", "fostering_adoption"),
    ("Sarah Foster explained that foster carer recruitment was on target.", "fostering_adoption"),
    ("Ms Grant confirmed that the DSG allocation had risen.", "finance"),
    ("The Early Help service reported a rise in referrals to family hubs.", "early_help"),
    ("The grant would fund the new youth centre.", "neet_youth_care_leavers"),
]


@pytest.mark.parametrize("text,theme", GUARDS)
def test_guards_keep_their_theme(text, theme):
    assert match_theme(text, CB).theme == theme


def _marked(text: str) -> list[str]:
    ws = words(text)
    used = [False] * len(ws)
    _personal_names(text, ws, used, CB)
    return [w.surface for w, u in zip(ws, used) if u]


def test_personal_names_marks_only_names():
    assert _marked("Mrs Carol Grant") == ["Carol", "Grant"]
    assert _marked("Jo Foster (JF) / Caroline Haynes (CH)") == ["Jo", "Foster", "Caroline", "Haynes"]
    assert _marked("Victoria Grant / William Bowen / Ygraine Emrys") == ["Victoria", "Grant", "William", "Bowen"]
    # no one's initials, no given name, a department, a longer capitalised name
    assert _marked("Enhancing Education, Training and Employment Offer (ETE)") == []
    assert _marked("Early Help reported a rise.") == []
    assert _marked("The Head of Community Services presented the report.") == []
    assert _marked("The Pupil Premium Grant explained nothing.") == []
    assert _marked("Title of Report: / Fostering Scrutiny Report") == []


def test_researcher_edit_still_moves_a_named_line():
    # the name's words do not count, the codebook's other terms do: a term the researcher adds codes the line
    text = "James Foster explained that the timetable had been agreed."
    assert match_theme(text, CB).theme == "other"
    data = _codebook_data()
    for t in data["themes"]:
        if t["id"] == "school_places_transport":
            t["terms"].append("timetable")
    assert match_theme(text, parse_codebook(data)).theme == "school_places_transport"


def _codebook_data() -> dict:
    import copy

    import yaml

    from analysis import paths

    return copy.deepcopy(yaml.safe_load(open(paths.config_file("codebook.yml", None), encoding="utf-8")))


# ---- a line that is only the council's name is the page's banner (topics.council_name_line) ----

# council names as page banners: on BASE the learnt model coded each by the place's name (education_standards,
# school_places_transport, education_standards); the first two are the open blind sets' lines (West Berkshire, St
# Helens), the third a council of no set. Invented names ("Northfield Borough Council") were other on BASE already.
COUNCIL_LINES = [
    "West Berkshire Council",
    "St.Helens Council crest",
    "Reading Borough Council",
]


def test_a_council_name_line_is_procedure():
    segs = pd.DataFrame({"doc_id": ["d"] * 4, "seq": [0, 1, 2, 3], "kind": ["title"] * 3 + ["paragraph"],
                         "heading": [None] * 4,
                         "text": COUNCIL_LINES + ["The council would add 30 school places at Hill Primary School."]})
    themes = [m.theme for m in code_segments(segs, None, CB)]
    assert themes[:3] == ["other"] * 3
    assert themes[3] == "school_places_transport"  # guard: the item below keeps its theme
    assert assign_themes(COUNCIL_LINES, CB) == ["other"] * 3


@pytest.mark.parametrize("text", ["Youth Council", "Children in Care Council",
                                  "The Council agreed to fund the new youth centre.",
                                  "Council Tax support for care leavers"])
def test_council_name_line_guards(text):
    from analysis.topics import council_name_line

    assert not council_name_line(text)
