"""(r30phrase) A figure in brackets that restates the quantity before it: "Three-quarters (75%) of requests for EHCPs",
"Warrington has 224 (61.5%) children in care placed in its own provision", "almost all social workers (93%) now have a
caseload below 26", "A small minority (7%) were delayed". The two say one quantity of one measure, so each is read as
the page would read with the other left out: the bracketed figure in the place of the quantity ("75% of requests for
EHCPs ...", "61.5% of children in care placed ...", "93% of social workers now have ..."), and a quantity that is itself
a figure without the bracket ("224 children in care placed ..."). :func:`restated_sentence` builds that sentence;
:func:`.phrase.indicator_phrase_of` reads the figure's phrase in it.
"""

from __future__ import annotations

import re
from typing import Optional

from ..vocab import CHANGE_NOUNS
from .grammar import Hit

#: a quantity, then at most five words (no verb, no punctuation), then "(" at the end of the text before a figure:
#: "Three-quarters (", "224 (", "almost all social workers (", "A small minority (", "206 under-18s ("
_QUANTITY_WORDS = (r"all|most|half|a\s+third|a\s+quarter|a\s+fifth|(?:one|two|three|four)[-\s](?:thirds?|quarters?|fifths?)|"
                   r"(?:the\s+)?(?:vast\s+|large\s+|small\s+|slim\s+|narrow\s+)?(?:majority|minority)")
_HEDGE = r"(?:almost|nearly|about|around|approximately|roughly|over|under|some|just\s+(?:over|under)|more\s+than|less\s+than)\s+"
_NOT_A_NOUN = (r"(?:was|were|is|are|has|have|had|will|would|can|could|may|might|be|been|which|that|who|and|or|but|"
               r"than|to|from|by|in|at|on|with|compared|against|per|a|an)\b")
_RESTATED_LEFT = re.compile(
    rf"(?i)(?:^|(?<=[\s,;:(]))(?P<q>(?:{_HEDGE})?(?:(?:a\s+)?(?:{_QUANTITY_WORDS})|[£$€]?\d[\d,]*(?:\.\d+)?(?:\s*(?:%|per\s+cent|percent|[mk]\b|million|bn|billion))?))"
    rf"(?P<nouns>(?:\s+(?:of\s+(?:the|these|those|our|its|their|all)\s+)?(?!{_NOT_A_NOUN})[A-Za-z][\w'’/-]*){{0,5}})\s*\(\s*$")
#: what must not stand before a number taken as the quantity: it is then a label ("year 6 children (", "Key Stage 2 (")
_LABEL_BEFORE = re.compile(r"(?i)\b(?:year|years|aged|age|ages|stage|ks|tier|level|page|item|section|paragraph|table|"
                           r"appendix|phase|quarter|q|month|week|ward|band|grade|class|group|option|no\.?|number)\s*$")
#: (r30review) "over 16", "under 5" right after a noun is an age bound that names the people ("Children under 5 (12%)
#: were referred", "Pupils over 16 (300) attend"), not a quantity the bracket restates; after a verb or a preposition
#: it is one ("has over 20 (5%) schools")
_AGE_BOUND = re.compile(r"(?i)(?:just\s+)?(?:over|under)\s+(\d{1,2})")
_LAST_WORD = re.compile(r"([A-Za-z'’-]+)\s*$")
_VERB_BEFORE_HEDGE = frozenset(
    "has have had is are was were be been with of for by to from at in on saw see sees supports supported support "
    "reached received receive includes including include and or than".split())
_COUNT_ONLY = re.compile(r"(?i)\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")
_NOUN_NEXT = re.compile(rf"(?i)\s+(?!{_NOT_A_NOUN}|of\b)[a-z]")
#: the close of the bracket right after the figure
_CLOSE = re.compile(r"\s*\)")
#: (r30review) a noun of change right after the bracket: the figures are the size of a change ("a nearly 50% (48.8%)
#: increase in the number of Looked after Children", "a 12% (£3.4m) reduction in spending"), not a share "of" a whole.
#: (r32tidy) The nouns of a change (:data:`analysis.vocab.CHANGE_NOUNS`) but improvement, change, loss, gain and
#: difference (r30review named them not: kept out so that it reads what it read) plus "jump", each with its plural
#: ("growth" has none)
_CHANGE_NOUN_NEXT = re.compile(r"(?i)\s*(?:" + "|".join(sorted(
    w if w == "growth" else w + "s?" for w in CHANGE_NOUNS - {"improvement", "change", "loss", "gain", "difference"}
    | {"jump"})) + r")\b")


#: (r30review) "of" right after the bracket, and a share in the bracket after a sum or a count that is no share: the
#: whole ("of the net budget") is the share's, not the sum's ("The overspend is £3.2m (2.1%) of the net budget", "The
#: deficit stands at £12m (8%) of the DSG allocation", "Savings of £2m (5%) of the budget"): read as before
_OF_AFTER = re.compile(r"(?i)\s*of\s")
_A_SHARE = re.compile(r"(?i)%|per\s*cent|\bpc\b")
_A_SUM = re.compile(r"(?i)^(?:\S+\s+)*[£$€]|\d\s*(?:[mk]|million|bn|billion)$")


def _share_of_whole_after(q: str, bracket: str, nouns: str, rest: str) -> bool:
    """Whether the bracket holds a share whose whole follows it ("of the ..."), after a quantity that is a sum of money
    (no words between): the sum and the share then name different things (see ``_OF_AFTER``). A count keeps the
    restatement: "Around 20 (5%) of the 400 assessments" are 20 of them and 5% of them."""
    return (not nouns.strip() and _OF_AFTER.match(rest) is not None and _A_SHARE.search(bracket) is not None
            and _A_SHARE.search(q) is None and _A_SUM.search(q) is not None)


