"""Round 26 (r26themes): classes of theme errors on the fourteen open blind sets, fixed by mechanism.

Notes: tests/realworld/notes/r26_r26themes.md. An agenda item about the body's membership lends ``other`` from its
title as an opening item's heading does; "in attendance" in any wording is procedure; a service's self-assessment is
not a social-care assessment.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import themes as TH
from analysis import topics as T
from analysis.io import read_config_yaml
from theme_frames import segments_frame, shipped_codebook

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def codebook() -> T.Codebook:
    return shipped_codebook()


def _edited(**keys: object) -> T.Codebook:
    data = read_config_yaml(ROOT / "data" / "codebook.yml", "codebook", "")
    for k, v in keys.items():
        data[k] = v
    return T.parse_codebook(data)


_MEMBERSHIP = [("title", None, "Forum Membership Update"),
               ("heading", None, "Resolved"),
               ("paragraph", "Resolved", "The academy members increase to eight representatives."),
               ("paragraph", "Resolved", "The secondary academies would have four seats."),
               ("title", "Resolved", "School Admissions Update"),
               ("paragraph", None, "Secondary school admissions for September had risen by four per cent.")]


def test_an_item_about_the_membership_is_an_opening_item(codebook: T.Codebook) -> None:
    assert [T.opening_item(h, codebook) for h in ("Forum Membership Update", "Board Membership and Vacancies",
                                                   "School Attendance", "Fostering Recruitment Update")] == \
        [True, True, False, False]


def test_a_membership_items_title_lends_other(codebook: T.Codebook) -> None:
    got = [m.theme for m in TH.code_segments(segments_frame(_MEMBERSHIP), None, codebook)]
    # the constituencies' school words name no subject under the membership item (a passage with a stronger theme of
    # its own, "maintained school members", keeps it); the next item keeps its theme
    assert got[2:4] == ["other", "other"]
    assert got[5] == "school_places_transport"


def test_the_opening_items_list_is_the_researchers_to_edit(codebook: T.Codebook) -> None:
    # (round 27) without round 27's membership lines too (codebook "membership:"), which read the same passage as
    # procedure by its seat words on their own
    edited = _edited(opening_items=[t.text for t in codebook.opening_items if t.text != "membership"], membership=None)
    assert not T.opening_item("Forum Membership Update", edited)
    got = [m.theme for m in TH.code_segments(segments_frame(_MEMBERSHIP), None, edited)]
    assert got[2] == "education_standards"


@pytest.mark.parametrize("text", ["In Attendance", "In attendance for this item were:",
                                  "It was noted that the clerk would be in attendance until the item was resolved."])
def test_who_attends_is_procedure(codebook: T.Codebook, text: str) -> None:
    assert TH.assign_themes([text], codebook) == ["other"]
    assert T.procedure_outweighs(text, codebook)


def test_school_attendance_is_still_a_subject(codebook: T.Codebook) -> None:
    texts = ["Attendance at primary schools had improved to 95 per cent.", "School attendance"]
    assert TH.assign_themes(texts, codebook) == ["attendance_exclusions", "attendance_exclusions"]


def test_a_services_self_assessment_is_no_social_care_assessment(codebook: T.Codebook) -> None:
    text = "Officers introduced the service's self-assessment for the year."
    assert T.match_theme(text, codebook).theme == "other"
    assert T.match_theme("Assessments were completed within 45 days.", codebook).theme == "safeguarding"
    edited = _edited(neutral=[t.text for t in codebook.neutral if t.text != "self assessment"])
    assert T.match_theme(text, edited).theme == "safeguarding"


@pytest.mark.parametrize("text", ["Applying the sparsity factor.", "The services to be de-delegated were agreed.",
                                  "Setting the minimum funding guarantee at 0.5%.",
                                  "The central school services block was discussed."])
def test_the_schools_funding_formulas_factors_are_finance(codebook: T.Codebook, text: str) -> None:
    assert T.match_theme(text, codebook).theme == "finance"


@pytest.mark.parametrize("text, theme", [
    ("Members asked whether the PAN reductions were enough.", "school_places_transport"),
    ("The YJS prevention offer would grow.", "neet_youth_care_leavers"),
    ("A petition asked for Education and Healthcare Plans to be issued sooner.", "send")])
def test_other_spellings_of_a_themes_names(codebook: T.Codebook, text: str, theme: str) -> None:
    assert T.match_theme(text, codebook).theme == theme


def test_an_overview_listing_several_themes_subjects_is_other(codebook: T.Codebook) -> None:
    text = ("The Children's Scrutiny Committee met to discuss exam results, the Youth Justice Plan, elective home "
            "education and foster carer recruitment.")
    assert TH.assign_themes([text], codebook) == ["other"]
    # one subject's facets, or a deputation heard by the meeting, keep their theme
    texts = ["The Children's Scrutiny Committee met to discuss the SEND strategy, EHCP timeliness and SEND transport.",
             "The meeting heard from two parents, who raised concerns about exam results, foster carers and youth "
             "justice."]
    assert TH.assign_themes(texts, codebook)[0] == "send"
    assert TH.assign_themes(texts, codebook)[1] != "other"


def test_the_safeguarding_partnerships_predecessor_is_safeguarding(codebook: T.Codebook) -> None:
    text = ("To receive the annual report of the Local Safeguarding Children Board; its chair will be in attendance.")
    assert TH.assign_themes([text], codebook) == ["safeguarding"]
