"""The measure a change is of, what money is for, table row labels (part of :mod:`.phrase`).

:func:`change_of_in` ("a 37% increase in the number of EHCPs"), :func:`change_of_count`,
:func:`changed_now_at_subject`, :func:`money_purpose`, :func:`seen_change_of`, :func:`accounted_for_by`; a change "by" an amount; a table row's label; the noun phrase
before "being".
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import COUNT_CHANGE_NOUNS, month_alternation
from .phrase_words import _FUNCTION_WORDS, _clean_phrase, _is_generic, is_poor
from .phrase_subject import _cut_clause, _np_after, subject
from .phrase_np import _CHANGE_NOUNS
from .phrase_clauses import _DANGLING
from .rules import FigureRules, load_rules, phrase_regex

_OF_NUMBER = re.compile(r"(?i)^(?:the\s+)?(?:number|numbers|total)\s+of\s+")


#: a change named just before the number: "an increase of 30% in", "a reduction of around 8%"
_CHANGE_OF_LEFT = re.compile(
    r"(?i)\b(" + "|".join(COUNT_CHANGE_NOUNS) + r"|uplift)\s+of\s+"
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
    r"slight|large|sharp|steep)\s+)?(" + "|".join(COUNT_CHANGE_NOUNS) + r")\s+of\s+"
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
#: funding for ...", "the £27.6 million set aside to mitigate risks"; (r34phrase) after a modal ("£200k will be given to
#: Schools Forum", "£160k would be put into the inclusion fund"), with a particle ("had been allocated out to schools",
#: "£20,000 paid out to families"), and the verbs "put" and "paid" (to, into), "spent" (on, into) and "raised" (for)
#: (group 1: the verb, 2: its particle, 3: where)
_ALLOCATED_RIGHT = re.compile(
    r"(?i)^\s+(?:(?:had|has|have)\s+been\s+|(?:was|were|is|are|being)\s+|"
    r"(?:will|would|could|should|shall|may|might|must|(?:is|are|was|were)\s+to)\s+be\s+)?"
    r"(allocated|set\s+aside|earmarked|ring-?fenced|invested|committed|provided|granted|awarded|given|put|paid|spent|raised)\s+"
    r"(?:(out|back)\s+(?=to\s|into\s))?"
    r"(?:by\s+(?:the\s+)?(?-i:[A-Z][\w&]*(?:\s+(?:for\s+|of\s+|and\s+)?[A-Z][\w&]*){0,4})\s+)?((?:for|to|on|in|into)\s+[^.;:()]{3,80})")


#: (r34phrase) the prepositions after which the newer verbs of _ALLOCATED_RIGHT say where the money goes
_WHERE_OF_VERB = {"put": ("to ", "into "), "paid": ("to ", "into "), "spent": ("on ", "into "), "raised": ("for ",)}
#: (r34phrase) where a cause, a time or a source opens after where money goes ("on private foster agencies due to a
#: shortage", "into the inclusion fund after the consultation", "to the Schools Forum from the recovery grant").
#: (r34review) Not a hyphen's first word ("on after-school clubs"), and "from" only before money's source (a grant,
#: fund, reserve, budget, underspend, block or allocation) or a time (a date, a year, a month: "to schools from September
#: 2019"): "to pupils from low-income families" names who is paid
_CAUSE_CUT = re.compile(r"(?i)\s+(?:(?:due\s+to|owing\s+to|because|as\s+a\s+result\s+of|after|following|during|through|"
                        r"via)(?![\w-])|from\s+(?=(?:[\w'’&-]+\s+){0,4}?(?:grants?|funds?|funding|reserves?|budgets?|"
                        r"underspends?|blocks?|dsg|allocations?|contingency)\b|\d|(?:" + month_alternation() + r"|next|"
                        r"this|last|the\s+(?:start|beginning|end))\b))")
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
                                   "awarded", "given", "put", "paid", "spent", "raised")):
        return ""
    if _COPULA_AT_OF_END.search(before):
        return ""  # "the total reserves at £338.6 million were committed to ...": the number is the value of the noun before
    rm = _ALLOCATED_RIGHT.match(right)
    if not rm or not rm.group(3).lower().startswith(_WHERE_OF_VERB.get(rm.group(1).lower(), ("",))):
        return ""  # ("put in place", "paid on a termly basis", "spent in the year": not where the money goes)
    raw = _CAUSE_CUT.split(_cut_clause(rm.group(3)), 1)[0]
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


#: the relative pronoun and copula :func:`_share_clause` puts before what a population was, and the words a
#: predicate cut at a number may end with
_WHICH_LEAD = frozenset("who that were are was is".split())


#: a complement that is the figure's status, not which of them are counted ("11 targets were currently on track": the
#: status column's). (r35twins2) The phrases of a track are ``data/figure_rules.yml``'s (``status.off_track`` and
#: ``status.on_track``, the compare stage's, and the RAG ``status.colours``: :func:`status_complement_re`); kept here,
#: as grammar of a complement, are what the file does not list as a track: a deadline's "on time" / "off time", a bare
#: "rated", a position ("above", "below", "ahead", "behind": "above the national average") and "within target", "in
#: line with (the) target"
_STATUS_COMPLEMENT_GRAMMAR = (r"(?:on|off)\s+time|rated|above|below|ahead|behind|within\s+target|"
                              r"in\s+line\s+with\s+(?:the\s+|its\s+|their\s+)?target")


@lru_cache(maxsize=8)
def status_complement_re(track_phrases: tuple[str, ...], colours: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of a status complement at the start of a text (``.match``): one of ``track_phrases`` (the rules
    file's off-track and on-track phrases, as :func:`.rules.load_rules` expanded them), a colour of ``colours``, or
    :data:`_STATUS_COMPLEMENT_GRAMMAR`, on a whole last word.

    >>> r = status_complement_re(("not on track", "on track", "met the target", "met target"), ("red",))
    >>> [bool(r.match(t)) for t in ("not on track", "met the target", "red", "on time", "on trackside", "amber")]
    [True, True, True, True, False, False]
    """
    return re.compile(rf"(?i)(?:{phrase_regex(track_phrases)}|{phrase_regex(colours)}|{_STATUS_COMPLEMENT_GRAMMAR})\b")


