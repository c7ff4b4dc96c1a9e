"""Round 34, helper r34figs: which numbers are figures, on text nobody tuned on.

The census of the 27 open blind sets' own first runs, re-run at BASE e9ee53d0 (tests/realworld/notes/r34_r34figs.md),
sorted the extras and misses still failing by their cause in the code. What is built here:

* a number a rule lets or makes someone pick is the rule's parameter, not a count ("respondents were asked to pick
  three types", Gravesham r33blindX; "The Commission may identify up to three services", Hackney r27blindP; "Pupils have
  to correctly identify 32 words for a pass", Luton r26blindM): all three unmarked by the open gold and figures on BASE;
  no wording of the kind is marked anywhere in the open evidence, while records of what was chosen or identified
  ("chose eight themes", "identified five priority areas") are figures at 8 councils.

Every phrasing below was written for the test in council style (not copied from a page). Every ``is_not`` case is a
figure on BASE e9ee53d0; the guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import kinds, surfaces


# a number a rule lets or makes someone pick (fails on BASE: a figure)
@pytest.mark.parametrize("text, surface", [
    ("Residents taking part in the survey were asked to pick three types of antisocial behaviour that worried them.", "three"),
    ("The Panel may identify up to four services on which to focus its questioning next year.", "four"),
    ("In the check pupils have to correctly identify 32 words to pass, and those who fail retake it in year 2.", "32"),
    ("Parents can choose three schools on the application form.", "three"),
    ("Each school forum member may nominate two representatives to the working group.", "two"),
    ("Young people at the forum were asked to choose 3 priorities for the youth council to work on.", "3"),
    ("Applicants are required to select five options from the list.", "five"),
])
def test_pick_under_a_rule_is_not_a_figure(text: str, surface: str) -> None:
    assert surface not in surfaces(text)
    assert kinds(text).get(surface) == "threshold"


@pytest.mark.parametrize("text, surface", [
    # guards: a record of what was picked, a plan or a target, a sum: figures on BASE and after
    ("Members of the committee chose eight themes to structure the interview around.", "eight"),
    ("The Children's Trust identified five priority areas for the coming year.", "five"),
    ("The inspection identified six areas for development.", "six"),
    ("The service aims to identify 20 new foster carers this year.", "20"),
    ("The service will identify 20 new foster carers this year.", "20"),
    ("The team were able to identify 30 families for early support.", "30"),
    ("The council needs to identify £5m of savings by March.", "£5m"),
    ("Members were asked to note that 12 schools had been identified.", "12"),
    ("Respondents picked three types of behaviour most often: noise, litter and vandalism.", "three"),
])
def test_a_record_or_a_target_stays_a_figure(text: str, surface: str) -> None:
    assert surface in surfaces(text)
