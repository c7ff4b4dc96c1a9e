"""Context of a figure: its sentence and clause, unit, ``per``, direction, change, comparator, status.

* **Sentences** come from the clean stage's splitter (:func:`analysis.clean.split_sentences`, nltk
  Punkt parameterised with the minutes' abbreviations), the one sentence splitter of every stage.
* **Clause**: the part of the sentence around the figure, cut at punctuation and at words that
  start another clause ("which", "but", "compared with", ...); the left part starts after the
  previous figure of the sentence.
* **Unit** from the match ("£", "%", "weeks") or the rate base after it ("per 10,000 children");
  ``per`` from "per week", "a child", "each placement".
* **Direction** (up / down) and **comparator** ("national average", "last year") and **status**
  ("on track", RAG colours) use the researcher-editable phrases of ``data/figure_rules.yml``
  (:mod:`.rules`); ``is_change`` ("a reduction of 10", "10 fewer") is grammar kept here.

Choices: "doubled", "halved", "twice" are not extracted (changes without a stated number);
``direction`` is the direction of the number, so "improve" gives none (an improvement in absence or
waiting times is a fall).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..clean import split_sentences
from ..vocab import CHANGE_NOUNS, COUNT_CHANGE_NOUNS, change_verb_stems, month_alternation
from .grammar import CUR, MONEY_NOUNS, NUM, PP_RE, SCALE, SPACES, TIME_RE, TIME_UNITS, Hit, is_odds, may_end_with, ratio_terms
from .rules import ASCII_SPACES, FigureRules, ascii_phrase_alternatives, phrase_regex

__all__ = [
    "CLAUSE_SPLIT_RIGHT",
    "CLAUSE_WORDS",
    "CLAUSE_WORDS_RIGHT",
    "EHC_COMMA_NEXT",
    "NEET_COMMA_NEXT",
    "SKIP_ALT",
    "Clause",
    "bare_amount_is_money",
    "clause_of",
    "comparator_of",
    "comparison_phrases",
    "direction_of",
    "is_change",
    "per_of",
    "per_patterns",
    "per_said_before",
    "rate_base",
    "rate_beside_rate",
    "scaled_amount",
    "sentences",
    "status_from_relative_clause",
    "status_is_aim",
    "status_of",
    "unit_of",
    "unit_patterns",
    "UnitPatterns",
    "PerPatterns",
]


def sentences(text: str, upto: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (clean's splitter); the whole text when it has none. With
    ``upto``, only up to the first sentence that ends after that position (the sentence of the
    last number: the text after it is not split).

    >>> t = "Cllr. Smith asked about No. 5. Spend was £2.3m; it fell."
    >>> [t[a:b] for a, b in sentences(t)]
    ['Cllr. Smith asked about No. 5.', 'Spend was £2.3m; it fell.']
    >>> sentences(t, 10)
    [(0, 30)]
    """
    return split_sentences(text, upto) or [(0, len(text))]


#: an acronym in brackets after its words: "(HNB)", "(DSG)", "(CLA)"
_BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Za-z]{1,7}\)")
_ACRONYM_END = re.compile(r"\([A-Z][A-Za-z]{1,7}\)$")
#: after a figure, a bracket that only names the thing again ends no clause: an acronym after its words ("45% of
#: Education, Health and Care Plans (EHCPs) were issued within 20 weeks", "( EHCPs )", "by Hertfordshire County
#: Council (HCC)"), or the words after their acronym ("90% of EHCPs (Education, Health and Care Plans) within the
#: 20-week timescale"): the clause goes on after it
_RIGHT_BRACKET_ACRONYM = re.compile(r"\(\s?[A-Z][A-Za-z&]{1,7}\s?\)")
_RIGHT_BRACKET_WORDS = re.compile(r"\([A-Za-z][A-Za-z,'’&\s-]{3,70}\)")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}[a-z]{0,2}\s?$")


def _names_again(text: str, at: int) -> int | None:
    """Where a bracket opening at ``text[at]`` that only names the thing again (an acronym, or the words of the
    acronym just before it) ends; None for any other bracket.

    >>> t = "90% of EHCPs (Education, Health and Care Plans) within 20 weeks"
    >>> t[_names_again(t, 13):]
    ' within 20 weeks'
    >>> _names_again("£2m (mainly agency staff) on", 4) is None
    True
    """
    m = _RIGHT_BRACKET_ACRONYM.match(text, at)
    if m is not None and sum(c.isupper() for c in m.group()) >= 2:
        return m.end()
    m = _RIGHT_BRACKET_WORDS.match(text, at)
    if m is not None and " " in m.group() and _ACRONYM_BEFORE.search(text, max(0, at - 12), at):
        return m.end()
    return None


#: the words that end a clause before a figure (after one: these and CLAUSE_WORDS_RIGHT). The
#: patterns hold them as a trie (:func:`.rules.phrase_regex`): at most one of them fits a place
#: between word boundaries, so the order of the words does not change any match.
CLAUSE_WORDS = ("which", "whereas", "while", "whilst", "but", "although", "though", "compared with", "compared to",
                "against", "whom", "where", "when")
CLAUSE_WORDS_RIGHT = ("and", "with", "who", "because", "since", "so", "as")
#: the comma inside "not in education, employment or training" lists one measure: it ends no clause
NEET_COMMA_NEXT = r"(?:(?:employment|education)\s+(?:and|or)\s+training\b|training\s+(?:and|or)\s+(?:employment|education)\b)"
# (either order: "not in employment, education or training", "not in education, training or employment")
_CLAUSE_SPLIT = re.compile(
    rf"[;:()]|,(?!\s*(?:Health\s+and\s+Care|{NEET_COMMA_NEXT}|\d{{3}}))|\s-\s"
    rf"|\b{phrase_regex(CLAUSE_WORDS)}\b",
    re.I,
)
#: the comma inside "education, health and care plans" names one thing: it ends no clause on either side
EHC_COMMA_NEXT = r"health\s+and\s+care"
#: the "and" inside the name of one thing ends no clause after a figure: "38% of education, health and care plans
#: were issued within 20 weeks", "health and social care", "education and health care plans", "not in education,
#: employment and training", "14,400 children and young people (are supported with an EHCP)" (the words after "and"
#: checked only where the word before fits)
AND_NOT_IN_NAME = (r"nd\b(?!(?<=health\sand)\s+(?:social\s+)?care\b)(?!(?<=education\sand)\s+health\b)"
                   r"(?!(?<=employment\sand)\s+training\b)(?!(?<=children\sand)\s+young\s+people\b)"
                   # the ages of one group: "3.9% of 16 and 17 year olds were not in education, employment or training"
                   r"(?!(?<=\d\sand)\s+\d{1,2}[\s-]+years?[\s-]+olds?\b)")
#: the "which" of a relative clause that says how the thing counted was judged ends no clause after a figure: "69 per
#: cent of pupils attend a school which has been judged good or outstanding by Ofsted"
WHICH_NOT_JUDGED = (r"hich\b(?!\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:(?:either|now|also)\s+)?"
                    r"(?:judged|rated|graded|deemed|assessed|found|classed|classified)\b)")
#: the "with" of the children it names ends no clause after a figure: "18% of support plans for children with special
#: needs done within legal timings", "plans for young people with special educational needs (were) issued within 20
#: weeks", "pupils with SEND"
#: ("14,400 children and young people are supported with an EHCP", "pupils with EHCPs")
WITH_NOT_NEEDS = (r"ith\b(?!\s+(?:special\s+(?:educational\s+)?needs|send\b|sen\b|(?:an?\s+)?(?:ehcps?\b|ehc\s+plans?\b|"
                  r"education,?\s+health)))")
#: the "as" of how the thing counted was judged ends no clause after a figure: "83% are judged by Ofsted as ‘good or
#: outstanding’", "85% of schools were rated as good or outstanding", "classified as Good or Outstanding"
AS_NOT_JUDGED = (r"s\b(?<!judged\sas)(?<!rated\sas)(?<!graded\sas)(?<!deemed\sas)(?<!classed\sas)(?<!classified\sas)"
                 r"(?<!by\sofsted\sas)(?<!by\sOfsted\sas)(?<!by\sOFSTED\sas)")
#: the "since" of a time ends no clause after a figure: "59.5 per cent of new EHC plans since April were issued within 20
#: weeks", "48% of EHCPs since January 2024 have been issued within the timescale" (the "since" of a reason still does)
SINCE_NOT_TIME = (r"ince\b(?!\s+(?:(?:the\s+)?(?:start|beginning|end)\s+of\b|" + month_alternation(lower=True)
                  + r"|\d{4}\b|last\s+(?:year|month|term|april|september)\b))")
#: (and "so far": "52% of new EHC plans so far this year were issued within 20 weeks")
SO_NOT_FAR = r"o\b(?!\s+far\b)"
_RIGHT_WORDS = tuple(w for w in CLAUSE_WORDS + CLAUSE_WORDS_RIGHT if w not in ("and", "which", "with", "as", "since", "so"))
#: a comma that ends the clause after a figure (not the commas inside "education, health and care plan" or "not in
#: education, employment or training")
_RIGHT_COMMA = rf",(?!\s*(?:{EHC_COMMA_NEXT}|{NEET_COMMA_NEXT}))"
#: where the clause after a figure ends
CLAUSE_SPLIT_RIGHT = re.compile(
    rf"[;:()]|{_RIGHT_COMMA}|\s-\s|\b{phrase_regex(_RIGHT_WORDS)}\b|\ba{AND_NOT_IN_NAME}|\bs{SINCE_NOT_TIME}|\bs{SO_NOT_FAR}|\bw{WHICH_NOT_JUDGED}"
    rf"|\bw{WITH_NOT_NEEDS}|\ba{AS_NOT_JUDGED}", re.I)


