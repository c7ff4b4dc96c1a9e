"""Round 40 (r40themes): bare "achievement" no longer names education standards.

In minutes "achievement" is mostly a report's or a service's accomplishments ("some key achievements listed in the
report", "the achievements against last year's plan") or a team's name ("the Learning and Achievement team"); the
open blind sets' gold codes such passages other, finance, health or NEET (notes r40_r40themes). Pupils' results keep
their own terms (attainment, key stage, GCSE, exam results).
The inputs below are written for the test.
"""
from __future__ import annotations

import pytest

from analysis.themes import assign_themes
from analysis.topics import load_codebook, match_theme


@pytest.mark.parametrize("text", [
    "Some key achievements of the year were listed in the report.",
    "The report set out the service's achievements against last year's plan.",
    "Further staffing reductions to the Learning and Achievement team were proposed.",
])
def test_achievement_alone_decides_no_education_standards(text: str) -> None:
    match = match_theme(text, load_codebook())
    assert "achievement" not in [t.lower() for t in match.terms]
    assert match.theme != "education_standards"
    assert assign_themes([text]) != ["education_standards"]


@pytest.mark.parametrize("text", [
    "Achievement at GCSE had risen again in the borough's secondary schools.",
    "The achievement and attainment of disadvantaged pupils remained a concern.",
    "Attainment at key stage 2 was above the national average.",
])
def test_pupils_results_are_still_education_standards(text: str) -> None:
    assert match_theme(text, load_codebook()).theme == "education_standards"
    assert assign_themes([text]) == ["education_standards"]
