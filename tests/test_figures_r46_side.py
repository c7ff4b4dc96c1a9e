"""(r46side) The side of a variance under a negation, and the movement of a variance (notes/r46_side.md): a side word
the minutes deny gives no side ("not an overspend but an underspend" gives the underspend's); "a favourable movement of
£1m, leaving an overspend of £6m" reads the £1m as a change of the variance, not a level, and the £6m keeps adverse."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import clean, figures
from analysis.figures.rules import load_rules
from analysis.figures.side import side_of

DOCS = pd.DataFrame({"doc_id": ["d1"], "council": ["X"], "meeting_date": [None], "title": [None], "committee": [None]})


def _rows(text: str) -> list[tuple[object, ...]]:
    """Each figure's (surface, indicator_id, is_change, side) of ``text`` read by the figures stage as one document."""
    f, _ = figures.figures_from_segments(clean.segment_text("d1", text), {"d1": text}, DOCS)
    return [tuple(None if pd.isna(v) else v for v in r)
            for r in f[["surface", "indicator_id", "is_change", "side"]].itertuples(index=False)]


def _side(sentence: str, surface: str) -> str | None:
    """The rule alone on one sentence, for the amount ``surface`` (as the stage asks it of a variance's money)."""
    at = sentence.index(surface)
    return side_of(sentence, at, at + len(surface), 0, len(sentence), load_rules().sides)


# ---------------------------------------------------------------- 1. negation


def test_not_an_overspend_but_an_underspend_is_favourable() -> None:
    # (r45review item 1: the denied "overspend" gave adverse)
    assert _rows("The forecast budget variance is £4m, which is not an overspend but an underspend.\n") == [
        ("£4m", "budget_variance", False, "favourable")]


@pytest.mark.parametrize("sentence, surface, side", [
    ("The forecast variance of £3m is not in deficit but in surplus.", "£3m", "favourable"),
    ("The variance is £2m, which isn't an underspend but an overspend.", "£2m", "adverse"),
    ("The variance of £2m is not a surplus but rather a deficit.", "£2m", "adverse"),
])
def test_the_word_a_but_puts_in_place_of_a_denied_one_gives_the_side(sentence: str, surface: str, side: str) -> None:
    assert _side(sentence, surface) == side


@pytest.mark.parametrize("sentence", [
    "The budget variance is £3m with no overspend expected.",
    "The budget variance of £3m means the service is no longer in deficit.",
    "The budget variance of £3m is not expected to be an overspend.",
    "The variance of £3m shows neither an overspend nor an underspend.",
    "The variance of £3m was reported, without any overspend at year end.",
])
def test_a_denied_side_word_gives_no_side(sentence: str) -> None:
    assert _side(sentence, "£3m") is None


@pytest.mark.parametrize("sentence, surface", [
    # a definite noun phrase presupposes the overspend: the negation is of something said about it
    ("HN Block Deficit currently forecast as £1.6M rather than the £1.4m overspend previously advised.", "£1.4m"),
    ("Therefore, is not the total projected overspend for 2024-25 nearer £49.056 million?", "£49.056 million"),
    # a negator that is no negation, and one whose phrase ends before the side word
    ("The service reported not only an overspend of £2m but rising demand.", "£2m"),
    ("Savings were not delivered, leaving an overspend of £2m.", "£2m"),
])
def test_a_side_word_outside_a_negation_keeps_its_side(sentence: str, surface: str) -> None:
    assert _side(sentence, surface) == "adverse"


# ---------------------------------------------------------------- 2. a movement of the variance


def test_a_favourable_movement_is_a_change_and_the_level_keeps_its_side() -> None:
    # (r45review item 8: the £1m, a change of the variance, was read as a favourable level)
    assert _rows("There was a favourable movement of £1m, leaving an overspend of £6m on the budget.\n") == [
        ("£1m", None, True, None), ("£6m", "budget_variance", False, "adverse")]


def test_a_movement_is_a_change_like_a_reduction_of_the_overspend() -> None:
    moved = _rows("The budget position has moved adversely by £0.5m since the last report.\n")
    reduced = _rows("The budget overspend has reduced by £0.5m since the last report.\n")
    assert moved == reduced == [("£0.5m", None, True, None)]


def test_a_movement_named_after_the_amount_is_a_change_too() -> None:
    assert _rows("A £1.9 million positive movement had been achieved in the in-year DSG budget position.\n") == [
        ("£1.9 million", None, True, None)]


# ---------------------------------------------------------------- 3. the sentence-wide fallback


def test_a_side_word_of_another_clause_far_back_in_the_sentence_gives_the_side() -> None:
    # (round 45's window missed the word 60+ characters back in another clause; Cambridgeshire's shape, own words)
    s = ("Large care pressures continue to be reported in the learning disability service, with the forecast variance "
         "on the council's share increasing in August to reach £2.1m.")
    assert _side(s, "£2.1m") == "adverse"


def test_the_sentence_wide_fallback_still_passes_over_a_denied_word() -> None:
    s = ("No new pressures have been reported in the learning disability service this month, with the forecast "
         "variance on the council's share reaching £2.1m.")
    assert _side(s, "£2.1m") is None


# ------------------------------------------- (round 46's lead, after r46review) the negation's scope is a closed class


def test_a_negated_verb_or_noun_does_not_deny_the_side_word_of_its_object() -> None:
    # the negator governs "able", "prevent", "change": the overspend or deficit itself is affirmed
    for sentence, surface in (("We were not able to avoid an overspend of £2m this year.", "£2m"),
                              ("The service could not prevent a deficit of £3m.", "£3m"),
                              ("There was no change in the forecast overspend of £2m.", "£2m")):
        assert _side(sentence, surface) in ("adverse",), sentence


def test_a_negated_indefinite_phrase_with_an_adjective_still_denies() -> None:
    assert _side("The £4m is not a significant overspend but a small underspend.", "£4m") == "favourable"
