"""The rules in order for one figure: ``_indicator_phrase`` (part of :mod:`.phrase`).

``_indicator_phrase`` reads the text left and right of the figure once (:class:`_Figure`: ``left``, ``right``, and,
the first time a step asks, the sentence before the figure, its folded text, the clause's subject, ...) and tries the
steps of :data:`CASCADE` in turn: each is a small function named for the case it decides, which returns the phrase and
how it was found (``own``, ``inherited``, ``part``, ``complement``) or None, and the first that decides gives the
phrase. The parts of the module, top down:

* the patterns of the left and right context the steps read (``_SHARE_OF_PREV_LEFT``, ``_COMPARATOR_VALUE_LEFT``, ...)
  and their speed gates (``_BEFORE_ENDS``, ``_change_to_from``, ``_may_total``, ...);
* :class:`_Figure`, one figure's context;
* the steps, in the cascade's order, in eight groups: (a) what the words right after the figure make of it (a plan's
  length, a table row's label, "N times the average of X"); (b) a change, a comparator or a restatement read before
  it ("a 37% increase in", "the national average of", "equates to", "ranging from", "with a slight increase to"); (c)
  money (a sum named before, over budget, paid to, income, set aside, related to, a kind of money in brackets); (d)
  shares, totals, wholes, labels and brackets ("representing N% of", "totalling", "out of", "(Oldham: N%", "Label: N",
  "(down N)", "aged 0-4", "55% were boys", "made up N% of", "reduced its deficit to", "N% of its budget is spent on");
  (e) 1. the object of "N% of X" (``_of_object``, with ``_population_of``); (f) 2. the noun a count modifies
  (``_counted_noun``, with ``_counted_np``, ``_which_counted``, ``_counted_population``), "included N for X", the
  same verb left out; (g) 3. the clause's subject and what it refers to ("the other N", "of which", "it", "which",
  a question asked before, money's own nouns); (h) a generic subject or none: the topic or the measure named before;
* :data:`CASCADE`, the per-unit cascades (:func:`_for_units`, :func:`_steps_for`, :data:`_CASCADE_OF`: a step that
  decides only for some units is left out of the others'; the mechanism is :mod:`.cascade`'s, shared with
  :mod:`.kinds_classify`), and :func:`_indicator_phrase`.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Optional

from ..vocab import COUNT_CHANGE_NOUNS, PAST_CHANGE_VERBS
from .cascade import Chains, keep_for, only_for
from .context import SKIP_ALT
from .grammar import Hit, LeftWords, fold
from .kinds import HYPHEN_YEARS_RIGHT, NAMED_PLAN_RIGHT, plan_noun_right
from .phrase_words import _GENERIC, _LEAD_PREPOSITIONS, _TRAIL_TIME, _clean_phrase, _ends_with, _is_generic, is_poor
from .phrase_subject import (
    _NOT_TOPIC, _OF_HEAD, _complement_after, _cut_clause, _has_pronoun_subject, _last_of_head, _np_after, _share_open,
    _with_age_band, prev_in_clause_list, sentence_subject, subject,
)
from .phrase_shares import (
    _POPULATION_NP, _asked_about, _base_of, _had_tail, _loss_phrase, _share_clause, _share_predicate, _verb_object_to,
    share_clause,
)
from .phrase_np import _BY_CUT, _CHANGE_NOUNS, _HEDGE_END
from .phrase_lists import _TIME_PP, _TIME_WORD_START, _bracket_owner, change_noun_pp, own_list_item, shared_head
from .phrase_names import _BRACKET_RIGHT
from .phrase_money import _ALL_OF_THE, _OF_FOR_RIGHT, _PURPOSE_VERBS, _TIME_WORD, _overspend_on, extra_money
from .phrase_changes import (
    _LEAD_ARTICLE, _OF_NUMBER, _np_before_being, _row_label, _says_which, change_of_count, change_of_in,
    changed_now_at_subject, money_purpose,
)
from .phrase_places import comparator_of
from .phrase_repair import _MODIFIERS
from .rules import FigureRules

#: a share of the figure named just before: "£1,785k, representing 1.25% of", "£2.9m, equivalent to 4% of" (and,
#: r35phrase2, with the scale as a word: "reserves of £36.2 million, representing 11.4% of")
_SHARE_OF_PREV_LEFT = re.compile(
    r"(?i)\d\S*(?:\s+(?:million|billion|thousand|bn|mn))?\s*(?:,|\(|\band)\s*(?:representing|represents|equivalent\s+to|equating\s+to|equates\s+to|"
    r"which\s+(?:is|was|represents|represented))\s+(?:about\s+|around\s+|approximately\s+|some\s+|almost\s+|nearly\s+)?$"
    # "950 re-referrals in the year, accounting for 20% of all referrals": the figure before, as a share of a
    # whole, whatever words come between it and the comma
    r"|(?i:\d[^.;:%£]{0,80}?,\s*(?:accounting|which\s+accounted|that\s+accounted|and\s+accounted)\s+for\s+"
    r"(?:about\s+|around\s+|approximately\s+|some\s+|almost\s+|nearly\s+|just\s+over\s+|just\s+under\s+|over\s+|under\s+)?$)"
)
_LEAD_PERIOD = re.compile(r"^(?:(?:19|20)\d{2}(?:\s?[/-]\s?\d{2,4})?\s+)")
#: a percentage change of what follows: "a 37% increase in the number of EHCPs"
_PCT_CHANGE_IN_RIGHT = re.compile(
    r"(?i)^\s+(" + "|".join(COUNT_CHANGE_NOUNS) + r"|uplift)\s+(?:in|of)\s+([^.;:()]{3,120})")
_PCT_CHANGE_BARE_RIGHT = re.compile(
    r"(?i)^\s+(" + "|".join(COUNT_CHANGE_NOUNS) + r")\b(?!\s+(?:in|of)\b)(?=\s+(?:on|since|from|"
    r"compared|over|year|in\s+(?:the\s+)?(?:last|past|previous))\b|\s*[.;,]|\s*$)")
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
    "share_restates": ("is", "was", "to", "(", "represents", "represented", "about", "around", "approximately",
                       "almost", "nearly", "roughly", "some", "over", "under", "than"),  # _SHARE_RESTATES_LEFT
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


#: (r42phrase) the kind of money a sum is said to be, named right after it: "£1.1m of the Early Years Reserve", "£2m of
#: its reserves", "over £18,000 in youth grants", "£802k in main school budgets": "of" (a determiner allowed) or "in" (no
#: determiner: "£3m in the budget" is where the sum is, not what), at most four words before the money noun, which
#: ends the phrase there (a mark, a preposition, a verb or the text's end after it)
_MONEY_KIND_RIGHT = re.compile(
    r"(?i)^\s+(?:of\s+(?:(?:the|its|their|our|this|these|his|her)\s+)?|in\s+(?!(?:the|a|an|its|their|our|this|that|these|those)\b))"
    r"((?:[\w'’-]+\s+){0,4}?(?:reserves?|balances|grants|budgets|funding|savings|income|capital|costs|fees|"
    r"contributions|allocations))(?=\s*[.,;:()]|\s*$|\s+(?:for|from|to|in|on|at|by|and|or|was|were|is|are|has|have|had|"
    r"will|would|which|that|with|of)\b)")
#: (r42phrase) the noun a sum is the value of, right before it ("an overspend of", "an increase of", "a total of"): the
#: sum is that noun's, whatever kind of money follows ("a gap of £3m of the savings"), so :func:`_money_kind_after` is
#: not for it
_OWN_NOUN_OF_END = re.compile(
    r"(?i)\b(?:overspends?|underspends?|deficits?|surplus(?:es)?|gap|shortfall|pressures?|savings?|variances?|"
    r"increases?|rises?|decreases?|reductions?|falls?|drops?|growth|uplift|change|cuts?|total|sum|amount|value|cost|"
    r"spend|spending|budget|allocation|contribution|grant|payment|income|loss|losses|balance|reserve|figure|level|"
    r"investment|funding|fees?|charges?|price|rate|average)\s+(?:of|by|at|to)\s+(?:over\s+|around\s+|about\s+|"
    r"nearly\s+|almost\s+|approximately\s+|some\s+|just\s+(?:over|under)\s+|up\s+to\s+)?$")

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


_COMPARATIVE_PRED = re.compile(
    r"(?i)\s+(?:is|was|are|were|remains?|remained|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:lower|higher|above|below|better|"
    r"worse|greater|less|similar|in\s+line)\b.*$|\s*$"
)
_OF_WHICH_RIGHT = re.compile(r"^\s+of\s+(?:which|whom|these|those|them)\s+(?:were|was|are|is|had\s+been|have\s+been)?\s*(.*)$", re.S)
#: a clause that opens with "it" or "that" and a verb of change before the figure ("But it jumped quickly over the
#: next year to", "and that dropped in 2020-21 to")
_LEAD_PRONOUN = re.compile(
    r"(?i)^\s*(?:(?:but|and|so|however|yet)\s*,?\s+)?(?:it|that)\s+(?:had\s+|has\s+|then\s+)?(?:rose|fell|increased|"
    r"decreased|dropped|reduced|improved|jumped|leapt|leaped|climbed|grew|dipped|declined)\b[^.;:]{0,60}?\bto\s+$")
#: a subject that is a place's or the nation's value of the measure named before: "Swindon's figure", "the national figure"
_FIGURE_OF_PLACE = re.compile(r"(?i)(?:^|\s)(?:\w+['’]s|the\s+(?:national|regional|england))\s+figure$")


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


#: an open bracket and a change before a figure in it: "(down ", "(up by ", "(a rise of ", "(down to 157 people from "
_UP_DOWN_BRACKET_END = re.compile(
    r"(?i)\(\s*(?:down|up|a\s+(?:fall|rise|drop|reduction|decrease|increase)|an\s+(?:increase|decrease))(?:\s+(?:of|by|to|"
    r"from))?(?:\s+[\d.,]+\s*%?(?:\s+[a-z]+)?\s+from)?\s*$")
#: a figure right before a bracket ("was £4.2m (up £0.6m ...)": the change of that figure, not of the words before)
_FIGURE_END = re.compile(r"(?i)\d\s*(?:%|per\s?cent|percent|[mk]|bn|million|billion)?\s*$")
#: a verb of change ending an owner phrase: "Referrals to children's social care rose (up 12%)" -> the referrals
_CHANGE_VERB_END = re.compile(
    r"(?i)\s+(?:(?:has|have|had)\s+)?(?:" + "|".join(PAST_CHANGE_VERBS) + r"|went\s+(?:up|down))$")
#: what a bracket after it belongs to: "for Children, Families & Education Services (", "on transport ("
_OWNER_BEFORE_BRACKET = re.compile(r"(?i)\b(for|on|in|within|across)\s+([^()\d£]{2,60}?)\s*\($")
#: an amount that a budget was exceeded by: "exceeded its £44.5 million budget by more than", "overspent its budget
#: by", "went over the placements budget by" (group 1: what spending on, before the verb: "spending on X exceeded")
_OVER_BUDGET_BY_LEFT = re.compile(
    r"(?i)(?:\bspending\s+on\s+[‘'\"“]?([^.;,]{2,50}?)[’'\"”]?\s+)?\b(?:exceed(?:ed|s|ing)?|overspent|overspend(?:s|ing)?|"
    r"over-?ran|overrun|went\s+over|go(?:es|ne)?\s+over)\s+(?:(?:its|the|their|our|this\s+year['’]s)\s+)?"
    r"(?:£[\d.,]+\s*(?:mn|m|k|bn|million|billion)?\s+)?(?:[a-z-]+\s+)?budget\s+by\s+(?:(?:more\s+than|over|around|about|"
    r"almost|nearly|some|just\s+(?:over|under))\s+)?$")
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


_ANAPHOR_LEFT = re.compile(r"\b(?:the|an)\s+(?:other|remaining|further)\s*$|\b(?:the\s+rest|the\s+remainder)\s*$", re.I)


#: an earlier value said as "(down/up) from the figure of N" (the subject then starts with "from")
_FROM_FIGURE = re.compile(r"(?i)^(?:(?:down|up)\s+)?(?:from|below|above|on)\s+(?:the|a|an|last\s+year['’]s|the\s+previous\s+year['’]s)\s+"
                          r"((?:previous\s+|earlier\s+|original\s+|higher\s+|lower\s+)?figure)$")
_FROM_FIGURE_STARTS = ("from ", "down ", "up fr", "up on", "below", "above", "on th", "on a ", "on la")


#: a participle and its "as" complement ("identified as needing SEN support", "assessed as having a disability")
_ED_AS = re.compile(r"(?i)^(\w+ed)\s+as\s+((?:needing|having|requiring|being|in\s+need|at\s+risk|a\s|an\s)\S*.*)$")
#: where a purpose clause starts in the noun phrase after a count: " to gather", " to reduce"
#: (not the verb's word as a noun's modifier: "referrals to support services", "staff to review panels")
_PURPOSE_AFTER = re.compile(rf"(?i)\s+to\s+(?:{'|'.join(sorted(_PURPOSE_VERBS))})\b(?!\s+(?:services?|groups?|plans?|workers?|"
                            r"teams?|staff|packages?|hubs?|sessions?|centres?|officers?|programmes?|schemes?|providers?|"
                            r"panels?|meetings?|visits?|arrangements?|places?|provision)\b)")


#: (speed) a necessary condition for :func:`_complement_after` on " " + the text from a place: its verb there
_COMPLEMENT_VERB = re.compile(r"\s*(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s", re.I)


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


#: the noun after a count that is only its unit ("17 children"): the subject says what is measured
#: what follows a bare population noun that is an earlier or other value of the measure named before
_EARLIER_VALUE_RIGHT = re.compile(
    r"(?i)\s*(?:(?:in\s+|at\s+)?the\s+(?:previous|last|same|prior)\s+(?:year|quarter|month|period)|(?:in\s+)?last\s+(?:year|quarter|month)|"
    r"a\s+year\s+(?:ago|earlier|before)|(?:in|at|by)\s+(?:(?:the\s+)?(?:end|start)\s+of\s+)?(?:19|20)\d\d\b|"
    r"(?:at|by)\s+the\s+(?:end|start)\s+of\b|[.;)]|$)")
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
    r"[A-Za-z'’&/ ()-]{0,40}?)|[A-Za-z][A-Za-z'’&/ -]{2,60}?|[A-Z]{2})\s*(?::|\s[-–—])\s*$")
#: (a label may open with an age group: "3 and 4 year olds: £5.35", "2 year olds: £5.58"; r30labels: or be an
#: acronym of two capitals, "CIN: 1,200; CP: 350", which the label before had otherwise passed on)
#: the ratings of a RAG scorecard, which label its counts ("Green – 4; Amber – 3; Red – 8")
_RAG_WORDS = frozenset("red amber green".split())
#: what _LABEL_LEFT ends with (before spaces)
_LABEL_ENDS = (":", "-", "–", "—")
_MORE_FEWER = re.compile(r"(?i)^\s+(?:more|fewer|less|additional|extra|further|new|net)(?=\s+[a-z])")
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


#: (speed) how a match of _HAD_MONEY_OF ends, before its whitespace
_HAD_MONEY_OF_ENDS = ("of", "around", "about", "approximately", "nearly", "almost", "over", "under", "some")
_HAD_MONEY_OF = re.compile(
    r"(?i)\b(?:\w+ed|had|has|have|saw|sees|faced|faces|forecast|forecasts|shows|showed)\s+(?:an?|the|its|their)\s+"
    r"((?:(?:forecast|projected|in[\s-]year|cumulative|net|overall|underlying|potential|estimated)\s+){0,2}"
    r"(?:overspend|underspend|deficit|surplus|pressure|saving|savings|variance|shortfall|funding\s+gap|budget\s+gap))"
    r"\s+of\s+(?:(?:around|about|approximately|nearly|almost|over|just\s+over|just\s+under|some)\s+)?$"
)
#: (r23ind, speed) the last two letters of those hedges (before the space after them, if any: "totalling c.£250k"): only
#: then is a hedge cut
_HEDGE_LAST = frozenset(("ly", "nd", "ut", "st", "er", "me", "ca", "c."))


#: "these"/"those" before a share's population that points back, not a relative ("of these children", not "of those
#: who")
_ANAPHORIC_DET = re.compile(r"(?i)^(?:these|those)\s+(?!who\b|which\b|that\b|with\b|in\b|of\b|aged\b)(?=[a-z])")
#: an age band opening a population: "16 to 17 year-old (cases)", "18-25 year olds" (group 1: the band is the noun)
_AGE_BAND_LEAD = re.compile(
    r"(?i)^\d{1,2}\s*(?:-|–|to)\s*\d{1,2}(?:[\s-]+years?[\s-]+old(?=\s+[a-z])|[\s-]+years?[\s-]+(olds)\b)")
#: nouns a number names a point of ("the 350 mark", "the £1m barrier", "the 1,000 milestone"): not the measure
_MARK_WORDS = frozenset("mark milestone barrier threshold".split())
_MARK_VERB_END = re.compile(
    r"(?i)\s+(?:(?:has|have|had)\s+)?(?:now\s+|just\s+)?(?:passed|hit|topped|reached|broke(?:n)?(?:\s+through)?|exceeded|"
    r"crossed|surpassed|neared|approached|went\s+(?:over|past|through))(?:\s+.*)?$")
#: (r20head) an amount that ends its clause (past its period): what it is spent on or for is not named after it
_AMOUNT_ENDS_CLAUSE = re.compile(
    r"(?i)^(?:\s+(?:a|an|per|each|every|this|last|next)\s+(?:year|week|month|annum|day))?\s*(?:[.,;:!?)]|$|\s+(?:and|but)\b)")
#: (r23ind) words that open no noun phrase a total sums ("£5,500 per child, per week, totalling £6.3m": a rate's
#: unit): "per", "each", "every" and the leading prepositions but "apart"; "a" can still open the phrase once
#: :func:`_clean_phrase` has cut a change before it ("an increase of a further ...")
_PER_OR_PREPOSITION = frozenset("per each every a".split()) | (_LEAD_PREPOSITIONS - {"apart"})


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
#: (round 18) a count that is the whole a share or part is "of" ("two-thirds of England's 80,850 looked after children")
_COUNT_IS_WHOLE_LEFT = re.compile(r"(?i)\b(?:of|out\s+of|among|amongst)\s+(?:the\s+|its\s+|their\s+|our\s+|these\s+|those\s+|"
                            r"all\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?$")
#: (round 18) a copula right after a counted population (what follows may say which of them are counted)
_COUNT_COPULAS = (" were ", " are ", " was ", " is ")
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
#: named before). (r32tidy) The nouns of a change (:data:`analysis.vocab.CHANGE_NOUNS`) plus "shift" (r23ind's "a
#: remarkable shift from") and five plurals, nouns after their determiner ("the increases from"): kept as r23 wrote them
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


#: an amount a thing is above or below its estimate: "(being £0.4m) higher than budgeted", "lower than previously
#: estimated" (group 1: the comparison; 2: the estimate)
_BEING_THAN_RIGHT = re.compile(
    r"(?i)^\s+(higher|lower|more|less|greater)\s+than\s+((?:(?:previously|originally|initially)\s+)?(?:estimated|"
    r"budgeted|forecast|planned|expected|anticipated|assumed))\b")


#: a multiple of a benchmark after a number: "times the national average of", "times the rate in England for"
_TIMES_THE_AVERAGE_RIGHT = re.compile(
    r"(?i)^\s+times\s+(?:higher\s+than\s+|more\s+than\s+|that\s+of\s+)?the\s+((?:(?:national|regional|england|english|"
    r"london|county|statistical\s+neighbours?['’]?|comparator)\s+)?(?:average|rate|level|figure|number|mean))\s+"
    r"(?:of|for)\s+(?:the\s+)?([^.;:()]{3,120})")
#: where the noun phrase after such a multiple ends: "... of children looked after and three times ..."
_TIMES_OF_CUT = re.compile(r"(?i)\s+(?:and|or|but|while|whilst|which|who|compared|than|in\s+(?:19|20)\d\d)\b|,")


#: what a step of the cascade returns: the phrase and how it was found ("own", "inherited", "part", "complement"), or
#: None when the step does not decide (the next step is tried)
Found = Optional[tuple[str, str]]

#: the units of money
_MONEY_UNITS = ("gbp", "eur", "usd")


class _lazy:
    """(speed) :func:`functools.cached_property` without its lock (one thread reads a figure): the value computed on
    the first read is kept in the instance's dict, which later reads find first."""

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj: Any, cls: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


