"""Round 37 (r37limits): a standard's time limit named by its length before the limit's noun is not a figure.

"the 18 week wait was a very long time" (Hillingdon), "issued within the 20 week timescale" (Leeds), "within the
statutory 20 week timescale" (Wokingham), "the 18 week target being met" (Hillingdon), "not completed within the 20 week
timeframe" (Slough), "dealt with in the 20 week timeframe" (Peterborough): the open gold marks none of them (0 of 7 at 5
councils). Written from Leeds, Wokingham and Hillingdon; counted on Slough and Peterborough (2 of 2 unmarked, neither
fired on by the rule on other numbers). Before, "the N week target / timescale / timeframe" was already a ``name``;
"the N week wait" was a figure. Fails on d10ab439: the waits are figures.
"""
from __future__ import annotations

import pytest

from figure_rows import kinds as _kinds, surfaces as _surfaces


@pytest.mark.parametrize(
    "text, surface",
    [
        ("It was noted that the 18 week wait was a very long time and the Board queried why.", "18 week"),
        ("The Board asked how resources could be managed as the 18 week wait was less than ideal.", "18 week"),
        ("Fewer children now exceeded the 52 week wait for an assessment.", "52 week"),
        ("Members asked about the 12 week wait for CAMHS.", "12 week"),
        ("Officers said that the statutory 18 week wait had been breached twice.", "18 week"),
    ],
)
def test_a_named_time_limit_is_not_a_figure(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)
    assert _kinds(text).get(surface) in ("threshold", "name")


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The longest wait was 40 weeks for a first appointment.", "40 weeks"),
        ("Members noted the three year plan agreed last spring.", "three year"),
        ("The 2 year target of 150 new foster carers was on track.", "150"),
        ("The 18 week waiting list had grown to 300 children.", "300"),
        ("Families had waited an average of 18 weeks for a first assessment.", "18 weeks"),
    ],
)
def test_measured_waits_and_plan_lengths_stay_figures(text: str, surface: str) -> None:
    assert surface in _surfaces(text)