def _says_which(tail: str, rules: FigureRules | None = None) -> bool:
    """Whether ``tail``, what :func:`_share_clause` put after a counted population, is a predicate of two words or more
    that does not dangle ("that were among" is cut at "the 10 schools" and says nothing) and is no status (its phrases
    from ``rules``, default the shipped rules file or ``$CM_FIGURE_RULES``: :func:`status_complement_re`).

    >>> _says_which(" that were among"), _says_which(" in line with counterparts in similar areas")
    (False, True)
    >>> _says_which(" on track with the plan"), _says_which(" were not on track this quarter")
    (False, False)
    """
    words = tail.split()
    while words and words[0].lower() in _WHICH_LEAD:
        words = words[1:]
    if len(words) < 2 or words[-1].lower() in _DANGLING:
        return False
    rules = rules or load_rules()
    return not status_complement_re(rules.off_track + rules.on_track, rules.colours).match(" ".join(words))


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


#: (r35phrase) a change the clause's subject has seen, sized by the figure: "customer services had seen an increase of
#: (33 per cent)", "Funding for high needs pupils has seen a (5%) increase", "Mainstream, which had seen a growth of
#: (30.63%)". Group ``who``: the words before the verb (the subject, or the antecedent of "which"); ``before``: the
#: change noun when it stands before the figure ("an increase of"); the change noun after the figure is read from the
#: right (:data:`_SEEN_CHANGE_RIGHT`)
_SEEN_CHANGE_LEFT = re.compile(
    r"(?i)(?P<who>[^,;:()“\"]{2,120}?)(?:\s*,\s*which|\s+who)?\s+(?:has|had|have)\s+(?:also\s+|now\s+|already\s+)?"
    r"(?:seen|experienced|witnessed|recorded)\s+(?:an?\s+)?(?:(?:overall|further|significant|small|slight|large|"
    r"huge|big|considerable|substantial|dramatic|sharp|steep|marked|annual|net|total)\s+)?"
    r"(?:(?P<before>" + "|".join(COUNT_CHANGE_NOUNS) + r"|uplift|jump)\s+of\s+(?:around\s+|about\s+|approximately\s+|"
    r"nearly\s+|almost\s+|some\s+|over\s+|just\s+(?:over|under)\s+)?)?$")
