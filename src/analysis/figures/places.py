"""Phrases that name only a place (a council's or an area's name), not a measure: one family of recognisers.

A figure's phrase may name no measure of its own but only where (or whose) the value is: "the figure in Barking
and Dagenham was 83.1pc", "... and 621 were in Dudley", "These were Medway (11.0%) and Telford & Wrekin (14.0%)",
"above the East Midlands average (14%)". The figure then takes the measure of a figure before it. Five places of
the pipeline ask this, each with different evidence around the phrase, so there are five functions here; they
share the idea (a run of capitalised name words with a few lower-case glue words, none of them a word that names a
group of people or a body of the council) and the word lists :data:`GROUP_WORDS` and :data:`BODY_WORDS`:

* :func:`names_only_a_place` (the whole phrase of a figure no indicator was found for, in
  :func:`analysis.figures.extraction.extract_rows`): also accepts the measure's head at the place ("the figure in
  X", "X's figure"), a pointer ("That figure"), a target by whose it is, and time words alone; its answer has three
  values (``"measure"``, ``"place"``, ``"time"``), since a place alone is trusted in the same sentence only. Name
  words are ``[A-Z][\\w'’-]*`` with "and upon on of the in" between; a name word that is a body of the council or a
  pronoun ("Council", "Cabinet", "It") is no place.
* :func:`part_only_a_place` (the part of a count's "N (of M)" phrase, in :func:`analysis.figures.indicators.classify`):
  the strictest form (letters and apostrophes only, "X-on-Y", "and upon of" between); a word that names a group of
  the count ("White British", "Boys", "Foster") is no place, a body of the council may be one.
* :func:`place_only` (a value in brackets right after the name, "Medway (11.0%)"): the phrase must end at the
  bracket; more glue words ("& both only with were was"), a one-letter capital counts as a name, an acronym does
  not; the widest list of words that are no place (groups, bodies, school phases, "Year", "Total", budgets).
* :func:`comparator_named` (a phrase of a comparator, place or year, in
  :func:`analysis.figures.phrase.indicator_phrase`): no list of words that are no place, but the words left of the
  figure must say it is a comparator's or a place's value ("average", "national", "figure of"); comparator words
  and years count as names, a capital letter alone ("I") does not.
* :func:`place_pp_only` (a phrase of a value said "within the authority", in
  :func:`analysis.figures.phrase.indicator_phrase`): not a name but a preposition and the council's or area's common
  noun ("within the authority", "outside the county", "in the borough"); the value before names the measure.

What the lists share is defined once below; where they differ they are kept apart, so that each recogniser answers
as before. (One list for the three that keep one, their union, gives the same figures and numbers on tests/realworld and the
1,000-document bench corpus, but would answer otherwise on other text: "It (5%)" would be no place for
:func:`place_only`, "Other" none for :func:`names_only_a_place`; merging them is an accuracy change, not a tidying.)
"""

from __future__ import annotations

import re

#: words that name a group of people a figure counts, never a place ("White", "Looked After Children", "Care
#: Leavers", "Boys"): no place for :func:`part_only_a_place` and :func:`place_only`
GROUP_WORDS = frozenset("white black asian mixed other male female boys girls children young people care leavers plans "
                        "plan".split())
#: words that name a body of the council or its work, never a place ("Council", "Children's Services"): no place for
#: :func:`names_only_a_place` and :func:`place_only`
BODY_WORDS = frozenset("council department members service services".split())


