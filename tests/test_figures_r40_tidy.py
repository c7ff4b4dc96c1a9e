"""Round 40, helper r40tidy: one paragraph break and one sentence splitter for every stage (tests/realworld/notes/
r40_tidy.md).

A line of only whitespace ("\\n \\n", "\\n\\t\\n") is a blank line to both readers of a sentence across a paragraph
break: ``change_before_from`` (the verb of change earlier in the sentence of "from A to B") and the sentence before
(``_previous_in_paragraph``, round 22's question in the sentence before the value). Before, the first looked back with
``rfind("\\n\\n")`` and the second with ``"\\n\\n" in``: a paragraph broken by a line holding a space or a tab (a PDF's
text, a pasted page) was one paragraph to both. Every text is written for the test in council style."""
from __future__ import annotations

import pytest

from analysis.clean import paragraph_start, sentence_of, split_sentences
from analysis.figures.extraction import _previous_in_paragraph, extract
from analysis.figures.grammar import change_before_from, sentence_start
from analysis.figures.rules import load_rules

BLANKS = ["\n\n", "\n \n", "\n\t\n", "\r\n\r\n", "\n \t\n\n"]


@pytest.mark.parametrize("blank", BLANKS)
def test_a_verb_of_change_in_the_paragraph_before_makes_no_change(blank: str) -> None:
    t = f"The number of places increased this year{blank}Class sizes from 26 to 30."
    assert not change_before_from(t, t.index("26"), load_rules())


def test_a_verb_of_change_in_the_same_paragraph_still_makes_a_change() -> None:
    r = load_rules()
    for sep in (" ", "\n", "\n  "):  # (a wrapped line is no paragraph break)
        t = f"The number of places increased this year{sep}at the school from 26 to 30."
        assert change_before_from(t, t.index("26"), r)


@pytest.mark.parametrize("blank", BLANKS)
def test_the_sentence_before_is_not_read_across_a_blank_line(blank: str) -> None:
    t = f"Caseloads were raised.{blank}The average was 18."
    sents = split_sentences(t)
    assert len(sents) == 2 and _previous_in_paragraph(t, sents, 1, sents[1][0]) is None
    t = "Caseloads were raised.\nThe average was 18."
    assert _previous_in_paragraph(t, split_sentences(t), 1, t.index("The")) == "Caseloads were raised."


@pytest.mark.parametrize("blank", BLANKS)
def test_a_question_in_the_paragraph_before_gives_no_id(blank: str) -> None:
    # (round 22) "A Member asked about caseloads. The Director advised that the average was 18." is a caseload; the
    # same two sentences in two paragraphs are not read together, whatever the blank line holds
    joined = "A Member asked about caseloads. The Director advised that the average was 18."
    assert extract(joined)[0]["indicator_id"].tolist() == ["social_worker_caseload"]
    t = joined.replace(" The Director", blank + "The Director")
    assert extract(t)[0]["indicator_id"].tolist() == [None]


def test_paragraph_start_is_after_the_last_blank_run_and_not_before_lo() -> None:
    t = "One.\n\nTwo.\n \t \nThree.\nFour."
    assert t[paragraph_start(t, 0, len(t)):] == "Three.\nFour."
    assert paragraph_start(t, 0, t.index("Two")) == t.index("Two")
    assert paragraph_start(t, 7, len(t)) == t.index("Three")
    assert paragraph_start(t, t.index("Three"), len(t)) == t.index("Three")  # (none in the window: lo)
    assert paragraph_start("", 0, 0) == 0


def test_sentence_start_is_clean_sentence_of() -> None:
    t = "Cllr. Jones said places at No. 5 Road rose. They rose from 30 to 45.  It was noted."
    for pos in range(len(t)):
        assert sentence_start(t, pos) == sentence_of(t, pos, pos + 1)[0]
    assert [sentence_start(t, t.index(w)) for w in ("Jones", "30", "noted")] == [0, t.index("They"), t.index("It was")]
