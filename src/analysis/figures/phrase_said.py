"""(r45phrase) A phrase a figure's reading stops on that names the words around the measure, not the measure.

* A clause of saying: "Senior officers say last year's peak of 150 was ...", "Ms Farach said: \"Swindon is closing the
  gap ... with 52 per 10,000 ...\"", "And that annual figure, they say, is 16% higher": who says it is no part of what
  is measured. :func:`said_clause_cut` finds such a clause in a phrase and gives what is left; :func:`reported_clause`
  gives the reported clause (the sentence after the verb of saying) in which :func:`.phrase.indicator_phrase_of`
  reads the figure again when nothing is left.

Closed-class words only (verbs of saying, pronouns, modals): nothing of one page. (Round 45 also measured a second
rule, the noun of a count after a sum, "£3,095 for 115 young people"; it did not pass its declared bar and is not
here: `tests/realworld/notes/r45_phrase.md`.)
"""

from __future__ import annotations

import re
from typing import Optional

from .grammar import Hit, fold

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
#: (r46speed) what every verb of :data:`_SAY` holds, as :func:`.grammar.fold` writes it: "sa" (say, says, said), "told",
#: "show" (show, shows, showed); a phrase whose folded text holds none of them has no clause of saying (both patterns
#: need a verb of saying), so :func:`said_clause_cut` answers None without trying them
_SAY_PARTS = ("sa", "told", "show")


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
    low = fold(phrase)
    if not any(part in low for part in _SAY_PARTS):  # (r46speed; the test of _SAY_PARTS then tests the code)
        return None
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

