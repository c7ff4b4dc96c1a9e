"""Round 23 (r23theme): short list labels do not inherit their list's theme; care-experienced young people are
care leavers.

Classes of theme errors on the open blind-annotated sets and the judged pools (notes r23_r23theme): a bullet of one
to three words with no codebook term (a report's contents listed as bullets, a name, a cut line) took its list's
theme; "care experienced (young people)" counted for children in care where the passages are about care leavers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import themes as TH
from analysis import topics as T
from analysis.io import read_config_yaml
from theme_frames import segments_frame, shipped_codebook

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def codebook() -> T.Codebook:
    return shipped_codebook()


_frame = segments_frame


def test_a_short_list_label_does_not_inherit_its_lists_theme(codebook: T.Codebook) -> None:
    head = "Quarterly Report on the Fostering Service"
    segs = _frame([
        ("title", None, head),
        ("paragraph", head, "The report covered the following:"),
        ("bullet", head, "·   Compliments"),
        ("bullet", head, "·   Risk Management"),
        ("bullet", head, "·   Conclusion and Next Steps"),
        ("bullet", head, "·   Work had started on the new offer."),
    ])
    got = [m.theme for m in TH.code_segments(segs, None, codebook)]
    assert got[2:] == ["other", "other", "fostering_adoption", "fostering_adoption"]


def test_the_list_label_length_is_a_setting(codebook: T.Codebook, monkeypatch: pytest.MonkeyPatch) -> None:
    """At one word a label of two words inherits again (the setting, not the words, decides)."""
    head = "Quarterly Report on the Fostering Service"
    segs = _frame([("title", None, head), ("bullet", head, "·   Risk Management")])
    monkeypatch.setattr(TH, "BULLET_MIN_WORDS", 1)
    assert [m.theme for m in TH.code_segments(segs, None, codebook)] == ["fostering_adoption"] * 2
    assert not TH.list_label("·   Risk Management")


def test_care_experienced_young_people_are_care_leavers(codebook: T.Codebook) -> None:
    text = "Housing for care experienced young people was discussed."
    assert T.match_theme(text, codebook).theme == "neet_youth_care_leavers"
    # a passage about children in care is still coded by its other terms
    assert T.match_theme("Looked after children in residential homes, some of them care experienced.",
                         codebook).theme == "children_in_care"


def test_the_care_experienced_term_follows_the_codebook() -> None:
    """A researcher who moves the term back to children in care gets children in care."""
    data = read_config_yaml(ROOT / "data" / "codebook.yml", "codebook", "")
    themes = []
    for th in data["themes"]:
        terms = [t for t in th["terms"] if t not in ("care experienced", "care experienced young people")]
        if th["id"] == "children_in_care":
            terms.append("care experienced young people")
        themes.append({**th, "terms": terms})
    cb = T.parse_codebook({**data, "themes": themes})
    assert T.match_theme("Housing for care experienced young people was discussed.", cb).theme == "children_in_care"
