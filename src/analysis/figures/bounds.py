"""(r42bound) The bound a figure's adjacent words put on its value: the figures table's ``bound`` column.

"above 71%", "over 300 children", "at least 40", "fewer than 10", "up to £7,000 a week", "around 1,200", "300 or more":
the minutes give a bound or an approximation, not the value itself. The words are the researcher's lists under
``bounds:`` of ``data/figure_rules.yml`` (:func:`compile_bounds` builds :class:`BoundRules` from them); the grammar of
where they count is here (:func:`bound_of`):

* a ``before`` phrase counts when only spaces (and one of the ``modifiers``: "just", "well", "a little") stand between
  it and the value; an ``after`` phrase when it follows the value after spaces;
* a ``not_bounds`` phrase ending where the bound phrase ends takes it away ("rose up to 30%", "asked about 3 cases");
* "up to" right after a number ends a range or a change ("from £500 up to £7,000"), no cap, and so does "up to" a
  value followed by "from" an earlier one ("up to 45% from 30%", r42review);
* "c." that opens a line or follows a label ("c. 45 children" as a list's third item, "Appendix C. 45") is the item's
  letter, no circa (r42review);
* a comparison word between a figure and a comparison point of the same sentence ("45%, below 50% last year", "55%,
  which is above 50% nationally") compares the two and bounds neither: for ``more_than`` and ``less_than`` only, when
  the point is a comparison point (the figure's ``reference``) and nothing but punctuation and a copula ("which is",
  "was") stands between the earlier figure and the word;
* "over" right after another value and before a duration is the time that value is spread over ("£200,000 over two
  years"), no bound (a duration alone keeps it: "waiting over 2 years");
* "40+" (a plus sign against the value, no number after it) is ``at_least``, and so (r43values) is "100 plus
  applications" (the word, before the things counted or the clause's end; "£5m plus £2m", "£300 plus VAT" are not);
* a range (a figure with ``value_max``) gets none: its two ends are given.

The values of the column (:data:`BOUND_KINDS`): ``more_than``, ``at_least``, ``less_than``, ``at_most``, ``about``;
null when the words say nothing. The pages write them before the value ("> 71%", "≥ 40", "~1,200":
:data:`analysis.unitnames.BOUND_MARKS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .grammar import COUNTED_THINGS

__all__ = ["BOUND_KINDS", "BoundRules", "bound_of", "compile_bounds", "names_comparison_after"]

#: the values of the ``bound`` column, in the order the rules file lists them
BOUND_KINDS = ("more_than", "at_least", "less_than", "at_most", "about")

#: how far before a value a bound phrase (with its modifier) may start: the longest phrase and modifier fit
_WINDOW = 60


@dataclass(frozen=True)
class BoundRules:
    """The compiled ``bounds:`` lists of the figure rules."""

    #: a ``before`` phrase (with an optional modifier before it) ending the text before a value: one named group per
    #: kind of :data:`BOUND_KINDS` the file lists, group ``phrase`` the phrase without its modifier
    before_re: re.Pattern[str]
    #: an ``after`` phrase opening the text after a value (one named group per kind)
    after_re: re.Pattern[str] | None
    #: a ``not_bounds`` phrase ending the text before a value
    not_re: re.Pattern[str] | None
    #: (speed) the last two words of every ``before`` phrase (its one word), lower case and one space apart: the text
    #: before a value (its spaces made single, without trailing ones) must end with one of them for :attr:`before_re` to
    #: match; ``None`` when a phrase ends in a character that is no letter, digit, "." or "~" (then every value is
    #: searched)
    before_ends: tuple[str, ...] | None = None


def _alternation(phrases: tuple[str, ...]) -> str:
    """The phrases as one alternation, longest first, each space any run of whitespace; a phrase opening or ending with a
    word character has a word boundary there ("c." and "~" have none after them)."""
    out = []
    for p in sorted(phrases, key=lambda x: (-len(x), x)):
        body = r"\s+".join(re.escape(w) for w in p.split())
        out.append((r"(?<![\w])" if p[:1].isalnum() else "") + body + (r"\b" if p[-1:].isalnum() else ""))
    return "|".join(out)


def compile_bounds(before: dict[str, tuple[str, ...]], after: dict[str, tuple[str, ...]], modifiers: tuple[str, ...],
                   not_bounds: tuple[str, ...]) -> BoundRules:
    """:class:`BoundRules` of the expanded lists of ``bounds:`` (``before`` and ``after``: kind -> phrases).

    >>> b = compile_bounds({"more_than": ("over",), "about": ("around",)}, {"at_least": ("or more",)}, ("just",),
    ...                    ("spread over",))
    >>> b.before_re.search("with just over ").lastgroup, b.before_re.search("spread over ").group("more_than")
    ('more_than', 'over')
    >>> b.not_re.search("spread over ") is not None, b.after_re.match(" or more children").lastgroup
    (True, 'at_least')
    """
    mods = _alternation(modifiers)
    kinds = "|".join(f"(?P<{k}>{_alternation(before[k])})" for k in BOUND_KINDS if before.get(k))
    before_re = re.compile(rf"(?:(?:{mods})\s+)?(?:{kinds})\s*$" if mods else rf"(?:{kinds})\s*$", re.I)
    after_kinds = "|".join(f"(?P<{k}>{_alternation(after[k])})" for k in BOUND_KINDS if after.get(k))
    after_re = re.compile(rf"\s+(?:{after_kinds})", re.I) if after_kinds else None
    not_re = re.compile(rf"(?:{_alternation(not_bounds)})\s*$", re.I) if not_bounds else None
    phrases = [p for k in BOUND_KINDS for p in before.get(k, ())]
    ends = None if any(not (p[-1:].isalnum() or p[-1:] in ".~") for p in phrases) else \
        tuple(sorted({" ".join(p.split()[-2:]).lower() for p in phrases}))
    return BoundRules(before_re, after_re, not_re, ends)


#: a number right before "up to": the start of a range or a change ("from £500 up to £7,000", "10 up to 12")
_NUMBER_BEFORE = re.compile(r"\d[\d,.]*\s*(?:%|per\s?cent|[mk]|bn|million|billion)?\s*$", re.I)
#: (r42review) "from" and the earlier value right after a value: "up to 45% from 30%" is a rise to 45% (not a date: "up
#: to 45 places from 1 April", nor a year: "from 2023")
_FROM_NUMBER = re.compile(
    r"\s*,?\s*from\s+(?:a\s+|an\s+)?(?!(?:19|20)\d\d\b)[£$€]?\d[\d,.]*+\s*(?:%|per\s?cent|[mk]\b|bn\b|million\b|billion\b)?"
    r"(?!\s*(?:st|nd|rd|th)?\s*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", re.I)
#: (r42review) a bound phrase that is one letter and a full stop ("c."): also a list's letter
_LIST_LETTER = re.compile(r"[A-Za-z]\.")
#: (r42review) what before a list's letter says it opens an item: nothing on its line, or a label ("Appendix C.")
_ITEM_LABEL = re.compile(r"(?:^|\b(?:item|para|paragraph|section|part|appendix|annex|annexe|table|point|option|"
                         r"recommendation|question|chart|figure|schedule)s?)[\s(]*$", re.I)


def _opens_item(text: str, at: int, phrase: str) -> bool:
    """(r42review) Is the one-letter phrase ``phrase`` ("c.") at ``text[at:]`` a list's letter or a label's: capitalised
    ("Appendix C."), first on its line ("c. 45 children returned home" after "a." and "b."), or after a label word?

    >>> t = "a. 12 carers\\nc. 45 children"
    >>> _opens_item(t, t.index("c."), "c."), _opens_item("costs of c. 45", 9, "c.")
    (True, False)
    """
    if phrase[:1].isupper():
        return True
    line = text[text.rfind("\n", 0, at) + 1:at]
    return _ITEM_LABEL.search(line) is not None


#: a duration: a value of years, months, weeks, days, quarters or terms ("two years", "3 months")
_DURATION = re.compile(r"[^\s]+\s*(?:years?|months?|weeks?|days?|quarters?|terms?)\b", re.I)
#: "40+": a plus sign against the value with no number after it ("£2m+£1m" is a sum)
_PLUS_AFTER = re.compile(r"\+(?!\s*[-+£€$\d])")
#: (r43values) "100 plus applications", "1,000 plus.": the word "plus" after the value, then the things counted
#: (optionally after one adjective or acronym) or the clause's end; not a sum ("£5m plus £2m", "plus a further 10") nor
#: what a price leaves out ("£300 plus VAT"). (r43review) An amount of money takes only the clause's end
#: (:data:`_PLUS_WORD_END`): "£300,000 plus staff costs", "£2.5m plus new homes bonus" add a cost to the amount, they
#: bound nothing.
_PLUS_WORD_AFTER = re.compile(
    r"[ \t\xa0]+plus(?:[ \t\xa0]*(?:[.,;:)]|$)|[ \t\xa0]+(?:(?:[a-z]+|[A-Z]{2,6})[ \t\xa0]+)?(?i:"
    + COUNTED_THINGS + r")\b)")
#: (r43review) "worth £3m plus.": the word "plus" after the value at the clause's end, the one "plus" an amount of money
#: is bounded by
_PLUS_WORD_END = re.compile(r"[ \t\xa0]+plus[ \t\xa0]*(?:[.,;:)]|$)")
#: a currency's sign: the figure is an amount of money
_CURRENCY_SIGN = re.compile(r"[£€$]")
#: what may stand between a figure and the comparison word that compares it with a comparison point: punctuation, an
#: opening bracket, "which is", "this was", "and", an adverb ("45%, which was well below 50% last year")
_COMPARING_GAP = re.compile(
    r"[\s,;:(–—-]*(?:(?:and|but|which|that|this|it|so)\s+)?(?:(?:is|was|are|were|being|remains|remained|has\s+been|"
    r"had\s+been|stands|stood|sits|sat)\s+)?(?:(?:now|still|currently|therefore|also)\s+)?", re.I)


#: what may stand between a value and the comparison point phrase that names it: "50% last year", "50% at the same point
#: last year", "1,200 in the previous quarter", "60% (national average)"
_TO_COMPARATOR = re.compile(r"[\s(,]*(?:(?:at|in|for|of|from|on|as|against)\s+)?", re.I)


def names_comparison_after(text: str, end: int, comparator_re: re.Pattern[str]) -> bool:
    """Whether a comparator phrase of the figure rules names the value ending at ``end`` as a comparison point right
    after it ("50% last year", "60% nationally", "410 at the same point last year").

    >>> from analysis.figures.rules import load_rules
    >>> r = load_rules().comparator_re
    >>> t = "45%, below 50% at the same point last year and below 60% for children"
    >>> names_comparison_after(t, t.index("50%") + 3, r), names_comparison_after(t, t.index("60%") + 3, r)
    (True, False)
    """
    gap = _TO_COMPARATOR.match(text, end, end + 20)
    if gap is None:
        return False
    m = comparator_re.match(text, gap.end())
    return m is not None


def bound_of(text: str, start: int, end: int, rules: BoundRules, *, value_max: object = None,
             sentence_start: int = 0, prev_end: int = -1, reference: object = None) -> str | None:
    """The bound the words beside ``text[start:end]`` (a figure's span) put on its value: one of
    :data:`BOUND_KINDS`, or None. ``value_max``: the figure's range end (a range gets no bound); ``prev_end``: where
    the figure before it in its sentence ends (-1: none; a sentence starts at ``sentence_start``); ``reference``: the
    figure's comparison point kind (None for the council's own value; pass any string, "comparison", for a value a
    comparator phrase names right after it: :func:`names_comparison_after`).

    >>> from analysis.figures.rules import load_rules
    >>> b = load_rules().bounds
    >>> t = "Attendance was above 71% and over 300 children, up to £7,000 a week."
    >>> [bound_of(t, t.index(s), t.index(s) + len(s), b) for s in ("71%", "300", "£7,000")]
    ['more_than', 'more_than', 'at_most']
    >>> t = "Absence was 45%, below target, below the national average of 71%; it rose up to 30%."
    >>> [bound_of(t, t.index(s), t.index(s) + len(s), b) for s in ("45%", "71%", "30%")]
    [None, None, None]
    """
    if value_max is not None and value_max == value_max:  # (NaN: no range)
        return None
    w0 = max(0, start - _WINDOW)
    left = text[w0:start]
    m = rules.before_re.search(left) if rules.before_ends is None or \
        " ".join(left.split()).lower().endswith(rules.before_ends) else None
    if m is not None:
        kind = str(m.lastgroup)
        if rules.not_re is not None and rules.not_re.search(left):
            return None
        at = w0 + m.start(kind)
        if kind == "at_most" and m.group(kind).lower().startswith("up") and (
                _NUMBER_BEFORE.search(text, max(0, at - 30), at) or _FROM_NUMBER.match(text, end)):
            return None  # (r42review: "up to 45% from 30%", a change's new level, as "from £500 up to £7,000")
        if _LIST_LETTER.fullmatch(m.group(kind)) and _opens_item(text, at, m.group(kind)):
            return None  # (r42review) "c. 45 children" as a list's third item, "Appendix C. 45": no circa
        if kind == "more_than" and m.group(kind).lower() == "over" and sentence_start <= prev_end <= w0 + m.start() and \
                not text[prev_end:w0 + m.start()].strip(" ,") and _DURATION.match(text, start, min(len(text), end + 12)):
            return None  # (r42bound) "a cash loss of more than £200,000 over two years": the time the amount is spread over
        if kind in ("more_than", "less_than") and reference is not None and sentence_start <= prev_end <= w0 + m.start() \
                and _COMPARING_GAP.fullmatch(text, prev_end, w0 + m.start()):
            return None
        return kind
    if rules.after_re is not None:
        a = rules.after_re.match(text, end)
        if a is not None:
            return a.lastgroup
    if _PLUS_AFTER.match(text, end):
        return "at_least"
    if text[end:end + 1] in (" ", "\t", "\xa0"):
        plus = _PLUS_WORD_END if _CURRENCY_SIGN.search(text, start, end) else _PLUS_WORD_AFTER
        if plus.match(text, end):
            return "at_least"
    return None
