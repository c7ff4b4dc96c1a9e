"""Figures: the numbers in minutes that measure something, and what they measure.

A *figure* is a number that measures services, people, money or performance: a count ("3700
children"), a percentage ("68%", "23 per cent", "1 in 5", "a third of"), money ("£700m"), a rate
("331 per 10,000") or a duration that is a measurement ("an average wait of 16 weeks"). Every other
number goes to the ``numbers`` table with its ``kind``, so nothing is dropped silently:

``date`` ("1 October"), ``time`` ("10:00am"), ``year`` ("since 2020"), ``period`` ("2023/24",
"Q2", "quarter one", "in the last 12 months"), ``reference`` ("page 39", "Item 6", "URN 123456"),
``minute`` / ``list`` ("33.2", "1.", "(2)"), ``filesize`` ("PDF 138 KB"), ``phone``, ``ordinal``
("a third reopening", "ranked 12 out of 150"), ``name`` ("Post-16 Team", "Year 6", "a 5 year
plan"), ``age`` ("aged 16 years and over", "under 18s", "11-16 provision"), ``threshold`` ("within
12 months", "two years or more", "more than 20 miles") and ``rate_base`` ("per 10,000").

How it works (readable rules, in this order):

1. **Number grammar** - one compiled master regular expression scans the text once and finds
   every number expression: dates, financial years ("2023/24"), quarters ("Q2", "quarter one"),
   file sizes, hyphenated names ("6-to-8-week"), ordinals, money with scales ("£1.5bn",
   "£2.3 million"), ranges and alternatives ("6-8 weeks", "between 20 and 30", "£6500/£7000"),
   percentages ("%", "per cent", "percentage points"), and written numbers ("six", "ninety-one",
   "a dozen").
2. **Classification** - cheap look-ups on a short window either side of the match decide the
   non-figure kinds (reference after "page"/"item"/"Appendix", name after "Year"/"Measure"/"Key
   Stage", age after "aged"/before "year olds", threshold for "within 12 months"/"two years or
   more", a four-digit year, an agenda-item or minute number at the start of the text, ...).
3. **Context** for each figure, from its sentence and clause: the unit (from the match or the
   noun after it), ``per`` ("per week, per child"), the ``indicator`` phrase (the noun phrase the
   number counts, the object of "N% of X", or the subject of "X had risen to N"; a generic
   subject such as "the rate" borrows the segment's lead-in topic "Rereferrals - ..." or the
   previous figure's indicator), ``direction`` (rise/fall verbs), ``is_change`` ("a reduction of
   10"), ``comparator`` ("national average", "target", "last year", ...) and ``status`` ("on
   track", "not on track", RAG colours; a later "..., which is not on track" or "which was below
   target" in the sentence marks the nearest figure before it that is not the target itself).
4. **Canonical indicator** - ``indicator_id`` from ``data/indicators.yml`` (researcher-editable):
   the longest signal phrase found in the indicator phrase, else in the clause, whose unit agrees
   with the figure's unit.

Choices documented here (and in the notebook):

* "doubled", "halved", "twice" are not extracted: they are changes without a stated number.
* ``direction`` is the direction of the number (rise/increase/grow -> up; fall/drop/reduce/decline
  -> down); "improve" gives none, because an improvement in absence or waiting times is a fall.
* "one" is a figure only with a unit ("one year", "one per cent"); otherwise it is nearly always a
  pronoun or determiner ("one of the schools", "bring one forward") and is not a number.
* Ages and eligibility thresholds ("aged 16 years and over", "16 and 17 year olds", "under 18s")
  are kind ``age``; durations in definitions ("within 12 months", "two years or more",
  "within 20 weeks") are kind ``threshold``; adjectival durations in names of things ("the
  6-to-8-week check", "a 12-week programme") are kind ``name``.
* A four-digit number 1990-2039 without a comma is a year unless the text says it is a count
  ("had risen to 2018", "2018 children").

The stage (:func:`run`) reads ``documents``, ``segments`` and the document texts, extracts the
figures of every segment and maps their spans back to the raw text, so that
``doc_text[raw_start:raw_end] == surface`` for every figure and number (checked).
"""

from __future__ import annotations

import functools
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import corpus, io, parallel, paths
from .schemas import check_table
from .errors import ConfigError, PipelineError, SchemaError

# =============================================================================================
# 1. Number grammar
# =============================================================================================

_UNIT_WORDS = "one two three four five six seven eight nine".split()
_TEEN_WORDS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNIT_WORDS)}
WORD_VALUES.update({w: i + 10 for i, w in enumerate(_TEEN_WORDS)})
WORD_VALUES.update({w: (i + 2) * 10 for i, w in enumerate(_TENS_WORDS)})
ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?)"
)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CUR = r"[£€$]"
_SCALE = r"(?:\s?(?:bn|m|k)\b|\s?(?:million|billion|thousand)\b)"
_PCT = r"(?:\s?%(?:\s?points?\b)?|\s?per\s?cent\b|\s?percent\b|\s(?:percentage\s)?points?\b|\s?pp\b|\s?ppts?\b)"
_TIME = r"(?:working\s+days?|school\s+days?|days?|weeks?|months?|years?|hours?|hrs?|miles?|km|kilometres?)\b"
_WORDNUM = (
    r"zero|"
    r"(?:(?:" + "|".join(_TENS_WORDS) + r")(?:[-\s](?:" + "|".join(_UNIT_WORDS) + r"))?"
    r"|" + "|".join(_TEEN_WORDS + _UNIT_WORDS) + r")(?:\s+hundred)?|a\s+dozen|a\s+hundred"
)
_MONEY = rf"{_CUR}\s?(?:\((?:{_NUM})\)|(?:{_NUM})){_SCALE}?"
_DASH = r"\s?(?:-|–|—|to)\s?"

MASTER_RE = re.compile(
    "|".join(
        [
            # dates: "1 October", "31 March 2025", "January 2019", "12/03/2024"
            rf"(?P<date>\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:,?\s+(?:19|20)\d{{2}})?(?![\w])"
            rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}\b"
            rf"|\b{_MONTHS}\s+(?:19|20)\d{{2}}\b"
            r"|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}\b)",
            # telephone numbers: "01234 567890", "0300 123 4567"
            r"(?P<phone>(?<![\w.,])(?:\+44\s?|0)\d{2,4}\s?\d{3,4}\s?\d{3,4}\b)",
            # times of day
            r"(?P<time>\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d{2}\b)",
            # financial years and year ranges: 2023/24, 2025-26, 2019/2020, FY24
            r"(?P<fy>\b(?:FY\s?)?(?:19|20)\d{2}\s?[/\-–]\s?(?:(?:19|20)\d{2}|\d{2})(?![\d%])"
            r"|\b(?:FY\s?)?[12]\d/[12]\d\b(?![\d%/]))",
            # ratios: "1 in 5 children", "seven out of ten schools" (a percentage)
            r"(?P<ratio>\b(?:\d+|(?i:one|two|three|four|five|six|seven|eight|nine))\s+(?:in|out\s+of)\s+"
            r"(?:\d+|(?i:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred))\b(?!\s*(?:%|per\s?cent)))",
            # quarters and terms
            r"(?P<quarter>\b(?:Q[1-4]\b|(?i:quarter)\s+(?:[1-4]|one|two|three|four)\b"
            r"|(?i:(?:first|second|third|fourth|final|last)\s+quarter)\b))",
            # file sizes
            r"(?P<size>\b\d+(?:\.\d+)?\s?(?:KB|MB|GB|kB|Kb|Mb|kb|mb)\b)",
            # adjectival durations and ages in names: 6-to-8-week, 12-week, 2-year-olds
            r"(?P<hyname>\b\d+(?:-to-\d+|-\d+)?-(?:week|day|month|year|hour)(?:-olds?)?\b)",
            # numbers glued to letters: Post-16, KS2, COVID-19, 18s, 1a
            r"(?P<glued>\b[A-Za-z]+-?\d+[A-Za-z]*\b|\b\d+(?!st\b|nd\b|rd\b|th\b)[A-Za-z]+\b)",
            # fractions: "a third of", "two-thirds of" (a percentage)
            r"(?P<fraction>\b(?i:(?:a|one|two|three)[-\s](?:half|third|quarter|fifth)s?)(?=\s+of\b))",
            # ordinals
            r"(?P<ordinal>\b\d+(?:st|nd|rd|th)\b|\b(?i:" + "|".join(ORDINAL_WORDS) + r")\b)",
            # "between X and Y"
            rf"(?P<between>\b(?i:between)\s+(?:{_MONEY}|(?:{_NUM})|(?i:{_WORDNUM}))(?:{_PCT})?"
            rf"\s+and\s+(?:{_MONEY}|(?:{_NUM})|(?i:{_WORDNUM}))(?:{_PCT}|\s{_TIME})?)",
            # money, with ranges and alternatives: £6500/£7000, £4-5m
            rf"(?P<money>{_MONEY}(?:(?:{_DASH}|\s?/\s?){_CUR}?\s?(?:{_NUM}){_SCALE}?)?)",
            # numerals, with ranges, percentages, scale words and time units
            rf"(?P<num>(?<![\w.,/£€$=?&#@_-])(?:{_NUM})(?:{_DASH}(?:{_NUM}))?(?!\d)"
            rf"(?:{_PCT}|\s(?:million|billion|thousand)\b|\s{_TIME})?)",
            # written numbers
            rf"(?P<word>\b(?i:{_WORDNUM})\b(?:{_PCT}|\s(?i:{_TIME}))?)",
        ]
    )
)

_NUM_RE = re.compile(_NUM)
#: the start of the last word before a position (words separated by spaces and opening brackets)
_WORD_START = re.compile(r"[^\s(\[]*\s*$")


