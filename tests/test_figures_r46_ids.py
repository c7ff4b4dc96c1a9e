"""Round 46, helper r46id: new carers named with words between "new" and the noun, and the change the number of carers is
to be raised by, are flows of the carers, not the foster carers count (``indicators.carers_flow_apart``; declared from
half A of the rounds' councils: Knowsley "finding 700 new local authority fostering households", Bury "on target to
increase the number of Bury approved Fostering households by at least 20", both judged "no id" by the pools' readers).

The extraction is read without the learnt second opinion (``extract`` gives the rules' ids). On BASE (2d7bb9ec) the two
flows get ``foster_carers``; the guards pass on both.
"""
from __future__ import annotations

import pytest

from figure_rows import ids as _ids


@pytest.mark.parametrize("text, surface", [
    ("The campaign aims to address the region's fostering goals, which includes finding 700 new local authority fostering "
     "households.", "700"),
    ("Councillor Frith asked if the council is on target to increase the number of Bury approved Fostering households by "
     "at least 20 this year.", "20"),
    ("The service hopes to recruit 35 additional in-house foster carers.", "35"),
])
def test_a_flow_of_carers_is_not_the_carers(text: str, surface: str) -> None:
    assert _ids(text)[surface] is None


@pytest.mark.parametrize("text, surface", [
    # the carers themselves, with the same words and no flow word before them
    ("There are 700 local authority fostering households in the region.", "700"),
    ("The council has 220 approved fostering households.", "220"),
    # "increased by" after the noun with the level given: the level keeps its id
    ("The number of fostering households rose to 300.", "300"),
])
def test_the_carers_keep_their_id(text: str, surface: str) -> None:
    assert _ids(text)[surface] == "foster_carers"