class _Figure:
    """One figure in its sentence, as the steps of :func:`_indicator_phrase` read it.

    Read once, when it is made: ``left`` (past an "i.e." that opens the clause), ``right`` (the 160 characters after
    the figure, past a skipped word and a percentage's unit written again), ``money`` (the unit is money), ``before``
    (the sentence before the figure, at most 120 characters), ``low`` (it folded, :func:`.grammar.fold`) and ``tail``
    (``low`` without its end's spaces). Read the first time a step asks (:class:`_lazy`; each is a pure function of
    the figure, so when it is read does not change what it is): the clause's subject ``subj0``,
    then ``subj`` and ``modifier`` (a subject that is only a modifier: "an additional"); the complement after a count
    (``comp``); a pronoun subject (``pronoun``) and the question a previous sentence asked (``asked``); and the
    measure a generic subject borrows (``base``).
    """

    def __init__(self, text: str, h: Hit, unit: str, left: str, right_clause: str, sent_start: int, clause_start: int,
                 prev: str, topic: str, sent_end: int, prev_money: str, rules: FigureRules | None = None) -> None:
        if "." in left[:6] and (im := _THAT_IS_LEAD.match(left)):
            left = left[im.end():]  # "(i.e. from 336 in 1994 to 579 in 2000)": the clause opens with "from"
        right = text[h.end:h.end + 160]
        skip = SKIP_ALT.match(right)
        if skip:
            right = right[skip.end():]
        if right[:4] in (" per", " Per", " pe") and text[h.end - 1:h.end] == "%" and (dp := _PCT_WORDS_RIGHT.match(right)):
            right = right[dp.end():]  # "made up 3.4% per cent of the school population": the unit written twice
        self.text, self.h, self.unit, self.left, self.right, self.right_clause = text, h, unit, left, right, right_clause
        self.sent_start, self.clause_start, self.sent_end = sent_start, clause_start, sent_end
        self.prev, self.topic, self.prev_money = prev, topic, prev_money
        self.rules = rules  # (r35twins2) the stage's figure rules (None: the shipped file), for _says_which's phrases
        self.money = unit in _MONEY_UNITS
        # (speed) read by nearly every figure's steps: once, here. The searches of ``before`` run only when a cheap
        # necessary condition holds: a word the pattern needs, or how ``before`` must end, in its folded text
        # (grammar.fold: case as the patterns' (?i) ignores it); see _BEFORE_ENDS
        self.before = before = text[max(sent_start, h.start - 120):h.start]  # at most 120 characters
        self.low = fold(before)  # folded
        self.tail = self.low.rstrip()  # without the spaces at its end

    @_lazy
    def subj0(self) -> str:
        """The subject of the figure's clause (:func:`.phrase_subject.subject` of ``left``)."""
        subj = subject(self.left) if self.left.strip() else ""
        if self.unit == "count" and subj[:5].lower() in _FROM_FIGURE_STARTS:
            fm = _FROM_FIGURE.match(subj)
            if fm:
                subj = fm.group(1)  # "a decrease of 4.3% from the figure of 470": the earlier value, "the figure" is generic
        return subj

    @_lazy
    def subj(self) -> str:
        """``subj0``, or "" where it is only a modifier (its last word one of ``_MODIFIERS``: "an additional")."""
        return "" if self.modifier else self.subj0

    @_lazy
    def modifier(self) -> str:
        """``subj0`` where it is only a modifier, else ""."""
        subj = self.subj0
        return subj if subj and subj.lower().split()[-1] in _MODIFIERS else ""

    @_lazy
    def comp(self) -> str:
        """What a count after it is said to be ("412 were unaccompanied asylum seeking children"), or ""."""
        text, end = self.text, self.h.end
        # (speed: its verb first)
        return _complement_after(" " + text[end:max(end, self.sent_end)]) if self.unit == "count" and _COMPLEMENT_VERB.match(
            text, end, max(end, self.sent_end)) else ""

    @_lazy
    def pronoun(self) -> bool:
        """Whether ``left`` holds a pronoun subject and its verb ("it had reduced from")."""
        return _has_pronoun_subject(self.left)

    @_lazy
    def asked(self) -> str:
        """The measure a question in the sentence before asked about, where the subject names none; else ""."""
        subj = self.subj
        return _asked_about(self.text, self.sent_start) if not subj or _is_generic(subj) or self.pronoun else ""

    @_lazy
    def base(self) -> str:
        """What a generic subject borrows: the measure named before (of money, the last money measure), or the topic."""
        prev = self.prev_money if self.money and self.prev_money else self.prev
        # "The month 6 position is showing a slight increase, at £12.4m": the last money measure
        return prev or self.topic