def _ascii_split(words: tuple[str, ...], comma: str, extra: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """(speed) A clause split for lower-cased ASCII text that finds what ``[;:()]|<comma>|\\s-\\s|\\b<words>\\b``
    (``re.I``) finds in the text: every alternative opens with a literal character (the space of
    " - " written out for each ASCII space), so the engine skips to the places where one can start;
    ``extra``: more such alternatives."""
    alts = ascii_phrase_alternatives(words)
    if alts is None:
        return None
    return re.compile("|".join([";", ":", r"\(", r"\)", comma, *(re.escape(c) + r"-\s" for c in ASCII_SPACES), *alts, *extra]))


#: (speed) the two patterns for lower-cased ASCII text
_CLAUSE_SPLIT_ASCII = _ascii_split(CLAUSE_WORDS, rf",(?!\s*(?:health\s+and\s+care|{NEET_COMMA_NEXT}|\d{{3}}))")
#: (the clause words of CLAUSE_SPLIT_RIGHT: "and", "since", "so", "which", "with", "as", each opening with its letter)
_AND_ASCII = (r"a(?<!\w.)" + AND_NOT_IN_NAME, r"s(?<!\w.)" + SINCE_NOT_TIME, r"s(?<!\w.)" + SO_NOT_FAR, r"w(?<!\w.)" + WHICH_NOT_JUDGED, r"w(?<!\w.)" + WITH_NOT_NEEDS,
              r"a(?<!\w.)" + AS_NOT_JUDGED)
_CLAUSE_SPLIT_RIGHT_ASCII = _ascii_split(_RIGHT_WORDS, _RIGHT_COMMA, _AND_ASCII)


def _ascii_split_from_dash(words: tuple[str, ...], comma: str, extra: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """(speed) :func:`_ascii_split` with " - " found from its dash (``-(?<=\\s-)\\s``): the spaces are no longer
    places where a match can start, which were most of the places the engine tried. A match of the dash starts
    one character after the plain one, and is one only when the space before it did not end the previous split
    (" - - "): :func:`clause_of` reads them so (equivalence test)."""
    alts = ascii_phrase_alternatives(words)
    if alts is None:
        return None
    return re.compile("|".join([";", ":", r"\(", r"\)", comma, r"-(?<=\s-)\s", *alts, *extra]))


_CLAUSE_SPLIT_DASH = _ascii_split_from_dash(CLAUSE_WORDS, rf",(?!\s*(?:health\s+and\s+care|{NEET_COMMA_NEXT}|\d{{3}}))")
_CLAUSE_SPLIT_RIGHT_DASH = _ascii_split_from_dash(_RIGHT_WORDS, _RIGHT_COMMA, _AND_ASCII)


@dataclass(frozen=True, init=False)
class Clause:
    """The clause of a figure: ``text[start:end]``; ``left`` is the part before the number and
    ``right`` the part after it."""

    start: int
    end: int
    left: str
    right: str

    def __init__(self, start: int, end: int, left: str, right: str) -> None:
        # (speed) one dict update instead of the frozen dataclass's object.__setattr__ per field (one
        # Clause per figure); the instance stays frozen
        self.__dict__.update(start=start, end=end, left=left, right=right)


def clause_of(text: str, h: Hit, left_start: int, sent_end: int) -> Clause:
    """The clause around the figure ``h``; its left part starts at or after ``left_start`` (the
    sentence start, or the end of the previous figure of the sentence).

    >>> t = "Costs rose, but 68% of plans were on time which is good."
    >>> c = clause_of(t, Hit(16, 19, "figure", "num", [68.0]), 0, len(t))
    >>> t[c.start:c.end]
    ' 68% of plans were on time '
    """
    left_full = text[left_start:h.start]
    # a figure opening a bracket after what it measures ("forecast overspend (£11.8m to £12.4m)",
    # "was (£1.018m)"): the bracket does not end the clause
    stop = len(left_full)
    if left_full.endswith(("(", "( ")):
        stop = left_full.rindex("(")
    split_end: int | None = None  # where the last split before the figure ends
    closing = False  # (and whether it is a closing bracket)
    if _CLAUSE_SPLIT_ASCII is not None and left_full.isascii():  # (speed) the twin on the lower-cased text
        low = left_full.lower()
        if _CLAUSE_SPLIT_DASH is not None:  # (speed) " - " found from its dash
            for cm in _CLAUSE_SPLIT_DASH.finditer(low, 0, stop):
                if low[cm.start()] == "-" and split_end is not None and cm.start() - 1 < split_end:
                    continue  # (its space ended the previous split: the plain pattern finds no " - " there)
                split_end, closing = cm.end(), cm.group() == ")"
        else:
            for cm in _CLAUSE_SPLIT_ASCII.finditer(low, 0, stop):
                split_end, closing = cm.end(), cm.group() == ")"
    else:
        for cm in _CLAUSE_SPLIT.finditer(left_full, 0, stop):
            split_end, closing = cm.end(), cm.group() == ")"
    if split_end is not None and closing and _ACRONYM_END.search(left_full, max(0, split_end - 10), split_end):
        # "the High Needs Block (HNB) funding of": an acronym in brackets does not end the clause
        split_end = None
        for m in _CLAUSE_SPLIT.finditer(left_full, 0, stop):
            g = m.group()
            if not ((g == "(" and _BRACKETED_ACRONYM.match(left_full, m.start())) or (g == ")" and _ACRONYM_END.search(
                    left_full, max(0, m.end() - 10), m.end()))):
                split_end = m.end()
    start = left_start + split_end if split_end is not None else left_start
    rm: int | None = None  # where the clause after the figure ends
    if sent_end > h.end:
        a0 = h.end - 1 if h.end > 0 else 0
        chunk = text[a0:sent_end]  # (the character before, for the boundary)
        if _CLAUSE_SPLIT_RIGHT_ASCII is not None and chunk.isascii():  # (speed) the twin on the lower-cased text
            if _CLAUSE_SPLIT_RIGHT_DASH is not None:  # (speed) " - " found from its dash
                low, pos = chunk.lower(), h.end - a0
                skip_to = 0
                for m in _CLAUSE_SPLIT_RIGHT_DASH.finditer(low, pos):
                    at = m.start()
                    if at < skip_to:
                        continue
                    if low[at] == "(":
                        past = _names_again(chunk, at)
                        if past is not None:
                            skip_to = past
                            continue
                    if low[at] == "-":
                        at -= 1  # (the space before the dash)
                        if at < pos:
                            continue
                    rm = at + a0
                    break
            else:
                at = _first_split_right(_CLAUSE_SPLIT_RIGHT_ASCII, chunk.lower(), chunk, h.end - a0, len(chunk))
                rm = at + a0 if at is not None else None
        else:
            rm = _first_split_right(CLAUSE_SPLIT_RIGHT, text, text[:sent_end], h.end, sent_end)
    end = rm if rm is not None else max(sent_end, h.end)
    return Clause(start, end, text[start:h.start], text[h.end:end])


def _first_split_right(pattern: re.Pattern[str], searched: str, original: str, pos: int, end: int) -> int | None:
    """Where the first clause split of ``pattern`` in ``searched[pos:end]`` starts, passing over a bracket that names
    the thing again (:func:`_names_again`, asked of ``original``, of which ``searched`` is the text or its lower-cased
    twin); ``None`` when there is none.

    >>> t = "There were 212 EHCPs (Education, Health and Care Plans) issued, which is up"
    >>> t[_first_split_right(CLAUSE_SPLIT_RIGHT, t, t, 14, len(t)):][:7]
    ', which'
    >>> t = "There were 212 EHCPs (up from 190) issued, which is up"
    >>> t[_first_split_right(CLAUSE_SPLIT_RIGHT, t, t, 14, len(t)):][:8]
    '(up from'
    """
    while (m := pattern.search(searched, pos, end)) is not None:
        past = _names_again(original, m.start()) if m.group() == "(" else None
        if past is None:
            return m.start()
        pos = past
    return None


#: (r36twins) the words that open a change's verb before "by" ("increased by", "rising by", "fell by"): the stems of
#: :data:`analysis.vocab.CHANGE_VERBS`' count and service verbs (:func:`analysis.vocab.change_verb_stems`; not "go" nor
#: "progress", which size no change before "by", nor "narrow" and "worsen", a gap's and a position's change, which this
#: rule never read), then "cut" (a verb not in the list), "up" and "down"; read as stems, so any word they open counts
#: ("reducing", "upward", and also "uplifted", "updated", "risky": a census of the stems' other words is for a figures round)
_CHANGE_BY_STEMS: tuple[str, ...] = (*change_verb_stems("increase", "decrease", "reduce", "improve", "decline", "change",
                                                        "drop", "grow", "rise", "fall"), "cut", "up", "down")
#: ("made up 4.1% of the cohort" is a share, not a change)
_CHANGE_LEFT = re.compile(
    r"\b(?:(?:net\s+)?(?:" + "|".join(sorted(CHANGE_NOUNS)) + r"|deterioration|swing|shift)s?\s+(?:of|by)|(?:"
    + "|".join(_CHANGE_BY_STEMS) + r")\w*\s+by|(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)"
    r"(?:up|down)(?:\s+by)?)\s*"
    r"(?:around|about|approximately|roughly|some|nearly|almost|over|just\s+over|just\s+under|a\s+further|"
    r"just|only|(?:just|only)\s+(?:over|under|around|about)|a\s+mere|merely|an\s+extra|an\s+additional|another)?\s*$",
    re.I,
)
#: (r37ids) a count's change noun with what changes between it and "of" ("a reduction in costs of approximately £400 per
#: week", "the growth in deficit of £170k", "an increase in demand of 13 per cent", "an increase in volume of 22"), and a
#: jump or leap of a sum ("with a jump of almost £6m to £16m from last month"): a change, as "a reduction of".
#: (r38tidy) Two patterns on purpose, not one: this one reads the count's change nouns only (vocab.COUNT_CHANGE_NOUNS:
#: "the change in provider of ...", "a gain in ..." stay no change), "of" only and fewer hedges; :data:`_CHANGE_LEFT`'s
#: text is pinned by tests/test_figures_r33_r33tidy.py. Written as one (an optional "in" + 1-3 words after every change
#: noun of _CHANGE_LEFT, jumps and leaps beside them) it answers otherwise on 1 of 7,364 number positions of the 34 open
#: sets ("an improvement in outcomes by 2 percentage points", Leeds r35blindAB: a change then); the two side by side
#: answered apart there (45 positions _CHANGE_LEFT alone, 6 this alone, none both: tests/realworld/notes/r38_tidy.md).
_CHANGE_IN_OF_LEFT = re.compile(
    r"\b(?:(?:" + "|".join(COUNT_CHANGE_NOUNS) + r")s?\s+in(?:\s+[\w'’-]+){1,3}?|jumps?|leaps?)\s+of\s+"
    r"(?:around|about|approximately|roughly|some|nearly|almost|over|just\s+over|just\s+under|a\s+further|just|only)?\s*$",
    re.I,
)
#: (speed) the words _CHANGE_LEFT can end with (see :func:`.grammar.may_end_with`)
_CHANGE_ENDINGS = ("of", "by", "up", "down", "around", "about", "approximately", "roughly", "some", "nearly", "almost",
                   "over", "under", "further", "just", "only", "mere", "merely", "extra", "additional", "another")
_CHANGE_RIGHT = re.compile(
    r"^\s*(?:(?:year[-\s]on[-\s]year|annual|net|overall)\s+)?(?:" + "|".join(COUNT_CHANGE_NOUNS) + r"|improvement|uplift|more|fewer|less|"
    r"higher|lower|up|down)\b"
    # the gap to a target is a difference, not the level: "just 3.7% shy of the 60% milestone", "15 short of the target"
    r"|^\s*(?:(?:percentage\s+)?points?\s+)?(?:shy|short)\s+of\b",
    re.I,
)

_FROM_YEAR = re.compile(r"^\s*(?:from|since|on|compared\s+(?:with|to))\s+((?:19|20)\d{2}(?:/\d{2})?)", re.I)

#: what a figure may be per ("per week", "a child", "each placement"): the units of time (grammar, here), then the nouns
#: (``units.per_nouns`` of ``data/figure_rules.yml``); :func:`per_patterns` builds the patterns from them
_PER_TIMES = ("week", "month", "year", "annum", "day", "night", "hour", "term", "quarter")
#: the words right after a figure that say what it is per ("£4500 per week, per child"; ``{items}``: the items)
_PER_RE = (r"^(?:\s*,?\s*(?:and\s+)?(?:per|a|an|each|every)\s+(?!\w+\s+(?:ago|earlier|before|previously|later|on)\b)"
           r"(?P<p>{items})\b)+")
#: what a count is per, a word or two after it ("18 children per social worker", "80 children per year"): a worker with
#: the words that say which ("12 cases per newly qualified social worker"), else one word; not a misprinted number
#: ("75 children per 100,00": no base)
_PER_LOOSE = re.compile(r"^\s+(?:[a-z]+\s+){0,2}?per\s+(?!cent)(?!\d+,\d{1,2}\b)((?:[a-z]+\s+){0,2}?(?:social\s+)?worker|\w+)\b", re.I)
#: (r35per) a count's period said after the words of what is counted: "300 new requests a month", "five referrals a
#: month", "121 requests each month", "400 EHCPs being approved each year", "1,000 children a day are being referred",
#: "100 additional special school places per annum" (one to four words, then "a"/"an"/"each"/"every"/"per" and a unit of
#: time). Not when a word between is a preposition, a conjunction, a determiner, a comparison or a word of how long or
#: how often ("taking over a year", "more than a year", "with still a quarter of the year", "waited a year", "four times
#: a year": no rate), nor a time then "ago"/"earlier"/"later"/"of"/... ("a year earlier", "a quarter of the year")
#: or, (r35review2) a time then "into", "late", "behind", ... ("5 children's homes a year into the programme", "8 EHCPs
#: issued a month late": when, not how often)
_PER_TIME_AFTER_COUNT = re.compile(
    r"\s+(?:(?!(?:in|on|at|of|for|over|than|within|after|before|by|to|from|with|into|during|since|until|under|up|"
    r"about|around|nearly|almost|just|only|still|already|and|or|but|nor|that|which|who|whom|whose|where|when|while|"
    r"the|this|these|those|their|its|our|his|her|your|my|more|less|fewer|most|once|twice|times?|per|a|an|each|every|"
    r"last|next|previous|first|same|whole|full|half|wait\w*|spen[dt]\w*|t[ao]ok\w*|take\w*|last\w*|stay\w*|remain\w*|"
    r"aged?|old|older|younger|long|longer|lasting)\b)[a-z][\w’'-]*\s+){1,4}?"
    r"(?:a|an|each|every|per)\s+(week|month|year|annum|day|night|hour|term|quarter)\b"
    r"(?!\s+(?:ago|earlier|before|previously|later|on|of|old|long|after|into|late|early|behind|ahead|overdue|"
    r"beforehand|in\s+(?:advance|arrears)|and\s+a\s+half)\b)(?![-’'])", re.I)
#: The bases of a rate of a population (:func:`rate_base`): "per 10,000", "per 10k", "per 1,000", "per 100,000"; "per 100"
#: only with a population noun after it ("17.1 suspensions per 100 children": a bare "per 100" may be anything's).
#: Not a longer number ("per 100,00", a misprint, is no base).
RATE_BASE_NUMBER = r"(?:100,000|10,000|1,000|100000|10000|1000|10k|1k)(?![\d,.]?\d)"
#: The population nouns a rate's base keeps ("per 10,000 children", "per 1,000 young people", "per 10,000 of our
#: population") are ``units.population_nouns`` of ``data/figure_rules.yml`` (:func:`unit_patterns` builds the patterns
#: from them). Any other word after the base is not kept ("per 10,000 in 2016-17", "per 10,000 which is above", "in
#: every 10,000 March 2020", "per 10,000 seen over the past four years").
#: the population after a base: the noun itself, or "of" it ("per 10,000 of population", "of our population", "of the
#: under 18 population", "of Knowsley's 0-17 population"); group ``noun`` (``{noun}``: the nouns' alternation)
_RATE_POPULATION = (r"(?:\s+of\s+(?:the\s+|our\s+|its\s+|[A-Z][\w-]*['’]s\s+)?(?:(?:under[\s-]18|0[\s-]*[-–][\s-]*1[78]|"
                    r"0[\s-]*to[\s-]*1[78])\s+)?(?=population\b)|\s+)(?P<noun>{noun})\b")


def rate_base(m: re.Match[str]) -> str:
    """The base of a rate from a match of :attr:`UnitPatterns.rate_base`, written one way: the number with its thousands
    comma ("10k" and "10000" are "10,000"), then the population noun when one is said (``units.population_nouns`` of
    ``data/figure_rules.yml``, lower case, "of" and the words before "population" dropped).

    >>> from .rules import load_rules
    >>> base = load_rules().units.rate_base
    >>> [rate_base(re.match(base, s, re.I)) for s in ("10k people", "10000", "10,000 of our population",
    ...  "10,000 March", "100 Children", "1,000 young  people")]
    ['10,000 people', '10,000', '10,000 population', '10,000', '100 children', '1,000 young people']
    """
    n = m.group("n").lower().replace(",", "")
    n = n[:-1] + "000" if n.endswith("k") else n
    out = f"{int(n):,}"
    noun = m.group("noun")
    return f"{out} {SPACES.sub(' ', noun.lower())}" if noun else out


#: (also "172 in every 10,000 young people", "92 for every 10,000 children": the equivalent rate of a count in news
#: reports of the figures; "205 per 10k")
#: (a population noun before "in every": ``{noun}``; the base: ``{base}``)
_RATE_RIGHT = r"\s*(?:per|(?:(?:{noun})\s+)?(?:in|for|out\s+of)\s+every)\s+{base}"
_RATE_LEFT = r"\brate\s+(?:is\s+|was\s+)?per\s+{base}"
#: a rate written with what it counts between the number and its base: "75.0 children in care per 10,000 people aged
#: under 18", "157 children per 10,000 under protection plans", "45 children subject to a plan per 10,000 population",
#: "48 children in care per 10k population", "17.1 suspensions per 100 children", "76 children and young people per
#: 10,000 of our population" (up to six words, none a verb, a conjunction - but the "and" of "children and young
#: people" - or a comparison, so that "448 children in care and a rate per 10,000 of 75" keeps its count); the base
#: keeps only a population noun after it ("10,000 people", not "10,000 under")
_RATE_AFTER_NOUN_RIGHT = (
    r"^\s+(?:(?!(?:and(?!\s+young\s+people\b)|or|but|was|were|is|are|had|has|have|which|that|while|whilst|compared|"
    r"against|than|rates?|of|from|by)\b)[A-Za-z][\w'’-]*\s+){1,6}?(?:per|(?:in|for|out\s+of)\s+every)\s+"
    r"{base}(?!\w|[.,]\d)"
)
#: a measure named per a base before its first value, the sentence's only number before it: "the rate of looked-after
#: children (LAC) per 10,000 children in Norfolk was 65", "The rate of children looked after per 10,000 in Hull was 151",
#: "The average number of looked after children in England per 10,000 increased from 54", "The overall rate of
#: registration per 1,000 0-18 year olds in Cambridgeshire increased slightly throughout the year from 2.85 to 2.92"
#: (and the values after it in its clause: no comma, semicolon or colon between)
_PER_BASE_BEFORE = r"(?<=[A-Za-z)]\s)per\s+{base}(?=[^;:,]{0,120}$)"
#: the value of a rate said right after the word: "the national rate of 532.2", "with a rate of 46.0", "the rate was
#: 548.6", "the rate stood at 65" (not with a noun after it: "a rate of 20 children a week" is a count); also with the
#: place or group it is of between ("The CLA rate for statistical neighbours was 137.2", "The rate for Yorkshire and
#: Humber was 77", "double the rate of statistical neighbours at 53.31") or "with" ("the second highest rate with 137"),
#: those two with no noun after the value (:data:`_NO_NOUN_RIGHT`: "the new rate with 45 providers signing up", "the
#: response rate for the survey was 410 responses" are counts)
_RATE_OF_LEFT = re.compile(r"\brates?\s+(?:(?P<named>(?:for|of|in|across|among)\s+(?:[A-Za-z][\w'’-]*\s+){1,4}?)?"
                           r"(?:(?:was|is|were|are|stood|stands)\s+)?(?:of|at|was|is|were|are)|(?P<with>with))\s+"
                           r"(?:about\s+|around\s+|approximately\s+)?$", re.I)
#: a counted noun right after a value (``{counted}``: ``units.population_nouns`` and ``units.counted_nouns`` of
#: ``data/figure_rules.yml``), or what it is counted per: the value is a count, not a rate ("a rate of 20 children a week")
_COUNTED_RIGHT = r"^\s+(?:new\s+|more\s+|additional\s+|extra\s+)?(?:{counted}|a\s+(?:day|week|month|year)|each|every|per)\b"
#: What stands between a rate and a value of the same measure after it in its sentence (the value naming no unit of its
#: own; not "the total figure": a count): a list ("with a rate of 50.0 and 61.0 respectively", "from 2.85 to 2.92"), or the comparator the value is of
#: ("77.0 per 10,000, but above the national average of 60.0", "the national rate of 43 and regional average of 61",
#: "a rate of 125 per 10,000 population, higher than the Cumbria rate of 91"); the rate's own base may come first
_RATE_SIBLING_GAP = (
    r"(?:\s*(?:per|(?:in|for|out\s+of)\s+every)\s+{base})?"
    r"(?:\s*(?:and|or|to|-|–)\s*"
    r"|[^.;:\d]{0,80}?\b(?<!total\s)(?:average|rate|figure|level|benchmark)s?\s+(?:(?:for|of|in|across|among)\s+"
    r"(?:[A-Za-z][\w'’-]*\s+){1,4}?)?(?:(?:was|is|were|are|stood|stands)\s+)?(?:of|at|was|is|were|are)\s+"
    r"(?:about\s+|around\s+|approximately\s+)?)"
)



def _alternation(phrases: tuple[str, ...]) -> str:
    """The phrases as a regex alternation, longest first (ties in their order), a space any run of whitespace."""
    return "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(phrases, key=len, reverse=True))


@dataclass(frozen=True)
class UnitPatterns:
    """The patterns of a rate's base and of a counted noun after a value, built from the nouns of ``units`` in
    ``data/figure_rules.yml`` (:func:`unit_patterns`; :attr:`.rules.FigureRules.units`)."""

    #: a base (regex text, case-insensitive): the number (group ``n``), then its population when one is said (group
    #: ``noun``: a population noun)
    rate_base: str
    #: :data:`_RATE_RIGHT`, :data:`_RATE_LEFT`, :data:`_RATE_AFTER_NOUN_RIGHT`, :data:`_PER_BASE_BEFORE`,
    #: :data:`_RATE_SIBLING_GAP`, :data:`_COUNTED_RIGHT` with the nouns and the base
    rate_right: re.Pattern[str]
    rate_left: re.Pattern[str]
    rate_after_noun_right: re.Pattern[str]
    per_base_before: re.Pattern[str]
    rate_sibling_gap: re.Pattern[str]
    counted_right: re.Pattern[str]


def unit_patterns(population_nouns: tuple[str, ...], counted_nouns: tuple[str, ...]) -> UnitPatterns:
    """The patterns of :func:`unit_of` and :func:`rate_beside_rate` for the nouns of a rules file: the population nouns
    a rate's base keeps ("per 10,000 children") and that may come before "in every" ("172 young people in every
    10,000"); they and the other counted nouns, right after a value, make it a count ("a rate of 20 children a week").

    >>> p = unit_patterns(("children", "people"), ("cases",))
    >>> p.rate_right.match(" in every 10,000 people").group("noun"), p.counted_right.match(" cases") is not None
    ('people', True)
    """
    noun = _alternation(population_nouns)
    population = _RATE_POPULATION.replace("{noun}", noun)
    base = (rf"(?P<n>{RATE_BASE_NUMBER}|100(?![\d,.]?\d)(?={population.replace('(?P<noun>', '(?:')}))"
            rf"(?:{population})?")
    counted = _alternation(tuple(dict.fromkeys(population_nouns + counted_nouns)))
    return UnitPatterns(
        rate_base=base,
        rate_right=re.compile(_RATE_RIGHT.replace("{noun}", noun).replace("{base}", base), re.I),
        rate_left=re.compile(_RATE_LEFT.replace("{base}", base), re.I),
        rate_after_noun_right=re.compile(_RATE_AFTER_NOUN_RIGHT.replace("{base}", base), re.I),
        per_base_before=re.compile(_PER_BASE_BEFORE.replace("{base}", base), re.I),
        rate_sibling_gap=re.compile(_RATE_SIBLING_GAP.replace("{base}", base), re.I),
        counted_right=re.compile(_COUNTED_RIGHT.replace("{counted}", counted), re.I),
    )


#: (r19review) a plural verb or a plural noun after a value: the value counts the things ("and 412 were placed out of area",
#: "with 86 schools reporting none"), as a rate's value is never plural (not the small words that end in "s": "62 is")
_PLURAL_RIGHT = re.compile(
    r"\s+(?:were|are|have\b|(?!(?:is|was|has|as|its|this|thus|plus|less|across|versus|us|times)\b)[a-z]+s)\b")


def rate_beside_rate(text: str, prev_end: int, h: Hit, prev_per: str | None, unit: str,
                     base: str | None, rules: FigureRules) -> tuple[str, str | None]:
    """The unit and base of a value after a rate in its sentence (the rate ends at ``prev_end``): a count with no
    counted noun after it, or a rate with no base, is the rate's comparator or the next value of its list
    (:data:`_RATE_SIBLING_GAP`) and takes its unit and base; else ``unit`` and ``base`` unchanged. The nouns are those
    of ``rules`` (:attr:`.rules.FigureRules.units`).

    >>> from .rules import load_rules
    >>> rules = load_rules()
    >>> t = "It was 77.0 per 10,000, but above the national average of 60.0."
    >>> a = t.index("60.0")
    >>> rate_beside_rate(t, 11, Hit(a, a + 4, "figure", "num", [60.0]), "10,000", "count", None, rules)
    ('rate', '10,000')
    >>> t = "It was 77.0 per 10,000 and 412 children were seen; 77.0 per 10,000 and 412 were seen."
    >>> [rate_beside_rate(t, t.index("77.0", i) + 4, Hit(a, a + 3, "figure", "num", [412.0]), "10,000", "count", None, rules)
    ...  for i, a in ((0, t.index("412")), (40, t.rindex("412")))]
    [('count', None), ('count', None)]
    >>> t = "It was 77.0 per 10,000 and the total figure was 412."
    >>> a = t.index("412")
    >>> rate_beside_rate(t, 11, Hit(a, a + 3, "figure", "num", [412.0]), "10,000", "count", None, rules)
    ('count', None)
    """
    units = rules.units
    if (unit == "count" or unit == "rate" and base is None) and units.rate_sibling_gap.fullmatch(text, prev_end, h.start) \
            and not units.counted_right.match(right := text[h.end:h.end + 40]) and not _PLURAL_RIGHT.match(right):
        return "rate", base or prev_per
    return unit, base


#: money whose base is said before it, in its clause: "per pupil funding of £3,500", "an average saving per learner of
#: £36,787", "the cash value per pupil reduced by £7.51", "the base rate per hour for Primary Schools of £4.58", "the
#: average cost per child per week is just under £2,500" (up to eight words between, no number; not "as per"; no
#: "and"/"but"/"or" with words after it, which opens another clause: "funding per pupil rose and the Council added £2m",
#: "funding per pupil and a total of £40,000"; "£8000 per student from the DfE and £1635" is a list of two)
_PER_BEFORE_MONEY = (
    r"(?<!\bas\s)\b(?:per|each)\s+(?P<a>{items})(?:\s+per\s+(?P<b>{items}))?\b"
    r"(?=(?:\s+(?!(?:and|but|or|while|whilst)\s+[A-Za-z])[A-Za-z][\w'’/-]*){0,8}\s*$)")


@dataclass(frozen=True)
class PerPatterns:
    """The patterns of what a figure is per, built from ``units.per_nouns`` of ``data/figure_rules.yml`` and the units
    of time (:func:`per_patterns`; :attr:`.rules.FigureRules.per`)."""

    #: :data:`_PER_RE`; the same after money, where "a week on" is what is spent a week on something ("£85,000 a week
    #: on one child's placement"), not a week later; one item with its "per" (group 1); :data:`_PER_BEFORE_MONEY`
    per_re: re.Pattern[str]
    per_money_re: re.Pattern[str]
    per_item: re.Pattern[str]
    per_before_money: re.Pattern[str]


def per_patterns(per_nouns: tuple[str, ...]) -> PerPatterns:
    """The patterns of :func:`per_of` and :func:`per_said_before` for the nouns a figure may be per (and the units of
    time, :data:`_PER_TIMES`), in their order, a space any run of whitespace.

    >>> per_patterns(("client",)).per_item.findall("£90 per client, per week")
    ['client', 'week']
    """
    items = "|".join(r"\s+".join(map(re.escape, n.split())) for n in _PER_TIMES + per_nouns)
    per_re = _PER_RE.replace("{items}", items)
    return PerPatterns(
        per_re=re.compile(per_re, re.I),
        per_money_re=re.compile(per_re.replace("|later|on)", "|later)"), re.I),
        per_item=re.compile(r"(?:per|a|an|each|every)\s+(" + items + r")\b", re.I),
        per_before_money=re.compile(_PER_BEFORE_MONEY.replace("{items}", items), re.I),
    )


def per_said_before(left: str, rules: FigureRules) -> str | None:
    """What money is per when its base is said before it in its clause (``left``: the clause before the figure), as
    :func:`per_of` writes it ("pupil", "child, week"); ``None`` when none is.

    >>> from .rules import load_rules
    >>> r = load_rules()
    >>> per_said_before("The Forum agreed guaranteed per pupil funding of ", r), per_said_before("The cost per child per week is ", r)
    ('pupil', 'child, week')
    >>> per_said_before("The overspend, as per the decision of the Forum, was ", r) is None
    True
    """
    if "per" not in left and "each" not in left:
        return None
    m = None
    for m in rules.per.per_before_money.finditer(left):
        pass
    if m is None:
        return None
    items = [SPACES.sub(" ", x.lower()) for x in (m.group("a"), m.group("b")) if x]
    items = ["year" if x == "annum" else x for x in items]
    return ", ".join(dict.fromkeys(items))


#: a second value written after the first ("£6500/£7000", "4 to 5"): skipped when reading on
SKIP_ALT = re.compile(rf"^\s*(?:to|-|–|and|or|/)\s*{CUR}?\s?(?:{NUM}){SCALE}?(?:/{CUR}?(?:{NUM}){SCALE}?)?")


def unit_of(text: str, h: Hit, sent_start: int, rules: FigureRules) -> tuple[str, str | None]:
    """Unit of a figure and, for rates, the rate base ("10,000 children"); a rate's population nouns and the nouns
    counted after a value are those of ``rules`` (:attr:`.rules.FigureRules.units`).

    >>> from .rules import load_rules
    >>> t = "The rate was 331 per 10,000 children."
    >>> unit_of(t, Hit(13, 16, "figure", "num", [331.0]), 0, load_rules())
    ('rate', '10,000 children')
    >>> unit_of("It spent 5 million pounds on agency staff.", Hit(9, 25, "figure", "num", [5e6]), 0, load_rules())
    ('gbp', None)
    """
    surface = text[h.start:h.end]
    low = surface.lower()
    if h.group == "money" or (h.group == "between" and _CUR_RE.search(surface)):
        return {"£": "gbp", "€": "eur", "$": "usd"}[_CUR_RE.search(surface).group()], None  # type: ignore[union-attr]
    if h.group == "glued" and low[-1:] == "p":
        return "gbp", None  # (r13prec) pence: "an increase of 17p per hour" (the value is in pounds)
    if low.endswith(("pounds", "pound", "sterling")):
        return "gbp", None  # "half a million pounds", "5 million pounds" (the extraction reads the word with the amount)
    if h.group == "ratio" and is_odds(*ratio_terms(surface)):
        return "rate", None  # "one in 40 children": odds, the value is 40
    if h.group in ("ratio", "fraction"):
        return "percent", None
    if PP_RE.search(low) and not low.endswith("%"):
        return "percentage_points", None
    if "%" in low or "cent" in low or surface.endswith("pc"):
        return "percent", None
    tm = TIME_RE.search(low)
    if tm:
        u = tm.group(1).rstrip("s")
        return TIME_UNITS.get(u, u + "s"), None
    right = text[h.end:h.end + 40]
    units = rules.units
    r = units.rate_right.match(text, h.end, h.end + 80)  # (room for "per 10,000 of Knowsley's 0-17 population")
    if r:
        return "rate", rate_base(r)
    if "every" in (far := text[h.end:h.end + 110]) or "per" in far:  # (speed: the literal first)
        r = units.rate_after_noun_right.match(far)
        if r:
            return "rate", rate_base(r)
    left = text[sent_start:h.start]
    if "per" in left:  # (speed: the literal first)
        pb = units.per_base_before.search(left)
        if pb and not _DIGIT.search(left, 0, pb.start("n")) and not units.counted_right.match(right) \
                and not _PLURAL_RIGHT.match(right):
            return "rate", rate_base(pb)
    if "rate" in left.lower():  # (speed: its first word first)
        r2 = units.rate_left.search(left)
        if r2 and len(left) - r2.end() < 120:
            return "rate", rate_base(r2)
        if (ro := _RATE_OF_LEFT.search(left[-40:])) and not units.counted_right.match(right) \
                and (ro.group("named") is None and ro.group("with") is None or _NO_NOUN_RIGHT.match(right)):
            return "rate", None  # "the national rate of 532.2", "when the rate was 548.6": a rate named so
    if low.endswith(_BARE_MILLIONS) and _MONEY_LEFT.search(left[-160:]) and _NO_NOUN_RIGHT.match(right):
        return "gbp", None  # "an overspend in the High Needs Block funding of 2.8 million": money without "£"
    if "percentage" in left[-60:].lower() and _PERCENTAGE_IS.search(left[-60:]) and _NO_NOUN_RIGHT.match(right):
        return "percent", None  # "the percentage in Hampshire is 75", "with a percentage of 68": a per cent without "%"
    return "count", None


#: a bare number that a percentage is: "the percentage in Hampshire is 75", "with a percentage of 68"
_PERCENTAGE_IS = re.compile(r"(?i)\bpercentage\b[^.;:%\d]{0,40}?\b(?:is|was|of|at|stood\s+at|stands\s+at|reached)\s*$")
#: a bare amount in thousands, millions or billions: "2.8 million", "1.2bn", "1.2m", "15k"
_BARE_MILLIONS = ("million", "billion", "bn", "mn", "m", "k")
#: (r38units) a bare amount's scale written as a letter or a word ("0.6m", "123k", "6,240k", "1.604 million")
_SCALED = re.compile(r"\d\s?(?:million|billion|bn|mn|m|k)$", re.I)
#: (r38units) words of a money figure's sentence that :data:`_NO_NOUN_RIGHT` lacks: "an improvement of 0.750m compared
#: with the previous report"
_COMPARED_RIGHT = re.compile(r"^\s*(?:compared|as\s+against|when)\b", re.I)
#: (r38units) a list of amounts introduced by a sentence of money ending in a colon: "the Dedicated Schools Grant (DSG)
#: reserve be allocated as follows:" (the paragraph before a bulleted "0.6m to the Education Improvement Partnerships")
_MONEY_LEAD_IN = re.compile(rf"\b(?:{MONEY_NOUNS})\b[^.;!?]*:\s*$", re.I)
#: (r38units) what may stand before a list item's amount on its line: a bullet, a dash, spaces
_ITEM_OPENER = re.compile(r"\s*(?:[-–•*·]|\(?[a-z0-9]{1,3}[.)])?\s*$", re.I)
#: (r38review2) a count's head before a bare amount in its own sentence: "a population of 1.1m", "the number of
#: visits was 1.2m" (a count whatever money the passage spoke of before)
_COUNTED_BEFORE = re.compile(r"(?i)\b(?:populations?|numbers?\s+of)\b[^.;!?\n]*$")


def scaled_amount(surface: str) -> bool:
    """(r38units) Whether a figure's surface is written with a scale letter or word ("£6,240k", "2.1m", "1.604 million").

    >>> scaled_amount("£6,240k"), scaled_amount("1.604 million"), scaled_amount("£6,240"), scaled_amount("15 km")
    (True, True, False, False)
    """
    return _SCALED.search(surface.strip()) is not None


def bare_amount_is_money(text: str, h: Hit, unit: str, last_money_scaled: bool, before: str) -> bool:
    """(r38units) Whether a bare amount written with a scale but no "£" ("123k", "2.1m", "0.750m"), which
    :func:`unit_of` left a ``count`` (no money word before it in its sentence), is money all the same: nothing counted
    after it ("0.6m to the Education ...", "2.1m.", "0.750m compared with", not "1.1m residents"), and either the
    figure before it in its passage was an amount of money written with a scale too (``last_money_scaled``: "an
    overspend of 6,240k. ... increasing by 123k in August to reach 2.1m"; "an overspend of 1.604 million ... This is an
    improvement of 0.750m") or it opens a list item under a paragraph (``before``) whose last sentence names money and
    ends in a colon ("the DSG reserve be allocated as follows:" then "- 0.6m to ..."). A population ("with a population
    of around 1.1m") stays a count, after money too, as does an amount whose own sentence names a count's head before
    it ("population", "number of": :data:`_COUNTED_BEFORE`, r38review2).

    >>> t = "an overspend of 6,240k. The variance increased by 123k in August."
    >>> a = t.index("123k")
    >>> bare_amount_is_money(t, Hit(a, a + 4, "figure", "num", [123e3]), "count", True, "")
    True
    >>> t = "with a population of around 1.1m, one of the densest counties."
    >>> a = t.index("1.1m")
    >>> bare_amount_is_money(t, Hit(a, a + 4, "figure", "num", [1.1e6]), "count", False, "")
    False
    >>> t = "- 0.6m to the Education Improvement Partnerships."
    >>> bare_amount_is_money(t, Hit(2, 6, "figure", "num", [6e5]), "count", False, "that the DSG reserve be allocated as follows:")
    True
    >>> t = "The deficit was 6.2m. The number of visits was 1.2m."
    >>> a = t.index("1.2m")
    >>> bare_amount_is_money(t, Hit(a, a + 4, "figure", "num", [1.2e6]), "count", True, "")
    False
    >>> t = "increased by 1.2m residents"
    >>> bare_amount_is_money(t, Hit(13, 17, "figure", "num", [1.2e6]), "count", True, "")
    False
    """
    if unit != "count" or not scaled_amount(text[h.start:h.end]):
        return False
    right = text[h.end:h.end + 40]
    if not (_NO_NOUN_RIGHT.match(right) or _COMPARED_RIGHT.match(right)):
        return False
    if _COUNTED_BEFORE.search(text, max(0, h.start - 120), h.start):
        return False  # (r38review2) "The deficit was £6.2m. Population of 1.1m.": a count's head names it
    if last_money_scaled:
        return True
    line_start = text.rfind("\n", 0, h.start) + 1
    return bool(_ITEM_OPENER.fullmatch(text, line_start, h.start) and before
                and _MONEY_LEAD_IN.search(before[-300:]))


#: the word "pounds" right after an amount written without "£" ("two million pounds over its budget", "half a million
#: pounds"; not "pounds of" a weight)
POUNDS_RIGHT = re.compile(r"\s+pounds?(?:\s+sterling)?\b(?!\s+of\b)", re.I)
#: words of money in the same sentence before it
_MONEY_LEFT = re.compile(rf"[£€$]|\b(?:{MONEY_NOUNS})\b", re.I)
#: nothing counted after it: "... of 2.8 million.", "2.8 million in 2023/24"
_NO_NOUN_RIGHT = re.compile(
    r"^\s*(?:[.,;:)\]]|$|(?:of|in|to|for|on|and|or|was|were|is|are|by|from|at|this|last|which|against|over|"
    r"under|per|a|an|the|had|has|have|will|would|could|should|may|might|must|being|been|nationally|overall|"
    r"locally|currently|respectively|annually|approximately)\b)",
    re.I,
)


#: the clause before money names its weekly cost: the money is per week ("with the average weekly cost now at £5,200")
_WEEKLY_COST = re.compile(r"(?i)\bweekly\s+(?:costs?|fees?|prices?|charges?|rates?|spend)\b")
#: money whose week is said before it, in its phrase ("the average cost per child per week is just under £2,500", "the
#: cost per week for a child in care ranges between £350 and £3,500"), or by "weekly" right after it ("Mococo House at
#: £900 weekly"): a cost per week, like "£900 a week"
_PER_WEEK_PHRASE = re.compile(r"(?i)\b(?:cost|costs|price|prices|fee|fees|charge|charges)\s+(?:(?:per|a|for\s+a|for\s+each|each)\s+"
                              r"(?:child|young\s+person|placement|place)\s+)?(?:per|a|each)\s+week\b")
_WEEKLY_RIGHT = re.compile(r"\s+weekly\b(?!\s+(?:basis|visits?|meetings?|reports?|returns?))", re.I)


def week_said_apart(text: str, end: int, unit: str, indicator: str, left: str) -> bool:
    """Whether a figure with no ``per`` of its own (:func:`per_of` reads only the words right after it) is per week
    by words said apart from it: "weekly" in its phrase (any unit); for money, a weekly cost named in its clause
    before it (``left``), a cost "per week" in its phrase or clause, or "weekly" right after it (``end``).

    >>> t = "Residential placements, with the average weekly cost now at £5,200."
    >>> week_said_apart(t, t.index(".", 50), "gbp", "average", t[:t.index("£")])
    True
    >>> t = "The average cost per child per week is just under £2,500."
    >>> week_said_apart(t, len(t) - 1, "gbp", "average cost per child per week", "")
    True
    >>> t = "Mococo House at £900 weekly."
    >>> [week_said_apart(t, 20, "gbp", "Mococo House", ""), week_said_apart(t, 20, "count", "Mococo House", "")]
    [True, False]
    """
    if "weekly" in indicator.lower() or unit == "gbp" and "eekly" in left and _WEEKLY_COST.search(left):
        return True
    return unit == "gbp" and bool("week" in indicator and _PER_WEEK_PHRASE.search(indicator)
                                  or "week" in left and _PER_WEEK_PHRASE.search(left)
                                  or text.startswith(" weekly", end) and _WEEKLY_RIGHT.match(text, end))


def per_of(text: str, h: Hit, unit: str, clause_end: int, rules: FigureRules) -> str | None:
    """What a figure is per ("week", "week, child"), from the words right after it (the nouns of ``rules``:
    :attr:`.rules.FigureRules.per`).

    >>> from .rules import load_rules
    >>> t = "Costs were £4500 per week, per child."
    >>> per_of(t, Hit(11, 16, "figure", "money", [4500.0]), "gbp", len(t), load_rules())
    'week, child'
    """
    right = text[h.end:min(len(text), h.end + 80)]
    skip = SKIP_ALT.match(right)
    if skip:
        right = right[skip.end():]
    if unit == "gbp" and right.startswith(("-a-", "-an-", "-per-")):
        right = " " + right[1:].replace("-", " ", 1)  # "a £9,000-a-week placement"
    pp = rules.per
    m = pp.per_re.match(right)
    if m is None and unit == "gbp" and " on" in right[:16]:
        m = pp.per_money_re.match(right)
    if m:
        items = [SPACES.sub(" ", x.lower()) for x in pp.per_item.findall(m.group())]
        items = ["year" if x == "annum" else x for x in items]
        return ", ".join(dict.fromkeys(items)) or None
    if unit == "count":
        lm = _PER_LOOSE.match(text[h.end:clause_end + 20])
        if lm:
            return lm.group(1).lower()
        tm = _PER_TIME_AFTER_COUNT.match(text, h.end, clause_end + 20)
        if tm:
            return "year" if tm.group(1).lower() == "annum" else tm.group(1).lower()
    return None



def direction_of(text: str, h: Hit, left: str, sent_end: int, rules: FigureRules) -> str:
    """``up``, ``down`` or ``none``: the last direction word in the clause before the figure, else
    one shortly after it ("68, an increase", "£2m lower"); phrases such as "up to" are ignored.

    >>> from .rules import load_rules
    >>> t = "Exclusions had fallen to 64."
    >>> direction_of(t, Hit(25, 27, "figure", "num", [64.0]), t[:25], len(t), load_rules())
    'down'
    """
    # (speed) in ASCII text, the patterns' twins without re.I on the lower-cased text (the same spans)
    twins = rules.direction_ascii
    scan = rules.direction_scan if twins is not None else None
    if scan is not None and left.isascii():
        # (speed) the scan patterns (:func:`.rules.direction_scan`): a word of either list, up when it is of ``up``
        dm = None
        for dm in scan[1].finditer(scan[0].sub(" ", left.lower())):
            pass
        if dm is not None:
            return "up" if " ".join(dm.group().split()) in scan[2] else "down"
    else:
        if twins is not None and left.isascii():
            nd, dr, _ = twins
            left = left.lower()
        else:
            nd, dr = rules.not_direction_re, rules.direction_re
        dm = None
        for dm in dr.finditer(nd.sub(" ", left)):
            pass
    if dm is None:
        near = text[h.end:min(sent_end, h.end + 75)]
        if twins is not None and near.isascii():
            if scan is not None:
                after = scan[0].sub(" ", near.lower())
                dm = twins[2].match(after) if scan[3].search(after) else None
            else:
                dm = twins[2].match(twins[0].sub(" ", near.lower()))
        else:
            dm = rules.direction_after_re.match(rules.not_direction_re.sub(" ", near))
    if dm is None:
        return "none"
    return "up" if dm.group("up") else "down"



#: (r47dir) "from" (and a few words of degree) right before the first value of "from A to B"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:a|an|the|about|around|approximately|roughly|some|nearly|almost|over|under|"
                          r"just|only)\s+)*$", re.I)
#: (r47dir) what may stand between A and B of "from A to B": a short stretch with no sentence or bracket break ("in
#: June last year", "per week"), then "to" and a few words of degree ("to an estimated", "to just over")
_TO_BETWEEN = re.compile(r"[^.;:()\n]{0,30}?\bto\s+(?:(?:a|an|the|about|around|approximately|roughly|some|nearly|almost|"
                         r"over|under|just|only|more\s+than|less\s+than|estimated|projected|forecast)\s+)*", re.I)


def is_to_value(text: str, prev_start: int, prev_end: int, start: int) -> bool:
    """Is the figure at ``start`` the B of "from A to B", A being the figure at ``prev_start``-``prev_end``?

    The direction word of such a change comes before A ("had risen from £4500 to £6500"), so B, the new level, is
    given A's direction by the caller (A's own clause holds the word; B's clause is only " to ").

    >>> t = "The average cost had risen from £4500 to £6500 per week."
    >>> is_to_value(t, 32, 37, 41)
    True
    >>> t = "Costs were £4500 and £6500 (up to £7000)."
    >>> is_to_value(t, 11, 16, 21)
    False
    """
    return (_FROM_BEFORE.search(text, max(0, prev_start - 40), prev_start) is not None
            and _TO_BETWEEN.fullmatch(text, prev_end, start) is not None)


def moves_as(direction: str, before: float, after: float) -> bool:
    """Does a change from the value ``before`` to the value ``after`` go the way ``direction`` says ("up", "down")?

    The check on :func:`is_to_value`'s B before it takes A's direction (r47review): A's direction word may be about
    something else ("the rise was revised from 4% to 2%", "revised up from 40 to 35"), and a new level lower than the
    old one did not rise. Equal or missing values never agree.

    >>> moves_as("up", 4500, 6500), moves_as("down", 150, 98), moves_as("up", 120, 102), moves_as("down", 4, 4)
    (True, True, False, False)
    >>> moves_as("up", float("nan"), 6500), moves_as("none", 1, 2)
    (False, False)
    """
    return direction == "up" and after > before or direction == "down" and after < before


#: a verb of change, its object, then "by" right before the figure: "to reduce the number of looked-after children
#: by 100", "wants to cut its children in care population by 50", "increase in-house foster carers by 20"; the word
#: before "by" is not a participle ("supported by", "funded by", "held by": the agent, not the amount); the change
#: word is a verb (not "an increase in demand"), and no verb comes between ("the budget is overspent by £1.8m")
_CHANGE_VERB_BY = re.compile(
    r"(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bany\s)(?<!\bthis\s)"
    r"\b(?:reduc|increas|decreas|cut|lower|rais|boost|halv|doubl|grow|shrink|trim|bring(?:ing)?\s+down)\w*"
    r"(?P<gap>(?:\s+[a-z][a-z'\u2019-]*){1,8}?)\s+(?P<w>[a-z][a-z'\u2019-]*)\s+by\s*$",
    re.I,
)
_VERB_IN_GAP = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|"
                          r"should|must|shall)\b", re.I)


