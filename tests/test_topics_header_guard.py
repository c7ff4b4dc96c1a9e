"""A meeting header is procedure; a sentence about a meeting on a subject is not a header."""

from __future__ import annotations

import pytest

from analysis.topics import meeting_header


@pytest.mark.parametrize("text", [
    "The Corporate Parenting Panel will meet on Monday, 4 March 2024 to consider the sufficiency strategy.",
    "The Panel agreed to hold a workshop on EHCP timeliness on Tuesday, 5 March 2024 at 6.00 pm.",
    "Members of the Board asked for a session on Thursday, 7 March 2024 about exclusions.",
])
def test_a_sentence_about_a_meeting_is_not_a_header(text: str) -> None:
    assert not meeting_header(text)


@pytest.mark.parametrize("text", [
    "Children and Young People's Services Overview and Scrutiny Panel - Monday, 23rd September, 2019 10.00 am",
    "Thursday, 27th September, 2018 7.00 pm",
    "Schools Forum - Wednesday, 6th March, 2024 2.00 pm",
    "Overview and Scrutiny Sub-committee for Children - Tuesday, 5th March, 2024 6.30 pm",
])
def test_a_header_line_is_a_header(text: str) -> None:
    assert meeting_header(text)
