"""Years, scales and page counters (part of :mod:`.kinds`).

A compound adjective or a retention period (``_compound_or_retention``), a bare scale that is an amount
(``_bare_scale_is_amount``), the first of two counts "from X to Y" that looks like a year, a financial year glued
or short (``_glued_or_short_year``), a printed page's counter or footnote mark, and the month/16-character look-ups
of the left context.
"""

from __future__ import annotations

import re

from ..vocab import MONTH_NAMES, MONTH_SHORT
from .grammar import BARE_SCALE, MONEY_NOUNS

#: "a two way conversation", "a two-way dialogue": a compound adjective, not a count
_WAY_RIGHT = re.compile(r"(?i)^[ -]way\b(?!s)")
#: how long a webcast or a record is kept: "viewed on our website for twelve months after the meeting"
_AFTER_MEETING_RIGHT = re.compile(
    r"(?i)^\s+(?:after|following|from)\s+the\s+(?:date\s+of\s+the\s+)?(?:meeting|broadcast|webcast)\b")


def _compound_or_retention(surface: str, right: str) -> str:
    """``name`` for a number in a compound adjective ("a two way conversation", "two-way"),
    ``procedure`` for how long the meeting's record is kept ("for twelve months after the meeting"),
    else "".

    >>> [_compound_or_retention(n, r) for n, r in [("two", " way understanding"), ("two", "-way dialogue"),
    ...     ("twelve months", " after the meeting. After that"), ("two", " ways to apply"), ("6 months", " after the review")]]
    ['name', 'name', 'procedure', '', '']
    """
    head = right[:1]
    if head in (" ", "-") and right[1:4].lower() == "way" and _WAY_RIGHT.match(right):
        return "name"
    if head == " " and surface[-1:] in "sS" and _AFTER_MEETING_RIGHT.match(right):
        return "procedure"
    return ""


_SCALE_LETTER_END = re.compile(rf"\d{BARE_SCALE}$")
#: money named before a bare amount in the same stretch of text (the words of money, and of a gap in it)
_MONEY_BEFORE = re.compile(rf"\b(?:{MONEY_NOUNS}|costing|allocated|pressures?|gap|balance|variance)\b", re.I)


def _bare_scale_is_amount(text: str, s: int, surface: str) -> bool:
    """Whether a numeral with a scale letter and no currency sign is an amount ("an overspend of 1.2m",
    "savings of 15k", "2.5m people"): a decimal before the letter, or money named in the 100
    characters before it. An integer with a letter and nothing of money about it is a distance or a
    label ("her 800m title", "the 5k run").

    >>> [_bare_scale_is_amount(t, t.index(x), x) for t, x in [
    ...     ("Savings of 15k were made.", "15k"), ("She won the 800m title.", "800m"), ("About 1.5M people.", "1.5M")]]
    [True, False, True]
    """
    if not _SCALE_LETTER_END.search(surface):
        return True  # not a scale letter ("10 km" is not this group's)
    if "." in surface:
        return True
    if s and text[s - 1] == "\ufffd":
        return True  # "more than \ufffd15m": a currency sign mis-encoded by a news site (a "£" read as UTF-8)
    return _MONEY_BEFORE.search(text, max(0, s - 100), s) is not None


_MONTH_TAILS = MONTH_NAMES + tuple(a + dot for a in MONTH_SHORT for dot in ("", "."))


def _may_end16(low16: str | None, endings: tuple[str, ...]) -> bool:
    """:func:`.grammar.may_end_with` on the last 16 characters of the left context without its whitespace,
    lower-cased (``None`` when they are not ASCII: a maybe), as :func:`classify` computes them once."""
    return low16 is None or low16.endswith(endings)


def _ends_with_month(lt: str, sep: str) -> bool:
    """Whether ``lt`` (a left context without its whitespace at the end), less one ``sep`` and the
    whitespace before it, ends with a month's name or abbreviation: a necessary condition of
    ``{MONTHS}\\s*{sep}?\\s*$``."""
    if lt.endswith(sep):
        lt = lt[:-1].rstrip()
    return lt.endswith(_MONTH_TAILS)


#: (r17values) "from" right before a number, and "to" another written with four or more digits right after it
_FROM_END = re.compile(r"(?i)\bfrom$")
_TO_COUNT_RIGHT = re.compile(r"(?:\s?to\s?|\s[-–—]\s)(\d{1,3}(?:,\d{3})+|\d{4,})(?![\d/])")


def _from_year_to_count(surface: str, lt: str, right: str) -> bool:
    """(r17values) Whether a year-shaped number is the first of two counts of a change "from X to Y", Y being no year
    (above 2100, or below X): "the number of requests rose from 2014 to 2250" (``lt`` is the left context, stripped).

    >>> _from_year_to_count("2014", "requests rose from", " to 2250 this year"), _from_year_to_count("2014", "from", " to 2019")
    (True, False)
    >>> _from_year_to_count("2019", "fell from", " to 1,850 last year"), _from_year_to_count("2014", "in", " to 2250")
    (True, False)
    """
    if not surface.isdigit() or not _FROM_END.search(lt[-5:]) or (m := _TO_COUNT_RIGHT.match(right)) is None:
        return False
    return not int(surface) <= int(m.group(1).replace(",", "")) <= 2100


