"""Round 12 (r12themes): theme classes found on round 11's pools (pages never tuned on for themes).

Each class was seen in several councils' pages of the TUNE half of the pools and sized across all 18
pools (tests/realworld/notes/r12_themes.md). The phrasings below are written in council style for
these tests (not copied from a page); every "fixed" case was coded wrongly by the code at 7072458
(noted per class), and the guards must keep their theme.
"""

from __future__ import annotations

import pytest

from analysis.topics import assign_themes, meeting_header

# --------------------------------------------------------------------------------------------------
# Class 1: the ModernGov meeting block's label lines ("Contact: <clerk>", "Venue: <room>") were coded
# safeguarding (the codebook's "contacts" to the front door) in 102 of 243 such lines of the pools,
# 40 councils. At 7072458 every "fixed" line below was coded safeguarding (or workforce).
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Contact: Priya Shah  Email: priya.shah@example.gov.uk",
    "Contact: Democratic Services  01632 960 123",
    "Contact: Tom Reed, Democratic Services Officer",
    "Contact: Governance Support",
    "Contact for enquiries: Helen Ward, Director, Education and Learning,",
    "Officer contact: Sam Lowe, 01632 960 456, sam.lowe@example.gov.uk",
    "Contact: Ellen Moss, Scrutiny Manager or Raj Patel, Policy Service Manager  01632 960 789",
])
def test_meeting_block_label_lines_are_procedure(text: str) -> None:
    assert meeting_header(text)
    assert assign_themes([text]) == ["other"]


@pytest.mark.parametrize("text, theme", [
    ("Contacts to the front door rose to 1,204 in the quarter, with 22% leading to a referral.", "safeguarding"),
    ("Contact with the family was made within 24 hours of the referral in 91% of cases.", "safeguarding"),
    ("Contacts: 1,204 in Q3, of which 312 became referrals.", "safeguarding"),
])
def test_guard_contacts_to_the_front_door_stay_safeguarding(text: str, theme: str) -> None:
    assert not meeting_header(text)
    assert assign_themes([text]) == [theme]
