"""The last resort and the repair of a poor phrase (part of :mod:`.phrase`).

``_repair`` mends a phrase :func:`is_poor` rejects from the figure's sentence; :func:`last_resort` takes the
sentence's subject or the topic; what a cost or a saving is of.
"""

from __future__ import annotations

import re

from .context import SKIP_ALT
from .grammar import Hit
from .phrase_words import (
    _MONEY_VERB, _STRAY, _clean_phrase, _copula_participle, _is_generic, _money_verb_after, _np_of, is_poor,
)
from .phrase_subject import _LEAD_SENTENCE_ADVERB, _cut_clause, _np_after, sentence_subject, subject
from .phrase_shares import _base_of
from .phrase_np import _CHANGE_NOUNS
from .phrase_lists import _NP_AFTER_BAD

#: a subject that is only a modifier of the number itself ("an additional £700m", "a further £1.6m")
_MODIFIERS = {"additional", "further", "extra", "another", "total", "estimated", "approximately",
              "around", "about", "over", "some", "nearly", "almost", "just", "up", "down"}


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


#: a part of the previous figure's population ("The majority (224) lived in ...")
_PART_WORDS = frozenset("majority minority most half rest remainder".split())
_MONEY_RIGHT = re.compile(rf"(?i)^\s+({_MONEY_VERB})\s+((?:on|in|to|for|from|towards)\s+[^.;:,()]{{2,60}})")
_MONEY_LEFT_VERB = re.compile(
    rf"(?i)\b({_MONEY_VERB})\s+(?:(?:just|well|slightly)\s+)?(?:(?:short|shy)\s+of|under|over|around|about|almost|nearly)?\s*$"
)
_OFF_RIGHT = re.compile(r"(?i)^\s+(better|worse)\s+off\b")
#: a duration before a noun: "a three-year plan" -> "length of plan"
_DURATION_NP = re.compile(r"(?i)^(?:days?|weeks?|months?|years?)\s+(\w.*)$")
_OF_ANY = re.compile(
    r"(?i)\b(?:number|numbers|proportion|percentage|share|%|rate|level|count|amount)\s+(?:of|for)\s+(?:the\s+)?"
)


#: a value in brackets after a comparator ("statistical neighbours (10%)") or the start of a change ("from 7%")
_COMPARED_VALUE = re.compile(r"(?i)(?:\(|\bfrom|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|\bthan)\s*$")


#: (speed) patterns of :func:`_repair`, compiled once
_FROM_PP_RIGHT = re.compile(r"(?i)^\s+(from\s+[^.;:,()]{2,60})")
_ED_WORD_START = re.compile(r"(?i)^\w+ed\b")
_HYPHEN_LETTER_START = re.compile(r"^-(?=[A-Za-z])")


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