def _for_units(*units: str) -> Callable[[Callable[[_Figure], Found]], Callable[[_Figure], Found]]:
    """(speed) Marks a step that decides only for a figure of one of ``units`` (for any other it returns None, its
    first test): :func:`_steps_for` leaves it out of the cascade of the other units. The step keeps its own test.
    (:func:`.cascade.only_for` on ``units``: ``step.units``.)"""
    return only_for("units", *units)


# --- the steps, in the cascade's order: each decides one case or returns None ---------------------------------------
# (a) what the words right after the figure make of it


def _length_of_plan(f: _Figure) -> Found:
    """A length of a plan: "a 5 year strategy for children's social care" -> "length of strategy for ..."."""
    text, h, right = f.text, f.h, f.right
    if f.unit == "years" or right.startswith("-year"):
        hy = HYPHEN_YEARS_RIGHT.match(right)
        after_unit = right[hy.end():] if hy is not None else right
        # (r23review) a plan's qualified noun only after a length said in the singular ("-year", "5 year"): kinds'
        # :func:`.kinds.plan_noun_right`, as :func:`.kinds._plan_length` reads it
        singular = hy.end() == 5 if hy is not None else text[h.end - 1:h.end] in "rR"
        if plan_noun_right(after_unit, singular) or NAMED_PLAN_RIGHT.match(after_unit):
            what = _np_after(after_unit)
            if what:
                return f"length of {what}", "own"  # "a 5 year strategy for children's social care"
    return None


def _with_being_the(f: _Figure) -> Found:
    """"with six months being the average time it is taking to go through the courts": what "being" names."""
    if f.right[:7] == " being " and f.left.rstrip()[-4:].lower() == "with" and (bm_ := _BEING_THE_RIGHT.match(f.right)):
        what_ = _clean_phrase(_cut_clause(bm_.group(1)), 12)
        if what_ and not is_poor(what_) and not _is_generic(what_):
            return what_, "own"
    return None


def _table_row_label(f: _Figure) -> Found:
    """A table rendered with bars: "| Children in care | 412 |", "Under 2-year-olds |\\n£9.98 |": the label in the
    row before the value (the phrase was the next row's label, bars, or none)."""
    if "|" in f.text[f.h.start - 4:f.h.start] and _CELL_END_RIGHT.match(f.right) and (row := _row_label(f.text, f.h.start)):
        return row, "own"
    return None


def _differs_from_estimate(f: _Figure) -> Found:
    """"related to business rates being £0.049m lower than previously estimated", "due to transport costs being £0.4m
    higher than budgeted": what differs from its estimate (the phrase was the measure before, or the clause's verb and
    its subject)."""
    left = f.left
    if left[-8:].rstrip().lower().endswith("being") and (bt := _BEING_THAN_RIGHT.match(f.right)) \
            and (np_ := _np_before_being(left)):
        return f"{np_} {bt.group(1).lower()} than {bt.group(2).lower()}", "own"
    return None


def _times_the_average(f: _Figure) -> Found:
    """"Blackpool has three times the national average of young people subject to child protection plans", "the
    council has 2.5 times the regional rate of children in care": a multiple of a benchmark, of what follows "of" (the
    phrase was the subject, a place, or the measure before)."""
    if f.right[:7] == " times " and (tm := _TIMES_THE_AVERAGE_RIGHT.match(f.right)):
        what = _np_after(" " + _TIMES_OF_CUT.split(tm.group(2), 1)[0])
        if what and not is_poor(what):
            return f"{what} (times the {' '.join(tm.group(1).lower().split())})", "own"
    return None


# (b) a change, a comparator, a restatement: the words before the figure


@_for_units("percent")
def _bare_change_of_prev(f: _Figure) -> Found:
    """"six referrals to the LADO, indicating a 50% increase since the previous year": the change of the measure
    before."""
    if f.unit == "percent" and f.prev:
        cs0 = _PCT_CHANGE_BARE_RIGHT.match(f.right)
        if cs0:
            return f"{cs0.group(1).lower()} in {_base_of(f.prev)}", "own"
    return None


@_for_units("percent")
def _change_in_what_follows(f: _Figure) -> Found:
    """"a 37% increase in the number of EHCPs": the change of what follows."""
    if f.unit == "percent":
        cm0 = _PCT_CHANGE_IN_RIGHT.match(f.right)
        if cm0:
            what0 = _np_after(" " + _LEAD_ARTICLE.sub("", _OF_NUMBER.sub("", cm0.group(2))))
            if what0 and not is_poor(what0):
                return f"{cm0.group(1).lower()} in {what0}", "own"
    return None


@_for_units("percent", "count")
def _change_of_in_step(f: _Figure) -> Found:
    """"an increase of 30% in the number of looked after children" (:func:`.phrase_changes.change_of_in`)."""
    if f.unit in ("percent", "count"):
        co = change_of_in(f.before, f.right)
        if co:
            return co, "own"
    return None


@_for_units("count")
def _change_of_count_step(f: _Figure) -> Found:
    """"an increase of 37 cases", "a net increase of 244 children" (:func:`.phrase_changes.change_of_count`)."""
    if f.unit == "count" and " of" in f.before[-30:] and (cc := change_of_count(f.before, f.right)):
        return cc, "own"
    return None


@_for_units("percent", "count")
def _changed_now_at(f: _Figure) -> Found:
    """"The condition of the A roads has increased and is now at 77%" (:func:`.phrase_changes.changed_now_at_subject`)."""
    if f.unit in ("percent", "count"):
        na = changed_now_at_subject(f.text, f.sent_start, f.h.start)
        if na:
            return na, "own"
    return None


def _comparator_value(f: _Figure) -> Found:
    """"slightly lower than the national average of 20.6%", "the previous year's nearly 34%", "the figure for the end
    of the year would be around 26-28%": the same measure, elsewhere or at another time; (r19phrase) a place's
    comparator is named with it ("national average: children with EHCPs")."""
    prev, low, tail, before = f.prev, f.low, f.tail, f.before
    if prev and (tail.endswith(_BEFORE_ENDS["comparator_value"]) and any(w in low for w in _COMPARATOR_VALUE_WORDS)
                 and _COMPARATOR_VALUE_LEFT.search(before)
                 or "for" in low and tail.endswith(_BEFORE_ENDS["figure_for"]) and _FIGURE_FOR_LEFT.search(before)):
        return comparator_of(before, prev), "inherited"
    return None


def _equates_to(f: _Figure) -> Found:
    """"This equates to a rate of 67 per 10,000", "equating to 87 per 10,000", "which is equivalent to 80 per 10,000
    children": the measure named before, restated (as a rate); the phrase was the verb ("equates to a rate")."""
    prev, right = f.prev, f.right
    if prev and "equ" in f.low and f.tail.endswith(("to", "of")) and (eq := _EQUATES_LEFT.search(f.before)) \
            and not _OF_FOR_RIGHT.match(right):
        base = _base_of(prev)
        if (eq.group(1) or right[:5] == " per ") and base[:4].lower() != "rate":
            return f"rate of {base}", "inherited"
        return prev, "inherited"
    return None


def _range_of_values(f: _Figure) -> Found:
    """"caseloads varying from 10.2 per social worker at Kingston ... and 26.4 for Staffordshire", "Caseloads ranged
    from 12 in the disability team to 24": values of the measure named before (or of the subject of "ranged"); the
    phrase was the verb ("varying") or the subject and its verb."""
    prev, low, before = f.prev, f.low, f.before
    if ("var" in low or "rang" in low) and (rg := _RANGE_FROM_LEFT.search(before)):
        if prev and not is_poor(prev):
            return prev, "inherited"
        s0 = subject(before[:rg.start()] + " was ")
        if s0 and not is_poor(s0) and not _is_generic(s0):
            return s0, "own"
    return None


def _change_to_new_value(f: _Figure) -> Found:
    """"4.1% ... with a slight increase to 4.7%": the new value of the measure named before."""
    low, before = f.low, f.before
    if f.prev and f.tail.endswith(_BEFORE_ENDS["change_to"]) and any(w in low for w in _CHANGE_TO_WORDS) \
            and _CHANGE_TO_LEFT.search(before, _change_to_from(before)):
        return f.prev, "inherited"
    return None


#: (r30phrase) the value a measure changed from, its verb of change right before "from": the measure is the NP the verb
#: changes. Its object after a verb that changes something ("agreed to increase its membership from", "proposals to
#: increase parents' allowances for ... from", "saw its projected overspend increase, from"); else the clause's subject
#: ("the children's social care budget has increased annually from", "the council's bill ... would spiral from")
_CHANGED_OBJECT_FROM_LEFT = re.compile(
    r"(?i)\b(?:(?:to|will|would|could|and|of|by)\s+(?:further\s+)?(?:increase|raise|reduce|cut|lower|decrease)|increasing|raising|"
    r"reducing|cutting|lowering|decreasing)\s+(?P<np>(?:the|its|their|our|this|these|[a-z-]+(?:'s|s')|[a-z-]+(?:’s|s’))\s+"
    r"(?:(?!(?:from|by|was|were|is|are|has|have|had|will|would)\s)[^\s.;:,()]+\s+){0,9}?)from\s+"
    r"(?:around\s+|about\s+|approximately\s+)?$"
    r"|\b(?:saw|see|sees|seen|seeing)\s+(?P<np2>(?:the|its|their|our|this|these|[a-z-]+(?:'s|s'|’s|s’))\s+"
    r"(?:(?!(?:from|to|by|was|were|is|are|has|have|had|will|would)\s)[^\s.;:,()]+\s+){0,7}?)"
    r"(?:increase|rise|fall|drop|reduce|decrease|grow|climb|go\s+(?:up|down)),?\s+from\s+"
    r"(?:around\s+|about\s+|approximately\s+)?$")
_CHANGED_SUBJECT_FROM_LEFT = re.compile(
    r"(?i)\s(?:(?:(?:has|have|had)\s+(?:been\s+)?)?(?:" + "|".join(PAST_CHANGE_VERBS) + r"|climbed|jumped|spiralled|"
    r"spiraled|gone\s+(?:up|down)|went\s+(?:up|down))"
    # a bare verb only after its auxiliary ("would spiral from"; "a rise from", "a decrease from" are nouns)
    r"|(?:would|will|could|may|might|is|are|was|were)\s+(?:(?:expected|set|likely|forecast|predicted)\s+to\s+)?"
    r"(?:spiral|increase|decrease|rise|fall|drop|grow|reduce|climb|go\s+(?:up|down)))"
    r"(?:\s+(?:[a-z]+ly|again))?,?\s+from\s+(?:around\s+|about\s+|approximately\s+)?$")
#: where the clause of the verb of change opens, in the text before it: after a comma (and a conjunction), or after
#: a verb or noun of saying without "that"
_LAST_CLAUSE_NP = re.compile(
    r"(?i)(?:,\s+(?:(?:although|though|but|and|while|whereas|so|yet)\s+)?|"
    r"\b(?:said|says|noted|reported|warned|showed|shows|meant|means|predictions|forecasts|projections|estimates|"
    r"expectations|fears|warnings|claims|concerns)\s+(?=the\s|its\s|their\s|our\s|this\s|these\s))"
    r"((?:(?!(?:said|says|noted|reported|warned|showed|shows)\s)[^\s,;:()]+\s+){0,9}?[^\s,;:()]+)\s*$")
