"""Silver round 7 (issue 11), helper silverT: classes of false figures found by reading every number of a pool
of real pages from the dev councils of tests/realworld (new pages only; the TUNE half: Barnsley, Bury,
Derbyshire, Hampshire, Northumberland, Oxfordshire, Rochdale, Southampton, Stockport, Tameside, West Berkshire;
/work/staging/r7/silverT, notes in tests/realworld/notes/silver7_silverT.md). Each class failed on real pages of
two councils; each test holds several phrasings as councils write them (written for the test, not copied), and
the figures next to them must stay."""

from __future__ import annotations

import pytest

from figure_rows import surfaces as _surfaces, kinds as _kinds


# 1. an age limit that bounds a group, written without "aged": "16-plus pupils" (Hampshire, a transport policy)
#    and "per 10,000 of the under 18 population" (Northumberland, a rate's base population). Like "16+" and
#    "under 18s", these are ages, not counts.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("The revised policy could see 16-plus pupils with an EHCP asked to contribute to their transport.", "16"),
        ("Members asked how many 18-plus care leavers were in staying put arrangements.", "18"),
        ("A new 19 plus offer for young adults with SEND will be launched in September.", "19"),
        ("The rate was 71 per 10,000 of the under 18 population, above the regional average.", "18"),
        ("Take-up among the under 5 population remained below target at 62%.", "5"),
        ("Referrals for the over 16 cohort rose again this quarter, to 143.", "16"),
        ("Officers compared the borough with the rate for the national over 11 age group, 45 per 10,000.", "11"),
    ],
)
def test_age_limit_of_a_group_is_an_age(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)
    assert _kinds(text).get(surface) == "age"


@pytest.mark.parametrize(
    "text, surface",
    [
        # counts next to the ages stay figures
        ("The rate was 71 per 10,000 of the under 18 population, above the regional average.", "71"),
        ("Take-up among the under 5 population remained below target at 62%.", "62%"),
        ("Referrals for the over 16 cohort rose again this quarter, to 143.", "143"),
        # a round count with "plus" is a count ("20-plus" is not an age limit of the bands)
        ("There were 20-plus pupils excluded from the academy during the autumn term.", "20"),
        ("Around 30 plus families were waiting for a family hub appointment.", "30"),
        # "plus" adding a number is not an age
        ("The service has 16 plus 4 agency social workers covering the east locality.", "16"),
        # "under N" followed by a counted noun is a threshold of a count, not an age group
        ("Caseloads were under 18 children per worker in every team.", "18"),
    ],
)
def test_counts_beside_age_limits_stay(text: str, surface: str) -> None:
    assert surface in _surfaces(text)


# 2. the span of time a change or a comparison is stated over is a period, not a measurement:
#    "higher than they have been for 10 years" (Northumberland, child protection plans) and "risen by a third in
#    the space of just three years" (Southampton, children in care). The dev gold already treats "in six years",
#    "in the space of three years" and "over the last 12 months" as periods.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Numbers on child protection plans are higher than they have been for 10 years.", "10 years"),
        ("The number of children in care was at its highest level for five years, the report said.", "five years"),
        ("Referrals were lower than they had been for 18 months, which officers welcomed.", "18 months"),
        ("EHCP requests have doubled in the space of just four years.", "four years"),
        ("The overspend has grown in only six months despite the recovery plan.", "six months"),
        ("Demand for places rose by a quarter in just two years.", "two years"),
    ],
)
def test_span_of_a_change_is_a_period(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)
    assert _kinds(text).get(surface) == "period"


@pytest.mark.parametrize(
    "text, surface",
    [
        # durations that are measurements stay figures
        ("Children had been in care for 3 years on average before a permanent placement was found.", "3 years"),
        ("The highest average wait for an assessment was 19 weeks in the north locality.", "19 weeks"),
        ("Funding for the family hub was agreed for two years.", "two years"),
        ("The highest caseload was 31, which was higher than the 24 recorded last year.", "31"),
        ("The highest caseload was 31, which was higher than the 24 recorded last year.", "24"),
        # a count beside the span stays
        ("Numbers on child protection plans are higher than they have been for 10 years, at 405.", "405"),
    ],
)
def test_figures_beside_a_span_stay(text: str, surface: str) -> None:
    assert surface in _surfaces(text)
