"""Round 33, r33review2: guards for grammar's ``_BAND_FROM_LEFT`` after its two unreachable words ("ranges",
"varies": the verb test before it never lets a word ending in a single "s" through) were dropped. Each passes on
415626b9 and after. Notes r33_r33review2."""

from __future__ import annotations

import pytest

from analysis.figures.grammar import expressions
from analysis.figures.rules import load_rules

RULES = load_rules()


@pytest.mark.parametrize("text, want", [
    # a band after "to anywhere" (the verb test reads "to anywhere from"; the band words keep it one range)
    ("The bill could come to anywhere from £5m to £7m next year.", ["£5m to £7m"]),
    ("Grants ranged from £500 to £2,000.", ["£500 to £2,000"]),
    ("The grant ranges from £500 to £2,000.", ["£500 to £2,000"]),
    ("Costs are expected to vary from £500 to £2,000.", ["£500 to £2,000"]),
    ("Costs varies from £500 to £2,000 a pupil.", ["£500 to £2,000"]),
    # a change after a verb: two figures
    ("Prices were amended from £5m to £7m.", ["£5m", "£7m"]),
])
def test_band_or_change_after_from(text, want):
    assert [text[s:e] for s, e, _ in expressions(text, RULES)] == want