def _trie_regex(words: list[str]) -> str:
    """A case-insensitive regex matching exactly ``words``, as a trie (fast to scan with)."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(f"[{ch.upper()}{ch}]" + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


#: Every number expression contains one of these; the master expression runs only near them.
_CANDIDATE_WORDS = _UNIT_WORDS + _TEEN_WORDS + _TENS_WORDS + ORDINAL_WORDS + ["dozen", "hundred", "zero"]
#: (the leading look-ahead on the possible first characters lets the engine skip other text fast)
_CANDIDATE_RE = re.compile(
    "(?=[\\d£€$" + "".join(sorted({c for w in _CANDIDATE_WORDS for c in (w[0], w[0].upper())})) + "])"
    r"(?:\d+|[£€$]|\b" + _trie_regex(_CANDIDATE_WORDS) + r"\b)"
)
_WORD_RE = re.compile(rf"(?i:{_WORDNUM})")
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_SCALE_RE = re.compile(r"(bn|m|k|million|billion|thousand)\b", re.I)
_PCT_RE = re.compile(r"%|per\s?cent|percent|points?|pp|ppts?", re.I)
_PP_RE = re.compile(r"points?\b|\bpp\b|\bppts?\b", re.I)
_TIME_RE = re.compile(r"(days?|weeks?|months?|years?|hours?|hrs?|miles?|km|kilometres?)\s*$", re.I)
_TIME_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years", "hour": "hours", "hr": "hours",
               "mile": "miles", "km": "km", "kilometre": "km"}


def _word_value(word: str) -> float:
    """Value of a written number: "ninety-one" -> 91, "two hundred" -> 200, "a dozen" -> 12."""
    w = _SPACES.sub(" ", word.lower().replace("-", " ")).strip()
    if w == "a dozen":
        return 12.0
    parts = w.split()
    total = 0
    for p in parts:
        if p == "hundred":
            total = (total or 1) * 100
        elif p in WORD_VALUES:
            total += WORD_VALUES[p]
    return float(total)


def _number_values(s: str) -> list[float]:
    """Numeric values in a matched expression, scales applied ("£2.3 million" -> [2300000.0])."""
    out: list[float] = []
    for m in _NUM_RE.finditer(s):
        v = float(m.group().replace(",", ""))
        rest = s[m.end():]
        if rest.startswith(")") and s[: m.start()].rstrip().endswith("("):
            v, rest = -v, rest[1:]  # accounting negative: "£(2.1)m"
        rest = rest.lstrip()
        sm = _SCALE_RE.match(rest)
        if sm and (rest[: sm.end()].lower() in _SCALES):
            v *= _SCALES[rest[: sm.end()].lower()]
        out.append(v)
    if not out:
        out = [_word_value(m.group()) for m in _WORD_RE.finditer(s)]
    return out


def _apply_shared_scale(vals: list[float], s: str) -> list[float]:
    """"£4-5m": the scale written once applies to both ends of a range."""
    if len(vals) == 2 and vals[1] >= 1000 and vals[0] < vals[1] / 1000 and _SCALE_RE.search(s):
        m = _SCALE_RE.search(s)
        assert m is not None
        scale = _SCALES.get(m.group().lower(), 1.0)
        if vals[0] * scale <= vals[1]:
            vals = [vals[0] * scale, vals[1]]
    return vals


# =============================================================================================
# 2. Classification of non-figures
# =============================================================================================

_REF_LEFT = re.compile(
    r"\b(?:pages?|p\.|pp\.|paragraphs?|paras?\.?|appendix|appendices|annexe?|items?|agenda\s+item|"
    r"sections?|tables?|charts?|graphs?|figure|minutes?|no\.|nos\.|number|recommendations?|"
    r"resolutions?|clauses?|schedules?|questions?|slides?|ref\.?|reference|line|chapter|part|article|"
    r"regulation|rule|standing\s+order|urn|tel|telephone|phone|ext|extension|fax|mobile|id|case\s+no)\s*$",
    re.I,
)
_NAME_LEFT = re.compile(
    r"\b(?:year|years|key\s+stage|ks|stage|phase|tier|level|band|measure|indicator|pi|kpi|"
    r"priority|option|route|wave|step|round|lot|category|objective|outcome|standard|policy|"
    r"cohort|group|unit|room|floor|module|version|cycle|pilot|programme|project|workstream|"
    r"scheme|ward|district|zone|block|grade|class|form|set|team|pathway|criterion|criteria|"
    r"principle|theme|strand|area|locality|site|session)\s*$",
    re.I,
)
_PERIOD_LEFT = re.compile(r"\b(?:term|semester|month|week|period|fy|financial\s+year)\s*$", re.I)
_AGE_LEFT = re.compile(
    r"\b(?:aged|age|ages|age\s+of|aged\s+between|aged\s+from|(?:under|over)\s+the\s+age\s+of|young\s+people\s+aged)\s*$",
    re.I,
)
_AGE_RIGHT = re.compile(
    r"^(?:\s*(?:and|or|to|-)\s*\d+)?(?:\s*|-)(?:years?|yrs?)?(?:\s*|-)olds?\b|^s\b|^\+|^\s*(?:years?\s+)?(?:and|or)\s+(?:over|above|older|under|below|younger)\b",
    re.I,
)
_AGE_BANDS = {(0, 5), (0, 19), (0, 25), (2, 4), (3, 4), (5, 11), (5, 16), (11, 16), (11, 18), (11, 19), (13, 19),
              (14, 19), (16, 18), (16, 19), (16, 24), (16, 25), (18, 21), (18, 24), (18, 25), (19, 25)}
_AGE_LEFT_SHORT = re.compile(r"\b(?:under|over|post|pre)[-\s]*$", re.I)
_THRESHOLD_LEFT = re.compile(
    r"\b(?:within|in\s+under|in\s+less\s+than|less\s+than|more\s+than|longer\s+than|over|under|up\s+to|"
    r"at\s+least|after|beyond|exceeding|lasting|for\s+over|for\s+more\s+than|no\s+later\s+than|"
    r"of\s+more\s+than|of\s+less\s+than)\s*$",
    re.I,
)
_THRESHOLD_RIGHT = re.compile(r"^\s*(?:or\s+(?:more|longer|over|above|less|fewer|under)|and\s+over|\+)\b", re.I)
_LAST_N_LEFT = re.compile(
    r"\b(?:in|over|during|for|within)\s+the\s+(?:last|past|previous|next|coming|first|following)\s*$"
    r"|\b(?:in|after|every)\s*$",
    re.I,
)
_MEASURE_LEFT = re.compile(r"\b(?:wait|waiting|waits|took|takes|taking|average|averaged|median|mean)\b[^.]{0,25}$", re.I)
_YEAR_COUNT_LEFT = re.compile(
    r"\b(?:risen\s+to|rose\s+to|increased\s+to|fallen\s+to|fell\s+to|decreased\s+to|total\s+of|"
    r"of\s+whom|stood\s+at|reached|totalled|totaled|reduction\s+of|increase\s+of|there\s+were|there\s+are)\s*$",
    re.I,
)
_MONTH_LEFT = re.compile(rf"{_MONTHS}\s*,?\s*$")
_MONTH_RIGHT = re.compile(
    rf"^\s*(?:st|nd|rd|th)?(?:\s*(?:and|or|-|–|to|&)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s*{_MONTHS}"
)
_SEASON_LEFT = re.compile(
    r"\b(?:in|since|by|from|until|till|during|before|after|of|for|summer|autumn|winter|spring|"
    r"academic\s+year|calendar\s+year|year|end\s+of|start\s+of|beginning\s+of|term)\s*$",
    re.I,
)
_COUNT_NOUN_RIGHT = re.compile(
    r"^\s+(?:children|pupils|students|young\s+people|families|cases|referrals|places|schools|staff|"
    r"people|adults|households|plans|ehcps?|assessments|requests|applications|posts|vacancies|"
    r"placements|beds|homes|carers|visits|contacts|learners|workers)\b",
    re.I,
)
_TITLE_RIGHT = re.compile(r"^\s+[A-Z][\w'’]*(?:\s+(?:[A-Z&(][\w'’)]*|and|of|for|the|in|-))+")
_RATE_BASE_LEFT = re.compile(r"\bper\s*$", re.I)
_DOUBTFUL_ONE = re.compile(r"^one$", re.I)


# precompiled patterns of the hot paths (classification, phrases, scanning)
_AGE_BAND_RE = re.compile(r"(\d{1,2})\s?(?:-|–|to)\s?(\d{1,2})")
_RANGE_MONEY_RE = re.compile(r"\d\s?(?:to|-|–)\s?[£€$]?\d")
_RANGE_NUM_RE = re.compile(r"\d\s?(?:to|-|–)\s?\d")
_ONE_TWO_DIGITS = re.compile(r"\d{1,2}")
_FOUR_DIGITS = re.compile(r"\d{4}")
_NAME_SURFACE = re.compile(r"\d{1,2}(?:\s?(?:-|to)\s?\d{1,2})?|[a-zA-Z]+")
_YEAR_SURFACE = re.compile(r"(?:19|20)\d{2}|(?:19|20)\d{2}\s?(?:-|–|to)\s?(?:19|20)\d{2}")
_OR_MORE_RIGHT = re.compile(r"^\s+or\s+(?:more|fewer|less|over)\b", re.I)
_QUARTERS_RIGHT = re.compile(r"^\s+(?:quarters|terms|semesters)\b(?!\s+of\b)")
_LIST_OPEN_LEFT = re.compile(r"(?:^|[;:.]\s*|\bthat\s+|\band\s+)\($")
_TRAIL_FUNCTION_WORDS = re.compile(r"(?:\s+(?:the|a|an|of|in|to|for|and|or|with|at|on|by|from|its|their|aged|who|whose|were|was))+$", re.I)
_TRAIL_PERIOD_NAME = re.compile(r"\s+(?:in|of|for|at|during)\s+(?:the\s+)?(?:Year|Quarter|Stage|Key\s+Stage|Level|Tier|Phase|Q|Term)$")
_NP_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\w,./%-]*|[,;:().£$€!?]")
_OF_WHICH_RIGHT = re.compile(r"^\s+of\s+(?:which|whom|these|those|them)\s+(?:were|was|are|is|had\s+been|have\s+been)?\s*(.*)$", re.S)
_OF_FOR_RIGHT = re.compile(r"^\s+(?:of|for)\s+(?:the\s+)?(.*)$", re.S)


_LISTED_KINDS = {"reference", "name"}


def _classify(text: str, kind: str, s: int, e: int, surface: str) -> str:
    """The kind of a number match: ``figure`` or one of the non-figure kinds."""
    if kind in ("date", "time", "ordinal", "phone"):
        return kind
    if kind == "fy" or kind == "quarter":
        short = re.fullmatch(r"(?:FY\s?)?([12]\d)/([12]\d)", surface)
        if short and int(short.group(2)) != int(short.group(1)) + 1:
            return "reference"
        return "period"
    if kind == "fraction" and re.search(r"\b(?:first|last|past|next|final|previous)\s*$", text[max(0, s - 12):s], re.I):
        return "period"  # "the first three quarters of the year"
    if kind == "ratio" and re.search(r"\b(?:ranked|ranking|rank|position|placed|positioned)\s*$", text[max(0, s - 20):s], re.I):
        return "ordinal"  # "ranked 12 out of 150": a rank, not a share
    if kind in ("ratio", "fraction"):
        return "figure"
    if kind == "size":
        return "filesize"
    if kind == "hyname":
        return "age" if "old" in surface.lower() else "name"
    left = text[max(0, s - 40):s]
    right = text[e:e + 40]
    if kind == "glued":
        if re.fullmatch(r"\d+s", surface) and _AGE_LEFT_SHORT.search(left):
            return "age"
        if re.match(r"(?i)(?:under|over)-?\d", surface):
            return "age"
        return "name"
    if kind == "money":
        return "figure"
    is_pct = bool(_PCT_RE.search(surface[1:])) if kind != "word" else bool(re.search(r"%|cent", surface))
    # list markers inside a text: "(1) ...", "RESOLVED that: (2) ...", "; 3) ..."
    if kind == "num" and _ONE_TWO_DIGITS.fullmatch(surface) and (
        (left.endswith(("(", "(\n")) and _LIST_OPEN_LEFT.search(left) and right.startswith(")"))
        or (re.search(r"(?:^|[;:]\s*)$", left) and re.match(r"^\)\s", right))
    ):
        return "list"
    # age bands: "11-16 provision", "the 0-25 SEND service", "16-19 bursary"
    band = _AGE_BAND_RE.fullmatch(surface)
    if band and (int(band.group(1)), int(band.group(2))) in _AGE_BANDS and not re.match(r"^\s*(?:%|per\s?cent)", right):
        return "age"
    # start of a text: agenda item "5 Year End ...", minute "33.2 The ...", list "1. The ..."
    at_line_start = s == 0 or text[s - 1] == "\n"
    if at_line_start and kind == "num" and not is_pct:
        if re.fullmatch(r"\d+\.\d+", surface) and re.match(r"^\s+[A-Z]", right):
            return "minute"
        if re.match(r"^\.\s", right):
            return "list"
        if re.fullmatch(r"\d+", surface) and _TITLE_RIGHT.match(right):
            return "reference"
    if not is_pct:  # (cheap tests on the surface before the searches of the left context)
        if _RATE_BASE_LEFT.search(left):
            return "rate_base"
        if _REF_LEFT.search(left):
            return "reference"
        if _ONE_TWO_DIGITS.fullmatch(surface) and _PERIOD_LEFT.search(left):
            return "period"
        if _NAME_SURFACE.fullmatch(surface) and _NAME_LEFT.search(left):
            # "Year 6", "Key Stage 2", "Performance Measure 1" (a name); "year 2024" falls through
            return "name"
    if _MONTH_RIGHT.match(right) or (_FOUR_DIGITS.fullmatch(surface) and _MONTH_LEFT.search(left)):
        return "date"
    if is_pct:
        return "figure"
    if _AGE_LEFT.search(left) or _AGE_RIGHT.match(right):
        return "age"
    if _YEAR_SURFACE.fullmatch(surface):
        if not (_YEAR_COUNT_LEFT.search(left) or _COUNT_NOUN_RIGHT.match(right)):
            return "year"
    time_unit = _TIME_RE.search(surface)
    if time_unit and re.search(r"(?:day|week|month|year|hour)$", surface, re.I) and re.match(
        r"^\s+(?!(?:of|and|or|to|ago|in|on|at|for|later|earlier|before|after|olds?|from|since|by|with|was|is|"
        r"were|are|had|has|will|would|so|as|the|a|an)\b)[a-z]", right
    ):
        return "name"  # "a 5 year plan", "the 12 month period": the name of a thing, not a measurement
    if time_unit and _LAST_N_LEFT.search(left):
        return "period"
    if time_unit:
        if _THRESHOLD_LEFT.search(left) and not _MEASURE_LEFT.search(left):
            return "threshold"
        if _THRESHOLD_RIGHT.match(right):
            return "threshold"
    elif _OR_MORE_RIGHT.match(right) and not re.search(r"\b(?:of|than)\s*$", left, re.I):
        return "threshold"  # "three or more placements", "two or more plans": a definition
    if kind == "word" and not time_unit and _DOUBTFUL_ONE.match(surface):
        return "skip"
    if kind == "word" and surface.lower() == "zero" and not re.search(
        r"\b(?:to|at|of|was|were|is|are|be|been|reach(?:ed)?|remain(?:ed|s)?|stood\s+at)\s*$", left, re.I
    ):
        return "skip"  # "zero tolerance", "zero-based": not a value
    # "the first three quarters", "two terms": a stretch of time
    if _QUARTERS_RIGHT.match(right):
        return "period"
    return "figure"


# =============================================================================================
# 3. Context: sentence, clause, unit, per, direction, change, comparator, status, indicator
# =============================================================================================

_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9£])|(?<=[;])\s+(?=[A-Z])")
_ABBREV_END = re.compile(
    r"\b(?:Cllr|Cllrs|Mr|Mrs|Ms|Dr|Prof|Rev|No|Nos|St|e\.g|i\.e|eg|ie|etc|cf|approx|para|paras|vs|incl|"
    r"fig|figs|ref|nb|viz|Co|Ltd|Dept)\.$",
    re.I,
)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Cheap sentence spans: split after . ! ? followed by space and a capital, not after
    abbreviations (Cllr., e.g., No.), and after ";" at the end of a listed clause."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        head = text[start:m.start()]
        if _ABBREV_END.search(head[-12:].rstrip("\"')]")):
            continue
        if head.strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans or [(0, len(text))]


_CLAUSE_SPLIT = re.compile(
    r"[;:()]|,(?!\s*(?:Health\s+and\s+Care|\d{3}))|\s-\s|\b(?:which|whereas|while|whilst|but|although|"
    r"though|compared\s+(?:with|to)|against|whom|where|when)\b",
    re.I,
)
_CLAUSE_SPLIT_RIGHT = re.compile(
    r"[;:(),]|\s-\s|\b(?:which|whereas|while|whilst|but|although|though|compared\s+(?:with|to)|against|and|"
    r"with|who|whom|where|when|because|since|so|as)\b",
    re.I,
)

_UP = (
    r"ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|gr(?:ew|own|owing|owth)|higher|up|upward|"
    r"climb(?:ed|ing)?|went\s+up|gone\s+up|jump(?:ed)?|more|additional|uplift|gain"
)
_DOWN = (
    r"f(?:all|alls|ell|allen|alling)|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|drop(?:s|ped|ping)?|"
    r"reduc(?:e|es|ed|ing|tion|tions)|lower|down|fewer|less|cut|loss|went\s+down|gone\s+down|shrunk|shrank"
)
_DIR_RE = re.compile(rf"(?<![-\w])(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b", re.I)
_NOT_DIR = re.compile(r"\b(?:up\s+to|more\s+than|less\s+than|no\s+more|no\s+less|more\s+or\s+less|or\s+(?:more|less|fewer|lower|higher)|(?:and|or)\s+over)\b", re.I)
_CHANGE_LEFT = re.compile(
    r"\b(?:(?:net\s+)?(?:reduction|increase|rise|fall|decrease|drop|decline|growth|improvement|change|loss|"
    r"gain|cut|uplift|deterioration|difference|swing|shift)s?\s+(?:of|by)|(?:increas|decreas|reduc|improv|"
    r"declin|chang|drop|cut|grow|ris|fall|fell|rose|grew|up|down)\w*\s+by|(?:up|down)(?:\s+by)?)\s*"
    r"(?:around|about|approximately|roughly|some|nearly|almost|over|just\s+over|just\s+under|a\s+further|"
    r"a\s+further)?\s*$",
    re.I,
)
_CHANGE_RIGHT = re.compile(
    r"^\s*(?:(?:year[-\s]on[-\s]year|annual|net|overall)\s+)?(?:increase|rise|reduction|decrease|drop|"
    r"fall|decline|growth|improvement|more|fewer|less|higher|lower|up|down|uplift)\b",
    re.I,
)
_COMPARATOR_RE = re.compile(
    # (the look-ahead on the first letters of the alternatives lets the engine skip other text fast)
    r"\b(?=[abceloprqstn])(?:(?:the\s+)?(?:national|england|english|regional|london|north\s+west|south\s+east|county|"
    r"core\s+cities|shire|statistical\s+neighbours?'?)\s+(?:average|figure|rate|benchmark|level|position)s?"
    r"|statistical\s+neighbours?|similar\s+(?:authorities|councils)|other\s+local\s+authorities|"
    r"comparator\s+authorities|(?:the\s+)?same\s+(?:point|period|time|quarter|month)\s+last\s+year|"
    r"(?:the\s+)?previous\s+(?:year|quarter|month|period|report)|last\s+(?:year|quarter|month)|"
    r"a\s+year\s+ago|nationally|(?:the\s+)?(?:annual\s+)?target|(?:the\s+)?budget|quarter\s+one\s+report|"
    r"(?:the\s+)?(?:previous\s+)?quarter\s+(?:one|two|three|four|[1-4])(?:\s+report)?)\b",
    re.I,
)
_FROM_YEAR = re.compile(r"^\s*(?:from|since|on|compared\s+(?:with|to))\s+((?:19|20)\d{2}(?:/\d{2})?)", re.I)
_STATUS_RE = re.compile(
    r"\b(?P<status>not\s+on\s+track|off\s+track|on\s+track|(?:rag\s+)?rated\s+(?:red|amber|green)|rag\s+(?:red|amber|green)|"
    r"(?:red|amber|green)\s+rag|at\s+risk)\b",
    re.I,
)
_STATUS_ADJ = re.compile(r"^\s+(?P<c>red|amber|green)\b", re.I)

_PER_RE = re.compile(
    r"^(?:\s*,?\s*(?:and\s+)?(?:per|a|an|each|every)\s+(?!\w+\s+(?:ago|earlier|before|previously|later|on)\b)(?P<p>week|month|year|annum|day|night|hour|term|quarter|"
    r"child|children|pupil|young\s+person|person|head|place|placement|bed|case|family|worker|social\s+worker|"
    r"fte|household|learner|student|school))+",
    re.I,
)
_PER_ITEM = re.compile(
    r"(?:per|a|an|each|every)\s+(week|month|year|annum|day|night|hour|term|quarter|child|children|pupil|"
    r"young\s+person|person|head|place|placement|bed|case|family|worker|social\s+worker|fte|household|"
    r"learner|student|school)",
    re.I,
)
_PER_LOOSE = re.compile(r"^\s+(?:[a-z]+\s+){0,2}?per\s+(?!cent)(\w+(?:\s+worker)?)", re.I)
_RATE_RIGHT = re.compile(r"^\s*per\s+((?:1,000|10,000|100,000|1000|10000|100000)(?:\s+[a-z]+(?:\s+people)?)?)", re.I)
_RATE_LEFT = re.compile(r"\brate\s+(?:is\s+|was\s+)?per\s+((?:1,000|10,000|100,000|1000|10000|100000)(?:\s+[a-z]+)?)", re.I)
_SKIP_ALT = re.compile(rf"^\s*(?:to|-|–|and|or|/)\s*{_CUR}?\s?(?:{_NUM}){_SCALE}?(?:/{_CUR}?(?:{_NUM}){_SCALE}?)?")

# --- indicator phrase ---------------------------------------------------------------------
_STOP_NP = {
    "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "would", "will", "could",
    "should", "may", "might", "can", "did", "do", "does", "which", "that", "who", "whom", "whose", "where",
    "when", "while", "whilst", "but", "compared", "against", "because", "since", "during", "than",
    "although", "though", "so", "if", "as", "it", "this", "these", "those", "there", "they",
    "remained", "remain", "remains", "expressed", "received", "exceeded", "at", "over",
    "this", "across", "into", "currently", "now", "still", "already", "also", "only",
}
_BAD_NP_START = {
    "in", "to", "of", "at", "on", "by", "for", "from", "with", "and", "or", "a", "an", "the", "this",
    "that", "which", "were", "was", "is", "are", "had", "has", "have", "would", "will", "per", "than",
    "more", "less", "fewer", "over", "under", "up", "down", "out", "times", "red", "amber", "green",
    "compared", "against", "between", "each", "every", "since", "until", "by", "so", "as", "who",
    "whom", "it", "they", "there", "not", "being", "been", "be", "into", "across", "within", "after",
    "before", "during", "if", "when", "where", "while", "but", "all",
}
_TRAIL_VERB = re.compile(
    r"(?:\s+(?:had|has|have|was|were|is|are|be|been|being|would|will|could|should|may|might|can|now|"
    r"currently|still|also|already|recently|further|slightly|significantly|well|just|only|not|never|"
    r"stood|stands|standing|reached|reaching|reach|risen|rose|rise|rising|increased|increase|increasing|"
    r"decreased|decrease|fallen|fell|fall|falling|dropped|drop|reduced|reduce|grown|grew|improved|improve|"
    r"declined|totalled|totaled|total|exceeded|exceed|exceeds|forecast|forecasting|expected|predicted|"
    r"projected|estimated|anticipated|likely|set|due|to|at|from|by|of|around|about|approximately|"
    r"roughly|nearly|almost|some|over|under|above|below|up|down|in\s+line\s+with|the|average|national|"
    r"england|english|that|it|this|them|as|showed|shows|show|reported|remained|remains|remain|"
    r"equated|equates|amounted|amounts|came|comes|went|goes|stayed|continues|continued|sat|sits|"
    r"showing|represented|represents|there|again|then|than|more|less|fewer|only|equivalent|equating|equates|"
    r"equal|equals|better|worse|a|an))+\s*$",
    re.I,
)
# "above/below (the national) average" as a unit at the end of a subject
_TRAIL_AVG = re.compile(
    r"\s+(?:slightly\s+|well\s+|just\s+|significantly\s+)?(?:above|below|in\s+line\s+with|better\s+than|"
    r"worse\s+than)(?:\s+the)?(?:\s+(?:national|england|english|regional))?\s+average\b.*$",
    re.I,
)
_NP_BOUNDARY = re.compile(
    r"^.*\b(?:that|which|who|there|than|whereas|below|above|against|and(?!\s+(?-i:[A-Z]))|showed|shows|noted|reported|"
    r"confirmed|advised|explained|informed|stated|highlighted|said|told|indicated|saw|see|sees|"
    r"with|while|whilst|but|including|included|was|were|is|are|had|has|have|been|would|will|"
    r"could|should|can|may|might|now|for\s+the\s+first\s+time)\s+",
    re.I | re.S,
)
_OF_HEAD = re.compile(
    r"\b(?:the\s+)?(?:total\s+)?(?:number|numbers|proportion|percentage|%|rate|level|levels|amount|count|"
    r"share|volume|figure|figures)\s+(?:of|for)\s+",
    re.I,
)
_AVG_HEAD = re.compile(
    r"\b(?:average|mean|median|typical)\s+(?:[a-z]+\s+){0,2}?(?:of|for|between|to|from)\s+", re.I
)
_LEAD_DET = re.compile(
    r"^(?:(?:the|a|an|its|their|our|his|her|this|these|those|some|all|any|overall\s+the|and|or|but|"
    r"further|also|already|still|only|just|so|then|of|in|now|currently)\s+)+",
    re.I,
)
_LEAD_ING = re.compile(r"^\w+ing\s+(?=(?:an?|the|its|their|our)\b)", re.I)
_LEAD_CHANGE = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:significant|further|small|slight|large|overall)\s+)?(?:increase|rise|"
    r"reduction|fall|decrease|drop|decline|growth)\s+(?:of|in)\s+",
    re.I,
)
_GENERIC = {
    "number", "numbers", "total", "figure", "figures", "rate", "rates", "level", "levels", "amount",
    "proportion", "percentage", "average", "target", "targets", "performance", "data", "it", "this",
    "that", "these", "those", "which", "who", "whom", "national", "england", "english", "regional",
    "statistical", "neighbour", "neighbours", "correct", "latest", "current", "overall", "further",
    "additional", "similar", "authorities", "other", "remaining", "rest", "remainder", "same", "point",
    "position", "result", "results", "score", "outturn", "value", "count", "increase", "decrease",
    "reduction", "rise", "fall", "drop", "decline", "growth", "improvement", "change", "loss", "gain",
    "net", "difference", "cut", "uplift", "so", "far", "year", "quarter", "month", "period", "last",
    "previous", "new", "a", "an", "the", "of", "for", "in", "them", "they", "one", "some",
    "red", "amber", "green", "on", "track", "to", "meet", "meeting", "achieve", "reach", "with", "at",
    "london", "county", "shire", "core", "cities", "benchmark", "comparator", "comparators", "family",
    "equivalent", "better", "worse", "higher", "lower", "above", "below",
    "and", "or", "by", "was", "were", "is", "are", "be", "been", "as", "than", "compared",
}
_FUNCTION_WORDS = {
    "the", "a", "an", "of", "in", "to", "for", "and", "or", "with", "at", "on", "by", "from", "its",
    "their", "red", "amber", "green", "was", "were", "is", "are", "this", "that", "it", "which", "who",
}
#: a subject that is only a modifier of the number itself ("an additional £700m", "a further £1.6m")
_MODIFIERS = {"additional", "further", "extra", "another", "total", "estimated", "approximately",
              "around", "about", "over", "some", "nearly", "almost", "just", "up", "down"}
_CHANGE_NOUNS = {
    "increase", "decrease", "reduction", "rise", "fall", "drop", "decline", "growth", "improvement",
    "change", "loss", "gain", "difference", "cut", "uplift",
}
_TOPIC_RE = re.compile(r"^\s*([A-Z][^.;:!?]{1,60}?)\s+(?:-|–|—)\s+|^\s*([A-Z][^.;!?:]{1,50}?):\s+")
_WORD_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.%]*")
_REPORTING_END = re.compile(
    r"\b(?:confirmed|advised|reported|said|says|noted|explained|stated|highlighted|informed|told|added|"
    r"clarified|acknowledged|agreed|asked|queried|responded|replied|indicated|suggested|commented|"
    r"required|expected|wanted|asked\s+for)\s*$",
    re.I,
)
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:it|this|they|this\s+figure|the\s+figure|this\s+number)\s+(?:had|has|have|was|were|is|are|stood|"
    r"rose|fell|reduced|increased|decreased|dropped|improved|reached|remained|now|to)\b",
    re.I,
)
_ANAPHOR_LEFT = re.compile(r"\b(?:the|an)\s+(?:other|remaining|further)\s*$|\b(?:the\s+rest|the\s+remainder)\s*$", re.I)


def _words(s: str) -> list[str]:
    return _WORD_TOKEN.findall(s)


@lru_cache(maxsize=4096)
def _clean_phrase(p: str, max_words: int = 10) -> str:
    p = p.strip(" ,;:-–—'\"")
    p = _LEAD_ING.sub("", p)
    p = _LEAD_DET.sub("", p)
    p = _LEAD_CHANGE.sub("", p) if not _is_generic(p) else p
    words = p.split()
    if len(words) > max_words:
        p = " ".join(words[:max_words])
    # drop trailing function words
    p = _TRAIL_FUNCTION_WORDS.sub("", p)
    p = _TRAIL_PERIOD_NAME.sub("", p)
    if all(w.lower() in _FUNCTION_WORDS for w in p.split()):
        return ""
    return p.strip(" ,;:-")


@lru_cache(maxsize=4096)
def _is_generic(p: str) -> bool:
    ws = [w.lower().strip("'’") for w in _words(p)]
    return all(w in _GENERIC or w[0].isdigit() for w in ws) if ws else True


@lru_cache(maxsize=4096)
def _np_after(right: str) -> str:
    """The noun phrase a count modifies: "86 conceptions to under 18s which ..." -> "conceptions to under 18s"."""
    out: list[str] = []
    for m in _NP_TOKEN.finditer(right):
        w = m.group()
        lw = w.lower()
        if not out and (lw in _BAD_NP_START or not w[0].isalpha()):
            return ""
        if w[0] in ",;:().!?£$€" or lw in _STOP_NP or (w[0].isdigit() and not re.fullmatch(r"\d+s", w)):
            break
        if lw in ("and", "or") and re.match(r"\s*(?:the|a|an|its|their|this|these|those)\b", right[m.end():], re.I):
            break  # "312 open cases and the average caseload": a new noun phrase
        out.append(w)
        if len(out) >= 8:
            break
    return _clean_phrase(" ".join(out))


def _complement_after(right: str) -> str:
    """"412 were unaccompanied asylum seeking children" -> "unaccompanied asylum seeking children"."""
    m = re.match(r"^\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:currently\s+|now\s+|still\s+)?(.*)$", right, re.I | re.S)
    if not m:
        return ""
    body = m.group(1)
    cut = _CLAUSE_SPLIT_RIGHT_NO_WITH.search(body)
    body = body[: cut.start()] if cut else body
    m2 = re.search(r"[£$€.!?]|\d", body)
    return _clean_phrase(body[: m2.start()] if m2 else body, 6)


_CLAUSE_SPLIT_RIGHT_NO_WITH = re.compile(
    r"[;:(),]|\s-\s|\b(?:which|whereas|while|whilst|but|although|though|compared\s+(?:with|to)|against|and|"
    r"who|whom|where|when|because|since|so|as|at\s+an?|at\s+the)\b",
    re.I,
)


def _cut_clause(s: str) -> str:
    m = _CLAUSE_SPLIT_RIGHT.search(s)
    s = s[: m.start()] if m else s
    m2 = re.search(r"[£$€.!?]|\d(?![\d,.]*\s+(?:working\s+)?(?:days?|weeks?|months?)\b)", s)
    return s[: m2.start()] if m2 else s


@lru_cache(maxsize=4096)
def _subject(left: str) -> str:
    """The subject / measured noun phrase in the left part of a clause ending at the number.

    >>> _subject("The number of children in need and in child protection had risen to ")
    'children in need and in child protection'
    >>> _subject("Members noted that the average cost of residential care was ")
    'average cost of residential care'
    """
    s = _TRAIL_AVG.sub("", left)
    s = _TRAIL_VERB.sub("", s)
    m = None
    for m in _OF_HEAD.finditer(s):
        pass
    if m is not None:
        tail = s[m.end():]
        head = m.group().strip().lower().split()
        head = [h for h in head if h not in ("the", "total", "of", "for")]
        if tail.strip() and head and head[0] in ("number", "numbers", "proportion", "percentage", "%", "count", "share", "volume", "amount", "level", "levels", "figures", "figure"):
            return _clean_phrase(tail)
    cur = None
    for cur in re.finditer(r"[£€$][\d,.()]+(?:bn|m|k)?|\d[\d,.]*\s?(?:%|per\s?cent)", s):
        pass
    if cur is not None and s[cur.end():].strip():
        s = s[cur.end():]  # a subject never contains another figure: "£86.4m, of which ..."
    if _REPORTING_END.search(s):
        return ""  # "Officers confirmed (it had risen to)": a speaker, not the measure
    am = None
    for am in _AVG_HEAD.finditer(s):
        pass
    if am is not None:
        return _clean_phrase(s[am.start():])
    b = _NP_BOUNDARY.match(s)
    if b:
        s = s[b.end():]
    return _clean_phrase(s)


_NOT_TOPIC = {"resolved", "agreed", "noted", "action", "actions", "decision", "recommendation",
              "recommendations", "note", "minutes", "update", "question", "answer", "response"}


def _find_topic(text: str) -> str:
    m = _TOPIC_RE.match(text)
    if not m:
        return ""
    t = (m.group(1) or m.group(2) or "").strip()
    if t.lower() in _NOT_TOPIC:
        return ""
    return t if 0 < len(t.split()) <= 8 else ""


# =============================================================================================
# 4. Canonical indicators (data/indicators.yml)
# =============================================================================================

_UNIT_COMPAT = {
    "percent": {"percent", "percentage_points"},
    "count": {"count"},
    "gbp": {"gbp"},
    "rate": {"rate"},
    "weeks": {"weeks", "days", "months"},
    "days": {"days", "weeks", "months"},
}


@dataclass(frozen=True)
class Indicator:
    """A canonical indicator: id, label, unit, signal phrases (compiled), definition, required ``per``."""

    id: str
    label: str
    unit: str
    phrases: tuple[str, ...]
    definition: str
    per: tuple[str, ...] = ()
    pattern: re.Pattern[str] = field(default=re.compile("(?!)"), compare=False, repr=False)


def _phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alts = []
    for p in sorted(phrases, key=len, reverse=True):
        words = _norm_for_match(p).split()
        alts.append(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"(?:s|es|'s)?\b")
    return re.compile("|".join(alts))


_MATCH_JUNK = re.compile(r"[(),]")
_SPACES = re.compile(r"\s+")


def _norm_for_match(s: str) -> str:
    s = s.lower().replace("’", "'").replace("-", " ").replace("–", " ")
    return _SPACES.sub(" ", _MATCH_JUNK.sub(" ", s))


def load_indicators(path: str | os.PathLike[str] | None = None) -> list[Indicator]:
    """Read and validate the researcher-editable indicators file.

    Each entry: ``id: {label, unit, phrases: [...], definition, per: [...] (optional)}``. Raises
    :class:`ConfigError` naming the file and the entry when something is missing or wrong.
    """
    p = paths.config_file("indicators.yml", path)
    return _load_indicators_cached(str(p), p.stat().st_mtime_ns if p.exists() else 0)


@lru_cache(maxsize=8)
def _load_indicators_cached(p: str, _mtime: int) -> IndicatorList:
    path = Path(p)
    hint = "fix the file (see the comment at its top for the format) and run again"
    data = io.read_config_yaml(path, "indicators", hint)
    if not isinstance(data, dict) or not isinstance(data.get("indicators"), dict) or not data["indicators"]:
        raise ConfigError(f"{path}: expected a top-level 'indicators:' mapping of id -> entry; {hint}")
    units = {"count", "percent", "gbp", "days", "weeks", "months", "years", "rate", "percentage_points"}
    out: list[Indicator] = []
    for iid, entry in data["indicators"].items():
        where = f"{path}: indicator '{iid}'"
        if not isinstance(iid, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", iid):
            raise ConfigError(f"{where}: ids must be lower_snake_case; {hint}")
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: expected a mapping with label, unit, phrases, definition; {hint}")
        missing = [k for k in ("label", "unit", "phrases", "definition") if not entry.get(k)]
        if missing:
            raise ConfigError(f"{where}: missing {', '.join(missing)}; {hint}")
        unknown = set(entry) - {"label", "unit", "phrases", "definition", "per"}
        if unknown:
            raise ConfigError(f"{where}: unknown field(s) {sorted(unknown)}; {hint}")
        if entry["unit"] not in units:
            raise ConfigError(f"{where}: unit '{entry['unit']}' is not one of {sorted(units)}; {hint}")
        phrases = entry["phrases"]
        if not isinstance(phrases, list) or not all(isinstance(x, str) and x.strip() for x in phrases):
            raise ConfigError(f"{where}: phrases must be a list of non-empty strings; {hint}")
        per = entry.get("per") or []
        if isinstance(per, str):
            per = [per]
        ph = tuple(x.strip() for x in phrases)
        out.append(
            Indicator(iid, str(entry["label"]), entry["unit"], ph, str(entry["definition"]).strip(),
                      tuple(per), _phrase_regex(ph))
        )
    return IndicatorList(out)


def match_indicator(phrase: str, clause: str, unit: str, per: str | None, indicators: list[Indicator]) -> str | None:
    """The canonical indicator id for a figure, or None.

    Looks for signal phrases first in the indicator phrase, then in the clause; among indicators
    whose unit agrees with the figure's unit (and whose required ``per`` is met), the longest
    matched phrase wins (leftmost first).

    >>> inds = load_indicators()
    >>> match_indicator("children in need", "", "count", None, inds)
    'children_in_need'
    >>> match_indicator("children in need", "", "percent", None, inds) is None
    True
    """
    cache: dict[tuple[str, str], object] | None = getattr(indicators, "combined", None)
    if cache is None:  # a plain list: the (slower) module-level cache keyed by the indicators
        combined = _combined_pattern_cached(tuple(indicators), unit, per or "")
    else:
        combined = cache.get((unit, per or ""))
        if combined is None:
            combined = cache[(unit, per or "")] = _combined_pattern(tuple(indicators), unit, per or "")
    if combined is False:
        return None
    pattern, ids = combined  # type: ignore[misc]
    for source in (phrase, clause):
        if not source:
            continue
        group = _longest_match(pattern, source)
        if group is not None:
            return ids[group]
    return None


@lru_cache(maxsize=8192)
def _longest_match(pattern: re.Pattern[str], source: str) -> str | None:
    """The group name of the longest (then leftmost) match of ``pattern`` in ``source``."""
    best: tuple[int, int] | None = None
    best_group = None
    for m in pattern.finditer(_norm_for_match(source)):
        key = (-(m.end() - m.start()), m.start())
        if best is None or key < best:
            best, best_group = key, m.lastgroup or ""
    return best_group


class IndicatorList(list):  # type: ignore[type-arg]
    """The loaded indicators, with a cache of their combined signal-phrase patterns per unit."""

    def __init__(self, items: list[Indicator]) -> None:
        super().__init__(items)
        self.combined: dict[tuple[str, str], object] = {}


@lru_cache(maxsize=64)
def _combined_pattern_cached(indicators: tuple[Indicator, ...], unit: str, per: str) -> object:
    return _combined_pattern(indicators, unit, per)


def _combined_pattern(indicators: tuple[Indicator, ...], unit: str, per: str) -> object:
    """One regex with every signal phrase of the indicators that fit ``unit`` and ``per``.

    The phrases form a trie (``children in need`` and ``children looked after`` share
    ``children``), so the regex tries each text position once instead of once per phrase. At a
    position, the longest phrase that matches wins: deeper trie branches are tried before a phrase
    ends (the phrases matching at one position are prefixes of each other). Each phrase ends in
    an empty named group ``g<i>``; ``ids`` maps the group name to the indicator id (the first
    indicator listing a phrase keeps it).
    """
    items: list[tuple[str, str]] = []
    for ind in indicators:
        if unit not in _UNIT_COMPAT.get(ind.unit, {ind.unit}):
            continue
        if ind.per and not (per and any(p in per for p in ind.per)):
            continue
        items.extend((p, ind.id) for p in ind.phrases)
    if not items:
        return False
    return _phrase_trie_pattern(tuple(items))


@lru_cache(maxsize=64)
def _phrase_trie_pattern(items: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """The trie regex of :func:`_combined_pattern` for ``(phrase, indicator id)`` pairs (compiled once
    per distinct set: many units and ``per`` values share one)."""
    trie: dict[str, dict] = {}
    ids: dict[str, str] = {}
    for p, iid in items:
        node = trie
        for ch in " ".join(_norm_for_match(p).split()):
            node = node.setdefault(ch, {})
        if "" not in node:  # the first indicator listing a phrase keeps it
            node[""] = f"g{len(ids)}"
            ids[node[""]] = iid

    def build(node: dict[str, dict]) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if "" in node:
            alts.append(rf"(?:s|es|'s)?\b(?P<{node['']}>)")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(r"\b" + build(trie)), ids


# =============================================================================================
# Extraction
# =============================================================================================

FIGURE_COLUMNS = [
    "start", "end", "surface", "value", "value_max", "unit", "per", "indicator", "indicator_id",
    "direction", "is_change", "comparator", "status", "sentence",
]
NUMBER_COLUMNS = ["start", "end", "surface", "kind", "value", "sentence"]


@dataclass
class _Hit:
    start: int
    end: int
    kind: str
    group: str
    values: list[float]


_WORD_BREAK = frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0([")


def _word_start(text: str, lo: int, hi: int) -> int:
    """Where the last word of ``text[lo:hi]`` (and any spaces after it) starts, at least ``lo``:
    the same as ``_WORD_START.search(text, lo, hi).start()`` for text without unusual spaces.

    >>> _word_start("in January 2019", 0, 11)
    3
    """
    i = hi
    while i > lo and text[i - 1].isspace():
        i -= 1
    while i > lo and not (text[i - 1] in _WORD_BREAK or text[i - 1].isspace()):
        i -= 1
    return i


def _scan(text: str) -> list[_Hit]:
    """Every number expression in ``text`` with its kind (one master-regex scan)."""
    hits: list[_Hit] = []
    pos = 0
    n = len(text)
    while pos < n:
        # cheap candidate scan (a digit, a currency sign or a number word), then the master
        # expression only on a window around the candidate: most text has no numbers
        cm = _CANDIDATE_RE.search(text, pos)
        if cm is None:
            break
        end = min(n, cm.end() + 120)
        # an expression starts at the candidate, at the start of its word ("Post-16", "Q2") or at
        # the start of the word before ("January 2019", "between 20", "Quarter 2", "a dozen")
        c = cm.start()
        ws = _word_start(text, max(pos, c - 30), c) if c > pos else c
        pw = _word_start(text, max(pos, ws - 30), ws) if ws > pos else ws
        m = None
        for start in sorted({pw, ws, c}):
            m = MASTER_RE.match(text, start, end)
            if m is not None:
                break
        if m is None:
            pos = cm.end()
            continue
        if m.end() >= end - 1 and end < n:
            m = MASTER_RE.match(text, m.start()) or m
        group = m.lastgroup or "num"
        s, e = m.span()
        surface = m.group()
        # "risen from £4500 to £6500": a change from one value to another is two figures, not a range
        if group in ("money", "num") and _RANGE_MONEY_RE.search(surface):
            left = text[max(0, s - 60):s]
            to_range = re.search(r"\d\s?to\s?[£€$]?\d", surface) is not None
            if (re.search(r"\bfrom\s*$", left, re.I) or to_range) and _DIR_RE.search(_NOT_DIR.sub(" ", left[-45:])) or re.search(r"\b(?:from|since)\s*$", left, re.I) and group == "num" and re.fullmatch(r"(?:19|20)\d{2}.*", surface):
                cut = re.search(r"\s?(?:to|-|–)\s?[£€$]?\d", surface)
                assert cut is not None
                e = s + cut.start()
                surface = text[s:e]
        # "6 to 8" must ascend to be a range; "16 to 1" is not
        if group == "num" and _RANGE_NUM_RE.search(surface):
            vals = _number_values(re.split(r"\s?(?:%|per\s?cent|million|billion|thousand)", surface)[0])
            if len(vals) == 2 and not vals[0] < vals[1]:
                cut = re.search(r"\s?(?:to|-|–)\s?\d", surface)
                assert cut is not None
                e = s + cut.start()
                surface = text[s:e]
        kind = _classify(text, group, s, e, surface)
        # "sections 4 and 5", "Years 10 and 11", "items 5, 6 and 7", "page 5 of 12": a number listed
        # right after a reference or name is of the same kind
        if kind == "figure" and group == "num" and hits and hits[-1].kind in _LISTED_KINDS and re.fullmatch(
            r"[\d.]+", surface
        ):
            gap = text[hits[-1].end:s]
            listed = re.fullmatch(r"\s*(?:and|or|&|,\s*and)\s+", gap) or (
                re.fullmatch(r"\s*,\s*", gap) and re.match(r"\s*(?:,|and|or|&)\s*\d", text[e:e + 8])
            )
            if listed or (hits[-1].kind == "reference" and re.fullmatch(r"\s+of\s+", gap)):
                kind = hits[-1].kind
        if kind != "skip":
            vals = _number_values(surface if group != "between" else surface[7:])
            if group == "fraction":
                part = re.split(r"[-\s]", surface.lower())
                num_ = {"a": 1, "one": 1, "two": 2, "three": 3}[part[0]]
                den_ = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5}[part[1].rstrip("s")]
                vals = [100.0 * num_ / den_]
            if group == "ratio":
                a, b = re.split(r"\s+(?:in|out\s+of)\s+", surface, maxsplit=1)
                num = _number_values(a) or [_word_value(a)]
                den = _number_values(b) or [_word_value(b)]
                vals = [100.0 * num[0] / den[0]] if den and den[0] else []
            if group == "money":
                vals = _apply_shared_scale(vals, surface)
            if kind == "figure" and group == "word" and not vals:
                vals = [_word_value(surface)]
            hits.append(_Hit(s, e, kind, group, vals))
        pos = e if e > pos else pos + 1
    return hits


def _unit_of(text: str, h: _Hit, sent_start: int) -> tuple[str, str | None]:
    """Unit of a figure and, for rates, the rate base ("10,000 children")."""
    surface = text[h.start:h.end]
    low = surface.lower()
    if h.group == "money" or (h.group == "between" and re.search(_CUR, surface)):
        return {"£": "gbp", "€": "eur", "$": "usd"}[re.search(_CUR, surface).group()], None  # type: ignore[union-attr]
    if h.group in ("ratio", "fraction"):
        return "percent", None
    if _PP_RE.search(low) and not low.endswith("%"):
        return "percentage_points", None
    if "%" in low or "cent" in low:
        return "percent", None
    tm = _TIME_RE.search(low)
    if tm:
        u = tm.group(1).rstrip("s")
        return _TIME_UNITS.get(u, u + "s"), None
    right = text[h.end:h.end + 40]
    r = _RATE_RIGHT.match(right)
    if r:
        return "rate", r.group(1)
    left = text[sent_start:h.start]
    r2 = _RATE_LEFT.search(left)
    if r2 and len(left) - r2.end() < 120:
        return "rate", r2.group(1)
    return "count", None


def _per_of(text: str, h: _Hit, unit: str, clause_end: int) -> str | None:
    right = text[h.end:min(len(text), h.end + 80)]
    skip = _SKIP_ALT.match(right)
    if skip:
        right = right[skip.end():]
    m = _PER_RE.match(right)
    if m:
        items = [_SPACES.sub(" ", x.lower()) for x in _PER_ITEM.findall(m.group())]
        items = ["year" if x == "annum" else x for x in items]
        return ", ".join(dict.fromkeys(items)) or None
    if unit == "count":
        lm = _PER_LOOSE.match(text[h.end:clause_end + 20])
        if lm:
            return lm.group(1).lower()
    return None


def extract(text: str, indicators: list[Indicator] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Figures and non-figure numbers of one text (offsets into ``text``).

    Returns ``(figures, numbers)`` with :data:`FIGURE_COLUMNS` and :data:`NUMBER_COLUMNS`.

    >>> f, n = extract("The number of children in need had risen to 3700 by 2024.")
    >>> f[["surface", "value", "unit", "indicator", "direction"]].values.tolist()
    [['3700', 3700.0, 'count', 'children in need', 'up']]
    >>> n[["surface", "kind"]].values.tolist()
    [['2024', 'year']]
    """
    if indicators is None:
        indicators = load_indicators()
    fig_rows, num_rows = _extract_rows(text, indicators)
    return _frame(fig_rows, FIGURE_COLUMNS), _frame(num_rows, NUMBER_COLUMNS)