#: a phrase that names only a place, or the same measure's value there: "the figure in Barking and Dagenham was 83.1pc",
#: "the percentage in Hampshire is 75", "in Swindon it is 74 per cent", "Kent's figure", "Reading 53 per cent"
_PLACE_WORD = r"[A-Z][\w'’-]*"
_PLACE_ONLY = re.compile(
    rf"^(?:(?P<lead>(?:the\s+)?(?:(?:equivalent|comparable|same)\s+)?(?:figure|percentage|proportion|rate|level)s?)"
    rf"(?:\s+(?:in|for|of))?\s+)?"
    rf"(?:the\s+)?(?P<place>{_PLACE_WORD}(?:\s+(?:(?:and|upon|on|of|the|in)\s+)?{_PLACE_WORD})*)"
    rf"(?P<tail>['’]s?\s+(?:figure|percentage|proportion|rate|level))?$"
    r"|^(?:the\s+)?(?:figure|percentage|proportion)$"
    # a comparison opened by a verb of comparing alone: "It compares to 28.5pc in Suffolk", "This compares with 51%"
    r"|^(?i:(?:(?:it|this|that|which)\s+(?:(?:is|was)\s+)?)?(?:compares|compared))$"
    # its target or average, named by whose it is: "This figure falls below the department target of 90 per cent"
    r"|^(?i:(?:the\s+)?(?:(?:department(?:al)?|dfe|government(?:['’]s)?|national|council(?:['’]s)?|our|its|their|local|"
    r"statutory|england|regional|county|borough|city|agreed|annual|stretch|revised|own)\s+){1,2}"
    r"(?:target|average|benchmark|ambition)s?)$"
    # the figure named by a pointer or its period alone: "That figure", "this rate", "the latest figure", "And that
    # annual figure, they say(, is 16% higher than ...)"
    r"|^(?i:(?:and\s+)?(?:(?:the|that|this|its|our|their)\s+(?:(?:annual|yearly|latest|overall|current|same|equivalent|"
    r"comparable)\s+)?|(?:annual|yearly|latest|overall)\s+)(?:figure|percentage|proportion|rate)"
    r"(?:,?\s+(?:they|officers|the\s+council|it)\s+(?:say|said|says|reported|report))?)$"
    # a milestone (an interim target), or the target or milestone the service aims to hit: "the 60% milestone",
    # "Despite failing to hit the milestone 60%", "We did aim to hit 60% by the end of 2024"
    r"|^(?i:(?:the\s+|this\s+|that\s+|its\s+|our\s+|their\s+)?(?:interim\s+)?milestones?)$"
    r"|^(?i:(?:[\w'’]+\s+){0,3}?(?:(?:aim(?:ed|s|ing)?|fail(?:ed|ing|s)?|hop(?:ed|ing|es)?)\s+to\s+)(?:hit|meet|reach|achieve)"
    r"(?:\s+(?:the\s+|its\s+|our\s+|this\s+|that\s+)?(?:interim\s+)?(?:milestone|target)s?)?)$")
#: a phrase of time words only: "and special schools had 20 most recently compared to 6 a decade earlier"
_TIME_ONLY = re.compile(r"(?i)^(?:(?:most|more|recently|last|previous|year|years|decade|earlier|previously|before|ago|"
                        r"month|months|quarter|this|that|the|a|in|at|of|same|period|time|then|now|currently|"
                        # "from 228 at the end of March in 2015 to 336 today", "at present", "at the moment"
                        r"today|present|presently|moment)\b\s*)+$")
#: capitalised words of a phrase that are not places
_NOT_PLACES = BODY_WORDS | frozenset("""
councils committee cabinet board ofsted member chair government dfe report panel forum
officers officer councillor councillors it this that there we they he she i
""".split())


def names_only_a_place(phrase: str) -> str | None:
    """What an indicator phrase names when it names no measure of its own: ``"measure"`` (the figure, the
    percentage, at a place: "figure in Barking and Dagenham", "Kent's figure", "percentage"), ``"place"`` (a
    place alone: "Swindon"), ``"time"`` (time words alone: "most recently"), else None. A figure with it is the
    previous figure's measure at another place or time.

    >>> [names_only_a_place(p) for p in ("figure in Barking and Dagenham", "percentage in Hampshire", "Swindon",
    ...  "Kent's figure", "percentage", "Council", "children in care", "Leeds schools", "department target",
    ...  "recruitment target", "most recently", "a decade earlier", "It compares", "This compared", "milestone",
    ...  "Despite failing to hit the milestone", "We did aim to hit", "aim to recruit", "This figure",
    ...  "that annual figure, they say", "annual figure", "today", "at the moment")]
    ['measure', 'measure', 'place', 'measure', 'measure', None, None, None, 'measure', None, 'time', 'time', 'measure', 'measure', 'measure', 'measure', 'measure', None, 'measure', 'measure', 'measure', 'time', 'time']
    """
    m = _PLACE_ONLY.match(phrase)
    if m is None:
        return "time" if _TIME_ONLY.match(phrase) else None
    place = m.group("place")
    if place is None:
        return "measure"
    if any(w.lower().strip("'’") in _NOT_PLACES for w in place.split()):
        return None
    return "measure" if m.group("lead") or m.group("tail") else "place"


