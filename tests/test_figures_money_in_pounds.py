"""Money written with the word "pounds" instead of "£" (local-news reports of meetings: "two million pounds over its
budget", "half a million pounds", "500 pounds a week") is money: the word is read with the amount, as "£" would be, so
its unit, its per-week rate and its phrase are those of the same amount written with "£". Found at the end of round 8
(r8prec2's "half a million pounds" came out as a count). Each `_is_money` phrasing fails on the code before (unit
"count", and a phrase "pounds ..."); the guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("The council spent half a million pounds on agency staff last year.", "half a million pounds", 5e5),
        ("The council spent 5 million pounds on agency staff last year.", "5 million pounds", 5e6),
        ("Bolton went two million pounds over its budget for adult services.", "two million pounds", 2e6),
        ("A bid for three quarters of a billion pounds was made to government.", "three quarters of a billion pounds", 7.5e8),
        ("The scheme will save the council 250,000 Pounds Sterling a year.", "250,000 Pounds Sterling", 2.5e5),
    ],
)
def test_an_amount_in_pounds_is_money(text, surface, value):
    row = one_figure(text, surface)
    assert row["unit"] == "gbp" and row["value"] == value
    assert not str(row["indicator"]).lower().startswith("pound")


def test_an_amount_in_pounds_a_week_is_per_week_like_the_same_with_the_sign():
    words, sign = one_figure("One placement costs 9,000 pounds a week.", "9,000 pounds"), one_figure(
        "One placement costs £9,000 a week.", "£9,000")
    assert (words["unit"], words["per"], words["indicator"]) == (sign["unit"], sign["per"], sign["indicator"]) == \
        ("gbp", "week", sign["indicator"])


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The council spent £5m on agency staff last year.", "£5m"),  # the sign: unchanged
        ("Some 40 pounds of food were collected by pupils.", "40"),  # "pounds of": a weight
    ],
)
def test_guard_amounts_with_the_sign_and_weights_are_unchanged(text, surface):
    row = one_figure(text, surface)
    assert row["unit"] == ("gbp" if "£" in surface else "count")
