"""Round 32, helper r32id: canonical ids on text nobody tuned on.

A pronoun inside the sentence that points back at the measure of the figure before and gives its new level ("Whereas
60% of plans were completed within that time in 2021, by the following year this had reduced drastically to just 18%",
Sefton; "In South Lakeland the figure is 67 but in Eden it falls to just 20", Cumbria; "... was around the 350 mark - but
that has now increased to nearly 500", Stockport: judged pools): the level takes the id of the measure before
(``points_to_new_level`` in ``indicators.py``, called from ``extraction.py``). Each case of
``test_pointer_to_new_level_takes_the_measure`` fails on BASE (7a61b474); the guards pass on both.
"""
from __future__ import annotations

import pytest

from analysis.figures import extract


def _ids(text: str, context: str = "") -> dict[str, object]:
    f, _ = extract(text, context=context)
    return {s: (i if isinstance(i, str) else None) for s, i in zip(f["surface"], f["indicator_id"])}


@pytest.mark.parametrize("text, surface, expected", [
    # a share: the pronoun in the sentence's second clause, after the share with its measure
    ("Whereas 72% of plans were issued within 20 weeks in 2022, by the next year this had fallen sharply to only 41%.",
     "41%", "ehcp_timeliness"),
    # a count: the pronoun after a place, the measure in the sentence before
    ("There are 400 children in care across the county. In the north the figure is 90 but in the south it falls to "
     "just 35.", "35", "children_in_care"),
])
def test_pointer_to_new_level_takes_the_measure(text: str, surface: str, expected: str) -> None:
    assert _ids(text)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a change of a count is not the count ("by", not "to"): no id
    ("There were 450 children in care in March, and it has fallen by 20.", "20", None),
    # a % change of a count gets no id
    ("The number of children in care was 450, and it has since risen by 12%.", "12%", None),
    # a share after a count: the unit differs, no id carried
    ("There were 450 children in care, and this has risen to 5% of the population.", "5%", None),
    # a budget variance stays a variance
    ("The overspend was £2m in June and it has since risen to £2.5m.", "£2.5m", "budget_variance"),
    ("The overspend was £2m in June and it has since risen to £2.5m.", "£2m", "budget_variance"),
])
def test_pointer_to_new_level_guards_stay(text: str, surface: str, expected: object) -> None:
    assert _ids(text)[surface] == expected


# A share said as its margin against a comparison point ("(2% below the national average)", Slough; "to 0.35% below the
# overall Greater Manchester target", Salford: blind gold, no id) is a difference of two shares, not the measure's share:
# no id (``margin_against_comparator``). The same convention in the judged pools and the blind gold at Barnsley, Hackney,
# Oldham, Wigan and Hillingdon (all no id at BASE already: the guards' class).
@pytest.mark.parametrize("text, surface", [
    ("Some 91% of the borough's schools were judged good or outstanding (3% below the national average).", "3%"),
    ("The service cut the share of 16-18 year olds whose activity is not known to 1.2% below the regional target.",
     "1.2%"),
])
def test_margin_against_comparator_gets_no_id(text: str, surface: str) -> None:
    assert _ids(text)[surface] is None


@pytest.mark.parametrize("text, surface, expected", [
    # the share itself keeps its id, beside its margin and when it is said to be above a comparison point
    ("Some 91% of the borough's schools were judged good or outstanding (3% below the national average).", "91%",
     "ofsted_good_or_better"),
    ("Attendance was 94% in 2023, above the national average of 93%.", "94%", "school_attendance"),
    ("Attendance was 94% in 2023, above the national average of 93%.", "93%", "school_attendance"),
    # a comparison point's own value keeps its id
    ("Of the EHC plans, 61% were issued within 20 weeks, against a national average of 50%.", "61%", "ehcp_timeliness"),
])
def test_margin_guards_stay(text: str, surface: str, expected: object) -> None:
    assert _ids(text)[surface] == expected
