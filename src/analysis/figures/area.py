"""Is a figure about a part of the council's area? (The ``part_of_area`` kind of the ``reference`` column, r42area.)

A council's minutes give, next to its whole area's values, values of one part of it: a locality, district, ward or
hub ("the North locality had 45 open cases", "684 children in the Carlisle district", "48% of cases were within the
Carlisle locality area"), a compass part ("in the south of the county, 30 children ..."), a town or district named
after "in" ("57.7 births per 1,000 in Welwyn Hatfield to 73 per 1,000 in Watford", "two in Huyton and one in
Kirkby"). Beside another council's whole-area value such a figure misleads, so the figures stage marks it
``part_of_area`` (:func:`part_named` names the part) and the compare stage never shows it as the council's value (a marked
``reference`` is a comparison point there: :func:`analysis.compare.is_comparison_point`).

Precision first (a false mark removes a council's own value from the comparison), so a part is read only from the
figure's own clause (its words before it back to the clause's start or the previous number, or its place right after
it), in three shapes:

* an area noun with a compass word or a place's name: "the North locality", "Carlisle district", "the south-west
  area", "the East team" (the nouns of ``words.area_nouns``; those of ``words.area_compass_nouns``, "hub" and "team",
  only after a compass word: "the Family Hub" is a body, "the Conect team" a team's name). Not the council's own name
  ("the Wakefield district", "the Cumbria area"), another council's, a region's ("the North East area"), nor a
  name holding a word of ``words.not_place_words`` ("the Local Area", "the Central Planning area"), nor a noun before
  "Council" ("Carlisle District Council" is a body);
* a compass part of the council's area: "in the south of the county", "across the north of Lancashire";
* "in <Name>" right at the figure ("In South Lakeland the figure is 67", "73 per 1,000 in Watford") for a name that is
  not the council's, no council's of ``data/councils.csv``, no benchmark's and holds no word of
  ``words.not_place_words``, when another cue agrees: the document names it with an area noun elsewhere ("the
  Carlisle locality": :func:`area_names`), the sentence names the council itself ("Cumberland has seen a 195%
  increase ..., specifically in Carlisle ... 300%"), or the sentence lists another such place with a value ("two in
  Huyton and one in Kirkby").

A name made only of words the document also writes in lower case is a common word with a capital, not a place ("In
Fostering 45 children ... across the county", "In Addition, 45", "the Improvement area"; r42review,
:func:`lower_case_words`): a town's name is not written in lower case.

(r43area) A place as its value's subject or owner is a part when a cue agrees (:func:`_owner_part`): the clause opens
with it and a verb of having ("Copeland has 130 children in care", "but Allerdale has the highest with 160"), or it
stands right before the value with "on", "at" or "with" ("just ahead of Carlisle on 150"), and the document names it
with an area noun, or the sentence names the council or its whole area ("Barrow has among the highest rates in Cumbria
with 150"), or another place with a value ("Copeland has 130 ..., but Allerdale has ..."); a value right after a name
alone ("Allerdale 160, Carlisle 150") only when the document names the place with an area noun (a table's row labels
are no places). A sentence's first word has a capital whatever it is ("There has also been", "As at 31st March"), so
there a name must be one the document also writes with a capital inside a sentence (:func:`inside_capitalised_words`).

A part named only in an earlier sentence, or as a subject with no cue ("Richmondshire had 45" alone), is not read: the
words alone cannot tell a town from a person or a body.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from collections.abc import Iterable, Iterator

from ..vocab import month_alternation
from .grammar import fold
from .places import BODY_WORDS, GROUP_WORDS
from .reference import _NUMBER, REGION_NOUN, DocumentRef, _councils, _left_start, normalised_council, rule_benchmarks

if TYPE_CHECKING:
    from .rules import FigureRules

__all__ = ["area_names", "inside_capitalised_words", "lower_case_words", "part_named"]

#: A compass word (lower case; regex text): "north", "south-west", "northern", "central".
_COMPASS = r"(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west|(?:north|south|east|west)ern|central)"
_COMPASS_RE = re.compile(rf"(?i:{_COMPASS})")
#: A compound compass word, also the name of a region ("the North East area" may be the region's).
_COMPOUND = re.compile(r"(?i:(?:north|south)[\s-]?(?:east|west))")
#: A capitalised name word ("Carlisle", "Welwyn", "O'Neill"), or glue between two of them ("Barrow-in-Furness",
#: "Kingston upon Thames", "Telford and Wrekin").
_NAME_WORD = re.compile(r"[A-Z][a-z][\w'’]*|[A-Z]")
_GLUE = frozenset({"and", "upon", "on", "in", "under", "le", "with", "of", "&"})
#: Words a name's run stops at: "The North locality" is "North".
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "our", "its", "their", "within", "across", "for"})
#: A compass part of the area: "in the south of the county", "across the north of Lancashire", "the eastern part of the
#: borough" (group ``whole``: the whole it is part of, a common noun or a name).
_PART_PREPOSITIONS = r"(?:in|across|within|throughout|for|from)"
_COMPASS_PART = re.compile(
    rf"\b{_PART_PREPOSITIONS}\s+the\s+(?:far\s+)?{_COMPASS}(?:\s+(?:part|half|side|end|edge))?\s+of\s+"
    r"(?:the\s+)?(?P<whole>(?i:county|borough|city|district|authority|area)\b|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)", re.I)
#: (r45speed) how a :data:`_COMPASS_PART` match opens, in :func:`.grammar.fold`'s lower case: where one can start in a
#: long stretch of text (:func:`_compass_parts`)
_COMPASS_PART_OPENING = re.compile(rf"{_PART_PREPOSITIONS}\s+the\s+")
#: (r45speed) the shortest stretch of text that :func:`_area_phrases` scans from the places its words occur (found in the
#: folded text) rather than by trying its patterns at every character: a whole document (:func:`area_names`)
_LONG_WINDOW = 1000
#: "in" and a name right after it: "in Watford", "In South Lakeland" (the name is read word by word).
_IN_NAME = re.compile(r"(?<![\w-])(?i:in)\s+(?=[A-Z])")
#: Where a figure's clause ends for the words after it (as :data:`.reference._RIGHT_BREAK`, without "and", which
#: joins a value's place to it in a list: "two in Huyton and one in Kirkby" reads "in Huyton" for "two").
_RIGHT_BREAK = re.compile(r",(?!\d)|[;:()]|\s[-–—]\s|\s(?:but|while|whilst|whereas|compared|which|than)\s", re.I)
#: What may stand between a figure and its place after it: a rate's base ("per 1,000"), words, no other number.
_PER_BASE = re.compile(r"\bper\s+\d[\d,]*\b", re.I)
#: The ages of the people a figure counts ("16 to 17 year-old cases", "aged 0-25"): no other value.
_AGES = re.compile(r"\b(?:aged\s+)?\d{1,2}\s*(?:to|-|–)\s*\d{1,2}[\s-]*(?:year|yr)s?(?:[\s-]*olds?)?\b|\baged\s+\d{1,2}\b", re.I)
#: How far (characters) a part's phrase may stand from its figure.
_REACH = 90
#: Words between a place before a figure and the figure that start another clause: the place is not the figure's
#: ("The free school application was successful in Salisbury and £33 million was approved").
_OTHER_CLAUSE = re.compile(r"\b(?:and|or|but|so|then|after|before|where|when|while|whilst|as|because)\b|[,;:(]", re.I)
#: The words a sentence points at the whole council with (a cue that a place after "in" is a part of it).
_WHOLE_POINTER = re.compile(r"\b(?:the|our|this)\s+(?:county|borough|city)\b|\bcounty[-\s]?wide\b|\bborough[-\s]?wide\b",
                            re.I)
#: A preposition of place right before an area phrase after a figure ("45 open cases in the North locality").
_PLACE_PREP = re.compile(r"\b(?:in|across|within|throughout|for|from|at|of)\s+(?:the\s+)?$", re.I)


class _Words:
    """The rules' word lists this module reads, with their patterns (:func:`_words`)."""

    def __init__(self, area_nouns: tuple[str, ...], compass_nouns: tuple[str, ...], not_place: frozenset[str]):
        self.not_place = not_place
        self.area_nouns = frozenset(area_nouns)
        self.compass_nouns = frozenset(compass_nouns)
        nouns = sorted(self.area_nouns | self.compass_nouns, key=lambda w: (-len(w), w))
        self.noun = re.compile(r"(?<![\w-])(?i:" + "|".join(map(re.escape, nouns)) + r")(?![\w-])") if nouns else None
        #: (r45speed) the nouns as :func:`.grammar.fold` writes them, when all are ASCII (where :data:`noun` can match
        #: in a long stretch: :func:`_noun_matches`); else None (the pattern is tried at every character)
        self.folded_nouns = tuple(sorted({n.lower() for n in nouns})) if all(n.isascii() for n in nouns) else None
        #: (speed) the nouns without the check after them: in a longer stretch of text than a window it finds every noun
        #: the window's end may cut (:func:`_may_name_part`)
        self.noun_open = re.compile(r"(?<![\w-])(?i:" + "|".join(map(re.escape, nouns)) + r")") if nouns else None