_SUBJECT_LAST_FUNCTION = frozenset("be been being to have has had was were of for the a an and or in on".split())
_ITEM_BREAK = re.compile(r"[;:·•\n]")
_INSERTED_RELATIVE_END = re.compile(r"(?i),\s*(?:which|who)\s[^,]*,?\s*$")
_CHANGED_PRONOUN_END = re.compile(r"(?i)(?:^|[\s,])(?:which|that|who|it|this|they|these|those)\s*$")


def _changed_from_value(f: _Figure) -> Found:
    """(r30phrase) "the children's social care budget has increased annually from £46m", "agreed to increase its
    membership from eight", "saw its projected overspend increase, from £800,000": the value a measure changed from
    is a value of what the verb of change changes (its object, else the clause's subject), whatever words follow the
    value; not a pronoun's or a relative's subject, nor a generic one ("the figure has risen from") (those borrow)."""
    before = f.before
    if f.tail[-4:] != "from" and not f.tail.endswith(("around", "about", "approximately")) or " from" not in before:
        return None  # (speed: "from" ends the text before the figure)
    m = _CHANGED_OBJECT_FROM_LEFT.search(before)
    if m:
        np_ = _clean_phrase(m.group("np") or m.group("np2"), 10)
        return (np_, "own") if np_ and not _is_generic(np_) and not is_poor(np_) else None
    m = _CHANGED_SUBJECT_FROM_LEFT.search(before)
    if m is None:
        return None
    head = f.text[f.sent_start:f.h.start - len(before) + m.start()]
    if _CHANGED_PRONOUN_END.search(head) or head.rstrip()[-2:].lower() == "to":
        return None
    head = _ITEM_BREAK.split(head)[-1]  # "...;\n· The average cost of residential care had risen from": its own item
    if "," in head:
        head = _INSERTED_RELATIVE_END.sub("", head)  # "the number of children in care, which was high, has fallen from"
    if (cm := _LAST_CLAUSE_NP.search(head)) is not None:
        head = head[cm.start(1):]  # "To make sure ... are protected, the children's social care budget", "This led to
        # predictions the council's bill for the service": the clause of the verb of change opens at its own subject
    who = subject(head + " was ")
    if not who or who.rsplit(None, 1)[-1].lower() in _SUBJECT_LAST_FUNCTION:
        return None  # (a subject cut inside its own verb phrase: "ECHPs which have taken more than a year to be")
    return (who, "own") if not _is_generic(who) and not is_poor(who) else None


@_for_units("count")
def _list_of_counted(f: _Figure) -> Found:
    """"a list of 500 families who were contacted": what is listed."""
    if f.unit == "count" and f.tail.endswith("of") and _LIST_OF_LEFT.search(f.before):
        np1 = _np_after(f.right)
        if np1 and not is_poor(np1):
            return np1, "own"
    return None


# (c) money: a sum named before, over budget, paid, received, set aside, related to, included


@_for_units(*_MONEY_UNITS)
def _this_sum(f: _Figure) -> Found:
    """"The forecast overspend is £3.1m. This £3.1m will be met from reserves", "With that £2.6m, if it is delivered
    ...": the sum named before."""
    tail = f.tail
    if f.money and (f.prev_money or f.prev) and tail.endswith(("this", "that")) \
            and _THIS_SUM_LEFT.search(tail) and _VERB_NEXT.match(f.right):
        return f.prev_money or f.prev, "inherited"
    return None


def money_kind_after(right: str, before: str) -> str:
    """(r42phrase) The kind of money a sum is said to be, named right after it (:data:`_MONEY_KIND_RIGHT`): ``right`` is
    the text after the sum, ``before`` the sentence before it. "" when none is named, or when the sum is the value of a
    noun before it (:data:`_OWN_NOUN_OF_END`: "an overspend of £3m in costs" is an overspend). Read by
    :func:`.phrase.indicator_phrase` after the cascade: a phrase that does not name that money gives way to it.

    >>> money_kind_after(" of the Early Years Reserve and transfer", "approved the disapplication of")
    'Early Years Reserve'
    >>> money_kind_after(" in youth grants for local projects.", "the skatepark and over")
    'youth grants'
    >>> money_kind_after(" in the budget.", "a gap of"), money_kind_after(" in savings.", "an overspend of")
    ('', '')
    """
    if right[:4].lower() not in (" of ", " in ") or (mk := _MONEY_KIND_RIGHT.match(right)) is None \
            or _OWN_NOUN_OF_END.search(fold(before).rstrip() + " "):
        return ""
    what = _clean_phrase(mk.group(1), 6)
    return "" if not what or is_poor(what) else what


@_for_units(*_MONEY_UNITS)
def _spent_more_than_budget(f: _Figure) -> Found:
    """"is projected to spend £19 million more than budgeted for on children's services", "the department spent £2.99m
    more than its budget on placements": an overspend (the phrase was the verb: "projected to spend")."""
    if f.money and f.right[:11] == " more than " and f.tail.endswith(_SPEND_WORDS) \
            and (sm := _MORE_THAN_BUDGET_RIGHT.match(f.right)):
        return _overspend_on(sm.group(1)), "own"
    return None


@_for_units(*_MONEY_UNITS)
def _over_on(f: _Figure) -> Found:
    """"£19 million more than budgeted for on children's services and £11 million over on adult services": an
    overspend on what follows (the phrase was the words around "over")."""
    if f.money and f.right[:9] == " over on " and (ov := _OVER_ON_RIGHT.match(f.right)):
        return _overspend_on(ov.group(1)), "own"
    return None


@_for_units("gbp", "eur", "usd", "count", "percent")
def _changed_by(f: _Figure) -> Found:
    """"The council slashes deficit by £10m", "savings have reduced the overall deficit by more than £10m", "The
    service trimmed its overspend by £300,000", "The forecast has increased by £1,984,000": the change of what the
    verb's object (or a subject that names nothing else) names (the phrase was the clause, the object alone, or
    none)."""
    tail, before = f.tail, f.before
    if f.unit in ("gbp", "eur", "usd", "count", "percent") and tail.endswith(_BY_HEDGE_ENDS) and " by" in tail[-22:] \
            and (vb := _CHANGE_BY_LEFT.search(before)) and not (vb.group(2) and _FINITE_VERB_IN.search(vb.group(2))):
        what_ = _clean_phrase(vb.group(2) or vb.group(3) or "", 8)
        if what_ and (not is_poor(what_) if vb.group(2) else what_.lower() not in _ANAPHORIC_HEADS
                      and _is_generic(subject(before) or "forecast")):
            change_ = "increase" if (vb.group(1) or vb.group(4)).lower()[:2] in _INCREASE_STARTS else "reduction"
            return f"{change_} in {what_}", "own"
    return None


@_for_units(*_MONEY_UNITS)
def _paid_to(f: _Figure) -> Found:
    """"Foster carers could receive up to £1,500 per week": a payment to the subject."""
    if f.money:
        before = f.before
        pm0 = _PAID_TO_LEFT.search(before) if f.tail.endswith(_BEFORE_ENDS["paid_to"]) else None
        if pm0:
            who = subject(_MODAL_END.sub("", before[: pm0.start()]) + " was ")
            if who and not is_poor(who):
                return f"payment to {who}", "own"
    return None


@_for_units(*_MONEY_UNITS)
def _income(f: _Figure) -> Found:
    """"the programme would bring in over £2m", "had generated": income, from the subject."""
    if f.money:
        before = f.before
        im = _INCOME_LEFT.search(before) if f.tail.endswith(_BEFORE_ENDS["income"]) else None
        if im:
            src = subject(before[: im.start()] + " was ")
            return (f"income from {src}" if src and not is_poor(src) else "income"), "own"
    return None


@_for_units(*_MONEY_UNITS)
def _money_purpose_step(f: _Figure) -> Found:
    """"approval for £1.742M to increase capacity", "£27.6 million set aside to mitigate risks"
    (:func:`.phrase_changes.money_purpose`)."""
    if f.money:
        mp = money_purpose(f.before, f.right)
        if mp:
            return mp, "own"
    return None


@_for_units(*_MONEY_UNITS)
def _amount_as_subject(f: _Figure) -> Found:
    """"whilst £300k was centrally retained", "£1.2m was successfully recovered from health partners", "there is still
    £18 million to recover in just six months": the amount is the clause's subject, named by what is done with it (the
    phrase was the participle alone, or none)."""
    right = f.right
    if f.money and right[:4] in _AMOUNT_SUBJECT_VERB_STARTS and _CLAUSE_OPEN_END.search(f.before) \
            and (ap := _AMOUNT_PASSIVE_RIGHT.match(right)):
        pp = ap.group(5) if ap.group(5) and not _TIME_WORD.search(ap.group(5)) else ""  # (not "in six months")
        done = " ".join(w for w in (ap.group(1) or ap.group(3), ap.group(2) or ap.group(4), _clean_phrase(pp, 6))
                        if w)
        return f"money {done}", "own"
    return None


@_for_units(*_MONEY_UNITS)
def _related_to(f: _Figure) -> Found:
    """"the historic origins of the £184,000 which related to the PFI contribution": what the amount relates to."""
    right = f.right
    if f.money and right[:7] in (" which ", " that r", " that w", " that i") and (rt := _RELATED_TO_RIGHT.match(right)):
        what = _clean_phrase(_cut_clause(rt.group(1)), 8)
        if what and not is_poor(what):
            return what, "own"
    return None


@_for_units(*_MONEY_UNITS)
def _including_funding(f: _Figure) -> Found:
    """"including over £250,000 payment by results funding": the funding named after the amount."""
    if f.money:
        fm0 = _FUNDING_NP_RIGHT.match(f.right)
        if fm0 and _INCLUDING_END.search(f.before):
            return _clean_phrase(fm0.group(1), 6), "own"
    return None


@_for_units(*_MONEY_UNITS)
def _money_in_bracket(f: _Figure) -> Found:
    """"the provisional outturn for Children, Families & Education Services (£12.4m adverse overspend - ...)", "a
    pressure on transport (£1.2m overspend)": the kind of money in the bracket, of what is named before it (with no
    preposition before the bracket, "external placements pressures (£10.1m overspend)", the words before it)."""
    right = f.right
    if f.money and f.tail[-1:] == "(" and right[:1] == " " \
            and (mn := _MONEY_NOUN.match(_np_after(right))) is not None and (om_ := _OWNER_BEFORE_BRACKET.search(f.before)):
        owner = _clean_phrase(om_.group(2), 6)
        if owner and not is_poor(owner):
            return f"{mn.group(0)} {om_.group(1).lower()} {owner}", "own"
    return None


@_for_units(*_MONEY_UNITS)
def _over_budget_by(f: _Figure) -> Found:
    """"spending on looked after children exceeded its £44.5 million budget by more than £4 million", "the service
    overspent its budget by £2.3m": the overspend (the phrase was "budget" or the subject and its verb)."""
    if f.money and "budget" in f.low and f.tail.endswith(_BEFORE_ENDS["over_budget_by"]) \
            and (xb := _OVER_BUDGET_BY_LEFT.search(f.before)):
        what = _clean_phrase(xb.group(1), 6) if xb.group(1) else ""
        return (f"overspend against budget for {what}" if what and not is_poor(what) else "overspend against budget"), "own"
    return None


# (d) shares, totals, wholes, labels and brackets


#: (r34phrase) a share that is the subject of a verb of saying or feeling, with what they said: "six in 10 said that the
#: allowance was not sufficient", "40% of primary schools reported that managing falling rolls was ...", "51% of
#: respondents felt the new offer promoted inclusivity" (group "who": whose share, "v": the verb, "what": what was said);
#: (r34review) a survey's scale joined to the verb is the verb's ("92% agreed or strongly agreed that ...")
_SHARE_SAYING_RIGHT = re.compile(
    r"(?i)^\s+(?:of\s+(?:the\s+|those\s+|all\s+)?(?P<who>(?:(?!(?:said|say|says|reported|felt|feel|feels|thought|think|"
    r"thinks|agreed|agree|agrees|disagreed|disagree|believed|believe|believes|stated|indicated|is|are|was|were|had|has|"
    r"have|be|been|being|would|will|could|should|may|might)\b)[\w'’-]+\s+){1,4}?))?"
    r"(?P<v>said|say|says|reported|felt|feel|feels|thought|think|thinks|agreed|agree|agrees|disagreed|disagree|"
    r"believed|believe|believes|stated|indicated)(?:\s+or\s+(?:strongly\s+)?(?:agreed|agree|disagreed|disagree))?"
    r"\s+(?!to\s|by\s|as\s|on\s|in\s|at\s|for\s|with\s|upon\s|(?:above|below|earlier|previously|last|here|elsewhere)\b)"
    r"(?:that\s+)?"
    r"(?P<what>[\w'’][^.;:,()]{2,200})")
