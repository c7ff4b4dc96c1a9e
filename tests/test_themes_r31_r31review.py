"""Round 31, r31review: a member's role said without "declared" whose sentence goes on to what they did or the meeting
heard is no declaration.

r31themes' :func:`analysis.topics.declaration_line` made a titled member who "was/is a(n)/the <role>" or is recorded "as
a(n)/the <role>" procedure. On text nobody tuned it on it also reached Swindon's "Councillor Jim Robbins was the member
who asked for the information, and as someone who has been a foster carer has experienced the disruption of social
worker changes" (pool r9prec: a member's account of social worker changes, not his seat), and written variants ("was the
lead member when Ofsted judged ...", "is a foster carer and explained ...", "was the manager responsible for the
reduction in caseloads to 18"). Such a sentence going on with a clause of who/when/which, a report verb or a figure is
not a declaration (``topics._ROLE_GOES_ON``); "declared ..." and "As a Councillor who ..." are unchanged.
"""

from __future__ import annotations

import pytest

from analysis.themes import assign_themes
from analysis.topics import declaration_line, load_codebook, match_theme

CB = load_codebook()

# each was procedure (other) at 71a13cab; each names a subject of the meeting
GOES_ON = [
    "Councillor Ray Hill was the member who asked for the figures, and as someone who has been a foster carer has seen "
    "the disruption of social worker changes.",
    "Cllr Brown was the lead member when Ofsted judged the service inadequate in 2019.",
    "Mrs Green is a foster carer and explained the difficulties carers face with allowances.",
    "Mr Smith, Head of Service, was the manager responsible for the reduction in caseloads to 18.",
]


@pytest.mark.parametrize("text", GOES_ON)
def test_a_role_that_goes_on_is_no_declaration(text):
    assert not declaration_line(text)
    assert assign_themes([text]) != ["other"]
    assert match_theme(text, CB).theme != "other"


@pytest.mark.parametrize("text", [
    "Councillor Jones as the Cabinet Member for Children reported that 312 children were in care.",
    "Dr Khan was a member of the panel that reviewed 40 child deaths.",
])
def test_a_role_with_a_report_or_a_figure_is_no_declaration(text):
    assert not declaration_line(text)


# guards: the declarations of the evidence's shapes stay declarations
@pytest.mark.parametrize("text", [
    "·  Cllr Anya Sizer was a parent of a child with SEN.",
    "·  Cllr Chauhan was a teacher at secondary school in another London borough and a member of the NEU.",
    "Councillor Brooker declared that he was a member of the Task & Finish Group looking at the Business Plan, Chair "
    "of the Finance Committee at Ryvers Primary School and Council appointee to the Foster Panel.",
    "Councillor Lily Bande, Non Pecuniary, as a teacher at Eagle House School.",
    "As a Councillor who performs Regulation 33 visits to children's homes on behalf of the Council.",
    "Councillor Mohammad declared that she was a Practice Manager at a GP Surgery in Slough.",
])
def test_declarations_stay(text):
    assert declaration_line(text)
    assert assign_themes([text]) == ["other"]
