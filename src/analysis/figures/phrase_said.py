"""(r45phrase) Two phrases a figure's reading stops on that name the words around the measure, not the measure.

* A clause of saying: "Senior officers say last year's peak of 150 was ...", "Ms Farach said: \"Swindon is closing the
  gap ... with 52 per 10,000 ...\"", "And that annual figure, they say, is 16% higher": who says it is no part of what
  is measured. :func:`said_clause_cut` finds such a clause in a phrase and gives what is left; :func:`reported_clause`
  gives the reported clause (the sentence after the verb of saying) in which :func:`.phrase.indicator_phrase_of`
  reads the figure again when nothing is left.
* The noun of a count after a sum: "may cost £40,000 to £50,000 for 50 young people", "up from £3,095 for 115 young
  people in 2022 to £4,708 for 112": the young people are what the count counts, not what the sum measures.
  :func:`counts_after_sums` finds every such "for N noun" of a sentence and :func:`sentence_without_counts` gives the
  sentence without them, in which the sum's phrase is read again.

Closed-class words only (verbs of saying, pronouns, hedges, time units): nothing of one page.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from .grammar import Hit

#: the verbs of saying whose clause opens a phrase ("Ms Farach said", "Senior officers say", "the data shows"): the
#: present and past of say, tell and show (not "noted", "confirmed", "added": their -ed is often a noun's participle,
#: "income confirmed", "places added")
_SAY = r"(?:say|says|said|told|show|shows|showed)"
#: words that make the clause before the verb no subject of saying: a modal or "to" ("it should say £270K" corrects
#: the minutes; "to show" is a purpose), a negation
_NOT_A_SPEAKER = frozenset("should would could will may might must can shall to not never".split())
#: a subject of one to seven words, a verb of saying, an optional colon and what follows
_SAID_LEAD = re.compile(rf"(?i)^(?P<subj>(?:[\w'’.&-]+\s+){{0,6}}[\w'’.&-]+)\s+{_SAY}\b\s*:?\s*(?P<rest>.*)$")
#: a parenthetical of saying at the end: "annual figure, they say"
_SAID_TRAIL = re.compile(rf"(?i)^(?P<rest>.*?)\s*,\s*(?:they|he|she|we|officers|officials)\s+{_SAY}\s*,?\s*$")
#: what opens a reported clause after its verb: a colon, quote marks, "that"
_REPORTED_OPEN = re.compile(r"""(?i)\s*:?\s*["“”'‘’]*\s*(?:that\s+)?["“”'‘’]*""")
#: a parenthetical of saying in a sentence: ", they say,"
_PARENTHETICAL = re.compile(rf"(?i)\s*,\s*(?:they|he|she|we|officers|officials)\s+{_SAY}\s*,\s*")
#: the last verb of saying before the figure in its sentence
_SAY_IN_TEXT = re.compile(rf"(?i)\b{_SAY}\b")
_QUOTES = " \t\"“”'‘’:;,"


def said_clause_cut(phrase: str) -> Optional[str]:
    """What is left of a phrase once a clause of saying in it is cut (the subject, the verb and its colon, or a
    trailing ", they say"); None when the phrase holds no such clause. What is left may be empty.

    >>> [said_clause_cut(p) for p in ("Senior officers say last year's peak", "Ms Farach said",
    ...                               "A spokesperson for the council said: figure", "annual figure, they say")]
    ["last year's peak", '', 'figure', 'annual figure']
    >>> [said_clause_cut(p) for p in ("it should say £270K", "children in care", "income confirmed either",
    ...                               "share saying their anxiety", "figures showing a rise")]
    [None, None, None, None, None]
    """
    if (t := _SAID_TRAIL.match(phrase)) is not None:
        return t.group("rest").strip(_QUOTES)
    m = _SAID_LEAD.match(phrase)
    if m is None or any(w.lower() in _NOT_A_SPEAKER for w in m.group("subj").split()):
        return None
    return m.group("rest").strip(_QUOTES)


def reported_clause(text: str, h: Hit, sent_start: int, sent_end: int) -> Optional[tuple[str, Hit]]:
    """The reported clause the figure ``h`` stands in (from after the last verb of saying before it in its sentence,
    its colon, quote marks and "that" left out, to the sentence's end) and the figure's hit in it; None when no verb of
    saying comes before the figure in its sentence.

    >>> t = 'Ms Farach said: "Swindon has 52 per 10,000 on a plan."'
    >>> s, h2 = reported_clause(t, Hit(t.index("52"), t.index("52") + 2, "figure", "num", [52.0]), 0, len(t))
    >>> s, s[h2.start:h2.end]
    ('Swindon has 52 per 10,000 on a plan."', '52')
    >>> t = "And that annual figure, they say, is 16% higher."
    >>> s, h2 = reported_clause(t, Hit(t.index("16%"), t.index("16%") + 3, "figure", "num", [16.0]), 0, len(t))
    >>> s, s[h2.start:h2.end]
    ('And that annual figure is 16% higher.', '16%')
    """
    last = None
    for last in _SAY_IN_TEXT.finditer(text, sent_start, h.start):
        pass
    if last is None:
        return None
    end = sent_end if sent_end > h.end else len(text)
    if (par := _PARENTHETICAL.search(text, sent_start, last.end() + 2)) is not None and par.end() <= h.start:
        # "And that annual figure, they say, is 16% higher": the sentence with the parenthetical left out
        s = text[sent_start:par.start()] + " " + text[par.end():end]
        shift = par.end() - par.start() - 1
        return s, Hit(h.start - sent_start - shift, h.end - sent_start - shift, h.kind, h.group, h.values)
    start = _REPORTED_OPEN.match(text, last.end()).end()  # (always matches: every part is optional)
    if start >= h.start:
        start = h.start
    return text[start:end], Hit(h.start - start, h.end - start, h.kind, h.group, h.values)


#: a hedge between "for" and the count: "for a total of 416 children", "for around 50 young people"
_HEDGE = r"(?:(?:a\s+total\s+of|an\s+estimated|around|about|some|up\s+to|over|nearly|almost|just|only)\s+)?"
_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                 "sixty|seventy|eighty|ninety|hundred")
#: a sum of money, then "for", a hedge, a count (not a year) and up to four words of its noun
_COUNT_AFTER_SUM = re.compile(
    rf"(?i)[£$€]\s?\d[\d,.]*(?:\s*(?:m|k|bn|million|billion)\b)?"
    rf"(?:\s+(?:to|and)\s+[£$€]\s?\d[\d,.]*(?:\s*(?:m|k|bn|million|billion)\b)?)?"
    rf"(?P<tail>\s+for\s+{_HEDGE}(?P<n>(?!(?:19|20)\d\d\b)\d[\d,]*|{_NUMBER_WORDS})(?![\w/%.-])"
    r"(?P<noun>(?:\s+(?!(?:in|at|on|this|that|these|those|last|next|per|a|an|the|each|every|who|which|but|and|or|from|"
    r"to|with|by|over|during|since|across|of|is|was|are|were|will|would|has|have|had|could|can|may|might|than|"
    r"years?|months?|weeks?|days?|hours?|terms?|nights?|sessions?|places?)\b)[A-Za-z][\w'’-]*){0,4}))")
