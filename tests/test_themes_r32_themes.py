"""Round 32 (r32themes): a seat line of a list of who sits on the body or attends is procedure.

Schools forum minutes and attendance lists give each person with the seat, body or group they stand for, often with no
role word ("Kelly Morgan - Early Years", "Steve Aveyard - Academy Schools", "Sandra Hall – staff", "Alastair
Dixon-Patterson, Lydiard Park Academy", "Patrick Otway, Barnsley Clinical Commissioning Group (BCCG)"). The words name
the seat, not what the meeting discussed; the gold codes every such line ``other`` (blind sets: Salford, Hackney,
Swindon, Barnsley; the judged training passages: 22 of 22), but round 21's attendance rule
(:func:`analysis.topics.attendee_name`) needs a role word, so they were coded by the seat's words (SEND, education
standards, attendance, finance, workforce, health, safeguarding). :func:`analysis.topics.seat_line` makes them
procedure (:func:`analysis.topics.procedure_outweighs`); notes r32_r32themes.
"""

from __future__ import annotations

import pytest

from analysis.themes import assign_themes
from analysis.topics import load_codebook, match_theme, parse_codebook, procedure_outweighs, seat_line

CB = load_codebook()

# written for this test (names and bodies invented); each was coded the theme given on BASE 7a61b474 (isolated,
# assign_themes); the gold's rule says other
SEATS = [
    ("Karen Holt - Special Schools", "send"),
    ("Gareth Price - Academy Schools", "education_standards"),
    ("Lucy Barker - Pupil Referral Units", "attendance_exclusions"),
    ("Simon Pearce - Secondary School Headteachers", "education_standards"),
    ("Helen Moss - early years providers", "finance"),
    ("Rachel Dunn – staff", "workforce"),
    ("Tom Whitfield, Northgate Park Academy", "education_standards"),
    ("Priya Shah, Eastborough Clinical Commissioning Group (ECCG)", "health_wellbeing"),
    ("Nadia Khan - Early Years", "finance"),
]


@pytest.mark.parametrize("text,base", SEATS)
def test_a_seat_line_is_other_isolated(text, base):
    assert base != "other"  # what BASE coded it
    assert seat_line(text, CB)
    assert procedure_outweighs(text, CB)
    assert assign_themes([text]) == ["other"]
    assert match_theme(text, CB).theme == "other"


def test_a_seat_line_in_a_list_is_other_in_context():
    # under a themed item (a schools forum's high needs item) the seat lines stay other: procedure never inherits
    import pandas as pd

    from analysis.themes import code_segments

    segs = pd.DataFrame({"doc_id": ["d"] * 4, "seq": [0, 1, 2, 3], "kind": ["title", "paragraph", "bullet", "bullet"],
                         "heading": [None, "High Needs Block", "High Needs Block", "High Needs Block"],
                         "text": ["High Needs Block", "Present for this item:", "Karen Holt - Special Schools",
                                  "Lucy Barker - Pupil Referral Units"]})
    assert [m.theme for m in code_segments(segs)][2:] == ["other", "other"]


# guards: these must not move (the same themes on BASE and now): a sentence about the seat's subject, an item title in
# the same shape (its first words are the codebook's, a possessive, a word of a meeting body, a word in -ing), a
# school's inspection in a list of inspected schools, a seat line that goes on to a figure or a verb
GUARDS = [
    ("Karen Holt said special schools were full.", "send"),
    ("Special Schools - Karen Holt", "send"),
    ("Social Work - Recruitment and Retention", "workforce"),
    ("Children's Services - Budget Monitoring", "finance"),
    ("Gorse Ride – short monitoring visit", "education_standards"),
    ("Scrutiny Inquiry - External Placements", "children_in_care"),
    ("Foster Carers - Recruitment Campaign", "fostering_adoption"),
    ("Nadia Khan - Early Years funding of 12 per cent", "finance"),
    ("Karen Holt - Special Schools, reported that places were full", "send"),
    ("Enhancing Education, Training and Employment Offer (ETE)", "neet_youth_care_leavers"),
]


@pytest.mark.parametrize("text,theme", GUARDS)
def test_guards(text, theme):
    assert not seat_line(text, CB)
    assert assign_themes([text]) == [theme]


def test_the_name_check_follows_the_codebook():
    # a name word that a codebook phrase uses is no person's name: a researcher who adds "holt" to a term makes
    # "Karen Holt - Special Schools" a heading again, coded by its terms
    base = {"themes": [{"id": "send", "name": "SEND", "terms": ["special school"]},
                       {"id": "env", "name": "Environment", "terms": ["holt woodland"]}]}
    assert seat_line("Karen Holt - Special Schools", parse_codebook(base | {"themes": base["themes"][:1]}))
    cb = parse_codebook(base)
    assert not seat_line("Karen Holt - Special Schools", cb)
    assert match_theme("Karen Holt - Special Schools", cb).theme == "send"


def test_a_seat_line_is_one_short_line():
    assert not seat_line("Karen Holt - " + "Special Schools and " * 8 + "Academies", CB)
    assert not seat_line("Karen Holt - Special Schools\nLucy Barker - Pupil Referral Units", CB)
