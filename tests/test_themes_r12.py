"""Round 12 (r12themes): theme classes found on round 11's pools (pages never tuned on for themes).

Each class was seen in several councils' pages of the TUNE half of the pools and sized across all 18
pools (tests/realworld/notes/r12_themes.md). The phrasings below are written in council style for
these tests (not copied from a page); every "fixed" case was coded wrongly by the code at 7072458
(noted per class), and the guards must keep their theme.
"""

from __future__ import annotations

import pytest

from analysis.topics import assign_themes, meeting_header

# --------------------------------------------------------------------------------------------------
# Class 1: the ModernGov meeting block's label lines ("Contact: <clerk>", "Venue: <room>") were coded
# safeguarding (the codebook's "contacts" to the front door) in 102 of 243 such lines of the pools,
# 40 councils. At 7072458 every "fixed" line below was coded safeguarding (or workforce).
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Contact: Priya Shah  Email: priya.shah@example.gov.uk",
    "Contact: Democratic Services  01632 960 123",
    "Contact: Tom Reed, Democratic Services Officer",
    "Contact: Governance Support",
    "Contact for enquiries: Helen Ward, Director, Education and Learning,",
    "Officer contact: Sam Lowe, 01632 960 456, sam.lowe@example.gov.uk",
    "Contact: Ellen Moss, Scrutiny Manager or Raj Patel, Policy Service Manager  01632 960 789",
])
def test_meeting_block_label_lines_are_procedure(text: str) -> None:
    assert meeting_header(text)
    assert assign_themes([text]) == ["other"]


@pytest.mark.parametrize("text, theme", [
    ("Contacts to the front door rose to 1,204 in the quarter, with 22% leading to a referral.", "safeguarding"),
    ("Contact with the family was made within 24 hours of the referral in 91% of cases.", "safeguarding"),
    ("Contacts: 1,204 in Q3, of which 312 became referrals.", "safeguarding"),
])
def test_guard_contacts_to_the_front_door_stay_safeguarding(text: str, theme: str) -> None:
    assert not meeting_header(text)
    assert assign_themes([text]) == [theme]


# --------------------------------------------------------------------------------------------------
# Class 2: a deficit of the Dedicated Schools Grant, its recovery plan, management plan or overspend
# is a high-needs deficit: send, by the gold's rule (the dev gold codes "DSG Budget Deficit Recovery
# Plan" and "the cumulative DSG deficit ..." send, and the codebook already had "DSG deficit" and "DSG
# management plan"). Spelt out ("Dedicated Schools Grant Management Plan", "Dedicated Schools Grant
# (DSG) deficit") or as "DSG overspend" the wording was coded finance: Bury, Slough, Southampton,
# Somerset, Sutton in the pools. At 7072458 every "fixed" text below was coded finance.
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Update on the Dedicated Schools Grant Management Plan",
    "Members received an update on the Dedicated Schools Grant (DSG) deficit position and the next steps needed to reduce it.",
    "DSG Overspend Update",
    "Project Safety Valve Progress and Dedicated Schools Grant Deficit Recovery",
    "The DSG Budget Deficit Recovery Plan was sent to the Department for Education in May.",
])
def test_a_dsg_deficit_however_spelt_is_send(text: str) -> None:
    assert assign_themes([text]) == ["send"]


@pytest.mark.parametrize("text", [
    "The DSG outturn for 2023/24 showed an underspend of £1.1m.",
    "The Early Years Block of the Dedicated Schools Grant was underspent by £240k.",
])
def test_guard_other_dsg_money_stays_finance(text: str) -> None:
    assert assign_themes([text]) == ["finance"]


# --------------------------------------------------------------------------------------------------
# Class 3: "to note the update (on ...)" is the resolution's procedure, like "noted the report" (the
# dev gold codes all three such passages other). At 7072458 the first and third were coded by the
# subject named after "on" (children_in_care, send).
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "To note the update on the placement sufficiency strategy.",
    "The Committee noted the update and thanked officers.",
    "RESOLVED: That the Panel note the update on EHCPs.",
])
def test_noting_an_update_is_procedure(text: str) -> None:
    assert assign_themes([text]) == ["other"]