def _quantity_before(text: str, start: int, sent_start: int) -> tuple[Optional[re.Match], int]:
    """The quantity (and the words after it) that a bracket opening right before ``start`` restates, or None; and
    where the text it was searched in starts."""
    at = max(sent_start, start - 90)
    left = text[at:start]
    m = _RESTATED_LEFT.search(left)
    if m is None or _LABEL_BEFORE.search(left, 0, m.start("q")):
        return None, at
    if (age := _AGE_BOUND.fullmatch(m.group("q"))) is not None and int(age.group(1)) <= 25 \
            and (w := _LAST_WORD.search(left, 0, m.start("q"))) is not None \
            and w.group(1).lower() not in _VERB_BEFORE_HEDGE:
        return None, at  # (r30review) an age bound after its noun: "Children under 5 (12%)", "Pupils over 16 (300)"
    return m, at


def restated_sentence(text: str, h: Hit, unit: str, sent_start: int, sent_end: int) -> Optional[tuple[str, Hit, str]]:
    """The sentence of the figure ``h`` with a restatement in brackets undone (the module's doc), the hit to read in it
    and its unit (a share in brackets after a bare count, before the counted noun, is read as that count: its hit and
    "count"); None where the figure is neither such a bracket nor the quantity it restates.

    >>> t = "Three-quarters (75%) of requests for EHCPs were agreed."
    >>> s, h2, _ = restated_sentence(t, Hit(16, 19, "figure", "num", [75.0]), "percent", 0, len(t))
    >>> s, s[h2.start:h2.end]
    ('75% of requests for EHCPs were agreed.', '75%')
    >>> t = "Warrington has 224 (61.5%) children in care placed in its own provision."
    >>> restated_sentence(t, Hit(20, 25, "figure", "num", [61.5]), "percent", 0, len(t))
    ('Warrington has 224 children in care placed in its own provision.', Hit(start=15, end=18, kind='figure', group='num', values=[61.5]), 'count')
    >>> restated_sentence(t, Hit(15, 18, "figure", "num", [224.0]), "count", 0, len(t))[0]
    'Warrington has 224 children in care placed in its own provision.'
    >>> restated_sentence("Bolton (26.7%) and Leeds (23.7%) had more.", Hit(8, 13, "figure", "num", [26.7]), "percent", 0, 41)
    """
    end = sent_end if sent_end >= 0 else min(len(text), h.end + 300)
    if len(_BRACKET_FIGURE.findall(text, sent_start, end)) > 2:
        return None  # a list of such pairs ("1,886 (88%) received ..., 160 (7%) their second preference"): left as read
    if text[h.start - 1:h.start] == "(" or text[h.start - 2:h.start] == "( ":
        close = _CLOSE.match(text, h.end)
        m, at = _quantity_before(text, text.rfind("(", 0, h.start) + 1, sent_start) if close else (None, 0)
        if m is None:
            return None
        q_start = at + m.start("q")
        nouns = m.group("nouns")
        rest = text[close.end():end]
        q = m.group("q")
        if _share_of_whole_after(q, text[h.start:h.end], nouns, rest):
            return None  # (r30review) "The overspend is £3.2m (2.1%) of the net budget": the whole is the share's
        if unit == "percent" and not nouns.strip() and _COUNT_ONLY.fullmatch(q) and _NOUN_NEXT.match(rest):
            # "49 (13.5%) children were placed in Children's Homes": the share of what the count counts, read as the
            # count is ("49 children were placed ..."), one quantity of one measure
            q_at = at + m.start("q") - sent_start
            s2 = text[sent_start:at + m.end("q")] + rest
            return s2, Hit(q_at, q_at + len(q), h.kind, "num", h.values), "count"
        noun_next = nouns.strip() or (_NOUN_NEXT.match(rest) and not _CHANGE_NOUN_NEXT.match(rest))
        glue = " of" if unit == "percent" and noun_next and not (nouns or rest).lstrip().lower().startswith("of ") else ""
        head = text[sent_start:q_start]
        fig = text[h.start:h.end]
        s = head + fig + glue + nouns + rest
        return s, Hit(len(head), len(head) + len(fig), h.kind, h.group, h.values), unit
    # the quantity itself, a figure: the bracket after it (and its words) left out
    k = text.find("(", h.end, min(end, h.end + 60))
    if k < 0:
        return None
    br = _BRACKET_FIGURE.match(text, k)
    if br is None:
        return None
    m, at = _quantity_before(text, k + 1, sent_start)
    if m is None:
        return None
    if at + m.start("q") > h.start or at + m.end("q") < h.end:
        return None  # the quantity the bracket restates is not this figure
    if _share_of_whole_after(m.group("q"), br.group(0), m.group("nouns"), text[br.end():end]):
        return None  # (r30review) "The overspend is £3.2m (2.1%) of the net budget": the whole is the share's
    head = text[sent_start:k].rstrip()
    s = head + text[br.end():end]
    return s, Hit(h.start - sent_start, h.end - sent_start, h.kind, h.group, h.values), unit


#: a bracket that holds one figure alone: "(61.5%)", "(889)", "(51.6 per cent)", "(£251 million)"
_BRACKET_FIGURE = re.compile(
    r"\((?!\s*(?:19|20)\d\d\s*\))\s*[£$€]?\d[\d,]*(?:\.\d+)?\s*(?:%|per\s+cent|percent|[mk]\b|million|bn|billion|pc)?\s*\)",
    re.I)  # (not a year alone: "50 (2019)")
