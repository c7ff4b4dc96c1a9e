"""Is a figure a comparison point, and of which kind? (The ``reference`` column of the figures table.)

A council's minutes give, next to the council's own values, the values it is compared with: a national, regional or
statistical neighbours' average ("compared with 65% nationally", "the national figure of 58.6 per cent", "(national
70%)", "Across England, 3,928 children were excluded"), a target or plan ("the target is 90%", "an ambition to reach
100%", "the budget had been set with an overspend of £464k"), an earlier value ("up from 60%", "a 9.6% increase on
2019's recorded figure of 793", "Last year the figure was 5.7%") or the "normal" level of comparable authorities.
:func:`reference_kind` names the kind of comparison point a figure is - ``national``, ``regional``, ``neighbours``,
``target``, ``previous``, ``normal`` or ``comparison`` (another comparison point: "compared to 410 and 49 residential",
another council's value after "compared with") - from the words of its sentence, or gives ``None`` for a value the
council reports as its own. The compare stage ranks a comparison point below a reported level and never shows one as a
council's value (:mod:`analysis.compare`).

The rules read the figure's own clause, not the sentence's other clauses: a benchmark named as the figure's subject or
place ("England had 404,310 children in need", "81,000 children in care nationally"), named right before it ("the
national average (59.9%)", "higher than England, 8%"), a target or plan that governs it, a comparison phrase it stands
in (:func:`.context.comparison_phrases`), the words just before it ("from", "against a target of", ...). A bound is no
comparison ("more than 6,000 EHC plans", "an average of 14 cases"), nor is a benchmark the figure is compared with
("19% is high compared with the national average", "25%, above the national average").
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..vocab import PAST_CHANGE_VERBS, month_alternation
from .rules import _phrase_trie, _trie_regex, phrase_regex

if TYPE_CHECKING:
    from .rules import FigureRules

__all__ = ["KINDS", "DocumentRef", "column_kind", "document_ref", "reference_kind"]

#: The kinds of comparison point, in the order a sentence's words are tried to name one (``other_council``: another
#: council's value, named by the figure's own clause; needs the document's council, :func:`document_ref`).
KINDS = ("target", "normal", "neighbours", "regional", "national", "previous", "comparison", "other_council")

#: A number a left window stops at (not a year: "The final budget for 2017/18 was set at an overspend of £844k").
_NUMBER = re.compile(r"(?<![\w/])(?!(?:19|20)\d{2}(?:\s?[/-]\s?\d{2,4})?\b)[£$€]?\d[\d,.]*")

#: The whole country as a place (lower case; regex text), the one list of :func:`_national_regex` (a benchmark's name) and
#: :func:`_bench_place` (a benchmark named as a place right of a figure): its adverbs ("nationally", "nationwide")
#: and its nouns after "across", "in" or "throughout" ("across the country", "in the UK"). "Nationally" is the country only
#: when it does not qualify a standard (round 22: "a nationally recognised scheme", "nationally accredited training", the
#: only uses before such words in the open pools and dev, at two councils, name no place). Those words are
#: ``words.not_after_nationally`` of data/figure_rules.yml (r22data): the patterns that name the country are built from
#: the rules object the stage is given (:func:`benchmarks`, r23rules), not when this module is imported.


def nationally_regex(not_after: tuple[str, ...]) -> str:
    """The adverb "nationally" as the country (regex text): not before a word of ``not_after`` (lower-cased; a phrase's
    words may stand apart by any spaces).

    >>> print(nationally_regex(("recognised", "agreed to")))
    nationally(?!\\s+(?:recognised|agreed\\s+to))
    >>> print(nationally_regex(()))
    nationally
    """
    if not not_after:
        return "nationally"
    return r"nationally(?!\s+(?:" + "|".join(r"\s+".join(map(re.escape, w.lower().split())) for w in not_after) + "))"


_NATIONWIDE = "nationwide"
_COUNTRY, _UK = "country", "uk"


def _national_regex(nationally: str) -> str:
    """The country as a benchmark's name (regex text) with ``nationally`` (:func:`nationally_regex`) as its adverb."""
    return (r"(?:national(?!\s+(?:insurance|living|minimum|transfer|funding|lottery|health|grid|trust|curriculum|offer|archives?|portal|guidance|guidelines|policy|policies|framework|schemes?|programmes?|strategy|standards?|service|team|network|association|conference|awards?|day|week|college|careers|citizen|tutoring|apprenticeships?|youth|probation|panel|review|body|agency|agencies|audit|survey|leader|media|press|news|concerns?|shortages?|crisis|debate|issues?|context|campaign|reforms?|changes?))"
            rf"|{nationally}|england(?:['’]s)?(?:\s+as\s+a\s+whole)?"
            rf"|english|across\s+the\s+{_COUNTRY}|the\s+{_COUNTRY}\s+as\s+a\s+whole|{_NATIONWIDE}|(?:across|in)\s+the\s+{_UK})")


#: (r42area) The area noun that may also name a region after a compound compass word ("the North East area" may be the
#: region's own): it does not stop a named region (:func:`regional_regex`), and :mod:`.area` reads no part there.
REGION_NOUN = "area"


def part_nouns(rules: FigureRules) -> tuple[str, ...]:
    """(r43area) The nouns of a part of a council's area, sorted: the rules' ``words.area_nouns`` and
    ``words.area_compass_nouns`` (data/figure_rules.yml), the one list :mod:`.area` and :func:`regional_regex` read.

    >>> from .rules import load_rules
    >>> part_nouns(load_rules())
    ('area', 'district', 'hub', 'locality', 'patch', 'quadrant', 'team', 'ward')
    """
    return _part_nouns(rules.area_nouns, rules.area_compass_nouns)


@lru_cache(maxsize=8)
def _part_nouns(area_nouns: tuple[str, ...], compass_nouns: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(area_nouns) | set(compass_nouns)))


def regional_regex(nouns: tuple[str, ...]) -> str:
    r"""A region as a benchmark's name (lower case; regex text): "regionally", "the region", "the North East", "across
    London", "the South" (capitalised, alone). A compass word before a noun of ``nouns`` (:func:`part_nouns`) names a part
    of the council's area, not the region (r42area: "the North locality", "the South West team"); only
    :data:`REGION_NOUN` after a named region leaves it the region's ("the North East area").

    >>> r = re.compile(rf"\b{regional_regex(('area', 'locality', 'team'))}\b", re.I)
    >>> [bool(r.search(t)) for t in ("the North East area", "the North East locality", "the South West team",
    ...                             "in line with the South (12%)", "the South area", "the North hub")]
    [True, False, False, True, False, True]
    """
    guard = "|".join(re.escape(n) for n in sorted(nouns) if n != REGION_NOUN)
    named_guard = rf"(?!\s+(?:{guard})\b)" if guard else ""
    every = "|".join(map(re.escape, sorted(set(nouns) | {REGION_NOUN})))
    return (r"(?:regional(?:ly)?(?!\s+(?:adoption|agency|agencies|partnership))|the\s+region(?!\s+of\b)|(?:the\s+)?(?:north[\s-]?east|north[\s-]?west|south[\s-]?east|south[\s-]?west|"
            r"east\s+of\s+england|west\s+midlands|east\s+midlands|yorkshire\s+and\s+(?:the\s+)?humber|inner\s+london|"
            r"outer\s+london|london(?=\s+(?:average|rate|figure|level|region)\b)|across\s+london)(?!\s+(?-i:[A-Z])[a-z])"
            + named_guard +
            # a region named by its compass word alone, capitalised: "in line with the South (12%)", "the rest of the South
            # at 85 per cent, and the North at 84 per cent" (not "the south of the county", not "the North Yorkshire", not
            # "the North area")
            rf"|the\s+(?:rest\s+of\s+the\s+)?(?-i:South|North|Midlands)\b(?!\s+(?:of\b|(?-i:[A-Z])|(?:{every})\b)))")


# (not a council's name: "North East Lincolnshire Council")
#: Groups of councils whose average a council is compared with ("the average for all metropolitan boroughs").
_GROUPS = (r"(?:metropolitan\s+(?:boroughs|districts|councils)|shire\s+(?:counties|councils)|unitary\s+(?:authorities|councils)|"
           r"london\s+boroughs|county\s+councils|core\s+cities)")
_NEIGHBOURS = (r"(?:statistical\s+neighbou?rs?(?:['’]\s*)?(?:\s+group)?|similar\s+(?:authorities|councils)|"
               r"comparators?(?:\s+(?:authority|authorities|councils?|group))?|"
               # a comparator group's average: "the average for all metropolitan boroughs was 9.9%", "the shire counties
               # average" (the group's name alone is no benchmark: "one of 36 metropolitan boroughs")
               rf"average\s+(?:for|of|across|among)\s+(?:all\s+|other\s+|the\s+)*{_GROUPS}|{_GROUPS}(?=\s+average))")