#: (r34review) the share is no subject of the verb after it when a determiner, a preposition or a copula stands before
#: it: "rose by 12% reported last quarter", "The 45% indicated above", "Attendance was 94% said the head teacher" (the
#: verb a participle of the share or a speaker's); nor when a word of place or time follows the verb ("reported last
#: quarter", "indicated above": the lookahead of :data:`_SHARE_SAYING_RIGHT`)
_SHARE_NOT_SUBJECT_LEFT = re.compile(r"(?i)\b(?:the|this|by|of|to|from|at|was|were|is|are|be|been|being|remained|stood|"
                                     r"reached)\s*$")
#: where what was said ends: a conjunction that opens another clause, "with" ("with an additional 36% feeling ..."),
#: or another figure
_SAID_CLAUSE_END = re.compile(r"(?i)\s(?:and|but|while|whilst|whereas|compared|which|so|although|though)\s|"
                              r"\swith\s+(?:an?\s+(?:additional|further)|another|the\s+remaining)\s|\s[£$€]?\d")
#: words a cut clause may not end with
_SAID_TRAIL = frozenset("the a an of to for in on at with by and or that their its our his her they was were is are "
                        "had has have be been would will could should more less".split())
#: the present participle of each verb of _SHARE_SAYING_RIGHT, by its first three letters
_SAYING_PARTICIPLE = {"sai": "saying", "say": "saying", "rep": "reporting", "fel": "feeling", "fee": "feeling",
                      "tho": "thinking", "thi": "thinking", "agr": "agreeing", "dis": "disagreeing", "bel": "believing",
                      "sta": "stating", "ind": "indicating"}


@_for_units("percent")
def _share_saying(f: _Figure) -> Found:
    """(r34phrase) "six in 10 said that the allowance was not sufficient", "40% of primary schools reported that managing
    falling rolls was putting pressure on them": the share of those (named after "of") who said, felt or reported it,
    with what they said (the phrase was the verb, or its subject and the verb). (r34review) Not a share after a
    determiner, a preposition or a copula (:data:`_SHARE_NOT_SUBJECT_LEFT`)."""
    if f.unit == "percent" and (sm := _SHARE_SAYING_RIGHT.match(f.right)) and not _SHARE_NOT_SUBJECT_LEFT.search(f.left):
        said = sm.group("what")
        if (cm := _SAID_CLAUSE_END.search(said)) is not None:
            said = said[:cm.start()]
        words = said.split()[:10]
        while words and words[-1].lower() in _SAID_TRAIL:
            words.pop()
        if len(words) < 2:
            return None
        what = " ".join(words)
        who = _clean_phrase(sm.group("who") or "", 4)
        ger = _SAYING_PARTICIPLE[sm.group("v").lower()[:3]]
        return (f"share of {who} {ger} {what}" if who and not is_poor(who) else f"share {ger} {what}"), "own"
    return None


@_for_units("percent")
def _share_of_prev(f: _Figure) -> Found:
    """"a net overspend of £1,785k, representing 1.25% of the DSG budget": the figure before, as a share."""
    if f.unit == "percent" and f.prev:
        rm = _SHARE_OF_PREV_LEFT.search(f.before) if f.tail.endswith(_BEFORE_ENDS["share_of_prev"]) else None
        om0 = _OF_FOR_RIGHT.match(f.right)
        if rm and om0:
            whole = _np_after(" " + _ALL_OF_THE.sub("", _LEAD_PERIOD.sub("", om0.group(1).lstrip())))  # "20% of all referrals"
            if whole:
                return f"{_base_of(f.prev)} as a share of {whole}", "part"
    return None


#: (r40phrase) a share that restates the figure before it in the sentence, the two joined by a bracket or by a
#: relative or demonstrative copula after that figure's few words: "£31.8m (10.4% of the Schools Budget)", "a £15.5m
#: adverse variance against the budget (14.7% of service budget", "£1.89m over budget, which is 0.24 per cent of its
#: total revenue expenditure", "3225 children at SEN support ...; this equates to 9.9% of the school population"
#: (the words between the figure and the mark: no figure, no sentence or bracket mark; group ``mark``: the join)
_SHARE_RESTATES_LEFT = re.compile(
    r"(?i)(?<![\w.])[£$€]?\d[\d,.]*(?:\s*(?:m|bn|k|mn|million|billion|thousand)\b)?"
    r"[^\d.;:!?()£$€%\n]{0,50}?"
    r"(?P<mark>\s*\(|\s*[;,]\s*(?:this|which|that)\s+(?:equates\s+to|is\s+equivalent\s+to|was\s+equivalent\s+to|is|was|"
    r"represents|represented|amounts\s+to|amounted\s+to))"
    r"\s*(?:(?:about|around|approximately|almost|nearly|roughly|some|just\s+over|just\s+under|over|under|more\s+than|"
    r"less\s+than)\s+)?$")

#: (r40phrase) a dash that opens an aside after the whole: "(14.7% of service budget - a deterioration of £1.5m"
_DASH_CUT = re.compile(r"\s[-–—]\s")


@_for_units("percent")
def _share_restates_prev(f: _Figure) -> Found:
    """(r40phrase) "£31.8m (10.4% of the Schools Budget)", "£1.89m over budget, which is 0.24 per cent of its total
    revenue expenditure": a share of a whole named after it, restating the figure before it in the sentence (joined
    by a bracket or "which is / this equates to"): the figure before's measure, as a share of that whole. Not when
    that measure is a bare noun or names nothing ("3225 children ...; this equates to 9.9%": which children is
    unsaid), or is already a share."""
    if f.unit != "percent" or not f.prev or not f.tail.endswith(_BEFORE_ENDS["share_restates"]):
        return None
    rm = _SHARE_RESTATES_LEFT.search(f.before)
    om0 = _OF_FOR_RIGHT.match(f.right) if rm else None
    if rm is None or om0 is None or not f.right.lstrip().lower().startswith("of "):
        return None
    measure = _base_of(f.prev)
    if is_poor(measure) or len(measure.split()) < 2 or " share of " in measure:
        return None
    whole = _np_after(" " + _DASH_CUT.split(_ALL_OF_THE.sub("", _LEAD_PERIOD.sub("", om0.group(1).lstrip())), 1)[0])
    if not whole or is_poor(whole) or whole.lower() in measure.lower():
        return None
    return f"{measure} as a share of {whole}", "part"


def _totalling(f: _Figure) -> Found:
    """"the following additional savings, totalling £104,780": the noun phrase before the comma."""
    before = f.before
    bh = _HEDGE_END.sub("", before) if before[-3:].rstrip()[-2:].lower() in _HEDGE_LAST else before  # "totalling approximately"
    tm0 = _TOTALLING_LEFT.search(bh, _totalling_from(bh)) if _TOTALLING.may_end(bh) and _may_total(bh) else None
    if tm0:
        np0 = _clean_phrase(_LEAD_VERB_CLAUSE.sub("", tm0.group(1)), 6)
        if np0 and not is_poor(np0) and np0.split(None, 1)[0].lower() not in _PER_OR_PREPOSITION:
            return np0, "own"
    return None


def _out_of_whole(f: _Figure) -> Found:
    """"58 agency social workers out of a workforce of 170 social workers": the whole, not the part."""
    if "out" in f.low and _OUT_OF_LEFT.search(f.before):  # (speed: the pattern's first word first)
        whole = _np_after(f.right) or "total"
        return f"total {whole}" if not whole.startswith("total") else whole, "part"  # its own words only
    return None


def _place_label(f: _Figure) -> Found:
    """"the percentage at SEN support level is lower (Oldham: 11.5% and national: 12.6%)": the place labels a value of
    the measure named before the bracket."""
    before = f.before
    bm = _PLACE_LABEL_LEFT.search(before) if f.tail.endswith(":") and "(" in before else None
    if bm:
        pre = f.text[f.sent_start:f.h.start - len(before) + bm.start()]
        pre = _COMPARATIVE_PRED.sub("", pre)
        s0 = subject(pre + " was ")
        if s0 and not is_poor(s0):
            return s0, "own"
    return None


def _scorecard_label(f: _Figure) -> Found:
    """A scorecard: "Children in need: 1,945; Child protection plans: 301" - the label names the measure."""
    text, h = f.text, f.h
    lo = max(f.sent_start, h.start - 90)
    # (speed) _LABEL_LEFT ends with a colon or a dash (and spaces): searched only then
    lm = _LABEL_LEFT.search(text, lo, h.start) if text[lo:h.start].rstrip().endswith(_LABEL_ENDS) else None
    if lm:
        label = _clean_phrase(lm.group(1), 8)
        if not label and lm.group(1).strip().lower() in _RAG_WORDS:
            # a RAG count: "Green – 4; Amber – 3; Red – 8" (a colour alone is no phrase, and each took the first)
            label = f"{lm.group(1).strip()} rating"
        after = _np_after(f.right)
        if label and not is_poor(label) and label.lower() not in _NOT_TOPIC and (not after or _is_generic(after)):
            return label, "own"
    return None


@_for_units("count", "percent", "gbp")
def _change_in_brackets(f: _Figure) -> Found:
    """"the continuing decrease in the number of births (down 2,116)", "Natural change was less than in previous years
    (down to 157 people from 227 people in 2018)", "referrals (up 12%)": the change in brackets is of what the words
    before the bracket name (the phrase was the measure before, or the unit after the number)."""
    text, h, unit, sent_start = f.text, f.h, f.unit, f.sent_start
    if "(" in text[max(sent_start, h.start - 50):h.start] and unit in ("count", "percent", "gbp") \
            and (ud := _UP_DOWN_BRACKET_END.search(text, max(sent_start, h.start - 50), h.start)) \
            and not _FIGURE_END.search(text, max(sent_start, ud.start() - 12), ud.start()):
        own = _bracket_owner(text, Hit(ud.start() + 1, ud.start() + 1, h.kind, h.group, h.values), unit, sent_start, f.prev)
        if own is None or is_poor(own[0]) or _is_generic(own[0]):
            s0 = sentence_subject(text[sent_start:ud.start()] + " ")
            own = (s0, "own") if s0 and not is_poor(s0) and not _is_generic(s0) else None
        if own is not None:
            return _CHANGE_VERB_END.sub("", own[0]), own[1]
    return None


@_for_units("count", "percent")
def _age_band_part(f: _Figure) -> Found:
    """"Of this total, 39 were aged 0-4, 27 aged 5-9 and 9 aged 16+", "24% were aged 0-4 and 12% aged 16+", "This
    compares to 21.3% aged 0 to 17": the age band says which part of the population the figure counts (the phrase was
    the band's first word, cut at its number, or the share before)."""
    unit, right, prev = f.unit, f.right, f.prev
    if unit in ("count", "percent") and "aged" in right[:12] and (ab := _AGE_BAND_RIGHT.match(right)):
        band = _clean_phrase(ab.group(1), 8)
        # the whole it is a part of: a part's own whole ("aged 0-4 (of children who entered care)"), or the count
        # before a count that opens "Of this total, 39 were aged 0-4" (a share's measure before it may be a sibling
        # part: "2% were unborn babies. 59% were aged under 10")
        base = _base_of(prev) if prev and (" (of " in prev or unit == "count" and _OF_THESE_OPEN.search(f.left)) else ""
        if base[:4].lower() == "aged" or is_poor(base):
            base = ""
        return (f"{band} (of {base})" if base else band), "part"
    return None


def _of_which_after(f: _Figure) -> Found:
    """"... 140 children, 12 of whom were placed out of area": read after the figure ("N of which/whom were X", where
    a figure was named before): X, what this part of the figure before measures."""
    wm = _OF_WHICH_RIGHT.match(f.right)
    if wm and f.prev:
        c = _clean_phrase(_cut_clause(wm.group(1)), 6)
        if c:
            return f"{c} (of {f.prev})", "part"
    return None


