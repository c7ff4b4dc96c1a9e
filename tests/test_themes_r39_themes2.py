"""Round 39 (r39themes2): "training" alone no longer names the workforce theme.

The workforce theme's bare term "training" coded young people's "job, college or training" (Suffolk), cadet training
(Redcar and Cleveland), members' training on a safeguarding role (City of London) and data training (Bury) workforce in
the open blind sets, where the gold codes them otherwise; the staff's training is named by "staff training", "social
work training" and "workforce training" (notes r39_themes, "r39themes2"; round 38's side branch r38themes-training).
"maintained schools" moved from education_standards to finance: minutes name the council's maintained schools mostly for
their money (the open sets' gold: finance 13 of 19 passages with the phrase, at 8 councils; education standards 1). It
stays a ``membership: constituencies:`` term, so a line naming the maintained schools' seat on a Forum is procedure.
The inputs below are written for the test.
"""
from __future__ import annotations

import pytest

from analysis.themes import assign_themes
from analysis.topics import load_codebook, match_theme


@pytest.mark.parametrize("text", [
    "Staff training on the new case recording system was completed in March.",
    "Social work training places for newly qualified practitioners were all filled this year.",
    "The workforce training programme for team managers will start in the autumn.",
])
def test_staff_training_is_still_workforce(text: str) -> None:
    assert match_theme(text, load_codebook()).theme == "workforce"
    assert assign_themes([text]) == ["workforce"]


@pytest.mark.parametrize("text", [
    "Nearly one in 12 young people have no college place, job or training.",
    "Members asked that safeguarding training be offered to all new councillors.",
    "Officers would explore making training available to partner organisations.",
    "Cadets take part in first aid training at the fire station each week.",
])
def test_training_alone_decides_no_workforce(text: str) -> None:
    match = match_theme(text, load_codebook())
    assert "training" not in [t.lower() for t in match.terms]
    assert match.theme != "workforce"
    assert assign_themes([text]) != ["workforce"]


@pytest.mark.parametrize("text", [
    "Both schools visited for audits of financial management were maintained schools, as the auditors could not assess "
    "academies.",
    "Members asked why insurance cost more for maintained schools than for academy schools.",
    "The local authority had been given one-off funding to support maintained schools in financial difficulty.",
])
def test_maintained_schools_money_is_finance(text: str) -> None:
    assert match_theme(text, load_codebook()).theme == "finance"
    assert assign_themes([text]) == ["finance"]


@pytest.mark.parametrize("text", [
    "Jane Doe was nominated as the maintained schools representative on the Forum.",
    "The Chair welcomed the new maintained schools representative to the Forum.",
])
def test_maintained_schools_seat_is_still_procedure(text: str) -> None:
    # the phrase stays a membership constituency after its move to finance
    assert assign_themes([text]) == ["other"]


@pytest.mark.parametrize("text", [
    "Attainment in maintained schools rose at Key Stage 2 this year.",
    "Ofsted judged 92% of maintained schools good or outstanding.",
])
def test_maintained_schools_standards_stay_education(text: str) -> None:
    assert match_theme(text, load_codebook()).theme == "education_standards"
    assert assign_themes([text]) == ["education_standards"]
