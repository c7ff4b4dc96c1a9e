"""Round 15 (r15tidy): "<noun> to a maximum of <amount>" with no determiner before the noun. "to a maximum of" (also
"up to a maximum of", "of a maximum of") is "up to": the noun before it is the measure. Round 14 (r14phrase) read it
only after a determiner ("the capital funding to a maximum of £1.8m" -> "capital funding"); with none, the phrase
ran into the bound ("Approved capital funding to a maximum") or named something else ("new children's home"), and a
determiner further back gave the subject and its verb ("Board agreed grant funding"). Now a noun phrase of one to
three words right after a participle ("approved", "agreed", "allocated") is the measure. Council style sentences, not
copied from a page; pools r8-r13 hold this bound only after a determiner (Stockport, Hartlepool).
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure as _fig


# Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Cabinet approved capital funding to a maximum of £2.5m for the new children's home.", "£2.5m", "capital funding"),
    ("The Board agreed grant funding up to a maximum of £40,000 via the Supporting Families programme.", "£40,000",
     "grant funding"),
    ("Approved capital funding to a maximum of £1.8m through prudential borrowing.", "£1.8m", "capital funding"),
    ("The forum approved top-up funding of a maximum of £12,000 per pupil.", "£12,000", "top-up funding"),
    ("Members agreed contributions to a maximum of £250,000 towards the new family hub.", "£250,000", "contributions"),
])
def test_a_bare_noun_before_a_maximum_is_the_measure(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# Guards (pass on both): after a determiner as before; a bound with its own noun after the amount; a modal verb
# before the noun says nothing of where the noun phrase begins ("may claim funding"), so nothing new is read.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Cabinet approved the capital funding to a maximum of £2.5m for the new children's home.", "£2.5m",
     "capital funding"),
    ("The Board agreed the grant funding up to a maximum of £40,000 via the Supporting Families programme.", "£40,000",
     "grant funding"),
    ("Members agreed a contribution to a maximum of £250,000 towards the new family hub.", "£250,000",
     "contribution towards new family hub"),
    ("The panel approved up to a maximum of £25,000 funding for the pilot.", "£25,000", "funding for the pilot"),
    ("The forum agreed to hold a minimum of £60,000 contingency for the year.", "£60,000", "contingency"),
    ("Members agreed a grant of a maximum of £5,000 for each school.", "£5,000", "grant"),
])
def test_a_bound_guards(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase
