"""A phrase that names no measure, and what stands in its place (part of :mod:`.phrase`).

:func:`names_no_measure` and :func:`no_noun_alone` (the rules' measure words: :func:`not_a_measure_word`),
:func:`said_object` and :func:`infinitive_object` (the object of a verb of saying or an infinitive),
:func:`light_noun_before`, and :func:`instead_of_no_measure` (the sentence's subject or a reported predicate); :func:`period_of_next` (a length of
time still to come: "for the next five years").
"""

from __future__ import annotations

import re

from .grammar import Hit
from .rules import FigureRules
from .phrase_words import (
    _DATE_WORDS, _LEAD_PREPOSITIONS, _LEAD_SPACE, _ORG_HEADS, _STRAY, _adverb_or_participle, _clean_phrase,
    _is_generic, _np_of, is_poor,
)
from .phrase_subject import _np_after, measure_of_unit_in, sentence_subject
from .phrase_np import _VERB_WORDS
from .phrase_clauses import _word_alternation, reported_predicate
from .places import names_only_a_place

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


def _lone_verb_or_stray(word: str) -> bool:
    """Whether a one-word phrase is a participle, an adverb or a stray word (what :func:`last_resort`
    replaces), not a noun that names too little ("targets", "figure": kept as they are).

    >>> [_lone_verb_or_stray(w) for w in ("expected", "claimed", "approx.", "targets", "children")]
    [True, True, True, False, False]
    """
    w = word.lower().strip(",.;:()'\"")
    return w in _STRAY or _adverb_or_participle(w)


#: (r36phrase) the lead of a length of time still to come, right before it: "over the next", "for their next", "during
#: the next", "for each of the next"
_NEXT_PREPOSITIONS = r"(?:over|for|during|within|in|across|throughout)"
_NEXT_DETERMINERS = r"(?:the|their|its|our|his|her|your)"  # (r36review: one list for both patterns)
_NEXT_LEFT = re.compile(
    r"(?i)\b" + _NEXT_PREPOSITIONS + r"\s+(?:each\s+of\s+)?" + _NEXT_DETERMINERS + r"\s+next\s+$")
#: (r36phrase) the same lead at a phrase's end, or the phrase's "next" alone ("Over the next", "next"); (r36review) a
#: run of spaces is tried from its first only (no quadratic search on a long run)
_NEXT_END = re.compile(
    r"(?i)(?:^|(?<!\s)\s+)(?:" + _NEXT_PREPOSITIONS + r"\s+)?(?:each\s+of\s+)?(?:" + _NEXT_DETERMINERS + r"\s+)?next$")
#: (r36phrase) a figure (a number, an amount with its scale word) right before the lead: "£1.16m over the next";
#: (r36review) read from the number's last digit (the same answer: the pattern is only searched, and a number's digits
#: before the last were a quadratic search on a long run of digits and commas)
_FIGURE_BEFORE_LEAD = re.compile(r"(?i)\d\s*(?:%|m|k|bn|million|billion|per\s?cent)?\s*$")


