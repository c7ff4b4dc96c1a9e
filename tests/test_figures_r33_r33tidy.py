"""Round 33 (r33tidy): twins left by round 32's read-back, written once (see tests/realworld/notes/r33_r33tidy.md).

1. The verbs of a measure's new level ("this has risen to", "in Eden it falls to") were listed twice, with different
   members: ``indicators._POINTER_TO_LEVEL`` (inside a sentence) and ``extraction._POINTER_OPENING`` (at its opening).
   Both now read :func:`analysis.vocab.level_verb_alternation`. The opening pointer gains the present forms and
   "went"/"goes" up or down; the inside pointer gains "gone" alone. The 25 open sets, the pools and dev are
   byte-identical (the note).

Tests marked "fails on BASE" do (main 9fb9d9c6); the guards pass on both.
"""

from __future__ import annotations

import re

import pytest

from analysis import vocab
from analysis.figures import extraction, indicators
from analysis.figures.indicators import points_to_new_level

# ----------------------------------------------------------------------------- 1. the verbs of a new level, once

#: BASE's two lists, as they were written (the regex alternatives, "go" forms written out with their particle).
_BASE_INSIDE = {"risen", "rose", "rises", "fallen", "fell", "falls", "increased", "increases", "decreased", "decreases",
                "dropped", "drops", "grown", "grew", "grows", "climbed", "climbs", "reduced", "reduces", "improved",
                "improves", "gone up", "gone down", "goes up", "goes down", "went up", "went down"}
_BASE_OPENING = {"risen", "rose", "fallen", "fell", "increased", "decreased", "dropped", "grown", "grew", "climbed",
                 "reduced", "improved", "gone up", "gone down", "gone"}


def _level_words() -> set[str]:
    """The words :func:`vocab.level_verb_alternation` matches, with "go"'s particle."""
    words = set(vocab.LEVEL_VERBS) | {"gone"}
    return words | {f"{g} {p}" for g in vocab.LEVEL_GO for p in ("up", "down")}


def test_level_verbs_written_once():
    alternation = vocab.level_verb_alternation()
    assert alternation in indicators._POINTER_TO_LEVEL.pattern
    assert alternation in extraction._POINTER_OPENING.pattern
    whole = re.compile(rf"(?:{alternation})")
    assert all(whole.fullmatch(w) for w in _level_words())
    # the one list is the union of BASE's two: nothing either read is lost
    assert _level_words() == _BASE_INSIDE | _BASE_OPENING


@pytest.mark.parametrize("word", sorted(_BASE_OPENING))
def test_opening_still_reads_its_words(word):  # guard
    assert extraction._POINTER_OPENING.match(f"This has now {word} to ")
    assert extraction._POINTER_OPENING.match(f"It {word} to just ")


@pytest.mark.parametrize("word", sorted(_BASE_INSIDE))
def test_inside_still_reads_its_words(word):  # guard
    assert points_to_new_level(f"by the following year this {word} to just ")


# Fails on BASE: the opening pointer did not read the present forms nor "went up"/"goes down".
@pytest.mark.parametrize("opening", ["This rises to ", "It falls to just ", "This went up to ", "That goes down to ",
                                     "It now increases to around "])
def test_opening_reads_the_inside_words(opening):
    assert extraction._POINTER_OPENING.match(opening)


# Fails on BASE: the inside pointer did not read "gone" alone.
def test_inside_reads_gone_alone():
    assert points_to_new_level("but by March this had gone to ")


# Guards: a change ("by"), a relative "that", the verb with its -ing or bare form, a verb that is no level.
@pytest.mark.parametrize("left", ["this has risen by ", "a waiting list that has risen to ", "this is rising to ",
                                  "it will rise to ", "this has declined to "])
def test_inside_guards(left):
    assert not points_to_new_level(left)


@pytest.mark.parametrize("opening", ["This has risen by ", "This is rising to ", "It will rise to ",
                                     "This has declined to "])
def test_opening_guards(opening):
    assert not extraction._POINTER_OPENING.match(opening)


# ----------------------------------------------------------------------------- 2. the financial quarters, once

import datetime  # noqa: E402

from analysis import compare, periods, report  # noqa: E402

#: BASE's two other statements of the quarters: compare's end days and report's end dates (copied from 9fb9d9c6).
_BASE_QUARTER_END = {1: "06-30", 2: "09-30", 3: "12-31", 4: "03-31"}


def _base_period_end(quarter: int, first: int) -> str:
    return f"{first + 1 if quarter == 4 else first:04d}-{_BASE_QUARTER_END[quarter]}"


def _base_quarter_year_from_date(quarter: int, day: datetime.date) -> str | None:
    for first in (day.year, day.year - 1, day.year - 2):
        end = {1: datetime.date(first, 6, 30), 2: datetime.date(first, 9, 30), 3: datetime.date(first, 12, 31),
               4: datetime.date(first + 1, 3, 31)}[quarter]
        if end <= day:
            return periods.fy_text(first)
    return None


def test_quarters_stated_once():
    assert not hasattr(compare, "_QUARTER_END") and not hasattr(compare, "_QUARTER_ONLY")
    assert not hasattr(report, "_QUARTER_ONLY")
    assert compare.QUARTER_ALONE is periods.QUARTER_ALONE is report.QUARTER_ALONE


@pytest.mark.parametrize("first", [1999, 2000, 2019, 2023, 2024, 2099])
def test_period_end_as_before(first):  # guard: every quarter of these years, and the year
    for quarter in (1, 2, 3, 4):
        label = f"Q{quarter} {periods.fy_text(first)}"
        assert compare.period_end(label) == _base_period_end(quarter, first)
    assert compare.period_end(periods.fy_text(first)) == _base_period_end(4, first)


def test_quarter_year_from_date_as_before():  # guard: every day of 2018-2026, each quarter
    day = datetime.date(2018, 1, 1)
    while day < datetime.date(2027, 1, 1):
        for quarter in (1, 2, 3, 4):
            assert report.quarter_year_from_date(quarter, day.isoformat()) == \
                _base_quarter_year_from_date(quarter, day), (quarter, day)
        day += datetime.timedelta(days=1)


@pytest.mark.parametrize("label, alone", [("Q1", True), ("Q4", True), ("Q5", False), ("Q2 2024/25", False),
                                          ("2024/25", False), ("q2", False), ("", False)])
def test_quarter_alone_as_before(label, alone):  # guard: what both BASE patterns read whole
    assert compare._with_year(label, None, "2023/24") == (f"{label} 2023/24" if alone else label)
    assert (report.show_period(label).note == "no year named") is alone
