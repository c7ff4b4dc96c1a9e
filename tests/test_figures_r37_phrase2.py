"""Round 37 (r37phrase2): a list of names, each with an amount, under an opening that says what the amounts are
(see tests/realworld/notes/r37_phrase2.md).

"... noting that balances over £1m were held by 15 schools in the borough, including:" then "Beavers Community Primary
School £1,387,000": the amount's phrase was the school's name alone, which readers of the pools judged wrong (Hounslow x12,
West Berkshire x6) and replaced with the opening's measure and the name ("balance held by <school>", "growth fund
payment, <school>"). The name-and-amount line now takes "<what the opening's passive clause is about>, <name>"
(`layout.name_of_amount`, `layout.opening_measure`, read by the stage).

The pages are written for the test, not copied from a page. Tests marked "fails on WAVE1" do (f779ff6b); the guards
pass on both.
"""

from __future__ import annotations

import pytest

from analysis.figures.layout import name_of_amount, opening_measure
from figure_rows import stage_phrases


_BALANCES = ("School balances\n\nThe report listed the balances of each school at the year end, noting that balances "
             "over £500k were held by 4 schools, including:\n\nPrimary Schools\n\n- Elm Tree Primary School £612,000\n\n"
             "- St Anne's Catholic Primary School £743,500\n\nSecondary Schools\n\n- The Oakfield Academy £1,204,000\n")
_PAYMENTS = ("Growth Fund 2016/17\n\nIn 2016/17 three schools met the criteria and the relevant payments had been "
             "approved by the Director as follows:\n\n• Hillside Junior £31,250\n\n• The Meadows £14,800\n\n"
             "No school was eligible for the Falling Rolls Fund.\n")


# Fails on WAVE1: the phrase was the name alone ("Elm Tree Primary School").
@pytest.mark.parametrize("page, surface, phrase", [
    (_BALANCES, "£612,000", "balances, Elm Tree Primary School"),
    (_BALANCES, "£743,500", "balances, St Anne's Catholic Primary School"),
    (_BALANCES, "£1,204,000", "balances, The Oakfield Academy"),
    (_PAYMENTS, "£31,250", "relevant payments, Hillside Junior"),
    (_PAYMENTS, "£14,800", "relevant payments, The Meadows"),
])
def test_a_name_and_its_amount_take_the_measure_of_the_list_opening(tmp_path, page, surface, phrase):
    assert stage_phrases(tmp_path, page)[surface][0] == phrase


# Guards (pass on both): an opening that says nothing of the amounts (no passive clause; the names' own kind) keeps the
# name; a label and its value with a separator keeps the existing reading; a line of prose is not a name line.
@pytest.mark.parametrize("page, surface, phrase", [
    ("Growth Fund\n\nThe following schools were given:\n\n• Hillside Junior £31,250\n\n• The Meadows £14,800\n",
     "£31,250", "Hillside Junior"),
    ("Growth Fund\n\nMembers noted the list:\n\n• Hillside Junior £31,250\n\n• The Meadows £14,800\n",
     "£14,800", "Meadows"),
])
def test_a_name_line_under_an_opening_naming_no_measure_keeps_the_name(tmp_path, page, surface, phrase):
    assert stage_phrases(tmp_path, page)[surface][0] == phrase


@pytest.mark.parametrize("text, name", [
    ("Beavers Community Primary School £1,387,000", "Beavers Community Primary School"),
    ("• The Willink £12,728", "The Willink"),
    ("- Isleworth & Syon School for Boys £2,599,000", "Isleworth & Syon School for Boys"),
    ("St Mark's Catholic Primary School £2,146,000", "St Mark's Catholic Primary School"),
    ("Total £2.1m", ""),
    ("Budget £3.4m", ""),
    ("The deficit rose to £2m", ""),
    ("Household - 10", ""),
    ("Hillside Junior 31", ""),
])
def test_name_of_amount(text, name):
    assert name_of_amount(text) == name


@pytest.mark.parametrize("text, measure", [
    ("The report noted that balances over £1m were held by 15 schools in the borough, including:", "balances"),
    ("Three schools met the criteria and the relevant payments had been approved as follows:", "relevant payments"),
    ("It was agreed that the funding would be allocated to:", "funding"),
    ("The grants were awarded to the following projects:", "grants"),
    ("Members were told:", ""),
    ("The schools are:", ""),
    ("The following schools were given:", ""),
    ("Balances were held by 15 schools in the borough.", ""),
])
def test_opening_measure(text, measure):
    assert opening_measure(text) == measure
