"""Comparators and places' values of a measure, and forecasts (part of :mod:`.phrase`).

:func:`comparator_of` ("the national average of"), :func:`names_comparator`, :func:`place_value_of` ("compared to
3.1% nationally"), :func:`forecast_of_np` (", currently forecasted at").
"""

from __future__ import annotations

import re

from .phrase_words import _PREPOSITIONS, _is_generic, is_poor
from .phrase_subject import subject
from .phrase_np import _DETERMINERS

#: the place of a comparator's value, left of the figure: "the national average of", "statistical neighbours' average
#: of", "the regional rate of", "an east of England average of" (not a time: "the previous year's" names the same
#: measure at another time)
_COMPARATOR_PLACE_LEFT = re.compile(
    r"(?i)\b(national|regional|east\s+of\s+england|england|statistical\s+neighbours?['’]?|similar\s+authorities['’]?)"
    r"(?:\s+(average|figure|rate|level|position|outturn|picture|performance))?"
    r"(?:\s+average)?\s*(?:of|at|was|is|stood\s+at|,)?\s*"
    r"(?:around|about|approximately|nearly|almost|just\s+(?:over|under))?\s*$")


def comparator_of(before: str, measure: str) -> str:
    """``measure`` (the measure named before) as the value of the comparator that ``before`` (the words left of the
    figure) ends on: "<comparator>: <measure>"; the measure alone when the comparator is a time, or the measure already
    names a comparator. A place's own measure is named without the place ("Hull's ...", "... for Barnet").

    >>> comparator_of("3.7 per cent of children have EHCPs against the national average of ", "children with EHCPs")
    'national average: children with EHCPs'
    >>> comparator_of("is below Calderdale's statistical neighbour rate of ", "children looked after")
    'statistical neighbour rate: children looked after'
    >>> comparator_of("up from the previous year's ", "children in care")
    'children in care'
    >>> comparator_of("above the national rate of ", "national rate of children in need")
    'national rate of children in need'
    >>> comparator_of("above the regional rate of ", "rate of children made subject to a CPP")
    'regional rate of children made subject to a CPP'
    >>> comparator_of("was below the national average of ", "Derby's rate")
    'national average rate'
    >>> comparator_of("higher than the national average of ", "rate of appeal for Barnet")
    'national average rate of appeal'
    >>> comparator_of("87.5pc in Cambridgeshire and an east of England average of ", "pupils meeting the standard")
    'east of England average: pupils meeting the standard'
    >>> comparator_of("above the national average of ", "Hull's persistent absence rate")
    'national average: persistent absence rate'
    """
    m = _COMPARATOR_PLACE_LEFT.search(before)
    if m is None:
        return measure
    comp = " ".join(m.group(1).split())
    # ("England average"; (r19review2) "an east of England average of 50.8pc": the region's, not England's)
    comp = _ENGLAND.sub("England", comp.lower())
    noun = m.group(2).lower() if m.group(2) else "average"
    comp = f"{comp} {'figure' if noun in ('picture', 'position') else noun}"  # ("the national picture of 93.4%")
    low = measure.lower()
    if any(w in low for w in ("national", "regional", "england", "neighbour", "similar authorit", "average", "comparator")):
        return measure
    own = _OWNER_POSSESSIVE.match(measure)
    if own:  # "Derby's rate", "Barnet Council's rate": the place's own value; the comparator's is not Derby's
        rest = measure[own.end():]
        if rest.lower() in ("rate", "figure", "level", "performance"):
            return comp if comp.endswith(rest.lower()) else f"{comp} {rest.lower()}"
        measure = rest
    elif (ow := _PLACE_OWNER.match(measure)) is not None and ow.group(1).lower() not in _NOT_PLACE_OWNERS \
            and len(measure) > ow.end():
        # (r19review2) "Hull's persistent absence rate", "Torbay's care leavers in education": the place's own measure; the
        # comparator's value is of that measure, not the place's ("national average: persistent absence rate")
        measure = measure[ow.end():]
    if (pl := _FOR_PLACE_END.search(measure)) is not None and pl.start() > 0:
        measure = measure[:pl.start()]  # "rate of appeal for Barnet": the place's own; the comparator's is not Barnet's
    if measure[:8].lower() == "rate of " and comp.endswith((" rate", " average")):
        # "the national rate of 56" after "rate of children made subject to a CPP": "national rate of children ..."; "the
        # national average of 60" after it: "national average rate of children ..."
        return f"{comp}{measure[4:]}" if comp.endswith(" rate") else f"{comp} {measure[0].lower()}{measure[1:]}"
    return f"{comp}: {measure}"