def is_change(text: str, h: Hit, left: str) -> bool:
    """Is the figure a change rather than a level ("a reduction of 10", "up by 5%", "10 fewer", "to reduce the
    number of children in care by 100")?

    >>> t = "The aim is to reduce the number of looked-after children by 100."
    >>> is_change(t, Hit(60, 63, "figure", "num", [100.0]), t[:60])
    True
    >>> t = "Due to an increase in demand the SEN top ups budget is overspent by £1.8m."
    >>> is_change(t, Hit(68, 73, "figure", "money", [1.8e6]), t[:68])
    False
    >>> t = "Families were supported by 12 volunteers to cut their costs."
    >>> is_change(t, Hit(27, 29, "figure", "num", [12.0]), t[:27])
    False
    """
    tail = left[-60:]
    if may_end_with(tail, _CHANGE_ENDINGS):
        if _CHANGE_LEFT.search(tail) or _CHANGE_IN_OF_LEFT.search(tail):
            return True
        if may_end_with(tail, ("by",)):
            m = _CHANGE_VERB_BY.search(left[-90:])
            if m and not m.group("w").lower().endswith("ed") and not _VERB_IN_GAP.search(m.group("gap") + " " + m.group("w")):
                return True
    return bool(_CHANGE_RIGHT.match(text[h.end:h.end + 30]))