_SEEN_CHANGE_RIGHT = re.compile(r"(?i)^\s*(" + "|".join(COUNT_CHANGE_NOUNS) + r"|uplift|jump)\b")
#: what may open the words before the verb and is no part of the subject: a reporting clause, a conjunction, an
#: adverb of focus ("said customer services had seen", "particularly for Mainstream, which had seen")
_SEEN_WHO_LEAD = re.compile(
    r"(?i)^.*\b(?:said|says|told|explained|stated|noted|reported|confirmed|added|that|and|but|while|whilst|where|"
    r"when|as)\s+|^(?:particularly|especially|notably|mainly|mostly)\s+(?:for|in|within|across)\s+")
#: a subject that names no measure of its own: a pronoun, the council or its area
_SEEN_WHO_NONE = re.compile(
    r"(?i)^(?:it|we|they|this|that|these|those|there|he|she|i|you|which|who|(?:the\s+)?(?:local\s+authority|"
    r"council|authority|borough|county|city|area|district|region|country|nation|la|service|department|directorate))$")
#: (r35review) a subject that watched the change rather than underwent it: people and bodies who "have seen" a rise
#: ("Members had seen an increase of 20%", "colleagues have seen a 15% increase"): the rise is of something unnamed
_SEEN_WHO_WATCHER = re.compile(
    r"(?i)\b(?:members?|councillors?|officers?|colleagues|staff|partners?|practitioners?|managers?|leaders?|"
    r"(?:head\s?)?teachers?|residents|parents|carers|directors?|committee|board|panel|forum|teams?|cabinet)$")
#: what after the change names what changed ("an increase of 9% of EHCP", "a 5% increase in funding"): the change is
#: of that, which other rules read
_SEEN_CHANGE_OF_RIGHT = re.compile(r"(?i)^\s*(?:in|of|for|on|to)\s+\w")


def seen_change_of(before: str, right: str) -> str:
    """(r35phrase) The change a clause's subject has seen, for the figure that sizes it and names nothing else:
    "<change> in <subject>" ("" when the shape is absent, the subject is a pronoun, the council or its area, or the
    change is named "in" or "of" something after it).

    >>> seen_change_of("Lisa Beckett, head of performance, said customer services had seen an increase of ", ".")
    'increase in customer services'
    >>> seen_change_of("Funding for high needs pupils has seen a ", " increase, with extra measures")
    'increase in funding for high needs pupils'
    >>> seen_change_of("particularly for Mainstream, which had seen a growth of ", ", Special with a growth")
    'growth in Mainstream'
    >>> seen_change_of("The council has seen a ", " increase in the number of looked-after children")
    ''
    >>> seen_change_of("Since then, it has seen a rise of ", " in a year"), seen_change_of("The budget was ", ".")
    ('', '')
    >>> seen_change_of("Members had seen an increase of ", " last year.")  # (r35review) who watched, not what rose
    ''
    """
    m = _SEEN_CHANGE_LEFT.search(before)
    if m is None:
        return ""
    if m.group("before"):
        change, rest = m.group("before").lower(), right
    else:
        rm = _SEEN_CHANGE_RIGHT.match(right)
        if rm is None:
            return ""
        change, rest = rm.group(1).lower(), right[rm.end():]
    if _SEEN_CHANGE_OF_RIGHT.match(rest):
        return ""
    who = _SEEN_WHO_LEAD.sub("", m.group("who").strip())
    who = _clean_phrase(who, 8)
    if not who or _SEEN_WHO_NONE.match(who) or _SEEN_WHO_WATCHER.search(who) or is_poor(who) or _is_generic(who):
        return ""
    return f"{change} in {_lower_lead(who)}"


def _lower_lead(words: str) -> str:
    """(r35phrase) A subject's first word in lower case when it is capitalised only as the sentence's first word
    ("Funding for high needs pupils"; not "EHCP", nor a name of capitalised words, "Families First Triage", nor a
    word alone, which may be a name: "Northwest", "Mainstream").

    >>> _lower_lead("Funding for high needs"), _lower_lead("Families First Triage"), _lower_lead("EHCPs issued")
    ('funding for high needs', 'Families First Triage', 'EHCPs issued')
    >>> _lower_lead("Northwest")
    'Northwest'
    """
    first, _, rest = words.partition(" ")
    if rest and first[1:].islower() and not any(w[:1].isupper() for w in rest.split()):
        return first[0].lower() + words[1:]
    return words