def _extract_rows(text: str, indicators: list[Indicator]) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """:func:`extract` as plain row dicts (no pandas: this is the hot loop of the stage)."""
    hits = _scan(text)
    fig_rows: list[dict[str, object]] = []
    num_rows: list[dict[str, object]] = []
    if not hits:
        return fig_rows, num_rows
    sents = _sentence_spans(text)
    topic = _find_topic(text)
    si = 0
    prev_fig_end_in_sent = -1
    prev_indicator = ""
    prev_id: str | None = None
    prev_unit = ""
    prev_sent = -1
    sent_comparators: dict[tuple[int, int], list[tuple[int, int]]] = {}
    fig_sents: list[tuple[int, int]] = []  # the sentence of each figure
    for h in hits:
        while si < len(sents) - 1 and h.start >= sents[si][1]:
            si += 1
        ss, se = sents[si]
        if h.start < ss:
            ss = h.start
        sentence = text[ss:se] if se > ss else text[h.start:h.end]
        surface = text[h.start:h.end]
        if h.kind != "figure":
            num_rows.append({
                "start": h.start, "end": h.end, "surface": surface, "kind": h.kind,
                "value": h.values[0] if h.values else None, "sentence": sentence,
            })
            continue
        if si != prev_sent:
            prev_fig_end_in_sent = -1
            prev_sent = si
        # clause around the figure
        lstart = max(ss, prev_fig_end_in_sent)
        left_full = text[lstart:h.start]
        cm = None
        for cm in _CLAUSE_SPLIT.finditer(left_full):
            pass
        clause_start = lstart + cm.end() if cm is not None else lstart
        left = text[clause_start:h.start]
        rm = _CLAUSE_SPLIT_RIGHT.search(text, h.end, se) if se > h.end else None
        clause_end = rm.start() if rm else max(se, h.end)
        right_clause = text[h.end:clause_end]
        clause = text[clause_start:clause_end]
        unit, rate_base = _unit_of(text, h, ss)
        if unit == "count" and surface.lower() == "zero" and prev_fig_end_in_sent >= 0:
            unit = prev_unit  # "the deficit of £18.2m must reduce to zero": zero pounds
        per = rate_base if unit == "rate" else _per_of(text, h, unit, clause_end)
        # direction and change
        direction = "none"
        dleft = _NOT_DIR.sub(" ", left)
        dm = None
        for dm in _DIR_RE.finditer(dleft):
            pass
        if dm is None:
            near = text[h.end:min(se, h.end + 75)]
            near = _NOT_DIR.sub(" ", near)
            dm2 = re.match(
                rf"^(?:[^,.;]{{0,30}}?|[^.;]{{0,60}}?,\s*(?:an?\s+)?)\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b", near, re.I
            )
            dm = dm2
        if dm is not None:
            direction = "up" if dm.group("up") else "down"
        is_change = bool(_CHANGE_LEFT.search(left[-60:])) or bool(_CHANGE_RIGHT.match(text[h.end:h.end + 30]))
        # comparator: nearest stated comparator in the sentence
        comparator = None
        fy = _FROM_YEAR.match(text[h.end:h.end + 30])
        if fy and is_change:
            comparator = fy.group(1)
        else:
            best = None
            comps = sent_comparators.get((ss, se))
            if comps is None:  # once per sentence, shared by its figures
                comps = sent_comparators[(ss, se)] = [(m.start(), m.end()) for m in _COMPARATOR_RE.finditer(text, ss, se)]
            for cs, ce in comps:
                dist = cs - h.end if cs >= h.end else h.start - ce
                if best is None or dist < best[0]:
                    best = (dist, text[cs:ce])
            if best is not None and best[0] <= 120:
                comparator = re.sub(r"^the\s+", "", _SPACES.sub(" ", best[1].lower()))
        # status
        status = None
        sm = _STATUS_RE.search(text, h.end, clause_end + 1) or _STATUS_RE.search(text[h.end:min(se, h.end + 30)])
        if sm is None and _STATUS_ADJ.match(text[h.end:h.end + 12]):
            status = _STATUS_ADJ.match(text[h.end:h.end + 12]).group("c").lower()  # type: ignore[union-attr]
        elif sm is not None:
            st = _SPACES.sub(" ", sm.group("status").lower())
            status = next((c for c in ("red", "amber", "green") if c in st), st)
        # indicator phrase
        indicator, how = _indicator_phrase(
            text, h, unit, left, right_clause, ss, clause_start, prev_indicator, topic, se
        )
        if "weekly" in indicator.lower() and not per:
            per = "week"
        indicator_id = None
        if how == "own":
            indicator_id = match_indicator(indicator, clause, unit, per, indicators)
        elif how == "part":
            part = indicator.split(" (of ")[0]
            if not re.match(r"(?i)^(?:with|in|at|on|from|into|by|for|to)\b|^\w+(?:ed|ing)\b", part):
                indicator_id = match_indicator(part, "", unit, per, indicators)
        elif how == "inherited":
            indicator_id = match_indicator(indicator, clause, unit, per, indicators)
            if indicator_id is None and prev_id is not None and unit == prev_unit:
                indicator_id = prev_id
        fig_rows.append({
            "start": h.start, "end": h.end, "surface": surface,
            "value": h.values[0] if h.values else float("nan"),
            "value_max": h.values[1] if len(h.values) > 1 else None,
            "unit": unit, "per": per, "indicator": indicator or None, "indicator_id": indicator_id,
            "direction": direction, "is_change": is_change, "comparator": comparator, "status": status,
            "sentence": sentence,
        })
        fig_sents.append((ss, se))
        prev_fig_end_in_sent = h.end
        if indicator:
            prev_indicator = indicator.removeprefix("rest of: ")
            prev_id, prev_unit = indicator_id, unit
    _status_from_relative_clause(text, fig_rows, fig_sents)
    return fig_rows, num_rows


