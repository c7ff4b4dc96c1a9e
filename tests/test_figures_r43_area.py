"""Round 43, helper r43area: the nouns of a part of the council's area are one word list.

Round 42's regional pattern kept its own copy of the part nouns in code (``reference._PART_NOUN``), so a noun a
researcher added to ``words.area_nouns`` or ``words.area_compass_nouns`` of data/figure_rules.yml made "the North
<noun>" a part for :mod:`analysis.figures.area`, but the benchmark rules, tried first, still read it as the region.
The tests with an added noun fail on main (the region wins); those marked "guard" pass on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.figures import reference
from analysis.figures.area import part_of_area
from analysis.figures.rules import FigureRules, load_rules

SHIPPED = Path(__file__).resolve().parents[1] / "data" / "figure_rules.yml"


def _kind(sentence: str, surface: str, rules: FigureRules, council: str = "Lancashire") -> str | None:
    """The ``reference`` the figures stage gives ``surface`` in ``sentence`` (as :func:`.extraction.extract_rows`: a
    comparison point's kind first, else ``part_of_area``)."""
    at = sentence.index(surface)
    doc = reference.document_ref(council, "2024-06-01")
    kind = reference.reference_kind(sentence, 0, len(sentence), at, at + len(surface), doc=doc, rules=rules)
    if kind is None and part_of_area(sentence, 0, len(sentence), at, at + len(surface), doc, rules=rules):
        return "part_of_area"
    return kind


def _rules_with(tmp_path: Path, key: str, noun: str) -> FigureRules:
    """A researcher's copy of the shipped rules with ``noun`` added to ``words.<key>``."""
    text = SHIPPED.read_text(encoding="utf-8")
    assert f"  {key}: [" in text
    p = tmp_path / "figure_rules.yml"
    p.write_text(text.replace(f"  {key}: [", f"  {key}: [{noun}, ", 1), encoding="utf-8")
    return load_rules(p)


@pytest.mark.parametrize("key", ["area_nouns", "area_compass_nouns"])
@pytest.mark.parametrize("sentence, surface", [
    ("The North cluster had 45 open cases at the end of March.", "45"),
    ("In the North West cluster, 45 cases were open at the end of March.", "45"),
])
def test_a_part_noun_added_to_the_rules_stops_the_region(tmp_path, key, sentence, surface):
    rules = _rules_with(tmp_path, key, "cluster")
    assert _kind(sentence, surface, load_rules()) == "regional"  # (the shipped lists have no "cluster")
    assert _kind(sentence, surface, rules) == "part_of_area"


@pytest.mark.parametrize("sentence, surface", [
    ("In the North East area, 18% of children were persistently absent.", "18%"),
    ("Performance was in line with the South (12%).", "12%"),
    ("There were 18,000 children in care in the North West.", "18,000"),
])
def test_a_region_stays_a_region_with_an_added_noun(tmp_path, sentence, surface):  # guard
    assert _kind(sentence, surface, _rules_with(tmp_path, "area_nouns", "cluster")) == "regional"


@pytest.mark.parametrize("sentence, surface", [
    ("The North locality had 45 open cases.", "45"),
    ("The South West team is holding 31 cases above its capacity.", "31"),
])
def test_the_shipped_part_nouns_stop_the_region(sentence, surface):  # guard
    assert _kind(sentence, surface, load_rules()) == "part_of_area"


def test_the_part_nouns_are_the_rules_lists():
    rules = load_rules()
    assert set(reference.part_nouns(rules)) == set(rules.area_nouns) | set(rules.area_compass_nouns)
