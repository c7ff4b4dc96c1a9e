"""Round 19, helper r19ref: a comparison point is never shown as a council's value (issues 11 and 13).

The figures stage names the kind of comparison point a figure is (``figures.reference``: national, regional,
neighbours, target, previous, normal, comparison; null for the council's own value) and the compare stage never takes
one as a council's value. The shapes come from the judged set ``tests/realworld/notes/r19_r19ref_judged.csv`` (every
figure given an indicator over pools r8-r18 and the dev split, read and judged): each class below holds in 3+ councils
there; the sentences are written in those councils' shapes, not copied from one page. Tests marked "fails on main"
fail on main 53e566c; "guard" tests pass on both.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import compare
from figure_rows import compare_figure_table


def _is_ref(sentence: str, surface: str, occurrence: int = 0) -> bool:
    return compare.is_reference(sentence, surface, occurrence)


# ----------------------------------------------------------------------------- 1. the clause is about a benchmark


@pytest.mark.parametrize("sentence, surface", [
    ("Across England, 3,928 children were permanently excluded from school in 2020/21.", "3,928"),
    ("Across the country, 138,242 requests for an assessment were made last year.", "138,242"),
    ("Nationally, the number of permanent exclusions rose by 71 per cent to 7,900.", "7,900"),
    ("England had 404,310 children in need at the end of March.", "404,310"),
    ("The number of children in care nationally reached 83,620 as of March 2024.", "83,620"),
    ("The deficits held by councils were estimated at £2.6bn nationally.", "£2.6bn"),
    ("The average number of children looked after within the statistical neighbour group was 531.", "531"),
    ("Data from Ofsted shows that, nationally, 90 per cent of schools are rated good or outstanding.", "90 per cent"),
])
def test_a_figure_whose_clause_is_about_the_country_or_its_neighbours_is_a_comparison_point(sentence, surface):
    # fails on main: only the words right before a figure ("national average of") or a "compared with" phrase counted,
    # so a national figure the minutes quote as context became the council's value when the meeting gave no other.
    assert _is_ref(sentence, surface)


@pytest.mark.parametrize("sentence, surface", [
    ("The rate has been 15% which is below the national benchmark of 22.4%.", "22.4%"),
    ("Timeliness is now 66%, higher than the national average (59.9%).", "59.9%"),
    ("It said 57% were issued within 20 weeks, in line with \"statistical neighbours\" (56%).", "56%"),
    ("Persistent absence is above the national average which stands at 26.5%.", "26.5%"),
    ("Absent parenting: 5% (higher than the North East, 4% and lower than England, 8%).", "4%"),
    ("Absent parenting: 5% (higher than the North East, 4% and lower than England, 8%).", "8%"),
    ("Re-referrals were 18%; the regional figure is 12%.", "12%"),
    ("Re-referrals were 18% against statistical neighbours 22%.", "22%"),
    ("Our primaries match national averages - 90pc - for the first time.", "90pc"),
    ("Only 40 per cent were issued on time, below the national figure of 58.6 per cent.", "58.6 per cent"),
])
def test_a_value_right_after_its_benchmark_is_a_comparison_point(sentence, surface):
    # fails on main: "the national benchmark of", "the national figure of", "(59.9%)" after "national average",
    # "North East, 4%", "statistical neighbours 22%" were not read as a benchmark's value.
    assert _is_ref(sentence, surface)


@pytest.mark.parametrize("sentence, surface", [
    ("Compared with the national average, the persistent absence rate of 19% is high.", "19%"),
    ("In Hull this figure sits at 25%, above the national average.", "25%"),
    ("Department for Education data shows 81,000 children were in care across England in March and 621 were in "
     "the borough.", "621"),
    ("The numbers of looked after children had reduced to 290, with rates lower than the national average.", "290"),
    ("North East Lincolnshire Council is forecasting a £7.9 million overspend against its budget.", "£7.9 million"),
    ("The council has the highest proportion of children in care in the country with 455 children looked after.", "455"),
    ("The national concern about foster carers retiring continued, with 15% due to retire.", "15%"),
    ("Attendance was 93% compared with 91% last year.", "93%"),
    ("Absent parenting: 5% (higher than the North East, 4% and lower than England, 8%).", "5%"),
    ("Independent travel training may cost in the region of £40,000 for 50 young people.", "£40,000"),
    ("We expect something in the region of 2,500 open cases a year.", "2,500"),
])
def test_guard_the_councils_own_value_next_to_a_benchmark_is_its_own(sentence, surface):
    # guard: a benchmark the figure is compared with, or one that belongs to another figure, or a place in a
    # council's name, or the field of a ranking, does not make the council's value a comparison point.
    assert not _is_ref(sentence, surface)


def test_the_national_figure_before_the_councils_own_is_the_benchmark():
    # fails on main (81,000 was the council's value); guard: 621 stays the council's.
    s = "Department for Education data shows 81,000 children were in care across England in March and 621 were here."
    assert _is_ref(s, "81,000") and not _is_ref(s, "621")


# ----------------------------------------------------------------------------- 2. targets and plans


@pytest.mark.parametrize("sentence, surface", [
    ("The committee recommended an ambition to reach 100% compliance with statutory timescales.", "100%"),
    ("The service aims to issue 40% of new EHCPs on time by July 2024.", "40%"),
    ("As part of its improvement plan, the council has set a target of completing 60% of EHCPs within 20 weeks.", "60%"),
    ("The investment will help meet the milestone of 60% identified in the action plan.", "60%"),
    ("Performance was 56.3% - just 3.7% shy of the 60% milestone.", "60%"),
    ("Timeliness is 67%, above the 60% national target.", "60%"),
    ("Officials had hoped that by April this year (2025), at least 60% of EHCPs would be completed in time.", "60%"),
    ("The target for March 2017 is 770.", "770"),
    ("The budget had been set with an overspend of £464k against the DSG.", "£464k"),
    ("The budget agreed by the Forum had anticipated an overspend of £659k.", "£659k"),
    ("The final budget for 2017/18 was set at an overspend of £844k.", "£844k"),
])
def test_a_target_ambition_milestone_or_budget_plan_is_a_comparison_point(sentence, surface):
    # fails on main: only "target of/is/was" right before a figure counted.
    assert _is_ref(sentence, surface)


@pytest.mark.parametrize("sentence, surface", [
    ("Performance is on target at 92% for the quarter.", "92%"),
    ("The budget for children's social care is this year anticipated to overspend by £3.9m.", "£3.9m"),
    ("The authority aims to place as many children as possible with its own carers, at a cost of £383 a week.", "£383"),
    ("The council's aim is to reduce the number of looked-after children by 100, from the current level of 639.", "639"),
])
def test_guard_a_value_reported_near_a_target_word_is_its_own(sentence, surface):
    assert not _is_ref(sentence, surface)


# ----------------------------------------------------------------------------- 3. earlier values


@pytest.mark.parametrize("sentence, surface", [
    ("There were 867 children looked after, a 9.6% increase on 2019's recorded figure of 793.", "793"),
    ("There were 642 children in care, an increase on 572 at the same point in 2015.", "572"),
    ("Only 53pc were on time in 2022, a drop on the 54pc figure the previous year.", "54pc"),
    ("Derby had 450 children in care, a decrease of 4.3% from the figure of 470 at the end of the previous year.", "470"),
    ("Actions have reduced the deficit significantly from the 2021/22 level of £4.7 million.", "£4.7 million"),
    ("This rate would still be an improvement from the previous year's nearly 34%.", "34%"),
    ("It was a significant improvement from the 2023/24 in-year deficit of £28.7m.", "£28.7m"),
    ("Last year the figure was 5.7%.", "5.7%"),
    ("Back in 2010, the figure was 480.", "480"),
    ("Ten years ago there were around 200 children in care.", "200"),
    ("Before the pandemic, the number of looked after children was around the 350 mark.", "350"),
    ("It was just 15 per cent in the same period last year.", "15 per cent"),
    ("127 children became looked after in 2015/16, a reduction on 2014/15 when the number was 130.", "130"),
    ("In June there were 354 children in care, the highest number since May 2020 when there were 360.", "360"),
])
def test_an_earlier_value_named_in_the_figures_own_clause_is_a_comparison_point(sentence, surface):
    # fails on main: only "from"/"last year" right before the figure or a "compared with" phrase counted.
    assert _is_ref(sentence, surface)


@pytest.mark.parametrize("sentence, surface", [
    ("There were 642 children in care, an increase on 572 at the same point in 2015.", "642"),
    ("Compared to the same period last year there were 1,200 referrals in Quarter 4.", "1,200"),
    ("In 2016, only 40 per cent of EHC plans were issued within 20 weeks.", "40 per cent"),
    ("Last year, the service supported 312 families and this year 345.", "345"),
])
def test_guard_the_current_value_beside_an_earlier_one_is_its_own(sentence, surface):
    assert not _is_ref(sentence, surface)


# ----------------------------------------------------------------------------- 4. bounds are no comparison


@pytest.mark.parametrize("sentence, surface", [
    ("The council has more than 6,000 EHC plans on its books.", "6,000"),
    ("There are more than 300 children in care in the town.", "300"),
    ("The service is set to overspend by more than £4 million this year.", "£4 million"),
    ("Caseloads have been reduced to an average of 14 now.", "14"),
    ("Around 42.5% of EHCPs are finalised in time, with an average of 42.5% over the year.", "42.5%"),
])
def test_a_bound_or_an_own_average_is_the_councils_value(sentence, surface):
    # fails on main: "than" and "average of" right before a figure made it a comparison point, so "more than 6,000 EHC
    # plans" was ranked below any other level of the meeting.
    assert not _is_ref(sentence, surface, 0)


def test_a_bound_after_the_still_compares():
    # guard: "16% more than the 2,855 made in 2023" compares with an earlier value.
    s = "3,308 requests were made in 2024 - 16% more than the 2,855 made in 2023."
    assert _is_ref(s, "2,855") and not _is_ref(s, "3,308")


# ----------------------------------------------------------------------------- 5. the "normal" level


def test_the_normal_level_of_comparable_authorities_is_a_comparison_point():
    # fails on main: round 18's walkthrough found the "normal" level (500) shown as the council's latest children in care.
    s = ("In these cases 'normal' was represented by 175 looked after children per 10k people, or approximately 500 "
         "children in care.")
    assert _is_ref(s, "500")
    assert _is_ref("For comparable authorities the normal level would be around 420 children in care.", "420")


# ----------------------------------------------------------------------------- 6. the figures stage records the kind


def _run(tmp_path, docs: dict[str, tuple[str, str]]):
    return compare_figure_table(tmp_path, "Alpha Council", docs)


MINUTES = (
    "Children in care\n\n"
    "There were 450 children in care at the end of March, up from 430 last year.\n\n"
    "Across England, 83,620 children were in care.\n\n"
    "EHCP timeliness was 56%, below the national figure of 58.6% and the 60% milestone.\n"
)


def test_the_figures_table_names_each_comparison_points_kind(tmp_path):
    # fails on main: the figures table had no reference column.
    t = _run(tmp_path, {"a.txt": ("2025-01-20", MINUTES)}).set_index("surface")
    assert t.loc["450", "reference"] is pd.NA or pd.isna(t.loc["450", "reference"])
    assert t.loc["430", "reference"] == "previous"
    assert t.loc["83,620", "reference"] == "national"
    assert pd.isna(t.loc["56%", "reference"])
    assert t.loc["58.6%", "reference"] == "national"
    assert t.loc["60%", "reference"] == "target"


# ----------------------------------------------------------------------------- 7. the tables never show one


def test_a_meeting_that_reports_only_a_comparison_point_gives_no_value(tmp_path):
    # fails on main: the later meeting's "normal" level (500) was the council's latest children in care.
    t = _run(tmp_path, {
        "a.txt": ("2025-01-20", "Children in care\n\nThere were 450 children in care at the end of December.\n"),
        "b.txt": ("2025-03-20", "Children in care\n\nIn these cases 'normal' was represented by 175 looked after "
                                "children per 10k people, or approximately 500 children in care.\n"),
    })
    cic = t[t["indicator_id"] == "children_in_care"]
    assert set(cic["surface"]) >= {"450", "500"}
    series = compare.indicator_series(t)
    s = series[series["indicator_id"] == "children_in_care"]
    assert s["value"].tolist() == [450.0] and s["doc_id"].tolist() == ["a"]
    latest = compare.latest_values(t, series)
    row = latest[latest["indicator_id"] == "children_in_care"].iloc[0]
    assert row["value"] == 450.0 and row["meeting_date"] == "2025-01-20"
    # the comparison point is still among the council's figures, with its kind
    assert t.loc[t["surface"] == "500", "reference"].tolist() == ["normal"]


def test_a_meetings_own_value_is_taken_over_its_benchmark_and_milestone(tmp_path):
    # fails on main: the meeting's last level in text order, the 60% milestone, was its value.
    t = _run(tmp_path, {"a.txt": ("2025-01-20", MINUTES)})
    series = compare.indicator_series(t)
    ehcp = series[series["indicator_id"] == "ehcp_timeliness"]
    assert ehcp["value"].tolist() == [56.0]
    assert int(ehcp["n_values"].iloc[0]) == 3  # (comparison points counted among the meeting's figures)


# ----------------------------------------------------------------------------- 8. the pages say what they show


def test_the_council_page_marks_a_comparison_point_and_says_it_is_never_its_value(tmp_path):
    # fails on main: the figures list did not mark "up from 60%" as an earlier value, and the indicators section said a
    # comparison point was a meeting's value when it gave nothing else.
    from analysis import compare as cmp, report
    from analysis.io import write_tables
    from test_report import write_tiny

    t = write_tiny(tmp_path)
    texts = {d: (tmp_path / "text" / f"{d}.txt").read_text(encoding="utf-8") for d in t["documents"]["doc_id"]}
    write_tables(cmp.build(t["documents"], t["segments"], t["figures"], t["numbers"], t["topics"], t["theme_shares"],
                           texts, {}), tmp_path)
    tables = report.load_tables(tmp_path)
    view = report.council_view(tables, "alpha-county-council")
    html = report.render_council(view, report.run_card(tables, view.documents, {}, 0.0))
    assert "is never shown as the council's value" in html
    assert html.count(">earlier value</span>") == 1  # "up from 60%" in June's minutes
    comparison = report.render_comparison(report.comparison_view(tables), report.run_card(tables, tables.documents, {}, 0.0))
    assert "are never shown as a council's value" in comparison
