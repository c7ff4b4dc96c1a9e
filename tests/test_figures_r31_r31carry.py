"""Round 31 (r31carry): an amount said again as its clause's subject, with no measure of its own ("The £16.5m
includes:", "Coral stated that the 95% included the following:", "The increase from £1.4m to £1.6m was due to the
number of tribunals received"), takes the phrase of the same value and unit said before in the document (see
tests/realworld/notes/r31_r31carry.md). Rests on Norfolk (pool r8idC), Wokingham (r24blindJ) and Central
Bedfordshire (r22blindC); one council in three moves with the final code.

The sentences are written for the test, not copied from a page. Tests marked "fails on BASE" do (main db7c1bbc);
the guards pass on both.
"""

from __future__ import annotations

import pytest

from analysis.figures.phrase import restated_as_subject
from figure_rows import stage_table


def _phrases(tmp_path, text, surface):
    f = stage_table(tmp_path, text)
    return [None if not isinstance(p, str) else p for p in f.loc[f["surface"] == surface, "indicator"].tolist()]


# Fails on BASE: the amount said again takes the phrase it was said with.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The cabinet agreed £4.2m of additional funding for children's social care this year.\n\n"
     "The £4.2m includes:", "£4.2m", "additional funding for children's social care"),
    ("Officers reported that 97% of the early years funding was passed on to providers.\n\n"
     "The manager stated that the 97% included the following:", "97%", "early years funding passed on to providers"),
    ("The high needs deficit is now forecast at £2.3m, up from a forecast deficit of £1.9m in June. "
     "The rise from £1.9m to £2.3m was due to more placements.", "£2.3m", "high needs deficit"),
])
def test_restated_amount_takes_phrase_said_before(tmp_path, text, surface, phrase):
    assert _phrases(tmp_path, text, surface) == [phrase, phrase]


# Guards: the sentence names its own measure, a comparator before, a change noun that names what changed, no amount
# said before, a phrase that names nothing before.
@pytest.mark.parametrize("text, surface, second", [
    ("The cabinet agreed £4.2m of additional funding for children's social care this year.\n\n"
     "The £4.2m budget for transport was agreed separately.", "£4.2m", "budget for transport"),
    ("In 2023 54% of care leavers were in education, below the national average of 60%.\n\n"
     "The 60% was set by the department.", "60%", None),
    ("The council charged £10 for the course last year.\n\nThe increase in fees from £10 to £12 was agreed.", "£10",
     "fees"),
    ("The high needs deficit is now forecast at £2.3m, up from a forecast deficit of £1.9m in June. "
     "The rise from £1.9m to £2.3m was due to more placements.", "£1.9m", "up from a forecast deficit"),
])
def test_restated_amount_guards(tmp_path, text, surface, second):
    assert _phrases(tmp_path, text, surface)[1] == second


def test_restated_as_subject_shapes():
    s = "The increase from £1.4m to £1.6m was due to the number of tribunals received."
    assert restated_as_subject(s, s.index("£1.6m"), s.index("£1.6m") + 5)
    s = "The 12 schools in the trust were inspected."
    assert not restated_as_subject(s, 4, 6)
    s = "Members noted the £3m and the £2m."
    assert not restated_as_subject(s, s.index("£3m"), s.index("£3m") + 3)
