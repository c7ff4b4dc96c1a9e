"""Round 43, helper r43area: a place as a value's subject or owner is a part of the council's area; the nouns of a
part are one word list.

1. Round 42 read a part only after an area noun, a compass part or "in" ("the Carlisle locality", "in Watford"); a
   district named as its value's subject ("Copeland has 130 children in care, but Allerdale has the highest with 160,
   just ahead of Carlisle on 150") stayed the council's value, and Cumbria's latest children in care on the comparison
   page was a district's. The sentences below are in those shapes with other places' names. The tests of the marked
   shapes and the stage run fail on main; those marked "guard" pass on both.
2. Round 42's regional pattern kept its own copy of the part nouns in code (``reference._PART_NOUN``), so a noun a
   researcher added to ``words.area_nouns`` or ``words.area_compass_nouns`` of data/figure_rules.yml made "the North
   <noun>" a part for :mod:`analysis.figures.area`, but the benchmark rules, tried first, still read it as the region.
   The tests with an added noun fail on main (the region wins).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import compare
from analysis.figures import reference
from analysis.figures.area import part_named
from analysis.figures.rules import FigureRules, load_rules
from figure_rows import compare_figure_table

SHIPPED = Path(__file__).resolve().parents[1] / "data" / "figure_rules.yml"


def _kind(sentence: str, surface: str, rules: FigureRules | None = None, council: str = "Lancashire", occurrence: int = 0,
          parts: tuple[str, ...] = (), inside: tuple[str, ...] = ()) -> str | None:
    """The ``reference`` the figures stage gives ``surface`` in ``sentence`` (as :func:`.extraction.extract_rows`: a
    comparison point's kind first, else ``part_of_area``) in a document of ``council`` that names ``parts`` with an
    area noun and writes ``inside`` with a capital inside a sentence (as :func:`.stage._read_document` reads them)."""
    rules = rules or load_rules()
    at = -1
    for _ in range(occurrence + 1):
        at = sentence.index(surface, at + 1)
    doc = reference.document_ref(council, "2024-06-01")
    read = {"parts": frozenset(parts), "inside": frozenset(inside)}
    doc = doc._replace(**{k: v for k, v in read.items() if k in doc._fields})  # (main has no "inside": the guards run there)
    kind = reference.reference_kind(sentence, 0, len(sentence), at, at + len(surface), doc=doc, rules=rules)
    if kind is None and part_named(sentence, 0, len(sentence), at, at + len(surface), doc, rules=rules) is not None:
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


# --- 1. a place as its value's subject or owner ------------------------------------------------------------------

NY = "North Yorkshire"
RANKED = "Selby has 130 children in care, but Ryedale has the highest with 160, just ahead of Craven on 150."


@pytest.mark.parametrize("surface, occurrence", [("130", 0), ("160", 0), ("150", 0)])
def test_places_listed_as_their_values_subjects_are_parts(surface, occurrence):
    assert _kind(RANKED, surface, council=NY, occurrence=occurrence, inside=("selby", "ryedale")) == "part_of_area"


def test_a_sentences_first_word_is_a_place_only_when_the_document_writes_it_as_a_name_inside_a_sentence():
    # a sentence's first word has a capital whatever it is ("There", "As"): the document must name it inside a sentence
    assert _kind(RANKED, "130", council=NY) is None
    assert _kind(RANKED, "160", council=NY) == "part_of_area"  # (not its sentence's first word)


@pytest.mark.parametrize("sentence, surface, parts, inside", [
    # the sentence names the council itself
    ("Hambleton has among the highest rates in North Yorkshire with 90 in the care system.", "90", (), ("hambleton",)),
    # the document names the place with an area noun elsewhere ("the Richmondshire district")
    ("Richmondshire had 45 open cases at the end of March.", "45", ("richmondshire",), ("richmondshire",)),
    ("The figures were Scarborough 160, Harrogate 150 and Selby 90.", "150", ("scarborough", "harrogate", "selby"), ()),
    ("Barrow-in-Furness had 45 open cases, against 690 across North Yorkshire.", "45", (), ("barrow",)),
])
def test_a_place_as_a_values_subject_or_label_with_a_cue_is_a_part(sentence, surface, parts, inside):
    assert _kind(sentence, surface, council=NY, parts=parts, inside=inside) == "part_of_area"


@pytest.mark.parametrize("sentence, surface, parts, inside", [
    # no cue: a name alone may be a person's, a school's or a body's
    ("Richmondshire had 45 open cases at the end of March.", "45", (), ("richmondshire",)),
    # a value right after a name needs the document's naming: a table's row labels are no places
    ("The figures were Scarborough 160, Harrogate 150 and Selby 90 in North Yorkshire.", "150", (), ()),
    ("Commissioning 44,025 31,855 and Communities 6,693 across North Yorkshire.", "6,693", (), ("communities",)),
    # a sentence's opening word, "has been", a date
    ("There has also been an increase in plans over 36 weeks old, which North Yorkshire says shows progress.", "36",
     (), ()),
    ("As at 31st March, 12 of the 93 children placed outside North Yorkshire were placed for adoption.", "31", (), ()),
    ("Questions were raised in North Yorkshire after a girl disappeared near the North Pier on 1 November 2003.", "1",
     (), ("north", "pier")),
    # a group of people, a body, a person, the council's own name, "the" before a name
    ("In North Yorkshire, Boys had 45% of the places and Girls had 55%.", "45%", (), ("boys", "girls")),
    ("Officers said North Yorkshire Members had 12 questions and Governors had 30.", "12", (), ("members",)),
    ("Cllr Smith had 45 questions about North Yorkshire and Selby had 30.", "45", (), ("cllr", "smith", "selby")),
    ("Coun Dixon had 45 questions about North Yorkshire's plans.", "45", (), ("coun", "dixon")),
    ("North Yorkshire has 690 children in care, and Selby has 130.", "690", (), ("selby",)),
    ("Spending in North Yorkshire rose, with the Trust on 45 and the Selby team on 30.", "45", (), ()),
])
def test_names_that_are_no_part(sentence, surface, parts, inside):  # guard
    assert _kind(sentence, surface, council=NY, parts=parts, inside=inside) is None


def test_another_council_as_a_subject_stays_another_councils():  # guard
    s = "Cumbria had 690 children in care and Lancashire had 2,100, just ahead of Selby on 150."
    assert _kind(s, "2,100", council="Cumbria", inside=("lancashire", "selby")) == "other_council"


@pytest.mark.parametrize("sentence, surface, kind", [
    ("England had 83,840 children in care, while Selby had 130.", "83,840", "national"),
    ("The North East had 45 per 10,000, while Selby had 30 per 10,000.", "45", "regional"),
    ("The County had 690 children in care, while Selby had 130.", "690", None),
    ("North Yorkshire had 690 children in care, while Selby had 130.", "690", None),
])
def test_a_benchmark_or_the_whole_council_as_a_subject_is_no_part(sentence, surface, kind):  # guard
    assert _kind(sentence, surface, council=NY, inside=("selby", "county", "north", "east")) == kind


def test_the_stage_keeps_a_districts_ranked_count_out_of_the_councils_latest(tmp_path):
    t = compare_figure_table(tmp_path, "North Yorkshire Council", {
        "a.txt": ("2024-01-20", "Children in care\n\nThere were 690 children in care in North Yorkshire at the end of "
                                "December.\n"),
        "b.txt": ("2024-03-20", "Children in care\n\nRates are high in Selby and Craven. Selby has 130 children in "
                                "care, but Ryedale has the highest with 160, just ahead of Craven on 150.\n"),
    })
    parts = t[t["surface"].isin(["130", "160", "150"])]
    assert parts["reference"].tolist() == ["part_of_area"] * 3
    assert parts["part"].tolist() == ["Selby", "Ryedale", "Craven"]  # (the pages' label: r43report's part column)
    latest = compare.latest_values(t)
    assert latest.loc[latest["indicator_id"] == "children_in_care", "value"].tolist() == [690.0]
