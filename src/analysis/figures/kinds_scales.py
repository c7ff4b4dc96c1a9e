"""Ends of rating scales, quarters listed, age groups: round 12's families of false figures (part of :mod:`.kinds`).

``_r12_not_figure``, read by :func:`classify` when every other rule left a figure: the ends of a rating or ranking
scale (``_scale_end``), quarters listed, and the patterns it alone reads.
"""

from __future__ import annotations

import re

from .grammar import MONTHS, TIME_RE
from .kinds_furniture import _COUNT_NOUN_RIGHT, _SMALL_WORDS
from .kinds_limits import _PCT_RIGHT
from .kinds_business import _STREET_WORDS

_AND_A_HALF_YEARS_RIGHT = re.compile(r"(?i)^[-\s]+and[-\s]+a[-\s]+half[-\s]+years?\b")


# ---- round 12 (r12prec): families of false figures seen across the 18 pools of rounds 8-11 ----
#: an age group written with an apostrophe: "under 5's", "the under-5’s", "over 65's"
_UNDER_OVER_ENDS = ("under", "over", "under-", "over-")
#: a document site's page counter at the end of a line, the clean stage having put its "Upload:" in another segment:
#: "Oxford Street, Boosbeck 1 of 56"
_PAGE_OF_END_RIGHT = re.compile(r"^ of \d{1,4}[ \t\xa0]*(?:\n|$)")
_PAGE_OF_END_LEFT = re.compile(r"(?:^|[^\d.,£$€])1 of$")
#: the ends of a rating or ranking scale: "on a scale of 1 to 10", "a scale from one to five", "comparisons from 1-152
#: where 1 equals worst performance and 152 equals best", "where 10 is the best"
_SCALE_OF_LEFT = re.compile(r"(?i)\bscale\s+(?:of|from)(?:\s+(?:\d{1,2}|one|zero|nought)\s*(?:to|-|–))?$")
_SCALE_WHERE_RIGHT = re.compile(r"(?i)^,?\s+where\s+\d{1,3}\s+(?:=|equals|is|represents|means)\b")
_SCALE_POLE_RIGHT = re.compile(
    r"(?i)^\s*(?:=|equals|is|represents|means|being)\s+(?:the\s+)?(?:very\s+)?(?:worst|best|highest|lowest|poorest|"
    r"excellent|poor|top|bottom|strongest|weakest|most|least)\b")
_SCALE_POLE_LEFT_ENDS = ("where", "and", "with", "(", ",", "while", "whereas")


def _scale_end(surface: str, lt: str, right: str) -> bool:
    """Whether ``surface`` (``lt`` its left without its spaces, ``right`` its right) is an end of a rating or ranking
    scale rather than a value.

    >>> [_scale_end(n, l, r) for n, l, r in [("1 to 10", "rated on a scale of", ", where 10 is best"),
    ...     ("10", "on a scale of 1 to 10, where", " is the best."), ("1-152", "comparisons from", " where 1 equals worst"),
    ...     ("152", "1 equals worst performance and", " equals best"), ("45", "there were", " children")]]
    [True, True, True, True, False]
    """
    if _SCALE_OF_LEFT.search(lt[-30:]):
        return True
    low = lt[-7:].lower()  # (the longest end tested, "whereas", has 7 letters)
    if _SCALE_WHERE_RIGHT.match(right) and (_SMALL_RANGE.fullmatch(surface) or low.endswith(("from", "of"))):
        return True
    return low.endswith(_SCALE_POLE_LEFT_ENDS) and _SCALE_POLE_RIGHT.match(right) is not None


#: the window a sentence's counts are over, set off by a comma: "Over the three months, there were 27 inquiries"
_WINDOW_COMMA_LEFT = re.compile(r"(?i)(?:^|[^\w\s]\s*|\n\s*)(?:over|during|across|in|throughout)\s+the$")
#: an age group after "who are": "children ... who are under 5 and living in ...", "those who were over 16"
_WHO_UNDER_LEFT = re.compile(r"(?i)\bwho\s+(?:are|were|is|was)\s+(?:aged\s+)?(?:under|over)$")
#: an age limit of a service beside an age range: "aged 0-19, and up to 25 for those with SEND"
_AGE_WORD = re.compile(r"(?i)\bage[ds]?\b")
_SEND_LIMIT_RIGHT = re.compile(
    r"(?i)^\s+(?:for\s+(?:those|young\s+people|people|children|learners|pupils)\s+with|with\s+(?:SEND|an?\s+EHC|EHC|special|"
    r"disabilit|a\s+disabilit|learning))")