@lru_cache(maxsize=8)
def _words(area_nouns: tuple[str, ...], compass_nouns: tuple[str, ...], not_place: frozenset[str]) -> _Words:
    return _Words(area_nouns, compass_nouns, not_place)


def _rule_words(rules: FigureRules) -> _Words:
    return _words(rules.area_nouns, rules.area_compass_nouns, rules.not_place_words)


def _name_before(text: str, lo: int, at: int) -> tuple[int, str] | None:
    """The run of capitalised name words (with glue words between) that ends right before ``text[at:]`` (only spaces
    between), not before ``lo``: its start and its words ("the Carlisle locality" at "locality": "Carlisle").

    >>> t = "within the Barrow in Furness area"
    >>> _name_before(t, 0, t.index("area"))
    (11, 'Barrow in Furness')
    >>> _name_before("the north area", 0, 10) is None
    True
    """
    words: list[tuple[int, str]] = []
    i = at
    while True:
        j = i
        while j > lo and text[j - 1] in " \t-":
            j -= 1
        if j == i and i != at:
            break
        k = j
        while k > lo and (text[k - 1].isalnum() or text[k - 1] in "'’&"):
            k -= 1
        w = text[k:j]
        if not w:
            break
        if _NAME_WORD.fullmatch(w) is None and w.lower() not in _GLUE or w.lower() in _ARTICLES:
            break
        words.append((k, w))
        i = k
    while words and words[-1][1].lower() in _GLUE:  # (a run never opens with glue: "and Carlisle")
        words.pop()
    if not words or words[0][1].lower() in _GLUE:
        return None
    return words[-1][0], " ".join(w for _, w in reversed(words))


