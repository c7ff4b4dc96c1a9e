"""Round 28 (r28phrase): the indicator phrase's cascade (``phrase_cascade._indicator_phrase``, ~600 lines at BASE) cut
into small named steps, in order (:data:`analysis.figures.phrase_cascade.CASCADE`), over one figure's context
(``_Figure``), with each step that decides only for some units left out of the others' cascades (``_steps_for``).
Behaviour is kept: ``scripts/r28phrase/diff_cascade.py`` runs BASE's and this cascade on every call the figures stage
makes on every pool (4,649 calls, 0 differences); see tests/realworld/notes/r28_r28phrase.md.

The sentences are written for the test, not copied from a page. Every test here passes on BASE (eb211ae) where it
can run there (the behaviour guards); the structure tests name what the cut made.
"""

from __future__ import annotations

import inspect

import pytest

from analysis.figures import phrase, phrase_cascade as pc
from analysis.figures.grammar import Hit
from figure_rows import one_figure


def test_the_cascade_is_a_short_list_of_small_documented_steps_in_the_modules_order():
    assert len(pc.CASCADE) > 50
    lines = [step.__code__.co_firstlineno for step in pc.CASCADE]
    assert lines == sorted(lines)  # read the module top down: the steps are in the cascade's order
    for step in pc.CASCADE:
        assert step.__doc__ and step.__doc__.strip(), step.__name__
        assert len(inspect.getsource(step).splitlines()) <= 50, step.__name__
    assert len(inspect.getsource(pc._indicator_phrase).splitlines()) <= 15
    assert phrase._indicator_phrase is pc._indicator_phrase and phrase.CASCADE is pc.CASCADE


#: one figure of each unit: text, surface, unit, group
FIGURES = [
    ("The council slashes its deficit by £10m this year.", "£10m", "gbp", "money"),
    ("Of the children in care, 55% were boys and 44% girls.", "55%", "percent", "percent"),
    ("There were 1,456 children receiving SEN support, and 64 were placed in homes.", "64", "count", "number"),
    ("The rate was 17.8 per 10,000 children.", "17.8", "rate", "number"),
    ("The strategy runs for 5 years from April.", "5 years", "years", "number"),
]


def _figure(text: str, surface: str, unit: str, group: str, prev: str = "total children") -> pc._Figure:
    at = text.index(surface)
    h = Hit(at, at + len(surface), "figure", group, (0.0,))
    return pc._Figure(text, h, unit, text[:at], text[at + len(surface):], 0, 0, prev, "", len(text), prev)


@pytest.mark.parametrize("text, surface, unit, group", FIGURES)
def test_a_step_marked_for_other_units_decides_nothing_for_this_one(text, surface, unit, group):
    steps = pc._steps_for(unit)
    for step in pc.CASCADE:
        if unit in getattr(step, "units", (unit,)):
            assert step in steps
        else:
            assert step not in steps and step(_figure(text, surface, unit, group)) is None, step.__name__
    assert [s for s in pc.CASCADE if s in steps] == list(steps)  # in the cascade's order


# Guards: what BASE's cascade gave, one sentence per part of the cascade (each passes on BASE and after).
@pytest.mark.parametrize("text, surface, indicator", [
    ("The council slashes its deficit by £10m this year.", "£10m", "reduction in deficit"),  # (c) changed by
    ("Foster carers could receive up to £1,500 per week.", "£1,500", "payment to Foster carers"),  # (c) paid to
    ("There were 1,456 children receiving SEN support in the borough.", "1,456",
     "children receiving SEN support in the borough"),  # (f) counted noun and its participle
    ("Of the children in care, 55% were boys and 44% girls.", "55%", "boys"),  # (d) breakdown share
    ("Young people not in education, employment or training made up 4.1% of the cohort.", "4.1%",
     "Young people not in education, employment or training"),  # (d) share verb's subject
    ("The rate was 20.1%, slightly lower than the national average of 20.6%.", "20.6%",
     "national average: rate"),  # (b) comparator
    ("Children in need: 1,945; Child protection plans: 301.", "301", "Child protection plans"),  # (d) scorecard label
    ("The directorate was forecasting a £1.6m pressure on placements.", "£1.6m",
     "directorate pressure on placements"),  # (g) money noun after the amount
    ("68% of EHCPs were completed within 20 weeks.", "68%", "EHCPs completed within 20 weeks"),  # (e) of object
    ("The number of looked after children had risen to 412 by March.", "412", "looked after children"),  # (g) subject
])
def test_phrases_stay(text, surface, indicator):
    assert one_figure(text, surface)["indicator"] == indicator
