"""Round 34, helper r34review: a second reading of r34themes' person's names (tests/realworld/notes/r34_r34review.md).

A name's words stay on one line: after "Councillor Smith" at a line's end, the next line's capitalised words ("Fostering
Panel annual report", "School Places Planning") are an item's, not the person's. On r34merge 3cd5aeaa
``topics._HONORIFIC_NAME`` ran across the line break and marked up to two words of the next line as the name, so a
heading under an attendance line lost its theme (BASE e9ee53d0 coded each as below). Every text is written for the
test; each case fails on 3cd5aeaa, the guards pass on both.
"""

from __future__ import annotations

import pytest

from analysis.topics import load_codebook, match_theme, words, _personal_names

CB = load_codebook()


def _marked(text: str) -> list[str]:
    ws = words(text)
    used = [False] * len(ws)
    _personal_names(text, ws, used, CB)
    return [w.surface for w, u in zip(ws, used) if u]


@pytest.mark.parametrize("text, name, theme", [
    ("Apologies were received from Councillor Smith\nFostering Panel annual report", ["Smith"], "fostering_adoption"),
    ("Present: Cllr Jones\nSchool Places Planning", ["Jones"], "school_places_transport"),
    ("Mrs Smith\nAdoption Service update", ["Smith"], "fostering_adoption"),
    ("Cllr Anne Jones\nFoster Care Fortnight", ["Anne", "Jones"], "fostering_adoption"),
])
def test_a_name_ends_at_its_line(text: str, name: list[str], theme: str) -> None:
    assert _marked(text) == name
    assert match_theme(text, CB).theme == theme


@pytest.mark.parametrize("text, name", [
    # guards (r34themes' cases): names on one line, after an honorific or shown by the clause
    ("Mrs Carol Grant", ["Carol", "Grant"]),
    ("Richard Foster (RDF) / Caroline Haynes (CH)", ["Richard", "Foster", "Caroline", "Haynes"]),
    ("The report was welcomed and George Grant was thanked for his work.", ["George", "Grant"]),
    ("The Pupil Premium Grant was received; Foster Care Fortnight explained.", []),
])
def test_names_on_one_line_stay_marked(text: str, name: list[str]) -> None:
    assert _marked(text) == name
