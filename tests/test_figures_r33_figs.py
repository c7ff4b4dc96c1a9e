"""Round 33, helper r33figs: figures that still fail on text nobody tuned on.

The census of the 25 open blind sets' own first runs, re-run at BASE 9fb9d9c6 (tests/realworld/notes/r33_r33figs.md),
found "one" as the subject of its clause, counting a child, a pupil, an individual or a school, missed at four councils
whose gold marks it (Barnsley r27blindP "One child is in a residential school", Chorley r32blindW "One individual was
now banned", Leeds r30blindU "one school had already agreed", Wokingham r26blindN "One new school ... opened"). The
judged pools call the class a figure at Peterborough, Derbyshire and Calderdale. The gold leaves "one" unmarked where it
picks an example ("One recommendation was", "one particular trend", "One authority had made") and is split on "one boy
had been very successful" (Hounslow): those stay out.

Every phrasing below was written for the test in council style (not copied from a page). Every ``is_a_count`` case has
no such figure on BASE 9fb9d9c6; the guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure, surfaces as _surfaces


# "one" as a subject counting a thing children's services count (fails on BASE: no figure)
@pytest.mark.parametrize("text, word", [
    ("Two young people are in secure placements. One child is in a residential school out of county.", "child"),
    ("Dispersal orders were used in the summer. One individual was now banned from the shopping centre.", "individual"),
    ("It was reported that one school had already agreed to lower its admission number.", "school"),
    ("Demand in the north was met. One new school (Oak Lane Primary) opened in September.", "school"),
    ("Officers confirmed that one pupil has since returned to mainstream education.", "pupil"),
    ("One family was rehoused within the borough after the review.", "family"),
    ("One setting remained closed after the inspection in March.", "setting"),
    ("The panel heard that one foster carer had recently been approved for older children.", "carer"),
])
def test_one_as_a_subject_is_a_count(text: str, word: str) -> None:
    surface = "One" if " One " in f" {text}" else "one"
    row = one_figure(text, surface)
    assert row["unit"] == "count" and row["value"] == 1.0
    assert word in str(row["indicator"]).lower(), row["indicator"]


@pytest.mark.parametrize("text", [
    # guards: "one" that picks an example, a person's role, a verb of saying, a bound or a rate's base (no figure on
    # BASE either)
    "One recommendation was to give Members more training on the data.",
    "The audit found one particular trend was the use of internal isolation.",
    "One authority had made a large reduction to its special schools budget.",
    "Ms Green added that one boy had been very successful at mentoring others.",
    "She said one pupil was particularly proud of the new garden.",
    "One school reported that attendance had fallen over the winter.",
    "One school explained that its pupils travelled long distances.",
    "The weekly cost for one child was higher than the average placement.",
    "That is an increase of £90,000 for just one child placed in residential care over the year.",
    "More than one school was affected by the closure of the road.",
    "At least one pupil was expected to attend each session.",
    "Each one school had its own approach to the offer.",
    "One of the schools had asked for more time.",
    "In one school was a unit for pupils with autism.",
    "One member had asked about the timing of the report.",
])
def test_other_ones_stay_out(text: str) -> None:
    assert not any(s.lower() == "one" for s in _surfaces(text)), _surfaces(text)


@pytest.mark.parametrize("text", [
    # guards: counts of one read on BASE already, unchanged
    "One question was received in advance of the meeting.",
    "Until recently one child had been placed with a provider not registered with Ofsted.",
    "The unit consists of one full-time manager, a chair and a part-time officer.",
    "Only one permanent exclusion was recorded this term.",
])
def test_ones_read_before_stay(text: str) -> None:
    surface = "One" if text.startswith("One") else "one"
    assert one_figure(text, surface)["value"] == 1.0
