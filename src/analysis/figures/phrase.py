"""The indicator phrase: what a figure measures, as a short noun phrase from its sentence.

:func:`indicator_phrase` is the one place that decides the ``indicator`` column. In order:

1. a part of the previous figure ("of whom 412 were ...");
2. the object of "N% of X" / "£N of X" ("68% of EHCPs completed in time");
3. the noun a count modifies ("86 conceptions to under 18s", "six schools"), with a participle
   tail ("1,456 children were receiving SEN support");
4. the same verb left out ("64 were placed in homes and 287 with foster carers");
5. the subject of "X had risen to N", "X was N" (:func:`subject`), with the antecedent of "which",
   a pronoun's referent ("it had reduced") or, for a generic subject ("the rate", "figures"), the
   segment's lead-in topic ("Rereferrals - ...", :func:`find_topic`) or the previous figure's phrase.

It also says *how* the phrase was found (``own``, ``inherited``, ``part``, ``complement``), which
:func:`analysis.figures.indicators.classify` uses to decide the canonical ``indicator_id``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import month_alternation
from .context import CLAUSE_SPLIT_RIGHT, CLAUSE_WORDS, CLAUSE_WORDS_RIGHT, EHC_COMMA_NEXT, NEET_COMMA_NEXT, SKIP_ALT
from .grammar import MONTHS, Hit, LeftWords, fold, may_end_with
from .kinds import HYPHEN_YEARS_RIGHT, NAMED_PLAN_RIGHT, plan_noun_right
from .places import COMPARATOR_ONLY_WORDS as _COMPARATOR_ONLY_WORDS, comparator_named, place_only  # (place_only: re-exported)
from .places import place_pp_only
from .rules import FigureRules, phrase_regex

#: a share of the figure named just before: "£1,785k, representing 1.25% of", "£2.9m, equivalent to 4% of"
_SHARE_OF_PREV_LEFT = re.compile(
    r"(?i)\d\S*\s*(?:,|\(|\band)\s*(?:representing|represents|equivalent\s+to|equating\s+to|equates\s+to|"
    r"which\s+(?:is|was|represents|represented))\s+(?:about\s+|around\s+|approximately\s+|some\s+|almost\s+|nearly\s+)?$"
    # "950 re-referrals in the year, accounting for 20% of all referrals": the figure before, as a share of a
    # whole, whatever words come between it and the comma
    r"|(?i:\d[^.;:%£]{0,80}?,\s*(?:accounting|which\s+accounted|that\s+accounted|and\s+accounted)\s+for\s+"
    r"(?:about\s+|around\s+|approximately\s+|some\s+|almost\s+|nearly\s+|just\s+over\s+|just\s+under\s+|over\s+|under\s+)?$)"
)
_LEAD_PERIOD = re.compile(r"^(?:(?:19|20)\d{2}(?:\s?[/-]\s?\d{2,4})?\s+)")
#: "all (of) (the)" before the whole of a share: "20% of all referrals" is a share of referrals
_ALL_OF_THE = re.compile(r"(?i)^all\s+(?:of\s+)?(?:the\s+)?(?=[a-z])")
#: a percentage change of what follows: "a 37% increase in the number of EHCPs"
_PCT_CHANGE_IN_RIGHT = re.compile(
    r"(?i)^\s+(increase|rise|reduction|decrease|fall|drop|growth|decline|uplift)\s+(?:in|of)\s+([^.;:()]{3,120})")
_PCT_CHANGE_BARE_RIGHT = re.compile(
    r"(?i)^\s+(increase|rise|reduction|decrease|fall|drop|growth|decline)\b(?!\s+(?:in|of)\b)(?=\s+(?:on|since|from|"
    r"compared|over|year|in\s+(?:the\s+)?(?:last|past|previous))\b|\s*[.;,]|\s*$)")
_OF_NUMBER = re.compile(r"(?i)^(?:the\s+)?(?:number|numbers|total)\s+of\s+")
#: a value of the same measure for a comparator or another time: "the national average of",
#: "the previous year's nearly", "statistical neighbours at"
_COMPARATOR_VALUE_LEFT = re.compile(
    r"(?i)\b(?:the\s+)?(?:national(?:\s+average)?|regional(?:\s+average)?|england(?:\s+average)?|"
    r"statistical\s+neighbours?['’]?(?:\s+average)?|similar\s+authorities['’]?(?:\s+average)?|"
    r"previous\s+year['’]?s?|last\s+year['’]?s?|same\s+period\s+last\s+year)"
    r"(?:\s+(?:figure|rate|level|position|outturn|picture|performance))?\s*(?:of|at|was|is|stood\s+at|,)?\s*"
    r"(?:around|about|approximately|nearly|almost|just\s+(?:over|under))?\s*$"
)
#: a restatement of the figure before in another form: "This equates to a rate of", "equating to", "which is equivalent
#: to", "this equated to an average of"
_EQUATES_LEFT = re.compile(
    r"(?i)\b(?:equates|equated|equating|equate|(?:is|was|are|were|being)\s+equivalent|equivalent)\s+to\s+"
    r"(?:(?:a|an)\s+)?(?:(?:overall|average|approximate)\s+)?(?:(rate)|average|figure|total|proportion)?(?:\s+of)?\s*"
    r"(?:around|about|approximately|nearly|almost|just\s+(?:over|under))?\s*$")
_FIGURE_FOR_LEFT = re.compile(
    r"(?i)\bthe\s+(?:figure|rate|position|outturn)\s+for\s+[^.;,]{1,40}?\s+(?:would\s+be|will\s+be|was|is|stood\s+at)\s*"
    r"(?:around|about|approximately|nearly|almost)?\s*$"
)
#: the new value of a measure after a change: "with a slight increase to", "a further fall to"
_CHANGE_TO_LEFT = re.compile(
    r"(?i)\b(?:an?\s+|the\s+)?(?:(?:slight|small|significant|sharp|large|further|marked|modest)\s+)?"
    r"(?:increase|rise|decrease|reduction|fall|drop|improvement|deterioration)\s+to\s*(?:around\s+|about\s+|nearly\s+)?$")
#: a container of counted things: "a list of 500 families", "a cohort of 120 pupils"
_LIST_OF_LEFT = re.compile(r"(?i)\b(?:a|the)\s+(?:list|cohort|group|sample|pool|caseload|waiting\s+list)\s+of\s*$")
#: money received by someone: "could receive up to", "are paid"
_PAID_TO_LEFT = re.compile(
    r"(?i)\b(?:receive[sd]?|receiving|(?:be|are|were|is|was)\s+paid|gets?|got)\s+(?:up\s+to\s+|around\s+|about\s+|over\s+|"
    r"nearly\s+|an\s+average\s+of\s+|on\s+average\s+)?$")
_MODAL_END = re.compile(r"(?i)\s+(?:could|can|would|will|may|might|should|must|do|did|does)\s*$")
#: money coming in: "the programme would bring in over", "had generated", "secured"
_INCOME_LEFT = re.compile(
    r"(?i)\b(?:bring|brings|brought|bringing)\s+in\s+(?:over\s+|around\s+|about\s+|up\s+to\s+|nearly\s+|almost\s+)?$"
    r"|\b(?:generate[sd]?|generating|secured?|securing|attract(?:ed|s)?|raised?)\s+(?:over\s+|around\s+|about\s+|up\s+to\s+|nearly\s+)?$"
)
_FUNDING_NP_RIGHT = re.compile(
    r"(?i)^\s+((?:[\w-]+\s+){0,4}(?:funding|grant|payments?|income|allocation|contribution|investment))\b")
#: a total given after its noun phrase: "the following additional savings, totalling" (searched only
#: when the text ends with one of the words: ``_TOTALLING.may_end``)
_TOTALLING = LeftWords("totalling, totaling, amounting to, which totalled, which totaled")
_TOTALLING_LEFT = re.compile(rf"(?i)\b([A-Za-z][^,;:.()]{{2,80}}?)\s*,\s*{_TOTALLING.regex}\s*$")
_LEAD_VERB_CLAUSE = re.compile(
    r"(?i)^.*?\b(?:recommended|agreed|approved|proposed|identified|noted|reported|received|made|found|were|was|are|is|"
    r"had|has|have)\s+(?:that\s+)?"
)
#: the whole a part is taken out of: "out of a workforce of", "out of"
_OUT_OF_LEFT = re.compile(r"(?i)\bout\s+of\s+(?:a|an|the|its|their|our)?\s*(?:total|workforce|cohort|establishment|population)?\s*(?:of\s+)?$")
#: a place labelling a value inside brackets: "(Oldham: 11.5%", "and national: 12.6%"
_PLACE_LABEL_LEFT = re.compile(
    r"\(\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|national(?:\s+average)?|england|regional|region|"
    r"statistical\s+neighbours?|[A-Z]{2,4})\s*:\s*(?:[^()]*?(?:,|\band)\s*(?:[A-Z][\w'’.-]*|national(?:\s+average)?|"
    r"england|regional|statistical\s+neighbours?|[A-Z]{2,4})\s*:\s*)?$"
)
#: (speed) how ``before`` (folded, without the spaces at its end) must end for a pattern of
#: :func:`_indicator_phrase` to match: the last words of its alternatives (``$`` after optional words)
_BEFORE_ENDS = {
    "figure_for": ("be", "was", "is", "at", "around", "about", "approximately", "nearly", "almost"),  # _FIGURE_FOR_LEFT
    "change_to": ("to", "around", "about", "nearly"),  # _CHANGE_TO_LEFT
    "comparator_value": ("around", "about", "approximately", "nearly", "almost", "over", "under", "of", "at", "was", "is",
                         ",", "figure", "rate", "level", "position", "outturn", "national", "average", "regional",
                         "england", "neighbour", "neighbours", "authorities", "year", "years", "'", "’", "'s",
                         "’s", "picture", "performance"),  # _COMPARATOR_VALUE_LEFT
    "paid_to": ("receive", "received", "receives", "receiving", "paid", "get", "gets", "got", "to", "around",
                "about", "over", "nearly", "of", "average"),  # _PAID_TO_LEFT
    "income": ("in", "over", "around", "about", "to", "nearly", "almost", "generate", "generates", "generated",
               "generating", "secure", "secured", "securing", "attract", "attracted", "attracts", "raise",
               "raised"),  # _INCOME_LEFT
    "over_budget_by": ("by", "than", "over", "around", "about", "almost", "nearly", "some", "under"),  # _OVER_BUDGET_BY_LEFT
    "share_of_prev": ("representing", "represents", "to", "is", "was", "represented", "about", "around",
                      "approximately", "some", "almost", "nearly", "for", "over", "under"),  # _SHARE_OF_PREV_LEFT
}
#: (speed) patterns of :func:`_indicator_phrase` compiled once (not looked up in ``re``'s cache per figure)
_WHICH_THAT_END = re.compile(r"\b(?:which|that)\s*$", re.I)
_TO_END = re.compile(r"\bto\s*$")
_OF_WHICH_END = re.compile(r"\bof\s+(?:which|whom|these|those|this|them)\s*$", re.I)
#: (speed) _COMPARATOR_VALUE_LEFT matches only where one of these words is; _CHANGE_TO_LEFT, one of those
_COMPARATOR_VALUE_WORDS = ("national", "regional", "england", "neighbour", "authorities", "year")
_CHANGE_TO_WORDS = ("increase", "rise", "decrease", "reduction", "fall", "drop", "improvement", "deterioration")


_HEDGE_LENGTHS = (5, 6)  # (speed) of "about" and of "around", "nearly": the hedges at the end of _CHANGE_TO_LEFT
_CHANGE_TO_MAXLEN = max(map(len, _CHANGE_TO_WORDS))


def _change_to_from(before: str) -> int:
    """(speed) Where to start the search of _CHANGE_TO_LEFT in ``before``, to know whether it matches.

    A match ends with the change word, whitespace, "to", maybe whitespace and a hedge of 5 or 6 letters,
    and whitespace; the change word then ends where ``before`` ends without these, read back with each
    hedge length or none, and starts at most ``_CHANGE_TO_MAXLEN`` letters earlier (a letter of a
    case-insensitive pattern matches one character). A match with its optional words before the change
    word implies one that starts at it, so the search from here finds a match iff the whole one does.
    """
    t = before.rstrip()
    ends = [len(t[:-2].rstrip())]
    for n in _HEDGE_LENGTHS:
        ends.append(len(t[:-n].rstrip()[:-2].rstrip()))
    return max(0, min(ends) - _CHANGE_TO_MAXLEN)


def _totalling_from(before: str) -> int:
    """(speed) Where a match of _TOTALLING_LEFT in ``before`` can start at the earliest: its phrase of
    at most 81 characters, then the spaces before the last comma of ``before`` (the comma before
    "totalling" and the end: the words after it hold none). The search starts there instead of
    trying every place of the text with the pattern's lazy 80-character phrase."""
    k = before.rfind(",")
    j = len(before[:max(k, 0)].rstrip())
    return max(0, j - 82)


def _may_total(before: str) -> bool:
    """(speed) A necessary condition for _TOTALLING_LEFT in ``before``: after its last comma there is
    only one of the phrases of :data:`_TOTALLING` (any case, any whitespace)."""
    k = before.rfind(",")
    return k >= 0 and " ".join(fold(before[k + 1:]).split()) in _TOTALLING_FOLDED


_TOTALLING_FOLDED = frozenset(p.lower() for p in _TOTALLING.phrases)


def _ends_with(s: str, words: tuple[str, ...]) -> bool:
    """(speed) Whether ``s`` without the whitespace at its end ends with one of ``words`` (ASCII, lower
    case, at most 16 letters) in its folded text (:func:`.grammar.fold`): a cheap necessary condition
    for a case-insensitive pattern that ends with one of them and whitespace or the end."""
    return fold(s.rstrip()[-16:]).endswith(words)


_COMPARATIVE_PRED = re.compile(
    r"(?i)\s+(?:is|was|are|were|remains?|remained|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:lower|higher|above|below|better|"
    r"worse|greater|less|similar|in\s+line)\b.*$|\s*$"
)

__all__ = ["find_topic", "indicator_phrase", "subject"]

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
_NP_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\w,./%-]*|[,;:().£$€!?\u201a]")  # (r21phrase: and a protected comma)
_OF_WHICH_RIGHT = re.compile(r"^\s+of\s+(?:which|whom|these|those|them)\s+(?:were|was|are|is|had\s+been|have\s+been)?\s*(.*)$", re.S)
_OF_FOR_RIGHT = re.compile(r"^\s+(?:of|for)\s+(?:the\s+)?(.*)$", re.S)

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
    "last", "next", "earlier", "ago", "nationally", "locally", "respectively",
    # prepositions a noun phrase never opens with ("a maximum of £1.8m through prudential borrowing")
    "through", "throughout", "via", "towards", "toward", "among", "amongst", "without", "upon",
    "beyond", "despite", "alongside", "onto",
}
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
#: (r18review) no phrase of two words whose words are both in the list ("shot up": "shot" and "up" are): the repeated
#: group of :data:`_TRAIL_VERB` could then read each run two ways, and a run that does not reach the end took time
#: exponential in its length (20 times "shot up" before a noun: 2 s; 28: minutes)
#: (round 18: a comma may stand between them, not before the first: "Funding for pupils with SEND has also increased, by around (nine per
#: cent)"; the change verbs "rocketed", "dipped", "soared" ... and the adverbs "steadily", "sharply" ...; not
#: "nationally": "children in care nationally" is a measure of its own)
_TRAIL_VERB = re.compile(rf"\s+{_TRAIL_WORDS.regex}(?:,?\s+{_TRAIL_WORDS.regex})*\s*$", re.I)
# "above/below (the national) average" as a unit at the end of a subject
_TRAIL_AVG = re.compile(
    r"\s+(?:slightly\s+|well\s+|just\s+|significantly\s+)?(?:above|below|in\s+line\s+with|better\s+than|"
    r"worse\s+than)(?:\s+the)?(?:\s+(?:national|england|english|regional))?\s+average\b.*$",
    re.I,
)
#: the words after which a subject starts (its last one in the text): "and" only before a word in lower case; a
#: reporting verb with no "that" after it too: "Figures released by the DfE show (primary school absence is 4.5%)",
#: "The council says (its rate of vacancies is)", "Members heard (vacancies in frontline teams stand at)"
_NP_BOUNDARY_WORDS = (
    "that", "which", "who", "there", "than", "whereas", "below", "above", "against", "showed", "shows", "noted",
    "reported", "confirmed", "advised", "explained", "informed", "stated", "highlighted", "said", "told", "indicated",
    "saw", "see", "sees", "with", "while", "whilst", "but", "including", "included", "was", "were", "is", "are", "had",
    "has", "have", "been", "would", "will", "could", "should", "can", "may", "might", "now", "for the first time",
    "show", "says", "heard", "suggest", "suggests", "suggested", "reveal", "reveals", "revealed")
#: (speed) the words as a trie (:func:`.rules.phrase_regex`), one branch per place: two of them never both match at
#: a place before whitespace, so the last place and the end of the match are those of their plain alternation
_NP_BOUNDARY = re.compile(
    rf"^.*\b(?:{phrase_regex(_NP_BOUNDARY_WORDS)}|and(?!\s+(?-i:[A-Z])))\s+",
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
_LEAD_TIME_PP = re.compile(r"(?i)^(?:by|at|as\s+at|as\s+of|in|from|during|for)\s+(?:(?!the\b)[\w/-]+\s+){1,3}?(?=the\s)")
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
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "off",
    "and", "or", "by", "was", "were", "is", "are", "be", "been", "as", "than", "compared",
    "final", "closing", "provisional", "updated", "revised", "projected", "forecast",
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
_PRONOUN_VERB = (r"\s+(?:had|has|have|was|were|is|are|stood|"
                 r"rose|fell|reduced|increased|decreased|dropped|improved|reached|remained|now|to|jumped|leapt|leaped|climbed|grew|"
                 r"dipped|declined)\b")
#: a pronoun subject and a verb (:func:`_has_pronoun_subject`) - "it", "this", "they", "this figure", "the figure",
#: "this number", "that figure", "this proportion", "and/but that", "the national/regional/England figure", "X's
#: figure" - in two patterns (speed): the alternatives that open with a letter ("it", "th...", "and", "but"), as a
#: trie behind a look-ahead for those letters, and "X's figure", searched only where the folded text holds "figure"
_PRONOUN_SUBJECT_LETTERS = re.compile(
    r"(?=[itab])\b(?:it|th(?:is(?:\s+(?:figure|number|proportion))?|ey|at\s+figure|e\s+(?:(?:national|regional|"
    r"england)\s+)?figure)|(?:and|but)\s+that)" + _PRONOUN_VERB,
    re.I,
)
_PRONOUN_SUBJECT_POSSESSIVE = re.compile(r"\b\w+['’]s\s+figure" + _PRONOUN_VERB, re.I)


@lru_cache(maxsize=4096)  # (speed: pure; 293 calls of a bench pass, 33 distinct)
def _has_pronoun_subject(left: str) -> bool:
    """Whether ``left`` holds a pronoun subject and a verb ("Officers confirmed it had reduced from ",
    "Swindon's figure had dropped to ")."""
    return _PRONOUN_SUBJECT_LETTERS.search(left) is not None or (
        "figure" in fold(left) and _PRONOUN_SUBJECT_POSSESSIVE.search(left) is not None)
#: a clause that opens with "it" or "that" and a verb of change before the figure ("But it jumped quickly over the
#: next year to", "and that dropped in 2020-21 to")
_LEAD_PRONOUN = re.compile(
    r"(?i)^\s*(?:(?:but|and|so|however|yet)\s*,?\s+)?(?:it|that)\s+(?:had\s+|has\s+|then\s+)?(?:rose|fell|increased|"
    r"decreased|dropped|reduced|improved|jumped|leapt|leaped|climbed|grew|dipped|declined)\b[^.;:]{0,60}?\bto\s+$")
#: a subject that is a place's or the nation's value of the measure named before: "Swindon's figure", "the national figure"
_FIGURE_OF_PLACE = re.compile(r"(?i)(?:^|\s)(?:\w+['’]s|the\s+(?:national|regional|england))\s+figure$")
#: a percentage that opens its clause with no subject of its own: "(noted that) 55% were boys"
_SHARE_OPEN_LEFT = re.compile(
    r"(?i)(?:^|\b(?:that|and|with|while|whilst|whereas)|[,;:.])\s*(?:(?:just\s+)?(?:over|under|around|about|almost|"
    r"nearly|approximately|more\s+than|less\s+than|fewer\s+than)\s+)?$")
#: (speed) how a match of _SHARE_OPEN_LEFT ends, before its whitespace (or it is all whitespace and a hedge)
_SHARE_OPEN_ENDS = ("that", "and", "with", "while", "whilst", "whereas", ",", ";", ":", ".", "over", "under", "around",
                    "about", "almost", "nearly", "approximately", "than")


@lru_cache(maxsize=4096)  # (speed: pure; 87 calls of a bench pass, 11 distinct)
def _share_open(left: str) -> bool:
    """(speed) ``_SHARE_OPEN_LEFT.search(left) is not None``, searched only where ``left`` is whitespace or
    ends with one of its last words or marks (:func:`_ends_with`)."""
    return (not left.strip() or _ends_with(left, _SHARE_OPEN_ENDS)) and _SHARE_OPEN_LEFT.search(left) is not None


#: a percentage listed after another in the same sentence: "55% were boys, 44% girls"
_LISTED_PCT_LEFT = re.compile(r"\d\s?%[^.;%]{1,60}(?:,|\band|\bwith|\bwhile|\bwhilst)\s*$", re.I)


#: "a number of", "a large number of" before an _OF_HEAD match: a quantity word, not the measure
_A_NUMBER_OF = re.compile(r"(?i)\ba(?:\s+(?:large|small|growing|significant|high|low|great|huge|increasing))?\s+$")


def _last_of_head(text: str, end: int | None = None, quantity: bool = True) -> re.Match[str] | None:
    """The last "number of" / "proportion of" head (:data:`_OF_HEAD`) in ``text[:end]``, or None: the
    measure a following pronoun, "that figure" or bare noun refers to is named after it."""
    last = None
    for m in _OF_HEAD.finditer(text, 0, len(text) if end is None else end):
        if not quantity and m.group()[:1] in "nN" and _A_NUMBER_OF.search(text, max(0, m.start() - 24), m.start()):
            continue  # (for a pronoun) "presented the authority with a number of challenges": "several", not a measure
        last = m
    return last


#: an age group as the share's complement: "(were) under 10", "aged over 10", "10 and over"
_AGE_SHARE_RIGHT = re.compile(
    r"(?i)^\s+(?:(?:were|was|are|is)\s+)?((?:aged\s+)?(?:(?:under|over|below|above)\s+\d{1,2}|\d{1,2}\s+(?:and|or)\s+(?:over|under|above|below))"
    r"(?:\s+years?(?:\s+old)?)?)\b"
)
_LEAD_PREP = re.compile(r"(?i)^(?:from|of|among|amongst)\s+")
#: a bracketed count right after a figure: "(44,391)", "( 125,978 )"
_BRACKETED_COUNT = re.compile(r"^\s*\(\s*\d[\d,]*\s*\)")
#: a percentage and an open bracket, before a count in that bracket: "21.1 percent (", "60.0% ("
_PCT_OPEN_BRACKET_END = re.compile(r"(?i)\d[\d.,]*\s*(?:%|per\s?cent|percent)\s*\(\s*$")
#: a phrase ending where an age band's number was cut off: "children aged under", "adults aged", "pupils over"
_AGED_END = re.compile(r"(?i)(?:\baged(?:\s+(?:under|over|below|above))?|\b(?:under|over))$")
#: the number(s) of an age band: "18", "18 to 64", "0-4", "16+", "65 and over" (with "years old")
_AGE_BAND_TAIL = re.compile(
    r"(?i)^\s*(\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2}|\s*\+|\s+(?:and|or)\s+(?:over|under|above|below))?"
    r"(?:\s+years?(?:\s+old)?)?)(?![\w+])")


def _with_age_band(phrase: str, after: str) -> str:
    """``phrase`` with the age band its last words open, when they were cut at the band's number (``after`` is the
    text after the phrase).

    >>> _with_age_band("adults aged", " 18 to 64 and 18.9 percent")
    'adults aged 18 to 64'
    >>> _with_age_band("children in care", " 18")
    'children in care'
    """
    if phrase and _AGED_END.search(phrase) and (m := _AGE_BAND_TAIL.match(after)):
        return f"{phrase} {m.group(1)}"
    return phrase


#: an open bracket and a change before a figure in it: "(down ", "(up by ", "(a rise of ", "(down to 157 people from "
_UP_DOWN_BRACKET_END = re.compile(
    r"(?i)\(\s*(?:down|up|a\s+(?:fall|rise|drop|reduction|decrease|increase)|an\s+(?:increase|decrease))(?:\s+(?:of|by|to|"
    r"from))?(?:\s+[\d.,]+\s*%?(?:\s+[a-z]+)?\s+from)?\s*$")
#: a figure right before a bracket ("was £4.2m (up £0.6m ...)": the change of that figure, not of the words before)
_FIGURE_END = re.compile(r"(?i)\d\s*(?:%|per\s?cent|percent|[mk]|bn|million|billion)?\s*$")
#: a verb of change ending an owner phrase: "Referrals to children's social care rose (up 12%)" -> the referrals
_CHANGE_VERB_END = re.compile(
    r"(?i)\s+(?:(?:has|have|had)\s+)?(?:rose|risen|fell|fallen|increased|decreased|dropped|grew|grown|declined|reduced|"
    r"improved|went\s+(?:up|down))$")
#: what a bracket after it belongs to: "for Children, Families & Education Services (", "on transport ("
_OWNER_BEFORE_BRACKET = re.compile(r"(?i)\b(for|on|in|within|across)\s+([^()\d£]{2,60}?)\s*\($")
#: an amount that a budget was exceeded by: "exceeded its £44.5 million budget by more than", "overspent its budget
#: by", "went over the placements budget by" (group 1: what spending on, before the verb: "spending on X exceeded")
_OVER_BUDGET_BY_LEFT = re.compile(
    r"(?i)(?:\bspending\s+on\s+[‘'\"“]?([^.;,]{2,50}?)[’'\"”]?\s+)?\b(?:exceed(?:ed|s|ing)?|overspent|overspend(?:s|ing)?|"
    r"over-?ran|overrun|went\s+over|go(?:es|ne)?\s+over)\s+(?:(?:its|the|their|our|this\s+year['’]s)\s+)?"
    r"(?:£[\d.,]+\s*(?:mn|m|k|bn|million|billion)?\s+)?(?:[a-z-]+\s+)?budget\s+by\s+(?:(?:more\s+than|over|around|about|"
    r"almost|nearly|some|just\s+(?:over|under))\s+)?$")
#: " by " ending the noun an amount modifies: "its £44.5 million budget by more than £4 million" -> "budget"
_BY_CUT = re.compile(r"\s+by\b")
#: a verb of inclusion right before a count: "The new plans included 80 for unborn babies"
_INCLUDED_END = re.compile(r"(?i)\s+(?:included|includes|including|comprised|comprises|comprising)\s*$")
_INCLUDED_WORDS = ("included", "includes", "including", "comprised", "comprises", "comprising")
#: a range of values before a figure in it: "varying from ", "ranging from 10.2 per social worker at Kingston and ",
#: "ranged between 12 and "
_RANGE_FROM_LEFT = re.compile(
    r"(?i)\b(?:varying|ranging|varied|ranged|vary|varies|range|ranges)\s+(?:from|between)\s+(?:(?:a\s+low\s+of|around|"
    r"about)\s+)?(?:[£]?[\d.,]+[^.;()]{0,80}?\s(?:to|and)\s+)?$")
#: the unit of a percentage written again after its sign: "3.4% per cent"
_PCT_WORDS_RIGHT = re.compile(r"(?i)^\s*(?:per\s?cent|percent)\b")
#: a copula and an age band after a population: "are 85 and over", "were aged 0-4", "are under 5"
_ARE_AGE_BAND = re.compile(
    r"(?i)\s+(?:are|were|is|was)\s+(?:aged\s+)?((?:under|over)\s+\d{1,2}|\d{1,2}\s*(?:-|–|to)\s*\d{1,2}|\d{1,2}\s*\+|"
    r"\d{1,2}\s+(?:and|or)\s+(?:over|under|above|below))(?![\w+])")
#: what an amount is for, in a relative clause after it: "which related to the PFI Contribution for Arbour Vale",
#: "that relates to", "which was for"
_RELATED_TO_RIGHT = re.compile(
    r"(?i)^\s+(?:which|that)\s+(?:relates|related|relating|(?:was|is|were|are)\s+for)\s+(?:to\s+)?(?:the\s+|its\s+)?"
    r"([^.;:()]{3,70})")
#: a clause opening on the whole its figures are parts of: "Of this total, ", "Of these, ", "Of whom "
_OF_THESE_OPEN = re.compile(r"(?i)\bof\s+(?:this|these|those|them|whom|which|the)\b[^,;.]{0,40},?\s*$")
#: an age band right after a figure, with or without its verb: "were aged 0-4", "aged 5-9", "aged 16+", "aged 0 to
#: 17", "aged under 5", "aged 16 and over" (the band is what part of a population the figure counts)
_AGE_BAND_RIGHT = re.compile(
    r"(?i)^\s+(?:(?:were|was|are|is)\s+)?(aged\s+(?:(?:under|over|below|above)\s+\d{1,2}|\d{1,2}\s*(?:-|–|to)\s*\d{1,2}"
    r"|\d{1,2}\s*\+|\d{1,2}\s+(?:and|or)\s+(?:over|under|above|below))(?:\s+years?(?:\s+old)?)?)(?![\w+])")
#: what a share is of, after its verb: "were from Black and minority ethnic groups", "had a disability"
_SHARE_COMPLEMENT = re.compile(
    r"(?i)^\s+(?:were|was|are|is|had\s+been|have\s+been|(?:had|have|has)(?=\s+an?\b))\s+(?:currently\s+|now\s+|still\s+)?"
    r"([^.;:()%£\d]{2,80}?)(?=\s*(?:[.;:()]|,(?!\s*employment\b)|\band\s+(?:that\b|the\b|\d)|\b(?:with|while|whilst|whereas|"
    r"but|compared|which)\b|\d|$))"
)


#: a paragraph that opens by referring back to the measure of the paragraph before: "That figure is expected to hit
#: 4,200", "In 2017/19 it was 15.1 per cent", "This proportion was below ...", "It rose to ..."
_OPENS_WITH_ANAPHOR = re.compile(
    r"(?i)\s*(?:(?:but|and|however|overall|nationally|locally)\s*,?\s+)?(?:(?:back\s+)?in\s+[\w/-]+\s*,?\s+)?"
    r"(?:(?:that|this|\w+['’]s|the\s+national)\s+(?:figure|number|proportion|percentage|rate|total)\b|(?:it|this)\s+(?:was|is|had|has|rose|fell|"
    r"increased|decreased|dropped|reached|stood|remained|represents|represented)\b"
    # "The figure has risen ... to 916", "Figures currently stand at 642", "Back in 2010, the figure was 480" (not
    # "Figures show 155 youngsters ...": the source, not the measure)
    r"|(?:the\s+)?(?:figure|figures|total|number|numbers)\s+(?:currently\s+|now\s+)?(?:was|is|were|are|had|has|have|rose|fell|increased|"
    r"decreased|dropped|reached|stood|stand|stands|remained|remains)\b"
    # "The target for March 2017 is 770", "The target is to reduce this to 700": the measure's target
    r"|the\s+target\s+(?:(?:for|by)\s+[\w/ -]{1,25}?\s+)?(?:is|was|will\s+be)\b)")


#: a count of a population in a paragraph: "1,147 looked after children", "612 children on child protection plans"
_COUNT_OF_POPULATION = re.compile(
    r"(?i)(?<!every )(?<!per )(?<!out of )(?<![\d,.])\b\d[\d,]*\s+((?:[a-z-]+\s+){0,3}?(?:children|young\s+people|youngsters|care\s+leavers)\b[^.;:,()]{0,60})")


_VERB_AFTER_MEASURE = re.compile(
    r"(?i)\s+(?:rose|fell|had|has|have|was|were|is|are|increased|decreased|reduced|dropped|stood|reached|remained|"
    r"went|grew|climbed|continues|continued)\b")


def measure_named_before(paragraph: str, opening: str) -> str:
    """The measure a paragraph names last ("... the number of children requiring an EHCP rose ..." ->
    "children requiring an EHCP"), when the next paragraph ``opening`` refers back to it by a pronoun
    or "that figure"; else "".

    >>> measure_named_before("The number of looked after children rose to 412.", "That figure is expected to hit 450.")
    'looked after children'
    >>> measure_named_before("The number of looked after children rose to 412.", "Members thanked officers.")
    ''
    >>> measure_named_before("The number of children in care is at a high.", "Figures currently stand at 642.")
    'children in care'
    >>> measure_named_before("The number of children in care is at a high.", "Figures show 155 children started to be looked after.")
    ''
    """
    if not paragraph or _OPENS_WITH_ANAPHOR.match(opening) is None:
        return ""
    ref = _last_of_head(paragraph)
    if ref is None:
        # no "number of" head, and the paragraph opens with "the figure / the total / the target ...": the last count of
        # a population in it ("there were 1,147 looked after children at April 11"): its noun phrase is the measure
        head = opening[:40].lower()
        if not any(w in head for w in ("figure", "number", "total", "target")):
            return ""
        cm = None
        for cm in _COUNT_OF_POPULATION.finditer(paragraph):
            pass
        if cm is None:
            return ""
        r = _np_after(" " + cm.group(1))
        return "" if not r or is_poor(r) or _is_generic(r) else r
    return _measure_after_head(paragraph, ref)


def _measure_after_head(paragraph: str, ref: re.Match[str]) -> str:
    named = _VERB_AFTER_MEASURE.split(paragraph[ref.end():ref.end() + 160], 1)[0]  # "... children rose to 412"
    r = _np_after(" " + named)
    return "" if not r or is_poor(r) or _is_generic(r) else r


def measure_of_unit_in(paragraph: str) -> str:
    """The last measure a paragraph names by a "number of" / "percentage of" head that is not only a place's name
    ("the percentage for Derby" is passed over), or "": what a bracketed place value of the next paragraph
    measures when its own paragraph names none of its unit.

    >>> measure_of_unit_in("The percentage of children adopted fell to 15.0%, equal to the percentage for Derby.")
    'children adopted'
    """
    for ref in reversed(list(_OF_HEAD.finditer(paragraph))):
        r = _measure_after_head(paragraph, ref)
        if r and not place_only(r, r + " ("):
            return r
    return ""


#: a paragraph that opens by naming the sum of the paragraph before: "The staggering sum is ...", "This smaller sum",
#: "That amount", "But this overspend ...", "Separately, the deficit ...", "With that shortfall"
_OPENS_WITH_SUM = re.compile(
    r"(?i)\s*[\"“‘']?\s*(?:(?:but|and|however|separately|overall)\s*,?\s+)?(?:with\s+)?(?:the|this|that)\s+(?:[a-z-]+\s+)?"
    r"(sum|amount|overspend|underspend|deficit|shortfall|gap|pressure|bill)s?\b")
#: a paragraph that opens by restating the figure before in other terms: "That is 689 per 10,000 children", "This
#: equates to around 45 per 10,000", "That works out at £53,000 a child", "This is equivalent to 1 in 5 pupils", "This
#: equates to a rate of 67 per 10,000"
_THAT_IS_LEFT = re.compile(
    r"(?i)\s*[\"“‘']?\s*(?:(?:and|but|so)\s+)?(?:that|this|which|it)\s*(?:'s|’s|\s+is|\s+was|\s+equates\s+to|\s+works\s+out\s+"
    r"(?:at|to|as)|\s+(?:is|was)\s+(?:the\s+)?equivalent\s+(?:to|of))\s+(?:(?:a|an)\s+(?:average\s+)?(?:rate|figure|total)\s+"
    r"of\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|just|approximately)\s+)?")
#: a demonstrative right before an amount it repeats: "With that £2.6m", "this £3.1m"
_DEMONSTRATIVE_LEFT = re.compile(r"(?i)\b(?:that|this)\s*$")


def refers_back(text: str, h: Hit, phrase: str) -> bool:
    """Whether a paragraph's first figure measures what the paragraph before measured last: the paragraph opens by
    naming that sum ("The staggering sum is around 30 per cent above ...") and the figure's own phrase is only that
    sum or names nothing, or the figure is an amount "that £2.6m" with no phrase of its own.

    >>> t = "The staggering sum is around 30 per cent above the budget."
    >>> refers_back(t, Hit(t.index("30"), t.index("30") + 11, "figure", "num", [30.0]), "staggering sum")
    True
    >>> refers_back(t, Hit(t.index("30"), t.index("30") + 11, "figure", "num", [30.0]), "care leavers")
    False
    """
    if h.start < 50 and _THAT_IS_LEFT.fullmatch(text, 0, h.start):
        # "That is 689 per 10,000 children", "That works out at £53,000 per child": a phrase that is only the
        # opening's words or none ("That's about 64 per cent of all care leavers" names its own)
        opening = text[:h.start].strip(" \"“‘'").lower()
        low = phrase.lower()
        return not phrase or is_poor(phrase) or low.startswith(opening[:7]) or set(low.split()) <= set(opening.split())
    if not phrase or is_poor(phrase):
        return _DEMONSTRATIVE_LEFT.search(text, max(0, h.start - 6), h.start) is not None \
            or _OPENS_WITH_SUM.match(text) is not None
    words = phrase.lower().split()
    return len(words) <= 2 and words[-1].rstrip("s") in ("sum", "amount") and _OPENS_WITH_SUM.match(text) is not None


def prev_in_clause_list(text: str, h: Hit) -> bool:
    """Whether a percentage comes right after another one it continues ("55% were boys, 44% girls")."""
    return _LISTED_PCT_LEFT.search(text, max(0, h.start - 80), h.start) is not None


_ANAPHOR_LEFT = re.compile(r"\b(?:the|an)\s+(?:other|remaining|further)\s*$|\b(?:the\s+rest|the\s+remainder)\s*$", re.I)


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


#: an earlier value said as "(down/up) from the figure of N" (the subject then starts with "from")
_FROM_FIGURE = re.compile(r"(?i)^(?:(?:down|up)\s+)?(?:from|below|above|on)\s+(?:the|a|an|last\s+year['’]s|the\s+previous\s+year['’]s)\s+"
                          r"((?:previous\s+|earlier\s+|original\s+|higher\s+|lower\s+)?figure)$")
_FROM_FIGURE_STARTS = ("from ", "down ", "up fr", "up on", "below", "above", "on th", "on a ", "on la")


@lru_cache(maxsize=4096)
def _is_generic(p: str) -> bool:
    ws = [w.lower().strip("'’") for w in _words(p)]
    return all(w in _GENERIC or w[0].isdigit() for w in ws) if ws else True


#: a participle and its "as" complement ("identified as needing SEN support", "assessed as having a disability")
_ED_AS = re.compile(r"(?i)^(\w+ed)\s+as\s+((?:needing|having|requiring|being|in\s+need|at\s+risk|a\s|an\s)\S*.*)$")
#: (speed) patterns of :func:`_np_after`, compiled once
_OUT_OF_PLACE_START = re.compile(
    r"(?i)^\s(out\s+of\s+(?:area|borough|county|city|authority|district|region|town|city\s+area))(?=\s+[a-z])")
_DECADE_WORD = re.compile(r"\d+s")
_NEW_PHRASE_AFTER_CONJ = re.compile(r"\s*(?:the|a|an|its|their|this|these|those|by|in|at|on|from|to|for|"
                                    r"since|during|over|whether|if|how|what|why|it|they|we|this|there)\b", re.I)


#: verbs of purpose after "to" that end the noun phrase a count modifies ("12 social workers | to reduce caseloads"; an
#: amount keeps its purpose: "£400k of the underspend to support the growth fund")
_PURPOSE_VERBS = frozenset(
    "support reduce help improve deliver provide meet address cover fund ensure enable manage tackle develop test pilot "
    "gather identify review strengthen recruit create build expand boost keep prevent respond undertake promote avoid "
    "absorb mitigate offset assess monitor complete clear prepare target work secure sustain".split())
#: where a purpose clause starts in the noun phrase after a count: " to gather", " to reduce"
#: (not the verb's word as a noun's modifier: "referrals to support services", "staff to review panels")
_PURPOSE_AFTER = re.compile(rf"(?i)\s+to\s+(?:{'|'.join(sorted(_PURPOSE_VERBS))})\b(?!\s+(?:services?|groups?|plans?|workers?|"
                            r"teams?|staff|packages?|hubs?|sessions?|centres?|officers?|programmes?|schemes?|providers?|"
                            r"panels?|meetings?|visits?|arrangements?|places?|provision)\b)")
#: the bases of a rate written after its noun: "children per 10,000", "pupils in every 1,000"
_RATE_BASES = frozenset(("100", "1000", "10000", "100000"))


#: words that may go on a noun phrase after "education, health and care plan(s)": a preposition or a participle of
#: what was done with the plans
_EHC_PLAN_NEXT = frozenset("for in with within by at on of to from under issued completed finalised finalized agreed "
                           "maintained produced made granted ceased reviewed transferred (ehcp) (ehcps) (ehc)".split())
_NEXT_WORD = re.compile(r"\s+([a-z][\w'’-]*|\([A-Za-z]+\))")


#: (round 18) the words whose number is part of a name, not a new figure: "Key Stage 2", "year 11", "KS4", "Level 3"
_LABEL_NUMBER_BEFORE = frozenset("stage year ks level tier phase".split())


@lru_cache(maxsize=4096)
def _np_after(right: str) -> str:
    """The noun phrase a count modifies: "86 conceptions to under 18s which ..." -> "conceptions to under 18s"."""
    if right[1:5].lower() == "out " and (oa := _OUT_OF_PLACE_START.match(right)):
        # "52 out of area placements", "23 out of county placements": a place modifier, not "out of" a whole
        rest = _np_after(right[oa.end():])
        return f"{' '.join(oa.group(1).split())} {rest}" if rest else ""
    out: list[str] = []
    most = 8
    for m in _NP_TOKEN.finditer(right):
        w = m.group()
        lw = w.lower()
        if not out and (lw in _BAD_NP_START or not w[0].isalpha()):
            return ""
        if (w == "," or w == NAME_COMMA) and out and out[-1].lower() == "education" and _EHC_COMMA_RIGHT.match(right, m.end()):
            out[-1] += w  # "education, health and care plans": one name
            most = 11  # (its four words count as one: "children issued with a new education, health and care plan")
            continue
        if w[0].isdigit() and out and out[-1].lower() in ("per", "every") and w.replace(",", "") in _RATE_BASES:
            out.append(w)  # "157 children per 10,000 under protection plans": the rate's base, not a new number
            continue
        if w[0].isdigit() and len(w) <= 2 and w.isdigit() and out and out[-1].lower() in _LABEL_NUMBER_BEFORE:
            out.append(w)  # (round 18) "66 percent of Key Stage 2 pupils", "30 teenagers in year 11": a label's number
            continue
        if w[0] in ",;:().!?£$€" or lw in _STOP_NP or (w[0].isdigit() and not _DECADE_WORD.fullmatch(w) and not (
                out and (_TIME_UNIT_NEXT.match(right, m.end()) or _TIME_LIMIT_WORD.fullmatch(w)))):
            break  # a number ends the phrase, but not a time limit in it ("EHCPs issued within 20 weeks", "the 20-week deadline")
        if lw in ("and", "or") and _NEW_PHRASE_AFTER_CONJ.match(right[m.end():]):
            break  # "312 open cases and the average caseload", "36 requests each month and by the end": a new phrase
        out.append(w)
        if len(out) >= most:
            break
        if most == 11 and lw in ("plan", "plans") and (nx := _NEXT_WORD.match(right, m.end())) \
                and nx.group(1).lower() not in _EHC_PLAN_NEXT:
            break  # "a new education, health and care plan waited": the name ends the phrase before a verb
    return _clean_phrase(" ".join(out), most + 2)


#: (speed) a necessary condition for :func:`_complement_after` on " " + the text from a place: its verb there
_COMPLEMENT_VERB = re.compile(r"\s*(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s", re.I)


#: (speed) patterns of :func:`_complement_after`, compiled once
_COPULA_COMPLEMENT_RIGHT = re.compile(r"^\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:currently\s+|now\s+|still\s+)?(.*)$", re.I | re.S)
_VALUE_OR_END = re.compile(r"[£$€.!?]|\d")


def _complement_after(right: str) -> str:
    """"412 were unaccompanied asylum seeking children" -> "unaccompanied asylum seeking children"."""
    m = _COPULA_COMPLEMENT_RIGHT.match(right)
    if not m:
        return ""
    body = m.group(1)
    cut = _CLAUSE_SPLIT_RIGHT_NO_WITH.search(body)
    body = body[: cut.start()] if cut else body
    m2 = _VALUE_OR_END.search(body)
    return _clean_phrase(body[: m2.start()] if m2 else body, 6)


_CLAUSE_SPLIT_RIGHT_NO_WITH = re.compile(
    rf"[;:()]|,(?!\s*{NEET_COMMA_NEXT})|\s-\s"
    rf"|\b{phrase_regex(CLAUSE_WORDS + tuple(w for w in CLAUSE_WORDS_RIGHT if w != 'with') + ('at a', 'at an', 'at the'))}\b",
    re.I,
)


#: (speed) patterns of :func:`_cut_clause`, compiled once
_VALUE_OR_END_NOT_DURATION = re.compile(r"[£$€.!?]|\d(?![\d,.]*[\s-]+(?:working[\s-]+)?(?:days?|weeks?|months?)\b)")


@lru_cache(maxsize=4096)  # (speed: pure; 49 calls of a bench pass, 2 distinct)
def _cut_clause(s: str) -> str:
    m = CLAUSE_SPLIT_RIGHT.search(s)
    s = s[: m.start()] if m else s
    m2 = _VALUE_OR_END_NOT_DURATION.search(s)
    return s[: m2.start()] if m2 else s


#: a figure opening a bracket after what it measures: "forecast overspend (£11.8m", "was (£1.018m)"
_OPEN_BRACKET_END = re.compile(r"\s*\(\s*$")


_RELATIVE_ASIDE_END = re.compile(r"(?i),\s+(?:where|which|who|whose)\b[^,;:.]{0,100},$")


#: (r25id) a verb of saying of _REPORTING_END in the passive, at the end of a subject's words: "was confirmed", "had been
#: stated", "were noted" (what follows it, "as" or "at", is cut before as a trailing word)
_PASSIVE_REPORTING_END = re.compile(
    r"(?i)\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|be|been|being)\s+)"
    r"(?:(?:now|also|since|then|subsequently|formally|finally|again)\s+)?"
    r"(?:confirmed|advised|reported|noted|stated|highlighted|clarified|acknowledged|agreed|indicated|suggested|"
    r"required|expected|explained)\s*$")
#: (speed) the last words of _REPORTING_END's alternatives ("asked for": "for"): it matches only where
#: the text, without its whitespace at the end, ends with one of them (:func:`.grammar.may_end_with`)
_REPORTING_ENDINGS = ("confirmed", "advised", "reported", "said", "says", "noted", "explained", "stated", "highlighted",
                      "informed", "told", "added", "clarified", "acknowledged", "agreed", "asked", "queried", "responded",
                      "replied", "indicated", "suggested", "commented", "required", "expected", "wanted", "for")
#: (speed) the words _AVG_HEAD opens with: it is searched only when the folded text holds one of them
_AVG_WORDS = ("average", "mean", "median", "typical")
#: a figure inside a subject: "£86.4m", "12%", "12 per cent" (compiled once: speed)
_FIGURE_IN_SUBJECT = re.compile(r"[£€$][\d,.()]+(?:bn|mn|m|k)?|\d[\d,.]*\s?(?:%|per\s?cent)")


def _may_hold_figure(s: str) -> bool:
    """(speed) A necessary condition for ``_FIGURE_IN_SUBJECT.search(s)``: a currency sign, "%" or "cent"."""
    return "£" in s or "%" in s or "$" in s or "€" in s or "cent" in s


#: (speed) patterns of :func:`subject`, compiled once
_AVERAGE_END = re.compile(r"(?i)\b(?:average|mean|median)\s*$")


#: (r23tidy) the verbs of change (past tense and participle) that end a subject in the two patterns below: one list
_CHANGE_VERBS = "rose|risen|fell|fallen|increased|decreased|dropped|grew|grown|declined|reduced|improved|climbed|jumped"
#: a verb of change and a time after it, ending a subject: "increased this year", "rose during the last 12 months",
#: "has fallen over the year", "decreased in 2016/17"
_CHANGE_THEN_TIME_END = re.compile(
    rf"(?i)\s+(?:(?:has|have|had)\s+)?(?:{_CHANGE_VERBS}|went\s+(?:up|down))\s+"
    r"(?:(?:in|during|over|across|since)\s+(?:the\s+)?(?:(?:last|past|"
    r"previous|current|latest|first|financial|academic|calendar)\s+)?(?:(?:\d+|twelve|six|three)\s+)?(?:years?|quarters?|"
    r"months?|period|weeks?|term)|(?:this|last)\s+(?:year|quarter|month|term|week)|in\s+(?:19|20)\d{2}(?:[/-]\d{2,4})?)$")
#: (r23ind) a verb of change with an adjunct after it, inside what is left of a subject once its trailing verb words
#: are cut ("had risen from the previous year", "fell over the last quarter"): the subject ends before it
_CHANGE_VERB_ADJUNCT = re.compile(
    rf"(?i)\s+(?:(?:has|have|had)\s+(?:also\s+|now\s+)?|(?:was|were|is|are)\s+)?(?:{_CHANGE_VERBS}|doubled|halved)\s+"
    r"(?:from|since|on|over|"
    r"during|compared\s+(?:to|with)|against|across|in\s+(?:the|this|last|(?:19|20)\d\d))\b")
#: (r23ind) a pronoun right before that verb: its subject is a measure named earlier, not the words before it
_PRONOUN_LAST = re.compile(r"(?i)\b(?:this|that|it|they|these|those|which|who|there)\s*$")
#: (speed) the last four letters (folded) such a subject can end with, but for a year
_CHANGE_TIME_LAST = frozenset(("year", "ears", "rter", "ters", "onth", "nths", "riod", "week", "eeks", "term"))


@lru_cache(maxsize=4096)
def subject(left: str) -> str:
    """The subject / measured noun phrase in the left part of a clause ending at the number.

    >>> subject("The number of children in need and in child protection had risen to ")
    'children in need and in child protection'
    >>> subject("Members noted that the average cost of residential care was ")
    'average cost of residential care'
    """
    # (speed) each pattern below runs only where a cheap necessary condition holds: _OPEN_BRACKET_END, a text that
    # ends with "(" and whitespace; _TRAIL_AVG and _AVG_HEAD, one of their words in the folded text (grammar.fold)
    s = _OPEN_BRACKET_END.sub(" ", left) if left.rstrip().endswith("(") else left  # "forecast overspend (£11.8m"
    if s[-4:] == " to " and "close" in s[-14:]:
        s = _CLOSE_TO_END.sub(" ", s)  # "a rate close to (20%)": a hedge, not part of the subject
    low = fold(s)
    s = _TRAIL_AVG.sub("", s) if "average" in low else s  # "was (£1.018m)"
    s = _TRAIL_VERB.sub("", s) if _TRAIL_WORDS.may_end(s) else s  # (speed: its last word first)
    cv = None
    for cv in _CHANGE_VERB_ADJUNCT.finditer(s):  # (the last one)
        pass
    if cv is not None and s[:cv.start()].strip() and not _PRONOUN_LAST.search(s, 0, cv.start()) \
            and not _CLAUSE_BETWEEN.search(s, cv.end()) \
            and (cut := subject(s[:cv.start()] + " ")) and not is_poor(cut):
        # (r23ind) "CLA seen alone within timescale had risen from the previous year (to 85.7%)": the subject of the
        # clause's verb of change, not the verb and its adjunct (the trailing verb was kept by the words after it)
        return cut
    if (s[-4:].lower() in _CHANGE_TIME_LAST or s[-1:].isdigit()) and (ct := _CHANGE_THEN_TIME_END.search(s)):
        # "The number of LAC increased this year (from 455)", "Referrals rose during the year (to 1,204)": the verb of
        # change and when, not part of the subject (the time words had kept the verb from being cut)
        s = s[:ct.start()]
    if s.endswith(","):  # "Referrals, where a child is reported due to welfare concerns, (have gone up)": the head
        s = _RELATIVE_ASIDE_END.sub("", s)
    m = _last_of_head(s)
    if m is not None:
        tail = s[m.end():]
        head = m.group().strip().lower().split()
        head = [h for h in head if h not in ("the", "total", "of", "for")]
        if tail.strip() and head and head[0] in ("number", "numbers", "proportion", "percentage", "%", "count", "share", "volume", "amount", "level", "levels", "figures", "figure"):
            c = _clean_phrase(tail)
            if c and _AVERAGE_END.search(s[: m.start()]):
                c = f"average {c}"  # "the average number of cases held by social workers"
            if not is_poor(c) or head[0] not in ("figure", "figures", "level", "levels"):
                return c
            s = s[: m.start()]  # "the figure for August 2024": a date, not a measure
    cur = None
    if _may_hold_figure(s):
        for cur in _FIGURE_IN_SUBJECT.finditer(s):
            pass
    if cur is not None and s[cur.end():].strip():
        s = s[cur.end():]  # a subject never contains another figure: "£86.4m, of which ..."
    if may_end_with(s, _REPORTING_ENDINGS) and _REPORTING_END.search(s):
        if (pv := _PASSIVE_REPORTING_END.search(s)) is None or not s[:pv.start()].strip():
            return ""  # "Officers confirmed (it had risen to)": a speaker, not the measure
        # (r25id) a verb of saying in the passive: its subject is what was said, the measure ("the net balances were
        # confirmed as (£11.3m)", "the pass through rate had been stated as (93%)")
        s = s[:pv.start()]
    am = None
    if any(w in low for w in _AVG_WORDS):  # (low: the words of s, before its cuts, hold those of the cut s)
        for am in _AVG_HEAD.finditer(s):
            pass
    if am is not None:
        return _clean_phrase(s[am.start():])
    b = _NP_BOUNDARY.match(s)
    if b:
        at = b.end()
        if s[:at].rstrip()[-4:].lower() == " and" and (np_and := _np_with_and(s, at)) is not None:
            at = np_and  # "The 0-17 population of children and young people (has increased)": one noun phrase
        s = s[at:]
    if s[:1].isupper() and (sa := _LEAD_SENTENCE_ADVERB.match(s)):
        s = s[sa.end():]  # "Typically this residential care will cost": not "Typically this residential care"
    c = _clean_phrase(s)
    # "This was a slight decrease of around (2%)", "a significant increase of (12%)": the change's adjective alone,
    # left by the cut of its noun, is no subject (as "This represents an increase of" leaves none); nor is a run of
    # digits with no word ("(5,000)000(5,000)": the zero cells of a flattened table row before its total)
    return "" if c and (c.lower() in _DEGREE_ONLY or not any(ch.isalpha() for ch in c)) else c


#: a noun phrase whose prepositional phrase runs to an "and" that joins two of its nouns: "the 0-17 population of
#: children (and young people)", "The Early Years Block for three (and four year olds)", "the gap between expected
#: needs, expenditure (and income)" (group 1: the head's words, before the preposition)
_NP_OF_BEFORE_AND = re.compile(
    r"(?i)\s*(?:(?:the|a|an|its|their|our|this|these)\s+)?((?:[\w'’/-]+\s+){0,4}?[\w'’/-]+)\s+(?:of|for|between|among)\s+"
    r"(?:[\w'’/-]+,?\s+){0,3}?[\w'’/-]+,?\s*$|\s*((?-i:[A-Z])[a-z]+)\s*$")


_DET_NEXT = re.compile(r"(?i)(?:the|a|an|its|their|our|this|these|those|it|they|we)\b")


def _np_with_and(s: str, at: int) -> int | None:
    """Where the subject starts when the last boundary of ``s`` (ending at ``at``) is an "and" inside one noun phrase:
    the head and its preposition before the "and" ("the 0-17 population of children and young people" is one
    subject, not "young people"); ``None`` when the words before the "and" are a clause of their own.

    >>> s = "The 0-17 population of children and young people "
    >>> s[_np_with_and(s, s.index("young")):]
    'The 0-17 population of children and young people '
    >>> s = "Referrals fell and the number of children rose "
    >>> _np_with_and(s, s.index("the number")) is None
    True
    """
    before = s[:at].rstrip()[:-3]
    pb = _NP_BOUNDARY.match(before)
    start = pb.end() if pb else 0
    m = _NP_OF_BEFORE_AND.match(before, start)
    if not m:
        return None
    if m.group(2) is not None:
        # "Deprivation and rurality (increased)", "Community and charity organisations": one capitalised noun opens
        # the sentence (no verb in it) and "and" joins the next one to it
        nxt = s[at:].split()
        return start if start == 0 and not _DET_NEXT.match(s, at) and not (
            len(nxt) > 1 and _DET_NEXT.fullmatch(nxt[1])) else None  # (not "Note and support the decision")
    head = [w.lower() for w in m.group(1).split() if not w[:1].isupper()]  # (a name's words are no verb: "Early Years")
    if any(w in _STOP_NP or w in _NOT_VERB_BEFORE_DET or _adverb_or_participle(w) for w in head):
        return None
    return start


#: the hedge "close to" before a figure ("a rate close to 20%")
_CLOSE_TO_END = re.compile(r"(?i)\s+(?:very\s+)?close\s+to\s+$")
#: a sentence adverb opening a subject: "Typically this residential care (will cost)", "Usually, a placement"
_LEAD_SENTENCE_ADVERB = re.compile(r"(?:Typically|Usually|Generally|Normally|Historically|Traditionally)\s*,?\s+")
#: degree adjectives of a change ("a slight decrease of", "a significant rise of"), alone
_DEGREE_ONLY = frozenset(
    "slight small significant large further marked sharp modest substantial considerable big huge dramatic steady "
    "notable".split())


_NOT_TOPIC = {"resolved", "agreed", "noted", "action", "actions", "decision", "recommendation",
              "recommendations", "note", "minutes", "update", "question", "answer", "response"}


_TOPIC_STOPS = re.compile(r"[.;:!?]")


def _may_open_with_topic(text: str) -> bool:
    """A necessary condition for ``_TOPIC_RE.match(text)``: a capital after the leading spaces, and
    before the first of ". ; : ! ?" a dash (its first form), or that first one a colon (its second)."""
    t = text.lstrip()
    if not "A" <= t[:1] <= "Z":
        return False
    m = _TOPIC_STOPS.search(t)
    head = t[: m.start()] if m else t
    return (m is not None and m.group() == ":") or "-" in head or "–" in head or "—" in head


def find_topic(text: str) -> str:
    """The lead-in topic of a segment: "Rereferrals - ..." or "Attendance: ..." (at most 8 words).

    >>> find_topic("Rereferrals - the rate was 21%.")
    'Rereferrals'
    """
    m = _TOPIC_RE.match(text) if _may_open_with_topic(text) else None
    if not m:
        return ""
    t = (m.group(1) or m.group(2) or "").strip()
    if t.lower() in _NOT_TOPIC:
        return ""
    return t if 0 < len(t.split()) <= 8 else ""


_ED_TAIL = re.compile(r"\s+(?:(?:were|was|are|is|had\s+been|have\s+been|(?:would|will|should|could|must|can|may|to)\s+be)\s+"
                      r"(?:being\s+)?|being\s+)?(\w+ed\b(?:\s+[\w-]+){0,5})", re.I)
_ING_TAIL = re.compile(
    r"(?:\s+(?:who\s+)?(?:were|was|are|is|had\s+been|have\s+been)\s+(?:currently\s+|now\s+|still\s+)?|"
    r"\s+(?:currently|now|still)\s+(?=(?:in|on|subject)\s))"  # "480 children currently in care"
    r"((?:(?:permanently|temporarily|successfully|formally|newly|previously|subsequently|already|recently|fully)\s+"
    r"(?=\w+ed\b))?(?:\w+ing|\w+ed|lost|seen|taken|given|kept|held|sent|found|brought|chosen|subject\s+to|on(?=\s+(?!track|target|time))|"
    r"in(?=\s+the\s+(?:council|local\s+authority|authority|county\s+council|city\s+council)['’]s\s+care\b)|"  # "in the council's care"
    r"in(?=\s+(?!the\s|a\s|\d|line|stark|contrast|addition|comparison|total|place|part|order|relation|respect|terms|excess|year))|open\s+to|known\s+to|at\s+risk)\b(?:\s+[\w'’-]+){0,5})",
    re.I,
)


#: what a population noun right after its figure had: "3,231 children had a referral", "18% of pupils had an EHC plan"
#: -> "children with a referral" (the thing they had says which children)
_HAD_TAIL = re.compile(r"\s+(?:had|have|has)\s+(an?|any|their|at\s+least\s+one)\s+(?!been\b)([a-z][\w'’-]*(?:\s+[\w'’-]+){0,7})", re.I)


#: (speed) patterns of :func:`_had_tail`, compiled once
_HAD_TAIL_CUT = re.compile(r"(?i)\s+(?:which|that|who|and|but|while|compared|since|by|during|at\s+any|at\s+some|in\s+the\s+year)\b")


def _had_tail(np_: str, rest: str) -> str:
    """``np_`` with what it had, from the text ``rest`` that starts with it ("" when it does not say)."""
    if not (rest.startswith(np_) and rest[len(np_):len(np_) + 6].lower().lstrip().startswith(("had ", "have ", "has "))
            and (_POPULATION_NP.fullmatch(last := np_.split()[-1]) or last.lower() in _PART_HEADS)):
        # (r21phrase: any head a share or part may count, "youngsters", "carers", "schools", not only _POPULATION_NP's)
        return ""
    m = _HAD_TAIL.match(rest, len(np_))
    if not m:
        return ""
    tail = _cut_clause(m.group(2))
    tail = _HAD_TAIL_CUT.split(tail)[0]
    tail = _clean_phrase(tail, 8)
    if tail and tail[-1] in "rtfe" and (hm := _CUT_HEDGE_END.search(tail)):
        tail = tail[:hm.start()]  # (r21phrase) "a shortfall of over 10%": the hedge before the cut number
    return f"{np_} with {m.group(1).lower()} {tail}" if tail else ""


#: (r21phrase) a hedge (and "of") left at the end of a phrase cut at its number: "(a shortfall) of over", "of more than"
_CUT_HEDGE_END = re.compile(
    r"(?i)(?:\s+(?:of|over|under|around|about|almost|nearly|more\s+than|less\s+than|up\s+to|at\s+least))+$")


#: what a share's population did or was, right after it: "68% of children in care were in foster placements",
#: "25 per cent of looked after children are currently in care outside the borough", "3.7 per cent of children have
#: EHCPs", "41% of staff were still agency workers" -> the part the share counts, as a noun phrase (a verb such as
#: "live" or "attend" is already in the phrase: _np_after does not stop at it)
_SHARE_PRED = re.compile(
    r"\s+(?:(?:currently|now|still|also)\s+)?(?:(were|was|are|is|have\s+been|has\s+been|had\s+been)|(have|has|had))"
    r"\s+(?:(?:currently|now|still|also|already)\s+)?([^,;:.()]{2,120})",
    re.I)
#: a complement that is a place or a state ("in foster placements", "outside the borough", "aged 10 to 15")
_PRED_PLACE = re.compile(r"(?i)^(?:in|on|at|with|from|outside|within|under|over|into|aged|living|placed|subject\s+to"
                         r"|out\s+of|away\s+from|known\s+to|open\s+to)\b")
#: what a population "has" without an article: an acronym or a plural ("have EHCPs", "had SEN support")
_HAVE_OBJECT = re.compile(r"(?:(?i:education\u201a\s*health)|[A-Z]{2,}\w*|[a-z]+s)\b(?<!\bhas)(?<!\bwas)(?<!\bis)(?<!\bthis)(?<!\bits)(?<!\bas)"
                          r"(?<!\bless)(?<!\balways)")
#: the people a share can be of (the words that "who" may follow)
_SHARE_PEOPLE = re.compile(
    r"(?i)\b(?:children|child|young\s+people|people|pupils|learners|students|families|individuals|staff|leavers|"
    r"carers|LAC|CLA|CYP|households|workers|parents|residents|youngsters|boys|girls|babies|adopters)\b(?!['’])")
_PRED_CUT = re.compile(r"(?i)\s+(?:which|that|who|and\s+(?!care\b)|but|while|whilst|compared|against|"
                       r"(?:less|more|fewer|rather|other)\s+than|than|as\s+at|"
                       r"at\s+the\s+(?:end|start)|in\s+(?:the\s+)?(?:last|past)|since|by\s+(?:the\s+)?end)\b")


def _share_predicate(np_: str, rest: str) -> str:
    """The part a share of ``np_`` counts, from what ``rest`` (the text from ``np_`` on) says they did or were:
    "68% of children in care were in foster placements" -> "children in care in foster placements" ("" when the
    words after the population are no such predicate).

    >>> _share_predicate("children", "children have EHCPs against the national average of 2.8 per cent")
    'children with EHCPs'
    >>> _share_predicate("looked after children", "looked after children are currently in care outside of the borough.")
    'looked after children in care outside of the borough'
    >>> _share_predicate("staff", "staff were still agency workers.")
    'staff who were agency workers'
    >>> _share_predicate("children", "children have risen")
    ''
    """
    at = rest.find(np_, 0, len(np_) + 12)  # (after a determiner _np_after leaves out: "of our looked after children")
    if at >= 0 and (ab := _ARE_AGE_BAND.match(rest, at + len(np_))):
        return f"{np_} aged {ab.group(1)}"  # "2.2 percent of the resident population are 85 and over"
    if at < 0 or not _SHARE_PEOPLE.search(np_):
        return ""
    m = _SHARE_PRED.match(rest, at + len(np_))
    if not m:
        return ""
    # (r21phrase) up to seven words, and four more for each name written with a protected comma ("education, health
    # and care plans": five words for one thing)
    comp = " ".join(_PRED_CUT.split(_cut_clause(m.group(3)))[0].split()[:7 + 4 * m.group(3).count(NAME_COMMA)])
    comp = _TRAIL_FUNCTION_WORDS.sub("", comp).strip(" ,;:-'\"") if _ends_with_trail_word(comp) else comp.strip()
    if len(comp) < 3:
        return ""
    if m.group(1) and _PRED_PLACE.match(comp):  # a copula and a place or state
        return f"{np_} {comp}" if len(comp.split()) > 1 else ""
    if is_poor(comp):
        return ""
    if m.group(1):  # a copula and what they were ("agency workers")
        if comp.split()[0].lower() in _BAD_NP_START or comp.split()[0].lower().endswith(("ed", "ing")):
            return ""  # "were referred", "were increasing": a verb, not what they were (_ED_TAIL's)
        return f"{np_} who {m.group(1).split()[0].lower()} {comp}"
    return f"{np_} with {comp}" if _HAVE_OBJECT.match(comp) else ""  # "have EHCPs"


#: (round 18) an adverb between a counted population's verb and what it did or was, skipped ("five schools have
#: successfully returned to a balanced budget", "three schools were broadly in line with similar schools"): any word of
#: three letters or more and "ly" but a closed list: words that are no adverb ("family", "supply", "reply", "apply",
#: "July", "Italy", "fly", "early"), "only" and "likely"/"unlikely" (kept: "families who were likely to need support").
#: Other hedges are skipped like a manner adverb, so the phrase drops them: "Twelve schools were probably in deficit"
#: -> "schools in deficit" (so too "possibly", "potentially", "reportedly")
_MANNER_ADVERB = r"(?!(?:likely|unlikely|only|early|family|supply|reply|apply|july|italy|fly)\b)[a-z]{3,}ly"


#: the nouns a share or a part-count may count: people, cases and things a council counts ("41% of posts", "12 of the
#: 53 exclusions"); the head of the noun phrase after "of" must be one for :func:`share_clause`
#: (the things among them: a clause after them is "that ...", after the others, people, "who ...")
_PART_THINGS = frozenset(
    "cases requests referrals applications assessments plans ehcps ehcp echps enquiries complaints contacts schools "
    "places posts placements exclusions indicators measures targets homes settings providers vacancies "
    "councils authorities boroughs academies secondaries primaries".split())  # (round 18: the bodies a survey counts)
_PART_HEADS = _PART_THINGS | frozenset(
    "children child pupils students learners people families households staff workers carers parents youngsters "
    "adults babies lac cla cyp leavers adopters boys girls individuals residents teenagers adolescents members".split())
#: present or past forms of the verbs a counted population does or did ("attend", "achieved", "live", "require"):
#: after the population they make its share's part a relative clause, not a new clause (group 1: the verb)
_PART_VERB = re.compile(
    r"(?i)\s+(?:(?:currently|now|still|also|already|all|each|either|actually|successfully|then|later|subsequently|only|"
    r"eventually)\s+)?((?:attend|achiev|reach|liv|requir|need|remain|involv|receiv|access|experienc|mov|return|"
    r"complet|enter|join|stay|wait|leav|left|went|go|get|got|tak|took|mak|made|meet|met|gain|secur|pass|fail|"
    r"reoffend|re-offend|offend|progress|continu|benefit|us|identif|report|declar|disclos|fall|fell|belong|"
    r"com|came|transfer|spend|spent|includ|relat|concern|resid|want|chose|choos|prefer|engag|respond|agre)"
    r"(?:e|es|ed|s|d|ies|ied|ne|en)?)\b(?=\s+(?!by\b|than\b|to\s+be\b)[a-z(\"'‘“])")
#: what follows a verb's past form when it is a participle ("plans completed within 20 weeks"), not a past tense
_PARTICIPLE_NEXT = frozenset("within in on by during to at for from under as outside before after into since late "
                             "early so".split())
#: a copula (and an adverb) after the population, then what they were ("are vacant", "were of unknown ethnicity",
#: "are not in education, employment or training", "were long-serving carers")
_PART_COPULA = re.compile(
    r"(?i)\s+(?:(?:currently|now|still|also|all)\s+)?(were|was|are|is|have\s+been|has\s+been|had\s+been|being)\s+"
    rf"(?:(?:currently|now|still|also|already|all|{_MANNER_ADVERB})\s+)?(?=[a-z(\"'‘“])")
#: an adverb and a participle right after the population, with no copula ("EHCPs currently finalised within the
#: timeframe", "families still waiting more than 20 weeks")
_PART_ADVERB_PARTICIPLE = re.compile(
    r"(?i)\s+((?:currently|now|still|already|actually|successfully|subsequently)\s+(?:\w+ed|\w+ing|done|seen|taken|"
    r"given|held|kept|sent|found|brought|chosen|known)\b)")
#: what may stand between the population and its verb and belongs to the population: an age band, a period
_PART_MODIFIER = re.compile(
    r"(?i)\s+((?:aged\s+(?:between\s+(?=\d{1,2}\s+and\s+\d)[\d]{1,2}\s+and\s+\d{1,2}(?:\s+years?(?:\s+old)?)?|(?:under\s+|over\s+)?[\d][\d\s\-–to]*(?:years?(?:\s+old)?|\+)?)|since\s+(?:April|September|January|"
    r"March|the\s+start\s+of\s+the\s+year|last\s+year)|in\s+(?:19|20)\d\d(?:[/-]\d{2,4})?|last\s+year|this\s+year))(?=\s)")
#: the second half of a joined population: "(children) and young people", "(children) and families"
_AND_POPULATION = re.compile(r"(?i) and (?:young people|families|carers|parents|young adults|learners)\b")
#: a restrictive relative clause right after the population: "who have been", "who chose", "that were" (group 1: the
#: pronoun; group 2: a copula or "have" opening it)
_PART_RELATIVE = re.compile(
    r"(?i)\s+(who|that)\s+(?=(?:(were|was|are|is|have|has|had)\b)?)(?=(?:were|was|are|is|have|has|had|still|now|"
    r"currently|also|[a-z]+ed|[a-z]+s|chose|went|got|met|left|live|need|require|attend|receive|remain|come|go|work)\b)")
#: "have" and a past participle after the population (not "have been": a copula, _PART_COPULA's)
_PART_PERFECT = re.compile(
    rf"(?i)\s+(have|has|had)\s+(?:now\s+|already\s+|also\s+|since\s+|recently\s+|{_MANNER_ADVERB}\s+)?(?!been\b)"
    r"([a-z]+(?:ed|en|wn)|left|met|chosen|become|gone|come|taken|made|found|got|won|lost)\b(?=\s)")
#: a finite verb after a relative clause's verb: the main clause's ("who work in X are agency staff")
_SECOND_FINITE = re.compile(r"(?i)\s(?:are|is|were|was|have\s+been|has\s+been|had\s+been)\s")
#: a population's own prepositional modifier before its verb: "(pupils) with disadvantage", "(posts) in England"
#: (group 1: the preposition; the phrase may end after any of its next four words)
_PART_PP = re.compile(r"(?i)\s+(with|in|from|at|on|under|without|across|within)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+")
#: "as" after a participle opens its complement ("recorded as having a disability", "identified as male")
_AS_AFTER = re.compile(r"(?:ed|en|wn)\s+as\s")
_WORD_END = re.compile(r"[\w'’-]+(?=\s)")
#: (round 18) the comma inside the name of the Key Stage 2 measure "reading, writing and maths" (not a clause's end)
_RWM_COMMA_NEXT = r"writing,?\s+(?:and|&)\s+(?:maths|mathematics)\b"
#: where a share's predicate ends
_PART_PRED_CUT = re.compile(
    rf"(?i)[;:()]|,(?!\s*(?:Health\s+and\s+Care|{NEET_COMMA_NEXT}|{_RWM_COMMA_NEXT}))|\s[-–—]\s|\s(?:(?:which|who|that)(?!\s+(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:judged|rated|graded|deemed|classed|assessed|"
    r"inspected))|while|whilst|whereas|but|compared|against|although|though|because|"
    r"as\s+(?:at|of)|(?:less|more|fewer|rather|other)\s+than(?!\s+(?:\d|a\s|an\s|one\b|two\b|three\b|four\b|six\b|half\b))|"
    r"than\s+the|in\s+(?:the\s+)?(?:last|past)|according|and(?!\s+(?:outstanding|good|care|training|employment|education|disabilit|or\b|maths\b|mathematics\b))|"
    r"with\s+(?:the|a|an)\s+(?:rest|remainder|others?))\b|(?<!year)(?<!Year)(?<!stage)(?<!Stage)\s\d(?![\d,.]*[\s-]+(?:working[\s-]+)?(?:days?|weeks?|months?|years?)\b)|"
    r"\.(?:\s|$)")
#: the function words a predicate or a clause cut short cannot end with (an article, a preposition, a conjunction, a
#: possessive): :data:`_PART_PRED_END` strips them from a share's predicate and :data:`_DANGLING` rejects a count's
#: predicate that ends on one
_ENDING_WORDS = ("the", "a", "an", "of", "in", "to", "for", "and", "or", "with", "at", "on", "by", "from", "its", "their",
                 "our", "among", "amongst", "during", "between", "until", "including")
#: words a predicate cannot end with (stripped, with any run of them, from its end): the function words and a
#: determiner or relative pronoun left by a cut ("either", "both", "who", "that", "which")
_PART_PRED_END = re.compile(r"(?i)(?:\s+(?:" + "|".join(_ENDING_WORDS + ("either", "both", "who", "that", "which"))
                            + r"))+\s*$")


def share_clause(np_: str, rest: str) -> str:
    """The part a share or a part-count counts, from the clause its population opens, as a noun phrase: "69 per cent
    of pupils attend a school judged good" -> "pupils who attend a school judged good", "a third of posts are vacant"
    -> "posts that are vacant", "42.5% of EHCPs currently finalised within the timeframe" -> "EHCPs finalised within
    the timeframe", "80 of the 228 children were of unknown ethnicity" -> "children of unknown ethnicity" ("" when
    ``rest``, the text from the population ``np_`` on, opens no such clause, or the population is no counted noun).

    >>> share_clause("pupils attend a school judged good or outstanding", "pupils attend a school judged good or outstanding by Ofsted.")
    'pupils who attend a school judged good or outstanding by Ofsted'
    >>> share_clause("social worker posts", "social worker posts are vacant, the report said")
    'social worker posts that are vacant'
    >>> share_clause("EHCPs", "EHCPs currently finalised within the set timeframe.")
    'EHCPs finalised within the set timeframe'
    >>> share_clause("young people", "young people aged 16-17 years are not in education, employment or training.")
    'young people aged 16-17 years who are not in education, employment or training'
    >>> share_clause("children", "children have risen"), share_clause("budget", "budget is spent on care")
    ('', '')
    """
    return _share_clause(np_, rest)[1]


#: a relative pronoun after the population (group 1: "who", "that" or "whose"), whatever follows it; not "whom" (no share
#: in the pools of rounds 8-13 counts a population with a "whom" clause; "of whom 41 were ..." is a part of the figure
#: before, read elsewhere)
_REL_OPEN = re.compile(r"(?i)\s+(who|that|whose)\s+(?=\S)")
#: where a relative clause must have ended: punctuation, a dash, a sentence's end
_REL_STOP = re.compile(r"[,;:()]|\s[-–—]\s|\.(?:\s|$)")


#: the words that open a relative clause's own subject after "that"/"who": "(LAC) that the council looks after"
_OBJECT_REL_NEXT = frozenset("the a an this these those we they it he she you i our their its his her".split())
#: the words before a verb that is no finite verb of a main clause: "to continue", "will enable"
_NOT_FINITE_BEFORE = (" to", " will", " would", " shall", " should", " could", " can", " may", " might", " must", " not",
                      " have", " has", " had", " been", " being", " is", " are", " was", " were")
_SPACE_BEFORE_WORD = re.compile(r"\s(?=\S)")


def _object_relative(pron: str, nxt: str) -> bool:
    """Whether a relative pronoun (lower case, as :data:`_REL_OPEN` reads it: "who", "that", "whose") and the word after
    it open a relative clause with its own subject ("whose homes", "that Stockport", "that the council"), whose finite
    verb is the relative clause's, not the main clause's."""
    return pron == "whose" or pron in ("that", "who") and (nxt[:1].isupper() or nxt.lower() in _OBJECT_REL_NEXT)


def _main_verb(rest: str, start: int, end: int, skip: int) -> re.Match[str] | None:
    """The finite verb of the main clause after a relative clause that opens at ``start`` (after its pronoun) and
    must end by ``end``: the first verb or copula (:data:`_PART_VERB`, :data:`_PART_COPULA`) after the clause's
    first word, once ``skip`` (0 or 1) finite verbs of the relative clause itself are passed ("LAC that Stockport is
    responsible for | live in Stockport", "children whose homes are in Sedgemoor | are in care")."""
    for sp in (m.start() for m in _SPACE_BEFORE_WORD.finditer(rest, rest.find(" ", start), end)):
        vm = _PART_COPULA.match(rest, sp) or _PART_VERB.match(rest, sp)
        if vm is None or (" " + rest[max(start, sp - 7):sp]).lower().endswith(_NOT_FINITE_BEFORE):
            continue  # (not "to continue to live", "will enable": no finite verb)
        if skip == 0:
            return vm
        skip -= 1
    return None


def _relative_main(rest: str, at: int, pop: str, rel: str, own_subject: bool = False) -> str:
    """The part a share counts when its population has a relative clause and then the main clause's verb: "72% of the
    children whose homes are in Sedgemoor are in care outside the area" -> "children whose homes are in Sedgemoor who
    are in care outside the area", "three quarters of LAC that Stockport is responsible for live in Stockport", "9% of
    those who became cared for were separated young people" -> "those who became cared for who were separated young
    people" ("" when no main verb follows, or either clause is negated). The verbs are those :data:`_PART_COPULA` and
    :data:`_PART_VERB` list ("LAC that the council looks after live in the borough" gives "": "looks" is not among
    them, so "live" is taken for the relative clause's own verb). ``own_subject``: only a relative clause with its own subject ("whose homes", "that the council":
    :func:`_object_relative`).

    >>> _relative_main("children whose homes are in Sedgemoor are in care outside the area.", 8, "children", "who")
    'children whose homes are in Sedgemoor who are in care outside the area'
    """
    ro = _REL_OPEN.match(rest, at)
    if ro is None:
        return ""
    stop = _REL_STOP.search(rest, ro.end(), ro.end() + 120)
    end = stop.start() if stop else min(len(rest), ro.end() + 120)
    subject_rel = not _object_relative(ro.group(1).lower(), rest[ro.end():ro.end() + 20].split()[0])
    if own_subject and subject_rel:
        return ""
    vm = _main_verb(rest, ro.end(), end, 0 if subject_rel else 1)
    if vm is None:
        return ""
    clause = " ".join(rest[ro.start():vm.start()].split())
    main = rest[vm.start():end]
    cut = _PART_PRED_CUT.search(main, 1)
    main = _PART_PRED_END.sub("", " ".join((main[:cut.start()] if cut else main).split()[:12])).strip()
    both = f" {clause} {main} "
    if len(main.split()) < 2 or len(clause.split()) < 2 or " not " in both or "n't" in both or " no longer " in both:
        return ""
    return f"{pop} {clause} {rel} {main}"


@lru_cache(maxsize=4096)  # (speed: pure; 87 calls of a bench pass, 61 distinct)
def _share_clause(np_: str, rest: str) -> tuple[str, str]:
    """:func:`share_clause`, with the population it found (both "" when none)."""
    words = np_.split()
    head = 0
    for i, w in enumerate(words[:8]):
        if w.lower() in _PART_HEADS:
            head = i + 1
            if head < len(words) and words[head][:1] == "(" and words[head][-1:] == ")":
                head += 1  # "looked after children (LAC)"
            break
    if not head and np_ == "those" and rest[:10].lower() == "those who ":
        # "14 per cent of those who contacted the council about fostering went on to complete an enquiry form": the
        # relative clause and the main clause name the part
        rm = _relative_main(rest, 5, "those", "who")
        return ("those", rm) if rm else ("", "")
    pop = " ".join(words[:head])
    at = rest.find(pop, 0, len(pop) + 12) if head else -1  # (after a determiner: "of our cared for children")
    if at < 0:
        return "", ""
    at += len(pop)
    if rest[at:at + 5] == " and " and (both := _AND_POPULATION.match(rest, at)):
        pop, at = pop + both.group(), both.end()  # "children and young people", "children and families"
    mod = _PART_MODIFIER.match(rest, at)
    when = ""
    if mod:
        if mod.group(1)[:4].lower() == "aged":
            pop = f"{pop} {mod.group(1).strip()}"  # "young people aged 16-17 years are not in education"
        else:
            when = f" {mod.group(1).strip()}"  # "new EHC plans since April were issued within 20 weeks"
        at = mod.end()
    rel = "that" if words[head - 1].lower() in _PART_THINGS else "who"

    def pred(start: int) -> str:
        body = rest[start:start + 160]
        cut = _PART_PRED_CUT.search(body)
        body = (body[:cut.start()] if cut else body).lstrip()
        if " as " in body and not _AS_AFTER.search(body):
            body = body[:body.index(" as ")]  # "are vacant as staff leave": "as" opens a new clause
        body = " ".join(body.split()[:12])
        out = _PART_PRED_END.sub("", body).strip(" ,;:-'\"‘’“”")
        return f"{out} for" if body.endswith("cared for") and out.endswith("cared") else out  # "were cared for"

    pp = None
    if rest[at:at + 1] == " " and (pp := _PART_PP.match(rest, at)):
        # "pupils with disadvantage achieved", "posts in England are vacant": the population's own modifier, then its verb
        for e in [m.end() for m in _WORD_END.finditer(rest, pp.end(1), pp.end())]:
            if _PART_COPULA.match(rest, e) or _PART_VERB.match(rest, e) or _PART_ADVERB_PARTICIPLE.match(rest, e):
                pop, at = f"{pop} {rest[at:e].strip()}", e
                break
    if rest[at:at + 5] in (" who ", " that") and (rc := _PART_RELATIVE.match(rest, at)):
        # "77 per cent of children who have been in the same placement for two years", "100 children who chose a
        # return interview": a restrictive relative clause says which of them are counted (not after a comma)
        body = pred(rc.end(1))
        if " not " in f" {body} " or "n't" in body or " no longer " in f" {body} ":
            return "", ""  # "40 children who are not in care": a negated clause would name the measure it denies
        if rc.group(2) is None and (second := _SECOND_FINITE.search(body)):
            # "40% of staff who work in children's services are agency staff": the relative clause, then what the main
            # clause says of them ("... who are agency staff")
            main = _PART_PRED_END.sub("", body[second.start():]).strip()
            body = f"{body[:second.start()]} {rc.group(1).lower()} {main}" if len(main.split()) >= 2 else ""
        body = _PART_PRED_END.sub("", body).strip()
        if len(body.split()) >= 2 and not is_poor(body):
            return pop, f"{pop} {rc.group(1).lower()} {body}{when}"
        return "", ""
    if rest[at:at + 5] in (" who ", " that", " whos") and (rm := _relative_main(rest, at, pop, rel, own_subject=True)):
        # "three quarters of LAC that Stockport is responsible for live in Stockport", "72% of the children whose homes
        # are in Sedgemoor are in care outside the area": a relative clause _PART_RELATIVE does not read (one with its
        # own subject, or "whose"), then the main clause's verb; the part is the population, the clause and what the
        # main clause says of them. A clause without its own subject whose verb _PART_RELATIVE does not list ("a third
        # of the children that get EHCPs require a specialist placement") is left out (own_subject=True): reading it
        # moved a judged-right phrase of round 14's CHECK (738bd3c)
        return pop, f"{rm}{when}"
    if rest[at:at + 3] in (" ha", " Ha") and (pf := _PART_PERFECT.match(rest, at)):
        # "8 fostering households have joined us in the last 12 months", "22 looked after children have experienced
        # three placements": what they have done says which of them are counted
        tail = pred(pf.end())
        words_ = [w for w in tail.split() if w.lower() not in ("us", "them", "it")]  # "have joined us": "us" says nothing
        tail = f" {' '.join(words_)}" if words_ else ""
        return pop, f"{pop} {rel} {pf.group(1).lower()} {pf.group(2)}{tail}{when}"
    if (ap := _PART_ADVERB_PARTICIPLE.match(rest, at)):
        verb = ap.group(1).split()[-1]
        tail = pred(ap.end())
        still = "still " if ap.group(1)[:5].lower() == "still" else ""
        return (pop, f"{pop} {still}{verb} {tail}{when}".strip()) if tail or verb.endswith("ing") else ("", "")
    if (cp := _PART_COPULA.match(rest, at)):
        comp = pred(cp.end())
        if comp[:6].lower() == "being " and comp.split()[1][-2:].lower() == "ed":
            comp = comp[6:]  # "were being helped to be protected": the participle
        if len(comp) < 3 or comp.split()[0].lower() in ("a", "an", "the", "also", "more", "less", "expected", "likely",
                                                          "due", "set", "up", "down", "higher", "lower", "increasing",
                                                          "rising", "falling", "to", "there", "it", "as", "so"):
            return "", ""
        first = comp.split()[0].lower()
        if first.endswith("ed") or first in ("done", "seen", "taken", "given", "held", "kept", "sent", "found",
                                              "brought", "known", "issued", "made", "met"):
            return pop, f"{pop} {comp}{when}"  # "were issued within 20 weeks": the participle (as _ED_TAIL)
        if first in ("in", "on", "at", "of", "from", "outside", "within", "with", "without", "under", "over", "aged",
                     "living", "placed", "subject", "out", "away", "known", "open"):
            return pop, f"{pop} {comp}{when}"  # "were of unknown ethnicity", "being from agencies"
        cop = cp.group(1).split()[0].lower()
        cop = "are" if cop == "being" else cop
        return pop, f"{pop} {rel} {cop} {comp}{when}"
    if (vp := _PART_VERB.match(rest, at)):
        tail = pred(vp.end())
        verb = vp.group(1)
        # a past form that may be a participle: -ed/-en/-ne and "left", "got", "made", "met", "spent" (not a
        # past tense only: "children came into care last year", "went missing", "fell", "took", "chose")
        if verb[-2:].lower() in ("ed", "en", "ne") or verb.lower() in ("left", "got", "made", "met", "spent"):
            if not tail or tail.split()[0].lower() in _PARTICIPLE_NEXT:
                if tail and tail.split()[0].lower() == "as" and verb[-2:].lower() == "ed" and " as " not in np_:
                    # "53% of cared for children and young people identified as male": the participle and what they
                    # were identified as (the phrase was cut at the participle)
                    return pop, f"{pop} {verb} {tail}{when}"
                return "", ""  # "EHC plans completed within 20 weeks": a participle, the phrase already says it
        if not tail:
            return "", ""
        return pop, " ".join(f"{pop} {rel} {verb} {tail}{when}".split())
    return "", ""


#: the noun after a count that is only its unit ("17 children"): the subject says what is measured
#: what follows a bare population noun that is an earlier or other value of the measure named before
_EARLIER_VALUE_RIGHT = re.compile(
    r"(?i)\s*(?:(?:in\s+|at\s+)?the\s+(?:previous|last|same|prior)\s+(?:year|quarter|month|period)|(?:in\s+)?last\s+(?:year|quarter|month)|"
    r"a\s+year\s+(?:ago|earlier|before)|(?:in|at|by)\s+(?:(?:the\s+)?(?:end|start)\s+of\s+)?(?:19|20)\d\d\b|"
    r"(?:at|by)\s+the\s+(?:end|start)\s+of\b|[.;)]|$)")
_POPULATION_NP = re.compile(
    r"(?i)(?:children|child|young\s+people|people|pupils|learners|students|families|cases|individuals|"
    r"referrals|staff|posts|places)"
)
_COPULA_END = re.compile(r"(?i)\b(?:was|were|is|are|stood\s+at|totalled|totaled|reached|of|averaged|averaging)"
                         r"(?:\s+(?:around|about|approximately|nearly|almost|over|just\s+over|just\s+under))?\s*$")
#: a kind of money right after the figure: "a £1.6m pressure", "a £5.4m forecast overspend"
_MONEY_NOUN = re.compile(
    r"(?i)^(?:(?:forecast|projected|predicted|anticipated|in[\s-]year|full[\s-]year|cumulative|net|overall|adverse|favourable|"
    r"underlying|potential|estimated|recurrent|recurring|ongoing|budget|budgetary|financial|funding)\s+){0,2}"
    r"(?:overspends?|underspends?|deficits?|surplus(?:es)?|pressures?|savings?|variances?|shortfalls?|gap|"
    r"funding\s+gap|budget\s+gap)\b"
)
_MONEY_WORD = re.compile(
    r"(?i)\b(?:overspends?|overspent|underspends?|underspent|deficits?|surplus|pressures?|savings?|variances?|"
    r"shortfall|gap|budgets?|costs?|spend|spending|funding|grant|income|investment|allocation|reserves?|balances?)\b"
)
#: a loss named right after an amount: "£5.5m over budget", "a £7.7m budget hole", "a £100m cut in the money",
#: "a £2m reduction in the grant" (_LOSS_FIRST: its cheap first-word gate)
#: what, right before an amount, makes it a modifier of the noun after it: a possessive, an article, "for", a verb
#: of agreeing or paying for a thing ("the council's £50m budget", "a £2m rise in costs", "approval for £8m expansion")
_MONEY_MODIFIES_LEFT = re.compile(
    r"(?i)(?:\w['’]s|\b(?:a|an|for|its|their|our|foot|footing|approved?|agreed?|awarded?|secured?|announced?|"
    r"unveiled?|earmarked?))\s*[“\"‘]?\s*(?:(?:around|about|approximately|nearly|almost|over|some|estimated|additional|"
    r"extra|further|new|proposed|planned)\s+)?$")
#: the first word of what such an amount cannot modify alone: a change noun (unless more follows), an article, "per"
_NOT_MODIFIED_HEAD = frozenset(_CHANGE_NOUNS | {"a", "an", "per", "each", "every", "more", "less"})
_LOSS_FIRST = re.compile(r"(?i)^\s+(?:over\s|budget\s|black\s|funding\s|cuts?\b|reductions?\b|holes?\b)")
_LOSS_RIGHT = re.compile(
    r"(?i)^\s+((?:over\s+(?:(?:its|their|the|our|his|her)\s+)?(?:(?:agreed|annual|allocated|approved|set)\s+)?budget"
    r"|(?:(?:budget|black|funding)\s+)?(?:holes?|cuts?|reductions?))\b"
    r"(?:\s+(?:in|to|of|on|for)\s+[^,;:.()\n]{2,50})?)"
)
#: a possessive before the count of a whole: "(one in five of) its 295,000 citizens", "(30% of) our 2,100 pupils"
#: "over its budget for adult services": a noun phrase for it (a phrase led by "over" names nothing, is_poor)
_OVER_OWN_BUDGET = re.compile(r"(?i)^over\s+(?:its|their|the|our|his|her)\s+")


def _loss_phrase(loss: str) -> str:
    """The phrase of a loss named right after an amount: "over its budget for adult services" -> "overspend against
    budget for adult services" (plain "over budget" and the rest unchanged).

    >>> _loss_phrase("over its budget for children's services")
    "overspend against budget for children's services"
    >>> _loss_phrase("over budget")
    'over budget'
    """
    m = _OVER_OWN_BUDGET.match(loss)
    return f"overspend against {loss[m.end():]}" if m else loss


#: (round 18) a place's possessive and the count of its whole: "England's 80,850 (looked after children)"
_PLACE_POSSESSIVE_COUNT = re.compile(r"([A-Z][\w-]*['’]s)\s+\d[\d,]*\s+(?=[a-z])")
_POSSESSIVE_COUNT = re.compile(r"(?i)(?:its|our|their|these|those|his|her)\s+(?=\d[\d,]*\s+[a-z])")
#: "the" and the count of a share's whole before its noun: "(8.3 per cent of) the 355 looked after children"
_THE_COUNT = re.compile(r"(?i)the\s+\d[\d,]*\s+(?=[a-z])")
#: the share of spending that goes to a use: "(60%) of that spend has to go towards Adult Social Care", "(36%) of its
#: budget is spent on children's social care", "(20%) has to be spent on statutory services"
_SHARE_OF_USE = re.compile(
    r"(?i)^\s+(?:of\s+(?:(?:its|our|their|that|this|the)\s+)?(?:[A-Z][\w'’]*\s+){0,3}?(?:[A-Z][\w]*['’]s\s+)?"
    r"(budget|spend|spending|expenditure|funding)\s+)?"
    r"(?:(?:is|was|are|were|being|has\s+to\s+be|had\s+to\s+be|have\s+to\s+be|will\s+be|must\s+be|to\s+be)\s+)?"
    r"(?:spent|allocated|used|(?:has\s+to\s+|had\s+to\s+|have\s+to\s+|will\s+)?go(?:es)?|went)\s+(on|to|towards)\s+"
    r"(?!(?:these|those|them|it|this|that)\b)([^,;:.()–—]{3,80})"
)
#: a subject that names only a position or a period ("the cumulative position"): it keeps its own words
_OPEN_SUBJECT = re.compile(r"(?i)\b(?:position|outturn|forecast|figure|total|balance|result|amount|sum)$")
#: a label right before its value, after a list separator: "; Child protection plans: 301", "Attendance - 94%"
_LABEL_LEFT = re.compile(
    r"(?:^|[;•·|\n]|[.,]\s|(?<=:)\s(?=\d))\s*((?:\d{1,2}(?:\s*(?:,|and|&|to|-)\s*\d{1,2})*[\s-]+years?[\s-]+olds?\b"
    r"[A-Za-z'’&/ ()-]{0,40}?)|[A-Za-z][A-Za-z'’&/ -]{2,60}?)\s*(?::|\s[-–—])\s*$")
#: (a label may open with an age group: "3 and 4 year olds: £5.35", "2 year olds: £5.58")
#: the ratings of a RAG scorecard, which label its counts ("Green – 4; Amber – 3; Red – 8")
_RAG_WORDS = frozenset("red amber green".split())
#: what _LABEL_LEFT ends with (before spaces)
_LABEL_ENDS = (":", "-", "–", "—")
_MORE_FEWER = re.compile(r"(?i)^\s+(?:more|fewer|less|additional|extra|further|new|net)(?=\s+[a-z])")
_TIME_UNIT_NEXT = re.compile(r"(?i)[\s-]+(?:working\s+)?(?:days?|weeks?|months?)\b")
#: a time limit written as one word: "20-week", "45-day"
_TIME_LIMIT_WORD = re.compile(r"(?i)\d+-(?:working-)?(?:days?|weeks?|months?)")
#: the rest of the name "education, health and care" after its comma
_EHC_COMMA_RIGHT = re.compile(rf"(?i)\s*{EHC_COMMA_NEXT}\b")
_SHARE_VERB_LEFT = re.compile(
    r"(?i)\s(?:made\s+up|make\s+up|makes\s+up|making\s+up|accounted\s+for|account\s+for|accounts\s+for|"
    r"accounting\s+for|represented|represents|represent|representing|formed|forming|comprised|constituted)\s+"
    r"(?:(?:around|about|approximately|nearly|almost|over|just\s+over|just\s+under|only|some)\s+)?$"
)
#: a clause opening with "which" after a comma: the share verb's subject is the noun phrase before it
_SHARE_WHICH_END = re.compile(r"(?i),\s*(?:which|who)\s*$")
#: the last noun phrase before a point follows the last verb, preposition or punctuation before it
_LAST_NP_BOUNDARY = re.compile(
    r"(?i)[,;:–—(]\s*|\b(?:is|are|was|were|remains?|remained|being|been|includ(?:es|ed|ing)|by|from|of|as|with)\s+")
_OF_NEXT = re.compile(r"^\s+of\b")
_VERB_OBJECT_TO = re.compile(
    r"(?i)\b(?:reduced|increased|cut|brought|lowered|raised|grown|grew|reduce|increase|bring|lower|raise)\s+"
    r"(?:the|its|their|our|this|a)\s+([\w'’ -]{3,50}?)\s+(?:down\s+|up\s+)?to\s+$"
)


@lru_cache(maxsize=4096)
def _verb_object_to(left: str) -> re.Match[str] | None:
    """(speed) ``_VERB_OBJECT_TO.search(left)``, memoised per pass (a left context recurs: "... had risen to")
    and searched only where ``left`` ends with "to" and whitespace, as the pattern does."""
    return _VERB_OBJECT_TO.search(left) if left[-1:].isspace() and left.rstrip()[-2:].lower() == "to" else None


#: (speed) how a match of _HAD_MONEY_OF ends, before its whitespace
_HAD_MONEY_OF_ENDS = ("of", "around", "about", "approximately", "nearly", "almost", "over", "under", "some")
_HAD_MONEY_OF = re.compile(
    r"(?i)\b(?:\w+ed|had|has|have|saw|sees|faced|faces|forecast|forecasts|shows|showed)\s+(?:an?|the|its|their)\s+"
    r"((?:(?:forecast|projected|in[\s-]year|cumulative|net|overall|underlying|potential|estimated)\s+){0,2}"
    r"(?:overspend|underspend|deficit|surplus|pressure|saving|savings|variance|shortfall|funding\s+gap|budget\s+gap))"
    r"\s+of\s+(?:(?:around|about|approximately|nearly|almost|over|just\s+over|just\s+under|some)\s+)?$"
)
_TIME_PP = re.compile(
    rf"(?i)(?:in|at|on|from|by|into)\s+(?:the\s+)?(?:previous|last|same|end|start|beginning|first|second|third|"
    rf"fourth|final|quarter|year|month|week|term|period|autumn|spring|summer|winter|\d|{MONTHS[3:-1]})"
)


_ASKED = re.compile(
    r"(?i)\b(?:asked|queried|questioned|enquired|inquired|wondered)\s+(?:about\s+|for\s+|what\s+|whether\s+)?"
    r"(?:how\s+many|the\s+(?:number|percentage|proportion|level|rate|amount)\s+of|what\s+the\s+([\w\s'’-]{3,40}?)"
    r"\s+(?:was|were|is|are))\s+([^.?;]{3,80})"
)


#: (speed) patterns of :func:`_asked_about`, compiled once
_COPULA_WORDS = re.compile(r"(?i)\b(?:were|was|are|is|had\s+been|have\s+been|currently|now|still)\s+")


def _asked_about(text: str, sent_start: int) -> str:
    """The measure a question in the previous sentence asked about ("asked how many children were
    looked after", "asked about the percentage of EHCPs issued within 20 weeks"); else ""."""
    m = None
    for m in _ASKED.finditer(text, max(0, sent_start - 300), sent_start):
        pass
    if m is None:
        return ""
    if m.group(1):
        body = m.group(1)
    else:
        body = _COPULA_WORDS.sub("", m.group(2))
    body = _cut_clause_words(body)
    p = _clean_phrase(body, 8)
    return "" if is_poor(p) else p


#: (speed) patterns of :func:`_cut_clause_words`, compiled once
_QUESTION_CUT = re.compile(r"(?i)\b(?:and\s+(?:what|whether|how|if|why)|whether|compared|against|which|because)\b")


def _cut_clause_words(s: str) -> str:
    m = _QUESTION_CUT.search(s)
    return s[: m.start()] if m else s


#: (speed) patterns of :func:`_base_of`, compiled once
_OF_BASE_BRACKET_END = re.compile(r"\(of ([^()]*)\)$")


def _base_of(phrase: str) -> str:
    """"placed in homes (of children we care for)" -> "children we care for" (no nesting)."""
    m = _OF_BASE_BRACKET_END.search(phrase)
    return m.group(1) if m else phrase


# -- a figure inside the noun phrase it measures ------------------------------------------------------

#: the words that open a noun phrase before a figure that modifies the noun after it ("the £6 million
#: pressures", "a 20% reoffending rate", "and 91% achievement rates")
_NP_OPENERS = frozenset(
    "a an the its their our his her this that these those each every another any no whose and or plus including "
    "with".split()
)
#: a bound between the opener and the figure: "a minimum of (£50,000 contingency)", "up to a maximum of"
_MIN_MAX_OF_END = re.compile(r"(?i)\s(?:up\s+to\s+)?(?:a|the)\s+(?:minimum|maximum)\s+of\s+$")
#: hedges between the opener and the figure: "an approximately 5% uplift"
_HEDGE_END = re.compile(
    r"(?i)(?:\s+(?:approximately|around|about|nearly|almost|over|under|just|only|some|roughly|circa|c\.))+\s*$"
)
#: (r23ind, speed) the last two letters of those hedges (before the space after them, if any: "totalling c.£250k"): only
#: then is a hedge cut
_HEDGE_LAST = frozenset(("ly", "nd", "ut", "st", "er", "me", "ca", "c."))
#: words after a figure that never head the noun phrase it modifies: time and units, comparison,
#: adverbs of place or manner ("94% overall", "5% points higher", "12% this year", "20% nationally")
_NOT_HEAD = frozenset(
    """year years month months week weeks day days hour hours term quarter point points pa annum per cent percent
    overall nationally locally respectively higher lower more less fewer above below ahead behind up down
    compared against versus than this last next previous each of in for to on at by from with and or
    female male remaining outstanding pending existing ongoing following rising falling increasing decreasing""".split()
)
#: a verb that lets its subject name what a figure in its object measures ("entrants had a 20% rate")
_HAVE_END = re.compile(r"(?i)\b(?:had|has|have|having|with|saw|sees|recorded|records|showed|shows)\s*$")


#: (speed) a participle and a verb after a noun phrase: the tail of :func:`_participle_after`
_PARTICIPLE_THEN_VERB = re.compile(r"\s+(\w+ed)\s+(?:had|has|have|was|were|is|are)\b")
_LEAD_SPACE = re.compile(r"\s+")


def _participle_after(right: str, np_: str) -> re.Match | None:
    """``re.match(rf"\\s+{re.escape(np_)}\\s+(\\w+ed)\\s+(?:had|has|have|was|were|is|are)\\b", right)``
    for a noun phrase ``np_`` that opens with a non-space, without a pattern per phrase: the spaces
    before ``np_`` can only be all the spaces ``right`` opens with."""
    lead = _LEAD_SPACE.match(right)
    if lead is None or not right.startswith(np_, lead.end()):
        return None
    return _PARTICIPLE_THEN_VERB.match(right, lead.end() + len(np_))


def _head_np(right: str) -> str:
    """The noun phrase after a figure, cut before a participle or a verb joined by "and"
    ("grant funding secured for ..." -> "grant funding", "pressures and asked" -> "pressures")."""
    np_ = _np_after(right)
    out: list[str] = []
    for w in np_.split():
        lw = w.lower()
        if out and (_adverb_or_participle(lw) or lw in ("and", "or") and out[-1].lower() not in _FUNCTION_WORDS
                    and _next_is_verb(np_, w)):
            break
        out.append(w)
    if out:
        # "the 95% funding received had reached settings": a participle before the verb says which funding
        pm = _participle_after(right, " ".join(out))
        if pm:
            out.append(pm.group(1))
    return _clean_phrase(" ".join(out))


def _next_is_verb(np_: str, conj: str) -> bool:
    """Whether the word after ``conj`` in ``np_`` is a participle or past tense ("and asked")."""
    words = np_.split()
    i = words.index(conj)
    return i + 1 < len(words) and _adverb_or_participle(words[i + 1].lower())


_SPACE_LETTER = re.compile(r"\s+[A-Za-z]")
_SPACE_DASH = re.compile(r"\s+(?:-|–)")


def modified_noun(text: str, h: Hit, unit: str, left: str) -> str:
    """The noun phrase a percentage or an amount of money modifies, when the figure sits inside it
    after a determiner, an adjective or a list word: "the proposed 0.5% investment" -> "proposed
    investment"; "the £6 million pressures" -> "pressures"; "and 91% achievement rates among learners"
    -> "achievement rates among learners"; with the owner a verb of having names ("first time entrants
    had a 20% reoffending rate" -> "reoffending rate of first time entrants"). Else "": after a verb
    or a copula ("Attendance was 94% overall") the subject names the measure.

    >>> from .grammar import Hit
    >>> t = "Members referenced the £6 million pressures and asked about support."
    >>> modified_noun(t, Hit(23, 33, "figure", "money", [6e6]), "gbp", t[:23])
    'pressures'
    >>> t = "Attendance was 94% overall."
    >>> modified_noun(t, Hit(15, 18, "figure", "num", [94.0]), "percent", t[:15])
    ''
    """
    if unit not in ("percent", "gbp", "eur", "usd"):
        return ""
    right = text[h.end:h.end + 120]
    if not right[:1].isspace() or not _SPACE_LETTER.match(right) or _SPACE_DASH.match(right):
        return ""
    head = _head_np(right)
    first = right.split()[0].lower()
    if not head or first in _NOT_HEAD or first in _CHANGE_NOUNS or _adverb_or_participle(first) \
            or first in _STOP_NP or first in _BAD_NP_START or is_poor(head) or _is_generic(head):
        return ""
    before = _HEDGE_END.sub("", left)
    if before[-4:] == " of " and "mum" in before[-14:] and (qm := _MIN_MAX_OF_END.search(before)):
        before = before[:qm.start()] + " a "  # "a minimum of £50,000 contingency": the bound's noun is the amount's
    words = before.split()
    if not words:
        return ""
    last = words[-1].lower().strip(",")
    adjective = ""
    if before.rstrip().endswith(",") or last in _NP_OPENERS:
        opener_at = len(words) - 1
    elif len(words) >= 2 and words[-2].lower() in ("a", "an", "the", "its", "their", "our", "this", "these") \
            and last.isalpha() and last not in _STOP_NP and last not in _NP_OPENERS:
        adjective, opener_at = words[-1], len(words) - 2  # "the proposed 0.5% investment"
    else:
        return ""
    phrase = f"{adjective} {head}" if adjective else head
    if " by" in phrase:
        phrase = _BY_CUT.split(phrase, 1)[0]  # "exceeded its £44.5 million budget by more than £4 million": "budget"
    owner = " ".join(words[:opener_at])
    if _HAVE_END.search(owner):
        who = subject(owner + " ")
        if who and not is_poor(who) and not _is_generic(who) and len(who.split()) <= 6 and not _shares_word(who, head):
            phrase = f"{phrase} of {who}"
    return phrase


# -- a phrase that is a verb phrase ------------------------------------------------------------------

#: a phrase that opens with a marker of a verb: "to highlight the deficit", "not be looking to ...", "be ..."
_VERB_LEAD = re.compile(r"(?i)^(?:not|never|be|been|being|will|would|should|could|can|may|might|must)\b|^to\s+\w+\s+(?:a|an|the|its|their|our|this|these)\b")
#: the word before a phrase that makes its first word a verb: a modal, "not", a subject pronoun
_MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|shall|should|could|can|may|might|must|not|never|we|they|she|he|i)\s+$")
#: an auxiliary before a participle: "fines were issued", "was operating", "have not changed"
_AUX_BEFORE = re.compile(r"(?i)\b(?:was|were|is|are|be|been|being|had|has|have)\s+(?:not\s+|also\s+|now\s+|currently\s+)?$")
# (speed) the last words of _MODAL_BEFORE and _AUX_BEFORE (before their whitespace)
_MODAL_ENDS = ("will", "would", "shall", "should", "could", "can", "may", "might", "must", "not", "never", "we", "they",
               "she", "he", "i")
_AUX_ENDS = ("was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "not", "also", "now", "currently")
#: the object after a verb: "achieve the national picture" -> "national picture"
_OBJECT_AFTER_VERB = re.compile(r"(?i)^(?:[\w'’-]+\s+){1,5}?(?:a|an|the|its|their|our|this|these)\s+(.+)$")


def _first_word(phrase: str) -> str:
    """The first word of a phrase, "" for a phrase of no word (an empty phrase: the rules found none; its first word
    is then no participle, "-ing" form or adverb).

    >>> _first_word("working days lost"), _first_word(""), _first_word("  ")
    ('working', '', '')
    """
    words = phrase.split(None, 1)
    return words[0] if words else ""


def verb_led(text: str, phrase: str, h: Hit, sent_start: int) -> bool:
    """Whether an indicator phrase is a verb phrase of its sentence, not a name of a measure: it opens
    with "to", "not", "be" or a modal, or its first word follows a modal, a subject pronoun or, as a
    participle, an auxiliary ("should strive", "was operating", "fines were issued in 2013/14").

    >>> t = "She believed the service should strive for 100%."
    >>> verb_led(t, "strive", Hit(40, 44, "figure", "num", [100.0]), 0)
    True
    >>> t = "The number of children in care was 312."
    >>> verb_led(t, "children in care", Hit(35, 38, "figure", "num", [312.0]), 0)
    False
    """
    if not phrase.strip() or _VERB_LEAD.match(phrase):
        return bool(phrase.strip())
    first = phrase.split()[0]
    k = text.rfind(phrase, sent_start, h.start)
    if k < 0:
        k = text.find(phrase, h.end)
    if k <= 0 or first[0].isupper():
        return False
    before = text[max(sent_start, k - 24):k]
    low = first.lower()
    if not before[-1:].isspace():
        return False  # (speed) both patterns end with whitespace
    return bool(_ends_with(before, _MODAL_ENDS) and _MODAL_BEFORE.search(before) or (
        (low.endswith("ing") or _adverb_or_participle(low)) and _ends_with(before, _AUX_ENDS) and _AUX_BEFORE.search(before)))


#: (speed) patterns of :func:`_mend_verb_phrase`, compiled once
_CLAUSE_PUNCT = re.compile(r"[,;:]\s*")
#: (r27phrase) where a long subject's head noun phrase ends: its first preposition or participle of place or time
_SUBJECT_PP_CUT = re.compile(r"(?i)\s+(?:on|in|at|from|for|to|within|across|awarded|given|allocated|agreed)\s")
_DIGIT = re.compile(r"\d")


def _mend_verb_phrase(text: str, h: Hit, unit: str, phrase: str, sent_start: int, prev: str) -> tuple[str, str] | None:
    """A name for a figure whose phrase is a verb phrase (:func:`verb_led`): the verb's object ("to
    highlight the cumulative deficit" -> "cumulative deficit", "had provided funds" -> "funds"), else the
    noun after the figure ("operating at less than 50% capacity" -> "capacity"), else, after a modal or
    "not", the subject before the verb ("Fees have not changed much for 12 years" -> "Fees"), else the
    measure named before; None when none is found (and for a duration, whose verb "take" or "wait" is
    its measure)."""
    if unit in ("days", "weeks", "months", "years", "hours") and not _VERB_LEAD.match(phrase):
        return None  # "expected to take another three months": a duration's verb is its measure
    om = _OBJECT_AFTER_VERB.match(phrase)
    words = phrase.split()
    i = 0
    while i < len(words) and (words[i].lower() in _VERB_WORDS or words[i][0].islower() and (
            words[i].lower().endswith("ing") or _adverb_or_participle(words[i].lower()))):
        i += 1
    for cand in ((om.group(1) if om else ""), " ".join(words[i:]) if 0 < i < len(words) else ""):
        obj = _clean_phrase(cand, 8) if cand else ""
        if obj and not is_poor(obj) and not _is_generic(obj) and obj.split()[0].lower() not in _PARTICLES \
                and not verb_led(text, obj, h, sent_start):
            return obj, "own"
    right = text[h.end:h.end + 120]
    first = right.split()[0].lower() if right.split() else ""
    head = _head_np(right) if _SPACE_LETTER.match(right) else ""
    if head and first not in _NOT_HEAD and first not in _CHANGE_NOUNS and not _adverb_or_participle(first) \
            and first not in _STOP_NP and first not in _BAD_NP_START and not is_poor(head) and not _is_generic(head):
        return head, "own"
    k = text.rfind(phrase, sent_start, h.start)
    if k > sent_start and (words[0].lower() in _VERB_WORDS | {"to"} or words[0].endswith("ing")
                           or _MODAL_BEFORE.search(text, max(sent_start, k - 24), k)):
        chunks = _CLAUSE_PUNCT.split(text[sent_start:k])
        # (r27phrase) a verb (or its modal) right after a comma: the subject is the chunk before it ("the growth funding awarded to
        # schools from September 2019, will be distributed on the basis of £1,866 per place"); a long subject, cut at
        # its first preposition ("the financial implications statement on the report title page should be amended
        # from £3.606m" -> "financial implications statement")
        who = subject(chunks[-2] if len(chunks) >= 2 and all(w.lower() in _VERB_WORDS for w in chunks[-1].split())
                      else chunks[-1])
        if who and len(who.split()) > 5 and (cut := _SUBJECT_PP_CUT.search(who)) and len(who[:cut.start()].split()) >= 2:
            who = who[:cut.start()]
        if who and len(who.split()) <= 5 and not is_poor(who) and not _is_generic(who) and not _DIGIT.search(who) \
                and not verb_led(text, who, h, sent_start):
            return who, "own"
    if prev:
        return prev, "inherited"
    return None


#: the particles of phrasal verbs: "carried forward", "set up", "paid back"
_PARTICLES = frozenset("forward back up down out off over away on in".split())
#: auxiliaries, modals and negation: the words a verb phrase opens with
_VERB_WORDS = frozenset("not never be been being will would shall should could can may might must have has had was were is are".split())


#: "the cumulative deficit of £16.13m", "a caseload of around 18": the noun phrase the value is "of"
_NP_OF_VALUE = re.compile(
    r"(?i)(?:^|[\s(])(?:a|an|the|its|their|our|this|that)\s+((?:(?!(?:a|an|the|its|their|our|this|that)\s)[\w'’-]+\s+){0,3}?[A-Za-z][\w'’-]*"
    r"(?:\s+(?:from|for|to|into|in|on|within|across)\s+(?:the\s+)?(?:(?!(?:a|an|its|their|our|this|that)\s)[\w'’/-]+\s+){0,2}?"
    r"[\w'’/-]+){0,2})(?:\s+(?:now|currently|still))?\s+of\s+"
    r"(?:(?:around|about|approximately|nearly|almost|over|just\s+over|just\s+under|some|up\s+to|roughly)\s+)?$"
)


_TO_A_MAXIMUM = re.compile(r"(?i)\s+(?:(?:up\s+)?to|of)\s+a\s+(?:maximum|minimum)\s+of\s+$")
_NP_OF_VALUE_ENDS = ("of", "around", "about", "approximately", "nearly", "almost", "over", "under", "some", "to",
                     "roughly")  # (speed) how a match of _NP_OF_VALUE ends, before its whitespace


@lru_cache(maxsize=4096)
def np_of_value(left: str, unit: str = "gbp", right: str = "") -> str:
    """The noun phrase whose value the figure is, written "<the noun> of <figure>": "The report sought
    to highlight the cumulative deficit of " -> "cumulative deficit"; "" for a generic noun ("the
    number of", "a total of"), a change ("an increase of"), a participle and its particle ("The overspend was made up
    of": :func:`_participle_and_particle`, r23tidy) or none.

    >>> np_of_value("The report sought to highlight the cumulative deficit of ")
    'cumulative deficit'
    >>> np_of_value("There was an increase of "), np_of_value("a total of ")
    ('', '')
    >>> np_of_value("The overspend was made up of ")
    ''
    """
    if unit not in ("percent", "gbp", "eur", "usd") and (unit != "count" or _np_after(right)):
        return ""  # "the purchase of 4 new children's homes": a count names the noun after it
    # (speed) _NP_OF_VALUE ends with "of" or a hedge and whitespace: searched only then
    m = _NP_OF_VALUE.search(left) if left[-1:].isspace() and _ends_with(left, _NP_OF_VALUE_ENDS) else None
    if m is None:
        # (r23ind) no determiner: the bare noun phrase right before "of" ("driven by savings proposals of £2.9m")
        return _bare_np_of(left) if left[-4:] == " of " else ""
    np_ = _clean_phrase(_nearest_np(m.group(1)), 6)
    words = [w.lower() for w in np_.split()]
    if words in (["region"], ["order"]) and left.rstrip()[-16:].lower().startswith(("in the region", "n the order")):
        return ""  # "costing in the region of £230,000", "in the order of £2m": about, not a noun with a value
    if words in (["maximum"], ["minimum"]):
        # "the capital funding to a maximum of £1.8m": "up to", not a noun with a value; the noun before it is the measure:
        # (r15tidy) one with no determiner right after a participle ("Cabinet approved capital funding to a maximum of",
        # "The Board agreed grant funding up to a maximum of": _bare_np_before; before r15 "" or, past the participle,
        # "Board agreed grant funding"), else one after a determiner, as _NP_OF_VALUE asks
        cut = _TO_A_MAXIMUM.search(left)
        if cut is None:
            return ""
        return _bare_np_before(left[:cut.start()]) or np_of_value(left[:cut.start()] + " of ", unit, right)
    if not np_ or is_poor(np_) or _is_generic(np_) or words[0] in _CHANGE_NOUNS or words[-1] in _CHANGE_NOUNS \
            or any(_adverb_or_participle(w) and w not in _EN_ED_NOUNS for w in words[-1:]) \
            or _participle_and_particle(words):  # (r23tidy) "The total was made up of": a verb, not the total's name
        return ""
    return np_


#: (r23ind) a verb word inside a determiner's noun phrase before "of" ("the Service had overspends of"): the noun
#: phrase is the one after it
_NP_VERB_INSIDE = re.compile(r"(?i)^.*\b(?:had|has|have|was|were|is|are|been|will|would|could|should|may|might)\s+")


def _nearest_np(np_: str) -> str:
    """The noun phrase nearest the value of the words :data:`_NP_OF_VALUE` read before "of": past a verb word inside
    them (an owner and its verb: "Service had overspends" -> "overspends"), and, when they are longer than a phrase
    keeps (six words: the cut would drop the noun the value is of), the noun phrase of their last preposition's
    determiner ("sectors within the approved budgets" kept whole when short).

    >>> _nearest_np("Service had overspends"), _nearest_np("deficit on the High Needs Block")
    ('overspends', 'deficit on the High Needs Block')
    >>> _nearest_np("Secondary and Primary sectors within the approved Capital Budgets")
    'approved Capital Budgets'
    """
    vm = _NP_VERB_INSIDE.match(np_)
    if vm and (rest := np_[vm.end():].split()) and rest[0].lower() not in _NP_OF_BREAK \
            and not _adverb_or_participle(rest[0].lower()):
        np_ = " ".join(rest)  # (not "be in the region", "been in excess": no noun phrase after the verb)
    words = np_.split()
    if len(words) > 6:
        for i in range(len(words) - 2, 0, -1):
            if words[i].lower() in _DETERMINERS and words[i - 1].lower() in _PREPOSITIONS:
                return " ".join(words[i + 1:])
    return np_


def _bare_np_of(left: str) -> str:
    """(r23ind) The noun phrase with no determiner right before "of" at the end of ``left`` (the words back to a verb,
    a determiner, a preposition or a clause mark, at most four, else none): "driven by savings proposals of " -> "savings
    proposals", "the Service had overspends of " -> "overspends"; "" for one word after a preposition (an idiom: "in
    excess of", "as part of", "in respect of"), a last word (the head) that is an adverb or a participle by its shape
    (:func:`_adverb_or_participle`; a participle before the head is an adjective: "increased costs of" keeps it), a
    participle and its particle ("was made up of", "is broken down of": a verb, :func:`_participle_and_particle`), or
    none.

    >>> _bare_np_of("This was driven by savings proposals of "), _bare_np_of("It had overspends of ")
    ('savings proposals', 'overspends')
    >>> _bare_np_of("costs in excess of "), _bare_np_of("as part of "), _bare_np_of("approved of ")
    ('', '', '')
    >>> _bare_np_of("The total was made up of "), _bare_np_of("It had increased costs of ")
    ('', 'increased costs')
    >>> _bare_np_of("will decide whether to approve annual grant funding of ")
    'annual grant funding'
    """
    toks = [t.strip("\"“”‘’'") or "," for t in left[:-4].split()]  # (quotes: 'a "substantial deficit" of')
    out: list[str] = []
    for t in reversed(toks):
        if not t[:1].isalpha() or t[-1:] in ",;:()" or t.lower() in _NP_OF_BREAK:
            break
        if len(out) == 4:
            return ""  # (where the noun phrase starts is not known: "the High Needs pressure brought forward of")
        out.insert(0, t)
    if not out or len(out) == len(toks) and len(out) > 2:
        return ""  # nothing before "of", or a sentence with no verb before it (a heading's words)
    before = toks[len(toks) - len(out) - 1].lower() if len(toks) > len(out) else ""
    if before == "to" and len(out) > 1:
        out, before = out[1:], out[0].lower()  # "to approve annual grant funding of": the infinitive's verb
    if len(out) == 1 and (before in _PREPOSITIONS or before in ("as", "in")):
        return ""
    np_ = " ".join(out)
    if is_poor(np_) or _is_generic(np_) or _adverb_or_participle(out[-1].lower()) or out[0][:1].isupper() \
            and len(out) == 1 or _participle_and_particle(out):
        return ""
    return np_


def _participle_and_particle(words: list[str]) -> bool:
    """(r23tidy) Whether ``words`` end with a participle (by its shape, or one of :data:`_PERFECT_PARTICIPLES`) and its
    particle (:data:`_PARTICLES`): a phrasal verb ("made up", "broken down", "carried forward"), not a noun phrase.

    >>> [_participle_and_particle(w.split()) for w in ("made up", "broken down", "write off", "savings proposals")]
    [True, True, False, False]
    """
    if len(words) < 2 or words[-1].lower() not in _PARTICLES:
        return False
    w = words[-2].lower()
    return w.endswith(("ed", "en", "wn")) or w in _PERFECT_PARTICIPLES


def _bare_np_before(left: str) -> str:
    """A noun phrase of one to three words with no determiner at the end of ``left``, right after a participle
    ("Cabinet approved capital funding" -> "capital funding", "Members agreed contributions" -> "contributions"); ""
    when a function word, a verb word or a number comes first, or no participle within three words says where the
    noun phrase begins ("Schools may claim funding": "claim" could be a verb).

    >>> _bare_np_before("Cabinet approved capital funding"), _bare_np_before("The Board agreed grant funding")
    ('capital funding', 'grant funding')
    >>> _bare_np_before("Schools may claim funding"), _bare_np_before("(1) Approve capital funding"), _bare_np_before("agreed to")
    ('', '', '')

    A participle right after a determiner or possessive is an adjective inside a noun phrase, not the verb
    ("approved the sheltered housing scheme", "the Council's devolved budget"): "", so the determiner form is read.

    >>> _bare_np_before("Cabinet approved the sheltered housing scheme"), _bare_np_before("the Council's devolved budget")
    ('', '')
    """
    ws = left.split()
    np_: list[str] = []
    for i in range(len(ws) - 1, max(len(ws) - 5, -1), -1):
        w = ws[i]
        lw = w.lower()
        if np_ and lw.isalpha() and len(lw) > 4 and lw.endswith(("ed", "en")) and lw not in _EN_ED_NOUNS:
            if i and _is_determiner_or_possessive(ws[i - 1]):
                return ""  # "the sheltered housing scheme": the participle is an adjective of the noun phrase
            out = _clean_phrase(" ".join(reversed(np_)), 6)
            return out if out and not is_poor(out) and not _is_generic(out) else ""
        if len(np_) == 3 or not w.replace("-", "").replace("'", "").replace("’", "").isalpha() or lw in _STOP_NP \
                or lw in _VERB_WORDS or lw in _BAD_NP_START or _adverb_or_participle(lw) or lw in _CHANGE_NOUNS:
            return ""
        np_.append(w)
    return ""


#: the words before a participle that make it an adjective of a noun phrase ("the sheltered", "an extended")
_DETERMINERS_BEFORE_PARTICIPLE = frozenset("a an the its their our your his her my this that these those each every "
                                           "any some no".split())


def _is_determiner_or_possessive(word: str) -> bool:
    """Whether ``word`` is a determiner or possessive a noun phrase opens with ("the", "an", "their", "Council's").

    >>> _is_determiner_or_possessive("The"), _is_determiner_or_possessive("Council’s"), _is_determiner_or_possessive("approved")
    (True, True, False)
    """
    lw = word.lower()
    return lw in _DETERMINERS_BEFORE_PARTICIPLE or (len(lw) > 2 and lw.endswith(("'s", "’s", "s'", "s’")))


#: the nouns of money put to a use: "spend of up to £1.4m for the purchase ..." names the use too
_USE_NOUNS = frozenset("spend spending cost costs funding investment grant budget allocation contribution".split())
_DETERMINERS = frozenset("a an the its their our this these".split())


#: (speed) patterns of :func:`_prefer_of_value`, compiled once
_FOR_ON_TOWARDS_RIGHT = re.compile(r"^\s+(for|on|towards)\s+(?:the\s+)?(.*)$", re.S)


def _prefer_of_value(phrase: str, np_: str, right: str, left: str = "") -> str:
    """The noun phrase a value is "of" (:func:`np_of_value`) instead of a phrase that holds it as the
    object of a verb ("report sought to highlight the cumulative deficit" -> "cumulative deficit",
    "leaves a net deficit" -> "net deficit", "was set at an overspend" -> "overspend", "informs the Forum
    of the brought forward balance" -> "brought forward balance": :func:`_clause_before_noun`) or that does
    not name it; the phrase found otherwise ("expected carry forward into 2025/26 for the Schools Block of
    £0.8m": the noun before "of" is inside a prepositional phrase of a noun phrase, whose participle
    "expected" is an adjective)."""
    if not np_:
        return phrase
    if np_.lower() in _USE_NOUNS:
        um = _FOR_ON_TOWARDS_RIGHT.match(right)
        use = _np_after(" " + um.group(2)) if um else ""
        np_ = f"{np_} {um.group(1)} {use}" if use and not is_poor(use) else np_
    if phrase[-7:].lower() in ("maximum", "minimum") and np_.lower() not in ("maximum", "minimum"):
        return np_  # (r15tidy) "Approved capital funding to a maximum": the phrase ran into the bound, np_ is the measure
    core = [w.lower() for w in _words(np_)]
    have = [w.lower() for w in _words(phrase)]
    if not phrase or is_poor(phrase) or not set(core[:1]) <= set(have):
        return np_
    lead = have[: have.index(core[0])]
    if len(lead) >= 2 and lead[-1] in _DETERMINERS and lead[-2] not in _PREPOSITIONS:
        return np_  # "<verb> the <noun> of £N": the noun, not the verb
    if lead and _clause_before_noun(lead, phrase, left):
        return np_  # "was set at an overspend of £844k", "confirms arrangements within a budget of £3.25m"
    return phrase


#: -ing words that are nouns of a measure ("funding for the Block of £2m"), not verbs
_ING_NOUNS = frozenset("funding spending training housing meeting building learning offending safeguarding "
                       "commissioning parenting schooling staffing setting planning fostering boarding catering "
                       "earnings savings borrowing outstanding remaining existing ongoing underlying overspending "
                       "underspending".split())
#: the -s verbs that take "to" and a verb or a value ("continues to forecast"); another -s word before "to" is a
#: plural noun ("contributions to the reserve of £500,000", "recharges to the Dedicated Schools Grant of ...")
_S_VERBS_TO = frozenset("continues needs seems appears expects plans intends aims wants hopes tends fails amounts "
                        "equates relates refers rises falls returns adds contributes leads takes goes applies belongs".split())
#: (speed) what an -s word or an -ing word of a verb is followed by: "informs the", "continues to", "accounting for"
_FINITE_NEXT = _DETERMINERS | frozenset(("to",))
_ING_NEXT = _DETERMINERS | frozenset("at in on by for from with to into during across of within after before under over".split())


def _last_word(left: str, phrase: str) -> str:
    """The word (lowered) before ``phrase`` at the end of ``left`` ("" when none)."""
    k = left.rfind(phrase)
    return left[:k].rsplit(None, 1)[-1].lower() if k > 0 and left[:k].strip() else ""


def _clause_before_noun(lead: list[str], phrase: str, left: str) -> bool:
    """Whether the words of a phrase before the noun a value is "of" (``lead``, lowered) hold a finite verb or a
    verb's participle, so the phrase is a clause around the noun, not a noun phrase holding it: an auxiliary or
    a modal ("has", "will"), an -s verb before a determiner or "to" ("informs the Forum of", "continues to
    forecast"), an -ing verb before a preposition or a determiner ("accounting for an accumulated deficit",
    not the noun "funding for the"), or a first word right after an auxiliary in the text ("was set at an
    overspend"). A participle used as an adjective ("the expected carry forward") passes none.

    >>> _clause_before_noun(["set", "at", "an"], "set at an overspend", "The budget was set at an overspend of ")
    True
    >>> _clause_before_noun(["expected", "carry", "forward", "into", "2025/26", "for", "the"],
    ...                     "expected carry forward into 2025/26 for the Schools Block", "The expected carry forward ")
    False
    """
    for i, w in enumerate(lead):
        if w in _VERB_WORDS:
            return True
        nxt = lead[i + 1] if i + 1 < len(lead) else ""
        if nxt in _FINITE_NEXT and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) \
                and (w in _S_VERBS_TO if nxt == "to" else (lead[i - 1] if i else _last_word(left, phrase)) not in _DETERMINERS):
            return True  # (not a plural noun: "contributions to the", "the recharges the")
        if nxt in _ING_NEXT and w.endswith("ing") and w not in _ING_NOUNS and len(w) > 5:
            return True
    k = left.rfind(phrase)
    return k > 0 and left[k - 1].isspace() and _ends_with(left[:k], _AUX_ENDS) and bool(_AUX_BEFORE.search(left[:k]))


# -- a value in a list that leaves out what the list's first item named --------------------------------

#: "... 34.1% in Greater Manchester and ": a value for a place before this one
_PLACE_LIST_LEFT = re.compile(
    r"\d[\d.,]*\s?%?\s+(?:for|in|at|across)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*(?:,|\band|\bor)\s*$"
)
#: a place right after the value: "1.45 England", "12% in the North West."
_PLACE_RIGHT = re.compile(r"^\s+(?:(?:for|in|at|across)\s+)?(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*(?:[.,;)]|$|\band\b)")
#: a preposition and its noun phrase right after a count: "20 from secondary schools"
_PREP_NP_RIGHT = re.compile(r"^\s+(from|in|at|on|across|within|into)\s+([a-z][^,;:.()]{2,50})")


@lru_cache(maxsize=64)
def _plural_before(prep: str) -> re.Pattern:
    """(speed) A plural noun before the preposition ``prep`` (one of the few of ``_PREP_NP_RIGHT``),
    compiled once per preposition."""
    return re.compile(rf"\b([a-z][\w'’-]*s)\s+{prep}\s")


def elided_head(text: str, h: Hit, unit: str, left: str, sent_start: int, prev_in_sentence: str) -> tuple[str, str] | None:
    """The measure of a value in a list that leaves out the noun its first item named: a value for a
    place after a value for another ("1.76 for Greater Manchester and 1.45 England": the measure named
    before), or a count with only a preposition after it whose noun the list named before ("no
    exclusions from special schools, one from primary and 20 from secondary schools" -> "exclusions
    from secondary schools"). None otherwise.

    >>> t = "There were no exclusions from special schools, one from primary and 20 from secondary schools."
    >>> elided_head(t, Hit(68, 70, "figure", "num", [20.0]), "count", t[:68], 0, "")
    ('exclusions from secondary schools', 'own')
    """
    right = text[h.end:h.end + 80]
    if prev_in_sentence and _PLACE_RIGHT.match(right) and _PLACE_LIST_LEFT.search(text, max(sent_start, h.start - 80), h.start):
        return prev_in_sentence, "inherited"
    pm = _PREP_NP_RIGHT.match(right) if unit == "count" else None
    tm = _TIME_PP.match(pm.group(0).strip()) if pm else None
    if pm is None or _np_after(right) or (tm and not pm.group(0).strip()[tm.end():tm.end() + 1].isalpha()):
        return None  # (not a time: "450 in March and 470 in the last quarter")
    prep = pm.group(1).lower()
    head = None
    for head in _plural_before(prep).finditer(text[sent_start:h.start]):
        pass
    if head is None or head.group(1).lower() in _STOP_NP or _adverb_or_participle(head.group(1).lower()):
        return None
    np_ = _np_after(" " + pm.group(2))
    return (f"{head.group(1)} {prep} {np_}", "own") if np_ else None


def _bracket_owner(text: str, h: Hit, unit: str, sent_start: int, prev: str) -> tuple[str, str] | None:
    """For a figure inside brackets whose own words name nothing ("(currently at around £1.5m per
    annum)"), what the clause before the bracket names: its subject, or, if that is a verb phrase
    ("interest was having to be paid"), the noun before the verb; None when there is no open bracket.

    >>> t = "Interest was having to be paid (currently at around £1.5m per annum)."
    >>> _bracket_owner(t, Hit(52, 57, "figure", "money", [1.5e6]), "gbp", 0, "")
    ('Interest', 'own')
    """
    open_at = text.rfind("(", sent_start, h.start)
    if open_at < 0 or ")" in text[open_at:h.start] or h.start - open_at > 40:
        return None
    pre = text[sent_start:open_at].rstrip()
    who = subject(pre + " ")
    if not who or is_poor(who) and not verb_led(text, who, h, sent_start):
        return None
    if verb_led(text, who, h, sent_start):
        return _mend_verb_phrase(text, Hit(open_at, open_at, h.kind, h.group, h.values), unit, who, sent_start, prev)
    return who, "own"


#: the word right before the determiner that opens the noun phrase a figure sits in: "faces a (£55.7 million deficit)",
#: "forecasts a", "reported the", "approved an additional" (group 1: that word)
_WORD_BEFORE_OPENER = re.compile(
    r"(?i)(?:^|\s)([a-z][a-z'’-]*)\s+(?:a|an|the|its|their|our|this|these)\s+(?:[a-z][a-z-]*\s+)?[£$€+]?$")
#: words before a determiner that are not verbs: a preposition, a conjunction, a quantifier or an adverb
_NOT_VERB_BEFORE_DET = frozenset(
    """of in on at to for from by with without into onto over under about above below across after before between
    during through towards toward upon within against among amongst around and or but nor than as like that which
    who whom whose whilst while when where because since although though if so all both half twice only just also
    even still now currently then there here not nearly almost approximately roughly some such what""".split())


def _verb_object_glued(phrase: str, left: str) -> bool:
    """Whether ``phrase`` glued the verb whose object a figure opens (with a determiner) to the object's noun: "The
    council faces a £55.7 million deficit on its High Needs Block" gave "council faces deficit on its High Needs
    Block", a clause; the noun the figure modifies is the measure.

    >>> _verb_object_glued("council faces deficit on its High Needs Block", "The council faces a ")
    True
    >>> _verb_object_glued("council overspend on its grant", "The council has a "), _verb_object_glued("budget deficit", "for a ")
    (False, False)
    """
    if not left or left[-1] not in " £$€+":
        return False
    m = _WORD_BEFORE_OPENER.search(left[-60:])
    if not m:
        return False
    verb = m.group(1).lower()
    if verb in _NOT_VERB_BEFORE_DET or verb in _STOP_NP or len(verb) < 3:
        return False
    return verb in phrase.lower().split()


def _bare_object_noun(phrase: str, left: str, right: str) -> str:
    """The noun after a figure that opens a verb's object with no determiner, when the phrase ends with that verb
    (the subject and the verb: "council forecasts" for "council forecasts £261,000 overspend"); "" otherwise.

    >>> _bare_object_noun("council forecasts", "Budgets to be slowed as council forecasts ", " overspend")
    'overspend'
    >>> _bare_object_noun("service reported", "The service reported ", " pressures on transport.")
    'pressures on transport'
    >>> _bare_object_noun("Nottingham allocated", "Nottingham was allocated ", " growth"), _bare_object_noun("council", "the council has ", " overspend")
    ('', '')
    """
    words = left.rstrip(" £$€").split()
    if not words or len(phrase) > 60:
        return ""
    verb = words[-1].lower()
    if not verb or not verb.isalpha() or verb != words[-1] or verb in _NOT_VERB_BEFORE_DET \
            or verb in _STOP_NP or len(verb) < 4 or verb not in phrase.lower().split():
        return ""
    if not _SPACE_LETTER.match(right) or _SPACE_DASH.match(right):
        return ""
    head = _head_np(right)
    first = right.split()[0].lower() if right.split() else ""
    if not head or first in _NOT_HEAD or first in _STOP_NP or first in _BAD_NP_START or _adverb_or_participle(first) \
            or first.endswith("ing") or len(head.split()) > 4 or is_poor(head) or _is_generic(head):
        return ""
    low = phrase.lower()
    if low.endswith(" " + verb):
        return head
    at = f" {low}".find(f" {verb} {head.lower()}")
    if at < 0:
        return ""  # the verb is not where the phrase glued it: not this structure
    return phrase[at + len(verb) + 1:].strip()  # "Council forecasts underspend on early years": what follows the verb


#: a change a figure sizes from inside its noun phrase, with what follows it: "the 4% increase to the base rate", "a
#: £331k improvement since last Forum", "a +2.5% uplift on the formula factors", "a 35pc point improvement for primary
#: schools", "a 20% cut in their budgets" (group 1: the change noun with its "point"; 2: the preposition; 3: the rest);
#: (r23ind) up to two describing words before the change noun, by their endings ("an 8.1% annual increase in": no
#: function word ends so, so none needs excluding: r23review)
_CHANGE_NOUN_PP_RIGHT = re.compile(
    r"(?i)^\s+((?:(?:percentage|pc|per\s*cent(?:age)?)\s+points?\s+|points?\s+)?"
    r"(?:[a-z][a-z-]*(?:ly|al|ed|ive|ent|ant|ic|ar)\s+){0,2}"
    r"(?:increase|decrease|reduction|rise|fall|drop|decline|growth|improvement|cut|uplift|transfer|top[\s-]slice))"
    r"\s+(to|on|in|for|since|across|against|from|into)\s+([^.;:()\[\]]{3,120})")
#: the words that open the noun phrase the figure sits in before such a change noun ("a", "the", "another", "for")
_CHANGE_NP_OPENERS = _NP_OPENERS | frozenset("further additional extra proposed planned for".split())


def change_noun_pp(left: str, right: str, unit: str) -> str:
    """The change a percentage or an amount of money sizes when the figure opens its noun phrase ("the 4% increase to
    the base rate of pay was agreed" -> "increase to the base rate of pay"), with the preposition's phrase that says
    of what (cut at the clause's end); "" when the figure does not open such a phrase (after a verb or a copula, no
    preposition after the noun: "rose by 4% in June", "a 4% increase").

    >>> change_noun_pp("Members noted the ", " increase to the base rate of pay was too low.", "percent")
    'increase to base rate of pay'
    >>> change_noun_pp("The forecast had seen a ", " improvement since last Forum.", "gbp")
    'improvement since last Forum'
    >>> change_noun_pp("It showed an ", " annual increase in referrals.", "percent")
    'annual increase in referrals'
    >>> change_noun_pp("Spending rose ", " in the year to March.", "percent"), change_noun_pp("a ", " increase.", "percent")
    ('', '')
    """
    if unit not in ("percent", "gbp", "eur", "usd"):
        return ""
    cm = _CHANGE_NOUN_PP_RIGHT.match(right)
    if cm is None:
        return ""
    before = _HEDGE_END.sub("", left.rstrip(" +-–£$€")).split()
    if not before or before[-1].lower().strip(",") not in _CHANGE_NP_OPENERS:
        return ""
    rest = _cut_clause(cm.group(3)).split()
    cut = next((i for i, w in enumerate(rest) if w.lower() in _STOP_NP), len(rest))  # "... of pay was too low"
    what = _clean_phrase(" ".join(rest[:cut]), 8)
    if not what or is_poor(what) and cm.group(2).lower() != "since":
        return ""
    return f"{' '.join(cm.group(1).lower().split())} {cm.group(2).lower()} {what}"


#: (r27phrase) a pronoun or a relative as the subject, a copula or a verb of showing, and a change noun whose size the
#: figure is, right before it: "This is an improvement of ", "that's shows a decrease of ", "which was an increase of "
#: (group 1: the change noun)
_PRONOUN_CHANGE_OF_LEFT = re.compile(
    r"(?i)\b(?:this|that|it|which)(?:['’]s)?\s+(?:(?:is|was|has\s+been|had\s+been|represents|represented|shows?|showed|"
    r"reflects?|reflected)\s+)?an?\s+(?:(?:slight|small|further|significant|overall|net|total|marked|modest)\s+)?"
    r"(increase|decrease|reduction|rise|fall|drop|decline|growth|improvement|deterioration|uplift)\s+of\s+"
    r"(?:(?:about|around|approximately|nearly|almost|over|just|some|circa|c\.)\s*)?[£$€]?$")


#: (r27phrase) a pronoun with a verb contracted onto it, read as a phrase ("that's", "we've", "it's")
_CONTRACTED_PRONOUN = re.compile(r"(?i)^(?:that|it|this|there|we|they|you|he|she|i)['’](?:s|ve|re|ll|d)$")


def pronoun_change_of(left: str) -> str:
    """(r27phrase) The change noun a figure is the size of, when a pronoun or a relative subject says so right before
    it (:data:`_PRONOUN_CHANGE_OF_LEFT`: "This is an improvement of ", "and that's shows a decrease of "), else "".

    >>> pronoun_change_of("This is an improvement of "), pronoun_change_of("which was an increase of £")
    ('improvement', 'increase')
    >>> pronoun_change_of("There was an increase of "), pronoun_change_of("the number of ")
    ('', '')
    """
    if left[-4:] not in (" of ", "of £", "of $", "of €") and _HEDGE_END.search(left[-14:].rstrip("£$€")) is None:
        return ""  # (speed)
    cm = _PRONOUN_CHANGE_OF_LEFT.search(left[-90:])
    return cm.group(1).lower() if cm else ""


#: (r27phrase) determiners that open the noun phrase a value sits inside ("the 4% uplift", "its £2m overspend"); not
#: "that", "and", "with", which may open a clause whose subject the value is ("noted that £300,000 gives ...")
_OWN_DETERMINERS = frozenset("a an the its their our his her this these those another".split())


def own_noun_of_value(text: str, h: Hit, unit: str, left: str, phrase: str) -> str:
    """(r27phrase) What the figure's own words say it is, for a phrase borrowed from before it (the measure a pronoun
    points back to, or the last resort's: ``phrase``): the noun the value modifies (:func:`modified_noun`; or after an
    owner: "This was in contrast to the previous year's £3.1m underspend") or that follows it bare as a preposition's
    object ("this related to £0.4m unallocated growth", "related to (£0.4m) unallocated growth"). "" when the figure
    has no such words: the borrowed phrase stands.

    >>> t = "This was in contrast to the previous year's £3.1m underspend."
    >>> own_noun_of_value(t, Hit(44, 49, "figure", "money", [3.1e6]), "gbp", t[:44], "school balances")
    "previous year's underspend"
    >>> t = "It was noted that this related to £0.4m unallocated growth, a minor variation."
    >>> own_noun_of_value(t, Hit(34, 39, "figure", "money", [4e5]), "gbp", t[:34], "forecast surplus")
    'unallocated growth'
    >>> t = "This rose to £4m in 2024."
    >>> own_noun_of_value(t, Hit(13, 16, "figure", "money", [4e6]), "gbp", t[:13], "forecast surplus")
    ''
    """
    if unit not in ("percent", "gbp", "eur", "usd") or not phrase:
        return ""
    bracketed = left.rstrip(" £$€")[-1:] == "(" and text[h.end:h.end + 1] == ")"
    before = _HEDGE_END.sub("", left).rstrip(" £$€(").split()
    if before and (before[-1].lower() in _OWN_DETERMINERS or len(before) >= 2 and before[-2].lower() in _OWN_DETERMINERS
                   and before[-1].isalpha() and before[-1].islower()) and (modified := modified_noun(text, h, unit, left)):
        return modified  # (after a determiner only: "that", "and", "with" before a value open a clause, not its noun)
    owner = ""
    if before and before[-1][-2:].lower() in ("'s", "’s") and len(before) >= 2 and not bracketed:
        # "the previous year's £3.087m underspend": the owner's noun phrase, from its determiner
        at = next((i for i in range(len(before) - 1, max(-1, len(before) - 4), -1)
                   if before[i].lower() in _NP_OPENERS), None)
        if at is None:
            return ""
        owner = " ".join(before[at + 1:])
    elif not before or before[-1].lower() not in ("to", "of", "on", "for", "by", "at"):
        return ""  # (a bare object after a preposition only: a copula's or verb's value names its subject)
    right = text[h.end + 1 if bracketed else h.end:h.end + 120]
    if not _SPACE_LETTER.match(right) or _SPACE_DASH.match(right):
        return ""
    head = _head_np(right)
    first = right.split()[0].lower().strip(",.;:!?")
    words = head.split()
    if not head or first in _NOT_HEAD or first in _STOP_NP or first in _BAD_NP_START or first in _NP_OPENERS \
            or first.endswith(("ly", "ing")) \
            or _adverb_or_participle(first) and (len(words) < 2 or words[1].lower() in _FUNCTION_WORDS
                                                  or _NP_AFTER_BAD.match(first)) \
            or first in _CHANGE_NOUNS or len(words) > 5 or _is_generic(head) \
            or is_poor(head) and not (_adverb_or_participle(first) and len(words) == 2 and words[1].lower() in _CHANGE_NOUNS
                                      or _adverb_or_participle(first) and not is_poor(" ".join(words[1:]))) \
            or _TIME_WORD_START.match(head):
        return ""  # (a participle opens it only before its noun: "unallocated growth", not "allocated to schools")
    return f"{owner} {head}" if owner else head


#: "these"/"those" before a share's population that points back, not a relative ("of these children", not "of those
#: who")
_ANAPHORIC_DET = re.compile(r"(?i)^(?:these|those)\s+(?!who\b|which\b|that\b|with\b|in\b|of\b|aged\b)(?=[a-z])")
#: an age band opening a population: "16 to 17 year-old (cases)", "18-25 year olds" (group 1: the band is the noun)
_AGE_BAND_LEAD = re.compile(
    r"(?i)^\d{1,2}\s*(?:-|–|to)\s*\d{1,2}(?:[\s-]+years?[\s-]+old(?=\s+[a-z])|[\s-]+years?[\s-]+(olds)\b)")


#: a figure opening an absolute clause after "with": "..., with 1,470 resulting from stress", "with £27.7 million related
#: to SEND provision", "with 245 aged 12-plus" (the hedges between "with" and the figure; group 1 of the right: the
#: participle, with the rest of the clause after it)
_WITH_PART_LEFT = re.compile(
    r"(?i)(?:^|[\s,(])with\s+(?:(?:only|just|over|around|about|nearly|almost|approximately|roughly|some|a\s+further|"
    r"another|more\s+than|less\s+than|fewer\s+than|up\s+to)\s+)*[£$€~]?\s*$")
_WITH_PART_RIGHT = re.compile(
    r"(?i)^\s+((?:(?:now|then|still|also|already|currently|solely|mainly|mostly)\s+)?(?:[a-z]+(?:ed|ing)|aged|taken|"
    r"done|seen|given|made|paid|spent|held|sent|left|put|set|found|known|shown|drawn|brought|kept|lost|met|won|"
    r"sought|bought|told|heard|granted)\b[^.;:()\[\]]{0,120})")


_PART_END_PRONOUNS = frozenset("it its them they this that these those him her he she we us".split())
_WITH_PART_CUT = re.compile(
    r"(?i)[,;:()]|\s[-–—]\s|\s(?:that|which|who|whom|was|were|is|are|had|has|have|will|would|could|should|may|might|"
    r"can|during|compared|against|than|when|"
    r"while|whilst|but|because|since|(?:and|or)\s+(?:the|a|an|this|that|it|with|[£$€]?\d+)|(?:from|in|on|at|by)\s+(?:the\s+)?(?:\d+|"
    + month_alternation(lower=True) + r"|last|this|next))\b")


def with_part_clause(left: str, right: str, prev_in_sentence: str, unit: str = "count") -> str:
    """The part a figure counts when it opens an absolute clause after "with", following a figure of the same sentence
    whose phrase names the whole: "3,516 working days were lost to sickness, with 1,470 resulting from stress" ->
    "resulting from stress (of working days lost to sickness)" (the clause, cut at its end, and the whole); "" when
    the figure is not so placed, the clause opens with "of" (a share: its own rule) or names nothing.

    >>> with_part_clause("a £26.5m overspend on the DSG, with ", " related to SEND provision.", "overspend on the DSG")
    'related to SEND provision (of overspend on the DSG)'
    >>> with_part_clause("493 children are looked after, with ", " of them aged 12-plus.", "children looked after")
    ''
    >>> with_part_clause("58% were boys, 42% girls with ", " aged under 10.", "girls", "percent")
    ''
    """
    if not prev_in_sentence or not (wl := _WITH_PART_LEFT.search(left[-60:])) or (pm := _WITH_PART_RIGHT.match(right)) is None:
        return ""
    if unit == "percent" and not left[-60:][:wl.start() + 1].rstrip().endswith(","):
        return ""  # "58% were boys, 42% girls with 36% aged under 10": a share after a share is of the whole, not of it
    first = pm.group(1).split()[0].lower()
    if first in ("being", "having", "including", "according", "compared", "based", "regarding", "following"):
        return ""
    cm = _WITH_PART_CUT.search(pm.group(1))
    part = _clean_phrase(pm.group(1)[:cm.start()] if cm else pm.group(1), 8)
    if part.split()[-1].lower() in _PART_END_PRONOUNS:
        return ""  # "with 73 per cent reporting it had made them more stressed": the clause goes on past the pronoun
    if not part or len(part.split()) < 2 and first != "aged" and not part.lower().endswith(("ed", "ing")):
        return ""
    whole = _base_of(prev_in_sentence)
    if is_poor(whole) or _is_generic(whole) or _adverb_or_participle(whole.split()[-1].lower()):
        # (not "family directorate accounted": a subject and its verb names no whole)
        return ""
    return f"{part} (of {whole})"


def _prefer_modified_noun(phrase: str, modified: str) -> str:
    """The noun a figure modifies (:func:`modified_noun`) unless the phrase found already names it."""
    if not modified:
        return phrase
    core = [w.lower() for w in _words(modified.split(" of ")[0]) if w.lower() not in _FUNCTION_WORDS]
    have = [w.lower() for w in _words(phrase)]
    if not core or not set(core) <= set(have):
        return modified
    lead = _words(phrase)[: have.index(core[0])]  # the words before it: a verb there is a clause, not a name
    prog = next((w for w in lead if w in _PROGRESSIVE_VERBS), "")
    if prog:
        # "is heading for a £3m overspend", "is facing a £12.6m overspend": the verb heads a clause; one of forecasting
        # says how the amount is known, as its participle ("now predicting a £4.1m overspend" -> "predicted overspend")
        words = phrase.split()
        at = next((i for i, w in enumerate(words) if w.strip(",;:'\"‘’“”()") == prog), None)
        rest = words[at + 1:] if at is not None else modified.split()
        return " ".join(([_PROGRESSIVE_VERBS[prog]] if _PROGRESSIVE_VERBS[prog] else []) + rest)
    clause = any(w[0].islower() and (_adverb_or_participle(w) or w in _STOP_NP) for w in lead)
    return modified if clause else phrase


#: verbs whose progressive heads a clause before the noun an amount modifies, with the participle that says the same of
#: the noun ("" when none does): "heading for a £3m overspend", "facing a £12.6m overspend", "predicting a £4.8m
#: deficit" (a predicted deficit: not part of a name, but of what the amount is)
_PROGRESSIVE_VERBS = {
    "heading": "", "facing": "", "carrying": "", "running": "", "looking": "", "posting": "", "showing": "",
    "recording": "recorded", "reporting": "reported", "forecasting": "forecast", "predicting": "predicted",
    "projecting": "projected", "expecting": "expected", "anticipating": "anticipated", "estimating": "estimated",
}


#: an age band labelling a value of a breakdown, alone before it on its line: "1 to 4 years: 10%", "10-15 - 2,683
#: children", "16 years and over: 20%", "Under 1 - 403 children", "aged 5-9: 17%" (group 1: the band)
_AGE_BAND_LABEL = re.compile(
    r"(?i)(?:^|\n)[ \t\xa0•·▪*–-]*((?:aged\s+)?(?:(?:under|over)\s+\d{1,2}|\d{1,2}\s*(?:-|–|to)\s*\d{1,2}|\d{1,2}\s*\+|"
    r"\d{1,2}(?=[\s-]*(?:years?|yrs)(?:[\s-]+olds?)?\s+(?:and|or)\s))(?:[\s-]*(?:years?|yrs)(?:[\s-]+olds?)?)?"
    r"(?:\s+(?:and|or)\s+(?:over|above|older|under|younger))?)\s*(?::|[-–—])\s*$")
#: (speed) what the text right before such a value ends with
_AGE_BAND_LABEL_ENDS = (":", "-", "–", "—")


def age_band_label(text: str, h: Hit, sent_start: int) -> str:
    """The measure of a value an age band labels in a breakdown, the band alone before it on its line (r13struct): the
    noun counted after the value, aged the band ("• 1-4 - 1,529 children" -> "children aged 1-4"), or the band itself
    when none follows ("- 1 to 4 years: 10%, a decrease since 2021" -> "1 to 4 years", as a label "Under 1 year: 7%"
    names its value); "" when no band labels it.

    >>> t = "• 10-15 - 2,683 children"
    >>> age_band_label(t, Hit(t.index("2,683"), t.index("2,683") + 5, "figure", "num", [2683.0]), 0)
    'children aged 10-15'
    >>> t = "- 16 years and over: 20%, an increase since 2021"
    >>> age_band_label(t, Hit(t.index("20%"), t.index("20%") + 3, "figure", "num", [20.0]), 0)
    '16 years and over'
    >>> t = "In 2021-22: 18"
    >>> age_band_label(t, Hit(t.index("18"), t.index("18") + 2, "figure", "num", [18.0]), 0)
    ''
    """
    lo = max(sent_start, text.rfind("\n", 0, h.start) + 1)
    if not text[lo:h.start].rstrip().endswith(_AGE_BAND_LABEL_ENDS) or h.start - lo > 40:
        return ""
    m = _AGE_BAND_LABEL.search(text[lo:h.start])  # (a slice: "^" matches only at its start, not at a pos argument)
    if not m:
        return ""
    band = " ".join(m.group(1).split())
    noun = _np_after(text[h.end:h.end + 60])
    if noun and not _is_generic(noun):
        if band[:5].lower() == "aged ":
            band = band[5:]
        elif band[:5].lower() in ("under", "over "):
            band = band.lower()  # ("children aged under 1")
        return f"{noun} aged {band}"
    return band


#: a phrase that is only a time: "For 2022-23", "On the 31st March 2020", "from 2020-21", "between the 2021/22", "2018,
#: but" (a date, its preposition and joining words; at least one year, month or day of the month)
_TIME_ONLY = re.compile(
    rf"(?i)(?=.*(?:\b(?:19|20)\d\d|\b{MONTHS}\b|\b\d{{1,2}}(?:st|nd|rd|th)\b))"
    rf"(?:(?:{MONTHS}|\d{{1,2}}(?:st|nd|rd|th)?|(?:19|20)\d\d(?:[/-]\d{{2,4}})?|for|on|in|by|between|at|during|since|from|to|"
    rf"as|of|the|end|start|beginning|and|but|financial|academic|calendar|year|years|quarter|q[1-4]|this|last|next)"
    rf"(?:[\s,.:;]+|$))+")  # (a separator after each word: "[\s,.:;]*" let a number split into digits many ways,
#                             which took seconds on "2017 2018 ... 2024 budget")
#: a change a figure sizes, just before it: "an increase of", "a notable rise of", "a fall of around"
_CHANGE_OF_END = re.compile(
    r"(?i)\b(increase|decrease|reduction|rise|fall|drop|decline|growth)\s+of\s+(?:(?:about|around|almost|nearly|over|"
    r"just|some|approximately|roughly)\s+)*[£$€]?\s*$")
_BRACKET_RIGHT = re.compile(r"^\s*\([^()]{1,24}\)")


def time_only_phrase(phrase: str) -> bool:
    """Whether a phrase is only a time, which names no measure.

    >>> [time_only_phrase(p) for p in ("For 2022-23", "On the 31st March 2020", "between the 2021/22", "2018, but")]
    [True, True, True, True]
    >>> [time_only_phrase(p) for p in ("children in care in 2019", "the year", "target for 2025")]
    [False, False, False]
    """
    return bool(phrase) and _TIME_ONLY.fullmatch(phrase.strip()) is not None


def instead_of_time(text: str, h: Hit, sent_start: int, sent_end: int, prev: str) -> tuple[str, str] | None:
    """What a figure measures when the rules' phrase is only a time ("For 2022-23 this would be £160m", "On the 31st
    March 2020: 49 children were placed in children's homes", "an increase of £1.687m from 2020-21"): the change it
    sizes, of the measure named before ("increase in cumulative DSG deficit"); else the noun phrase after it (past a
    bracket) with what it did or was ("children placed in children's homes"); else the measure named before; else
    None (the time stays: nothing better).

    >>> t = "This represented an increase of £1.687m from 2020-21."
    >>> instead_of_time(t, Hit(33, 41, "figure", "money", [1.687e6]), 0, len(t), "cumulative DSG deficit")
    ('increase in cumulative DSG deficit', 'own')
    >>> t = "On the 31st March 2020: 49 (13.5%) children were placed in children's homes."
    >>> instead_of_time(t, Hit(24, 26, "figure", "num", [49.0]), 0, len(t), "")
    ("children placed in children's homes", 'own')
    """
    was = prev if prev and not is_poor(prev) and not time_only_phrase(prev) else ""
    cm = _CHANGE_OF_END.search(text, max(sent_start, h.start - 40), h.start)
    if cm:
        return (f"{cm.group(1).lower()} in {_base_of(was)}", "own") if was else None
    right = text[h.end:sent_end if sent_end > h.end else h.end + 200]
    if (bm := _BRACKET_RIGHT.match(right)) is not None:
        right = right[bm.end():]  # "49 (13.5%) children were placed"
    np_ = _np_after(right)
    if np_ and not is_poor(np_) and not _is_generic(np_):
        return _share_predicate(np_, right.lstrip()) or np_, "own"
    return (was, "inherited") if was else None


#: (r21phrase) what stands for a comma inside the name of one thing while a phrase is read (a low single quotation
#: mark: one character, as the comma, so offsets hold, and neither a clause's nor a phrase's end to any pattern); put
#: back as a comma in the phrase read
NAME_COMMA = "\u201a"
#: (r21phrase) what stands for each character of an acronym's bracket after the name it stands for while a phrase is
#: read (a thin space: whitespace to every pattern, one character); taken out of the phrase read
GLOSS_SPACE = "\u2009"
_GLOSS_RUN = re.compile(r"\s*\u2009[\s\u2009]*")
#: (r21phrase) the commas inside the names of the measures most often counted, which end no phrase: "education, health
#: and care plans", "(not in) employment, education or training" in any of its orders
_NAME_COMMA = re.compile(
    r"(?i)\b(education),(?=\s*health\s*(?:and|&)\s*care\b)"
    r"|\b(employment|education|training),(?=\s*(?:employment|education|training)\s+(?:and|or)\s+"
    r"(?:employment|education|training)\b)")


#: (r21phrase) an acronym in brackets (group 1: its letters, "EHCPs", "MSB", "EHC Plans", "DfE")
_ACRONYM_BRACKET = re.compile(r"\(\s*([A-Z][A-Za-z]{1,7}(?:\s+[Pp]lans?)?)\s*\)")
#: the small words a name's acronym leaves out ("Department for Education" -> "DfE", "children and young people" ->
#: "CYP")
_GLOSS_SKIP = frozenset("and & of for the in or to".split())
#: a word of a name, backwards: the word, then only spaces or a comma (a protected one too) before the next
_GLOSS_WORD_BACK = re.compile(r"([A-Za-z][\w'’-]*)[\s,\u201a]*$")


def gloss_name_start(text: str, bracket: int, acronym: str) -> int:
    """(r21phrase) Where the written-out name that the acronym in brackets at ``bracket`` stands for starts: the words
    right before the bracket whose first letters, leaving out small words ("and", "of", "for", ...), are the acronym's
    capitals in order ("Main School Budget (MSB)", "looked after children (LAC)", "education, health and care plans
    (EHCPs)", "not in education, employment or training (NEET)"); -1 when those words do not spell it.

    >>> t = "four schools had a Main School Budget (MSB) deficit"
    >>> t[gloss_name_start(t, t.index("("), "MSB"):t.index("(")]
    'Main School Budget '
    >>> gloss_name_start("the county council (Herts) said", 19, "Herts")
    -1
    """
    letters = [c.lower() for c in acronym.split()[0] if c.isupper()]
    if len(letters) < 2:
        return -1
    at, need = bracket, len(letters)
    if " " in acronym and (m := _GLOSS_WORD_BACK.search(text, max(0, at - 40), at)) is not None \
            and m.group(1).lower() == acronym.split()[-1].lower():
        at = m.start()  # "education, health and care plans (EHC plans)": the plans are named on both sides
    while need:
        m = _GLOSS_WORD_BACK.search(text, max(0, at - 40), at)
        if m is None:
            return -1
        word = m.group(1).lower()
        if word in _GLOSS_SKIP and need < len(letters):
            at = m.start()
            continue
        if word[0] != letters[need - 1]:
            return -1
        need -= 1
        at = m.start()
    return at


def protect_name_commas(text: str, gloss: bool = True) -> str:
    """(r21phrase) ``text`` with each comma inside the name of an EHC plan or of "employment, education or training"
    written :data:`NAME_COMMA`, and (``gloss``) the bracket of an acronym right after such a name written
    :data:`GLOSS_SPACE` (the same length, so every offset still holds): the phrase readers cut a noun phrase or a
    predicate at a comma or a bracket, and "53% of pupils had education, health and care plans (EHCPs) put in place
    within 20 weeks" lost all but "pupils". The phrase read is given its commas back (:func:`indicator_phrase_of`).

    >>> protect_name_commas("were in employment, education or training, and 12 had education, health and care plans.")
    'were in employment\u201a education or training, and 12 had education\u201a health and care plans.'
    >>> protect_name_commas("in education, but not in care")
    'in education, but not in care'
    >>> protect_name_commas("had education, health and care plans (EHCPs) issued").replace(GLOSS_SPACE, "_")
    'had education\u201a health and care plans _______ issued'
    """
    if "," in text and ("ducation," in text or "DUCATION," in text or "mployment," in text or "raining," in text):
        text = _NAME_COMMA.sub(_protect_comma, text)
    if gloss and "(" in text:
        for m in reversed(list(_ACRONYM_BRACKET.finditer(text))):
            if gloss_name_start(text, m.start(), m.group(1)) >= 0:
                text = text[:m.start()] + GLOSS_SPACE * (m.end() - m.start()) + text[m.end():]
    return text


def name_texts(text: str) -> tuple[str, str, str]:
    """The three texts :func:`indicator_phrase_of` reads (``texts``): ``text`` as the page wrote it, with the commas of
    measures' names protected, and with their acronyms' brackets blanked too (:func:`protect_name_commas`). A text equal
    to the one before it is that same object: the reader tests identity (``is``) to skip work where nothing was protected.

    >>> t, u = "12 pupils had education, health and care plans (EHCPs).", "12 pupils had plans."
    >>> [x is t for x in name_texts(t)], [x is u for x in name_texts(u)]
    ([True, False, False], [True, True, True])
    >>> a, b, c = name_texts("12 pupils in education, employment or training.")
    >>> b is c, b == a
    (True, False)
    """
    commas = protect_name_commas(text, False)
    if commas == text:
        commas = text
    glossless = protect_name_commas(commas)
    return text, commas, commas if glossless == commas else glossless


def _protect_comma(m: re.Match[str]) -> str:
    """The match of :data:`_NAME_COMMA`, its word kept and its comma made :data:`NAME_COMMA`."""
    return (m.group(1) or m.group(2)) + NAME_COMMA


def _given_back(phrase: str) -> str:
    """A phrase read on a protected text, with its protected commas made commas again and any blanked bracket out."""
    if NAME_COMMA in phrase:
        phrase = phrase.replace(NAME_COMMA, ",")
    if GLOSS_SPACE in phrase:
        phrase = _GLOSS_RUN.sub(" ", phrase).strip()
    return phrase


#: an acronym in brackets (and the space before it), as a phrase may hold it after a name
_BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z\s]{1,12}\)")


#: (r21phrase) words that open a prepositional phrase ("due": "due to")
_GAP_PREPS = frozenset("in on at for to from by with within under over into outside across among due".split())
#: (r21phrase) auxiliaries: a later item opening with one that its earlier item's phrase lacks is left alone
_GAP_AUX = frozenset("have has had were was are is be been being".split())
#: (r21phrase) the earlier item of a list right before a figure: its value (a bracket after it), its own words (group
#: "t1"), and the list's mark (a comma, "and", a semicolon) and a hedge
_GAP_LEFT = re.compile(
    r"(?:£|\+)?\d[\d,.]*(?:\s*(?:%|per\s?cent|percent|pc|m|k|bn|million|billion))?(?:\s*\([^()]{1,20}\))?"
    r"\s+(?P<t1>[A-Za-z][^,;:.!?()£%]{1,80}?)\s*(?:,\s*(?:and\s+|while\s+|whilst\s+)?|\s+and\s+|;\s*(?:and\s+)?)"
    r"(?:(?:just|only|around|about|some|nearly|almost|over|a\s+further|another)\s+)*[+£]?$")
#: (r21phrase) a later item's own words after its figure (group "t2"): to a mark, "and", or a number
_GAP_RIGHT = re.compile(r"^(?:\s*\([^()]{1,20}\))?\s+(?P<t2>[a-z][^\d,;:.!?()£%]{1,60}?)"
                        r"\s*(?=$|[,;:.!?()]|\s+and\s|\s+\d|\s+£|\s[-–—]\s)")

#: (r21phrase) label words whose one- or two-digit number belongs to the words of an item ("in option 2")
_GAP_LABELS = frozenset("option year stage quarter phase tier level group band".split())
_GAP_LABEL_DIGIT = re.compile(r"\s(\d{1,2})(?![\d%]|[,.]\d)")

#: (r21phrase) the words of a time, which make no item's own words ("in the last quarter", "at the end of March")
_GAP_TIME = frozenset("quarter quarters year years month months week weeks term terms period now ago today last next "
                      "previous end start beginning current this same january february march april may june july august "
                      "september october november december q1 q2 q3 q4 financial academic".split())
#: (r21phrase) the small words that make no item's own words alone
_GAP_FUNCTION = _GAP_PREPS | frozenset("the a an of and or its their our this that these those".split())


#: (r21phrase) (speed) how the text right before a later item's figure ends (a list's mark or a hedge after it)
_GAP_MARK_ENDS = (",", "and", ";", "while", "whilst", "another", "just", "only", "around", "about", "some", "nearly",
                  "almost", "over", "further")


def _gap_kind(w: str) -> str:
    """What kind of word opens an item's words: a preposition, a participle in -ed/-en or -ing, or another word."""
    return "prep" if w in _GAP_PREPS else "ed" if w.endswith(("ed", "en")) else "ing" if w.endswith("ing") else "other"


def gapped_item(before: str, after: str, prev_phrase: str) -> str:
    """(r21phrase) The phrase of a later item of a list that states its measure once ("8 households have joined us and
    18 have de-registered", "1,886 received an offer for their first preference, 160 their second preference", "a
    0.44% transfer to the high needs block and 0.06% to the CSSB"), when the item took the earlier item's phrase
    ``prev_phrase`` whole, with the earlier item's own words in it: those words (the ones ``prev_phrase`` shares with
    the words after the earlier value in ``before``) replaced by the later item's own words after its figure (``after``),
    aligned on a word they share ("have", "their", "an"), or on the kind of word both open with (a preposition, a
    participle), or added after a measure the earlier item named whole ("uplift on the formula factors", then "in
    option 2"). "" when the figure is no such item or the words do not line up.

    >>> gapped_item("8 households have joined us in the last year and ", " have de-registered.",
    ...             "households who have joined")
    'households who have de-registered'
    >>> gapped_item("Of 2,100 applications, 1,800 received an offer for their first preference, ", " their second preference.",
    ...             "applications that received an offer for their first preference")
    'applications that received an offer for their second preference'
    >>> gapped_item("a 2.5% uplift on the formula factors, and ", " in option 2.", "uplift on the formula factors")
    'uplift on the formula factors in option 2'
    >>> gapped_item("2,400 requests were agreed and ", " completed.", "requests agreed")
    'requests completed'
    >>> gapped_item("the rate was 12% in 2022 and ", " in 2023.", "rate")
    ''
    """
    lm = _GAP_LEFT.search(before)
    rm = _GAP_RIGHT.match(after)
    if not lm or not rm or not prev_phrase:
        return ""
    t1, t2 = str.split(lm.group("t1")), str.split(rm.group("t2"))
    if t2[-1].lower() in _GAP_LABELS and (dm := _GAP_LABEL_DIGIT.match(after, rm.end("t2"))):
        t2.append(dm.group(1))  # "in option 2", "in year 6"
    p = str.split(prev_phrase)
    # the run of t1's words the phrase holds (its own end part, taken from the first item's tail)
    best = None
    for i in range(len(t1)):
        for j in range(len(t1), i, -1):
            seg = t1[i:j]
            for k in range(len(p) - len(seg) + 1):
                if [w.lower() for w in p[k:k + len(seg)]] == [w.lower() for w in seg]:
                    if best is None or len(seg) >= best[1] - best[0]:
                        best = (k, k + len(seg), i)
                    break
    if best is None:
        return ""
    k0, k1, i = best
    seg = [w.lower() for w in p[k0:k1]]
    if all(w in _GAP_FUNCTION for w in seg) or all(w.lower() in _GAP_FUNCTION for w in t2):
        return ""  # only small words shared ("in the"), or none of the later item's own ("in")
    if all(w.lower() in _GAP_FUNCTION or w.lower() in _GAP_TIME or w[:1].isdigit() for w in t2):
        return ""  # a later value's time ("and 470 in the last quarter"): the same measure, not another item
    w0 = t2[0].lower()
    if w0 in seg:  # "have joined" / "have de-registered", "their first preference" / "their second preference"
        at = k0 + seg.index(w0)
        if w0 in _GAP_PREPS and [w.lower() for w in t1[-(k1 - at):]] != seg[at - k0:]:
            return ""  # a preposition of the measure ("children in care in March"), not of the earlier item's end
        return " ".join(p[:at] + t2 + p[k1:])
    back = [x.lower() for x in p[max(0, k0 - 4):k0]]
    if w0 in back and w0 not in ("the", "a", "of"):  # "an offer for their third choice" after "... an offer for their second preference"
        at = k0 - len(back) + len(back) - 1 - back[::-1].index(w0)
        return " ".join(p[:at] + t2 + p[k1:])
    if w0 == t1[0].lower() and i > 0:  # "getting their first preference" / "getting one of their top three"
        return " ".join(p[:k0] + t2 + p[k1:])
    if w0 in _GAP_AUX:
        return ""
    if _gap_kind(w0) != "other" and _gap_kind(w0) == _gap_kind(seg[0]) \
            and [w.lower() for w in t1[-len(seg):]] == seg:  # "due to X" / "for Y", "agreed" / "completed"
        return " ".join(p[:k0] + t2 + p[k1:])
    if _gap_kind(w0) == "prep" and k1 == len(p) and p[-1].lower() == t1[-1].lower() and _gap_kind(seg[0]) == "other":  # "uplift on the formula factors" / "in option 2"
        return " ".join(p + t2)
    return ""


def indicator_phrase_of(
    texts: tuple[str, str, str], h: Hit, unit: str, left: str, right_clause: str, sent_start: int, clause_start: int,
    prev: str, topic: str, sent_end: int = -1, prev_in_sentence: str = "", prev_money: str = "", *, rules: FigureRules,
) -> tuple[str, str]:
    """The phrase of :func:`_phrase_of_texts` (every rule's phrase, read on the page's text), unless it is a word alone
    that names nothing measured (:func:`names_no_measure`): then the next candidate (:func:`instead_of_no_measure`),
    or (r26phrase), for an adverb or a connective alone (:func:`no_noun_alone`) with no such candidate, the measure of
    the figure before it in its sentence (``prev_in_sentence``: "93% for 2017/18 and 95% thereafter").

    >>> from .rules import load_rules
    >>> t = "Figures show that 30% of the 11% increase in plans seen last year were in early years."
    >>> h = Hit(t.index("30%"), t.index("30%") + 3, "figure", "percent", (30.0,))
    >>> indicator_phrase_of((t, t, t), h, "percent", t[:h.start], t[h.end:], 0, 0, "", "", len(t), rules=load_rules())
    ('11% increase in plans seen', 'own')
    """
    phrase, how = _phrase_of_texts(texts, h, unit, left, right_clause, sent_start, clause_start, prev, topic, sent_end,
                                   prev_in_sentence, prev_money, rules=rules)
    if how in ("own", "part") and phrase and names_no_measure(phrase, rules):
        if how == "own" and (instead := instead_of_no_measure(texts[0], h, unit, sent_start, sent_end,
                                                              prev_in_sentence, rules, phrase.strip())):
            return instead
        if prev_in_sentence and no_noun_alone(phrase, rules) and _names_something_alone(prev_in_sentence, rules):
            # (r26phrase) "confirmed as 93% for 2017/18 and 95% thereafter", "at 5% or, for example, at 10%": a word
            # beside the value that is no noun, with no candidate of its own; a further value of the measure the
            # sentence's figure before named
            return prev_in_sentence, "inherited"
    if how == "own" and phrase and phrase[-1:].isalpha() and " to " in phrase \
            and (done := infinitive_object(phrase, texts[0][sent_start:h.start])):
        return done, how
    if how == "own" and phrase and phrase.count(" ") >= 2 and (said := said_object(phrase, rules)):
        return said, how
    return phrase, how


#: (r24phrase) a phrase's last words "to <verb>"
_TO_VERB_END = re.compile(r"(?i)\bto\s+([a-z]+)$")
#: (r24phrase) before a value: the infinitive's object and the preposition that gives its value ("to set the high
#: needs budget at £", "to increase the growth fund to ")
_INFINITIVE_OBJECT_LEFT = re.compile(
    r"(?i)to\s+([a-z]+)\s+(?:the|its|their|our|this)\s+([A-Za-z][\w'’ -]{1,60}?)\s+(?:at|to|by|of)\s+"
    r"(?:(?:around|about|approximately|nearly|almost|just|up\s+to)\s+)?[£$€]?$")


def infinitive_object(phrase: str, before: str) -> str:
    """(r24phrase) The object of the infinitive a phrase ends on, when the figure is the value the infinitive gives it:
    "Members noted the recommendation to set the central budget at £200k" (phrase "... the recommendation to set") ->
    "central budget". ``before``: the sentence up to the figure. Empty when the phrase does not end on "to <verb>" or
    the text after it is not "the <noun phrase> at / to / by / of" right before the figure.

    >>> infinitive_object("officer drew attention to the proposal to set", "The officer drew attention to the proposal "
    ...                   "to set the central budget at £")
    'central budget'
    >>> infinitive_object("grant received to providers", "96% of the grant received to providers was ")
    ''
    """
    m = _TO_VERB_END.search(phrase)
    if m is None:
        return ""
    tail = _LEAD_SPACE.sub(" ", before[-160:])  # (r24review2) a line break or run of spaces in "to\nset": as one space
    at = tail.lower().rfind("to " + m.group(1).lower())
    om = _INFINITIVE_OBJECT_LEFT.match(tail, at) if at >= 0 and not tail[at - 1:at].isalnum() else None
    if om is None or om.group(1).lower() != m.group(1).lower():
        return ""
    obj = _clean_phrase(om.group(2))
    return obj if obj and not is_poor(obj) and not _is_generic(obj) else ""


#: (r24phrase) who said it after what was said: "... the council said", "... officers reported", "... and noted"
_SAID_AFTER = re.compile(r"(?i)(?:,?\s+(?:the\s+[a-z]+|officers|members|councillors|he|she|they|it)|\s+and)\s+([a-z]+)$")
#: (r24phrase) words that open no noun phrase after a verb of saying or deciding: what follows is a clause
_CLAUSE_OPENERS = frozenset("to that if whether how why what when where which who there it they we he she".split())
_DETERMINER_FIRST = frozenset("the a an its their our this these those".split())


def said_object(phrase: str, rules: FigureRules) -> str:
    """(r24phrase) What a phrase read as a clause of saying or deciding says or decides, when it names something: the
    verb's object ("Schools Forum agreed the outline budget for 2024/25" -> "outline budget for 2024/25"; "The report
    said: overspend position" -> "overspend position"), or the words before who said them, cleaned as every phrase is
    ("pupils excluded last term the council said" -> "pupils excluded": :func:`_clean_phrase` drops the time words).
    The verbs are ``words.reporting_verbs`` and ``words.deciding_verbs`` of data/figure_rules.yml, in -ed or "said" /
    "says"; one to four words of the subject before the verb, and a determiner, a colon or a dash after it. Empty when
    the phrase is no such clause, or what follows the verb is a clause of its own ("agreed to fund", "asked if"), a
    noun phrase's participle ("approved foster carers", "EHCPs approved each year") or names nothing.

    >>> from .rules import load_rules
    >>> r = load_rules()
    >>> [said_object(p, r) for p in ("Schools Forum agreed the outline budget for 2024/25",
    ...                              "pupils excluded last term the council said", "Members agreed to fund",
    ...                              "children looked after", "report noted that", "EHCPs approved each year",
    ...                              "The panel agreed to set the central budget")]
    ['outline budget for 2024/25', 'pupils excluded', '', '', '', '', 'central budget']
    """
    words = phrase.split()
    if (tail := _SAID_AFTER.search(phrase)) is not None and _said_verb(tail.group(1), rules):
        cand = _clean_phrase(phrase[:tail.start()])
        return cand if len(cand.split()) >= 2 and _names_something_alone(cand, rules) else ""
    for i, w in enumerate(words[1:5], 1):  # (a subject first: "approved foster carers" is no clause)
        if not _said_verb(w.rstrip(":,"), rules):
            continue
        rest = words[i + 1:]
        colon = w.endswith(":") or bool(rest) and rest[0] in (":", "-")
        if rest and rest[0] in (":", "-"):
            rest = rest[1:]
        if len(rest) > 3 and rest[0].lower() == "to" and rest[2].lower() in _DETERMINER_FIRST:
            rest = rest[2:]  # what was decided: "agreed to set the central budget" -> its object
        if not rest or rest[0].lower() in _CLAUSE_OPENERS or not colon and rest[0].lower() not in _DETERMINER_FIRST:
            return ""  # a clause ("agreed to fund", "asked if"), or the participle of a noun phrase ("EHCPs approved each year")
        while rest and rest[0].lower() in _DETERMINER_FIRST:
            rest = rest[1:]
        cand = _clean_phrase(" ".join(rest))
        return cand if cand and _names_something_alone(cand, rules) and not verb_led_words(cand) else ""
    return ""


def _said_verb(word: str, rules: FigureRules) -> bool:
    """(r24phrase) A past or present form of a verb of saying or deciding (:attr:`.rules.FigureRules.said_verbs`): one
    in -ed, "said" or "says" (not "report" nor "update", which are nouns too)."""
    low = word.lower()
    return low in rules.said_verbs and (low.endswith("ed") or low in ("said", "says"))


def verb_led_words(phrase: str) -> bool:
    """(r24phrase) Whether a phrase opens with a verb's form that takes an object ("be increased", "increase the
    budget"): a word of :data:`_VERB_WORDS`, or a word before a determiner (a participle before a noun is its
    adjective: "proposed use of funds").

    >>> [verb_led_words(p) for p in ("increase the budget", "be increased", "proposed use of funds")]
    [True, True, False]
    """
    words = phrase.lower().split()
    return bool(words) and (words[0] in _VERB_WORDS or len(words) > 1 and words[1] in _DETERMINER_FIRST)


#: (r25review) the marks around a phrase's words that :func:`names_no_measure` strips: white space (first), stops and
#: brackets, straight and curly quotes ("“breakdown”" is the word "breakdown")
_PHRASE_MARKS = " \t\n\r\xa0,.;:()'\"‘’“”"


def names_no_measure(phrase: str, rules: FigureRules) -> bool:
    """(r24phrase) Whether a phrase is one word (with only dates, prepositions or determiners around it) that names
    nothing measured: a word of ``words.light_nouns`` ("amount", "figures") or of ``words.no_measure_words`` (a word
    beside the value: "due", "next"; :attr:`.rules.FigureRules.no_measure_words`), the head word of a body's name ("council": :data:`_ORG_HEADS`; not a plural: "two
    councils" counts them), or - only when it stands quite alone - a participle, an adverb or a stray word
    (:func:`_lone_verb_or_stray`).

    >>> from .rules import load_rules
    >>> r = load_rules()
    >>> [names_no_measure(p, r) for p in ("amount", "due", "proposed", "council", "Since then the numbers")]
    [True, True, True, True, True]
    >>> [names_no_measure(p, r) for p in ("EHCPs", "children in care", "the number of EHCPs", "2022 targets")]
    [False, False, False, False]
    """
    w = phrase.strip(_PHRASE_MARKS)
    parts = w.split()  # (r25review) any white space parts words: "attendance\nrate" (a PDF's line break) is two
    alone = len(parts) <= 1
    if not alone:  # a word with only dates, prepositions and determiners around it: "Since 2019 the figures"
        if not (rules.measure_words and len(parts) < 5) and not any(
                x in rules.light_nouns or x in rules.no_measure_words or x in _ORG_HEADS for x in w.lower().split()):
            return False  # (speed) no such word in it
        content = [x for x in parts if not (_DATE_WORDS.match(x) or x.lower() in _LEAD_PREPOSITIONS
                                             or x.lower() in _AROUND_A_WORD)]
        if len(content) != 1:
            return False
        w = content[0].strip(_PHRASE_MARKS[1:])
    if not w:
        return False
    low = w.lower()
    return low in rules.light_nouns or low in rules.no_measure_words or low in _ORG_HEADS and low[-1] != "s" \
        or alone and _lone_verb_or_stray(w) or not_a_measure_word(w, rules.measure_words)


#: (r25id) the ends of English nouns made from verbs and adjectives ("virement", "reassignment", "deterioration",
#: "clawback", "shortfall", "pressure"): a noun that names the money's or the measure's kind, which the measure words
#: may lack; such a word alone is left as it is
_NOUN_ENDING = re.compile(r"(?:ments?|tions?|sions?|ances?|ences?|ity|ness|ships?|ures?|ages?|back|fall|ism|ery|ory)$")
#: (r25id) the parts of a hyphenated or slashed word ("year-old", "male/female")
_WORD_PARTS = re.compile(r"[-/]")


#: (r26phrase) adverbs and connectives (closed-class words: grammar, not a page's words) that a phrase reader may stop on
#: beside a value: "93% for 2017/18 and 95% thereafter", "£150k instead of £150", "for example at 10%", "even as much
#: as £25,000", "nearer £49m"
_CONNECTIVE_ADVERBS = frozenset(
    "thereafter afterwards afterward subsequently thereby instead even nearer respectively otherwise likewise "
    "similarly example instance".split())


def no_noun_alone(phrase: str, rules: FigureRules) -> bool:
    """(r26phrase) Whether a phrase that names no measure (:func:`names_no_measure`) is only an adverb or a connective
    beside the value (:data:`_CONNECTIVE_ADVERBS`, with at most prepositions and determiners around it: "thereafter",
    "for example", "instead"): it holds no noun at all, so it says nothing of what is measured. A noun, a name or a
    light noun ("amount", "the figure", "wait", "Hillingdon") is no such phrase.

    >>> from .rules import load_rules
    >>> r = load_rules()
    >>> [no_noun_alone(p, r) for p in ("thereafter", "for example", "instead", "even")]
    [True, True, True, True]
    >>> [no_noun_alone(p, r) for p in ("amount", "the figure", "wait", "Hillingdon", "minus", "children")]
    [False, False, False, False, False, False]
    """
    words = [w.strip(_PHRASE_MARKS).lower() for w in phrase.split()]
    content = [w for w in words if w and w not in _LEAD_PREPOSITIONS and w not in _AROUND_A_WORD]
    return 0 < len(content) <= 2 and len(words) <= 3 and all(w in _CONNECTIVE_ADVERBS for w in content) \
        and not any(w in rules.light_nouns for w in content)


def not_a_measure_word(word: str, measure_words: frozenset[str]) -> bool:
    """(r25id) Whether a word standing alone as a figure's phrase is none of the open evidence's measure words
    (``data/measure_words.txt``, :attr:`.rules.FigureRules.measure_words`): no council's measure phrases use it, in
    any of its forms (singular or plural, each part of a hyphenated word). Left alone: a word with a capital (a name:
    a place's alone is read by :mod:`.places`, an acronym may be a measure's: "EHCPs"), a plural (what a count counts:
    "deaths", "coordinators"), a noun by its ending (:data:`_NOUN_ENDING`: "virement", "clawback"), a word with a
    digit, and any word when the list is empty.

    >>> words = frozenset("child plans care year old".split())
    >>> [not_a_measure_word(w, words) for w in ("thereafter", "breakdown", "child", "plan", "year-old", "Hillingdon")]
    [True, True, False, False, False, False]
    >>> [not_a_measure_word(w, words) for w in ("births", "virement", "clawback")]
    [False, False, False]
    >>> not_a_measure_word("thereafter", frozenset())
    False
    """
    if not measure_words or not word.islower() or any(c.isdigit() for c in word) \
            or word[-1:] == "s" and word[-2:] not in ("ss", "us", "is") or _NOUN_ENDING.search(word):
        return False
    return not all(_a_measure_word(part, measure_words) for part in _WORD_PARTS.split(word.replace("’", "'")) if part)


def _a_measure_word(w: str, measure_words: frozenset[str]) -> bool:
    w = w[:-2] if w.endswith("'s") else w.strip("'")
    return not w or w in measure_words or w + "s" in measure_words or w[-1:] == "s" and w[:-1] in measure_words \
        or w[-2:] == "es" and w[:-2] in measure_words or w[-3:] == "ies" and w[:-3] + "y" in measure_words \
        or w[-1:] == "y" and w[:-1] + "ies" in measure_words


#: (r24phrase) words around a phrase's one word that add no measure to it: determiners and time adverbs ("Since then
#: the numbers")
_AROUND_A_WORD = frozenset("the a an these those this that its their our then now there".split())


#: (r24phrase) a value's unit's tail right after it ("per cent", "million")
_UNIT_TAIL = r"\s?(?:per\s?cent|percent|pc|million|billion|bn)\b"
_UNIT_TAIL_AFTER = re.compile(rf"(?i)^{_UNIT_TAIL}")
#: (r24phrase) "of" after a value (and its unit's tail, :data:`_UNIT_TAIL`) with the determiner after it: "30% of the
#: 11% increase ...", "100% of the funding", "£2m of its reserves"
_OF_AFTER_VALUE = re.compile(
    rf"(?i)^(?:{_UNIT_TAIL})?\s+of\s+(?:(?:the|its|their|our|this|these|those)\s+)?"
    r"(?=[A-Za-z\d])")
#: (r24phrase) a modal verb, where a noun phrase read by :func:`_np_of` ends ("the funding would be passed")
_MODAL_CUT = re.compile(r"(?i)\s+(?:would|will|could|should|may|might|must|can|shall)\b")


def _names_something_alone(phrase: str, rules: FigureRules) -> bool:
    return bool(phrase) and not is_poor(phrase) and not _is_generic(phrase) and not names_no_measure(phrase, rules)


#: (r24phrase) the first value of a change and its "to" right before the second: "from five to ", "between £2m and £"
_FROM_TO_LEFT = re.compile(r"(?i)\b(?:from|between)\s+[£$€]?[\w,.%]+\s+(?:to|and)\s+[£$€]?$")


def light_noun_before(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """(r24phrase) The pattern of a light noun of ``nouns`` (``words.light_nouns``) after "the", "these", "those" or
    "this" and at most one more word, before a figure: "the numbers increased from", "from the current level of".

    >>> [m.group(1) for m in light_noun_before(("level", "numbers")).finditer("the numbers rose from the current level of")]
    ['numbers', 'level']
    """
    return re.compile(rf"(?i)\b(?:the|these|those|this)\s+(?:[a-z]+\s+)?({_word_alternation(nouns)})\b")


def instead_of_no_measure(text: str, h: Hit, unit: str, sent_start: int, sent_end: int, prev_in_sentence: str,
                          rules: FigureRules, phrase: str = "") -> tuple[str, str] | None:
    """(r24phrase) The next candidate for a figure whose phrase named nothing (:func:`names_no_measure`), the first
    that names something: the noun phrase after the value's "of" ("30% of the 11% increase in plans" -> "11% increase
    in plans") or right after the value ("11% increase in plans"); the count's or share's predicate ("5 had signed up
    for the deal": :func:`reported_predicate`); the measure named before it in its sentence ("reduced from five to
    four due to ...": :data:`_FROM_TO_LEFT`); for a light noun with "the" (``phrase``: "the numbers increased from 336"), the measure its
    "numbers of" named in the sentences before; then, except for a light noun, the sentence's subject (:func:`sentence_subject`).
    None when none does.

    >>> from .rules import load_rules
    >>> t = "Of those who stayed with the council, 5 had signed up for the fixed deal."
    >>> instead_of_no_measure(t, Hit(t.index("5"), t.index("5") + 1, "figure", "count", (5.0,)), "count", 0, len(t), "",
    ...                       load_rules())
    ('signed up for the fixed deal', 'own')
    """
    end = sent_end if sent_end >= 0 else min(len(text), h.end + 200)
    right = text[h.end:end]
    if (om := _OF_AFTER_VALUE.match(right)) is not None:
        rest = right[om.end():]
        if not (np_ := _np_after(" " + rest)):  # a value or a number opens it: "the 11% increase", "the 2-year-old ..."
            mc = _MODAL_CUT.search(rest, 0, 120)
            np_ = _np_of(rest[:mc.start()] if mc else rest)
    else:
        tail = _UNIT_TAIL_AFTER.match(right)
        np_ = _np_after(right[tail.end():] if tail else right)
    if _names_something_alone(np_, rules):
        return np_, "own"
    if unit in ("count", "percent") and (pred := reported_predicate(right)) and not _is_generic(pred):
        return pred, "own"  # (a participle and its complement: is_poor would call it a verb with its object)
    if prev_in_sentence and _FROM_TO_LEFT.search(text, max(sent_start, h.start - 40), h.start) \
            and _names_something_alone(prev_in_sentence, rules):
        return prev_in_sentence, "inherited"  # the second value of a change: "reduced from five to four due to ..."
    the = None
    for the in rules.the_light_noun.finditer(text, max(sent_start, h.start - 120), h.start):
        pass  # (the last)
    if phrase and the is not None and phrase.lower().endswith(the.group(1).lower()) \
            and _names_something_alone(named := measure_of_unit_in(text[max(0, sent_start - 400):the.start()]), rules):
        # "The rise in the numbers of children looked after ... From 1994 to 2001 the numbers increased from 336", "to
        # reduce the number of looked after children by 100, from the current level of 639": the light noun with "the"
        # refers back to the measure a "numbers of" head named before it
        return named, "own"
    if phrase.split() and phrase.split()[-1].lower() in rules.light_nouns:  # (r24review2: ``phrase`` may be "")
        return None  # (the subject of "Hampshire has a percentage of 78" owns the measure: no measure itself)
    subject_ = sentence_subject(text[sent_start:h.start])
    if _names_something_alone(subject_, rules):
        return subject_, "own"
    return None


def _phrase_of_texts(
    texts: tuple[str, str, str], h: Hit, unit: str, left: str, right_clause: str, sent_start: int, clause_start: int,
    prev: str, topic: str, sent_end: int = -1, prev_in_sentence: str = "", prev_money: str = "", *, rules: FigureRules,
) -> tuple[str, str]:
    """(r21phrase) :func:`indicator_phrase` read on the text with the commas inside the names of measures protected
    (:func:`protect_name_commas`), with those commas given back in the phrase. ``texts``: the text as the page wrote it,
    with only those commas protected, and with the acronyms' brackets after those names blanked too. Where the figure's
    sentence holds such a bracket, the phrase read past it is kept only when it says more than the one read up to it
    (words other than the acronym), and then gets its acronym back ("youngsters with education, health and care plans
    (EHCP) put in place within 20 weeks"); else the phrase read with the bracket stands, as before."""
    original, commas, glossless = texts
    if commas is original:  # (speed) no comma of a name in this text: left and right as they are
        phrase, how = indicator_phrase(commas, h, unit, left, right_clause, sent_start, clause_start, prev, topic,
                                       sent_end, prev_in_sentence, prev_money, rules=rules)
    else:
        phrase, how = indicator_phrase(commas, h, unit, protect_name_commas(left, False),
                                       protect_name_commas(right_clause, False), sent_start, clause_start, prev, topic,
                                       sent_end, prev_in_sentence, prev_money, rules=rules)
        phrase = _given_back(phrase) if phrase else phrase
    if how == "own" and phrase and (rs := reported_clause_start(original, sent_start, h.start, phrase, rules)) > 0:
        # (r22phrase) "Figures also reveal that 5.5 per cent were only offered ...", "X queried why £17M had been
        # quoted for income": the phrase was read from the reporting clause; the reported clause, read as the sentence
        p2, how2 = indicator_phrase(commas, h, unit, left[max(0, len(left) - (h.start - rs)):], right_clause, rs,
                                    max(clause_start, rs), prev, topic, sent_end, prev_in_sentence, prev_money,
                                    rules=rules)
        p2 = _given_back(p2) if p2 and commas is not original else p2
        if not p2 or p2 == phrase:  # (none, or the reporting clause's words again): the reported predicate
            pred = reported_predicate(original[h.end:(sent_end if sent_end >= 0 else h.end + 200)])
            if pred and _names_something(pred):
                phrase, how = pred, "own"
        elif p2 != phrase and not is_poor(p2):
            phrase, how = p2, how2
    end = sent_end if sent_end >= 0 else min(len(original), h.end + 300)
    if how == "inherited" and phrase and phrase == prev_in_sentence \
            and original[max(sent_start, h.start - 12):h.start].rstrip(" +£$€").endswith(_GAP_MARK_ENDS) \
            and (gi := gapped_item(original[max(sent_start, h.start - 200):h.start], original[h.end:min(end, h.end + 120)],
                                   phrase)):
        # "8 fostering households have joined us ... and 18 have de-registered": the later item's own words, not the
        # earlier item's, with the measure the list states once
        return gi, how
    if glossless is commas or not phrase or GLOSS_SPACE not in glossless[h.end:min(end, h.end + 150)]:
        return phrase, how  # (speed) no acronym's bracket after the figure in its sentence
    last = phrase.rsplit(None, 1)[-1].lower()
    for m in _ACRONYM_BRACKET.finditer(original, h.end, end):
        if glossless[m.start()] == GLOSS_SPACE and (words := original[max(0, m.start() - 40):m.start()].split()) \
                and words[-1].lower() == last:
            break  # the phrase stopped at the bracket: read past it
    else:
        return phrase, how  # (speed) the phrase did not stop at such a bracket
    phrase2, how2 = indicator_phrase(glossless, h, unit, protect_name_commas(left), protect_name_commas(right_clause),
                                     sent_start, clause_start, prev, topic, sent_end, prev_in_sentence, prev_money,
                                     rules=rules)
    phrase2 = _given_back(phrase2) if phrase2 else phrase2
    if not phrase2 or phrase2 == _BRACKETED_ACRONYM.sub("", phrase or "") or len(phrase2) <= len(phrase or ""):
        return phrase, how  # no more said past the bracket
    for m in _ACRONYM_BRACKET.finditer(original, sent_start, end):
        if glossless[m.start()] != GLOSS_SPACE or (at := gloss_name_start(commas, m.start(), m.group(1))) < 0:
            continue
        name = original[at:m.start()].rstrip()
        if name in phrase2 and m.group() not in phrase2:
            phrase2 = phrase2.replace(name, f"{name} {m.group()}", 1)  # the acronym, as the page wrote it
    return phrase2, how2


def indicator_phrase(
    text: str, h: Hit, unit: str, left: str, right_clause: str, sent_start: int, clause_start: int,
    prev: str, topic: str, sent_end: int = -1, prev_in_sentence: str = "", prev_money: str = "", *, rules: FigureRules,
) -> tuple[str, str]:
    """What the figure measures, as a short phrase from its sentence, and how it was found
    (:func:`_named_phrase`), with a phrase of its own tidied (:func:`tidy_phrase`)."""
    if h.group == "glued" and text[h.end - 2:h.end] in ("FE", "fe"):
        return "forms of entry", "own"  # (r17values) "from 6FE to 8FE", "a 2FE primary": a school's size, its measure
    if unit in ("count", "percent") and text[h.start - 2:h.start].rstrip()[-1:] in _AGE_BAND_LABEL_ENDS \
            and (band := age_band_label(text, h, sent_start)):
        # a breakdown by age group: "- 1 to 4 years: 10%", "• 5-9 - 1,780 children" (the band was no label: none,
        # "over", or the noun after the count alone)
        return band, "own"
    phrase, how = _named_phrase(text, h, unit, left, right_clause, sent_start, clause_start, prev, topic, sent_end,
                                prev_in_sentence, prev_money)
    if how in ("own", "inherited") and (change := pronoun_change_of(text[max(sent_start, h.start - 90):h.start])) \
            and change not in phrase.lower().replace("(", " ").split():
        # (r27phrase) "The overspend ... This is an improvement of 0.750m", "the overall schools budget which was an
        # increase of £2.223m", "and that's shows a decrease of £30 K": the figure is the size of a change of what the
        # pronoun or the relative points back to (the phrase was that measure alone, or the pronoun), written as the
        # rules write "<change> in <measure>" for a change noun as subject
        base = phrase if phrase and not is_poor(phrase) and not _CONTRACTED_PRONOUN.match(phrase) \
            else prev if prev and not is_poor(prev) else ""
        if not base:
            phrase, how = change, "own"
        else:
            phrase, how = f"{change} in {base}", (how if base == phrase else "inherited")
    elif how == "inherited" and phrase and phrase == prev and (own := own_noun_of_value(text, h, unit, left, phrase)):
        # (r27phrase) "The forecast surplus ... this related to £0.355m unallocated growth", "This was in contrast to the
        # previous year's £3.087m underspend": the measure named before (a pronoun's, or the last resort's) gives way
        # to the noun the figure's own words give it
        phrase, how = own, "own"
    if prev_in_sentence and (text[h.end:h.end + 1] in " %" or text[h.end - 1:h.end] in "%t") and (
            pv := place_value_of(text[max(sent_start, h.start - 80):h.start], text[h.end:h.end + 60], prev_in_sentence)):
        # (r19phrase2) "6.2%, compared to 6.4% nationally", "49.3% in the East of England and 55.7% in England as a
        # whole": the measure before, as the value of the place named after the figure (the phrase was the measure
        # before, often with the council's own place, read as the council's own value)
        return pv, "inherited"
    if phrase and phrase[-1:] in "0123456789,.: tT" and time_only_phrase(phrase) \
            and (instead := instead_of_time(text, h, sent_start, sent_end, prev_in_sentence or prev)) is not None:
        # a phrase that is only a time names no measure ("For 2022-23 this would be £160m", "an increase of £1.687m
        # from 2020-21"): the change the figure sizes, the noun after it, or the measure named before
        phrase, how = instead
    if how == "own" and phrase and (phrase[-1] in _JUDGED_LAST or phrase[-1].isspace()) \
            and phrase.rsplit(None, 1)[-1].lower() in _JUDGED:
        # "1,387 children deemed to be in need of help", "45 young people were classed as missing from education":
        # the participle's complement says which of them are counted
        phrase = _judged_complement(phrase, text[h.end:(sent_end if sent_end >= 0 else h.end + 200)])
    tidy = tidy_phrase(phrase) if how == "own" and phrase and unit not in ("days", "weeks", "months", "years", "hours") \
        else phrase
    if how == "own" and prev and phrase and len(phrase) < 60 \
            and all(w in _COMPARATOR_ONLY_WORDS or w in _COMPARED_TIME for w in phrase.lower().split()) \
            and not is_poor(prev):  # (speed: the words first, is_poor only for a phrase of comparison words)
        # "one per cent below the figure of 1,396", "3% above the level": words of a comparison only, no measure
        return prev, "inherited"
    if how == "own" and prev and phrase and (comparator_named(text, h.start, sent_start, phrase) or tidy != phrase and tidy
                                            and comparator_named(text, h.start, sent_start, tidy)) and not is_poor(prev):
        # "the comparator authority average (14%)": the measure before, at the comparator; also when only the
        # tidied phrase is a place ("Derby is exactly equal to the national percentage (15.0%)" -> "Derby")
        return prev, "inherited"
    if how == "own" and prev and place_pp_only(phrase) and not is_poor(prev):
        # "residential care will cost £2,901 within the authority and around £4,608 from providers elsewhere": a place
        # of the value before names no measure of its own: the measure before, at another place
        return prev, "inherited"
    if how == "own" and prev and phrase[:6].lower() == "target" and _TARGET_WHEN_ONLY.fullmatch(phrase) and not is_poor(prev):
        # "... there were 1,147 looked after children ... The target for March 2017 is 770": the target of the
        # measure named before, named only by its date (as "the target for 2025" already was)
        return f"{phrase}: {prev}", "inherited"
    if how == "own" and prev_in_sentence and phrase[:3].lower() in _RECORDED_STARTS and _RECORDED_ONLY.fullmatch(phrase):
        # "1,147 looked after children, just two fewer than the 1,149 recorded in November": an earlier value of the
        # measure named before in the sentence, named only by when it was recorded
        return prev_in_sentence, "inherited"
    if how == "own" and (prev_in_sentence or prev) and "ompar" in text[max(sent_start, h.start - 40):h.start] \
            and _COMPARED_WITH_LEFT.search(text, max(sent_start, h.start - 40), h.start):
        # "This compares to 255 at the same point last year", "It compares to 28.5pc in Suffolk", "£61.4m for 2024/25 in
        # comparison to £24.7m for 2018/19": the measure named before, at another time or place (the phrase was the
        # verb of comparison, its subject, or the time or place), unless a noun after the figure names its own
        right0 = text[h.end:h.end + 120]
        own = _np_after(right0)
        was = prev_in_sentence or prev
        if not (own and phrase.lower().startswith(own.lower()) or _OF_FOR_RIGHT.match(right0)) and was != phrase \
                and not is_poor(was):
            return was, "inherited"
    if how == "own" and unit == "count" and phrase and (" who " in text[h.end:h.end + 90] or " that " in text[h.end:h.end + 90]) \
            and (cr := count_relative(phrase, text[max(sent_start, h.start - 20):h.start], text[h.end:h.end + 200])):
        # (round 16) "11% of the 143 children who left care were adopted", "Of the 240 children who took part in a
        # questionnaire, ...", "around 40 children in the City that need residential care provision": the count's
        # restrictive relative clause says which children it counts (the phrase was the noun alone)
        return cr, "own"
    if how == "own" and unit == "count" and phrase and text[max(0, h.start - 9):h.start].rstrip()[-4:].lower() in _WHOLE_LEFT_ENDS \
            and _WHOLE_OF_PART_LEFT.search(text, max(sent_start, h.start - 40), h.start):
        # "40 of the 396 children in our care were placed out of area", "12 of the 53 exclusions involved pupils with
        # an EHC plan": the whole is the population alone; what it did or was says which part the first count counts
        right0 = text[h.end:h.end + 200]
        pop, _ = _share_clause(_np_after(right0), right0.lstrip())
        if pop and phrase != pop and phrase.startswith(pop) and not is_poor(pop):
            return pop, "own"
    if how == "own" and phrase and text[h.end:h.end + 1] == ")" and "(" in text[h.start - 2:h.start] \
            and (lb := bracket_label(text, h.start, sent_start, phrase)):
        # "racist abuse (7), physical assault against a pupil (424) and verbal abuse against an adult (655)": the
        # whole label before the bracket (the phrase was cut at its preposition)
        return lb, "own"
    if unit in ("count", "percent") and "of " in text[max(sent_start, h.start - 90):h.start].lower() \
            and any(w in text[h.end:h.end + 30] for w in (" were ", " was ", " are ", " is ", " have ", " has ", " had ")) \
            and (
            pw := part_of_whole(text[max(sent_start, h.start - 90):h.start], text[h.end:h.end + 160],
                                prev_in_sentence or prev)):
        # "Of the 448 EHCPs drawn up, just 5.6pc were done within the 20 weeks", "Of those, 173 have been housed
        # outside of Southend": the part the clause's complement names, of the whole it opened with (the phrase was
        # the whole, or the complement's last words)
        return pw, "part"
    if unit in ("count", "percent") and text[sent_start:sent_start + 12].lower().lstrip().startswith(_WHOLE_OPENERS) \
            and (not phrase or phrase == prev_in_sentence or is_poor(phrase) or _is_generic(phrase)
                 or _words_within(phrase, text[sent_start:h.start])) \
            and (po := part_of_opened_whole(text[sent_start:h.start], text[h.end:(sent_end if sent_end >= 0 else h.end + 200)])):
        # (round 16) "Out of 2,148 applications, 1,886 (88%) received an offer for their first preference", "Of the 240
        # children who took part in the questionnaire, 33 per cent posed a concern", "..., 70 per cent were in full-time
        # education and 20 per cent were unemployed": the part the predicate names, of the whole the sentence opened
        # with (the phrase was the whole: "total applications", "children"; none; or the list's first part)
        return po, how
    if unit in ("count", "percent") and how in ("own", "inherited") and text[h.end:h.end + 14].lstrip(" (0123456789,.%)")[:3].lower() \
            in _JOINED_COPULA_STARTS and (pa := part_after_clause(
                text[sent_start:h.start], text[h.end:(sent_end if sent_end >= 0 else h.end + 200)],
                prev_in_sentence or (tidy if how == "own" and tidy and tidy in text[sent_start:h.start] else ""))):
        # (round 18) "2,099 EHCPs were issued in 2024, but just 54% were issued within expected timescales", "the
        # number of applications was down, but 98.7 per cent were allocated to one of their preferred schools": the part
        # the joined clause's complement names, of what the clause before counted (the phrase was that whole; its own
        # "how" is kept, as part_of_opened_whole's: the id the phrase gave stays)
        return pa, how
    if how == "own" and unit in ("gbp", "eur", "usd") and phrase and "spen" in text[max(sent_start, h.start - 30):h.start] \
            and (ob := overspend_by(phrase, text[max(sent_start, h.start - 90):h.start], text[h.end:h.end + 160])):
        # "the council predicts it will overspend by £8.7 million on children's services", "is forecast to overspend
        # by £2.3m": the (forecast) overspend, on what follows (the phrase was the verb, its forecast, or who said it)
        return ob, "own"
    if how == "own" and unit == "count" and phrase and (
            co := counted_object(phrase, text[max(sent_start, h.start - 90):h.start], text[h.end:h.end + 120])):
        # "The authority is looking after 582 children", "heads took steps to expel 195 pupils": the count is the
        # verb's object; its participle says which are counted (the phrase was the noun alone)
        return co, "own"
    if how == "own" and unit == "gbp" and phrase and _spend_verb_only(phrase, text[max(sent_start, h.start - 40):h.start]):
        paid = _paid_for(text[h.end:(sent_end if sent_end >= 0 else h.end + 200)])
        if paid:
            return paid, "own"  # "the council paying up to £6,000 a week to keep children in residential homes"
    if how == "own" and unit in ("gbp", "eur", "usd", "percent") and phrase \
            and (mt := money_moved(phrase, text[max(sent_start, h.start - 90):h.start],
                                   text[h.end:(sent_end if sent_end >= 0 else h.end + 200)], unit)):
        # "a request to move £100k to the CSSB", "confirmed transferring 0.55% of the Schools Block to the High Needs
        # Block", "will need to draw another £440,000 from its reserves", "the Virtual School would retain £400": the
        # money a verb moves, named by the verb's noun and where it goes (the phrase was the verb chunk or its subject)
        return mt, "own"
    if how == "own" and unit == "percent" and text[h.end:h.end + 4] == " of " and left[-1:] == " " \
            and (so := share_object(phrase, text[max(sent_start, h.start - 60):h.start],
                                    text[h.end:(sent_end if sent_end >= 0 else h.end + 200)])):
        # "the Council finalises 90% of EHCPs within the 20-week timescale", "the Strand had achieved 38% of its action
        # plan", "has managed to trace three quarters of those youngsters": the share is the verb's object; the part it
        # counts is the whole the verb was done to (the phrase was the whole alone, or the verb)
        return so, "own"
    if prev_in_sentence and "with" in text[max(sent_start, h.start - 40):h.start].lower() and (
            phrase == prev_in_sentence or how == "own" and phrase and _adverb_or_participle(_first_word(phrase).lower())
            or phrase[:5].lower() in ("aged", "aged ") or _first_word(phrase).lower().endswith("ing")) \
            and (wp := with_part_clause(text[max(sent_start, h.start - 60):h.start],
                                        text[h.end:(sent_end if sent_end >= 0 else h.end + 200)], prev_in_sentence,
                                        unit)):
        # "3,516 working days were lost to sickness, with 1,470 resulting from stress", "a £26.5 million overspend on
        # its DSG, with £27.7 million related to SEND provision": the part the absolute clause names, of the whole the
        # figure before names (the phrase was the whole, or the participle alone)
        return wp, ("own" if unit in ("gbp", "eur", "usd") else "part")  # (a part of an overspend is an overspend)
    if how == "own" and unit in ("gbp", "eur", "usd") and (
            mv := money_verb_noun(phrase, text[max(sent_start, h.start - 60):h.start],
                                  text[h.end:(sent_end if sent_end >= 0 else h.end + 200)])):
        # "Suffolk County Council spent £32m on residential care placements", "the county council expected to save
        # £2.5 million", "Council seeks £11m": the noun of the verb of money (the phrase was the verb and its subject)
        return mv, "own"
    if how == "own" and unit in ("gbp", "eur", "usd") and phrase.lower() in _BARE_MONEY_NOUNS and (
            md := money_destination(phrase, text[h.end:(sent_end if sent_end >= 0 else h.end + 200)])):
        # (r20head) "£1 million of the funding will go towards the Mockingbird programme", "a transfer of £0.025m to
        # support the High Needs Block": what the money goes to (the phrase was the bare noun of money)
        return md, "own"
    if how == "own" and _FORECAST_ONLY.fullmatch(phrase) and "ted" in text[max(sent_start, h.start - 40):h.start] \
            and (fn := forecast_of_np(text[max(sent_start, h.start - 160):h.start])):
        # (r19phrase) "a significant overspend on DSG funded activities, currently forecasted at £2.992m", "a gap in the
        # budget for SEND provision which is expected to hit about £58 million": the noun phrase the participle follows,
        # with its hedge (the phrase was the participle, or none)
        return fn, "own"
    if how == "own" and tidy and tidy[:3].lower() in _CHANGE_PARTICIPLE_STARTS \
            and (pc := perfect_change_subject(text[max(sent_start, h.start - 120):h.start], tidy)):
        # (r20phrase) "the average wait had risen back up to 250 days", "EHE cases had risen nationally by 38%": the
        # subject of the perfect of change, or its change (the phrase was the verb chunk: "risen back")
        return pc, "own"
    if how == "own" and unit == "percent" and tidy and prev_in_sentence \
            and (sh := share_restating(text[max(sent_start, h.start - 90):h.start], text[h.end:h.end + 100], tidy,
                                       prev_in_sentence)):
        # (r20phrase) "4,353 pupils were receiving SEN support - 13.4% of the school-aged population": the share
        # restates the figure before as a part of the base after it (the phrase was the base alone)
        return sh, "own"
    if how == "own" and tidy and _may_be_chunk(tidy) \
            and (cs := complement_subject(text[max(sent_start, h.start - 200):h.start], tidy, rules)):
        # (r22phrase) "The deficit on the reserve now stands at a considerable £54.2 million", "The inspection had
        # lasted four weeks": the subject of the clause the figure is the complement of (the phrase named nothing, or
        # was the verb chunk)
        return cs, "own"
    if how == "own" and unit in _DURATION_UNITS and (ds := duration_subject(text[max(sent_start, h.start - 200):h.start],
                                                                           phrase, rules)):
        # (r22phrase) "The longest-serving carer had been with the council for 40 years", "a course that took place
        # over six months": the subject of the duration's clause (the phrase was a place alone, the verb, or none)
        return ds, "own"
    return tidy, how  # (a duration's verb is its measure: "take a minimum of 6 months": not tidied)


#: a part-count or share right before the count of its whole: "40 of the", "29 out of its", "all but three of the",
#: "41% of the" (_WHOLE_LEFT_ENDS: the last four letters before the count, without spaces, its cheap first test)
_WHOLE_OF_PART_LEFT = re.compile(
    r"(?i)(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|third|"
    r"quarter|half|fifth|fifths|thirds|quarters)|%|\bper\s?cent)\s+(?:out\s+of|of|from)\s+"
    r"(?:the|its|our|their|these|those|all|all\s+the)\s*$")
_WHOLE_LEFT_ENDS = frozenset((" the", " its", " our", "heir", "hese", "hose", " all"))
#: a phrase that is only a participle of recording and when: "recorded in November", "reported last year", "seen in
#: March 2023" (the earlier value of the measure before it: "two fewer than the 1,149 recorded in November 2013")
_RECORDED_ONLY = re.compile(
    r"(?i)(?:recorded|reported|seen|registered|logged|counted|published)(?:\s+(?:in|at|on|during|by|for|over|last|this|"
    r"the|a|previous|same|period|time|year|month|quarter|week|end|of|" + month_alternation(lower=True) + "|"
    r"spring|summer|autumn|winter|(?:19|20)\d{2}(?:[/-]\d{2,4})?|q[1-4]))*")
#: a target named only by its date: "target for March 2017", "target by 2025/26", "target"
_TARGET_WHEN_ONLY = re.compile(
    r"(?i)targets?(?:\s+(?:for|by)\s+(?:the\s+)?(?:end\s+of\s+)?(?:(?:" + month_alternation(lower=True) + r")\s+)?"
    r"(?:(?:19|20)\d{2}(?:[/-]\d{2,4})?|this\s+year|next\s+year|the\s+year))?")
_RECORDED_STARTS = ("rec", "rep", "see", "reg", "log", "cou", "pub")

#: time words of a comparison that names no measure ("above the figure for the same quarter last year")
_COMPARED_TIME = frozenset("same previous last this quarter year month period time".split())
#: nouns a number names a point of ("the 350 mark", "the £1m barrier", "the 1,000 milestone"): not the measure
_MARK_WORDS = frozenset("mark milestone barrier threshold".split())
_MARK_VERB_END = re.compile(
    r"(?i)\s+(?:(?:has|have|had)\s+)?(?:now\s+|just\s+)?(?:passed|hit|topped|reached|broke(?:n)?(?:\s+through)?|exceeded|"
    r"crossed|surpassed|neared|approached|went\s+(?:over|past|through))(?:\s+.*)?$")
#: participles of a judgement whose "to be" / "as" complement says which of a population are counted
_JUDGED = frozenset("deemed considered judged classed classified assessed identified thought believed known found "
                    "defined regarded described recorded registered reported categorised categorized".split())
#: (speed) the last letters of those participles, in either case: a phrase ending otherwise (but for spaces) is none
_JUDGED_LAST = frozenset("dDtTnN")
_JUDGED_RIGHT = re.compile(r"(?i)\b(\w+)\s+((?:to\s+be|as(?:\s+being)?)\s+[a-z][^,;:.()\[\]–—]{1,80})")
#: where such a complement ends: a date, a time or place of the count, a new clause
_JUDGED_CUT = re.compile(
    r"(?i)\s+(?:on|at|by|in|during|as\s+of|as\s+at)\s+(?:the\s+)?(?:\d|end\b|start\b|close\b|this\b|last\b|"
    + month_alternation(lower=True) + r"|(?:autumn|spring|summer)"
    r"\b|quarter|year|month|week|borough|county|city|area)|\s+(?:which|that|who|and|but|while|whilst|compared|since|"
    r"than|down|up|an?\s+(?:increase|decrease|rise|fall)|(?:last|this|next)\s+(?:term|year|month|week|quarter))\b")


def _judged_complement(phrase: str, right: str) -> str:
    """``phrase`` ending in a judging participle, with its "to be" / "as" complement from ``right`` (the text after the
    figure) when it follows that participle there.

    >>> _judged_complement("children deemed", " children deemed to be in need of help on March 31")
    'children deemed to be in need of help'
    >>> _judged_complement("pupils considered", " pupils considered for a place")
    'pupils considered'
    """
    last = phrase.rsplit(None, 1)[-1]
    for m in _JUDGED_RIGHT.finditer(right):
        if m.group(1).lower() != last.lower():
            continue
        comp = _JUDGED_CUT.split(m.group(2), 1)[0].strip()
        words = comp.split()
        if len(words) < 3 or len(words) > 10:
            return phrase  # "to be" / "as" and one word at least; a long run is a new clause
        return f"{phrase} {comp}"
    return phrase


#: a phrase that is only a verb of paying: "council paying", "spent", "the authority has spent"
#: who pays: "(the) council", "we" (the payer of _SPEND_VERB_ONLY and _PAYER_ONLY)
_PAYER = r"(?:the\s+)?(?:(?:county|borough|city|district)\s+council|council|authority|county|borough|city|service|we|it)"
_SPEND_VERB_ONLY = re.compile(
    r"(?i)^(?:(?:[\w'’-]+\s+){0,3}(?:revealed|said|says|confirmed|reported|explained|stated|announced)\s+(?:that\s+)?"
    r"(?:it|they|we)\s+)?"
    rf"(?:{_PAYER}\s+)?(?:(?:has|have|had|is|was|are|were)\s+)?"
    r"(?:currently\s+)?(?:(?:projecting|planning|expecting|forecasting|budgeting|proposing|set|due|likely|expected|"
    r"projected|planned|forecast|going|expects|plans|intends|proposes|needs|has|have|had|will|would)\s+(?:to\s+)?)?"
    r"(?:paying|pays|paid|spent|spends|spending|spend|pay)$")
#: what money is paid for, right of it: "(a week) to keep children in residential homes", "(since April) placing
#: children in care homes ...", "(this year) on placing young people in ..."
_PAID_FOR_RIGHT = re.compile(
    r"(?i)^(?:\s+(?:up\s+to|a|an|per|each|every|since|this|last|so\s+far|in|during|the|start|of|year|week|month|"
    r"annum|quarter|" + month_alternation(lower=True, start=4) + "|"
    r"financial|to\s+date)\b)*\s*(?:,\s*)?(?:(to)\s+(\w+\s+\w.*)|(on)\s+(\w.*)|(\w+ing)\s+(\w.*))$", re.S)


_PAYER_ONLY = re.compile(rf"(?i)^{_PAYER}(?:\s+(?:revealed|said|says|confirmed|reported|explained|stated|announced))?$")
_PAYING_LEFT = re.compile(
    r"(?i)\b(?:paying|pays|paid|spent|spends|spending|to\s+spend)\s+(?:up\s+to\s+|more\s+than\s+|over\s+|around\s+|"
    r"about\s+|nearly\s+|almost\s+)?$")


@lru_cache(maxsize=4096)  # (speed: pure; 65 calls of a bench pass, 2 distinct)
def _spend_verb_only(phrase: str, before: str = "") -> bool:
    """Whether a money figure's phrase is only a verb of paying ("council paying", "spent"), or only the
    payer when a verb of paying is right before the figure ("The council is currently paying £4,200").

    >>> _spend_verb_only("council paying"), _spend_verb_only("spent"), _spend_verb_only("spend on placements")
    (True, True, False)
    >>> _spend_verb_only("council", "The council is currently paying "), _spend_verb_only("council", "The council has ")
    (True, False)
    """
    if len(phrase) >= 40:
        return False
    p = phrase.strip()
    return _SPEND_VERB_ONLY.match(p) is not None or (
        _PAYER_ONLY.match(p) is not None and _PAYING_LEFT.search(before) is not None)


def _paid_for(right: str) -> str:
    """What money is paid for, from the words right of it ("" when they do not say).

    >>> _paid_for(" a week to keep children in residential homes.")
    'cost to keep children in residential homes'
    >>> _paid_for(" since the start of April placing children in care homes in other parts of the country.")
    'cost of placing children in care homes in other parts'
    >>> _paid_for(" this year on placing young people in semi-independent accommodation.")
    'spending on placing young people in semi-independent accommodation'
    >>> _paid_for(", it added.")
    ''
    """
    m = _PAID_FOR_RIGHT.match(right.split(".")[0] if "." in right else right)
    if not m:
        return ""
    if m.group(1):
        what, lead = _clean_phrase(_cut_clause(m.group(2)), 10), "cost to"
    elif m.group(3):
        what, lead = _clean_phrase(_cut_clause(m.group(4)), 10), "spending on"
    else:
        if m.group(5).lower() in ("including", "excluding", "during", "according", "following", "something"):
            return ""
        what, lead = _clean_phrase(_cut_clause(f"{m.group(5)} {m.group(6)}"), 10), "cost of"
    if not what or len(what.split()) < 2 or is_poor(what):
        return ""
    return f"{lead} {what}"


#: a comparison right before a figure: "compared to (just)", "This compares with", "in comparison to"
_COMPARED_WITH_LEFT = re.compile(
    r"(?i)\b(?:compared|compares|comparing|in\s+comparison|comparison)\s+(?:to|with|against)\s+(?:(?:just|only|around|"
    r"about|nearly|almost|over|under|approximately|roughly|some|a|an)\s+)*$")
#: a verb of money right before an amount, with whom it costs or saves and a hedge: "spent", "is seeking more than",
#: "agreed to spend a further", "could save the authority", "on average costs the council" (group "v": the verb; "o":
#: its object)
_MONEY_VERB_LEFT = re.compile(
    r"(?i)\b(?P<v>spend|spends|spent|spending|fork(?:s|ed|ing)?\s+out|pay|pays|paid|paying|save|saves|saved|saving|"
    r"cost|costs|costing|receive|receives|received|receiving|seek|seeks|seeking|sought|invest|invests|invested|"
    r"investing|pump|pumps|pumped|pumping|allocate|allocates|allocated|allocating|borrow|borrows|borrowed|borrowing|"
    r"charge|charges|charged|charging)"
    r"(?P<o>\s+(?:the\s+)?(?:council|authority|county|city|borough|taxpayers?|government|trust|us|them|it))?"
    r"(?:\s+(?:a\s+further|an?\s+(?:extra|additional|estimated|further)|a\s+total\s+of|more\s+than|less\s+than|up\s+to|"
    r"over|around|about|nearly|almost|approximately|roughly|some|just|only|at\s+least|in\s+excess\s+of|"
    r"in\s+the\s+region\s+of|c\.?|circa|(?P<avg>on\s+average)))*\s*$")
#: (speed) the letters a word of _MONEY_VERB_LEFT's verbs holds, one of which the 60 characters before the amount must
_MONEY_VERB_HINTS = ("spen", "pa", "sav", "cost", "rece", "seek", "sought", "inves", "pump", "alloca", "borrow", "fork",
                     "charg")
#: the noun of each verb (by its first three letters)
_MONEY_VERB_NOUN = {"spe": "spending", "for": "spending", "pay": "payment", "pai": "payment", "sav": "saving",
                    "cos": "cost", "rec": "money received", "see": "funding sought", "sou": "funding sought",
                    "inv": "investment", "pum": "investment", "all": "money allocated", "bor": "borrowing",
                    "cha": "charge"}
#: (r20head) the hedge before a counted object's count: "around 5,000 eligible children"
_INFINITIVE_HEDGE = r"(?:(?:around|about|approximately|roughly|some|nearly|almost|over|more\s+than|up\s+to)\s+)?"
#: (r20phrase) the infinitive "it" stands for after "It costs £92 a day ... to take a child to school" (group 1)
#: (r20head) or a counted object: "It also costs £8m a year to transport around 5,000 eligible children"
_COST_INFINITIVE_RIGHT = re.compile(r"(?i)\bto\s+((?!be\b|pay\b|spend\b)[a-z]+\s+(?:(?:a|an|the|one|each|every|their|its|our)\s+|"
                                    + _INFINITIVE_HEDGE + r"\d[\d,]*\s+(?=[a-z]))[a-z][^.;:()\d£]{2,70})")
#: (r20head) the count (and its hedge) of an infinitive's object, dropped from the phrase (the noun stays)
_INFINITIVE_COUNT = re.compile(r"(?i)\s+" + _INFINITIVE_HEDGE + r"\d[\d,]*\s+")
#: (r20phrase) who charges or what for, right after a charged amount (past its period): "by a private home to look after
#: one child", "a week for every child in care" (group 1: the preposition, 2: what follows)
_CHARGE_RIGHT = re.compile(
    r"(?i)^(?:\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|night|hour|annum|session)|\s+(?:in|over|during)\s+"
    r"(?:one|a|the|this|last)\s+(?:year|month|week|period))?\s*,?\s+(by|for)\s+"
    r"([a-z][^.;:()\d£]{2,80})")
#: what an amount is spent, saved or invested on (group 1): "on residential placements", "(a year) into a new
#: threshold guarantee"
_MONEY_ON_RIGHT = re.compile(
    r"(?i)^(?:\s+(?:a|an|per|each|every|this|last|next|so\s+far|year|week|month|annum|financial|to\s+date)\b)*"
    r"\s+(?:on|into|in)\s+((?!(?:the\s+)?(?:19|20)\d\d|(?:the\s+)?(?:last|next|past|first|current|coming|same)\b|"
    r"(?:total|addition|excess|year|" + month_alternation(lower=True, start=4) + r")\b)[a-z][^.;:()\d£]{2,100})")
#: "(could spend £4.3m) more on children's services than (initially) planned": an overspend on what follows
_MORE_ON_THAN_RIGHT = re.compile(
    r"(?i)^\s+more\s+on\s+([a-z][^.;:()\d£]{2,80}?)\s+than\s+(?:\w+\s+){0,3}?(?:planned|budgeted|expected|forecast|"
    r"allocated|intended)\b")


def _overspend_on(after: str | None) -> str:
    """An overspend named by what follows it ("overspend on residential placements"), or "overspend" when the noun
    phrase of ``after`` is empty or poor.

    >>> _overspend_on("residential placements this year"), _overspend_on(None)
    ('overspend on residential placements', 'overspend')
    """
    on = _np_after(" " + after) if after else ""
    return f"overspend on {on}" if on and not is_poor(on) else "overspend"


@lru_cache(maxsize=4096)  # (speed: pure; 203 calls of a bench pass, 21 distinct)
def _verb_before_amount(phrase: str, before: str, verb_left: re.Pattern[str], hints: tuple[str, ...],
                        max_phrase: int, hint_window: int, search_window: int | None
                        ) -> tuple[re.Match[str], str, str] | None:
    """The shared opening of :func:`money_verb_noun` and :func:`money_moved`: a verb (group "v" of ``verb_left``, an
    expression anchored at the end) right before an amount whose phrase is at most ``max_phrase`` characters long, as
    (the match, the verb in lower case with its spaces made single, the phrase likewise); None when the phrase is
    longer, none of ``hints`` is in the last ``hint_window`` characters of ``before`` (speed: the cheap test first),
    or the expression does not match the last ``search_window`` characters of ``before`` (all of it when None; the
    match's offsets are into that part).

    >>> m, verb, p = _verb_before_amount("Council  Spent", "the council  spent ", _MONEY_VERB_LEFT, _MONEY_VERB_HINTS, 60, 60, 60)
    >>> verb, p
    ('spent', 'council spent')
    >>> _verb_before_amount("x" * 81, "and will need to draw another ", _MOVE_VERB_LEFT, _MOVE_VERB_HINTS, 80, 40, None)
    """
    if len(phrase) > max_phrase:
        return None
    tail = before[-hint_window:].lower()  # (speed: once, not once a hint)
    if not any(w in tail for w in hints):
        return None
    m = verb_left.search(before[-search_window:] if search_window else before)
    if not m:
        return None
    return m, " ".join(m.group("v").lower().split()), " ".join(phrase.lower().split())


#: (r20head) a noun of money that names no measure alone ("funding", "transfer"): what the money goes to does
_BARE_MONEY_NOUNS = frozenset("funding money cash grant allocation transfer investment".split())
#: (r20head) where money goes, right after the amount (or after "of the funding"): "will go towards the X programme",
#: "to support the High Needs Block", "will be spent on X" (group "p": the preposition or "to" of purpose, "w": what)
_MONEY_DESTINATION_RIGHT = re.compile(
    r"(?i)^(?:\s+of\s+(?:the\s+)?(?:funding|money|cash|grant))?\s+(?:(?:will|would|is|are|was|were|has|have|had)\s+"
    r"(?:been\s+|be\s+)?(?:go(?:es|ing)?|went|gone|used|spent|put|directed|invested|allocated)\s+)?"
    r"(?P<p>towards|on|into|to(?=\s+(?:support|fund|deliver|provide|help|develop|expand|create|tackle|improve)\b))\s+"
    r"(?P<w>[a-z][^.;:,()\d£–—-]{2,80})")


def money_destination(phrase: str, right: str) -> str:
    """(r20head) A bare noun of money with what it goes to, from the words after the amount: "funding" + " of the funding
    will go towards the Mockingbird programme" -> "funding towards Mockingbird programme" ("" when none is named).

    >>> money_destination("funding", " of the funding will go towards the Mockingbird programme.")
    'funding towards Mockingbird programme'
    >>> money_destination("transfer", " to support the High Needs Block."), money_destination("funding", " was agreed.")
    ('transfer to support the High Needs Block', '')
    """
    m = _MONEY_DESTINATION_RIGHT.match(right)
    if not m:
        return ""
    what = _clean_phrase(_cut_clause(m.group("w")), 8)
    if not what or is_poor(what) or _is_generic(what):
        return ""
    return f"{phrase.lower()} {m.group('p').lower()} {what}"


_EXTRA_WORDS = ("additional", "extra", "further")
#: (r20head) an amount that ends its clause (past its period): what it is spent on or for is not named after it
_AMOUNT_ENDS_CLAUSE = re.compile(
    r"(?i)^(?:\s+(?:a|an|per|each|every|this|last|next)\s+(?:year|week|month|annum|day))?\s*(?:[.,;:!?)]|$|\s+(?:and|but)\b)")


def extra_money(modifier: str, before: str) -> str:
    """(r20head) The noun of a verb of money whose amount has only a modifier for its phrase: "is costing an additional
    c£2m" -> "additional cost", "will spend an extra £3m" -> "extra spending" ("" when ``before`` does not end with such
    a verb and the modifier, or the modifier is not one of more money).

    >>> extra_money("additional", "but it is costing an additional c"), extra_money("additional", "the additional ")
    ('additional cost', '')
    """
    word = modifier.lower().split()[-1] if modifier else ""
    if word not in _EXTRA_WORDS or "cost" not in before and "spen" not in before and "sav" not in before:
        return ""  # (speed: the cheap tests first)
    m = _MONEY_VERB_LEFT.search(before[-60:])
    if not m or m.group("o") or word not in m.group(0).lower():
        return ""
    return f"{word} {_MONEY_VERB_NOUN[' '.join(m.group('v').lower().split())[:3]]}"


def money_verb_noun(phrase: str, before: str, right: str) -> str:
    """The noun of a verb of money right before an amount when the amount's phrase is that verb (and its subject) or
    only who pays: "Suffolk County Council spent £32m on residential care placements" -> "spending on residential care
    placements", "the county council expected to save £2.5 million" -> "saving", "Council seeks £11m" -> "funding
    sought" ("" when ``before`` does not end with such a verb, or the phrase names more than it).

    >>> money_verb_noun("Suffolk County Council spent", "Suffolk County Council spent ", " on all residential care placements in 2023/24")
    'spending on residential care placements'
    >>> money_verb_noun("county council expected to save", "and the county council expected to save ", " over the life of the contract")
    'saving'
    >>> money_verb_noun("authority", "the authority could spend ", " more on children's services than initially planned")
    "overspend on children's services"
    >>> money_verb_noun("on average costs the council", "which on average costs the council ", " per child per week")
    'cost'
    >>> money_verb_noun("places outside of Norfolk costing", "With places outside of Norfolk costing ", " a week")
    'cost of places outside of Norfolk'
    >>> money_verb_noun("spending on placements", "The council is spending ", " on placements"), money_verb_noun("council", "The council has ", "")
    ('', '')
    """
    found = _verb_before_amount(phrase, before, _MONEY_VERB_LEFT, _MONEY_VERB_HINTS, 60, 60, 60)
    if found is None:
        return ""
    m, verb, p = found
    chunk = f"{verb}{' ' + ' '.join(m.group('o').lower().split()) if m.group('o') else ''}"
    if p and not (p.endswith(" " + chunk) or p == chunk or p.endswith(" " + verb) or p == verb
                  or _PAYER_ONLY.match(p) or p in ("they", "trust", "the trust", "government", "the government")):
        return ""
    noun = _MONEY_VERB_NOUN[verb[:3]]
    mo = _MORE_ON_THAN_RIGHT.match(right) if noun == "spending" else None
    if right[:6] in (" more ", " less ") and not mo:
        return ""  # "will spend £2m more than last year": a difference, not what is spent
    if noun == "cost" and p.endswith(" " + verb) and not m.group("o"):
        subj = _clean_phrase(phrase[:-len(verb)], 8)
        if subj and len(subj.split()) > 1 and not is_poor(subj) and not _PAYER_ONLY.match(subj):
            return f"cost of {subj}"  # "With places outside of Norfolk costing £3,091"
    if mo:
        return _overspend_on(mo.group(1))
    if noun == "charge" and (ch := _CHARGE_RIGHT.match(right)):
        # (r20phrase) "was being charged up to £9,980 a week for every child in care", "was charged more than £27,000
        # by a private home to look after one child": the charge, by whom or for what (the phrase was the verb)
        what = _clean_phrase(_cut_clause(ch.group(2)), 10)
        if what and not is_poor(what):
            return f"charge {ch.group(1).lower()} {what}"
    if noun == "cost" and (m.group("avg") or p.startswith("it ")):
        # (r20phrase) "It costs on average £92 per day, ..., to take a child to and from school": the (average) cost, of
        # what the infinitive after it names when "it" stands for that infinitive (the phrase was "It costs")
        lead = "average cost" if m.group("avg") else "cost"
        inf = _COST_INFINITIVE_RIGHT.search(right) if p.startswith("it ") else None
        # (r20head) a counted object keeps its noun, not its count: "to transport around 5,000 eligible children" ->
        # "to transport eligible children"
        what = _clean_phrase(_cut_clause(_INFINITIVE_COUNT.sub(" ", inf.group(1), 1)), 10) if inf else ""
        if what and not is_poor(what):
            return f"{lead} to {what}"
        if m.group("avg"):
            return lead
    if noun in ("spending", "payment"):
        paid = _paid_for(right)
        if paid:
            return paid
    if noun in ("spending", "saving", "investment") and (on_ := _MONEY_ON_RIGHT.match(right)):
        what = _clean_phrase(_cut_clause(on_.group(1)), 8)
        what = _TRAIL_TIME_IN.sub("", what)
        if what and not is_poor(what):
            return f"{noun} {'in' if noun == 'investment' else 'on'} {what}"
    return noun


#: a verb that moves money (or a share of a budget) from one place to another, right before the amount: "move",
#: "transferring", "top slice", "draw another", "retain that", "contribute", "give", "release approximately" (group
#: "v": the verb)
_MOVE_VERB_LEFT = re.compile(
    r"(?i)\b(?P<v>mov(?:e|es|ed|ing)|transfer(?:s|red|ring)?|top[\s-]?slic(?:e|es|ed|ing)|tak(?:e|es|ing)|took|"
    r"dr(?:aw|aws|awing|ew)|retain(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|releas(?:e|es|ed|ing))"
    r"(?:\s+(?:a\s+further|another|an?\s+(?:extra|additional|further)|up\s+to|around|about|over|approximately|"
    r"roughly|some|just|only|the|that|this|these|those))*\s*[£$€]?$")
#: (speed) letters one of those verbs holds, one of which the 40 characters before the amount must
_MOVE_VERB_HINTS = ("mov", "transf", "slic", "tak", "took", "draw", "drew", "retain", "contrib", "giv", "gave", "releas")
#: the noun of each verb (by its first three letters), and whether a share may be what it moves
_MOVE_VERB_NOUN = {"mov": ("transfer", True), "tra": ("transfer", True), "top": ("top slice", True),
                   "tak": ("money taken", False), "too": ("money taken", False), "dra": ("drawdown", False),
                   "dre": ("drawdown", False), "ret": ("money retained", True), "con": ("contribution", True),
                   "giv": ("money given", False), "gav": ("money given", False), "rel": ("money released", True)}
#: where the money goes or comes from, right after the amount (past a bracketed amount and "centrally"): "to the CSSB",
#: "(£2.0m) of the Schools Block to the High Needs Block", "out of this year's underspend", "from its reserves"
_MOVED_WHERE_RIGHT = re.compile(
    r"(?i)^\s*(?:\([^()]{1,24}\)\s*)?(?:centrally\s+)?((?:(?:of|from|out\s+of|to|into|towards)\s+(?:the\s+|its\s+|their\s+|"
    r"our\s+|this\s+|last\s+|next\s+)?[A-Za-z][^,.;:()£$€\d]*?)+)"
    rf"(?=\s+(?:to\s+(?:{'|'.join(sorted(_PURPOSE_VERBS))}|prop|pay)\b|to\s+[a-z]+\s+(?:the|a|an|its|their|our)\b|"
    r"in\s+order|so\s+that|and|as|which|while|whilst|but|because|had|has|have|was|were|is|are|would|will|could|"
    r"should|meaning|compared|in|for|on|at|this|that|when|if|over|during|by|within|next|last)\b|\s*[,.;:()]|\s*$)")


#: what may stand between a verb's subject and the verb: a modal, an auxiliary, an adverb ("would", "has agreed to")
_SUBJECT_OF_VERB_END = re.compile(
    r"(?:\s+(?:would|will|could|should|can|may|might|must|to|has|have|had|is|are|was|were|be|been|also|now|then|"
    r"agreed|agrees|proposed|proposes|plans|planned|wants|wanted|asked|needs|needed|need|simply|not))*\s*$")


@lru_cache(maxsize=4096)  # (speed: pure; 138 calls of a bench pass, 71 distinct)
def money_moved(phrase: str, before: str, right: str, unit: str) -> str:
    """The money (or share of a budget) a verb of moving gives, takes, transfers or keeps, when the amount's phrase is
    that verb's chunk or the verb's subject: named by the verb's noun and where the money goes ("" otherwise).

    >>> money_moved("request to move", "a repeat of last year's request to move ", " to the CSSB to support the team;", "gbp")
    'transfer to the CSSB'
    >>> money_moved("transferring", "The Forum confirmed transferring ", " (£2.0m) of the Schools Block to the High Needs Block, as", "percent")
    'share of the Schools Block transferred to the High Needs Block'
    >>> money_moved("need to draw another", "and will need to draw another ", " from its reserves this year to cover costs.", "gbp")
    'drawdown from its reserves'
    >>> money_moved("Virtual School", "it was agreed that the Virtual School would retain ", " from the £1900 allocated to each pupil.", "gbp")
    'money retained by the Virtual School'
    >>> money_moved("children in care", "the council took ", " children into care", "count")
    ''
    """
    found = _verb_before_amount(phrase, before, _MOVE_VERB_LEFT, _MOVE_VERB_HINTS, 80, 40, None)
    if found is None:
        return ""
    m, verb, p = found
    noun, share_ok = _MOVE_VERB_NOUN[verb[:3]]
    if unit == "percent" and not share_ok:
        return ""
    head = before[:m.start()]
    pwords = p.split()
    glued = verb in pwords or verb.split()[0] in pwords
    agent = ""
    where = ""
    if (wm := _MOVED_WHERE_RIGHT.match(right)):
        where = _TRAIL_FUNCTION_WORDS.sub("", " ".join(wm.group(1).split()[:14])).strip(" ,;:-'\"")
    if not glued:
        # the phrase is the verb's subject ("the Virtual School would retain £400", "the proposals would release"):
        # who moves the money, not what it is; or words from before the verb, or the whole the share is of
        flat = " ".join(head.lower().split())
        if pwords and len(pwords) <= 12 and p in flat:
            if _SUBJECT_OF_VERB_END.sub("", flat).endswith(p) and not _PAYER_ONLY.match(p) \
                    and p not in ("we", "they", "it", "he", "she", "i") and not is_poor(phrase) and len(pwords) <= 6 \
                    and not any(w in _STOP_NP or w in ("whether", "if", "that") or _adverb_or_participle(w)
                                for w in pwords):
                agent = phrase
        elif not (where and p in where.lower()):
            return ""
    if where.lower().startswith("of ") and unit != "percent":
        where = ""
    if unit == "percent":
        part = {"transfer": "transferred", "top slice": "top-sliced", "money retained": "retained",
                "contribution": "contributed", "money released": "released"}[noun]
        if where.lower().startswith("from "):
            return f"share {part} {where}"  # "to transfer 0.5% from the Schools Block to the NHB"
        if not where.lower().startswith("of "):
            return ""
        of_, _, rest = where.partition(" to ")
        return f"share {of_} {part}{' to ' + rest if rest else ''}"
    if not where and not agent and not glued:
        return ""
    out = f"{noun} {where}".strip()
    if agent:
        art = "the " if not agent.lower().startswith(("the ", "a ", "an ")) and agent[:1].isupper() else ""
        out = f"{out} by {art}{agent}"
    return out


#: a verb (its last word) right before a share, with a hedge: "finalises", "had achieved", "to trace", "processing",
#: "cover up to" (group "v")
_VERB_BEFORE_SHARE = re.compile(
    r"(?i)(?:\b(?:to|will|would|could|can|should|must|may|might|did|does|do|not|we|they)\s+(?P<b>[a-z]{3,})|"
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)\b(?P<v>[a-z]{3,}(?:ed|ing|es|s)))\s+(?:(?:up\s+to|around|about|nearly|almost|"
    r"over|just|only|some|approximately|roughly|more\s+than|less\s+than|fewer\s+than|a\s+further|another|the|a)\s+)*$")
#: verbs before a share that are no action done to the whole: a share of it, a comparison, a report, being
_NOT_SHARE_ACTION = frozenset(
    """represents representing represent equates equating equate accounts accounting account makes making make
    comprises comprising comprise constitutes constituting constitute reflects reflecting reflect compares comparing
    compare includes including include included totals totalling reaches reaching reached exceeds exceeding exceeded
    rises rising fell falls falling rose increased increases increasing decreased decreases decreasing reduced reduces
    improved improves dropped drops grew grows remains remained stands stood sits sat estimates estimated suggests
    suggested shows showed show says said reports reported reveals revealed notes noted states stated indicates
    indicated means meaning gives giving averages averaging scores scored scoring achieving leaves leaving left
    equivalent above below more less than rate rates going being having doing getting seeing meeting housing training
    building funding excluding according regarding following during concerning involving unlike least""".split())
#: irregular participles of verbs before a share
_IRREGULAR_PARTICIPLE = {"took": "taken", "take": "taken", "takes": "taken", "taking": "taken", "gave": "given",
                         "give": "given", "gives": "given", "giving": "given", "keep": "kept", "keeps": "kept",
                         "keeping": "kept", "meet": "met", "meets": "met", "meeting": "met", "win": "won", "wins": "won",
                         "lose": "lost", "loses": "lost", "spend": "spent", "spends": "spent", "spending": "spent",
                         "see": "seen", "sees": "seen", "saw": "seen", "put": "put", "puts": "put", "cut": "cut",
                         "cuts": "cut", "hit": "hit", "hits": "hit", "set": "set", "sets": "set"}
_VOWELS = frozenset("aeiou")


def _participle(verb: str) -> str:
    """The past participle of a (regular, or common irregular) verb form: "finalises" -> "finalised", "processing" ->
    "processed", "trace" -> "traced", "achieved" -> "achieved", "pushes" -> "pushed", "took" -> "taken".

    >>> [_participle(v) for v in ("finalises", "processing", "trace", "achieved", "pushes", "took", "supports", "carries")]
    ['finalised', 'processed', 'traced', 'achieved', 'pushed', 'taken', 'supported', 'carried']
    """
    v = verb.lower()
    if v in _IRREGULAR_PARTICIPLE:
        return _IRREGULAR_PARTICIPLE[v]
    if v.endswith("ed"):
        return v
    if v.endswith("ing"):
        return v[:-3] + "ed"  # "processing", "tracing" (trac-ed), "finalising", "stopping" (stopp-ed)
    if v.endswith("ies"):
        return v[:-3] + "ied"
    if v.endswith(("sses", "shes", "ches", "xes", "zes")):
        return v[:-2] + "ed"
    if v.endswith("es") and len(v) > 4 and v[-3] in "cgsvzu" or v.endswith("es") and v[-3:-2] == "s":
        return v[:-1] + "d"  # "finalises", "manages", "reduces"
    if v.endswith("s") and not v.endswith("ss"):
        v = v[:-1]
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and len(v) > 2 and v[-2] not in _VOWELS:
        return v[:-1] + "ied"
    return v + "ed"


def share_object(phrase: str, before: str, right: str) -> str:
    """The part a share counts when the share is a verb's object ("the Council finalises 90% of EHCPs within the
    20-week timescale" -> "EHCPs finalised within the 20-week timescale"): the whole with the verb's participle and
    what follows the whole in the clause, when the phrase was the whole alone, a verb chunk or names nothing ("" else).

    >>> share_object("EHCPs", "For example, the Council finalises ", " of EHCPs within the 20-week timescale - compared to")
    'EHCPs finalised within the 20-week timescale'
    >>> share_object("action plan", "Strand which had achieved ", " of its action plan.")
    'action plan achieved'
    >>> share_object("children", "Figures show ", " of children were in care."), share_object("budget", "which represents ", " of the budget.")
    ('', '')
    """
    m = _VERB_BEFORE_SHARE.search(before)
    if not m:
        return ""
    verb = (m.group("v") or m.group("b")).lower()
    if verb in _NOT_SHARE_ACTION or verb in _STOP_NP or verb in _NOT_VERB_BEFORE_DET or verb in _NP_BOUNDARY_WORDS \
            or verb in _REPORTING_ENDINGS:
        return ""
    if verb.endswith("s") and not verb.endswith("es") and verb[-2:-1] in _VOWELS:
        return ""  # "various", "previous", "bus": no verb
    om = _OF_FOR_RIGHT.match(right)
    if not om:
        return ""
    rest = _ALL_OF_THE.sub("", _LEAD_DET.sub("", om.group(1).lstrip()))
    whole = _np_after(" " + rest)
    if not whole or is_poor(whole) or _is_generic(whole):
        return ""
    p = " ".join(phrase.lower().split())
    w = whole.lower()
    if p and not (p == w or w.startswith(p) or verb in p.split() or is_poor(phrase)):
        return ""
    at = rest.find(whole)
    after = _cut_clause(rest[at + len(whole):]) if at >= 0 else ""
    after = " ".join(after.split()[:8])
    after = _TRAIL_FUNCTION_WORDS.sub("", after).strip(" ,;:-'\"") if _ends_with_trail_word(after) else after.strip(" ,;:-'\"")
    if after and (after[:1].isdigit() or _TIME_WORD.match(after)):
        after = ""
    head = _PP_OF_VERB.split(whole, 1)[0]
    pp = whole[len(head):].strip()
    tail = " ".join(x for x in (pp, after) if x)
    out = f"{head} {_participle(verb)}{' ' + tail if tail else ''}"
    return _TRAIL_FUNCTION_WORDS.sub("", out) if _ends_with_trail_word(out) else out


#: where the verb's own adverbial starts in the whole after a share: "EHCPs (within the 20-week timescale)"
_PP_OF_VERB = re.compile(r"(?i)\s+(?=(?:within|by|on|into|onto|during|since|before|after|across|to|their|its)\b)")


#: a time at the end of what money is spent on: "residential care placements in 2023/24"
_TRAIL_TIME_IN = re.compile(r"(?i)\s+(?:in|during|for|over|between|by)\s+(?:the\s+)?(?:(?:19|20)\d\d\S*|last|this|next|"
                            r"past|financial|year|current)(?:\s+\S+)*$|\s+(?:last|this|next)\s+(?:year|month|quarter|week)$")


#: an amount a budget holder over- or underspends by: "it will overspend by", "is forecast to underspend by around",
#: "overspent by" (group "v": over or under)
_OVERSPEND_BY_LEFT = re.compile(
    r"(?i)\b(?P<v>over|under)-?spen(?:d|ds|t|ding)\s+by\s+(?:(?:more\s+than|over|around|about|almost|nearly|some|"
    r"approximately|up\s+to|an?\s+(?:estimated|further))\s+)*$")
#: a word of forecasting before such a verb: "is forecast to", "predicts it will", "is expected to"
_FORECASTING = re.compile(r"(?i)\b(?:forecast(?:s|ing)?|project(?:s|ed|ing)|predict(?:s|ed|ing)?|expect(?:s|ed|ing)?|"
                          r"anticipat(?:es|ed|ing)|likely|set\s+to|on\s+course|due\s+to|estimat(?:es|ed|ing)|will)\b")
#: a phrase that is only that verb, a forecast of it, or who said it: "forecast to overspend", "council predicts"
_OVERSPEND_VERB_ONLY = re.compile(
    r"(?i)^(?:[\w'’]+\s+){0,3}?(?:(?:is|are|was|were|has|have|had|will|would|be|been|currently|now|still|forecast|"
    r"projected|predicted|expected|likely|set|due|to|predicts|expects|forecasts|estimates|says|said|it|they)\s+)*"
    r"(?:over|under)-?spen(?:d|ds|t|ding)$|^(?:the\s+)?[\w'’]+\s+(?:predicts|expects|forecasts|estimates|says|said)$")


def overspend_by(phrase: str, before: str, right: str) -> str:
    """The over- or underspend an amount is when the phrase is only the verb that says so ("the council predicts it will
    overspend by £8.7 million on children's services" -> "forecast overspend on children's services"; "The service
    overspent by £900,000" -> "overspend"); "" otherwise.

    >>> overspend_by("council predicts", "the council predicts it will overspend by ", " on children's services this year")
    "forecast overspend on children's services"
    >>> overspend_by("forecast to overspend", "The directorate is forecast to overspend by ", ".")
    'forecast overspend'
    >>> overspend_by("service overspent", "The service overspent by ", " on placements last year")
    'overspend on placements'
    >>> overspend_by("High Needs block overspent", "the High Needs block overspent by ", ".")
    ''
    """
    m = _OVERSPEND_BY_LEFT.search(before)
    if not m or len(phrase) > 50:
        return ""
    if not (_OVERSPEND_VERB_ONLY.match(phrase) or _PAYER_ONLY.match(phrase)):
        return ""
    p = " ".join(phrase.lower().split())
    if not _PAYER_ONLY.match(p) and p.rsplit(None, 1)[-1][:5] in ("overs", "under") and len(p.split()) > 1 \
            and p.split()[0] not in ("is", "are", "was", "were", "forecast", "projected", "predicted", "expected",
                                      "likely", "set", "due", "to", "will", "it", "they", "council", "authority",
                                      "service", "the", "we"):
        return ""  # "High Needs block overspent": the phrase names what overspent
    noun = f"{'forecast ' if _FORECASTING.search(before, max(0, m.start() - 40), m.start()) else ''}" \
           f"{m.group('v').lower()}spend"
    if (on_ := _MONEY_ON_RIGHT.match(right)):
        what = _TRAIL_TIME_IN.sub("", _clean_phrase(_cut_clause(on_.group(1)), 8))
        if what and not is_poor(what):
            return f"{noun} on {what}"
    return noun


#: a clause that opens with the whole a figure is a part of: "Of the 448 EHCPs drawn up, just", "and of those,", "Of these
#: adolescents," (group 1: the whole named; 2: the pronoun; 3: the noun after the pronoun)
_OF_WHOLE_LEFT = re.compile(
    r"(?i)(?:^|[.;:]\s+|,\s+and\s+|\band\s+)of\s+(?:the\s+(?:(?:\d[\d,]*|total|overall)\s+)?([^,;:.()]{2,60}?)|"
    r"(these|those|them|this|which)(?:\s+([a-z][^,;:.()\d]{1,40}?))?)\s*,?\s*"
    r"(?:(?:just|only|around|about|some|nearly|almost|over|approximately|a\s+further)\s+)*$")
#: (round 16, r16part) a sentence that opens with the whole its figures are parts of, in the forms
#: :data:`_OF_WHOLE_LEFT` does not read: "Out of 2,148 applications, 1,886 (88%) received an offer", "Overall, out of
#: 238 primary schools in Cornwall, 83% are judged good", "Of the 240 children who took part in the questionnaire, 33
#: per cent posed a concern" (a whole longer than 60 characters), and a later part of the same list ("Of the 30
#: teenagers in year 11, 70 per cent were in full-time education and 20 per cent were unemployed"). Group "whole": the
#: whole's words after its determiner and count; "item": the earlier part of the list; "count": the count whose share
#: the figure is, in brackets ("1,886 (" before "88%")
_WHOLE_OPENER_LEFT = re.compile(
    r"(?i)^(?:(?:overall|in\s+total|in\s+(?:19|20)\d\d(?:[/-]\d{2,4})?)\s*,\s*)?(?:out\s+of|of|among|amongst)\s+"
    r"(?:(?:the|these|those|its|their|our|all)\s+)*(?:(?:about|around|almost|nearly|over|some)\s+)?(?:\d[\d,]*\s+)?"
    r"(?P<whole>[a-z][^,;:.()]{1,140}?)\s*,\s*"
    r"(?P<item>[^,;:.()]*?\d[^;:.()]*?(?:,\s*(?:and\s+)?|\s+and\s+))?"
    r"(?P<count>\d[\d,]*\s*\(\s*)?"
    r"(?:(?:just|only|around|about|some|nearly|almost|over|approximately)\s+)*$")
#: what an earlier part of the list may not hold: a comparison ("compared with 65 per cent nationally")
_NOT_LIST_ITEM = re.compile(r"(?i)\b(?:compar\w*|than|against|average|national\w*|regional\w*|england|while|whilst|whereas)\b")
#: the verb (and its object) right after a part-count or share whose whole the sentence opened with, when it is no
#: copula (:data:`_PART_COMPLEMENT_RIGHT` reads those): "posed a concern", "received an offer for their first
#: preference", "had special educational needs", "only made a single preference" (group "v": the verb; "obj": its
#: object, up to a clause's end)
_PART_VERB_RIGHT = re.compile(
    r"(?i)^\s*(?:\(\s*[\d,.%]+\s*\)\s*|\)\s*)?(?:(?:only|just|also|then|all|subsequently|eventually)\s+)?"
    r"(?P<v>had|have|has|[a-z]{3,}ed|took|made|went|got|came|left|gave|won|lost|met|became|needed)\s+"
    r"(?!(?:been|to|by|than|from|up|down|more|less|fewer|over|under|around|about|almost|nearly)\b)(?P<obj>[a-z\"'‘“][^,;:.()\d]{1,90}?)"
    r"(?=\s*(?:[,;:.()]|\s[-–—]\s|\s(?:and|or|but|while|whilst|which|who|where|compared|than|because|although)\b|\s\d|$))")
#: verbs after a part that say no part: a change, a comparison, a report ("Of these, 40 increased ...")
_NOT_PART_VERBS = frozenset(
    "increased decreased reduced dropped declined grew rose fell compared represented accounted equated totalled "
    "totaled amounted reported said stated noted showed recorded needed".split())
#: what the part was, right after the figure: "were done within the 20 weeks", "(3,045) were being held open on a child
#: in need basis", "have been housed outside of Southend", "are 16-17 year olds in semi-independent accommodation"
_PART_COMPLEMENT_RIGHT = re.compile(
    r"(?i)^\s*(?:\(\s*[\d,.%]+\s*\)\s*)?(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:being\s+)?"
    r"((?:(?!\s+(?:and|or|but|while|whilst|which|who|where|with\s+\d)\b)[^,;:.()])+?)(?=\s*(?:[,;:.()]|\s(?:and|or|but|"
    r"while|whilst|which|who|where)\b|$))")


_GENERAL_POPULATION = frozenset("residents population people inhabitants citizens".split())
_PEOPLE_START = re.compile(r"(?i)(?:\w+\s+){0,2}?" + _SHARE_PEOPLE.pattern[4:])
_BETWEEN_AND = re.compile(r"\s+and\s+[\d,.]+(?:\s+(?:years?|months?|weeks?))?")


def part_of_whole(before: str, right: str, prev: str) -> str:
    """The part a figure counts when its clause opens with the whole ("Of the 448 EHCPs drawn up, just 5.6pc were done
    within the 20 weeks" -> "done within the 20 weeks (of EHCPs drawn up)"; "Of those, 173 have been housed outside of
    Southend" -> "housed outside of Southend (of <the measure before>)"); "" when it does not.

    >>> part_of_whole("Of the 448 EHCPs drawn up, just ", " were done within the 20 weeks, the fifth lowest.", "")
    'done within the 20 weeks (of EHCPs drawn up)'
    >>> part_of_whole("Of these adolescents, ", " are 16-17 year olds in semi-independent accommodation.", "")
    '16-17 year olds in semi-independent accommodation (of adolescents)'
    >>> part_of_whole("there were 3,711 cases open overall, and of those, ", " (3,045) were being held open on a child in need basis, 9% (346)", "cases open overall")
    'held open on a child in need basis (of cases open overall)'
    >>> part_of_whole("Of these almost ", " were children aged between 0 and 19 years.", "")
    'children aged between 0 and 19 years'
    >>> part_of_whole("In total, ", " were done within the 20 weeks.", "")
    ''
    """
    m = _OF_WHOLE_LEFT.search(before)
    if not m:
        return ""
    c = _PART_COMPLEMENT_RIGHT.match(right)
    if not c:
        return ""
    comp = c.group(1)
    if comp.rsplit(None, 2)[-2:-1] == ["between"] and (bm := _BETWEEN_AND.match(right, c.end(1))):
        comp += bm.group(0)  # "were children aged between 0 and 19 years"
    comp = _clean_phrase(comp, 12)
    if not comp or is_poor(comp) or len(comp.split()) < 2:
        return ""
    whole = m.group(1) or m.group(3) or (_base_of(prev) if prev and not is_poor(prev) else "")
    whole = _clean_phrase(whole, 8) if whole else ""
    if not whole or is_poor(whole) or whole.split()[-1].lower() in comp.lower().split() \
            or _GENERAL_POPULATION.intersection(whole.lower().split()) and _PEOPLE_START.match(comp):
        # "Of these exclusions, 37 were temporary exclusions", "Of the 186,500 residents, 22.8 percent are children
        # aged under 18": the part names its own noun (of a whole that is everyone)
        return comp
    return f"{comp} (of {whole})"


#: (round 18) a share or count opening a clause joined to the one before: ", and just ", ", but ", " - but only ",
#: "; while around " (a hedge may follow the conjunction)
_JOINED_PART_LEFT = re.compile(
    r"(?i)(?:(?:,|;|\s[-–—])\s*(?:(?:and|but|while|whilst|yet)\s+)?|\s(?:and|but|while|whilst)\s+)"
    r"(?:(?:just|only|some|around|about|nearly|almost|over|under|approximately|roughly|a\s+further|another)\s+)*$")
#: the copula of such a part, an adverb, and its complement (group 1), as _PART_COMPLEMENT_RIGHT's
_JOINED_PART_RIGHT = re.compile(
    r"(?i)^\s*(?:\(\s*[\d,.%]+\s*\)\s*)?(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:being\s+)?"
    r"(?:(?:only|also|now|still|currently|then|subsequently|successfully)\s+)?"
    r"((?:(?!\s+(?:and|or|but|while|whilst|which|who|where|with\s+\d)\b)[^,;:.()])+?)(?=\s*(?:[,;:.()]|\s(?:and|or|but|"
    r"while|whilst|which|who|where|compared|against|than)\b|\s[-–—]\s|$))")
#: the first words of a complement that says which part (a participle or a place or state), not what the figure was
_PART_PARTICIPLE = re.compile(
    r"(?i)^(?:[a-z]+(?:ed|en)|made|met|put|set\s+up|sent|kept|held|found|given|taken|seen|done|brought|chosen|"
    r"in|on|at|within|from|outside|placed|living|aged|subject\s+to|known\s+to|open\s+to|out\s+of|not\s+in)\b")


#: participles that say how the figure was got or when, not which part it counts ("61% was recorded in 2024", "14% is
#: expected this year": the measure before, at another time)
_VALUE_PARTICIPLES = frozenset("recorded reported seen expected forecast forecasted projected predicted estimated anticipated "
                               "achieved reached set targeted planned budgeted registered logged counted published "
                               "calculated quoted cited confirmed".split())


def part_after_clause(left: str, right: str, whole: str) -> str:
    """(round 18) The part a share or count counts when it opens a clause joined to the one before and its copula's
    complement says which part: "2,099 EHCPs were issued in 2024, but just 54% were issued within expected timescales"
    -> "issued within expected timescales (of EHCPs issued)"; "applications were down on last year, but 98.7 per cent
    were allocated to one of their preferred schools" -> "allocated to one of their preferred schools (of applications)".
    ``left`` is the sentence up to the figure, ``right`` the text after it, ``whole`` what the clause before counted
    (the figure before's phrase, or the sentence's subject; "" when none: the complement alone). "" when the figure
    opens no such clause, or its complement names no part (a value, a time, a comparison).

    >>> part_after_clause("Some 4,120 pupils applied, and ", " were only offered a place at their third choice.", "pupils applied")
    'offered a place at their third choice (of pupils applied)'
    >>> part_after_clause("Figures also reveal that 88% got a first choice, and ", " were handed a place they did not list.", "Figures also reveal")
    'handed a place they did not list'
    >>> part_after_clause("Some 4,120 pupils applied, and ", " were in 2023.", "pupils applied")
    ''
    >>> part_after_clause("Timeliness was 54% in 2023, but ", " was recorded in 2024.", "Timeliness")
    ''
    >>> part_after_clause("The rate was 54% in 2023, but ", " was 12 points higher than the national rate.", "rate")
    ''
    """
    if not _JOINED_PART_LEFT.search(left[-40:]):
        return ""
    c = _JOINED_PART_RIGHT.match(right)
    if not c or not _PART_PARTICIPLE.match(c.group(1)):
        return ""
    comp = _clean_phrase(_QUOTE_MARK.sub("", c.group(1)), 12)  # ('within "expected timescales"')
    if not comp or len(comp.split()) < 2 or _is_generic(comp) or time_only_phrase(comp) \
            or comp.split()[-1].lower() in _DANGLING or comp.split()[0].lower() in _VALUE_PARTICIPLES:
        return ""  # (not is_poor: "offered a place" is a participle and its object)
    whole = _clean_phrase(_base_of(whole), 8) if whole else ""
    if not whole or is_poor(whole) or whole.lower() in comp.lower() \
            or any(w.lower() in _NP_BOUNDARY_WORDS for w in whole.split()):  # ("Figures also reveal": no whole)
        return comp
    return f"{comp} (of {whole})"


#: the last choice of a complement that _PART_COMPLEMENT_RIGHT cut at "or"/"and", when the clause ends with it:
#: "(judged by Ofsted as 'good) or outstanding'" (group 1)
_OR_LAST_RIGHT = re.compile(r"(?i)(\s+(?:or|and)\s+[a-z][\w'’-]*)['\"’”]?\s*(?=[.;:,)]|$)")
#: a quotation mark opening or closing a word ("as 'good or outstanding'"), not an apostrophe inside one
#: participles of a perfect tense after "had/have/has" that do not end in -ed/-en/-wn
_PERFECT_PARTICIPLES = frozenset("made left met got gone come become taken sent spent kept held found lost won".split())
_QUOTE_MARK = re.compile(r"(?<!\w)['‘\"“](?=\w)|(?<=\w)['’\"”](?!\w)")
_WHOLE_CUT = re.compile(r"(?i)\s+(?:which|where|whose)\b")


#: (round 16) a count's noun phrase and the restrictive relative clause after it: "(143) children who left care",
#: "(40) children in the City that need residential care provision" (groups: "np" the noun phrase, "head" its noun, "pp"
#: a place or setting between the noun and the clause, "pron" who/that, "clause" the words after it)
_COUNT_RELATIVE_RIGHT = re.compile(
    r"^\s+(?P<np>(?:[A-Za-z'’-]+\s+){0,4}?(?P<head>[A-Za-z'’-]+)(?:\s+(?P<pp>(?:in|from|at|across|within)\s+"
    r"[^,;:.()\d]{1,40}?))?)\s+(?P<pron>who|that)\s+(?P<clause>[^,;:.()\d]{3,160})")
#: the count is the whole of a part or share before it, or opens the sentence as one: "11% of the", "Of the", "most
#: of the", "out of its"
_WHOLE_COUNT_LEFT = re.compile(r"(?i)\b(?:out\s+of|of)\s+(?:the|its|our|their|these|those|all\s+the)\s+"
                               r"(?:(?:some|around|about|almost|nearly|over)\s+)?$")
#: where a relative clause ends: a new clause, a comparison, or the main clause's own verb ("who left care | were
#: adopted")
#: the verbs a "that" clause may open with, besides -s and -ed forms ("schools that set a deficit budget")
_THAT_VERBS = frozenset("need have had were are was set get got went did do live attend require remain meet met left took "
                        "made came come go".split())
#: a relative clause's verb that one thing does (a count's plural noun does not: the clause is the place's)
_SINGULAR_VERBS = frozenset("is was has does".split())
_SINGULAR_HEADS = frozenset("child ehcp staff".split())
_RELATIVE_END_WORDS = frozenset("were was are is had have has will would could should".split())
_RELATIVE_END = re.compile(r"(?i)\s(?:which|where|whose|while|whilst|but|because|although|compared|than|"
                           r"were|was|are|is|had|have|has|will|would|could|should|said|says)\b|\s[-–—]\s")


def count_relative(phrase: str, left: str, right: str) -> str:
    """(round 16, r16part) A count's noun with its restrictive relative clause when the phrase ``phrase`` was the noun
    alone: the count of a whole ("11% of the 143 children who left care were adopted" -> "children who left care", "Of
    the 240 children who took part in a questionnaire which ..." -> "children who took part in a questionnaire"), or a
    count whose clause follows a place ("around 40 children in the City that need residential care provision").
    ``left``/``right``: the text before and after the count; "" when no such clause follows (a count right before its
    clause, not a whole, is read by :func:`share_clause`), or the clause is negated.

    >>> count_relative("children", "In 2022, 11% of the ", " children who left care were adopted.")
    'children who left care'
    >>> count_relative("children in the county", "There are around ", " children in the county that need residential care.")
    'children in the county that need residential care'
    >>> count_relative("parents", "Of the ", " parents who had not been given their first preference, a quarter ...")
    ''
    >>> count_relative("children", "There are ", " children who need care.")
    ''
    """
    m = _COUNT_RELATIVE_RIGHT.match(right)
    if not m or m.group("head").lower() not in _PART_HEADS:
        return ""
    np_, low_phrase, pron = " ".join(m.group("np").split()).lower(), phrase.lower(), m.group("pron").lower()  # (the phrase is the noun phrase, or the noun phrase and the rest of the sentence)
    if not m.group("pp") and not _WHOLE_COUNT_LEFT.search(left):
        return ""
    clause = m.group("clause")
    first = clause.split()[0].lower()
    if pron == "that" and not (first.endswith(("s", "ed")) or first in _THAT_VERBS):
        return ""  # "that" as a determiner ("exclusions from secondary schools that academic year")
    if first in _SINGULAR_VERBS and m.group("head").lower() not in _SINGULAR_HEADS:
        return ""  # "500 children in a county that has seen rising demand", "350 children in Wigan that is a rise": a
        #            verb of one thing is said of the place or the sentence, not of the children counted
    end = _RELATIVE_END.search(clause, len(first) if first in ("were", "was", "are", "is", "had", "have", "has") else 0)
    clause = _PART_PRED_END.sub("", " ".join((clause[:end.start()] if end else clause).split()[:8])).strip()
    low = f" {clause.lower()} "
    if len(clause.split()) < 2 or " not " in low or "n't" in low or " no " in low or " never " in low:
        return ""
    out = f"{' '.join(m.group('np').split())} {pron} {clause}"
    more = low_phrase[len(out):].split(None, 1) if low_phrase.startswith(out.lower() + " ") else []
    if np_.startswith(low_phrase) or more and more[0] in _RELATIVE_END_WORDS | {"who", "that"}:
        # the phrase was the noun phrase alone, or the clause run on into the main clause's verb ("children who left
        # care who were adopted"); a phrase that holds its clause otherwise keeps it
        return out
    return ""


#: (speed) how a sentence that :data:`_WHOLE_OPENER_LEFT` may match opens, lower case
_WHOLE_OPENERS = ("of ", "out of ", "among", "overall", "in total", "in 19", "in 20")


def _words_within(phrase: str, left: str) -> bool:
    """Whether every word of ``phrase`` but "total" is a word of ``left`` (the phrase only repeats the whole the
    sentence opened with: "total applications" after "Out of 2,148 applications").

    >>> _words_within("total applications", "Out of 2,148 applications, "), _words_within("children placed", "Of the children, ")
    (True, False)
    """
    have = {w.lower() for w in _WORD_TOKEN.findall(left)}
    return all(w.lower() in have or w.lower() == "total" for w in _WORD_TOKEN.findall(phrase))


def part_of_opened_whole(sentence_left: str, right: str) -> str:
    """(round 16, r16part) The part a count or share counts when its sentence opens with the whole in a form
    :func:`part_of_whole` does not read (:data:`_WHOLE_OPENER_LEFT`: "out of", a count without "the", a long whole, a
    later part of a list, the share of a count in brackets), or says the part with a verb other than a copula
    (:data:`_PART_VERB_RIGHT`): the part's predicate, of the whole. ``sentence_left`` is the sentence up to the figure,
    ``right`` the text after it; "" when the sentence does not open with a whole, or no predicate follows the figure.

    >>> part_of_opened_whole("Out of 1,950 applications, ", " (87%) received an offer of their first preference.")
    'applications that received an offer of their first preference'
    >>> part_of_opened_whole("Out of 1,950 applications, 1,702 (", ") received an offer of their first preference.")
    'applications that received an offer of their first preference'
    >>> part_of_opened_whole("Of the 180 children who completed the survey which asks about wellbeing, ", " posed a concern.")
    'children who completed the survey who posed a concern'
    >>> part_of_opened_whole("Of the 45 young people in year 11, 60 per cent were in education and ", " were unemployed.")
    'unemployed (of young people in year 11)'
    >>> part_of_opened_whole("Of the 9,000 pupils in the borough, 1,100 pupils are on SEND support and ", " have an EHCP - a total of 2,100.")
    'pupils in the borough with an EHCP'
    >>> part_of_opened_whole("Overall, out of 240 primary schools in the county, ", " are judged by Ofsted as 'good or outstanding'.")
    'judged by Ofsted as good or outstanding (of primary schools in the county)'
    >>> part_of_opened_whole("Out of these, 48 pupils (", ") had an EHCP.")
    ''
    >>> part_of_opened_whole("Of the 45 young people, 60 per cent compared with 55 per cent nationally and ", " were unemployed.")
    ''
    >>> part_of_opened_whole("Of the 420 applications, ", " increased by a tenth.")
    ''
    >>> part_of_opened_whole("Of the 50 councils surveyed, ", " had increased their spending.")
    ''
    """
    m = _WHOLE_OPENER_LEFT.match(sentence_left)
    if not m or m.group("item") and _NOT_LIST_ITEM.search(m.group("item")):
        return ""
    if bool(m.group("count")) != (right.lstrip()[:1] == ")"):
        return ""  # a share in brackets belongs to the count before it, and only then does a bracket close after it
    whole = _WHOLE_CUT.split(m.group("whole"))[0]
    if whole.split()[0].lower() in ("these", "those", "them", "this", "which", "whom", "remainder", "rest", "total"):
        return ""  # "Out of these, ...": the whole is the measure before (part_of_whole's)
    whole = _PART_PRED_END.sub("", " ".join(whole.split()[:12])).strip()
    if not whole or is_poor(whole):
        return ""
    right = right[1:] if right[:1] == ")" else right
    comp, participle = "", False
    if (c := _PART_COMPLEMENT_RIGHT.match(right)) is not None:
        comp = c.group(1)
        if (alt := _OR_LAST_RIGHT.match(right, c.end(1))) is not None:
            comp += alt.group(1)  # "are judged by Ofsted as 'good or outstanding'": the choice ends the complement
        comp = _QUOTE_MARK.sub("", _clean_phrase(comp, 12)).strip()
        if len(comp.split()) < 2 and not comp.lower().endswith("ed"):
            comp = ""  # one word: only a participle or an adjective in -ed ("were unemployed", "were adopted")
        elif comp.split()[0].lower().endswith("ed"):
            participle = True  # "judged by Ofsted as good": a passive's agent is no verb's object (is_poor's test)
    elif (v := _PART_VERB_RIGHT.match(right)) is not None and v.group("v").lower() not in _NOT_PART_VERBS:
        # a verb and its object: the whole, and a relative clause or "with" ("applications that received an offer",
        # "pupils with an EHCP"), as share_clause words a share's verb
        obj = _PART_PRED_END.sub("", " ".join(v.group("obj").split()[:10])).strip(" '\"‘’“”")
        verb = v.group("v").lower()
        if not obj or is_poor(obj) and not obj.lower().startswith(("a ", "an ", "the ", "their ", "its ")):
            return ""
        if verb in ("had", "have", "has"):
            first = obj.split()[0].lower()
            if first.endswith(("ed", "en", "wn")) or first in _PERFECT_PARTICIPLES:
                return ""  # "30 had increased their spending": a perfect tense, no thing they had
            return f"{whole} with {obj}"
        rel = "that" if whole.split()[-1].lower() in _PART_THINGS else "who"
        return f"{whole} {rel} {verb} {obj}"
    if not comp or comp.lower().split()[0] in _NOT_PART_VERBS or (" " in comp and not participle and is_poor(comp)):
        return ""  # (one word in -ed is a participle or adjective, which is_poor refuses alone: "unemployed")
    if whole.split()[-1].lower() in comp.lower().split():
        return comp
    return f"{comp} (of {whole})"


#: a verb whose object is the count right after it, and a hedge: "looking after", "has supported",
#: "expelled", "appointing", "received around" (group "v": the verb; not its bare form: "will recruit 12 additional
#: social workers to reduce caseloads" counts no one recruited yet; nor "caring for": "fostering households caring
#: for 171 children" are no count of children in care, round 8)
_COUNT_OBJECT_VERB = re.compile(
    r"(?i)\b(?P<v>look(?:s|ed|ing)\s+after|support(?:s|ed|ing)|foster(?:s|ed|ing)|exclud(?:es|ed|ing)|"
    r"expel(?:s|led|ling)|appoint(?:s|ed|ing)|recruit(?:s|ed|ing)|plac(?:es|ed|ing)|hous(?:e|es|ed|ing)|"
    r"accommodat(?:e|es|ed|ing)|employ(?:s|ed|ing)|help(?:s|ed|ing)|refer(?:s|red|ring)|assess(?:es|ed|ing)|"
    r"approv(?:es|ed|ing)|adopt(?:s|ed|ing)|receiv(?:es|ed|ing)|visit(?:s|ed|ing)|train(?:s|ed|ing)|"
    r"welcom(?:es|ed|ing)|identif(?:ies|ied|ying)|protect(?:s|ed|ing)|"
    r"affect(?:s|ed|ing)?|involv(?:e|es|ed|ing)|cater(?:s|ed|ing)?\s+for|serv(?:e|es|ed|ing))"
    r"(?:\s+(?:a\s+further|an?\s+(?:extra|additional|further)|a\s+total\s+of|around|about|over|up\s+to|nearly|almost|"
    r"approximately|some|more\s+than|just|only|at\s+least|roughly))*\s*$")
#: (r20head: "foster": "the couple have fostered nearly 150 children" -> "children fostered")
#: the participle of each of those verbs, by its first four letters
_COUNT_OBJECT_PARTICIPLE = {
    "look": "looked after", "supp": "supported", "fost": "fostered", "excl": "excluded",
    "expe": "expelled", "appo": "appointed", "recr": "recruited", "plac": "placed", "hous": "housed",
    "acco": "accommodated", "empl": "employed", "help": "helped", "refe": "referred", "asse": "assessed",
    "appr": "approved", "adop": "adopted", "rece": "received", "visi": "visited", "trai": "trained",
    "welc": "welcomed", "iden": "identified", "prot": "protected",
    "affe": "affected", "invo": "involved", "cate": "catered for", "serv": "served"}
#: (r19phrase) the words a noun phrase before a participle ends at, going left: "46 missing episodes involving",
#: "a crisis in special needs education affecting", "cases involving"
_AGENT_STOP = frozenset("of over from with to for were was are is has have had there and or but which that who at "
                        "on by as than".split())
#: the preposition a participle's agent takes: "families affected by a crisis ...", "children involved in missing episodes"
_AGENT_PREP = {"affe": "by", "invo": "in"}
#: nouns a count of people or cases ends with ("children", "young people", "new requests", "agency staff")
_COUNTED_NOUNS = frozenset(
    "children child pupils students learners people families households staff workers carers parents youngsters "
    "adults babies cases requests referrals applications assessments plans ehcps enquiries complaints contacts "
    "schools places posts placements".split())


@lru_cache(maxsize=4096)  # (speed: pure; 327 calls of a bench pass, 216 distinct)
def counted_object(phrase: str, before: str, right: str) -> str:
    """A count's noun with the participle of the verb whose object the count is: "The authority is looking after 582
    children" -> "children looked after", "this service has supported 71 young people" -> "young people supported",
    "schools had expelled 195 pupils last term" -> "pupils expelled last term"; "" when
    the count is no such object or the phrase does not open with its noun.

    >>> counted_object("children", "The authority is looking after ", " children, double the number")
    'children looked after'
    >>> counted_object("pupils last term", "schools had expelled ", " pupils last term")
    'pupils expelled last term'
    >>> counted_object("young people", "The service has supported around ", " young people to remain at home")
    'young people supported'
    >>> counted_object("children", "There were ", " children"), counted_object("children looked after", "caring for ", " children looked after")
    ('', '')
    """
    words = phrase.split()
    head = 0
    for i, w in enumerate(words[:3]):
        if w.lower() in _COUNTED_NOUNS:
            head = i + 1
    if not head or not right.lstrip().lower().startswith(" ".join(words[:head]).lower()):
        return ""
    rest = words[head:]
    for i, w in enumerate(rest):
        if w.lower() in ("and", "or", "but", "while", "whilst"):
            rest = rest[:i]  # "80 new requests and turned around 106 plans"
            break
    if rest and rest[0].lower() not in ("each", "per", "every", "last", "this", "since", "during", "over", "a"):
        return ""  # "children looked after", "young people in custody": the phrase already says which
    tail = before[-50:]
    m = _COUNT_OBJECT_VERB.search(tail)
    if not m:
        return ""
    v = m.group("v").lower()
    part = _COUNT_OBJECT_PARTICIPLE[v[:4]]
    if v.endswith("ing") and v[:4] in _AGENT_PREP and not rest \
            and (agent := _np_before_participle(before[:len(before) - len(tail) + m.start()])):
        # (r19phrase) "46 missing episodes involving 29 children", "a crisis in special needs education affecting about
        # 10,000 families": what the participle's noun phrase names says which are counted
        part = f"{part} {_AGENT_PREP[v[:4]]} {agent}"
    return " ".join(words[:head] + [part] + rest)


def _np_before_participle(before: str) -> str:
    """The noun phrase right before a participle that modifies it, as its words go left until a number, a preposition
    of another phrase or a verb (:data:`_AGENT_STOP`), without quotes; "" when it has no noun or no such boundary.

    >>> _np_before_participle('appealing for help over a "crisis" in special needs education ')
    'a crisis in special needs education'
    >>> _np_before_participle("In May 2025, there were 46 missing episodes "), _np_before_participle("there were 46 ")
    ('missing episodes', '')
    >>> _np_before_participle('risis" in special needs education '), _np_before_participle("a shortage of places ")
    ('', '')

    """
    out: list[str] = []
    for w in reversed(before.split()):
        bare = w.strip('"“”‘’\'')
        if not bare or not bare[0].isalpha() or bare.lower() in _AGENT_STOP or w[-1] in ",;:()":
            if bare.lower() == "of" and not (out and out[-1].lower() in ("a", "an", "the")):
                return ""  # "a shortage of places affecting": the head is the noun before "of" ("warned of a crisis": not)
            break
        out.append(bare)
        if len(out) == 6:
            break
    else:
        return ""  # (no boundary: the words may be cut at the window's start)
    while out and out[-1].lower() == "in":
        out.pop()
    return " ".join(reversed(out)) if out and out[0].lower() not in ("in", "a", "an", "the") else ""


#: where the label of a value in brackets starts: after the item before ("(43), ", "(7) and "), a comma, a colon, a
#: semicolon, a bullet, or a verb that opens the list ("included", "were")
_LABEL_START = re.compile(
    r"(?i)(?:\)\s*(?:,|;|\band\b|\bor\b)?|[,;:•·]|\b(?:included|includes|including|were|was|are|is|comprised|"
    r"comprising|namely|such\s+as)\b)\s*")
#: words that end a bracketed value's label early when the phrase was cut at them: "physical assault against a
#: pupil (424)" (the phrase was "pupil"), "foster care with relatives (45)"
_LABEL_CUT_WORDS = frozenset("against with without for from towards by to".split())
#: words before such a preposition that make it no part of a label: "along with", "compared to", "in line with"
_LABEL_NOT_NOUN = frozenset("along together compared comparison line contrast addition due according up down".split())


def bracket_label(text: str, start: int, sent_start: int, phrase: str) -> str:
    """The whole label of a value in brackets when ``phrase`` is only its end after a preposition: "... racist abuse
    (7), physical assault against a pupil (424)" -> "physical assault against a pupil"; "" otherwise.

    >>> t = "Reasons included racist abuse (7), physical assault against a pupil (424) and abuse against an adult (65)."
    >>> bracket_label(t, t.index("424"), 0, "pupil"), bracket_label(t, t.index("65"), 0, "adult")
    ('physical assault against a pupil', 'abuse against an adult')
    >>> bracket_label(t, t.index("7"), 0, "racist abuse")
    ''
    """
    k = text.rfind("(", max(sent_start, start - 3), start)
    if k < 0:
        return ""
    seg_start = max(sent_start, k - 100)
    m = None
    for m in _LABEL_START.finditer(text, seg_start, k):
        pass
    label = " ".join(text[m.end() if m else seg_start:k].split())
    if not label or len(label.split()) > 9 or not label.lower().endswith(" " + phrase.lower()):
        return ""
    head = label[:-len(phrase)].split()
    if head and head[-1].lower() in ("a", "an", "the"):
        head = head[:-1]
    if len(head) < 2 or head[-1].lower() not in _LABEL_CUT_WORDS or head[-2].lower() in _LABEL_NOT_NOUN \
            or any(w in _LABEL_CUT_WORDS for w in phrase.lower().split()):
        return ""  # ("along with the transfer from Schools Block (£0.878m)": no label)
    label = _clean_phrase(label, 9)
    return label if label and not is_poor(label) else ""


#: an auxiliary, a modal or a linking verb: where a clause's verb starts ("payment will help", "General
#: Fund pressure remained unchanged", "positive movement had been achieved from Month 6")
_CLAUSE_VERBS = frozenset(
    "will would shall should could can may might must had has have was were is are remained remains stood stands "
    "became becomes".split()
)
_RELATIVES = frozenset("who which that whom whose where".split())
_LEAD_CONNECTIVE = re.compile(
    r"(?i)^(?:(?:however|therefore|thus|furthermore|moreover|meanwhile|nonetheless|nevertheless|additionally|"
    r"consequently|similarly|conversely),?|(?:overall|again),)\s+(?=\w)"
)
_CONNECTIVES = frozenset("however therefore thus furthermore moreover meanwhile nonetheless nevertheless additionally "
                         "consequently similarly conversely overall again".split())  # (speed) _LEAD_CONNECTIVE's words
#: a hedge or a comparison left at the end of a phrase: "households by at least", "staff up to"
_TRAIL_HEDGE = re.compile(r"(?i)(?:\s+by)?\s+(?:at\s+least|at\s+most|up\s+to|more\s+than|less\s+than|fewer\s+than|in\s+excess\s+of|"
    r"in\s+the\s+(?:region|order)(?:\s+of)?)$")


#: (speed) patterns of :func:`tidy_phrase`, compiled once
_ABBREVIATION_END = re.compile(r"(?i)\b(?:approx|etc|no|nos|inc|incl|ltd|co|st|[a-z])\.$")


@lru_cache(maxsize=4096)
def tidy_phrase(phrase: str) -> str:
    """A phrase cut to the noun phrase it opens with: before the verb of a clause ("payment will help"
    -> "payment"), without a hedge at its end ("households by at least" -> "households") and without a
    verb and its article at its start ("agree an increase in the charges" -> "increase in the charges").

    >>> [tidy_phrase(p) for p in ("payment will help", "General Fund pressure remained unchanged",
    ...                           "children who were looked after", "agree an increase in the charges for the scheme")]
    ['payment', 'General Fund pressure', 'children who were looked after', 'increase in the charges for the scheme']
    """
    first = phrase.split(None, 1)[0] if phrase and not phrase[:1].isspace() else ""
    if fold(first).rstrip(",") in _CONNECTIVES:  # (speed: the word first)
        phrase = _LEAD_CONNECTIVE.sub("", phrase) or phrase  # "however interest" -> "interest"
    words = phrase.split()
    own_verb = 0  # the index of a relative clause's own verb, which is no main clause's verb
    for i in range(1, len(words)):
        w = words[i].lower()
        if w in _RELATIVES and i + 1 < len(words) and _object_relative(w, words[i + 1]):
            # "children whose homes are in Sedgemoor", "LAC that the council looks after": the verb after the relative
            # clause's own subject is the clause's; a later one ends the phrase ("children who we support remained")
            own_verb = i + (3 if words[i + 1].lower() in _DETERMINERS else 2)
            continue
        if i <= own_verb:
            continue
        if w in _CLAUSE_VERBS and words[i - 1].lower() not in _RELATIVES and "(" not in " ".join(words[:i]):
            head = _clean_phrase(" ".join(words[:i]))
            if head and not is_poor(head) and not _is_generic(head):
                phrase = head
            break
    if phrase.endswith(".") and not _ABBREVIATION_END.search(phrase):
        phrase = phrase.rstrip(".")  # "carried forward to next year." (the sentence's full stop)
    cut = _TRAIL_HEDGE.sub("", phrase) if _ends_with(phrase, ("least", "most", "to", "than", "of", "region", "order")) else phrase
    if cut != phrase and cut and not is_poor(cut):
        phrase = cut
    words = phrase.split()
    if len(words) >= 3 and words[0].islower() and words[0] not in _PREPOSITIONS and words[1].lower() in _DETERMINERS:
        rest = " ".join(words[2:])
        if not is_poor(rest) and not _is_generic(rest):
            phrase = rest
    return phrase


#: the money is the cost of something named before it: "funding the secure welfare provision for a child at a cost of
#: (£32k per week)", "We used one agency team in 2018 at a cost of (£205k)" (what is costed is the object of the verb);
#: "a specialist placement can cost the council up to (£5,000 a week)" (the subject of "cost")
_AT_A_COST_LEFT = re.compile(
    r"(?i)\b(?:\w+ing|\w+ed|used|bought|paid|made|spent|spend|fund|buy|use|commission)\s+"
    r"((?:(?:the|a|an|its|their|our|this|one|two|three|four|five|\d+)\s+)?[^,;:.()]{2,80}?)\s+"
    r"at\s+(?:a|the)\s+(?:total\s+|weekly\s+|annual\s+|combined\s+)?cost\s+of\s+"
    r"(?:(?:up\s+to|around|about|approximately|nearly|almost|over|some|just\s+under|just\s+over)\s+)?$")
_COST_VERB_LEFT = re.compile(
    r"(?i)\b(?:can|could|would|will|may|might|does|did|to)?\s*cost(?:s|ing)?\s+"
    r"((?:the|a|each|every)\s+(?:(?:county|city|borough|local)\s+)?(?:council|authority|taxpayer)|us|them|councils|taxpayers"
    r"|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:council|borough\s+council|county\s+council|city\s+council))?\s*"
    r"[“\"‘']?\s*(?:(?:up\s+to|upwards\s+of|around|about|approximately|roughly|nearly|almost|over|well\s+over|"
    r"as\s+much\s+as|more\s+than|in\s+excess\s+of|an\s+estimated)\s+)?$")


#: (speed) patterns of :func:`_cost_of_named`, compiled once
_SINCE_WHEN_CUT = re.compile(r"(?i)\s+(?:in|during|since)\s+(?:(?:19|20)\d\d|the\s+(?:last|previous|past))\b")
_LEAD_DETERMINER = re.compile(r"(?i)^(?:the|a|an|its|their|our|this)\s+")
_TRAIL_MODAL = re.compile(r"(?i)\s+(?:can|could|would|will|may|might|does|did|is|are|was|were|has\s+been|have\s+been)"
                          r"(?:\s+(?:easily|now|currently|already|potentially|still|also))?\s*$")
#: a pronoun as the subject of "cost": what it stands for is not in the clause
_COST_PRONOUN = re.compile(r"(?i)^(?:this|these|it|they|that|those|which|he|she|we)$")
#: what the money is spent doing, after it: "(it will cost the council £9m) to place children outside the borough"
_COST_TO_RIGHT = re.compile(r"(?i)^\s*(?:a\s+(?:year|week|month)\s+|per\s+\w+\s+|each\s+year\s+)?to\s+([a-z]+\s+[^,;:.()]{3,80})")
_CLAUSE_LINK_SPLIT = re.compile(r"(?i)\b(?:that|which|whereas|while|whilst|but|and)\s+|[,;:]\s*")
_LEAD_DETERMINER_OR_ONE = re.compile(r"(?i)^\s*(?:the|a|an|its|their|our|this|one|each|every|single)\s+")


def _cost_of_named(left: str, right: str = "") -> str:
    """What a sum of money is the cost of, when the clause names it before "at a cost of" or as the
    subject of "cost" ("" when it does not); with a pronoun as the subject, what the money is spent doing
    ("it will cost the council £9m to place children ...") or whom it costs ("this is costing Bolton Council £7m").

    >>> _cost_of_named("In response to the Council funding the secure welfare provision for a child at a cost of ")
    'cost of secure welfare provision for a child'
    >>> _cost_of_named("Members were told that a specialist placement can cost the council up to ")
    'cost of specialist placement'
    >>> _cost_of_named("The council said the cost of ")
    ''
    >>> _cost_of_named("Figures show it will cost Sefton Council almost ", " to place children outside the borough.")
    'cost to place children outside the borough'
    >>> _cost_of_named("This is costing Bolton Council more than ", " with the council overspending.")
    'cost to Bolton Council'
    """
    m = _AT_A_COST_LEFT.search(left)
    if m:
        obj = _SINCE_WHEN_CUT.split(m.group(1))[0]
        obj = _clean_phrase(_LEAD_DETERMINER.sub("", obj), 8)
        return f"cost of {obj}" if obj and not is_poor(obj) else ""
    m = _COST_VERB_LEFT.search(left)
    if m and m.start() > 0:
        who = _TRAIL_MODAL.sub("", left[: m.start()])
        who = _CLAUSE_LINK_SPLIT.split(who)[-1]
        who = who.strip().lstrip("“\"‘'(")
        if who and _COST_PRONOUN.match(who.split()[-1]):
            tm = _COST_TO_RIGHT.match(right)
            what = _clean_phrase(_cut_clause(tm.group(1)), 9) if tm else ""
            if what and not is_poor(what):
                return f"cost to {what}"
            payer = m.group(1)
            return f"cost to {_LEAD_DETERMINER.sub('the ', payer) if payer.lower() not in ('us', 'them') else 'the council'}" \
                if payer else ""
        if who[:1].isupper() and (sa := _LEAD_SENTENCE_ADVERB.match(who)):
            who = who[sa.end():]  # "Typically this residential care will cost": "cost of residential care"
        who = _clean_phrase(_LEAD_DETERMINER_OR_ONE.sub("", who), 10)
        return f"cost of {who}" if who and not is_poor(who) and not _is_generic(who) else ""
    return ""


_HEDGE = r"(?:(?:around|about|approximately|nearly|almost|over|some|up\s+to|just\s+over|just\s+under|more\s+than)\s+)?"
#: money the clause names as a budget cut or a saving: "budget cuts of (£2.9m) from its children's services",
#: "(£53m) in budget cuts", "saving almost (£6m) from the annual care budget", "lost (£22m) of its overall budget"
_CUT_OF_LEFT = re.compile(rf"(?i)\b(?:make|making|made|find|finding|found|identify|identified|propose|proposed|proposing)\s+"
                          rf"(?:further\s+|additional\s+|new\s+)?((?:budget\s+)?(?:cuts?|savings?|reductions?))\s+of\s+{_HEDGE}$")
_CUT_IN_RIGHT = re.compile(r"(?i)^\s+in\s+((?:budget\s+)?(?:cuts|savings|reductions))\b")
_CUT_VERB_LEFT = re.compile(rf"(?i)\b(sav(?:e|es|ed|ing)|cut(?:s|ting)?|lost|lose|loses|losing)\s+{_HEDGE}$")
_FROM_OF_RIGHT = re.compile(r"(?i)^\s+(?:from|of|off)\s+(?:the\s+|its\s+|their\s+|our\s+|his\s+|her\s+)?([^,;:.()]{3,60})")


def _cut_or_saving(left: str, right: str) -> str:
    """The budget cut or saving a sum of money is, when its clause names it so ("" when it does not).

    >>> _cut_or_saving("the council is looking to make budget cuts of ", " from its children's services department")
    "budget cuts from children's services department"
    >>> _cut_or_saving("The county council as a whole must make ", " in budget cuts by 2022")
    'budget cuts'
    >>> _cut_or_saving("whilst at the same time saving almost ", " from the annual care budget")
    'saving from annual care budget'
    >>> _cut_or_saving("the department lost ", " of its overall budget this year")
    'loss of overall budget'
    >>> _cut_or_saving("the overspend was ", " in the year")
    ''
    """
    fm = _FROM_OF_RIGHT.match(right)
    source = _clean_phrase(_cut_clause(fm.group(1)), 6) if fm else ""
    m = _CUT_OF_LEFT.search(left)
    if m:
        name = m.group(1).lower()
        return f"{name} from {source}" if source and right.lstrip()[:4].lower() == "from" else name
    m = _CUT_IN_RIGHT.match(right)
    if m:
        return m.group(1).lower()
    m = _CUT_VERB_LEFT.search(left)
    if m and source:
        verb = m.group(1).lower()
        kind = "saving" if verb.startswith("sav") else "cut" if verb.startswith("cut") else "loss"
        return f"{kind} {'of' if right.lstrip()[:2].lower() == 'of' else 'from'} {source}"
    return ""


def _named_phrase(
    text: str, h: Hit, unit: str, left: str, right_clause: str, sent_start: int, clause_start: int,
    prev: str, topic: str, sent_end: int = -1, prev_in_sentence: str = "", prev_money: str = "",
) -> tuple[str, str]:
    """What the figure measures, as a short phrase from its sentence, and how it was found.

    The second element is ``"own"`` (the phrase is the figure's own: look up the canonical id in
    it), ``"inherited"`` (borrowed from the previous figure: the previous figure's id applies),
    ``"part"`` (a part of the previous figure's population, "of whom 412 were ...": its own id
    only) or ``"complement"`` ("the other 32%": no id).

    A phrase of the figure's own that names nothing (:func:`is_poor`: a stray word, an adverb, a
    date, a name, a verb) is repaired by :func:`_repair` from the rest of the sentence.
    """
    phrase, how = _indicator_phrase(text, h, unit, left, right_clause, sent_start, clause_start, prev, topic, sent_end,
                                    prev_money)
    # (speed) only money whose clause says "cost" just before it
    if unit in ("gbp", "eur", "usd") and "cost" in left[-48:].lower() and (named := _cost_of_named(left, right_clause)):
        return named, "own"  # "funding the secure welfare provision at a cost of £32k", "a placement can cost up to £5,000"
    # (speed) only money with a cut, a saving or a loss named right before or after it (its left lower-cased once)
    if unit in ("gbp", "eur", "usd") and (any(w in low40 for low40 in [left[-40:].lower()] for w in ("cut", "sav", "reduction", "los"))
                                          or right_clause[:6].lower() in (" in bu", " in sa", " in cu")) \
            and (cut := _cut_or_saving(left, right_clause)):
        return cut, "own"  # "budget cuts of £2.9m", "£53m in budget cuts", "saving almost £6m from the annual care budget"
    if how in ("own", "inherited") and (elided := elided_head(text, h, unit, left, sent_start, prev_in_sentence)) is not None:
        return elided
    if how == "inherited" and not prev_in_sentence and (changed := change_noun_pp(left, text[h.end:h.end + 160], unit)):
        # (r23ind) "The projection indicated an 8.1% annual increase in numbers looked after": the figure sizes the
        # change its own noun phrase names; the measure named in an earlier sentence is not its measure
        return changed, "own"
    if how == "own":
        modified = modified_noun(text, h, unit, left)
        if not modified and (changed := change_noun_pp(left, text[h.end:h.end + 160], unit)) \
                and changed.split()[0] not in phrase.lower().split():
            # "the 4% increase to the base rate", "a £331k improvement since last Forum": the figure sizes the change
            # its noun phrase names (the phrase was the clause's subject and verb, or the determiner)
            modified = changed
        of_value = "" if modified else np_of_value(left, unit, text[h.end:h.end + 60])
        phrase = _prefer_modified_noun(phrase, modified) if modified else _prefer_of_value(
            phrase, of_value, text[h.end:h.end + 60], left)
        if modified and phrase != modified and _verb_object_glued(phrase, left):
            # "The council faces a £55.7 million deficit on its High Needs Block": the figure opens the verb's object;
            # the phrase glued the subject and the verb to the object's noun ("council faces deficit on ...")
            phrase = modified
        elif not modified and unit in ("gbp", "eur", "usd", "percent") and phrase and left[-1:] in " £$€" \
                and (bare := _bare_object_noun(phrase, left, text[h.end:h.end + 120])):
            # "as council forecasts £261,000 overspend", "Nottingham was allocated 20.5% growth": the figure opens the
            # verb's object with no determiner; the phrase was the subject and the verb
            phrase = bare
    if how == "own" and not is_poor(phrase) and verb_led(text, phrase, h, sent_start):
        if of_value and not verb_led(text, of_value, h, sent_start):
            return of_value, "own"  # "(were having to be budgeted for) at a cost of £460k"
        mended = _mend_verb_phrase(text, h, unit, phrase, sent_start, prev)
        if mended is not None:
            return mended
    if how == "own" and is_poor(phrase):
        fm = _LEAD_FRAGMENT.match(phrase)  # "reduced the deficit", "after an in-year deficit"
        if fm and not is_poor(fm.group(1)):
            phrase = fm.group(1)
    if how == "own":
        lead = _lead_in(text, sent_start, clause_start)
        if lead and not _shares_word(lead, phrase) and (
                is_poor(phrase) or _POPULATION_HEAD.search(left)):
            # "With regard to persistent absence, the figure for secondary schools was 22%"
            return f"{lead}: {phrase}" if phrase and not is_poor(phrase) else lead, "own"
    if how == "own" and is_poor(phrase):
        better = _repair(text, h, left, sent_start, sent_end if sent_end >= 0 else len(text), prev_in_sentence,
                         phrase=phrase, unit=unit, prev=prev)
        if better is not None:
            return better
        owner = _bracket_owner(text, h, unit, sent_start, prev)
        if owner is not None:  # "interest was having to be paid (currently at around £1.5m per annum)"
            return owner
        if _DATE_OR_STRAY(phrase):  # never a date or a stray word: the sentence's subject, the measure named before, or none
            return last_resort(text, h.start, sent_start, prev, topic, "")
        if verb_led(text, phrase, h, sent_start):  # "992 fines were issued in 2013/14 and not 481 ..."
            mended = _mend_verb_phrase(text, h, unit, phrase, sent_start, prev)
            if mended is not None:
                return mended
        lone = phrase.split()
        if len(lone) == 1 and _lone_verb_or_stray(lone[0]):  # "expected", "claimed" (not "targets")
            return last_resort(text, h.start, sent_start, prev, topic, phrase)
    return phrase, how


def _lone_verb_or_stray(word: str) -> bool:
    """Whether a one-word phrase is a participle, an adverb or a stray word (what :func:`last_resort`
    replaces), not a noun that names too little ("targets", "figure": kept as they are).

    >>> [_lone_verb_or_stray(w) for w in ("expected", "claimed", "approx.", "targets", "children")]
    [True, True, True, False, False]
    """
    w = word.lower().strip(",.;:()'\"")
    return w in _STRAY or _adverb_or_participle(w)


def last_resort(text: str, start: int, sent_start: int, prev: str, topic: str, phrase: str) -> tuple[str, str]:
    """What a figure measures when every rule left a phrase that names nothing (:func:`is_poor`: a
    participle, a verb, a stray word): the subject of its sentence when the figure follows it
    (:func:`sentence_subject`), else the measure named before in the text (inherited), else the
    segment's heading, else the poor phrase as it is (``start``: where the figure starts in ``text``).

    >>> t = "Requests in calendar year 2023 were the highest ever received, approx. 39% higher than before."
    >>> last_resort(t, t.index("39%"), 0, "", "", "approx.")
    ('Requests in calendar year 2023', 'own')
    >>> t = "There were 78 fostering households, with 13 more expected to be approved."
    >>> last_resort(t, t.index("13"), 0, "fostering households", "", "expected")
    ('fostering households', 'inherited')
    """
    subject = sentence_subject(text[sent_start:start])
    if subject:
        return subject, "own"
    if prev and not is_poor(prev):
        return prev, "inherited"
    if topic and not is_poor(topic):
        return topic, "own"
    return phrase, "own"


_POSSESSIVES = frozenset("my our your his her their its".split())


#: (speed) patterns of :func:`sentence_subject`, compiled once
_SEMICOLON_OR_COLON = re.compile(r"[;:]")
_NAME_WORD = re.compile(r"[\w'’&/-]+")


def sentence_subject(before: str, max_words: int = 8) -> str:
    """The noun phrase a sentence opens with, when a clause verb (an auxiliary, a modal, a linking
    verb) follows it before the figure: "Requests in calendar year 2023 were the highest ..." ->
    "Requests in calendar year 2023". Empty when the sentence opens with a pronoun, a preposition or a
    connective, or when the words before the verb are not a noun phrase of at most ``max_words``.

    >>> [sentence_subject(b) for b in ("Requests in 2023 were approx. ", "There were currently 78 ",
    ...                                "At this point the Team had claimed for (", "The overall EHCP caseload was ",
    ...                                "Panel noted that there were 30 agency workers who costed around ",
    ...                                "The first question was asked; My wife and I have been carers for over ")]
    ['Requests in 2023', '', '', 'overall EHCP caseload', '', '']
    """
    words = _SEMICOLON_OR_COLON.split(before)[-1].split()  # the figure's own clause ("...; My wife and I are")
    if words and words[0].lower() in _POSSESSIVES:
        return ""
    for i, w in enumerate(words[:max_words + 1]):
        if w.lower() in _CLAUSE_VERBS:
            if w.lower() in ("had", "has", "have"):
                return ""  # an owner, not the measure: "The service had 40 foster carers, with 6 more ..."
            if i == 0 or any(not _NAME_WORD.fullmatch(x) for x in words[:i]) or any(
                    x.lower() in _RELATIVES or x.lower() in ("if", "whether") or _adverb_or_participle(x.lower())
                    for x in words[1:i]):
                return ""  # no subject, or a clause before the verb ("Panel noted that there were")
            subject = _clean_phrase(" ".join(words[:i]))
            if not subject or is_poor(subject) or words[0].lower() in _PREPOSITIONS | _PRONOUNS:
                return ""
            return subject
    return ""


#: a phrase that starts with a verb or preposition and its article: the noun phrase after it
_LEAD_FRAGMENT = re.compile(
    r"(?i)^(?:(?:we|they|it|this|there)\s+)?(?:\w+ed|set|put|had|has|have|was|is|leaves|leaving|after|before|"
    r"following|despite|including|with|from|by)\s+(?:(?:on|in|for|to|at|of)\s+)?(?:an?|the|its|their|our|this)\s+"
    r"(\w.*)$"
)
#: a sentence that opens by naming its subject: "With regard to persistent absence, ..."
_LEAD_IN = re.compile(
    r"(?i)[\W\d]{0,6}(?:with\s+regard\s+to|in\s+regard\s+to|with\s+respect\s+to|in\s+respect\s+of|in\s+terms\s+of|"
    r"in\s+relation\s+to|regarding|as\s+regards|turning\s+to|on\s+the\s+subject\s+of|as\s+for)\s+"
    r"(?:the\s+)?([^,;:.()]{3,60}?)\s*,"
)
#: the measure is named as a population or part of one ("the figure for secondary schools", "performance")
_POPULATION_HEAD = re.compile(
    r"(?i)\b(?:figures?|rates?|levels?|performance|percentage|proportion|numbers?)(?:\s+(?:for|in|at|among|of))?\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:was|were|is|are|had|has|stood|stands|of|at)?\s*$|^\s*(?:performance|it|this)\b"
)


def _lead_in(text: str, sent_start: int, clause_start: int) -> str:
    """The subject a sentence opens with ("In terms of EHCP timeliness, ..."), when the figure is
    in a later clause of it; else ""."""
    m = _LEAD_IN.match(text, sent_start, clause_start + 1)
    if m is None or m.end() > clause_start + 1:
        return ""
    lead = _clean_phrase(m.group(1), 8)
    return "" if is_poor(lead) else lead


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
#: a part of the previous figure's population ("The majority (224) lived in ...")
_PART_WORDS = frozenset("majority minority most half rest remainder".split())
#: a money figure's participle: "£8m invested to reshape ...", "received just short of £7.3m from the ESFA"
_MONEY_VERB = r"(?:invested|spent|allocated|received|paid|awarded|provided|committed|claimed|granted|saved)"
_MONEY_RIGHT = re.compile(rf"(?i)^\s+({_MONEY_VERB})\s+((?:on|in|to|for|from|towards)\s+[^.;:,()]{{2,60}})")
_MONEY_LEFT_VERB = re.compile(
    rf"(?i)\b({_MONEY_VERB})\s+(?:(?:just|well|slightly)\s+)?(?:(?:short|shy)\s+of|under|over|around|about|almost|nearly)?\s*$"
)
_OFF_RIGHT = re.compile(r"(?i)^\s+(better|worse)\s+off\b")
#: a duration before a noun: "a three-year plan" -> "length of plan"
_DURATION_NP = re.compile(r"(?i)^(?:days?|weeks?|months?|years?)\s+(\w.*)$")
_PREPOSITIONS = frozenset("at in on by for from with to into during across of within after before under over".split())
#: the words that head no noun phrase of a measure: those prepositions and a few more ("since the last meeting", "upon
#: agreed DSG", "towards overspend", "apart from")
_LEAD_PREPOSITIONS = _PREPOSITIONS | frozenset("since upon until through towards via apart".split())
#: (r23ind) words that open no noun phrase a total sums ("£5,500 per child, per week, totalling £6.3m": a rate's
#: unit): "per", "each", "every" and the leading prepositions but "apart"; "a" can still open the phrase once
#: :func:`_clean_phrase` has cut a change before it ("an increase of a further ...")
_PER_OR_PREPOSITION = frozenset("per each every a".split()) | (_LEAD_PREPOSITIONS - {"apart"})
#: (r23ind) the words a noun phrase before "of <value>" never runs back across: a verb, a determiner, a preposition,
#: a connective (the phrase's words are those after the last of them)
_NP_OF_BREAK = (frozenset(_NP_BOUNDARY_WORDS) | _DETERMINERS_BEFORE_PARTICIPLE | _PREPOSITIONS
                | frozenset("as or and be being did does do".split()))
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


_NP_AFTER_BAD = re.compile(r"(?i)^(?:set|due|made|paid|spent|received|given|taken|based|each|per|compared)\b|^\w+ly\b")
_OF_ANY = re.compile(
    r"(?i)\b(?:number|numbers|proportion|percentage|share|%|rate|level|count|amount)\s+(?:of|for)\s+(?:the\s+)?"
)
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


#: a value in brackets after a comparator ("statistical neighbours (10%)") or the start of a change ("from 7%")
_COMPARED_VALUE = re.compile(r"(?i)(?:\(|\bfrom|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|\bthan)\s*$")


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


#: (speed) patterns of :func:`_repair`, compiled once
_FROM_PP_RIGHT = re.compile(r"(?i)^\s+(from\s+[^.;:,()]{2,60})")
_ED_WORD_START = re.compile(r"(?i)^\w+ed\b")
_HYPHEN_LETTER_START = re.compile(r"^-(?=[A-Za-z])")


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


def _repair(text: str, h: Hit, left: str, sent_start: int, sent_end: int, prev_in_sentence: str,
            phrase: str = "", unit: str = "", prev: str = "") -> tuple[str, str] | None:
    """A better phrase for a figure whose own phrase names nothing, from the rest of its sentence.

    In order: the subject of a copula and participle ("High Needs block is overspent by £613,000"
    -> "High Needs block overspent"); the noun phrase right after the number ("running at 63%
    agency staff", "the £5.4m forecast overspend figure", "a comprehensive three-year plan"); the
    object of "percentage / number of X" later in the sentence, then earlier ("(currently at 7.1%)
    in relation to the percentage of Looked After Children with 3 or more placement moves"); the
    measure of the previous figure of the same sentence, for a value in brackets or the start of a
    change ("higher than statistical neighbours (10%)", "this had increased from 7%").

    Before those, for the words that only quantify: money with its participle ("the one-off £8m
    invested to reshape services", "received just short of £7.3m from the ESFA", "£207,000 better
    off"), and a part word with its verb ("The majority (224) lived in fostering households": a part
    of the previous figure's population).
    """
    right = text[h.end:h.end + 160]
    skip = SKIP_ALT.match(right)
    if skip:
        right = right[skip.end():]
    low_phrase = phrase.lower().strip()
    if unit in ("gbp", "eur", "usd"):
        mm = _MONEY_RIGHT.match(right)
        if mm:
            what = _clean_phrase(_cut_clause(mm.group(2)), 8)
            if what:
                lead = f"{phrase} " if len(low_phrase.split()) == 1 and low_phrase in _STRAY | _MODIFIERS else ""
                return f"{lead}money {mm.group(1).lower()} {what}", "own"
        lm = _MONEY_LEFT_VERB.search(left)
        fm = _FROM_PP_RIGHT.match(right)
        if lm and fm:
            what = _clean_phrase(_cut_clause(fm.group(1)), 8)
            if what:
                return f"money {lm.group(1).lower()} {what}", "own"
        om = _OFF_RIGHT.match(right)
        if om:
            return f"financial position {om.group(1).lower()} off", "own"
    if low_phrase in _PART_WORDS and prev:
        vp = _clean_phrase(_cut_clause(right.lstrip(" )")), 6)
        if vp and not is_poor(vp.split()[0]) or _ED_WORD_START.match(vp or "-"):
            return f"{vp} (of {_base_of(prev)})", "part"
    cm = _copula_participle(left)
    if cm:
        subj = subject(cm.group(1) + " was ")
        if subj and not is_poor(subj):
            return f"{subj} {cm.group(2)}", "own"
    right = _HYPHEN_LETTER_START.sub(" ", right)  # "three-year plan"
    after = "" if _NP_AFTER_BAD.match(right.lstrip()) else _np_after(right)
    dm = _DURATION_NP.match(after)
    if dm and not is_poor(dm.group(1)):
        return f"length of {dm.group(1)}", "own"  # "a three-year plan": how long the plan runs
    change = ""
    if after:
        first = after.lower().split()[0]
        if first in _CHANGE_NOUNS:
            change = first  # "a 78% increase over ten years in the number of people ..."
        elif not is_poor(after):
            pm = _money_verb_after(right, after) if len(after.split()) == 1 else None
            if pm:
                return f"{after} {pm.group(1).lower()}", "own"  # "95% funding received"
            return after, "own"
    sentence_after = text[h.end:sent_end]
    for m in _OF_ANY.finditer(sentence_after):
        np_ = _np_of(sentence_after[m.end():])
        if np_ and not is_poor(np_):
            return (f"{change} in {np_}" if change else np_), "own"
    before = None
    for before in _OF_ANY.finditer(text, sent_start, h.start):
        pass
    if before is not None:
        np_ = _np_of(text[before.end():h.start])
        if np_ and not is_poor(np_):
            return (f"{change} in {np_}" if change else np_), "own"
    if prev_in_sentence and not is_poor(prev_in_sentence) and _COMPARED_VALUE.search(left):
        return prev_in_sentence, "inherited"
    return None


#: a change named just before the number: "an increase of 30% in", "a reduction of around 8%"
_CHANGE_OF_LEFT = re.compile(
    r"(?i)\b(increase|rise|reduction|decrease|fall|drop|growth|decline|uplift)\s+of\s+"
    r"(?:around\s+|about\s+|approximately\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+(?:over|under)\s+)?$")
_IN_NP_RIGHT = re.compile(
    r"(?i)^\s+in\s+((?:(?!\s(?:between|from|since|compared|over|during|against|when|as|at|by)\b)[^.;:,()]){3,120})")


#: (speed) patterns of :func:`change_of_in`, compiled once
_LEAD_ARTICLE = re.compile(r"(?i)^(?:the|a|an|our|its|their)\s+")
_YEAR_OR_PERIOD_START = re.compile(r"(?i)(?:19|20)\d\d\b|(?:the\s+)?(?:last|past|previous|year)\b")


def change_of_in(before: str, right: str) -> str:
    """The change of what follows, for a number inside "a change of N in X": "an increase of 30% in the
    number of looked after children" -> "increase in looked after children" ("" when the shape is absent).

    >>> change_of_in("which highlighted an increase of ", " in the number of looked after children between 2009")
    'increase in looked after children'
    >>> change_of_in("the budget of ", " in 2024")
    ''
    """
    if " of" not in before[-30:] or not right.lstrip().lower().startswith("in "):
        return ""  # (speed: both words must be there)
    cm = _CHANGE_OF_LEFT.search(before)
    im = _IN_NP_RIGHT.match(right) if cm else None
    if not im:
        return ""
    what = _np_after(" " + _LEAD_ARTICLE.sub("", _OF_NUMBER.sub("", im.group(1))))
    if not what or is_poor(what) or _YEAR_OR_PERIOD_START.match(what):
        return ""
    return f"{cm.group(1).lower()} in {what}"


#: "a net increase of (244 children)", "a reduction of (102 cases)": a change written as a noun with its count after
#: "of" (group 1: an adjective of the change; group 2: the change's noun)
_CHANGE_OF_COUNT_LEFT = re.compile(
    r"(?i)\b(?:an?|the|this|that|its|their)\s+((?:net|overall|further|additional|national|notable|significant|small|"
    r"slight|large|sharp|steep)\s+)?(increase|rise|reduction|decrease|fall|drop|growth|decline)\s+of\s+"
    r"(?:around\s+|about\s+|approximately\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+(?:over|under)\s+)?$")


def change_of_count(before: str, right: str) -> str:
    """The change of what a count names, for a count written "a <change> of N <noun>" whose noun is one word, only
    the count's unit: "Derby saw a reduction of 102 cases" -> "reduction in cases", "which gave a net increase of 244
    children" -> "net increase in children" ("" when the shape is absent, or the count names nothing after it, or a
    longer noun phrase that already names the population it counts). When the clause's subject names the count ("The
    number of children in care showed an increase of 37 cases": :data:`_NUMBER_OF_SUBJECT_SAW`) the change is of it.

    >>> change_of_count("which gave a net increase of ", " children compared to October 2020")
    'net increase in children'
    >>> change_of_count("a total of ", " children"), change_of_count("an increase of ", " since last year")
    ('', '')
    >>> change_of_count("The number of children in care showed an increase of ", " cases over the year")
    'increase in children in care'
    """
    cm = _CHANGE_OF_COUNT_LEFT.search(before)
    what = _np_after(right) if cm else ""
    if not what or " " in what or is_poor(what) or _is_generic(what) or what.lower() in _CHANGE_NOUNS:
        return ""
    change = f"{(cm.group(1) or '').lower()}{cm.group(2).lower()}"
    if "umber" in before and (sm := _NUMBER_OF_SUBJECT_SAW.search(before, 0, cm.start())):
        named = _clean_phrase(sm.group(1) or sm.group(2))
        if named and not is_poor(named) and not _is_generic(named):
            named = named[0].lower() + named[1:] if named[1:2].islower() else named  # ("Looked after children")
            return f"{change} in {named}"  # the subject names what is counted: "The number of children in care showed"
    return f"{change} in {what}"


#: the subject of "showed / saw / recorded a <change> of N <noun>" that already names the count ("The number of children
#: in care showed an increase of 37 cases", "Looked after children numbers saw a reduction of 12 children"): the change is
#: the prepositions and determiners that cannot stand inside the subject "<words> numbers" (:data:`_NUMBER_OF_SUBJECT_SAW`)
_SUBJECT_INNER_STOP = (r"(?:in|on|at|of|for|to|by|from|with|within|during|over|under|since|than|into|across|per|about|"
                       r"through|between|among|against|after|before|around|the|a|an|this|that|these|those|its|their|"
                       r"our|his|her|my|your|some|any|each|every|no)")
#: of that count, not of the unit word after the number (group 1 or 2: what is counted). "<words> numbers" is read only
#: as the whole subject of its clause (after the sentence's start or a punctuation mark, with at most a determiner
#: first) of one to four words with no preposition or determiner inside ("looked after" is an adjective): "In the last
#: quarter looked after children numbers saw" opens with a phrase of time, so nothing is read there
_NUMBER_OF_SUBJECT_SAW = re.compile(
    r"(?i)(?:\b(?:the\s+)?(?:total\s+)?numbers?\s+of\s+([^,;:()]{3,80}?)|"
    r"(?:^|[.;:,()!?])\s*(?:(?:the|our|its|their|these|this)\s+)?"
    r"((?:(?:looked\s+after|(?!" + _SUBJECT_INNER_STOP + r"\b)[A-Za-z][\w'’/-]*)\s+){0,3}"
    r"(?:looked\s+after|(?!" + _SUBJECT_INNER_STOP + r"\b)[A-Za-z][\w'’/-]*))\s+numbers)\s+"
    r"(?:(?:has|have|had)\s+)?(?:showed|shown|shows|show|saw|seen|sees|recorded|experienced|had|has)\s+$")


#: a value given after a first verb of change: "has increased and is now at", "had improved and now stood at"
_CHANGED_NOW_AT_LEFT = re.compile(
    r"(?i)\b(?:has|had|have)\s+(?:\w+ly\s+)?(?:\w+ed|risen|fallen|grown)\s*(?:,\s*|\s+)and\s+"
    r"(?:(?:is|was|are|were|now|currently)\s+)*(?:at|stood\s+at|stands\s+at|standing\s+at)\s+"
    r"(?:around\s+|about\s+|approximately\s+|nearly\s+|almost\s+)?$")


#: a value after a first verb and "but remains": "has demonstrated improving performance, but remains red at", "has
#: improved but is still below target at"
_BUT_REMAINS_AT_LEFT = re.compile(
    r"(?i)\b(?:has|had|have)\s+[^.;:()]{0,60}?(?:,\s*|\s+)(?:but|yet)\s+(?:remains|remained|is\s+still|was\s+still|stays|"
    r"stayed)\s+(?:(?:red|amber|green|rag\s+rated\s+\w+|below\s+target|above\s+target|below|above|low|high)\s+)?at\s+"
    r"(?:around\s+|about\s+|approximately\s+|nearly\s+|almost\s+)?$")


def changed_now_at_subject(text: str, sent_start: int, start: int) -> str:
    """The subject of a clause whose value follows a first verb of change: "The condition of the A roads
    has increased and is now at 77%" -> "condition of the A roads" ("" when the shape is absent).

    >>> s = "Attendance in primary schools had improved and now stood at 95.1% this term."
    >>> changed_now_at_subject(s, 0, s.index("95"))
    'Attendance in primary schools'
    >>> s = "The proportion of repeat plans has shown improving performance, but remains red at 16%."
    >>> changed_now_at_subject(s, 0, s.index("16"))
    'repeat plans'
    """
    before = text[max(sent_start, start - 160):start]
    if " and " not in before and " but " not in before or not before.rstrip().endswith(("at", "about", "around",
                                                                                          "nearly", "almost")):
        return ""  # (speed: the words must be there)
    m = _CHANGED_NOW_AT_LEFT.search(before) or _BUT_REMAINS_AT_LEFT.search(before)
    if not m:
        return ""
    who = subject(text[sent_start:start - len(before) + m.start()] + " was ")
    return "" if not who or is_poor(who) else who


#: money given for a purpose: "gave approval for £1.742M in 2022-23 to increase capacity"
_APPROVAL_FOR_LEFT = re.compile(r"(?i)\b(?:approval|approved|agreed|agreement|allocated|allocation)\s+(?:of\s+|for\s+)?(?:up\s+to\s+)?$")
_TO_PURPOSE_RIGHT = re.compile(
    r"(?i)^\s+(?:(?:in|for|during)\s+(?:the\s+)?[\w/-]+(?:\s+financial\s+year)?\s+)?(to\s+[a-z]+\s+[^.;:()]{3,80})")
#: money named by what is done with it, after the number: "£2.993m had been allocated for additional
#: funding for ...", "the £27.6 million set aside to mitigate risks"
_ALLOCATED_RIGHT = re.compile(
    r"(?i)^\s+(?:(?:had|has|have)\s+been\s+|(?:was|were|is|are|being)\s+)?"
    r"(allocated|set\s+aside|earmarked|ring-?fenced|invested|committed|provided|granted|awarded|given)\s+"
    r"(?:by\s+(?:the\s+)?(?-i:[A-Z][\w&]*(?:\s+(?:for\s+|of\s+|and\s+)?[A-Z][\w&]*){0,4})\s+)?((?:for|to|on|in|into)\s+[^.;:()]{3,80})")


#: (speed) patterns of :func:`money_purpose`, compiled once
_COPULA_AT_OF_END = re.compile(r"(?i)\b(?:at|of|was|were|is|are|totalling|totaling)\s*$")
_FOR_FUNDING = re.compile(r"(?i)^for\s+((?:\w+\s+){0,2}(?:funding|grant|investment|support|costs?|spending)\b.*)$")
_MONEY_ADJECTIVE_END = re.compile(r"(?i)\b(one-off|additional|extra|further|recurring|new|capital|revenue)\s+$")


def money_purpose(before: str, right: str) -> str:
    """What a sum of money is for, when the minutes name it by its purpose ("" when they do not):

    >>> money_purpose("In July, Cabinet gave approval for ", " in 2022-23 to increase capacity within SEND.")
    'funding to increase capacity within SEND'
    >>> money_purpose("It was explained that ", " had been allocated for additional funding for the high needs block.")
    'additional funding for the high needs block'
    >>> money_purpose("Members noted the ", " set aside to mitigate risks and the breakdown.")
    'money set aside to mitigate risks'
    """
    tail = before[-40:].lower()
    if "appro" in tail or "agree" in tail or "alloca" in tail:  # (speed: the words first)
        am = _APPROVAL_FOR_LEFT.search(before)
        tm = _TO_PURPOSE_RIGHT.match(right) if am else None
        if tm:
            what = _clean_phrase(_cut_clause(tm.group(1)), 12)
            if what and len(what.split()) >= 3:
                return f"funding {what}"
    head = right[:40].lower()
    if not any(w in head for w in ("alloca", "aside", "earmark", "fenced", "invested", "committed", "provided", "granted",
                                   "awarded", "given")):
        return ""
    if _COPULA_AT_OF_END.search(before):
        return ""  # "the total reserves at £338.6 million were committed to ...": the number is the value of the noun before
    rm = _ALLOCATED_RIGHT.match(right)
    if not rm:
        return ""
    raw = _cut_clause(rm.group(2))
    fm = _FOR_FUNDING.match(raw)
    if fm:
        np_ = _clean_phrase(fm.group(1), 9)
        if np_ and not is_poor(np_):
            return np_  # "allocated for additional funding for the high needs block"
    pp = _clean_phrase(raw, 9)
    if not pp or len(pp.split()) < 2:
        return ""
    prep = raw.split()[0].lower()
    pp = pp if pp.lower().startswith(prep) else f"{prep} {pp}"
    adj = _MONEY_ADJECTIVE_END.search(before)
    lead = f"{adj.group(1).lower()} " if adj else ""  # "the one-off £8m invested to reshape ..."
    verb = rm.group(1).lower()
    if verb in ("provided", "granted", "awarded", "given"):
        return f"{lead}funding {pp}"  # "The £7m provided by the Government for high needs": "funding for high needs"
    return f"{lead}money {' '.join(verb.split())} {pp}"


_WHICH_THAT_START = re.compile(r"^\s*(?:which|that)\b", re.I)


#: "i.e." or "e.g." opening a clause (a bracket that restates the measure named before it): no subject
_THAT_IS_LEAD = re.compile(r"(?i)^\s*(?:i\.\s?e|e\.\s?g)\.?,?(?=\s)")
_THAT_IS_END = re.compile(r"(?i)\(\s*(?:i\.\s?e|e\.\s?g)\.?,?\s+(?:from\s+)?$")

#: (speed) patterns of :func:`_indicator_phrase`, compiled once
_THIS_SUM_LEFT = re.compile(r"(?:^|[\s,(“\"‘])(?:with\s+)?(?:this|that)$")
_VERB_NEXT = re.compile(r"(?i)^\s*(?:,|will\b|would\b|is\b|was\b|has\b|had\b|could\b|can\b|may\b|must\b|should\b|"
                        r"includes\b|included\b|represents\b|equates\b|means\b)")
_STILL_TAIL = re.compile(
    r"(?i)\s+(still|yet\s+to)\s+((?:\w+ed|\w+ing|need|needs|require|requires|await|awaits|wait|waits|have|has|"
    r"receive|receives|attend|attends|be|remain|remains)\b(?:\s+[\w'’-]+){1,6})")
_BEING_THE_RIGHT = re.compile(r"(?i)^\s+being\s+(?:the\s+|a\s+|an\s+)?([a-z][^,;:.()]{2,90})")
_INCLUDING_END = re.compile(r"(?i)\b(?:including|includes|plus|and|of\s+which)\s+(?:over\s+|around\s+|about\s+|nearly\s+)?$")
_USE_TAIL_CUT = re.compile(r"(?i)\s+(?:which|where|who|that|while|whilst|but|as|compared)\b")
_REST = re.compile(r"^\s*(.*)$", re.S)
_OF_DETERMINER_RIGHT = re.compile(r"^\s+of\s+(?:the|these|those|our|all|its|their)\b")
#: the count of a whole after "of the" ("12 of the 15 children's homes", "six of the eight indicators"; a number word
#: not of an age or a range: "of the three and four year olds", "of two year olds")
_LEAD_COUNT = re.compile(
    r"^(?:[\d,]+\s+|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred)(?:\s+(?i:hundred|thousand))?\s+(?!(?i:and|or|to|per|year|years|yr|yrs|month|months|week|weeks)\b))")
_OF_TAIL_CUT = re.compile(r"\s+(?:which|that|who|and|but|while|compared)\b")
_TIME_WORD_START = re.compile(r"(?i)^(?:days?|weeks?|months?|years?|times?|in|of)\b(?!-)")
#: (round 18) the first letters of a copula after a share or count (:func:`part_after_clause`'s cheap first test)
_JOINED_COPULA_STARTS = frozenset(("wer", "was", "are", "is ", "hav", "has", "had"))
#: (round 18) a count that is the whole a share or part is "of" ("two-thirds of England's 80,850 looked after children")
_COUNT_IS_WHOLE_LEFT = re.compile(r"(?i)\b(?:of|out\s+of|among|amongst)\s+(?:the\s+|its\s+|their\s+|our\s+|these\s+|those\s+|"
                            r"all\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?$")
#: (round 18) a copula right after a counted population (what follows may say which of them are counted)
_COUNT_COPULAS = (" were ", " are ", " was ", " is ")
#: the relative pronoun and copula :func:`_share_clause` puts before what a population was, and the words a
#: predicate cut at a number may end with
_WHICH_LEAD = frozenset("who that were are was is".split())
_DANGLING = frozenset(_ENDING_WORDS) | {"than"}


#: a complement that is the figure's status, not which of them are counted ("11 targets were currently on track": the
#: status column's)
_STATUS_COMPLEMENT = re.compile(r"(?i)(?:(?:on|off)\s+(?:track|target|time)|rated|red|amber|green|above|below|ahead|behind|"
                                r"within\s+target|in\s+line\s+with\s+(?:the\s+|its\s+|their\s+)?target)\b")


def _says_which(tail: str) -> bool:
    """Whether ``tail``, what :func:`_share_clause` put after a counted population, is a predicate of two words or more
    that does not dangle ("that were among" is cut at "the 10 schools" and says nothing).

    >>> _says_which(" that were among"), _says_which(" in line with counterparts in similar areas")
    (False, True)
    >>> _says_which(" on track with the plan")
    False
    """
    words = tail.split()
    while words and words[0].lower() in _WHICH_LEAD:
        words = words[1:]
    return len(words) >= 2 and words[-1].lower() not in _DANGLING and not _STATUS_COMPLEMENT.match(" ".join(words))
_COUNT_TAIL_CUT = re.compile(r"\s+(?:which|that|who|and|but|while|compared|since|by|during)\b")
_AT_END_OF_CUT = re.compile(r"(?i)\s+(?:at\s+the\s+(?:end|start)|as\s+(?:at|of))\b")
_IN_AREA_CUT = re.compile(r"(?i)\s+(?:in|across)\s+(?:the\s+)?(?:borough|county|city|district|area|country)\b")
_RATING_START = re.compile(r"(?i)^(?:rated|judged|red|amber|green)\b")
_LIST_JOIN_END = re.compile(r"(?i)(?:,|\band|\bor)\s*$")
_PREP_PP_RIGHT = re.compile(r"^\s+(with|in|at|on|from|into|by|because\s+of|due\s+to|as\s+a\s+result\s+of)\s+([^,;:.()]{2,60})")
_LEAD_COPULA = re.compile(r"^(?:was|were|is|are|had\s+been)\s+")
_SPEND_SUBJECT = re.compile(r"(?i)(?:\w+\s+)?(?:\w+ed|spent|spend|cost|costs|paid)")
_ON_IN_FOR_TO_RIGHT = re.compile(r"^\s+(on|in|for|to)\s+(.*)$", re.S)
_WHICH_THAT_TRAIL = re.compile(r"\s*\b(?:which|that)\s*$", re.I)
_FROM_END = re.compile(r"\bfrom\s*$", re.I)
#: (r23ind) a noun of change right before "from" and the value, with no noun phrase of its own ("a slight increase
#: from", "a remarkable shift from"; not "an increase in referrals from"). (r23review) A noun: after its determiner
#: and at most two words that are no verb of being or having; without them "increases", "falls", "cut", "drop" are
#: the verb of the sentence's own subject ("Spending falls from £5m", "The budget was cut from £5m": not the measure
#: named before)
_CHANGE_FROM_END = re.compile(
    rf"(?i)(?:^|[\s,(–—-])(?:a|an|the|this|that)\s+"
    r"(?:(?!(?:was|were|is|are|be|been|being|has|have|had|will|would|could|should|may|might|can|do|does|did)\s)"
    rf"[a-z]+\s+){{0,2}}?(?:{'|'.join(sorted(_CHANGE_NOUNS))}|shift|increases|decreases|reductions|rises|falls)"
    r"\s+from\s+$")
_FROM_VALUE_TO_END = re.compile(r"\bfrom\s+[£€$]?[\d,.]+\S*\s+(?:[^.;]{0,40}?\s)?to\s*$", re.I)
_CONNECTOR_ONLY = re.compile(r"(?i)\s*(?:to|and|or|-|/|from|with|versus|vs\.?)?\s*")
_FOR_RIGHT = re.compile(r"^\s+for\s+(.*)$", re.S)
_PREDICATE_RIGHT = re.compile(r"^\s+(?:would|will|could|had|has|was|were|is|are)?\s*(?:(?:be|been|being|now\s+be)\b)?\s*(.*)$", re.S)
_BRACKETS = re.compile(r"[()]")


#: (speed) how the text after an amount that is its clause's subject starts: " was", " were", " has", " had", " is ",
#: " are", " will", " would", " could", " should", " must", " to ", " still"
_AMOUNT_SUBJECT_VERB_STARTS = frozenset(
    (" was", " wer", " has", " had", " is ", " are", " wil", " wou", " cou", " sho", " mus", " to ", " sti"))
#: where a clause opens right before an amount: a sentence start, a comma, a conjunction, "there is (still)"
_CLAUSE_OPEN_END = re.compile(
    r"(?i)(?:^|[,;:(]|\b(?:whilst|while|that|and|but|although|though|when|if|as|since|because|is\s+still|are\s+still|"
    r"remains|remaining|there\s+is|there\s+are|still))\s*$")
#: what is done with an amount that is its clause's subject: "was (centrally) retained", "was recovered from health
#: partners", "(still) to recover", "still to be found" (groups 1 and 2: an adverb and the participle; 3 and 4: "still"
#: and the infinitive; 5: a prepositional phrase after either)
_AMOUNT_PASSIVE_RIGHT = re.compile(
    r"(?i)^\s+(?:(?:was|were|is|has\s+been|had\s+been|have\s+been|(?:will|would|could|should|must)\s+be)\s+"
    r"(?:(\w+ly)\s+)?(?!\w+ly\b)(\w+ed|spent|paid|held|kept|set\s+aside)|(?:(?:is|are)\s+)?(?:(still)\s+)?"
    r"(to\s+(?:be\s+)?(?:find|found|save|saved|recover|recovered|"
    r"deliver|delivered|identify|identified|achieve|achieved|bridge|bridged)))\b"
    r"(?:\s+((?:on|in|to|for|from|towards|into|through|by|within|across)\s+[^.;:,()]{2,60}))?")
#: a word of time in a prepositional phrase: "in just six months", "by March 2026", "over the year"
_TIME_WORD = re.compile(r"(?i)\b(?:months?|weeks?|years?|days?|quarters?|(?:19|20)\d\d|" + month_alternation(lower=True)
                        + r")\b")
#: the verbs of spending an amount more than planned ends with (folded): "(is projected to) spend", "spent", "spending"
_SPEND_WORDS = ("spend", "spent", "spending", "spends")
#: what an amount was spent over: "more than budgeted (for) on children's services", "more than its budget on X",
#: "more than planned for home to school transport" (group 1: what it was spent on)
_MORE_THAN_BUDGET_RIGHT = re.compile(
    r"(?i)^\s+more\s+than\s+(?:(?:was\s+|had\s+been\s+|it\s+had\s+)?(?:budgeted|planned|allocated|forecast|expected|"
    r"anticipated)(?:\s+for)?|(?:its|the|their|our)\s+(?:\w+\s+)?(?:budget|allocation))(?:\s+(?:on|for)\s+(?:the\s+)?"
    r"([^.;:()]{3,80}))?")
#: an amount said to be "over" what was budgeted, on something: "£11m over on adult services" (group 1: on what)
_OVER_ON_RIGHT = re.compile(r"(?i)^\s+over\s+on\s+(?:the\s+)?([^.;:()]{3,80})")
#: how a text before an amount a thing changed "by" ends (folded): "by", "by more than", "by around"
_BY_HEDGE_ENDS = ("by", "than", "around", "about", "nearly", "almost", "over", "some", "approximately")
#: a verb of change and what changed, before "by" and an amount: "slashes (its) deficit by", "has cut the overall deficit
#: by more than" (group 1: the verb; 2: its object), or "The forecast has increased by" (3: the subject; 4: its verb)
_CHANGE_BY_LEFT = re.compile(
    r"(?i)(?:\b(slash(?:es|ed)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|trim(?:s|med)?|halv(?:e|es|ed)|lower(?:s|ed)?|"
    r"increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|boost(?:s|ed)?)\s+(?:the\s+|its\s+|their\s+|our\s+|this\s+)?"
    r"((?!by\b)[A-Za-z][\w'’ -]{2,60}?)|(?:^|[“\"‘'(]|\.\s+|^\s*)(?:the\s+)?([A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+"
    r"(?:has|have|had)\s+(increased|risen|grown|reduced|decreased|fallen|dropped))\s+by\s+"
    r"(?:(?:more|less)\s+than\s+|around\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+|approximately\s+)?$")
#: a finite verb inside what seemed the object: "an increase in demand the SEN top ups budget is overspent (by)": a
#: clause of its own, whose subject is what changed
_FINITE_VERB_IN = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|be|been|will|would)\b")
#: subjects that stand for a measure named before ("The figure has fallen by 3%"): not the thing that changed
_ANAPHORIC_HEADS = frozenset("figure figures number numbers total rate rates level levels it this that".split())
#: the first letters (folded) of the verbs of _CHANGE_BY_LEFT that increase
_INCREASE_STARTS = frozenset(("in", "ra", "bo", "ri", "gr"))
#: a value that fills its table cell: only spaces (or a bracketed note) before the next bar
_CELL_END_RIGHT = re.compile(r"^[ \t]*(?:\([^()|\n]{0,30}\)[ \t]*)?\|")
#: a table cell that names nothing: a list marker ("ii)", "1."), a number, a date or a blank
_NO_LABEL_CELL = re.compile(r"(?i)^\s*(?:[ivx]+\)|[a-z]\)|\d+[.)]?|[£$€]?[\d.,]+\s*[%mk]?|no\.?|item|-+|)\s*$")


def _row_label(text: str, start: int) -> str:
    r"""The label of a value in a table rendered with bars: the nearest cell before it, in its row, that names something
    (back over value cells: "| Children in care | 412 | 436 |" gives 436 "Children in care").

    >>> t = "| Children in care | 412 | 436 |\n| Care leavers | 230 | 241 |"
    >>> _row_label(t, t.index("436")), _row_label(t, t.index("230"))
    ('Children in care', 'Care leavers')
    >>> t = "i) |\nUnder 2-year-olds |\n£9.98 |"
    >>> _row_label(t, t.index("£9.98"))
    'Under 2-year-olds'
    """
    end = text.rfind("|", max(0, start - 4), start)
    for _ in range(4):  # the cells before it, nearest first
        begin = text.rfind("|", max(0, end - 120), end)
        cell = text[begin + 1:end] if begin >= 0 else text[max(0, end - 120):end].rsplit("\n", 1)[-1]
        if "\n" in cell.strip():
            return ""  # a cell that runs over lines is no cell: prose with a bar in it
        if not _NO_LABEL_CELL.match(cell):
            label = _clean_phrase(" ".join(cell.split()), 10)
            named = any(w.isalpha() and len(w) > 2 and w.lower() not in _FUNCTION_WORDS
                        for w in label.replace("-", " ").split())
            return label if named and (not is_poor(label) or any(c.isdigit() for c in label)) else ""
        if begin < 0:
            return ""
        end = begin
    return ""


#: an amount a thing is above or below its estimate: "(being £0.4m) higher than budgeted", "lower than previously
#: estimated" (group 1: the comparison; 2: the estimate)
_BEING_THAN_RIGHT = re.compile(
    r"(?i)^\s+(higher|lower|more|less|greater)\s+than\s+((?:(?:previously|originally|initially)\s+)?(?:estimated|"
    r"budgeted|forecast|planned|expected|anticipated|assumed))\b")
#: the words that end the noun phrase before "being": the verb or preposition that governs it
_BEING_NP_STOPS = frozenset(
    "to by of with for from due reflects reflect reflecting related relates including includes and as on was were is "
    "are that which this the a an".split())


def _np_before_being(left: str) -> str:
    """The noun phrase right before "being" at the end of ``left`` ("related to business rates being" -> "business
    rates"), at most five words; "" when none.

    >>> _np_before_being("which was related to business rates being ")
    'business rates'
    """
    words = left.split()[:-1]  # (the last word is "being")
    np_: list[str] = []
    for w in reversed(words):
        if w.lower() in _BEING_NP_STOPS or not w[0].isalpha() or w[-1] in ",;:" or len(np_) == 5:
            break
        np_.insert(0, w)
    return " ".join(np_)


#: a multiple of a benchmark after a number: "times the national average of", "times the rate in England for"
_TIMES_THE_AVERAGE_RIGHT = re.compile(
    r"(?i)^\s+times\s+(?:higher\s+than\s+|more\s+than\s+|that\s+of\s+)?the\s+((?:(?:national|regional|england|english|"
    r"london|county|statistical\s+neighbours?['’]?|comparator)\s+)?(?:average|rate|level|figure|number|mean))\s+"
    r"(?:of|for)\s+(?:the\s+)?([^.;:()]{3,120})")
#: where the noun phrase after such a multiple ends: "... of children looked after and three times ..."
_TIMES_OF_CUT = re.compile(r"(?i)\s+(?:and|or|but|while|whilst|which|who|compared|than|in\s+(?:19|20)\d\d)\b|,")


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


#: a phrase that is only a forecast's participle (or none): "forecasted", "expected to hit", ""
_FORECAST_ONLY = re.compile(
    r"(?i)(?:(?:currently|now|also|still)\s+)?(?:(?:forecast(?:ed)?|projected|predicted|estimated|expected)"
    r"(?:\s+to\s+(?:be|hit|reach|total))?)?")
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


def _indicator_phrase(
    text: str, h: Hit, unit: str, left: str, right_clause: str, sent_start: int, clause_start: int,
    prev: str, topic: str, sent_end: int = -1, prev_money: str = "",
) -> tuple[str, str]:
    """:func:`indicator_phrase` before the repair of a phrase that names nothing."""
    if "." in left[:6] and (im := _THAT_IS_LEAD.match(left)):
        left = left[im.end():]  # "(i.e. from 336 in 1994 to 579 in 2000)": the clause opens with "from"
    right = text[h.end:h.end + 160]
    skip = SKIP_ALT.match(right)
    if skip:
        right = right[skip.end():]
    if right[:4] in (" per", " Per", " pe") and text[h.end - 1:h.end] == "%" and (dp := _PCT_WORDS_RIGHT.match(right)):
        right = right[dp.end():]  # "made up 3.4% per cent of the school population": the unit written twice
    if unit == "years" or right.startswith("-year"):
        hy = HYPHEN_YEARS_RIGHT.match(right)
        after_unit = right[hy.end():] if hy is not None else right
        # (r23review) a plan's qualified noun only after a length said in the singular ("-year", "5 year"): kinds'
        # :func:`.kinds.plan_noun_right`, as :func:`.kinds._plan_length` reads it
        singular = hy.end() == 5 if hy is not None else text[h.end - 1:h.end] in "rR"
        if plan_noun_right(after_unit, singular) or NAMED_PLAN_RIGHT.match(after_unit):
            what = _np_after(after_unit)
            if what:
                return f"length of {what}", "own"  # "a 5 year strategy for children's social care"
    if right[:7] == " being " and left.rstrip()[-4:].lower() == "with" and (bm_ := _BEING_THE_RIGHT.match(right)):
        # "with six months being the average time it is taking to go through the courts": what "being" names
        what_ = _clean_phrase(_cut_clause(bm_.group(1)), 12)
        if what_ and not is_poor(what_) and not _is_generic(what_):
            return what_, "own"
    if "|" in text[h.start - 4:h.start] and _CELL_END_RIGHT.match(right) and (row := _row_label(text, h.start)):
        # a table rendered with bars: "| Children in care | 412 |", "Under 2-year-olds |\n£9.98 |": the label in the row
        # before the value (the phrase was the next row's label, bars, or none)
        return row, "own"
    if left[-8:].rstrip().lower().endswith("being") and (bt := _BEING_THAN_RIGHT.match(right)) \
            and (np_ := _np_before_being(left)):
        # "related to business rates being £0.049m lower than previously estimated", "due to transport costs being
        # £0.4m higher than budgeted": what differs from its estimate (the phrase was the measure before, or the
        # clause's verb and its subject)
        return f"{np_} {bt.group(1).lower()} than {bt.group(2).lower()}", "own"
    if right[:7] == " times " and (tm := _TIMES_THE_AVERAGE_RIGHT.match(right)):
        # "Blackpool has three times the national average of young people subject to child protection plans", "the
        # council has 2.5 times the regional rate of children in care": a multiple of a benchmark, of what follows
        # "of" (the phrase was the subject, a place, or the measure before)
        what = _np_after(" " + _TIMES_OF_CUT.split(tm.group(2), 1)[0])
        if what and not is_poor(what):
            return f"{what} (times the {' '.join(tm.group(1).lower().split())})", "own"
    before = text[max(sent_start, h.start - 120):h.start]
    # (speed) the searches of ``before`` below run only when a cheap necessary condition holds: a word
    # the pattern needs, or how ``before`` must end, in its folded text (grammar.fold: case as the
    # patterns' (?i) ignores it); see _BEFORE_ENDS
    low = fold(before)
    tail = low.rstrip()
    if unit == "percent" and prev:
        cs0 = _PCT_CHANGE_BARE_RIGHT.match(right)
        if cs0:
            # "six referrals to the LADO, indicating a 50% increase since the previous year": the change of the measure before
            return f"{cs0.group(1).lower()} in {_base_of(prev)}", "own"
    if unit == "percent":
        cm0 = _PCT_CHANGE_IN_RIGHT.match(right)
        if cm0:
            what0 = _np_after(" " + _LEAD_ARTICLE.sub("", _OF_NUMBER.sub("", cm0.group(2))))
            if what0 and not is_poor(what0):
                # "a 37% increase in the number of EHCPs": the change of what follows
                return f"{cm0.group(1).lower()} in {what0}", "own"
    if unit in ("percent", "count"):
        co = change_of_in(before, right)
        if co:
            return co, "own"  # "an increase of 30% in the number of looked after children"
        if unit == "count" and " of" in before[-30:] and (cc := change_of_count(before, right)):
            return cc, "own"  # "an increase of 37 cases", "a net increase of 244 children"
        na = changed_now_at_subject(text, sent_start, h.start)
        if na:
            return na, "own"  # "The condition of the A roads has increased and is now at 77%"
    if prev and (tail.endswith(_BEFORE_ENDS["comparator_value"]) and any(w in low for w in _COMPARATOR_VALUE_WORDS)
                 and _COMPARATOR_VALUE_LEFT.search(before)
                 or "for" in low and tail.endswith(_BEFORE_ENDS["figure_for"]) and _FIGURE_FOR_LEFT.search(before)):
        # "slightly lower than the national average of 20.6%", "the previous year's nearly 34%",
        # "the figure for the end of the year would be around 26-28%": the same measure, elsewhere or at another time;
        # (r19phrase) a place's comparator is named with it ("national average: children with EHCPs")
        return comparator_of(before, prev), "inherited"
    if prev and "equ" in low and tail.endswith(("to", "of")) and (eq := _EQUATES_LEFT.search(before)) \
            and not _OF_FOR_RIGHT.match(right):
        # "This equates to a rate of 67 per 10,000", "equating to 87 per 10,000", "which is equivalent to 80 per 10,000
        # children": the measure named before, restated (as a rate); the phrase was the verb ("equates to a rate")
        base = _base_of(prev)
        if (eq.group(1) or right[:5] == " per ") and base[:4].lower() != "rate":
            return f"rate of {base}", "inherited"
        return prev, "inherited"
    if ("var" in low or "rang" in low) and (rg := _RANGE_FROM_LEFT.search(before)):
        # "caseloads varying from 10.2 per social worker at Kingston ... and 26.4 for Staffordshire", "Caseloads ranged
        # from 12 in the disability team to 24": values of the measure named before (or of the subject of "ranged");
        # the phrase was the verb ("varying") or the subject and its verb
        if prev and not is_poor(prev):
            return prev, "inherited"
        s0 = subject(before[:rg.start()] + " was ")
        if s0 and not is_poor(s0) and not _is_generic(s0):
            return s0, "own"
    if prev and tail.endswith(_BEFORE_ENDS["change_to"]) and any(w in low for w in _CHANGE_TO_WORDS) \
            and _CHANGE_TO_LEFT.search(before, _change_to_from(before)):
        # "4.1% ... with a slight increase to 4.7%": the new value of the measure named before
        return prev, "inherited"
    lm0 = _LIST_OF_LEFT.search(before) if tail.endswith("of") else None
    if lm0 and unit == "count":
        np1 = _np_after(right)
        if np1 and not is_poor(np1):
            return np1, "own"  # "a list of 500 families who were contacted": what is listed
    if unit in ("gbp", "eur", "usd") and (prev_money or prev) and tail.endswith(("this", "that")) \
            and _THIS_SUM_LEFT.search(tail) and _VERB_NEXT.match(right):
        # "The forecast overspend is £3.1m. This £3.1m will be met from reserves", "With that £2.6m, if it is
        # delivered ...": the sum named before
        return prev_money or prev, "inherited"
    if unit in ("gbp", "eur", "usd") and right[:11] == " more than " and tail.endswith(_SPEND_WORDS) \
            and (sm := _MORE_THAN_BUDGET_RIGHT.match(right)):
        # "is projected to spend £19 million more than budgeted for on children's services", "the department spent
        # £2.99m more than its budget on placements": an overspend (the phrase was the verb: "projected to spend")
        return _overspend_on(sm.group(1)), "own"
    if unit in ("gbp", "eur", "usd") and right[:9] == " over on " and (ov := _OVER_ON_RIGHT.match(right)):
        # "£19 million more than budgeted for on children's services and £11 million over on adult services": an
        # overspend on what follows (the phrase was the words around "over")
        return _overspend_on(ov.group(1)), "own"
    if unit in ("gbp", "eur", "usd", "count", "percent") and tail.endswith(_BY_HEDGE_ENDS) and " by" in tail[-22:] \
            and (vb := _CHANGE_BY_LEFT.search(before)) and not (vb.group(2) and _FINITE_VERB_IN.search(vb.group(2))):
        what_ = _clean_phrase(vb.group(2) or vb.group(3) or "", 8)
        if what_ and (not is_poor(what_) if vb.group(2) else what_.lower() not in _ANAPHORIC_HEADS
                      and _is_generic(subject(before) or "forecast")):
            # "The council slashes deficit by £10m", "savings have reduced the overall deficit by more than £10m", "The
            # service trimmed its overspend by £300,000", "The forecast has increased by £1,984,000": the change of what
            # the verb's object (or a subject that names nothing else) names (the phrase was the clause, the object
            # alone, or none)
            change_ = "increase" if (vb.group(1) or vb.group(4)).lower()[:2] in _INCREASE_STARTS else "reduction"
            return f"{change_} in {what_}", "own"
    if unit in ("gbp", "eur", "usd"):
        pm0 = _PAID_TO_LEFT.search(before) if tail.endswith(_BEFORE_ENDS["paid_to"]) else None
        if pm0:
            who = subject(_MODAL_END.sub("", before[: pm0.start()]) + " was ")
            if who and not is_poor(who):
                return f"payment to {who}", "own"  # "Foster carers could receive up to £1,500 per week"
        im = _INCOME_LEFT.search(before) if tail.endswith(_BEFORE_ENDS["income"]) else None
        if im:
            src = subject(before[: im.start()] + " was ")
            return (f"income from {src}" if src and not is_poor(src) else "income"), "own"
        mp = money_purpose(before, right)
        if mp:
            return mp, "own"  # "approval for £1.742M to increase capacity", "£27.6 million set aside to mitigate risks"
        if right[:4] in _AMOUNT_SUBJECT_VERB_STARTS and _CLAUSE_OPEN_END.search(before) \
                and (ap := _AMOUNT_PASSIVE_RIGHT.match(right)):
            # "whilst £300k was centrally retained", "£1.2m was successfully recovered from health partners", "there
            # is still £18 million to recover in just six months": the amount is the clause's subject, named by what
            # is done with it (the phrase was the participle alone, or none)
            pp = ap.group(5) if ap.group(5) and not _TIME_WORD.search(ap.group(5)) else ""  # (not "in six months")
            done = " ".join(w for w in (ap.group(1) or ap.group(3), ap.group(2) or ap.group(4), _clean_phrase(pp, 6))
                            if w)
            return f"money {done}", "own"
        if right[:7] in (" which ", " that r", " that w", " that i") and (rt := _RELATED_TO_RIGHT.match(right)):
            what = _clean_phrase(_cut_clause(rt.group(1)), 8)
            if what and not is_poor(what):
                return what, "own"  # "the historic origins of the £184,000 which related to the PFI contribution"
        fm0 = _FUNDING_NP_RIGHT.match(right)
        if fm0 and _INCLUDING_END.search(before):
            return _clean_phrase(fm0.group(1), 6), "own"  # "including over £250,000 payment by results funding"
    if unit in ("gbp", "eur", "usd") and tail[-1:] == "(" and right[:1] == " " \
            and (mn := _MONEY_NOUN.match(_np_after(right))) is not None and (om_ := _OWNER_BEFORE_BRACKET.search(before)):
        # "the provisional outturn for Children, Families & Education Services (£12.4m adverse overspend - ...)", "a
        # pressure on transport (£1.2m overspend)": the kind of money in the bracket, of what is named before it (with
        # no preposition before the bracket, "external placements pressures (£10.1m overspend)", the words before it)
        owner = _clean_phrase(om_.group(2), 6)
        if owner and not is_poor(owner):
            return f"{mn.group(0)} {om_.group(1).lower()} {owner}", "own"
    if unit in ("gbp", "eur", "usd") and "budget" in low and tail.endswith(_BEFORE_ENDS["over_budget_by"]) \
            and (xb := _OVER_BUDGET_BY_LEFT.search(before)):
        # "spending on looked after children exceeded its £44.5 million budget by more than £4 million", "the service
        # overspent its budget by £2.3m": the overspend (the phrase was "budget" or the subject and its verb)
        what = _clean_phrase(xb.group(1), 6) if xb.group(1) else ""
        return (f"overspend against budget for {what}" if what and not is_poor(what) else "overspend against budget"), "own"
    if unit == "percent" and prev:
        rm = _SHARE_OF_PREV_LEFT.search(before) if tail.endswith(_BEFORE_ENDS["share_of_prev"]) else None
        om0 = _OF_FOR_RIGHT.match(right)
        if rm and om0:
            whole = _np_after(" " + _ALL_OF_THE.sub("", _LEAD_PERIOD.sub("", om0.group(1).lstrip())))  # "20% of all referrals"
            if whole:
                # "a net overspend of £1,785k, representing 1.25% of the DSG budget": the figure before, as a share
                return f"{_base_of(prev)} as a share of {whole}", "part"
    bh = _HEDGE_END.sub("", before) if before[-3:].rstrip()[-2:].lower() in _HEDGE_LAST else before  # "totalling approximately"
    tm0 = _TOTALLING_LEFT.search(bh, _totalling_from(bh)) if _TOTALLING.may_end(bh) and _may_total(bh) else None
    if tm0:
        # "the following additional savings, totalling £104,780": the noun phrase before the comma
        np0 = _clean_phrase(_LEAD_VERB_CLAUSE.sub("", tm0.group(1)), 6)
        if np0 and not is_poor(np0) and np0.split(None, 1)[0].lower() not in _PER_OR_PREPOSITION:
            return np0, "own"
    if "out" in low and _OUT_OF_LEFT.search(before):  # (speed: the pattern's first word first)
        # "58 agency social workers out of a workforce of 170 social workers": the whole, not the part
        whole = _np_after(right) or "total"
        return f"total {whole}" if not whole.startswith("total") else whole, "part"  # its own words only
    bm = _PLACE_LABEL_LEFT.search(before) if tail.endswith(":") and "(" in before else None
    if bm:
        # "the percentage at SEN support level is lower (Oldham: 11.5% and national: 12.6%)": the
        # place labels a value of the measure named before the bracket
        pre = text[sent_start:h.start - len(before) + bm.start()]
        pre = _COMPARATIVE_PRED.sub("", pre)
        s0 = subject(pre + " was ")
        if s0 and not is_poor(s0):
            return s0, "own"
    lo = max(sent_start, h.start - 90)
    # (speed) _LABEL_LEFT ends with a colon or a dash (and spaces): searched only then
    lm = _LABEL_LEFT.search(text, lo, h.start) if text[lo:h.start].rstrip().endswith(_LABEL_ENDS) else None
    if lm:
        # a scorecard: "Children in need: 1,945; Child protection plans: 301" - the label names the measure
        label = _clean_phrase(lm.group(1), 8)
        if not label and lm.group(1).strip().lower() in _RAG_WORDS:
            # a RAG count: "Green – 4; Amber – 3; Red – 8" (a colour alone is no phrase, and each took the first)
            label = f"{lm.group(1).strip()} rating"
        after = _np_after(right)
        if label and not is_poor(label) and label.lower() not in _NOT_TOPIC and (not after or _is_generic(after)):
            return label, "own"
    if "(" in text[max(sent_start, h.start - 50):h.start] and unit in ("count", "percent", "gbp") \
            and (ud := _UP_DOWN_BRACKET_END.search(text, max(sent_start, h.start - 50), h.start)) \
            and not _FIGURE_END.search(text, max(sent_start, ud.start() - 12), ud.start()):
        # "the continuing decrease in the number of births (down 2,116)", "Natural change was less than in previous
        # years (down to 157 people from 227 people in 2018)", "referrals (up 12%)": the change in brackets is of
        # what the words before the bracket name (the phrase was the measure before, or the unit after the number)
        own = _bracket_owner(text, Hit(ud.start() + 1, ud.start() + 1, h.kind, h.group, h.values), unit, sent_start, prev)
        if own is None or is_poor(own[0]) or _is_generic(own[0]):
            s0 = sentence_subject(text[sent_start:ud.start()] + " ")
            own = (s0, "own") if s0 and not is_poor(s0) and not _is_generic(s0) else None
        if own is not None:
            return _CHANGE_VERB_END.sub("", own[0]), own[1]
    if unit in ("count", "percent") and "aged" in right[:12] and (ab := _AGE_BAND_RIGHT.match(right)):
        # "Of this total, 39 were aged 0-4, 27 aged 5-9 and 9 aged 16+", "24% were aged 0-4 and 12% aged 16+", "This
        # compares to 21.3% aged 0 to 17": the age band says which part of the population the figure counts (the
        # phrase was the band's first word, cut at its number, or the share before)
        band = _clean_phrase(ab.group(1), 8)
        # the whole it is a part of: a part's own whole ("aged 0-4 (of children who entered care)"), or the count
        # before a count that opens "Of this total, 39 were aged 0-4" (a share's measure before it may be a sibling
        # part: "2% were unborn babies. 59% were aged under 10")
        base = _base_of(prev) if prev and (" (of " in prev or unit == "count" and _OF_THESE_OPEN.search(left)) else ""
        if base[:4].lower() == "aged" or is_poor(base):
            base = ""
        return (f"{band} (of {base})" if base else band), "part"
    wm = _OF_WHICH_RIGHT.match(right)
    if wm and prev:
        c = _clean_phrase(_cut_clause(wm.group(1)), 6)
        if c:
            return f"{c} (of {prev})", "part"
    if unit == "count" and right[:5] == ") of " and left[-1:] in "( " and _PCT_OPEN_BRACKET_END.search(left) \
            and (om1 := _OF_FOR_RIGHT.match(right[1:])):
        # "2.2 percent (4,599) of the resident population are 85 and over": the count is the share's part
        np1 = _np_after(" " + _ALL_OF_THE.sub("", om1.group(1)))
        pred1 = _share_predicate(np1, om1.group(1).lstrip()) if np1 else ""
        if pred1:
            return pred1, "part"
    if unit == "count" and right[:1] == ")" and left[-1:] in "( " and (pb := _PCT_OPEN_BRACKET_END.search(left)) \
            and _share_open(left[:pb.start()]) and (sc0 := _SHARE_COMPLEMENT.match(right[1:])):
        # "Of the 210,014 people in Warrington, 21.1 percent (44,391) are children aged under 18": the count in
        # brackets is the same part as the share before it, not the whole
        c0 = _clean_phrase(_with_age_band(_LEAD_PREP.sub("", sc0.group(1)).rstrip(), right[1 + sc0.end(1):]), 6)
        if c0 and not is_poor(c0):
            return c0, "part"
    bc = _BRACKETED_COUNT.match(right) if unit == "percent" and right[:3].lstrip()[:1] == "(" else None
    right_ = right[bc.end():] if bc else right  # "21.1 percent (44,391) are children aged under 18": past the count
    if unit == "percent" and _share_open(left) and not _OF_FOR_RIGHT.match(right_):
        # a breakdown of a population named before: "55% were boys, 44% girls and 1% unborn babies",
        # "44% were in education, employment or training": the share is of what follows the number
        am = _AGE_SHARE_RIGHT.match(right_)
        if am:
            return _clean_phrase(am.group(1), 6), "part"  # "50% were under 10", "64% over 10"
        sc = _SHARE_COMPLEMENT.match(right_)
        # ("from BME groups" -> "BME groups"; "are adults aged 18 to 64": not cut at the band's number)
        c = _clean_phrase(_with_age_band(_LEAD_PREP.sub("", sc.group(1)).rstrip(), right_[sc.end(1):]), 6) if sc else ""
        if not c and prev_in_clause_list(text, h):
            c = _np_after(right)
            c = "" if c and (_is_generic(c) or c.lower().split()[0] in _CHANGE_NOUNS) else c
        if c and not is_poor(c):
            return c, "part"
    if _OF_NEXT.match(right) and (sm := _SHARE_VERB_LEFT.search(left)):
        # "young people not in education, employment or training made up 4.1% of the cohort": the
        # subject is what is measured, the "of" phrase only the whole it is a share of
        pre = left[: sm.start()]
        # "... remains domestic abuse, which accounted for 44 per cent of cases": what "which" stands for, the noun
        # phrase before it
        wm_ = None
        if not pre.strip() and (am_ := _SHARE_WHICH_END.search(text, max(sent_start, clause_start - 90), clause_start)):
            lo_ = max(sent_start, clause_start - 90)
            cut_ = [b.end() for b in _LAST_NP_BOUNDARY.finditer(text, lo_, am_.start())]
            wm_ = _REST.match(text[cut_[-1] if cut_ else lo_:am_.start()])
        if wm_ is not None:
            part = _clean_phrase(wm_.group(1), 6)
            whole = _np_after(" " + right.lstrip()[2:].lstrip()) if part else ""
            if part and not is_poor(part) and not _is_generic(part):
                return (f"{part} (of {whole})" if whole and not _is_generic(whole) else part), "own"
        subj0 = subject(pre + " was ")
        if subj0 and not is_poor(subj0) and not _is_generic(subj0):
            return subj0, "own"
    vm = _verb_object_to(left)
    if vm:
        # "the council has reduced its DSG deficit to £4.1m": the object of the change is the measure
        obj = _clean_phrase(vm.group(1), 8)
        if obj and not is_poor(obj) and not _is_generic(obj):
            return obj, "own"
    # "60% of that spend has to go towards Adult Social Care", "36% of its budget is spent on children's social care",
    # "a further 20% has to be spent on statutory services": the share of spending that goes to a use
    if unit == "percent" and ("spen" in right[:60] or " go" in right[:60]):
        um = _SHARE_OF_USE.match(right)
        if um:
            use = _clean_phrase(_USE_TAIL_CUT.split(um.group(3))[0], 8)
            if use and not is_poor(use):
                return f"{(um.group(1) or 'spend').lower()} {um.group(2).lower()} {use}", "own"
    # 1. "68% of EHCPs completed in time", "£4.2m of savings"
    om = _OF_FOR_RIGHT.match(right)
    if om is None and unit == "percent" and right[:3].lstrip()[:1] == "(" and (bc_ := _BRACKETED_COUNT.match(right)):
        om = _OF_FOR_RIGHT.match(right[bc_.end():])  # "2.2 percent (4,599) of the resident population are 85 and over"
    if h.group in ("ratio", "fraction") and om is None:
        om = _REST.match(right)
    if om and unit != "count" or (om and unit == "count" and _OF_DETERMINER_RIGHT.match(right)):
        body = om.group(1)
        if body[:1] in "iotTIOhH" and (pm := _POSSESSIVE_COUNT.match(body)):
            body = body[pm.end():]  # "one in five of its 295,000 citizens", "30% of our 2,100 pupils"
        elif body[:1].isupper() and (pc := _PLACE_POSSESSIVE_COUNT.match(body)):
            body = f"{pc.group(1)} {body[pc.end():]}"  # (round 18) "two-thirds of England's 80,850 looked after children"
        body = _LEAD_COUNT.sub("", body)  # "12 of the 15 children's homes"
        body = _ALL_OF_THE.sub("", body)  # "36.7% of all referrals"
        if body[:1] in "tT" and (ad := _ANAPHORIC_DET.match(body)):
            body = body[ad.end():]  # "41 per cent of these children were placed more than 20 miles away"
        np_ = _np_after(" " + body)
        if not np_ and body[:4].lower() == "all " and body[4:5].isdigit():
            body = body[4:]  # "of all 16 to 17 year-old cases"
        if not np_ and body[:1].isdigit() and (ab := _AGE_BAND_LEAD.match(body)):
            # "48% of all 16 to 17 year-old cases were within the Carlisle locality", "35% of 18-25 year olds were in
            # work": the age band opens the population (the phrase was none: a number ends a noun phrase)
            more = _np_after(" " + body[ab.end():]) if ab.group(1) is None else ""
            np_ = body[:ab.end()] + (" " + more if more and body[ab.end():].lstrip().startswith(more)
                                     and body[ab.end():ab.end() + 1] == " " else "")
            if ab.group(1) is None and not more:
                np_ = ""
        if not np_ and body[:1] in "tT" and (dc := _THE_COUNT.match(body)):
            # (round 16) "8.3 per cent of the 355 looked after children aged between 10 and 17 were convicted": the
            # whole's count is no part of its noun phrase (the phrase was the noun phrase after the count alone,
            # from a later rule, without what the clause says of the part)
            body = body[dc.end():]
            np_ = _np_after(" " + body)
        tail = ""
        rest = body.lstrip()
        tm = _ED_TAIL.match(rest, len(np_)) if np_ and rest.startswith(np_) else None
        if tm and tm.group(1)[:5].lower() == "aged " and (sc_ := share_clause(np_, rest)):
            # (round 16) "8.3 per cent of the 355 looked after children aged between 10 and 17 were convicted": the age
            # band is the population's, and the clause after it says which of them the share counts (the phrase was
            # the population and its band, cut at the band's number)
            return sc_, "own"
        if tm:
            # "13.3 per cent of children are identified as needing SEN support": "as" after the participle opens its
            # complement, not a new clause
            am_ = _ED_AS.match(tm.group(1)) if " as " in tm.group(1) else None
            tail = f"{am_.group(1)} as {_cut_clause(am_.group(2))}".strip() if am_ else _cut_clause(tm.group(1))
            tail = _OF_TAIL_CUT.split(tail)[0]
        elif np_ and (had := _had_tail(np_, rest)):
            return had, "own"  # "20.8% of children had a referral within 12 months of a previous referral"
        elif np_ and (pred := _share_predicate(np_, rest)):
            return pred, "own"  # "68% of children in care were in foster placements": which of them the share counts
        elif (np_ or rest[:10].lower() == "those who ") and (sc_ := share_clause(np_ or "those", rest)):
            # "69 per cent of pupils attend a school judged good", "a third of social worker posts are vacant", "80 of
            # the 228 children were of unknown ethnicity": the clause the population opens says which of them the share
            # or part counts (the phrase was the whole, or the whole and its verb as a clause)
            return sc_, "own"
        phrase = _clean_phrase(f"{np_} {tail}") if np_ else ""
        if phrase and not _is_generic(phrase):
            return phrase, "own"
    # 2. a count modifies the noun after it: "86 conceptions to under 18s", "six schools"
    if unit in ("count", "rate") or h.group == "word":
        np_ = _np_after(right)
        if " to " in np_ and (pc := _PURPOSE_AFTER.search(np_)):
            np_ = np_[:pc.start()]  # "22 local authorities to gather data", "12 social workers to reduce caseloads"
        cm_ = _MORE_FEWER.match(right)
        if not np_ and cm_:
            np_ = _np_after(right[cm_.end():])  # "12 fewer foster carers than last year"
        if np_ and ("age" in right[len(np_):len(np_) + 16] or np_[-5:] in ("under", " over", " aged")):
            # "45 children aged under 5", "13,950 young people aged 18-24": the band says which of them are counted
            # (the phrase was cut at its number, or ended before it)
            rest_ = right.lstrip()
            if rest_.startswith(np_):
                after_ = rest_[len(np_):]
                ab_ = _AGE_BAND_RIGHT.match(after_) if after_[:6] == " aged " else None
                np_ = f"{np_} {ab_.group(1)}" if ab_ else _with_age_band(np_, after_)
        if np_ and left[-4:].lower() == "the " and np_.split(None, 1)[0].lower() in _MARK_WORDS \
                and right.lstrip().lower().startswith(np_.split(None, 1)[0].lower()):
            # "was around the 350 mark", "passed the 1,000 milestone": the subject is the measure
            head_, n_ = _MARK_VERB_END.subn("", left[:-4])  # "Referrals to the front door have topped"
            subj_ = _clean_phrase(head_.rsplit(",", 1)[-1]) if n_ else subject(left)
            if (om_ := _OF_HEAD.match(subj_)) is not None:
                subj_ = subj_[om_.end():]  # "the number of children in care reached the 600 mark"
            if subj_ and not is_poor(subj_):
                return subj_, "own"
            np_ = ""
        if np_ in ("pounds", "pound") and (lm_ := _LOSS_RIGHT.match(right.lstrip()[len(np_):])):
            loss = _clean_phrase(_cut_clause(lm_.group(1)), 8)  # "two million pounds over its budget for adult services"
            if loss:
                return _loss_phrase(loss), "own"
        if np_ and _POPULATION_NP.fullmatch(np_[:-5] if np_[-5:] == " each" else np_) and _COPULA_END.search(left):
            # "the average social work caseload was 17 children", "the average caseload of a social worker is 17.8
            # cases each": the subject is the measure, the noun after the number only its unit
            subj0 = subject(left)
            if subj0 and not is_poor(subj0) and not _is_generic(subj0):
                return subj0, "own"
        if np_ and not _TIME_WORD_START.match(np_):
            # (a hyphenated compound is a noun phrase: "40 in-house foster carers", "12 in-year transfers")
            # "1,456 children were receiving SEN support": the participle says which children
            rest = right.lstrip()
            tm = _ING_TAIL.match(rest, len(np_)) if rest.startswith(np_) else None
            if tm:
                tail = _cut_clause(tm.group(1))
                tail = _COUNT_TAIL_CUT.split(tail)[0]
                # "352 youngsters were in its care at the end of September": the date is not the place
                tail = _AT_END_OF_CUT.split(tail)[0]
                tail = _IN_AREA_CUT.split(tail)[0]
                prep = tail[:3].lower() in ("in ", "on ") and tail[:2]
                tail = _clean_phrase(tail, 6)
                if prep and tail and not tail.lower().startswith(prep.lower() + " "):
                    tail = f"{prep} {tail}"  # "320 children who were in public care": the place says which children
                if tail and not _RATING_START.match(tail):
                    return f"{np_} {tail}", "own"
            elif had := _had_tail(np_, rest):
                return had, "own"  # "3,231 children had a referral in the year": what they had says which children
            elif rest[len(np_):len(np_) + 1] == " " and (sm_ := _STILL_TAIL.match(rest, len(np_))):
                # "112 pupils still needed a new statement", "30 children still waiting for an assessment": the
                # verb after "still" says which of them are counted
                tail = _COUNT_TAIL_CUT.split(_cut_clause(sm_.group(2)))[0]
                tail = _clean_phrase(tail, 6)
                if tail and len(tail.split()) > 1:
                    return f"{np_} {sm_.group(1).lower()} {tail}", "own"
            elif rest[len(np_):len(np_) + 7].startswith((" who ", " that ", " being ", " have ", " has ", " had ")) \
                    and (rc_ := _share_clause(np_, rest)) and rc_[0] == np_:
                # "100 children who chose a return interview", "211 children being fostered by in-house carers": the
                # relative clause or the participle says which of them are counted
                return rc_[1], "own"
            elif rest[len(np_):len(np_) + 6].startswith(_COUNT_COPULAS) and not _COUNT_IS_WHOLE_LEFT.search(left) \
                    and (rc_ := _share_clause(np_, rest)) and rc_[0] == np_ and _says_which(rc_[1][len(np_):]):
                # (round 18) "three schools were broadly in line with similar schools", "513 children were made subject
                # to a child protection plan", "two young people were first-time offenders": what the counted
                # population was says which of them are counted (the phrase was the population alone: _ING_TAIL
                # reads only a participle or a place after the copula). Not the whole of a share ("two-thirds of
                # England's 80,850 looked after children are put into foster care": the clause is the part's). A
                # period word at its end is left out (_TRAIL_TIME: "last year", "during the last quarter": a
                # comparator inheriting the phrase has its own time) and a year is cut at its number ("in 2023",
                # _PART_PRED_CUT's), but a month or a named point is kept ("in deficit by March", "at year end")
                return _TRAIL_TIME.sub("", rc_[1]), "own"
            head = np_.split()[0]
            if prev and rest.startswith(head) and prev.lower().startswith(head.lower() + " ") and _POPULATION_NP.fullmatch(head) \
                    and _EARLIER_VALUE_RIGHT.match(rest, len(head)):
                # "3,109 children in need ..., an increase from 2,903 children the previous year": the same measure
                return prev, "inherited"
            return np_, "own"
    if unit == "count" and right[:5] == " for " and _ends_with(left, _INCLUDED_WORDS) and (im_ := _INCLUDED_END.search(left)):
        # "The new plans included 80 for unborn babies, 26 babies and 130 one to four-year-olds": the part the "for"
        # phrase names, of what included it (the phrase was empty)
        fm_ = _PREP_PP_RIGHT.match(" in" + right[4:])
        part = _clean_phrase(_cut_clause(fm_.group(2)), 6) if fm_ else ""
        whole = subject(left[:im_.start()] + " was ")
        if part and not is_poor(part):
            if whole and not is_poor(whole) and not _is_generic(whole):
                return f"{whole} for {part}", "own"  # "new child protection plans for unborn babies"
            return part, "part"
    if prev and unit == "count" and (_ends_with(left, (",", "and", "or")) and _LIST_JOIN_END.search(left)
                                     or not left.strip() and text[max(0, h.start - 4):h.start].rstrip().endswith(",")):
        # (also when the comma ended the clause: "17 of which are from Southport, four from Sefton Central")
        # "64 were placed in homes and 287 with foster carers": the same verb, left out
        pm = _PREP_PP_RIGHT.match(right)
        if pm and not _TIME_PP.match(pm.group(0).strip()):
            p = _clean_phrase(_cut_clause(pm.group(2)), 6)
            if p:
                if pm.group(1)[:3] in ("bec", "due", "as "):
                    # "262 cases ... were due to neglect, 184 because of emotional abuse": the same count, for another
                    # reason (its id is the one before)
                    return f"{_base_of(prev)} {' '.join(pm.group(1).split())} {p}", "inherited"
                return f"{pm.group(1)} {p} (of {_base_of(prev)})", "part"
    # 3. the subject of "X had risen to N", "X was N", "X of N"
    if prev and _ANAPHOR_LEFT.search(left):
        return f"rest of: {prev}", "complement"
    if prev and _OF_WHICH_END.search(text[max(0, h.start - 30):h.start]):
        # "£86.4m, of which £42.1m was spent on placements": a part of the previous figure
        c = _complement_after(" " + right_clause) or _clean_phrase(_cut_clause(right_clause), 6)
        c = _LEAD_COPULA.sub("", c)
        if c:
            return f"{c} (of {prev})", "part"
    if prev and _LEAD_PRONOUN.match(left):
        # "But it jumped quickly over the next year to 7.5%", "and that dropped in 2020-21 to 4.4%": the clause
        # opens with a pronoun for the measure named before
        return prev, "inherited"
    if prev and left[-5:].lower() == "from " and _CHANGE_FROM_END.search(left) and not is_poor(prev):
        # (r23ind) "There were now 73 social workers - a remarkable shift from 49", "The increase from £1.4m to £1.6m
        # was due to ...": the value a change started from is a value of the measure named before, not the change
        return prev, "inherited"
    subj = subject(left) if left.strip() else ""
    if unit == "count" and subj[:5].lower() in _FROM_FIGURE_STARTS:
        fm = _FROM_FIGURE.match(subj)
        if fm:
            subj = fm.group(1)  # "a decrease of 4.3% from the figure of 470": the earlier value, "the figure" is generic
    if unit in ("gbp", "eur", "usd"):
        hm = _HAD_MONEY_OF.search(left) if _ends_with(left, _HAD_MONEY_OF_ENDS) else None
        if hm:
            return _clean_phrase(hm.group(1), 6), "own"  # "the service experienced an overspend of £2.5m"
        after_np = _np_after(right)
        if _MONEY_NOUN.match(after_np) and (not subj or is_poor(subj) or not _MONEY_WORD.search(subj)):
            # "the directorate was forecasting a £1.6m pressure": the kind of money is after the number
            if not subj or is_poor(subj) or _is_generic(subj):
                return after_np, "own"
            if not _OPEN_SUBJECT.search(subj) and len(subj.split()) <= 4:
                return f"{subj} {after_np}", "own"
        # "it faces going £5.5m over budget", "predicts massive £7.7million budget hole", "this has meant a £100m
        # cut in the money": the loss is named right after the number and the words before are a subject and its verb
        # (r20head) past a short bracket: "which is £2.7 million (1%) over budget"
        loss_right = right[bm.end():] if right[:2] == " (" and (bm := _BRACKET_RIGHT.match(right)) else right
        if loss_right[:1] == " " and _LOSS_FIRST.match(loss_right) and not (subj and _MONEY_WORD.search(subj)):
            lm = _LOSS_RIGHT.match(loss_right)
            if lm:
                loss = _clean_phrase(_cut_clause(lm.group(1)), 8)
                if loss:
                    return _loss_phrase(loss), "own"
        # "Approval for £8m expansion of Green Fold School", "the council's £156.8m revenue budget", "a £1.5m rise in
        # supported living costs", "taxpayers to foot £9million care bill": the amount modifies the noun after it
        if right[:1] == " " and right[1:2].isalpha() and _MONEY_MODIFIES_LEFT.search(left[-14:]):
            mod = _BY_CUT.split(_np_after(right), 1)[0]  # "exceeded its £44.5 million budget by more than £4 million"
            if mod and not is_poor(mod) and not _is_generic(mod) and not _TIME_WORD_START.match(mod) \
                    and mod.split()[0].lower() not in _NOT_MODIFIED_HEAD \
                    or mod and mod.split()[0].lower() in _CHANGE_NOUNS and len(mod.split()) > 2:
                return mod, "own"
    if unit in ("gbp", "eur", "usd") and _SPEND_SUBJECT.fullmatch(subj or "-"):
        om2 = _ON_IN_FOR_TO_RIGHT.match(right)
        if om2:
            what = _clean_phrase(_cut_clause(om2.group(2)), 8)
            if what:
                return f"{subj} {om2.group(1)} {what}", "own"
    modifier = ""
    if subj and subj.lower().split()[-1] in _MODIFIERS:
        modifier, subj = subj, ""
        if unit in ("gbp", "eur", "usd") and _AMOUNT_ENDS_CLAUSE.match(right) and (em := extra_money(modifier, left)):
            return em, "own"  # (r20head) "is costing an additional c£2m": the money verb's noun, not the phrase before
    if _WHICH_THAT_END.search(text[max(0, clause_start - 8):clause_start]) or fold(left.lstrip()[:5]).startswith(
        ("which", "that")) and _WHICH_THAT_START.match(left):
        # "... an increase of children being placed in care which was at 384": the antecedent
        ante = text[sent_start:clause_start]
        ante = _WHICH_THAT_TRAIL.sub("", ante) if _ends_with(ante, ("which", "that")) else ante
        a = subject(ante)
        if a and not _is_generic(a) and not subj:
            return a, "own"
    comp = _complement_after(" " + text[h.end:max(h.end, sent_end)]) if unit == "count" and _COMPLEMENT_VERB.match(
        text, h.end, max(h.end, sent_end)) else ""  # (speed: its verb first)
    if prev and _TO_END.search(left) and _FROM_END.search(text[max(0, clause_start - 80):clause_start]) is None \
            and _FROM_VALUE_TO_END.search(text[max(0, h.start - 90):h.start]):
        # "reduced from 298 at the end of Quarter 2 to 263": the second value of the same measure
        return prev, "inherited"
    pronoun = _has_pronoun_subject(left)  # (speed: searched once for both rules below)
    asked = _asked_about(text, sent_start) if not subj or _is_generic(subj) or pronoun else ""
    if asked:
        # "Councillor Smith asked how many children were looked after. ... there were 302."
        return asked, "own"
    if pronoun and (not subj or _is_generic(subj) or _FIGURE_OF_PLACE.search(subj)):
        # "Officers confirmed it had reduced from 298": "it" is the measure named before
        # (the head may be in the figure's own sentence, before its clause: "the number of children in care was 403,
        # this reduced to 385")
        ref = _last_of_head(text, clause_start, quantity=False)
        if ref is not None:
            r = _np_after(" " + text[ref.end():clause_start])
            if r:
                return r, "own"
        if prev:
            return prev, "inherited"
    if not subj and prev and not comp and _CONNECTOR_ONLY.fullmatch(left):
        # "from £4500 to £6500": the second value of the same measure
        return prev, "inherited"
    if subj and not _is_generic(subj):
        low = subj.lower().split()
        if low[-1] in _GENERIC and topic and topic.lower() not in subj.lower():
            return f"{topic}: {subj}", "own"
        if low[0] in _CHANGE_NOUNS and prev:
            if prev.lower().startswith(low[0] + " "):
                return prev, "inherited"  # "cut by £485" after "a £100m cut in the money": not "cut in cut in ..."
            return f"{subj} in {prev}", "inherited"
        if unit in ("percent", "gbp") and right[1:4].lower() == "for":
            fm = _FOR_RIGHT.match(right)
            if fm:
                f = _clean_phrase(_cut_clause(fm.group(1)), 8)
                if f:
                    return f"{subj} for {f}", "own"
        return subj, "own"
    # a generic subject ("the rate", "figures", "the target", "a reduction"): borrow context
    if subj and topic and not prev:
        return f"{topic}: {subj}", "own"
    if unit in ("gbp", "eur", "usd") and prev_money:
        prev = prev_money  # "The month 6 position is showing a slight increase, at £12.4m": the last money measure
    base = prev or topic
    if comp:
        return (f"{comp} (of {_base_of(base)})", "part") if base else (comp, "own")
    if unit in ("gbp", "eur", "usd") and not subj:
        pred = _PREDICATE_RIGHT.match(right_clause)
        p = _clean_phrase(pred.group(1), 8) if pred else ""
        if p and not _is_generic(p):
            return (f"{modifier}: {p}" if modifier else p), "own"
    if subj and base:
        first = subj.lower().split()[0]
        if first in _CHANGE_NOUNS and base.lower().startswith(first + " "):
            return base, "inherited"  # the change named before: not "cut in cut in the money"
        if base[:len(subj) + 1].lower() == subj.lower() + ":":
            return base, "inherited"  # "a rate of 16%" after "rate: repeat plans": not "rate: rate: repeat plans"
        return (f"{subj} in {base}" if first in _CHANGE_NOUNS else f"{subj}: {base}"), "inherited"
    if base:
        return base, "inherited"
    if not subj:
        whole = subject(_BRACKETS.sub(" ", _THAT_IS_END.sub(" ", text[sent_start:h.start])))
        if whole and not _is_generic(whole):
            return whole, "own"
    return subj or modifier, "own"



#: (r20phrase) a sentence opening on a noun phrase whose verb is a perfect ("The national average has risen from",
#: "Demand had grown to"): the subject :func:`sentence_subject` leaves out (there "had" / "has" may be an owner's)
_PERFECT_SUBJECT = re.compile(
    r"(?i)^\s*(?:the\s+)?([a-z][\w'’/-]*(?:\s+[\w'’/-]+){0,6}?)\s+(?:has|have|had)\s+(?:now\s+|also\s+|since\s+|already\s+)?"
    r"(?:[a-z]+ed|risen|grown|fallen|gone|become|been)\b")
#: a clause boundary between a subject's verb and the figure ("were told that", "has been announced ..., with more"):
#: the subject is another clause's
_CLAUSE_BETWEEN = re.compile(r"(?i)[,;:\"“”(]|\s[-–—]\s|\b(?:that|which|who|with|while|whilst|and|but|because|as|if)\b")
#: a count's alternative or share right after it ("five or six children", "2,500 or one-third of eligible children"):
#: skipped to reach the noun it counts
_OR_ALTERNATIVE = re.compile(
    r"(?i)^\s*(?:\(\s*[\d,.]+\s*%?\s*\)|\s+or\s+(?:[\d,.]+|[a-z]+(?:-[a-z]+)?)(?:\s+of)?(?:\s+the)?)?(?=\s)")
#: a sentence opening on a singular pronoun or demonstrative subject ("This was up from 5%", "It will remain at £3.14m"):
#: what it measures is the measure named before (not a plural's, "These are averaging £500 a week": things, not a measure)
_PRONOUN_OPENING = re.compile(
    r"(?i)^\s*[\"“‘']?\s*(?:(?:and|but|so|however|already\s+this\s+year)\s*,?\s+)?(?:this|that|it)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:is|are|was|were|has|have|had|will|would|remains?|remained|stood|stands)\b")


#: (r25phrase) what a bare count or share (a figure with no noun of its own) says of the part it counts, right after
#: it: an optional bracketed restatement, "who"/"that" or a copula, an adverb of time, then the complement (``comp``) up
#: to the clause's end ("90 per cent were deemed to be in suitable accommodation", "with 54 per cent now completed
#: within 20 weeks", "53% with SEND", "the 17 who chose to stay with the council")
_BARE_PART_RIGHT = re.compile(
    r"(?i)^\s*(?:\(\s*[\d,.%]+\s*\)\s*)?"
    r"(?P<rel>(?:who|that)\s+)?(?P<cop>(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:being\s+)?)?"
    r"(?:(?:now|currently|still|also|already)\s+)?"
    r"(?P<comp>(?:(?!\s+(?:and|or|but|while|whilst|which|who|where|compared|than|against|with\s+\d)\b)[^,;:.()%£$€])+?)"
    r"(?=\s*(?:[,;:.()%£$€]|\s(?:and|or|but|while|whilst|which|who|where|compared|than|against)\b|\s[-–—]\s|$))")
#: the first word of such a complement that says which part (a participle, or a place or state): as
#: :data:`_PART_PARTICIPLE`, with "with" and "under" ("53% with SEND", "943 under its care")
_BARE_PART_START = re.compile(r"(?i)^(?:with|under)\b")
#: prepositions of :data:`_PART_PARTICIPLE` that open no part after a bare figure: a time or a comparison ("nine per
#: cent on last year", "50% from the previous year"), or the whole ("84 out of the 102 schools")
_NOT_BARE_PART_STARTS = frozenset(("on", "at", "from", "out"))
#: "with" (and a hedge) right before a figure: "with 89 per cent", "with some 943"
_WITH_BEFORE = re.compile(r"(?i)\bwith\s+(?:(?:about|around|almost|nearly|over|some|just|only|more\s+than)\s+)?$")


def bare_part(right: str, with_before: bool = False) -> str:
    """(r25phrase) The part a bare count or share counts, said right after it, for a figure every rule left with no
    phrase (the figure is its clause's subject, or a list's item, and names no noun of its own); "" when the words
    after it say no part (a value, a time, a comparison, another noun). ``with_before``: the figure follows "with" (an
    absolute clause: "with 54 per cent now completed ...", where a participle alone says the part).

    >>> bare_part(" were deemed to be in suitable accommodation, with the rest in custody.")
    'deemed to be in suitable accommodation'
    >>> bare_part(" now completed within 20 weeks.", with_before=True)
    'completed within 20 weeks'
    >>> bare_part(" with SEND")
    'with SEND'
    >>> bare_part(" who chose to stay with the council, 5 had signed up.")
    'chose to stay with the council'
    >>> [bare_part(r) for r in (" were recorded in 2023.", " per 10,000.", ", compared to 4%.", " included the following:")]
    ['', '', '', '']
    """
    m = _BARE_PART_RIGHT.match(right)
    if not m:
        return ""
    raw = m.group("comp").strip()
    first = raw.split()[0].lower() if raw else ""
    if m.group("rel") or m.group("cop"):
        pass  # "who chose to stay", "were living within the borough": the clause's own predicate
    elif first in _NOT_BARE_PART_STARTS or not (_BARE_PART_START.match(raw) or _PART_PARTICIPLE.match(raw) and (
            with_before or first[-2:] not in ("ed", "en"))):
        return ""  # "the 95% included the following": the figure's own verb, not a part (a participle only after "with")
    if (alt := _OR_LAST_RIGHT.match(right, m.end("comp"))) is not None:
        raw += alt.group(1)  # "rated good or better": the last choice of the complement
    comp = _clean_phrase(raw, 12)
    words = comp.split()
    if not words or len(raw.split()) < 2:
        return ""
    if first in _VALUE_PARTICIPLES or time_only_phrase(comp) or time_only_phrase(" ".join(words[1:])) \
            or words[-1].lower() in _DANGLING:
        return ""  # "were recorded in 2023", "with nine received between January and March"
    return comp


def phrase_when_none(text: str, start: int, end: int, sent_start: int, sent_end: int, unit: str, prev: str,
                     before_measure: str, topic: str, rules: FigureRules) -> tuple[str, str]:
    """(r20phrase) A phrase for a figure every rule left with none (an empty phrase names nothing, and the sentence
    mostly has a noun phrase that does), and how it was found; ("", "own") when nothing is found. In order:

    * the subject the sentence opens with, before its verb (:func:`sentence_subject`, or a perfect: "The national
      average has risen from 60.0 per 10,000");
    * the noun a count counts, right after it or after its alternative ("five or six children", "2,500 or one-third of
      eligible children");
    * the measure named before (or, at a paragraph's start, the measure of the paragraph before) when the sentence
      opens on a singular pronoun ("This was up from 5%", "It will remain at £3.14m"): inherited (not a list's item
      with no words before it, "93% in foster care": the lead-in names the whole, not the part);
    * the segment's heading.

    >>> from .rules import load_rules
    >>> r = load_rules()
    >>> t = "The national average has risen from 60.0 per 10,000 over four years."
    >>> phrase_when_none(t, t.index("60.0"), t.index("60.0") + 4, 0, len(t), "rate", "", "", "", r)
    ('national average', 'own')
    >>> t = "Her school had taken five or six children over its number."
    >>> phrase_when_none(t, t.index("five"), t.index("five") + 4, 0, len(t), "count", "", "", "", r)
    ('children', 'own')
    >>> t = "This was up from 5% when records began."
    >>> phrase_when_none(t, t.index("5%"), t.index("5%") + 2, 0, len(t), "percent", "", "share of pupils absent", "", r)
    ('share of pupils absent', 'inherited')
    >>> phrase_when_none("Approved.", 0, 0, 0, 9, "count", "", "", "", r)
    ('', 'own')
    """
    before = text[sent_start:start]
    subject = sentence_subject(before)
    if subject and _CLAUSE_BETWEEN.search(before, len(subject)):
        subject = ""  # "Councillors were told that audits showed ... 36%": the subject of another clause
    if not subject and (pm := _PERFECT_SUBJECT.match(before)) is not None and not _CLAUSE_BETWEEN.search(before, pm.end()):
        cand = _clean_phrase(pm.group(1), 8)
        first = cand.split()[0].lower() if cand else ""
        if _names_something(cand) and first not in _POSSESSIVES:
            subject = cand
    if not subject:
        subject = complement_subject(before, "", rules)  # (r22phrase) "The stability of ... staff was very high at above 90%"
    if subject:
        return subject, "own"
    if unit == "count":
        right = text[end:sent_end if sent_end > end else end + 160]
        am = _OR_ALTERNATIVE.match(right)
        noun = _np_after(right[am.end():] if am else right)
        if _names_something(noun):
            return noun, "own"
    said_before = prev if _names_something(prev) else (
        before_measure if _names_something(before_measure) else "")
    if said_before and _PRONOUN_OPENING.match(before):
        return said_before, "inherited"
    if unit in ("count", "percent") and (part := bare_part(text[end:sent_end if sent_end > end else end + 160],
                                                           _WITH_BEFORE.search(before[-30:]) is not None)):
        # (r25phrase) "90 per cent were deemed to be in suitable accommodation", "53% with SEND": a part, of a whole the
        # sentence does not name (the stage does not pass it on as the measure before: it names no whole)
        return part, "part"
    if _names_something(topic):
        return topic, "own"
    return "", "own"


def _names_something(phrase: str) -> bool:
    """(r20phrase) Whether a phrase is a noun phrase, even a generic one ("national average", "children"): words, not
    only a date, a stray word, a name, an adverb or a participle, and not opening on a pronoun or a preposition (what
    :func:`phrase_when_none` may give where the phrase was none).

    >>> [_names_something(p) for p in ("national average", "children", "", "March 2016", "it", "in care", "expected")]
    [True, True, False, False, False, False, False]
    """
    low = [w.lower().strip(",.;:()'\"") for w in phrase.replace("’", "'").split()]
    if not low or not low[0] or _DATE_OR_STRAY(phrase) or low[0] in _PRONOUNS or low[0] in _LEAD_PREPOSITIONS \
            or low[0] in _PREPOSITIONS:
        return False
    return not all(w in _STRAY or w in _FUNCTION_WORDS or _adverb_or_participle(w) for w in low)


#: (r20phrase) (speed) the first letters of the participles of :data:`_PERFECT_CHANGE_LEFT`
_CHANGE_PARTICIPLE_STARTS = frozenset(("ris", "gro", "fal", "inc", "dec", "dro", "red", "cli", "soa", "jum", "dou", "dip",
                                       "gon"))
#: (r20phrase) a share right after the figure before it, restating it: "802, 2.1% of", "80 people, 58 per cent of",
#: "£1.89m over budget, which is 0.24 per cent of", "4,000 places, or about 18% of", "£50 million a year - around a
#: third of" (the words since the figure before end on an apposition's mark or verb, and a hedge)
_RESTATING_LEFT = re.compile(
    r"(?i)[\d£$€%][^\d.;:!?()]{0,60}?(?:,|\s[-–—])\s*(?:or\s+|which\s+(?:is|was|represents|represented|equates\s+to|"
    r"accounts\s+for|accounted\s+for)\s+|representing\s+|equivalent\s+to\s+|accounting\s+for\s+)?"
    r"(?:(?:about|around|almost|nearly|roughly|approximately|just|over|under|some|more\s+than|less\s+than)\s+){0,2}$")
#: the base after a share: "of the school-aged population", "(6,399) of its workforce"
_SHARE_BASE_RIGHT = re.compile(r"(?i)^\s*(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|our\s+|all\s+(?:the\s+)?)?(\S.*)$", re.S)


def share_restating(before: str, right: str, phrase: str, prev_in_sentence: str) -> str:
    """(r20phrase) The measure of the figure before in the sentence, as a share of the base a share names after it,
    when the share restates that figure: it stands right after it, as its apposition ("4,353 pupils were receiving SEN
    support - 13.4% of the school-aged population", "cost the authority £50 million a year - around a third of its
    entire budget"). Empty unless the phrase was the base alone, or when the measure before is a bare noun or names
    nothing. (Not a sentence opening on a pronoun, "It was 12% of all plans for autism": the pronoun may point
    elsewhere.)

    >>> share_restating("4,353 pupils were receiving SEN support - ", " of the school-aged population.",
    ...                 "school-aged population", "pupils receiving SEN support")
    'pupils receiving SEN support as a share of school-aged population'
    >>> share_restating("In 2023, ", " of pupils were absent.", "pupils", "")
    ''
    """
    m = _SHARE_BASE_RIGHT.match(right)
    if m is None or not m.group(1).lower().startswith(phrase.lower()[:20]):
        return ""  # the phrase is not the base the share names
    if not (prev_in_sentence and _RESTATING_LEFT.search(before)):
        return ""
    measure = prev_in_sentence
    if is_poor(measure) or len(measure.split()) < 2 or " share of " in measure or phrase.lower() in measure.lower():
        return ""  # (a bare noun before, "80 people, 58 per cent of the workforce": what the people are is unsaid)
    return f"{measure} as a share of {phrase}"


#: (r20phrase) a perfect of change right before a figure: "(the deficit) had grown to circa", "(EHE cases) had risen
#: nationally by", "(the average wait) had risen back up to" (group "v": the participle; "adv": a place adverb kept;
#: "p": "to"/"at" (a level) or "by" (a change))
_PERFECT_CHANGE_LEFT = re.compile(
    r"(?i)\s(?:has|have|had)\s+(?:been\s+)?(?:(?:further|now|also|since|already)\s+)?(?P<v>risen|grown|fallen|increased|"
    r"decreased|dropped|reduced|climbed|soared|jumped|doubled|dipped|gone\s+up|gone\s+down)"
    r"(?:\s+(?:back|again|further|sharply|significantly|slightly|steadily|(?P<adv>nationally|locally|regionally)))*"
    r"(?:\s+up)?\s+(?P<p>to|by|at)(?:\s+(?:about|around|almost|nearly|over|just|more\s+than|some|approximately|circa|"
    r"roughly))*\s*[-£$€]*$")
#: (r20phrase) the noun of a verb of change ("risen" -> "rise"), by its first three letters
_CHANGE_VERB_NOUN = {"ris": "rise", "gro": "growth", "fal": "fall", "inc": "increase", "dec": "decrease", "dro": "drop",
                     "red": "reduction", "cli": "rise", "soa": "rise", "jum": "rise", "dou": "rise", "dip": "fall",
                     "gon": "change"}
#: words a subject noun phrase does not run back past: determiners, prepositions other than "of"/"in"/"for",
#: conjunctions, verbs of saying, pronouns
_SUBJECT_STOP = frozenset("the a an this that these those its their our his her it they we he she there which who "
                          "to at by from with on as and or but than said says was were is are had has have be been "
                          "when while whilst if since after before during".split())


def perfect_change_subject(before: str, phrase: str) -> str:
    """(r20phrase) What a figure right after a perfect of change measures when its phrase was the verb chunk ("risen
    back", "grown to circa", "risen nationally"): the subject before the auxiliary ("the average wait had risen back up
    to 250 days" -> "average wait"), or, for a change ("by"), the change of it ("EHE cases had risen nationally by
    38%" -> "rise in EHE cases nationally"). Empty when no such verb is right before the figure or the subject is not
    a noun phrase (a pronoun, a number).

    >>> perfect_change_subject("and the deficit had grown to circa -", "grown to circa")
    'deficit'
    >>> perfect_change_subject("In the period, October 2019 to October 2020 EHE cases had risen nationally by ", "risen nationally")
    'rise in EHE cases nationally'
    >>> perfect_change_subject("It had risen to ", "risen"), perfect_change_subject("The deficit was ", "deficit")
    ('', '')
    """
    m = _PERFECT_CHANGE_LEFT.search(before)
    if m is None or phrase.split()[0].lower() not in m.group("v").lower():
        return ""
    words: list[str] = []
    for w in reversed(before[:m.start()].split()):
        lw = w.lower()
        if lw in _SUBJECT_STOP or not w[0].isalpha() or not _NAME_WORD.fullmatch(w) or len(words) >= 7:
            break
        words.append(w)
    while words and words[-1].lower() in ("of", "in", "for"):
        words.pop()  # (a preposition the walk stopped after: "rise in" of "a rise in ... had")
    subject = _clean_phrase(" ".join(reversed(words)), 8)
    if not subject or is_poor(subject) and not _names_something(subject):
        return ""
    if m.group("p").lower() == "by":
        noun = _CHANGE_VERB_NOUN.get(m.group("v").lower()[:3], "change")
        return f"{noun} in {subject}{' ' + m.group('adv').lower() if m.group('adv') else ''}"
    return subject


#: words ending in "-en" or "-ed" that are not past participles, kept out of the participle of
#: :data:`_COMPLEMENT_VERB_LEFT` and :data:`_REPORTED_PRED` ("The service for disabled children" has no verb chunk)
_NOT_PARTICIPLE = (r"(?!(?:children|women|men|kitchen|garden|between|screen|green|queen|often|even|open|token|citizen|"
                   r"listen|seventeen|thirteen|fourteen|fifteen|sixteen|eighteen|nineteen|teen|need|speed|seed|feed|"
                   r"bed|red|hundred|shed|sled)\b)")
#: (r22phrase) the verb chunk of a clause whose complement the figure is, and the words between it and the figure: "now
#: stands at a considerable", "had lasted", "would be overspent by", "was very high at above", "is predicted to
#: underspend by" (group "verb": the chunk; what follows it: prepositions, hedges, an article and an adjective)
_COMPLEMENT_VERB_LEFT = re.compile(
    r"(?i)(?:^|\s)(?P<verb>(?:(?:is|are|was|were|has|have|had|will|would|could|should|may|might|must|can)\s+)?"
    r"(?:(?:now|currently|still|also|already|then|just|not|been|be|being|expected\s+to|predicted\s+to|forecast\s+to|"
    r"likely\s+to|set\s+to|due\s+to)\s+)*"
    r"(?:stands?|stood|is|are|was|were|be|been|remains?|remained|lasted|lasts|totall?ed|totals|reached|reaches|"
    r"averaged|amounted\s+to|amounts\s+to|overspent|underspent|spent|" + _NOT_PARTICIPLE + r"[a-z]{3,}(?:ed|en)))"
    r"(?P<tail>(?:\s+(?:at|to|by|of|for|around|about|approximately|almost|nearly|just|over|under|above|below|well|some|circa|only|very|"
    r"high|low|now|currently|still|also|already|a|an|the|more|less|more\s+than|less\s+than|in\s+excess\s+of|[a-z]{3,}(?:ing|able|ible|ive|ous|ful)))*)\s*[£$€-]*$")


@lru_cache(maxsize=8)
def _owner_heads_of(words: frozenset[str]) -> frozenset[str]:
    return _ORG_HEADS | words


def _owner_heads(rules: FigureRules) -> frozenset[str]:
    """The last words of a subject that owns or reports a measure rather than naming it: the names of bodies
    (:data:`_ORG_HEADS`) and ``words.owner_heads`` of the figure rules ("report", "schools" ...; r22data).

    >>> from .rules import load_rules
    >>> heads = _owner_heads(load_rules())
    >>> "council" in heads, "report" in heads, "deficit" in heads
    (True, True, False)
    """
    return _owner_heads_of(rules.owner_heads)


#: (r22phrase) the most characters of a verb chunk and the words after it before the figure
_CHUNK_MAX = 80
#: (r22phrase) (speed) the short words of _COMPLEMENT_VERB_LEFT, and the endings of its long ones
_CHUNK_WORDS = frozenset(
    "is are was were has have had will would could should may might must can now currently still also already then just "
    "not been be being expected predicted forecast likely set due stand stands stood remain remains remained lasts "
    "totals reached reaches averaged amounted amounts overspent underspent spent at to by of for around about "
    "approximately almost nearly over under above below well some circa only very high low a an the more less than in "
    "excess".split())
_CHUNK_ENDINGS = ("ed", "en", "ing", "able", "ible", "ive", "ous", "ful")


def _may_be_chunk(phrase: str) -> bool:
    """(r22phrase) (speed) Whether a phrase's first word may open a verb chunk or a phrase without a noun (the cheap
    first test of :func:`complement_subject`)."""
    w = phrase.split(None, 1)[0].lower()
    return _chunk_word(w) or w in _STRAY or w in _FUNCTION_WORDS or w.endswith("ly")


def _chunk_word(w: str) -> bool:
    """(r22phrase) (speed) Whether a word may be one of a verb chunk's (:data:`_COMPLEMENT_VERB_LEFT`)."""
    return w in _CHUNK_WORDS or w.endswith(_CHUNK_ENDINGS)
#: words that end a subject walked back from its verb: the clause's opening marks, relatives and conjunctions
_SUBJECT_OPENERS = frozenset("that which who whom whose where when while whilst if whether because although though as "
                             "and but or so said says stated noted reported explained confirmed advised told".split())
#: words the subject does not hold (a finite verb or a pronoun: not one noun phrase)
_SUBJECT_VERBS = _CLAUSE_VERBS | frozenset("it they we he she i you there this these those did does do".split())


#: (r22phrase) adverbs right before a verb, not part of its subject; determiners that open a subject's noun phrase
_SUBJECT_ADVERBS = frozenset("only also now still just already currently further then".split())
_SUBJECT_DETERMINERS = frozenset("the a an its their our this these those".split())


def _inside_subject(word: str, collected: list[str], before: str) -> bool:
    """(r22phrase) Whether an opener met walking back over a subject is inside its noun phrase: "and"/"or" between
    two nouns ("abuse or neglect", not "and the deficit"), or "who"/"which" after a noun ("children who need ...")."""
    if word in ("and", "or"):
        return bool(collected) and collected[-1].lower() not in _SUBJECT_DETERMINERS and before[:1].isalpha() \
            and before.lower() not in _SUBJECT_OPENERS and before.lower() not in _SUBJECT_VERBS
    if word in ("who", "which"):  # (not "that": "an indication that the budget would be ...")
        b = before.lower().strip("\"'“”‘’")
        return bool(collected) and b.isalpha() and b not in _SUBJECT_OPENERS and b not in _SUBJECT_VERBS \
            and not b.endswith("ed") and b not in _SUBJECT_DETERMINERS and b not in _PREPOSITIONS
    return False


def _no_noun(phrase: str) -> bool:
    """(r22phrase) Whether a phrase holds no noun: only stray words, function words, adverbs and participles
    ("especially given", "currently"), as :func:`_names_something` reads them."""
    low = [w.lower().strip(",.;:()'\"") for w in phrase.replace("’", "'").split()]
    return all(w in _STRAY or w in _FUNCTION_WORDS or _adverb_or_participle(w) for w in low)


def complement_subject(before: str, phrase: str, rules: FigureRules) -> str:
    """(r22phrase) The subject of the clause the figure is the complement of, when the phrase read for the figure names
    nothing (none, or no noun: :func:`_no_noun`) or is only words of the clause's verb chunk ("stands at a considerable", "lasted", "be
    overspent"): "The cumulative deficit on the reserve now stands at a considerable £54.2 million" -> "cumulative deficit
    on the reserve"; "The inspection had lasted four weeks" -> "inspection". The subject runs back from the verb to the
    clause's start (the sentence's, a mark, a relative or a conjunction); empty when it holds a verb or a pronoun, is
    longer than 20 words, names nothing, is poor (:func:`is_poor`), is words of the verb chunk, or ends on an owner or
    a paper (:func:`_owner_heads` of ``rules``: "the county council", "the report").

    >>> from .rules import load_rules
    >>> r = load_rules()
    >>> complement_subject("The cumulative deficit on the reserve now stands at a considerable ", "stands at a considerable", r)
    'cumulative deficit on the reserve'
    >>> complement_subject("The report said the transport budget would be overspent by ", "be overspent", r)
    'transport budget'
    >>> complement_subject("It had lasted ", "lasted", r), complement_subject("Children in care were ", "children in care", r)
    ('', '')
    """
    if phrase and not all(_chunk_word(w) for w in phrase.lower().split()) and not _no_noun(phrase):
        return ""  # (speed) a phrase with a word no verb chunk holds, and a noun: not the verb chunk
    m = _COMPLEMENT_VERB_LEFT.search(before[-200:], max(0, len(before[-200:]) - _CHUNK_MAX))
    if m is None:
        return ""
    chunk = m.group().lower()
    if phrase and phrase.lower() not in chunk and not _no_noun(phrase):
        return ""  # the phrase names something (or a state: "£3.2m over budget", "in care"; or a pronoun's part)
    words: list[str] = []
    toks = before[-200:][:m.start("verb")].split()
    for i in range(len(toks) - 1, -1, -1):
        w = toks[i]
        lw = w.lower().strip("\"'“”‘’")
        if lw in _SUBJECT_OPENERS and not _inside_subject(lw, words, toks[i - 1] if i else "") or w[-1] in ",;:" \
                or not (_NAME_WORD.fullmatch(w.strip("()")) or w in ("(", ")")):
            break
        if lw in _SUBJECT_VERBS or len(words) >= 20:
            return ""
        words.append(w)
    while words and (words[0].lower() in _SUBJECT_ADVERBS or words[0].lower().endswith("ly")):
        words.pop(0)  # "the corresponding costs only increased": the adverb before the verb
    words.reverse()
    if words and (words[0].lower() in _LEAD_PREPOSITIONS or words[0].lower() in _CONNECTIVES):
        # "however during the same period the corresponding costs": the noun phrase after the lead-in
        dets = [i for i, w in enumerate(words) if i and w.lower() in _SUBJECT_DETERMINERS]
        words = words[dets[-1]:] if dets else []
    subject = _clean_phrase(" ".join(words), 12)
    if not subject or is_poor(subject) or not _names_something(subject) or subject.lower() in chunk \
            or subject.rsplit(None, 1)[-1].lower() in _owner_heads(rules):
        return ""  # (an owner or a paper, "the county council", "the report", names no measure)
    return subject


#: (r22phrase) the units of a duration
_DURATION_UNITS = frozenset(("days", "weeks", "months", "years", "hours"))
#: (r22phrase) a finite verb of a duration's clause, with the auxiliaries after it ("had been", "should be kept",
#: "took place", "have lasted")
_DURATION_VERB = re.compile(
    r"(?i)\b(?:is|are|was|were|has|have|had|will|would|could|should|may|might|must|can|took|takes|lasted|lasts|ran|"
    r"runs)(?:\s+(?:not|also|now|still|already|been|be|being))*\b")
_RELATIVE_OPENERS = frozenset(("that", "which", "who"))
#: (r22phrase) the first words of a duration's phrase that was its clause's verb or time word ("took place", "next")
_DURATION_VERB_WORDS = frozenset("took take takes ran run runs lasted last lasts next past spent spend".split())


def _walk_subject(words: list[str]) -> tuple[list[str], str]:
    """The words of a noun phrase read back from the end of ``words`` to a clause's opening (a mark, an opener of
    :data:`_SUBJECT_OPENERS`, a verb or pronoun of :data:`_SUBJECT_VERBS`), in order, and the word it stopped at
    (lower-cased; "" at the start)."""
    out: list[str] = []
    for w in reversed(words):
        lw = w.lower().strip("\"'“”‘’()")
        if lw in _SUBJECT_OPENERS or lw in _SUBJECT_VERBS or w[-1] in ",;:" \
                or not (_NAME_WORD.fullmatch(w.strip("()")) or w in ("(", ")")) or len(out) >= 14:
            return out[::-1], lw
        out.append(w)
    return out[::-1], ""


def duration_subject(before: str, phrase: str, rules: FigureRules) -> str:
    """(r22phrase) What a duration measures, when its phrase named nothing, a place alone or only the words of its
    clause's verb ("lasted", "took place", "next", "Hillingdon"): the subject of the clause whose verb the duration
    follows ("The longest-serving carer had been with the council for 40 years" -> "longest-serving carer"; "the
    programme should be kept under review for the next 6 months" -> "programme"), or, when that verb opens a relative
    clause, the noun the relative refers to ("a seven-day course that took place over six months" -> "seven-day
    course"). Empty when the subject is a pronoun, a count, a name, an owner or names nothing, or the phrase names more
    than that (a state it opens with a preposition: "on a plan for 12 months").

    >>> from .rules import load_rules
    >>> r = load_rules()
    >>> duration_subject("The longest-serving carer had been with Wigan for ", "Wigan", r)
    'longest-serving carer'
    >>> duration_subject("this was a seven-day course that took place over ", "took place", r)
    'seven-day course'
    >>> duration_subject("They have lasted for ", "lasted", r), duration_subject("The plan ran for ", "plan", r)
    ('', '')
    """
    clause = before[-200:]
    verbs = list(_DURATION_VERB.finditer(clause))
    if not verbs:
        return ""
    v = verbs[-1]
    if phrase and _first_word(phrase).lower() in _LEAD_PREPOSITIONS and not phrase.split()[-1].lower().endswith("ing"):
        return ""  # "on a Child Protection Plan for 12-24 months", "on site 2 days a week": the state that lasted (not
        # a verb's time, "after dipping")
    if phrase and _names_something(phrase) and not (phrase.lower() in clause[v.start():].lower() and (
            all(w[:1].isupper() for w in phrase.split()) or _first_word(phrase).lower() in _DURATION_VERB_WORDS)):
        return ""  # the phrase names something of its own (not a place alone, not the clause's verb)
    words, stop = _walk_subject(clause[:v.start()].split())
    if not words and stop in _RELATIVE_OPENERS:
        head = clause[:v.start()].rstrip()
        words, _ = _walk_subject(head[:len(head) - len(stop)].split())
    subject = _clean_phrase(" ".join(words), 10)
    if not subject or is_poor(subject) or not _names_something(subject) or any(c.isdigit() for c in subject) \
            or all(w[:1].isupper() for w in subject.split()) \
            or subject.split()[0].lower() in _POSSESSIVES or subject.rsplit(None, 1)[-1].lower() in _owner_heads(rules):
        return ""  # (a pronoun, a count, a name or an owner)
    return subject




def _word_alternation(words: tuple[str, ...]) -> str:
    """The regex text of one of ``words`` (longest first; a space matches any run of whitespace)."""
    return "|".join(r"\s+".join(map(re.escape, w.lower().split())) for w in sorted(words, key=lambda w: (-len(w), w)))


def reporting_open(verbs: tuple[str, ...], verbs_to: tuple[str, ...]) -> re.Pattern[str]:
    """(r22phrase; r22data: the verbs are ``words.reporting_verbs`` / ``words.reporting_verbs_to`` of
    data/figure_rules.yml, :attr:`.rules.FigureRules.reporting_open`) A verb of saying or showing and the word that
    opens the reported clause ("reveal that", "queried why", "informed Members that", "provided an update that"; not a
    colon: "Child protection plans: 301" is a label); a verb of ``verbs_to`` with one word after it (whom it told).

    >>> p = reporting_open(("noted",), ("informed",))
    >>> [m.group() for m in p.finditer("It noted that costs rose; officers informed Members why ... and wrote that")]
    ['noted that ', 'informed Members why ']
    """
    return re.compile(rf"(?i)\b(?:(?:{_word_alternation(verbs_to)})\s+\w+|{_word_alternation(verbs)})"
                      r"\s+(?:that|if|why|whether|how)\s+")
#: (r22phrase) the most words between the reported clause's opening and its figure ("the", "a total of", "almost")
_REPORTED_LEAD_MAX = 4


def reported_clause_start(text: str, sent_start: int, start: int, phrase: str, rules: FigureRules) -> int:
    """(r22phrase) Where the reported clause a figure opens starts, when the figure's phrase was read from the clause
    that reports it (its speaker or verb of saying: "Figures also reveal", "Members", "Helen Huntley queried why"):
    "Officers informed Members that a total of 50 children had been looked after ..." -> the offset of "a total".
    -1 when no such clause opens at most :data:`_REPORTED_LEAD_MAX` words before the figure (nor a digit between), or
    the phrase was not read from the reporting clause: neither its first 20 characters nor each of its words (as
    substrings: "the" stands in "there") stand in the text from the sentence's start (at most 200 characters back) to
    the reporting verb and its opening word ("that", "if", "why" ...).

    >>> from .rules import load_rules
    >>> r = load_rules()
    >>> t = "Figures also reveal that 5.5 per cent were offered their third choice."
    >>> reported_clause_start(t, 0, t.index("5.5"), "Figures also reveal", r), t.index("5.5")
    (25, 25)
    >>> t = "The report noted that the deficit was £5m."
    >>> reported_clause_start(t, 0, t.index("£5m"), "deficit", r)
    -1
    """
    lo = max(sent_start, start - 200)
    near = text[max(lo, start - 45):start]
    if not (" that " in near or " if " in near or " why " in near or " whether " in near or " how " in near):
        return -1  # (speed) no word that opens a reported clause right before the figure
    at = -1
    for m in rules.reporting_open.finditer(text, lo, start):
        at = m.end()
    if at < 0 or len(text[at:start].split()) > _REPORTED_LEAD_MAX or any(c.isdigit() for c in text[at:start]):
        return -1
    head = text[lo:at]
    if phrase[:20] not in head and not all(w in head for w in phrase.split()):
        return -1  # the phrase was not read from the reporting clause
    return at


#: (r22phrase) the predicate of a reported clause a figure opens: "(5.5 per cent) were only offered a place at their
#: third choice", "(22) of 56 schools had now been written to" (group "whole": the noun of "of N ..."; "pred": the
#: participle and what follows it)
_REPORTED_PRED = re.compile(
    r"(?i)^\s*(?:of\s+(?:the\s+)?[\d,]+\s+(?P<whole>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+)?"
    r"(?:were|was|are|is|had|have|has|would\s+be|will\s+be)(?:\s+(?:only|now|also|still|just|already|been|being|not))*\s+"
    r"(?P<pred>" + _NOT_PARTICIPLE + r"[a-z]+(?:ed|en)\b(?:\s+[\w'’-]+){0,6})")
_REPORTED_PRED_CUT = re.compile(r"(?i)\s+(?:and|but|which|who|while|whilst|compared|because|as|so|[a-z]+ing)\b|[,;:()]")


def reported_predicate(right: str) -> str:
    """(r22phrase) What a figure opening a reported clause counts, read from the clause's predicate when no noun names
    it: "5.5 per cent were only offered a place at their third choice and ..." -> "offered a place at their third
    choice"; "22 of 56 schools had now been written to informing them" -> "schools written" (the tidy drops a last
    preposition: :func:`_clean_phrase`). Empty when no such predicate follows.

    >>> reported_predicate(" were only offered a place at their third choice and 2.7 per cent were not.")
    'offered a place at their third choice'
    >>> reported_predicate(" of 56 schools had now been written to informing them."), reported_predicate(" children.")
    ('schools written', '')
    """
    m = _REPORTED_PRED.match(right)
    if m is None:
        return ""
    pred = m.group("pred")
    cut = _REPORTED_PRED_CUT.search(pred)
    pred = _clean_phrase(pred[:cut.start()] if cut else pred, 8)
    if not pred:
        return ""
    return f"{m.group('whole')} {pred}" if m.group("whole") else pred