#: (speed: compiled once)
_LEADING_THE = re.compile(r"^the\s+")
_CUR_RE = re.compile(CUR)


#: The words that open a comparison phrase: "compared with 62% at the end of Quarter 2", "in comparison to last year",
#: "versus 41%", "as opposed to 12" ("against" is left out: "an overspend of £2.6m against the £156.8m budget for 2023/24"
#: compares values of one period, and its budget's period is the overspend's too).
_COMPARISON_OPENER = re.compile(r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\b\.?|as\s+opposed\s+to)\b", re.I)
#: Where a comparison phrase ends: a comma or semicolon before a space, a colon, a spaced dash, a bracket (an
#: opening one only after the phrase's value: "compared to the national average (32.1%)" goes on), a word opening
#: another clause ("with a slight increase to 4.7%", "while", "but", "which") or another comparison.
_COMPARISON_END = re.compile(r"[,;:]\s|\s[-–—]\s|\)|(?P<open>\()|\s(?:with\s+an?|while|whereas|but|which)\b|"
                             + _COMPARISON_OPENER.pattern, re.I)
#: Where the clause before a comparison phrase starts (the figures it compares are after it).
#: (A bracket's inside is no clause: "90% of EHCPs (Education, Health and Care Plans) within 20 weeks - compared to ...";
#: "which" goes on describing the figure: "143 orders in place which was a small increase compared to 139".)
_CLAUSE_BEFORE = re.compile(r"[,;:]\s|\s[-–—]\s|\s(?:while|whereas|but|with\s+an?)\s", re.I)
_BRACKETED = re.compile(r"\([^()]*\)")


