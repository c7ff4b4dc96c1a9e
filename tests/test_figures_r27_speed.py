"""Round 27 (r27speed): speed changes of figure extraction that keep every output the same.

Each shortcut is checked against what it stands for: the paragraph numbering's line scan against ``(?m)^``, the
fast decision of a Punkt break context against Punkt itself, the realignment guard against Punkt's pattern.
"""

from __future__ import annotations

import pytest

from analysis import clean
from analysis.figures import layout


# ---- layout: the line-opening paragraph numbers found from the line breaks (a literal), not (?m)^ at every character

@pytest.mark.parametrize("text", [
    "1.1 Scope\n 1.2 Data\nrose 2.1 The\n2.3Next\n\n3.1 Last",
    "\n1.1 Scope\n\t1.2 Data",
    "  4.3Profile of need\n\xa04.4 The plan\n123.4 No\n12.5.3 Act\n2.0 Vision",
    "no numbers at all",
    "",
    "1.1 The first line\r\n1.2 After a carriage return",
    "1.1 lower case\n1.2. Dotted\n1.3 .Odd",
])
def test_line_paragraphs_are_the_multiline_patterns_matches(text: str) -> None:
    got = [(m.start(1), m.groups()) for m in layout._line_paragraphs(text)]
    want = [(m.start(1), m.groups()) for m in layout._LINE_PARAGRAPH.finditer(text)]
    assert got == want


def test_paragraph_numbering_unchanged() -> None:
    # (guard) the numbering read over a document is what it was
    assert sorted(layout.paragraph_numbering("1.0 Introduction\n1.1 The plan\n1.2This work\nIt rose to\n1.5 per cent.")) \
        == [(1, 0), (1, 1), (1, 2)]
    assert sorted(layout.paragraph_numbering("England 1.4 North West 1.5 Council")) == []


# ---- clean: a break context with line breaks, tabs or no-break spaces is decided as Punkt decides it

def _punkt(context: str) -> bool:
    tok = clean._tokenizer()
    return type(tok).text_contains_sentbreak(tok, context)


_WORDS = ["report", "Cllr", "cllr", "No", "no", "para", "approx", "etc", "e.g", "post-16", "year-end", "J", "2020",
          "741", "4.5", "0", "Section", "St", "Dr", "Mr", "a", "i.e", "pp", "vs"]
_NEXT = ["The", "the", "Nigel", "per", "(see", "5", "A", "a", "Similarly,", "·", "-", "2.1"]
_SPACES = [" ", "\n", "\xa0 ", "  ", "\n\n", " \n", "\t", "\n \n", "\xa0", "\n\xa0", "\r\n", "\u2028", "\x1c"]


def test_break_context_decisions_are_punkts() -> None:
    differ = []
    for w in _WORDS:
        for sp in _SPACES:
            for nxt in _NEXT:
                context = f"{w}.{sp}{nxt}"
                clean._contains_sentbreak.cache_clear()
                if clean._contains_sentbreak(context) != _punkt(context):
                    differ.append(context)
    assert differ == []


@pytest.mark.parametrize("context", ["report.\nThe", "sick.\n\nIn", "year.\xa0 The", "741.\nNigel", "pupils.\tSimilarly,",
                                     "post-16.\nThe"])
def test_line_break_contexts_take_the_fast_path(context: str) -> None:
    # (r27speed) these no longer go to Punkt (the fast patterns read them)
    assert clean._SIMPLE_CONTEXT.fullmatch(context) or clean._WORD_CONTEXT.fullmatch(context)


@pytest.mark.parametrize("context", ["Cllr.\nSmith", "J.\nBach", "2020.\n·", "etc.\r\nThe", "report.\u2028The"])
def test_other_contexts_still_go_to_punkt_or_agree(context: str) -> None:
    clean._contains_sentbreak.cache_clear()
    assert clean._contains_sentbreak(context) == _punkt(context)


def test_split_sentences_of_raw_lines_unchanged() -> None:
    # (guard) the sentences of a raw text with line breaks are what they were
    t = "The item closed.\nCllr. Smith said there were 45\ncases (e.g. new ones).\n\nNext item. 741.\nNigel spoke."
    assert [t[a:b] for a, b in clean.split_sentences(t)] == [
        "The item closed.", "Cllr. Smith said there were 45\ncases (e.g. new ones).", "Next item.", "741.",
        "Nigel spoke."]


# ---- clean: the realignment pattern is tried only on a slice that opens with one of its characters

def test_realign_first_characters_are_the_patterns() -> None:
    realign = clean._tokenizer()._lang_vars.re_boundary_realignment
    opening = {chr(i) for i in range(0x3000) if realign.match(chr(i) + " x")}
    assert opening == set(clean._REALIGN_FIRST)


def test_realigned_spans_unchanged() -> None:
    t = "Cllr. Smith spoke (see p. 4.) The Chair agreed. \"Spend rose.\" It did! 'Yes.' (Noted.) End."
    assert list(clean._span_tokenize(t)) == list(clean._tokenizer().span_tokenize(t))


# ---- clean: Punkt's period context pattern from the standard engine in ASCII text (the same matches and groups)

def _matches(pattern, text: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(m.span(), m.group(), m.group("after_tok"), m.group("next_tok"), m.start("next_tok")) for m in pattern.finditer(text)]


def test_period_context_standard_engine_finds_the_same_matches() -> None:
    import random

    nltk_pattern = clean._tokenizer()._lang_vars.period_context_re()
    standard = clean._period_context_standard()
    rnd = random.Random(27)
    alphabet = "ab A.?!)\";}]*:@'({[ \t\n\r\x0b\x0c-,0"
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(3000)]
    texts += ["Cllr. Smith spoke (see p. 4.) The Chair agreed.\n\n2. Item? Yes! \"Quoted.\" 'x.' [y.] {z.} a.*b a.:c"]
    assert [_matches(standard, t) for t in texts] == [_matches(nltk_pattern, t) for t in texts]


@pytest.mark.parametrize("text", ["Spend rose.\x1cThe end.", "Spend rose.\u2028The end. Café. Next."])
def test_text_the_engines_read_apart_keeps_nltks_pattern(text: str) -> None:
    # (guard) an information separator or a character not ASCII: nltk's own pattern, the spans of Punkt
    clean._sentence_spans.cache_clear()
    assert list(clean._span_tokenize(text)) == list(clean._tokenizer().span_tokenize(text))
