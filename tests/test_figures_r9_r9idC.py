"""Round 9 (r9idC): the canonical indicator_id of children's social care figures on pages of councils never tuned on
(TUNE half of the r9idC pool: Hillingdon, Oldham, Stoke-on-Trent, Milton Keynes; see tests/realworld/notes/r9_r9idC.md).
Each class is a family of wordings: the pool's wording and the obvious variants an officer or a local-democracy
reporter writes. The sentences below are written for the test (not copied from a page); each test marked "fails on
the old code" does (r9merge 0c7f62e), the guards pass on both.
"""

from __future__ import annotations

import pandas as pd
import pytest

from figure_rows import one_figure as _fig


def _id(text: str, surface: str) -> str | None:
    v = _fig(text, surface)["indicator_id"]
    return None if v is None or pd.isna(v) else v


# 1. A projected / forecast / predicted deficit of the council or the directorate is its budget variance ("the council
#    is predicting a £6.3 million deficit in 2025/26, up from £4.1 million"; Stoke-on-Trent). Bare "deficit" stays out
#    (a deficit of carers, a pension deficit). Fails on the old code (no id).
@pytest.mark.parametrize("text, surface", [
    ("The council is predicting a £4.8 million deficit for the year, up from £3.2 million last quarter.", "£4.8 million"),
    ("The council is predicting a £4.8 million deficit for the year, up from £3.2 million last quarter.", "£3.2 million"),
    ("Children's services are forecasting a deficit of £2.6m at the end of the financial year.", "£2.6m"),
    ("The projected deficit for the directorate stands at £7.9m at month 6.", "£7.9m"),
    ("Members were told the forecast deficit was £1.25m after management action.", "£1.25m"),
    ("The service now has a predicted deficit of £950,000 for 2024/25.", "£950,000"),
    ("An anticipated deficit of £3.4m was reported for children's social care.", "£3.4m"),
])
def test_projected_deficit_is_budget_variance(text: str, surface: str) -> None:
    assert _id(text, surface) == "budget_variance"


# Guards (pass on both): a DSG / High Needs deficit stays the high needs deficit; a deficit that is not money gets none.
@pytest.mark.parametrize("text, surface, expected", [
    ("The High Needs Block is forecasting a deficit of £5.2m this year.", "£5.2m", "high_needs_deficit"),
    ("The Dedicated Schools Grant projected deficit is £11m.", "£11m", "high_needs_deficit"),
    ("The council has a pension fund deficit of £40m.", "£40m", None),
])
def test_deficit_guards(text: str, surface: str, expected: str | None) -> None:
    assert _id(text, surface) == expected


# 2. A verb of change with its object between it and "by" ("to reduce the number of looked-after children by 100",
#    "wants to reduce its children in care population by 100"; Walsall): the figure is the change, not the count,
#    and gets no id. Fails on the old code (children_in_care / foster_carers).
@pytest.mark.parametrize("text, surface", [
    ("The council wants to reduce its children in care population by 100 over three years.", "100"),
    ("The strategy aims to reduce the number of looked-after children by 45 by 2026.", "45"),
    ("The plan would cut the number of children in care by 60, saving £2m.", "60"),
    ("The service hopes to increase the number of in-house foster carers by 20 this year.", "20"),
    ("Officers expect to bring down the number of children on child protection plans by 30.", "30"),
])
def test_verb_object_by_is_a_change(text: str, surface: str) -> None:
    row = _fig(text, surface)
    assert bool(row["is_change"]) is True
    assert _id(text, surface) is None


# Guards (pass on both): an agent after "by" is no change; a level after the change keeps its id.
@pytest.mark.parametrize("text, surface, expected", [
    ("The council wants to reduce its children in care population by 100, from the current 639 children in care.",
     "639", "children_in_care"),
    ("To reduce costs, 312 children in care are now supported by in-house teams.", "312", "children_in_care"),
    ("There were 215 foster carers, increased by recruitment campaigns.", "215", "foster_carers"),
])
def test_verb_object_by_guards(text: str, surface: str, expected: str) -> None:
    assert _id(text, surface) == expected


# Guard found on the dev corpus (passes on both): a noun "increase", or a verb between it and "by", is no change.
@pytest.mark.parametrize("text, surface, expected", [
    ("Due to an increase in demand the SEN top ups budget is overspent by £1.8m.", "£1.8m", "high_needs_deficit"),
    ("Because of an increase in placements the service has overspent by £2.4m.", "£2.4m", "budget_variance"),
])
def test_noun_increase_then_by_is_no_change(text: str, surface: str, expected: str) -> None:
    assert _id(text, surface) == expected


# 3. The caseload of a newly qualified social worker ("a maximum of 15 cases per social worker, or 12 cases per newly
#    qualified social worker"; Walsall) is the social worker caseload. Fails on the old code (no id).
@pytest.mark.parametrize("text, surface", [
    ("The guarantee ensures a maximum of 15 cases per social worker, or 12 cases per newly qualified social worker.",
     "12"),
    ("The target is 11 cases per newly qualified worker during the first year.", "11"),
    ("The service aims for no more than 14 cases for each newly qualified social worker.", "14"),
])
def test_newly_qualified_caseload(text: str, surface: str) -> None:
    assert _id(text, surface) == "social_worker_caseload"


# 4. A count whose phrase is only "from the current level" / "from the current figure" takes the measure the sentence
#    names ("to reduce the number of looked-after children by 100, from the current level of 639"; Walsall).
#    Fails on the old code (no id).
@pytest.mark.parametrize("text, surface, expected", [
    ("The council's aim is to reduce the number of looked-after children by 100, from the current level of 639.",
     "639", "children_in_care"),
    ("The plan is to cut the number of children on child protection plans to 300, from the current level of 412.",
     "412", "child_protection_plans"),
    ("Officers want to grow the number of in-house foster carers to 150, from the current level of 121.",
     "121", "foster_carers"),
])
def test_from_the_current_level(text: str, surface: str, expected: str) -> None:
    assert _id(text, surface) == expected
