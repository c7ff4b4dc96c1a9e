"""Round 42, helper r42area: a value of a part of the council's area is no council's value (``reference`` kind
``part_of_area``).

Round 41's walk (tests/realworld/notes/r41_walk.md) found a district's count beside a county's in the comparison page's
"latest value". The shapes below are written in the shapes of the open pools' sentences (a locality, a district, a
compass part, towns after "in"), with other places' names, not copied from one page. The tests of the marked shapes,
the stage run, the label and the word lists fail on main (no ``analysis.figures.area``, no kind, no label, no lists);
those of what is not a part and those marked "guard" pass on both: they pin what must stay.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import compare, report
from analysis.errors import ConfigError
from analysis.figures import reference
from analysis.figures.rules import load_rules
from figure_rows import compare_figure_table


def _kind(sentence: str, surface: str, council: str | None = "Lancashire", occurrence: int = 0,
          parts: frozenset[str] = frozenset()) -> str | None:
    """The ``reference`` the figures stage gives ``surface`` in ``sentence`` of a document of ``council``: a
    comparison point's kind first, else ``part_of_area`` for a part's value (as :func:`.extraction.extract_rows`)."""
    from analysis.figures.area import part_named

    at = -1
    for _ in range(occurrence + 1):
        at = sentence.index(surface, at + 1)
    doc = reference.document_ref(council, "2024-06-01")._replace(parts=parts)
    rules = load_rules()
    kind = reference.reference_kind(sentence, 0, len(sentence), at, at + len(surface), doc=doc, rules=rules)
    if kind is None and part_named(sentence, 0, len(sentence), at, at + len(surface), doc, rules=rules) is not None:
        return "part_of_area"
    return kind


@pytest.mark.parametrize("sentence, surface, council", [
    # an area noun with a compass word or a place's name, before the figure or as its place after it
    ("The North locality had 45 open cases at the end of March.", "45", "Lancashire"),
    ("There were 684 children in care in the Penrith district at the end of March.", "684", "Cumbria"),
    ("52% of all referrals were within the Wigton locality area.", "52%", "Cumberland"),
    ("Of the 16 to 17 year-old cases, 48% were within the Wigton locality area.", "48%", "Cumberland"),
    ("The South West team is holding 31 cases above its capacity.", "31", "Devon"),
    # a compass part of the council's area
    ("In the south of the county, 30 children were waiting for a place.", "30", "Lancashire"),
    ("There were 12 vacancies in the east of Devon this term.", "12", "Devon"),
    # "in <Name>" at the figure, the council named in the sentence
    ("Births in Kent rose to 66 per 1,000 and range from 57 per 1,000 in Tonbridge to 73 per 1,000 in Dartford.",
     "73", "Kent"),
    ("Homelessness in Cumberland rose by 150%, specifically in Workington which has seen a 280% increase.", "280%",
     "Cumberland"),
    # a compass word before the council's own name
    ("The West scored 6.44 per cent in March with 7.62 per cent in South and 8.65 per cent in North Kent.",
     "8.65 per cent", "Kent"),
    # ... or another such place with a value in the sentence
    ("In Ryedale the figure is 41 but in Selby it falls to just 12.", "41", "North Yorkshire"),
    ("In Ryedale the figure is 41 but in Selby it falls to just 12.", "12", "North Yorkshire"),
])
def test_a_part_of_the_councils_area_is_marked(sentence, surface, council):
    assert _kind(sentence, surface, council) == "part_of_area"


def test_a_place_the_document_names_as_a_part_elsewhere_is_a_part_after_in():
    s = "There were 37 young people at risk of homelessness in Maryport last quarter."
    assert _kind(s, "37", "Cumberland") is None  # (no cue: a place after "in" alone)
    assert _kind(s, "37", "Cumberland", parts=frozenset({"maryport"})) == "part_of_area"


def test_the_places_a_document_names_as_parts():
    from analysis.figures.area import area_names

    text = ("The Maryport locality saw a rise. The Cumberland area as a whole and the Local Area Partnership met. "
            "Cases in the North locality fell. The Joint Targeted Area Inspection was in May.")
    assert area_names(text, reference.document_ref("Cumberland"), load_rules()) == {"maryport"}


@pytest.mark.parametrize("sentence, surface, council", [
    # the council's own area, named or pointed at (guard)
    ("There were 684 children in care in the Wakefield district at the end of March.", "684", "Wakefield"),
    ("There were 45 open cases in the borough at the end of March.", "45", "Lancashire"),
    ("In the county, 30 children were waiting for a place.", "30", "Lancashire"),
    ("In Lancashire, 30 children were waiting for a place.", "30", "Lancashire"),
    ("There are currently 14 small group homes in Stoke and five are set to be closed.", "14", "Stoke-on-Trent"),
    ("The number of children in care across the Cumbria area was 690.", "690", "Cumbria"),
    # a body or a name, not a part
    ("The Family Hub had 45 visits last week.", "45", "Lancashire"),
    ("The Conect team had 43 children on its books.", "43", "Bedford"),
    ("The Local Area had 45 young people in the cohort.", "45", "Lancashire"),
    ("Carlisle District Council reported 45 households in temporary accommodation.", "45", "Cumbria"),
    # every part, or a place that is not the figure's
    ("There were 11 Family Hubs in the central, south, west and north localities.", "11", "Northumberland"),
    ("The application was successful in Salisbury and £33 million was approved by Cabinet.", "£33 million",
     "Wiltshire"),
    ("Cabinet approved 300 secondary places at Vyners School in Ickenham.", "300", "Hillingdon"),
    ("In March 45 children were placed with foster carers.", "45", "Lancashire"),
    ("There were 18,000 children in care in the North East and 45 in London.", "45", "Lancashire"),
    # a place after "in" without a cue
    ("Six new units had been completed in Charville.", "Six", "Hillingdon"),
])
def test_the_councils_own_area_and_other_words_are_not_a_part(sentence, surface, council):
    assert _kind(sentence, surface, council) != "part_of_area"


@pytest.mark.parametrize("sentence, surface", [
    ("Performance was in line with the South (12%).", "12%"),
    ("In the North East area, 18% of children were persistently absent.", "18%"),
    ("There were 18,000 children in care in the North West.", "18,000"),
])
def test_a_region_stays_a_region(sentence, surface):  # guard
    assert _kind(sentence, surface) == "regional"


def test_another_councils_value_stays_another_councils():  # guard
    s = "Neighbouring Suffolk had 1,020 children in care at the end of February."
    assert _kind(s, "1,020", "Norfolk") == "other_council"
    s = "Cumbria had 690 children in care and Lancashire had 2,100."
    assert _kind(s, "2,100", "Cumbria") == "other_council"


def test_a_council_that_is_not_known_gets_no_named_part():
    # "Cherwell District Council" is not a council of data/councils.csv: its own name cannot be told from a part's
    assert _kind("There were 45 households in the Banbury area.", "45", "Cherwell District Council") is None
    assert _kind("The North locality had 45 open cases.", "45", "Cherwell District Council") == "part_of_area"


def _run(tmp_path: Path, council: str, docs: dict[str, tuple[str, str]]) -> pd.DataFrame:
    return compare_figure_table(tmp_path, council, docs)


def test_the_stage_marks_a_districts_value_and_it_is_never_the_councils_latest(tmp_path):
    t = _run(tmp_path, "Cumbria County Council", {
        "a.txt": ("2024-01-20", "Children in care\n\nThere were 690 children in care at the end of December.\n"),
        "b.txt": ("2024-03-20", "Children in care\n\nThere were 150 children in care in the Penrith district at the "
                                "end of February.\n"),
    })
    assert t.loc[t["surface"] == "150", "reference"].tolist() == ["part_of_area"]
    assert t.loc[t["surface"] == "690", "reference"].isna().all()
    series = compare.indicator_series(t)
    cic = series[series["indicator_id"] == "children_in_care"]
    assert cic["value"].tolist() == [690.0]
    latest = compare.latest_values(t)
    assert latest.loc[latest["indicator_id"] == "children_in_care", "value"].tolist() == [690.0]
    # the council page lists it with its place, which the figures stage wrote in the part column (r43report)
    assert t.loc[t["surface"] == "150", "part"].tolist() == ["Penrith district"]
    assert t.loc[t["surface"] == "690", "part"].isna().all()
    row = t[t["surface"] == "150"].iloc[0].to_dict()
    assert report.part_label(row) == "part of the area: Penrith district"


def test_the_page_names_the_kind():
    assert report.reference_label("part_of_area") == "part of the area"


def _rules_copy(tmp_path: Path, drop: str | None = None, replace: tuple[str, str] | None = None) -> Path:
    text = (Path(__file__).resolve().parents[1] / "data" / "figure_rules.yml").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    if drop is not None:  # a researcher's copy made before round 42: without the key (and its continuation lines)
        out, skipping = [], False
        for line in lines:
            if line.startswith(f"  {drop}:"):
                skipping = True
                continue
            if skipping and line.startswith("    "):
                continue
            skipping = False
            out.append(line)
        lines = out
    text = "".join(lines)
    if replace is not None:
        text = text.replace(*replace)
    p = tmp_path / "figure_rules.yml"
    p.write_text(text, encoding="utf-8")
    return p


def test_a_rules_copy_without_the_area_lists_reads_the_shipped_ones(tmp_path):
    shipped = load_rules()
    for key in ("area_nouns", "area_compass_nouns", "not_place_words"):
        r = load_rules(_rules_copy(tmp_path, drop=key))
        assert set(getattr(r, key)) == set(getattr(shipped, key))


def test_a_researcher_may_add_an_area_noun(tmp_path):
    from analysis.figures.area import part_named

    r = load_rules(_rules_copy(tmp_path, replace=("area_nouns: [locality,", "area_nouns: [cluster, locality,")))
    s = "The North cluster had 45 open cases."
    doc = reference.document_ref("Lancashire")
    assert part_named(s, 0, len(s), s.index("45"), s.index("45") + 2, doc, rules=r) == "North cluster"
    assert part_named(s, 0, len(s), s.index("45"), s.index("45") + 2, doc, rules=load_rules()) is None


def test_an_area_list_of_phrases_is_refused_naming_the_file(tmp_path):
    p = _rules_copy(tmp_path, replace=("area_nouns: [locality,", "area_nouns: [north locality,"))
    with pytest.raises(ConfigError, match=r"figure_rules\.yml.*area_nouns.*single words"):
        load_rules(p)
