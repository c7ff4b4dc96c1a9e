"""Round 35, helper r35ids: a week's money per child is a placement's cost when care is said in other words.

* Care named with whose it is ("children in local authority care", "in council care") or the homes and agencies care is
  bought from ("costly private homes and agencies charging an average of £3,000-a-week per child") is care said
  (``indicators._CARE_SAID``; Oxfordshire: blind gold r34blindZ; Barnsley: judged pool r20freshB).
* Money said per one child ("about £850 per week per child based on 300 children") is one child's cost, whatever number
  of children the clause divides a total by (``indicators._PER_ONE_CHILD``, guarding ``_SEVERAL_CHILDREN``; Barnsley).

Each case of the ``*_gets_*`` test fails on BASE (32bf0be3); the guards pass on both.
"""
from __future__ import annotations

import pytest

from analysis.figures import extract


def _ids(text: str, context: str = "") -> dict[str, object]:
    f, _ = extract(text, context=context)
    return {s: (i if isinstance(i, str) else None) for s, i in zip(f["surface"], f["indicator_id"])}


@pytest.mark.parametrize("text, surface", [
    # the blind set's and the pool's wordings
    ("A wide-ranging review is seeking big reductions in the county's dependence on costly private homes and agencies "
     "charging an average of £3,000-a-week per child.", "£3,000"),
    ("The total cost of children in local authority care during the last financial year was £13.3m, working out at "
     "about £850 per week per child based on 300 children.", "£850"),
    # wordings of councils not seen
    ("Independent agencies charge the council up to £1,200 per child per week.", "£1,200"),
    ("The cost of a child in council care averages £900 per week per child.", "£900"),
    ("External homes now charge £5,400 a week per child, the report said.", "£5,400"),
    ("Foster placements cost £3.7m a year, about £1,000 per week per child for 72 children.", "£1,000"),
])
def test_weekly_cost_with_care_said_gets_placement_cost(text: str, surface: str) -> None:
    assert _ids(text)[surface] == "placement_cost_weekly"


@pytest.mark.parametrize("text, surface, expected", [
    # a week's money per child where no care is said stays none (round 16's school meals, a saving)
    ("The council pays £35 per child per week towards school meals.", "£35", None),
    ("Some estimates calculate around £400 per child per week, but it's near impossible to say.", "£400", None),
    # several children's week stays none
    ("Cambridgeshire County Council is spending £200,000 per week on providing social care placements for six young "
     "people.", "£200,000", None),
    # a private agency's social worker is no placement
    ("The average weekly cost of an agency social worker is £1,800.", "£1,800", None),
    # the placement's own words keep the id
    ("The average cost of a residential placement is £4,500 per week.", "£4,500", "placement_cost_weekly"),
])
def test_weekly_cost_guards_stay(text: str, surface: str, expected: object) -> None:
    assert _ids(text)[surface] == expected
