"""Round 31, lead: a complement ("the other 32%") never takes, from the learnt second opinion, the id of the measure it is
the rest of.

The rules give the remainder of a measure no id (:func:`analysis.figures.indicators.classify`: "complement ... no id";
the seeds' gold: Worcestershire's "the other 32%" has none), but the stage's learnt fallback read its borrowed phrase
("rest of: EHCPs completed in time") and gave back ``ehcp_timeliness``, so the comparison page showed 32% as the
council's latest share of EHCPs issued in time (r31reader saw it on the seed pages). The remainder of a measure may be
another measure, which the learnt reader may still give (a judged pool, Swindon: "only 64 of those are actually
permanently employed ... - the remaining 88 ... come from agencies": agency social workers, as the reader judged).
"""
from __future__ import annotations

import pytest

from figure_rows import stage_ids, stage_phrases


@pytest.mark.parametrize("text, whole, rest, iid", [
    # the seed's wording (Worcestershire)
    ("Figures showed 68% of EHCPs completed in time. There was a need to look at the other 32% to identify why there "
     "had been a delay.", "68%", "32%", "ehcp_timeliness"),
    # other wordings of the remainder
    ("Members heard that 71% of new EHC plans were issued within 20 weeks. The remaining 29% had been delayed by "
     "health advice.", "71%", "29%", "ehcp_timeliness"),
    ("In the last inspection round 88% of schools were judged good or outstanding by Ofsted. Officers were supporting "
     "the remaining 12%.", "88%", "12%", "ofsted_good_or_better"),
])
def test_a_complement_takes_no_learnt_id(tmp_path, text, whole, rest, iid):
    ids = stage_ids(tmp_path, [text, "Members thanked officers for the report."])
    assert ids[whole] == iid
    assert ids[rest] is None


def test_the_complement_keeps_its_borrowed_phrase(tmp_path):
    # guard: only the id is refused; the phrase still says whose remainder it is
    rows = stage_phrases(tmp_path, "Figures showed 68% of EHCPs completed in time. There was a need to look at the "
                                   "other 32% to identify why there had been a delay.")
    assert rows["32%"][0].startswith("rest of: ") and rows["32%"][1] is None


def test_the_rest_of_one_measure_may_be_another(tmp_path):
    # guard (r9idA's judged pool, Swindon): the remainder of the permanently employed is the agency staff
    ids = stage_ids(tmp_path, ["The authority has 152 social workers, but only 64 of those are actually permanently "
                               "employed by the local authority - the remaining 88, equivalent to 58 per cent, come from "
                               "agencies.", "Members thanked officers for the report."])
    assert ids["88"] == "agency_social_workers"


def test_a_learnt_id_still_fills_a_figure_of_its_own(tmp_path):
    # guard: the learnt fallback still serves a figure whose own phrase names the measure
    ids = stage_ids(tmp_path, ["Members asked about new EHC plans. Of those issued, 48 per cent were completed within "
                               "the time limit.", "Members thanked officers for the report."])
    assert ids["48 per cent"] == "ehcp_timeliness"
