"""Round 9 (issues 11/13), helper r9idB: the canonical indicator_id of figures of the education and high-needs
indicators (ehcp_count, ehcna_requests, ehcp_timeliness, neet, school_attendance, exclusions, ofsted_good_or_better,
high_needs_deficit) on councils' pages never seen (pool /work/staging/r9/r9idB, notes in
tests/realworld/notes/r9_r9idB.md). Each class was failed on a TUNE page and sized with the pages corpus across
councils; each test holds several phrasings written for the test in council style (not copied), each failing on
the old code (c045fe3) unless marked a guard, and guards that must not change."""

from __future__ import annotations

import pytest

from figure_rows import one_figure


# 1. a bracket after a figure that only names the thing again ends no clause: the acronym after its words
#    ("Education, Health and Care Plans (EHCPs) were issued within 20 weeks", "( EHCPs )", "by the County Council
#    (HCC)") or the words after their acronym ("90% of EHCPs (Education, Health and Care Plans) within the 20-week
#    timescale", Bedford). Before, the clause ended at the bracket and the 20-week qualifier was lost. Sized in the
#    pages corpus: Bedford, Rutland ("( EHCPs )", "(EHCNA) requests"), Hertfordshire ("(EHCPs) issued by ... (HCC)
#    were completed within legal time limits"), Cheshire East ("( EHCPs ) due ... were completed"), an LG Inform
#    metric ("Education, Health and Care (EHC) plans issued within 20 weeks"). All fail on c045fe3.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Last year 47% of Education, Health and Care Plans (EHCPs) were issued within 20 weeks.", "47%"),
        ("The service finalised 83% of EHCPs (Education, Health and Care Plans) within the statutory timescale.",
         "83%"),
        ("Some 64 per cent of Education Health and Care Plans ( EHCPs ) were completed within 20 weeks in the quarter.",
         "64 per cent"),
        ("Only 52% of plans (EHCPs) issued by the County Council (CC) were completed within the legal time limit.",
         "52%"),
    ],
)
def test_bracket_naming_the_thing_again_keeps_the_timeliness_clause(text: str, surface: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == "ehcp_timeliness"


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # guards: a bracket that says something else still ends the clause
        ("The overspend was £2.1m (mainly agency staff) against a budget of £40m.", "£2.1m", "budget_variance"),
        ("There were 2,310 EHCPs (up from 2,050) and the service issued more plans.", "2,310", "ehcp_count"),
        ("The council maintains 1,960 EHCPs (ECHPs) for children in the borough.", "1,960", "ehcp_count"),
    ],
)
def test_other_brackets_still_end_the_clause(text: str, surface: str, expected: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == expected


# 2. the "with" of the children a plan is for ends no clause after a figure: "Only 18% of support plans for children
#    with special needs done within legal timings" (Rutland); "plans for young people with special educational needs",
#    "pupils with SEND". Sized: the same news wording at Lancashire (Burnley Express, "support plans for young people
#    with special educational needs ... in the legal time limit"), Suffolk (Bury Mercury, "education plans for
#    children with special educational needs are completed within 20 weeks"), Wigan ("children with special
#    educational needs faced delays in getting plans"), Rutland x2. With it, the yml terms "special needs" (what)
#    and "time frame", "legal timings" (qualifier) of ehcp_timeliness ("processed within that time frame": Lancashire,
#    West Northamptonshire "20-week statutory time frame", Hertfordshire "20-week time frame"). All fail on c045fe3.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Only 18% of support plans for children with special needs were done within legal timings.", "18%"),
        ("Around 61 per cent of plans for young people with special educational needs were issued within 20 weeks.",
         "61 per cent"),
        ("Just 75 per cent of the EHCPs agreed in the county last year were finalised within that time frame.",
         "75 per cent"),
        ("In 2024, 44% of new plans for pupils with SEND were issued in the statutory time frame.", "44%"),
    ],
)
def test_plans_for_children_with_special_needs_within_the_time_frame(text: str, surface: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == "ehcp_timeliness"


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # guards: "with" before another thing still ends the clause; a count of plans stays a count
        ("There were 412 children in care with 38 placed out of the area.", "412", "children_in_care"),
        ("A total of 2,140 pupils with an EHCP attend mainstream schools.", "2,140", "ehcp_count"),
        # (this one fails on c045fe3, whose clause ended at "with" before the plan was named: now right)
        ("The borough has 1,204 children with special educational needs who have an EHC plan.", "1,204", "ehcp_count"),
    ],
)
def test_with_before_other_things_unchanged(text: str, surface: str, expected: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == expected


# 3. the spend that exceeded the grant is the spend, not the deficit: "However, the spend of £31.046m had exceeded
#    this allocation by £1.973m" (Tameside) gave the spend high_needs_deficit (the qualifier "exceeded" in its
#    clause). The rule that a "spend of £X" is not a budget variance (round 7) now holds for the high-needs deficit
#    too; the amount it exceeded by keeps the id. Sized: the DSG reports' "spend of £X exceeded the allocation by
#    £Y" / "expenditure ... forecast to exceed income by £7m" at Tameside, Brent and in Schools Forum minutes
#    elsewhere. The first two fail on c045fe3.
@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("However, the high needs spend of £48.3m had exceeded this allocation by £2.6m.", "£48.3m", None),
        ("The Forum heard that the spend of £29.7m exceeded the high needs grant by £1.1m.", "£29.7m", None),
        # guards: the amount it exceeded by is the deficit; an overspend is the deficit
        ("However, the high needs spend of £48.3m had exceeded this allocation by £2.6m.", "£2.6m", "high_needs_deficit"),
        ("The High Needs Block overspent by £3.4m in the year.", "£3.4m", "high_needs_deficit"),
    ],
)
def test_spend_that_exceeded_the_grant_is_not_the_deficit(text: str, surface: str, expected: str | None) -> None:
    got = one_figure(text, surface)["indicator_id"]
    assert (got if isinstance(got, str) else None) == expected