#: an age range in brackets or after an age word: "under the age of 18 (mostly 9 to 17)", "children of ages 5 to 11"
_SMALL_RANGE = re.compile(r"(\d{1,2})\s?(?:-|–|to)\s?(\d{1,2})")
#: a developmental check at an age: "a review of a child that did not take up a nursery place at 2½ years",
#: "the health visitor check at two and a half years", "assessed at 27 months"
_CHECK_AT_LEFT = re.compile(
    r"(?i)\b(?:checks?|reviews?|reviewed|review(?:ing)?|assess(?:ed|ment|ments|ing)?|development(?:al)?|health\s+visit\w*|"
    r"screen\w*|seen|visits?|nursery)\b[^.;]{0,80}\bat$")
_CHECK_AGE_SURFACE = re.compile(r"(?i)(?:[1-5](?:\s?[½¼¾]|\.5|\s1/2)?|one|two|three|four|five)(?:\s|-)?years?|(?:[1-9]|[1-5]\d|60)(?:\s|-)?months?")
#: a band of length defined by its lower end: "long service (10 years plus)", "staff with 5 years plus service"
_PLUS_RIGHT = re.compile(r"(?i)^\s*(?:plus|\+)(?![\w\s]*?(?:\d|\b(?:a|an|one|two|three|four|five|six|half)\b))")
#: a limit set by a rule: "the maximum term of office of 10 years", "a minimum period of six months"
_MAX_MIN_OF_LEFT = re.compile(
    r"(?i)\b(?:maximum|minimum|max\.?|min\.?)\s+(?:term|period|length|duration|tenure|stay)(?:\s+of\s+(?:office|service|stay|appointment))?"
    r"\s+(?:of|for)$")
#: a day named with its weekday: "on Saturday 21 and Saturday 28 May", "Thursday 19 and Thursday 26 May"
_WEEKDAY_LEFT = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day$")
#: a news site's date stamp "24.Nov 2015"
_DOT_MONTH_RIGHT = re.compile(rf"^\.\s?{MONTHS}")
#: a street address after "at", whatever follows it: "held at the hotel at 30 James Street on Thursday" (_STREET_RIGHT
#: leaves a street number before a lower-case word a count: "25 Windsor Road residents")
_AT_STREET_RIGHT = re.compile(
    rf"^ (?:[A-Z][a-z’']+ ){{1,2}}{_STREET_WORDS}\b"
    r"(?![ \t]+(?:School|Academy|Primary|Nursery|[a-z]+\s+(?:residents|families|homes|houses|pupils)\b))")
#: numbered quarters or terms listed: "comparison to Quarters One and Two", "Quarters 1, 2 and 3"
_QUARTERS_LIST_LEFT = re.compile(
    r"(?i)\bquarters?\s*(?:(?:[1-4]|one|two|three|four)\s*(?:,|and|&|to|-|–)\s*)*$")


def _quarters_listed(lt: str) -> bool:
    """Whether ``lt`` (a left context without its spaces at the end) ends with the quarters a number lists: "Quarters
    One and", "Quarters 1,"; or "Quarters", "Quarter" capitalised ("over the last quarter four carers" counts).

    >>> [_quarters_listed(t) for t in ("comparison to Quarters One and", "Quarters", "over the last quarter")]
    [True, True, False]
    """
    m = _QUARTERS_LIST_LEFT.search(lt)
    return m is not None and (lt[-1:] not in "rsRS" or lt.endswith(("Quarter", "Quarters", "QUARTER", "QUARTERS")))


_QUARTER_NUMBERS = frozenset(("1", "2", "3", "4", "one", "two", "three", "four"))
#: a structure named by its tiers: "the two tiered payment structure", "a three-tier model"
_TIER_RIGHT = re.compile(r"(?i)^(?:-|\s)tier(?:ed)?\b")


