"""Scale abbreviations of money in the spellings councils and the press use: "mn" for million in any case
("£3.5mn", "£1.2 mn", "£1.2MN"), like "m", "M", "bn" and "k"."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures


@pytest.mark.parametrize("text, surface, value", [
    ("The council has a deficit of £3.5mn this year.", "£3.5mn", 3.5e6),
    ("A £1.2 mn overspend was reported to the committee.", "£1.2 mn", 1.2e6),
    ("The high needs block overspend stands at £1.2MN.", "£1.2MN", 1.2e6),
    ("Savings of 4mn were found in the placements budget.", "4mn", 4e6),
])
def test_mn_scales_money_to_millions(text, surface, value):
    # fails before: "mn" was no scale, so "£3.5mn" read as £3.50 (surface "£3.5")
    f = extract_figures(text)
    assert f["surface"].tolist() == [surface]
    assert f["value"].tolist() == [value]
    assert f["unit"].tolist() == ["gbp"]


def test_a_range_of_mn_amounts_is_one_figure():
    f = extract_figures("The budget gap is £10mn to £12mn next year.")
    assert f[["surface", "value", "value_max"]].values.tolist() == [["£10mn to £12mn", 1e7, 1.2e7]]


def test_other_scales_unchanged():
    # guards: the scales that worked before still do
    f = extract_figures("Funding of £2bn, £700K and £4.5m was agreed.")
    assert f["value"].tolist() == [2e9, 7e5, 4.5e6]