# 4. the interest paid on a deficit is a cost of carrying it, not the deficit nor a variance: "interest was having to
#    be paid (currently at around £1.5m per annum), which was creating a revenue pressure" (West Berkshire) gave
#    budget_variance. Sized: the statutory override's interest costs in West Berkshire's Schools Forum minutes (two
#    meetings) and in councils' FOI answers on the cost of carrying DSG deficits ("the direct cost of interest on
#    borrowing to fund the DSG deficit"). Both fail on c045fe3.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Interest of around £1.2m a year was being paid on the deficit, which was creating a pressure on the budget.",
         "£1.2m"),
        ("The Forum noted that interest costs of £900,000 on the DSG deficit were adding to the pressures.", "£900,000"),
    ],
)
def test_interest_on_a_deficit_is_not_a_variance(text: str, surface: str) -> None:
    got = one_figure(text, surface)["indicator_id"]
    assert not isinstance(got, str)


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # guards: the deficit and an overspend said next to interest keep their ids
        ("The cumulative DSG deficit of £16.1m now attracts interest.", "£16.1m", "high_needs_deficit"),
        ("The service is forecasting an overspend of £2.4m, including interest.", "£2.4m", "budget_variance"),
    ],
)
def test_deficit_next_to_interest_unchanged(text: str, surface: str, expected: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == expected


# ---- batch 2 of the pool (TUNE: Cornwall, Hertfordshire, Oxfordshire, Stockport)

# 5. the "as" of how the schools were judged ends no clause after a figure: "83% are judged by Ofsted as ‘good or
#    outstanding’" (Cornwall) lost its qualifier at "as", and so did every "N% of schools (were) rated / judged /
#    graded / classified as good or outstanding" with the figure first. Sized in the pages corpus: Kent ("91 per cent
#    ... were rated as either ‘good’ or ‘outstanding’", counted only), Middlesbrough and Redcar ("84% of schools ...
#    classified as Good or Outstanding", a written answer, counted only), Central Bedfordshire ("rated as Good or
#    Outstanding by OFSTED"), North Somerset ("rated as better than satisfactory"), Cornwall. All but the third fail
#    on c045fe3 (the third, "classified as", was already right there: kept as a guard of the same wording).
@pytest.mark.parametrize(
    "text, surface",
    [
        ("In the county 85% of schools were rated as good or outstanding.", "85%"),
        ("Overall, 88 per cent of primary schools are judged by Ofsted as ‘good or outstanding’.", "88 per cent"),
        ("At the end of March, 79% of secondary schools were classified as Good or Outstanding.", "79%"),
        ("Some 91 per cent of schools were graded as either good or outstanding at their last inspection.",
         "91 per cent"),
    ],
)
def test_judged_as_good_or_outstanding_keeps_the_clause(text: str, surface: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == "ofsted_good_or_better"


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # guards: any other "as" still ends the clause; "assessed as" is left alone (a judged population)
        ("Attendance was 93.1% as expected for the term.", "93.1%", "school_attendance"),
        ("There were 412 children in care as at 31 March.", "412", "children_in_care"),
    ],
)
def test_other_as_still_ends_the_clause(text: str, surface: str, expected: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == expected


# 6. "good" alone is a grade, not "good or better": "For those judged good, the figure in 2009 was 51%, and by December
#    2012, it had risen to 61%" (Cornwall) was given ofsted_good_or_better through the qualifier terms "judged good",
#    "rated good", "graded good" (and "... as good"), and so were the "satisfactory" shares after it. The terms are
#    gone from indicators.yml; every "good or outstanding / good or better / at least good" wording keeps the id.
#    Sized: Cornwall (four grades by year), Buckinghamshire / Kent news pages listing the outstanding and good shares
#    apart (counted only), North Somerset ("60 per cent of the area's school places are ‘good’"). The first fails on
#    c045fe3; the second was already right there (a guard).
@pytest.mark.parametrize(
    "text, surface",
    [
        ("For the schools judged good, the figure was 48% in 2019 and it had risen to 57%.", "57%"),
        ("While 60 per cent of the places are rated good, 31 per cent were rated outstanding.", "60 per cent"),
    ],
)
def test_good_alone_is_not_good_or_better(text: str, surface: str) -> None:
    got = one_figure(text, surface)["indicator_id"]
    assert got != "ofsted_good_or_better"


@pytest.mark.parametrize(
    "text, surface",
    [
        # guards
        ("Currently 92% of schools are judged good or outstanding.", "92%"),
        ("The share of schools rated good or better was 89%.", "89%"),
        ("Some 86 per cent of settings were judged at least good.", "86 per cent"),
    ],
)
def test_good_or_better_wordings_unchanged(text: str, surface: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == "ofsted_good_or_better"


# 7. "children and young people" is one thing and "with an EHCP" names what they have: "over 14,400 children and
#    young people in Hertfordshire are supported with an EHCP" had its clause cut at "and" (and at "with"), so the
#    count of plans got no id. Sized: "N children and young people with an EHCP / have an EHC plan" is the usual
#    council wording (Hertfordshire, Bolton "3,304 Bolton children had an EHC plan", Telford "1,231 ... had an
#    EHCP", Rutland, Tameside, counted across the pages corpus). The first fails on c045fe3; the second (no "and"
#    clause cut before the plans) was already right there (a guard).
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Over 9,800 children and young people in the county are now supported with an EHCP.", "9,800"),
        ("There are 2,730 children and young people with EHCPs maintained by the council.", "2,730"),
    ],
)
def test_children_and_young_people_with_an_ehcp(text: str, surface: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == "ehcp_count"


# 8. a figure that takes its measure from the one before keeps its id when a figure of another unit came between:
#    "had increased to 86% (30 schools). Oxfordshire remained above the national figure of 76%" (Oxfordshire), "83%
#    are judged good or outstanding. For the 31 secondary schools it is (again) 83%" (Cornwall): the last id of the
#    figure's own unit, in its sentence or the one before. Sized: a count in brackets after a share ("87% (198
#    schools)", "56% (1,120 pupils)") then the national or another phase's figure is the performance reports' habit
#    (Oxfordshire x2, Cornwall, Central Bedfordshire). Both fail on c045fe3.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("The proportion of secondary schools judged good or outstanding rose to 84% (27 schools). The county remained "
         "above the national figure of 78%.", "78%"),
        ("In total 72% of primary schools are good or outstanding (140 schools), while the regional average is 81%.",
         "81%"),
    ],
)
def test_same_unit_measure_across_a_bracketed_count(text: str, surface: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == "ofsted_good_or_better"


# 9. a milestone is a target, and the gap to it is a difference: "just 3.7% shy of the 60% milestone", "Despite failing
#    to hit the milestone 60%", "We did aim to hit 60% by the end of 2024" (Hertfordshire): the milestone and the aim
#    now take the measure before them (as "the department target of 90 per cent" did); "N% shy of / N short of" the
#    target is a change (no id). Sized: the same council's "interim milestone target" in two more news pages
#    (Hemel Today, The Comet, counted only), West Northamptonshire "aim to clear the backlog", Norfolk "missed its own
#    60pc target". All fail on c045fe3.
@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("Last year 52% of EHCPs were issued within 20 weeks, just 8% shy of the 60% milestone.", "60%",
         "ehcp_timeliness"),
        ("Last year 52% of EHCPs were issued within 20 weeks, just 8% shy of the 60% milestone.", "8%", None),
        ("In 2024, 47% of EHC plans were issued within 20 weeks. Despite failing to hit the milestone 55%, the service "
         "improved.", "55%", "ehcp_timeliness"),
    ],
)
def test_milestone_is_a_target_and_shy_of_is_a_gap(text: str, surface: str, expected: str | None) -> None:
    got = one_figure(text, surface)["indicator_id"]
    assert (got if isinstance(got, str) else None) == expected


