"""Round 40 (r40phrase): a share of a whole named after it ("10.4% of the Schools Budget") that restates the figure
before it in the sentence, joined by a bracket or by "which is / this equates to" after that figure's few words
("reserves ... had increased from £31.8m (10.4% of the Schools Budget)"). BASE gave the share the whole alone
("Schools Budget"): the measure is the figure before's, as a share of that whole. See
tests/realworld/notes/r40_phrase.md (`phrase_cascade._share_restates_prev`).

The sentences are written for the test, not copied from a page. Tests marked "fails on BASE" do (acab75df); the
guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import stage_phrase as _phrase


# Fails on BASE: the share took the whole alone ("budgets", "school population", "staffing budget").
@pytest.mark.parametrize("text, surface, phrase", [
    ("Reserves held by schools stood at £12.3m (8% of their budgets) at year end.", "8%",
     "Reserves held by schools as a share of budgets"),
    ("There were 1,240 pupils with an EHC plan (3.1% of the school population) in January.", "3.1%",
     "pupils with an EHC plan as a share of school population"),
    ("Total spending on agency staff was £2.1m (a quarter of the staffing budget).", "a quarter",
     "Total spending on agency staff as a share of staffing budget"),
])
def test_a_bracketed_share_restates_the_figure_before(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Fails on BASE: "; this equates to / this represents" after the figure's words; and a dash's aside is no part of the
# whole.
@pytest.mark.parametrize("text, surface, phrase", [
    ("In January 3,225 pupils were receiving SEN support in our schools; this equates to 9.9% of the school "
     "population.", "9.9%", "pupils receiving SEN support in our schools as a share of school population"),
    ("The High Needs deficit stood at £8.4m; this represents 12% of the block allocation.", "12%",
     "High Needs deficit as a share of block allocation"),
    ("The council reported an adverse variance of £15.5m (14.7% of service budget - a deterioration of £1.5m).",
     "14.7%", "adverse variance as a share of service budget"),
])
def test_a_share_after_which_is_restates_the_figure_before(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Guards (pass on both): the figure before is a bare noun ("children": which children is unsaid), the share stands
# alone in its bracket, the whole is the figure before's own noun, or no figure stands before.
@pytest.mark.parametrize("text, surface, phrase", [
    # (r47phrase) no longer a guard: the figure before is no longer a bare noun ("children at SEN support", its
    # post-modifier), so the share restates it, as the first case of the test above
    ("In January there were 3225 children at SEN support in our schools; this equates to 9.9% of the school "
     "population.", "9.9%", "children at SEN support as a share of school population"),
    ("The deficit on the High Needs Block was £4.7m at 31 March, which is 9% of the block.", "9%", "block"),
    ("Only 40% of the school population took part.", "40%", "school population took part"),
])
def test_a_share_that_restates_nothing_is_left_alone(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase
