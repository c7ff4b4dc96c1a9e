"""Lists that leave out their noun, and a value's own noun (part of :mod:`.phrase`).

:func:`elided_head` ("64 were placed in homes and 287 with foster carers"), :func:`gapped_item` (a list item
that leaves out what the first item named), :func:`change_noun_pp` and :func:`pronoun_change_of` (a change's noun
and what changed), :func:`own_noun_of_value`, :func:`with_part_clause` and :func:`age_band_label`; (r30labels)
:func:`shared_head` (a noun the list's values share: "12 permanent and 340 fixed-term exclusions") and
:func:`own_list_item` (each value's own item: "£2.5m in capital grants ..., £1.3m on restructuring the team").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import COUNT_CHANGE_NOUNS, month_alternation
from .grammar import Hit, MONTHS
from .phrase_words import _FUNCTION_WORDS, _adverb_or_participle, _clean_phrase, _is_generic, _words, is_poor
from .phrase_subject import _BAD_NP_START, _NOT_VERB_BEFORE_DET, _STOP_NP, _cut_clause, _np_after, subject
from .phrase_shares import _base_of
from .phrase_np import (
    _CHANGE_NOUNS, _HEDGE_END, _NOT_HEAD, _NP_OPENERS, _SPACE_DASH, _SPACE_LETTER, _head_np, _mend_verb_phrase,
    modified_noun, verb_led,
)

_TIME_PP = re.compile(
    rf"(?i)(?:in|at|on|from|by|into)\s+(?:the\s+)?(?:previous|last|same|end|start|beginning|first|second|third|"
    rf"fourth|final|quarter|year|month|week|term|period|autumn|spring|summer|winter|\d|{MONTHS[3:-1]})"
)


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
    r"(?i)^\s+(?:(?:per\s+annum|per\s+year|a\s+year)\s+)?((?:(?:percentage|pc|per\s*cent(?:age)?)\s+points?\s+|points?\s+)?"
    r"(?:[a-z][a-z-]*(?:ly|al|ed|ive|ent|ant|ic|ar)\s+){0,2}"
    r"(?:" + "|".join(COUNT_CHANGE_NOUNS) + r"|improvement|cut|uplift|transfer|top[\s-]slice))"
    r"\s+(to|on|in|for|since|across|against|from|into)\s+([^.;:()\[\]]{3,120})")
#: the words that open the noun phrase the figure sits in before such a change noun ("a", "the", "another", "for")
_CHANGE_NP_OPENERS = _NP_OPENERS | frozenset("further additional extra proposed planned for".split())
#: (r32phrase) "the on- going issue of £180k per annum increase in operating costs": after "of", the figure opens a
#: change noun's phrase too (a time word may stand between: "per annum"); what the noun before "of" names is that change
_CHANGE_NP_OPENERS_OF = _CHANGE_NP_OPENERS | frozenset(("of",))


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
    if not before or before[-1].lower().strip(",") not in _CHANGE_NP_OPENERS_OF:
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
    r"(" + "|".join(COUNT_CHANGE_NOUNS) + r"|improvement|deterioration|uplift)\s+of\s+"
    r"(?:(?:about|around|approximately|nearly|almost|over|just|some|circa|c\.)\s*)?[£$€]?$")


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
#: (r27review2) determiners that are also pronoun subjects: before a word and a value ("this included £2m relating
#: to ...", "this reflected £0.3m additional costs") they are the clause's subject and the word its verb, not a
#: determiner and an adjective ("the total £2m overspend")
_DEMONSTRATIVES = frozenset("this these those".split())


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
                   and before[-2].lower() not in _DEMONSTRATIVES
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


_NP_AFTER_BAD = re.compile(r"(?i)^(?:set|due|made|paid|spent|received|given|taken|based|each|per|compared)\b|^\w+ly\b")
_TIME_WORD_START = re.compile(r"(?i)^(?:days?|weeks?|months?|years?|times?|in|of)\b(?!-)")


# -- (r30labels) a list of figures that share one noun, or that each name their own item -------------------------

_LIST_NUM = (r"(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
             r"forty|fifty|hundred)")
_LIST_AND = r"\s*(?:,\s*(?:and\s+|or\s+)?|\band\s+|\bor\s+)"
#: a count's modifier alone, then the list's other values (each with its modifier) and the noun they all share: "12
#: permanent and 340 fixed-term exclusions", "40 primary, 12 secondary and 3 special schools" (group ``adj``: this
#: value's modifier; ``num``, ``mod``: the last value and its modifier; ``head``: the shared noun, ending on a plural:
#: "2 interim social workers" shares "social workers")
_SHARED_HEAD_RIGHT = re.compile(
    rf"^\s+(?P<adj>[a-z]+(?:-[a-z]+)*){_LIST_AND}(?:{_LIST_NUM}\s+[a-z]+(?:-[a-z]+)*{_LIST_AND})*"
    rf"(?P<num>{_LIST_NUM})\s+(?P<mod>[a-z]+(?:-[a-z]+)*)\s+(?P<head>(?:[a-z]+(?:-[a-z]+)*\s+){{0,2}}[a-z]+s)\b")
#: plurals that do not end in "s", and words a modifier alone cannot be
_NOT_MODIFIER_ALONE = frozenset(
    "children people staff men women police personnel data more fewer less other others times each per "
    "were was are is have has had be been will would could "
    "overall altogether total instead again then now too also alone ago later earlier before after last next "
    "today yesterday here there both".split())
_NOT_SHARED_HEAD = frozenset("was has is does this its his yes thus plus less unless".split())
#: a label that is a plural noun alone, right before the value: "Exclusions: " (group 1)
_LABEL_NOUN_LEFT = re.compile(r"(?:^|[\n;.•]\s*)([A-Z]?[a-z]+s)\s*:\s*$")
#: a modifier alone right after the value, then the list's next value: " permanent and 340"
_MODIFIER_ALONE_RIGHT = re.compile(rf"^\s+([a-z]+(?:-[a-z]+)*){_LIST_AND}{_LIST_NUM}\b")


def shared_head(text: str, h: Hit, value: float, sent_end: int) -> str:
    """(r30labels) The measure of a count whose own word is a modifier alone, in a list whose values share the noun
    the last value names: "12 permanent and 340 fixed-term exclusions in the year" -> "permanent exclusions in the
    year" (what the last value's noun phrase says after the shared noun goes with it). "" otherwise: a plural noun
    alone ("58 boys and 42 girls"), a count of one ("1 child and 3 young people"), a noun with no modifier before
    it in the last item ("12 permanent and 340 suspensions").

    >>> t = "There were 12 permanent and 340 fixed-term exclusions in the last academic year."
    >>> shared_head(t, Hit(11, 13, "figure", "num", [12.0]), 12.0, len(t))
    'permanent exclusions in the last academic year'
    >>> t = "The area has 40 primary, 12 secondary and 3 special schools."
    >>> shared_head(t, Hit(13, 15, "figure", "num", [40.0]), 40.0, len(t)), shared_head(t, Hit(25, 27, "figure", "num", [12.0]), 12.0, len(t))
    ('primary schools', 'secondary schools')
    >>> t = "There were 7 permanent and 2 interim social workers, 45 overall and 12 new referrals."
    >>> shared_head(t, Hit(11, 12, "figure", "num", [7.0]), 7.0, len(t)), shared_head(t, Hit(53, 55, "figure", "num", [45.0]), 45.0, len(t))
    ('permanent social workers', '')
    >>> t = "Exclusions: 12 permanent and 340 suspensions."
    >>> shared_head(t, Hit(12, 14, "figure", "num", [12.0]), 12.0, len(t))
    'permanent exclusions'
    >>> t = "The cohort had 58 boys and 42 young girls."
    >>> shared_head(t, Hit(15, 17, "figure", "num", [58.0]), 58.0, len(t))
    ''
    """
    if value == 1:
        return ""
    right = text[h.end:sent_end if sent_end > h.end else len(text)]
    m = _SHARED_HEAD_RIGHT.match(right)
    if m is None:
        # "Exclusions: 12 permanent and 340 suspensions": the label names the noun the modifier goes with
        lm = _LABEL_NOUN_LEFT.search(text[max(0, h.start - 40):h.start])
        am = _MODIFIER_ALONE_RIGHT.match(right) if lm else None
        adj = am.group(1) if am else ""
        if not adj or adj.endswith("s") and not adj.endswith(("ous", "ss")) or adj in _NOT_MODIFIER_ALONE \
                or adj in _FUNCTION_WORDS or lm.group(1).lower() in _NOT_SHARED_HEAD:
            return ""
        return f"{adj} {lm.group(1).lower()}"
    adj, mod, head = m.group("adj"), m.group("mod"), m.group("head")
    last = head.split()[-1]
    if adj.endswith("s") and not adj.endswith(("ous", "ss")) or adj in _NOT_MODIFIER_ALONE or adj in _FUNCTION_WORDS \
            or adj.endswith("ly") or last in _NOT_SHARED_HEAD or last.endswith(("ous", "ss")) \
            or any(w in _NOT_MODIFIER_ALONE or w in _FUNCTION_WORDS for w in (mod, *head.split())) \
            or mod.endswith(("ly", "s")) and not mod.endswith(("ous", "ss")):
        return ""
    np_ = _np_after(right[m.start("mod") - 1:])
    if not np_.startswith(f"{mod} {head}"):
        return ""
    return f"{adj} {head}{np_[len(mod) + 1 + len(head):]}"


#: a list item's own preposition and noun phrase right after its value (" on restructuring the SEND team", " per annum
#: in a redesigned pathway"): group 1 the preposition, group 2 the noun phrase (lower-case: not a place)
_ITEM_PP = (r"(?:\s+per\s+(?:annum|year)|\s+a\s+year|\s+each)?\s+(in|on|for|towards|into)\s+"
            r"((?:the\s+|an?\s+)?[a-z][^,;:()£$\d]{2,90}?)")
_OWN_ITEM_RIGHT = re.compile(
    rf"^{_ITEM_PP}\s*(?=[,;:.()]|\band\s+(?:an?\s+(?:additional|further|extra)\s+)?[£$]?\d|$)")
#: the item before, ending right before the value: "£2.5 million in capital grants to adapt ..., (and) "
_ITEM_BEFORE = re.compile(
    rf"[£$]?\d[\d.,]*\s?(?:%|m|k|bn|million|billion|per\s+cent|pc)?{_ITEM_PP}\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*"
    rf"(?:and\s+)?)(?:an?\s+(?:additional|further|extra)\s+)?[£$]?$")


#: where a list item's noun phrase ends: a relative clause or a verb
_ITEM_CLAUSE_CUT = re.compile(r"\s+(?:which|that|who|where|was|were|is|are|has|have|had|will|would|could)\b")


def own_list_item(text: str, h: Hit, sent_start: int, sent_end: int, prev: str) -> str:
    """(r30labels) The item a value of a list names itself, where each value is followed by its own preposition and
    noun phrase and the value before took its own as its measure: "£2.5 million in capital grants to adapt school
    buildings, £1.3 million on restructuring the SEND team, and £625k per annum in a redesigned pathway" -> the £1.3
    million is "restructuring the SEND team" (not the first item's phrase). "" otherwise: a time or a place ("£2m in
    2025/26, £2m in 2026/27", "28.5pc in Suffolk"), or a value before whose phrase was not its own item (a list's
    shared measure: "overspends in three key areas: £17.8m in the directorate, ...").

    >>> t = "These included £2.5 million in capital grants to adapt buildings, £1.3 million on restructuring the SEND team."
    >>> own_list_item(t, Hit(66, 78, "figure", "money", [1.3e6]), 0, len(t), "capital grants to adapt buildings")
    'restructuring the SEND team'
    >>> own_list_item(t, Hit(66, 78, "figure", "money", [1.3e6]), 0, len(t), "investment")
    ''
    >>> t = "It spent £2m in the first year and £3m in the second year."
    >>> own_list_item(t, Hit(35, 38, "figure", "money", [3e6]), 0, len(t), "first year")
    ''
    """
    end = sent_end if sent_end > h.end else len(text)
    om = _OWN_ITEM_RIGHT.match(text[h.end:end])
    if om is None or not prev:
        return ""
    pb = _ITEM_BEFORE.search(text[max(sent_start, h.start - 200):h.start])
    if pb is None or prev.lower() not in pb.group(2).lower():
        return ""
    body = _ITEM_CLAUSE_CUT.split(om.group(2))[0]
    first, _, rest = body.partition(" ")
    # a gerund keeps its object ("on restructuring the SEND team"): _clean_phrase would leave the object alone
    own = f"{first} {rest.strip(' ,.;')}" if first.endswith("ing") and rest and len(rest.split()) <= 7 \
        else _clean_phrase(body, 8)
    if not own or _TIME_PP.match(f"{om.group(1)} {own}") or own.split()[0].lower() in ("the", "a", "an") and len(own.split()) < 2:
        return ""
    return own
