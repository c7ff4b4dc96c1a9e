"""Round 36 (r36unit): an `indicator` phrase that is only the value's unit or period (see
tests/realworld/notes/r36_unit.md).

The phrase reader sometimes stops on the words right after a value that say how it is counted: "per year", "p.a.",
"per hour", "per week", "per child". Such a phrase names no measure. `phrase_nomeasure.measure_of_unit_alone` gives
the measure of the figure before it in its sentence ("£7,300 per week and £380,000 per year": the second figure's
measure is the first's), else the sentence's subject before the figure; with neither the unit stands. Seen at Swindon
(r35blindAC), Wokingham (r24blindJ), Barnsley (r33blindX), North Yorkshire (r33blindY) in the open sets and Slough,
Salford, Derby in the judged pools.

The sentences are written for the test, not copied from a page. Tests marked "fails on BASE" do (main b8f51c33); the
guards pass on both.
"""

from __future__ import annotations

import pytest

from analysis.figures.phrase_nomeasure import unit_alone
from figure_rows import stage_phrase as _phrase


# Fails on BASE ("per year", "per hour", "per week", "per child"): the measure of the figure before, or the subject.
@pytest.mark.parametrize("text, surface, words", [
    ("The weekly cost of a foster placement for a child in care is £900 per week and £46,800 per year.",
     "£46,800", ("cost", "foster placement")),
    ("Parents noted the cut in the nursery supplement to £0.40 per hour (previously £0.95) would hurt settings.",
     "£0.95", ("nursery supplement",)),
    ("The cost of a private placement is ~ £5,200 per child, per week, totalling over £5m per year.",
     "£5,200", ("cost of a private placement",)),
])
def test_unit_alone_takes_the_measure(tmp_path, text, surface, words):
    phrase = _phrase(tmp_path, text, surface)
    assert phrase and all(w in phrase for w in words), phrase


# Guards (pass on both): a phrase that names its measure beside the unit keeps it.
def test_unit_with_its_measure_kept(tmp_path):
    text = "The base funding rate for two-year-olds is £6.50 per hour."
    assert _phrase(tmp_path, text, "£6.50") == "base funding rate for two-year-olds"


def test_unit_alone_words():
    assert [unit_alone(p) for p in ("per year", "p.a.", "per hour", "a week", "per annum")] == [True] * 5
    assert [unit_alone(p) for p in ("cost per hour", "rate", "hourly rate", "per cent of pupils")] == [False] * 4
