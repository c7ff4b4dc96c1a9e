"""Round 29 (r29themes): the learnt theme model reads no neutral phrase, the Schools Forum is neutral, and a text in
which the model reads no word of substance gets no theme from the model alone.

The codebook's ``neutral:`` phrases name no theme ("by the end of the financial year"): since round 29 the learnt
model does not read them either (:func:`analysis.topics.without_neutral`), so a phrase the researcher lists there is
no evidence to the model, which otherwise learns the words from the passages it sees them in. "schools forum" is
neutral: term-less lines naming the forum (the body that meets, its update, its sub-groups) were coded finance at six
councils of the open blind sets (notes r29_r29themes); the gold codes such lines ``other`` 93 times of 105.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.themes import assign_themes, fit_model
from analysis.topics import load_codebook, parse_codebook, without_neutral

CB = load_codebook()


# --- the mechanism: neutral phrases are hidden from the model --------------------------------------------------------

def test_without_neutral_drops_the_listed_phrases_only():
    cb = parse_codebook({"themes": [{"id": "fin", "name": "Finance", "terms": ["budget"]}],
                         "neutral": ["schools forum", "financial year"]})
    assert without_neutral("The Schools Forum set the budget for the financial year.", cb) == \
        "The set the budget for the"
    assert without_neutral("Schools' forums met.", cb) == "met"  # the plural and the possessive match, as in scoring
    assert without_neutral("The budget was set.", cb) == "The budget was set."  # unchanged, byte for byte


def test_without_neutral_is_the_identity_with_no_neutral_list():
    cb = parse_codebook({"themes": [{"id": "fin", "name": "Finance", "terms": ["budget"]}]})
    assert without_neutral("The Schools Forum  met.", cb) == "The Schools Forum  met."


def _training() -> pd.DataFrame:
    fin = [f"The forum board approved the {w} budget." for w in ("revenue", "capital", "grant", "growth", "block")]
    oth = [f"The chair thanked {w} for attending." for w in ("members", "officers", "everyone", "the clerk", "guests")]
    return pd.DataFrame({"theme": ["fin"] * 5 + ["other"] * 5, "text": fin + oth})


def test_the_model_learns_nothing_from_a_neutral_phrase():
    """Trained on finance passages that all name the "forum board", the model codes a line naming only the board
    as finance; list the board as neutral and the model no longer reads it (the codebook alone decides)."""
    themes = [{"id": "fin", "name": "Finance", "terms": ["budget"]}]
    plain = parse_codebook({"themes": themes})
    neutral = parse_codebook({"themes": themes, "neutral": ["forum board"]})
    line = ["The forum board."]
    assert assign_themes(line, plain, model=fit_model(plain, _training())) == ["fin"]
    assert assign_themes(line, neutral, model=fit_model(neutral, _training())) == ["other"]


# --- the codebook: term-less lines naming the Schools Forum (each failed on BASE: coded finance) ---------------------

FORUM_LINES = [
    "Schools Forum Update",
    "Schools Forum Update - 3 October 2023",
    "Schools Forum",
    "The Director stated that officers attend the Schools Forum by invitation only.",
    "It was confirmed that the Early Years Sub Group would contain only Schools Forum members and officers.",
]


@pytest.mark.parametrize("text", FORUM_LINES)
def test_a_line_naming_only_the_schools_forum_is_other(text):
    assert assign_themes([text], CB) == ["other"]


def test_schools_forum_is_listed_neutral():
    texts = {t.text for t in CB.neutral}
    assert "schools forum" in texts  # matches "school forum" and "Schools' Forum" too


def test_the_researcher_can_take_schools_forum_out_again(tmp_path):
    """Remove the line from ``neutral:`` and the model reads the forum's name again: the line is finance."""
    src = open(CB.source, encoding="utf-8").read()
    edited = src.replace("  - schools forum\n", "")
    assert edited != src
    p = tmp_path / "codebook.yml"
    p.write_text(edited, encoding="utf-8")
    assert assign_themes(["Schools Forum Update - 3 October 2023"], str(p)) == ["finance"]


# --- a stub the model reads no word of substance in is other (each failed on BASE: coded health_wellbeing) --------

@pytest.mark.parametrize("text", ["The rep", "The foll", "The recommendati", "The"])
def test_a_stub_gets_no_theme_from_the_model(text):
    """A cut line ("The rec", "The followi": West Berkshire, Wiltshire) or what is left of "The Schools Forum" holds
    no word the model learnt but "the", on which its vote is health and wellbeing at 0.9."""
    assert assign_themes([text], CB) == ["other"]


def test_content_is_a_word_the_model_learnt_that_is_not_a_stop_word():
    from analysis.themes import default_model
    m = default_model(CB)
    assert m.content(["The", "The foll", "it was the", "The fostering", "Schools Forum budget"]) == \
        [False, False, False, True, True]


def test_a_stub_under_a_themed_heading_keeps_what_the_codebook_says():
    """The rule is about the model's vote alone: a stub with a codebook term keeps its theme, and a bullet that
    inherits its list's theme is not touched (list labels of under four words already do not)."""
    assert assign_themes(["The EHCP"], CB) == ["send"]


# --- guards: what must not move --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, theme", [
    ("The Schools Forum agreed the de-delegation of funding for trade union facilities.", "finance"),
    ("The Schools Forum noted the forecast overspend on the Dedicated Schools Grant.", "finance"),
    ("The Schools Forum discussed the high needs block deficit and EHCP numbers.", "send"),
    ("Apologies for absence were received from two Schools Forum members.", "other"),
    ("The budget for the financial year was overspent by 2m.", "finance"),
    ("Foster carer recruitment remained difficult.", "fostering_adoption"),
    ("Growth in the number of children in care.", "children_in_care"),
    ("The report was noted.", "other"),
])
def test_guards(text, theme):
    assert assign_themes([text], CB) == [theme]
