"""Round 8 speed gates (helper r8speed): each cheap test put before a round-8 rule is a necessary condition of
that rule, so the rule gives what it gave without it (generated awkward strings; every character where a
character test stands for a case-insensitive pattern).
"""

from __future__ import annotations

import random
import re
import sys

from analysis.figures import indicators, kinds, phrase

_WORDS = ["year", "years", "Year", "YEARS", "month", "months", "week", "weeks", "period", "Period", "PERIOD", "periods",
          "yearperiod", "weeksperiod", "the", "a", "of", "-", "–", " ", "  ", "\t", "\xa0", "\n", ",", "2", "_", "s",
          "'", "‘", "’", "\"", "“", "”", "good", "children's", "x", "é"]


def _strings(n: int, seed: int, max_parts: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rng.choice(_WORDS) for _ in range(rng.randint(0, max_parts))]
        sep = rng.choice(["", " ", ""])
        out.append(sep.join(parts))
    return out


def _first_word(right: str) -> tuple[str | None, str]:
    """w1 and r0 as kinds.classify computes them."""
    if right.isascii():
        w1m = kinds._FIRST_WORD.match(right)
        w1: str | None = w1m.group(1).lower() if w1m else ""
    else:
        w1 = None
    return w1, right[:1]


def test_period_noun_gate_is_necessary():
    """_PERIOD_NOUN_RIGHT matches only where the gate on the first word holds."""
    seen = 0
    for right in _strings(40000, 8) + [" year period", "-year period", " yearperiod.", " periods", " 3 year period",
                                       "year period", "\tmonths  period", " Period,", "-period"]:
        if kinds._PERIOD_NOUN_RIGHT.match(right):
            seen += 1
            w1, r0 = _first_word(right)
            assert w1 is None or r0 == "-" or w1 in kinds._PERIOD_FIRST or w1.endswith("period"), repr(right)
    assert seen > 100


def test_day_range_gate_is_necessary():
    for surface in ["13-24", "13 to 24", "3 – 7", "13th-24th", "1324", "13", "13.5", "12%", "13 and 24"]:
        if kinds._DAY_RANGE.fullmatch(surface):
            assert "-" in surface or "–" in surface or "to" in surface


def test_judged_last_letters():
    """A last word lower-cased into one of _JUDGED ends with a character of _JUDGED_LAST (no other character
    lower-cases to end in d, t or n), and every word of _JUDGED ends with one."""
    assert all(w[-1] in phrase._JUDGED_LAST for w in phrase._JUDGED)
    ends = {w[-1] for w in phrase._JUDGED}
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if c.lower()[-1:] in ends:
            assert c in phrase._JUDGED_LAST, hex(cp)


def _normalise_plain(s: str) -> str:
    """indicators._normalise as round 8 wrote it (both substitutions whenever a quote is there)."""
    s = s.lower()
    if indicators._NORM_QUOTE in s:
        s = s.replace(indicators._NORM_QUOTE, "'")
    if "'" in s or '"' in s or "‘" in s or "“" in s or "”" in s:
        s = indicators._QUOTES.sub(" ", indicators._QUOTED.sub(r" \1 ", s))
    for c in indicators._NORM_SPACED:
        if c in s:
            s = s.replace(c, " ")
    words = s.split()
    if "".join(words).isalnum() and s.isascii():
        return " ".join([w for w in words if w not in indicators._ARTICLE_WORDS])
    return " ".join(indicators._ARTICLES_FAST.sub(" ", " ".join(words)).split())


def test_normalise_quote_gates():
    texts = _strings(30000, 9, 10) + [
        "the Schools' Forum judged ‘good’ or “outstanding” in the children’s area", "judged 'good' or 'outstanding'",
        "children's homes", "‘good’", "'a'", "x'y'z", "“good” or better", '"good"', "the 'outstanding schools",
    ]
    for t in texts:
        assert indicators._normalise(t) == _normalise_plain(t), repr(t)


