"""(r35twins2) The last copies of the status and change words, each now read from its one source.

1. ``figures.indicators._CHANGE_BEFORE_BRACKET`` (a change since then, in brackets, of a variance): its words from
   ``analysis.vocab``, not prefixes of its own.
2. ``figures.phrase_changes._says_which`` (a counted population's complement that is its status): the track phrases of
   ``data/figure_rules.yml`` (``status.off_track`` / ``status.on_track``) and its colours, with the rules the stage is
   given.
3. The pages' note of what "on track" means names the rules file's phrases (``report.track_examples``).
4. A value chart's ticks stop at the largest value (none in the room kept for the value's text).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import charts, report, vocab
from analysis.figures import extract_figures, load_rules
from analysis.figures import indicators as ind
from analysis.figures import phrase_changes as pch

ROOT = Path(__file__).resolve().parents[1]


def _rules_file(tmp_path: Path, old: str, new: str) -> Path:
    text = (ROOT / "data" / "figure_rules.yml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "figure_rules.yml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _against_earlier(text: str, amount: str) -> bool:
    at = text.find(amount)
    return ind.variance_against_earlier(text, at, at + len(amount))


# --------------------------------------------------------------------------- 1. change before a bracket


def test_bracket_change_words_come_from_vocab() -> None:
    words = set(ind._BRACKET_CHANGE_WORDS)
    assert set(vocab.change_verb_forms("rise", "grow", "fall", "increase", "decrease", "reduce", "improve")) <= words
    assert set(vocab.change_verb_forms("worsen")) == {"worsen", "worsens", "worsened", "worsening"} <= words
    assert {"growth", "reduction", "reductions", "improvement", "improvements"} <= words
    src = (ROOT / "src" / "analysis" / "figures" / "indicators.py").read_text(encoding="utf-8")
    assert "worsen\\w*" not in src and "ris\\w*|rose" not in src


@pytest.mark.parametrize("text, amount", [
    ("Overspend has continued to rise (approx. £21k since November's Forum) and now stands at £2.716m.", "£21k"),
    ("The deficit has grown (by £0.3m since the last meeting) to £4.1m.", "£0.3m"),
    ("The position has worsened (£150k since month 6) and is now £1.2m.", "£150k"),
    ("There was a further reduction (around £40k since the last report) in the overspend.", "£40k"),
])
def test_a_change_since_then_in_brackets_is_against_the_earlier_position(text: str, amount: str) -> None:
    assert _against_earlier(text, amount)


def test_a_word_that_only_opens_like_a_change_is_none() -> None:
    # fails on 24e80954: its prefix "ris\w*" read "risk" as a verb of change ("the risk (£2m since April)" is the risk's
    # size, a figure of its own); the vocab's forms read no such word
    assert not _against_earlier("The overspend risk (£2m since April) was noted by the Forum.", "£2m")
    assert not _against_earlier("Councillor Fallon (£5k since May) asked about the grant.", "£5k")
    assert ind._CHANGE_BEFORE_BRACKET.search("the budget has risen (by ")


# --------------------------------------------------------------------------- 2. a status complement


def test_not_on_track_is_a_status_as_on_track_is() -> None:
    # fails on 24e80954: "(on|off) (track|target)" of its own; "not on track", "no longer on target", "not meeting the
    # target" were read as what the counted population was
    assert extract_figures("In the last quarter 11 targets were not on track across the service.")[
        "indicator"].tolist() == ["targets"]
    assert extract_figures("By March 14 measures were no longer on target this year.")["indicator"].tolist() == [
        "measures"]
    assert not pch._says_which(" were not meeting the target for attendance")
    assert not pch._says_which(" that were on track with the plan")


def test_what_is_no_status_still_says_which() -> None:
    # guards (pass on 24e80954 too): a predicate that says which of them are counted stays in the phrase
    assert pch._says_which(" were in line with counterparts in similar areas")
    assert pch._says_which(" were made subject to a child protection plan")
    assert extract_figures("In total 30 children were at risk of exclusion in May.")["indicator"].tolist() == [
        "children at risk of exclusion"]


def test_the_status_complement_reads_the_rules_it_is_given(tmp_path: Path) -> None:
    # fails on 24e80954: _says_which took no rules; a phrase added to status.off_track did not count
    path = _rules_file(tmp_path, '    - "worse than target"\n',
                       '    - "worse than target"\n    - "adrift of (plan|target)"\n')
    rules = load_rules(path)
    tail = " were adrift of target at the end of the year"
    assert pch._says_which(tail) and not pch._says_which(tail, rules)
    text = "In the last quarter 11 targets were adrift of plan across the service."
    assert extract_figures(text)["indicator"].tolist() == ["targets that were adrift of plan across the service"]
    assert extract_figures(text, rules=rules)["indicator"].tolist() == ["targets"]


def test_no_copy_of_the_track_words_in_the_phrase_modules() -> None:
    src = (ROOT / "src" / "analysis" / "figures" / "phrase_changes.py").read_text(encoding="utf-8")
    assert "(?:on|off)\\s+(?:track|target" not in src


# --------------------------------------------------------------------------- 3. the pages' note


def test_the_track_note_names_the_rules_file_phrases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # fails on 24e80954: the note listed examples of its own; an edit of the rules file did not show
    note = report.templates().from_string('{% import "macros.html" as m %}{{ m.track_note() }}')
    shipped = note.render()
    for p in ("not on track", "no longer on track", "below target", "worse than target", "on track", "met target"):
        assert f'"{p}", ' in shipped, p
    path = _rules_file(tmp_path, '    - "better than target"\n',
                       '    - "better than target"\n    - "ahead of (plan|schedule)"\n')
    monkeypatch.setenv("CM_FIGURE_RULES", str(path))
    edited = note.render()
    assert '"better than target", "ahead of plan", or rated green' in edited and "ahead of plan" not in shipped
    assert report.track_examples(load_rules(path))["on"][-2:] == ("better than target", "ahead of plan")


# --------------------------------------------------------------------------- 4. value chart ticks


@pytest.mark.parametrize("unit, values", [("gbp", [2_143_000.0, 1_000_000.0, 400_000.0]), ("days", [30.0, 52.0, 41.0])])
def test_value_chart_ticks_stop_at_the_largest_value(unit: str, values: list[float]) -> None:
    # fails on 24e80954: the ticks ran on into the room kept for the value's text ("£2.5m", "£3m" past £2.143m)
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = pd.DataFrame({"council_slug": ["a", "b", "c"], "meeting_date": ["2024-06-01", "2024-05-01", "2024-04-01"],
                         "value": values, "unit": unit, "doc_id": ["d1", "d2", "d3"]})
    fig = charts.plot_indicator_values(rows, "Measure over time", unit, {})
    ax = fig.axes[0]
    ticks = [float(t) for t in ax.get_xticks()]
    lo, hi = ax.get_xlim()
    assert len(ticks) >= 3 and max(ticks) <= max(values) and lo <= min(ticks)
    assert hi > max(values) + 0.3 * (max(values) - min(0.0 if unit == "gbp" else min(values), min(values)))  # room kept
    assert all(re.fullmatch(r"[£\d.,km-]+", t.get_text()) for t in ax.get_xticklabels())
    plt.close(fig)