@_for_units("count")
def _count_of_bracketed_share(f: _Figure) -> Found:
    """"2.2 percent (4,599) of the resident population are 85 and over": the count is the share's part."""
    right, left = f.right, f.left
    if f.unit == "count" and right[:5] == ") of " and left[-1:] in "( " and _PCT_OPEN_BRACKET_END.search(left) \
            and (om1 := _OF_FOR_RIGHT.match(right[1:])):
        np1 = _np_after(" " + _ALL_OF_THE.sub("", om1.group(1)))
        pred1 = _share_predicate(np1, om1.group(1).lstrip()) if np1 else ""
        if pred1:
            return pred1, "part"
    return None


@_for_units("count")
def _count_in_share_bracket(f: _Figure) -> Found:
    """"Of the 210,014 people in Warrington, 21.1 percent (44,391) are children aged under 18": the count in brackets
    is the same part as the share before it, not the whole."""
    right, left = f.right, f.left
    if f.unit == "count" and right[:1] == ")" and left[-1:] in "( " and (pb := _PCT_OPEN_BRACKET_END.search(left)) \
            and _share_open(left[:pb.start()]) and (sc0 := _SHARE_COMPLEMENT.match(right[1:])):
        c0 = _clean_phrase(_with_age_band(_LEAD_PREP.sub("", sc0.group(1)).rstrip(), right[1 + sc0.end(1):]), 6)
        if c0 and not is_poor(c0):
            return c0, "part"
    return None


@_for_units("percent")
def _breakdown_share(f: _Figure) -> Found:
    """A breakdown of a population named before: "55% were boys, 44% girls and 1% unborn babies", "44% were in
    education, employment or training": the share is of what follows the number."""
    right, unit = f.right, f.unit
    bc = _BRACKETED_COUNT.match(right) if unit == "percent" and right[:3].lstrip()[:1] == "(" else None
    right_ = right[bc.end():] if bc else right  # "21.1 percent (44,391) are children aged under 18": past the count
    if unit == "percent" and _share_open(f.left) and not _OF_FOR_RIGHT.match(right_):
        am = _AGE_SHARE_RIGHT.match(right_)
        if am:
            return _clean_phrase(am.group(1), 6), "part"  # "50% were under 10", "64% over 10"
        sc = _SHARE_COMPLEMENT.match(right_)
        # ("from BME groups" -> "BME groups"; "are adults aged 18 to 64": not cut at the band's number)
        c = _clean_phrase(_with_age_band(_LEAD_PREP.sub("", sc.group(1)).rstrip(), right_[sc.end(1):]), 6) if sc else ""
        if not c and prev_in_clause_list(f.text, f.h):
            c = _np_after(right)
            c = "" if c and (_is_generic(c) or c.lower().split()[0] in _CHANGE_NOUNS) else c
        if c and not is_poor(c):
            return c, "part"
    return None


def _share_verb_subject(f: _Figure) -> Found:
    """"young people not in education, employment or training made up 4.1% of the cohort": the subject is what is
    measured, the "of" phrase only the whole it is a share of."""
    text, left, right = f.text, f.left, f.right
    if _OF_NEXT.match(right) and (sm := _SHARE_VERB_LEFT.search(left)):
        pre = left[: sm.start()]
        # "... remains domestic abuse, which accounted for 44 per cent of cases": what "which" stands for, the noun
        # phrase before it
        wm_ = None
        sent_start, clause_start = f.sent_start, f.clause_start
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
    return None


def _verb_object(f: _Figure) -> Found:
    """"the council has reduced its DSG deficit to £4.1m": the object of the change is the measure."""
    vm = _verb_object_to(f.left)
    if vm:
        obj = _clean_phrase(vm.group(1), 8)
        if obj and not is_poor(obj) and not _is_generic(obj):
            return obj, "own"
    return None


@_for_units("percent")
def _share_of_use(f: _Figure) -> Found:
    """"60% of that spend has to go towards Adult Social Care", "36% of its budget is spent on children's social care",
    "a further 20% has to be spent on statutory services": the share of spending that goes to a use."""
    right = f.right
    if f.unit == "percent" and ("spen" in right[:60] or " go" in right[:60]):
        um = _SHARE_OF_USE.match(right)
        if um:
            use = _clean_phrase(_USE_TAIL_CUT.split(um.group(3))[0], 8)
            if use and not is_poor(use):
                return f"{(um.group(1) or 'spend').lower()} {um.group(2).lower()} {use}", "own"
    return None


# (e) 1. the object of "N% of X" / "£N of X"


def _population_of(body: str) -> tuple[str, str]:
    """The text after "of" past a count, "all", "the" and an anaphoric "these", and the noun phrase of the population
    it opens ("" if none)."""
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
    return body, np_


#: (r29phrase) a count "out of" a whole: "84 out of the 102 maintained schools are ...", "three out of a possible four
#: priority actions", "26 children out of 399 are ..." (group "noun": the counted noun said before "out of")
_OUT_OF_PART_RIGHT = re.compile(
    r"^\s+(?:(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+)?out\s+of\s+(?:(?:the|its|their|our|a\s+possible|a\s+total\s+of|"
    r"all(?:\s+the)?)\s+)?(?P<whole>[\d,]+|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundred))\s+(?P<rest>.*)$", re.S)


class _OutOfRight:
    """(r29phrase) the figure as :func:`_of_object` reads it, "out of" its whole read as "of" it."""

    def __init__(self, f: _Figure, right: str) -> None:
        self.right, self.unit, self.h = right, f.unit, f.h


@_for_units("count")
def _out_of_part(f: _Figure) -> Found:
    """(r29phrase) A count "out of" a whole is the part "N of the M ..." is: "84 out of the 102 maintained schools are
    reporting a deficit" -> "maintained schools that are reporting a deficit"; "26 children out of 399 are housed in
    unregulated homes" (the counted noun said before "out of": the whole's noun). The phrase was empty, the subject
    before the count ("watchdog subsequently issued") or "children out"."""
    right = f.right
    if f.unit != "count" or "out of" not in right[:40] or (m := _OUT_OF_PART_RIGHT.match(right)) is None:
        return None
    noun, rest = m.group("noun"), m.group("rest")
    if noun:
        if noun.split()[-1] in _NOT_COUNTED_BEFORE_OUT:
            return None
        rest = f"{noun} {rest}"
    return _of_object(_OutOfRight(f, f" of the {m.group('whole')} {rest}"))  # type: ignore[arg-type]


#: (r29phrase) words before "out of" that are not the counted noun ("five times out of six", "three weeks out of")
_NOT_COUNTED_BEFORE_OUT = frozenset(("times", "time", "days", "weeks", "months", "years", "hours", "per", "cent",
                                     "percent", "are", "were", "is", "was", "of", "in", "and", "or"))


def _of_object(f: _Figure) -> Found:
    """1. "68% of EHCPs completed in time", "£4.2m of savings": the population after "of" and what the clause says of
    it."""
    right, unit = f.right, f.unit
    om = _OF_FOR_RIGHT.match(right)
    if om is None and unit == "percent" and right[:3].lstrip()[:1] == "(" and (bc_ := _BRACKETED_COUNT.match(right)):
        om = _OF_FOR_RIGHT.match(right[bc_.end():])  # "2.2 percent (4,599) of the resident population are 85 and over"
    if f.h.group in ("ratio", "fraction") and om is None:
        om = _REST.match(right)
    if not (om and unit != "count" or (om and unit == "count" and _OF_DETERMINER_RIGHT.match(right))):
        return None
    body, np_ = _population_of(om.group(1))
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
    return None


# (f) 2. a count modifies the noun after it: "86 conceptions to under 18s", "six schools"


def _counted_np(f: _Figure) -> str:
    """The noun phrase right after a count, without a purpose clause, past "more"/"fewer", with its age band."""
    right = f.right
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
    return np_


def _mark_subject(f: _Figure) -> Found:
    """"was around the 350 mark", "passed the 1,000 milestone": the subject is the measure."""
    left = f.left
    head_, n_ = _MARK_VERB_END.subn("", left[:-4])  # "Referrals to the front door have topped"
    subj_ = _clean_phrase(head_.rsplit(",", 1)[-1]) if n_ else subject(left)
    if (om_ := _OF_HEAD.match(subj_)) is not None:
        subj_ = subj_[om_.end():]  # "the number of children in care reached the 600 mark"
    if subj_ and not is_poor(subj_):
        return subj_, "own"
    return None


def _which_counted(f: _Figure, np_: str, rest: str) -> Found:
    """What the words after a counted population say of which of them are counted (a participle or a place, "had", "still",
    a relative clause, a copula and its complement), or None."""
    left = f.left
    # (a hyphenated compound is a noun phrase: "40 in-house foster carers", "12 in-year transfers")
    # "1,456 children were receiving SEN support": the participle says which children
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
            and (rc_ := _share_clause(np_, rest)) and rc_[0] == np_ and _says_which(rc_[1][len(np_):], f.rules):
        # (round 18) "three schools were broadly in line with similar schools", "513 children were made subject
        # to a child protection plan", "two young people were first-time offenders": what the counted
        # population was says which of them are counted (the phrase was the population alone: _ING_TAIL
        # reads only a participle or a place after the copula). Not the whole of a share ("two-thirds of
        # England's 80,850 looked after children are put into foster care": the clause is the part's). A
        # period word at its end is left out (_TRAIL_TIME: "last year", "during the last quarter": a
        # comparator inheriting the phrase has its own time) and a year is cut at its number ("in 2023",
        # _PART_PRED_CUT's), but a month or a named point is kept ("in deficit by March", "at year end")
        return _TRAIL_TIME.sub("", rc_[1]), "own"
    return None


def _counted_population(f: _Figure, np_: str) -> tuple[str, str]:
    """The counted population ``np_``, with what the clause says of which of them are counted; or the measure named
    before, where the population is a bare noun and an earlier value follows."""
    rest = f.right.lstrip()
    found = _which_counted(f, np_, rest)
    if found is not None:
        return found
    prev = f.prev
    head = np_.split()[0]
    if prev and rest.startswith(head) and prev.lower().startswith(head.lower() + " ") and _POPULATION_NP.fullmatch(head) \
            and _EARLIER_VALUE_RIGHT.match(rest, len(head)):
        # "3,109 children in need ..., an increase from 2,903 children the previous year": the same measure
        return prev, "inherited"
    return np_, "own"


def _shared_head_noun(f: _Figure) -> Found:
    """(r30labels) "12 permanent and 340 fixed-term exclusions": a count whose own word is a modifier alone counts the
    noun the list's values share (:func:`.phrase_lists.shared_head`), not the modifier."""
    if not (f.unit == "count" or f.h.group == "word") or not f.h.values:
        return None
    shared = shared_head(f.text, f.h, f.h.values[0], f.sent_end)
    return (shared, "own") if shared else None


def _counted_noun(f: _Figure) -> Found:
    """2. A count modifies the noun after it ("86 conceptions to under 18s", "six schools"): the noun, what the clause
    says of it, or (where the noun is a point or a unit) the subject."""
    unit, left, right = f.unit, f.left, f.right
    if not (unit in ("count", "rate") or f.h.group == "word"):
        return None
    np_ = _counted_np(f)
    if np_ and left[-4:].lower() == "the " and np_.split(None, 1)[0].lower() in _MARK_WORDS \
            and right.lstrip().lower().startswith(np_.split(None, 1)[0].lower()):
        return _mark_subject(f)  # (none: the noun is only a point, and the rules after this one in 2. need it)
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
        return _counted_population(f, np_)
    return None


@_for_units("count")
def _included_part(f: _Figure) -> Found:
    """"The new plans included 80 for unborn babies, 26 babies and 130 one to four-year-olds": the part the "for"
    phrase names, of what included it (the phrase was empty)."""
    left, right = f.left, f.right
    if f.unit == "count" and right[:5] == " for " and _ends_with(left, _INCLUDED_WORDS) and (im_ := _INCLUDED_END.search(left)):
        fm_ = _PREP_PP_RIGHT.match(" in" + right[4:])
        part = _clean_phrase(_cut_clause(fm_.group(2)), 6) if fm_ else ""
        whole = subject(left[:im_.start()] + " was ")
        if part and not is_poor(part):
            if whole and not is_poor(whole) and not _is_generic(whole):
                return f"{whole} for {part}", "own"  # "new child protection plans for unborn babies"
            return part, "part"
    return None


