"""Round 35, helper r35review: "balances" (a finance term since r35themes) in "checks and balances", governance's
phrase, names no money. Written for the test; MID 24e80954's codebook coded both lines finance (fails there)."""

from __future__ import annotations

import pytest

from analysis.themes import assign_themes
from analysis.topics import load_codebook, match_theme

CB = load_codebook()


@pytest.mark.parametrize("text", [
    "The panel was assured that robust checks and balances were in place.",
    "Checks and balances in the audit of case files were described to members.",
])
def test_checks_and_balances_name_no_money(text: str) -> None:
    assert match_theme(text, CB).theme == "other"
    assert assign_themes([text]) == ["other"]


def test_a_schools_balances_stay_finance() -> None:  # guard: r35themes' own class
    text = "Schools carrying balances above the threshold were asked to explain their plans."
    assert match_theme(text, CB).theme == "finance"
