"""Numbers that are values in names, records and plans (part of :mod:`.kinds`).

The length of a plan, strategy or programme (:func:`plan_noun_right`, ``_plan_length``), a record's value after
"highest" or "lowest" (``_record_value``), a one-digit number inside a name ("Progress 8": ``_brand_number``), where a
line starts (``_line_start``), and the few patterns several parts read.
"""

from __future__ import annotations

import re


_ONE_TWO_DIGITS = re.compile(r"\d{1,2}")
_FOUR_DIGITS = re.compile(r"\d{4}")
#: (r23prec) a word that may qualify a plan's noun between its length and the noun ("a three-year strategic recovery
#: plan", "a 10-year high needs recovery plan", "a two-year service offer"): not a function word, a verb of being or
#: having, "old" (an age: "the 2 year old offer") or a recurring check's noun ("a 6 month review plan" names a review)
_PLAN_QUALIFIER = (r"(?!(?:of|and|or|to|in|on|at|for|by|with|from|into|the|a|an|its|their|our|this|that|these|those|"
                   r"which|who|was|were|is|are|be|been|being|has|have|had|will|would|can|could|may|old|review|reviews|"
                   r"check|checks)\b)[a-z][a-z’'-]*")
#: what a length in years can be the length of: "a 5 year strategy", "a three-year plan"
PLAN_NOUN_RIGHT = re.compile(
    r"(?i)^\s+(?:plans?|strateg(?:y|ies)|programmes?|programs?|period|timeline|timescale|deal|settlement|"
    r"contract|investment|funding|agreement|commitment|recovery\s+plan|improvement\s+plan)\b"
)
#: (r23prec) a plan, strategy, programme, course or service offer after up to three words that qualify it (its noun
#: phrase read to its head: tests/gold/README.md, "Stretches of time": the length of a plan, programme, course or
#: service offer is a figure), a singular one: a plural after qualifying words is a kind of plan many keep ("3-year
#: budget plans"; the gold's one unmarked plan length). (r23review) Only after a length said in the singular, as a
#: length before its noun is ("a three-year ... plan"): after "three years" the words are a clause's subject and verb
#: ("for three years schools plan to ...", "providers offer places"), not a plan (:func:`plan_noun_right`)
QUALIFIED_PLAN_RIGHT = re.compile(
    rf"(?i)^\s+(?:{_PLAN_QUALIFIER}\s+){{1,3}}(?:plan|strategy|programme|program|offer|course)\b"
)


def plan_noun_right(right: str, singular: bool) -> bool:
    """(r23review) Whether the words ``right`` after a length in years name what it is the length of: a plan's noun
    right after it (:data:`PLAN_NOUN_RIGHT`), or, when the length is said in the singular ("three-year", "5 year"), a
    plan's noun after up to three qualifying words (:data:`QUALIFIED_PLAN_RIGHT`).

    >>> plan_noun_right(" strategic recovery plan", True), plan_noun_right(" schools plan to", False)
    (True, False)
    >>> plan_noun_right(" strategy for schools", False)
    True
    """
    return PLAN_NOUN_RIGHT.match(right) is not None or singular and QUALIFIED_PLAN_RIGHT.match(right) is not None


#: a plan, strategy or programme named with capitals after its length: "a three-year Council Plan 2021-24",
#: "the 5 year Capital Programme", "a 10-year SEND Strategy"
NAMED_PLAN_RIGHT = re.compile(r"^\s+(?:[A-Z][\w&'’]*\s+){1,3}(?:[Pp]lans?|[Ss]trateg(?:y|ies)|[Pp]rogrammes?)\b")
_YEARS_END_RE = re.compile(r"(?i)(?:\s|-)years?$")
#: "-year" right after a number: "a 3-year plan" (also used by :mod:`.phrase`)
HYPHEN_YEARS_RIGHT = re.compile(r"(?i)^-years?\b")


#: the last characters a surface that ``_YEARS_END_RE`` finds can end with (re.IGNORECASE: "ſ" is an "s"; "$" also
#: matches before a final line break)
_YEARS_LAST = frozenset("rRsSſ\n")


def _plan_length(surface: str, right: str) -> bool:
    """Whether a number of years is the length of a plan, strategy, programme or period it names
    ("a 5 year strategy", "a three-year plan"): a measurement, unlike "a 6 month review" (a name)."""
    if surface[-1:] in _YEARS_LAST and _YEARS_END_RE.search(surface):  # (the pattern ends with "year(s)")
        return plan_noun_right(right, surface[-1:] in "rR") or NAMED_PLAN_RIGHT.match(right) is not None
    if right[:1] != "-":
        return False  # (HYPHEN_YEARS_RIGHT begins with "-")
    m = HYPHEN_YEARS_RIGHT.match(right)
    if m is None:
        return False
    rest = right[m.end():]
    return plan_noun_right(rest, m.end() == 5) or NAMED_PLAN_RIGHT.match(rest) is not None  # ("-year", not "-years")


