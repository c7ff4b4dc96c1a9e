"""Clean stage: normalised text with a map back to the raw text, sentences and segments.

Three layers, each usable on its own by later stages:

``normalise(raw)``
    Unicode clean-up (unusual spaces, curly quotes, dashes, ellipsis, invisible characters) and
    whitespace collapsing, keeping for every clean character its index in ``raw``. This is the
    provenance contract of the project: any span found in clean text maps back to the exact raw
    characters (:func:`raw_span`).

``split_sentences(text)`` / ``sentence_of(text, start, end)``
    Sentence spans in clean text, with an nltk Punkt tokenizer whose parameters (abbreviations used
    in minutes: Cllr., No., e.g., ...) are built in code, so nothing is downloaded.

``segment_text(doc_id, text)``
    Splits a document's text into the rows of the ``segments`` table: the agenda item's title,
    headings, paragraphs, bullets and resolutions, with boilerplate (ModernGov labels, attachment
    links, page furniture) dropped and hard-wrapped lines re-joined. Every row satisfies
    ``row.text == normalise(doc_text[row.raw_start:row.raw_end]).text``.

How lines become segments (rules chosen to generalise to ModernGov pages and PDF text):

1. The text is split into lines. A line whose normalised text is empty (only spaces, NBSP,
   zero-width characters) is *blank*. A line matching one of :data:`BOILERPLATE_LINES` is dropped;
   :data:`BOILERPLATE_TAILS` are cut from the end of a line ("PDF 138 KB", "... view the full
   minutes text for item 25").
2. A line may start with a *marker*: a bullet glyph (``· • ● ▪ - * –`` or a lone ``o``), a minute
   number (``33.2``), a list number (``1.``) or a letter/roman item (``(a)``, ``ii)``). The marker is
   kept out of the segment's span; numbers go to the ``number`` column.
3. The first content line of a document is the ``title`` when it looks like one (short, no final
   full stop); a leading item number ("5 Year End ...") goes to ``number``. Later titles (full
   meeting minutes): a numbered short line without final punctuation ("3. Children's Services
   Report") that is not part of a numbered list, or a line that carried an attached document's
   file size or "pdf icon" (a ModernGov item title: "Outcomes of Exclusions pdf icon PDF 167 KB"
   is the title "Outcomes of Exclusions"), unless it names an appendix or is one of a documents
   list ("Additional documents:"), which are links to attachments and dropped.
4. Adjacent lines (no blank line between) are joined into one segment when the second continues
   the first: it starts in lower case, or the first ends without terminal punctuation and either
   ends with a function word or comma ("... of the" / "Edge of Care,"), or the whole document is
   hard-wrapped (many lines continue in lower case). A line ending with ``.``/``!``/``?`` followed
   by a capitalised line ends the segment (documents with one line per paragraph), and a marked
   line always starts a new segment. A paragraph ending in the middle of a sentence (last
   character a letter) is also joined with the next paragraph across a *single* blank line.
5. A short line (at most 10 words, no final punctuation, not ending with "of"/"the"/...) that
   stands alone is a ``heading``. When it is not separated by blank lines from its neighbours it
   must also be in title case ("Family Front Door", "SEND") and the next line must not continue
   it in lower case ("Highlights\\nincluded increased ..." is a wrapped sentence, not a heading).
6. A paragraph starting "RESOLVED"/"Resolved"/"AGREED" is a ``resolution``. When it does not end
   a sentence ("RESOLVED that:", "Resolved - That the Committee:") or after a "Decision:" label,
   the numbered/lettered/bulleted items that follow (or the one paragraph right after it) are
   resolutions too, until a heading, a title or an unmarked paragraph.
   A line whose text has tab-separated cells is a table row: one paragraph, never joined.
7. ``heading`` column: for titles and headings, the title above (None for the first); for every
   other segment, the nearest heading or title above.

Known limits: boilerplate in the middle of a line is kept (a segment is one contiguous raw span), except
ModernGov's documents label on a page flattened to one line per item ("... 22 February 2024. Supporting
documents: Minutes: The minutes ..."), which ends the line there (:func:`_line_pieces`);
a page-furniture line inside a wrapped paragraph ends the segment; hyphenated line breaks
("develop-\\nment") are not undone here. For PDFs the corpus layer has already removed running
headers, footers and page numbers and re-joined hyphenated words (``corpus.pdf_to_text``), in the
text every offset indexes, so neither reaches a segment.
"""

from __future__ import annotations

import re
import string
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

import pandas as pd

from .schemas import SEGMENTS, check_table
from .vocab import month_alternation

if TYPE_CHECKING:  # nltk takes seconds to import: only sentence splitting loads it
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = [
    "BOILERPLATE_LINES",
    "BOILERPLATE_TAILS",
    "MINUTES_ABBREVIATIONS",
    "Normalised",
    "clean_documents",
    "decode_offsets",
    "encode_offsets",
    "normalise",
    "offset_pairs",
    "raw_span",
    "segment_text",
    "sentence_of",
    "split_sentences",
]

# --------------------------------------------------------------------------------------------
# Unicode normalisation with offsets
# --------------------------------------------------------------------------------------------

