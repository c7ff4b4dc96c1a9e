"""Round 36 (r36phrase): the `indicator` phrase of a length of time still to come (see
tests/realworld/notes/r36_phrase.md).

"overarching priorities for the next three years", "a one-off investment of up to £1.16m over the next 18 months":
the phrase stopped on the lead ("overarching priorities for the next") or was "next" alone; the duration measures
the period of what the lead follows (`phrase_nomeasure.period_of_next`). Seen at Stockport, Dudley, Barnsley,
Blackpool, Slough, Kingston upon Hull, Suffolk, Oldham, Walsall, Medway, St Helens, Wokingham (open sets and pools).

The sentences are written for the test, not copied from a page. Tests marked "fails on BASE" do (b8f51c33); the
guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import stage_phrase as _phrase


# Fails on BASE: the phrase ended on "for the next" / "over the next".
@pytest.mark.parametrize("text, surface, phrase", [
    ("The paper sets out the vision and the shared ambitions for the next four years.", "four years",
     "period of shared ambitions"),
    ("The officer presented outlined Hillside's forecast position for the next 7 years.", "7 years",
     "period of Hillside's forecast position"),
    ("The board agreed a temporary one-off grant of up to £2.4m over the next 9 months.", "9 months",
     "period of temporary one-off grant"),
    ("The new sufficiency strategy will outline our priorities for the next three years.", "three years",
     "period of priorities"),
    ("The borough faces possible £12m cuts to youth services over the next two years.", "two years",
     "period of cuts to youth services"),
])
def test_period_of_next(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Guards (pass on both): a phrase that names its own measure before the lead stays.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The pilot should be kept under review for the next 6 months.", "6 months", "pilot"),
    ("The average wait for an assessment was 14 weeks.", "14 weeks", "average wait for an assessment"),
])
def test_period_of_next_guards(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase
