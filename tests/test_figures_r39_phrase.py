"""Round 39 (r39phrase): a phrase that ran into the next clause and stopped on that clause's pronoun subject or a
relative word ("now it's over 500", "a scheme whereby up to £200,000 every year"), see
tests/realworld/notes/r39_phrase.md. `phrase_nomeasure.trailing_pronoun_cut` takes the pronoun (and a word it leaves
dangling) off; the stage keeps what is left when it names something; when the phrase was the pronoun alone, the next
candidate (`instead_of_no_measure`) or the measure of the figure before it in its sentence; otherwise ("predicting
they") the phrase as it was.

The sentences are written for the test, not copied from a page. Tests marked "fails on BASE" do (3c8c1b2b); the
guards pass on both.
"""

from __future__ import annotations

import pytest

from analysis.figures.phrase import trailing_pronoun_cut
from figure_rows import stage_phrase as _phrase


# Fails on BASE: the phrase was the pronoun alone ("it's").
@pytest.mark.parametrize("text, surface, phrase", [
    ("Ten years ago we had 150 children in foster care, and now it's over 260.", "260", "children in foster care"),
    ("Since January, it's over 85% compliant with the timescales.", "85%", "compliant with the timescales"),
])
def test_a_pronoun_ending_the_phrase_is_not_the_measure(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Fails on BASE: "scheme whereby".
def test_a_relative_word_ending_the_phrase_is_taken_off(tmp_path):
    text = "Cabinet will approve a scheme whereby up to £150,000 a year might be spent on grants."
    assert _phrase(tmp_path, text, "£150,000") == "scheme"


# Guards (pass on both): a phrase with no pronoun at its end is left as it was; so is one whose words before the
# pronoun name nothing (a verb: the id BASE read from the sentence is kept).
@pytest.mark.parametrize("text, surface, phrase", [
    ("The number of children in care rose to 412 in March.", "412", "children in care"),
    ("Officers are still predicting they will finish the year going £2.5m beyond what they had planned.", "£2.5m",
     "predicting they"),
])
def test_a_phrase_not_ending_on_a_pronoun_is_unchanged(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


def test_trailing_pronoun_cut_table():
    assert [trailing_pronoun_cut(p) for p in ("forecasting they", "it's", "scheme whereby", "children in care",
                                              "pupils whose")] == ["forecasting", "", "scheme", None, None]


def test_trailing_pronoun_cut_takes_off_the_word_left_dangling():
    # a conjunction, a comparison word or a verb of thinking before the pronoun names nothing either
    assert [trailing_pronoun_cut(p) for p in ("grant for the trust after it", "costs higher than if they",
                                              "we think it's")] == ["grant for the trust", "costs higher", ""]
