"""Round 25 (r25id): a figure's phrase that is one word no council's measure phrases use gives way to the next
candidate (the measure words of data/measure_words.txt, built from the open evidence's gold phrases), and a verb of
saying in the passive ("was confirmed as") leaves its subject as the measure (see tests/realworld/notes/r25_r25id.md).
The sentences are written in council style, not copied from a page. Tests marked "fails on BASE" do (main d0d2a06);
the guards pass on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.figures.phrase import names_no_measure, not_a_measure_word
from analysis.figures.rules import load_rules, read_measure_words
from figure_rows import one_figure as _fig


# 1. A verb of saying in the passive: its subject is the measure, not a speaker ("were confirmed as £N"). Fails on BASE
#    (no phrase, or the reporting clause's speaker).
@pytest.mark.parametrize("text, surface, phrase", [
    ("The pass through rate was confirmed as 93%.", "93%", "pass through rate"),
    ("The maintained schools' closing balances were confirmed as £4.2m at the year end.", "£4.2m",
     "maintained schools' closing balances"),
    ("The officer drew attention to the report, which stated that the retention rate had been confirmed as 96% for "
     "next year.", "96%", "retention rate for next year"),
])
def test_a_passive_verb_of_saying_keeps_its_subject(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 1b. A balance read that way is no variance (the balance rule reads the phrase it now has). Fails on BASE (the
#     "surplus" of the sentence gave the budget variance).
def test_a_balance_confirmed_as_an_amount_gets_no_id():
    row = _fig("The net surplus balances of schools were confirmed as £6.1m.", "£6.1m")
    assert row["indicator"] == "net surplus balances of schools"
    assert row["indicator_id"] is None


# Guards (pass on both): a speaker's verb of saying in the active is no measure; the passive with a measure before.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The overspend was reported as £3m.", "£3m", "overspend"),
    ("The number of EHCPs had risen to 1,200 by March.", "1,200", "EHCPs"),
])
def test_the_active_speaker_and_other_subjects_stay(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 2. One word alone that no council's measure phrases use ("breakdown", "thereafter") gives way to the noun phrase
#    after the value. Fails on BASE.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Members noted the breakdown of £3m grant funding for the programme.", "£3m", "grant funding for the programme"),
    ("The targeting of £3 million of external funding to provide more services was agreed.", "£3 million",
     "external funding to provide more services"),
])
def test_a_word_no_measure_phrase_uses_gives_way(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 3. The check itself: a word of the list, its plural or singular, a capitalised name, a plural and an acronym stay;
#    the list is the researcher's (an empty list turns the check off). Fails on BASE (no such function).
def test_measure_words_check():
    rules = load_rules()
    assert rules.measure_words  # data/measure_words.txt beside data/figure_rules.yml
    assert names_no_measure("breakdown", rules) and names_no_measure("thereafter", rules)
    assert not names_no_measure("placements", rules) and not names_no_measure("overspend", rules)
    assert not names_no_measure("Hillingdon", rules) and not names_no_measure("EHCPs", rules)
    words = frozenset(("plan", "child"))
    assert not not_a_measure_word("plans", words) and not_a_measure_word("breakdown", words)
    assert not not_a_measure_word("breakdown", frozenset())


# 4. The list is read from the file beside the rules file: a researcher who adds a word changes the outcome. Fails on
#    BASE (no such file is read).
def test_measure_words_file_is_the_researchers(tmp_path: Path):
    (tmp_path / "measure_words.txt").write_text("# words\nbreakdown\n", encoding="utf-8")
    assert read_measure_words(tmp_path / "measure_words.txt") == frozenset({"breakdown"})
    assert read_measure_words(tmp_path / "none.txt") == frozenset()


# 5. At a Schools Forum (the committee is a high needs `what`), a deficit of an item whose title is about another part
#    of the schools' money (the early years block, the schools' own balances) and names no high needs money is not the
#    high needs deficit. Fails on BASE (high_needs_deficit from the committee).
@pytest.mark.parametrize("context", [
    "Early Years Block Budget 2025/26 Schools Forum",
    "Maintained Schools Surplus and Deficit Balances Schools' Forum",
])
def test_a_deficit_of_another_part_of_the_grant_by_its_title(context):
    from analysis.figures.indicators import Evidence, classify, load_indicators
    sentence = "The budget had been set with a deficit of £120k for the year."
    ev = Evidence("deficit", "own", sentence[:sentence.index("£")], sentence, "gbp", None, context=context)
    assert classify(ev, load_indicators()) is None


# Guards (pass on both): the same deficit under a title that names the grant or the high needs block, or at a Forum
# with no title, is the high needs deficit.
@pytest.mark.parametrize("context", [
    "Schools Forum",
    "DSG Outturn and School Balances Schools Forum",
    "High Needs Block and Early Years Block budgets Schools Forum",
])
def test_a_deficit_under_the_grants_own_title_stays(context):
    from analysis.figures.indicators import Evidence, classify, load_indicators
    sentence = "The budget had been set with a deficit of £120k for the year."
    ev = Evidence("deficit", "own", sentence[:sentence.index("£")], sentence, "gbp", None, context=context)
    assert classify(ev, load_indicators()) == "high_needs_deficit"
