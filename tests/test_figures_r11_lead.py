"""Round 11, the lead's merge of the four fixers' branches: an interaction of two fixers' rules, found by a guard of
one failing on the merged code. Sentences written in council style.
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure as _fig


# 1. A sentence that opens by pointing back ("It was", "This was", "This has now risen to") gives the measure before
#    its value (r11idA's pointer opening), but not when the value is a share of something named right after it: "It
#    was 12% of all plans for autism" is a part of the plans, not their timeliness (r11idB's guard). Fails on the
#    merged code before the fix (the id was ehcp_timeliness) for the first two; the last two are guards.
@pytest.mark.parametrize("text, surface, expected", [
    ("In 2023, 52% of new EHC plans were issued within 20 weeks. It was 12% of all plans for autism.", "12%", None),
    ("Some 71% of new EHC plans were finalised within 20 weeks. It was 14% of the plans for autism in 2021.", "14%",
     None),
    ("In 2023, 60.4 per cent of new plans were issued within 20 weeks. This was just up from 60.1 per cent in 2018.",
     "60.1 per cent", "ehcp_timeliness"),
    ("In 2023, 52% of new EHC plans were issued within 20 weeks. This has now risen to 58%.", "58%", "ehcp_timeliness"),
])
def test_a_pointer_opening_gives_way_to_a_share_of_something_else(text, surface, expected):
    assert _fig(text, surface)["indicator_id"] == expected