# 10. parts of the exclusions: "12 of the 53 exclusions had prior attendance highlighted as an issue" is a part (no id);
#    "53 exclusions overall, 49 of which were from the secondary sector" is the exclusions of a phase, which keeps the
#    id (as "permanent exclusions from secondary schools" does). Sized: exclusions by phase in Stockport, Brent ("from
#    Brent secondary schools fell to 35", "from primary schools remained low at 4"), Lancashire (written answer,
#    primary / secondary / special), and "N of the M" parts in the same reports. All fail on c045fe3.
@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("Of all exclusions, 9 of the 41 exclusions involved pupils with an EHCP.", "9", None),
        ("In 2023 there were 61 exclusions in total, 55 of which were from the secondary sector.", "55", "exclusions"),
        ("There were 38 permanent exclusions, 6 of which were from primary schools.", "6", "exclusions"),
    ],
)
def test_parts_of_the_exclusions(text: str, surface: str, expected: str | None) -> None:
    got = one_figure(text, surface)["indicator_id"]
    assert (got if isinstance(got, str) else None) == expected


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # guards: the whole keeps its id; a part of the plans by setting stays without one
        ("In 2023 there were 61 exclusions in total, 55 of which were from the secondary sector.", "61", "exclusions"),
        ("There were 1,960 EHCPs, 400 of which were in special schools.", "400", None),
    ],
)
def test_wholes_and_other_parts_unchanged(text: str, surface: str, expected: str | None) -> None:
    got = one_figure(text, surface)["indicator_id"]
    assert (got if isinstance(got, str) else None) == expected


