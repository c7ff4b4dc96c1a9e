"""Round 36, helper r36review2: a second reader of round 36's later merges (tests/realworld/notes/r36_review2.md).

1. (r36prec) A person's age after "is"/"was" (``kinds_classify._person_is_age``) was missed when the line wrapped
   between the verb and the age ("My daughter is\\neleven and ..."), as minutes copied from a PDF often are: the
   quick test before the pattern stripped spaces only, while the pattern itself reads any white space.

The sentences are written for the test; the first case fails on 000a6c97.
"""

from __future__ import annotations

import pytest

from figure_rows import kinds, surfaces


@pytest.mark.parametrize("text, surface", [
    ("My daughter is\neleven and suffers from anxiety.", "eleven"),
    ("Her son was\n15 when he was excluded from school.", "15"),
    ("Her son is\t12 and has an EHCP.", "12"),
    ("My daughter is eleven and suffers from anxiety.", "eleven"),  # one line: as before
])
def test_person_age_across_a_line_break(text: str, surface: str) -> None:
    assert kinds(text).get(surface) == "age" and surface not in surfaces(text), (kinds(text), surfaces(text))


@pytest.mark.parametrize("text, surface", [
    # guards: a count, a length or a share after the verb stays a figure, wrapped or not
    ("The number of children waiting was\n15 and rising.", "15"),
    ("Her son was\n15 days out of school before a place was found.", "15 days"),
])
def test_not_an_age_across_a_line_break(text: str, surface: str) -> None:
    assert surface in surfaces(text), (kinds(text), surfaces(text))
