"""A scaled amount is the amount the minutes state, exactly: "£8.2m" is 8200000, not 8199999.999999999.

Binary floats make ``8.2 * 1e6`` come out a hair off, and that value went into `figures.csv`, the compare tables
and the pages ("£8,199,999.999999999" to a reader who formats it; a join or an equality test on the value fails).
Found on real pages of several councils (£8.2m, £8.3m, £2.05m, £16.13m, £4.1 million in the dev split and the
pools; £64.79m on round 18's measure pool). Each amount below but £0.29bn (exact by luck) and the shared-scale range
fail on the code before; the whole amounts are guards.
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("The high needs block overspend is forecast at £8.2m this year.", "£8.2m", 8_200_000.0),
        ("Schools grant fell short by £64.79m against the allocation.", "£64.79m", 64_790_000.0),
        ("A deficit of £2.05m was carried forward from 2023/24.", "£2.05m", 2_050_000.0),
        ("The service reported a pressure of £16.13m at quarter two.", "£16.13m", 16_130_000.0),
        ("Home to school transport cost £4.1 million in the year.", "£4.1 million", 4_100_000.0),
        ("The authority holds a reserve of £0.29bn for the purpose.", "£0.29bn", 290_000_000.0),
    ],
)
def test_a_scaled_decimal_amount_is_exact(text: str, surface: str, value: float) -> None:
    row = one_figure(text, surface)
    assert row["unit"] == "gbp"
    assert row["value"] == value
    assert repr(float(row["value"])) == repr(value)


def test_a_shared_scale_range_is_exact_at_both_ends() -> None:
    row = one_figure("Placements are expected to cost between £8.2-9m next year.", "£8.2-9m")
    assert (row["value"], row["value_max"]) == (8_200_000.0, 9_000_000.0)


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("The council spent 5 million pounds on agency staff last year.", "5 million pounds", 5e6),
        ("Spend on agency staff reached £1.5k per worker.", "£1.5k", 1500.0),
    ],
)
def test_whole_amounts_are_unchanged(text: str, surface: str, value: float) -> None:
    assert one_figure(text, surface)["value"] == value