#: A finite verb (a short list of the verbs minutes report figures with): after "and"/"as"/"so" it opens a new clause
#: ("compared with 91% last year and persistent absence fell to 18%", "... and 412 plans were open", "compared to
#: the previous year and this was due to ...", "compared to previous years and suggested that ..."), where a list of
#: comparison points goes on ("compared to 410 and 49 residential last year", "and 55.7% in England as a whole").
_FINITE_VERB = (r"(?:was|were|is|are|has|have|had|will|would|can|could|may|might|should|must|did|does|"
                r"fell|rose|increased|decreased|reduced|improved|declined|grew|dropped|remained|stood|stands|"
                r"shows?|showed|suggested|suggests|received|receives|saw|sees|continued|continues|went|reached|means)")
_NEW_CLAUSE = re.compile(r"\s(?:and|as|so)\s(?=[^,;:()]{0,50}?\b" + _FINITE_VERB + r"\b)|\sthere\s+(?:were|was|are|is|has|have)\b",
                         re.I)
_VERB_AHEAD = re.compile(r"\b" + _FINITE_VERB + r"\b", re.I)
#: Who or what a main clause is about, when it follows a sentence-opening comparison without a comma: "When compared
#: with 2022/23 the service received ...", "Compared to the same period last year there were ...".
_SUBJECT_START = re.compile(r"\b(?:there|the|this|these|that|those|our|its|their|we|it|they)\b", re.I)
#: The words a sentence or clause may open with before its comparison phrase ("When compared with ...").
_OPENING_WORDS = re.compile(r"\s*(?:(?:when|if|and|but|so|also|however|overall)\s+)?", re.I)