def test_guard_an_update_with_its_content_keeps_its_theme() -> None:
    assert assign_themes(["The update on EHCP timeliness showed 62% of plans issued within 20 weeks."]) == ["send"]


# --------------------------------------------------------------------------------------------------
# Class 4: an Ofsted inspection of the council's children's social care (ILACS, a monitoring visit, a
# children's services judgement) is safeguarding by the gold's rule, but "Ofsted" and its grades
# ("inadequate", "requires improvement", "outstanding") are school-standards terms: such passages were
# coded education_standards. Seen in about 20 councils of the 18 pools (Sunderland, Swindon, Luton,
# Wiltshire, Wokingham, Tameside, Blackpool, Newham, North East Lincolnshire, Somerset, St Helens,
# Wakefield ...). At 7072458 every "fixed" text below was coded education_standards.
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The council's children's services were judged inadequate by Ofsted in the spring.",
    "Councillors asked how the service would reach an 'outstanding' Ofsted judgement for children's services.",
    "The Director apologised after Ofsted rated the borough's children's services as requiring improvement.",
    "A commissioner will be appointed after a damning Ofsted report on the council's children's services.",
    "Inspectors found the children's services still inadequate at the third Ofsted monitoring visit.",
])
def test_ofsted_on_childrens_social_care_is_safeguarding(text: str) -> None:
    assert assign_themes([text]) == ["safeguarding"]


@pytest.mark.parametrize("text", [
    "Ofsted rated two of the borough's primary schools inadequate in March.",
    "92% of schools were judged good or outstanding by Ofsted.",
    "The Ofsted framework for schools changes in September.",
    "Ofsted judged the academy's teaching and the quality of social care advice to pupils to require improvement.",
])
def test_guard_ofsted_on_schools_stays_education_standards(text: str) -> None:
    assert assign_themes([text]) == ["education_standards"]


# Review of round 12: "trust" (a Children's Trust runs the council's children's social care) and "settings"
# (children's residential settings) do not put a passage in schools; at 99b743d these were education_standards.
@pytest.mark.parametrize("text", [
    "Ofsted rated Slough Children's Trust's children's services inadequate in March.",
    "Ofsted rated the Children's Trust inadequate at its monitoring visit to children's social care.",
    "Ofsted rated the council's children's services inadequate, finding children in residential settings were not safe.",
])
def test_ofsted_on_a_childrens_trust_or_residential_settings_is_safeguarding(text: str) -> None:
    assert assign_themes([text]) == ["safeguarding"]


def test_inspection_terms_follow_the_codebook() -> None:
    from analysis.topics import _inspection_terms, load_codebook, parse_codebook
    terms = _inspection_terms(load_codebook())
    assert {"ofsted", "outstanding", "inadequate", "requires improvement", "judged good"} <= terms
    assert "attainment" not in terms and "good level of development" not in terms
    cb = parse_codebook([{"id": "education_standards", "name": "Standards", "terms": ["Ofsted rating", "phonics"]}])
    assert _inspection_terms(cb) == frozenset({"ofsted rating"})


# --------------------------------------------------------------------------------------------------
# Class 5: "contact" as a verb on a page's information line ("please contact ...", "contact us",
# "contact your ...") matched the codebook's front-door "contacts": such lines were coded
# safeguarding (Hertfordshire, Knowsley, North Yorkshire, Rochdale, St Helens, Tameside in the pools).
# The codebook's neutral list now holds these verb phrases. At 7072458 every "fixed" text below was
# coded safeguarding.
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "If you have any questions about the procedure, please contact Sam Lowe by telephone or email.",
    "To have your council added to the site, please contact us at hello@example.org.",
    "For queries about this agenda, contact your Democratic Services Officer or contact the Clerk.",
    "Please contact the Children's Services Customer Team on 01632 960 000 for more information.",
])
def test_contact_as_a_verb_is_not_front_door_contacts(text: str) -> None:
    assert assign_themes([text]) == ["other"]


def test_guard_contacts_counted_stay_safeguarding() -> None:
    assert assign_themes(["Contacts to the front door rose by 12% and 31% of contacts led to a referral."]) == ["safeguarding"]
