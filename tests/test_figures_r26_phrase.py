"""Round 26 (r26phrase): a figure whose phrase is only an adverb or a connective beside the value ("thereafter",
"for example", "even": ``phrase.no_noun_alone``), with no candidate of its own, takes the measure the figure before
it in its sentence named: it is a further value of that measure (see tests/realworld/notes/r26_r26phrase.md). The
sentences are written for the test, not copied from a page. Tests marked "fails on BASE" do (main ce3c59c: the
adverb was the phrase); the guards pass on both.
"""

from __future__ import annotations

import pytest

from analysis.figures.phrase import no_noun_alone
from analysis.figures.rules import load_rules
from figure_rows import one_figure as _fig


# 1. Fails on BASE: the second value's phrase was the adverb or connective beside it.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The report said the retention rate had been set at 93% for 2024/25 and 95% thereafter.", "95%",
     "retention rate"),
    ("It was possible to charge the fee at 5% or at a higher level, for example at 10%;", "10%",
     "possible to charge the fee"),
    ("Places cost £4,000 per week and in some cases, even as much as £9,000.", "£9,000", "cost of Places"),
])
def test_an_adverb_beside_a_later_value_gives_way_to_the_measure_before(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# Guards (pass on both): the first value keeps its own phrase; a value with no figure before it in its sentence keeps
# what it had; a noun beside the value is no adverb.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The report said the retention rate had been set at 93% for 2024/25 and 95% thereafter.", "93%",
     "retention rate"),
    ("The minutes should be changed to read £150k instead.", "£150k", "minutes"),
])
def test_a_value_with_no_figure_before_keeps_its_phrase(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


@pytest.mark.parametrize("phrase, alone", [
    ("thereafter", True), ("for example", True), ("instead", True), ("even", True),
    ("amount", False), ("the figure", False), ("wait", False), ("Hillingdon", False), ("children", False),
])
def test_no_noun_alone(phrase, alone):
    assert no_noun_alone(phrase, load_rules()) is alone
