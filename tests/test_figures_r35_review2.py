"""Round 35, helper r35review2: review guards for wave 2's rules (note tests/realworld/notes/r35_r35review2.md).

1. r35per's count period after the words counted (``context._PER_TIME_AFTER_COUNT``) read "a year into the
   programme" and "a month late" (when, not how often) as a rate.
2. r35phrase2's participle (``phrase_changes.participle_part_of``) named the ranked category of an inverted sentence
   ("The main reason for referral was domestic abuse, accounting for 35% of referrals" -> "main reason for referral"),
   a subject cut inside a relative clause (South Tyneside r8prec: "largest group of children who looked after are as a
   share of children") and a reporting body ("Members were concerned at the rise, equating to 20 more children" ->
   "more children accounted for by members concerned at the rise").
The sentences are written in the councils' ways, not copied from a page (but the South Tyneside one, a judged pool's).
"""
from __future__ import annotations

import pytest

from figure_rows import one_figure as _fig


@pytest.mark.parametrize("text, surface", [
    ("There were 5 children's homes a year into the programme.", "5"),
    ("There were 8 EHCPs issued a month late.", "8"),
    ("The service had 12 assessments a week behind schedule.", "12"),
])
def test_a_time_saying_when_is_no_period(text: str, surface: str) -> None:
    assert _fig(text, surface)["per"] in (None, "")


@pytest.mark.parametrize("text, surface, per", [
    ("The panel holds 3 meetings a year to review cases.", "3", "year"),
    ("On average 20 children each week were referred to the service.", "20", "week"),
    ("Social workers make 2 visits per month to each child.", "2", "month"),
])
def test_a_counts_period_still_read(text: str, surface: str, per: str) -> None:
    assert _fig(text, surface)["per"] == per


@pytest.mark.parametrize("text, surface, indicator", [
    ("The main reason for referral was domestic abuse, accounting for 35% of referrals.", "35%",
     "domestic abuse as a share of referrals"),
    ("The largest pressure was home to school transport, accounting for 40% of the overspend.", "40%",
     "home to school transport as a share of overspend"),
    ("Neglect continues to be the highest category, accounting for 81 per cent of the plans.", "81 per cent",
     "Neglect as a share of plans"),
])
def test_participle_names_the_part_not_the_ranked_category(text: str, surface: str, indicator: str) -> None:
    assert _fig(text, surface)["indicator"] == indicator


@pytest.mark.parametrize("text, surface, wrong", [
    ("The largest group of children who are looked after are 10 - 15 year olds, accounting for 42.6% of children.",
     "42.6%", "who"),
    ("Members were concerned at the rise, equating to 20 more children.", "20", "members"),
    ("The committee were advised that attendance was good, accounting for 95% of pupils.", "95%", "committee"),
])
def test_participle_names_no_reporting_body_nor_a_cut_subject(text: str, surface: str, wrong: str) -> None:
    assert wrong not in (_fig(text, surface)["indicator"] or "").lower()
