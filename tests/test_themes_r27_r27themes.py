"""Round 27 (r27themes): codebook terms for passage themes on unseen councils (notes r27_r27themes).

Each ``fixed`` case fails on BASE (main b3eef03) and passes after; each guard passes on both.
"""

import pytest

from analysis.topics import load_codebook, match_theme, procedure_outweighs


@pytest.fixture(scope="module")
def cb():
    return load_codebook()


# -- the high-needs block's own lines by their national names are send (the gold: Tameside, West Berkshire,
#    Wiltshire, Southend; notional SEN at Swindon, Derbyshire; named pupil allowances at Wiltshire)

@pytest.mark.parametrize("text", [
    "Top-Up Budgets for Wiltshire Schools and Academies was expected to break even for the year.",
    "Officers advised that the level of top-up funding for special provision would be reviewed.",
    "An increase of £198,028 in top up costs, mainly due to fee increases and new placements.",
    "The Named Pupil Allowances (NPAs) budget was projected to overspend by £0.451 million.",
])
def test_high_needs_lines_are_send(cb, text):
    assert match_theme(text, cb).theme == "send"


def test_notional_sen_stays_send(cb):
    # guard (passes on BASE too: "SEN" alone is a term); the phrase now scores 2
    assert match_theme("The notional SEN budget was explained.", cb).theme == "send"


@pytest.mark.parametrize("text, theme", [
    # a bare "top-up" of another allowance is not the high-needs block's (pools: Wiltshire's new school allowance)
    ("A New School Allowance for newly opened schools based on a teacher to pupil ratio and a top-up value.",
     "school_places_transport"),
    # "graduated approach" is ordinary English outside the SEND code (North Yorkshire's fee review): not a term
    ("The fee would be reviewed yearly to ensure a more graduated approach.", "other"),
    ("The budget was set for the year.", "finance"),
])
def test_guards_high_needs_terms(cb, text, theme):
    assert match_theme(text, cb).theme == theme


# -- a council's complaints report is procedure (the gold codes it other at Waltham Forest, Camden, Derbyshire,
#    Slough, Central Bedfordshire and Oldham)

@pytest.mark.parametrize("text", [
    "The number of complaints received about children's social care had fallen.",
    "There were 40 complaints made to the department, most about the placements team.",
    "The statutory complaints procedure for social care was explained.",
])
def test_complaints_report_is_procedure(cb, text):
    assert procedure_outweighs(text, cb)
    assert match_theme(text, cb).theme == "other"


@pytest.mark.parametrize("text, theme", [
    # parents' complaints about a service's delays are the service's subject: "complaints" alone is no procedure
    ("Complaints from parents about delays to EHCP assessments had risen sharply.", "send"),
    ("The annual complaints report for children's services was noted.", "other"),
])
def test_guards_complaints(cb, text, theme):
    assert match_theme(text, cb).theme == theme


# -- a line about who sits on the body is procedure (topics.membership_line; codebook membership: seats and
#    constituencies): Central Bedfordshire, Leeds, Southend, Swindon, North Yorkshire

@pytest.mark.parametrize("text", [
    "Mrs K Smith, Head teacher of Sandye Place Academy, was welcomed to the Forum as its newest member.",
    "Paul H had been returned as an Academy Secondary school representative;",
    "No nominations were received for the 2 maintained primary (one school and one governor) vacancies.",
    "The Chair confirmed that the Association of Primary Headteachers would be nominating a new member.",
])
def test_membership_line_is_procedure(cb, text):
    assert procedure_outweighs(text, cb)
    assert match_theme(text, cb).theme == "other"


@pytest.mark.parametrize("text, theme", [
    # another theme's term: the line is about a subject, not a seat
    ("The academy representative asked about attainment at key stage 2.", "education_standards"),
    # no seat named
    ("Social worker vacancies had fallen this quarter.", "workforce"),
    ("The academy had improved its results.", "education_standards"),
])
def test_guards_membership_line(cb, text, theme):
    assert match_theme(text, cb).theme == theme


def test_membership_is_the_researchers_to_edit():
    from analysis import io, paths
    from analysis.topics import parse_codebook

    data = io.read_config_yaml(paths.config_file("codebook.yml", None), "codebook", "")
    text = "Paul H had been returned as an Academy Secondary school representative;"
    assert match_theme(text, parse_codebook(data)).theme == "other"
    data["membership"]["constituencies"].remove("academy")
    data["membership"]["constituencies"].remove("academies")
    assert match_theme(text, parse_codebook(data)).theme == "education_standards"
