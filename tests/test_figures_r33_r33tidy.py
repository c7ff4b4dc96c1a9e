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