def test_quoted_needs_two_marks():
    """_QUOTED matches only where the text has a "'" and another opening mark ("‘" or a second "'")."""
    for t in _strings(30000, 10, 10):
        if indicators._QUOTED.search(t):
            assert "'" in t and ("‘" in t or t.count("'") > 1), repr(t)
    assert re.escape("'")  # (the marks are literal characters)


def test_link_word_gate_is_necessary():
    """Every match of _LINK_LINE holds a word of _LINK_WORD: a text without one has no figure on a link line."""
    heads = ["READ MORE", "Read more", "read next", "ALSO READ", "Also read", "SEE ALSO", "See also", "RELATED",
             "Related stories", "MORE ON THIS", "MORE STORIES", "You may also like", "You may also want to watch",
             "REAd MORE", "Rea", "ALS0 READ", "see also", "related", "More stories", "you may also like"]
    rng = random.Random(11)
    seen = 0
    for _ in range(20000):
        line = rng.choice(["", " ", "* ", "• ", "> ", "\xa0-"]) + rng.choice(heads) + rng.choice([":", " -", " |", "", " –"])
        text = rng.choice(["", "It was.\n", "x" * 320]) + line + " £8m for a school."
        s = text.index("£8m")
        if kinds._on_link_line(text, s):
            seen += 1
            assert kinds._LINK_WORD.search(text), repr(text)
    assert seen > 1000


def test_bounded_string_tests_equal_slices():
    """extract_rows' window tests with bounds (``find``, ``endswith``) give what the tests of the slices gave,
    at every position (the text's ends too)."""
    for text in ["(3", "( 3", "Medway (11.0%) and Telford ( 14.0%)", "12 times the average, 1,688 out of 2,342", "x", "(",
                 "out of 5 out of", " times"]:
        for i in range(len(text) + 1):
            for j in range(i, len(text) + 1):
                assert text.endswith(("(", "( "), i - 2, i) == text[i - 2:i].endswith(("(", "( "))
                assert (text.find("(", max(0, i - 24), i) >= 0) == ("(" in text[max(0, i - 24):i])
                assert (text.find(" times", j, j + 7) >= 0) == (" times" in text[j:j + 7])
                assert (text.find("out of", max(0, i - 10), i) >= 0) == ("out of" in text[max(0, i - 10):i])
                assert (text.find("out of", j, j + 10) >= 0) == ("out of" in text[j:j + 10])


def test_classify_none_shortcut_sets_hold_ids_only():
    """indicators.classify returns early for a figure without an id: every later test needs an id (== a string, or
    membership of one of these sets, which hold no None)."""
    for ids in (indicators._TIMELINESS_IDS, indicators.VARIANCE_IDS, indicators.CHILD_COUNT_IDS):
        assert None not in ids and all(isinstance(i, str) for i in ids)


def test_sex_or_age_first_letters():
    """Only the characters of _SEX_OR_AGE_FIRST open a match of _SEX_OR_AGE_PHRASE (case-insensitive, every
    character tried)."""
    first = re.compile(r"(?i)[bgmft]")
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if first.fullmatch(c):
            assert c in indicators._SEX_OR_AGE_FIRST, hex(cp)
    for p in ("boys", "Girls", "males", "FEMALE", "teenage boys", "Teenage  girls"):
        assert indicators._SEX_OR_AGE_PHRASE.match(p) and p[:1] in indicators._SEX_OR_AGE_FIRST


def test_several_children_gate():
    """Every character that matches a letter of "ldren", "young" or "teenager" case-insensitively lower-cases to that
    letter, so _may_name_children holds wherever _SEVERAL_CHILDREN matches."""
    letters = set("ldrenyougta")
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        for x in letters:
            if re.fullmatch("(?i)" + x, c):
                assert c.lower() == x, hex(cp)
    for t in _strings(5000, 12, 8) + ["£200,000 a week on placements for six young people", "looking after 20 CHILDREN",
                                      "for 3 Looked-After Children", "for ten teenagers", "for several youngsters"]:
        if indicators._SEVERAL_CHILDREN.search(t):
            assert indicators._may_name_children(t), repr(t)
    assert indicators._SEVERAL_CHILDREN.search("looking after 20 CHILDREN")
