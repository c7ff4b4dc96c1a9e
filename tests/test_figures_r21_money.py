"""Round 21, helper r21money: which money figure is which (budget variance, DSG / high needs deficit, none) read from
the clause as a class (tables and councils in tests/realworld/notes/r21_r21money.md).

Every phrasing was written for the test in general council or news English (not copied from a page). Tests marked
"fails on d39083f" fail on main's code at d39083f (checked against a ``git archive`` of it); the guards beside them pass
on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.figures.indicators import load_indicators, overran_budget_by
from figure_rows import stage_ids


# 1. Role: the DSG's deficit, said in the paragraph before. A paragraph names the DSG (or the high needs) and its deficit or
#    overspend; the next paragraph goes on with "an overspend of £X" naming no budget of its own (Torbay's Schools Forum
#    minutes, East Riding's news report; the class of "a DSG deficit called a budget variance" of the pools' first runs).
#    Fails on d39083f: budget_variance (an overspend) or no id (a deficit).
@pytest.mark.parametrize(
    "paragraphs, surface",
    [
        (["Members discussed the school meals contract.",
          "The officer said there is still a large overspend on the Dedicated Schools Grant this year.",
          "Rising numbers of pupils with plans have led to an overspend of £410k."], "£410k"),
        (["Most of the gap relates to high needs funding for pupils with special needs, which is overspent again.",
          "That has led to an accumulated deficit which is expected to reach £31.5m by March."], "£31.5m"),
    ],
)
def test_a_deficit_after_a_paragraph_on_the_dsg_deficit_is_the_high_needs_deficit(
        tmp_path: Path, paragraphs: list[str], surface: str) -> None:
    assert stage_ids(tmp_path, paragraphs)[surface] == "high_needs_deficit"


# guards: the paragraph before names the DSG but no deficit of it; the sentence names the council's own budget
@pytest.mark.parametrize(
    "paragraphs, surface, indicator_id",
    [
        (["Members discussed the school meals contract.",
          "The officer said the Dedicated Schools Grant settlement for next year was announced.",
          "Rising costs have led to an overspend of £2.2m."], "£2.2m", "budget_variance"),
        (["Members discussed the school meals contract.",
          "The officer said there is still a large overspend on the Dedicated Schools Grant this year.",
          "The council revenue budget shows an overspend of £1.3m."], "£1.3m", "budget_variance"),
    ],
)
def test_a_deficit_after_the_dsg_the_rule_leaves(tmp_path: Path, paragraphs: list[str], surface: str,
                                                  indicator_id: str | None) -> None:
    assert stage_ids(tmp_path, paragraphs)[surface] == indicator_id


# 2. Role: a budget, a grant, a spend or a cut given as a level ("is", "will remain at", "went back up to", "would have
#    meant") under a heading that names pressures or an overspend, its own sentence naming no variance (Isles of Scilly,
#    Central Bedfordshire, North Northamptonshire). Fails on d39083f: budget_variance (the heading's).
@pytest.mark.parametrize(
    "paragraphs, surface",
    [
        (["Budget pressures in education", "The school money from the government has been frozen. It will remain at £2.4m next year."],
         "£2.4m"),
        (["Children's services overspend", "Spending on taxis fell to £6m and then went back up to £7m."], "£7m"),
        (["Pressures on the schools budget", "A cut of a fifth would have meant just over £40,000 for the island."],
         "£40,000"),
    ],
)
def test_a_level_under_a_heading_of_pressures_is_no_variance(tmp_path: Path, paragraphs: list[str], surface: str) -> None:
    assert stage_ids(tmp_path, paragraphs)[surface] is None


# guards: a list line under a lead of pressures, a part of the overspend, the overspend itself said in the sentence
@pytest.mark.parametrize(
    "paragraphs, surface",
    [
        (["The main pressures are:", "- agency staffing £1.2m"], "£1.2m"),
        (["Children's services overspend", "The overspend will remain at £2.4m next year."], "£2.4m"),
    ],
)
def test_a_variance_under_a_heading_of_pressures_keeps_its_id(tmp_path: Path, paragraphs: list[str], surface: str) -> None:
    assert stage_ids(tmp_path, paragraphs)[surface] == "budget_variance"


# 3. Role by the verb: a budget overspent "by" the amount is that budget's variance; a high needs budget's is the high
#    needs deficit (Wigan; the verb's other pages: Leeds; round 18's "overran its budget by", "exceed its limit by":
#    Redbridge, South Tyneside). Fails on d39083f: no id (the phrase names only the budgets).
def test_a_high_needs_budget_overspent_by_an_amount_is_the_high_needs_deficit(tmp_path: Path) -> None:
    text = "Councils in the region are expected to overspend their high needs budgets by £40 million this year."
    assert stage_ids(tmp_path, [text])["£40 million"] == "high_needs_deficit"


def test_overspent_its_budget_by_reads_as_going_over_a_budget() -> None:
    assert overran_budget_by("gbp", "The department overspent its staffing budget by ")
    assert not overran_budget_by("gbp", "The department overspent by ")  # (no budget named: the phrase's words decide)


def test_money_roles_are_read_from_the_data_file() -> None:
    from analysis.figures.indicators import _MONEY_ROLE_KEYS

    roles = load_indicators().money_roles
    assert set(roles) == set(_MONEY_ROLE_KEYS) and "remain" in roles["level_before_amount"]


# 4. Role: a balance. An amount carried (or brought) forward with no word of a variance or a deficit beside it is a balance,
#    not the variance (Milton Keynes' and Leeds' Schools Forum minutes in dev, Slough's growth fund carry forward in
#    r12freshA). Fails on d39083f: budget_variance (the overspend or the heading of the sentence around it).
@pytest.mark.parametrize(
    "paragraphs, surface",
    [
        (["Budget monitoring", "Expected carry forward into next year of £1.2m for the nursery block with an in-year "
          "overspend of £0.4m."], "£1.2m"),
        (["Budget monitoring", "The council reported a surplus of £0.9m carried forward to next year and likewise £350k for "
          "the services bought back by schools."], "£350k"),
    ],
)
def test_an_amount_carried_forward_is_no_variance(tmp_path: Path, paragraphs: list[str], surface: str) -> None:
    assert stage_ids(tmp_path, paragraphs)[surface] is None


# guards: a deficit carried forward is the (cumulative) deficit; the in-year overspend beside a carry forward keeps its id
@pytest.mark.parametrize(
    "paragraphs, surface, indicator_id",
    [
        (["Dedicated Schools Grant", "The deficit carried forward from last year was £2.4m."], "£2.4m", "high_needs_deficit"),
        (["Budget monitoring", "Expected carry forward into next year of £1.2m for the nursery block with an in-year "
          "overspend of £0.4m."], "£0.4m", "budget_variance"),
    ],
)
def test_a_deficit_beside_a_carry_forward_keeps_its_id(tmp_path: Path, paragraphs: list[str], surface: str,
                                                      indicator_id: str) -> None:
    assert stage_ids(tmp_path, paragraphs)[surface] == indicator_id


# 5. Role: a use of an underspend. Money taken out of an underspend or a surplus to be used is not the variance (Leeds in dev:
#    "use £X of the underspend to support ..."; Torbay r12freshB: "take the £X out of this year's underspend", already no id
#    by its phrase; Slough r12freshB: "an element of underspend (approximately £X) should be used to", already no id).
#    Fails on d39083f: budget_variance.
def test_money_used_from_an_underspend_is_no_variance(tmp_path: Path) -> None:
    text = "The intention is to use £300k of the underspend to support the growth fund next year."
    assert stage_ids(tmp_path, ["Budget monitoring", text])["£300k"] is None


def test_the_underspend_itself_keeps_its_id(tmp_path: Path) -> None:
    text = "There was an underspend of £300k, which the forum will use to support the growth fund next year."
    assert stage_ids(tmp_path, ["Budget monitoring", text])["£300k"] == "budget_variance"