def _bench_regex(regional: str, national: str) -> str:
    """The benchmarks a figure may be of (lower case; regex text): statistical neighbours, a region (``regional``:
    :func:`regional_regex`), the country (``national``: :func:`_national_regex`)."""
    return rf"(?:{_NEIGHBOURS}|{regional}|{national})"


#: The benchmark's noun and what may stand between it and its value: "the national figure of 58.6 per cent", "the
#: national average (59.9%)", "national averages - 90pc", "higher than the North East, 4%", "England where 5.2%",
#: "\"statistical neighbours\" (56%)", "national average which stands at 26.5%".
def _bench_right_before(bench: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b{bench}\s*(?:(?:overall|average|figure|rate|level|benchmark|picture|position|performance|total|data|rise|increase|"
        r"authority|authorities)s?\s*){0,3}"
        r"[\"”’']?\s*(?:,\s*)?(?:of|is|was|at|stands\s+at|which\s+stands\s+at|which\s+(?:is|was)|where|"
        r"(?:this|it)\s+(?:is|was)|(?:is|are|was|were)\s+(?:\w+\s+){1,2}at|[-–—:(,])?\s*\(?\s*"
        r"(?:just\s+|around\s+|about\s+|nearly\s+|approximately\s+|almost\s+)?$",
        re.I,
    )


#: A benchmark's average named by its region (or the country) with the measure between, right before the value: "the
#: North West average of children in care per 10,000 (97)", "below the South East average for persistent absence at
#: 22%", "the England average for EHCPs issued in 20 weeks, 50.3%".
def _bench_measure_before(bench: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b{bench}\s+(?:average|figure|rate|level)\s+(?:of|for)(?:\s+[\w'’/.-]+(?:,\d+)*){{1,7}}?"
        r"\s*(?:\(\s*|at\s+|of\s+|is\s+|was\s+|were\s+|stood\s+at\s+|,\s*|[-–—:]\s*)(?:just\s+|around\s+|about\s+)?$",
        re.I,
    )


#: A benchmark's value written before its name, after an article: "well below the 60 per cent national average", "lower
#: than the 0.11 per cent national average", "the 10% national average" (not "25%, above the national average").
def _bench_after(bench: str) -> re.Pattern[str]:
    return re.compile(rf"\s*{bench}\s+(?:average|figure|rate|level|benchmark)s?\b", re.I)


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a)\s+$", re.I)
#: A rate's base or a time limit inside a measure's words ("children in care per 10,000", "plans issued within 20
#: weeks"): no other value.
_PER_BASE = re.compile(r"\bper\s+(?:10,000|10000|1,000|1000|100,000|100000|100)\b|\bwithin\s+\d+\s+(?:weeks|days|months)\b", re.I)
#: Words that make a benchmark the thing a figure is compared with, not the figure's own: "19% is high compared with
#: the national average", "lower than England", "above the national average", "in line with national".
_COMPARED_WITH = re.compile(
    r"(?:than|compared\s+(?:with|to)|compares?\s+(?:with|to)|versus|vs\.?|above|below|against|exceed(?:s|ed|ing)?|match(?:es|ed)?|"
    r"in\s+line\s+with|with|at|to|behind|ahead\s+of|beneath|over|under|outperform\w*|highest|lowest|best|worst|most|least|"
    r"top|bottom|ranked|ranking|rank|quartile|of\s+all|among)\s+(?:(?:the|its|our|both|all|latest|current|\w+est)\s+)*$",
    re.I,
)
#: A sentence-opening comparison: "Compared with the national average, 19% of pupils were persistently absent" (the
#: benchmark before the comma is what the figure is compared with).
_OPENING_COMPARISON = re.compile(r"\b(?:compared|comparison|relative|similar)\b[^,]*$", re.I)


def _bench_anywhere(bench: str) -> re.Pattern[str]:
    return re.compile(rf"\b{bench}\b", re.I)


#: Where a figure's clause ends for the rules that read words after it.
_RIGHT_BREAK = re.compile(r"[,;:()]|\s[-–—]\s|\s(?:and|but|while|whilst|whereas|compared|which|than)\s", re.I)
#: Where the left part of a figure's clause starts for the rules that read words before it (a sentence-opening
#: "Across England," is the clause's, so a comma is no break here).
_LEFT_BREAK_TEXT = r"[;:]\s|\s[-–—]\s|\b(?:but|while|whilst|whereas|although|though|however)\b|,\s+and\b"
_LEFT_BREAK = re.compile(_LEFT_BREAK_TEXT, re.I)
#: (speed) :data:`_LEFT_BREAK` for lower-cased ASCII text, without ``re.I`` (case-insensitive matching is slow): the same
#: matches there (an ASCII text has none of the characters that fold to an ASCII letter, "ſ" or the Kelvin sign; lower-casing
#: it keeps every offset and every ``\s``, ``\b`` and punctuation mark: :func:`_after_last_break`). One pattern text for
#: both, so its words must stay in lower case (a test checks)
_LEFT_BREAK_LOWER = re.compile(_LEFT_BREAK_TEXT)
#: (speed) what every match of :data:`_LEFT_BREAK_TEXT` holds, one of these or both of "," and "and": a lower-cased window
#: with none of them has no break (:func:`_after_last_break`; a test ties this to the pattern's text)
_LEFT_BREAK_TRIGGERS = (";", ":", "-", "–", "—", "but", "whil", "whereas", "though", "however")

#: A bound is no comparison: "more than 6,000 EHC plans", "over £1m", "averaging more than £16,500".
_BOUND = re.compile(r"(?:(?:more|less|fewer|greater)\s+than|\bover|\bunder|\balmost|\bnearly|\bup\s+to)\s+(?:just\s+)?$", re.I)

#: main's words just before a comparison point (kept), without "average of" after "an"/"on" ("an average of 14 now").
_REFERENCE_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|compares?\s+(?:with|to)|against|previously|than|target(?:\s+(?:of|is|was))?|"
    r"last\s+(?:year|quarter|month)(?:\s+(?:of|was))?|national(?:\s+average)?(?:\s+(?:of|is|was))?|"
    r"(?<!\ban\s)(?<!\bon\s)average(?:\s+(?:of|is|was))?)\s*(?:a|an|the)?\s*$",
    re.I,
)

#: How far left of a figure :data:`_TARGET_LEFT` looks (characters): its lazy scan from each target word is quadratic
#: in the window, which can be a whole sentence of unbroken words (a run of 40,000 characters took 9 s).
_TARGET_REACH = 240
#: A target or plan governing the figure: "an ambition to reach 100%", "aims to issue 40%", "set a target of completing
#: 60%", "the milestone of 60%", "We did aim to hit 60%", "should strive for 100%", "The target for March 2017 is 770",
#: "the council had aimed for the figure to fall to 770", "on target to increase ... by at least 20". Not a status ("on
#: target at 92%", "above target").
_TARGET_LEFT = re.compile(
    r"\b(?<!on\s)(?<!above\s)(?<!below\s)(?<!behind\s)(?<!met\s)(?<!off\s)"
    r"(?:targets?|target\s+is|aim(?:s|ed|ing)?|ambitions?|aspirations?|milestones?|goals?|strive|hoped)\b"
    r"(?:(?!\b(?:is|are|was|were)\s+(?:now|currently)\b)(?:[^.;:!?,]|,(?=\s*at\s+least)))*?"
    r"(?:\b(?:of|to|for|at|is|be|reach|hit|achieve|have|by|issue|completing|take\s+on)\s+(?:at\s+least\s+|around\s+|about\s+|only\s+)?"
    r"|\bat\s+least\s+)$",
    re.I,
)
_ON_TARGET_TO = re.compile(r"\bon\s+target\s+to\b", re.I)
#: The value a target or milestone is: "the 60% national target", "the 60% milestone", "compared to 90% target".
_TARGET_RIGHT = re.compile(r"\s*(?:national\s+|statutory\s+|annual\s+|government\s+)?(?:target|milestone|ambition|goal)\b", re.I)
#: A budget's plan: "The budget had been set with an overspend of £464k", "The budget agreed by Forum had anticipated
#: an overspend of £659k", "the deficit budget that we set on our safety valve plan of £1.263 million".
_PLAN_LEFT = re.compile(
    r"\bbudget\b(?:(?!\b(?:is|are|forecast)\b)[^.;:!?]){0,50}?\b(?:set|agreed|anticipated|planned|assumed)\b"
    r"(?:(?!\b(?:forecast|outturn|actual|now|current(?:ly)?|is|are)\b)[^.;:!?]){0,40}$|\bplan\s+of\s+$|\bplanned\s+\w+\s+of\s+$",
    re.I,
)

#: An earlier value named in the figure's own clause: "a 9.6% increase on 2019's recorded figure of 793", "an increase
#: on 572", "a drop on the 54pc figure", "a nosedive from 2017's performance of 69.2 per cent", "from the figure of
#: 470", "from the 2021/22 level of £4.7 million", "from the previous year's nearly 34%", "improvement from the 2023/24
#: in-year deficit of £28.7m", "six per cent increase from previous years' figures of 480".
_PREVIOUS_LEFT = re.compile(
    r"(?:\b(?:increase|decrease|rise|fall|drop|reduction|improvement|nosedive|up|down)\s+on|\bfrom)\s+(?:the\s+)?"
    r"(?:(?:previous|last)\s+(?:year|quarter|month|years)['’]s?\s+(?:\w+\s+)?"
    r"|(?:[\w/'’-]+\s+){0,3}?(?:figures?|level|baseline|performance|position|rate|total|deficit|overspend|underspend|"
    r"number)\s+of\s+(?:just\s+|nearly\s+|around\s+|about\s+)?)?$",
    re.I,
)
#: The month names, lower case (regex text; the patterns below that name a month are case-insensitive).
_MONTH = month_alternation(lower=True)
_NOW = re.compile(r"\b(?:current|present|latest|today['’]?s?)\b", re.I)
#: (speed; compiled once, not at each call of :func:`_earlier_dated`) the figure's own words say it is current
_NOW_WORDS = re.compile(r"\b(?:now|currently|this\s+year)\b", re.I)
#: "when" of an earlier time: "a reduction on 2014/15 when the number was 130", "the highest number since May 2020
#: when there were 360", "missed targets in 2017 - when roughly half".
_WHEN_LEFT = re.compile(
    r"(?:\b(?:19|20)\d{2}(?:\s?/\s?\d{2})?|\b(?:" + _MONTH + r")|\blast\s+(?:year|quarter|month))\s*[-–—,]?\s*when\s+"
    r"(?:the\s+(?:number|figure|rate|total)\s+"
    r"(?:was|were|stood\s+at)\s+|there\s+(?:was|were)\s+|it\s+was\s+)?(?:just\s+|only\s+|roughly\s+|around\s+|about\s+)?$",
    re.I,
)
#: An earlier time opening the figure's clause, then the value: "Last year the figure was 5.7%", "Back in 2010, the
#: figure was 480", "10 years ago there were around 200", "Before the pandemic, the number ... was around the 350 mark",
#: "At that time Southampton had 790".
_PAST_LEFT = re.compile(
    r"\b(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:ago|earlier|before)|years\s+ago|back\s+in|"
    r"before\s+the\s+(?:pandemic|reforms?|lockdown|covid)|at\s+that\s+time)\b[^.;:!?]{0,60}?"
    r"\b(?:was|were|stood\s+at|had)\s+(?:just\s+|only\s+|around\s+(?:the\s+)?|about\s+|approximately\s+)?$",
    re.I,
)
#: An earlier period right after the value, in its clause: "It was just 15 per cent in the same period last year", "255
#: at the same point last year", "2,314 a year before".
_PREVIOUS_RIGHT = re.compile(
    r"^(?:\s+[\w'’-]+){0,3}?\s+(?:(?:in|at|during)\s+the\s+same\s+(?:period|point|time|quarter|month)\s+(?:last|the\s+previous)\s+year|"
    r"a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before)\b",
    re.I,
)
#: The "normal" level: "'normal' was represented by 175 looked after children per 10k people, or approximately 500".
_NORMAL = re.compile(r"[\"'‘’“]normal[\"'’”]|\bthe\s+normal\s+(?:level|range|rate)\b|\bcomparable\s+(?:authorities|councils)\b", re.I)

#: Kind words of a comparison phrase or window (first match in :data:`KINDS` order wins).
_KIND_WORDS = {
    "target": re.compile(r"\b(?:target|aim|ambition|milestone|goal|plan(?:ned)?|budget(?:ed)?)\b", re.I),
    "normal": _NORMAL,
    "neighbours": re.compile(rf"\b{_NEIGHBOURS}", re.I),
    # ("regional" and "national": :func:`benchmarks`, from the rules' area nouns and ``words.not_after_nationally``)
    "previous": re.compile(r"\b(?:from|last|previous|previously|earlier|before|ago|(?:19|20)\d{2}|quarter|q[1-4]|"
                           + _MONTH + r")\b", re.I),
}


def _kind_of(words: str, bp: Benchmarks, default: str = "comparison") -> str:
    """The kind a comparison's words name ("compared with 65% nationally": national), else ``default`` (``bp``: the
    rules' :func:`benchmarks`).

    >>> bp = benchmarks(("recognised",), ("locality",))
    >>> _kind_of("compared with 65% nationally", bp), _kind_of("compared to 410 last year", bp), _kind_of("versus 12", bp)
    ('national', 'previous', 'comparison')
    """
    kind_words = bp.kind_words
    for kind in KINDS[:-2]:
        if kind_words[kind].search(words):
            return kind
    return default


def _kind_in_phrase(text: str, a: int, b: int, start: int, end: int, bp: Benchmarks) -> str:
    """The kind of the figure at ``text[start:end]`` inside the comparison phrase ``text[a:b]``: named by the words of
    its own part of the phrase first (after it, up to the phrase's next number; else before it, back to the previous
    one), else by the whole phrase, so that a phrase listing several comparison points gives each its own.

    >>> s = "Slough's 4.1% compared to 7.6% in the South-East and 6.3% in England."
    >>> a, b = s.index("compared"), len(s) - 1
    >>> bp = benchmarks(("recognised",), ("locality",))
    >>> [_kind_in_phrase(s, a, b, s.index(x), s.index(x) + len(x), bp) for x in ("7.6%", "6.3%")]
    ['regional', 'national']
    >>> s = "Out of county placements were 320 compared to 410 and 49 residential last year."
    >>> a, b = s.index("compared"), len(s) - 1
    >>> [_kind_in_phrase(s, a, b, s.index(x), s.index(x) + len(x), bp) for x in ("410", "49")]
    ['previous', 'previous']
    """
    after = _NUMBER.search(text, end, b)
    before = None
    for before in _NUMBER.finditer(text, a, start):
        pass
    for lo, hi in ((end, after.start() if after is not None else b), (before.end() if before is not None else a, start)):
        kind = _kind_of(text[lo:hi], bp, "")
        if kind:
            return kind
    return _kind_of(text[a:b], bp)


def _left_start(text: str, ss: int, start: int) -> tuple[int, bool]:
    """Where the left window of a figure starts: after the last other number of its sentence before it (a year is no
    number here) and after the last clause break (:data:`_LEFT_BREAK`); and whether it starts at a number (the words
    after a number may be that number's: "81,000 children were in care across England in March and 621 in Dudley")."""
    a, after_number = ss, False
    for m in _NUMBER.finditer(text, ss, start):
        if m.end() <= start:
            a, after_number = m.end(), True
    b = _after_last_break(text, a, start)
    return (b, False) if b != a else (a, after_number)


def reference_kind(text: str, ss: int, se: int, start: int, end: int,
                   phrases: list[tuple[int, int]] | None = None,
                   cues: dict[tuple[int, int], dict[str, list[tuple[int, int]]]] | None = None,
                   doc: DocumentRef | None = None, *, rules: FigureRules) -> str | None:
    """The kind of comparison point the figure at ``text[start:end]`` of the sentence ``text[ss:se]`` is (one of
    :data:`KINDS`), or ``None`` for a value the council reports as its own. ``phrases``: the sentence's comparison
    phrases (:func:`.context.comparison_phrases`), computed when not given; ``cues``: (speed) a dict that keeps each
    sentence's cue words (:func:`_cues`) for its next figure; ``doc``: the document's council and meeting year
    (:func:`document_ref`), for another council's value and an earlier value said with a bare year ("In 2016 there
    were 741"); ``rules``: the figure rules (its benchmarks' words: :func:`benchmarks`).

    >>> from .rules import load_rules
    >>> rules = load_rules()
    >>> s = "EHCP timeliness improved to 68%, up from 60%, against a target of 65%."
    >>> [reference_kind(s, 0, len(s), s.index(x), s.index(x) + len(x), rules=rules) for x in ("68%", "60%", "65%")]
    [None, 'previous', 'target']
    >>> s = "Across England, 3,928 children were permanently excluded, and 41 in Liverpool."
    >>> [reference_kind(s, 0, len(s), s.index(x), s.index(x) + len(x), rules=rules) for x in ("3,928", "41")]
    ['national', None]
    >>> s = "The council has more than 6,000 EHC plans, an average of 14 cases per worker."
    >>> [reference_kind(s, 0, len(s), s.index(x), s.index(x) + len(x), rules=rules) for x in ("6,000", "14")]
    [None, None]
    """
    if _COUNCILS_COUNTED.match(text, end, se) is not None:  # "24 authorities in the North West", "five local authorities"
        return None
    if phrases is None:
        from .context import comparison_phrases

        phrases = comparison_phrases(text, ss, se)
    bp = rule_benchmarks(rules)
    for a, b in phrases:  # "compared to 410 and 49 residential last year": the phrase's kind
        if a <= start < b:
            return _kind_in_phrase(text, a, b, start, end, bp)
    # (speed) each rule is tried only when its sentence, left words or right words hold a word it needs; a sentence
    # without any (most) tries none
    if cues is None:
        cue = _cues(text, ss, se)
    else:
        cue = cues.get((ss, se))  # type: ignore[assignment]
        if cue is None:
            cue = cues[(ss, se)] = _cues(text, ss, se)
    if not cue.keys() - _LATE_CUES:
        return _last_rules(text, ss, se, start, end, doc, cue, phrases)

    def seen(kind: str, lo: int, hi: int) -> bool:  # a word of ``kind`` within text[lo:hi]
        spans = cue.get(kind)
        if spans:
            for a, b in spans:
                if a >= lo and b <= hi:
                    return True
        return False

    near = text[max(ss, start - 60):start]
    if ("normal" in cue and seen("normal", ss, start)) and _NORMAL.search(text, ss, start) and not _COMPARED_WITH.search(text, ss, start):
        return "normal"
    if ("target_right" in cue and seen("target_right", end, end + 30)) and _TARGET_RIGHT.match(text, end, se):
        return "target"
    targets = ("target" in cue and seen("target", ss, start))
    benches = "bench" in cue
    if benches and seen("bench", end, end + 30):  # "well below the 60 per cent national average"
        m = bp.after.match(text, end, se)
        if m is not None and _ARTICLE_BEFORE.search(text, max(ss, start - 6), start) is not None:
            return _kind_of(m.group(0), bp, "national")
    pasts = ("past" in cue and seen("past", ss, start))
    if targets or benches or pasts:
        left_from, after_number = _left_start(text, ss, start)
        left = text[left_from:start]
    if targets and (_PLAN_LEFT.search(left) or
                    (_TARGET_LEFT.search(left[-_TARGET_REACH:]) and (" on target" not in left.lower() or _ON_TARGET_TO.search(left)))):
        return "target"
    if benches:
        m = bp.right_before.search(near)
        if m is not None and not (m.group(0).rstrip().endswith(",") and _OPENING_COMPARISON.search(near[:m.start()])):
            return _kind_of(m.group(0), bp, "national")
        m = bp.measure_before.search(text, max(ss, start - 100), start)
        if m is not None and _NUMBER.search(_PER_BASE.sub("", m.group(0))) is None:
            return _kind_of(m.group(0), bp, "national")
        bench = _bench_of_clause(text, ss, se, start, end, None if after_number else left_from, bp)
        if bench is None:
            opening = _BENCH_OPENING.match(text, _clause_start(text, ss, start), start)
            bench = _kind_of(opening.group(0), bp, "national") if opening is not None else None
        if bench is not None:
            return bench
        bench = _sentence_bench(text, ss, se, start, end, doc, bp)
        if bench is not None:
            return bench
    lo = max(ss, start - 60)
    if ("previous" in cue and seen("previous", lo, start)):
        pm = _PREVIOUS_LEFT.search(near)
        if pm is not None and _NOW.search(pm.group(0)) is None:
            return "previous"
    if (("when" in cue and seen("when", lo, start)) and _WHEN_LEFT.search(near)) or (pasts and _past(left, left_from, phrases)) or \
            (("year" in cue and seen("year", end, end + 100)) and _PREVIOUS_RIGHT.match(text[end:se])):
        return "previous"
    if ("before" in cue and seen("before", max(ss, start - 40), start)):
        r = _REFERENCE_BEFORE.search(text[max(ss, start - 40):start])
        if r is not None and not (r.group(0).lower().lstrip().startswith("than") and _BOUND.search(near)):
            return _kind_of(r.group(0), bp, "previous")
    if benches:  # "national figures of 19% and 20%", "reception aged children (21.9%) and year 6 children (30.3%)"
        listed = _list_kind(text, ss, se, start, end, phrases, cues if cues is not None else {(ss, se): cue}, doc,
                            rules)
        if listed is not None:
            return listed
    return _last_rules(text, ss, se, start, end, doc, cue, phrases)


#: Cue keys only the last rules read (:func:`_last_rules`): a sentence with no other skips the others at once.
_LATE_CUES = frozenset({"yr", "later", "_later"})


def _last_rules(text: str, ss: int, se: int, start: int, end: int, doc: DocumentRef | None,
                cue: dict[str, list[tuple[int, int]]], phrases: list[tuple[int, int]]) -> str | None:
    """The rules tried when no other named the figure: those that need its document (:func:`_of_document`), then an
    earlier-dated value with a later one after it in the sentence (:func:`_earlier_dated`)."""
    if doc is not None:
        kind = _of_document(text, ss, se, start, end, doc, cue, phrases)
        if kind is not None:
            return kind
    if ("yr" in cue or "later" in cue) and _earlier_dated(text, ss, se, start, end, phrases, cue):
        return "previous"
    return None


#: The kinds a figure listed right after a benchmark's value takes from it (:func:`_list_kind`).
_LIST_KINDS = frozenset({"national", "regional", "neighbours"})
#: What may stand between two values of one list: the first's unit, a closing bracket, a few lower-case words, a comma
#: or "and", a few words, an opening bracket ("19% and 20%", "67 per cent and 66 per cent respectively", "(21.9%) and
#: year 6 children (30.3%)", "69 per cent in full-time education and 17 who were out of work"); no verb of a new clause.
_LIST_GLUE = re.compile(
    r"(?:\s*(?:%|per\s*cent\b|percent\b|pc\b))?\s*\)?\s*(?:(?:[a-z][\w'’-]*|\d{1,2})\s+){0,4}?(?:,\s*(?:and\s+)?|and\s+)"
    r"(?:(?:(?!(?:is|are|was|were|has|have|had|will|would|than|while|whilst|but|compared|against|versus)\b)[a-z][\w'’-]*|\d{1,2})\s+){0,4}"
    r"\(?\s*")
#: Words after a listed figure that compare it with something: it is a new clause's own value, not the list's.
_COMPARED_AFTER = re.compile(r"\b(?:against|compared|compares|than|above|below|versus|in\s+line\s+with)\b", re.I)
#: A number that is a name's part, not a value ("year 6", "Key Stage 2"), skipped when looking for the previous value.
_NAME_NUMBER = re.compile(r"\b(?:year|key\s+stage|ks|level|tier|stage)\s+$", re.I)


def _list_kind(text: str, ss: int, se: int, start: int, end: int, phrases: list[tuple[int, int]],
               cues: dict[tuple[int, int], dict[str, list[tuple[int, int]]]], doc: DocumentRef | None,
               rules: FigureRules) -> str | None:
    """The kind of a figure listed right after a benchmark's value, with only list words between ("the respective
    national figures of 19% and 20%", "the South West average ... (21.9%) and year 6 children (30.3%)"): the previous
    value's kind when it is national, regional or statistical neighbours', else ``None``; not when words pointing at the
    council's own stand between or after it ("the national average of 20%, and our 25%")."""
    prev = None
    for m in _NUMBER.finditer(text, max(ss, start - 80), start):
        if m.end() <= start and _NAME_NUMBER.search(text, max(ss, m.start() - 12), m.start()) is None:
            prev = m
    if prev is None:
        return None
    glue = _LIST_GLUE.fullmatch(text, prev.end(), start)
    if glue is None or _OWN_POINTER.search(glue.group(0)):
        return None
    brk = _RIGHT_BREAK.search(text, end, min(se, end + 60))
    if _OWN_POINTER.search(text, end, brk.start() if brk is not None else min(se, end + 60)):
        return None
    if _COMPARED_AFTER.search(text, end, min(se, end + 100)):  # "... and 13.3 per cent of children ... against a national average"
        return None
    kind = reference_kind(text, ss, se, prev.start(), prev.end(), phrases, cues, doc, rules=rules)
    return kind if kind in _LIST_KINDS else None


def _of_document(text: str, ss: int, se: int, start: int, end: int, doc: DocumentRef, cue: dict[str, list[tuple[int, int]]],
                 phrases: list[tuple[int, int]]) -> str | None:
    """The rules that need the figure's document (:func:`document_ref`): an earlier value said with a bare year,
    another council's value."""
    if doc.own is not None and _other_council(text, ss, se, start, end, doc.own):
        return "other_council"
    if doc.year is not None and "yr" in cue and _bare_year_earlier(text, ss, se, start, end, doc.year, phrases):
        return "previous"
    return None


#: (speed) The words each rule needs, found once per sentence (:func:`_cues`): a sentence or window without them skips
#: the rule.
_CUE_WORDS = {
    "normal": ("normal", "comparable"),
    "target_right": ("target", "milestone", "ambition", "goal"),
    "target": ("target", "aim", "ambition", "aspiration", "milestone", "goal", "strive", "hoped", "budget", "plan"),
    "bench": ("national", "nationwide", "englan", "english", "country", "the uk", "region", "north", "south", "midlands",
              "yorkshire", "london", "neighbo", "similar", "comparator", "metropolitan", "shire", "unitary", "county councils",
              "core cities"),
    "past": ("last year", "previous year", "a year", "years ago", "back in", "before the", "at that time"),
    # (every match of _PREVIOUS_LEFT holds "from" or "<change> on": the change words alone, common in minutes, are no cue)
    "previous": ("from", "increase on", "decrease on", "rise on", "fall on", "drop on", "reduction on", "improvement on",
                 "nosedive on", "up on", "down on"),
    "when": ("when",),
    "year": ("year",),
    # (an earlier-dated value with a later one after it: :func:`_earlier_dated`)
    "later": ("now", "currently", "this year", "since then", "following year", "at one point", "once", "originally",
              "initially"),
    "before": ("from", "compar", "against", "previous", "than", "target", "last", "national", "average"),
}
#: (speed) every cue word in one pattern, each at a word's start; a word's match stands for each kind that holds it or
#: a word inside it ("last year": past, before's "last", year's "year"), with its own span.
_CUE_OF: dict[str, list[tuple[str, int, int]]] = {}
for _kind, _words in _CUE_WORDS.items():
    for _w in _words:
        _CUE_OF.setdefault(_w, []).append((_kind, 0, len(_w)))
for _w in list(_CUE_OF):
    for _v in list(_CUE_OF):
        _at = _w.find(_v)
        if _v != _w and _at >= 0 and (_at == 0 or not _w[_at - 1].isalnum()):
            _CUE_OF[_w].extend((k, _at + a, _at + b) for k, a, b in _CUE_OF[_v] if a == 0)
_CUE_RE = re.compile(r"\b" + phrase_regex(sorted(_CUE_OF)), re.I)  # (a character trie: :func:`.rules.phrase_regex`)
#: (speed) the same on a lower-cased sentence, without re.I (about twice as fast: case-folding matching is slow)
_CUE_RE_LOWER = re.compile(r"\b(?=[" + "".join(sorted({w[0] for w in _CUE_OF})) + "])" + _trie_regex(_phrase_trie(sorted(_CUE_OF))))


_CUE_OF_SURFACE: dict[str, list[tuple[str, int, int]]] = {}  # (speed) a cue word as written -> _CUE_OF's entry


def _cues(text: str, ss: int, se: int) -> dict[str, list[tuple[int, int]]]:
    """Where the sentence ``text[ss:se]`` holds each kind's words (:data:`_CUE_WORDS`, any case, at a word's start);
    a kind without any is left out (an empty dict: none). Key ``"yr"`` (no span): the sentence holds a year of the
    20th or 21st century (the bare-year rule's gate)."""
    out: dict[str, list[tuple[int, int]]] = {}
    low = text[ss:se].lower()
    if len(low) == se - ss:  # (lower-casing kept every offset: the fast pattern)
        matches, at = _CUE_RE_LOWER.finditer(low), ss
    else:
        matches, at = _CUE_RE.finditer(text, ss, se), 0
    for m in matches:
        p = m.start() + at
        g = m.group()
        found = _CUE_OF_SURFACE.get(g)
        if found is None:
            found = _CUE_OF_SURFACE[g] = _CUE_OF[" ".join(g.lower().split())]
        for kind, a, b in found:
            spans = out.get(kind)
            if spans is None:
                out[kind] = [(p + a, p + b)]
            else:
                spans.append((p + a, p + b))
    if _YEARISH.search(low) is not None:
        out["yr"] = []
    return out


#: A clause opening with its benchmark: "Nationally, the number of permanent exclusions rose by 71 per cent to 7,900",
#: "Across England, ...", "In England as a whole, ...".
_BENCH_OPENING = re.compile(rf"[\s\W]*(?:(?:across|in|throughout)\s+(?:england(?:\s+as\s+a\s+whole)?|the\s+country)|nationally)\s*,", re.I)


#: A sentence opening with its benchmark as its place or subject: "Across England, ...", "For the North East, ...",
#: "England had ...", "The average number of looked after children in England ..." (:func:`_sentence_bench`).
def _sentence_bench_re(regional: str, national: str) -> re.Pattern[str]:
    return re.compile(
        rf"[\s\W]*(?:(?:across|in|throughout|for)\s+(?:the\s+)?(?:country|{regional}|{national})\s*,"
        rf"|(?:{regional}|{national})(?:['’]s)?\s+(?:had|has|have|saw|recorded|reported)\b"
        rf"|the\s+(?:average\s+)?(?:number|rate|total|proportion)\s+of\b[^,;:()\d]{{0,60}}?\b(?:in|across)\s+(?:the\s+)?"
        rf"(?:country|{regional}|{national})\b)",
        re.I,
    )


#: Words that turn a sentence from its opening benchmark to another subject: a contrast, a comparison, the council.
_TURN = re.compile(r"\b(?:but|while|whilst|whereas|although|however|compared|comparison|than|against|versus|unlike|"
                   r"locally|in\s+contrast)\b", re.I)


def _sentence_bench(text: str, ss: int, se: int, start: int, end: int, doc: DocumentRef | None,
                    bp: Benchmarks) -> str | None:
    """The benchmark a sentence opens with, for a figure later in it with nothing turning to another subject between
    ("England had 404,310 children in need - up 4.5% from 2021 and up 3.9% from 2020", "Across the country, the number
    of foster carers has dropped - there were around 73,500 last March", "For the North East, the growth has been even
    greater - 55.7%", "The average number of children in care in England per 10,000 rose from 54 to 64"): not when a
    contrast, a comparison, words pointing at the council, another benchmark or a council's name stand between or in
    the figure's own words after it."""
    m = bp.sentence.match(text, ss, start)
    if m is None:
        return None
    brk = _RIGHT_BREAK.search(text, end, min(se, end + 60))
    after = text[end:brk.start() if brk is not None else min(se, end + 60)]
    for words in (text[m.end():start], after):
        if _TURN.search(words) or _OWN_POINTER.search(words) or bp.anywhere.search(words) \
                or _councils().pattern.search(words):
            return None
    return _kind_of(m.group(0), bp, "national")


@lru_cache(maxsize=4096)
def _clause_start(text: str, ss: int, start: int) -> int:
    """Where the figure's clause starts for :data:`_BENCH_OPENING`: after the last clause break before it. (speed)
    Memoised: the rules of one figure ask up to three times (:func:`_other_council`, :func:`_bare_year_earlier`,
    :func:`_earlier_dated`); the key's text is the segment's one string, whose hash Python keeps."""
    return _after_last_break(text, ss, start)


def _after_last_break(text: str, a: int, start: int) -> int:
    """The end of the last match of :data:`_LEFT_BREAK` in ``text[a:start]`` (scanned as ``finditer(text, a, start)``),
    else ``a``. (speed) An ASCII window is lower-cased and scanned with :data:`_LEFT_BREAK_LOWER`, with the character
    before ``a`` kept for the ``\\b`` there: the same matches. A window with none of :data:`_LEFT_BREAK_TRIGGERS` (nor both
    "," and "and") holds no match and is not scanned.

    >>> t = "Spend rose; However the ONE was up, AND 5 - but 6 (Butler)"
    >>> [_after_last_break(t, 0, k) for k in (10, 24, 44, len(t))] == [max([0] + [m.end() for m in
    ...     _LEFT_BREAK.finditer(t, 0, k)]) for k in (10, 24, 44, len(t))]
    True
    >>> _after_last_break(t, 0, 44), _after_last_break("café: but 5", 0, 10)
    (44, 9)
    """
    base = a - 1 if a > 0 else 0
    window = text[base:start]
    if window.isascii():
        low = window.lower()
        if not ("," in low and "and" in low) and not any(w in low for w in _LEFT_BREAK_TRIGGERS):
            return a  # (most windows: no break word, no colon, no dash)
        for m in _LEFT_BREAK_LOWER.finditer(low, a - base):
            a = m.end() + base
        return a
    for m in _LEFT_BREAK.finditer(text, a, start):
        a = m.end()
    return a


def _past(left: str, left_from: int, phrases: list[tuple[int, int]]) -> bool:
    """Does an earlier time open the figure's clause (:data:`_PAST_LEFT`: "Last year the figure was 5.7%"), outside a
    comparison phrase ("Compared to the same period last year there were 1,200 referrals": the phrase's time is what
    the figure is compared with, not the figure's)?"""
    m = _PAST_LEFT.search(left)
    return m is not None and not any(a <= left_from + m.start() < b for a, b in phrases)


def _bench_of_clause(text: str, ss: int, se: int, start: int, end: int, left_from: int | None,
                     bp: Benchmarks) -> str | None:
    """The benchmark the figure's own clause is about: its subject or opening ("England had 404,310", "Across the
    country, 138,242 requests", "Data from Ofsted shows that, nationally, 90 per cent", "The average number of CLA
    within the statistical neighbour group was 531") or its place right after it ("81,000 children in care nationally",
    "£2.6bn nationally", "81,000 children were in care across England"), not a benchmark it is compared with.
    ``left_from``: where the figure's clause starts (:func:`_left_start`), ``None`` when its left words follow another
    number (they may be that number's); ``bp``: the rules' :func:`benchmarks`."""
    left = text[left_from:start] if left_from is not None else ""
    for m in bp.anywhere.finditer(left):
        if _COMPARED_WITH.search(left[:m.start()][-40:]) is None and not _after_superlative(left, m.start()):
            return _kind_of(m.group(0), bp, "national")
    # the words after the figure up to its clause's end or the next number (theirs: "the 81,000 children in care
    # nationally in March included 346", "more than 1,000 children a day are being referred to social services across
    # the country"); a value in brackets reads on past its closing bracket ("(69%) in England")
    at = end
    closing = _CLOSING.match(text, end, se)
    if closing is not None and _OPENING_BRACKET.search(text, max(ss, start - 3), start) is not None:
        at = closing.end()
    brk = _RIGHT_BREAK.search(text, at, min(se, at + _RIGHT_REACH))
    right = text[at:brk.start() if brk is not None else min(se, at + _RIGHT_REACH)]
    nxt = _NUMBER.search(right)
    if nxt is not None:
        right = right[:nxt.start()]
    if right.strip():
        # (round 19's window, 60 characters with no number: any benchmark word; past it only a place)
        m = bp.anywhere.search(right, 0, 60) if nxt is None or nxt.start() >= 60 else None
        if m is None:
            m = bp.place.search(right)
        if m is not None and _COMPARED_WITH.search(right[:m.start()]) is None and not _after_superlative(right, m.start()) \
                and _ELSEWHERE.search(right[:m.start()]) is None \
                and not re.match(r"\s*(?:average|figure|rate|level|benchmark)", right[m.end():], re.I):
            return _kind_of(m.group(0), bp, "national")
    return None


#: A figure that counts councils or areas ("eighth worst out of 24 authorities in the North West", "serving five local
#: authorities in the north-east", "two of its West Midlands neighbours", "the four member councils", "149 England local
#: authorities"): a count, never a benchmark's or an earlier value.
_COUNCILS_COUNTED = re.compile(
    r"\s+(?:of\s+(?:its|the|our|their)\s+)?(?:(?:other|member|english|england|london|neighbouring|comparator|similar|[A-Z][a-z]+)\s+){0,2}"
    r"(?:local\s+)?(?:authorities|councils|LAs|areas|boroughs|neighbou?rs)\b")
#: A place the council's own children or services are sent to, not a benchmark: "120 of them are living elsewhere in
#: the country", "placed across England".
_ELSEWHERE = re.compile(r"\b(?:elsewhere|around|all\s+over|outside|away|placed|moved|sent|living|lives?)\s+(?:\w+\s+)?$", re.I)
#: How far right of a figure (characters) its clause's words may name its benchmark; past 60 characters or before the
#: clause's next number only as a place (:func:`_bench_place`).
_RIGHT_REACH = 100


#: A benchmark named as a place: "nationally", "across the country", "in England", "in the North East".
#: (Its "nationally" is :func:`_national_regex`'s: not before "recognised", "accredited" ...)
def _bench_place(nationally: str, regional: str, national: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{nationally}|regionally|{_NATIONWIDE}|(?:in|across|throughout)\s+(?:the\s+)?"
                      rf"(?:{_COUNTRY}|{_UK}|{regional}|{national}))\b", re.I)


class Benchmarks(NamedTuple):
    """(r23rules) The patterns that name a benchmark, built from the figure rules' ``words.not_after_nationally`` and
    (r43area) nouns of a part of the council's area (:func:`benchmarks`): what :func:`reference_kind` reads with the rules
    object it is given."""

    #: :data:`_KIND_WORDS` with the region's words ("regional") and the country's ("national")
    kind_words: dict[str, re.Pattern[str]]
    right_before: re.Pattern[str]  # :func:`_bench_right_before`
    measure_before: re.Pattern[str]  # :func:`_bench_measure_before`
    after: re.Pattern[str]  # :func:`_bench_after`
    anywhere: re.Pattern[str]  # :func:`_bench_anywhere`
    sentence: re.Pattern[str]  # :func:`_sentence_bench_re`
    place: re.Pattern[str]  # :func:`_bench_place`


@lru_cache(maxsize=8)
def benchmarks(not_after_nationally: tuple[str, ...], nouns: tuple[str, ...]) -> Benchmarks:
    """The patterns that name a benchmark when "nationally" is not the country before the words ``not_after_nationally``
    (a rules object's :attr:`.rules.FigureRules.not_after_nationally`) and a compass word is not a part of the council's
    area before a noun of ``nouns`` (:func:`part_nouns`; "the North locality"), built once per pair of word lists.
    :func:`rule_benchmarks` passes a rules object's lists.

    >>> b = benchmarks(("recognised",), ("locality",))
    >>> b.place.search("40 carers on a nationally recognised course") is None, b.place.search("35 nationally").group()
    (True, 'nationally')
    >>> b.place.search("45 in the North East locality") is None, b.place.search("45 in the North East area").group()
    (True, 'in the North East')
    """
    nationally = nationally_regex(not_after_nationally)
    national = _national_regex(nationally)
    regional = regional_regex(nouns)
    bench = _bench_regex(regional, national)
    kind_words = dict(_KIND_WORDS)
    kind_words["regional"] = re.compile(rf"\b{regional}\b", re.I)
    kind_words["national"] = re.compile(rf"\b{national}\b", re.I)
    return Benchmarks(kind_words, _bench_right_before(bench), _bench_measure_before(bench), _bench_after(bench),
                      _bench_anywhere(bench), _sentence_bench_re(regional, national),
                      _bench_place(nationally, regional, national))


def rule_benchmarks(rules: FigureRules) -> Benchmarks:
    """(r43area) :func:`benchmarks` of a rules object's word lists: ``words.not_after_nationally`` and the nouns of a part
    of the council's area (:func:`part_nouns`).

    >>> from .rules import load_rules
    >>> bp = rule_benchmarks(load_rules())
    >>> _kind_of("in the North locality", bp), _kind_of("in the North East", bp)
    ('comparison', 'regional')
    """
    return benchmarks(rules.not_after_nationally, part_nouns(rules))


#: A table cell's column (:func:`column_kind`) has "nationally" only right before its comma, where no word of
#: ``words.not_after_nationally`` can follow it, and no compass word (:data:`_REFERENCE_COLUMN`), so no part noun can
#: follow one: any word lists name the same kind, so none is read there.
_COLUMN_BENCHMARKS = benchmarks((), ())
_CLOSING = re.compile(r"\s*\)")
_OPENING_BRACKET = re.compile(r"\(\s*$")


_SUPERLATIVE = re.compile(r"\b(?:highest|lowest|largest|smallest|biggest|greatest|fastest|slowest|poorest|strongest|weakest|"
                          r"best|worst|most|least|top|bottom|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|tenth|ranked)\b"
                          r"[^.;]{0,40}$", re.I)


def _after_superlative(window: str, at: int) -> bool:
    """Is the benchmark at ``window[at:]`` the field of a ranking ("the highest proportion of children in care in the
    country", "the fifth lowest figure in England")?"""
    return _SUPERLATIVE.search(window[max(0, at - 60):at]) is not None


#: A table cell's indicator phrase names its column first ("Target, Re-referrals within 12 months": the figures
#: stage's layout step writes "<column>, <row label>"); these columns hold comparison points.
_REFERENCE_COLUMN = re.compile(
    r"^(?:target|national(?:\s+average)?|england(?:\s+average)?|regional(?:\s+average)?|"
    r"statistical\s+neighbou?rs?(?:\s+average)?|(?:last|previous)\s+(?:year|quarter|month)|benchmark)"
    r"(?:\s+[^\s,]+)?,\s",
    re.I,
)


def column_kind(indicator: object) -> str | None:
    """The kind of comparison point a table cell is when its ``indicator`` phrase says it sits in a target or benchmark
    column ("Target, Re-referrals within 12 months": target; "England average, EHCPs issued": national), else ``None``.

    >>> [column_kind(x) for x in ("Target, Re-referrals within 12 months", "England average, EHCPs issued",
    ...                           "Re-referrals within 12 months, Q3 2023/24", "targeted support", None)]
    ['target', 'national', None, None, None]
    """
    if not isinstance(indicator, str):
        return None
    m = _REFERENCE_COLUMN.match(indicator)
    if m is None:
        return None
    if m.group(0).lower().startswith("benchmark"):
        return "comparison"
    return _kind_of(m.group(0), _COLUMN_BENCHMARKS, "previous")


# --- another council's value; an earlier value said with a bare year (round 19, r19ref2) -----------------------------

#: The councils with children's services a text may name (``data/councils.csv``: a researcher may add rows).
COUNCILS_FILE = Path(__file__).resolve().parents[3] / "data" / "councils.csv"
#: Words a council's name goes with or without ("Leeds City Council", "London Borough of Newham", "City of York").
_NAME_NOISE = frozenset("council metropolitan borough county city of royal london the district unitary authority mbc "
                        "cc".split())
#: Lower-case words a council's name may hold ("Kingston upon Thames", "Blackburn with Darwen").
_GLUE = frozenset("and upon on of with the under in".split())


def normalised_council(name: str) -> str:
    """A council's name for matching (lower case, "&" as "and", without "council", "city of", "borough", ...).

    >>> [normalised_council(x) for x in ("Leeds City Council", "London Borough of Barking & Dagenham",
    ...                                  "Bournemouth, Christchurch and Poole Council", "Stockton-on-Tees")]
    ['leeds', 'barking and dagenham', 'bournemouth christchurch and poole', 'stockton on tees']
    """
    words = re.sub(r"[^a-z0-9 ]", " ", name.lower().replace("&", " and ")).split()
    kept = [w for w in words if w not in _NAME_NOISE]
    return " ".join(kept or words)


class _Councils(NamedTuple):
    pattern: re.Pattern[str]  # every name and alias, case as written (glue words any case), longest first
    entry: dict[str, str]  # a normalised name or alias -> its council (the row's name)
    ambiguous: frozenset[str]  # councils whose name is also an everyday word or another place


@lru_cache(maxsize=4)
def _councils(path: str = str(COUNCILS_FILE)) -> _Councils:
    """The council names of ``path`` (:data:`COUNCILS_FILE`), read once."""
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    entry: dict[str, str] = {}
    forms: list[str] = []
    ambiguous = set()
    for r in rows:
        name = r["name"].strip()
        if (r.get("ambiguous") or "").strip().lower() == "yes":
            ambiguous.add(name)
        for form in [name] + [a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()]:
            entry.setdefault(normalised_council(form), name)
            forms.append(form)

    def form_regex(form: str) -> str:
        parts = []
        for w in re.split(r"(\s+|-)", form):
            if not w.strip() or w == "-":
                parts.append(r"[\s-]+" if w else "")
            elif w.lower() in _GLUE:
                parts.append("(?i:" + re.escape(w) + ")")
            else:
                parts.append(re.escape(w))
        return "".join(parts)

    alts = "|".join(form_regex(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))
    # (not the start of a longer proper name: "Merton Bank" a school, "Kent Road"; "Leeds City Council" is Leeds's)
    return _Councils(re.compile(rf"(?=[A-Z])(?<![\w-])(?:{alts})(?![\w-])(?!\s+(?!(?:City|County|Borough|Metropolitan|Council|MBC)\b)[A-Z][a-z])"),
                     entry, frozenset(ambiguous))


class DocumentRef(NamedTuple):
    """What :func:`reference_kind` needs to know of a figure's document: the names that are its own council's
    (``None``: its council is not one of :data:`COUNCILS_FILE`, so no name is taken for another council's) and the year
    of its meeting (``None`` when not known)."""

    own: frozenset[str] | None
    year: int | None
    #: (r42area) the places the document names as parts of its council's area ("the Carlisle locality"), lower case
    #: (:func:`.area.area_names`; empty when not read)
    parts: frozenset[str] = frozenset()
    #: (r42review) the words the document writes in lower case (:func:`.area.lower_case_words`; empty when not read): a
    #: capitalised name made only of them is a common word written with a capital ("In Fostering", "the Improvement
    #: area"), not a place
    common: frozenset[str] = frozenset()
    #: (r43area) the words the document writes with a capital inside a sentence, after a lower-case word, lower case
    #: (:func:`.area.inside_capitalised_words`; empty when not read): a sentence's first word is capitalised whatever it
    #: is ("There", "As"), so only these make it a name there
    inside: frozenset[str] = frozenset()


@lru_cache(maxsize=4096)
def document_ref(council: object, meeting_date: object = None, path: str = str(COUNCILS_FILE)) -> DocumentRef:
    """The :class:`DocumentRef` of a document of ``council`` (a manifest's name: "Norfolk", "Leeds City Council")
    met on ``meeting_date`` ("2024-03-12"). Its own names: its row of ``data/councils.csv`` and any row whose name
    its name holds ("North Northamptonshire" holds "Northamptonshire", its former county).

    >>> d = document_ref("Kingston upon Hull City Council", "2019-06-01")
    >>> sorted(d.own), d.year
    (['Kingston upon Hull'], 2019)
    >>> document_ref("North Northamptonshire Council").own == {"North Northamptonshire", "Northamptonshire"}
    True
    >>> document_ref("Cherwell District Council", None)
    DocumentRef(own=None, year=None, parts=frozenset(), common=frozenset(), inside=frozenset())
    """
    year = None
    if isinstance(meeting_date, str):
        m = re.match(r"\s*((?:19|20)\d{2})-\d{2}", meeting_date)
        year = int(m.group(1)) if m else None
    return DocumentRef(_own_names(council, path) if isinstance(council, str) else None, year)


@lru_cache(maxsize=1024)
def _own_names(council: str, path: str = str(COUNCILS_FILE)) -> frozenset[str] | None:
    """The rows of ``path`` that are ``council``'s own names (:func:`document_ref`), ``None`` when it has none."""
    if not council.strip():
        return None
    table = _councils(path)
    norm = normalised_council(council)
    own_entry = table.entry.get(norm)
    if own_entry is None:
        return None
    padded = f" {norm} "
    return frozenset({own_entry} | {e for n, e in table.entry.items() if f" {n} " in padded})


#: Words that point at the document's own council between another council's name and the figure ("Unlike Suffolk, our
#: rate is 30%", "Compared with Suffolk, the council had 300").
_OWN_POINTER = re.compile(r"\b(?:we|our|us|here|locally|the\s+(?:county\s+|city\s+|borough\s+)?council|this\s+council|"
                          r"the\s+authority|the\s+(?:borough|county|city|district)|its\s+own)\b", re.I)
#: A place right after the value: "79.7pc in Havering", "10.2 per social worker at Kingston Upon Thames".
_PLACE_AFTER = re.compile(r"\s*\)?\s*(?:[\w’'-]+\s+){0,3}?(?:in|at|for|across)\s+(?:the\s+)?(?=[A-Z])")
#: A name right before the value: "Hartlepool, 0pc", "Wokingham (92 per cent)", "Suffolk's 28.5pc", "Reading 53 per
#: cent", "in Reading 53 per cent", "Suffolk: 30%".
_NAME_RIGHT_BEFORE = re.compile(r"^(?:['’]s?)?\s*(?:[,:(–—-]\s*)?(?:just\s+|only\s+|around\s+|about\s+)?$")
#: An ambiguous name ("Reading", "Bury") is a council's after "in" or before a verb of having or being.
_AMBIGUOUS_OK = re.compile(r"\bin\s+$")
_AMBIGUOUS_VERB = re.compile(r"\s+(?:has|had|have|is|was|were)\b")
#: A council named as the agent or partner of something in the figure's clause, not its subject: "(which is now)
#: managed by Plymouth City Council", "in partnership with Devon".
_AGENT = re.compile(r"\b(?:by|with|from|to|for)\s+(?:the\s+)?$", re.I)
#: Where the words after a figure that may name its own council end ("0.07% (27) of the child population in Southend").
_OWN_AFTER_BREAK = re.compile(r"[;:]|\s[-–—]\s|\b(?:but|while|whilst|whereas|compared|than|and)\b", re.I)
#: How far before the figure another council's name may stand in its clause.
_OTHER_REACH = 110


def _other_council(text: str, ss: int, se: int, start: int, end: int, own: frozenset[str]) -> bool:
    """Is the figure another council's value: its clause names another English council with children's services as
    its subject or place ("Suffolk had 1,020", "compared with 78 in Norfolk", "Hartlepool, 0pc, Dorset, 1.9pc",
    "the figure in Barking and Dagenham was 83.1pc"), the name nearest before it (the document's own council's name
    later in the clause wins: "Like Suffolk, Norfolk had 30%"), not a name the figure is compared with ("lower than
    Suffolk"), nor with words pointing at the document's council between ("Unlike Suffolk, our rate is 30%")?"""
    table = _councils()
    m = _PLACE_AFTER.match(text, end, se)
    if m is not None:
        n = table.pattern.match(text, m.end(), se)
        if n is not None and _NUMBER.search(text, end, m.end()) is None:
            return table.entry[normalised_council(n.group())] not in own
    brk = _OWN_AFTER_BREAK.search(text, end, min(se, end + 100))
    for n in table.pattern.finditer(text, end, brk.start() if brk is not None else min(se, end + 100)):
        if table.entry[normalised_council(n.group())] in own:  # "0.07% (27) of the child population in Southend"
            return False
    cs = max(_clause_start(text, ss, start), start - _OTHER_REACH)
    last = None
    for last in table.pattern.finditer(text, cs, start):
        pass
    if last is None:
        return False
    council = table.entry[normalised_council(last.group())]
    if council in own:
        return False
    between = text[last.end():start]
    right_before = _NAME_RIGHT_BEFORE.match(between) is not None
    if council in table.ambiguous and not right_before and _AMBIGUOUS_OK.search(text, max(ss, last.start() - 4), last.start()) is None \
            and _AMBIGUOUS_VERB.match(between) is None:
        return False
    if right_before:
        return True
    ahead = text[max(ss, last.start() - 40):last.start()]
    if _OWN_POINTER.search(between) or _COMPARED_WITH.search(ahead) or _AGENT.search(ahead):
        return False
    return True


#: (speed) a year of the 20th or 21st century near the figure: the bare-year rule's gate. Written ``(?:19|20)`` first and
#: the look-behind after it (no digit before the "19" or "20": ``(?<!\d)(?:19|20)\d\d(?!\d)``, the same matches), so
#: the engine skips to the literal instead of trying the look-behind at every character (about 4x faster on a sentence)
_YEARISH = re.compile(r"(?:19|20)(?<!\d..)\d\d(?!\d)")
#: A bare year (or period) in the figure's clause before it: "In 2016, Essex was responsible for 7,550", "in 2011/12
#: this number was 340", "Performance in June 2016 was 85%", "at the start of 2021 stood at 440".
_YEAR_BEFORE = re.compile(
    r"\b(?:in|during|by|back\s+in|(?:at\s+)?the\s+(?:start|end)\s+of)\s+(?:(?:" + _MONTH + r")\s+)?"
    r"(?:19|20)(\d{2})(?:\s?[/-]\s?(\d{2}|(?:19|20)\d{2}))?\b"
    r"(?![^.;:!?]*\b(?:now|currently|today|this\s+year|(?:19|20)\d{2})\b)", re.I)
#: A bare year right after the value in its clause: "1,340 Leeds children were in care in 2007".
_YEAR_AFTER = re.compile(r"[^.;:!?,\d]{0,60}?\bin\s+(?:(?:" + _MONTH + r")\s+)?(?:19|20)(\d{2})\b(?!\s?[/-]\s?\d)", re.I)


def _bare_year_earlier(text: str, ss: int, se: int, start: int, end: int, meeting_year: int,
                       phrases: list[tuple[int, int]]) -> bool:
    """Is the figure an earlier value said with a bare year in its clause ("In 2016 there were 741 children on
    protection plans", "in 2011/12 this number was 340", "1,340 Leeds children were in care in 2007"), the year (a
    period's last year) at least two years before the meeting's? (A year or period just before the meeting's is
    often the latest one the council reports as its own: "In 2023/24 there were 453 children in care".)"""
    cs = _clause_start(text, ss, start)
    left = text[cs:start]
    years = []
    m = None
    for m in _YEAR_BEFORE.finditer(left):
        pass
    if m is not None and _NUMBER.search(left, m.end()) is None and not any(a <= cs + m.start() < b for a, b in phrases):
        years.append(_period_end(m.group(1), m.group(2)))
    else:
        r = _YEAR_AFTER.match(text, end, se)
        if r is not None:
            years.append(_period_end(r.group(1), None))
    return bool(years) and years[0] <= meeting_year - 2


#: The figure's own time in its clause before it: "In 2020, there were 412", "In April 2021, there had been 36", "by the
#: end of January 2018, there had been 76", "at the start of 2024/25", "from FY2023/24 was", "at one point ... had", "were
#: once ... dealing with upwards of 40" (group 1-2: a year or period; none: a time before now).
_OWN_TIME_BEFORE = re.compile(
    r"\b(?=[idbafoIDBAFO])(?:(?:(?:in|during|by|as\s+(?:of|at)|(?:at|by)\s+the\s+(?:start|end)\s+of)\s+(?:(?:" + _MONTH + r")\s+)?|fy\s?)"
    r"(?:19|20)(\d{2})(?:\s?[/-]\s?(\d{2}|(?:19|20)\d{2}))?\b"
    r"|\b(?:at\s+one\s+point|once|originally|initially)\b)", re.I)
#: The figure's own time right after it: "60% of plans were completed within that time in 2021", "420 in 2015".
_OWN_TIME_AFTER = re.compile(
    r"[^.;:!?\d]{0,60}?\b(?:in|during)\s+(?:(?:" + _MONTH + r")\s+)?(?:19|20)(\d{2})(?:\s?[/-]\s?(\d{2}|(?:19|20)\d{2}))?\b",
    re.I)
#: A later time after the figure: "by 2022", "by the following year", "by the end of last year", "now", "currently",
#: "at the same point this year", "since then", "in 2016", "to FY2025/26" (group 1-2: a year or period).
_LATER_TIME = re.compile(
    r"\b(?=[bitncsBITNCS])(?:(?:by|in|to)\s+(?:the\s+end\s+of\s+)?(?:(?:" + _MONTH + r")\s+)?(?:fy\s?)?(?:19|20)(\d{2})(?:\s?[/-]\s?(\d{2}|(?:19|20)\d{2}))?\b"
    r"|by\s+the\s+(?:following|next)\s+year|by\s+the\s+end\s+of\s+last\s+year|now|currently|this\s+year|since\s+then)\b",
    re.I)
#: A change said between the two values: without one, two dated values are a list ("95% in 2022 and 99% in 2023"), not
#: a baseline and its newer value. (r36twins) Its verbs are :data:`analysis.vocab.PAST_CHANGE_VERBS` ("rose", "has
#: fallen", "improved"), with the bare "increase", "increases", "rise" and "decline" (not "fall", "drop" or the other
#: nouns of a change, which this rule never read), "doubled" and "shot up", then the words of a contrast ("compared",
#: "whereas", "but"): the verbs are no copy of the vocabulary's.
_CHANGE_WORDS = re.compile(r"\b(?:" + "|".join((*PAST_CHANGE_VERBS, "increase", "increases", "rise", "decline", "doubled",
                                                r"shot\s+up", "compared", "whereas", "but")) + r")\b", re.I)
#: Words that make the later value a forecast or plan, not a newer value: the earlier one is then the current one.
_FUTURE = re.compile(r"\b(?:forecast\w*|expect\w*|projected|projection|predict\w*|will|would|could|planned|plans?\s+to|"
                     r"target\w*|aim\w*|estimat\w*|anticipat\w*|budget\w*)\b", re.I)


def _later_times(text: str, ss: int, se: int) -> list[tuple[int, int, int | None]]:
    """The later times of the sentence ``text[ss:se]`` (:data:`_LATER_TIME`): start, end, year (a period's last) or
    ``None``."""
    return [(t.start(), t.end(), _period_end(t.group(1), t.group(2)) if t.group(1) else None)
            for t in _LATER_TIME.finditer(text, ss, se)]


def _earlier_dated(text: str, ss: int, se: int, start: int, end: int, phrases: list[tuple[int, int]],
                   cue: dict | None = None) -> bool:
    """Is the figure an earlier value cited before a newer one in its sentence: its own time earlier than a later time
    that goes with a value after it ("In 2020, there were 412 requests and by 2022 this had shot up to 726", "at one
    point a social worker had between 20 and 30 families ..., but that has now been reduced to 16", "from 530 in 2014 to
    420 in 2015 and 375 in 2016")? Not when the later value is a forecast or plan, nor when the figure's own words say it
    is current ("now", "this year"), nor without a change said between them. ``cue``: (speed) the sentence's cue dict
    (:func:`_cues`), which keeps its later times (:func:`_later_times`) for its next figure."""
    cs = _clause_start(text, ss, start)
    y1: int | None = None
    m = None
    for m in _OWN_TIME_BEFORE.finditer(text, cs, start):
        pass
    if m is not None and _NUMBER.search(text, m.end(), start) is None and not any(a <= m.start() < b for a, b in phrases) \
            and _NUMBER.search(text, max(cs, m.start() - 20), m.start()) is None:  # (not "from 263 in 2008-09 to")
        y1 = _period_end(m.group(1), m.group(2)) if m.group(1) else 0
    else:
        r = _OWN_TIME_AFTER.match(text, end, se)
        if r is None:
            return False
        y1 = _period_end(r.group(1), r.group(2))
    if _NOW.search(text, cs, start) or _NOW_WORDS.search(text[cs:start]):
        return False
    later = cue.get("_later") if cue is not None else None
    if later is None:
        later = _later_times(text, ss, se)
        if cue is not None:
            cue["_later"] = later
    for t_start, t_end, y2 in later:
        if t_start < end:
            continue
        if y2 is not None and (y1 == 0 or y2 <= y1):
            continue
        if _FUTURE.search(text, max(end, t_start - 60), se):  # "by 2026 this is forecast to reach 600"
            return False
        # the later time's value: the number nearest it (either side, within 60 characters), after the figure
        near = [n for n in _NUMBER.finditer(text, max(end, t_start - 60), min(se, t_end + 60))
                if n.start() > end and not _YEARISH.fullmatch(n.group()) and not t_start <= n.start() < t_end]
        if not near:
            continue
        n = min(near, key=lambda n: n.start() - t_end if n.start() >= t_end else t_start - n.end())
        # a change said between the figure and the later value: without one, dated values are a list
        if _CHANGE_WORDS.search(text, end, n.start()):
            return True
    return False


def _period_end(yy: str, tail: str | None) -> int:
    """The last year of "20<yy>" or "20<yy>/<tail>" ("2011/12": 2012)."""
    first = 2000 + int(yy) if int(yy) < 50 else 1900 + int(yy)
    if not tail:
        return first
    last = int(tail[-2:])
    return first - first % 100 + last + (100 if last < first % 100 else 0)