#: "england" in a comparator's name, to capitalise
_ENGLAND = re.compile(r"\bengland\b")
#: a place the measure before was of, at its end: " for Barnet", " in North Yorkshire"
_FOR_PLACE_END = re.compile(r"\s+(?:for|in)\s+(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*$")
#: the owner of a place's own value: "Derby's ", "Barnet Council's ", "Torbay's " (capitalised words and a possessive)
_OWNER_POSSESSIVE = re.compile(
    r"(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*['’]s\s+(?=(?:rate|figure|level|performance|position)\b)")
#: (r19review2) the owner of a measure at its start, any measure: "Hull's ", "North Yorkshire's " (capitalised words and a
#: possessive); its last word in group 1
_PLACE_OWNER = re.compile(r"(?:[A-Z][\w&-]*\s+){0,3}([A-Z][\w&-]*)['’]s\s+")
#: capitalised possessives that open a measure and are no place: "Children's services", "Young People's Plan", "Child's
#: disability"
_NOT_PLACE_OWNERS = frozenset("children people women men parents carers pupils students girls boys learners child person "
                              "woman man parent carer pupil student girl boy learner family families".split())
#: the comparator :func:`comparator_of` names before a measure: "national average: ", "statistical neighbour rate"
_COMPARATOR_HEAD = re.compile(
    r"(?i)(?:national|regional|(?:east\s+of\s+)?england|statistical\s+neighbours?['’]?|similar\s+authorities['’]?)\s+"
    r"(?:average|figure|rate|level|position|outturn|picture|performance)(?:\s+rate)?(?::\s|$|\s+of\s)")


def names_comparator(phrase: str) -> bool:
    """Whether ``phrase`` opens on the comparator :func:`comparator_of` or :func:`place_value_of` names (a later figure
    then inherits the measure before it, not the comparator).

    >>> names_comparator("national average: children with EHCPs"), names_comparator("national average rate of pupils")
    (True, True)
    >>> names_comparator("east of England average: pupils meeting the standard")
    True
    >>> names_comparator("North East figure: looked after children"), names_comparator("West Midlands figure: pupils")
    (True, True)
    >>> names_comparator("target: children in care"), names_comparator("national insurance contributions")
    (False, False)
    """
    return phrase[:1] in "nNrReEsSwWyYlL" and (_COMPARATOR_HEAD.match(phrase) is not None
                                              or _REGION_FIGURE_HEAD.match(phrase) is not None)


#: (r19phrase2) a comparison's second value named by the place it is of, right after it: "compared to 3.1%
#: nationally", "and 55.7% in England as a whole", "and over 18% in the North East" (group 1: nationally; 2: England;
#: 3: a region of England)
_PLACE_VALUE_RIGHT = re.compile(
    r"(?i)^\s*(?:(?:per\s*cent|percent|pc)\b|%)?\s*(?:(nationally)|(?:in|across)\s+(England)(?:\s+as\s+a\s+whole)?|"
    r"(?:in|across)\s+(?:the\s+)?(north[\s-]+east|north[\s-]+west|south[\s-]+east|south[\s-]+west|east\s+of\s+england|"
    r"west\s+midlands|east\s+midlands|yorkshire\s+and\s+(?:the\s+)?humber|london))\b(?![\s-]+(?:council|borough|authorit|region"
    r"|average|rate|figure|(?-i:[A-Z])))")
#: the words that join a comparison's second value to the first, right before it: "compared to", "against", "and"
_COMPARED_JOIN_LEFT = re.compile(
    r"(?i)(?:\bcompared\s+(?:to|with)|\bagainst|\bversus|\bvs\.?|\band|\bwhile|\bwhilst|,)\s+(?:(?:about|around|"
    r"approximately|nearly|almost|over|just(?:\s+over|\s+under)?|only)\s+)?[£]?$")
#: the head :func:`place_value_of` names for a region: "North East figure: "
_REGION_FIGURE_HEAD = re.compile(
    r"(?i)(?:north[\s-]+east|north[\s-]+west|south[\s-]+east|south[\s-]+west|east\s+of\s+england|west\s+midlands|"
    r"east\s+midlands|yorkshire\s+and\s+(?:the\s+)?humber|london)\s+figure:\s")
