"""Round 33, lead: a "one" counted as its clause's subject (r33figs) is not the numerator of a rate.

r33figs' rule read "one pupil excluded in every 400 on roll" as a count of 1 (the past form "excluded" after the
noun), which r17review's guard keeps out: fails on c65f792e.
"""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures


@pytest.mark.parametrize("text", [
    "This means one pupil excluded in every 400 on roll.",
    "One child was in care for every 150 children in the borough.",
    "One young person is excluded out of every 200 pupils.",
])
def test_one_as_a_rate_numerator_is_no_count(text: str) -> None:
    f = extract_figures(text)
    assert 1.0 not in f.loc[f["unit"] == "count", "value"].tolist(), f[["surface", "value"]].values.tolist()


@pytest.mark.parametrize("text", [
    "One child is in a residential school.",
    "One individual was now banned from entering the town centre.",
    "It was noted that one school had already agreed to reduce its PAN; in every case the trust was consulted.",
])
def test_one_as_a_subject_still_counts(text: str) -> None:
    f = extract_figures(text)
    assert 1.0 in f.loc[f["unit"] == "count", "value"].tolist(), f[["surface", "value"]].values.tolist()