def _normal(name: str) -> list[str]:
    """A name's words for matching (lower case, letters and digits)."""
    return re.sub(r"[^a-z0-9 ]", " ", name.lower().replace("&", " and ")).split()


def _is_own(name: str, doc: DocumentRef) -> bool:
    """Is ``name`` the council's own name, holds it ("Cumbria County", "the Wakefield district") or is a part of it
    ("Stoke" of Stoke-on-Trent, "Westmorland" of Westmorland and Furness)?

    >>> from .reference import document_ref
    >>> d = document_ref("Stoke-on-Trent City Council")
    >>> [_is_own(n, d) for n in ("Stoke", "Stoke-on-Trent", "Stoke on Trent City", "Hanley")]
    [True, True, True, False]
    """
    n = _normal(name)
    padded = f" {' '.join(n)} "
    for own in doc.own or ():
        o = normalised_council(own).split()
        if f" {' '.join(o)} " in padded or set(n) <= set(o):
            return True
    return False


def _compass_own(name: str, doc: DocumentRef) -> bool:
    """Is ``name`` a compass word before the council's own name, and no council's name itself ("North Suffolk" of
    Suffolk's minutes; not "North Yorkshire", a council)?

    >>> from .reference import document_ref
    >>> [_compass_own(n, document_ref("Suffolk")) for n in ("North Suffolk", "Suffolk")]
    [True, False]
    >>> _compass_own("West Northamptonshire", document_ref("Northamptonshire"))
    False
    """
    m = re.match(rf"(?i:{_COMPASS})[\s-]+", name)
    if m is None or not _is_own(name[m.end():], doc):
        return False
    return normalised_council(name) not in _councils().entry


def lower_case_words(doc_text: str) -> frozenset[str]:
    """(r42review) The words ``doc_text`` writes in lower case at least once (:attr:`.reference.DocumentRef.common`).

    >>> sorted(lower_case_words("In Fostering, 45 children. The fostering service's carers; Preston."))
    ['carers', 'children', 'fostering', 'service']
    """
    return frozenset(_LOWER_CASE_WORD.findall(doc_text))


#: (r45speed) a word in lower case: ``(?<![\w'’-])[a-z]+(?![\w-])`` with its look-behind moved after the first letter
#: (the same character before the word tested), so that the scan jumps to lower-case letters first
_LOWER_CASE_WORD = re.compile(r"[a-z](?<![\w'’-][a-z])[a-z]*(?![\w-])")


def inside_capitalised_words(doc_text: str) -> frozenset[str]:
    """(r43area) The words ``doc_text`` writes with a capital right after a lower-case word (inside a sentence) at least
    once, lower case (:attr:`.reference.DocumentRef.inside`): a name's words, not a sentence's first word.

    >>> sorted(inside_capitalised_words("There are 45. Rates in Barrow and Copeland rose. As at the end of March, Barrow had 12."))
    ['barrow', 'copeland', 'march']
    """
    return frozenset(w.lower() for w in _INSIDE_CAPITALISED.findall(doc_text))


#: (r45speed) a capitalised word right after a lower-case word and a space: ``(?<=[a-z] )[A-Z][a-z][\w'’]*`` with its
#: look-behind moved after the capital (the same three characters tested), so that the scan jumps from capital to
#: capital instead of testing the look-behind at every character
_INSIDE_CAPITALISED = re.compile(r"[A-Z](?<=[a-z] [A-Z])[a-z][\w'’]*")


def _common_words_only(name: str, doc: DocumentRef) -> bool:
    """(r42review) Is ``name`` made only of words its document also writes in lower case (``doc.common``), glue and
    compass words aside: a common word with a capital ("In Fostering 45 children", "In Addition, 45", "the Improvement
    area"), not a place's name ("Preston", "Welwyn Hatfield", "South", "North Suffolk": a place's own word is not
    written in lower case)?

    >>> from .reference import DocumentRef
    >>> d = DocumentRef(frozenset({"Lancashire"}), None, common=frozenset({"fostering", "in", "the", "south"}))
    >>> [_common_words_only(n, d) for n in ("Fostering", "Preston", "South", "South Ribble", "Fostering and Preston")]
    [True, False, False, False, False]
    """
    own = [w for w in _normal(name) if w not in _GLUE and _COMPASS_RE.fullmatch(w) is None]
    return bool(own) and all(w in doc.common for w in own)


