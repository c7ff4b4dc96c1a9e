"""The speed paths of the number scan and the stage give the same answers as the plain patterns
they stand for (speed round 5): each cheap path is compared with the regex or code it replaces."""

from __future__ import annotations

import pytest

from analysis.figures import grammar

_TRICKY = [
    "One of seven, not someone nor 2one; Twelve_ or ELEVEN.",
    "éone oneé one", "ſix six İone oneİ", "x\u00a0three\u2009four", "Kelvin \u212aten ten",
    "ONE1 one_ _one", "a hundred and fifty-five", "twenty-one, twentyone", "SIXTEEN sixteenth sixty-six",
    "first/second third-quarter fourth.", "zero-based, a dozen", "", "   ", "no number words at all",
    "Ninety9 ninety 9", "tenth ten tenths", "one£5 two$ three€", "(one) [two] {three}",
]


@pytest.mark.parametrize("text", _TRICKY)
def test_number_words_are_the_word_candidates(text: str) -> None:
    expected = [m.span() for m in grammar.CANDIDATE_RE.finditer(text) if text[m.start()].isalpha()]
    assert grammar.number_words(text) == expected


@pytest.mark.parametrize("text", _TRICKY + ["Spend was £4.5m in 2023/24, one in five", "7 out of ten 8"])
def test_has_candidate_is_the_candidate_search(text: str) -> None:
    assert grammar.has_candidate(text) == (grammar.CANDIDATE_RE.search(text) is not None)


from analysis.figures import kinds  # noqa: E402

#: left contexts a left-context pattern of kinds finds (each must pass its cheap gate)
_LEFT_MATCHES = {
    "under": ["young people aged under ", "children Under  ", "50% were UNDER\n", "children over ", "pupils below "],
    "post": ["Item 10 Post ", "support provided post-", "pre ", "the Pre-\n", "for children POST\n\n"],
    "no": ["Procedure Rule No ", "Standing Order no. ", "Minute NO.", "Item No  "],
    "year_count": ["had risen to ", "the total of ", "there were  ", "numbers reached ", "of whom\n"],
    "last_n": ["in the last ", "over the past ", "compared with the previous ", "a period of ", "every "],
    "threshold": ["within the statutory ", "in less than ", "at least ", "rather than the ", "no later than "],
    "month": ["in April ", "from Sept. ", "June, ", "in Jan '", "at the end of December"],
}
_GATES = {
    "under": [(kinds._UNDER_AGE_LEFT, lambda l: kinds.may_end_with(l, kinds._LIMIT_WORDS)),
              (kinds._SHARE_AGE_LEFT, lambda l: kinds.may_end_with(l, kinds._LIMIT_WORDS)),
              (kinds._PEOPLE_AGE_LEFT, lambda l: kinds.may_end_with(l, kinds._LIMIT_WORDS))],
    "post": [(kinds._POST_AGE_LEFT, lambda l: kinds.may_end_with(l.rstrip().rstrip("-"), kinds._POST_PRE))],
    "no": [(kinds._REF_NO_LEFT, lambda l: kinds.may_end_with(l, kinds._NO_WORDS))],
    "year_count": [(kinds._YEAR_COUNT_LEFT, lambda l: kinds.may_end_with(l, kinds._YEAR_COUNT_ENDS))],
    "last_n": [(kinds._LAST_N_LEFT, lambda l: kinds.may_end_with(l, kinds._LAST_N_ENDS))],
    "threshold": [(kinds._THRESHOLD_LEFT, lambda l: kinds.may_end_with(l, kinds._THRESHOLD_ENDS))],
    "month": [(kinds._MONTH_LEFT, lambda l: kinds._ends_with_month(l.rstrip(), ",")),
              (kinds._MONTH_SHORT_LEFT, lambda l: kinds._ends_with_month(l.rstrip(), "'"))],
}


@pytest.mark.parametrize("family", sorted(_LEFT_MATCHES))
def test_left_context_gates_are_necessary(family: str) -> None:
    found = 0
    for left in _LEFT_MATCHES[family]:
        for pattern, gate in _GATES[family]:
            if pattern.search(left):
                found += 1
                assert gate(left), (family, left, pattern.pattern[:40])
    assert found >= len(_LEFT_MATCHES[family])  # every example is found by one of the patterns at least


from analysis import clean  # noqa: E402

_BREAK_CONTEXTS = [
    "report. The", "Cllr. Smith", "cllrs. Jones", "2020. Committee", "0.7. He", "4.5. per", "J. Bach", "a. The",
    "etc. The", "Etc. and", "No. The", "no. 5", "approx. half", "St. Helens", "placements. There", "year. the",
    "organisations. contacted", "2024. this", "Sept. Members", "ie. the", "eg. The", "vs. Last", "Dept. Officers",
]


@pytest.mark.parametrize("context", _BREAK_CONTEXTS)
def test_simple_break_context_is_punkt_decision(context: str) -> None:
    tok = clean._tokenizer()
    assert clean._contains_sentbreak.__wrapped__(context) == type(tok).text_contains_sentbreak(tok, context)


def test_typed_table_same_for_nan_and_none() -> None:
    """The stage copies a figure's fields as they are: a NaN gives the same missing value as None."""
    from analysis.figures import stage

    nan = float("nan")
    base = ["d:0-2", "d", "C", None, "s1", "12", 12.0]
    tail = ["sentence", 0, 2]
    # (r42bound: bound; r43report: part, after reference; r45side: side, after status)
    with_nan = tuple(base + [nan, nan, "count", nan, nan, None, None, nan, nan, nan, None, nan, nan, nan] + tail)
    with_none = tuple(base + [None, None, "count", None, None, None, None, None, None, None, None, None, None, None] + tail)
    assert len(with_nan) == len(with_none) == len(stage._FIG_OUT)
    a = stage._typed([with_nan], stage._FIG_OUT)
    b = stage._typed([with_none], stage._FIG_OUT)
    assert a.dtypes.equals(b.dtypes) and a.equals(b)
    assert a.to_csv(index=False) == b.to_csv(index=False)


