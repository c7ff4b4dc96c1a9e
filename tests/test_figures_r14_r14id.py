"""Round 14 (r14id): the canonical indicator_id, tuned on every pool of rounds 8-12 (tests/realworld/pools), by families
of wordings that recur across councils rather than one page's phrase (see tests/realworld/notes/r14_r14id.md). The
sentences below are written for the test in council style (not copied from a page); each test marked "fails on the old
code" does (55af81a, with the learnt second opinion off: the rules' ids), the guards pass on both.
"""

from __future__ import annotations

import pandas as pd
import pytest

from figure_rows import one_figure as _fig, stage_ids


def _id(text: str, surface: str) -> str | None:
    v = _fig(text, surface)["indicator_id"]
    return None if v is None or pd.isna(v) else v


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CM_LEARNT_ID", "off")  # the rules' ids alone (the learnt second opinion may guess either way)


# 1. A count of plans after a paragraph that names the EHC plans by their full name: "Education Health and Care Plans"
#    ends in "Care Plans", which the test for another kind of plan (a care plan, a child protection plan) read as a care
#    plan, so the count got no id ("Members asked why were the Education Health and Care Plans (EHCP) still at 14% ..."
#    then "the service had received 80 new requests and turned around 106 plans": Wokingham). The EHC plan's own name is
#    no other plan. Fails on the old code (None).
@pytest.mark.parametrize("paragraphs, surface", [
    (["Members asked why the Education, Health and Care Plans were still at 14% within the 20 week target.",
      "The service had received 80 new requests and completed 106 plans since quarter 2."], "106"),
    (["Only 41% of Education Health and Care Plans were issued within 20 weeks last year.",
      "The council issued 512 plans in 2023."], "512"),
    (["Families raised the delays to Education Health Care Plans with the panel.",
      "Officers said 230 plans were finalised in the autumn term."], "230"),
])
def test_plans_after_ehc_plans_full_name(tmp_path, rules_only, paragraphs: list[str], surface: str) -> None:
    assert stage_ids(tmp_path, paragraphs)[surface] == "ehcp_count"


# 1 (guards). A care plan or a child protection plan named before still leaves plans without the EHC plans' id; the
# requests beside the plans keep theirs.
@pytest.mark.parametrize("paragraphs, surface, expected", [
    (["Every child in care has a care plan reviewed twice a year.", "The council completed 96 plans in the quarter."],
     "96", None),
    (["Education, Health and Care Plans and child protection plans were discussed.",
      "The service completed 96 plans in the quarter."], "96", None),
    (["Members asked why the Education, Health and Care Plans were still at 14% within the 20 week target.",
      "The service had received 80 new requests and completed 106 plans since quarter 2."], "80", "ehcna_requests"),
    (["Members asked about the EHCP timescales.", "The service received 80 new requests and completed 106 plans."],
     "106", "ehcp_count"),
])
def test_plans_after_ehc_plans_full_name_guards(tmp_path, rules_only, paragraphs: list[str], surface: str,
                                                expected: str | None) -> None:
    assert stage_ids(tmp_path, paragraphs)[surface] == expected
