"""Round 31, helper r31money: which kind of money a sum is (the high needs / DSG deficit or a budget variance).

The high-needs money named by the deficit of the children it is for ("Stockport's £63 million SEND deficit", "Will
SEND deficit reach £19.8 million?": Stockport's judged pool, Northumberland's blind gold) and the schools budget the
grant pays for ("an overspend of £1.693 million against the overall schools budget": Wiltshire's blind gold, East
Riding's judged pool) is ``high_needs_deficit`` (``data/indicators.yml``, the indicator's ``what``). Each case of
``test_send_deficit_and_schools_budget_are_high_needs`` fails on 663c0fbc; the guards (``..._stay``) pass on both
(among them the schools budget or SEND's deficit named only to set it apart, and the individual schools budget).
"""
from __future__ import annotations

import pytest

from analysis.figures import extract


def _ids(text: str, context: str = "") -> dict[str, object]:
    f, _ = extract(text, context=context)
    return {s: (i if isinstance(i, str) else None) for s, i in zip(f["surface"], f["indicator_id"])}


@pytest.mark.parametrize("text, surface", [
    # SEND's (SEN's) own deficit or overspend: the high needs money named by the children it is for
    ("Campaigners warned that the SEND deficit could top £40m next year.", "£40m"),
    ("The SEN deficit stood at £7.5m at the end of March.", "£7.5m"),
    ("Members heard that a SEND overspend of £3.2m had been reported to Cabinet.", "£3.2m"),
    ("The council's special educational needs deficit is now £12m.", "£12m"),
    # the schools budget (the part of the council's money the grant pays for): its overspend is the grant's
    ("Officers reported an overspend of £2.4m against the schools budget for the year.", "£2.4m"),
    ("The Schools Budget deficit carried forward is £2.5m.", "£2.5m"),
])
def test_send_deficit_and_schools_budget_are_high_needs(text: str, surface: str) -> None:
    assert _ids(text)[surface] == "high_needs_deficit"


@pytest.mark.parametrize("text, surface, expected", [
    # a favourable variance of the schools' money is a budget variance (the gold: 16 figures at 7 councils)
    ("The forecast underspend on the schools budget of £0.3m related to supply cover.", "£0.3m", "budget_variance"),
    # home to school transport of children with SEND is the council's own budget (the gold: 3 councils)
    ("The SEND transport overspend is £1.2m.", "£1.2m", "budget_variance"),
    ("There was an overspend of £1.2m on SEND transport.", "£1.2m", "budget_variance"),
    ("The council's overall overspend is £6m, of which SEND transport accounts for £2m.", "£6m", "budget_variance"),
    # a service's overspend driven by SEND is the service's
    ("Children's services overspent by £4m, driven by demand for SEND placements.", "£4m", "budget_variance"),
    # the schools budget with no deficit word: a level, no id; one school's budget is no schools budget
    ("The schools budget is increased by additional funding of £1.3 million.", "£1.3 million", None),
    ("Four schools had a licensed deficit on their school budget totalling £117k.", "£117k", None),
    # "send" the verb is not SEND
    ("The council will send £2m to schools to cover the deficit.", "£2m", None),
    # the schools budget or SEND's deficit named only to set it apart: the other money is the service's
    ("The council faces a budget deficit of £5m, which excludes the schools budget.", "£5m", "budget_variance"),
    ("Excluding the schools budget, the directorate is forecasting an overspend of £1.2m.", "£1.2m", "budget_variance"),
    ("Excluding the SEND deficit, the council is forecasting an overspend of £1.2m.", "£1.2m", "budget_variance"),
    ("The general fund is forecast to overspend by £3m, separate from the schools budget.", "£3m", "budget_variance"),
    # the individual schools budget is each school's own: a school's deficit is not the grant's
    ("Twelve schools had a deficit on their individual schools budget, totalling £300k.", "£300k", None),
    ("Twelve schools had deficits on their individual schools budgets, totalling £300k.", "£300k", None),
    # the high needs block keeps its id
    ("The high needs block is forecast to overspend by £3.1m.", "£3.1m", "high_needs_deficit"),
])
def test_money_kind_guards_stay(text: str, surface: str, expected: object) -> None:
    assert _ids(text)[surface] == expected
