"""Round 47 (r47walkfix): a council's value of an indicator in one meeting is the whole, not one part.

Before: ``indicator_series`` took the last reported level of a document in text order, so a report that first gave
the overall position and then walked through its lines left the last line as the council's value (Wiltshire 2015:
"an overspend of 1.604 million is projected against the overall schools budget", then "the projected overspend
against top up budgets ... has reduced to 2.265m" gave 2.265m). Now a level whose clause names the whole ("overall",
"total", "in all", ...: ``compare.names_whole``) is taken over the others; among equals the last as before.
Measured in tests/realworld/notes/r47_walkfix.md.
"""

from __future__ import annotations

import pandas as pd

from analysis import compare

COLS = ["council_slug", "indicator_id", "doc_id", "meeting_date", "figure_id", "surface", "is_change", "reference",
        "sentence", "raw_start"]
WHOLE = "At this point in the year an overspend of 1.604 million is projected against the overall schools budget."
PART = "The projected overspend against top up budgets for high needs pupils has reduced to 2.265m."


def _table(rows):
    return pd.DataFrame([dict(zip(COLS, r)) for r in rows], columns=COLS).astype({"reference": "string"})


def test_the_overall_level_beats_a_later_line_of_the_same_report():
    t = _table([
        ("wilts", "high_needs_deficit", "d1", "2015-01-15", "d1:763", "1.604 million", False, None, WHOLE, 763),
        ("wilts", "high_needs_deficit", "d1", "2015-01-15", "d1:1072", "2.265m", False, None, PART, 1072),
    ])
    s = compare.indicator_series(t)
    assert s["surface"].tolist() == ["1.604 million"]
    assert s["n_values"].tolist() == [2]
    assert compare.latest_values(t, s)["surface"].tolist() == ["1.604 million"]


def test_without_a_whole_the_last_level_is_kept():
    other = "The overspend against the independent special schools budget is 0.5m."
    t = _table([
        ("wilts", "high_needs_deficit", "d1", "2015-01-15", "d1:10", "0.5m", False, None, other, 10),
        ("wilts", "high_needs_deficit", "d1", "2015-01-15", "d1:1072", "2.265m", False, None, PART, 1072),
    ])
    assert compare.indicator_series(t)["surface"].tolist() == ["2.265m"]


def test_a_comparison_point_naming_the_whole_is_still_not_taken():
    ref = "This compares with a total overspend of 3m last year."
    t = _table([
        ("wilts", "high_needs_deficit", "d1", "2015-01-15", "d1:10", "3m", False, "earlier", ref, 10),
        ("wilts", "high_needs_deficit", "d1", "2015-01-15", "d1:1072", "2.265m", False, None, PART, 1072),
    ])
    assert compare.indicator_series(t)["surface"].tolist() == ["2.265m"]


def test_the_whole_is_read_in_the_figures_own_clause():
    s = "There was a total underspend of £0.148m within maintained and £0.76m within primary."
    assert compare.names_whole(s, "£0.148m") and not compare.names_whole(s, "£0.76m")
    assert not compare.names_whole(PART, "2.265m") and compare.names_whole(WHOLE, "1.604 million")


# ----------------------------------------------------------------------------- a target's period (r47walkfix)

def _periods(sentence, figures, periods):
    """figure_periods of one sentence: ``figures`` and ``periods`` are surfaces, placed at their first occurrence."""
    figs = pd.DataFrame({"doc_id": "d", "segment_id": "d:0", "sentence": sentence, "surface": figures,
                         "raw_start": [sentence.index(x) for x in figures]})
    nums = pd.DataFrame({"doc_id": "d", "segment_id": "d:0", "sentence": sentence, "kind": "period",
                         "surface": periods, "raw_start": [sentence.index(x) for x in periods]})
    return compare.figure_periods(figs, nums, doc_periods=pd.Series({"d": "2023/24"}))


def test_a_targets_period_is_not_given_to_the_figure_before_it():
    # Warwickshire, the walk's seed page: 195 is the 2023 level, 231 the target for 2024/25
    s = ("Rachel Jackson advised that in 2023, a total of 195 schools had resourced provision available, and the "
         "target for 2024/25 was to increase that to 231.")
    assert _periods(s, ["195", "231"], ["2024/25"]) == ["2023/24", "2024/25"]


def test_a_status_against_target_keeps_the_sentences_period():
    s = "Timeliness was 88% in the year 2024/25, on target for the year."
    assert _periods(s, ["88%"], ["2024/25"]) == ["2024/25"]