# ---- round 25 (r25prec2): a page's number or a footnote's mark run into the text ----
#: a number between the marks of a printed page's number, never around a figure: "primary, -1- secondary" (a page
#: counter run into the text)
_PAGE_MARK_RIGHT = re.compile(r"^-(?=\s|$)")
_PAGE_MARK_LEFT = re.compile(r"(?:^|[\s,;:])-$")


def _page_or_footnote_mark(surface: str, left: str, right: str) -> bool:
    """(r25prec2) Whether a number is a printed page's counter run into a line ("primary, -1- secondary": up to three
    digits between two dashes, a space or the line's edge outside them) or a Markdown footnote reference ("pathway.
    [^3]"): typography that marks a place in the document and never wraps a figure.

    >>> [_page_or_footnote_mark(n, l, r) for n, l, r in [("1", "with the primary, -", "- secondary heads"),
    ...     ("3", "the pathway. [^", "]\\n- The report"), ("-1", "fell by ", " to 40"), ("4", "from 3-", "-5 years"),
    ...     ("2", "the [", "] report"), ("1", "be published. *(", ") 3. Reasons"), ("1", "costs (", ")")]]
    [True, True, False, False, False, True, False]
    """
    if not surface.isdecimal():
        return False
    last = left[-1:]
    if last == "^" and left[-2:-1] == "[" and right[:1] == "]":
        return True  # "[^3]": a Markdown footnote reference
    if last == "(" and left[-2:-1] == "*" and right[:1] == ")" and len(surface) <= 2:
        return True  # (r29prec) "be published. *(1) 3. Reasons": an asterisk's footnote mark, its number in brackets
    return last == "-" and right[:1] == "-" and len(surface) <= 3 and _PAGE_MARK_LEFT.search(left) is not None \
        and _PAGE_MARK_RIGHT.match(right) is not None


#: (r27prec) a financial year without its separator ("202425") or written short with a hyphen ("22-23"), and what a short
#: one names after it
_GLUED_FY = re.compile(r"20(\d\d)(\d\d)")
_SHORT_HYPHEN_FY = re.compile(r"(\d\d)[-–](\d\d)")
_SHORT_FY_NOUN_RIGHT = re.compile(r"(?i)\s+(?:budgets?|financial\s+years?|outturns?|allocations?|accounts?|settlements?)\b")


def _glued_or_short_year(text: str, s: int, e: int, surface: str) -> bool:
    """(r27prec) Whether a bare number is a financial year: "202425" when the text writes the same year with its separator
    elsewhere ("2024-25", "2024/25"; r24blindH Derbyshire), or "22-23" before a budget's noun ("the report on the 22-23
    budget"; r26blindM Barnet); the second year is the first's next.

    >>> t = "the financial year 2024-25. The Outturn 202425 report"
    >>> _glued_or_short_year(t, t.index("202425"), t.index("202425") + 6, "202425")
    True
    >>> _glued_or_short_year("a total of 202425 visits", 11, 17, "202425"), _glued_or_short_year("the 22-23 budget", 4, 9, "22-23")
    (False, True)
    >>> _glued_or_short_year("aged 22-23 years", 5, 10, "22-23")
    False
    """
    glued = _GLUED_FY.fullmatch(surface)
    if glued:
        a, b = glued.groups()
        return int(b) == (int(a) + 1) % 100 and (f"20{a}-{b}" in text or f"20{a}/{b}" in text or f"20{a}–{b}" in text)
    short = _SHORT_HYPHEN_FY.fullmatch(surface)
    return short is not None and int(short.group(2)) == (int(short.group(1)) + 1) % 100 \
        and _SHORT_FY_NOUN_RIGHT.match(text, e) is not None


#: (r37prec) a year run together with what followed it in a PDF's text: "20010-2011" (2010-2011 with a stray digit),
#: "200912010" (2009/2010 with the slash read as "1"): five to nine digits opening on a year 1950-2049
_RUN_YEAR = re.compile(r"(?:19[5-9]|20[0-4])\d\d{1,5}")
#: what names such a number a year: a second year after a dash or slash ("-2011", "/11"), or a year's noun
#: ("academic year", "municipal year", "financial year", "school year")
_RUN_YEAR_RIGHT = re.compile(
    r"(?i)^(?:\s?[-–/]\s?(?:19|20)?\d\d(?!\d)|\s+(?:academic|municipal|financial|school|calendar)\s+years?\b)")


def _run_together_year(surface: str, right: str) -> bool:
    """(r37prec) Whether a bare number of five to nine digits is a year run together in a page's text: it opens on a
    year (1950-2049) and a second year or a year's noun follows it ("Primary Schools 20010-2011", "the remainder of
    the 200912010 academic year"; r36blindAD Central Bedfordshire, Wokingham). A count that size is written with
    commas, and is not followed by a year.

    >>> _run_together_year("20010", "-2011' referred"), _run_together_year("200912010", " academic year.")
    (True, True)
    >>> _run_together_year("20010", " pupils"), _run_together_year("12010", "-2011"), _run_together_year("2010", "-11")
    (False, False, False)
    """
    return 5 <= len(surface) <= 9 and _RUN_YEAR.fullmatch(surface) is not None and _RUN_YEAR_RIGHT.match(right) is not None
