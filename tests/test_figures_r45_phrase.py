"""Round 45 (r45phrase): two phrases a figure's reading stopped on that name the words around the measure, not the
measure (see tests/realworld/notes/r45_phrase.md, `analysis.figures.phrase_said`):

* a clause of saying ("Senior officers say last year's peak", "the most recent data shows") is no part of the measure;
* (the noun of a count after a sum, "£40,000 to £50,000 for 50 young people", was measured and not taken: the note.)

The sentences are written for the test, not copied from a page. Tests marked "fails on BASE" do (097def11); the guards
pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import stage_phrase as _phrase


# Fails on BASE: "Senior officers say last year's peak", "most recent Ofsted data shows" (the clause of saying).
@pytest.mark.parametrize("text, surface, phrase", [
    ("Senior officers say last year's peak of 150 was due to more referrals.", "150", "last year's peak"),
    ("At the end of March, 155 children were in foster care, the most recent Ofsted data shows - 25 more than a year "
     "previously.", "25", "children in foster care"),
])
def test_a_clause_of_saying_is_no_part_of_the_measure(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Guards (pass on both): a noun phrase with a participle of saying is no clause of saying; the clause of deciding is
# round 24's (`said_object`); a sum "for" a period or a purpose, and a count's own noun, stay as they were read.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The Schools Forum agreed the outline budget of £4.2m for 2024/25.", "£4.2m", "outline budget"),
    ("The council spent £2m for 3 years on the scheme.", "£2m", None),
    ("Independent travel training may cost £40,000 for 50 young people, but could save routes.", "50", "young people"),
    ("There were 5 new indicators shown in the report.", "5", "new indicators shown in the report"),
])
def test_phrases_next_to_the_shapes_are_left_alone(tmp_path, text, surface, phrase):
    got = _phrase(tmp_path, text, surface)
    if phrase is None:
        assert got is not None and "for 3" not in got
    else:
        assert got == phrase
