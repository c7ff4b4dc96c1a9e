"""Round 38 (r38themes): a meeting's attendance is not pupils' attendance at school.

"attendance" is a term of attendance_exclusions; minutes also use it for who attends a meeting ("attendance at the
Partnership Board", "Please confirm attendance by ...", "Attendance of Portfolio Holder for ...", "added to the attendance
list", "Attendance: / A B / C D"). BASE (62338071) coded such lines attendance_exclusions at Bury, North Yorkshire,
Medway, Milton Keynes and City of London, where the gold codes them other (notes r38_themes). The inputs below are
written for the test (names and numbers invented).
"""
from __future__ import annotations

import pytest

from analysis.themes import assign_themes
from analysis.topics import load_codebook, match_theme


@pytest.mark.parametrize("text", [
    "c. Irregular attendance at the Partnership Board, with a new structure being put in place.",
    "Please confirm attendance by telephone 01234 567890 or by e-mail.",
    "Attendance of Cabinet Member for Education and Skills pdf icon PDF 120 KB",
    "Correction: Jane Doe's name was added to the attendance list.",
    "Attendance: / Ann Smith / Bob Jones / Cat Green",
])
def test_meeting_attendance_is_no_school_attendance(text: str) -> None:
    assert match_theme(text, load_codebook()).theme == "other"
    assert assign_themes([text]) == ["other"]


@pytest.mark.parametrize("text", [
    "Attendance at school fell to 91.2% in the autumn term.",
    "Attendance of Year 9 pupils at school had improved.",
    "Persistent absence and attendance at the pupil referral unit were discussed.",
    "Attendance: primary 95.1%, secondary 92.3%.",
])
def test_pupils_attendance_stays_a_term(text: str) -> None:
    assert match_theme(text, load_codebook()).theme == "attendance_exclusions"


def test_meeting_attendance_leaves_the_rest_of_the_passage() -> None:
    text = "Attendance at Forum meetings was discussed, and the rise in permanent exclusions of pupils was noted."
    assert match_theme(text, load_codebook()).theme == "attendance_exclusions"  # "exclusions" still names it
    assert match_theme("Foster carers' attendance at the Fostering Panel was good.", load_codebook()).theme == \
        "fostering_adoption"


def test_in_attendance_stays_procedure() -> None:
    # "in attendance" is the codebook's procedure phrase: the rule leaves the word to it
    assert assign_themes(["Two members of the public were in attendance at the meeting."]) == ["other"]
