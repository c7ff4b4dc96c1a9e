"""Round 13 (r13id): the canonical indicator_id, tuned on every pool of rounds 8-12 (tests/realworld/pools), by families
of wordings that recur across councils rather than one page's phrase (see tests/realworld/notes/r13_r13id.md). The
sentences below are written for the test in council style (not copied from a page); each test marked "fails on the old
code" does (1c2a88b), the guards pass on both.
"""

from __future__ import annotations

import pandas as pd
import pytest

from figure_rows import one_figure as _fig, stage_ids


def _id(text: str, surface: str) -> str | None:
    v = _fig(text, surface)["indicator_id"]
    return None if v is None or pd.isna(v) else v


# 1. Money a Schools Forum (or a budget item) names as another kind than a variance, right before or after the amount,
#    in a sentence whose other words name an underspend, an overspend or the pressures: a DSG top slice, a carry
#    forward, a settlement, an allocation, a grant, a request or bid for money, money retained, needed, taken out of an
#    underspend or used, a block's part of a grant said with "of which" ("agreed DSG £900,000 top slice, plus £85,000
#    carry forward and forecast an underspend": Slough; "A request for £180,000 ... funding 50% from the underspend",
#    "an element of underspend (approximately £90,000) should be used to": Slough; "we retain that £100k ... the
#    pressures on the high needs block", "take the £45K out of this year's underspend": Torbay; "Grant for 2021/22 £315m
#    of which High Needs block (HNB) was £45.5m": North Northamptonshire; the pages search finds bids, requests, carry
#    forwards and top slices in the Schools Forum minutes of West Berkshire, Milton Keynes, Hammersmith and Fulham,
#    Southampton, Wolverhampton too). Not a budget variance. Fails on the old code (budget_variance).
@pytest.mark.parametrize("text, surface", [
    ("The budget assumed the agreed £450,000 top slice, plus £60,000 carry forward and a forecast underspend of £120,000.",
     "£450,000"),
    ("The estimate assumed the agreed DSG £450,000 top slice, plus £60,000 carry forward and forecast an underspend of "
     "£120,000.", "£60,000"),
    ("The forecast includes £35,000 carried forward and a projected overspend of £80,000 on the block.", "£35,000"),
    ("A request for £75,000 was made to fund the bulge class and the Forum considered meeting it from the underspend.",
     "£75,000"),
    ("Members agreed that part of the underspend (around £40,000) should be used to fund the new places.", "£40,000"),
    ("The officer explained that we would retain that £60k this year while the overspend on the block is monitored.",
     "£60k"),
    ("A member asked whether the Forum could take the £30K out of the underspend this year.", "£30K"),
    ("The Dedicated Schools Grant for 2023/24 was £210,400,000 of which the High Needs Block was £38,250,000, despite the "
     "overspend.", "£38,250,000"),
])
def test_money_of_another_kind_is_no_variance(text: str, surface: str) -> None:
    assert _id(text, surface) is None


# 1 (guards). The variance itself beside such money, and a variance said with a money word after it, keep the id.
@pytest.mark.parametrize("text, surface, expected", [
    ("The budget assumed the agreed £450,000 top slice, plus £60,000 carry forward and a forecast underspend of £120,000.",
     "£120,000", "budget_variance"),
    ("The forecast includes £35,000 carried forward and a projected overspend of £80,000 on the block.", "£80,000",
     "budget_variance"),
    ("The service is forecast to overspend by £2.4m this year.", "£2.4m", "budget_variance"),
    ("Children's services reported an overspend of £3.1m, which would be met from reserves.", "£3.1m", "budget_variance"),
    ("The high needs block overspend was £1.6m at month 9.", "£1.6m", "high_needs_deficit"),
    ("There was a £1.2m funding gap on the high needs block.", "£1.2m", "high_needs_deficit"),
])
def test_money_of_another_kind_guards(text: str, surface: str, expected: str) -> None:
    assert _id(text, surface) == expected