def _is_place(name: str, doc: DocumentRef, words: _Words, rules: FigureRules) -> bool:
    """Is ``name`` a place inside the council's area, as far as the words tell: not the council's own name nor part of
    it (:func:`_is_own`), no council's of ``data/councils.csv``, no benchmark's (a region, the country), no acronym,
    no word of ``words.not_place_words``, not only words its document writes in lower case too
    (:func:`_common_words_only`, r42review)?"""
    if doc.own is None:
        return False  # (the council is not known: its own name cannot be told from a part's)
    toks = name.split()
    if any(t.lower().strip("'’") in words.not_place or (t.isupper() and len(t) > 1) for t in toks):
        return False
    if not _normal(name) or _common_words_only(name, doc):
        return False
    if _is_own(name, doc):
        return _compass_own(name, doc)
    table = _councils()
    if normalised_council(name) in table.entry or table.pattern.search(name) is not None:
        return False
    return rule_benchmarks(rules).anywhere.match(name) is None


def _folded_window(text: str, lo: int, hi: int) -> str | None:
    """(r45speed) :func:`.grammar.fold` of ``text[lo:hi]`` when that stretch is at least :data:`_LONG_WINDOW` long and
    folding keeps every character in its place (the same length), else None."""
    if hi - lo < _LONG_WINDOW:
        return None
    folded = fold(text[lo:hi])
    return folded if len(folded) == hi - lo else None