#: the owner of a place's own measure at its start: "The city's ", "Derby's ", "the council's "
_OWNER_START = re.compile(r"^(?:(?:the|The)\s+(?:city|county|borough|council|authority|district)['’]s|"
                          r"(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*['’]s)\s+")
#: the place of a place's own measure inside it: "pupils in St Helens who reached ...", "... per 10,000 children in
#: Norfolk" (the place's capitalised words, then the phrase's end, a clause or a bracket)
_IN_PLACE = re.compile(r"\s+(?:in|for|across)\s+(?:the\s+)?(?!England\b)(?:[A-Z][\w&-]*\s+){0,2}[A-Z][\w&-]*"
                       r"(?=\s*$|\s*[,(]|\s+(?:who|that|which|was|were|is|are)\b)")
#: the council's place used as an adjective inside its measure: "in Derbyshire secondary schools" (the place's
#: capitalised words right after "in", then the measure's lower-case words to its end)
_IN_PLACE_ADJECTIVE = re.compile(r"(?<=\sin)\s+(?!England\b)(?:[A-Z][\w&-]*\s+){0,2}[A-Z][\w&-]*(?=\s+[a-z])")
#: (r19phrase2) a comparator's value inside its noun phrase: "the 60 per cent national average", "the 10% national
#: average" (group 1: the place; 2: its noun), right after the figure
_PLACE_AVERAGE_RIGHT = re.compile(
    r"(?i)^\s*(?:(?:per\s*cent|percent|pc)\b|%)?\s+(national|regional|England|statistical\s+neighbours?['’]?)\s+"
    r"(average|rate|figure)\b")
#: a phrase led by a place, then a time or a preposition: "Slough in December 2019 in the second quintile"
_PLACE_LED = re.compile(r"(?:[A-Z][\w&-]*\s+){0,2}[A-Z][\w&-]*\s+(?:in|at|on|for|during)\s")
_COMPARATOR_WORDS = ("national", "regional", "england", "neighbour", "similar authorit", "average", "comparator")
#: a region of England named in a measure ("North East rise in looked after children"): it already names its place
_REGION_IN = re.compile(r"(?i)\b(?:north[\s-]+east|north[\s-]+west|south[\s-]+east|south[\s-]+west|west\s+midlands|"
                        r"east\s+midlands|yorkshire\s+and\s+(?:the\s+)?humber|london)\b(?!\s+(?-i:[A-Z]))")


def place_value_of(before: str, right: str, prev_in_sentence: str) -> str:
    """(r19phrase2) The phrase of a comparison's second value named by the place it is of, right after it ("compared
    to 65 percent nationally", "and 18% in the North East"): the measure of the figure before in the sentence, as that
    place's ("national figure: <measure>"), without the council's own place or owner; "" when ``right`` names no such
    place, ``before`` does not join a second value, or the measure before is none or already names a comparator.

    >>> place_value_of("6.2%, compared to ", " nationally.", "Persistent absences in Derbyshire secondary schools")
    'national figure: Persistent absences in secondary schools'
    >>> place_value_of("reached the expected outcome, compared to ", " nationally.",
    ...                "Key Stage 2 pupils in St Helens who reached the expected outcome")
    'national figure: Key Stage 2 pupils who reached the expected outcome'
    >>> place_value_of("a rate of 10.1% compared to ", " nationally.", "The city's secondary school absence rate")
    'national figure: secondary school absence rate'
    >>> place_value_of("This compared to 49.3% in the East of England and ", " in England as a whole.", "plans issued")
    'England figure: plans issued'
    >>> place_value_of("rose by 4% compared to a national increase of 10% and over ", " in the North East.",
    ...                "looked after children in South Tyneside")
    'North East figure: looked after children'
    >>> place_value_of("within 20 weeks - and well below the ", " national average.",
    ...                "children with SEND received their EHCP within 20 weeks")
    'national average: children with SEND received their EHCP within 20 weeks'
    >>> place_value_of("suspensions increased by ", " across England.", "suspensions")
    ''
    >>> place_value_of("7.0% compared to ", " in England.", "Slough in December 2019 in the second quintile")
    ''
    """
    m = _PLACE_VALUE_RIGHT.match(right)
    am = None
    if m is None and before[-4:].lower() == "the " and before[-5:-4].isspace():
        am = _PLACE_AVERAGE_RIGHT.match(right)  # "well below the 60 per cent national average"
    if m is None and am is None or not prev_in_sentence \
            or m is not None and _COMPARED_JOIN_LEFT.search(before) is None:
        return ""
    low = prev_in_sentence.lower()
    if any(w in low for w in _COMPARATOR_WORDS) or names_comparator(prev_in_sentence) \
            or _REGION_IN.search(prev_in_sentence):
        return ""
    measure = _OWNER_START.sub("", prev_in_sentence, count=1)
    measure = _IN_PLACE.sub("", measure, count=1).strip()
    if measure == _OWNER_START.sub("", prev_in_sentence, count=1):
        measure = _IN_PLACE_ADJECTIVE.sub("", measure, count=1)
    if not measure or is_poor(measure) or _is_generic(measure) or _PLACE_LED.match(measure) \
            or "n't" in measure or "n’t" in measure:
        return ""  # "Slough in December 2019 ...": a place and a time, no measure; "don't": a verb
    if am is not None:
        place = am.group(1)
        return f"{'England' if place.lower() == 'england' else place.lower()} {am.group(2).lower()}: {measure}"
    if m.group(1):
        head = "national"
    elif m.group(2):
        head = "England"
    else:
        head = " ".join(w if w in ("of", "and", "the") else w.capitalize() for w in m.group(3).replace("-", " ").lower().split())
    return f"{head} figure: {measure}"