def period_of_next(before: str, phrase: str, prev_in_sentence: str, rules: FigureRules) -> str:
    """(r36phrase) What a length of time still to come measures, when its phrase stopped on the lead ("over the next",
    "for the next") or on "next" alone: "period of" the noun phrase before the lead ("overarching priorities for the
    next three years" -> "period of overarching priorities", "will outline our plans for the next five years" ->
    "period of plans"), or, when an amount or a count stands right before the lead, of what the figure before in its
    sentence measured (``prev_in_sentence``: "an investment of up to £1.16m over the next 18 months" -> "period of
    investment"). ``before``: the sentence up to the duration. Empty when the lead is not right before the duration,
    the phrase names more than the lead, or nothing before names something.

    >>> from .rules import load_rules
    >>> r = load_rules()
    >>> period_of_next("setting out the overarching priorities for the next ", "overarching priorities for the next", "", r)
    'period of overarching priorities'
    >>> period_of_next("which will outline our plans for the next ", "outline our plans for the next", "", r)
    'period of plans'
    >>> period_of_next("a one-off investment of up to £1.16m over the next ", "over the next", "one-off investment", r)
    'period of one-off investment'
    >>> period_of_next("the programme should be kept under review for the next ", "programme", "", r)
    ''
    >>> period_of_next("and how they will be deliver over the next ", "next", "", r)
    ''
    """
    m = _NEXT_LEFT.search(before[-80:])
    p = " ".join(phrase.strip(_PHRASE_MARKS).split())
    if m is None or (p and _NEXT_END.search(p) is None):
        return ""
    what = _NEXT_END.sub("", p).strip(_PHRASE_MARKS)
    words = what.split()
    # the words after the last verb before the lead: "report presented outlined Slough's predicted position" ->
    # "Slough's predicted position" (a participle before a name); a verb before a determiner: "outline our plans" ->
    # "plans"; an infinitive's verb at the end: "set up to plan" -> "plan"
    cut = 0
    for i, w in enumerate(words[:-1]):
        low = w.lower()
        nxt = words[i + 1]
        if low in _VERB_WORDS or _said_verb(w, rules) or low in rules.said_verbs and i == 0 \
                or low == "to" and i + 2 == len(words) or nxt.lower() in _DETERMINER_FIRST \
                or low.endswith("ed") and nxt[:1].isupper():  # "outlined Slough's", "to plan", "outline our plans"
            cut = i + 1
    words = words[cut:]
    while words and words[0].lower() in _DETERMINER_FIRST:
        words = words[1:]
    what = _clean_phrase(" ".join(words), 10) if words else ""
    if what and _names_something_alone(what, rules) and not verb_led_words(what) \
            and not any(c.isdigit() for c in what):
        return f"period of {what}"
    tail = _LEAD_SPACE.sub(" ", before[-80:])
    lead = _NEXT_LEFT.search(tail)
    if prev_in_sentence and lead is not None and _FIGURE_BEFORE_LEAD.search(tail[:lead.start()]) \
            and _names_something_alone(prev_in_sentence, rules):
        return f"period of {prev_in_sentence}"
    return ""


#: (r36unit) a phrase that is only the value's unit or period, with no measure: "per hour", "p.a.", "per year", "a
#: week", "per child", "per annum", "each pupil"; the words of a rate's denominator, grammar of the unit, not a page's
#: words ("each" or "per cent" alone is no unit here)
_UNIT_ALONE = re.compile(
    r"(?i)^(?:(?:per|a|an|each|every)\s+(?:year|annum|week|month|day|hour|night|session|term|pupil|child|person|"
    r"head|place|placement|resident|household|property)|p\.?\s?a\.?|per\s+(?:cent\s+)?p\.?a\.?|pa|pw|p/w|"
    r"per\s+calendar\s+month|pcm)$")


def unit_alone(phrase: str) -> bool:
    """(r36unit) Whether a figure's phrase is only its unit or period (:data:`_UNIT_ALONE`: "per hour", "p.a.",
    "per year", "per child"): it says how the value is counted, not what is measured.

    >>> [unit_alone(p) for p in ("per hour", "p.a.", "per year", "a week", "per child", "pa")]
    [True, True, True, True, True, True]
    >>> [unit_alone(p) for p in ("cost per hour", "rate", "per cent of pupils", "hourly rate", "children")]
    [False, False, False, False, False]
    """
    return bool(_UNIT_ALONE.match(phrase.strip(_PHRASE_MARKS).strip()))


def measure_of_unit_alone(text: str, h: Hit, sent_start: int, prev_in_sentence: str,
                          rules: FigureRules) -> str | None:
    """(r36unit) The measure of a figure whose phrase is only its unit or period (:func:`unit_alone`): the measure of
    the figure before it in its sentence when that names something (``prev_in_sentence``: "The weekly cost of a
    residential place ... costs £7,300 per week and £380,000 per year": the second takes the first's measure), else the
    sentence's subject before the figure, short bracketed asides dropped ("The cost of private provision is about £5,500
    per child" -> "cost of private provision"). None when neither names something: the unit stands.

    >>> from .rules import load_rules
    >>> t = "The cost of private provision is about £5,500 per child."
    >>> measure_of_unit_alone(t, Hit(t.index("£"), t.index("£") + 6, "figure", "money", (5500.0,)), 0, "", load_rules())
    'cost of private provision'
    """
    if prev_in_sentence and _names_something_alone(prev_in_sentence, rules):
        return prev_in_sentence
    subject_ = sentence_subject(_SHORT_ASIDE.sub("", text[sent_start:h.start]))
    if _names_something_alone(subject_, rules):
        return subject_
    return None