#: (r35phrase) a part that accounts for the figure, before it: "physical abuse accounted for (12) children",
#: "teenage anti-social behaviour accounted for (22%) of reported antisocial behaviour", "Families First Triage (Early
#: Help) accounted for (41%) of contacts": group ``who`` the words before the verb (cut at a clause's opening by
#: :data:`_SEEN_WHO_LEAD`, and at a full stop, a bullet or an ellipsis: "Agenda Item No. 5 ... · Families First")
_ACCOUNTED_FOR_LEFT = re.compile(
    r"(?i)(?P<who>[^,;:“\".·•…]{2,120}?)\s+(?:alone\s+)?(?:accounted|accounts|account)\s+for\s+(?:around\s+|about\s+|"
    r"approximately\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+(?:over|under)\s+|more\s+than\s+|less\s+than\s+)?$")
#: what the figure is a part of, after it: "of (the) reported antisocial behaviour", " children", " cases"
_ACCOUNTED_BASE_RIGHT = re.compile(r"(?i)^\s+(?:of\s+(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+|our\s+)?)?"
                                   r"(?P<base>[^,;:.()]{3,80})")
#: a time or a span after the base, no part of it: "of contacts between April and June", "of referrals during 2023"
_ACCOUNTED_BASE_CUT = re.compile(r"(?i)\s+(?:between|during|since|over\s+the|in\s+(?:19|20)\d\d|this|last|so\s+far)\b")
#: a part that names nothing of its own: a pronoun or a relative (whose antecedent this rule does not read)
_ACCOUNTED_WHO_NONE = re.compile(r"(?i)^(?:it|they|this|that|these|those|which|who|he|she|we|there)$|^(?:which|who)\b")


def accounted_for_by(before: str, right: str, unit: str) -> str:
    """(r35phrase) A count or share a named part accounts for: "<base> accounted for by <part>" for a count ("physical
    abuse accounted for 12 children" -> "children accounted for by physical abuse"), "share of <base> accounted for by
    <part>" for a share ("" when the shape is absent, the part is a pronoun or a relative, or nothing names the base).

    >>> accounted_for_by("108 children were subject to a plan, physical abuse accounted for ", " children, whilst", "count")
    'children accounted for by physical abuse'
    >>> accounted_for_by("It was noted that teenage anti-social behaviour accounted for ",
    ...                  " of reported antisocial behaviour, but", "percent")
    'share of reported antisocial behaviour accounted for by teenage anti-social behaviour'
    >>> accounted_for_by("Agenda Item No. 5 ... · Families First Triage accounted for ", " of contacts between", "percent")
    'share of contacts accounted for by Families First Triage'
    >>> accounted_for_by("ADHD was common but these accounted for ", " of exclusions.", "percent")
    ''
    >>> accounted_for_by("The portfolio accounts for ", " of the projected expenditure", "gbp")
    ''
    """
    if unit not in ("count", "percent"):
        return ""
    m = _ACCOUNTED_FOR_LEFT.search(before)
    bm = _ACCOUNTED_BASE_RIGHT.match(right)
    if m is None or bm is None or (unit == "percent") != right.lstrip().lower().startswith("of "):
        return ""
    who = _clean_phrase(_SEEN_WHO_LEAD.sub("", m.group("who").strip()), 8)
    base = _clean_phrase(_ACCOUNTED_BASE_CUT.split(_cut_clause(bm.group("base")))[0], 8)
    if not who or not base or _ACCOUNTED_WHO_NONE.match(who) or is_poor(who) or is_poor(base) or _is_generic(who):
        return ""
    return f"{'share of ' if unit == 'percent' else ''}{base} accounted for by {_lower_lead(who)}"


