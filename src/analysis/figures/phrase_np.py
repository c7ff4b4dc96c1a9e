"""A figure inside the noun phrase it measures; a verb phrase mended (part of :mod:`.phrase`).

:func:`modified_noun`: the noun a count modifies ("86 conceptions to under 18s"); :func:`verb_led` and
``_mend_verb_phrase``: a phrase that opens on a verb, mended to the noun phrase it is about;
:func:`np_of_value`: the noun phrase an amount is of ("the Schools Block underspend of £2m").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import CHANGE_NOUNS as _CHANGE_NOUNS  # (r32tidy) the nouns of a change, one list for the phrase's parts
from .grammar import Hit
from .phrase_words import (
    _EN_ED_NOUNS, _FUNCTION_WORDS, _LEAD_SPACE, _PREPOSITIONS, _adverb_or_participle, _clean_phrase, _ends_with,
    _is_generic, _shares_word, _words, is_poor,
)
from .phrase_subject import _BAD_NP_START, _NP_BOUNDARY_WORDS, _STOP_NP, _np_after, subject

#: " by " ending the noun an amount modifies: "its £44.5 million budget by more than £4 million" -> "budget"
_BY_CUT = re.compile(r"\s+by\b")


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
#: (r27review2) words that open an aside or a subordinate clause between commas, not a subject noun phrase
_ASIDE_OPENERS = frozenset("as which who whom whose where when while if unless although though following including "
                           "subject in at on from for to with by after before since under within".split())
#: (r27review2) determiners that may open a subject chunk before its noun
_CHUNK_DETERMINERS = frozenset("the a an its their our his her this these those each any all".split())


def _opens_chunk(chunk: str, who: str) -> bool:
    """(r27review2) Whether ``who`` is the noun phrase ``chunk`` opens with (after a determiner), and the chunk is no
    aside: "the growth funding awarded to schools" opens with "growth funding"; "as set out in paragraph 4.2" and
    "The top-up rate paid to ... the most complex needs" (-> "most complex needs") do not.

    >>> _opens_chunk("the growth funding awarded to schools", "growth funding")
    True
    >>> _opens_chunk("as set out in paragraph 4.2", "as set out"), _opens_chunk("The rate for pupils with the most needs", "most needs")
    (False, False)
    """
    words = chunk.split()
    while words and words[0].lower() in _CHUNK_DETERMINERS:
        words = words[1:]
    return bool(words) and words[0].lower() not in _ASIDE_OPENERS \
        and " ".join(words).lower().startswith(who.lower())


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
        after_comma = len(chunks) >= 2 and all(w.lower() in _VERB_WORDS for w in chunks[-1].split())
        who = subject(chunks[-2] if after_comma else chunks[-1])
        if who and len(who.split()) > 5 and (cut := _SUBJECT_PP_CUT.search(who)) and len(who[:cut.start()].split()) >= 2:
            who = who[:cut.start()]
        if after_comma and who and not _opens_chunk(chunks[-2], who):
            # (r27review2) the chunk before the comma is an aside ("the sum, as set out in paragraph 4.2, would be
            # allocated at £30") or its subject() is a noun inside it ("The top-up rate paid to special schools for
            # pupils with the most complex needs, will be uplifted by 3.4%" -> "most complex needs"): not the subject;
            # the chunk after the comma, as before r27phrase
            who = subject(chunks[-1])
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


#: a quotation mark opening or closing a word ("as 'good or outstanding'"), not an apostrophe inside one
#: participles of a perfect tense after "had/have/has" that do not end in -ed/-en/-wn
_PERFECT_PARTICIPLES = frozenset("made left met got gone come become taken sent spent kept held found lost won".split())
#: (r23ind) the words a noun phrase before "of <value>" never runs back across: a verb, a determiner, a preposition,
#: a connective (the phrase's words are those after the last of them)
_NP_OF_BREAK = (frozenset(_NP_BOUNDARY_WORDS) | _DETERMINERS_BEFORE_PARTICIPLE | _PREPOSITIONS
                | frozenset("as or and be being did does do".split()))
