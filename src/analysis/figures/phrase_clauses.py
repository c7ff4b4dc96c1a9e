"""Bare parts, the subject of a complement or a duration, reported clauses (part of :mod:`.phrase`).

:func:`bare_part` (a count or share with no noun of its own: "90 per cent were deemed ..."), :func:`share_restating`,
:func:`perfect_change_subject` ("the deficit had grown to"), :func:`complement_subject` ("stands at a considerable"),
:func:`duration_subject`, :func:`reporting_open` / :func:`reported_clause_start` / :func:`reported_predicate`
(a figure inside a reported clause), and :func:`phrase_when_none` (the phrase when the rules find none).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .rules import FigureRules
from .phrase_words import (
    _DATE_OR_STRAY, _FUNCTION_WORDS, _LEAD_PREPOSITIONS, _ORG_HEADS, _PREPOSITIONS, _PRONOUNS, _STRAY,
    _adverb_or_participle, _clean_phrase, is_poor,
)
from .phrase_subject import (
    _CLAUSE_BETWEEN, _CLAUSE_VERBS, _NAME_WORD, _POSSESSIVES, _np_after, sentence_subject, subject,
)
from .phrase_shares import _ENDING_WORDS
from .phrase_np import _first_word
from .phrase_names import time_only_phrase

#: the first words of a complement that says which part (a participle or a place or state), not what the figure was
_PART_PARTICIPLE = re.compile(
    r"(?i)^(?:[a-z]+(?:ed|en)|made|met|put|set\s+up|sent|kept|held|found|given|taken|seen|done|brought|chosen|"
    r"in|on|at|within|from|outside|placed|living|aged|subject\s+to|known\s+to|open\s+to|out\s+of|not\s+in)\b")


#: participles that say how the figure was got or when, not which part it counts ("61% was recorded in 2024", "14% is
#: expected this year": the measure before, at another time)
_VALUE_PARTICIPLES = frozenset("recorded reported seen expected forecast forecasted projected predicted estimated anticipated "
                               "achieved reached set targeted planned budgeted registered logged counted published "
                               "calculated quoted cited confirmed".split())


#: the last choice of a complement that _PART_COMPLEMENT_RIGHT cut at "or"/"and", when the clause ends with it:
#: "(judged by Ofsted as 'good) or outstanding'" (group 1)
_OR_LAST_RIGHT = re.compile(r"(?i)(\s+(?:or|and)\s+[a-z][\w'’-]*)['\"’”]?\s*(?=[.;:,)]|$)")
_CONNECTIVES = frozenset("however therefore thus furthermore moreover meanwhile nonetheless nevertheless additionally "
                         "consequently similarly conversely overall again".split())  # (speed) _LEAD_CONNECTIVE's words
_DANGLING = frozenset(_ENDING_WORDS) | {"than"}


#: (r20phrase) a sentence opening on a noun phrase whose verb is a perfect ("The national average has risen from",
#: "Demand had grown to"): the subject :func:`sentence_subject` leaves out (there "had" / "has" may be an owner's)
_PERFECT_SUBJECT = re.compile(
    r"(?i)^\s*(?:the\s+)?([a-z][\w'’/-]*(?:\s+[\w'’/-]+){0,6}?)\s+(?:has|have|had)\s+(?:now\s+|also\s+|since\s+|already\s+)?"
    r"(?:[a-z]+ed|risen|grown|fallen|gone|become|been)\b")
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