# 2. The share of EHC plans (or of the applications for them) done in time, the time said in the sentence or the
#    paragraph before and pointed back to: "The ECHP process should take no more than 20 weeks. However, just 26 per cent
#    of applications were issued within that period ..., down from 35 per cent in January" (Essex); "meeting the 20 week
#    assessment timeframe for EHCP reviews ..., with the percentage of applications met in this time at 76 per cent"
#    (Peterborough); "got it within the required amount of time" (Nottinghamshire); news reports of the 20 weeks write it
#    so across the country (the pages search: "processed within that time frame", "issued in that timeframe"). The 20-week
#    timeliness. Fails on the old code (no id: the qualifier only pointed to, and "applications" read as another process).
@pytest.mark.parametrize("text, surface", [
    ("An EHC plan should be issued within 20 weeks of the request. Only 31 per cent of applications were issued within that "
     "period in June.", "31 per cent"),
    ("An EHC plan should be issued within 20 weeks of the request. Only 31 per cent of applications were issued within that "
     "period in June, down from 38 per cent in April.", "38 per cent"),
    ("The service has struggled to meet the 20 week timeframe for EHCPs, with the percentage of applications completed in "
     "this time at 42% in the autumn.", "42%"),
    ("Education, health and care plans must be finalised within 20 weeks. Last year 58% of applications were finalised in "
     "that time.", "58%"),
    ("For new education, health and care plans, 47% of applications were completed within the required amount of time.",
     "47%"),
])
def test_ehcp_time_pointed_back_to(text: str, surface: str) -> None:
    assert _id(text, surface) == "ehcp_timeliness"


# 2 (guards). Another process's applications or complaints done in time, with no EHC plan or 20 weeks named, and the
#    share of plans that were late, get none; the 20 weeks said in the figure's own clause keep the id.
@pytest.mark.parametrize("text, surface, expected", [
    ("Transport applications should be decided within 10 days. 85% of applications were decided within that period.",
     "85%", None),
    ("Complaints should be answered within 20 working days; 72% of complaints were answered in that time.", "72%", None),
    ("Across the county, 61% of new EHC plans were issued within 20 weeks.", "61%", "ehcp_timeliness"),
    ("EHC plans must be reviewed every year. Only 40% of annual reviews were completed in that time.", "40%", None),
    ("EHC plans should be issued within 20 weeks. Some 30% of tribunal appeals were heard within that period.", "30%", None),
])
def test_ehcp_time_pointed_back_to_guards(text: str, surface: str, expected: str | None) -> None:
    assert _id(text, surface) == expected


# 3. Foster carers (households) said to have joined or left in a time: "8 fostering households have joined us in the last
#    12 months and 18 have de-registered" (Cumberland), "only three foster carers stopped their duties for reasons such
#    as retirement" (Nottinghamshire); the national fostering statistics and councils' reports of them count households
#    approved, deregistered, that quit or ceased fostering everywhere (the pages search). A flow, like the new carers
#    indicators.yml leaves out, not the carers. Fails on the old code (foster_carers).
@pytest.mark.parametrize("text, surface", [
    ("Six fostering households have joined the service since April and 11 have de-registered.", "Six"),
    ("Six fostering households have joined the service since April and 11 have de-registered.", "11"),
    ("In the last quarter, four foster carers stopped fostering for personal reasons.", "four"),
    ("Some 14 foster carers resigned or retired during 2023/24.", "14"),
    ("During the year, 23 fostering households were approved by the panel.", "23"),
    ("The service has 150 foster carers, but 12 foster carers left during the year.", "12"),
])
def test_carers_joining_or_leaving_are_a_flow(text: str, surface: str) -> None:
    assert _id(text, surface) is None


# 3 (guards). The carers themselves keep the id, with a flow said beside them, and "left with" is not leaving.
@pytest.mark.parametrize("text, surface", [
    ("There are 240 approved foster carers in the county.", "240"),
    ("The council has 180 fostering households, after 12 joined during the year.", "180"),
    ("At 31 March there were 312 fostering households.", "312"),
    ("The 95 in-house foster carers left with no support over the summer had raised concerns.", "95"),
])
def test_carers_joining_or_leaving_guards(text: str, surface: str) -> None:
    assert _id(text, surface) == "foster_carers"
