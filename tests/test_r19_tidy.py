"""(r19tidy) Word lists a researcher adapts live in data/figure_rules.yml (issue 11 item 4); near-duplicate lists are
written once.

- ``units.population_nouns`` (was ``context.RATE_POPULATION_NOUNS``, with a subset repeated inline in ``_RATE_RIGHT``)
  and ``units.counted_nouns`` (with the population nouns, was ``_COUNTED_RIGHT``'s inline list) are read from the rules
  file; :func:`analysis.figures.context.unit_patterns` builds every pattern from them.
- kinds' ``_HYPHEN_UNIT_NAME_RIGHT`` / ``_HYPHEN_UNIT_AFTER_WORD`` share ``_HYPHEN_TIME_UNITS``; ``_AGE_LIMIT_RIGHT`` /
  ``_AGE_UNTIL_RIGHT`` / ``_LEARNERS_OR_END_RIGHT`` share ``_AGE_END`` (and the first two ``_AGE_NEXT_WORDS``): grammar,
  kept in the code.

Each built pattern is checked against the pattern of f1826f9 (the text, or the same matches on a set of words), and a
word added to the data file is checked to change a figure.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis import figures
from analysis.errors import ConfigError
from analysis.figures import kinds
from analysis.figures.context import unit_patterns

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_RULES = ROOT / "data" / "figure_rules.yml"

# ---- the patterns of f1826f9, as they were written in context.py and kinds.py
_OLD_POP = ("children and young people", "children", "child", "young people", "youngsters", "people", "population",
            "pupils", "residents", "households", "under 18s", "under-18s")
_OLD_POP_NOUN = "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(_OLD_POP, key=len, reverse=True))
_OLD_RATE_POPULATION = (r"(?:\s+of\s+(?:the\s+|our\s+|its\s+|[A-Z][\w-]*['’]s\s+)?(?:(?:under[\s-]18|0[\s-]*[-–][\s-]*1[78]|"
                        r"0[\s-]*to[\s-]*1[78])\s+)?(?=population\b)|\s+)(?P<noun>" + _OLD_POP_NOUN + r")\b")
_OLD_RATE_BASE = (rf"(?P<n>(?:100,000|10,000|1,000|100000|10000|1000|10k|1k)(?![\d,.]?\d)|100(?![\d,.]?\d)"
                  rf"(?={_OLD_RATE_POPULATION.replace('(?P<noun>', '(?:')}))(?:{_OLD_RATE_POPULATION})?")
_OLD = {
    "rate_left": r"\brate\s+(?:is\s+|was\s+)?per\s+" + _OLD_RATE_BASE,
    "rate_after_noun_right": (
        r"^\s+(?:(?!(?:and(?!\s+young\s+people\b)|or|but|was|were|is|are|had|has|have|which|that|while|whilst|compared|"
        r"against|than|rates?|of|from|by)\b)[A-Za-z][\w'’-]*\s+){1,6}?(?:per|(?:in|for|out\s+of)\s+every)\s+"
        + _OLD_RATE_BASE + r"(?!\w|[.,]\d)"),
    "per_base_before": r"(?<=[A-Za-z)]\s)per\s+" + _OLD_RATE_BASE + r"(?=[^;:,]{0,120}$)",
    "rate_sibling_gap": (
        r"(?:\s*(?:per|(?:in|for|out\s+of)\s+every)\s+" + _OLD_RATE_BASE + r")?"
        r"(?:\s*(?:and|or|to|-|–)\s*"
        r"|[^.;:\d]{0,80}?\b(?<!total\s)(?:average|rate|figure|level|benchmark)s?\s+(?:(?:for|of|in|across|among)\s+"
        r"(?:[A-Za-z][\w'’-]*\s+){1,4}?)?(?:(?:was|is|were|are|stood|stands)\s+)?(?:of|at|was|is|were|are)\s+"
        r"(?:about\s+|around\s+|approximately\s+)?)"),
}
_OLD_RATE_RIGHT = re.compile(r"\s*(?:per|(?:(?:children|young\s+people|youngsters|pupils|people)\s+)?(?:in|for|out\s+of)\s+every)\s+"
                             + _OLD_RATE_BASE, re.I)
_OLD_COUNTED_RIGHT = re.compile(r"^\s+(?:new\s+|more\s+|additional\s+|extra\s+)?(?:children|child|young|people|pupils|cases|families|"
                                r"referrals|youngsters|students|households|adults|a\s+(?:day|week|month|year)|each|every|per)\b", re.I)
_OLD_HYPHEN_UNIT_AFTER_WORD = re.compile(r"-(?:years?|weeks?|months?|days?)\b(?!-)", re.I)
_OLD_AGE_UNTIL_RIGHT = re.compile(
    r"(?i)^(?:\s*[.,;:)!?]|\s*$|\s+(?:without|for|with|and|or|but|so|unless|if|when|because|instead|rather|in|at|as|who|whose|"
    r"that|which)\b|\s+years?\s+(?:old|of\s+age)\b)")

#: the words and phrases the word-set checks put after a value or a base (every word of both lists, the lists' words
#: with a letter more or less, and others)
_WORDS = sorted(set(_OLD_POP) | {
    "children", "child", "young", "people", "pupils", "cases", "families", "referrals", "youngsters", "students",
    "households", "adults", "young carers", "young persons", "young person", "childs", "peoples", "pupil", "case", "family",
    "referral", "youngster", "student", "household", "adult", "populations", "resident", "under 18", "under-18",
    "new children", "more cases", "additional referrals", "extra pupils", "a day", "a week", "a month", "a year", "a term",
    "each", "every", "per", "in every 10,000", "for every 1,000", "out of every 100 children", "per 10,000", "places",
    "placements", "care leavers", "men", "women", "schools", "which", "and", "or", "was", "in", "of", "nationally", ".", ",",
    "", "Children", "YOUNG PEOPLE", "children  and young people", "young\npeople", "peoplex", "childrens", "children's",
})


def _rules_with(tmp_path: Path, old: str, new: str) -> figures.FigureRules:
    text = SHIPPED_RULES.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "figure_rules.yml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return figures.load_rules(path)


# ---------------------------------------------------------------- one source, the patterns of f1826f9

def test_the_shipped_nouns_build_the_patterns_of_f1826f9() -> None:
    units = figures.load_rules().units
    assert units.rate_base == _OLD_RATE_BASE
    for name, pattern in _OLD.items():
        assert getattr(units, name).pattern == pattern, name
        assert getattr(units, name).flags & re.I


@pytest.mark.parametrize("word", _WORDS)
def test_the_rate_after_a_value_reads_as_before_on_a_word_set(word: str) -> None:
    """_RATE_RIGHT's inline people nouns before "in every" are now the population nouns: the same rate and base for every
    word, but the population nouns the old subset lacked, which now open "<noun> in every <base>" too."""
    new = figures.load_rules().units.rate_right
    added = {"children and young people", "child", "population", "residents", "households", "under 18s", "under-18s"}
    for tail in (" in every 10,000 children.", " for every 1,000 people", " out of every 100 pupils", " per 10,000."):
        for text in (f" {word}{tail}", f"{tail}", f" {word}"):
            old_m, new_m = _OLD_RATE_RIGHT.match(text), new.match(text)
            if " ".join(word.lower().split()) in added and text.startswith(f" {word} ") and tail.startswith((" in", " for", " out")):
                assert old_m is None and new_m is not None, text
                continue
            assert (old_m and (old_m.span(), old_m.group("n"), old_m.group("noun"))) == \
                (new_m and (new_m.span(), new_m.group("n"), new_m.group("noun"))), text


def test_a_population_noun_before_in_every_was_read_as_a_rate_before_too() -> None:
    """The nouns _RATE_RIGHT now takes before "in every" were rates on f1826f9 already (_RATE_AFTER_NOUN_RIGHT reads any
    noun there): the unit and base of such a figure do not move."""
    for noun in ("child", "residents", "households", "population", "children and young people", "under-18s"):
        s = f"There were 61 {noun} in every 10,000 in the county."
        out = figures.extract_figures(s).set_index("surface")
        assert (out.loc["61", "unit"], out.loc["61", "per"]) == ("rate", "10,000"), noun


@pytest.mark.parametrize("word", _WORDS)
def test_a_counted_noun_reads_as_before_on_a_word_set(word: str) -> None:
    """_COUNTED_RIGHT's inline list is now the population nouns and the counted nouns: the same for every word but the
    population nouns it lacked ("45 residents", "45 population", "45 under 18s" are counts)."""
    new = figures.load_rules().units.counted_right
    added = {"population", "residents", "under 18s", "under-18s"}
    for text in (f" {word}", f" {word} were seen", f"  {word}."):
        old_b, new_b = _OLD_COUNTED_RIGHT.match(text) is not None, new.match(text) is not None
        if " ".join(word.lower().split()) in added:
            assert (old_b, new_b) == (False, True), text
        else:
            assert old_b == new_b, text


def test_the_hyphened_time_units_are_one_list() -> None:
    assert kinds._HYPHEN_UNIT_NAME_RIGHT.pattern == (
        r"(?i)^-(?:day|week|month|year|hour|minute|point|step|stage)\s+(?!(?:of|and|or|to|in|on|at|for|was|were|is|are)\b)[a-z]")
    for word in ("year", "years", "week", "weeks", "month", "months", "day", "days", "hour", "hours", "minute", "yearly",
                 "year-olds", "years-old", "Year", "WEEKS", "point", "stage", "decade", "", "ye"):
        for text in (f"a three-{word} plan", f"three-{word}", f"three-{word}."):
            old_m, new_m = _OLD_HYPHEN_UNIT_AFTER_WORD.match(text, 7), kinds._HYPHEN_UNIT_AFTER_WORD.match(text, 7)
            assert (old_m and old_m.span()) == (new_m and new_m.span()), text


def test_the_words_after_an_age_are_one_list() -> None:
    assert kinds._AGE_LIMIT_RIGHT.pattern == r"^(?:\s*[.,;:)!?]|\s*$|\s+(?:who|whose|that|which|and|or|with|in|to|into|through)\b)"
    assert kinds._LEARNERS_OR_END_RIGHT.pattern.startswith(r"(?i)^(?:\s*[.,;:)!?]|\s*$|\s+(?:students?|")
    words = ("without", "with", "within", "for", "and", "or", "but", "so", "unless", "if", "when", "because", "instead",
             "rather", "in", "into", "at", "as", "who", "whose", "that", "which", "to", "through", "more", "places", "years old",
             "year old", "years of age", "years", "children", "Without", "WHO", "whom", "ask", "")
    for w in words:
        for text in (f" {w}", f" {w} x", f"{w}", f", {w}", f" {w}."):
            assert (_OLD_AGE_UNTIL_RIGHT.match(text) is None) == (kinds._AGE_UNTIL_RIGHT.match(text) is None), text


# ---------------------------------------------------------------- a word added to the data file changes a figure

def test_a_population_noun_added_to_the_rules_file_is_kept_in_a_rates_base(tmp_path: Path) -> None:
    s = "The rate of care leavers in education was 45 per 1,000 care leavers this year."
    before = figures.extract_figures(s).set_index("surface")
    assert (before.loc["45", "unit"], before.loc["45", "per"]) == ("rate", "1,000")
    rules = _rules_with(tmp_path, "pupils, residents, households,", 'pupils, residents, households, "care leavers",')
    assert "care leavers" in rules.population_nouns
    after = figures.extract_figures(s, rules=rules).set_index("surface")
    assert (after.loc["45", "unit"], after.loc["45", "per"]) == ("rate", "1,000 care leavers")


def test_a_population_noun_added_to_the_rules_file_makes_a_bare_per_100_a_base(tmp_path: Path) -> None:
    s = "Exclusions were 3.2 per 100 learners last year."
    assert figures.extract_figures(s).set_index("surface").loc["3.2", "unit"] == "count"
    rules = _rules_with(tmp_path, "pupils, residents,", "pupils, learners, residents,")
    after = figures.extract_figures(s, rules=rules).set_index("surface")
    assert (after.loc["3.2", "unit"], after.loc["3.2", "per"]) == ("rate", "100 learners")


def test_a_counted_noun_added_to_the_rules_file_makes_a_value_a_count(tmp_path: Path) -> None:
    s = "The rate was 45 placements, against 40 last year."
    before = figures.extract_figures(s).set_index("surface")
    assert before.loc["45", "unit"] == "rate"
    rules = _rules_with(tmp_path, "counted_nouns: [young,", "counted_nouns: [placements, young,")
    after = figures.extract_figures(s, rules=rules).set_index("surface")
    assert after.loc["45", "unit"] == "count"


def test_the_shipped_population_nouns_are_the_old_list() -> None:
    rules = figures.load_rules()
    assert rules.population_nouns == _OLD_POP
    assert set(rules.counted_nouns) | {"children", "child", "people", "pupils", "youngsters", "households"} == {
        "children", "child", "young", "people", "pupils", "cases", "families", "referrals", "youngsters", "students",
        "households", "adults"}


@pytest.mark.parametrize(
    "old, new, message",
    [
        ("\nunits:\n", "\nunit:\n", "top level: missing units"),
        ("  counted_nouns: [", "  counted: [", "units: missing counted_nouns"),
        ("  counted_nouns: [young, cases, families, referrals, students, adults]", "  counted_nouns: []",
         "units.counted_nouns: expected a non-empty list"),
    ],
)
def test_a_bad_units_section_gives_a_clear_error(tmp_path: Path, old: str, new: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        _rules_with(tmp_path, old, new)


def test_unit_patterns_from_other_nouns() -> None:
    p = unit_patterns(("learners",), ("visits",))
    assert p.rate_right.match(" per 100 learners").group("noun") == "learners"
    assert p.rate_right.match(" per 100 children") is None  # (a bare "per 100" is no base)
    assert p.counted_right.match(" visits") and p.counted_right.match(" learners") and not p.counted_right.match(" cases")


# ---------------------------------------------------------------- what a figure is per (units.per_nouns)

_OLD_PER_ITEMS = (r"week|month|year|annum|day|night|hour|term|quarter|children|child|pupil|"
                  r"young\s+person|person|head|placement|place|bed|case|family|worker|social\s+worker|fte|household|"
                  r"learner|student|school")
_OLD_PER_RE = (r"^(?:\s*,?\s*(?:and\s+)?(?:per|a|an|each|every)\s+(?!\w+\s+(?:ago|earlier|before|previously|later|on)\b)(?P<p>"
               r"week|month|year|annum|day|night|hour|term|quarter|"
               r"children|child|pupil|young\s+person|person|head|placement|place|bed|case|family|worker|social\s+worker|"
               r"fte|household|learner|student|school)\b)+")


def test_the_per_items_are_one_list_and_build_the_patterns_of_f1826f9() -> None:
    """_PER_RE repeated _PER_ITEMS inline: both are now built from the units of time and ``units.per_nouns``."""
    per = figures.load_rules().per
    assert per.per_re.pattern == _OLD_PER_RE
    assert per.per_money_re.pattern == _OLD_PER_RE.replace("|later|on)", "|later)")
    assert per.per_item.pattern == r"(?:per|a|an|each|every)\s+(" + _OLD_PER_ITEMS + r")\b"
    assert per.per_before_money.pattern == (
        r"(?<!\bas\s)\b(?:per|each)\s+(?P<a>" + _OLD_PER_ITEMS + r")(?:\s+per\s+(?P<b>" + _OLD_PER_ITEMS + r"))?\b"
        r"(?=(?:\s+(?!(?:and|but|or|while|whilst)\s+[A-Za-z])[A-Za-z][\w'’/-]*){0,8}\s*$)")
    assert all(p.flags & re.I for p in (per.per_re, per.per_money_re, per.per_item, per.per_before_money))


def test_a_per_noun_added_to_the_rules_file_is_what_money_is_per(tmp_path: Path) -> None:
    s = "Home care costs £25 per visit, and the Forum agreed per client funding of £3,500."
    before = figures.extract_figures(s).set_index("surface")
    assert before["per"].isna().all()
    rules = _rules_with(tmp_path, "  per_nouns: [children,", "  per_nouns: [visit, client, children,")
    after = figures.extract_figures(s, rules=rules).set_index("surface")
    assert (after.loc["£25", "per"], after.loc["£3,500", "per"]) == ("visit", "client")
