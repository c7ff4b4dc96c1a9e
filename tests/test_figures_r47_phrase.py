"""Round 47 (r47phrase): a bare head noun gets the prepositional post-modifier the page writes after it or after its
value (see tests/realworld/notes/r47_phrase.md, `analysis.figures.phrase_postmod`), and the completeness measure the
round counts it with (`analysis.evaluation.phrase_completeness`).

The sentences are written for the test, not copied from a page. Tests marked "fails on BASE" do (ab1f8046); the guards
pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import stage_phrase as _phrase
from analysis.evaluation import phrase_completeness


# Fails on BASE: the phrase was the bare head ("investigations", "overspend", "underspend").
@pytest.mark.parametrize("text, surface, phrase", [
    ("New figures show that almost 1,200 investigations into children believed to be at risk of harm are underway.",
     "1,200", "investigations into children believed to be at risk of harm"),
    ("The officer explained that there had been an overspend of £310,000 on early years deprivation payments.",
     "£310,000", "overspend on early years deprivation payments"),
    ("The forum noted an underspend of £95,000 against the high needs block.", "£95,000",
     "underspend against the high needs block"),
])
def test_a_bare_head_gets_its_post_modifier(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Guards (pass on both): a time, a comparator or a clause after the head is no post-modifier.
@pytest.mark.parametrize("text, surface, not_in", [
    ("There were 0 permanent exclusions and 312 suspensions in 2021/22.", "312", "2021/22"),
    ("The service recruited 14 foster carers against a target of 20.", "14", "target"),
    ("We currently support 48 care leavers at present.", "48", "present"),
])
def test_a_time_or_comparator_is_no_post_modifier(tmp_path, text, surface, not_in):
    got = _phrase(tmp_path, text, surface)
    assert got is not None and not_in not in got


def test_completeness_counts_the_reference_words_the_phrase_holds():
    assert phrase_completeness("children placed out of area", "children") == (0.25, 1.0)
    assert phrase_completeness("children placed out of area", "children placed out of area") == (1.0, 1.0)
    assert phrase_completeness("", "children") is None
