"""The words an indicator phrase is trimmed of, and the check of a poor phrase (part of :mod:`.phrase`).

:func:`is_poor` says a phrase names no measure (a function word, a date, a stray, a speaker, a name);
``_clean_phrase`` trims leading determiners, times and changes and trailing function words and verbs; the
word lists (prepositions, pronouns, organisation heads, date words) that every other part reads.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import COUNT_CHANGE_NOUNS
from .grammar import LeftWords, MONTHS, fold


def _ends_with(s: str, words: tuple[str, ...]) -> bool:
    """(speed) Whether ``s`` without the whitespace at its end ends with one of ``words`` (ASCII, lower
    case, at most 16 letters) in its folded text (:func:`.grammar.fold`): a cheap necessary condition
    for a case-insensitive pattern that ends with one of them and whitespace or the end."""
    return fold(s.rstrip()[-16:]).endswith(words)


#: function words a phrase does not end with
_TRAIL_WORDS = ("the", "a", "an", "of", "in", "to", "for", "and", "or", "with", "at", "on", "by", "from", "its", "their",
                "aged", "who", "whose", "were", "was", "between", "than", "around", "about", "nearly", "almost",
                "approximately", "roughly", "during")
_TRAIL_FUNCTION_WORDS = re.compile(rf"(?:\s+(?:{'|'.join(_TRAIL_WORDS)}))+$", re.I)
#: (speed) _TRAIL_FUNCTION_WORDS matches only where the last word of the text is one of these
_TRAIL_FUNCTION_WORD_SET = frozenset(_TRAIL_WORDS)


def _ends_with_trail_word(p: str) -> bool:
    """(speed) A necessary condition for _TRAIL_FUNCTION_WORDS in ``p``: its last word has whitespace before
    it and, folded (:func:`.grammar.fold`: what the case-insensitive pattern takes for ASCII letters), is one
    of its words."""
    words = p.split()
    return bool(words) and (len(words) > 1 or p[:1].isspace()) and fold(words[-1]) in _TRAIL_FUNCTION_WORD_SET


_TRAIL_PERIOD_NAME = re.compile(r"\s+(?:in|of|for|at|during)\s+(?:the\s+)?(?:Year|Quarter|Stage|Key\s+Stage|Level|Tier|Phase|Q|Term)$")
_TRAIL_TIME = re.compile(
    r"(?i)\s+(?:(?:in|during|over|for|at|by|across)\s+(?:the\s+)?(?:(?:last|past|previous|current|same|first|"
    r"academic|financial|calendar)\s+)?|this\s+|last\s+|next\s+)(?:year|quarter|month|period|week|term|"
    r"year\s+to\s+date)$"
)
#: the words a subject can end with before its number ("had risen to", "was around"): left out
_TRAIL_WORDS = LeftWords(
    """had, has, have, was, were, is, are, be, been, being, would, will, could, should, may, might, can, now,
    currently, still, also, already, recently, further, slightly, significantly, well, just, only, not,
    never, stood, stand, stands, standing, reached, reaching, reach, risen, rose, rise, rising, increased,
    increase, increasing, decreased, decrease, fallen, fell, fall, falling, dropped, drop, reduced, reduce,
    grown, grew, improved, improve, declined, totalled, totaled, total, exceeded, exceed, exceeds, forecast,
    forecasting, expected, predicted, projected, estimated, anticipated, likely, set, due, to, at, from, by,
    of, around, about, approximately, roughly, nearly, almost, some, over, under, above, below, up, down,
    in line with, the, average, national, much, high, low, little, excess, upwards, many, in the region,
    relatively, fairly, broadly, largely, stable, steady, static, constant, consistent, consistently,
    between, strong, positive, robust, good, poor, weak, stabilised, stabilized, settled, plateaued, peaked,
    levelled, leveled, showed, england, english, that, it, this, them, as, shows, show, reported, remained,
    remains, remain, equated, equates, amounted, amounts, came, comes, went, goes, gone, going, climbed, jumped,
    leapt, leaped, stayed, continues,
    continued, sat, sits, showing, represented, represents, there, again, then, than, more, less, fewer,
    equivalent, equating, equal, equals, better, worse, a, an,
    rocketed, soared, surged, spiked, shot, ballooned, spiralled, spiraled, mushroomed, doubled, trebled,
    tripled, halved, dipped, plummeted, plunged, tumbled, slumped, slipped, crept, edged, steadily, sharply,
    dramatically, considerably, substantially, markedly, massively, hugely, rapidly"""
)
_LEAD_DET = re.compile(
    r"^(?:(?:the|a|an|its|their|our|his|her|this|these|those|some|all|any|overall\s+the|and|or|but|"
    r"further|also|already|still|only|just|so|then|of|in|now|currently)\s+)+",
    re.I,
)
_LEAD_TIME_PP = re.compile(r"(?i)^(?:by|at|as\s+at|as\s+of|in|from|during|for)\s+(?:(?!the\b)[\w/-]+\s+){1,3}?(?=the\s)")
_LEAD_ING = re.compile(r"^\w+ing\s+(?=(?:an?|the|its|their|our)\b)", re.I)
_LEAD_CHANGE = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:significant|further|small|slight|large|overall)\s+)?(?:" + "|".join(COUNT_CHANGE_NOUNS) + r")\s+(?:of|in)\s+",
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
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "off",
    "and", "or", "by", "was", "were", "is", "are", "be", "been", "as", "than", "compared",
    "final", "closing", "provisional", "updated", "revised", "projected", "forecast",
}
_FUNCTION_WORDS = {
    "the", "a", "an", "of", "in", "to", "for", "and", "or", "with", "at", "on", "by", "from", "its",
    "their", "red", "amber", "green", "was", "were", "is", "are", "this", "that", "it", "which", "who",
}
_WORD_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.%]*")


def _words(s: str) -> list[str]:
    return _WORD_TOKEN.findall(s)


@lru_cache(maxsize=4096)
def _clean_phrase(p: str, max_words: int = 10) -> str:
    p = p.strip(" ,;:-–—'\"")
    p = _LEAD_ING.sub("", p)
    p = _LEAD_TIME_PP.sub("", p)  # "By outturn the final position", "At Quarter 3 the position"
    p = _LEAD_DET.sub("", p)
    p = _LEAD_CHANGE.sub("", p) if not _is_generic(p) else p
    words = p.split()
    if len(words) > max_words:
        p = " ".join(words[:max_words])
    # drop trailing function words
    p = _TRAIL_FUNCTION_WORDS.sub("", p) if _ends_with_trail_word(p) else p
    p = _TRAIL_PERIOD_NAME.sub("", p)
    p = _TRAIL_TIME.sub("", p) if len(p.split()) > 3 else p  # "requests in the year", "exclusions this term"
    if p[-2:] in (" c", " C"):
        p = p[:-2]  # (r20head) the circa of "an additional c£2m", "paying c£3m": a hedge, never the phrase's last word
    if all(w.lower() in _FUNCTION_WORDS for w in p.split()):
        return ""
    return p.strip(" ,;:-")


@lru_cache(maxsize=4096)
def _is_generic(p: str) -> bool:
    ws = [w.lower().strip("'’") for w in _words(p)]
    return all(w in _GENERIC or w[0].isdigit() for w in ws) if ws else True


_LEAD_SPACE = re.compile(r"\s+")


def _shares_word(a: str, b: str) -> bool:
    wa = {w.lower() for w in _words(a) if w.lower() not in _FUNCTION_WORDS}
    return bool(wa & {w.lower() for w in _words(b)})


def _DATE_OR_STRAY(phrase: str) -> bool:
    """A phrase never kept even when nothing better is found: a date, a stray word, a fragment of a
    word cut off ("six y") or a name ("Bury Council")."""
    low = [w.lower().strip(",.;:()'\"") for w in phrase.split()]
    return bool(low) and (all(_DATE_WORDS.match(w) for w in low if w) or (len(low) == 1 and low[0] in _STRAY)
                          or _is_fragment(phrase) or _is_name(phrase))


def _is_fragment(phrase: str) -> bool:
    """A word of one or two lower-case letters on its own: an excerpt cut mid-word ("six y")."""
    w = phrase.strip(" ,.;:()'\"")
    return bool(w) and " " not in w and len(w) <= 2 and not w.isupper() and not w[0].isdigit()


def _is_name(phrase: str) -> bool:
    """An organisation's name ("Bury Council", "the Local Authority"): capitalised words ending in
    a body's head word."""
    words = [w.strip(",.;:()'\"") for w in phrase.split()]
    words = [w for w in words if w and w.lower() not in ("the", "of", "and", "&")]
    return bool(words) and words[-1].lower() in _ORG_HEADS and all(w[0].isupper() for w in words)


