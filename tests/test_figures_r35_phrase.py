"""Round 35 (r35phrase): the `indicator` phrase (see tests/realworld/notes/r35_r35phrase.md).

1. A change the clause's subject has seen, sized by the figure, with nothing after the change naming what changed:
   "customer services had seen an increase of 33 per cent", "Funding for high needs pupils has seen a 5% increase",
   "Mainstream, which had seen a growth of 30.63%". The phrase was none (or the verb "seen a growth");
   `phrase_changes.seen_change_of` gives "<change> in <subject>". Seen at Milton Keynes, Knowsley (pools) and Tameside
   (r22blindB).

2. A named part that accounts for a count or a share: "physical abuse accounted for 12 children", "teenage anti-social
   behaviour accounted for 22% of reported antisocial behaviour". The phrase was the base alone ("children") or the
   part alone; `phrase_changes.accounted_for_by` gives "<base> accounted for by <part>" ("share of <base> accounted for
   by <part>" for a share). Seen at Hartlepool (r34blindZ), Chorley (r32blindW), Hertfordshire (r24blindH).

The sentences are written for the test, not copied from a page. Tests marked "fails on BASE" do (main 32bf0be3); the
guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import stage_phrase as _phrase


# Fails on BASE (no phrase, or the verb): the change the subject has seen.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The head of performance said customer services had seen an increase of 21 per cent.",
     "21 per cent", "increase in customer services"),
    ("Funding for pupils with high needs has seen a 4% increase, which was welcomed by the Forum.",
     "4%", "increase in funding for pupils with high needs"),
    ("There had been growth across all sectors, particularly for Mainstream, which had seen a growth of 12.5%.",
     "12.5%", "growth in Mainstream"),
])
def test_seen_change_names_the_subject(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Guards (pass on both): the change named "in" something after it; a pronoun or the council as the subject.
@pytest.mark.parametrize("text, surface, phrase", [
    ("In the past three years the council has seen a 64% increase in the number of children in its care.",
     "64%", "increase in children in its care"),
    ("The retail shop has seen a 35% drop in sales income this year.", "35%", "drop in sales income"),
])
def test_seen_change_in_something_keeps_that(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


def test_seen_change_pronoun_subject_is_not_the_measure(tmp_path):
    p = _phrase(tmp_path, "Since the review it has seen an increase of 14 per cent.", "14 per cent") or ""
    assert not p.startswith("increase in it")


# Fails on BASE: a named part that accounts for a count or a share.
@pytest.mark.parametrize("text, surface, phrase", [
    ("At the end of June 96 children were subject to a plan; physical abuse accounted for 17 children, whilst "
     "neglect accounted for most of the rest.", "17", "children accounted for by physical abuse"),
    ("It was noted that youth anti-social behaviour accounted for 31% of reported antisocial behaviour, but breaches were included.",
     "31%", "share of reported antisocial behaviour accounted for by youth anti-social behaviour"),
])
def test_accounted_for_names_part_and_base(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Guards: a pronoun accounting for a share keeps the base; money is not read.
def test_accounted_for_by_pronoun_keeps_base(tmp_path):
    p = _phrase(tmp_path, "Around 5% of pupils had ADHD but these accounted for 38% of exclusions.", "38%") or ""
    assert "accounted for by these" not in p and "exclusions" in p
