"""Round 38, helper r38ids: a variance the clause points back at is the high needs money the sentence before names.

* Money whose own clause points back at a variance or a block ("the Council needed to address the overspend (approximately
  £7.2m ...)", "was £32m short in this part of the budget") is the high needs deficit when the sentence right before, in
  the same paragraph, names the high needs money itself (the block, the DSG, the SEND budget) and the figure's sentence
  names no other block (``indicators.variance_pointed_back``; Slough, open gold r33blindY; Walsall, judged pool r18freshA).
* An amount right after the variance noun a purpose names ("to address the overspend (approximately £7.2m") is that
  variance, not money put to it (``indicators.funds_a_variance``).

On BASE (62338071) the first three cases fail; the guards pass on both.
"""
from __future__ import annotations

import pytest

from figure_rows import ids as _ids


@pytest.mark.parametrize("text, surface", [
    # the open gold's and the judged pool's wordings
    ("In response to a Member's concern at the overspend in relation to SEND, the Director advised that as this related "
     "to the High Needs Block, it was outside of the Council's budget and was within the Designated Schools Grant (DSG). "
     "She explained that the Department for Education had indicated that the Council needed to address the overspend "
     "(approximately £7.2m at the end of 2018/19) which had partly been caused by changes in legislation.", "£7.2m"),
    ("The report also highlighted that the biggest financial risk facing Walsall Council is the Dedicated Schools Grant, a "
     "type of government funding ring-fenced for schools and children with special educational needs. In recent years, "
     "more children have needed this support and by the end of 2024/25, Walsall Council was £32m short in this part of "
     "the budget.", "£32m"),
    # a news page's one-sentence paragraphs: the sentence before is the paragraph before's last
    ("The report also highlighted that the biggest financial risk facing Walsall Council is the Dedicated Schools Grant.\n"
     "By the end of 2024/25, Walsall Council was £32m short in this part of the budget.", "£32m"),
    # a council not seen
    ("The high needs block is the biggest risk this year. By March the council was £5m short in that block.", "£5m"),
])
def test_variance_pointed_back_at_the_high_needs_money_before(text: str, surface: str) -> None:
    assert _ids(text)[surface] == "high_needs_deficit"


@pytest.mark.parametrize("text, surface, expected", [
    # the sentence before names another budget: the variance stays that budget's
    ("The children's services budget is under pressure this year. The council needed to address the overspend of £2m by "
     "March.", "£2m", "budget_variance"),
    # money put to the deficit, not the deficit
    ("The high needs block is overspent. The council transferred £2m from the Schools Block to reduce the deficit.", "£2m",
     None),
    # another block named in the figure's own sentence
    ("The high needs block is overspent. The Early Years Block was £0.4m short in this part of the budget.", "£0.4m", None),
    ("The children's services budget is under pressure. By March the council was £2m short in this part of the budget.",
     "£2m", None),
])
def test_pointer_without_the_high_needs_money_before_keeps_its_reading(text: str, surface: str, expected: str | None
                                                                       ) -> None:
    assert _ids(text)[surface] == expected