#: a part that is only a place's name: "Dudley", "Stoke-on-Trent", "Redcar and Cleveland", "North East Lincolnshire"
_PART_PLACE_ONLY = re.compile(r"[A-Z][a-z'’]+(?:-(?:on|upon|under|le)-[A-Z][a-z]+)?(?:\s+(?:and\s+|upon\s+|of\s+)?[A-Z][a-z'’]+)*")
#: capitalised words of such a part that name a group of the count, never a place ("White British", "Boys")
_PART_NOT_PLACE = GROUP_WORDS | frozenset("british muslim christian boy girl leaver foster residential case cases".split())
_NOT_A_PLACE = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in sorted(_PART_NOT_PLACE)) + r")\b")


def part_only_a_place(part: str) -> bool:
    """Whether the part of a count's "N (of M)" phrase (:func:`analysis.figures.indicators.classify`, ``how ==
    "part"``) is only a place's name: "81,000 children were in care across England ... and 621 were in Dudley" (the
    part "Dudley"). Only capitalised words and "and", "upon", "of" between them; none of them a group of the count.

    >>> [part_only_a_place(p) for p in ("Dudley", "Stoke-on-Trent", "Redcar and Cleveland", "White British", "Boys")]
    [True, True, True, False, False]
    """
    return _PART_PLACE_ONLY.fullmatch(part) is not None and not _NOT_A_PLACE.search(part)


#: words a bracketed place value's phrase may hold besides names: "both Luton", "only Bolton", "Telford & Wrekin",
#: "the North West", "Stoke-on-Trent", "Kingston upon Hull"
_PLACE_GLUE = frozenset("and & both only the of upon on in with were was".split())
#: capitalised words that name a measure or a group, never a place ("Looked After Children (450)", "Year 6 (20%)")
_NOT_PLACE = GROUP_WORDS | BODY_WORDS | frozenset(
    "child pupils pupils' children's children’s looked after referrals adult adults unknown "
    "year key stage reception foundation primary secondary special schools school total overall "
    "staff social health education directorate team teams budget budgets fund grant".split())


def place_only(phrase: str, left: str) -> bool:
    """Whether a figure in brackets right after a place's name is named by that place only ("These were Medway
    (11.0%) and Telford & Wrekin (14.0%)", "above both Luton (22.0%)"): ``left`` is the text before the figure,
    ending in "(" or "( ". Its measure is then the last one of the same unit named before.

    >>> place_only("Telford & Wrekin", "and Telford & Wrekin (")
    True
    >>> place_only("Looked After Children", "Looked After Children (")
    False
    >>> place_only("care leavers in EET in Oldham", "in Oldham (")
    False
    """
    if not left.rstrip().endswith("(") or not phrase[:1].isupper() and not phrase.lower().startswith(("both ", "only ")):
        return False
    head = left.rstrip()[:-1].rstrip()
    if not head[-1:].isalpha() or not phrase.endswith(head.rsplit(None, 1)[-1]):
        return False  # the phrase must end at the bracket: "Medway (", not "the rate in Medway was (" tidied
    names = 0
    for tok in phrase.replace("-", " ").split():
        t = tok.lower().strip("’'")
        if t in _PLACE_GLUE:
            continue
        if t in _NOT_PLACE or not tok[:1].isupper() or tok.isupper() and len(tok) > 1:
            return False
        names += 1
    return names > 0


#: words of a phrase that names a figure only by its comparator, place or time that name nothing, not even a
#: comparator ("from the figure", "the rate for Derby")
_COMPARATOR_NEUTRAL = frozenset("the of and other saw from to a an below above than up down for in rate percentage "
                                "proportion".split())
