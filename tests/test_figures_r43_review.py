"""Round 43, helper r43review: defects a second reader found in round 43's merges (tests/realworld/notes/r43_review.md).

* (r43values) "plus" after an amount of money and before things counted adds a cost, it bounds nothing: "£300,000
  plus staff costs", "£2.5m plus new homes bonus", "£1.2m plus children's centre funding" were read ``at_least``
  (the pattern "100 plus applications" is a count's, and stays one: "40 plus children's social workers").
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.figures import extract_figures


def bounds(text: str) -> dict[str, str | None]:
    """{surface: bound} of every figure of ``text``."""
    f = extract_figures(text)
    return {s: (None if pd.isna(b) else b) for s, b in zip(f["surface"], f["bound"])}


# ---------------------------------------------------------------- 1. "plus" after money adds a cost

@pytest.mark.parametrize("text, surface", [
    ("The project will cost £300,000 plus staff costs.", "£300,000"),
    ("The grant is £50,000 plus schools contributions of £10,000.", "£50,000"),
    ("The budget is £2.5m plus new homes bonus.", "£2.5m"),
    ("Funding of £1.2m plus children's centre funding was agreed.", "£1.2m"),
])
def test_plus_after_an_amount_and_before_things_adds_them_and_bounds_nothing(text, surface):
    assert bounds(text)[surface] is None


@pytest.mark.parametrize("text, surface", [
    ("We received 100 plus applications.", "100"),
    ("The contract is worth £3m plus.", "£3m"),  # the clause ends: at least £3m
    ("There were 40+ young people at the event.", "40"),
    ("The service employs 40 plus children's social workers.", "40"),
])
def test_plus_after_a_count_or_at_a_clauses_end_is_still_at_least(text, surface):  # guard
    assert bounds(text)[surface] == "at_least"


# ---------------------------------------------------------------- 2. a political party is no part of the area

def _part(sentence: str, surface: str, council: str = "North Yorkshire", inside: tuple[str, ...] = ()) -> str | None:
    """The part of the council's area the figures stage names for ``surface`` in ``sentence`` (its ``part``)."""
    from analysis.figures import reference
    from analysis.figures.area import part_named
    from analysis.figures.rules import load_rules

    rules = load_rules()
    at = sentence.index(surface)
    doc = reference.document_ref(council, "2024-06-01")._replace(inside=frozenset(inside))
    if reference.reference_kind(sentence, 0, len(sentence), at, at + len(surface), doc=doc, rules=rules):
        return None
    return part_named(sentence, 0, len(sentence), at, at + len(surface), doc, rules=rules)


@pytest.mark.parametrize("sentence, surface", [
    ("The political balance is Labour on 12 seats and Conservative on 45 seats.", "12"),
    ("The political balance is Labour with 12 seats and Conservative with 45 seats.", "45"),
    ("The amendment fell, with Labour at 12 and the Liberal Democrats at 30.", "12"),
    ("Independents have 8 seats in North Yorkshire and Conservatives have 45.", "45"),
])
def test_a_political_party_with_its_seats_or_votes_is_no_part_of_the_area(sentence, surface):
    # (r43area's owner shapes read a party before "on", "with" or "has" as a place, each party the other's cue)
    assert _part(sentence, surface, inside=("labour", "conservative", "conservatives", "independents", "liberal",
                                            "democrats")) is None


def test_places_ranked_by_their_values_are_still_parts():  # guard
    s = "Selby has 130 children in care, but Ryedale has the highest with 160, just ahead of Craven on 150."
    assert [_part(s, x, inside=("selby", "ryedale")) for x in ("130", "160", "150")] == ["Selby", "Ryedale", "Craven"]
