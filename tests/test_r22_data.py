"""(r22data) Word lists a researcher adapts, moved from the code into the data files of their stage (issue 11 item 4):
``words:`` of data/figure_rules.yml (the figures stage) and ``roles:`` of data/codebook.yml (the topics stage).

Each test edits a copy of the shipped file (a word added) and checks that the outcome changes. The figures-stage lists
are read from the rules object each reader is given (r23rules: :func:`analysis.figures.load_rules` of the copy).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.figures.indicators import Evidence, load_indicators, measure_of_sentence_before
from analysis.figures.rules import FigureRules, load_rules

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_RULES = ROOT / "data" / "figure_rules.yml"


def _use_rules(tmp_path: Path, old: str, new: str) -> FigureRules:
    text = SHIPPED_RULES.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / f"figure_rules_{len(list(tmp_path.iterdir()))}.yml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return load_rules(path)


def test_a_level_word_added_lets_a_figure_take_the_measure_of_the_sentence_before(tmp_path: Path) -> None:
    inds = load_indicators()
    ev = Evidence("ceiling", "own", " the ceiling was 18", "The ceiling was 18.", "count", None)
    previous = "A Member asked about caseloads."
    assert measure_of_sentence_before(ev, previous, inds, load_rules()) is None  # "ceiling" is no level word
    rules = _use_rules(tmp_path, "level_words: [peak,", "level_words: [ceiling, peak,")
    assert measure_of_sentence_before(ev, previous, inds, rules) == "social_worker_caseload"


def test_an_item_noun_added_makes_an_amount_bounding_such_items_a_threshold(tmp_path: Path) -> None:
    from analysis.figures.kinds import classify
    t = "All grants over £10,000 need the approval of the Cabinet."
    s = t.index("£10,000")
    before = classify(t, "money", s, s + len("£10,000"), "£10,000", load_rules())
    assert before != "threshold"
    rules = _use_rules(tmp_path, "item_nouns: [balances,", "item_nouns: [grants, balances,")
    assert classify(t, "money", s, s + len("£10,000"), "£10,000", rules) == "threshold"
    rules = _use_rules(tmp_path, "spending_nouns: [spend,", "spending_nouns: [grants, spend,")
    assert classify(t, "money", s, s + len("£10,000"), "£10,000", rules) == "threshold"


def test_an_owner_head_added_stops_a_subject_being_taken_as_the_phrase(tmp_path: Path) -> None:
    from analysis.figures.phrase import complement_subject
    before = "The cumulative deficit on the reserve now stands at a considerable "
    assert complement_subject(before, "stands at a considerable", load_rules()) == "cumulative deficit on the reserve"
    rules = _use_rules(tmp_path, "owner_heads: [report,", "owner_heads: [reserve, report,")
    assert complement_subject(before, "stands at a considerable", rules) == ""


def test_a_reporting_verb_added_opens_a_reported_clause(tmp_path: Path) -> None:
    from analysis.figures.phrase import reported_clause_start
    t = "Figures also warned that 5.5 per cent were offered their third choice."
    assert reported_clause_start(t, 0, t.index("5.5"), "Figures also warned", load_rules()) == -1
    rules = _use_rules(tmp_path, "reporting_verbs: [reveal,", "reporting_verbs: [warned, reveal,")
    assert reported_clause_start(t, 0, t.index("5.5"), "Figures also warned", rules) == t.index("5.5")
    t = "Officers warned Members that 50 children had been looked after."
    assert reported_clause_start(t, 0, t.index("50"), "Officers warned Members", load_rules()) == -1
    rules = _use_rules(tmp_path, "reporting_verbs_to: [informed,", "reporting_verbs_to: [warned, informed,")
    assert reported_clause_start(t, 0, t.index("50"), "Officers warned Members", rules) == t.index("50")


def test_a_word_added_after_nationally_stops_it_naming_the_country(tmp_path: Path) -> None:
    from analysis.figures.reference import _kind_of, rule_benchmarks
    words = "compared with 65% nationally commissioned"
    assert _kind_of(words, rule_benchmarks(load_rules())) == "national"
    rules = _use_rules(tmp_path, "not_after_nationally: [recognised,", "not_after_nationally: [commissioned, recognised,")
    assert _kind_of(words, rule_benchmarks(rules)) == "comparison"


# ---------------------------------------------------------------- the topics stage: roles of data/codebook.yml

SHIPPED_CODEBOOK = ROOT / "data" / "codebook.yml"


def _codebook_with(tmp_path: Path, old: str, new: str):  # -> topics.Codebook
    from analysis import topics
    text = SHIPPED_CODEBOOK.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "codebook.yml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return topics.load_codebook(path)


def _themes_scored(text: str, codebook) -> dict[str, float]:
    from analysis import topics
    scores, _ = topics.theme_scores(text, codebook)
    return {th.id: s for th, s in zip(codebook.themes, scores) if s}


def test_a_title_end_role_added_makes_the_title_before_it_name_no_subject(tmp_path: Path) -> None:
    from analysis import topics
    t = "Report by the Fostering Consultant was noted."
    assert _themes_scored(t, topics.load_codebook()) == {"fostering_adoption": 1.0}
    cb = _codebook_with(tmp_path, "title_end: [Manager,", "title_end: [Consultant, Manager,")
    assert _themes_scored(t, cb) == {}


def test_a_role_added_before_a_dash_makes_its_remit_name_no_subject(tmp_path: Path) -> None:
    from analysis import topics
    t = "Jo Smith, Senior Adviser - School Improvement, presented the report."
    assert _themes_scored(t, topics.load_codebook()) == {"education_standards": 2.0}
    cb = _codebook_with(tmp_path, "before_dash: [director,", "before_dash: [Adviser, director,")
    assert _themes_scored(t, cb) == {}


def test_the_two_role_lists_are_read_and_checked() -> None:
    from analysis import topics
    from analysis.errors import ConfigError
    cb = topics.load_codebook()
    assert "Manager" in cb.title_end_roles and "Member" not in cb.title_end_roles  # (two lists: see the file's header)
    assert cb.dash_role is not None and cb.dash_role.search("Cabinet Member - Children")
    assert not cb.dash_role.search("a member - of")
    bare = topics.parse_codebook({"themes": [{"id": "send", "name": "SEND", "terms": ["SEND"]}]})
    assert bare.title_end_roles == frozenset() and bare.dash_role is None
    with pytest.raises(ConfigError, match="roles"):
        topics.parse_codebook({"themes": [{"id": "send", "name": "SEND", "terms": ["SEND"]}],
                               "roles": {"title_end": ["Chief Officer"]}})