#: (r36unit) a short aside in brackets, as a subject may carry one ("rate for 3- & 4-year-olds (both universal and
#: working family entitlement) is")
_SHORT_ASIDE = re.compile(r"\s*\([^()]{1,80}\)")


#: (r38phrase) a value that a relative clause gives its antecedent: "the removal of the grant funding ..., which equates
#: to", "the capital additions and variations ... which total", "Triangle Care Group, which comes in at" (group
#: ``np``: the words before the relative pronoun, back to the clause's last stop)
_ANTECEDENT_LEFT = re.compile(
    r"(?i),?\s+(?:which|that)\s+(?:(?:would|will|could|now|then|also|currently|in\s+total)\s+)?"
    r"(?:equates?\s+to|equated\s+to|amounts?\s+to|amounted\s+to|totals?|totalled|totaled|comes?\s+(?:in\s+)?(?:at|to)|"
    r"came\s+(?:in\s+)?(?:at|to)|stands?\s+at|stood\s+at|works?\s+out\s+at|worked\s+out\s+at)\s+"
    r"(?:(?:around|about|approximately|nearly|almost|some|over|just\s+(?:over|under))\s+)?[£$€]?$")
#: (r38phrase) where the antecedent's clause starts: its last stop, or a verb of saying's "that" ("To note that approval")
_ANTECEDENT_START = re.compile(r"(?i)[,;:!?]|\.(?!\d)|\bthat\s|\((?![ivx]{1,4}\)|[a-z0-9]\))")
#: (r38phrase) an item's label the antecedent's clause opens with: "(b) the loss of the youth grant ..."
_ITEM_LABEL_START = re.compile(r"^\s*\(?(?:[ivx]{1,4}|[a-z]|\d{1,2})\)\s+")
#: (r38phrase) a figure in a noun phrase (the antecedent is another value, not a measure: "£8.622m which represents")
_FIGURE_IN_NP = re.compile(r"[£$€]\s?\d|\d[\d,.]*\s?(?:%|per\s?cent|m\b|k\b|million\b|bn\b)")
#: (r38phrase) the object of a preposition right after a value ("£6.6million less for high needs funding", "0.6m to the
#: Education Improvement Partnerships", "£32m short in this part of the budget", "£16,500 per child per week for an
#: unregistered placement"): the words between are the value's scale or rate only; "to" only before a determiner or a
#: name (else it is an infinitive's: "one month to go until the closedown")
_PREP_OBJECT_RIGHT = re.compile(
    r"(?i)^(?:\s?(?:per\s?cent|percent|million|billion|bn|m|k))?"
    r"(?:\s+per\s+(?:child|pupil|person|place|head|week|month|year|annum|day|hour)){0,3}"
    r"\s+(?:(?:less|more|short|extra|additional)\s+)?(?:(?:for|towards|in|on)\s+(?:(?:the|this|that|its|their|our|an?)\s+)?"
    r"(?=[A-Za-z])|to\s+(?:(?:the|this|that|its|their|our|an?)\s+(?=[A-Za-z])|(?-i:(?=[A-Z]))))")
#: (r38phrase) the head words of a time or a period, which name no measure as a preposition's object ("for the period
#: August 1st 2010", "in the year")
_TIME_HEADS = frozenset("period year years month months week weeks day days time term quarter financial academic".split())


