"""Round 18 (issue 11), helper r18id: canonical ids on councils nobody tuned on, by class of structure, over every
judged pool of rounds 8-16 (``tests/realworld/pools/``; tables in tests/realworld/notes/r18_r18id.md).

Each family below showed in three or more councils. Every phrasing was written for the test in council style (not
copied from a page). Every ``test_*`` marked "fails on bca2f5f" fails on main's code at bca2f5f (checked by running
this file against a ``git archive`` of it); the guards beside them pass on both. The signals read are the clause's
and the sentence's words and the concepts of ``data/indicators.yml``, not the exact words of a figure's phrase.
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure


# 1. The high needs (DSG) money named by the children it is for: a deficit, gap or overspend of the "SEND budget", the
#    "SEND funding" or the "budget for SEND provision" (Barnsley "an £11m deficit in its SEND budget", Cambridgeshire "a
#    gap in the budget for SEND provision", Waltham Forest "plans to cut SEND funding ... to help plug a £5.3m deficit"):
#    3 councils, whose readers give high_needs_deficit. `data/indicators.yml`: high_needs_deficit's `what`.
#    Fails on bca2f5f: no id.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("The council has built up a £14m deficit in its SEND budget over the last three years.", "£14m"),
        ("Members heard the gap in the budget for SEND provision of £21 million would have to be met.", "£21 million"),
        ("Cabinet agreed to reduce SEND funding to schools to help close a £3.8m deficit.", "£3.8m"),
        ("The special educational needs budget is forecast to overspend by £6.2m this year.", "£6.2m"),
        ("There is a shortfall of £9m in SEN funding this year.", "£9m"),
    ],
)
def test_a_send_money_deficit_is_the_high_needs_deficit(text: str, surface: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == "high_needs_deficit"


@pytest.mark.parametrize(
    "text, surface, indicator_id",
    [
        # SEND transport is the council's own budget (Medway, Somerset, Westmorland and Furness in the pools)
        ("There is a projected overspend of £1.4 million on the SEN Transport budget for 2024/25.", "£1.4 million",
         "budget_variance"),
        ("The report showed an overspend of £2.1 million for SEND home to school transport.", "£2.1 million",
         "budget_variance"),
        # a DSG overspend with a part of it related to SEND provision keeps its id; the directorate's overspend its own
        ("The council has a £19 million overspend on its Dedicated Schools Grant.", "£19 million", "high_needs_deficit"),
        ("The children's services directorate is forecasting an overspend of £4.6m on placements.", "£4.6m",
         "budget_variance"),
    ],
)
def test_other_money_beside_send_keeps_its_id(text: str, surface: str, indicator_id: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == indicator_id


@pytest.mark.parametrize(
    "text, surface",
    [
        # SEND money that is not a deficit: funding given, a budget
        ("The council will add £2m to SEND funding next year.", "£2m"),
        ("The SEND budget for 2024/25 is £48m.", "£48m"),
    ],
)
def test_send_money_that_is_no_deficit_gets_none(text: str, surface: str) -> None:
    assert one_figure(text, surface)["indicator_id"] is None


# 2. The amount a budget (a limit, an allocation) was gone over by: "overran its £107m budget for 2021-22 by £5m"
#    (Redbridge), "is expected to exceed its limit by £7.757m" (South Tyneside): no id on bca2f5f, where the id came from
#    the phrase's words only (an amount between the verb and "by" left the phrase naming the budget); Hertfordshire's
#    "exceeded its £44.5 million budget by more than £4 million" and Tameside's "had exceeded this allocation by
#    £1.973m" already had theirs: 4 councils. `indicators.overran_budget_by`, read on the sentence up to the figure.
#    Fails on bca2f5f: no id.
@pytest.mark.parametrize(
    "text, surface, indicator_id",
    [
        ("The adults and children's directorate overran its £96m budget for 2023-24 by £3.4m, mostly in placements.",
         "£3.4m", "budget_variance"),
        ("The council's general fund is forecast to exceed its limit by £2.85m by the year end.", "£2.85m",
         "budget_variance"),
        ("Spending on agency staff overshot the £12m budget by £1.6m.", "£1.6m", "budget_variance"),
        ("The Schools Forum heard that the high needs block had gone over its £31m allocation by £2.2m.", "£2.2m",
         "high_needs_deficit"),
    ],
)
def test_the_amount_a_budget_was_gone_over_by_is_the_variance(text: str, surface: str, indicator_id: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == indicator_id


@pytest.mark.parametrize(
    "text, surface, indicator_id",
    [
        # the ones the phrase already named, and the budget itself (the veto of a budget next to "over its budget")
        ("Spending on children in care exceeded its £38 million budget by more than £3 million.", "£3 million",
         "budget_variance"),
        ("Spending on children in care exceeded its £38 million budget by more than £3 million.", "£38 million", None),
        ("The directorate overran its £107m budget for 2021-22 by £5m.", "£107m", None),
        # a budget raised by an amount, a count over a target: not a variance
        ("The placements budget was increased by £2m to meet demand.", "£2m", None),
        ("The service exceeded its target of 40 new foster carers by 6.", "6", None),
    ],
)
def test_the_budget_and_other_amounts_by_keep_theirs(text: str, surface: str, indicator_id: str | None) -> None:
    assert one_figure(text, surface)["indicator_id"] == indicator_id


# 3. Money paid in, named a contribution right before it: "will make a contribution of £9m over five years towards the
#    reduction in the overall deficit of the Dedicated Schools Grant" (Cambridgeshire), "the council's contribution of
#    £1.8 million had no budget and would put additional pressure on the general fund" (Redbridge): readers give none,
#    bca2f5f gave high_needs_deficit / budget_variance from the deficit or pressure words of the clause; Slough's "DFE
#    contribution of £22.130m" and Derbyshire's "the contribution of £3m from the Dedicated Schools Grant" already got
#    none: 4 councils. `indicators._NOT_VARIANCE_LEFT` (as "£250k contribution" after the amount).
#    Fails on bca2f5f: the variance's id.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("As part of the deal the council will make a contribution of £6m over four years towards the reduction in the "
         "cumulative deficit on the Dedicated Schools Grant.", "£6m"),
        ("Members noted the council's contribution of £2.4 million to the DSG deficit recovery plan was unfunded.",
         "£2.4 million"),
        ("The partners agreed contributions of £750,000 each, which would ease the pressures on the placements budget.",
         "£750,000"),
    ],
)
def test_a_contribution_is_not_the_variance(text: str, surface: str) -> None:
    assert one_figure(text, surface)["indicator_id"] is None


@pytest.mark.parametrize(
    "text, surface, indicator_id",
    [
        # a variance said to contribute, or contributed to, keeps its id
        ("The placements overspend contributed £2.1m to the forecast overspend of £5.4m.", "£2.1m", "budget_variance"),
        ("The council's overspend of £3m is a contribution to the pressures on the general fund.", "£3m",
         "budget_variance"),
        ("The Schools Forum noted a high needs deficit of £8.2m, to which the council had made a contribution.", "£8.2m",
         "high_needs_deficit"),
    ],
)
def test_a_variance_beside_a_contribution_keeps_its_id(text: str, surface: str, indicator_id: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == indicator_id