def comparison_phrases(text: str, ss: int, se: int) -> list[tuple[int, int]]:
    """The comparison phrases of the sentence ``text[ss:se]``: from "compared with" (:data:`_COMPARISON_OPENER`) to the
    end of its clause (:data:`_COMPARISON_END`, else the sentence's end), or before a new clause (:data:`_NEW_CLAUSE`:
    "and"/"as"/"so" before a finite verb, "there were"). A phrase that opens its sentence or clause without a comma
    ends before its main clause: a subject ("the", "this", "there", ...) before the first finite verb. What the
    phrase names - a period ("at the end of Quarter 2"), a comparator ("nationally") - belongs to the figures in it
    (the comparison points) and to the figures it compares (:func:`compared_from`, :func:`compared_after`), not to
    figures of the sentence's other clauses.

    >>> t = "Timeliness was 88% this quarter, compared with 62% at the end of Quarter 2, and 412 plans are open."
    >>> [t[a:b] for a, b in comparison_phrases(t, 0, len(t))]
    ['compared with 62% at the end of Quarter 2']
    >>> t = "It received 1,638 requests in 2015/16 compared to 3,986 in 2022-23 - up 143%."
    >>> [t[a:b] for a, b in comparison_phrases(t, 0, len(t))]
    ['compared to 3,986 in 2022-23']
    >>> t = "Attendance was 93% compared with 91% last year and persistent absence fell to 18%."
    >>> [t[a:b] for a, b in comparison_phrases(t, 0, len(t))]
    ['compared with 91% last year']
    >>> t = "When compared with 2022/23 the service received 4,879 contacts."
    >>> [t[a:b] for a, b in comparison_phrases(t, 0, len(t))]
    ['compared with 2022/23']
    >>> t = "Placements were 320 compared to 410 and 49 residential last year."
    >>> [t[a:b] for a, b in comparison_phrases(t, 0, len(t))]
    ['compared to 410 and 49 residential last year']
    """
    low = text[ss:se].lower()
    if "ompar" not in low and "vers" not in low and "vs" not in low and "oppos" not in low:
        return []  # (speed)
    out: list[tuple[int, int]] = []
    for m in _COMPARISON_OPENER.finditer(text, ss, se):
        pos = m.end()
        while True:
            end = _COMPARISON_END.search(text, pos, se)
            if end is None or end.group("open") is None or _DIGIT.search(text, m.end(), end.start()):
                break
            pos = end.end()  # "(" before the phrase's value: the value is in the phrase
        b = end.start() if end is not None else se
        nc = _NEW_CLAUSE.search(text, m.end(), b)
        if nc is not None:
            b = nc.start()
        if _opens_clause(text, ss, m.start()):  # "When compared with 2022/23 the service received ...": its main clause
            v = _VERB_AHEAD.search(text, m.end(), b)
            if v is not None:
                subj = [s for s in _SUBJECT_START.finditer(text, m.end(), v.start()) if s.start() > m.end() + 1]
                if subj:
                    b = subj[-1].start()
        while b > m.end() and text[b - 1] in " .":
            b -= 1
        out.append((m.start(), b))
    return out


