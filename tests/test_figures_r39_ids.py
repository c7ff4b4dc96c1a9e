"""Round 39, helper r39ids: money said to be put to a use is not the variance its heading or paragraph names.

Money that got the budget variance only from its heading or paragraph (no variance word in its sentence) and whose clause
says, right after the amount, that it was approved, allocated, awarded, agreed, committed, spent or invested, that it is
costs, or that it is there to spend, is a budget, a grant, a spend or a cost: no id (``indicators.put_to_use_not_variance``;
open gold: Wiltshire r22blindB "£33 million was approved by Cabinet", Swindon r35blindAC "accumulated to £7.6m in
unforeseen costs", North Northamptonshire r36blindAE "which will have £143m to spend"; the gold marks none of the 12 such
amounts of the open sets).

On BASE (3c8c1b2b) the first three cases fail; the guards pass on both.
"""
from __future__ import annotations

import pytest

from figure_rows import ids as _ids


@pytest.mark.parametrize("text, context, surface", [
    ("£33 million was approved by Cabinet to provide the new special school.", "Budget monitoring: forecast overspend",
     "£33 million"),
    ("The 20 unplanned placements accumulated to £7.6m in unforeseen costs.", "Children's services overspend", "£7.6m"),
    ("Both councils have increased the amount they will give to the trust, which will have £143m to spend.",
     "Trust overspend", "£143m"),
])
def test_money_put_to_a_use_is_not_the_variance(text: str, context: str, surface: str) -> None:
    assert _ids(text, context)[surface] is None


@pytest.mark.parametrize("text, context, surface", [
    # a variance word in the sentence: the variance itself, whatever verb follows
    ("An overspend of £2m was agreed by the Forum.", "Forecast overspend", "£2m"),
    ("More than £2million worth of overspend still needs extra funding.", "Children's services", "£2million"),
    # a list line under a heading of pressures keeps the heading's id (no verb of use after the amount)
    ("Placements £4.2m", "Pressures:", "£4.2m"),
])
def test_the_variance_keeps_its_id(text: str, context: str, surface: str) -> None:
    assert _ids(text, context)[surface] == "budget_variance"
