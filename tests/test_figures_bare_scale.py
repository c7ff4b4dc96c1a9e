"""Amounts written with a scale letter and no currency sign (issue 11: "scale words and letters in any
case"): "an overspend of 1.2m", "savings of 15k", "a deficit of 3.2bn" are amounts with the scale
applied; an integer with a letter and nothing of money about it ("her 800m title") and a postcode's
inward code ("RG40 1BN") are not figures."""

from __future__ import annotations

import pytest

from analysis import figures


def _figs(sentence: str) -> list[tuple[str, float, str]]:
    f = figures.extract_figures(sentence)
    return list(zip(f["surface"], f["value"], f["unit"]))


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("The forecast overspend was 1.2m at month 6.", "1.2m", 1.2e6, "gbp"),
        ("Savings of 15k had been made on transport.", "15k", 15e3, "gbp"),
        ("The High Needs Block deficit was projected to reach 3.2bn nationally.", "3.2bn", 3.2e9, "gbp"),
        ("The DSG budget of 2.5M was set for the year.", "2.5M", 2.5e6, "gbp"),
        ("Around 1.5m children in England were persistently absent.", "1.5m", 1.5e6, "count"),
    ],
)
def test_a_bare_amount_keeps_its_scale_letter(sentence: str, surface: str, value: float, unit: str) -> None:
    assert (surface, value, unit) in _figs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "She had recently defended her 800m title at the European Championships.",
        "Venue: Civic Offices, Shute End, Wokingham RG40 1BN",
        "Pupils took part in a 5k run for the hospice.",
    ],
)
def test_a_distance_or_a_postcode_is_not_an_amount(sentence: str) -> None:
    assert not any(v >= 1e3 for _, v, _ in _figs(sentence)), _figs(sentence)
