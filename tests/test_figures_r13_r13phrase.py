"""Round 13 (r13phrase): the indicator phrase inside the figure's sentence, tuned on every phrase-judged true figure
of the 20 phrase-judged figure pools of rounds 8-12 (~81 councils). Each class is a structure of how English minutes
attach a number to what it counts, seen at several councils; the sentences below are written in council style (not
copied from a page), several phrasings per class. Tests marked "fails on the old code" do (1c2a88b); the guards pass
on both.
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure as _fig


# 1. Money (or a share of a budget) that a verb moves: "move", "transfer", "top slice", "draw", "retain",
#    "contribute", "give", "release", "take ... out of". Schools Forum and budget minutes name such an amount by the
#    verb alone; the phrase was the verb chunk ("transferring", "request to move", "need to draw another", "take") or
#    the verb's subject ("Virtual School", "proposals"). The phrase is now the verb's noun and where the money goes or
#    comes from ("transfer to the central schools services block", "drawdown from its reserves"), a share as the share
#    of the block moved; with the subject as its agent when the phrase was the subject. Seen at Slough, Wiltshire,
#    Derbyshire, Torbay, Central Bedfordshire, Wokingham, Hertfordshire, Sunderland (5 pools). Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Members supported the request to move £120k to the Central Schools Services Block to fund the admissions team.",
     "£120k", "transfer to the Central Schools Services Block"),
    ("The Forum agreed to transfer £1.4m from the Schools Block to the High Needs Block for 2025-26.", "£1.4m",
     "transfer from the Schools Block to the High Needs Block"),
    ("The Schools Forum approved transferring 0.5% of the Schools Block to the High Needs Block for next year.", "0.5%",
     "share of the Schools Block transferred to the High Needs Block"),
    ("Officers proposed to transfer 0.25% from the Schools Block to the High Needs Block.", "0.25%",
     "share transferred from the Schools Block to the High Needs Block"),
    ("The directorate will have to draw a further £610,000 from its reserves to balance the budget.", "£610,000",
     "drawdown from its reserves"),
    ("It was agreed that the Virtual School would retain £300 of each pupil's allocation.", "£300",
     "money retained by the Virtual School"),
    ("Headteachers declined to top slice £2.1m from the schools budget this year.", "£2.1m",
     "top slice from the schools budget"),
    ("Academies were asked to contribute £850,000 towards the cost of the new unit.", "£850,000",
     "contribution towards the cost of the new unit"),
    ("Members asked whether the council could take the £60K out of this year's underspend.", "£60K",
     "money taken out of this year's underspend"),
])
def test_money_a_verb_moves_is_named_by_the_verb_s_noun(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 2. The figure opens the object of a verb ("faces a £55.7m deficit", "forecasts £261,000 overspend"): the noun the
#    figure modifies is the measure; the phrase glued the subject and the verb to it ("council faces deficit on its
#    High Needs Block", "report warns overspend") or was the subject and the verb alone ("council forecasts"). Seen at
#    Suffolk, Cambridgeshire, Luton, Rochdale, West Berkshire, Torbay (6 pools). Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The county faces a £41.2 million deficit on its High Needs Block for 2024-25.", "£41.2 million",
     "deficit on its High Needs Block"),
    ("The authority now forecasts a £3.4m overspend on external placements.", "£3.4m",
     "overspend on external placements"),
    ("Council forecasts £318,000 underspend on early years", "£318,000", "underspend on early years"),
    ("Budgets squeezed as county predicts £900,000 overspend", "£900,000", "overspend"),
])
def test_the_noun_a_figure_opens_after_a_verb(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 3. An "and" inside the subject's noun phrase joins two of its nouns ("the 0-17 population of children and young
#    people", "the Early Years Block for three and four year olds"): the subject is the whole noun phrase, not the
#    words after the "and" ("young people", "four year olds"). Seen at Hull, Slough (2 pools). Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The 0-15 population of boys and girls in the borough has increased by 1.2% since 2021.", "1.2%",
     "0-15 population of boys and girls in the borough"),
    ("Officers noted the Early Years Block for two and three year olds has been estimated at £6,120,400.", "£6,120,400",
     "Early Years Block for two and three year olds"),
    ("The funding for schools and academies was £3.4m in 2023-24.", "£3.4m", "funding for schools and academies"),
])
def test_an_and_inside_the_subject_noun_phrase(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 4. A share that is a verb's object: "the Council finalises 90% of EHCPs within the 20-week timescale", "the Strand had
#    achieved 38% of its action plan", "the government will cover 90% of the deficit". The part the share counts is
#    the whole the verb was done to (its participle, then the verb's adverbial); the phrase was the whole alone
#    ("EHCPs", "action plan": the whole, not the part). Seen at Bedford, Torbay, Somerset, Newham, Redbridge,
#    Nottinghamshire, Hertfordshire, Leeds (6 pools). Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The service now finalises 64% of EHCPs within the 20-week timescale.", "64%",
     "EHCPs finalised within the 20-week timescale"),
    ("The partnership has achieved 45% of its improvement plan.", "45%", "improvement plan achieved"),
    ("The Government will cover up to 85% of the council's high needs deficit.", "85%",
     "council's high needs deficit covered"),
    ("Last year the team completed 72% of assessments within 45 working days.", "72%",
     "assessments completed within 45 working days"),
    ("The authority offered 91% of parents their first preference school.", "91%",
     "parents offered their first preference school"),
])
def test_a_share_that_is_a_verb_s_object(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 5. A part-count before its whole written as a number word ("six of the eight indicators are reporting ..."): the
#    part's phrase held the whole's count ("eight Key Performance Indicators that are reporting", "four schools ...")
#    as digits never were ("12 of the 15 homes"). Seen at Cheshire West and Chester (2 pools), West Berkshire, Swindon.
#    Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The dashboard shows that five of the nine indicators are reporting improvement.", "five",
     "indicators that are reporting improvement"),
    ("Only two of the six homes were rated outstanding.", "two", "homes rated outstanding"),
    ("Around 40% of the three hundred children in its care were placed out of the area.", "40%",
     "children in its care placed out of the area"),
])
def test_a_part_count_before_a_whole_written_as_a_word(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 6. A phrase headed by a preposition ("since", "upon", "towards", "until", "through", "via", "apart") or that is only a
#    discourse adverb ("therefore", "namely", "today") names nothing: it is repaired from the sentence as the other
#    poor phrases are (the phrase was "upon agreed Dedicated Schools Grant", "towards overspend on ...", "today",
#    "Namely"). Seen at Slough, Rutland, Southend, West Berkshire, Wiltshire, Stoke-on-Trent, Central Bedfordshire (5
#    pools); the round 12 gatherers' "discourse word", "preposition-led chunk". Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The number of children taken into care has grown from 310 in 2019 to 402 today.", "402",
     "children taken into care"),
    ("The authority is heading towards a £7m overspend on its high needs block.", "£7m",
     "overspend on its high needs block"),
    ("The estimate was based upon agreed DSG £600,000 top slice for the growth fund.", "£600,000",
     "top slice for the growth fund"),
])
def test_a_preposition_or_discourse_word_names_nothing(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


def test_a_discourse_word_alone_is_no_phrase():
    # fails on the old code ("Namely")
    assert _fig("Namely, £312.4m, including the drawdown from the reserve.", "£312.4m")["indicator"] in (None, "")


@pytest.mark.parametrize("text, surface, phrase", [
    # guards: a count after a verb, a verb of spending (its own rule), an amount after "has a" whose phrase names the
    # owner, the money of a movement named by a noun of its own, a share with no "of"/"from" keep their phrase
    ("Secondary schools excluded 62 children last year.", "62", "children excluded last year"),
    ("Suffolk County Council spent £32m on residential care placements in 2023/24.", "£32m",
     "spending on residential care placements"),
    ("The council has a £26.5 million overspend on its Dedicated Schools Grant.", "£26.5 million",
     "council overspend on its Dedicated Schools Grant"),
    ("The £70k transfer to the high needs block was approved.", "£70k", "transfer to the high needs block"),
    # an "and" that joins two clauses still ends the subject
    ("Referrals fell and the number of children in care rose to 412.", "412", "children in care"),
    ("Note and support the decision of the Forum, which agreed 10% for training.", "10%", "training"),
    # a share whose phrase already holds its clause, a share of a whole that is not a verb's object
    ("Some 28% of social worker posts that are currently unfilled are covered by agency staff.", "28%",
     "social worker posts that are currently unfilled"),
    ("This represents 12% of the budget.", "12%", "budget"),
    # the ages of a population are no count of its whole
    ("From September, 40% of two year olds will have access to free early education.", "40%",
     "two year olds"),
])
def test_guards(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# Merge review (lead): a capitalised row label before an amount in a flattened table is not a verb whose bare
# object the amount opens ("Sports Premium £6.2m TBA Year 7 ..." gave "TBA Year": the next row's label). Failed on
# the r13phrase branch (ab7e1a6: the capital-letter guard of _bare_object_noun could never fire), passes on 1c2a88b.
@pytest.mark.parametrize("text,surface,phrase", [
    ("Grant 2018-19 2019-20 Pupil Premium £28.6m £29.7m PE & Sports Premium £6.2m TBA Year 7 Catch-up Premium £0.6m TBA",
     "£6.2m", "PE & Sports Premium"),
    ("Allocations: Holiday Activities Fund £1.4m TBC Family Hubs Grant £0.9m TBC", "£1.4m", "Holiday Activities Fund"),
])
def test_a_capitalised_row_label_is_not_a_verb(text: str, surface: str, phrase: str) -> None:
    assert _fig(text, surface)["indicator"] == phrase
