"""Money: what an amount is spent on, paid for, moved to or over budget by (part of :mod:`.phrase`).

:func:`money_verb_noun`, :func:`money_moved`, :func:`money_destination`, :func:`extra_money`, :func:`overspend_by`;
:func:`share_object` (the object of a share's verb); judged complements ("was judged good").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import month_alternation
from .phrase_words import (
    _LEAD_DET, _TRAIL_FUNCTION_WORDS, _adverb_or_participle, _clean_phrase, _ends_with_trail_word, _is_generic,
    is_poor,
)
from .phrase_subject import (
    _NOT_VERB_BEFORE_DET, _NP_BOUNDARY_WORDS, _REPORTING_ENDINGS, _STOP_NP, _cut_clause, _np_after,
)

#: "all (of) (the)" before the whole of a share: "20% of all referrals" is a share of referrals
_ALL_OF_THE = re.compile(r"(?i)^all\s+(?:of\s+)?(?:the\s+)?(?=[a-z])")
_OF_FOR_RIGHT = re.compile(r"^\s+(?:of|for)\s+(?:the\s+)?(.*)$", re.S)


#: verbs of purpose after "to" that end the noun phrase a count modifies ("12 social workers | to reduce caseloads"; an
#: amount keeps its purpose: "£400k of the underspend to support the growth fund")
_PURPOSE_VERBS = frozenset(
    "support reduce help improve deliver provide meet address cover fund ensure enable manage tackle develop test pilot "
    "gather identify review strengthen recruit create build expand boost keep prevent respond undertake promote avoid "
    "absorb mitigate offset assess monitor complete clear prepare target work secure sustain".split())
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


#: (r37phrase) an amount's purpose right after it, past its period and a passive of setting money aside: "a year to pay
#: for such adaptations", ", to support this approach", "every year might be set aside to fund ..." (group "v": the verb
#: of purpose, "w": what it is done to; a count in it is read past: "to support the 77 children who ...")
_MONEY_PURPOSE_RIGHT = re.compile(
    r"(?i)^\s*,?\s*(?:(?:a|an|per|each|every)\s+(?:year|annum|week|month|term)\s*,?\s*)?"
    r"(?:(?:will|would|could|might|may|is|are|was|were|has|have|had)\s+(?:been\s+|be\s+)?"
    r"(?:set\s+aside|used|spent|put|allocated|earmarked|ring-?fenced|invested)\s+)?(?:in\s+order\s+)?"
    r"to\s+(?:help\s+)?(?P<v>pay\s+(?:for|towards)|fund|support|cover|provide|deliver|meet|create|build|buy|purchase|"
    r"develop|expand|improve|run|recruit|employ|tackle|reduce|keep)\s+"
    r"(?P<w>[a-z][^.;:,()£–—]{2,90})")
#: a count inside the purpose's object, left out of the phrase ("the 77 children" -> "the children")
_PURPOSE_COUNT = re.compile(r"\b\d[\d,]*\s+(?=[a-z])")


def purpose_after_amount(right: str) -> str:
    """(r37phrase) What an amount is for, from the infinitive of purpose right after it (past its period, or a passive
    of setting money aside): " a year to pay for such adaptations." -> "money to pay for such adaptations" ("" when
    the words after the amount are no such infinitive, or its object names nothing). For an amount whose phrase names
    no measure: the subject that finds it ("The council will set aside up to £200,000 a year to ..."), a light noun
    ("an amount of £6,000, to support ..."), an adjective ("a staggering £7.23m a year to support ...").

    >>> purpose_after_amount(" a year to pay for such adaptations.")
    'money to pay for such adaptations'
    >>> purpose_after_amount(", to support this approach before asking.")
    'money to support approach before asking'
    >>> purpose_after_amount(" a year to support the 77 children who are sent to foster carers.")
    'money to support children'
    >>> purpose_after_amount(" was agreed."), purpose_after_amount(" to support it.")
    ('', '')
    """
    m = _MONEY_PURPOSE_RIGHT.match(right)
    if not m:
        return ""
    what = _clean_phrase(_cut_clause(_PURPOSE_COUNT.sub("", m.group("w"))), 8)
    if not what or is_poor(what) or _is_generic(what):
        return ""
    return f"money to {' '.join(m.group('v').lower().split())} {what}"


_EXTRA_WORDS = ("additional", "extra", "further")


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
#: (r29review) "looking at" only right before the verb ("is looking at overspending by"), not a look at something else
#: ("Looking at the figures, the service overspent by £2m last year": an outturn)
_FORECASTING = re.compile(r"(?i)\b(?:forecast(?:s|ing)?|project(?:s|ed|ing)|predict(?:s|ed|ing)?|expect(?:s|ed|ing)?|"
                          r"anticipat(?:es|ed|ing)|likely|set\s+to|on\s+course|due\s+to|estimat(?:es|ed|ing)|will)\b"
                          r"|\blooking\s+at\s*$")
#: a phrase that is only that verb, a forecast of it, or who said it: "forecast to overspend", "council predicts"
_OVERSPEND_VERB_ONLY = re.compile(
    r"(?i)^(?:[\w'’]+\s+){0,3}?(?:(?:is|are|was|were|has|have|had|will|would|be|been|currently|now|still|forecast|"
    r"projected|predicted|expected|likely|set|due|to|predicts|expects|forecasts|estimates|says|said|it|they)\s+)*"
    r"(?:over|under)-?spen(?:d|ds|t|ding)$|^(?:the\s+)?[\w'’]+\s+(?:predicts|expects|forecasts|estimates|says|said)$")


#: (r29phrase) the first word of a phrase that is a forecast of the verb, or the time of it, not what over- or underspent:
#: "anticipated to be overspent", "(this) year anticipated to overspend", "looking at overspending", "estimated to"
_FORECAST_LEADS = ("anticipated", "anticipating", "estimated", "looking", "year", "currently", "now", "still")


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
    >>> overspend_by("anticipated to be overspent", "Early Years is anticipated to be overspent by ", " as a result")
    'forecast overspend'
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
                                      "service", "the", "we") + _FORECAST_LEADS:
        return ""  # "High Needs block overspent": the phrase names what overspent
    noun = f"{'forecast ' if _FORECASTING.search(before, max(0, m.start() - 40), m.start()) else ''}" \
           f"{m.group('v').lower()}spend"
    if (on_ := _MONEY_ON_RIGHT.match(right)):
        what = _TRAIL_TIME_IN.sub("", _clean_phrase(_cut_clause(on_.group(1)), 8))
        if what and not is_poor(what):
            return f"{noun} on {what}"
    return noun


#: a word of time in a prepositional phrase: "in just six months", "by March 2026", "over the year"
_TIME_WORD = re.compile(r"(?i)\b(?:months?|weeks?|years?|days?|quarters?|(?:19|20)\d\d|" + month_alternation(lower=True)
                        + r")\b")