def _status_from_relative_clause(text: str, rows: list[dict[str, object]], sents: list[tuple[int, int]]) -> None:
    """"68% for the quarter, which is not on track", "45%, which was below target": the clause
    gives the nearest figure before it in the sentence (not a target value such as "a target of
    60%") the status "not on track", unless the figure has a status already."""
    low = text.lower()
    if "track" not in low and "target" not in low:
        return  # the clause needs one of these words: skip the regex
    by_sent: dict[tuple[int, int], list[int]] = {}
    for i, span in enumerate(sents):
        by_sent.setdefault(span, []).append(i)
    for (ss, se), idx in by_sent.items():
        for m in _NOT_ON_TRACK_CLAUSE.finditer(text, ss, se):
            for i in reversed(idx):
                a, b = int(rows[i]["start"]), int(rows[i]["end"])  # type: ignore[call-overload]
                if b > m.start() or _TARGET_VALUE_LEFT.search(text, max(ss, a - 40), a):
                    continue
                if rows[i]["status"] is None:
                    rows[i]["status"] = "not on track"
                break


#: a relative clause saying that the figure before it misses its target
_NOT_ON_TRACK_CLAUSE = re.compile(
    r"\b(?:(?:which|that)\s+)?(?:is|was|are|were|remains|remained|has\s+been|had\s+been)\s+"
    r"(?:(?:currently|still|now|slightly|well|just|therefore|so\s+far)\s+)?"
    r"(?:not\s+on\s+track|off\s+track|(?:below|under|behind|short\s+of)\s+(?:the\s+)?(?:annual\s+)?target)\b",
    re.I,
)
_TARGET_VALUE_LEFT = re.compile(r"\btargets?\s*(?:of|is|was|at|set\s+at|:|=)?\s*$", re.I)