def relative_antecedent(before: str, prev_in_sentence: str = "") -> str:
    """(r38phrase) What a value measures when a relative clause gives it to the noun phrase before it ("the removal of
    the grant funding from the Department, which equates to £46,747", "the capital additions and variations of
    recommendation (ii) and (iii) which total £1,361,000"): that noun phrase, cleaned as every phrase is. When the
    antecedent is itself a value ("£8.622m which represents"), the measure the figure before in the sentence named
    (``prev_in_sentence``). Empty when ``before`` (the sentence up to the figure) ends on no such clause or the
    antecedent names nothing.

    >>> relative_antecedent("the removal of the grant funding from the Department, which equates to ")
    'removal of the grant funding from the Department'
    >>> relative_antecedent("To note that approval in relation to the capital additions of recommendation (ii) and (iii) which total £")
    'approval in relation to the capital additions of recommendation (ii) and (iii)'
    >>> relative_antecedent("The council paid £8.6m, which amounts to ", "council paid")
    'council paid'
    >>> relative_antecedent("The figures showed that it rose to ")
    ''
    """
    tail = before[-220:]
    m = _ANTECEDENT_LEFT.search(tail)
    if m is None:
        return ""
    np_ = tail[:m.start()]
    for cut in _ANTECEDENT_START.finditer(np_):
        np_ = tail[cut.end():m.start()] if cut.end() < m.start() else np_
    if _FIGURE_IN_NP.search(np_):
        return prev_in_sentence if _names_something_alone_loose(prev_in_sentence) else ""
    cand = _clean_phrase(_ITEM_LABEL_START.sub("", np_), 16)
    return cand if _names_something_alone_loose(cand) else ""


def _names_something_alone_loose(phrase: str) -> bool:
    """(r38phrase) A phrase with a word of at least three letters that is not poor (:func:`is_poor`) nor generic."""
    return bool(phrase) and any(len(w) > 2 and w.isalpha() for w in phrase.split()) and not is_poor(phrase) \
        and not _is_generic(phrase)


def preposition_object(right: str, rules: FigureRules) -> str:
    """(r38phrase) The noun phrase a preposition right after a value opens (:data:`_PREP_OBJECT_RIGHT`): what an amount
    is for, short in or moved to ("£6.6million less for high needs funding" -> "high needs funding"), not a time
    ("for the period August 1st 2010") nor a word that names nothing (:func:`names_no_measure`).

    >>> from .rules import load_rules
    >>> r = load_rules()
    >>> [preposition_object(t, r) for t in ("million less for high needs funding in 2020/21", " to the Education Improvement "
    ...  "Partnerships (to fund", " short in this part of the budget.", " for the period August 1st 2010", " in 2020",
    ...  " to go until the final closedown")]
    ['high needs funding', 'Education Improvement Partnerships', 'part of the budget', '', '', '']
    """
    m = _PREP_OBJECT_RIGHT.match(right)
    if m is None:
        return ""
    np_ = _np_after(" " + right[m.end():])
    first = np_.split()[0].lower() if np_ else ""
    if not np_ or first in _TIME_HEADS or first in _DATE_WORDS_LOW or not _names_something_alone(np_, rules):
        return ""
    return np_


#: (r38phrase) a bracketed value's close and "of" after it: "the majority (around 60%) of families"
_BRACKET_OF_RIGHT = re.compile(r"(?i)\)\s+of\s+(?:(?:the|these|those|their|its|our|all)\s+)?(?=[A-Za-z])")
_DATE_WORDS_LOW = frozenset(
    "january february march april may june july august september october november december".split())


