"""A phrase that is only a time, and names kept whole with their commas (part of :mod:`.phrase`).

:func:`time_only_phrase` / :func:`instead_of_time`; :func:`protect_name_commas` and :func:`name_texts` (the commas
inside a name or an acronym's gloss replaced by :data:`NAME_COMMA`, so no clause cut splits them).
"""

from __future__ import annotations

import re

from ..vocab import COUNT_CHANGE_NOUNS
from .grammar import Hit, MONTHS
from .phrase_words import _is_generic, is_poor
from .phrase_subject import NAME_COMMA, _np_after
from .phrase_shares import _base_of, _share_predicate

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
    r"(?i)\b(" + "|".join(COUNT_CHANGE_NOUNS) + r")\s+of\s+(?:(?:about|around|almost|nearly|over|"
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
