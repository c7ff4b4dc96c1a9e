"""Round 27 (r27review2): a second reader's faults in r27phrase's rules, found on sentences written for the test (as
council officers write them, not copied from a page), each failing on main bc26fcf before the fix:

* ``own_noun_of_value`` read "this <word> £X" as a determiner and an adjective before the value: "this included £2m
  relating to the previous year" -> "included relating to the previous year" (the id lost); "this" is the clause's
  subject there.
* ``indicator_phrase``'s pronoun change (rule 1) wrote the pronoun's verb as the measure: "This reflects an increase
  of £1m" -> "increase in reflects"; a verb of the rule's own pattern is no measure (as "that's" was not).
* ``_mend_verb_phrase``'s subject before a comma (r27phrase rule 2) took an aside between commas ("the sum, as set out
  in paragraph 4.2 of the report, would be allocated at £30" -> "as set out") or a noun inside the chunk ("The top-up
  rate paid to special schools for pupils with the most complex needs, will be uplifted by 3.4%" -> "most complex
  needs"). Such chunks are not the subject: the phrase stays what it was before r27phrase.
"""

from __future__ import annotations

import pytest

from figure_rows import stage_table


def _phrase(tmp_path, text: str, surface: str):
    figs = stage_table(tmp_path, text)
    rows = figs[figs["surface"] == surface]
    assert len(rows) == 1, figs[["surface", "indicator"]].values.tolist()
    return rows.iloc[0]["indicator"], rows.iloc[0]["indicator_id"]


# Fail before: a demonstrative subject and its verb before the value are not the value's determiner and adjective.
@pytest.mark.parametrize("text, surface, phrase, iid", [
    ("The DSG deficit was £9m. It was noted that this included £2m relating to the previous year.", "£2m",
     "Dedicated Schools Grant (DSG) deficit", "high_needs_deficit"),
])
def test_a_demonstrative_subject_is_no_determiner(tmp_path, text, surface, phrase, iid):
    assert _phrase(tmp_path, text, surface) == (phrase, iid)


def test_a_plural_demonstrative_subject_is_no_determiner(tmp_path):
    # (fails before: "included carried forward ..."; after, the noun after the value, another rule's reading)
    got = _phrase(tmp_path, "The high needs deficit was £7m. Officers said that these included £1.5m carried forward "
                  "from last year.", "£1.5m")[0]
    assert not str(got).startswith("included")


# Fail before: the chunk before the comma is an aside, or its subject() is a noun inside it.
@pytest.mark.parametrize("text, surface, bad", [
    ("Members were told that the sum, as set out in paragraph 4.2 of the report to Cabinet, would be allocated at £30 "
     "per pupil.", "£30", "as set out"),
    ("The top-up rate paid to special schools for pupils with the most complex needs, will be uplifted by 3.4%.",
     "3.4%", "most complex needs"),
])
def test_an_aside_before_the_comma_is_not_the_subject(tmp_path, text, surface, bad):
    assert _phrase(tmp_path, text, surface)[0] != bad


# Fails before ("increase in reflects"): the pronoun's verb alone is no measure; the measure named before is.
def test_a_pronouns_verb_is_no_measure_of_its_change(tmp_path):
    assert _phrase(tmp_path, "The deficit is forecast to be £14m at year end. This reflects an increase of £1m due to "
                   "higher placement costs.", "£1m")[0] == "increase in deficit"


# Guards (pass before and after): r27phrase's own cases and the readings that must stay.
def test_guard_an_aside_opening_with_a_participle(tmp_path):
    assert _phrase(tmp_path, "The grant, following the announcement by the Department in December, will be reduced to "
                   "£40 per place.", "£40")[0] != "following the announcement"


@pytest.mark.parametrize("text, surface, phrase", [
    # rule 2's evidence shape: a subject chunk that opens the clause, cut at its participle
    ("That to remain affordable within the DSG funding allocation, the growth funding awarded to schools from "
     "September 2023, will be distributed on the basis of £1,500 per primary place.", "£1,500", "growth funding"),
    # a determiner and an adjective before the value: the value's own noun
    ("The grant was £1m. This funded a £0.2m pilot in two schools.", "£0.2m", "pilot in two schools"),
    ("School balances were reducing, to £4m across the county. This was in contrast to the previous year's £2.5m "
     "underspend.", "£2.5m", "previous year's underspend"),
    ("The forecast surplus on the block was £0.3m. It was noted that this related to £0.240m unallocated growth, "
     "and a minor variation.", "£0.240m", "unallocated growth"),
    # the pronoun's change
    ("The forecast overspend for the year stood at £9.1m. This is an improvement of £0.450m compared "
     "with the last report.", "£0.450m", "improvement in forecast overspend"),
])
def test_guards(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface)[0] == phrase