@_for_units("count")
def _same_verb_left_out(f: _Figure) -> Found:
    """"64 were placed in homes and 287 with foster carers": the same verb, left out (also when the comma ended the
    clause: "17 of which are from Southport, four from Sefton Central")."""
    prev, left, text, h = f.prev, f.left, f.text, f.h
    if prev and f.unit == "count" and (_ends_with(left, (",", "and", "or")) and _LIST_JOIN_END.search(left)
                                       or not left.strip() and text[max(0, h.start - 4):h.start].rstrip().endswith(",")):
        pm = _PREP_PP_RIGHT.match(f.right)
        if pm and not _TIME_PP.match(pm.group(0).strip()):
            p = _clean_phrase(_cut_clause(pm.group(2)), 6)
            if p:
                if pm.group(1)[:3] in ("bec", "due", "as "):
                    # "262 cases ... were due to neglect, 184 because of emotional abuse": the same count, for another
                    # reason (its id is the one before)
                    return f"{_base_of(prev)} {' '.join(pm.group(1).split())} {p}", "inherited"
                return f"{pm.group(1)} {p} (of {_base_of(prev)})", "part"
    return None


# (g) 3. the subject of "X had risen to N", "X was N", "X of N", and what it refers to


def _rest_of_prev(f: _Figure) -> Found:
    """"the other 32%", "the remainder": the rest of the measure before."""
    if f.prev and _ANAPHOR_LEFT.search(f.left):
        return f"rest of: {f.prev}", "complement"
    return None


def _of_which_before(f: _Figure) -> Found:
    """"£86.4m, of which £42.1m was spent on placements": a part of the previous figure."""
    if f.prev and _OF_WHICH_END.search(f.text[max(0, f.h.start - 30):f.h.start]):
        right_clause = f.right_clause
        c = _complement_after(" " + right_clause) or _clean_phrase(_cut_clause(right_clause), 6)
        c = _LEAD_COPULA.sub("", c)
        if c:
            return f"{c} (of {f.prev})", "part"
    return None


def _lead_pronoun(f: _Figure) -> Found:
    """"But it jumped quickly over the next year to 7.5%", "and that dropped in 2020-21 to 4.4%": the clause opens with
    a pronoun for the measure named before."""
    if f.prev and _LEAD_PRONOUN.match(f.left):
        return f.prev, "inherited"
    return None


def _change_from_prev(f: _Figure) -> Found:
    """(r23ind) "There were now 73 social workers - a remarkable shift from 49", "The increase from £1.4m to £1.6m was
    due to ...": the value a change started from is a value of the measure named before, not the change."""
    left, prev = f.left, f.prev
    if prev and left[-5:].lower() == "from " and _CHANGE_FROM_END.search(left) and not is_poor(prev):
        return prev, "inherited"
    return None


@_for_units(*_MONEY_UNITS)
def _had_money_of(f: _Figure) -> Found:
    """"the service experienced an overspend of £2.5m": the kind of money the subject had."""
    if f.money:
        left = f.left
        hm = _HAD_MONEY_OF.search(left) if _ends_with(left, _HAD_MONEY_OF_ENDS) else None
        if hm:
            return _clean_phrase(hm.group(1), 6), "own"
    return None


@_for_units(*_MONEY_UNITS)
def _money_noun_after(f: _Figure) -> Found:
    """"the directorate was forecasting a £1.6m pressure": the kind of money is after the number."""
    if f.money:
        subj = f.subj0
        after_np = _np_after(f.right)
        if _MONEY_NOUN.match(after_np) and (not subj or is_poor(subj) or not _MONEY_WORD.search(subj)):
            if not subj or is_poor(subj) or _is_generic(subj):
                return after_np, "own"
            if not _OPEN_SUBJECT.search(subj) and len(subj.split()) <= 4:
                return f"{subj} {after_np}", "own"
    return None


@_for_units(*_MONEY_UNITS)
def _loss_after_amount(f: _Figure) -> Found:
    """"it faces going £5.5m over budget", "predicts massive £7.7million budget hole", "this has meant a £100m cut in
    the money": the loss is named right after the number and the words before are a subject and its verb (r20head:
    past a short bracket: "which is £2.7 million (1%) over budget")."""
    if f.money:
        right, subj = f.right, f.subj0
        loss_right = right[bm.end():] if right[:2] == " (" and (bm := _BRACKET_RIGHT.match(right)) else right
        if loss_right[:1] == " " and _LOSS_FIRST.match(loss_right) and not (subj and _MONEY_WORD.search(subj)):
            lm = _LOSS_RIGHT.match(loss_right)
            if lm:
                loss = _clean_phrase(_cut_clause(lm.group(1)), 8)
                if loss:
                    return _loss_phrase(loss), "own"
    return None


@_for_units(*_MONEY_UNITS)
def _amount_modifies_noun(f: _Figure) -> Found:
    """"Approval for £8m expansion of Green Fold School", "the council's £156.8m revenue budget", "a £1.5m rise in
    supported living costs", "taxpayers to foot £9million care bill": the amount modifies the noun after it."""
    right = f.right
    if f.money and right[:1] == " " and right[1:2].isalpha() and _MONEY_MODIFIES_LEFT.search(f.left[-14:]):
        mod = _BY_CUT.split(_np_after(right), 1)[0]  # "exceeded its £44.5 million budget by more than £4 million"
        if mod and not is_poor(mod) and not _is_generic(mod) and not _TIME_WORD_START.match(mod) \
                and mod.split()[0].lower() not in _NOT_MODIFIED_HEAD \
                or mod and mod.split()[0].lower() in _CHANGE_NOUNS and len(mod.split()) > 2:
            return mod, "own"
    return None


@_for_units(*_MONEY_UNITS)
def _spent_on(f: _Figure) -> Found:
    """A subject that is a verb of spending ("spent", "the council paid"): what the amount went on, in or for."""
    subj = f.subj0
    if f.money and _SPEND_SUBJECT.fullmatch(subj or "-"):
        om2 = _ON_IN_FOR_TO_RIGHT.match(f.right)
        if om2:
            what = _clean_phrase(_cut_clause(om2.group(2)), 8)
            if what:
                return f"{subj} {om2.group(1)} {what}", "own"
    return None


@_for_units(*_MONEY_UNITS)
def _extra_money(f: _Figure) -> Found:
    """(r20head) "is costing an additional c£2m": the money verb's noun, not the phrase before (the subject is only a
    modifier)."""
    if f.modifier and f.money and _AMOUNT_ENDS_CLAUSE.match(f.right) and (em := extra_money(f.modifier, f.left)):
        return em, "own"
    return None


def _which_that_antecedent(f: _Figure) -> Found:
    """"... an increase of children being placed in care which was at 384": the antecedent."""
    text, left, clause_start = f.text, f.left, f.clause_start
    if not f.subj and (_WHICH_THAT_END.search(text[max(0, clause_start - 8):clause_start]) or fold(
            left.lstrip()[:5]).startswith(("which", "that")) and _WHICH_THAT_START.match(left)):
        ante = text[f.sent_start:clause_start]
        ante = _WHICH_THAT_TRAIL.sub("", ante) if _ends_with(ante, ("which", "that")) else ante
        a = subject(ante)
        if a and not _is_generic(a):
            return a, "own"
    return None


def _from_value_to(f: _Figure) -> Found:
    """"reduced from 298 at the end of Quarter 2 to 263": the second value of the same measure."""
    text, clause_start, h = f.text, f.clause_start, f.h
    if f.prev and _TO_END.search(f.left) and _FROM_END.search(text[max(0, clause_start - 80):clause_start]) is None \
            and _FROM_VALUE_TO_END.search(text[max(0, h.start - 90):h.start]):
        return f.prev, "inherited"
    return None


def _asked_about_before(f: _Figure) -> Found:
    """"Councillor Smith asked how many children were looked after. ... there were 302.": what was asked about."""
    if f.asked:
        return f.asked, "own"
    return None


def _pronoun_referent(f: _Figure) -> Found:
    """"Officers confirmed it had reduced from 298": "it" is the measure named before (the head may be in the
    figure's own sentence, before its clause: "the number of children in care was 403, this reduced to 385")."""
    subj = f.subj
    if f.pronoun and (not subj or _is_generic(subj) or _FIGURE_OF_PLACE.search(subj)):
        text, clause_start = f.text, f.clause_start
        ref = _last_of_head(text, clause_start, quantity=False)
        if ref is not None:
            r = _np_after(" " + text[ref.end():clause_start])
            if r:
                return r, "own"
        if f.prev:
            return f.prev, "inherited"
    return None


def _own_list_item(f: _Figure) -> Found:
    """(r30labels) "£2.5m in capital grants ..., £1.3m on restructuring the SEND team, and £625k in a redesigned
    pathway": a value with only a connector before it, whose own preposition and noun phrase follow it as the value
    before's did, names its own item (:func:`.phrase_lists.own_list_item`), not the value before's."""
    if f.prev and not f.comp and _CONNECTOR_ONLY.fullmatch(f.left) \
            and (own := own_list_item(f.text, f.h, f.sent_start, f.sent_end, f.prev)):
        return own, "own"
    return None


def _connector_only(f: _Figure) -> Found:
    """"from £4500 to £6500": the second value of the same measure."""
    if not f.subj and f.prev and not f.comp and _CONNECTOR_ONLY.fullmatch(f.left):
        return f.prev, "inherited"
    return None


#: (r31phrase) a determiner right before the figure, after a word of the clause: the figure opens the noun phrase of
#: an object or of a preposition's complement ("is facing a 4% reduction", "focused on the 5% retained element of")
#: (a verb of saying or deciding before the determiner is left to the phrase's repair, which reads its object:
#: "queried the £20,000 management fee charged by the trust"; so the word before is a preposition, a form of "be",
#: an -ing form or an adverb in -ly)
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:on|of|in|for|about|with|from|to|at|into|towards|against|within|as|is|are|was|were|be|been|being|"
    r"[a-z]{2,}ing|[a-z]{3,}ly)\s+(?:a|an|the|its|their|our|this|these|those)\s+$")
#: where the noun phrase after such a figure ends: a participle after its head ("the 80% tax relief granted to ..."),
#: a second clause ("a 1.5% reduction ... and transferred"), a purpose ("... for adult social care to help meet")
_NP_TAIL_CUT = re.compile(r"(?i)(?<=\w)\s+(?:[a-z]{3,}ed\b|and\b|upon\b|which\b|that\b|who\b|whilst\b|while\b|"
                          r"to\s+(?:help|support|meet|fund|provide|be|make|ensure|allow|cover|pay|build|deliver|"
                          r"address|reduce|increase|enable)\b)")
_LAST_WORD_OF = re.compile(r"[\w'’-]+$")
_FUNCTION_BEFORE_ADJECTIVE = frozenset("a an the for of in on with to its their our this these those".split())
#: what the figure's own noun phrase must not open with (a further quantity, a unit of time, an article, a list word)
_NOT_FIGURE_HEAD = frozenset({"a", "an", "the", "per", "each", "every", "more", "less", "fewer", "of", "to", "and",
                              "or", "times", "mark", "per-cent", "percent"})


