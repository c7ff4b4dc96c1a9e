"""Round 34 (r34phrase): the `indicator` phrase on text nobody tuned on (see tests/realworld/notes/r34_r34phrase.md).

1. An amount named by what is done with it, AFTER the amount, in the passive with a modal or a particle: "£200k will
   be given to Schools Forum", "all £36.9m had been allocated out to schools", "£160k would be put into the inclusion
   fund", "£20,000 paid out to families", "£7m has been spent on private foster agencies", "£600 raised for the Mayor's
   charities". `phrase_changes.money_purpose` read "allocated/given ... to X" only after "had been"/"was" or nothing,
   without a particle, and not the verbs put, paid, spent, raised; the phrase was the clause's subject and verb
   ("pleased to announce"), a determiner ("all") or an earlier subject. Written from Torbay (r33blindY) and Slough
   (r29blindS); counted on the pools' North Northamptonshire, Derbyshire, Somerset and Sutton.

2. A share that is the subject of a verb of saying or feeling, with what was said: "six in 10 said that the allowance
   was not sufficient", "40% of primary schools reported that managing falling rolls was putting pressure on them",
   "51% of respondents felt the new offer promoted inclusivity". The phrase was the verb ("said"), the subject and verb
   ("respondents felt", "primary schools reported") or a measure named before. `phrase_cascade._share_saying` gives
   "share (of X) saying/reporting/feeling <what was said>" (cut at a clause's conjunction and at ten words);
   `phrase_parts.tidy_phrase` keeps the said clause (its verb is no main clause's). Written from the pools' Luton and
   Hackney; counted on East Riding (pools) and Hillingdon (r32blindW).

The sentences are written for the test, not copied from a page. Tests marked "fails on BASE" do (main e9ee53d0); the
guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import stage_phrase as _phrase


# Fails on BASE: the amount is the subject of a passive verb of giving, allocating, putting, paying, spending or raising
# after it, with where the money goes.
@pytest.mark.parametrize("text, surface, phrase", [
    # after a modal (BASE: the clause's subject and verb)
    ("The head of finance was delighted to report that £150k will be given to the Schools Forum from the recovery grant.",
     "£150k", "funding to the Schools Forum"),
    ("The chair reported that £75k would be put into the inclusion fund after the consultation.",
     "£75k", "money put into the inclusion fund"),
    # with a particle, after a determiner (BASE: "all")
    ("£80m had been recouped for the academies and all £22.4m had been allocated out to maintained schools.",
     "£22.4m", "money allocated to maintained schools"),
    # paid out, spent on, raised for (BASE: the subject before, or a participle)
    ("Those six complaints together have seen more than £15,000 paid out to families who waited for support.",
     "£15,000", "money paid to families"),
    ("Photo caption The service was judged \"requires improvement\" in May. Nearly £4m has been spent on agency "
     "social workers because of a shortage of permanent staff.", "£4m", "money spent on agency social workers"),
    ("A quiz night had been held in March, with over 20 teams taking part and more than £900 raised for the "
     "youth club's trip.", "£900", "money raised for the youth club's trip"),
])
def test_money_done_after_amount(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Guards (pass on BASE too): the forms read before, and the newer verbs with a preposition that says no destination.
@pytest.mark.parametrize("text, surface, phrase", [
    ("It was explained that £1.2m had been allocated for additional funding for the high needs block.", "£1.2m",
     "additional funding for the high needs block"),
    ("Members noted the £12.5 million set aside to mitigate risks and the breakdown.", "£12.5 million",
     "money set aside to mitigate risks"),
])
def test_money_done_after_amount_guards(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


@pytest.mark.parametrize("text, surface", [
    ("The school said £1,500 would be paid on a termly basis.", "£1,500"),
    ("The trust confirmed £5m has been spent in the year.", "£5m"),
])
def test_money_no_destination_not_read(tmp_path, text, surface):
    got = _phrase(tmp_path, text, surface) or ""
    assert not got.startswith("money ")


# Fails on BASE: a share that said, reported or felt something.
@pytest.mark.parametrize("text, surface, phrase", [
    # no whose share: the verb alone (BASE: "said")
    ("In a national poll of 3,000 childminders, seven in 10 said that the funding rate did not cover their costs.",
     "seven in 10", "share saying the funding rate did not cover their costs"),
    # "of X": X and the verb (BASE: "secondary schools reported", cut at the verb)
    ("About 35% of secondary schools reported that recruiting maths teachers was harder than last year.", "35%",
     "share of secondary schools reporting recruiting maths teachers was harder than last year"),
    ("In the survey 62% of parents felt the new sessions were well run.", "62%",
     "share of parents feeling the new sessions were well run"),
    # what was said ends at a conjunction opening another clause
    ("Some 45% of carers said the respite offer was too small and the rest did not reply.", "45%",
     "share of carers saying the respite offer was too small"),
    # ... or at "with" and another figure
    ("In all, 48% of young people felt that the new hub was welcoming with a further 30% feeling it partly was.",
     "48%", "share of young people feeling the new hub was welcoming"),
])
def test_share_saying(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Guards (pass on BASE too): a share of what is reported, a share with no clause said, a count that said.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The data showed 22% of reported incidents were in the town centre.", "22%", "reported incidents"),
    ("The survey found that 40% of pupils were persistently absent.", "40%", "pupils who were persistently absent"),
])
def test_share_saying_guards(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


@pytest.mark.parametrize("text, surface", [
    # a passive ("were agreed to proceed") and a participle with its preposition ("reported to the police"): no saying
    ("Two-thirds (66%) of requests for assessments were agreed to proceed.", "66%"),
    ("Of the incidents in the year, 30% reported to the police were violent.", "30%"),
])
def test_share_saying_not_a_passive(tmp_path, text, surface):
    got = _phrase(tmp_path, text, surface) or ""
    assert not got.startswith("share ")


def test_share_saying_too_short(tmp_path):
    # what was said is one word: no phrase of saying
    got = _phrase(tmp_path, "When asked, about 30% said yes.", "30%") or ""
    assert not got.startswith("share ")
