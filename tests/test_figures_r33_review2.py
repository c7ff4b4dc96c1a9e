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


# (r33review2) The lead's _ONE_RATE_RIGHT (415626b9) took a "one" subject's count away wherever "for/in/out of every/each"
# followed in its clause, a rate's denominator or not. It now needs the denominator's number ("in every 400", "for
# every four"). Written for this test: on 415626b9 the first two lost their "One" (r33figs' merge counted it).
from analysis.figures import extract_figures  # noqa: E402


def _surfaces(text: str) -> list[str]:
    return extract_figures(text)["surface"].tolist()


@pytest.mark.parametrize("text, want", [
    ("One school had agreed to take part in each of the three pilots.", ["One", "three"]),
    ("One child had been placed for every month of the year in a residential school.", ["One"]),
])
def test_one_subject_counts_before_every_or_each_without_a_number(text, want):
    assert _surfaces(text) == want


@pytest.mark.parametrize("text, want", [
    # guards: a rate's numerator stays out (the lead's cases and a number word), a subject's count stays in
    ("One pupil was excluded in every 400 on roll.", ["400"]),
    ("One child was in care for every 150 children in the borough.", ["150"]),
    ("One child was in care for every twenty children in the borough.", ["twenty"]),
    ("One child is in a residential school.", ["One"]),
])
def test_guard_one_as_a_rate_or_a_count(text, want):
    assert _surfaces(text) == want
