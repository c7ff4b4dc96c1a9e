"""Round 38 (r38phrase): a figure every phrase rule left with none, in a sentence that ties the value to a noun phrase
by grammar (see tests/realworld/notes/r38_phrase.md). `phrase_nomeasure.phrase_of_bare_value`, called by the stage
after `phrase_when_none` found nothing, in order:

a. a relative clause that gives the value to the noun phrase before it ("the removal of the grant funding ..., which
   equates to £46,747", "the capital additions ... which total £1,361,000"): that noun phrase
   (`relative_antecedent`; the measure before in the sentence when the antecedent is itself a value);
b. the next candidate of a phrase that names nothing (`instead_of_no_measure`: the value's "of" object, "4.83 per cent
   of 16 and 17 year olds finding themselves NEET"), or a bracketed value's "of" object ("the majority (around 60%) of
   families");
c. the object of a preposition right after the value ("£6.6million less for high needs funding", "£0.6m to the
   Education Improvement Partnerships", "£32m short in this part of the budget"; `preposition_object`), not a time.

The sentences are written for the test, not copied from a page. Tests marked "fails on BASE" do (62338071); the
guards pass on both.
"""

from __future__ import annotations

import pytest

from analysis.figures.phrase import phrase_of_bare_value, preposition_object, relative_antecedent
from analysis.figures.rules import load_rules
from figure_rows import stage_phrase as _phrase


# Fails on BASE: the phrase was none.
@pytest.mark.parametrize("text, surface, phrase", [
    ("(b) the loss of the youth grant from the Arts Council, which equates to £12,400 for the period April to March, be "
     "noted;", "£12,400", "loss of the youth grant from the Arts Council"),
    ("To note that funding in relation to the capital variations of recommendation (ii) and (iv) which total £820,000, "
     "will be sought from Cabinet.", "£820,000", "funding in relation to the capital variations of recommendation (ii) and (iv)"),
    ("The survey shows a worse picture, with 6.1 per cent of 16 and 17 year olds out of school in 2023.", "6.1 per cent",
     "16 and 17 year olds out of school in 2023"),
    ("Feedback showed that the majority (around 70%) of parents would use the app.", "70%", "parents"),
    ("We will then have £4.2million less for high needs funding.", "£4.2million", "high needs funding"),
    ("By the end of 2024/25, Northshire Council was £18m short in this part of the budget.", "£18m", "part of the budget"),
])
def test_a_figure_left_with_none_takes_the_noun_phrase_grammar_ties_it_to(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Guards (pass on both): a figure with a phrase of its own keeps it; a relative clause after a named measure that
# already gives the phrase is not read again.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The school had a published admission number of 30, which was reduced to 25.", "30", "published admission number"),
    ("A range of proposed savings, which equated to £0.688m, was agreed.", "£0.688m", "range of proposed savings"),
    ("The number of children in care rose to 452 this year.", "452", "children in care"),
])
def test_a_figure_with_a_phrase_keeps_it(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


def test_relative_antecedent_reads_the_noun_phrase_or_the_value_before():
    assert relative_antecedent("the loss of the youth grant from the department, which equates to ") == \
        "loss of the youth grant from the department"
    # the antecedent is a value: the measure named before in the sentence
    assert relative_antecedent("The council paid £8.6m, which amounts to ", "council paid") == "council paid"
    assert relative_antecedent("The council paid £8.6m, which amounts to ", "") == ""
    # no such clause, or a verb the rule does not read
    assert relative_antecedent("The figures showed that it rose to ") == ""
    assert relative_antecedent("the pass through rate, which was reduced to ") == ""


def test_preposition_object_is_no_time_and_names_something():
    r = load_rules()
    assert preposition_object(" for high needs funding in 2020", r) == "high needs funding"
    assert preposition_object(" per child per week for an unregistered placement.", r) == "unregistered placement"
    assert preposition_object(" for the period August 1st 2010 to March 2011", r) == ""
    assert preposition_object(" in 2020/21", r) == ""
    assert preposition_object(" and a further £2m", r) == ""
    # "to" before a verb is an infinitive's, not a preposition's: "one month to go until the closedown"
    assert preposition_object(" to go until the final closedown", r) == ""
    assert preposition_object(" to the Youth Partnership (to fund", r) == "Youth Partnership"


def test_phrase_of_bare_value_gives_none_when_nothing_is_tied_to_the_value():
    from analysis.figures.grammar import Hit
    t = "It will remain at £3.14m."
    i = t.index("£3.14m")
    assert phrase_of_bare_value(t, Hit(i, i + 6, "figure", "gbp", (3.14e6,)), "gbp", 0, len(t), "", load_rules()) == \
        ("", "own")


def test_a_place_alone_as_the_subject_is_no_phrase_and_the_places_after_keep_the_measure(tmp_path) -> None:
    # (r38review2) a league table's sentences name a place and its value: phrase_of_bare_value took the subject
    # ("Rutland") as the measure, and the figures after it lost the measure and id they took before
    from figure_rows import stage_table
    text = ("Across the region, 81 per cent of pupils attend a secondary school rated good or outstanding by Ofsted.\n"
            "Rutland is again the top performing authority in the region, with 88 per cent. Leicester also has a "
            "percentage of 88, while Derby has 71 per cent and Nottingham 64 per cent.")
    figs = stage_table(tmp_path, text)
    got = {s: (i if isinstance(i, str) else None, d if isinstance(d, str) else None)
           for s, i, d in zip(figs["surface"], figs["indicator"], figs["indicator_id"])}
    assert got["88 per cent"][0] != "Rutland"
    assert got["71 per cent"][1] == got["64 per cent"][1] == "ofsted_good_or_better"
    from analysis.figures.grammar import Hit
    r = load_rules()
    t = "Rutland is again the top performing authority in the region, with 88 per cent."
    i = t.index("88")
    assert phrase_of_bare_value(t, Hit(i, i + 11, "figure", "percent", (88.0,)), "percent", 0, len(t), "", r) \
        == ("", "own")