def _line_start(text: str, i: int) -> int:
    """Where the line holding ``text[i]`` starts."""
    return text.rfind("\n", 0, i) + 1


#: (r18left) a noun of change after a share: "the highest 2.3% rise", "its lowest 4% increase" (a value, not a band)
_CHANGE_NOUN_RIGHT = re.compile(
    r"(?i)^\s+(?:rises?|increases?|falls?|drops?|reductions?|decreases?|growth|rates?|improvements?|jumps?|"
    r"levels?|figures?|scores?)\b")


_POSSESSIVES = (" its", " their", " our", " his", " her", " my", " your")


def _record_value(surface: str, lt: str, right: str, is_pct: bool) -> bool:
    """Whether the number ``surface`` after "highest" or "lowest" (``lt``: the left context without its spaces at the
    end) is a record value, not the size of a rank band: "Children's services had its highest 1,200 referrals in
    March", "Norfolk recorded the highest 2.3% rise in the region", "the service saw its lowest 45 contacts". A band's
    size is a small whole number ("the lowest two bands", "among the highest 10 authorities") or a share that its
    members fall in ("the highest 10% of earners", "in the lowest 20% funded"), or a count after "the" ("the lowest 30
    areas"); "top" and "bottom" name bands alone.

    >>> [_record_value(s, "its highest", r, p) for s, r, p in (("1,200", " referrals", False), ("2.3%", " rise", True),
    ...     ("45", " contacts", False), ("5%", " rise", True), ("two", " bands", False), ("10", " authorities", False),
    ...     ("10%", " of earners", True))]
    [True, True, True, True, False, False, False]
    >>> _record_value("45", "the top", " schools", False), _record_value("30", "the lowest", " areas", False)
    (False, False)
    >>> _record_value("30", "our lowest", " schools", False), _record_value("25", "its lowest", " performing schools", False)
    (False, False)
    """
    if not lt[-7:].lower().endswith(("highest", "lowest")):
        return False
    if "," in surface or "." in surface:
        return True  # "its highest 1,200 referrals", "the highest 2.3% rise": a band is no decimal or thousands
    if is_pct:
        return _CHANGE_NOUN_RIGHT.match(right) is not None
    # a count above 20 after a possessive: "its lowest 45 contacts" ("the lowest 30 areas" stays a band); (r18review) not
    # before the members a band ranks, or a participle that ranks them: "our lowest 30 schools", "its lowest 25
    # performing schools", "its highest 40 earners"
    return surface.isdecimal() and int(surface) > 20 and (" " + lt[:lt.rfind(" ")].lower()).endswith(_POSSESSIVES) \
        and not _BAND_MEMBER_RIGHT.match(right)


#: (r18review) what a rank band of a count ranks: places and bodies, earners, or a participle of ranking
_BAND_MEMBER_RIGHT = re.compile(
    r"(?i)^\s+(?:[a-z]+ing\b|ranked\b|schools?\b|academies\b|settings?\b|providers?\b|authorities\b|councils?\b|areas?\b|"
    r"wards?\b|lsoas?\b|neighbourhoods?\b|districts?\b|boroughs?\b|regions?\b|earners?\b|performers?\b|trusts?\b)")
#: (r26mend) the words of a vote's tally, "For 6 Against 3 Abstentions 0": a count after (or before) one of them is the
#: meeting's vote, a figure (`tests/gold/README.md`), never a number inside a name
_VOTE_WORD = r"(?:For|Against|Abstentions?|Abstain(?:ed|ing|s)?)\b"
#: a one-digit number inside a name: "Progress 8", "Attainment 8", "Change 4 Life" (not between the words of a vote's
#: tally: :data:`_VOTE_WORD`)
_BRAND_NUMBER = re.compile(
    rf"\b(?:Progress|Attainment)\s+(8)\b|\b(?!{_VOTE_WORD})[A-Z][a-z]+\s+(\d)\s+(?!{_VOTE_WORD})[A-Z][a-z]+\b")


def _brand_number(text: str, s: int) -> bool:
    """Whether the one-digit number at ``text[s]`` is inside a name ("Progress 8", "Change 4 Life")."""
    for m in _BRAND_NUMBER.finditer(text, max(0, s - 14), min(len(text), s + 12)):
        if s in (m.start(1), m.start(2)):
            return True
    return False