def _matches_from(pattern: re.Pattern[str], text: str, lo: int, hi: int, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    r"""(r45speed) The matches of ``pattern.finditer(text, lo, hi)`` for a pattern that matches no empty string, given
    ``starts``: ascending places in ``[lo, hi)`` that include every place where a match can start (more do no harm).
    finditer tries every place from the end of its last match; a place that is not in ``starts`` has no match, so the
    first place of ``starts`` there where the pattern matches is where finditer finds its next match, and the same one
    (``pattern.match`` with the same end; its look-behinds and ``\b`` see the text before ``lo`` as finditer's do).

    >>> p = re.compile(r"(?<!\w)ab+")
    >>> t = "ab xab abb ab"
    >>> [m.span() for m in _matches_from(p, t, 0, len(t), [0, 4, 7, 11])] == [m.span() for m in p.finditer(t)]
    True
    """
    end = lo
    for at in starts:
        if at < end:
            continue  # (inside the last match)
        m = pattern.match(text, at, hi)
        if m is not None:
            yield m
            end = m.end()


def _noun_matches(words: _Words, text: str, lo: int, hi: int, folded: str | None) -> Iterable[re.Match[str]]:
    """(r45speed) ``words.noun.finditer(text, lo, hi)``; with ``folded`` (:func:`_folded_window`) and nouns all ASCII,
    tried only where the folded stretch holds a noun: a case-insensitive match of an ASCII word is one there."""
    assert words.noun is not None
    if folded is None or words.folded_nouns is None:
        return words.noun.finditer(text, lo, hi)
    starts = set()
    for noun in words.folded_nouns:
        at = folded.find(noun)
        while at >= 0:
            starts.add(lo + at)
            at = folded.find(noun, at + 1)
    return _matches_from(words.noun, text, lo, hi, sorted(starts))


def _compass_parts(text: str, lo: int, hi: int, folded: str | None) -> Iterable[re.Match[str]]:
    r"""(r45speed) ``_COMPASS_PART.finditer(text, lo, hi)``; with ``folded`` (:func:`_folded_window`), tried only where
    :data:`_COMPASS_PART_OPENING` matches the folded stretch (its opening words in lower case: each match opens so,
    and an opening that finditer's scan of the folded text passes over, inside another, is inside a word, where
    ``\b`` fails)."""
    if folded is None:
        return _COMPASS_PART.finditer(text, lo, hi)
    return _matches_from(_COMPASS_PART, text, lo, hi, (lo + m.start() for m in _COMPASS_PART_OPENING.finditer(folded)))


def _area_phrases(text: str, lo: int, hi: int, doc: DocumentRef, rules: FigureRules) -> list[tuple[int, int, str]]:
    """The area phrases of ``text[lo:hi]``: start, end and name of each area noun with a compass word or a place's
    name before it ("the North locality", "Carlisle district"; :mod:`module docs <analysis.figures.area>`), and of
    each compass part ("in the south of the county")."""
    words = _rule_words(rules)
    out: list[tuple[int, int, str]] = []
    folded = _folded_window(text, lo, hi)  # (r45speed: a long stretch, a whole document, is scanned from its words)
    if words.noun is not None:
        for m in _noun_matches(words, text, lo, hi, folded):
            noun = m.group().lower()
            if re.match(r"\s+(?:Council|Councils|Authority)\b", text[m.end():m.end() + 20]) or \
                    m.group()[:1].isupper() and re.match(r"[ \t]+[A-Z]", text[m.end():m.end() + 3]):
                continue  # "Carlisle District Council": a body; "Joint Targeted Area Inspection": a longer name
            if m.group()[:1].isupper() and noun == "ward" and not re.search(r"\bthe\s+\S+\s+$", text[max(lo, m.start() - 40):m.start()]):
                continue  # ("Sandra Ward said": a surname)
            named = _name_before(text, lo, m.start())
            if named is not None and _COMPASS_RE.fullmatch(named[1].replace("-", " ")) is None:
                if noun in words.compass_nouns or not _is_place(named[1], doc, words, rules):
                    continue
                out.append((named[0], m.end(), named[1]))
                continue
            c = re.search(rf"(?<![\w-]){_COMPASS}[\s-]+$", text[max(lo, m.start() - 20):m.start()], re.I)
            if c is None:
                continue
            cs = max(lo, m.start() - 20) + c.start()
            compass = c.group().strip(" -")
            if noun == REGION_NOUN and _COMPOUND.fullmatch(compass.replace("-", " ").replace("  ", " ")):
                continue  # "the North East area": maybe the region
            if re.search(rf"(?i:{_COMPASS})\s*(?:,|\band\b|\bor\b|/)\s*$", text[max(lo, cs - 25):cs]):
                continue  # "the central, southeast, west and north localities": every part, a list
            if re.search(r"[A-Z]", text[max(lo, cs - 2):cs]):
                continue
            before = text[max(lo, cs - 15):cs]
            if re.search(r"[A-Z][\w'’]*\s+$", before) and not re.search(r"(?i:\b(?:the|in|of|for|across|within))\s+$", before):
                continue  # "Barnsley North area": a name's part
            out.append((cs, m.end(), compass))
    for m in _compass_parts(text, lo, hi, folded):
        whole = m.group("whole")
        if whole[:1].isupper() and whole.lower() not in ("county", "borough", "city", "district", "authority", "area") \
                and not _is_own(whole, doc):
            continue  # ("in the north of England": the country's part)
        out.append((m.start(), m.end(), whole))
    return out


def _in_names(text: str, lo: int, hi: int, doc: DocumentRef, rules: FigureRules) -> list[tuple[int, int, str]]:
    """The places after "in" of ``text[lo:hi]`` (:func:`_is_place`): start (of "in"), end and name; not after a
    capitalised word ("Vyners School in Ickenham": a building's place; "Barrow in Furness": a name's part)."""
    words = _rule_words(rules)
    out = []
    for m in _IN_NAME.finditer(text, lo, hi):
        if re.search(r"[A-Z][\w'’]*\s+$", text[max(lo, m.start() - 30):m.start()]) and m.start() > lo:
            prev = re.search(r"(\S+)\s+$", text[max(lo, m.start() - 30):m.start()])
            if prev is not None and not prev.group(1).endswith((".", ",")) and not re.fullmatch(r"(?i:in|and)", prev.group(1)):
                continue
        named = _name_after(text, m.end())
        if named is not None and _is_place(named[0], doc, words, rules):
            out.append((m.start(), named[1], named[0]))
    return out


def _name_after(text: str, k: int) -> tuple[str, int] | None:
    """The run of capitalised name words (with glue words between, not "in") that starts at ``text[k:]``, within 60
    characters: its words and its end; ``None`` when none starts there.

    >>> _name_after("In South Lakeland the figure is 67", 3), _name_after("the figure", 0)
    (('South Lakeland', 17), None)
    """
    toks: list[tuple[str, int]] = []  # (word, its end)
    pos = 0
    for w in re.finditer(r"([\w'’&]+)(?:[ \t-]+|(?![\w'’&]))", text[k:k + 60]):
        t = w.group(1)
        if w.start() != pos:  # (a comma or a full stop ends the name)
            break
        pos = w.end()
        if _NAME_WORD.fullmatch(t) or (toks and t.lower() in _GLUE and t.lower() != "in"):
            toks.append((t, k + w.start(1) + len(t)))
            continue
        break
    while toks and toks[-1][0].lower() in _GLUE:
        toks.pop()
    if not toks:
        return None
    return " ".join(t for t, _ in toks), toks[-1][1]


def area_names(doc_text: str, doc: DocumentRef, rules: FigureRules) -> frozenset[str]:
    """The places a document names as a part of its council's area with an area noun ("the Carlisle locality", "the
    Barrow area"; :func:`_area_phrases`), lower case: a cue that "in Carlisle" at a figure is a part's value.

    >>> from .reference import document_ref
    >>> from .rules import load_rules
    >>> sorted(area_names("Cases in the Carlisle locality rose. The Wakefield district ...", document_ref("Cumberland"),
    ...                   load_rules()))
    ['carlisle']
    """
    if doc.own is None:
        return frozenset()
    return frozenset(" ".join(_normal(n)) for _, _, n in _area_phrases(doc_text, 0, len(doc_text), doc, rules)
                     if not _COMPASS_RE.fullmatch(n.replace("-", " ")))


def _clause_left(text: str, ss: int, start: int) -> int:
    """Where the figure's clause starts on its left (:func:`.reference._left_start`: after the last number and clause
    break), and no further than :data:`_REACH` characters."""
    return max(_left_start(text, ss, start)[0], start - _REACH)


def _clause_right(text: str, se: int, end: int) -> int:
    """Where the figure's words after it end: a clause break, another number (not a rate's base: "73 per 1,000 in
    Watford"), :data:`_REACH` characters."""
    window = _PER_BASE.sub(lambda m: "x" * len(m.group()), text[end:min(se, end + _REACH)])
    window = _AGES.sub(lambda m: "x" * len(m.group()), window)
    brk = _RIGHT_BREAK.search(window)
    if brk is not None:
        window = window[:brk.start()]
    nxt = re.search(r"\d", window)
    return end + (nxt.start() if nxt is not None else len(window))


def part_named(text: str, ss: int, se: int, start: int, end: int, doc: DocumentRef | None, *,
               rules: FigureRules) -> str | None:
    """The words that name the part of the council's area the figure at ``text[start:end]`` is about ("North
    locality", "Carlisle district", "south of the county", "Watford"), ``None`` when it is no part's value: the
    module's three shapes, in the figure's own clause of the sentence ``text[ss:se]``. ``doc``: the document's council
    and the places it names as parts (:func:`.reference.document_ref`, :func:`area_names`); ``rules``: the word lists.
    (r47dead: the one test of a part; round 42's ``part_of_area``, this ``is not None``, had no caller.)

    >>> from .reference import document_ref
    >>> from .rules import load_rules
    >>> s = "Cases in Cumberland rose by 195%, specifically in Carlisle which has seen a 300% increase."
    >>> part_named(s, 0, len(s), s.index("300%"), s.index("300%") + 4, document_ref("Cumberland"), rules=load_rules())
    'Carlisle'
    >>> d, r = document_ref("Lancashire"), load_rules()
    >>> def part(s, x): return part_named(s, 0, len(s), s.index(x), s.index(x) + len(x), d, rules=r)
    >>> part("The North locality had 45 open cases.", "45"), part("There were 45 open cases in the borough.", "45")
    ('North locality', None)
    >>> part("In the south of the county, 30 children were placed.", "30"), part("Lancashire had 30 children.", "30")
    ('south of the county', None)
    """
    if doc is None:
        return None
    if not _may_name_part(text, ss, se, start, end, _rule_words(rules)):
        return _owner_part(text, ss, se, start, end, doc, rules)
    lo = _clause_left(text, ss, start)
    hi = _clause_right(text, se, end)
    # an area phrase in the clause before the figure, or as its place right after it
    for a, b, _ in _area_phrases(text, lo, start, doc, rules):
        if not re.search(r"(?i:\bthan\b|\bcompared\b|\bversus\b|\bunlike\b)", text[b:start]):
            return _phrase_words(text, a, b)
    for a, b, _ in _area_phrases(text, end, hi, doc, rules):
        if _next_values_place(text, end, a, b, se):
            continue
        if _PLACE_PREP.search(text, max(end, a - 20), a) is not None or text[a:a + 3].lower() in ("in ", "acr", "wit", "thr", "for", "fro"):
            return _phrase_words(text, a, b)
    # "in <Name>" right at the figure, with another cue
    places = _in_names(text, lo, start, doc, rules)
    near = None
    if places:
        a, b, name = places[-1]
        between = text[b:start]
        if not _OTHER_CLAUSE.search(between.lstrip(", ")) or re.fullmatch(r"\s*,\s*", between):
            near = (a, b, name)
    if near is None:
        after = [p for p in _in_names(text, end, hi, doc, rules) if not _next_values_place(text, end, p[0], p[1], se)]
        if after:
            near = after[0]
    if near is None or not _cue(text, ss, se, near, doc, rules):
        return _owner_part(text, ss, se, start, end, doc, rules)
    return near[2]


#: (r43area) A verb of having right after a place that is its clause's subject ("Copeland has 130 children in care",
#: "Allerdale has the highest with 160", "Barrow-in-Furness had 45"), not "has been" ("There had been a movement of
#: £200k", "There has also been").
#: (r44values) An aside may stand between the subject and its verb, set off by commas: "Earley, for example, has 58
#: unallocated Reception class places" (Wokingham r26blindN), "Allerdale, by contrast, had 160".
_HAVING = re.compile(r"(?:\s*,\s*(?i:for\s+example|for\s+instance|by\s+contrast|in\s+contrast|in\s+particular|meanwhile"
                     r"|however|though|too|also)\s*,)?"
                     r"\s+(?:has|had|have|saw|sees|recorded|records)\b(?!(?:\s+\w+){0,2}?\s+been\b)")
#: (r44values) The aside of a subject given as an example ("Earley, for example, has 58"): with an area noun earlier in
#: its sentence ("other areas ... have a significant number of surplus places"), the place is one of those areas
_EXAMPLE_ASIDE = re.compile(r"\s*,\s*(?i:for\s+example|for\s+instance)\s*,")
#: (r43area) What may open a clause before its subject: punctuation, a conjunction ("..., but Allerdale has").
_CLAUSE_OPENING = re.compile(r"[\s,;:(\"“‘'-]*(?:(?i:and|but|while|whilst|whereas)\b[\s,]*)?")
#: (r43area) A preposition between a place and its value ("just ahead of Carlisle on 150", "Watford at 73").
_OWNER_PREP = re.compile(r"\s+(?:on|at|with)\s+(?:just\s+|around\s+|about\s+|nearly\s+|almost\s+)?$")
#: (r43area) What may stand between a place and its value right after it: "Allerdale 160", "Carlisle: 150", "Eden
#: (20)", "Carlisle's 150".
_OWNER_RIGHT_BEFORE = re.compile(r"(?:['’]s?)?\s*(?:[:(]\s*)?$")
#: (r43area) A day of a month after a value: a date ("near the North Pier on 1 November 2003", "As at 31st March").
_DAY = re.compile(rf"(?:st|nd|rd|th)?\s+(?i:{month_alternation(lower=True)})\b")
#: (r43area) The speed gate of the owner shapes: a capitalised word before a verb of having or a preposition.
_OWNER_GATE = re.compile(r"[A-Z][\w'’-]*(?:\s*,[^,\n]{1,20},)?(?:\s+(?:has|had|have|saw|sees|recorded|records|on|at|with)\b)")


def _owner_shape(text: str, ss: int, start: int, doc: DocumentRef, rules: FigureRules) -> tuple[int, int, str, str] | None:
    """(r43area) The place that is the subject or owner of the figure starting at ``text[start:]`` in its clause:
    start, end, name and shape, ``"subject"`` (the clause opens with it and a verb of having: "Copeland has 130",
    "but Allerdale has the highest with 160"), ``"prep"`` (right before the value with "on", "at" or "with": "just
    ahead of Carlisle on 150") or ``"label"`` (right before the value: "Allerdale 160", "Carlisle's 150"); ``None``
    when there is none. The name must be a place (:func:`_is_place`) holding no word of a group of people or a body
    (:data:`.places.GROUP_WORDS`, :data:`.places.BODY_WORDS`: "Boys 45%", "Members had 12"), and a name before the
    value must not follow "the" or "a" ("the Trust on 45": a body). A name that is its sentence's first word must be
    one the document writes with a capital inside a sentence too (``doc.inside``): "There has also been", "As at".

    >>> from .reference import document_ref
    >>> from .rules import load_rules
    >>> s = "Copeland has 130 children in care, but Allerdale has the highest with 160, just ahead of Carlisle on 150."
    >>> d, r = document_ref("Cumbria")._replace(inside=frozenset({"copeland"})), load_rules()
    >>> [_owner_shape(s, 0, s.index(x), d, r)[2:] for x in ("130", "160", "150")]
    [('Copeland', 'subject'), ('Allerdale', 'subject'), ('Carlisle', 'prep')]
    >>> _owner_shape(s, 0, s.index("130"), d._replace(inside=frozenset()), r) is None
    True
    >>> _owner_shape("There had been a movement of £200k.", 0, 29, d, r) is None
    True
    """
    lo = _clause_left(text, ss, start)
    words = _rule_words(rules)
    found = None
    opening = _CLAUSE_OPENING.match(text, lo, start)
    verb = _HAVING.search(text, opening.end(), start) if opening is not None else None
    if verb is not None:
        named = _name_before(text, lo, verb.start())
        if named is not None and named[0] == opening.end():
            found = (named[0], verb.start(), named[1], "subject")
    if found is None:
        prep = _OWNER_PREP.search(text, lo, start)
        at, shape = (prep.start(), "prep") if prep is not None else \
            (lo + _OWNER_RIGHT_BEFORE.search(text[lo:start]).start(), "label")
        named = _name_before(text, lo, at)
        if named is not None and not re.search(r"(?i:\b(?:the|a|an)\s+)$", text[max(lo, named[0] - 5):named[0]]):
            found = (named[0], at, named[1], shape)
    if found is None:
        return None
    name = found[2]
    if not text[ss:found[0]].strip(" \t\"“‘'(-") and _normal(name)[0] not in doc.inside:
        return None  # (a sentence's first word: "There has also been", "As at 31st March")
    if any(w in GROUP_WORDS or w in BODY_WORDS for w in _normal(name)) or not _is_place(name, doc, words, rules):
        return None
    return found


def _owner_part(text: str, ss: int, se: int, start: int, end: int, doc: DocumentRef, rules: FigureRules) -> str | None:
    """(r43area) The place that is the subject or owner of the figure at ``text[start:end]`` (:func:`_owner_shape`)
    when another cue agrees that it is a part of the council's area: the document names it with an area noun
    (``doc.parts``); (r44values) a subject given as an example after an area noun in its sentence ("other areas ... have
    surplus places, in Key Stage 1 Earley, for example, has 58"); or, for a subject or a place before "on", "at" or "with", the sentence names the council or its
    whole area, another place after "in" with a value (:func:`_cue`), or another place as a value's subject or owner
    ("Copeland has 130 children in care, but Allerdale has the highest with 160"). A value right after a name alone
    ("Allerdale 160") needs the document's naming: a table's row labels ("Commissioning 44,025") are not places."""
    if not (doc.parts or _OWNER_GATE.search(text, max(ss, start - _REACH), start)) or _DAY.match(text, end, se):
        return None
    owner = _owner_shape(text, ss, start, doc, rules)
    if owner is None:
        return None
    a, b, name, shape = owner
    key = " ".join(_normal(name))
    if key in doc.parts:
        return name
    if shape == "label":
        return None
    if _cue(text, ss, se, (a, b, name), doc, rules):
        return name
    if shape == "subject" and _EXAMPLE_ASIDE.match(text, b):
        noun = _rule_words(rules).noun_open
        if noun is not None and noun.search(text, ss, a) is not None:
            return name  # (r44values) "other areas ... Earley, for example, has 58": an example of the areas named before
    for n in _NUMBER.finditer(text, ss, se):
        if n.start() == start or n.start() <= b and n.end() >= a:
            continue
        other = _owner_shape(text, ss, n.start(), doc, rules)
        if other is not None and other[3] != "label" and " ".join(_normal(other[2])) != key:
            return name
    return None


def _may_name_part(text: str, ss: int, se: int, start: int, end: int, words: _Words) -> bool:
    """(speed) Whether the sentence ``text[ss:se]`` holds, before the figure at ``text[start:end]`` or after it, an area
    noun, a compass part or "in" and a capital: every shape :func:`part_named` reads starts with one. The figure's
    clause windows lie inside these stretches, so a sentence without any of them holds no part's name (the nouns after
    the figure are sought without the check after them, which a window's end may cut)."""
    left = (words.noun is not None and words.noun.search(text, ss, start) is not None) \
        or _COMPASS_PART.search(text, ss, start) is not None or _IN_NAME.search(text, ss, start) is not None
    return left or (words.noun_open is not None and words.noun_open.search(text, end, se) is not None) \
        or _COMPASS_PART.search(text, end, se) is not None or _IN_NAME.search(text, end, se) is not None


#: (r42review) a conjunction between a figure and a place after it ("45% across the county and in Preston 30%")
_JOINS = re.compile(r"\b(?:and|or|but|while|whilst|whereas)\b", re.I)
#: (r42review) the next value right after a place ("in Preston 30%", "in Preston, it was 30%")
_VALUE_NEXT = re.compile(r"[\s,:]*(?:(?:it|this|there|the\s+figure|the\s+rate)\s+)?(?:(?:is|was|were|are|had|has|stood\s+at)\s+)?"
                         r"[£$€]?\d", re.I)


def _next_values_place(text: str, end: int, a: int, b: int, se: int) -> bool:
    """(r42review) Is the place ``text[a:b]`` after the figure ending at ``end`` the next value's: after a conjunction
    and right before another number ("45% across the county and in Preston 30%": Preston's is 30%, not 45%; "two in
    Huyton and one in Kirkby" keeps Huyton for two)?

    >>> t = "It was 45% across the county and in Preston 30%."
    >>> _next_values_place(t, t.index("45%") + 3, t.index("in Preston"), t.index(" 30%"), len(t))
    True
    >>> t = "There were 45 children and young people in Preston."
    >>> _next_values_place(t, t.index("45") + 2, t.index("in Preston"), t.index("."), len(t))
    False
    """
    return _JOINS.search(text, end, a) is not None and _VALUE_NEXT.match(text, b, se) is not None


def _phrase_words(text: str, a: int, b: int) -> str:
    """An area phrase's words without the preposition and article before them ("in the south of the county": "south
    of the county")."""
    return re.sub(r"^(?i:(?:in|across|within|throughout|for|from)\s+)?(?i:the\s+)?", "", " ".join(text[a:b].split()))


def _cue(text: str, ss: int, se: int, place: tuple[int, int, str], doc: DocumentRef, rules: FigureRules) -> bool:
    """Does another cue agree that the place after "in" (``place``: start, end, name) is a part of the council's area:
    the document names it with an area noun (``doc.parts``), the sentence names the council or points at its whole
    area, or it names another such place after "in" with a value?"""
    name = " ".join(_normal(place[2]))
    if name in doc.parts:
        return True
    table = _councils()
    outside = text[ss:place[0]] + " " * (place[1] - place[0]) + text[place[1]:se]
    for n in table.pattern.finditer(outside):
        if doc.own is not None and table.entry.get(normalised_council(n.group())) in doc.own:
            return True
    if _WHOLE_POINTER.search(outside):
        return True
    for a, b, other in _in_names(text, ss, se, doc, rules):
        if " ".join(_normal(other)) != name and re.search(r"\d", text[max(ss, a - 40):min(se, b + 40)]):
            return True
    return False