def _opens_clause(text: str, ss: int, opener: int) -> bool:
    """Does the comparison phrase at ``opener`` open its sentence or clause ("Compared with the national average, ...",
    "When compared to ...", "..., and compared to last year, ...")?"""
    a = compared_from(text, ss, opener)
    return bool(_OPENING_WORDS.fullmatch(text, a, opener))


def compared_after(text: str, ss: int, se: int, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """The clause a comparison phrase that opens its sentence or clause compares: the one after it, to the next
    clause break (:data:`_CLAUSE_BEFORE`) or comparison phrase; ``None`` for a phrase after its figures.

    >>> t = "Compared with the national average, the persistent absence rate of 19% is high, and 4 schools closed."
    >>> a, b = compared_after(t, 0, len(t), (0, 34))
    >>> t[a:b]
    'the persistent absence rate of 19% is high'
    """
    a, b = phrase
    if not _opens_clause(text, ss, a):
        return None
    start = b
    while start < se and text[start] in " ,;:-–—":
        start += 1
    brk = _CLAUSE_BEFORE.search(text, start, se)
    nxt = _COMPARISON_OPENER.search(text, start, se)
    end = min(x.start() for x in (brk, nxt) if x is not None) if (brk or nxt) else se
    while end > start and text[end - 1] in " .":
        end -= 1
    return start, end


_DIGIT = re.compile(r"\d")


def compared_from(text: str, ss: int, opener: int) -> int:
    """Where the clause of the figures a comparison phrase opening at ``opener`` compares starts: after the last
    clause break before it (:data:`_CLAUSE_BEFORE`, outside brackets; a comma or dash just before the opener is no
    break).

    >>> t = "Timeliness was 88% this quarter, compared with 62%."
    >>> t[compared_from(t, 0, t.index("compared"))]
    'T'
    >>> t = "It stands at £16m, while the number was 1,062 compared to 1,269 last year."
    >>> t[compared_from(t, 0, t.index("compared")):t.index("compared")]
    'while the number was 1,062 '
    """
    a = opener
    while a > ss and text[a - 1] in " ,-–—(":
        a -= 1
    before = _BRACKETED.sub(lambda m: " " * len(m.group()), text[ss:a]) if "(" in text[ss:a] else text[ss:a]
    start = 0
    for m in _CLAUSE_BEFORE.finditer(before):
        start = m.end()
    return ss + start


def comparator_of(
    text: str, h: Hit, sentence: tuple[int, int], change: bool, rules: FigureRules,
    cache: dict[tuple[int, int], list[tuple[int, int]]],
    phrases: dict[tuple[int, int], list[tuple[int, int]]] | None = None,
) -> str | None:
    """The comparator nearest the figure in its sentence (within 120 characters), lower case and
    without a leading "the"; for a change, a year right after it ("fell by 5 since 2019").

    A comparator inside a comparison phrase (:func:`comparison_phrases`: "compared with 62% at the end of Quarter 2")
    belongs to the figures in the phrase and to the figures it compares - those of the clause just before it
    (:func:`compared_from`) - and those figures take the phrase's comparator before any other, however far; figures of
    the sentence's other clauses ("..., and 412 plans are open") do not see it. A change ("- an increase of 25pc")
    sees every comparator of its sentence, as before.

    ``cache`` keeps each sentence's comparator spans for the next figure of the same sentence, ``phrases`` its
    comparison phrases.

    >>> from .rules import load_rules
    >>> t = "Attendance was 93%, above the national average."
    >>> comparator_of(t, Hit(15, 18, "figure", "num", [93.0]), (0, len(t)), False, load_rules(), {})
    'national average'
    >>> t = "Timeliness was 88% this quarter, compared with 62% at the end of Quarter 2, and 412 plans are open."
    >>> [comparator_of(t, Hit(a, b, "figure", "num", [1.0]), (0, len(t)), False, load_rules(), {}, {})
    ...  for a, b in ((15, 18), (47, 50), (80, 83))]
    ['quarter 2', 'quarter 2', None]
    >>> t = "Referrals were 1,088 in Quarter 4 compared to 1,074 in Quarter 3."
    >>> comparator_of(t, Hit(15, 20, "figure", "num", [1088.0]), (0, len(t)), False, load_rules(), {}, {})
    'quarter 3'
    """
    if change:  # (speed: the year is read for a change only)
        fy = _FROM_YEAR.match(text[h.end:h.end + 30])
        if fy:
            return fy.group(1)
    ss, se = sentence
    comps = cache.get(sentence)
    if comps is None:  # once per sentence, shared by its figures
        comps = cache[sentence] = _comparator_spans(text, ss, se, rules)
    if comps and phrases is not None and not change:  # (a change keeps every comparator: "- an increase of 25pc")
        spans = phrases.get(sentence)
        if spans is None:
            spans = phrases[sentence] = comparison_phrases(text, ss, se)
        if spans:
            seen, own = _comparators_seen(text, ss, se, comps, spans, h)
            if own:  # the phrase's comparator, however far: "(compared to 44 in the previous year)"
                cs, ce = min(seen, key=lambda c: c[0] - h.end if c[0] >= h.end else h.start - c[1])
                near = _own_clause_comparator(text, ss, se, comps, spans, h, cs - h.end if cs >= h.end else h.start - ce)
                cs, ce = near if near is not None else (cs, ce)
                return _LEADING_THE.sub("", SPACES.sub(" ", text[cs:ce].lower()))
            comps = seen
    best: tuple[int, str] | None = None
    for cs, ce in comps:
        dist = cs - h.end if cs >= h.end else h.start - ce
        if best is None or dist < best[0]:
            best = (dist, text[cs:ce])
    if best is not None and best[0] <= 120:
        return _LEADING_THE.sub("", SPACES.sub(" ", best[1].lower()))
    return None


def _comparators_seen(text: str, ss: int, se: int, comps: list[tuple[int, int]], spans: list[tuple[int, int]],
                      h: Hit) -> tuple[list[tuple[int, int]], bool]:
    """Of the sentence's comparator spans ``comps``, those the figure ``h`` may take (:func:`comparator_of`) and whether
    they are its phrase's: those of its own comparison phrase, or of the phrase its clause compares (the clause before
    it, :func:`compared_from`, or for a phrase opening its sentence or clause the one after it, :func:`compared_after`),
    when that phrase holds any; else every comparator outside the sentence's comparison phrases."""
    own = []
    for i, (a, b) in enumerate(spans):
        if a <= h.start < b or (h.end <= a and max(compared_from(text, ss, a), spans[i - 1][1] if i else ss) <= h.start):
            own.append((a, b))
        elif h.start >= b:
            after = compared_after(text, ss, se, (a, b))
            if after is not None and after[0] <= h.start and h.end <= after[1]:
                own.append((a, b))
    if own:
        mine = [c for c in comps if any(a <= c[0] < b for a, b in own)]
        if mine:
            return mine, True
    return [c for c in comps if not any(a <= c[0] < b for a, b in spans)], False


#: What may stand between a figure and its own period, which is no comparator of it ("1,088 in Quarter 4 compared to
#: 1,074 in Quarter 3": quarter 3 is its comparator).
_OWN_PERIOD_GAP = re.compile(r"\s*(?:(?:in|at|for|during|by|of|the|end|financial|year)\s+){0,5}", re.I)


def _own_clause_comparator(text: str, ss: int, se: int, comps: list[tuple[int, int]], spans: list[tuple[int, int]],
                           h: Hit, far: int) -> tuple[int, int] | None:
    """A comparator in the figure's own clause, outside every comparison phrase, nearer to it than ``far`` (the
    distance to its phrase's comparator): "Timeliness was 88% against a target of 90% compared with 62% last year"
    gives 88% the target. Not the figure's own period named right after it ("1,088 in Quarter 4 compared to ..."); a
    figure inside brackets has the bracket for its clause."""
    if any(a <= h.start < b for a, b in spans):
        return None
    lo = ss
    for m in _CLAUSE_BEFORE.finditer(text, ss, h.start):
        lo = m.end()
    brk = _CLAUSE_BEFORE.search(text, h.end, se)
    hi = brk.start() if brk is not None else se
    opened = text.rfind("(", lo, h.start)
    if opened >= 0 and text.find(")", opened, h.start) < 0:  # a bracket is a clause of its own: "... than the national
        lo = opened + 1  # average (3.3% of our school population compared to 3.1% nationally)"
        closed = text.find(")", h.end, hi)
        hi = closed if closed >= 0 else hi
    best: tuple[int, tuple[int, int]] | None = None
    for cs, ce in comps:
        if cs < lo or ce > hi or any(a <= cs < b for a, b in spans):
            continue
        if cs >= h.end and _OWN_PERIOD_GAP.fullmatch(text, h.end, cs):
            continue
        dist = cs - h.end if cs >= h.end else h.start - ce
        if dist < far and (best is None or dist < best[0]):
            best = (dist, (cs, ce))
    return best[1] if best is not None else None


def _comparator_spans(text: str, ss: int, se: int, rules: FigureRules) -> list[tuple[int, int]]:
    """The spans of ``rules.comparator_re`` in ``text[ss:se]``; (speed) in an ASCII sentence, those of its
    lower-cased form of :attr:`.rules.FigureRules.comparator_ascii_re` (the character before it
    included, for the boundary), found with :attr:`.rules.FigureRules.comparator_scan_re` when there is one."""
    fast = rules.comparator_ascii_re
    a0 = ss - 1 if ss > 0 else 0
    chunk = text[a0:se]
    if fast is None or not chunk.isascii():
        return [(m.start(), m.end()) for m in rules.comparator_re.finditer(text, ss, se)]
    scan = rules.comparator_scan_re
    if scan is None:
        return [(m.start() + a0, m.end() + a0) for m in fast.finditer(chunk.lower(), ss - a0)]
    # (speed) from the character before each comparator (:func:`.rules.ascii_phrase_scan`): the one before the
    # sentence, or a space put before a text's first sentence; of overlapping matches the first is kept
    if ss == 0:
        chunk, a0 = " " + chunk, -1
    spans: list[tuple[int, int]] = []
    last = 0
    for m in scan.finditer(chunk.lower()):
        cs, ce = m.span(1)
        if cs >= last:
            spans.append((cs + a0, ce + a0))
            last = ce
    return spans


#: (r34status) where the words governing a status phrase stop, going back from it: a sentence's or clause's end,
#: a bracket or quotation mark, a line break (not a point or comma inside a number: "£3.4m", "£273,000")
_AIM_STOP = re.compile(r"[;:!?()\[\]\"\u201c\u201d\n]|[.,](?!\d)")
#: (r34status) a condition or a question opening the clause before a status phrase ("if it remains off track",
#: "asked whether the plan is on track")
_AIM_CONDITION = re.compile(r"\b(?:if|unless|whether)\b", re.I)
#: (r34status) a modal before the verb right before a status phrase: a forecast or a condition, not a state
#: ("will be on track by March", "should be back on track", "would be rated red")
_AIM_MODAL = re.compile(
    r"\b(?:will|would|should|could|may|might|must|shall)\s+(?:(?:not|still|now|then|soon|likely|also)\s+)?"
    r"(?:be|remain|stay|get|come|go|move|fall)\s+(?:back\s+)?$",
    re.I,
)


#: (r34review2) a finite verb of state ("is", "are", "remains", "has been"): after an infinitive of aim it is the verb of
#: the clause whose subject holds the infinitive ("Plans to recruit 20 foster carers are on track")
_AIM_FINITE = re.compile(r"\b(?:is|are|was|were|remains?|remained|stays?|stayed|(?:has|have|had)\s+been)\b", re.I)
_AIM_THAT = re.compile(r"\bthat\b", re.I)
_AIM_TO = re.compile(r"\bto\b", re.I)


def _aim_governs(m: re.Match[str], before: str) -> bool:
    """Whether the aim words ``m`` (a match of the rules' ``status.aims`` in ``before``, the clause's words before a
    status phrase) govern the phrase (r34review2). An aim of an infinitive ("plans to", "needed to", "to bring") does
    not when a finite verb of state stands between it and the phrase with no "that" before the verb: the infinitive is
    then inside the clause's subject, and the clause reports a state ("Plans to recruit 20 foster carers are on track",
    "The savings needed to balance the budget are on track"); it still does in "aims to be on target", "to bring the
    plan back on track", "plans to ensure that the service is on track". Other aims ("hopes the plan is on track",
    "ensuring that the plan was on track") always govern.

    >>> import re
    >>> aim = re.compile(r"(?:plans to|ensuring)", re.I)
    >>> [_aim_governs(aim.search(b), b) for b in ("Plans to recruit 20 foster carers are ", "The council plans to be ",
    ...                                              "Officers were ensuring the plan was ")]
    [False, True, True]
    """
    if not _AIM_TO.search(m.group(0)):
        return True
    rest = before[m.end():]
    verb = _AIM_FINITE.search(rest)
    return verb is None or _AIM_THAT.search(rest, 0, verb.start()) is not None


def status_is_aim(text: str, start: int, sent_end: int, rules: FigureRules) -> bool:
    """Whether the status phrase at ``start`` of ``text`` (in a sentence ending at ``sent_end``) is an aim,
    a hope, a plan, a condition or a question rather than a state the minutes report (r34status): the words before it
    back to the clause's start (:data:`_AIM_STOP`, at most 100 characters) hold one of the rules' ``status.aims``
    that governs it (:func:`_aim_governs`: "anticipated to bring the plan back on track", "ensuring that the plan was
    on track", not "Plans to recruit 20 carers are on track"), a condition ("if it
    remains off track", "asked if we are on target"), or end in a modal and its verb ("will be on track"); or the
    sentence is a question (it ends in "?").

    >>> from .rules import load_rules
    >>> r = load_rules()
    >>> t = "This was anticipated to bring the savings plan back on track."
    >>> status_is_aim(t, t.index("on track"), len(t), r)
    True
    >>> t = "Delivery of the planned savings is on track, and 61% of actions are on track."
    >>> status_is_aim(t, t.index("on track"), len(t), r), status_is_aim(t, t.rindex("on track"), len(t), r)
    (False, False)
    """
    lo = max(0, start - 100)
    before = text[lo:start]
    stops = list(_AIM_STOP.finditer(before))
    if stops:
        before = before[stops[-1].end():]
    if rules.status_aim_re is not None and any(_aim_governs(m, before) for m in rules.status_aim_re.finditer(before)):
        return True
    if _AIM_CONDITION.search(before) or _AIM_MODAL.search(before):
        return True
    return text[start:sent_end].rstrip(" \t\n\"'\u201d\u2019)").endswith("?")


def status_of(text: str, h: Hit, clause_end: int, sent_end: int, rules: FigureRules) -> str | None:
    """The figure's status from a status phrase after it in its clause (or the next 30 characters),
    or a RAG colour right after the number; a phrase naming a colour gives the colour.

    >>> from .rules import load_rules
    >>> t = "Timeliness was 41%, rated red."
    >>> status_of(t, Hit(15, 18, "figure", "num", [41.0]), len(t), len(t), load_rules())
    'red'
    """
    fast = rules.status_ascii_re
    a0 = h.end - 1 if h.end > 0 else 0
    chunk = text[a0:clause_end + 1]  # (the character before, for the boundary)
    if fast is not None and chunk.isascii():  # (speed) the twin without re.I on the lower-cased text
        sm = fast.search(chunk.lower(), h.end - a0)
        at = a0
        if sm is None:
            near = text[h.end:min(sent_end, h.end + 30)]
            sm = fast.search(near.lower()) if near.isascii() else rules.status_re.search(near)
            at = h.end
    else:
        sm, at = rules.status_re.search(text, h.end, clause_end + 1), 0
        if sm is None:
            sm, at = rules.status_re.search(text[h.end:min(sent_end, h.end + 30)]), h.end
    if sm is not None and status_is_aim(text, at + sm.start("status"), sent_end, rules):
        sm = None  # (r34status) an aim, a hope, a plan, a condition or a question: no status
    if sm is None:
        cm = rules.colour_after_re.match(text[h.end:h.end + 12])
        return cm.group("c").lower() if cm is not None else None
    st = SPACES.sub(" ", sm.group("status").lower())
    return next((c for c in rules.colours if c in st), st)


_TARGET_VALUE_LEFT = re.compile(r"\btargets?\s*(?:of|is|was|at|set\s+at|:|=)?\s*$", re.I)


def status_from_relative_clause(
    text: str, rows: list[dict[str, object]], sents: list[tuple[int, int]], rules: FigureRules
) -> None:
    """"68% for the quarter, which is not on track", "45%, which was below target": the clause
    gives the nearest figure before it in the sentence (not a target value such as "a target of
    60%") the status "not on track", unless the figure has a status already. ``rows`` are the
    figures' rows (``start``, ``end``, ``status``) and ``sents`` the sentence of each; changed in place.
    """
    low = text.lower()
    if not any(w in low for w in rules.missed_target_words):
        return  # the clause needs one of these words: skip the regex
    by_sent: dict[tuple[int, int], list[int]] = {}
    for i, span in enumerate(sents):
        by_sent.setdefault(span, []).append(i)
    for (ss, se), idx in by_sent.items():
        for m in rules.missed_target_re.finditer(text, ss, se):
            for i in reversed(idx):
                a, b = int(rows[i]["start"]), int(rows[i]["end"])  # type: ignore[call-overload]
                if b > m.start() or _TARGET_VALUE_LEFT.search(text, max(ss, a - 40), a):
                    continue
                if rows[i]["status"] is None:
                    rows[i]["status"] = "not on track"
                break
