"""Round 25 (r25phrase): a bare count or share (a figure with no noun of its own, which every rule left with no
phrase) takes the part its own predicate says: "80 per cent were judged to be in stable homes", "with 85% now rated
good or better", "the 30 who chose to resit" (``phrase.bare_part``, read last but one in ``phrase_when_none``; see
tests/realworld/notes/r25_r25phrase.md). The sentences are written for the test, not copied from a page. Tests marked
"fails on BASE" do (main 1b7baab: no phrase); the guards pass on both.
"""

from __future__ import annotations

import pytest

from analysis.figures.phrase import bare_part
from figure_rows import one_figure as _fig


# 1. The figure is its clause's subject; the copula's complement, a relative clause, or a place or state after it says
#    which part it counts. Fails on BASE (no phrase).
@pytest.mark.parametrize("text, surface, phrase", [
    ("Around 80 per cent were judged to be in stable homes, with the rest in temporary housing.", "80 per cent",
     "judged to be in stable homes"),
    ("Some 45% were living with relatives, while others lived alone.", "45%", "living with relatives"),
    ("Most pupils did well. Of the 30 who chose to resit the test, 12 passed.", "30", "chose to resit the test"),
    ("More than 300 are with independent agencies which recruit carers.", "300", "with independent agencies"),
    ("The new figures were published today, with 85% now rated good or better.", "85%", "rated good or better"),
])
def test_a_bare_figure_takes_the_part_its_predicate_says(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# Guards (pass on both): the figure's own verb names no part ("the 95% included ..."); a participle of when it was
# got, or a time alone, names no part; a figure with a noun or a subject keeps the phrase it had.
@pytest.mark.parametrize("text, surface", [
    ("The 95% included the following items.", "95%"),
    ("With nine received between January and March, the service is busy.", "nine"),
])
def test_no_part_is_read_from_a_verb_or_a_time(text, surface):
    assert _fig(text, surface)["indicator"] is None


@pytest.mark.parametrize("text, surface, phrase", [
    ("The scheme covered 40 families last year.", "40", "families last year"),
    ("The service improved: 62% were seen in 2023.", "62%", "service improved"),
    ("The county looks after 700 young people, with 120 now placed within the county.", "120",
     "placed within the county (of young people looked after)"),
])
def test_a_figure_with_a_phrase_keeps_it(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


@pytest.mark.parametrize("right, with_before, part", [
    (" were deemed to be in suitable homes, with the rest elsewhere.", False, "deemed to be in suitable homes"),
    (" now completed within 20 weeks.", True, "completed within 20 weeks"),
    (" now completed within 20 weeks.", False, ""),  # a participle alone, not after "with": the figure's own verb
    (" under its care.", True, "under its care"),
    (" were recorded in 2023.", False, ""),
    (" per 10,000.", False, ""),
    (", compared to 4%.", False, ""),
])
def test_bare_part(right, with_before, part):
    assert bare_part(right, with_before) == part
