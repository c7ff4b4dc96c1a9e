"""Round 29 (r29themes2): a bullet of a roll-call list is ``other``.

A list whose lead paragraph is one of the meeting's opening items ("The following were in attendance:", "Apologies
for absence were received from:", "The following declarations were received by members of the Commission:", a
membership change "namely:") records who attends, sends apologies, declares an interest or holds a seat: each point
names a person and a post, not a subject, and the gold codes such points ``other`` (open blind sets: Leeds, Hackney,
Wiltshire, Southend). Before, a point was coded by its own word ("worked for a children centre" -> early help) or by
the item it stands in (an attendance list under a NEET item -> NEET) at Leeds, Hackney and Southend
(notes r29_r29themes2). The lead must name an opening item as the codebook spells it (``opening_items:``): the
heading "Introductions" is an opening item, but a lead "Following introduction of the report, ..." introduces a
report's points, which keep their themes.
"""

from __future__ import annotations

import pandas as pd

from analysis.themes import _roll_call, code_segments
from analysis import io, paths
from analysis.topics import load_codebook, parse_codebook

CB = load_codebook()


def _code(title: str, lead: str, bullets: list[str], codebook=CB, heading: str | None = None) -> list[str]:
    """The themes of ``bullets`` under the paragraph ``lead`` of the item ``title`` (with its context)."""
    heading = heading if heading is not None else title
    n = 2 + len(bullets)
    segs = pd.DataFrame({"doc_id": ["d"] * n, "seq": list(range(n)),
                         "kind": ["title", "paragraph"] + ["bullet"] * len(bullets),
                         "heading": [None] + [heading] * (n - 1),
                         "text": [title, lead] + bullets})
    return [m.theme for m in code_segments(segs, None, codebook)][2:]


# --- roll-call lists (each failed on BASE) ----------------------------------------------------------------------------

def test_an_attendance_list_under_a_neet_item_is_other():
    # Leeds (r24blindJ): BASE coded the officer's line NEET by the item's title
    assert _code("Increasing the Number of Young People in Education, Employment or Training",
                 "The following were in attendance:",
                 ["-  Peter Storrie – Intelligence & Policy Service"]) == ["other"]


def test_a_declaration_naming_a_service_is_other():
    # Hackney (r27blindP): BASE coded the declaration early help by "children centre"
    assert _code("Declarations of Interest", "The following declarations were received by members of the Commission:",
                 ["·  SalmahKansara, worked for a children centre in the borough."]) == ["other"]


def test_a_membership_change_naming_places_is_other():
    # Southend (r25blindL): BASE coded the seats school places by "primary places" / "secondary places"
    got = _code("Education Board Membership and Vacancies",
                "The Board noted the main changes to the membership and composition related to the 'schools' members "
                "(maintained, academy, primary and secondary) which are set out in Appendix 2 to the report, namely:",
                ["·       Maintained Primary Schools – 3 places (previously 4)",
                 "·       Academy Secondary – 6 places (no change)",
                 "·       Academy Primary – 5 places (previously 4)."])
    assert got == ["other"] * 3


def test_the_roll_call_helper():
    assert _roll_call("In attendance for this item were:", "Dan Barton, Deputy Director – Learning", CB)
    assert _roll_call("Further apologies were noted from:", "Kathryn Davis (Director – Education)", CB)


# --- guards: these passed on BASE and must not move -------------------------------------------------------------------

def test_an_apologies_list_under_a_themed_item_is_other():
    # the apologies lead of a list under a SEND item (BASE: other too, by the procedure words of the point)
    assert _code("SEND Strategy Update", "Apologies for absence were received from:",
                 ["·  Jane Smith, Head of SEND and Inclusion services"]) == ["other"]


def test_a_report_introduced_is_not_a_roll_call():
    # Swindon (r22blindB): "introduction" here is the report's, not the opening item "Introductions"
    lead = ("Following introduction of the report, the Finance Manager, Education, responded to members' questions "
            "and comments in respect of:")
    assert not _roll_call(lead, "The SEND review.", CB)
    got = _code("Dedicated Schools Grant settlement and Budget 2018/19", lead,
                ["· The transfer of £659,000 from the Schools block to the high needs block to address sufficiency "
                 "for high needs provision.",
                 "· Demand levels for Alternative Provision in both primary and secondary schools."])
    assert got == ["send", "attendance_exclusions"]


def test_points_of_a_discussion_keep_their_themes():
    got = _code("Fostering Service", "The following points were made:",
                ["·  Foster carer recruitment had improved this year.", "·  Work had started on the new offer."])
    assert got == ["fostering_adoption", "fostering_adoption"]


def test_a_paragraph_after_a_roll_call_is_coded_as_before():
    # only bullets have a lead; a paragraph under the item is coded by its own words and the item
    segs = pd.DataFrame({"doc_id": ["d"] * 3, "seq": [0, 1, 2], "kind": ["title", "paragraph", "paragraph"],
                         "heading": [None, "Fostering Service", "Fostering Service"],
                         "text": ["Fostering Service", "The following were in attendance:",
                                  "Foster carer recruitment had improved this year."]})
    assert [m.theme for m in code_segments(segs, None, CB)][2] == "fostering_adoption"


# --- the researcher's say -------------------------------------------------------------------------------------------

def test_the_roll_call_words_are_the_researchers_to_edit():
    """Remove "declarations"/"declaration" from ``opening_items:`` and a declaration's point is coded by its own
    words again."""
    data = io.read_config_yaml(paths.config_file("codebook.yml", None), "codebook", "")
    data["opening_items"] = [w for w in data["opening_items"] if not w.startswith("declaration")]
    edited = parse_codebook(data)
    lead = "The following declarations were received by members of the Commission:"
    point = "·  SalmahKansara, worked for a children centre in the borough."
    assert _roll_call(lead, point, CB) and not _roll_call(lead, point, edited)
    assert _code("Commission business", lead, [point], edited) == ["early_help"]


# --- the codebook: the Scheme for Financing Schools (each failed on BASE: coded other) --------------------------------

FINANCING_LINES = [
    "Revisions to the Scheme for Financing Schools pdf icon PDF 82 KB",
    "To note the Directed revisions to the Scheme for Financing Schools and approve the LA proposed revisions.",
    "Minute 585 (scheme for financing schools): John Voytal would circulate the table to members.",
]


def test_the_scheme_for_financing_schools_is_finance():
    from analysis.themes import assign_themes
    assert assign_themes(FINANCING_LINES, CB) == ["finance"] * 3


def test_guards_the_schools_forum_and_schools_keep_their_codes():
    from analysis.themes import assign_themes
    # a term-less forum line stays other (r29themes); a school's results stay education
    assert assign_themes(["Schools Forum Update", "Attainment at Key Stage 2 in our schools had improved."], CB) == \
        ["other", "education_standards"]
