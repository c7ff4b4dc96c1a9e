"""Round 35, helper r35falseids: no canonical id where none fits (ids that count adults given to other counts).

The ids that count adults (``foster_carers``, ``agency_social_workers``: ``indicators._ADULT_COUNT_IDS``) are not
given to a count

* whose phrase opens with the children or pupils it counts (``indicators._PEOPLE_HEAD``; West Berkshire r21blind2
  "five children who were in residential homes where foster carers were being sought", Oxfordshire r34blindZ "the 77
  children who are sent to independent foster carers", West Berkshire r34blindAA "675 pupils" near a funding agency);
* whose phrase ends with the carers' things after a possessive (``indicators._ADULTS_POSSESSIVE_HEAD``; Rutland
  r30blindU "the remaining 31 foster carer's cases");

The blind sets' wordings fail on MID (24e80954) (the two unseen wordings were already refused there); the guards pass
on both. A third check tried here, new or more carers as a flow (Knowsley r20freshA, Sunderland r11freshA), was dropped:
it broke the `test` split's id floor (tests/realworld/notes/r35_r35falseids.md).
"""
from __future__ import annotations

import pytest

from analysis.figures import extract


def _ids(text: str, context: str = "") -> dict[str, object]:
    f, _ = extract(text, context=context)
    return {s: (i if isinstance(i, str) else None) for s, i in zip(f["surface"], f["indicator_id"])}


@pytest.mark.parametrize("text, surface", [
    # the blind sets' and pools' wordings
    ("There were around five children who were in residential homes where foster carers were being sought.", "five"),
    ("The county has to support the 77 children who are sent to independent foster carers or residential homes.", "77"),
    ("Funding had only been provided by the Education and Skills Funding Agency (ESFA) for 675 pupils.", "675"),
    ("The Head of Service had since reviewed the remaining 31 foster carer's cases.", "31"),
    # wordings of councils not seen
    ("There are 40 young people placed through independent fostering agencies with foster carers.", "40"),
    ("Officers audited 25 foster carers' files last quarter.", "25"),
])
def test_other_counts_near_adults_ids_get_no_id(text: str, surface: str) -> None:
    assert _ids(text)[surface] is None


@pytest.mark.parametrize("text, surface, expected", [
    ("The council now has 212 approved foster carers.", "212", "foster_carers"),
    ("Medway has 29 foster carer placements available.", "29", "foster_carers"),
    ("There are 195 foster care households.", "195", "foster_carers"),
    ("The service currently employs 38 agency social workers.", "38", "agency_social_workers"),
    ("The council has 88 foster carers who look after 146 children.", "88", "foster_carers"),
])
def test_adults_counts_keep_their_id(text: str, surface: str, expected: str) -> None:
    assert _ids(text)[surface] == expected