#: single words that never name what a figure measures
_STRAY = frozenset("""
there here addition expectations expectation query question regard respect relation terms context view
light line place order part way basis point fact reference particular position running checked meanwhile
however overall respectively approximately around about currently primarily mainly mostly nationally
locally now also still already further annual
majority minority most half occasions times instances one-off just short
made paid held set put taken given seen done brought kept left met found shown
much many more less very enough
approx circa roughly nearly almost some thirds quarters therefore thus hence namely today
representing including totalling totaling amounting equating reaching rising falling increasing decreasing
showing indicating meaning leaving bringing making exceeding averaging involving affecting
million millions billion billions thousand thousands bn mn m k c
""".split())
#: (r20head) the scale words of an amount ("£252.5 million, which is £2.7 million" gave "million") and a lone letter (the
#: "c" of "c£2m", circa) are in _STRAY above: never a phrase
#: the last word of an organisation's name ("Bury Council"): a name is never what is measured
_ORG_HEADS = frozenset("council councils authority borough trust committee board panel forum ofsted esfa dfe".split())
#: a money figure's participle: "£8m invested to reshape ...", "received just short of £7.3m from the ESFA"
_MONEY_VERB = r"(?:invested|spent|allocated|received|paid|awarded|provided|committed|claimed|granted|saved)"
_PREPOSITIONS = frozenset("at in on by for from with to into during across of within after before under over".split())
#: the words that head no noun phrase of a measure: those prepositions and a few more ("since the last meeting", "upon
#: agreed DSG", "towards overspend", "apart from")
_LEAD_PREPOSITIONS = _PREPOSITIONS | frozenset("since upon until through towards via apart".split())
_PRONOUNS = frozenset("there here we it they this that these those he she i you".split())
_TITLES = frozenset("mr mrs ms miss dr councillor cllr professor sir dame lord lady".split())
_AFTER_VERB = frozenset("a an the its their our his her that this these just also over into by to at in on from up down".split())
_DATE_WORDS = re.compile(
    rf"(?i)^(?:{MONTHS}|\d{{1,4}}(?:/\d{{2,4}})?|end|start|beginning|of|the|at|in|by|as|from|to|since|during|autumn|"
    rf"spring|summer|winter|terms?|quarters?|q[1-4]|years?|months?|weeks?|academic|financial|calendar|first|second|"
    rf"third|fourth|last|this|previous|current|same|period|date|ytd|year-to-date)$"
)