@pytest.mark.parametrize("text", [
    "reported in January 2019", "see (Appendix 2) and [item 3]", "between\u00a0 20 and 30", "the\tQuarter 2 report",
    "a" * 80 + " 12", " " * 70 + "5", "(((((4", "x\x1c y\u2009z 7", "FY 2023/24", "Section 100(A)4",
])
def test_word_starts_are_two_word_start_calls(text: str) -> None:
    for c in range(len(text) + 1):
        for pos in range(0, c + 1, 3):
            ws = grammar._word_start(text, max(pos, c - 30), c) if c > pos else c
            pw = grammar._word_start(text, max(pos, ws - 30), ws) if ws > pos else ws
            assert grammar._word_starts(text, pos, c) == (ws, pw), (pos, c)


@pytest.mark.parametrize("text", [
    "5 children", "12 schools", "45  pupils", "2023 were", "19\tplaces", "7 per cent", "31 weeks", "123 the", "9 (see)",
    "5 May", "7 pm", "1 in 5", "7 out of 10", "5 MB", "2023 / 24", "20 August 2024", "3 am", "40 kb", "6 - 8",
])
def test_numeral_alone_where_no_other_alternative_can_start(text: str) -> None:
    """After a run of digits and whitespace, where the next character is none that another
    alternative needs, the numeral alternative alone gives the master expression's match."""
    c_end = len(text) - len(text.lstrip("0123456789"))
    full = grammar._MASTER_DIGIT.match(text, 0)
    if grammar._SPACE_THEN_OTHER_ALTERNATIVE.match(text, c_end) is None:
        num = grammar._MASTER_NUM.match(text, 0)
        assert (full.span(), full.lastgroup) == (num.span(), num.lastgroup)
    else:  # (the others: a date, time, ratio, size or year that the full expression must see)
        assert text.split()[1][0] in "JFMASONDapioKGkm/-–"


# speed round 6: the candidate scan of ASCII text (a set of ASCII characters, ``in`` for one character)

_ASCII_TEXTS = [
    "Spend was $4.5m in 2023/24, one in five", "$", "$$5 a$b 5$", "x9", "only 0", "no digits at all", "",
    "Item 12\n\n3 of 12", "99 red", "1,234,567.89 and 0.5%", "£ is not ASCII", "ten to 10", "$ 5", "9$",
    "a1b22c333 4444", "COVID-19 KS2 18s", "(3) [4] {5}", "7\t8\n9",
]


def _raw_texts() -> list[str]:
    from pathlib import Path

    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    return [p.read_text(encoding="utf-8") for p in sorted(raw.glob("*.txt"))]


@pytest.mark.parametrize("text", _ASCII_TEXTS)
def test_has_candidate_of_ascii_text(text: str) -> None:
    assert grammar.has_candidate(text) == (grammar.CANDIDATE_RE.search(text) is not None)


def test_ascii_digit_runs_are_the_digit_runs() -> None:
    texts = _ASCII_TEXTS + _raw_texts() + [line for t in _raw_texts() for line in t.splitlines()]
    for text in [t for t in texts if t.isascii()]:
        assert [m.span() for m in grammar._DIGIT_RUN_ASCII.finditer(text)] == [
            m.span() for m in grammar._DIGIT_RUN.finditer(text)]
        for pos in range(0, len(text), 7):
            a, b = grammar._DIGIT_RUN_ASCII.search(text, pos), grammar._DIGIT_RUN.search(text, pos)
            assert (a and a.span()) == (b and b.span())
        assert grammar.has_candidate(text) == (grammar.CANDIDATE_RE.search(text) is not None)


_SURFACES = ["5", "12", "123", "2024", "12345", "0", "05", "٣", "٣٤", "١٢٣", "²", "12²", "½", "3½", "1,234", "4.5", "45%",
             "10 years", "6 months", "12 per cent", "3 points", "7pp", "", "x", "1 2", "١٢", "\uff11\uff12", "5 days",
             "9 hrs", "4 km", "2 Years", "one", "twelve"]


@pytest.mark.parametrize("surface", _SURFACES)
def test_decimal_surface_shape_is_the_patterns(surface: str) -> None:
    """classify and _venue_or_age_limit test a surface of digits alone (str.isdecimal) by its length
    instead of the patterns: the same answers, Unicode digits included."""
    dec = surface.isdecimal()
    assert dec == (kinds._DIGITS.fullmatch(surface) is not None)
    assert (dec and len(surface) <= 2) == (kinds._ONE_TWO_DIGITS.fullmatch(surface) is not None)
    assert (dec and len(surface) <= 3) == (kinds._ONE_TO_THREE_DIGITS.fullmatch(surface) is not None)
    assert (dec and len(surface) == 4) == (len(surface) == 4 and kinds._FOUR_DIGITS.fullmatch(surface) is not None)
    if dec:
        m = kinds._DIGITS_WORD.match(surface)
        assert (m is not None) == (len(surface) <= 2) and (m is None or m.group() == surface)
        assert (len(surface) > 2) or kinds._DIGITS_YEARS.fullmatch(surface) is not None
        assert kinds.PCT_RE.search(surface[1:]) is None and kinds.TIME_RE.search(surface) is None