_ED_TAIL = re.compile(r"\s+(?:(?:were|was|are|is|had\s+been|have\s+been)\s+)?(\w+ed\b(?:\s+[\w-]+){0,4})", re.I)
_ING_TAIL = re.compile(
    r"\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:currently\s+|now\s+|still\s+)?"
    r"((?:\w+ing|\w+ed)\b(?:\s+[\w'’-]+){0,5})",
    re.I,
)


_TIME_PP = re.compile(
    rf"(?i)(?:in|at|on|from|by|into)\s+(?:the\s+)?(?:previous|last|same|end|start|beginning|first|second|third|"
    rf"fourth|final|quarter|year|month|week|term|period|autumn|spring|summer|winter|\d|{_MONTHS[3:-1]})"
)


def _base_of(phrase: str) -> str:
    """"placed in homes (of children we care for)" -> "children we care for" (no nesting)."""
    m = re.search(r"\(of ([^()]*)\)$", phrase)
    return m.group(1) if m else phrase


def _indicator_phrase(
    text: str, h: _Hit, unit: str, left: str, right_clause: str, sent_start: int, clause_start: int,
    prev: str, topic: str, sent_end: int = -1,
) -> tuple[str, str]:
    """What the figure measures, as a short phrase from its sentence, and how it was found.

    The second element is ``"own"`` (the phrase is the figure's own: look up the canonical id in
    it), ``"inherited"`` (borrowed from the previous figure: the previous figure's id applies),
    ``"part"`` (a part of the previous figure's population, "of whom 412 were ...": its own id
    only) or ``"complement"`` ("the other 32%": no id).
    """
    right = text[h.end:h.end + 160]
    skip = _SKIP_ALT.match(right)
    if skip:
        right = right[skip.end():]
    wm = _OF_WHICH_RIGHT.match(right)
    if wm and prev:
        c = _clean_phrase(_cut_clause(wm.group(1)), 6)
        if c:
            return f"{c} (of {prev})", "part"
    # 1. "68% of EHCPs completed in time", "£4.2m of savings"
    om = _OF_FOR_RIGHT.match(right)
    if h.group in ("ratio", "fraction") and om is None:
        om = re.match(r"^\s*(.*)$", right, re.S)
    if om and unit != "count" or (om and unit == "count" and re.match(r"^\s+of\s+(?:the|these|those|our|all)\b", right)):
        body = re.sub(r"^[\d,]+\s+", "", om.group(1))  # "12 of the 15 children's homes"
        np_ = _np_after(" " + body)
        tail = ""
        rest = body.lstrip()
        tm = _ED_TAIL.match(rest, len(np_)) if np_ and rest.startswith(np_) else None
        if tm:
            tail = _cut_clause(tm.group(1))
            tail = re.split(r"\s+(?:which|that|who|and|but|while|compared)\b", tail)[0]
        phrase = _clean_phrase(f"{np_} {tail}") if np_ else ""
        if phrase and not _is_generic(phrase):
            return phrase, "own"
    # 2. a count modifies the noun after it: "86 conceptions to under 18s", "six schools"
    if unit in ("count", "rate") or h.group == "word":
        np_ = _np_after(right)
        if np_ and not re.match(r"(?i)^(?:days?|weeks?|months?|years?|times?|in|of)\b", np_):
            # "1,456 children were receiving SEN support": the participle says which children
            rest = right.lstrip()
            tm = _ING_TAIL.match(rest, len(np_)) if rest.startswith(np_) else None
            if tm:
                tail = _cut_clause(tm.group(1))
                tail = re.split(r"\s+(?:which|that|who|and|but|while|compared|since|by)\b", tail)[0]
                tail = _clean_phrase(tail, 6)
                if tail and not re.match(r"(?i)^(?:rated|judged|red|amber|green)\b", tail):
                    return f"{np_} {tail}", "own"
            return np_, "own"
    if prev and unit == "count" and re.search(r"(?i)(?:,|\band|\bor)\s*$", left):
        # "64 were placed in homes and 287 with foster carers": the same verb, left out
        pm = re.match(r"^\s+(with|in|at|on|from|into|by)\s+([^,;:.()]{2,60})", right)
        if pm and not _TIME_PP.match(pm.group(0).strip()):
            p = _clean_phrase(_cut_clause(pm.group(2)), 6)
            if p:
                return f"{pm.group(1)} {p} (of {_base_of(prev)})", "part"
    # 3. the subject of "X had risen to N", "X was N", "X of N"
    if _ANAPHOR_LEFT.search(left) and prev:
        return f"rest of: {prev}", "complement"
    if prev and re.search(r"\bof\s+(?:which|whom|these|those|this|them)\s*$", text[max(0, h.start - 30):h.start], re.I):
        # "£86.4m, of which £42.1m was spent on placements": a part of the previous figure
        c = _complement_after(" " + right_clause) or _clean_phrase(_cut_clause(right_clause), 6)
        c = re.sub(r"^(?:was|were|is|are|had\s+been)\s+", "", c)
        if c:
            return f"{c} (of {prev})", "part"
    subj = _subject(left) if left.strip() else ""
    if unit in ("gbp", "eur", "usd") and re.fullmatch(r"(?i)(?:\w+\s+)?(?:\w+ed|spent|spend|cost|costs|paid)", subj or "-"):
        om2 = re.match(r"^\s+(on|in|for|to)\s+(.*)$", right, re.S)
        if om2:
            what = _clean_phrase(_cut_clause(om2.group(2)), 8)
            if what:
                return f"{subj} {om2.group(1)} {what}", "own"
    modifier = ""
    if subj and subj.lower().split()[-1] in _MODIFIERS:
        modifier, subj = subj, ""
    if re.search(r"\b(?:which|that)\s*$", text[max(0, clause_start - 8):clause_start], re.I) or re.match(
        r"^\s*(?:which|that)\b", left, re.I
    ):
        # "... an increase of children being placed in care which was at 384": the antecedent
        ante = text[sent_start:clause_start]
        ante = re.sub(r"\s*\b(?:which|that)\s*$", "", ante, flags=re.I)
        a = _subject(ante)
        if a and not _is_generic(a) and not subj:
            return a, "own"
    comp = _complement_after(" " + text[h.end:max(h.end, sent_end)]) if unit == "count" else ""
    if prev and re.search(r"\bto\s*$", left) and re.search(r"\bfrom\s*$", text[max(0, clause_start - 80):clause_start], re.I) is None \
            and re.search(r"\bfrom\s+[£€$]?[\d,.]+\S*\s+(?:[^.;]{0,40}?\s)?to\s*$", text[max(0, h.start - 90):h.start], re.I):
        # "reduced from 298 at the end of Quarter 2 to 263": the second value of the same measure
        return prev, "inherited"
    if (not subj or _is_generic(subj)) and _PRONOUN_SUBJECT.search(left):
        # "Officers confirmed it had reduced from 298": "it" is the measure named before
        ref = None
        for ref in _OF_HEAD.finditer(text, 0, sent_start):
            pass
        if ref is not None:
            r = _np_after(" " + text[ref.end():sent_start])
            if r:
                return r, "own"
        if prev:
            return prev, "inherited"
    if not subj and prev and not comp and re.fullmatch(r"(?i)\s*(?:to|and|or|-|/|from|with|versus|vs\.?)?\s*", left):
        # "from £4500 to £6500": the second value of the same measure
        return prev, "inherited"
    if subj and not _is_generic(subj):
        low = subj.lower().split()
        if low[-1] in _GENERIC and topic and topic.lower() not in subj.lower():
            return f"{topic}: {subj}", "own"
        if low[0] in _CHANGE_NOUNS and prev:
            return f"{subj} in {prev}", "inherited"
        if unit in ("percent", "gbp") and right[1:4].lower() == "for":
            fm = re.match(r"^\s+for\s+(.*)$", right, re.S)
            if fm:
                f = _clean_phrase(_cut_clause(fm.group(1)), 8)
                if f:
                    return f"{subj} for {f}", "own"
        return subj, "own"
    # a generic subject ("the rate", "figures", "the target", "a reduction"): borrow context
    if subj and topic and not prev:
        return f"{topic}: {subj}", "own"
    base = prev or topic
    if comp:
        return (f"{comp} (of {_base_of(base)})", "part") if base else (comp, "own")
    if unit in ("gbp", "eur", "usd") and not subj:
        pred = re.match(r"^\s+(?:would|will|could|had|has|was|were|is|are)?\s*(?:be|been|now\s+be)?\s*(.*)$", right_clause, re.S)
        p = _clean_phrase(pred.group(1), 8) if pred else ""
        if p and not _is_generic(p):
            return (f"{modifier}: {p}" if modifier else p), "own"
    if subj and base:
        first = subj.lower().split()[0]
        return (f"{subj} in {base}" if first in _CHANGE_NOUNS else f"{subj}: {base}"), "inherited"
    if base:
        return base, "inherited"
    if not subj:
        whole = _subject(re.sub(r"[()]", " ", text[sent_start:h.start]))
        if whole and not _is_generic(whole):
            return whole, "own"
    return subj or modifier, "own"


