"""Round 46's second reading (r46review): small defects of the round's merged branches, each with the test that
fails without its fix (notes/r46_review.md)."""

from __future__ import annotations

import pytest

from figure_rows import ids as _ids


# ---------------------------------------------------------------- r46id: the change of the number of carers

@pytest.mark.parametrize("text", [
    "Councillor Frith asked if the council is on target to increase the NUMBER of Bury approved Fostering households by "
    "at least 20 this year.",
    "Councillor Frith asked if the council is on target to increase the number of Bury approved Fostering households by "
    "at least 20 this year.",
])
def test_the_change_of_the_number_of_carers_is_not_the_carers_whatever_its_case(text: str) -> None:
    # r46id's pattern is case-blind, but the cheap test before it looked for "umber" and "pool" as written: "the NUMBER
    # of ... households by at least 20" kept the foster carers count
    assert _ids(text)["20"] is None