# 11. a phrase that points back at the figure before ("That figure", "this rate", "the latest figure", "And that annual
#    figure, they say, is 16% higher than the 40.2% rate", Hertfordshire, whose paragraph is its own segment) names no
#    measure of its own: the figure takes the measure of the one before (the same sentence or the next), and so does
#    the comparison after it. Sized: "This figure falls below ..." (Luton, round 8), "That figure dropped to as low as
#    17 per cent" (local news wording), "the figure for England is 86.6 per cent" (North Somerset), Hertfordshire.
#    Tested on the phrase rule (the pipeline's own phrase of a figure opening a segment): all fail on c045fe3.
@pytest.mark.parametrize(
    "phrase",
    ["That figure", "this rate", "the latest figure", "And that annual figure, they say", "annual figure, they say"],
)
def test_a_pointer_to_the_figure_before_names_only_the_measure(phrase: str) -> None:
    from analysis.figures.indicators import names_only_a_place
    assert names_only_a_place(phrase) == "measure"


@pytest.mark.parametrize("phrase", ["children in care", "figures for the county's schools", "the rate of children in need"])
def test_a_phrase_naming_a_measure_is_no_pointer(phrase: str) -> None:
    # guards
    from analysis.figures.indicators import names_only_a_place
    assert names_only_a_place(phrase) is None


# 12. a threshold of a definition between a figure and the one that takes its measure: "around 22% of children in
#    England were persistently absent - that is children missing 10% or more of possible sessions. In Hull, this
#    figure sits at 25%" (Hull): the 25% took its measure from the "10% or more" (no id) and got none. A figure right
#    before "or more / or less / or above / or fewer" is a threshold: the figure after takes the last id of its unit
#    (this sentence or the one before). Sized: the persistent-absence definition written into the text at Hull (council
#    news and BBC: "if their attendance falls below 90%"), Hartlepool ("an attendance rate of 90% or less"), Lancashire
#    ("90% attendance or less"), Southwark ("missing 10% or more of school sessions"), Derbyshire ("85% attendance or
#    less"), counted in the pages corpus. The second fails on c045fe3; the first (the Hull wording, in one segment)
#    was already right there through its phrase and is kept as a guard.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("So far this year around 21% of children in England were persistently absent – that is children missing 10% or "
         "more of possible sessions. In the borough, this figure sits at 24%, above the national average.", "24%"),
        ("Last term 19% of pupils nationally were persistently absent, that is pupils missing 10% or more of sessions. "
         "In the city, this figure stands at 23%.", "23%"),
    ],
)
def test_a_threshold_between_keeps_the_measure(text: str, surface: str) -> None:
    assert one_figure(text, surface)["indicator_id"] == "school_attendance"
