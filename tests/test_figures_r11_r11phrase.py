"""Round 11 (r11phrase): the indicator phrase, tuned on every phrase-judged true figure of rounds 8-10's pools (both
halves, ~60 councils). Each class is a family of wordings seen at several councils of those pools and sized with the
`pages` search; the sentences below are written in council style (not copied from a page), several phrasings per
class. Tests marked "fails on the old code" do (081c755); the guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure as _fig


# 1. A verb of money right before the amount, the phrase being that verb and its subject (or only who pays): "Suffolk
#    County Council spent £32m on residential care placements", "the county council expected to save £2.5 million",
#    "Council seeks £11m", "the authority could spend £4.3m more on children's services than planned", "it forked out
#    £2.9m" (Suffolk, Derbyshire, Stoke-on-Trent, Southend, Sunderland, Walsall, Oldham, North Northamptonshire,
#    Cambridgeshire, Norfolk, Cheshire West, Wokingham, Swindon, Barnsley; in the pages search "council spent £85,000 a
#    week", "is currently spending £200,000 a week on providing care" at other councils). The phrase becomes the
#    verb's noun, with what the money goes on when it says. Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Barsetshire County Council spent £12,400,000 on residential care placements in 2023/24.", "£12,400,000",
     "spending on residential care placements"),
    ("Under the new contract the county council expected to save £1.8 million over five years.", "£1.8 million",
     "saving"),
    ("The authority could spend £3.2m more on children's services than initially planned.", "£3.2m",
     "overspend on children's services"),
    ("Members heard that the council is seeking more than £9m from the Government.", "£9m", "funding sought"),
    ("Last year it forked out £1,250,000 between April and March.", "£1,250,000", "spending"),
    ("The plan is to pump £3m into a new edge of care service.", "£3m", "investment in new edge of care service"),
])
def test_a_verb_of_money_before_the_amount_gives_its_noun(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


@pytest.mark.parametrize("text, surface, phrase", [
    # guards: a measure named before the verb, or the verb after the amount, keep their phrase
    ("The overspend on placements is £4.1m this year.", "£4.1m", "overspend on placements"),
    ("£5m has been spent on council accommodation for care leavers.", "£5m",
     "money spent on council accommodation for care leavers"),
])
def test_a_named_measure_keeps_its_phrase_before_a_money_verb(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase
