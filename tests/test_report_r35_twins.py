"""(r35twins) One source for each rule the compare stage and the reports read twice.

1. The track statements' phrases live in ``data/figure_rules.yml`` (``status.off_track`` / ``status.on_track``), read by
   the compare stage with the rules it is given, not a copy in ``compare.py``.
2. Where a currency's symbol goes: ``unitnames.money_text``, used by the pages' cells and values over the meetings and by
   the charts' labels.
3. ``one_value_each`` asked once per chart; the cut-excerpt change words built from ``analysis.vocab``.
Also: a committee spelt two ways is one committee; a value's text beside a bar never runs off the chart.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import charts, compare, report, unitnames
from analysis.figures.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]


def _rules_with(tmp_path: Path, old: str, new: str):
    text = (ROOT / "data" / "figure_rules.yml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "figure_rules.yml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return load_rules(path)


def _segments(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"council_slug": "c", "doc_id": [f"d{i}" for i in range(len(texts))],
                         "segment_id": [f"d{i}:0" for i in range(len(texts))], "theme": "other", "text": list(texts),
                         "raw_start": 0, "raw_end": [len(t) for t in texts]})


# --------------------------------------------------------------------------- 1. track phrases from the rules file


def test_the_shipped_rules_give_the_track_phrases() -> None:
    rules = load_rules()
    assert "not yet on target" in rules.off_track and "off-track" in rules.off_track and "on track" in rules.on_track
    assert rules.track_words == frozenset({"track", "target"})
    assert compare.track_status("Performance remains below its target.") == "not on track"
    assert compare.track_status("Timeliness exceeded the target in Q3.") == "on track"
    assert compare.track_status("The plan is no longer on track.") == "not on track"


def test_an_edited_rules_file_changes_the_track_statements(tmp_path: Path) -> None:
    # fails on 32bf0be3: compare read its own OFF_TRACK / ON_TRACK and ignored the rules file's phrases
    rules = _rules_with(tmp_path, '    - "worse than target"\n', '    - "worse than target"\n    - "under (plan|budget)"\n')
    seg = _segments("Recruitment of foster carers is under plan this quarter.")
    assert compare.track_statements(seg).empty
    got = compare.track_statements(seg, rules=rules)
    assert got["track"].tolist() == ["not on track"]
    assert got["sentence"].iloc[0][got["phrase_start"].iloc[0]:got["phrase_end"].iloc[0]] == "under plan"
    assert compare.track_status("Spending is under budget.", rules) == "not on track"
    assert compare.track_status("Spending is under budget.") is None


def test_a_phrase_removed_from_the_rules_file_is_no_statement(tmp_path: Path) -> None:
    rules = _rules_with(tmp_path, '    - "better than target"\n', '')
    seg = _segments("Attendance was better than target.")
    assert compare.track_statements(seg)["track"].tolist() == ["on track"]
    assert compare.track_statements(seg, rules=rules).empty


def test_the_gate_reads_the_last_words_of_the_rules_phrases(tmp_path: Path) -> None:
    rules = _rules_with(tmp_path, '    - "worse than target"\n', '    - "worse than target"\n    - "behind schedule"\n')
    assert rules.track_words == frozenset({"track", "target", "schedule"})
    assert compare._may_track("Works are behind schedule.", rules) and not compare._may_track("Works are behind schedule.")
    got = compare.track_statements(_segments("Works are behind schedule."), rules=rules)
    assert got["track"].tolist() == ["not on track"]


def test_a_missing_track_list_is_the_shipped_one(tmp_path: Path) -> None:
    # (r35review) a researcher's copy made before round 35 has no status.off_track / on_track: it reads the shipped
    # lists (as the compare stage did when they were its code), not a refusal; the shipped file must hold both
    from analysis.errors import ConfigError

    text = (ROOT / "data" / "figure_rules.yml").read_text(encoding="utf-8")
    start = text.index("  off_track:\n")
    end = text.index("  missed_target:\n")
    path = tmp_path / "figure_rules.yml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    old, shipped = load_rules(path), load_rules()
    assert (old.off_track, old.on_track, old.track_words) == (shipped.off_track, shipped.on_track, shipped.track_words)
    seg = _segments("Timeliness was behind its target.")
    assert compare.track_statements(seg, rules=old)["track"].tolist() == ["not on track"]
    one = tmp_path / "one" / "figure_rules.yml"  # one list given: it replaces the shipped one, the other is shipped
    one.parent.mkdir()
    one.write_text(text[:start] + '  off_track:\n    - "behind schedule"\n' + text[end:], encoding="utf-8")
    assert load_rules(one).off_track == ("behind schedule",) and load_rules(one).on_track == shipped.on_track
    import analysis.paths as paths

    bare = tmp_path / "data"  # the shipped file itself without them is refused, naming the key
    bare.mkdir()
    (bare / "figure_rules.yml").write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(paths, "DATA_DIR", bare)
        with pytest.raises(ConfigError, match="missing off_track"):
            load_rules(bare / "figure_rules.yml")


@pytest.mark.parametrize("sentence, track, phrase", [
    ("Performance was not on track in Q3.", "not on track", "not on track"),
    ("Two measures are not yet on target.", "not on track", "not yet on target"),
    ("The savings plan is off-track.", "not on track", "off-track"),
    ("Timeliness was behind its target.", "not on track", "behind its target"),
    ("We have not met the target for visits.", "not on track", "not met the target"),
    ("61% of actions are on track.", "on track", "on track"),
    ("The service achieved its target.", "on track", "achieved its target"),
    ("Referrals exceeded the target.", "on track", "exceeded the target"),
    ("It was no longer on track.", "not on track", "no longer on track"),
])
def test_track_statements_read_as_before(sentence: str, track: str, phrase: str) -> None:
    # guard: the phrases moved to the rules file match what compare's own patterns matched
    got = compare.track_statements(_segments(sentence))
    assert got["track"].tolist() == [track]
    assert sentence[got["phrase_start"].iloc[0]:got["phrase_end"].iloc[0]] == phrase


def test_on_track_inside_not_on_track_is_no_on_track() -> None:
    # guard: the look-behinds of the old ON_TRACK are now "an on_track phrase inside an off_track one is none"
    rules = load_rules()
    assert compare._on_tracks("It is not on track.", rules) == []
    assert [m.group() for m in compare._on_tracks("Not on track, but 3 are on target.", rules)] == ["on target"]


def test_no_copy_of_the_track_phrases_in_the_code() -> None:
    src = (ROOT / "src" / "analysis" / "compare.py").read_text(encoding="utf-8")
    assert "re.compile(" not in src.split("def track_status")[0]
    assert compare.OFF_TRACK.pattern == load_rules().off_track_re.pattern  # the old names still answer


# --------------------------------------------------------------------------- 2. money, one rule


@pytest.mark.parametrize("text, code, shown", [
    ("2,500,000", "gbp", "£2,500,000"), ("6,500–7,000", "gbp", "£6,500–£7,000"), ("-300", "gbp", "-£300"),
    ("-1,500–-500", "eur", "-€1,500–-€500"), ("12", "usd", "$12"), ("41", "percent", "41"), ("3", None, "3"),
])
def test_money_text(text: str, code: str | None, shown: str) -> None:
    assert unitnames.money_text(text, code) == shown


def test_charts_and_cells_place_the_symbol_alike() -> None:
    for v, code in ((2_143_000.0, "gbp"), (-400_000.0, "gbp"), (1_500.0, "eur"), (-12.5, "usd")):
        label = charts.value_label(v, code)
        assert label == unitnames.money_text(label.replace(unitnames.UNIT_SYMBOLS[code], ""), code)
    # fails on 32bf0be3: a euro chart's labels had no symbol while its heading said "€"
    assert charts.value_label(-1_500, "eur") == "-€1,500" and charts.axis_value(2_500_000, "eur") == "€2.5m"
    assert charts.value_label(2_143_000, "gbp") == "£2,143,000" and charts.axis_value(-1_500_000, "gbp") == "-£1.5m"


def test_money_cell_takes_the_unit_code() -> None:
    assert report.money_cell("1,500", "pounds (£) per week", "gbp") == ("£1,500", "per week")
    assert report.money_cell("1,500", "pounds (£) per week") == ("£1,500", "per week")
    assert report.money_cell("3", "pounds of paper", "count") == ("3", "pounds of paper")
    assert report.money_cell("41", "percent", "percent") == ("41", "percent")


def test_values_over_the_meetings_have_their_pound_sign() -> None:
    # fails on 32bf0be3: the latest value read "£300" and the values over the meetings "2024-06-01: 300"
    s = pd.DataFrame({"meeting_date": ["2024-01-10", "2024-06-01"], "value": [250.0, 300.0], "value_max": [None, None],
                      "doc_id": ["d1", "d2"], "figure_id": ["d1:1-2", "d2:3-4"], "unit": ["gbp", "gbp"]})
    assert [p["values"] for p in report.series_parts(s)] == [["£250"], ["£300"]]
    assert report.series_parts(s.assign(unit="count"))[0]["values"] == ["250"]


# --------------------------------------------------------------------------- 3. asked once; words from vocab


def test_one_value_each_is_asked_once_per_chart(monkeypatch: pytest.MonkeyPatch) -> None:
    import matplotlib

    matplotlib.use("Agg")
    calls = []
    real = charts.one_value_each
    monkeypatch.setattr(charts, "one_value_each", lambda rows: calls.append(1) or real(rows))
    rows = pd.DataFrame({"council_slug": ["a", "b"], "meeting_date": ["2024-01-01", "2023-05-01"], "value": [2.0, 3.0],
                         "unit": "count", "doc_id": ["d1", "d2"]})
    fig = charts.plot_indicator_series(rows, "Children in care over time", "count", {})
    assert len(calls) == 1
    import matplotlib.pyplot as plt

    plt.close(fig)


def test_cut_change_words_come_from_vocab() -> None:
    from analysis import vocab
    from analysis.figures import kinds_furniture as kf

    words = set(kf._CUT_CHANGE_WORDS)
    assert set(vocab.change_verb_forms("rise", "fall", "increase", "reduce", "change")) <= words
    assert set(vocab.COUNT_CHANGE_NOUNS) <= words
    src = (ROOT / "src" / "analysis" / "figures" / "kinds_furniture.py").read_text(encoding="utf-8")
    assert "increas\\w*" not in src
    for left in ("the number in care has risen by ", "down from ", "an increase from ", "spending was cut by "):
        assert kf._CUT_CHANGE_LEFT.search(left), left
    # a name or a word that only opens like a word of change is none ("Fallon", "fallout")
    assert not kf._CUT_CHANGE_LEFT.search("Councillor Fallon from ")
    assert not kf._CUT_CHANGE_LEFT.search("the fallout from ")


# --------------------------------------------------------------------------- reports: committees, labels


def test_a_committee_spelt_two_ways_is_one_committee() -> None:
    # fails on 32bf0be3: "2 committees (Children & Families ...; Children and Families ...)"
    got = report.records_text(pd.Series(["Children & Families Scrutiny Committee",
                                         "Children and Families Scrutiny Committee",
                                         "Children and Families Scrutiny Committee"]))
    assert got == "3 meeting records of Children and Families Scrutiny Committee"
    got = report.records_text(pd.Series(["Education, Children and Young People Scrutiny Commission",
                                         "Education Children and Young People Scrutiny Commission", "Schools Forum"]))
    assert got.startswith("3 meeting records of 2 committees (")


def test_two_committees_stay_two() -> None:
    # guard: different names are not merged
    got = report.records_text(pd.Series(["Cabinet", "Schools Forum", "Cabinet"]))
    assert got == "3 meeting records of 2 committees (Cabinet; Schools Forum)"


def test_index_counts_one_meeting_of_a_committee_spelt_two_ways() -> None:
    d = pd.DataFrame({"doc_id": ["a", "b", "c"], "council_slug": ["x"] * 3, "council": ["X"] * 3,
                      "committee": ["Children & Families Board", "Children and Families Board", "Cabinet"],
                      "meeting_date": ["2023-02-02", "2023-02-02", "2023-02-02"]})
    assert report.index_rows(d, pd.DataFrame({"doc_id": ["a"]}))["meetings"].tolist() == [2]


def test_fit_texts_right_widens_the_axis_to_the_text() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 2))
    ax.set_xlim(0, 1)
    t = ax.text(0.9, 0, "£2,143,000, Jun 2024", fontsize=9)
    fig.tight_layout()
    charts._fit_texts_right(fig, ax, [t], 0.01)
    r = fig.canvas.get_renderer()
    assert t.get_window_extent(r).x1 <= ax.get_window_extent(r).x1 + 0.5
    lo, hi = ax.get_xlim()
    fig2, ax2 = plt.subplots(figsize=(4, 2))
    ax2.set_xlim(0, 1)
    t2 = ax2.text(0.1, 0, "£5", fontsize=9)
    charts._fit_texts_right(fig2, ax2, [t2], 0.01)
    assert ax2.get_xlim() == (0.0, 1.0) and hi > 1.0  # a text that fits moves nothing
    plt.close(fig)
    plt.close(fig2)


def test_no_other_copy_of_the_lists() -> None:
    # the phrases of the track statements and the currencies' symbols are spelt in one place each
    for path in sorted((ROOT / "src" / "analysis").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if path.name != "unitnames.py":
            assert not re.search(r"\"eur\":\s*\"€\"", text), path
        assert "worse\\s+than\\s+target" not in text, path
