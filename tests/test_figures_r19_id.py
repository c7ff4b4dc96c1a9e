"""Round 19 (issue 11), helper r19id: canonical ids by class of structure over every judged pool of rounds 8-18
(``tests/realworld/pools/``; tables in tests/realworld/notes/r19_r19id.md).

Each family below showed in three or more councils. Every phrasing was written for the test in council style (not
copied from a page). Every ``test_*`` marked "fails on 53e566c" fails on main's code at 53e566c (checked by running this
file against a ``git archive`` of it); the guards beside them pass on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from figure_rows import one_figure, stage_ids


# 1. The EHC plans named a few one-sentence paragraphs up and carried on by paragraphs of "plans" or "requests" alone
#    (Sefton: EHCP named, then "the number of assessment requests has almost doubled", then "In 2020, there were 412
#    requests"; Essex: ECHP named, then "The number of plans issued within 20 weeks ...", then "There were 113 plans issued
#    in January"; Hertfordshire twice: "1,678 requests for the plans", "1,699 new plans were finalised in the year to June"
#    two and three paragraphs after the plans are named): 3 councils, 4 figures. The rule that reads the paragraph before
#    (`send_count_of_paragraph_before`) reads the chain of paragraphs back to the one naming the plans (two at most before
#    the paragraph before). Fails on 53e566c: no id.
@pytest.mark.parametrize(
    "paragraphs, surface, indicator_id",
    [
        (["Families are waiting longer for their education, health and care plans (EHCPs) to be agreed.",
          "A report to the scrutiny committee says the number of assessment requests has risen sharply since 2021.",
          "In 2021 there were 530 requests and by 2023 that had reached 910."], "530", "ehcna_requests"),
        (["An EHC plan sets out the support a child with special educational needs should receive.",
          "The process should take no more than 20 weeks, but only a third were issued on time in May.",
          "The number of plans issued within 20 weeks was 30 in May compared with 41 in April.",
          "But demand has grown. There were 127 plans issued in May, compared to 150 plans issued in April."],
         "127", "ehcp_count"),
        (["The report covered the council's EHCPs and the waiting times families face.",
          "Officers said requests for assessment kept rising over the year.",
          "Two-thirds of requests went on to an assessment in 2024.",
          "According to the report, 1,240 new plans were finalised in the year to March."], "1,240", "ehcp_count"),
    ],
)
def test_plans_or_requests_carry_the_ehc_plans_named_paragraphs_up(tmp_path: Path, paragraphs: list[str], surface: str,
                                                                    indicator_id: str) -> None:
    assert stage_ids(tmp_path, paragraphs)[surface] == indicator_id


@pytest.mark.parametrize(
    "paragraphs, surface",
    [
        # another kind of plan named in the chain: not (surely) the EHC plans
        (["Families are waiting longer for their EHC plans to be agreed.",
          "The service also reviewed every child protection plan open in the county.",
          "There were 214 plans reviewed in March."], "214"),
        # the plans named further up than the chain reads (four paragraphs and more before)
        (["Families are waiting longer for their EHC plans to be agreed.",
          "The council's cabinet met on Tuesday.",
          "Members discussed the budget for the coming year.",
          "The leader spoke about the new leisure centre.",
          "There were 88 requests in March."], "88"),
        # requests for something else
        (["Families are waiting longer for their EHC plans to be agreed.",
          "Residents have asked for more parking in the town centre.",
          "There were 340 requests for parking permits in March."], "340"),
    ],
)
def test_plans_named_further_up_or_another_plan_between_give_none(tmp_path: Path, paragraphs: list[str],
                                                                   surface: str) -> None:
    assert stage_ids(tmp_path, paragraphs)[surface] is None


def test_the_paragraph_before_still_reads_first(tmp_path: Path) -> None:
    # (guard, passes on both) the plans named right before: the existing rule
    ids = stage_ids(tmp_path, ["Only 40% of new EHC plans were issued within 20 weeks last year.",
                               "The council issued 610 plans in 2023."])
    assert ids["610"] == "ehcp_count"


# 2. Money said against an earlier or planned position of a variance, not as the variance: "the final outturn was £787k
#    better than the planned overspend and £689k better than the forecast overspend" (West Berkshire), "an increase of more
#    than £1 million on the position reported in October" (Walsall), "Overspend has continued to rise (approx. £21k since
#    November's Forum)" (Torbay): 3 councils, 4 figures, whose readers give none (the header of `data/indicators.yml`: a
#    change of a budget's variance gets no id). `indicators.variance_against_earlier`. Fails on 53e566c: the variance's id.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("The outturn for the high needs block was £312k better than the planned overspend for the year.", "£312k"),
        ("The directorate's forecast overspend is now £6.1m, £0.8m worse than the forecast at quarter two.", "£0.8m"),
        ("Savings reduce the potential overspend to £3.2 million, an increase of more than £600,000 on the position "
         "reported in September.", "£600,000"),
        ("The children's services overspend has continued to increase (approx. £45k since the last meeting) and now "
         "stands at £1.9m.", "£45k"),
    ],
)
def test_money_against_an_earlier_position_of_the_variance_gets_none(text: str, surface: str) -> None:
    assert one_figure(text, surface)["indicator_id"] is None


@pytest.mark.parametrize(
    "text, surface, indicator_id",
    [
        # the variance itself beside them keeps its id
        ("Savings reduce the potential overspend to £3.2 million, an increase of more than £600,000 on the position "
         "reported in September.", "£3.2 million", "budget_variance"),
        ("The children's services overspend has continued to increase (approx. £45k since the last meeting) and now "
         "stands at £1.9m.", "£1.9m", "budget_variance"),
        # an amount against the budget is the variance (the header: "£8m more than budgeted")
        ("The service is expected to spend £2.4m more than budgeted this year.", "£2.4m", "budget_variance"),
        ("Placements are forecast to overspend by £1.7m on the placements budget.", "£1.7m", "budget_variance"),
    ],
)
def test_the_variance_beside_them_keeps_its_id(text: str, surface: str, indicator_id: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == indicator_id