#: all words of a phrase that names a figure only by its comparator, place or time ("2019-20 comparator authority",
#: "other neighbouring authorities", "Derby's rate"); with capitalised names and years they name no measure
COMPARATOR_ONLY_WORDS = _COMPARATOR_NEUTRAL | frozenset(
    "comparator comparators authority authorities average averages national nationally regional region england "
    "statistical neighbour neighbours neighbouring similar figure level group 's ’s both mean median =".split()
)  # ("(Mean = 50,964)", "a Mean of 21,281": the average of the measure named before)
_COMPARATOR_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d/-]*")
#: what says, left of a figure, that it is a comparator's value or a place's: "the East Midlands average (",
#: "above other neighbouring authorities (", "Sefton's 2021-22 figure of", "With a figure of"
_COMPARATOR_LEFT = re.compile(
    r"(?i)\b(?:average|comparator|national|regional|neighbou?rs?|neighbouring|similar\s+authorities)\b"
    r"|\bfigure\s*(?:of|was|is|at|stood\s+at)?\s*\(?\s*$")
_COMPARATOR_LEFT_WORDS = ("averag", "compar", "nation", "region", "neighb", "similar", "figure")
_PERIOD_TOKEN = re.compile(r"^(?:19|20)\d{2}(?:[/-]\d{2,4})?$")


def comparator_named(text: str, start: int, sent_start: int, phrase: str) -> bool:
    """Whether a phrase names the figure only by its comparator, place or year ("comparator authority",
    "East Midlands", "Derby's 2019-20 figure", "North West: comparator authority") while the words left
    of the figure say it is a comparator's or a place's value: the measure is then the one before it.

    >>> t = "above the comparator authority average (14%)"
    >>> comparator_named(t, t.index("14"), 0, "comparator authority")
    True
    >>> t = "a national average for persistent absence of 21%"
    >>> comparator_named(t, t.index("21"), 0, "persistent absence")
    False
    """
    before = text[max(sent_start, start - 80):start]
    low_before = before.lower()
    if not any(w in low_before for w in _COMPARATOR_LEFT_WORDS):
        return False  # (speed) a necessary condition of _COMPARATOR_LEFT, tested first
    low = phrase.lower()
    if not any(w in low for w in ("comparator", "authorit", "average", "national", "region", "neighbour", "figure",
                                  "'s", "’s", "both", " for ")) and not phrase[:1].isupper() and not phrase[:1].isdigit():
        return False  # (speed) a lower-case phrase without a comparator word names its measure
    names = 0
    for tok in _COMPARATOR_TOKEN.findall(phrase):
        t = tok.lower()
        if t.endswith(("'s", "’s")):
            t, tok = t[:-2], tok[:-2]
            names += 1
        if t in COMPARATOR_ONLY_WORDS or _PERIOD_TOKEN.match(t):
            names += t not in _COMPARATOR_NEUTRAL
            continue
        if tok[:1].isupper() and not tok.isupper():
            names += 1  # a place's name ("Derby", "East Midlands"); not an acronym ("EHCP", "CLA")
            continue
        return False
    if not names:
        return False
    return _COMPARATOR_LEFT.search(before) is not None


#: a phrase that is only where a value is: "within the authority", "outside the county", "in the borough"
_PLACE_PP_ONLY = re.compile(
    r"(?i)(?:within|inside|outside|across|in|at)\s+(?:the\s+|this\s+|our\s+)?(?:local\s+)?(?:authority|county|borough|"
    r"city|area|region|district|country|council)")
_PLACE_PP_STARTS = ("wit", "ins", "out", "acr", "in ", "at ")


def place_pp_only(phrase: str) -> bool:
    """Whether ``phrase`` is only a preposition and the council's or area's common noun (where a value is, not what
    it measures): "residential care will cost £2,901 within the authority and around £4,608 from providers
    elsewhere".

    >>> [place_pp_only(p) for p in ("within the authority", "In the local area", "outside the county boundary",
    ...                             "in care")]
    [True, True, False, False]
    """
    return phrase[:3].lower() in _PLACE_PP_STARTS and _PLACE_PP_ONLY.fullmatch(phrase) is not None
