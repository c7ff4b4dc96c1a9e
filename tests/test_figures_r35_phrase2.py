"""Round 35 (r35phrase2): the `indicator` phrase of a part a participle sizes (see
tests/realworld/notes/r35_r35phrase2.md).

1. "<subject> was the most common need, accounting for 28% of plans", "Neglect continues to be the highest category,
   accounting for 81 per cent of the plans", "with EHCPs representing approximately 3.64% of the population", "with
   neglect being the most common reason, accounting for 93 cases": the phrase was the base alone ("plans") or the part
   alone; `phrase_changes.participle_part_of` gives "<part> as a share of <base>" ("<base> accounted for by <part>" for
   a count). Seen at Luton, Tameside, Warrington (pools) and Hartlepool (r34blindZ).
2. A figure before with its scale as a word ("reserves of £36.2 million, representing 11.4% of the budget"): the
   share of that figure's measure (Hounslow, pools), as "£2.9m, equivalent to 4% of" already was.

The sentences are written for the test, not copied from a page. Tests marked "fails on MID" do (24e80954); the guards
pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import stage_phrase as _phrase


# Fails on MID: the base alone, or the part alone.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The statistics show that speech and language needs were the most common primary need, accounting for 31% of "
     "new plans.", "31%", "speech and language needs as a share of new plans"),
    ("In Sefton however, physical abuse remains the largest category, accounting for 44 per cent of the plans.",
     "44 per cent", "physical abuse as a share of plans"),
    ("The borough is now closer to its neighbours, with EHCPs representing approximately 4.2% of the pupils.",
     "4.2%", "EHCPs as a share of pupils"),
    ("Two hundred pupils were offered a place at their third choice school, accounting for around 6 per cent of "
     "applicants.", "6 per cent", "pupils offered a place at their third choice school as a share of applicants"),
    ("At the end of March, 240 children were subject to a plan with emotional abuse being the most common reason, "
     "accounting for 97 cases.", "97", "cases accounted for by emotional abuse"),
    ("Schools in the borough are holding balances of £21.5 million, representing 9.8% of the total schools budget.",
     "9.8%", "balances as a share of total schools budget"),
])
def test_participle_part(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Guards (pass on both): a pronoun or the council as the subject names no part; a phrase naming more stands.
@pytest.mark.parametrize("text, surface", [
    ("It was the largest group, accounting for 38% of referrals.", "38%"),
    ("The council was the main funder, accounting for 52% of spending.", "52%"),
])
def test_participle_part_none(tmp_path, text, surface):
    p = _phrase(tmp_path, text, surface) or ""
    assert " as a share of " not in p
