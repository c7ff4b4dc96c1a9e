"""Round 39, helper r39review: a second reader of round 39's first merges (tests/realworld/notes/r39_review.md).

Every text is written for the test in council style (not copied from a page)."""
from __future__ import annotations

import pytest

import analysis.clean as clean
from analysis.figures.extraction import extract
from analysis.figures.grammar import change_before_from, sentence_start
from analysis.figures.rules import load_rules
from figure_rows import surfaces as _surfaces


def test_sentence_start_splits_a_text_once_however_many_positions_are_asked(monkeypatch) -> None:
    # a long segment with many "from A to B" changes: clean's splitter runs once on it, not once per position (r39tools
    # split the text up to each position afresh: quadratic in the segment's length)
    body = "".join(f"Item {i} was noted by the panel (r39review once). Places rose at school {i} from {i} to {i + 9}. "
                   for i in range(60))
    expected = [a for a, _ in clean.split_sentences(body + " ")]  # (another text: the cache of ``body`` stays cold)
    calls = []
    real = clean._span_tokenize
    monkeypatch.setattr(clean, "_span_tokenize", lambda t: calls.append(1) or real(t))
    starts = [sentence_start(body, body.index(f"from {i} to")) for i in range(60)]
    assert len(calls) <= 1
    assert starts == [a for a in expected if body[a:].startswith("Places rose")]
    r = load_rules()
    assert all(change_before_from(body, body.index(f"from {i} to") + 5, r) for i in range(0, 60, 7))
    assert len(calls) <= 1


# (r39prec's _band_of_a_counted_group) a range of lengths of time after a SUM's verb is how long the sum runs, a figure
# (the gold README's "£10m invested over six years"; r39prec's note says a sum's length stays a figure, but only the
# verbs of _BAND_NOT_LEFT guarded it): the counted group is a count or a share, never money
@pytest.mark.parametrize(
    "text, number",
    [
        ("A further £5 million was set aside for 2-3 years.", "2-3 years"),
        ("The £300,000 was allocated for between 2 and 3 years.", "between 2 and 3 years"),
        ("Members heard that £2.5 million was approved for 2-3 years to fund the hubs.", "2-3 years"),
    ],
)
def test_a_band_after_a_sum_stays_a_figure(text: str, number: str) -> None:
    assert number in _surfaces(text)


def test_a_band_of_a_counted_group_is_still_a_threshold() -> None:
    # the rule's own cases are unchanged (tests/test_figures_r39_prec.py holds the rest)
    assert "12-24 months" not in _surfaces("Of those, 3 children were on a Child Protection Plan for 12-24 months.")
    assert "between 20 and 52 weeks" not in _surfaces("Of the new plans, 70% were issued between 20 and 52 weeks.")


@pytest.mark.parametrize(
    "text",
    ["", " ", "12-24 months were spent on it.", "between 20 and 52 weeks", "It's over 500.", "it's", "from 2 to 4",
     "They're 12 and we're 30."],
)
def test_odd_inputs_run(text: str) -> None:
    # empty text, a range at the start of a text, a pronoun-only phrase with no candidate and no figure before it
    f, _ = extract(text)
    assert all(text[s:e] == sf for s, e, sf in zip(f["start"], f["end"], f["surface"]))


def test_the_acronym_it_ending_a_phrase_is_no_pronoun() -> None:
    # (r39phrase's trailing_pronoun_cut matched "it" in any case) "IT" is information technology, what the sum buys
    f, _ = extract("Members approved £450,000 for new IT.")
    assert f["indicator"].tolist() == ["Members approved for new IT"]
    f, _ = extract("Last year there were 300 young people in care, and now it's over 500.")
    assert f["indicator"].tolist()[-1] != "it's"  # the pronoun alone is still replaced