def _frame(rows: list[dict[str, object]], cols: list[str]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=cols)
    return df


def extract_figures(text: str, indicators: list[Indicator] | None = None) -> pd.DataFrame:
    """One row per figure in ``text``: ``start``/``end`` offsets into ``text``, ``surface``,
    ``value`` (scale applied), ``value_max``, ``unit``, ``per``, ``indicator``, ``indicator_id``,
    ``direction``, ``is_change``, ``comparator``, ``status`` and ``sentence``.

    >>> f = extract_figures("The average cost of residential care had risen from £4500 to £6500/£7000 per week, per child.")
    >>> f[["surface", "value", "value_max", "unit", "per"]].values.tolist()
    [['£4500', 4500.0, nan, 'gbp', 'week, child'], ['£6500/£7000', 6500.0, 7000.0, 'gbp', 'week, child']]
    >>> extract_figures("The Government announced an additional £700m.")["value"].tolist()
    [700000000.0]
    """
    return extract(text, indicators)[0]


def extract_numbers(text: str) -> pd.DataFrame:
    """The non-figure numbers of ``text`` with their ``kind`` (date, year, period, reference, ...)."""
    return extract(text)[1]


# =============================================================================================
# The stage
# =============================================================================================

_FIG_OUT = [c for c in ("figure_id doc_id council meeting_date segment_id surface value value_max unit per "
                        "indicator indicator_id direction is_change comparator status sentence raw_start "
                        "raw_end").split()]