def phrase_of_bare_value(text: str, h: Hit, unit: str, sent_start: int, sent_end: int, prev_in_sentence: str,
                         rules: FigureRules) -> tuple[str, str]:
    """(r38phrase) A phrase for a figure every rule, and :func:`.phrase_clauses.phrase_when_none`, left with none, when
    its sentence still has a noun phrase tied to the value by grammar, in order: the antecedent of a relative clause
    that gives the value (:func:`relative_antecedent`); the object of a preposition right after the value
    (:func:`preposition_object`); the next candidate of a phrase that names nothing (:func:`instead_of_no_measure`:
    the value's "of" object, the noun right after it, its predicate, the sentence's subject); a bracketed value's "of"
    object ("the majority (around 60%) of families"). ("", "own") when none, or when the sentence's subject it would
    take is a place alone (:func:`.places.names_only_a_place`, r38review2: a place names no measure).

    >>> from .rules import load_rules
    >>> t = "The data shows a worsening situation, with 4.83 per cent of 16 and 17 year olds finding themselves NEET."
    >>> i = t.index("4.83")
    >>> phrase_of_bare_value(t, Hit(i, i + 13, "figure", "percent", (4.83,)), "percent", 0, len(t), "", load_rules())
    ('16 and 17 year olds finding themselves NEET', 'own')
    >>> t = "Windsor and Maidenhead is again the top performing authority in the county, with 78 per cent."
    >>> i = t.index("78")
    >>> phrase_of_bare_value(t, Hit(i, i + 11, "figure", "percent", (78.0,)), "percent", 0, len(t), "", load_rules())
    ('', 'own')
    """
    end = sent_end if sent_end > h.end else min(len(text), h.end + 200)
    if "which" in text[max(sent_start, h.start - 40):h.start] or "that" in text[max(sent_start, h.start - 40):h.start]:
        if ante := relative_antecedent(text[sent_start:h.start], prev_in_sentence):
            return ante, "own"
    if obj := preposition_object(text[h.end:end], rules):
        return obj, "own"
    if (inst := instead_of_no_measure(text, h, unit, sent_start, sent_end, prev_in_sentence, rules, "")) is not None:
        # (r38review2) a place alone ("Windsor and Maidenhead is again the top performing authority in the county, with
        # 78 per cent") names no measure: the figure keeps none, so the figures after it still take the measure before
        return inst if names_only_a_place(inst[0]) != "place" else ("", "own")
    if text[h.end:h.end + 1] == ")" and (bm := _BRACKET_OF_RIGHT.match(text, h.end, end)) \
            and _names_something_alone(np_ := _np_after(" " + text[bm.end():end]), rules):
        return np_, "own"  # "the majority (around 60%) of families would like ...": the bracketed value's "of" object
    return "", "own"


#: (r39phrase) a clause's pronoun subject or relative word that ends a phrase: the phrase ran from a noun (or a verb)
#: into the next clause and stopped on its subject ("bosses are still predicting they will finish ... going £4.09m",
#: "a scheme whereby up to £200,000 every year", "now it's over 500")
#: (r39review) not the acronym "IT" (information technology: "£450,000 for new IT" names what is bought)
_TRAILING_PRONOUN = re.compile(
    r"(?:^|\s)(?!(?-i:IT)\s*$)(?:it|it's|it’s|they|they're|we|we're|he|she|whereby|wherein)\s*$", re.I)


#: (r39phrase) a closed-class word left dangling at a phrase's end once its pronoun is cut: a conjunction, a
#: subordinator, a comparison word, a preposition or a verb of saying or thinking ("after it", "than if they", "I think it's")
_DANGLING_END = re.compile(r"(?:^|\s)(?:after|before|if|when|because|as|so|and|but|or|where|while|than|that|then|"
                           r"since|until|unless|though|although|think|thinks|said|says|say|feel|believe|I)\s*$", re.I)


def trailing_pronoun_cut(phrase: str) -> str | None:
    """(r39phrase) A phrase that ends on a clause's pronoun subject or a relative word, without it; None when the
    phrase does not end so. A pronoun names no measure and ends no noun phrase: the phrase is a clause fragment.

    >>> [trailing_pronoun_cut(p) for p in ("predicting they", "scheme whereby", "it's", "children in care")]
    ['predicting', 'scheme', '', None]
    >>> trailing_pronoun_cut("High Needs Block: 2021/22 and by March 2022 it")
    'High Needs Block: 2021/22 and by March 2022'
    >>> [trailing_pronoun_cut(p) for p in ("funding for the agency after it", "more than if they", "I think it's")]
    ['funding for the agency', 'more', '']
    >>> [trailing_pronoun_cut(p) for p in ("approved for new IT", "It", "spend on IT after it")]
    [None, '', 'spend on IT']
    """
    m = _TRAILING_PRONOUN.search(phrase)
    if m is None:
        return None
    cut = phrase[:m.start()].rstrip(" ,;:-")
    while (d := _DANGLING_END.search(cut) or _TRAILING_PRONOUN.search(cut)) is not None:
        # "... services after it", "more than if they", "we think it's"
        cut = cut[:d.start()].rstrip(" ,;:-")
    return cut