def _r12_not_figure(text: str, kind: str, s: int, surface: str, left: str, right: str, lt: str, r0: str,
                    decimal: bool, small: bool, time_unit: bool) -> str:
    """The non-figure kind of a number that every other rule of :func:`classify` left a figure, for the families
    of round 12 (each behind a cheap test of a character or a word around the number), else "".

    >>> [_r12_not_figure("", k, 0, n, l, r, l.rstrip(), r[:1], n.isdecimal(), n.isdecimal() and len(n) <= 2, t)
    ...  for k, n, l, r, t in [
    ...     ("num", "5", "to improve health for under ", "'s in the area", False),
    ...     ("num", "21", "events on Saturday ", " and Saturday 28 May", False),
    ...     ("num", "10 years", "long service (", " plus) retirees", True),
    ...     ("word", "two", "ensure that the ", " tiered payment structure", False),
    ...     ("num", "45", "there were ", " referrals", False)]]
    ['age', 'date', 'threshold', 'name', '']
    """
    if time_unit:
        if "plus" in right[:6].lower() or right[:1] == "+":
            if _PLUS_RIGHT.match(right):
                return "threshold"
        if lt[-3:] in (" of", "for") and _MAX_MIN_OF_LEFT.search(lt):
            return "threshold"  # "the maximum term of office of 10 years"
        if lt[-3:] == " at" and _CHECK_AGE_SURFACE.fullmatch(surface) and _CHECK_AT_LEFT.search(lt):
            return "age"  # "a review of a child ... at 2½ years"
        if r0 == "," and lt[-3:].lower() == "the" and _WINDOW_COMMA_LEFT.search(lt):
            return "period"  # "Over the three months, there were 27 inquiries": the window the counts are over
        return ""
    low = surface.lower()
    if ("cale" in lt[-24:] or "where" in right[:10] or r0 == " " and right[1:2] and right[1:2] in "=eirmb"
            and lt[-7:].lower().endswith(_SCALE_POLE_LEFT_ENDS)) and _scale_end(surface, lt, right):
        return "threshold"  # "on a scale of 1 to 10, where 10 is the best", "from 1-152 where 1 equals worst performance"
    if kind == "word":
        if lt[-3:] == " at" and low in ("two", "one", "three") and _AND_A_HALF_YEARS_RIGHT.match(right) \
                and _CHECK_AT_LEFT.search(lt):
            return "age"  # "the health visitor check at two and a half years"
        if low in _QUARTER_NUMBERS and ("uarter" in lt[-40:] or "UARTER" in lt[-40:]) \
                and _quarters_listed(lt):
            return "period"  # "Quarters One and Two"
        if low in _SMALL_WORDS and "tier" in right[:6].lower() and _TIER_RIGHT.match(right):
            return "name"
        return ""
    if kind != "num":
        return ""
    if small:
        n = int(surface)
        t12 = lt[-12:].lower()  # (speed) the left's last characters, lower-cased once
        if r0 in ("'", "’") and right[1:2] in ("s", "S") and not right[2:3].isalnum() and t12.endswith(_UNDER_OVER_ENDS):
            return "age"  # "under 5's", "the over 65’s"
        if t12[-5:] == "up to" and 16 <= n <= 25 and not _COUNT_NOUN_RIGHT.match(right) \
                and not TIME_RE.match(right.lstrip()) and not _PCT_RIGHT.match(right) \
                and (_SEND_LIMIT_RIGHT.match(right) or _AGE_WORD.search(text, max(0, s - 80), s)):
            return "age"  # "aged 0-19, and up to 25 for those with SEND"
        if t12[-5:] in ("under", " over") and _WHO_UNDER_LEFT.search(lt) and not _COUNT_NOUN_RIGHT.match(right) \
                and not _PCT_RIGHT.match(right) and not TIME_RE.match(right.lstrip()):
            return "age"  # "children within a reach area who are under 5 and living in a Lower Super Output Area"
        if t12.endswith(("aged over", "aged under", "aged above", "aged below")) and not _COUNT_NOUN_RIGHT.match(right) \
                and not _PCT_RIGHT.match(right):
            return "age"  # "a quarter of the population were aged over 65"
        if n <= 31 and t12[-3:] == "day" and _WEEKDAY_LEFT.search(lt) and not _COUNT_NOUN_RIGHT.match(right):
            return "date"  # "on Saturday 21 and Saturday 28 May"
        if n <= 31 and r0 == "." and _DOT_MONTH_RIGHT.match(right):
            return "date"  # "24.Nov 2015"
        if n <= 4 and ("uarter" in lt[-40:] or "UARTER" in lt[-40:]) and _quarters_listed(lt):
            return "period"  # "Quarters 1 and 2"
        if n <= 5 and "tier" in right[:6].lower() and _TIER_RIGHT.match(right):
            return "name"  # "a 3 tier model"
    if decimal and (surface == "1" and right[:4] == " of " and _PAGE_OF_END_RIGHT.match(right)
                    or lt[-4:] == "1 of" and right.lstrip(" \t\xa0")[:1] in ("\n", "") and _PAGE_OF_END_LEFT.search(lt)):
        return "reference"  # "... The Birches, Boosbeck 1 of 56" ending its line: a document site's page counter
    if decimal and len(surface) <= 3 and r0 == " " and right[1:2].isupper() and lt[-3:] == " at" and _AT_STREET_RIGHT.match(right):
        return "name"  # "at 30 James Street": an address
    if "-" in surface or "to" in surface or "–" in surface:
        band = _SMALL_RANGE.fullmatch(surface)  # (before lower-casing the left: "age" is also in page, average, ...)
        if band and "age" in left.lower() and int(band.group(1)) < int(band.group(2)) <= 25 and _AGE_WORD.search(left) \
                and not _COUNT_NOUN_RIGHT.match(right) and not _PCT_RIGHT.match(right):
            return "age"  # "under the age of 18 (mostly 9 to 17)"
    return ""
