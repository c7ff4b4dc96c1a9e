"""Round 32 (r32phrase): the `indicator` phrase of a figure that sizes the change noun right after it (see
tests/realworld/notes/r32_r32phrase.md).

"there would be a 15.9% increase in this group", "(in real terms they were facing a 4% reduction)", "the on-going
issue of £180k per annum increase in operating costs": the figure modifies a change noun and sizes that change. The
steps of change before read only a percentage whose complement names a measure, or a bare change of the figure before;
any other such figure fell to the clause's subject ("Concerns", "on- going issue") or to the sentence's first clause
("momentum, through initiatives such as"), and after "of" the noun before "of" took the figure as its value.
`phrase_cascade._figure_sizes_change` reads the change "in" what the complement names, else the same change named
earlier in the sentence with what it is in, else the change of the measure named before (not itself a change or a
value), else the complement as written; `phrase_lists.change_noun_pp` also reads a change noun after "of" and after
"per annum". Written from Hillingdon (r31blindV) and Slough (r26blindN); counted on Southend-on-Sea (r26blindN) and
the pools' Barnet and Hertfordshire.

The sentences are written for the test, not copied from a page. Tests marked "fails on BASE" do (main 7a61b474); the
guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import stage_phrase as _phrase


# Fails on BASE: the figure sizes the change noun right after it.
@pytest.mark.parametrize("text, surface, phrase", [
    # the complement is only a demonstrative and its noun: the complement as written (BASE: the first clause)
    ("It would be vital to keep the pace, through measures such as a shared front door, as it was expected that "
     "there would be an 11.2% increase in this cohort.", "11.2%", "increase in this cohort"),
    # no complement: the same change named earlier in the sentence, with what it is in (BASE: "Worries")
    ("Worries were raised about the effect the reduction in school budgets would have on special schools (in real "
     "terms they were facing a 3% reduction) this year.", "3%", "reduction in school budgets"),
    # after "of", with "per annum" between: the change, not the noun before "of" (BASE: "continuing matter")
    ("There is also the continuing matter of £95k per annum increase in running costs which the trust is reviewing.",
     "£95k", "increase in running costs"),
])
def test_figure_sizes_change(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Guards (pass on BASE too): a change with a complement that names a measure, a change noun with another preposition
# (read by the phrase's repair), a bare change of the figure before, the noun a value is "of", a figure inside a
# change named before.
@pytest.mark.parametrize("text, surface, phrase", [
    ("There would be a 12.5% increase in demand for places.", "12.5%", "increase in demand for places"),
    ("Under the options, option 1 would mean a +1.5% uplift on the formula factors.", "1.5%",
     "uplift on formula factors"),
    ("The yearly fee (£500 per annum with a 40% reduction for low income families) was reviewed.", "40%",
     "reduction for low income families"),
    ("The report sought to highlight the cumulative deficit of £3.2m.", "£3.2m", "cumulative deficit"),
    ("Members noted the 4% increase to the base rate of pay was too low.", "4%", "increase to base rate of pay"),
    ("There were 420 referrals to the service, indicating a 20% increase since the previous year.", "20%",
     "increase in referrals to the service"),
])
def test_figure_sizes_change_guards(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


def test_the_step_stands_before_the_subject():
    from analysis.figures import phrase
    from analysis.figures.phrase_cascade import CASCADE, _figure_sizes_change, _own_subject
    assert CASCADE.index(_figure_sizes_change) == CASCADE.index(_own_subject) - 1
    assert phrase._figure_sizes_change is _figure_sizes_change  # re-exported by the module the parts make up
