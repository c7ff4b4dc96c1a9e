"""Round 23 (`r23id`): a count's measure named as "the number of M" in its sentence, and an amount of money said again in
its paragraph (issue 11: ids left empty where the text names the indicator). Tiny texts in general English shapes, not
quotes from the pools."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import figures


def got(text: str, surface: str, nth: int = 0) -> str | None:
    f, _ = figures.extract(text)
    rows = f[f["surface"] == surface]
    assert len(rows) > nth, f"{surface!r} not a figure of {text!r}: {f['surface'].tolist()}"
    v = rows.iloc[nth]["indicator_id"]
    return None if pd.isna(v) else v


@pytest.mark.parametrize("text, surface, want", [
    # the sentence's measure said as "the number of M", the value named by a level word, a group or nothing
    ("The number of looked after children went up again in the autumn to a new high of 870.", "870", "children_in_care"),
    ("The number of children in care in the county has come down since 2021, when it was 2,200, to a current population "
     "of 1,900.", "1,900", "children_in_care"),
    ("Given the level of children in care, some 450 children this spring, more foster homes are needed.", "450",
     "children_in_care"),
])
def test_measure_of_number_of(text: str, surface: str, want: str) -> None:
    assert got(text, surface) == want


@pytest.mark.parametrize("text, surface", [
    # another group or a part brought in between the measure and the value
    ("The number of looked after children went up again, with 120 children in residential homes.", "120"),
    ("The number of looked after children went up over the year while 60 children were adopted.", "60"),
    # the measure names no indicator
    ("The number of school places went up to a new high of 900.", "900"),
    # a rate, not a count
    ("The number of looked after children per 10,000 children went up to a new high of 70.", "70"),
])
def test_measure_of_number_of_guards(text: str, surface: str) -> None:
    assert got(text, surface) is None


def test_amount_said_again_in_paragraph() -> None:
    text = ("The high needs block deficit is now £2.3m, up from a £1.9m overspend in June. "
            "The rise from £1.9m to £2.3m reflects more placements.")
    assert got(text, "£2.3m") == "high_needs_deficit"
    assert got(text, "£1.9m", 1) == "high_needs_deficit"
    assert got(text, "£2.3m", 1) == "high_needs_deficit"


def test_amount_said_again_needs_an_id_before() -> None:
    # the first amount has no id: the second, said again, gets none either
    text = "The council spent £3.4m on the new school. The figure of £3.4m was agreed in March."
    assert got(text, "£3.4m", 1) is None