#: a forecast's participle after the noun phrase it values, right before the figure: ", currently forecasted at",
#: ", estimated to be", " which is expected to hit about"
_FORECAST_AFTER_NP = re.compile(
    r"(?i)(?:,\s*(?:(?:currently|now|also|still)\s+)?|\s(?:which|that)\s+(?:is|are|was|were)\s+(?:(?:currently|now|"
    r"also|still)\s+)?)(?P<p>forecast(?:ed)?|projected|predicted|estimated|expected)\s+"
    r"(?:at|to\s+(?:be|hit|reach|total))\s+(?:(?:about|around|approximately|nearly|almost|over|more\s+than|up\s+to|"
    r"just\s+(?:over|under))\s+)?[£$€]?$")
#: the words a forecast's noun phrase starts after, going left from its last preposition phrase
_FORECAST_NP_STOP = frozenset("a an the its their our his her this that these those there it is are was were has have "
                              "had be been remains remain said says cites cited and or but which who with".split())


def forecast_of_np(before: str) -> str:
    """The noun phrase a forecast's participle follows, with the participle as its hedge: "There remains a significant
    overspend on DSG funded activities, currently forecasted at " -> "forecast significant overspend on DSG funded
    activities"; "" when ``before`` does not end so or no noun phrase is found. The noun phrase is its head (the last
    two words before its first preposition, stopped at an article, a verb of being or a clause word) and the preposition
    phrases after it.

    >>> forecast_of_np("There remains a significant overspend on DSG funded activities, currently forecasted at ")
    'forecast significant overspend on DSG funded activities'
    >>> forecast_of_np("the funding would help tackle a gap in the budget for SEND provision which is expected to hit about £")
    'expected gap in the budget for SEND provision'
    >>> forecast_of_np("The report cites 'underlying' financial pressures in children's services, estimated to be £")
    "estimated financial pressures in children's services"
    >>> forecast_of_np("The deficit was forecast at "), forecast_of_np("It is, currently forecasted at ")
    ('', '')
    """
    m = _FORECAST_AFTER_NP.search(before)
    if m is None:
        return ""
    words = before[:m.start()].split()
    if not words or words[-1][-1:] in ".;:)":
        return ""
    first_prep = None
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lower().strip('"“”‘’')
        if w in _FORECAST_NP_STOP and not (i > 0 and w in _DETERMINERS and words[i - 1].lower() in _PREPOSITIONS):
            break  # ("in the budget": a preposition's article is no start)
        if w in _PREPOSITIONS:
            first_prep = i
    if first_prep is None or first_prep == 0:
        return ""
    head: list[str] = []
    for w in reversed(words[max(0, first_prep - 2):first_prep]):
        bare = w.strip('"“”‘’').lower()
        if bare in _FORECAST_NP_STOP or not bare[:1].isalpha() or bare in _PREPOSITIONS:
            break
        head.insert(0, w.strip('"“”‘’'))
    if not head:
        return ""
    p = m.group("p").lower()
    hedge = "forecast" if p in ("forecast", "forecasted", "projected", "predicted") else p
    return " ".join([hedge] + head + [w.strip('"“”‘’') for w in words[first_prep:]])
