"""Round 35 (r35per): what a count is per when its period follows the words of what is counted.

A census of every money or count figure followed within a few words by a per-period or per-person phrase, over the 29
open blind sets, the judged pools, the dev split and the seeds (``scripts/r35per/census.py``; note
tests/realworld/notes/r35_r35per.md), found one form the code did not read at 3+ councils: a count's period said after
one to four words of what is counted ("300 new requests a month", "121 requests each month", "400 EHCPs being approved
each year", "1,000 children a day are being referred", "100 additional special school places per annum"): Essex,
North Northamptonshire, Hackney, Oxfordshire, Swindon, Oldham, Wokingham, Medway, Cumbria, Leeds, Wiltshire. The
sentences below are written in the councils' ways, not copied from a page.
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure as _fig


# 1. The count's period after the words of what is counted. Fails on MID 24e80954 (per empty).
@pytest.mark.parametrize("text, surface, per", [
    ("The service now receives 300 new requests a month for assessment.", "300", "month"),
    ("There are currently five referrals a month from schools.", "five", "month"),
    ("The team handled 121 requests each month during the autumn.", "121", "month"),
    ("The borough has seen 400 plans being approved each year since 2019.", "400", "year"),
    ("Nearly 1,000 children a day are being referred to children's services.", "1,000", "day"),
    ("The county will need 100 additional special school places per annum until 2030.", "100", "year"),
    ("The service expects 500-600 referrals a week over the winter.", "500-600", "week"),
    ("Officers aim to recruit 15 foster home placements every year for the next three years.", "15", "year"),
])
def test_a_counts_period_after_what_is_counted(text, surface, per):
    assert _fig(text, surface)["per"] == per


# 2. No period where the words between say how long, how often, or when: a preposition, a comparison, a duration,
#    a frequency, a time before or after. Pass on MID and here.
@pytest.mark.parametrize("text, surface", [
    ("There were 17 targets including taking over a year to place some children.", "17"),
    ("That was 25 more than a year previously.", "25"),
    ("The panel will meet four times a year to review progress.", "four"),
    ("The total of 639 children a year earlier was lower.", "639"),
    ("There were 10 children with still a quarter of the year to go.", "10"),
    ("Some 12 families waited a year for a decision.", "12"),
    ("There were 3 children on a plan for a year or more.", "3"),
    ("There were 40 children aged a year or under.", "40"),
])
def test_no_period_when_the_words_between_say_how_long_or_when(text, surface):
    assert _fig(text, surface)["per"] in (None, "")
