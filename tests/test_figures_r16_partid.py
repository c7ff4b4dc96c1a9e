"""Round 16 (issue 11, second wave), helper r16partid: canonical ids given to a part, a subgroup or another body's
figure, over every judged pool of rounds 8-14 and r16freshA (``tests/realworld/pools/``; tables in
tests/realworld/notes/r16_r16partid.md).

Each family below showed in three or more councils. Every phrasing was written for the test in council style (not
copied from a page). Every ``test_*`` marked "fails on a6c5ffe" fails on main's code at a6c5ffe (checked by running
this file against a ``git archive`` of it); the guards beside them pass on both (the totals keep their id).
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure


# 1. A subgroup of the children a count (or the NEET share) is of, named in the figure's own words: unaccompanied
#    asylum seekers (Bolton, North Tyneside's "25 such children" after them, Slough in the dev gold; Barnet and Central
#    Bedfordshire's dev gold give them no id either), an age range that is not every child (Wigan "aged between 10 and
#    17", Northumberland "of statutory school age"), children with a plan, SEN or a disability (Cumberland's cared-for
#    children with an EHCP, Birmingham's NEET share of young people with EHCPs), other councils' children
#    (Northumberland): 7 councils. `indicators._subgroup_of_children`.
#    Fails on a6c5ffe: each gets the total's id.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Twenty-seven unaccompanied asylum seeking children came into care during the quarter.", "Twenty-seven"),
        ("Over the year, 17 children were taken into care because they had arrived as unaccompanied asylum seekers.", "17"),
        ("The council is looking after 31 UASC, above the national transfer scheme threshold.", "31"),
        ("Officers reported a rise in unaccompanied asylum seeking children placed with the authority. "
         "The council is now looking after 38 such children, and this may reach 50.", "38"),
        ("Members noted that 212 looked after children aged 11 to 17 had taken part in the survey.", "212"),
        ("The Virtual School supported 198 looked after children of statutory school age.", "198"),
        ("There were 71 looked after children aged 16 or 17 at the end of March.", "71"),
        ("There were 64 children on child protection plans aged under 5 at the end of the year.", "64"),
        ("Some 22% of our children in care were recorded as disabled, and 96 had an Education Health Care Plan.", "96"),
        ("The proportion of young people with an EHCP who are NEET fell to 4.1% this year.", "4.1%"),
        ("The council's schools educate 81 looked after children from other local authorities.", "81"),
    ],
)
def test_a_subgroup_of_the_children_gets_no_id(text: str, surface: str) -> None:
    assert one_figure(text, surface)["indicator_id"] is None


@pytest.mark.parametrize(
    "text, surface, indicator_id",
    [
        # the totals: under 18 or 0-17 is every child, a part by area keeps the id (the dev gold's Barrow area), the
        # whole a subgroup is of keeps it, care leavers are counted 18-21 as a whole, NEET is of 16-17 year olds
        ("There were 262 children looked after at the end of March (under 18), in line with neighbours.", "262",
         "children_in_care"),
        ("There were 2,150 children in need aged 0-17 at the year end.", "2,150", "children_in_need"),
        ("There were 141 children looked after in the Kendal area, a rate of 98 per 10,000.", "141", "children_in_care"),
        ("The council looks after 436 children, including 41 unaccompanied asylum seeking children.", "436",
         "children_in_care"),
        ("The number of children in care has risen to 587, of whom 36 are unaccompanied asylum seeking children.", "587",
         "children_in_care"),
        ("There were 183 care leavers aged between 18 and 21 supported by the service.", "183", "care_leavers"),
        ("The percentage of 16 and 17 year olds who are NEET was 2.7%, below the regional figure.", "2.7%", "neet"),
        ("There are 2,040 children and young people with an EHCP maintained by the council.", "2,040", "ehcp_count"),
        ("The authority is corporate parent to 402 children in care with a wide range of needs.", "402", "children_in_care"),
        # the subgroup said of a share or part of the total, not of it
        ("The council looks after 344 looked after children with 14% having an EHCP.", "344", "children_in_care"),
        ("There are 318 children in care of whom half have an EHC plan.", "318", "children_in_care"),
        ("There were 366 children in care, many of whom were aged 16 or 17.", "366", "children_in_care"),
    ],
)
def test_a_total_keeps_its_id(text: str, surface: str, indicator_id: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == indicator_id


# 2. A capacity, not a count of the children or plans: the beds, places or provision made for them ("providing 16 new
#    beds for children in need of care": Derbyshire; "would create a 'mainstream plus' provision for 12 children in
#    receipt of an EHCP": Oldham; "budgeting for extra places for students with EHCPs was needed and there were 18
#    students in total": West Berkshire in the dev gold, which gives it no id): 3 councils. `indicators._capacity`.
#    Fails on a6c5ffe: each gets the children's or the plans' id.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("The purchase of two houses will provide 9 new beds for children in care.", "9"),
        ("The scheme would create a resourced provision for 14 pupils with an EHCP and autism.", "14"),
        ("The college had to budget for extra places for learners with EHCPs and there were 21 learners in total.", "21"),
        ("The new unit will open with places for up to 8 children in care from September.", "8"),
    ],
)
def test_a_capacity_gets_no_count_id(text: str, surface: str) -> None:
    assert one_figure(text, surface)["indicator_id"] is None


@pytest.mark.parametrize(
    "text, surface, indicator_id",
    [
        # the plans or children themselves, beside places named for them
        ("The council maintains 2,310 EHC plans and is providing additional places for them.", "2,310", "ehcp_count"),
        ("The council made provision for 2,180 children with EHCPs this year.", "2,180", "ehcp_count"),
        ("There were 1,240 EHCPs and planned place funding did not cover all of them.", "1,240", "ehcp_count"),
        ("The authority looks after 356 children in care and needs more beds in the county.", "356", "children_in_care"),
    ],
)
def test_the_children_or_plans_beside_places_keep_their_id(text: str, surface: str, indicator_id: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == indicator_id
