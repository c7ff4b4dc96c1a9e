"""Round 15 merge review (mendB): faults a second reader found in round 15's merged phrase, clean and codebook code.
Each test marked "fails on db3260a" failed on that commit (main after round 15's merges). Council style sentences,
not copied from a page.

- "<noun> to a maximum of <amount>": a participle right after a determiner or possessive is an adjective of the noun
  phrase ("the sheltered housing scheme"), not the verb before a bare noun phrase (r15tidy's retry cut it off).
- "<words> numbers saw a <change> of N <noun>": the words are what is counted only when they are the clause's whole
  subject, not a phrase of time or place before it ("In the last quarter looked after children numbers saw").
- ModernGov's documents label inside a flattened line, followed on the line by "Minutes:" / "Decision:": the minutes
  text after it is not a list of attachment links, so it is kept even when an attachment link ends the line; a
  singular label ("Background paper:") and every label of a line are split off as well.
- A codebook term opening with a number word ("two year old") is blocked by a tens word before it only when the two
  are one number ("twenty two", "twenty-two"), not across a full stop, semicolon, colon or comma.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import clean
from analysis import topics as T
from analysis.figures import extract_figures
from figure_rows import stage_table


# ----------------------------------------------------------------------------- phrase: to a maximum of


# Fails on db3260a: the participle was read as the verb and cut ("housing scheme", "respite service", "budget").
@pytest.mark.parametrize("text, phrase", [
    ("Cabinet approved the sheltered housing scheme up to a maximum of £2m.", "sheltered housing scheme"),
    ("Members agreed an extended respite service to a maximum of £150,000.", "extended respite service"),
    ("Cabinet approved a devolved budget up to a maximum of £3m for the pilot schools.", "devolved budget"),
    ("The Board approved their expanded outreach offer up to a maximum of £40,000.", "expanded outreach offer"),
    ("Cabinet approved the Council's devolved budget up to a maximum of £3m.", "Council's devolved budget"),
])
def test_a_participle_after_a_determiner_is_part_of_the_measure(text, phrase):
    assert extract_figures(text)["indicator"].tolist() == [phrase]


# Guards (pass on both): r15tidy's bare noun phrase after the verb's participle is still the measure.
@pytest.mark.parametrize("text, phrase", [
    ("Cabinet approved capital funding to a maximum of £2.5m for the new children's home.", "capital funding"),
    ("Members agreed contributions to a maximum of £250,000 towards the new family hub.", "contributions"),
])
def test_a_bare_noun_after_the_verb_is_still_the_measure(text, phrase):
    assert extract_figures(text)["indicator"].tolist() == [phrase]


# ----------------------------------------------------------------------------- phrase: "<words> numbers saw a change of N"


# Fails on db3260a: the subject ran back over a phrase of time ("reduction in last quarter looked after children",
# "increase in year care leaver"); now, with no clause subject read, the change is of the count's noun.
@pytest.mark.parametrize("text, phrase", [
    ("In the last quarter looked after children numbers saw a reduction of 12 children.", "reduction in children"),
    ("During the year care leaver numbers saw an increase of 14 cases.", "increase in cases"),
])
def test_a_phrase_of_time_before_the_numbers_is_not_what_is_counted(text, phrase):
    assert extract_figures(text)["indicator"].tolist() == [phrase]


# Guards (pass on both): the clause's whole subject names the count, at the sentence's start or after a comma.
@pytest.mark.parametrize("text, phrase", [
    ("Looked after children numbers saw a reduction of 12 children since March.", "reduction in looked after children"),
    ("Overall, care leaver numbers saw an increase of 14 cases.", "increase in care leaver"),
    ("Child protection numbers recorded a fall of 9 plans.", "fall in child protection"),
    ("The number of children in care showed an increase of 37 cases over the year.", "increase in children in care"),
])
def test_the_clause_subject_names_the_count(text, phrase):
    assert extract_figures(text)["indicator"].tolist() == [phrase]


# ----------------------------------------------------------------------------- clean: inline documents label


def test_minutes_text_after_an_inline_label_is_kept_when_an_attachment_link_ends_the_line(tmp_path: Path):
    # fails on db3260a: the label opened a documents list, so the minutes text (cut of its attachment link) was dropped
    # as a link of that list, and its figure with it (kept on 74305f1)
    text = ("Budget update held on 22 February 2024. Supporting documents: Minutes: The Committee noted the overspend "
            "of £2m. Budget report pdf icon PDF 120 KB")
    segs = clean.segment_text("d", text + "\n")
    assert any(t.startswith("The Committee noted the overspend of £2m.") for t in segs["text"]), segs["text"].tolist()
    assert not segs["text"].str.contains("Supporting documents|Minutes:").any()
    figs = stage_table(tmp_path, text)
    assert figs[["surface", "indicator"]].values.tolist() == [["£2m", "overspend"]]


def test_a_documents_label_on_its_own_still_drops_its_list_of_links():
    # guard (passes on both): a label ending its line opens the list of attachment links below it
    text = ("The Committee noted the report.\nSupporting documents:\nBudget report pdf icon PDF 120 KB\n"
            "Appendix A pdf icon PDF 80 KB\nThe Chair closed the meeting.\n")
    assert clean.segment_text("d", text)["text"].tolist() == ["The Committee noted the report.",
                                                              "The Chair closed the meeting."]


@pytest.mark.parametrize("text, kept", [
    # fails on db3260a: a singular label was not split ("... noted. Background paper:" stayed in the segment)
    ("Item 4 was noted. Background paper:\nThe Committee noted the report.\n",
     ["Item 4 was noted.", "The Committee noted the report."]),
    ("The Panel agreed the plan. Supporting document:\nThe Chair closed the meeting.\n",
     ["The Panel agreed the plan.", "The Chair closed the meeting."]),
    # fails on db3260a: only the first label of a line was split
    ("Item 3 was agreed. Supporting documents: Minutes: Agreed. Item 4 was noted. Supporting documents: Decision: "
     "That the overspend be noted.\n",
     ["Item 3 was agreed.", "Agreed. Item 4 was noted.", "That the overspend be noted."]),
])
def test_every_documents_label_of_a_line_is_split_singular_or_plural(text, kept):
    segs = clean.segment_text("d", text)
    assert segs["text"].tolist() == kept
    for row in segs.itertuples():  # every segment still slices back to its raw text
        assert clean.normalise(text[row.raw_start:row.raw_end]).text == row.text


# ----------------------------------------------------------------------------- codebook: a tens word before a number term


@pytest.fixture(scope="module")
def codebook() -> T.Codebook:
    return T.load_codebook()


# Fails on db3260a: the tens word of the sentence (or clause) before blocked the term after a punctuation mark.
@pytest.mark.parametrize("text", [
    "Places rose to twenty; two year old take-up rose across the borough.",
    "Numbers reached twenty: two year old provision was discussed.",
    "The number of settings rose to twenty, two year old places were all filled.",
    "The setting has twenty. Two year old funding is paid termly to the provider.",
])
def test_a_tens_word_across_punctuation_does_not_block_the_term(codebook: T.Codebook, text: str) -> None:
    m = T.match_theme(text, codebook)
    assert "two year old" in m.terms and m.theme == "early_help"


# Guards (pass on both): a tens word joined to the number word by a space or hyphen is one number.
@pytest.mark.parametrize("text", [
    "Twenty two year olds were living in supported accommodation at the end of March.",
    "There were thirty-two year old applicants on the register.",
])
def test_a_tens_word_joined_to_the_term_still_blocks_it(codebook: T.Codebook, text: str) -> None:
    assert "two year old" not in T.match_theme(text, codebook).terms
