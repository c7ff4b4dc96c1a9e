"""(r39tools) "from A to B" after a verb of change earlier in its sentence: the sentence's start is clean's splitter's
(one sentence splitter for every stage, issue 11), so an abbreviation ("St.", "No.", "Cllr.") ends no sentence there,
while a full stop and a blank line still do."""
from __future__ import annotations

from analysis.clean import split_sentences
from analysis.figures.grammar import change_before_from, sentence_start
from analysis.figures.rules import load_rules


def test_the_sentence_start_is_clean_splitters() -> None:
    t = "Places were noted. Cllr. Jones said places at No. 5 Road would increase from 30 to 45."
    s = t.index("30 to")
    assert sentence_start(t, s) == split_sentences(t)[1][0] == t.index("Cllr.")
    assert sentence_start("", 0) == 0 and sentence_start("from 3 to 4", 5) == 0


def test_an_abbreviation_between_the_verb_of_change_and_from_ends_no_sentence() -> None:
    r = load_rules()
    t = "The places would increase at the school at the far end of the St. Anne's ward by the river, from 30 to 45."
    assert change_before_from(t, t.index("30 to"), r)  # two counts: "St." ended the sentence for the old regex
    t = "The places would increase at the school, the biggest one of the borough, on No. 5 Road, from 30 to 45."
    assert change_before_from(t, t.index("30 to"), r)


def test_a_full_stop_or_a_blank_line_still_ends_the_sentence_of_the_verb() -> None:
    r = load_rules()
    t = "The number of places increased this year. Class sizes from 26 to 30."
    assert not change_before_from(t, t.index("26"), r)
    t = "The number of places increased this year\n\nClass sizes from 26 to 30."
    assert not change_before_from(t, t.index("26"), r)
