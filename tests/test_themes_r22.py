"""Round 22 (r22theme): report section labels, free school meals and job titles before a role word.

Classes of theme errors on blind-annotated and judged minutes of 3+ councils (notes r22_r22theme): a bare section
label under a themed item inherits the item's theme; "free school meals" counts for the school-places term "free
school"; the words of a job title before its role word ("the Team Manager", "Chief Finance Officer") count as the
passage's subject.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
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


def test_a_bare_section_label_does_not_inherit_its_items_theme(codebook: T.Codebook) -> None:
    segs = _frame([
        ("title", None, "Foster Carer Recruitment Report"),
        ("bullet", "Foster Carer Recruitment Report", "- Background"),
        ("bullet", "Foster Carer Recruitment Report", "2. Purpose of the report:"),
        ("bullet", "Foster Carer Recruitment Report", "The new offer had started in June."),
    ])
    got = [m.theme for m in TH.code_segments(segs, None, codebook)]
    assert got == ["fostering_adoption", "other", "other", "fostering_adoption"]
    assert T.section_label("Published 3 March 2021", codebook)
    assert not T.section_label("Background to the fostering review", codebook)
    assert T.match_theme("Background to the fostering review", codebook).theme == "fostering_adoption"


def test_section_labels_are_the_researchers_list() -> None:
    """A researcher who removes ``labels:`` from the codebook gets the inheritance back; a number is refused."""
    data = read_config_yaml(ROOT / "data" / "codebook.yml", "codebook", "")
    assert "background" in data["labels"]
    plain = T.parse_codebook({k: v for k, v in data.items() if k != "labels"})
    # (a label of four words: a bullet of 1-3 words is a list label whatever the list says, round 23)
    segs = _frame([("title", None, "Foster Carer Recruitment Report"),
                   ("bullet", "Foster Carer Recruitment Report", "2. Purpose of the report:")])
    assert [m.theme for m in TH.code_segments(segs, None, T.load_codebook(ROOT / "data" / "codebook.yml"))] == [
        "fostering_adoption", "other"]
    assert [m.theme for m in TH.code_segments(segs, None, plain)] == ["fostering_adoption"] * 2
    with pytest.raises(T.ConfigError, match="labels"):
        T.parse_codebook({"themes": data["themes"], "labels": ["appendix 2"]}, "cb.yml")


def test_free_school_meals_are_not_a_free_school(codebook: T.Codebook) -> None:
    assert T.match_theme("Fewer parents apply for free school meals, which lowers the funding schools receive.",
                         codebook).theme == "finance"
    assert T.match_theme("A new free school will open in the north of the borough.", codebook).theme == \
        "school_places_transport"


@pytest.mark.parametrize("text, theme", [
    ("The Team Manager explained the transport changes.", "school_places_transport"),
    ("A representative of the Chief Finance Officer presented the report on obesity.", "health_wellbeing"),
    ("The Service Manager – Admissions introduced the report on admissions.", "school_places_transport"),
])
def test_a_job_title_before_its_role_word_names_no_subject(codebook: T.Codebook, text: str, theme: str) -> None:
    assert T.match_theme(text, codebook).theme == theme


def test_role_words_in_prose_still_count(codebook: T.Codebook) -> None:
    assert T.match_theme("Recruitment of a team manager had started.", codebook).theme == "workforce"
    assert T.match_theme("Two Team Managers and four social workers were recruited.", codebook).theme == "workforce"


def test_a_decision_records_furniture_does_not_hide_its_item_title(codebook: T.Codebook) -> None:
    """A decision record's "Decision details" title and "Decision Maker: ..." heading name no item: the document's
    title is the context, so a rejected option's bullet takes the item's theme."""
    segs = _frame([
        ("title", None, "Decision details"),
        ("paragraph", "Decision Maker: Cabinet", "The following options were rejected:"),
        ("bullet", "Decision Maker: Cabinet", "An increase to 630 pounds."),
    ])
    docs = pd.DataFrame({"doc_id": ["d"], "title": ["Home to School Transport Charges"]})
    assert [m.theme for m in TH.code_segments(segs, docs, codebook)] == ["other", "other", "school_places_transport"]
    assert TH.segment_contexts(segs, docs)[2] == "Decision Maker: Cabinet | Decision details | " \
                                                 "The following options were rejected:"