#: (r35phrase2) a participle after the main clause sizing a part of a whole: "<subject> was the most common need,
#: accounting for (28%) of plans", "Neglect continues to be the highest category, accounting for (81 per cent) of the
#: plans", "with EHCPs representing approximately (3.64%) of the population", "with neglect being the most common
#: reason, accounting for (93) cases". Group ``v``: the participle; ``with``: the part a "with X being/representing"
#: names (else the part is the main clause's subject, :data:`_PARTICIPLE_SUBJECT`)
_PARTICIPLE_PART_LEFT = re.compile(
    r"(?i)(?:\bwith\s+(?P<with>[^,;:()]{2,60}?)\s+(?:being\s+[^,;:()]{2,80}?,\s*)?|,\s*)"
    r"(?P<v>accounting\s+for|representing|equating\s+to|equivalent\s+to)\s+(?:around\s+|about\s+|approximately\s+|"
    r"nearly\s+|almost\s+|some\s+|over\s+|just\s+(?:over|under)\s+|more\s+than\s+|less\s+than\s+)?$")
#: what opens a sentence and is no part of its subject: an adverbial of place or time with its comma ("In Luton
#: however, "), a source that shows or says ("The figures show (that) ", "The report noted that ")
_PARTICIPLE_SUBJECT_LEAD = re.compile(
    r"(?i)^(?:that\s+)?(?:(?:in|at|across|for|within|nationally|locally|overall|however)\b[^,;:]{0,40},\s*)?"
    r"(?:(?:the\s+)?(?:latest\s+)?(?:figures|data|statistics|report|analysis|survey)\s+"
    r"(?:show|shows|showed|suggest|suggests|indicate|indicates|noted|found|reveal|reveals)\s+(?:that\s+)?)?")
#: the main clause's subject: the words before its first finite verb ("autistic spectrum disorder was", "speech,
#: language and communication needs were", "Neglect continues to be")
_PARTICIPLE_SUBJECT = re.compile(
    r"(?i)^(?P<who>[^;:()\d]{2,80}?)\s+(?:(?:is|are|was|were)(?:\s+(?P<pp>\w+ed\s+[^,;:()\d]{2,60}))?|remains?|"
    r"remained|continues?|continued|has|have|had|makes?|made|forms?|formed)\b")
#: (r35review2) a subject that is a ranked category, not the part: "The largest group of children ... are 10 - 15 year
#: olds, accounting for", "The main reason for referral was domestic abuse, accounting for" (the part is the complement)
_PARTICIPLE_RANKED_SUBJECT = re.compile(
    r"(?i)^(?:the\s+)?(?:single\s+)?(?:largest|biggest|highest|greatest|main|commonest|principal|leading|top|"
    r"most\s+(?:common|frequent|prominent|prevalent|significant))\s+(?:[\w-]+\s+){0,3}?(?:groups?|needs?|reasons?|"
    r"categor(?:y|ies)|types?|causes?|pressures?|factors?|drivers?|sources?|areas?|issues?|contributors?)\b")
#: (r35review2) the complement after a ranked subject's copula, up to the participle's comma ("was domestic abuse")
_PARTICIPLE_COMPLEMENT = re.compile(r"(?i)\s(?:is|are|was|were|remains|remained)\s+(?P<c>[^,;:()]{2,80})$")
#: (r35review2) a main clause that reports or reacts, whose subject is no part of anything counted: "The committee
#: were advised that ...", "Members were concerned at the rise, equating to 20 more children"; and a subject cut
#: inside a relative clause ("The largest group of children who")
_PARTICIPLE_SUBJECT_NONE = re.compile(
    r"(?i)(?:^|\s)(?:members?|councillors?|officers?|committee|board|panel|cabinet|forum|chair(?:man|person)?)$|"
    r"\s(?:who|that|which|whom|whose|where)$")
_PARTICIPLE_REPORTING_PP = re.compile(r"(?i)^(?:advised|informed|told|reminded|assured|updated|concerned|pleased|"
                                      r"disappointed|asked|noted|reported)\b")
#: a count in words opening a subject ("One hundred and forty-one pupils"): no part of what is counted
_NUMBER_WORDS_LEAD = re.compile(
    r"(?i)^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|and|a)(?:-\w+)?\s+)+(?=\w)")


