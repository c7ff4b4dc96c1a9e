"""The subject of a clause, the segment's topic and the measure named before (part of :mod:`.phrase`).

:func:`subject` reads the subject of "X had risen to N", "X was N" from the text left of a figure;
:func:`sentence_subject` the subject a sentence opens with; :func:`find_topic` a segment's lead-in topic
("Rereferrals - ..."); :func:`measure_named_before` / :func:`refers_back` the measure a paragraph that opens on
"That figure ..." refers to; ``_np_after`` the noun phrase right after a figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import CHANGE_NOUNS, PAST_CHANGE_VERBS
from .context import CLAUSE_SPLIT_RIGHT, CLAUSE_WORDS, CLAUSE_WORDS_RIGHT, EHC_COMMA_NEXT, NEET_COMMA_NEXT
from .grammar import Hit, fold, may_end_with
from .places import place_only
from .rules import phrase_regex
from .phrase_words import (
    _PREPOSITIONS, _PRONOUNS, _TRAIL_WORDS, _adverb_or_participle, _clean_phrase, _ends_with, _is_generic, is_poor,
)

_NP_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\w,./%-]*|[,;:().£$€!?\u201a]")  # (r21phrase: and a protected comma)

_STOP_NP = {
    "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "would", "will", "could",
    "should", "may", "might", "can", "did", "do", "does", "which", "that", "who", "whom", "whose", "where",
    "when", "while", "whilst", "but", "compared", "against", "because", "since", "during", "than",
    "although", "though", "so", "if", "as", "it", "this", "these", "those", "there", "they",
    "remained", "remain", "remains", "expressed", "received", "exceeded", "at", "over",
    "this", "across", "into", "currently", "now", "still", "already", "also", "only",
}
_BAD_NP_START = {
    "in", "to", "of", "at", "on", "by", "for", "from", "with", "and", "or", "a", "an", "the", "this",
    "that", "which", "were", "was", "is", "are", "had", "has", "have", "would", "will", "per", "than",
    "more", "less", "fewer", "over", "under", "up", "down", "out", "times", "red", "amber", "green",
    "compared", "against", "between", "each", "every", "since", "until", "by", "so", "as", "who",
    "whom", "it", "they", "there", "not", "being", "been", "be", "into", "across", "within", "after",
    "before", "during", "if", "when", "where", "while", "but", "all",
    "last", "next", "earlier", "ago", "nationally", "locally", "respectively",
    # prepositions a noun phrase never opens with ("a maximum of £1.8m through prudential borrowing")
    "through", "throughout", "via", "towards", "toward", "among", "amongst", "without", "upon",
    "beyond", "despite", "alongside", "onto",
}
#: (r18review) no phrase of two words whose words are both in the list ("shot up": "shot" and "up" are): the repeated
#: group of :data:`_TRAIL_VERB` could then read each run two ways, and a run that does not reach the end took time
#: exponential in its length (20 times "shot up" before a noun: 2 s; 28: minutes)
#: (round 18: a comma may stand between them, not before the first: "Funding for pupils with SEND has also increased, by around (nine per
#: cent)"; the change verbs "rocketed", "dipped", "soared" ... and the adverbs "steadily", "sharply" ...; not
#: "nationally": "children in care nationally" is a measure of its own)
_TRAIL_VERB = re.compile(rf"\s+{_TRAIL_WORDS.regex}(?:,?\s+{_TRAIL_WORDS.regex})*\s*$", re.I)
# "above/below (the national) average" as a unit at the end of a subject
_TRAIL_AVG = re.compile(
    r"\s+(?:slightly\s+|well\s+|just\s+|significantly\s+)?(?:above|below|in\s+line\s+with|better\s+than|"
    r"worse\s+than)(?:\s+the)?(?:\s+(?:national|england|english|regional))?\s+average\b.*$",
    re.I,
)
#: the words after which a subject starts (its last one in the text): "and" only before a word in lower case; a
#: reporting verb with no "that" after it too: "Figures released by the DfE show (primary school absence is 4.5%)",
#: "The council says (its rate of vacancies is)", "Members heard (vacancies in frontline teams stand at)"
_NP_BOUNDARY_WORDS = (
    "that", "which", "who", "there", "than", "whereas", "below", "above", "against", "showed", "shows", "noted",
    "reported", "confirmed", "advised", "explained", "informed", "stated", "highlighted", "said", "told", "indicated",
    "saw", "see", "sees", "with", "while", "whilst", "but", "including", "included", "was", "were", "is", "are", "had",
    "has", "have", "been", "would", "will", "could", "should", "can", "may", "might", "now", "for the first time",
    "show", "says", "heard", "suggest", "suggests", "suggested", "reveal", "reveals", "revealed")
#: (speed) the words as a trie (:func:`.rules.phrase_regex`), one branch per place: two of them never both match at
#: a place before whitespace, so the last place and the end of the match are those of their plain alternation
_NP_BOUNDARY = re.compile(
    rf"^.*\b(?:{phrase_regex(_NP_BOUNDARY_WORDS)}|and(?!\s+(?-i:[A-Z])))\s+",
    re.I | re.S,
)
_OF_HEAD = re.compile(
    r"\b(?:the\s+)?(?:total\s+)?(?:number|numbers|proportion|percentage|%|rate|level|levels|amount|count|"
    r"share|volume|figure|figures)\s+(?:of|for)\s+",
    re.I,
)
_AVG_HEAD = re.compile(
    r"\b(?:average|mean|median|typical)\s+(?:[a-z]+\s+){0,2}?(?:of|for|between|to|from)\s+", re.I
)
_TOPIC_RE = re.compile(r"^\s*([A-Z][^.;:!?]{1,60}?)\s+(?:-|–|—)\s+|^\s*([A-Z][^.;!?:]{1,50}?):\s+")
_REPORTING_END = re.compile(
    r"\b(?:confirmed|advised|reported|said|says|noted|explained|stated|highlighted|informed|told|added|"
    r"clarified|acknowledged|agreed|asked|queried|responded|replied|indicated|suggested|commented|"
    r"required|expected|wanted|asked\s+for)\s*$",
    re.I,
)
_PRONOUN_VERB = (r"\s+(?:had|has|have|was|were|is|are|stood|"
                 r"rose|fell|reduced|increased|decreased|dropped|improved|reached|remained|now|to|jumped|leapt|leaped|climbed|grew|"
                 r"dipped|declined)\b")
#: a pronoun subject and a verb (:func:`_has_pronoun_subject`) - "it", "this", "they", "this figure", "the figure",
#: "this number", "that figure", "this proportion", "and/but that", "the national/regional/England figure", "X's
#: figure" - in two patterns (speed): the alternatives that open with a letter ("it", "th...", "and", "but"), as a
#: trie behind a look-ahead for those letters, and "X's figure", searched only where the folded text holds "figure"
_PRONOUN_SUBJECT_LETTERS = re.compile(
    r"(?=[itab])\b(?:it|th(?:is(?:\s+(?:figure|number|proportion))?|ey|at\s+figure|e\s+(?:(?:national|regional|"
    r"england)\s+)?figure)|(?:and|but)\s+that)" + _PRONOUN_VERB,
    re.I,
)
_PRONOUN_SUBJECT_POSSESSIVE = re.compile(r"\b\w+['’]s\s+figure" + _PRONOUN_VERB, re.I)


@lru_cache(maxsize=4096)  # (speed: pure; 293 calls of a bench pass, 33 distinct)
def _has_pronoun_subject(left: str) -> bool:
    """Whether ``left`` holds a pronoun subject and a verb ("Officers confirmed it had reduced from ",
    "Swindon's figure had dropped to ")."""
    return _PRONOUN_SUBJECT_LETTERS.search(left) is not None or (
        "figure" in fold(left) and _PRONOUN_SUBJECT_POSSESSIVE.search(left) is not None)


#: a percentage that opens its clause with no subject of its own: "(noted that) 55% were boys"
_SHARE_OPEN_LEFT = re.compile(
    r"(?i)(?:^|\b(?:that|and|with|while|whilst|whereas)|[,;:.])\s*(?:(?:just\s+)?(?:over|under|around|about|almost|"
    r"nearly|approximately|more\s+than|less\s+than|fewer\s+than)\s+)?$")
#: (speed) how a match of _SHARE_OPEN_LEFT ends, before its whitespace (or it is all whitespace and a hedge)
_SHARE_OPEN_ENDS = ("that", "and", "with", "while", "whilst", "whereas", ",", ";", ":", ".", "over", "under", "around",
                    "about", "almost", "nearly", "approximately", "than")


@lru_cache(maxsize=4096)  # (speed: pure; 87 calls of a bench pass, 11 distinct)
def _share_open(left: str) -> bool:
    """(speed) ``_SHARE_OPEN_LEFT.search(left) is not None``, searched only where ``left`` is whitespace or
    ends with one of its last words or marks (:func:`_ends_with`)."""
    return (not left.strip() or _ends_with(left, _SHARE_OPEN_ENDS)) and _SHARE_OPEN_LEFT.search(left) is not None


#: a percentage listed after another in the same sentence: "55% were boys, 44% girls"
_LISTED_PCT_LEFT = re.compile(r"\d\s?%[^.;%]{1,60}(?:,|\band|\bwith|\bwhile|\bwhilst)\s*$", re.I)


#: "a number of", "a large number of" before an _OF_HEAD match: a quantity word, not the measure
_A_NUMBER_OF = re.compile(r"(?i)\ba(?:\s+(?:large|small|growing|significant|high|low|great|huge|increasing))?\s+$")


def _last_of_head(text: str, end: int | None = None, quantity: bool = True) -> re.Match[str] | None:
    """The last "number of" / "proportion of" head (:data:`_OF_HEAD`) in ``text[:end]``, or None: the
    measure a following pronoun, "that figure" or bare noun refers to is named after it."""
    last = None
    for m in _OF_HEAD.finditer(text, 0, len(text) if end is None else end):
        if not quantity and m.group()[:1] in "nN" and _A_NUMBER_OF.search(text, max(0, m.start() - 24), m.start()):
            continue  # (for a pronoun) "presented the authority with a number of challenges": "several", not a measure
        last = m
    return last


#: a phrase ending where an age band's number was cut off: "children aged under", "adults aged", "pupils over"
_AGED_END = re.compile(r"(?i)(?:\baged(?:\s+(?:under|over|below|above))?|\b(?:under|over))$")
#: the number(s) of an age band: "18", "18 to 64", "0-4", "16+", "65 and over" (with "years old")
_AGE_BAND_TAIL = re.compile(
    r"(?i)^\s*(\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2}|\s*\+|\s+(?:and|or)\s+(?:over|under|above|below))?"
    r"(?:\s+years?(?:\s+old)?)?)(?![\w+])")


def _with_age_band(phrase: str, after: str) -> str:
    """``phrase`` with the age band its last words open, when they were cut at the band's number (``after`` is the
    text after the phrase).

    >>> _with_age_band("adults aged", " 18 to 64 and 18.9 percent")
    'adults aged 18 to 64'
    >>> _with_age_band("children in care", " 18")
    'children in care'
    """
    if phrase and _AGED_END.search(phrase) and (m := _AGE_BAND_TAIL.match(after)):
        return f"{phrase} {m.group(1)}"
    return phrase


#: a paragraph that opens by referring back to the measure of the paragraph before: "That figure is expected to hit
#: 4,200", "In 2017/19 it was 15.1 per cent", "This proportion was below ...", "It rose to ..."
_OPENS_WITH_ANAPHOR = re.compile(
    r"(?i)\s*(?:(?:but|and|however|overall|nationally|locally)\s*,?\s+)?(?:(?:back\s+)?in\s+[\w/-]+\s*,?\s+)?"
    r"(?:(?:that|this|\w+['’]s|the\s+national)\s+(?:figure|number|proportion|percentage|rate|total)\b|(?:it|this)\s+(?:was|is|had|has|rose|fell|"
    r"increased|decreased|dropped|reached|stood|remained|represents|represented)\b"
    # "The figure has risen ... to 916", "Figures currently stand at 642", "Back in 2010, the figure was 480" (not
    # "Figures show 155 youngsters ...": the source, not the measure)
    r"|(?:the\s+)?(?:figure|figures|total|number|numbers)\s+(?:currently\s+|now\s+)?(?:was|is|were|are|had|has|have|rose|fell|increased|"
    r"decreased|dropped|reached|stood|stand|stands|remained|remains)\b"
    # "The target for March 2017 is 770", "The target is to reduce this to 700": the measure's target
    r"|the\s+target\s+(?:(?:for|by)\s+[\w/ -]{1,25}?\s+)?(?:is|was|will\s+be)\b)")


#: a count of a population in a paragraph: "1,147 looked after children", "612 children on child protection plans"
_COUNT_OF_POPULATION = re.compile(
    r"(?i)(?<!every )(?<!per )(?<!out of )(?<![\d,.])\b\d[\d,]*\s+((?:[a-z-]+\s+){0,3}?(?:children|young\s+people|youngsters|care\s+leavers)\b[^.;:,()]{0,60})")


_VERB_AFTER_MEASURE = re.compile(
    r"(?i)\s+(?:rose|fell|had|has|have|was|were|is|are|increased|decreased|reduced|dropped|stood|reached|remained|"
    r"went|grew|climbed|continues|continued)\b")


def measure_named_before(paragraph: str, opening: str) -> str:
    """The measure a paragraph names last ("... the number of children requiring an EHCP rose ..." ->
    "children requiring an EHCP"), when the next paragraph ``opening`` refers back to it by a pronoun
    or "that figure"; else "".

    >>> measure_named_before("The number of looked after children rose to 412.", "That figure is expected to hit 450.")
    'looked after children'
    >>> measure_named_before("The number of looked after children rose to 412.", "Members thanked officers.")
    ''
    >>> measure_named_before("The number of children in care is at a high.", "Figures currently stand at 642.")
    'children in care'
    >>> measure_named_before("The number of children in care is at a high.", "Figures show 155 children started to be looked after.")
    ''
    """
    if not paragraph or _OPENS_WITH_ANAPHOR.match(opening) is None:
        return ""
    ref = _last_of_head(paragraph)
    if ref is None:
        # no "number of" head, and the paragraph opens with "the figure / the total / the target ...": the last count of
        # a population in it ("there were 1,147 looked after children at April 11"): its noun phrase is the measure
        head = opening[:40].lower()
        if not any(w in head for w in ("figure", "number", "total", "target")):
            return ""
        cm = None
        for cm in _COUNT_OF_POPULATION.finditer(paragraph):
            pass
        if cm is None:
            return ""
        r = _np_after(" " + cm.group(1))
        return "" if not r or is_poor(r) or _is_generic(r) else r
    return _measure_after_head(paragraph, ref)


def _measure_after_head(paragraph: str, ref: re.Match[str]) -> str:
    named = _VERB_AFTER_MEASURE.split(paragraph[ref.end():ref.end() + 160], 1)[0]  # "... children rose to 412"
    r = _np_after(" " + named)
    return "" if not r or is_poor(r) or _is_generic(r) else r


def measure_of_unit_in(paragraph: str) -> str:
    """The last measure a paragraph names by a "number of" / "percentage of" head that is not only a place's name
    ("the percentage for Derby" is passed over), or "": what a bracketed place value of the next paragraph
    measures when its own paragraph names none of its unit.

    >>> measure_of_unit_in("The percentage of children adopted fell to 15.0%, equal to the percentage for Derby.")
    'children adopted'
    """
    for ref in reversed(list(_OF_HEAD.finditer(paragraph))):
        r = _measure_after_head(paragraph, ref)
        if r and not place_only(r, r + " ("):
            return r
    return ""


#: a paragraph that opens by naming the sum of the paragraph before: "The staggering sum is ...", "This smaller sum",
#: "That amount", "But this overspend ...", "Separately, the deficit ...", "With that shortfall"
_OPENS_WITH_SUM = re.compile(
    r"(?i)\s*[\"“‘']?\s*(?:(?:but|and|however|separately|overall)\s*,?\s+)?(?:with\s+)?(?:the|this|that)\s+(?:[a-z-]+\s+)?"
    r"(sum|amount|overspend|underspend|deficit|shortfall|gap|pressure|bill)s?\b")
#: a paragraph that opens by restating the figure before in other terms: "That is 689 per 10,000 children", "This
#: equates to around 45 per 10,000", "That works out at £53,000 a child", "This is equivalent to 1 in 5 pupils", "This
#: equates to a rate of 67 per 10,000"
_THAT_IS_LEFT = re.compile(
    r"(?i)\s*[\"“‘']?\s*(?:(?:and|but|so)\s+)?(?:that|this|which|it)\s*(?:'s|’s|\s+is|\s+was|\s+equates\s+to|\s+works\s+out\s+"
    r"(?:at|to|as)|\s+(?:is|was)\s+(?:the\s+)?equivalent\s+(?:to|of))\s+(?:(?:a|an)\s+(?:average\s+)?(?:rate|figure|total)\s+"
    r"of\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|just|approximately)\s+)?")
#: a demonstrative right before an amount it repeats: "With that £2.6m", "this £3.1m"
_DEMONSTRATIVE_LEFT = re.compile(r"(?i)\b(?:that|this)\s*$")


def refers_back(text: str, h: Hit, phrase: str) -> bool:
    """Whether a paragraph's first figure measures what the paragraph before measured last: the paragraph opens by
    naming that sum ("The staggering sum is around 30 per cent above ...") and the figure's own phrase is only that
    sum or names nothing, or the figure is an amount "that £2.6m" with no phrase of its own.

    >>> t = "The staggering sum is around 30 per cent above the budget."
    >>> refers_back(t, Hit(t.index("30"), t.index("30") + 11, "figure", "num", [30.0]), "staggering sum")
    True
    >>> refers_back(t, Hit(t.index("30"), t.index("30") + 11, "figure", "num", [30.0]), "care leavers")
    False
    """
    if h.start < 50 and _THAT_IS_LEFT.fullmatch(text, 0, h.start):
        # "That is 689 per 10,000 children", "That works out at £53,000 per child": a phrase that is only the
        # opening's words or none ("That's about 64 per cent of all care leavers" names its own)
        opening = text[:h.start].strip(" \"“‘'").lower()
        low = phrase.lower()
        return not phrase or is_poor(phrase) or low.startswith(opening[:7]) or set(low.split()) <= set(opening.split())
    if not phrase or is_poor(phrase):
        return _DEMONSTRATIVE_LEFT.search(text, max(0, h.start - 6), h.start) is not None \
            or _OPENS_WITH_SUM.match(text) is not None
    words = phrase.lower().split()
    return len(words) <= 2 and words[-1].rstrip("s") in ("sum", "amount") and _OPENS_WITH_SUM.match(text) is not None


#: (r30carry) a phrase that is only a generic definite subject: "the number", "that figure", "numbers", "the rate"
_GENERIC_SUBJECT = re.compile(
    r"(?i)(?:(?:the|that|this)\s+)?(number|numbers|figure|figures|total|rate|percentage|proportion)")
#: the same word after a definite determiner, in the sentence before the figure
_DEFINITE_GENERIC = re.compile(r"(?i)\b(?:the|that|this)\s+(number|numbers|figure|figures|total|rate|percentage|proportion)\b")


def carried_to_generic(phrase: str, measure_before: str, left: str) -> str:
    """(r30carry) The measure of the paragraph before's last figure, for a figure whose own phrase is only a generic
    subject ("Latest figures show the number had risen again to 692" after "... there were 684 children in care";
    "This has shown a gradual reduction since 2008-09 when the number was eight" after "three young people were
    first-time offenders ... compared to six"; "But that figure has now risen to £2.5 million" after "the budget
    could be £1.5 million overspent"); else "". ``left``: the sentence up to the figure, where the subject is definite
    ("the number", "that figure", "this percentage": not "with a percentage of 85 per cent" after another place's
    value, nor "Derby has a figure of"). The caller checks that both figures are of one unit and that no
    figure of the paragraph named a measure first. Not a measure that names nothing, a comparator's ("national
    average: ..."), nor a part of a whole ("living with foster families (of children ...)": its whole, not the part,
    is what a generic "numbers" goes on with), nor a place's name alone ("Reading").

    >>> carried_to_generic("number", "children in care in the Wakefield district", "Latest figures show the number had risen to ")
    'children in care in the Wakefield district'
    >>> carried_to_generic("care leavers", "children in care", "the number of care leavers was ")
    ''
    >>> carried_to_generic("numbers", "living with foster families (of children on a full-time basis)", "the numbers rose to ")
    ''
    >>> carried_to_generic("figure", "similar figure", "that figure is ")
    ''
    >>> carried_to_generic("percentage", "pupils at good schools", "which is 12th in the table with a percentage of ")
    ''
    """
    if not measure_before or (g := _GENERIC_SUBJECT.fullmatch(phrase.strip())) is None:
        return ""
    if is_poor(measure_before) or _is_generic(measure_before) or "(of " in measure_before or ": " in measure_before \
            or place_only(measure_before, measure_before + " ("):
        return ""
    word = g.group(1).lower()
    if not any(m.group(1).lower() == word for m in _DEFINITE_GENERIC.finditer(left[-120:])):
        return ""
    return measure_before


#: (r31carry) a figure said again as the head of its clause's subject, the verb right after it: "The £16.5m includes:",
#: "Coral stated that the 95% included the following:" (the left side: the clause opens on "the", or a reporting
#: clause's "that the")
_RESTATED_THE_LEFT = re.compile(
    r"(?i)^\W*(?:(?:[\w'’-]+\s+){1,4}(?:said|stated|explained|noted|confirmed|advised|reported|added)\s+that\s+)?the\s+$")
#: ... and the verb after it (one source for both patterns below)
_RESTATED_VERB = (
    r"\s*(?:(?:has|had|will|would|could|should|may|might)\s+(?:also\s+)?(?:be\s+|been\s+)?)?"
    r"(?:is|was|were|are|includes?|included|comprises?|comprised|covers?|covered|consists?|consisted|represents?|"
    r"represented|reflects?|reflected|relates?|related)\b")
_RESTATED_VERB_RIGHT = re.compile(r"(?i)" + _RESTATED_VERB)
#: a change noun whose subject the figures are, with nothing of what changed: "The increase from £1.4m to £1.6m was due
#: to ...", "This rise of 12% reflects ...". (r32tidy) The nouns of a change (:data:`analysis.vocab.CHANGE_NOUNS`) but
#: decline, improvement, loss, gain, difference, cut and uplift (r31carry named them not: kept out so that it reads what
#: it read) plus "movement" and "shift"
_RESTATED_CHANGE = re.compile(
    r"(?i)^\W*(?:the|this|that)\s+(?:" + "|".join(sorted(CHANGE_NOUNS - {
        "decline", "improvement", "loss", "gain", "difference", "cut", "uplift"} | {"movement", "shift"})) + r")\s+"
    r"(?:from|of)\s+(?P<a>\S+)(?:\s+to\s+(?P<b>\S+))?(?=" + _RESTATED_VERB + ")")


def restated_as_subject(sentence: str, start: int, end: int) -> bool:
    """(r31carry) Whether the figure at ``start:end`` of ``sentence`` is an amount said again as its clause's subject,
    with no measure of its own: "The £16.5m includes:", "Coral stated that the 95% included the following:", "The
    increase from £1.4m to £1.6m was due to the number of tribunals" (both figures). The caller gives it the phrase of
    the same value and unit said before in the document, when there is one.

    >>> s = "The £16.5m includes:"
    >>> restated_as_subject(s, 4, 10)
    True
    >>> s = "Coral stated that the 95% included the following:"
    >>> restated_as_subject(s, s.index("95%"), s.index("95%") + 3)
    True
    >>> s = "The increase from £1.4m to £1.6m was due to the number of tribunals received."
    >>> restated_as_subject(s, s.index("£1.4m"), s.index("£1.4m") + 5), restated_as_subject(s, s.index("£1.6m"), s.index("£1.6m") + 5)
    (True, True)
    >>> s = "The 12 schools in the trust were inspected."
    >>> restated_as_subject(s, 4, 6)
    False
    >>> s = "The increase in fees from £10 to £12 was agreed."
    >>> restated_as_subject(s, s.index("£10"), s.index("£10") + 3)
    False
    """
    if _RESTATED_THE_LEFT.match(sentence, 0, start) and _RESTATED_VERB_RIGHT.match(sentence, end):
        return True
    m = _RESTATED_CHANGE.match(sentence)
    return m is not None and start in (m.start("a"), m.start("b")) and end in (m.end("a"), m.end("b"))


def prev_in_clause_list(text: str, h: Hit) -> bool:
    """Whether a percentage comes right after another one it continues ("55% were boys, 44% girls")."""
    return _LISTED_PCT_LEFT.search(text, max(0, h.start - 80), h.start) is not None


#: (speed) patterns of :func:`_np_after`, compiled once
_OUT_OF_PLACE_START = re.compile(
    r"(?i)^\s(out\s+of\s+(?:area|borough|county|city|authority|district|region|town|city\s+area))(?=\s+[a-z])")
_DECADE_WORD = re.compile(r"\d+s")
_NEW_PHRASE_AFTER_CONJ = re.compile(r"\s*(?:the|a|an|its|their|this|these|those|by|in|at|on|from|to|for|"
                                    r"since|during|over|whether|if|how|what|why|it|they|we|this|there)\b", re.I)
#: the bases of a rate written after its noun: "children per 10,000", "pupils in every 1,000"
_RATE_BASES = frozenset(("100", "1000", "10000", "100000"))


#: words that may go on a noun phrase after "education, health and care plan(s)": a preposition or a participle of
#: what was done with the plans
_EHC_PLAN_NEXT = frozenset("for in with within by at on of to from under issued completed finalised finalized agreed "
                           "maintained produced made granted ceased reviewed transferred (ehcp) (ehcps) (ehc)".split())
_NEXT_WORD = re.compile(r"\s+([a-z][\w'’-]*|\([A-Za-z]+\))")


#: (round 18) the words whose number is part of a name, not a new figure: "Key Stage 2", "year 11", "KS4", "Level 3"
_LABEL_NUMBER_BEFORE = frozenset("stage year ks level tier phase".split())


@lru_cache(maxsize=4096)
def _np_after(right: str) -> str:
    """The noun phrase a count modifies: "86 conceptions to under 18s which ..." -> "conceptions to under 18s"."""
    if right[1:5].lower() == "out " and (oa := _OUT_OF_PLACE_START.match(right)):
        # "52 out of area placements", "23 out of county placements": a place modifier, not "out of" a whole
        rest = _np_after(right[oa.end():])
        return f"{' '.join(oa.group(1).split())} {rest}" if rest else ""
    out: list[str] = []
    most = 8
    for m in _NP_TOKEN.finditer(right):
        w = m.group()
        lw = w.lower()
        if not out and (lw in _BAD_NP_START or not w[0].isalpha()):
            return ""
        if (w == "," or w == NAME_COMMA) and out and out[-1].lower() == "education" and _EHC_COMMA_RIGHT.match(right, m.end()):
            out[-1] += w  # "education, health and care plans": one name
            most = 11  # (its four words count as one: "children issued with a new education, health and care plan")
            continue
        if w[0].isdigit() and out and out[-1].lower() in ("per", "every") and w.replace(",", "") in _RATE_BASES:
            out.append(w)  # "157 children per 10,000 under protection plans": the rate's base, not a new number
            continue
        if w[0].isdigit() and len(w) <= 2 and w.isdigit() and out and out[-1].lower() in _LABEL_NUMBER_BEFORE:
            out.append(w)  # (round 18) "66 percent of Key Stage 2 pupils", "30 teenagers in year 11": a label's number
            continue
        if w[0] in ",;:().!?£$€" or lw in _STOP_NP or (w[0].isdigit() and not _DECADE_WORD.fullmatch(w) and not (
                out and (_TIME_UNIT_NEXT.match(right, m.end()) or _TIME_LIMIT_WORD.fullmatch(w)))):
            break  # a number ends the phrase, but not a time limit in it ("EHCPs issued within 20 weeks", "the 20-week deadline")
        if lw in ("and", "or") and _NEW_PHRASE_AFTER_CONJ.match(right[m.end():]):
            break  # "312 open cases and the average caseload", "36 requests each month and by the end": a new phrase
        out.append(w)
        if len(out) >= most:
            break
        if most == 11 and lw in ("plan", "plans") and (nx := _NEXT_WORD.match(right, m.end())) \
                and nx.group(1).lower() not in _EHC_PLAN_NEXT:
            break  # "a new education, health and care plan waited": the name ends the phrase before a verb
    return _clean_phrase(" ".join(out), most + 2)


#: (speed) patterns of :func:`_complement_after`, compiled once
_COPULA_COMPLEMENT_RIGHT = re.compile(r"^\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:currently\s+|now\s+|still\s+)?(.*)$", re.I | re.S)
_VALUE_OR_END = re.compile(r"[£$€.!?]|\d")


def _complement_after(right: str) -> str:
    """"412 were unaccompanied asylum seeking children" -> "unaccompanied asylum seeking children"."""
    m = _COPULA_COMPLEMENT_RIGHT.match(right)
    if not m:
        return ""
    body = m.group(1)
    cut = _CLAUSE_SPLIT_RIGHT_NO_WITH.search(body)
    body = body[: cut.start()] if cut else body
    m2 = _VALUE_OR_END.search(body)
    return _clean_phrase(body[: m2.start()] if m2 else body, 6)


_CLAUSE_SPLIT_RIGHT_NO_WITH = re.compile(
    rf"[;:()]|,(?!\s*{NEET_COMMA_NEXT})|\s-\s"
    rf"|\b{phrase_regex(CLAUSE_WORDS + tuple(w for w in CLAUSE_WORDS_RIGHT if w != 'with') + ('at a', 'at an', 'at the'))}\b",
    re.I,
)


#: (speed) patterns of :func:`_cut_clause`, compiled once
_VALUE_OR_END_NOT_DURATION = re.compile(r"[£$€.!?]|\d(?![\d,.]*[\s-]+(?:working[\s-]+)?(?:days?|weeks?|months?)\b)")


@lru_cache(maxsize=4096)  # (speed: pure; 49 calls of a bench pass, 2 distinct)
def _cut_clause(s: str) -> str:
    m = CLAUSE_SPLIT_RIGHT.search(s)
    s = s[: m.start()] if m else s
    m2 = _VALUE_OR_END_NOT_DURATION.search(s)
    return s[: m2.start()] if m2 else s


#: a figure opening a bracket after what it measures: "forecast overspend (£11.8m", "was (£1.018m)"
_OPEN_BRACKET_END = re.compile(r"\s*\(\s*$")


_RELATIVE_ASIDE_END = re.compile(r"(?i),\s+(?:where|which|who|whose)\b[^,;:.]{0,100},$")


#: (r25id) a verb of saying of _REPORTING_END in the passive, at the end of a subject's words: "was confirmed", "had been
#: stated", "were noted" (what follows it, "as" or "at", is cut before as a trailing word)
_PASSIVE_REPORTING_END = re.compile(
    r"(?i)\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|be|been|being)\s+)"
    r"(?:(?:now|also|since|then|subsequently|formally|finally|again)\s+)?"
    r"(?:confirmed|advised|reported|noted|stated|highlighted|clarified|acknowledged|agreed|indicated|suggested|"
    r"required|expected|explained)\s*$")
#: (speed) the last words of _REPORTING_END's alternatives ("asked for": "for"): it matches only where
#: the text, without its whitespace at the end, ends with one of them (:func:`.grammar.may_end_with`)
_REPORTING_ENDINGS = ("confirmed", "advised", "reported", "said", "says", "noted", "explained", "stated", "highlighted",
                      "informed", "told", "added", "clarified", "acknowledged", "agreed", "asked", "queried", "responded",
                      "replied", "indicated", "suggested", "commented", "required", "expected", "wanted", "for")
#: (speed) the words _AVG_HEAD opens with: it is searched only when the folded text holds one of them
_AVG_WORDS = ("average", "mean", "median", "typical")
#: a figure inside a subject: "£86.4m", "12%", "12 per cent" (compiled once: speed)
_FIGURE_IN_SUBJECT = re.compile(r"[£€$][\d,.()]+(?:bn|mn|m|k)?|\d[\d,.]*\s?(?:%|per\s?cent)")


def _may_hold_figure(s: str) -> bool:
    """(speed) A necessary condition for ``_FIGURE_IN_SUBJECT.search(s)``: a currency sign, "%" or "cent"."""
    return "£" in s or "%" in s or "$" in s or "€" in s or "cent" in s


#: (speed) patterns of :func:`subject`, compiled once
_AVERAGE_END = re.compile(r"(?i)\b(?:average|mean|median)\s*$")


#: (r23tidy) the verbs of change (past tense and participle) that end a subject in the two patterns below: one list
#: (r33tidy: :data:`analysis.vocab.PAST_CHANGE_VERBS` plus climbed and jumped; the same text as before)
_CHANGE_VERBS = "|".join((*PAST_CHANGE_VERBS, "climbed", "jumped"))
#: a verb of change and a time after it, ending a subject: "increased this year", "rose during the last 12 months",
#: "has fallen over the year", "decreased in 2016/17"
_CHANGE_THEN_TIME_END = re.compile(
    rf"(?i)\s+(?:(?:has|have|had)\s+)?(?:{_CHANGE_VERBS}|went\s+(?:up|down))\s+"
    r"(?:(?:in|during|over|across|since)\s+(?:the\s+)?(?:(?:last|past|"
    r"previous|current|latest|first|financial|academic|calendar)\s+)?(?:(?:\d+|twelve|six|three)\s+)?(?:years?|quarters?|"
    r"months?|period|weeks?|term)|(?:this|last)\s+(?:year|quarter|month|term|week)|in\s+(?:19|20)\d{2}(?:[/-]\d{2,4})?)$")
#: (r23ind) a verb of change with an adjunct after it, inside what is left of a subject once its trailing verb words
#: are cut ("had risen from the previous year", "fell over the last quarter"): the subject ends before it
_CHANGE_VERB_ADJUNCT = re.compile(
    rf"(?i)\s+(?:(?:has|have|had)\s+(?:also\s+|now\s+)?|(?:was|were|is|are)\s+)?(?:{_CHANGE_VERBS}|doubled|halved)\s+"
    r"(?:from|since|on|over|"
    r"during|compared\s+(?:to|with)|against|across|in\s+(?:the|this|last|(?:19|20)\d\d))\b")
#: (r23ind) a pronoun right before that verb: its subject is a measure named earlier, not the words before it
_PRONOUN_LAST = re.compile(r"(?i)\b(?:this|that|it|they|these|those|which|who|there)\s*$")
#: (speed) the last four letters (folded) such a subject can end with, but for a year
_CHANGE_TIME_LAST = frozenset(("year", "ears", "rter", "ters", "onth", "nths", "riod", "week", "eeks", "term"))


@lru_cache(maxsize=4096)
def subject(left: str) -> str:
    """The subject / measured noun phrase in the left part of a clause ending at the number.

    >>> subject("The number of children in need and in child protection had risen to ")
    'children in need and in child protection'
    >>> subject("Members noted that the average cost of residential care was ")
    'average cost of residential care'
    """
    # (speed) each pattern below runs only where a cheap necessary condition holds: _OPEN_BRACKET_END, a text that
    # ends with "(" and whitespace; _TRAIL_AVG and _AVG_HEAD, one of their words in the folded text (grammar.fold)
    s = _OPEN_BRACKET_END.sub(" ", left) if left.rstrip().endswith("(") else left  # "forecast overspend (£11.8m"
    if s[-4:] == " to " and "close" in s[-14:]:
        s = _CLOSE_TO_END.sub(" ", s)  # "a rate close to (20%)": a hedge, not part of the subject
    low = fold(s)
    s = _TRAIL_AVG.sub("", s) if "average" in low else s  # "was (£1.018m)"
    s = _TRAIL_VERB.sub("", s) if _TRAIL_WORDS.may_end(s) else s  # (speed: its last word first)
    cv = None
    for cv in _CHANGE_VERB_ADJUNCT.finditer(s):  # (the last one)
        pass
    if cv is not None and s[:cv.start()].strip() and not _PRONOUN_LAST.search(s, 0, cv.start()) \
            and not _CLAUSE_BETWEEN.search(s, cv.end()) \
            and (cut := subject(s[:cv.start()] + " ")) and not is_poor(cut):
        # (r23ind) "CLA seen alone within timescale had risen from the previous year (to 85.7%)": the subject of the
        # clause's verb of change, not the verb and its adjunct (the trailing verb was kept by the words after it)
        return cut
    if (s[-4:].lower() in _CHANGE_TIME_LAST or s[-1:].isdigit()) and (ct := _CHANGE_THEN_TIME_END.search(s)):
        # "The number of LAC increased this year (from 455)", "Referrals rose during the year (to 1,204)": the verb of
        # change and when, not part of the subject (the time words had kept the verb from being cut)
        s = s[:ct.start()]
    if s.endswith(","):  # "Referrals, where a child is reported due to welfare concerns, (have gone up)": the head
        s = _RELATIVE_ASIDE_END.sub("", s)
    m = _last_of_head(s)
    if m is not None:
        tail = s[m.end():]
        head = m.group().strip().lower().split()
        head = [h for h in head if h not in ("the", "total", "of", "for")]
        if tail.strip() and head and head[0] in ("number", "numbers", "proportion", "percentage", "%", "count", "share", "volume", "amount", "level", "levels", "figures", "figure"):
            c = _clean_phrase(tail)
            if c and _AVERAGE_END.search(s[: m.start()]):
                c = f"average {c}"  # "the average number of cases held by social workers"
            if not is_poor(c) or head[0] not in ("figure", "figures", "level", "levels"):
                return c
            s = s[: m.start()]  # "the figure for August 2024": a date, not a measure
    cur = None
    if _may_hold_figure(s):
        for cur in _FIGURE_IN_SUBJECT.finditer(s):
            pass
    if cur is not None and s[cur.end():].strip():
        s = s[cur.end():]  # a subject never contains another figure: "£86.4m, of which ..."
    if may_end_with(s, _REPORTING_ENDINGS) and _REPORTING_END.search(s):
        if (pv := _PASSIVE_REPORTING_END.search(s)) is None or not s[:pv.start()].strip():
            return ""  # "Officers confirmed (it had risen to)": a speaker, not the measure
        # (r25id) a verb of saying in the passive: its subject is what was said, the measure ("the net balances were
        # confirmed as (£11.3m)", "the pass through rate had been stated as (93%)")
        s = s[:pv.start()]
    am = None
    if any(w in low for w in _AVG_WORDS):  # (low: the words of s, before its cuts, hold those of the cut s)
        for am in _AVG_HEAD.finditer(s):
            pass
    if am is not None:
        return _clean_phrase(s[am.start():])
    b = _NP_BOUNDARY.match(s)
    if b:
        at = b.end()
        if s[:at].rstrip()[-4:].lower() == " and" and (np_and := _np_with_and(s, at)) is not None:
            at = np_and  # "The 0-17 population of children and young people (has increased)": one noun phrase
        s = s[at:]
    if s[:1].isupper() and (sa := _LEAD_SENTENCE_ADVERB.match(s)):
        s = s[sa.end():]  # "Typically this residential care will cost": not "Typically this residential care"
    c = _clean_phrase(s)
    # "This was a slight decrease of around (2%)", "a significant increase of (12%)": the change's adjective alone,
    # left by the cut of its noun, is no subject (as "This represents an increase of" leaves none); nor is a run of
    # digits with no word ("(5,000)000(5,000)": the zero cells of a flattened table row before its total)
    return "" if c and (c.lower() in _DEGREE_ONLY or not any(ch.isalpha() for ch in c)) else c


#: a noun phrase whose prepositional phrase runs to an "and" that joins two of its nouns: "the 0-17 population of
#: children (and young people)", "The Early Years Block for three (and four year olds)", "the gap between expected
#: needs, expenditure (and income)" (group 1: the head's words, before the preposition)
_NP_OF_BEFORE_AND = re.compile(
    r"(?i)\s*(?:(?:the|a|an|its|their|our|this|these)\s+)?((?:[\w'’/-]+\s+){0,4}?[\w'’/-]+)\s+(?:of|for|between|among)\s+"
    r"(?:[\w'’/-]+,?\s+){0,3}?[\w'’/-]+,?\s*$|\s*((?-i:[A-Z])[a-z]+)\s*$")


_DET_NEXT = re.compile(r"(?i)(?:the|a|an|its|their|our|this|these|those|it|they|we)\b")


def _np_with_and(s: str, at: int) -> int | None:
    """Where the subject starts when the last boundary of ``s`` (ending at ``at``) is an "and" inside one noun phrase:
    the head and its preposition before the "and" ("the 0-17 population of children and young people" is one
    subject, not "young people"); ``None`` when the words before the "and" are a clause of their own.

    >>> s = "The 0-17 population of children and young people "
    >>> s[_np_with_and(s, s.index("young")):]
    'The 0-17 population of children and young people '
    >>> s = "Referrals fell and the number of children rose "
    >>> _np_with_and(s, s.index("the number")) is None
    True
    """
    before = s[:at].rstrip()[:-3]
    pb = _NP_BOUNDARY.match(before)
    start = pb.end() if pb else 0
    m = _NP_OF_BEFORE_AND.match(before, start)
    if not m:
        return None
    if m.group(2) is not None:
        # "Deprivation and rurality (increased)", "Community and charity organisations": one capitalised noun opens
        # the sentence (no verb in it) and "and" joins the next one to it
        nxt = s[at:].split()
        return start if start == 0 and not _DET_NEXT.match(s, at) and not (
            len(nxt) > 1 and _DET_NEXT.fullmatch(nxt[1])) else None  # (not "Note and support the decision")
    head = [w.lower() for w in m.group(1).split() if not w[:1].isupper()]  # (a name's words are no verb: "Early Years")
    if any(w in _STOP_NP or w in _NOT_VERB_BEFORE_DET or _adverb_or_participle(w) for w in head):
        return None
    return start


#: the hedge "close to" before a figure ("a rate close to 20%")
_CLOSE_TO_END = re.compile(r"(?i)\s+(?:very\s+)?close\s+to\s+$")
#: a sentence adverb opening a subject: "Typically this residential care (will cost)", "Usually, a placement"
_LEAD_SENTENCE_ADVERB = re.compile(r"(?:Typically|Usually|Generally|Normally|Historically|Traditionally)\s*,?\s+")
#: degree adjectives of a change ("a slight decrease of", "a significant rise of"), alone
_DEGREE_ONLY = frozenset(
    "slight small significant large further marked sharp modest substantial considerable big huge dramatic steady "
    "notable".split())


_NOT_TOPIC = {"resolved", "agreed", "noted", "action", "actions", "decision", "recommendation",
              "recommendations", "note", "minutes", "update", "question", "answer", "response"}


_TOPIC_STOPS = re.compile(r"[.;:!?]")


def _may_open_with_topic(text: str) -> bool:
    """A necessary condition for ``_TOPIC_RE.match(text)``: a capital after the leading spaces, and
    before the first of ". ; : ! ?" a dash (its first form), or that first one a colon (its second)."""
    t = text.lstrip()
    if not "A" <= t[:1] <= "Z":
        return False
    m = _TOPIC_STOPS.search(t)
    head = t[: m.start()] if m else t
    return (m is not None and m.group() == ":") or "-" in head or "–" in head or "—" in head


def find_topic(text: str) -> str:
    """The lead-in topic of a segment: "Rereferrals - ..." or "Attendance: ..." (at most 8 words).

    >>> find_topic("Rereferrals - the rate was 21%.")
    'Rereferrals'
    """
    m = _TOPIC_RE.match(text) if _may_open_with_topic(text) else None
    if not m:
        return ""
    t = (m.group(1) or m.group(2) or "").strip()
    if t.lower() in _NOT_TOPIC:
        return ""
    return t if 0 < len(t.split()) <= 8 else ""


_TIME_UNIT_NEXT = re.compile(r"(?i)[\s-]+(?:working\s+)?(?:days?|weeks?|months?)\b")
#: a time limit written as one word: "20-week", "45-day"
_TIME_LIMIT_WORD = re.compile(r"(?i)\d+-(?:working-)?(?:days?|weeks?|months?)")
#: the rest of the name "education, health and care" after its comma
_EHC_COMMA_RIGHT = re.compile(rf"(?i)\s*{EHC_COMMA_NEXT}\b")
#: words before a determiner that are not verbs: a preposition, a conjunction, a quantifier or an adverb
_NOT_VERB_BEFORE_DET = frozenset(
    """of in on at to for from by with without into onto over under about above below across after before between
    during through towards toward upon within against among amongst around and or but nor than as like that which
    who whom whose whilst while when where because since although though if so all both half twice only just also
    even still now currently then there here not nearly almost approximately roughly some such what""".split())


#: (r21phrase) what stands for a comma inside the name of one thing while a phrase is read (a low single quotation
#: mark: one character, as the comma, so offsets hold, and neither a clause's nor a phrase's end to any pattern); put
#: back as a comma in the phrase read
NAME_COMMA = "\u201a"


#: an auxiliary, a modal or a linking verb: where a clause's verb starts ("payment will help", "General
#: Fund pressure remained unchanged", "positive movement had been achieved from Month 6")
_CLAUSE_VERBS = frozenset(
    "will would shall should could can may might must had has have was were is are remained remains stood stands "
    "became becomes".split()
)
_RELATIVES = frozenset("who which that whom whose where".split())


_POSSESSIVES = frozenset("my our your his her their its".split())


#: (speed) patterns of :func:`sentence_subject`, compiled once
_SEMICOLON_OR_COLON = re.compile(r"[;:]")
_NAME_WORD = re.compile(r"[\w'’&/-]+")


def sentence_subject(before: str, max_words: int = 8) -> str:
    """The noun phrase a sentence opens with, when a clause verb (an auxiliary, a modal, a linking
    verb) follows it before the figure: "Requests in calendar year 2023 were the highest ..." ->
    "Requests in calendar year 2023". Empty when the sentence opens with a pronoun, a preposition or a
    connective, or when the words before the verb are not a noun phrase of at most ``max_words``.

    >>> [sentence_subject(b) for b in ("Requests in 2023 were approx. ", "There were currently 78 ",
    ...                                "At this point the Team had claimed for (", "The overall EHCP caseload was ",
    ...                                "Panel noted that there were 30 agency workers who costed around ",
    ...                                "The first question was asked; My wife and I have been carers for over ")]
    ['Requests in 2023', '', '', 'overall EHCP caseload', '', '']
    """
    words = _SEMICOLON_OR_COLON.split(before)[-1].split()  # the figure's own clause ("...; My wife and I are")
    if words and words[0].lower() in _POSSESSIVES:
        return ""
    for i, w in enumerate(words[:max_words + 1]):
        if w.lower() in _CLAUSE_VERBS:
            if w.lower() in ("had", "has", "have"):
                return ""  # an owner, not the measure: "The service had 40 foster carers, with 6 more ..."
            if i == 0 or any(not _NAME_WORD.fullmatch(x) for x in words[:i]) or any(
                    x.lower() in _RELATIVES or x.lower() in ("if", "whether") or _adverb_or_participle(x.lower())
                    for x in words[1:i]):
                return ""  # no subject, or a clause before the verb ("Panel noted that there were")
            subject = _clean_phrase(" ".join(words[:i]))
            if not subject or is_poor(subject) or words[0].lower() in _PREPOSITIONS | _PRONOUNS:
                return ""
            return subject
    return ""


#: a sentence that opens by naming its subject: "With regard to persistent absence, ..."
_LEAD_IN = re.compile(
    r"(?i)[\W\d]{0,6}(?:with\s+regard\s+to|in\s+regard\s+to|with\s+respect\s+to|in\s+respect\s+of|in\s+terms\s+of|"
    r"in\s+relation\s+to|regarding|as\s+regards|turning\s+to|on\s+the\s+subject\s+of|as\s+for)\s+"
    r"(?:the\s+)?([^,;:.()]{3,60}?)\s*,"
)


def _lead_in(text: str, sent_start: int, clause_start: int) -> str:
    """The subject a sentence opens with ("In terms of EHCP timeliness, ..."), when the figure is
    in a later clause of it; else ""."""
    m = _LEAD_IN.match(text, sent_start, clause_start + 1)
    if m is None or m.end() > clause_start + 1:
        return ""
    lead = _clean_phrase(m.group(1), 8)
    return "" if is_poor(lead) else lead


#: a clause boundary between a subject's verb and the figure ("were told that", "has been announced ..., with more"):
#: the subject is another clause's
_CLAUSE_BETWEEN = re.compile(r"(?i)[,;:\"“”(]|\s[-–—]\s|\b(?:that|which|who|with|while|whilst|and|but|because|as|if)\b")