def _figure_heads_noun(f: _Figure) -> Found:
    """(r31phrase) "The Council is facing a 4% reduction", "This item focused on the 5% retained element of that
    funding": the figure opens the noun phrase of the clause's object or of a preposition's complement, which names
    what it measures. Read where no step before has decided, in place of the clause's subject ("facing", "item
    focused"): the subject is what the clause is about, the noun phrase is what the figure measures. A change noun
    ("a 3% increase from the previous year") is left to the steps of change and to the subject."""
    left, right = f.left, f.right
    if right[:1] == " " and right[1:2].isalpha() and left[-1:] == " " and _DETERMINER_BEFORE.search(left[-40:]):
        np_ = _BY_CUT.split(_np_after(right), 1)[0]
        for cut in _NP_TAIL_CUT.finditer(np_):  # (not an adjective after its article: "for an unregistered placement")
            if (_LAST_WORD_OF.search(np_[:cut.start()]) or [""])[0].lower() not in _FUNCTION_BEFORE_ADJECTIVE:
                np_ = np_[:cut.start()]
                break
        np_ = np_.strip()
        subj = (f.subj or "").lower()
        if np_ and not is_poor(np_) and not _is_generic(np_) and not _TIME_WORD_START.match(np_) \
                and np_.split()[0].lower() not in _NOT_FIGURE_HEAD and np_.split()[0].lower() not in _CHANGE_NOUNS \
                and np_.lower() not in subj \
                and not (subj and subj in np_.lower()):
            return np_, "own"
    return None


#: (r32phrase) a change noun right after the figure, which sizes it ("a 15.9% increase in this group", "facing a 4%
#: reduction", "the issue of £180k per annum increase in operating costs"); a word of time or scope may stand between
#: (r32review) those nouns: the nouns of a change (:data:`analysis.vocab.CHANGE_NOUNS`) but improvement, change, loss,
#: gain and difference (r32phrase named them not; the list was written out twice here). (r33tidy) The nouns of a count's
#: change (:data:`analysis.vocab.COUNT_CHANGE_NOUNS`) plus uplift and cut, in the same order as before.
_SIZED_CHANGE_NOUNS = (*COUNT_CHANGE_NOUNS, "uplift", "cut")
_FIGURE_CHANGE_RIGHT = re.compile(
    r"(?i)^\s+(?:(?:per\s+annum|a\s+year|per\s+year|annual|year[- ]on[- ]year|real[- ]terms|overall|net|further)\s+)*"
    r"(" + "|".join(_SIZED_CHANGE_NOUNS) + r")\b(?![-'’])")
#: each of those change nouns named earlier with what it is "in" or "of" ("the reduction in school funding"), compiled once
_CHANGE_NAMED_BEFORE = {noun: re.compile(rf"(?i)\b{noun}s?\s+(?:in|of)\s+") for noun in _SIZED_CHANGE_NOUNS}
#: what the change is "in" or "of" (not a time: "an increase of 5% in the last year")
_CHANGE_COMPLEMENT = re.compile(r"(?i)^\s+(?:in|of)\s+(?!(?:the\s+)?(?:last|past|previous|next|year)\b|\d)")
#: a measure named before that is itself a change or a value ("reduction in funding for youth services", "11% increase
#: seen"): not what a later change is "in"
_NOT_CHANGED_PREV = re.compile(r"(?i)\d|\b(?:" + "|".join(sorted(_CHANGE_NOUNS)) + r")s?\b")
#: the complement as written, when no noun phrase is read from it ("this group", "these"): up to a mark or a clause
_RAW_COMPLEMENT = re.compile(r"(?i)^((?:this|these|that|those)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s*(?=[.,;:)]|$)")


def _figure_sizes_change(f: _Figure) -> Found:
    """(r32phrase) "there would be a 15.9% increase in this group", "(in real terms they were facing a 4% reduction)",
    "the on-going issue of £180k per annum increase in operating costs": the figure modifies a change noun, and sizes
    that change; the steps of change before read a percentage with a complement that names a measure
    (:func:`_change_in_what_follows`) or a bare change of the figure before (:func:`_bare_change_of_prev`); any
    other such figure fell to the clause's subject ("Concerns", "on- going issue") or to the sentence's first clause
    ("momentum, through initiatives such as"). The change "in" what the complement names; else the same change named
    earlier in the sentence with what it is "in" ("the reduction in school funding ... a 4% reduction"); else, where
    the clause's subject names no measure, the change of the measure named before; else the complement as written ("increase in this group")."""
    m = _FIGURE_CHANGE_RIGHT.match(f.right)
    if m is None:
        return None
    noun = m.group(1).lower()
    rest = f.right[m.end():]
    raw = ""
    if (cm := _CHANGE_COMPLEMENT.match(rest)) is not None:
        comp = rest[cm.end():]
        what = _np_after(" " + _LEAD_ARTICLE.sub("", _OF_NUMBER.sub("", comp)))
        if what and not is_poor(what):
            return f"{noun} in {what}", "own"
        if (rm := _RAW_COMPLEMENT.match(comp)) is not None:
            raw = " ".join(rm.group(1).split())
    elif change_noun_pp(f.left, f.right, f.unit):
        return None  # "a +2.5% uplift on the formula factors": the phrase's repair reads the change with its preposition
    for em in reversed(list(_CHANGE_NAMED_BEFORE[noun].finditer(f.text[f.sent_start:f.h.start]))):
        what = _np_after(" " + _LEAD_ARTICLE.sub("", _OF_NUMBER.sub("", f.text[f.sent_start + em.end():f.h.start])))
        if what and not is_poor(what):
            return f"{noun} in {what}", "own"
    if f.prev and not is_poor(f.prev) and not _NOT_CHANGED_PREV.search(f.prev) and (not f.subj or _is_generic(f.subj)):
        # only where the clause names no measure of its own: "The budget will see a 4% cut" after "45 complaints" is
        # the budget's cut (:func:`_own_subject`), not a cut in complaints (r32review)
        return f"{noun} in {f.prev}", "inherited"
    if raw:
        return f"{noun} in {raw}", "own"
    return None


def _own_subject(f: _Figure) -> Found:
    """A subject that names a measure: it (with the topic where it ends on a generic noun; "X in <before>" where it is
    a change; "X for Y" where a share or sum is "for" something)."""
    subj, topic, prev, right = f.subj, f.topic, f.prev, f.right
    if subj and not _is_generic(subj):
        low = subj.lower().split()
        if low[-1] in _GENERIC and topic and topic.lower() not in subj.lower():
            return f"{topic}: {subj}", "own"
        if low[0] in _CHANGE_NOUNS and prev:
            if prev.lower().startswith(low[0] + " "):
                return prev, "inherited"  # "cut by £485" after "a £100m cut in the money": not "cut in cut in ..."
            return f"{subj} in {prev}", "inherited"
        if f.unit in ("percent", "gbp") and right[1:4].lower() == "for":
            fm = _FOR_RIGHT.match(right)
            if fm:
                for_ = _clean_phrase(_cut_clause(fm.group(1)), 8)
                if for_:
                    return f"{subj} for {for_}", "own"
        return subj, "own"
    return None


# (h) a generic subject ("the rate", "figures", "the target", "a reduction"): borrow context


def _generic_subject_of_topic(f: _Figure) -> Found:
    """A generic subject and the segment's topic, with no measure before: "topic: subject"."""
    if f.subj and f.topic and not f.prev:
        return f"{f.topic}: {f.subj}", "own"
    return None


def _complement_of_base(f: _Figure) -> Found:
    """A count's complement ("412 were unaccompanied asylum seeking children"): a part of what is borrowed, if any."""
    comp = f.comp
    if comp:
        base = f.base
        return (f"{comp} (of {_base_of(base)})", "part") if base else (comp, "own")
    return None


@_for_units(*_MONEY_UNITS)
def _money_predicate(f: _Figure) -> Found:
    """Money with no subject: what the clause after it says it is (after the modifier, if any)."""
    if f.money and not f.subj:
        pred = _PREDICATE_RIGHT.match(f.right_clause)
        p = _clean_phrase(pred.group(1), 8) if pred else ""
        if p and not _is_generic(p):
            return (f"{f.modifier}: {p}" if f.modifier else p), "own"
    return None


def _generic_subject_of_base(f: _Figure) -> Found:
    """A generic subject and what it borrows: "subject: base" ("subject in base" for a change)."""
    subj, base = f.subj, f.base
    if subj and base:
        first = subj.lower().split()[0]
        if first in _CHANGE_NOUNS and base.lower().startswith(first + " "):
            return base, "inherited"  # the change named before: not "cut in cut in the money"
        if base[:len(subj) + 1].lower() == subj.lower() + ":":
            return base, "inherited"  # "a rate of 16%" after "rate: repeat plans": not "rate: rate: repeat plans"
        return (f"{subj} in {base}" if first in _CHANGE_NOUNS else f"{subj}: {base}"), "inherited"
    return None


def _base_alone(f: _Figure) -> Found:
    """No subject: the measure named before, or the topic."""
    if f.base:
        return f.base, "inherited"
    return None


def _sentence_subject(f: _Figure) -> Found:
    """No subject in the clause: the subject of the sentence before the figure."""
    if not f.subj:
        text = f.text
        whole = subject(_BRACKETS.sub(" ", _THAT_IS_END.sub(" ", text[f.sent_start:f.h.start])))
        if whole and not _is_generic(whole):
            return whole, "own"
    return None


#: the cascade: the steps in order (the first that decides gives the phrase); see the module's docstring
CASCADE: tuple[Callable[[_Figure], Found], ...] = (
    # (a) the words right after the figure
    _length_of_plan, _with_being_the, _table_row_label, _differs_from_estimate, _times_the_average,
    # (b) a change, a comparator, a restatement
    _bare_change_of_prev, _change_in_what_follows, _change_of_in_step, _change_of_count_step, _changed_now_at,
    _comparator_value, _equates_to, _range_of_values, _change_to_new_value, _changed_from_value, _list_of_counted,
    # (c) money
    _this_sum, _spent_more_than_budget, _over_on, _changed_by, _paid_to, _income, _money_purpose_step,
    _amount_as_subject, _related_to, _including_funding, _money_in_bracket, _over_budget_by,
    # (d) shares, totals, wholes, labels and brackets
    _share_saying, _share_of_prev, _share_restates_prev, _totalling, _out_of_whole, _place_label, _scorecard_label, _change_in_brackets, _age_band_part,
    _of_which_after, _count_of_bracketed_share, _count_in_share_bracket, _breakdown_share, _share_verb_subject,
    _verb_object, _share_of_use,
    # (e) 1. "N% of X" (a count "out of" a whole first); (f) 2. "N children ..."
    _out_of_part, _of_object, _shared_head_noun, _counted_noun, _included_part, _same_verb_left_out,
    # (g) 3. the subject, and what it refers to
    _rest_of_prev, _of_which_before, _lead_pronoun, _change_from_prev, _had_money_of, _money_noun_after,
    _loss_after_amount, _amount_modifies_noun, _spent_on, _extra_money, _which_that_antecedent, _from_value_to,
    _asked_about_before, _pronoun_referent, _own_list_item, _connector_only, _figure_heads_noun, _figure_sizes_change,
    _own_subject,
    # (h) a generic subject or none: borrow context
    _generic_subject_of_topic, _complement_of_base, _money_predicate, _generic_subject_of_base, _base_alone,
    _sentence_subject,
)


def _steps_for(unit: str) -> tuple[Callable[[_Figure], Found], ...]:
    """(speed) :data:`CASCADE` without the steps marked (:func:`_for_units`) for other units than ``unit``, in order
    (:func:`.cascade.keep_for`).

    >>> len(_steps_for("gbp")) < len(CASCADE) and _paid_to in _steps_for("gbp") and _paid_to not in _steps_for("count")
    True
    """
    return keep_for(CASCADE, "units", unit)


#: (speed) the cascade of each unit met so far (:func:`_steps_for`, built on first use: :class:`.cascade.Chains`)
_CASCADE_OF: Chains = Chains(_steps_for)



def _indicator_phrase(
    text: str, h: Hit, unit: str, left: str, right_clause: str, sent_start: int, clause_start: int,
    prev: str, topic: str, sent_end: int = -1, prev_money: str = "", rules: FigureRules | None = None,
) -> tuple[str, str]:
    """:func:`indicator_phrase` before the repair of a phrase that names nothing: the first step of :data:`CASCADE`
    that decides, else the subject (or the modifier that stood for it), as the figure's own. ``rules``: the stage's
    figure rules (r35twins2: a status complement's phrases, :func:`.phrase_changes._says_which`), None for the
    shipped file."""
    f = _Figure(text, h, unit, left, right_clause, sent_start, clause_start, prev, topic, sent_end, prev_money, rules)
    for step in _CASCADE_OF[unit]:
        found = step(f)
        if found is not None:
            return found
    return f.subj or f.modifier, "own"
