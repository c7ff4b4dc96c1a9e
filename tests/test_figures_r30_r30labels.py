"""Round 30 (r30labels): figures written as a label and a value, and figures sharing one noun (see
tests/realworld/notes/r30_r30labels.md):

* a count whose own word is a modifier alone counts the noun the list's values share: "12 permanent and 340
  fixed-term exclusions" (both exclusions), "Exclusions: 12 permanent and 340 suspensions" (the label's noun);
* a value of a list whose items each name their own thing after a preposition ("£2.5 million in capital grants
  ..., £1.3 million on restructuring the SEND team, and £625k in a redesigned pathway") names its own item, not the
  first item's;
* a scorecard label of two capitals ("CIN: 1,200; CP: 350") is the value's label, not the label before.

The sentences are written for the test, not copied from a page. Tests marked "fails on BASE" do (main 946e2e56);
the guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import stage_phrase, stage_row, stage_table


_row, _phrase = stage_row, stage_phrase


# Fails on BASE: a modifier alone before the noun the list's values share.
@pytest.mark.parametrize("text, surface, phrase, id_", [
    ("There were 14 permanent and 310 fixed-term exclusions in the autumn term.", "14",
     "permanent exclusions in the autumn term", "exclusions"),
    ("Places were offered to 2,950 primary and 2,210 secondary pupils.", "2,950", "primary pupils", None),
    ("The borough has 61 primary, 14 secondary and 4 special schools.", "61", "primary schools", None),
    ("The borough has 61 primary, 14 secondary and 4 special schools.", "14", "secondary schools", None),
    ("Exclusions: 9 permanent and 212 suspensions.", "9", "permanent exclusions", "exclusions"),
    ("The team had 7 permanent and 2 interim social workers.", "7", "permanent social workers", None),
])
def test_shared_head_noun(tmp_path, text, surface, phrase, id_):
    row = _row(tmp_path, text, surface)
    assert row["indicator"] == phrase
    if id_:
        assert row["indicator_id"] == id_


# Fails on BASE: each item of a list names its own thing after a preposition.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The package included £1.8 million in grants to adapt classrooms, £0.9 million on expanding the inclusion "
     "team, and £310k per annum in a new autism assessment pathway.", "£0.9 million", "inclusion team"),
    ("The package included £1.8 million in grants to adapt classrooms, £0.9 million on expanding the inclusion "
     "team, and £310k per annum in a new autism assessment pathway.", "£310k", "new autism assessment pathway"),
])
def test_own_list_item(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Fails on BASE: a two-capital label in a scorecard line.
def test_two_capital_label(tmp_path):
    text = "At the end of the quarter the figures were CIN: 1,310; CP: 287; CLA: 402."
    row = _row(tmp_path, text, "287")
    assert (row["indicator"], row["indicator_id"]) == ("child protection (CP)", "child_protection_plans")


# Guards (pass on BASE and after): nouns of their own, a count of one, times and places, a shared measure.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The cohort included 58 boys and 42 girls.", "58", "boys"),
    ("The panel heard 1 new and 3 repeat referrals.", "1", "new"),
    ("The cohort included 58 boys and 42 girls.", "42", "girls"),
    ("The service had 310 care leavers, 420 children in care and 350 children on child protection plans.", "420",
     "children in care"),
    ("Children in care: 420; Care leavers: 310.", "310", "Care leavers"),
    ("At the end of the quarter the figures were CIN: 1,310; CP: 287; CLA: 402.", "402", "children looked after (CLA)"),
])
def test_guards_phrase(tmp_path, text, surface, phrase):
    # (a count of one: "1 new" may be a noun left out, "1 new (referral)"; the rule does not read it)
    assert _phrase(tmp_path, text, surface) == phrase


@pytest.mark.parametrize("text, surface, phrase", [
    ("The council will use £2m in 2025/26, £2m in 2026/27 and £2m in 2027/28.", "£2m", "council"),
    ("The £28million is made up of overspends in three key areas: £17.8million in the wellbeing directorate, "
     "£5.5million in business transformation and £5million in adult social care.", "£5.5million", "key areas"),
    ("It compares to 28.5pc in Suffolk, 87.5pc in Cambridgeshire and 50pc in Essex.", "87.5pc", "It compares"),
])
def test_guards_unchanged_lists(tmp_path, text, surface, phrase):
    # BASE's phrase stands (a time or a place is the same measure elsewhere; a list whose values share a measure
    # named before them is not a list of own items): these rules do not fire
    figs = stage_table(tmp_path, text)
    rows = figs[figs["surface"] == surface]
    assert len(rows) >= 1 and set(rows["indicator"]) == {phrase}