#: a time or unit right after the count: "for 3 years", "for 12 weeks" say how long, not whom
_TIME_NEXT = re.compile(r"(?i)\s+(?:years?|months?|weeks?|days?|hours?|terms?|nights?|sessions?|per\b|%)")


class CountAfterSum(NamedTuple):
    """A "for N noun" after a sum: its span in the text, the words of its noun (lower case) and the noun as written."""
    start: int
    end: int
    noun: tuple[str, ...]
    noun_text: str


def counts_after_sums(text: str, sent_start: int, sent_end: int) -> list[CountAfterSum]:
    """Every "for N noun" right after a sum of money in the sentence ``text[sent_start:sent_end]`` (a count of whom or
    what the sum is for), not "for N years" (how long).

    >>> t = "It rose from £3,095 for 115 young people in 2022 to £4,708 for 112 this year."
    >>> [(t[c.start:c.end], c.noun) for c in counts_after_sums(t, 0, len(t))]  # doctest: +NORMALIZE_WHITESPACE
    [(' for 115 young people', ('young', 'people')), (' for 112', ())]
    >>> counts_after_sums("It cost £2m for 3 years and £5m for 2023/24.", 0, 44)
    []
    """
    out = []
    for m in _COUNT_AFTER_SUM.finditer(text, sent_start, sent_end):
        if _TIME_NEXT.match(text, m.end("n")):
            continue
        noun = m.group("noun").strip()
        out.append(CountAfterSum(m.start("tail"), m.end("tail"), tuple(noun.lower().split()), noun))
    return out


def sentence_without_counts(text: str, h: Hit, sent_start: int, sent_end: int,
                            phrase: str) -> Optional[tuple[str, Hit]]:
    """The sentence without every "for N noun" after a sum (:func:`counts_after_sums`) and the sum ``h``'s hit in it,
    when the sum's ``phrase`` is made only of the words of those counts' nouns ("young people" for "£3,095 for 115
    young people"); None otherwise.

    >>> t = "Travel training may cost £40,000 for 50 young people, but could save routes."
    >>> s, h2 = sentence_without_counts(t, Hit(25, 32, "figure", "num", [40000.0]), 0, len(t), "young people")
    >>> s, s[h2.start:h2.end]
    ('Travel training may cost £40,000, but could save routes.', '£40,000')
    >>> sentence_without_counts(t, Hit(25, 32, "figure", "num", [40000.0]), 0, len(t), "travel training")
    """
    words = phrase.lower().split()
    if not words:
        return None
    end = sent_end if sent_end > h.end else len(text)
    counts = counts_after_sums(text, sent_start, end)
    nouns = {w for c in counts for w in c.noun}
    if not nouns or not all(w in nouns for w in words):
        return None
    parts, at, shift = [], sent_start, 0
    for c in counts:
        if c.start < h.end and h.start < c.end:
            return None  # (the figure is in a count's span: not a sum before it)
        parts.append(text[at:c.start])
        if c.end <= h.start:
            shift += c.end - c.start
        at = c.end
    parts.append(text[at:end])
    s = "".join(parts)
    return s, Hit(h.start - sent_start - shift, h.end - sent_start - shift, h.kind, h.group, h.values)


def noun_of_count_before(text: str, h: Hit, sent_start: int, sent_end: int) -> str:
    """The noun of the "for N noun" after a sum before the count ``h``, when ``h`` is the count of such a phrase with no
    noun of its own ("up from £3,095 for 115 young people in 2022 to £4,708 for 112 this year": 112 young people);
    "" otherwise.

    >>> t = "It rose from £3,095 for 115 young people in 2022 to £4,708 for 112 this year."
    >>> noun_of_count_before(t, Hit(t.index("112"), t.index("112") + 3, "figure", "num", [112.0]), 0, len(t))
    'young people'
    >>> noun_of_count_before(t, Hit(t.index("115"), t.index("115") + 3, "figure", "num", [115.0]), 0, len(t))
    ''
    """
    end = sent_end if sent_end > h.end else len(text)
    noun = ""
    for c in counts_after_sums(text, sent_start, end):
        if c.start <= h.start and h.end <= c.end:
            return "" if c.noun else noun
        if c.end <= h.start and c.noun:
            noun = c.noun_text
    return ""
