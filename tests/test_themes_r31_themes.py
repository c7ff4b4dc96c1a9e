"""Round 31 (r31themes): a member's declaration of their own interest or position is procedure.

Minutes record who a member is when they declare an interest: "Councillor K declared that he worked for the ... Multi
Academy Trust", "Cllr P was a Governor at a local special school", "As a Councillor who performs Regulation 33 visits to
children's homes ...". The words name the member's job or seat, not what the meeting discussed; the gold codes every
such line ``other`` (15 of 15 in the 23 open blind sets and the judged training passages, at Hackney, Slough, Stockport,
Sutton, Oldham, Bury, Rutland and the City of London), but isolated they were coded by the role's words (education
standards, SEND, health, children in care) at Hackney, Slough and Stockport (notes r31_r31themes).
:func:`analysis.topics.declaration_line` makes them procedure (:func:`analysis.topics.procedure_outweighs`).
"""

from __future__ import annotations

import pytest

from analysis.themes import assign_themes
from analysis.topics import declaration_line, load_codebook, match_theme, procedure_outweighs

CB = load_codebook()

# each was coded a theme on BASE ac12178f (isolated, assign_themes); the gold's rule says other
DECLARATIONS = [
    "Councillor Patel declared that she worked for the Northfield Multi Academy Trust.",
    "Councillor Green declared that she was a health visitor employed by the local NHS trust.",
    "-  Cllr Jones was a Governor at a local special school;",
    "Cllr Ahmed was a teacher at a secondary school in a neighbouring borough.",
    "As a Councillor who carries out Regulation 33 visits to children's homes on behalf of the Council.",
]


@pytest.mark.parametrize("text", DECLARATIONS)
def test_a_declaration_is_other_isolated(text):
    assert declaration_line(text)
    assert procedure_outweighs(text, CB)
    assert assign_themes([text]) == ["other"]
    assert match_theme(text, CB).theme == "other"


# guards: these must not move (a member asking about a subject, a role that is not a member's own, a long passage
# that opens with a declaration and goes on to business, a declared interest already procedure)
GUARDS = [
    ("Councillor Smith asked how many special school places would be added next year.", False),
    ("The Director was a member of the regional adoption agency's board.", False),
    ("Councillor Brown said the foster carer recruitment campaign had brought in 12 enquiries.", False),
    ("Cllr Jones was a governor at a local special school. The Committee then considered the SEND strategy and the "
     "number of EHC plans issued within 20 weeks, which had risen.", False),
    ("Councillor A Brown declared a non-pecuniary interest as he was a member of the family court.", False),
]


@pytest.mark.parametrize("text,is_decl", GUARDS)
def test_guards(text, is_decl):
    assert declaration_line(text) is is_decl


def test_a_declared_interest_stays_procedure_by_the_codebook():
    # not this rule's shape (the codebook's "declared a non-pecuniary interest" makes it procedure, as before)
    assert procedure_outweighs(GUARDS[4][0], CB)


def test_guard_themes_unmoved():
    assert assign_themes([GUARDS[0][0], GUARDS[2][0], GUARDS[3][0]]) == ["send", "fostering_adoption", "send"]


def test_a_declaration_is_one_sentence_of_bounded_length():
    long = "Cllr Jones was a governor at " + "a school and " * 30 + "a college."
    assert not declaration_line(long)


def test_a_declaration_needs_no_opening_items_heading():
    # round 25's example (tests/test_themes_r25.py): under "Declarations of Interest" the heading lends other; without
    # the codebook's opening_items the role words decided (education standards) on BASE; the declaration is other now
    from pathlib import Path

    from theme_frames import segments_frame

    from analysis.io import read_config_yaml
    from analysis.themes import code_segments
    from analysis.topics import parse_codebook

    data = read_config_yaml(Path(__file__).resolve().parents[1] / "data" / "codebook.yml", "codebook", "")
    data.pop("opening_items", None)
    rows = [("heading", None, "Declarations of Interest"),
            ("bullet", "Declarations of Interest", "- Cllr Jones was a teacher at a secondary school.")]
    assert [m.theme for m in code_segments(segments_frame(rows), None, parse_codebook(data))] == ["other", "other"]