#: a speaker and a reporting verb ("Members asked whether"), not a measure
_SPEAKER = re.compile(
    r"(?i)\b(?:asked|queried|questioned|noted|said|stated|advised|explained|reported|confirmed|highlighted|"
    r"wondered|commented)(?:\s+(?:whether|if|that|about|how|why|what))?$"
)
#: (speed) the last words of _SPEAKER's alternatives
_SPEAKER_ENDS = ("asked", "queried", "questioned", "noted", "said", "stated", "advised", "explained", "reported",
                 "confirmed", "highlighted", "wondered", "commented", "whether", "if", "that", "about", "how", "why",
                 "what")


def _speaker_end(phrase: str) -> bool:
    """(speed) ``_SPEAKER.search(phrase) is not None``, searched only where the phrase ends with one of
    its last words (:func:`_ends_with`)."""
    return _ends_with(phrase, _SPEAKER_ENDS) and _SPEAKER.search(phrase) is not None


@lru_cache(maxsize=8192)
def is_poor(phrase: str) -> bool:
    """Whether an indicator phrase names nothing measured: empty, generic, a stray word, an adverb,
    a date, a person, a pronoun or preposition at its head, or a verb with its object.

    >>> [is_poor(p) for p in ("currently", "March 2016", "There", "at the end of 23/24 we", "reduced the deficit")]
    [True, True, True, True, True]
    >>> [is_poor(p) for p in ("children in care", "forecast overspend", "CLA", "Attendance")]
    [False, False, False, False]
    """
    words = phrase.replace("’", "'").split()
    if not words or _is_generic(phrase) or _is_fragment(phrase) or _is_name(phrase):
        return True
    low = [w.lower().strip(",.;:()'\"") for w in words]
    if all(_DATE_WORDS.match(w) for w in low if w):
        return True
    first = low[0]
    if first in _PRONOUNS or first in _LEAD_PREPOSITIONS or first in _TITLES or _speaker_end(phrase):
        return True
    if len(low) == 1:
        w = low[0]
        return w in _STRAY or (w.endswith(("ly", "ive", "ed", "spent")) and not words[0].isupper())
    if all(w in _STRAY or w in _GENERIC or _adverb_or_participle(w) for w in low):
        return True  # "especially given"
    return first.endswith("ed") and low[1] in _AFTER_VERB  # "reduced the deficit", "increased over"


