"""Round 18 (issue 11), helper r18tidy: a count out of a total written as a number pair at a line's head before its
label ("12/15 Children Seen Within Timescales"), which a table or a scorecard flattened into text gives. Both numbers
of the pair looked like something else: a short year span ("12/15", read like "2012/15") when both are 10-29, else a
minute number with its year ("8/10 Schools ...", r18left's run-in minute rule). r18review left it (finding left 1).
The sentences are written in council style, not copied from a page. Tests marked "fails on the old code" do (main
71b9aa3); the guards pass on both.
"""

from __future__ import annotations

import pytest

from analysis.figures.extraction import extract_figures, extract_numbers


def _figures(text: str) -> dict[str, str]:
    f = extract_figures(text)
    assert all(text[s:e] == sf for s, e, sf in zip(f["start"], f["end"], f["surface"]))
    return dict(zip(f["surface"], f["indicator"]))


# A count out of a total before a counted noun and a participle (the label of what is counted): the count is a figure
# and its label the phrase. Fails on the old code (a reference or a minute number, no figure).
@pytest.mark.parametrize("text, surface, phrase", [
    ("Performance\n12/15 Children Seen Within Timescales\n", "12", "Children Seen Within Timescales"),
    ("Assessments\n18/20 Plans Completed in 20 Weeks\n", "18", "Plans Completed in 20 Weeks"),
    ("Ofsted\n8/10 Schools Judged Good or Better\n", "8", "Schools Judged Good or Better"),
    ("Visits\n13/14 children visited within timescale\n", "13", "children visited within timescale"),
])
def test_a_count_out_of_a_total_before_its_label_is_a_figure(text: str, surface: str, phrase: str) -> None:
    assert _figures(text).get(surface) == phrase


# Guards (pass on both): a minute title with a counted noun but no participle, or "Looked After" (a title), stays a
# minute or a year; a short pair after a time word, or before anything else, stays a year span; run-in minute numbers
# with a capital title stay minutes.
@pytest.mark.parametrize("text, surface, kind", [
    ("Minutes\n12/15 Children Looked After Annual Report\nThe board noted 12 actions.\n", "12/15", "reference"),
    ("Minutes\n12/15 Schools Forum Update\n", "12/15", "reference"),
    ("Minutes\n8/10 Children's Services Improvement Plan\n", "8", "minute"),
    ("Minutes\n45/19 MINUTES RESOLVED that 12 were approved.\n", "45", "minute"),
    ("Minutes\n15/01 Derbyshire's Early Help Offer\n", "15", "minute"),
    ("In 12/13 the council spent £4m on agency staff.", "12/13", "period"),
    ("Spend in 14/15 children seen by the team rose.", "14/15", "period"),
])
def test_minute_numbers_and_year_spans_stay(text: str, surface: str, kind: str) -> None:
    numbers = extract_numbers(text)
    assert dict(zip(numbers["surface"], numbers["kind"])).get(surface) == kind
