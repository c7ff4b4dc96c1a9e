"""Round 31, r31review (second reader of round 31's merged rules): what they reached on text nobody tuned on for them.

The lead's complement veto (a remainder, "the other 32%", takes no id from the learnt second opinion) also took the id
from a remainder whose own words name a measure of their own: Swindon's "the remaining 88, equivalent to 58 per cent,
come from agencies" (pool r9idA, judged ``agency_social_workers``) lost it. The veto now holds only when the words after
the remainder name no measure the whole's phrase does not (:func:`analysis.figures.indicators.complement_names_its_own`).
"""
from __future__ import annotations

import pytest

from figure_rows import stage_ids


@pytest.mark.parametrize("text, rest, iid", [
    # Swindon's wording (pool r9idA)
    ("The authority has 152 social workers, but only 64 of those are actually permanently employed by the local "
     "authority - the remaining 88, equivalent to 58 per cent, come from agencies.", "88", "agency_social_workers"),
    # (other wordings tried, "the other 39 are agency workers", "the remaining 60 ... are from agencies": the learnt
    # reader gives them no id on either code, so they test nothing here)
])
def test_a_complement_naming_its_own_measure_keeps_the_learnt_id(tmp_path, text, rest, iid):
    ids = stage_ids(tmp_path, [text, "Members thanked officers for the report."])
    assert ids[rest] == iid


@pytest.mark.parametrize("text, rest", [
    # guards: the lead's cases stay without an id
    ("Figures showed 68% of EHCPs completed in time. There was a need to look at the other 32% to identify why there "
     "had been a delay.", "32%"),
    ("Members heard that 71% of new EHC plans were issued within 20 weeks. The remaining 29% had been delayed by "
     "health advice.", "29%"),
    ("In the last inspection round 88% of schools were judged good or outstanding by Ofsted. Officers were supporting "
     "the remaining 12%.", "12%"),
    # the remainder's clause names the whole's own measure again: still the whole's remainder
    ("Of the 120 EHC plans issued, 80 were issued within 20 weeks; the remaining 40 EHC plans were issued late.", "40"),
])
def test_a_complement_naming_nothing_new_stays_without_an_id(tmp_path, text, rest):
    ids = stage_ids(tmp_path, [text, "Members thanked officers for the report."])
    assert ids[rest] is None