def _adverb_or_participle(w: str) -> bool:
    """An -ly, -ed or -en word that is not a noun ("need", "children", "women").

    >>> [_adverb_or_participle(w) for w in ("especially", "given", "reduced", "need", "children")]
    [True, True, True, False, False]
    """
    if w in _EN_ED_NOUNS:
        return False
    return w.endswith("ly") or (w.endswith(("ed", "en")) and not w.endswith("eed") and len(w) > 4)


_EN_ED_NOUNS = frozenset("children women men kitchen garden screen seed need bed shed red amber green".split())
_OF_NP_STOP = re.compile(
    r"(?i)[.;:,()]|\s(?:that|which|who|was|were|is|are|had|has|have|during|compared|against|than|when|while|"
    r"whilst|as|but|because|since|and\s+(?:the|a|an|this|that|it))\b"
)
_COPULA_PARTICIPLE = re.compile(
    r"(?i)\b([A-Za-z][\w'’ -]{2,60}?)\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:currently\s+|now\s+|still\s+)?(\w+(?:ed|ent))\s+(?:by|at|to)?\s*$"
)


@lru_cache(maxsize=4096)
def _copula_participle(left: str) -> re.Match[str] | None:
    """(speed) ``_COPULA_PARTICIPLE.search(left)``, memoised per pass, and searched only where ``left`` ends
    with one of the pattern's last letters or words (:func:`_ends_with`)."""
    return _COPULA_PARTICIPLE.search(left) if _ends_with(left, ("ed", "ent", "by", "at", "to")) else None


def _np_of(s: str) -> str:
    """The noun phrase at the start of ``s`` up to a clause break (numbers allowed: "3 or more moves")."""
    rm = _RELATIVE_PARTICIPLE.match(s)
    if rm:  # "occasions on which a child was admitted into care" -> "occasions admitted into care"
        return _clean_phrase(f"{rm.group(1)} {rm.group(2)}", 10)
    m = _OF_NP_STOP.search(s)
    body = s[: m.start()] if m else s
    return _clean_phrase(body, 10)


_RELATIVE_PARTICIPLE = re.compile(
    r"(?i)^(\w+)\s+(?:on|in|at)\s+which\s+[^.;:,()]{1,60}?\b(?:was|were|is|are|had\s+been|have\s+been)\s+"
    r"(\w+ed\b[^.;:,()]{0,60}?)(?=\s+(?:remained|remains|was|were|is|are|had|has|have)\b|[.;:,()]|$)"
)


#: (speed) a money verb after a word: the tail of :func:`_money_verb_after`
_MONEY_VERB_THEN = re.compile(rf"(?i)\s+({_MONEY_VERB})\b")


def _money_verb_after(right: str, word: str) -> re.Match | None:
    """``re.match(rf"(?i)^\\s+{re.escape(word)}\\s+({_MONEY_VERB})\\b", right)`` without a pattern per
    word where that is sure to give the same: ``word`` opens with a non-space (so the spaces before it
    are all those ``right`` opens with) and the text there is ASCII like ``word`` (so "the same but
    for case" is ``lower()``)."""
    lead = _LEAD_SPACE.match(right)
    if lead is None:
        return None
    at = lead.end()
    there = right[at:at + len(word)]
    if word and not word[0].isspace() and word.isascii() and there.isascii():
        return _MONEY_VERB_THEN.match(right, at + len(word)) if there.lower() == word.lower() else None
    return re.match(rf"(?i)^\s+{re.escape(word)}\s+({_MONEY_VERB})\b", right)