def participle_part_of(before: str, right: str, unit: str, phrase: str) -> str:
    """(r35phrase2) A share or count a part sizes, read from a participle after the main clause: "<part> as a share of
    <base>" for a share, "<base> accounted for by <part>" for a count; the part is the X of "with X being/representing"
    or else the main clause's subject (``before``: the sentence up to the figure). "" when the shape is absent, the
    part is a pronoun, the council, a figure or names nothing, or when ``phrase`` (the phrase read so far) is neither
    empty, nor the base, nor the part alone (then it names more, and stands).

    >>> participle_part_of("In Luton however, speech, language and communication needs were the most prominent primary "
    ...                    "type of need, accounting for ", " of new plans", "percent", "new plans")
    'speech, language and communication needs as a share of new plans'
    >>> participle_part_of("Neglect continues to be the highest category, accounting for ", " of the plans.",
    ...                    "percent", "plans")
    'Neglect as a share of plans'
    >>> participle_part_of("it is now in line, with EHCPs representing approximately ", " of the population.",
    ...                    "percent", "EHCPs")
    'EHCPs as a share of population'
    >>> participle_part_of("At the end of 2012, 118 children were subject to a plan with neglect being the most common "
    ...                    "reason, accounting for ", " cases.", "count", "cases")
    'cases accounted for by neglect'
    >>> participle_part_of("One hundred and forty-one pupils were offered a place at their second choice school, "
    ...                    "accounting for around ", " of applicants.", "percent", "applicants")
    'pupils offered a place at their second choice school as a share of applicants'
    >>> participle_part_of("It was the largest group, accounting for ", " of plans", "percent", "plans")
    ''
    >>> participle_part_of("Autism was the commonest need, accounting for ", " of plans", "percent", "autism plans issued")
    ''
    >>> participle_part_of("The main reason for referral was domestic abuse, accounting for ", " of referrals.",
    ...                    "percent", "referrals")  # (r35review2) a ranked subject: the part is its complement
    'domestic abuse as a share of referrals'
    >>> participle_part_of("The largest group of children who are looked after are 10 - 15 year olds, accounting for ",
    ...                    " of children.", "percent", "children"), participle_part_of(
    ...     "Members were concerned at the rise, equating to ", " more children.", "count", "more children")
    ('', '')
    """
    if unit not in ("count", "percent"):
        return ""
    m = _PARTICIPLE_PART_LEFT.search(before)
    bm = _ACCOUNTED_BASE_RIGHT.match(right)
    if m is None or bm is None or (unit == "percent") != right.lstrip().lower().startswith("of "):
        return ""
    if m.group("with"):
        who = m.group("with")
    else:
        head = before[:m.start()]
        head = _PARTICIPLE_SUBJECT_LEAD.sub("", head.strip(), count=1)
        sm = _PARTICIPLE_SUBJECT.match(head)
        if sm is None:
            return ""
        who = _NUMBER_WORDS_LEAD.sub("", sm.group("who").strip())
        if _PARTICIPLE_SUBJECT_NONE.search(who) or (sm.group("pp") and _PARTICIPLE_REPORTING_PP.match(sm.group("pp"))):
            return ""  # (r35review2) "Members were concerned at the rise", "children who are looked after are"
        if _PARTICIPLE_RANKED_SUBJECT.match(_LEAD_ARTICLE.sub("", who)) or _PARTICIPLE_RANKED_SUBJECT.match(who):
            cm = _PARTICIPLE_COMPLEMENT.search(head)  # (r35review2) the ranked category's complement is the part
            if cm is None:
                return ""
            who = cm.group("c")
        elif sm.group("pp"):  # a passive: "pupils were offered a place" -> "pupils offered a place"
            who = f"{who} {sm.group('pp')}"
    who = _clean_phrase(_LEAD_ARTICLE.sub("", who.strip()), 10)
    base = _clean_phrase(_ACCOUNTED_BASE_CUT.split(_cut_clause(bm.group("base")))[0], 8)
    if not who or not base or any(c.isdigit() for c in who) or _ACCOUNTED_WHO_NONE.match(who) \
            or _SEEN_WHO_NONE.match(who) or is_poor(who) or is_poor(base) or _is_generic(who):
        return ""
    low = phrase.strip().lower()
    if low and low not in base.lower() and low != who.lower():
        return ""
    return f"{_lower_lead(who)} as a share of {base}" if unit == "percent" else f"{base} accounted for by {_lower_lead(who)}"