#: One-for-one replacements (same length, so offsets are the identity for them).
_ONE_TO_ONE: list[tuple[str, str]] = [
    *((c, "'") for c in "\u2018\u2019\u201a\u201b\u2032"),  # curly single quotes, prime
    *((c, '"') for c in "\u201c\u201d\u201e\u201f\u2033"),  # curly double quotes
    *((c, "-") for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"),  # dashes, minus
]
#: Characters expanded to several clean characters; all of them map to the one raw index.
#: Typographic ligatures and their letters (also spelt out in PDF text: ``corpus.LIGATURES``).
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
_EXPAND = {"\u2026": "...", **LIGATURES}
#: Invisible characters dropped: soft hyphen, zero-width (non-)joiners/space, word joiner, BOM,
#: and C0 control characters that are not whitespace.
_DROP_CLASS = r"\x00-\x08\x0e-\x1b\x7f\u00ad\u200b-\u200d\u2060\ufeff"
# An "event" is anything that is not copied one-for-one: a run of 2+ whitespace/invisible
# characters, a single whitespace character other than " " (NBSP, tab, newline, thin space...),
# a single invisible character, or an expanded character.
# (The leading lookahead lets the regex engine skip ordinary characters quickly.)
_EVENT_RE = re.compile(
    rf"(?=[\s{_DROP_CLASS}{''.join(_EXPAND)}])"
    rf"(?:[\s{_DROP_CLASS}]{{2,}}|[^\S ]|[{_DROP_CLASS}]|[{''.join(_EXPAND)}])"
)
_WS_RE = re.compile(r"\s")


@dataclass(frozen=True)
class Normalised:
    """Clean text and, for each clean character, its index in the raw text.

    ``len(offsets) == len(text) + 1``; ``offsets[i]`` is the raw index of ``text[i]`` and
    ``offsets[len(text)]`` the raw index just after the last raw character that produced text
    (0 for empty text).
    """

    text: str
    offsets: list[int] = field(repr=False)


def normalise(raw: str) -> Normalised:
    """Normalise unicode and whitespace in ``raw``, keeping a character map back to ``raw``.

    Unicode spaces -> " "; curly quotes -> ``'`` / ``"``; en/em dashes and minus -> "-";
    "…" -> "..."; soft hyphens and zero-width characters dropped; every run of whitespace
    (including line breaks, so hard-wrapped lines are re-joined) -> one space; ends stripped.

    >>> n = normalise("\\u00a0The  Board\\nreceived \\u201cgood\\u201d news \\u2013 82%\\u2026 ")
    >>> n.text
    'The Board received "good" news - 82%...'
    >>> n.offsets[:4], n.offsets[-1]
    ([1, 2, 3, 4], 39)
    """
    t = raw
    if not raw.isascii():
        for a, b in _ONE_TO_ONE:  # str.replace is much faster than str.translate here
            if a in t:
                t = t.replace(a, b)
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _EVENT_RE.finditer(t):
        s, e = m.span()
        if s > pos:
            parts.append(t[pos:s])
            offsets.extend(range(pos, s))
        g = m.group()
        rep = _EXPAND.get(g)
        if rep is not None:
            parts.append(rep)
            offsets.extend([s] * len(rep))
        else:
            if g[0].isspace():  # a whitespace run (possibly with invisible characters) -> " "
                parts.append(" ")
                offsets.append(s)
            else:
                ws = _WS_RE.search(g)
                if ws is not None:
                    parts.append(" ")
                    offsets.append(s + ws.start())
        pos = e
    if pos < len(t):
        parts.append(t[pos:])
        offsets.extend(range(pos, len(t)))
    text = "".join(parts)
    if text.startswith(" "):
        text = text[1:]
        del offsets[0]
    if text.endswith(" "):
        text = text[:-1]
        offsets.pop()
    offsets.append(offsets[-1] + 1 if offsets else 0)
    return Normalised(text, offsets)


def raw_span(norm: Normalised, start: int, end: int, base: int = 0) -> tuple[int, int]:
    """Map the clean span ``[start, end)`` of ``norm.text`` to a raw span (shifted by ``base``).

    >>> n = normalise("a\\u00a0\\u00a0\\u201cquote\\u201d")
    >>> n.text, raw_span(n, 2, 9, base=100)
    ('a "quote"', (103, 110))
    """
    if not 0 <= start < end <= len(norm.text):
        raise ValueError(f"span [{start}, {end}) is empty or outside the text (length {len(norm.text)})")
    return base + norm.offsets[start], base + norm.offsets[end - 1] + 1


def encode_offsets(offsets: list[int]) -> str:
    """A compact form of a clean->raw offset map (the ``offset_map`` column of ``segments``).

    ``"i:o"`` pairs separated by spaces: clean index ``i`` maps to raw index ``o``, and the clean
    characters after it map one-for-one until the next pair. The first pair is always ``0:o``.
    Only the final entry of ``offsets`` (the end) is left out: it is always the last one plus 1.

    >>> n = normalise("The  Board\u2026 met")
    >>> n.text, encode_offsets(n.offsets)
    ('The Board... met', '0:0 4:5 10:10 11:10')
    >>> decode_offsets(encode_offsets(n.offsets), len(n.text)) == n.offsets
    True
    """
    if len(offsets) <= 1:
        return "0:0"
    pairs = [f"0:{offsets[0]}"]
    pairs.extend(f"{i}:{offsets[i]}" for i in range(1, len(offsets) - 1) if offsets[i] != offsets[i - 1] + 1)
    return " ".join(pairs)


def offset_pairs(encoded: str) -> tuple[list[int], list[int]]:
    """The ``(clean indices, raw indices)`` of an encoded offset map (see :func:`encode_offsets`)."""
    idx: list[int] = []
    raw: list[int] = []
    for pair in encoded.split():
        i, _, o = pair.partition(":")
        idx.append(int(i))
        raw.append(int(o))
    if not idx or idx[0] != 0:
        raise ValueError(f"offset map {encoded[:40]!r} does not start with 0:<raw index>")
    return idx, raw


def decode_offsets(encoded: str, length: int) -> list[int]:
    """The full offset list (``len == length + 1``) of an encoded offset map of a text of ``length``."""
    idx, raw = offset_pairs(encoded)
    out: list[int] = []
    for k, (i, o) in enumerate(zip(idx, raw)):
        stop = idx[k + 1] if k + 1 < len(idx) else length
        out.extend(range(o, o + stop - i))
    out.append(out[-1] + 1 if out else raw[0])
    return out


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

#: Abbreviations (lower case, without the final full stop) after which Punkt does not end a
#: sentence. Extend here for other councils' habits.
MINUTES_ABBREVIATIONS: frozenset[str] = frozenset(
    """cllr cllrs councillor mr mrs ms dr prof rev no nos e.g i.e eg ie etc cf approx para paras
    st vs incl inc ltd co dept cttee esp fig figs ref nb viz
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)


_PUNKT_LOCK = threading.Lock()


def _punkt_classes() -> tuple[type, type]:
    """nltk's ``PunktParameters`` and ``PunktSentenceTokenizer``, without running ``nltk/__init__``.

    ``import nltk.tokenize.punkt`` first runs the package's ``__init__``, which imports most of nltk
    with scipy.stats and scikit-learn (over a second, in every stage that splits sentences); Punkt
    itself needs a few small modules (0.15 s). So, when nltk is not imported yet, the Punkt module
    is loaded under a bare ``nltk`` package and every ``nltk`` module loaded that way is then taken
    out of ``sys.modules``: a later ``import nltk`` anywhere initialises the whole package as usual
    (the classes returned here stay valid). Any failure falls back to the ordinary import.
    """
    import sys

    with _PUNKT_LOCK:
        if "nltk" not in sys.modules:
            import importlib.machinery
            import importlib.util

            spec = importlib.util.find_spec("nltk")
            if spec is not None and spec.submodule_search_locations:
                bare = importlib.util.module_from_spec(importlib.machinery.ModuleSpec("nltk", None, is_package=True))
                bare.__path__ = list(spec.submodule_search_locations)
                sys.modules["nltk"] = bare
                try:
                    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

                    return PunktParameters, PunktSentenceTokenizer
                except Exception:  # pragma: no cover - an nltk whose Punkt needs its package: import it whole
                    pass
                finally:
                    for name in [m for m in sys.modules if m == "nltk" or m.startswith("nltk.")]:
                        del sys.modules[name]
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

        return PunktParameters, PunktSentenceTokenizer


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    PunktParameters, PunktSentenceTokenizer = _punkt_classes()

    params = PunktParameters()
    params.abbrev_types = set(MINUTES_ABBREVIATIONS)
    tok = PunktSentenceTokenizer(params)
    # Speed, same spans: Punkt decides each candidate break from its context alone ("report. The"),
    # so the decision is memoised; and its scans of the text use their compiled patterns directly,
    # not through nltk's wall-clock guard (``nltk.redos``: a timer around every match, which costs
    # more than the match; the patterns are nltk's fixed ones, linear in the text)
    tok.text_contains_sentbreak = _contains_sentbreak
    tok._get_last_whitespace_index = _last_whitespace_index
    lang_cls = type(tok._lang_vars)
    realign = lang_cls.re_boundary_realignment
    lang = type("MinutesLanguageVars", (lang_cls,), {
        "__slots__": (), "re_boundary_realignment": getattr(realign, "_rx", realign)})()
    for attr, compiled in (("_re_period_context", lang.period_context_re()),
                           ("_re_word_tokenizer", lang._word_tokenizer_re())):
        setattr(lang, attr, getattr(compiled, "_rx", compiled))
    tok._lang_vars = lang
    # (speed, same decisions) the tokens of the contexts that go to Punkt itself (_contains_sentbreak) test their type,
    # ellipsis, initial and letters with the same compiled patterns (the ``regex`` engine's), without the guard's timer
    # around each call (a sub per token cost more than the rest of the decision)
    token_cls = tok._Token
    tok._Token = type("MinutesToken", (token_cls,), {"__slots__": (), **{
        name: getattr(getattr(token_cls, name), "_rx", getattr(token_cls, name))
        for name in ("_RE_ELLIPSIS", "_RE_NUMERIC", "_RE_INITIAL", "_RE_ALPHA") if hasattr(token_cls, name)}})
    return tok


def _last_whitespace_index(text: str) -> int:
    """Punkt's ``_get_last_whitespace_index`` (the index of the last ASCII whitespace character of
    ``text``, 0 when there is none) with ``str.rfind`` instead of a loop over the characters."""
    i = text.rfind(" ")
    if text[i + 1:].isprintable():  # (speed) no other whitespace after the last space: it is the last
        return max(0, i)
    return max(0, *(text.rfind(c) for c in string.whitespace))


@lru_cache(maxsize=8192)
def _contains_sentbreak(context: str) -> bool:
    """Punkt's decision for one candidate break context (a pure function of the context: the
    tokenizer's parameters are fixed), memoised: the same few words around a full stop recur.

    (speed) The commonest context, a word or a number, a full stop, a space and a word ("report. The",
    "2020. Committee"; r27speed: or the raw text's run of line breaks, tabs and no-break spaces instead of the
    space, "report.\\nThe", "year.\\xa0 The": Punkt's tokens and decision are the same), is decided as Punkt
    decides it with our parameters (abbreviations only: no
    collocations, sentence starters or orthographic statistics), without its tokens: two tokens,
    the first ending with the full stop. A word of two letters or more is a break unless it is an
    abbreviation; a number is a break unless the next word begins in lower case (Punkt's
    orthographic heuristic for numbers, with no statistics: a lower-case word does not start a
    sentence). Every other context (an initial, a hyphen, brackets, more tokens) goes to Punkt.

    >>> [_contains_sentbreak(c) for c in ("report. The", "Cllr. Smith", "2020. Committee", "4.5. per", "J. Bach")]
    [True, False, True, False, False]
    >>> [_contains_sentbreak(c) for c in ("report.\\nThe", "Cllr.\\nSmith", "741.\\nNigel", "4.5.\\xa0 per", "sick.\\n\\nIn")]
    [True, False, True, False, True]
    """
    m = _SIMPLE_CONTEXT.fullmatch(context)
    if m is not None:
        word = m.group(1)
        if word is not None:
            return word.lower() not in MINUTES_ABBREVIATIONS
        return not m.group(2)[0].islower()
    m = _WORD_CONTEXT.fullmatch(context)
    if m is not None:
        # (speed) a word of two characters or more that opens with an ASCII letter (hyphens inside: "post-16",
        # "year-end"), a full stop, one space and any token ("pupils. Similarly,"): its first token is that word with
        # its full stop (not a number, an initial or an ellipsis), a break unless it or its part after the last hyphen
        # is an abbreviation (Punkt's first pass; the second changes only abbreviations, initials and numbers, and
        # collocations, which we have none of), and a token follows it; an abbreviation goes to Punkt
        word = m.group(1).lower()
        if word not in MINUTES_ABBREVIATIONS and word.rsplit("-", 1)[-1] not in MINUTES_ABBREVIATIONS:
            return True
    tok = _tokenizer()
    return type(tok).text_contains_sentbreak(tok, context)


#: a break context :func:`_contains_sentbreak` decides without Punkt: a word of two ASCII letters or
#: more (group 1) or a number, then a full stop, one space and a word of ASCII letters (group 2); (r27speed) or, for the
#: space, a run of spaces, tabs, line breaks and no-break spaces (:data:`_CONTEXT_SPACES`)
_CONTEXT_SPACES = r"[ \t\n\xa0]+"
_SIMPLE_CONTEXT = re.compile(rf"(?:([A-Za-z]{{2,}})|[0-9]+(?:\.[0-9]+)?)\.{_CONTEXT_SPACES}([A-Za-z]+)")


#: a break context of a word that opens with an ASCII letter (two characters or more, of ASCII letters and digits and
#: inner hyphens: group 1), a full stop, one space (r27speed: or :data:`_CONTEXT_SPACES`) and a token of any characters
#: but whitespace
_WORD_CONTEXT = re.compile(rf"([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?<=..))\.{_CONTEXT_SPACES}\S+")

#: where Punkt may end a sentence: ".", "?" or "!" before a space and a token, or before one of
#: the characters of its ``period_context_re``; text without one is a single sentence. (r27review2) Those characters
#: include the curly quotes and guillemets (nltk's ``_re_non_word_chars``): "noted." and U+2019, then "The", is a candidate, as Punkt
#: reads it (checked over U+0000-U+2FFF in tests/test_figures_r27_review2_speed.py)
_BREAK_CANDIDATE = re.compile(r"[.?!](?:[?!)\";}\]*:@'({\[\u2018\u2019\u201c\u201d\xab\xbb]|\s+\S)")


@lru_cache(maxsize=4096)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    if _BREAK_CANDIDATE.search(text) is None and text == text.strip():
        return ((0, len(text)),)  # what Punkt returns, without its cost (most segments of a few words)
    return tuple(_span_tokenize(text))


#: (speed) the characters Punkt's boundary realignment pattern (``re_boundary_realignment``: closing quotes and brackets)
#: can open with: checked against the pattern (tests/test_figures_r27_speed.py)
_REALIGN_FIRST = frozenset("\"')]}\u2018\u2019\u201c\u201d\xab\xbb")


def _span_tokenize(text: str) -> Iterator[tuple[int, int]]:
    """Punkt's ``span_tokenize(text)`` (with its boundary realignment), the same spans: its chained
    generators (``_slices_from_text`` over ``_match_potential_end_contexts``, ``_realign_boundaries``
    over ``_pair_iter``) written as two loops, on the tokenizer's compiled patterns and the memoised
    decision :func:`_contains_sentbreak` (speed: no slice, pair or context generator per candidate).
    Each span is final when yielded, and no more of the text is read than that span needs.

    >>> t = "Cllr. Smith spoke (see p. 4.) The Chair agreed. Spend rose!"
    >>> list(_span_tokenize(t)) == list(_tokenizer().span_tokenize(t))
    True
    """
    realign_re = _tokenizer()._lang_vars.re_boundary_realignment
    # _realign_boundaries: closing punctuation after a break ("(Sent1.) Sent2.") joins the sentence
    # before; each slice is realigned once the next is known
    slices = _punkt_slices(text)
    a, b = next(slices)  # (there is always the last slice)
    realign = 0
    for a2, b2 in slices:
        a += realign
        # (speed) the pattern opens with one of its closing marks: a slice that does not is not copied and matched
        m = realign_re.match(text[a2:b2]) if text[a2:a2 + 1] in _REALIGN_FIRST else None
        if m:
            yield (a, a2 + len(m.group(0).rstrip()))
            realign = m.end()
        else:
            realign = 0
            if text[a:b]:
                yield (a, b)
        a, b = a2, b2
    a += realign
    if text[a:b]:
        yield (a, b)


#: the ASCII characters the standard engine's ``\\s`` matches and the ``regex`` engine's (Unicode's White_Space) does not
_NOT_WHITE_SPACE = ("\x1c", "\x1d", "\x1e", "\x1f")


@lru_cache(maxsize=1)
def _period_context_standard() -> re.Pattern[str]:
    """(speed) Punkt's ``period_context_re`` (compiled by nltk with the ``regex`` engine) compiled by the standard
    engine: in ASCII text without :data:`_NOT_WHITE_SPACE` the two find the same matches with the same groups (its
    ``\\s`` and ``\\S`` are the only classes the engines read differently, and they agree there), the standard one
    faster (equivalence test: tests/test_figures_r27_speed.py)."""
    nltk_pattern = _tokenizer()._lang_vars.period_context_re()
    return re.compile(nltk_pattern.pattern, re.VERBOSE)


def _punkt_slices(text: str) -> Iterator[tuple[int, int]]:
    """Punkt's ``_slices_from_text``: the spans between the breaks it decides. A candidate's context
    is its word (from the last whitespace before it, not overlapping the previous candidate's word),
    the candidate and the token after it; a candidate is decided once the next one is seen (its
    word may overlap, and then the earlier candidate is not a break)."""
    last_break = 0
    prev_match = None
    prev_start = prev_stop = 0
    if text.isascii() and not ("\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text):
        # ((r28speedk) the four ``in`` tests of _NOT_WHITE_SPACE written out: no generator; a regex search for the four
        # costs more instructions, character by character, than four memchr-like scans)
        period_context = _period_context_standard()  # (speed) the same matches there, from the faster engine
    else:
        period_context = _tokenizer()._lang_vars.period_context_re()
    for match in period_context.finditer(text):
        m_start = match.start()
        # (r28speedk) _last_whitespace_index(text[prev_stop:m_start]) without the copy of the text between two candidates
        # and the call: the last space in that stretch, when only printable characters follow it (no other whitespace
        # after it); else the function on the slice
        j = text.rfind(" ", prev_stop, m_start)
        if text[j + 1 if j >= 0 else prev_stop:m_start].isprintable():
            i = j - prev_stop if j >= 0 else 0
        else:
            i = _last_whitespace_index(text[prev_stop:m_start])
        word_start = i + prev_stop + 1 if i else prev_start
        if prev_match is not None and prev_stop <= word_start and _contains_sentbreak(
                text[prev_start:prev_stop] + prev_match.group() + prev_match.group("after_tok")):
            yield (last_break, prev_match.end())
            last_break = prev_match.start("next_tok") if prev_match.group("next_tok") else prev_match.end()
        prev_match, prev_start, prev_stop = match, word_start, m_start
    if prev_match is not None and _contains_sentbreak(
            text[prev_start:prev_stop] + prev_match.group() + prev_match.group("after_tok")):
        yield (last_break, prev_match.end())
        last_break = prev_match.start("next_tok") if prev_match.group("next_tok") else prev_match.end()
    yield (last_break, len(text.rstrip()))


@lru_cache(maxsize=4096)
def _sentence_spans_to(text: str, pos: int) -> tuple[tuple[int, int], ...]:
    if _BREAK_CANDIDATE.search(text) is None and text == text.strip():
        return ((0, len(text)),)
    out = []
    for span in _span_tokenize(text):  # each span is final when yielded
        out.append(span)
        if span[1] > pos:
            break
    return tuple(out)


def split_sentences(text: str, upto: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in clean ``text`` (Punkt, parameterised for minutes).

    The one sentence splitter of every stage (round 22): the figures' sentences (``figures.context.sentences``), the
    paragraph before's last sentences (``figures.indicators.dsg_deficit_before``), the words of a figure's sentence in
    the learnt second opinion (``figures.learnt_id``), a petition's modal and a run-on list's titles
    (``figures.kinds``), a decision block's label lines (``topics.meeting_header``) and the comparisons
    (``compare``) all read it; a stage that needs sentences calls it (or :func:`sentence_of`) rather than a regex
    on ``[.!?]``, so an abbreviation of :data:`MINUTES_ABBREVIATIONS` ends no sentence anywhere.

    With ``upto``, only the sentences up to the first that ends after position ``upto`` (the rest
    of the text is not split: a caller that needs no sentence beyond saves the work).

    >>> t = "Cllr. Smith asked about No. 5 (e.g. colleges). Spend was £2.3 million. It fell."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Cllr. Smith asked about No. 5 (e.g. colleges).', 'Spend was £2.3 million.', 'It fell.']
    """
    if not text.strip():
        return []
    return list(_sentence_spans(text) if upto is None else _sentence_spans_to(text, upto))


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) of ``text`` containing ``[start, end)``.

    A span crossing a sentence boundary gets the union of the sentences it touches; a position
    between sentences belongs to the following sentence. Text without sentences gives
    ``(start, end)``.

    >>> t = "Attendance rose. EHCPs were 68% on time. Costs fell."
    >>> a, b = sentence_of(t, 28, 31)
    >>> t[a:b]
    'EHCPs were 68% on time.'
    """
    spans = split_sentences(text)
    if not spans:
        return start, end
    last = max(start, end - 1)
    first_i = next((i for i, (_, b) in enumerate(spans) if b > start), len(spans) - 1)
    last_i = next((i for i, (_, b) in enumerate(spans) if b > last), len(spans) - 1)
    return spans[first_i][0], spans[max(first_i, last_i)][1]


#: (r40tidy) a paragraph break: a run of blank lines, a blank line being one of only whitespace ("\n\n", "\n \n",
#: "\n\t\n", "\r\n\r\n"); the run's last line break ends it
PARAGRAPH_BREAK = re.compile(r"\n(?:[^\S\n]*\n)+")


def paragraph_start(text: str, lo: int, hi: int) -> int:
    """(r40tidy) Where the paragraph of ``text`` holding position ``hi`` starts, looking back no further than ``lo``:
    right after the last paragraph break (:data:`PARAGRAPH_BREAK`, blank lines of only whitespace included) wholly in
    ``text[lo:hi]``; ``lo`` when there is none. The one definition of a paragraph break of the stages that read
    sentences across one (``figures.grammar.change_before_from``, ``figures.extraction``'s sentence before): no
    sentence crosses a blank line.

    >>> t = "Places increased.\\n \\nSizes from 26 to 30."
    >>> t[paragraph_start(t, 0, t.index("26")):], paragraph_start(t, 0, 5), paragraph_start("a\\n\\t\\n\\nb", 0, 6)
    ('Sizes from 26 to 30.', 0, 5)
    """
    start = lo
    for m in PARAGRAPH_BREAK.finditer(text, lo, hi):
        start = m.end()
    return start


# --------------------------------------------------------------------------------------------
# Boilerplate rules (applied to the normalised text of one line)
# --------------------------------------------------------------------------------------------

_FILE_SIZE = r"\(?\b(?:PDF|DOCX?|XLSX?|PPTX?|RTF|ODT|CSV|HTML?)\s+\d+(?:\.\d+)?\s*(?:KB|MB|GB|bytes?)\)?"
_I = re.IGNORECASE

#: The label that opens a line linking to another story on a news page: "ALSO READ: Approval for £8m expansion of
#: ...", "READ MORE: ...", "See also: ...", "RELATED: ..." (page furniture: its numbers are another story's). The figures
#: stage reads it too (:mod:`analysis.figures.kinds`), for text that did not come through this stage.
NEWS_LINK_LABEL = re.compile(
    r"[ \t\xa0>*•-]*(?:(?:READ|Read|read)\s+(?:MORE|More|more|ALSO|Also|also|NEXT|Next|next)|(?:ALSO|Also)\s+(?:READ|Read|read)|"
    r"(?:SEE|See)\s+(?:ALSO|Also|also)|(?:RELATED|Related)(?:\s+(?:STORY|STORIES|ARTICLES?|[Ss]tor(?:y|ies)|[Aa]rticles?))?|"
    r"MORE\s+(?:ON\s+THIS|STORIES)|You\s+may\s+also\s+(?:like|want\s+to\s+(?:read|watch)))\s*[:\-–|]")

#: Whole lines dropped. Each rule is ``(name, regex)``; the regex must match the *whole*
#: normalised line (``fullmatch``). Add a rule here to drop another site's furniture.
BOILERPLATE_LINES: list[tuple[str, re.Pattern[str]]] = [
    ("agenda_item_header", re.compile(r"(?:Agendas, Meetings and Minutes(?:\s*-\s*Agenda item)?|Agenda item)", _I)),
    # a ModernGov meeting page saved from a browser as text: its breadcrumb ("Home > Council and Democracy >
    # Agenda item"), page title ("Agenda and minutes", "Agenda and draft minutes", "Agenda, decisions and minutes"),
    # agenda table header ("No. Item", "No. | Item |") and meeting details ("Venue: Town Hall", "Contact: <officer>").
    # Kept, they became the document's title and the heading every later passage sits under.
    ("breadcrumb", re.compile(r"(?:You are here\s*:?\s*)?Home\s*[>›»].*|You are here\s*:?", _I)),
    ("meeting_page_title", re.compile(r"Agenda(?:\s*,\s*decisions)?\s+(?:and|&)\s+(?:draft\s+)?(?:minutes|decisions)", _I)),
    ("agenda_table_header", re.compile(r"No\.?\s*\|?\s*Item[\s|]*", _I)),
    ("meeting_details", re.compile(r"(?:Venue|Contact)\s*:.*")),
    ("minutes_label", re.compile(r"Minutes\s*:", _I)),
    ("decision_label", re.compile(r"Decisions?\s*:", _I)),
    ("documents_label", re.compile(r"(?:Supporting|Additional|Background|Related) (?:documents?|papers?)\s*:?", _I)),
    ("attachment_link", re.compile(r"pdf icon(?:\s*" + _FILE_SIZE + r")?", _I)),
    ("file_size", re.compile(_FILE_SIZE, _I)),
    ("printed_on", re.compile(r"Printed on\b[^.]{0,80}\.?", _I)),
    ("page_number", re.compile(r"(?:Page\s+\d+(?:\s*(?:of|/)\s*\d+)?|-\s*\d{1,3}\s*-)", _I)),
    ("link_to", re.compile(r"Link to\b[^.]{0,120}", _I)),
    ("download_view", re.compile(r"(?:Download|View (?:the )?(?:reasons?|declarations?|background|decision|webcast))\b[^.]{0,100}", _I)),
    ("full_minutes_link", re.compile(r"(?:\.\.\.\s*)?view the full minutes text for item \S+", _I)),
    # a news page's link to another story: dropped, or a line without a full stop joins the paragraph after it
    # ("Read more: Council needs extra £4.5m" + "The authority had 14 such children ...")
    ("news_link", re.compile(NEWS_LINK_LABEL.pattern + r".*")),
    # (round 20) a news page's advert slots ("Advertisement", "Hide Ad", run together: "Hide AdAdvertisement")
    ("news_advert", re.compile(r"(?:Advertisement|Hide Ad)(?:\s*(?:Advertisement|Hide Ad))*")),
    # (r43periods) an OpenCouncil summary's sign-up box, its first lines: "Subscribe to updates" became the
    # document's title and every passage's heading (make search showed it where the meeting's name should be, r43
    # walk); without them the meeting's name line after them ("Bexley Schools Forum - Monday, 6th October, 2025") is.
    # "Chat with this meeting" stays: it heads the chat box, whose sample questions the topics stage reads as furniture
    # under it (analysis.topics' chat_box).
    ("opencouncil_signup", re.compile(
        r"Subscribe to updates|You[’']ll receive weekly summaries\b[^.]{0,120}\bevery week\."
        r"|If you have any requests or comments please let us know at community@opencouncil\.network\.[^\n]{0,120}", _I)),
]

#: Cut from the end of a line (repeatedly, in any order). ``(name, regex)``; the regex is searched
#: ending at the line's end, and the line is cut where the match starts.
BOILERPLATE_TAILS: list[tuple[str, re.Pattern[str]]] = [
    ("file_size", re.compile(r"\s*" + _FILE_SIZE + r"$", _I)),
    ("pdf_icon", re.compile(r"\s*\bpdf icon$", _I)),
    ("full_minutes_link", re.compile(r"\s*(?:\.\.\.\s*)?view the full minutes text for item \S+$", _I)),
]

#: A line with an attached document (a file-size or "pdf icon" tail) is a link to an attachment,
#: dropped, when it sits in a documents list ("Additional documents:") or names an appendix;
#: otherwise it is an agenda item title ("Outcomes of Exclusions pdf icon PDF 167 KB").
_ATTACHMENT_NAME = re.compile(r"(?:Appendix|Appendices|Annex|Annexe|Enclosure|Attachment)\b", _I)

#: A label at the start of a line with text after it is cut off like a marker; (round 20) so is a news page's advert slot
#: glued to a paragraph's first word ("Hide AdLatest figures show ...").
_LEADING_LABEL = re.compile(r"(Minutes|Decisions?)\s*:\s*(?=\S)|(?-i:(?:Advertisement\s*)?Hide Ad(?:Advertisement)?)(?=[A-Z\u201c\u2018\"'])", _I)

#: A fast pre-check on a line's last 24 characters: only lines ending like this are tried against
#: BOILERPLATE_TAILS. Add the ending of a new tail rule here too.
TAIL_HINT = re.compile(r"(?:KB|MB|GB|bytes?|icon)\)?$|\bitem \S+$", _I)

#: Longer lines are never boilerplate lines; tails are looked for in a line's last characters.
_MAX_BOILERPLATE_LINE = 200
_MAX_BOILERPLATE_TAIL = 80

# --------------------------------------------------------------------------------------------
# Line markers and text shape
# --------------------------------------------------------------------------------------------

#: Bullet glyphs, including Symbol/Wingdings private-use code points that PDFs and Word export.
_BULLET_GLYPHS = "·•●▪◦‣∙○■□▫◆♦❖➢➤►▶✓✔\u2043\uf0b7\uf0a7\uf0d8\uf0fc\uf076"
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    # minute numbers: 33.2, 12.1.3 (not followed by a lower-case word: "33.2 per cent")
    ("minute", re.compile(r"(\d{1,3}(?:\.\d{1,3})+)\.?(?: |$)(?![a-z])")),
    # list numbers: 1. 2) (not 2019.)
    ("list", re.compile(r"(\d{1,3})[.)](?: |$)")),
    # lettered / roman items: (a) (iv) (3) b) ii)
    ("list", re.compile(r"\(([a-z]|[ivxl]{1,5}|\d{1,3})\)(?: |$)|([a-z]|[ivxl]{1,5})\)(?: |$)")),
    # bullet glyphs (a space after is optional), "-"/"*" and a lone "o" followed by a space
    ("bullet", re.compile(rf"[{_BULLET_GLYPHS}] ?|[-*oØ](?: |$)")),
]
_MONTHS = month_alternation()
#: An item number before a title ("5 Year End ..."), not a date ("12 March 2024").
_TITLE_NUMBER = re.compile(rf"(\d{{1,3}}[a-z]?)[.)]? (?=[A-Z0-9\"'(])(?!(?:{_MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b))")
_RESOLVED = re.compile(r"(?:it was )?(?:unanimously )?resolved\b|AGREED\b", _I)
_RESOLVED_AGREED_CASE = re.compile(r"AGREED\b")

_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or per the to vs via with & -".split())
#: Words a line cannot end with if it ends a sentence or is a heading: a line ending with one of
#: these continues on the next line.
_CONTINUATION_WORDS = _SMALL_WORDS | frozenset(
    """that which who whose whom is are was were be been being has have had will would could should
    may might must can not than this these those their its his her our your such also both either
    neither whether if when where while because although including between under over about against
    within without towards during after before through upon so nor there they it we he she each
    every all any some many most more less fewer very""".split()
)
#: Words that make a short line a sentence rather than a heading ("The meeting closed at 12.15 pm").
_SENTENCE_VERBS = frozenset(
    """is are was were be been has have had will would noted agreed asked closed ended started
    commenced received reported confirmed resolved welcomed thanked advised approved""".split()
)
_CLOSERS = "\"')]"


def _last_char(text: str) -> str:
    stripped = text.rstrip(_CLOSERS)
    return stripped[-1] if stripped else ""


def _ends_sentence(text: str) -> bool:
    return _last_char(text) in ".!?"


def _ends_open(text: str) -> bool:
    """True when the line visibly continues: ends with a comma, dash, '&', '(' or a function word."""
    if text[-1] in ",-&(/":
        return True
    last = text.rsplit(" ", 1)[-1].lower()
    return last in _CONTINUATION_WORDS


def _starts_lower(text: str) -> bool:
    return text[:1].islower() or text[:1] in ",;)%"


def _heading_like(text: str, strict: bool) -> bool:
    """Short line with no final punctuation; ``strict`` also asks for title case.

    >>> _heading_like("Family Front Door", strict=True), _heading_like("The new", strict=True)
    (True, False)
    """
    words = text.split()
    if not 1 <= len(words) <= 10 or len(text) > 90 or ". " in text:
        return False
    first_alpha = next((c for c in text if c.isalpha()), "")
    if not first_alpha or not first_alpha.isupper() or not (text[0].isalnum() or text[0] in "\"'("):
        return False
    if _last_char(text) in ".,;:!?-" or words[-1].lower() in _CONTINUATION_WORDS:
        return False
    title_case = True
    for w in words:
        w = w.strip("\"'()[],")
        if w and w[0].isalpha() and not w[0].isupper() and w.lower() not in _SMALL_WORDS:
            title_case = False
            break
    if title_case:
        return True
    # sentence case ("Children in care"): only when short and without a verb of reporting
    return not strict and len(words) <= 6 and not any(w.lower() in _SENTENCE_VERBS for w in words)


def _title_like(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 30
        and len(text) <= 250
        and (text[0].isupper() or text[0].isdigit() or text[0] in "\"'(")
        and _last_char(text) not in ".,;:!-"
    )


# --------------------------------------------------------------------------------------------
# Segmentation
# --------------------------------------------------------------------------------------------


@dataclass
class _Line:
    """One content line: its clean text (marker and boilerplate tail removed) and raw span."""

    start: int
    end: int
    text: str
    marker: str | None  # "bullet" | "minute" | "list" | None
    number: str | None
    gap: int  # blank lines since the previous content line
    after_boiler: bool  # a dropped boilerplate line since the previous content line
    after_decision: bool  # a "Decision:" label since the previous content line
    tail_cut: str | None  # name of the boilerplate tail cut from this line
    table_row: bool = False  # cells separated by tabs: never a heading, never joined
    #: (clean index, raw index) at 0 and wherever the clean->raw map of ``text`` is not one-for-one
    breaks: tuple[tuple[int, int], ...] = ()


@dataclass
class _Block:
    kind: str
    lines: list[_Line]
    number: str | None
    open: bool  # may later lines join this block?


_HAS_EXPAND = re.compile(f"[{''.join(_EXPAND)}]")


def _breaks(n: Normalised, a: int, b: int, base: int, raw: str) -> tuple[tuple[int, int], ...]:
    """Where the clean->raw map of ``n.text[a:b]`` (raw indices shifted by ``base``) is not one-for-one:
    ``(clean index from a, raw index)`` at 0 and at every jump."""
    offs = n.offsets
    if offs[b - 1] - offs[a] == b - 1 - a and (raw.isascii() or _HAS_EXPAND.search(raw) is None):
        return ((0, base + offs[a]),)  # every step is one raw character (no expansion): one-for-one
    return tuple((j - a, base + offs[j]) for j in range(a, b) if j == a or offs[j] != offs[j - 1] + 1)


#: ModernGov's documents label inside a line, where a page was flattened to one line per item ("... held on 22
#: February 2024. Supporting documents: Minutes: The minutes ... were approved"): capitalised, after text, and
#: ending the line or followed by the "Minutes:" / "Decision:" label. Group 1 is the label (dropped as the
#: ``documents_label`` line it would be on a line of its own); the text after it is the next line.
_INLINE_DOCUMENTS_LABEL = re.compile(
    r"(?<=\S)[ \t\xa0]+((?:Supporting|Additional|Background) (?:documents?|papers?)[ \t\xa0]*:)"
    r"(?=[ \t\xa0]*$|[ \t\xa0]+(?:Minutes|Decisions?)[ \t\xa0]*:)")


#: (speed) the first word of every :data:`_INLINE_DOCUMENTS_LABEL`: a line without one is not searched
_HAS_LABEL_WORD = re.compile(r"Supporting|Additional|Background")


def _line_pieces(text: str) -> Iterator[tuple[int, str, bool]]:
    """``(offset, body, label_then_text)`` of each line of ``text`` (without its line break); a line holding
    ModernGov's documents label after text (:data:`_INLINE_DOCUMENTS_LABEL`) gives three pieces: the text before,
    the label and the text after (when there is any), so the label is dropped as on a line of its own. Every label
    of a line is split so, singular ("Background paper:") or plural. ``label_then_text`` is True for a label piece
    that the line's own "Minutes:" / "Decision:" text follows: no list of attachment links follows that label.

    >>> [b for _, b, _ in _line_pieces("Minutes of the last meeting. Supporting documents: Minutes: Agreed.\\nNext")]
    ['Minutes of the last meeting.', 'Supporting documents:', ' Minutes: Agreed.', 'Next']
    >>> [b for _, b, _ in _line_pieces("See the supporting documents: a report.")]
    ['See the supporting documents: a report.']
    >>> [(b, t) for _, b, t in _line_pieces("Item 4 was noted. Background paper:")]
    [('Item 4 was noted.', False), ('Background paper:', False)]
    >>> [(b, t) for _, b, t in _line_pieces("A. Supporting documents: Minutes: B. Supporting documents: Decision: C.")]
    [('A.', False), ('Supporting documents:', True), (' Minutes: B.', False), ('Supporting documents:', True), (' Decision: C.', False)]
    """
    pos = 0
    for line in text.splitlines(keepends=True):
        base = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        m = _INLINE_DOCUMENTS_LABEL.search(body) if ":" in body and _HAS_LABEL_WORD.search(body) else None
        start = 0
        while m is not None:
            a, b = m.span(1)
            yield base + start, body[start:m.start()], False
            rest = body[b:].strip() != ""
            yield base + a, body[a:b], rest
            start = b
            m = _INLINE_DOCUMENTS_LABEL.search(body, b) if rest else None
        if start == 0 or body[start:].strip():
            yield base + start, body[start:], False


def _scan_lines(text: str) -> list[_Line]:
    """Split ``text`` into content lines (:func:`_line_pieces`), dropping blank and boilerplate lines and tails."""
    out: list[_Line] = []
    gap = 0
    after_boiler = after_decision = in_docs = False
    pending: tuple[str, str | None] | None = None  # a marker alone on its line
    for base, body, label_then_text in _line_pieces(text):
        n = normalise(body) if body.strip() else None
        if n is None or not n.text:
            gap += 1
            continue
        s = n.text
        rule = None
        if len(s) <= _MAX_BOILERPLATE_LINE:
            rule = next((name for name, rx in BOILERPLATE_LINES if rx.fullmatch(s)), None)
        if rule is not None:
            after_boiler = True
            after_decision = after_decision or rule == "decision_label"
            # a list of attachment links follows, unless the line's own minutes text does ("... Supporting documents:
            # Minutes: The Committee noted ...")
            in_docs = rule == "documents_label" and not label_then_text
            pending = None
            continue
        head = 0
        label = _LEADING_LABEL.match(s)
        if label is not None:  # "Minutes: The Committee ..." / "Decision: That ..."
            head = label.end()
            after_decision = after_decision or (label.group(1) or "").lower().startswith("decision")
        cend = len(s)
        tail_cut: str | None = None
        cut = TAIL_HINT.search(s, max(0, cend - 24), cend) is not None
        while cut and cend:
            cut = False
            for name, rx in BOILERPLATE_TAILS:
                m = rx.search(s, max(0, cend - _MAX_BOILERPLATE_TAIL), cend)
                if m is not None:
                    cend, tail_cut, cut = m.start(), tail_cut or name, True
            while cend and s[cend - 1] == " ":
                cend -= 1
        if cend <= head or (tail_cut is not None and tail_cut != "full_minutes_link" and out
                            and (in_docs or _ATTACHMENT_NAME.match(s, head))):
            # nothing left, or a link to an attachment ("Appendix A PDF 1 MB", or any line of a
            # documents list); an item title with its document attached stays (as a title)
            after_boiler = True
            continue
        in_docs = False
        marker: str | None = None
        number: str | None = None
        cstart = head
        for kind, rx in _MARKERS:
            m = rx.match(s, head, cend)
            if m is not None:
                marker = kind
                number = next((g for g in m.groups() if g), None) if kind != "bullet" else None
                cstart = m.end()
                break
        if cstart >= cend:  # a marker alone on its line: it belongs to the next line
            pending = (marker or "bullet", number)
            continue
        if marker is None and pending is not None:
            marker, number = pending
        pending = None
        start, end = base + n.offsets[cstart], base + n.offsets[cend - 1] + 1
        out.append(
            _Line(
                start=start,
                end=end,
                text=s[cstart:cend],
                marker=marker,
                number=number,
                gap=gap,
                after_boiler=after_boiler,
                after_decision=after_decision,
                tail_cut=tail_cut,
                table_row="\t" in text[start:end],
                breaks=_breaks(n, cstart, cend, base, body),
            )
        )
        gap = 0
        after_boiler = after_decision = False
    return out


def _is_wrapped(lines: list[_Line]) -> bool:
    """Does the document look hard-wrapped?

    Yes when lines often continue in lower case on the next line, or when most adjacent lines end
    without terminal punctuation and at least one continues in lower case.
    """
    pairs = lower = open_ = 0
    for a, b in zip(lines, lines[1:]):
        if b.gap or b.after_boiler or b.marker is not None:
            continue
        pairs += 1
        if _starts_lower(b.text) and not _ends_sentence(a.text):
            lower += 1
        if _last_char(a.text) not in ".!?:;":
            open_ += 1
    return (lower >= 2 and lower >= 0.25 * pairs) or (lower >= 1 and open_ >= 2 and open_ >= 0.5 * pairs)


def _uses_blank_lines(lines: list[_Line]) -> bool:
    """Does the document separate its paragraphs with blank lines?"""
    separated = sum(1 for ln in lines[1:] if ln.gap)
    return separated >= 2 and separated >= 0.2 * (len(lines) - 1)


def _joins(block: _Block, a: _Line, b: _Line, wrapped: bool, blank_separated: bool) -> bool:
    """Does line ``b`` (adjacent to ``a``, the last line of ``block``) continue ``a``?

    In a hard-wrapped document whose paragraphs are separated by blank lines, every line of a
    paragraph block continues it, even after a full stop; otherwise a line ending a sentence
    ends the segment.
    """
    if _starts_lower(b.text):
        return not _ends_sentence(a.text) or wrapped
    last = _last_char(a.text)
    if last in ".!?;":
        return wrapped and blank_separated and block.kind != "bullet"
    if last == ":":
        return False
    if _ends_open(a.text):
        return True
    return wrapped and block.kind != "bullet"


def _only_space_between(a: _Line, b: _Line, doc_text: str) -> bool:
    """Is there only whitespace (and invisible characters) between lines ``a`` and ``b`` in the text?

    Only then may ``b`` join ``a``'s segment: a segment's raw span must normalise to its text, so
    no text the line scan cut (a boilerplate tail such as "pdf icon PDF 231 KB" after ``a``, a
    "Minutes:" label before ``b``) may lie inside it. Round 29 (r29fuzz2): three real minutes
    (Hounslow, Sutton, City of London) had such a segment.

    >>> t = "Minutes of the last meeting and Matters Arising pdf icon PDF 231 KB\\n\\nThe minutes were agreed."
    >>> a, b = _scan_lines(t)
    >>> a.text, b.text, _only_space_between(a, b, t)
    ('Minutes of the last meeting and Matters Arising', 'The minutes were agreed.', False)
    """
    gap = doc_text[a.end:b.start]
    return not gap or gap.isspace() or not normalise(gap).text


def _build_blocks(lines: list[_Line], doc_text: str) -> list[_Block]:
    """Group content lines into segments and give each its kind (rules 3-5 of the module doc)."""
    wrapped = _is_wrapped(lines)
    blank_separated = _uses_blank_lines(lines)
    blocks: list[_Block] = []
    for i, ln in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        adj_prev = i > 0 and ln.gap == 0 and not ln.after_boiler
        adj_next = nxt is not None and nxt.gap == 0 and not nxt.after_boiler
        next_continues = adj_next and nxt.marker is None and _starts_lower(nxt.text)
        cur = blocks[-1] if blocks else None
        if ln.table_row:
            blocks.append(_Block("paragraph", [ln], ln.number, False))
            continue
        if cur is not None and cur.open and ln.marker is None and _only_space_between(cur.lines[-1], ln, doc_text):
            a = cur.lines[-1]
            if adj_prev:
                heading_here = (
                    not _starts_lower(ln.text)
                    and not _ends_open(a.text)
                    and _heading_like(ln.text, strict=True)
                    and not next_continues
                )
                if not heading_here and _joins(cur, a, ln, wrapped, blank_separated):
                    cur.lines.append(ln)
                    continue
            elif (
                ln.gap == 1
                and not ln.after_boiler
                and cur.kind == "paragraph"
                and a.text[-1].isalpha()
                and len(a.text.split()) >= 6
                and ln.text[0].isalpha()
                and not (_heading_like(ln.text, strict=False) and not next_continues)
            ):
                # A sentence broken by a stray blank line ("... Sarah Tregaskis\n\nService Manager ...").
                cur.lines.append(ln)
                continue
        standalone = not adj_prev and not adj_next
        if ln.marker == "bullet":
            blocks.append(_Block("bullet", [ln], None, True))
            continue
        if (
            ln.marker == "list"
            and ln.number is not None
            and ln.number.isdigit()
            and _heading_like(ln.text, strict=False)
            and not next_continues
            and not (adj_next and nxt.marker == "list")
            and not (cur is not None and cur.lines[0].marker == "list" and _next_number(cur.number, ln.number))
        ):
            # a numbered agenda item title in full-meeting minutes: "3. Children's Services Report"
            blocks.append(_Block("title", [ln], ln.number, False))
            continue
        if ln.marker is not None and not (not blocks and ln.marker == "list"):
            blocks.append(_Block("paragraph", [ln], ln.number, True))
            continue
        if not blocks and _title_like(ln.text) and not next_continues:
            line, number = _title_line(ln, doc_text)
            blocks.append(_Block("title", [line], number, False))
            continue
        if ln.tail_cut in ("file_size", "pdf_icon") and _title_like(ln.text):  # item title + its document
            line, number = _title_line(ln, doc_text)
            blocks.append(_Block("title", [line], number, False))
            continue
        if not next_continues and _heading_like(ln.text, strict=not standalone):
            blocks.append(_Block("heading", [ln], None, False))
            continue
        blocks.append(_Block("paragraph", [ln], ln.number, ln.tail_cut is None))
        if ln.tail_cut is not None:
            blocks[-1].open = False
    return blocks


def _title_line(line: _Line, doc_text: str) -> tuple[_Line, str | None]:
    """Take a leading item number ("5 Year End ...") off a title line."""
    if line.number is not None:
        return line, line.number
    m = _TITLE_NUMBER.match(line.text)
    if m is None or m.end() >= len(line.text):
        return line, None
    n = normalise(doc_text[line.start : line.end])  # n.text == line.text
    k = m.end()
    start = line.start + n.offsets[k]
    breaks = ((0, start), *((j - k, o) for j, o in line.breaks if j > k))
    return replace(line, start=start, text=line.text[k:], number=m.group(1), breaks=breaks), m.group(1)


def _next_number(prev: str | None, number: str | None) -> bool:
    """Is ``number`` the list number right after ``prev`` ("3" after "2")?"""
    return bool(prev and number and prev.isdigit() and number.isdigit() and int(number) == int(prev) + 1)


def _mark_resolutions(blocks: list[_Block]) -> None:
    """Set ``kind = "resolution"`` on resolutions and the items that follow them.

    A resolution that does not end a sentence ("RESOLVED that:", "Resolved - That the
    Committee:", a "Decision:" label) introduces items: the list/bullet items after it, or the one
    paragraph right after it, are resolutions too, until a heading, a title, a minute-numbered or
    an unmarked paragraph.
    """
    ctx: str | None = None  # None | "intro" (expects the resolution text) | "items"
    last_number: str | None = None
    for b in blocks:
        first = b.lines[0]
        if first.after_decision:
            ctx, last_number = "intro", None
        if (
            b.kind == "title"
            and first.marker == "list"
            and (ctx == "intro" or (ctx == "items" and _next_number(last_number, b.number)))
        ):
            # "1. That the report be noted" after "RESOLVED:" is not an agenda item title
            b.kind, ctx, last_number = "resolution", "items", b.number
            continue
        if b.kind in ("title", "heading"):
            ctx = None
            continue
        text = first.text
        if _RESOLVED.match(text) and (text[:6].lower() != "agreed" or _RESOLVED_AGREED_CASE.match(text)):
            b.kind = "resolution"
            ctx = None if _ends_sentence(b.lines[-1].text) else "intro"
            last_number = None
            continue
        if ctx is None:
            continue
        if first.marker in ("list", "bullet") or (ctx == "intro" and first.marker is None):
            b.kind, ctx, last_number = "resolution", "items", b.number
        else:
            ctx = None


_SegmentRow = tuple[str, str, int, str, "str | None", "str | None", str, int, int, int, str]


def _segment_rows(doc_id: str, text: str) -> list[_SegmentRow]:
    """The rows of :func:`segment_text`, as tuples in ``SEGMENTS.columns`` order."""
    lines = _scan_lines(text)
    if not lines:
        return []
    blocks = _build_blocks(lines, text)
    _mark_resolutions(blocks)
    rows: list[_SegmentRow] = []
    title: str | None = None
    heading: str | None = None
    for seq, b in enumerate(blocks):
        start, end = b.lines[0].start, b.lines[-1].end
        # Equal to normalise(text[start:end]).text: between two lines of a block there is only
        # whitespace and invisible characters, which normalise to one space (tested).
        seg = " ".join(ln.text for ln in b.lines)
        if b.kind == "title":
            above, title, heading = title, seg, seg
        elif b.kind == "heading":
            above, heading = title, seg
        else:
            above = heading
        rows.append(
            (doc_id, f"{doc_id}:{seq:04d}", seq, b.kind, above, b.number, seg, len(seg.split()), start, end,
             _offset_map(b.lines, text))
        )
    return rows


def _offset_map(lines: list[_Line], doc_text: str) -> str:
    """The ``offset_map`` of the segment made of ``lines`` (see :func:`encode_offsets`), built from
    what the line scan computed: the lines' breaks and, between two lines, the one space that the
    whitespace between them normalises to (at its first whitespace character)."""
    start = lines[0].start
    pairs: list[tuple[int, int]] = []
    ci = 0
    expected = start
    prev: _Line | None = None
    for ln in lines:
        if prev is not None:
            ws = _WS_RE.search(doc_text, prev.end, ln.start)
            o = ws.start() if ws is not None else prev.end
            if o != expected:
                pairs.append((ci, o))
            ci, expected = ci + 1, o + 1
        for j, o in ln.breaks:
            if j or o != expected:
                pairs.append((ci + j, o))
        ci, expected, prev = ci + len(ln.text), ln.end, ln
    return " ".join(["0:0", *(f"{i}:{o - start}" for i, o in pairs)])


def _frame(rows: list[_SegmentRow]) -> pd.DataFrame:
    """A ``segments`` frame with the schema's columns and dtypes (cheaper than check_table)."""
    columns = list(zip(*rows)) if rows else [()] * len(SEGMENTS.columns)
    return pd.DataFrame(
        {
            name: pd.array(list(values), dtype=dtype)
            for (name, (dtype, _)), values in zip(SEGMENTS.columns.items(), columns)
        }
    )


def segment_text(doc_id: str, text: str) -> pd.DataFrame:
    """Segment a document's text into rows of the ``segments`` table (see the module docstring).

    Text with no content (empty, only whitespace or boilerplate) gives an empty frame with the
    schema's columns; reporting empty documents to the user is the corpus layer's job.

    >>> df = segment_text("d", "Agenda item\\n\\n5 Budget PDF 12 KB\\n\\nMinutes:\\n\\nSEND\\n\\n"
    ...                   "The Board\\nreceived the report.\\n\\u00b7 Costs rose;\\n\\n"
    ...                   "RESOLVED that:\\n1. The report is noted.")
    >>> df[["kind", "heading", "number", "text"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [['title', <NA>, '5', 'Budget'], ['heading', 'Budget', <NA>, 'SEND'],
     ['paragraph', 'SEND', <NA>, 'The Board received the report.'], ['bullet', 'SEND', <NA>, 'Costs rose;'],
     ['resolution', 'SEND', <NA>, 'RESOLVED that:'], ['resolution', 'SEND', '1', 'The report is noted.']]
    """
    return _frame(_segment_rows(doc_id, text))


class _HasText(Protocol):
    doc_id: str
    text: str


def clean_documents(docs: Iterable[_HasText]) -> pd.DataFrame:
    """Segments of every document (objects with ``.doc_id`` and ``.text``), sorted by (doc_id, seq)."""
    rows: list[_SegmentRow] = []
    for d in sorted(docs, key=lambda d: d.doc_id):
        rows.extend(_segment_rows(d.doc_id, d.text))
    return check_table("segments", _frame(rows))
