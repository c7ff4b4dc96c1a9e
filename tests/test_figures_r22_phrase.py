"""Round 22 (r22phrase): indicator phrases, by the classes of phrase failures under the key-word rule over r21blind,
dev and the pools' first runs (see tests/realworld/notes/r22_r22phrase.md). The sentences are written in council
style, not copied from a page. Tests marked "fails on the old code" do (main 86e559d); the guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure as _fig


# 1. The figure is the complement of a clause whose subject names the measure, and the phrase read was the verb chunk
#    or its adjective ("stands at a considerable", "had lasted", "would be overspent by", "was very high at above"), or
#    none: the subject (East Riding, Central Bedfordshire x2, Wokingham, Barnsley). Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The overall deficit on the reserve now stands at a considerable £12.5 million.", "£12.5 million",
     "overall deficit on the reserve"),
    ("The annual review of the service had lasted three weeks.", "three weeks", "annual review of the service"),
    ("The retention of experienced foster carers working with disabled children was very high at above 80%.", "80%",
     "retention of experienced foster carers working with disabled children"),
    ("The average waiting list is now a more manageable 35.", "35", "average waiting list"),
    ("The number of local children who need support for abuse or neglect is approaching 900.", "900",
     "local children who need support for abuse or neglect"),
])
def test_the_subject_of_the_clause_the_figure_completes(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# Guards (pass on both): a phrase that names a noun stays; a pronoun or an owner is no subject; a subject after a
# reporting verb's "that" (read so before by the overspend reader).
@pytest.mark.parametrize("text, surface, phrase", [
    ("Officers said that the school meals budget would be overspent by £200k this year.", "£200k",
     "school meals budget"),
    ("The number of children in care was 410 in March.", "410", "children in care"),
    ("The council invested £3m to improve its short breaks offer.", "£3m", None),
    ("The service is £1.2m over budget.", "£1.2m", "over budget"),
    ("The survey showed 30% of those who will need support are under five.", "30%",
     "those who will need support who are under five"),
])
def test_a_named_phrase_stays_and_an_owner_is_no_subject(text, surface, phrase):
    got = _fig(text, surface)["indicator"]
    assert got != "council" and (phrase is None or got == phrase)


# 2. A duration whose phrase was a place alone, its clause's verb or time word, or none ("Hillingdon", "took place",
#    "next", "after dipping"): the subject of the duration's clause, or the noun its relative clause refers to
#    (Hillingdon x2, Southwark, Nottinghamshire). Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The longest-serving childminder had been with Rochdale for 25 years.", "25 years", "longest-serving childminder"),
    ("Staff were trained - this was a four-day induction course that took place over three months.", "three months",
     "four-day induction course"),
    ("The panel agreed that the new timetable should be kept under review for the next 9 months.", "9 months",
     "new timetable"),
])
def test_a_duration_measures_its_clause_subject(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# Guards (pass on both): a duration's state opening with a preposition stays; a name or a pronoun is no subject.
@pytest.mark.parametrize("text, surface, phrase", [
    ("It was noted that 4 children were on a child protection plan for 12 months.", "12 months",
     "on a child protection plan"),
])
def test_a_duration_keeps_its_state(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 3. A figure that opens a reported clause ("Officers informed Members that 50 children ...", "Figures also reveal that
#    5.5 per cent were ...", "X queried why £17M had been ..."), whose phrase was read from the reporting clause (its
#    speaker or verb): the reported clause read as the sentence, or its predicate (Hampshire, Slough x2, Stockport,
#    Warrington). Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Officers informed Members that a total of 40 children had been placed in foster care in the year.", "40",
     "children placed in foster care"),
    ("Figures also reveal that 6.5 per cent were only offered a place at their fourth choice.", "6.5 per cent",
     "offered a place at their fourth choice"),
])
def test_a_reported_clause_is_read_as_the_figures_sentence(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# Guard (passes on both): a phrase of the reported clause stays.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The report noted that the deficit was £5m.", "£5m", "deficit"),
])
def test_a_reported_clause_keeps_its_own_phrase(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


def test_a_noun_ending_in_en_is_not_a_verb_chunk() -> None:
    """(lead, from r22review) "children", "women", "between", "hundred" are not past participles: a phrase ending on
    them has no verb chunk, so no clause subject replaces it; a real participle still opens one."""
    from analysis.figures import phrase

    for left in ("The service for disabled children ", "support for women ", "a gap of between ", "several hundred "):
        assert phrase._COMPLEMENT_VERB_LEFT.search(left) is None, left
    from analysis.figures.rules import load_rules

    assert phrase.complement_subject("The service for disabled children ", "children", load_rules()) == ""
    assert phrase._COMPLEMENT_VERB_LEFT.search("the cost had risen to ") is not None
    assert phrase._REPORTED_PRED.match(" were given a place") is not None
    assert phrase._REPORTED_PRED.match(" were children in care") is None