_NUM_OUT = "doc_id segment_id surface kind value sentence raw_start raw_end".split()


#: ASCII without the control characters that normalising drops (it only changes whitespace here)
_PLAIN_ASCII = re.compile(r"[\t-\r\x1c-\x7e]*")
#: text that normalising leaves unchanged: printable ASCII, £, €, single spaces, no space at either end
_NORMAL_ASCII = re.compile(r"(?![ ])(?:[!-~£€]| (?! ))*(?<! )")


def figures_from_segments(
    segments: pd.DataFrame,
    texts: dict[str, str],
    documents: pd.DataFrame,
    indicators: list[Indicator] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Figures and numbers of ``segments`` (rows of the segments table), without any IO.

    ``texts`` maps doc_id -> the document's text (``text/<doc_id>.txt``); ``documents`` gives
    council and meeting_date. Spans are mapped through ``clean.normalise`` of the segment's raw
    slice, so ``texts[doc_id][raw_start:raw_end] == surface`` (checked: :class:`SchemaError`).
    Callable per partition (Dask) or by the benchmark.
    """
    from .clean import normalise

    if indicators is None:
        indicators = load_indicators()
    meta = documents.set_index("doc_id")[["council", "meeting_date"]].to_dict("index") if len(documents) else {}
    figs: dict[str, list[object]] = {c: [] for c in _FIG_OUT}
    nums: dict[str, list[object]] = {c: [] for c in _NUM_OUT}
    for doc_id, seg_id, rs, re_ in zip(
        segments["doc_id"].tolist(), segments["segment_id"].tolist(),
        segments["raw_start"].tolist(), segments["raw_end"].tolist(),
    ):
        doc_text = texts.get(doc_id)
        if doc_text is None:
            raise PipelineError(
                f"segments of '{doc_id}' have no document text (text/{doc_id}.txt); rerun the clean stage (make all)"
            )
        rs, re_ = int(rs), int(re_)
        raw = doc_text[rs:re_]
        if _CANDIDATE_RE.search(raw) is None and _PLAIN_ASCII.fullmatch(raw):
            continue  # no digit, currency sign or number word, and normalising cannot make one
        norm = normalise(raw)
        f, n = _extract_rows(norm.text, indicators)
        if not f and not n:
            continue
        offs = norm.offsets
        info = meta.get(doc_id, {})
        for rows, out, is_fig in ((f, figs, True), (n, nums, False)):
            for rec in rows:
                a = rs + offs[rec["start"]]
                b = rs + offs[rec["end"] - 1] + 1
                surface = doc_text[a:b]
                if not (surface == rec["surface"] and _NORMAL_ASCII.fullmatch(surface)) \
                        and normalise(surface).text != rec["surface"]:
                    raise SchemaError(
                        f"{doc_id}: span [{a}, {b}) of a number does not map back to '{rec['surface']}' "
                        "(a bug in the offset mapping; please report it with this document)"
                    )
                out["doc_id"].append(doc_id)
                out["segment_id"].append(seg_id)
                out["surface"].append(surface)
                out["value"].append(rec["value"])
                out["sentence"].append(rec["sentence"])
                out["raw_start"].append(a)
                out["raw_end"].append(b)
                if is_fig:
                    out["figure_id"].append(f"{doc_id}:{a}-{b}")
                    out["council"].append(info.get("council"))
                    md = info.get("meeting_date")
                    out["meeting_date"].append(None if md is None or pd.isna(md) else md)
                    for c in ("value_max", "unit", "per", "indicator", "indicator_id", "direction",
                              "is_change", "comparator", "status"):
                        v = rec[c]
                        out[c].append(None if v is None or (isinstance(v, float) and pd.isna(v)) else v)
                else:
                    out["kind"].append(rec["kind"])
    return _typed(figs, _FIG_OUT), _typed(nums, _NUM_OUT)


def _typed(cols: dict[str, list[object]], order: list[str]) -> pd.DataFrame:
    df = pd.DataFrame({c: cols[c] for c in order})
    for c in df.columns:
        if c in ("value", "value_max"):
            df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
        elif c in ("raw_start", "raw_end"):
            df[c] = df[c].astype("Int64")
        elif c == "is_change":
            df[c] = df[c].astype("boolean")
        else:
            df[c] = df[c].astype("string")
    key = ["doc_id", "raw_start", "raw_end"]
    return df.sort_values(key, kind="mergesort").reset_index(drop=True)


def check_spans(table: pd.DataFrame, texts: dict[str, str]) -> None:
    """Raise :class:`SchemaError` unless ``texts[doc_id][raw_start:raw_end] == surface`` for every row."""
    for doc_id, a, b, surface in zip(table["doc_id"], table["raw_start"], table["raw_end"], table["surface"]):
        if texts[doc_id][int(a):int(b)] != surface:
            raise SchemaError(f"{doc_id}: [{a}, {b}) slices to {texts[doc_id][int(a):int(b)]!r}, not {surface!r}")


def run(
    raw_dir: str | os.PathLike[str] | None = None,
    processed_dir: str | os.PathLike[str] | None = None,
    indicators: str | os.PathLike[str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The figures stage: read documents, segments and texts; extract; write ``figures`` and ``numbers``.

    ``raw_dir`` is accepted for a uniform stage signature (the stage reads only processed data).
    """
    # load
    processed = paths.processed_dir(processed_dir)
    inds = load_indicators(indicators)
    documents = io.read_table("documents", processed)
    segments = io.read_table("segments", processed)
    texts = corpus.load_texts(processed, documents["doc_id"].tolist())
    # process: per document, through analysis.parallel (in this process for a small corpus, local
    # worker processes for a large one, or the Dask cluster named by $DASK_SCHEDULER)
    parts = parallel.map_frames(
        functools.partial(figures_from_segments, documents=documents, indicators=inds), segments, texts=texts
    )
    if len(parts) == 1:
        figures, numbers = parts[0]
    else:
        figures = check_table("figures", pd.concat([f for f, _ in parts], ignore_index=True))
        numbers = check_table("numbers", pd.concat([n for _, n in parts], ignore_index=True))
    check_spans(figures, texts)
    check_spans(numbers, texts)
    # save
    io.write_tables({"figures": figures, "numbers": numbers}, processed)
    return figures, numbers


# =============================================================================================
# Reporting periods and evaluation
# =============================================================================================

_Q_RE = re.compile(r"(?i)(?:Q|quarter\s+)([1-4]|one|two|three|four)|(first|second|third|fourth)\s+quarter")
_FY_RE = re.compile(r"((?:19|20)\d{2})\s?[/\-–]\s?((?:19|20)?\d{2})")
_QWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}


