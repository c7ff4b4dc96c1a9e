"""Round 17 (r17values): numbers whose value or span was read wrong, as classes of wording from many councils'
minutes (round 16's r16freshB "Missed" classes), and one crash."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures


# -- class 5: an empty indicator phrase after "with" must not crash the extraction --------------------------------

@pytest.mark.parametrize("text", [
    # (a pool's wording, Derbyshire r9idB, with the "with" brought within 40 characters of the second share)
    "Last year the figure was 5.7% with persistent absenteeism - a child with 85% or less - running at 7.4%.",
    "Last year the rate was 5.7% with persistent absence - a pupil with low attendance - running at 7.4%.",
])
def test_empty_phrase_after_with_does_not_crash(text):
    # fails before: a figure whose rules found no phrase, after a figure of its sentence with one and a "with" just
    # before it, took the first word of its empty phrase (IndexError in indicator_phrase)
    f = extract_figures(text)
    assert "7.4%" in f["surface"].tolist()
    assert all(text[s:e] == sf for s, e, sf in zip(f["start"], f["end"], f["surface"]))