def _period_label(surface: str) -> tuple[str | None, str | None]:
    q = _Q_RE.search(surface)
    quarter = None
    if q:
        g = (q.group(1) or q.group(2)).lower()
        quarter = f"Q{_QWORDS.get(g, g)}"
    fy = _FY_RE.search(surface)
    year = f"{fy.group(1)}/{fy.group(2)[-2:]}" if fy else None
    return quarter, year


def reporting_periods(numbers: pd.DataFrame) -> pd.DataFrame:
    """Each document's reporting period from its ``period`` numbers, e.g. ``"Q2 2025/26"``.

    A quarter followed (within a few words of the same sentence) by a financial year is combined;
    the most frequent label wins, the earliest on ties. Documents without periods are absent.

    >>> n = pd.DataFrame({"doc_id": ["d"] * 3, "kind": ["period"] * 3,
    ...                   "surface": ["Q2", "2025/26", "2023/24"], "raw_start": [0, 3, 50]})
    >>> reporting_periods(n).values.tolist()
    [['d', 'Q2 2025/26']]
    """
    rows = []
    per = numbers[numbers["kind"] == "period"].sort_values(["doc_id", "raw_start"], kind="mergesort")
    for doc_id, g in per.groupby("doc_id", sort=True):
        labels: list[str] = []
        items = [(int(a), *_period_label(str(s))) for a, s in zip(g["raw_start"], g["surface"])]
        used: set[int] = set()
        for i, (a, q, y) in enumerate(items):
            if i in used:
                continue
            if q and i + 1 < len(items) and items[i + 1][2] and items[i + 1][0] - a <= 20:
                labels.append(f"{q} {items[i + 1][2]}")
                used.add(i + 1)
            elif q or y:
                labels.append(q or y)  # type: ignore[arg-type]
        if labels:
            counts = Counter(labels)
            # prefer combined labels, then frequency, then first occurrence
            best = max(labels, key=lambda x: (" " in x, counts[x], -labels.index(x)))
            rows.append({"doc_id": doc_id, "period": best})
    return pd.DataFrame(rows, columns=["doc_id", "period"])


_EVAL_STOP = {
    "the", "a", "an", "of", "in", "to", "for", "and", "or", "with", "on", "at", "by", "from", "number",
    "numbers", "total", "figure", "figures", "rate", "proportion", "percentage", "level", "per", "cent",
    "amount", "this", "that", "were", "was", "is", "are", "had", "been",
}


def _key_words(phrase: str) -> set[str]:
    from nltk.stem.snowball import SnowballStemmer

    stem = SnowballStemmer("english").stem
    out = set()
    for w in re.findall(r"[a-z0-9]+", str(phrase).lower().replace("’", "'").replace("'s", "")):
        if w not in _EVAL_STOP and len(w) > 1:
            out.add(stem(w))
    return out


def score(pred: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float]:
    """Precision/recall of extracted figures against a gold table, and indicator quality.

    A prediction matches a gold figure of the same document when their raw spans overlap and the
    values agree (within 0.5%). ``indicator`` = share of matched gold figures whose extracted
    phrase shares a key word (stemmed, generic words such as "number" ignored) with the gold
    phrase, over all gold figures; ``indicator_id`` = share of gold figures with a non-empty gold
    id whose matched prediction has that id.
    """
    gold = gold.reset_index(drop=True)
    pred = pred.reset_index(drop=True)
    matched_pred: set[int] = set()
    gold_match: dict[int, int] = {}
    by_doc = {d: g for d, g in pred.groupby("doc_id")}
    for gi, g in gold.iterrows():
        cand = by_doc.get(g["doc_id"])
        if cand is None:
            continue
        for pi, p in cand.iterrows():
            if pi in matched_pred:
                continue
            if int(p["raw_start"]) < int(g["raw_end"]) and int(g["raw_start"]) < int(p["raw_end"]):
                if abs(float(p["value"]) - float(g["value"])) <= 0.005 * max(1.0, abs(float(g["value"]))):
                    matched_pred.add(pi)
                    gold_match[gi] = pi
                    break
    tp = len(gold_match)
    precision = tp / len(pred) if len(pred) else 1.0
    recall = tp / len(gold) if len(gold) else 1.0
    ind_ok = 0
    id_total = id_ok = 0
    for gi, g in gold.iterrows():
        p = pred.loc[gold_match[gi]] if gi in gold_match else None
        if p is not None and _key_words(g["indicator"]) & _key_words(p["indicator"] if pd.notna(p["indicator"]) else ""):
            ind_ok += 1
        gid = g.get("indicator_id")
        if isinstance(gid, str) and gid.strip():
            id_total += 1
            if p is not None and pd.notna(p["indicator_id"]) and p["indicator_id"] == gid:
                id_ok += 1
    return {
        "n_gold": float(len(gold)), "n_pred": float(len(pred)), "true_positives": float(tp),
        "precision": precision, "recall": recall,
        "indicator": ind_ok / len(gold) if len(gold) else 1.0,
        "indicator_id": id_ok / id_total if id_total else 1.0,
    }
