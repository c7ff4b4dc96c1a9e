"""Canonical indicators: which of ``data/indicators.yml`` a figure is, for cross-council comparison.

Two parts, both meant to be tuned:

* **Definitions** - :func:`load_indicators` reads and validates the researcher-editable file: each
  indicator is a concept, a ``what`` (the thing measured) and, where needed, a ``qualifier`` (what
  must be said of it), with the indicator's unit (see the file's header for the format).
* **Classification** - :func:`classify` is the one place that decides a figure's
  ``indicator_id`` from the evidence gathered by the extraction (:class:`Evidence`): the
  indicator phrase and how it was found, the clause, the sentence and the context (segment text
  and heading, agenda item title, committee), the unit and ``per``, the previous figure's id.
  The evidence is read in rings, nearest first; :func:`find_concepts` finds every term of every
  unit-compatible indicator in each ring with one regular expression (a trie of the terms).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import io, paths
from ..clean import split_sentences
from ..errors import ConfigError
from ..vocab import MONTH_NAMES, change_verb_forms, level_verb_alternation, month_alternation
from .places import names_only_a_place, part_only_a_place  # (names_only_a_place: re-exported, its old home)
from .rules import FigureRules

__all__ = ["Evidence", "Indicator", "IndicatorList", "classify", "expand_acronyms", "find_concepts", "load_indicators", "match_indicator",
           "points_to_new_level", "margin_against_comparator"]

_UNIT_COMPAT = {
    "percent": {"percent", "percentage_points"},
    "count": {"count"},
    "gbp": {"gbp"},
    "rate": {"rate"},
    "weeks": {"weeks", "days", "months"},
    "days": {"days", "weeks", "months"},
}
UNITS = ("count", "percent", "gbp", "days", "weeks", "months", "years", "rate", "percentage_points")
_FIELDS = ("label", "unit", "what", "qualifier", "except", "per", "definition")


@dataclass(frozen=True)
class Indicator:
    """A canonical indicator: a concept (``what`` and optional ``qualifier``) with its unit.

    ``exclude`` are longer terms that contain a ``what`` term but name something else (the file's
    ``except``); ``per`` the required base of the figure ("week").
    """

    id: str
    label: str
    unit: str
    what: tuple[str, ...]
    definition: str
    qualifier: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    per: tuple[str, ...] = ()

    @property
    def phrases(self) -> tuple[str, ...]:
        """Every term of the concept (``what`` then ``qualifier``)."""
        return self.what + self.qualifier


_ARTICLES = re.compile(r"\b(?:a|an|the)\b")
#: (speed) _ARTICLES with each word's first letter first (the boundary before it a look-behind after it): the
#: pattern opens with a choice of two letters, which the engine skips to (the same spans; equivalence test)
_ARTICLES_FAST = re.compile(r"(?:a(?<!\w.)n?|t(?<!\w.)he)\b")
# (speed) _norm_for_match: brackets, colons, semicolons, slashes and dashes become spaces ("’" an
# apostrophe) in one pass
_NORM_CHARS = str.maketrans({"’": "'", "-": " ", "–": " ", **{c: " " for c in "(),:;/"}})


#: (speed) _NORM_CHARS as str.replace calls, each only when its character is there: ``str.translate`` with a
#: dict looks every character up (its one pass cost more than the whole rest of the normalisation)
_NORM_SPACED = tuple(chr(c) for c, r in _NORM_CHARS.items() if r == " ")
_NORM_QUOTE = "’"
_ARTICLE_WORDS = frozenset(("a", "an", "the"))
#: (speed, _normalise of ASCII text) a ``bytes.translate`` table: ASCII capitals lower-cased, the characters of
#: _NORM_SPACED and '"' a space, every other byte itself
_ASCII_NORM = bytes(c + 32 if 65 <= c <= 90 else 32 if chr(c) in '"' + "".join(_NORM_SPACED) else c for c in range(256))
#: (_normalise) a word or words in single quotes (the closing one "’" already "'"); double quote marks
_QUOTED = re.compile(r"(?:‘|(?<!\w)')([^'‘\n]{1,60}?)'(?!\w)")
_QUOTES = re.compile(r"[\"“”]")

#: (_concepts_in) a footnote marker glued to the end of a word of a data page ("there were 1938 children in need4", "within 12
#: months of a previous referral1"): one or two digits after three or more letters
_GLUED_NOTE = re.compile(r"\b([a-z]{3,})\d{1,2}\b")
#: (speed) a necessary condition of _GLUED_NOTE that the engine scans for from digits alone: a digit after three letters
_DIGIT_AFTER_LETTERS = re.compile(r"\d(?<=[a-z]{3}\d)")


def _normalise(s: str) -> str:
    """Lower case, hyphens and brackets as spaces, articles left out (:func:`_norm_for_match` uncached).

    >>> _normalise("admitted into the Care of the local authority")
    'admitted into care of local authority'
    >>> _normalise("the Schools' Forum judged ‘good’ or “outstanding” in the children’s area")
    "schools' forum judged good or outstanding in children's area"
    """
    if s.isascii():
        # (speed) ASCII text: lower case, the characters _NORM_SPACED and '"' (all _QUOTES matches in ASCII) as spaces in
        # one bytes.translate; _QUOTED then reads the same quotes (each of those characters and a space are alike to it:
        # neither a word character, "'" nor a line break), so the order of the two does not matter (equivalence test)
        s = s.encode("ascii").translate(_ASCII_NORM).decode("ascii")
        if "'" in s and s.count("'") > 1:
            s = _QUOTED.sub(r" \1 ", s)
        words = s.split()
        if "".join(words).isalnum():
            return " ".join([w for w in words if w not in _ARTICLE_WORDS])
        return " ".join(_ARTICLES_FAST.sub(" ", s).split())
    s = s.lower()
    if _NORM_QUOTE in s:
        s = s.replace(_NORM_QUOTE, "'")
    # a word in quotes is the word: "judged ‘good’ or ‘outstanding’ by Ofsted", "“good” or better"; an
    # apostrophe inside or after a word stays ("children's", "Schools' Forum")
    if "'" in s and ("‘" in s or s.count("'") > 1):  # (speed) _QUOTED needs a closing "'" and an opening "‘" or "'"
        s = _QUOTED.sub(r" \1 ", s)
    if '"' in s or "“" in s or "”" in s:  # (_QUOTED.sub neither adds nor drops these)
        s = _QUOTES.sub(" ", s)
    for c in _NORM_SPACED:
        if c in s:
            s = s.replace(c, " ")
    words = s.split()
    if "".join(words).isalnum() and s.isascii():
        # (speed) words of ASCII letters and digits only: _ARTICLES matches exactly the words that are an article
        return " ".join([w for w in words if w not in _ARTICLE_WORDS])
    return " ".join(_ARTICLES_FAST.sub(" ", " ".join(words)).split())


#: :func:`_normalise`, memoised (the terms of the indicators file and the texts of load-time checks)
_norm_for_match = lru_cache(maxsize=16384)(_normalise)


def load_indicators(path: str | os.PathLike[str] | None = None) -> IndicatorList:
    """Read and validate the researcher-editable indicators file.

    Each entry: ``id: {label, unit, what: [...], qualifier: [...] (optional), except: [...]
    (optional), per: [...] (optional), definition}`` (see the header of ``data/indicators.yml``).
    Raises :class:`ConfigError` naming the file and the entry when something is missing or wrong.
    """
    p = paths.config_file("indicators.yml", path)
    return _load_indicators_cached(str(p), p.stat().st_mtime_ns if p.exists() else 0)


def _term_list(entry: dict, key: str, where: str, hint: str, required: bool = False) -> tuple[str, ...]:
    value = entry.get(key)
    if value is None and not required:
        return ()
    if isinstance(value, str) and key == "per":
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(x, str) and x.strip() for x in value):
        raise ConfigError(f"{where}: {key} must be a non-empty list of terms, e.g. {key}: [a term, another]; {hint}")
    terms = tuple(x.strip() for x in value)
    for t in terms:
        if not _norm_for_match(t):
            raise ConfigError(f"{where}: the {key} term '{t}' has no words left after articles are ignored; {hint}")
    return terms


#: an indicator id: lower_snake_case
_INDICATOR_ID = re.compile(r"[a-z][a-z0-9_]*")
#: an acronym of the glossary: letters only
_ACRONYM_KEY = re.compile(r"[A-Za-z]{2,10}")


@lru_cache(maxsize=8)
def _load_indicators_cached(p: str, _mtime: int) -> IndicatorList:
    path = Path(p)
    hint = "fix the file (see the comment at its top for the format) and run again"
    data = io.read_config_yaml(path, "indicators", hint)
    if not isinstance(data, dict) or not isinstance(data.get("indicators"), dict) or not data["indicators"]:
        raise ConfigError(f"{path}: expected a top-level 'indicators:' mapping of id -> entry; {hint}")
    out: list[Indicator] = []
    for iid, entry in data["indicators"].items():
        where = f"{path}: indicator '{iid}'"
        if not isinstance(iid, str) or not _INDICATOR_ID.fullmatch(iid):
            raise ConfigError(f"{where}: ids must be lower_snake_case; {hint}")
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: expected a mapping with label, unit, what, definition; {hint}")
        if "phrases" in entry and "what" not in entry:
            raise ConfigError(f"{where}: 'phrases' is the old format: name the thing measured in 'what' "
                              f"(and, where needed, what must be said of it in 'qualifier'); {hint}")
        missing = [k for k in ("label", "unit", "what", "definition") if not entry.get(k)]
        if missing:
            raise ConfigError(f"{where}: missing {', '.join(missing)}; {hint}")
        unknown = set(entry) - set(_FIELDS)
        if unknown:
            raise ConfigError(f"{where}: unknown field(s) {sorted(unknown)} (allowed: {', '.join(_FIELDS)}); {hint}")
        if entry["unit"] not in UNITS:
            raise ConfigError(f"{where}: unit '{entry['unit']}' is not one of {sorted(UNITS)}; {hint}")
        what = _term_list(entry, "what", where, hint, required=True)
        qualifier = _term_list(entry, "qualifier", where, hint)
        exclude = _term_list(entry, "except", where, hint)
        per = _term_list(entry, "per", where, hint)
        for t in exclude:
            nt = f" {_norm_for_match(t)} "
            if not any(f" {_norm_for_match(w)} " in nt for w in what):
                raise ConfigError(f"{where}: the except term '{t}' contains none of its what terms "
                                  f"(except lists longer terms that name something else); {hint}")
        out.append(Indicator(iid, str(entry["label"]), entry["unit"], what, str(entry["definition"]).strip(),
                             qualifier, exclude, per))
    lst = IndicatorList(out, _glossary(data.get("glossary"), path, hint))
    lst.money_roles = _money_roles(data.get("money_roles"), path, hint)
    return lst


#: (round 21) the cue lists of ``money_roles:`` in ``data/indicators.yml`` (see its header) and their defaults
_MONEY_ROLE_KEYS = ("level_before_amount",)


def _money_roles(raw: object, path: Path, hint: str) -> dict[str, tuple[str, ...]]:
    """(round 21) The file's optional ``money_roles:`` (cue list name -> terms), validated; a list left out is empty."""
    if raw is None:
        return {k: () for k in _MONEY_ROLE_KEYS}
    if not isinstance(raw, dict) or set(raw) - set(_MONEY_ROLE_KEYS):
        raise ConfigError(f"{path}: money_roles must be a mapping with the lists {', '.join(_MONEY_ROLE_KEYS)}; {hint}")
    out: dict[str, tuple[str, ...]] = {}
    for k in _MONEY_ROLE_KEYS:
        out[k] = _term_list(raw, k, f"{path}: money_roles", hint) if raw.get(k) is not None else ()
    return out


def _glossary(raw: object, path: Path, hint: str) -> dict[str, str]:
    """The file's optional ``glossary:`` (acronym -> what it stands for), validated."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and _ACRONYM_KEY.fullmatch(k) and isinstance(v, str) and v.strip()
        for k, v in raw.items()
    ):
        raise ConfigError(f"{path}: glossary must map acronyms (letters only) to what they stand for, "
                          f"e.g. UASC: unaccompanied asylum-seeking children; {hint}")
    return {k: v.strip() for k, v in raw.items()}


def expand_acronyms(phrase: str, glossary: dict[str, str]) -> str:
    """``phrase`` with each acronym of ``glossary`` written out, the acronym kept in brackets.

    An acronym already written out beside it ("children looked after (CLA)") is left alone.

    >>> g = {"UASC": "unaccompanied asylum-seeking children", "EHCP": "education, health and care plan"}
    >>> expand_acronyms("UASC", g), expand_acronyms("new EHCPs issued", g)
    ('unaccompanied asylum-seeking children (UASC)', 'new education, health and care plans (EHCPs) issued')
    >>> expand_acronyms("children looked after (CLA)", {"CLA": "children looked after"})
    'children looked after (CLA)'
    """
    if not glossary or not phrase:
        return phrase
    pattern = _glossary_re(tuple(glossary))
    m0 = pattern.search(phrase)
    if m0 is None:
        return phrase
    low = phrase.lower()

    def sub(m: re.Match[str]) -> str:
        full = glossary[m.group(1)]
        if full.lower() in low or phrase[max(0, m.start() - 1):m.start()] == "(":
            return m.group()
        return f"{full}{m.group(2)} ({m.group()})"

    return pattern.sub(sub, phrase)


@lru_cache(maxsize=8)
def _glossary_re(acronyms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(sorted(acronyms, key=len, reverse=True)) + r")(s?)\b")


class IndicatorList(list):  # type: ignore[type-arg]
    """The loaded indicators, with a cache of their concept matchers per unit and ``per``."""

    def __init__(self, items: list[Indicator], glossary: dict[str, str] | None = None) -> None:
        super().__init__(items)
        self.glossary: dict[str, str] = glossary or {}
        #: (round 21) the cue lists of ``money_roles:`` (:func:`level_not_variance`)
        self.money_roles: dict[str, tuple[str, ...]] = {k: () for k in _MONEY_ROLE_KEYS}
        #: (round 21; speed) the longest word of each qualifier term of an indicator, by id (:func:`_may_name_qualifier`)
        self.prefilters: dict[str, tuple[str, ...]] = {}
        self.matchers: dict[tuple[str, str], _Matcher | None] = {}


@dataclass(frozen=True, eq=False)
class _Matcher:
    """Every term of the indicators fitting one unit and ``per``: one trie regex, and for each of its
    groups the ``(indicator index, 'what'|'qualifier', words)`` the term gives (terms inside it included)."""

    indicators: tuple[Indicator, ...]
    pattern: re.Pattern[str]
    gives: dict[str, tuple[tuple[int, str, int], ...]]
    #: (speed) the ids of the indicators with a qualifier
    qualified: frozenset[str] = frozenset()
    #: (speed) the terms found from the non-word character before each (``\\W`` then the trie in a look-ahead: the
    #: engine tries the terms only after spaces and punctuation); None when a term does not open with a word
    #: character. Its matches overlap where terms do: :func:`_concepts_in` keeps, in order, each one starting at or
    #: after the end of the last one kept, which are the matches of ``pattern`` (in the text with a space before it)
    scan: re.Pattern[str] | None = None
    #: (r31twins) for each group, the indicators (by index) that list the term, or a term inside it, under ``except``:
    #: the except terms the text named (:func:`_excepted_in`)
    excepts: dict[str, frozenset[int]] | None = None


def _matcher(indicators: Sequence[Indicator], unit: str, per: str | None) -> _Matcher | None:
    cache = getattr(indicators, "matchers", None)
    key = (unit, per or "")
    if cache is None:  # a plain list: the module-level cache keyed by the indicators
        return _matcher_cached(tuple(indicators), unit, per or "")
    if key not in cache:
        cache[key] = _matcher_cached(tuple(indicators), unit, per or "")
    return cache[key]


#: the base of a unit cost: money per week, per child, per placement, per hour is not a budget's total
_UNIT_COST_BASE = re.compile(r"(?i)\b(?:week|child|children|placement|hour|night|day|pupil|place)s?\b")


@lru_cache(maxsize=128)
def _matcher_cached(indicators: tuple[Indicator, ...], unit: str, per: str) -> _Matcher | None:
    unit_cost = unit == "gbp" and _UNIT_COST_BASE.search(per) is not None
    fitting = tuple(
        ind for ind in indicators
        if unit in _UNIT_COMPAT.get(ind.unit, {ind.unit}) and (not ind.per or (per and any(p in per for p in ind.per)))
        and (ind.per or not unit_cost)  # "£4,200 per week" is a unit cost: never a variance or a deficit
    )
    if not fitting:
        return None
    return _build_matcher(fitting)


@lru_cache(maxsize=64)
def _build_matcher(fitting: tuple[Indicator, ...]) -> _Matcher:
    """The trie regex of all terms; a match of a term gives its own concepts and those of the terms
    inside it, except for an indicator that lists the term under ``except``; and (``excepts``) the indicators that list
    it or a term inside it under ``except``, which the text then names (:func:`_excepted_in`)."""
    own: dict[str, set[tuple[int, str]]] = {}
    for i, ind in enumerate(fitting):
        for kind, terms in (("what", ind.what), ("qualifier", ind.qualifier), ("except", ind.exclude)):
            for t in terms:
                own.setdefault(_spelling_as_one(_norm_for_match(t)), set()).add((i, kind))
    gives: dict[str, tuple[tuple[int, str, int], ...]] = {}
    excepts: dict[str, frozenset[int]] = {}
    trie: dict[str, dict] = {}
    for n, term in enumerate(sorted(own)):
        padded = f" {term} "
        excluded = {i for i, kind in own[term] if kind == "except"}
        out = set()
        met = set()
        for other, pairs in own.items():
            if f" {other} " in padded:
                out.update((i, kind, len(other.split())) for i, kind in pairs if kind != "except" and i not in excluded)
                met.update(i for i, kind in pairs if kind == "except")
        name = f"g{n}"
        gives[name] = tuple(sorted(out))
        if met:
            excepts[name] = frozenset(met)
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = name

    def build(node: dict[str, dict]) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if "" in node:
            alts.append(rf"(?:s|es|'s)?\b(?P<{node['']}>)")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    body = build(trie)
    scan = re.compile(rf"\W(?={body})") if all(_WORD_START.match(term) for term in own) else None
    return _Matcher(fitting, re.compile(r"\b" + body), gives, frozenset(ind.id for ind in fitting if ind.qualifier), scan,
                    excepts)


#: a term that opens with a word character
_WORD_START = re.compile(r"\w")


#: (r24id) a plural's possessive apostrophe between two words of a term ("the Schools' Forum", "the carers' panel"): the
#: term is written without it ("schools forum"); "children's" (the singular's "'s") is matched already
_PLURAL_POSSESSIVE = re.compile(r"(?<=[a-z]s)'(?= )")
#: (r24id) a spend word written as two words ("over spend", "under spent", "over spending"): the one word, so that every
#: list that holds the one word ("overspend" is a qualifier of the high needs deficit and a `what` of the budget
#: variance) reads both spellings, whichever a researcher listed
_SPEND_AS_TWO = re.compile(r"\b(over|under)\s+(spend|spent|spending|spends)\b")


def _spelling_as_one(norm: str) -> str:
    """A normalised text or term with the spellings the concept matcher reads as one written as one: a plural's
    possessive apostrophe between words dropped, a spend word written as two words joined (:data:`_PLURAL_POSSESSIVE`,
    :data:`_SPEND_AS_TWO`). Applied alike to the terms of the indicators file and to the texts they are sought in.

    >>> _spelling_as_one("schools' forum noted total over spend in year")
    'schools forum noted total overspend in year'
    >>> _spelling_as_one("children's services under spent")
    "children's services underspent"
    """
    if "s' " in norm:
        norm = _PLURAL_POSSESSIVE.sub("", norm)
    if "over " in norm or "under " in norm:
        norm = _SPEND_AS_TWO.sub(r"\1\2", norm)
    return norm


def _norm_for_concepts(text: str) -> str:
    """:func:`_norm_for_match` without footnote markers glued to words ("children in need4"), and with the spellings
    read as one written as one (:func:`_spelling_as_one`); not memoised itself: :func:`_concepts_in`, its one caller,
    memoises its result (a text is rarely read with two matchers)."""
    norm = _spelling_as_one(_normalise(text))
    if "'s care" in norm and ("council's care" in norm or "authority's care" in norm):
        # "children in Swindon Borough Council's care", "in Hampshire County Council's care": the council named before
        # its care is the council's care (the term "in council's care"; "county", "city", "borough" are name words here)
        norm = _NAMED_COUNCIL_CARE.sub(r"in \1's care", norm)
    return _GLUED_NOTE.sub(r"\1", norm) if _DIGIT_AFTER_LETTERS.search(norm) else norm


#: "in <name> (borough|county|city|district) council's care" (normalised text): the council's care ("in council's care")
_NAMED_COUNCIL_CARE = re.compile(
    r"\bin (?:(?!(?:in|and|or|of|need|the|a|foster|homes?|care|living|placed)\b)[a-z][\w&-]* ){1,6}?(council|authority)'s care\b")
#: (the name's words are no glue nor words of another state: "children in need and in the council's care" keeps "in need")


@lru_cache(maxsize=16384)
def _concepts_in(m: _Matcher, text: str) -> tuple[tuple[str, str, int], ...]:
    """The concepts found in ``text``: ``(indicator id, 'what'|'qualifier', words of the longest term)``
    (terms non-overlapping, the longest term at a place)."""
    best: dict[tuple[int, str], int] = {}
    norm = _norm_for_concepts(text)
    if m.scan is None:
        groups = [match.lastgroup or "" for match in m.pattern.finditer(norm)]
    else:  # (speed) see _Matcher.scan
        groups = []
        last = 0
        for match in m.scan.finditer(" " + norm):
            if match.end() >= last:
                g = match.lastgroup or ""
                groups.append(g)
                last = match.end(g)
    for g in groups:
        for i, kind, words in m.gives[g]:
            if words > best.get((i, kind), 0):
                best[(i, kind)] = words
    return tuple((m.indicators[i].id, kind, words) for (i, kind), words in best.items())


def find_concepts(rings: Sequence[str], unit: str, per: str | None, indicators: Sequence[Indicator]
                  ) -> dict[str, dict[str, tuple[int, int]]]:
    """Where each indicator's concepts are found: ``{id: {'what'|'qualifier': (ring, -words)}}``.

    ``rings`` are texts, nearest evidence first (phrase, clause, sentence, context); for each
    concept the nearest ring wins, then the longest term. Only indicators whose unit fits.

    >>> find_concepts(["EHC needs assessments", "met the 20 week statutory timescale"], "percent", None,
    ...               load_indicators())["ehcp_timeliness"]
    {'what': (0, -2), 'qualifier': (1, -2)}
    """
    m = _matcher(indicators, unit, per)
    return {} if m is None else _concepts_of_rings(m, rings)


def _concepts_of_rings(m: _Matcher, rings: Sequence[str]) -> dict[str, dict[str, tuple[int, int]]]:
    """:func:`find_concepts` given the matcher ``m`` of the unit and ``per`` (speed: :func:`_choose` looks it up once
    for both of its reads)."""
    found: dict[str, dict[str, tuple[int, int]]] = {}
    for r, text in enumerate(rings):
        if not text:
            continue
        for iid, kind, words in _concepts_in(m, text):
            slot = found.setdefault(iid, {})
            key = (r, -words)
            if kind not in slot or key < slot[kind]:
                slot[kind] = key
    return found


#: budgets that are not the Dedicated Schools Grant's: an overspend its sentence says is theirs is a budget
#: variance even at a Schools Forum ("the overspend on the children's services budget"); a bare "overspend", "deficit" or
#: "in-year overspend" under a DSG heading is the DSG's. (r24id) Nor is a variance of the grant's other blocks the high
#: needs deficit ("the early years block is £0.3m overspent", "an underspend on the schools block" at a Schools Forum: the
#: blind and dev gold give such variances the budget variance at three councils, Milton Keynes, Slough and Tameside)
_OTHER_BUDGET = re.compile(
    r"(?i)\b(?:directorate|department|portfolio|general\s+fund|council['’]?s?|social\s+care|children['’]?s\s+services|"
    r"education\s+services|transport|staffing|revenue\s+budget|"
    r"(?:early\s+years|schools['’]?|central\s+schools?\s+services?)\s+block|cssb|"
    # (r29phrase) the early years money named by its formula or as the subject that over- or underspent: "an overspend
    # ... is projected against the Early Years Single Funding Formula (EYSFF)", "Early Years is anticipated to be
    # overspent by £660k" (another part of the grant than the high needs block, as its block is)
    r"early\s+years\s+(?:single\s+)?funding\s+formula|eysff)\b"
    # (r29review) "Early Years" as the subject only where its sentence or bullet begins: not a later clause's subject
    # ("The deficit has grown to £15m, although early years has underspent": the deficit is not early years' money)
    r"|(?:^|[\n.;:!?§•·]\s*)early\s+years\s+(?=(?:is|was|are|were|has|had)\s)"
)


def _names_other_budget(rings: Sequence[str]) -> bool:
    """Whether the phrase, clause or sentence says whose budget it is, and it is not the DSG's.

    >>> _names_other_budget(("the overspend on the children's services budget", "")), _names_other_budget(("overspend", ""))
    (True, False)
    >>> s = "the Early Years Block had an in-year overspend of "
    >>> _names_other_budget(("in-year overspend", "", s)), _names_other_budget(("in-year overspend", "", s.replace("Early Years", "High Needs")))
    (True, False)
    """
    return any(_OTHER_BUDGET.search(r) or _names_named_budget(r) for r in rings[:3] if r)


#: (r36hnd) a budget or project named by its own capitalised name ("The Named Pupil Allowances (NPAs) budget was
#: projected to overspend by £0.451 million", "the Oakfield Project and ... the projected £60,000 deficit"): up to four
#: capitalised words, an acronym in brackets, then "budget" or "Project" (case kept: a name, not a common noun)
_NAMED_BUDGET = re.compile(r"\b(?P<name>(?:[A-Z][\w’'-]*\s+){1,4})(?:\([A-Z][A-Za-z]{1,6}\)\s+)?(?:[Bb]udgets?|Projects?)\b")
#: (r36hnd) words that open a name without naming anything ("The budget", "Its Budget", "Latest Approved Budget" keeps
#: its words: only these are dropped from the name's start)
_NAME_OPENERS = frozenset(("The", "This", "That", "These", "Those", "Its", "Their", "Our", "A", "An", "In", "On", "Of",
                           "And", "For", "Overall", "Total", "Whole", "Net", "Final", "Current", "Agreed", "Set"))
#: (r36hnd) the grant's own money in a name: the high needs block, its lines (top-ups, independent or special school
#: places, alternative provision), the DSG, the schools' budget, SEN / SEND, the safety valve
_GRANT_IN_NAME = re.compile(r"(?i)\b(?:high\s+needs|needs|hnb|dsg|dedicated|grant|send|sen|special|schools?['’]?s?|"
                            r"top[\s-]*ups?|element|alternative|independent|safety|block)\b")


def _names_named_budget(text: str) -> bool:
    """(r36hnd) Whether ``text`` names a budget or project by a capitalised name that is not the grant's own money
    (:data:`_NAMED_BUDGET`, :data:`_GRANT_IN_NAME`): its overspend or deficit is a variance of that budget even at a
    Schools Forum (the gold's "an overspend of another part of the schools' money ... a project").

    >>> _names_named_budget("The Named Pupil Allowances (NPAs) budget was projected to overspend by £0.451 million.")
    True
    >>> _names_named_budget("The position of the Oakfield Project and the projected £60,000 deficit.")
    True
    >>> _names_named_budget("The High Needs Budget was projected to overspend."), _names_named_budget("The budget set for 2019/20.")
    (False, False)
    >>> _names_named_budget("A detailed examination of HNB budgets"), _names_named_budget("Top-Up Budgets (Post-16) rose")
    (False, False)
    """
    for m in _NAMED_BUDGET.finditer(text):
        words = m.group("name").split()
        while words and words[0] in _NAME_OPENERS:
            words.pop(0)
        if words and not _GRANT_IN_NAME.search(" ".join(words)):
            return True
    return False


#: (r25id) the parts of the schools' money that are not the High Needs Block, named by an agenda item's title or a
#: segment's heading: another block of the grant, its growth fund, the schools' own balances
_OTHER_DSG_PART = re.compile(
    r"(?i)\b(?:early\s+years\s+(?:block|budget|funding|formula|grant)|schools['’]?\s+block|"
    r"central\s+schools?\s+services?\s+block|cssb|growth\s+fund|school(?:s['’]?)?\s+(?:revenue\s+)?(?:balances|"
    r"surplus(?:es)?\s+and\s+deficits?(?:\s+balances)?))\b")
#: (r25id) the high needs money named in those words: then the context is about it too
_HIGH_NEEDS_NAMED = re.compile(r"(?i)\b(?:high\s+needs|hnb|dsg|dedicated\s+schools?\s+grant|send|sen|special\s+"
                               r"(?:educational|schools?))\b")
_HIGH_NEEDS_ID = "high_needs_deficit"
#: (r27mend) the grant (the DSG, its high needs block) named only to set it apart from a figure: "(an adverse variance of
#: £6.1m,) which excludes the DSG high needs deficit of £12m", "excluding the Dedicated Schools Grant", "not including the
#: high needs block", "separate from the DSG deficit", "in addition to the £9m DSG deficit": to the clause's end
#: (r31money) and the two names of its money that ``data/indicators.yml`` gives the high needs deficit since round 31: the
#: schools budget and SEND's own deficit ("excluding the schools budget, the directorate is forecasting an overspend")
_GRANT = (r"(?:high\s+needs|hnb|dsg|dedicated\s+schools?\s+grant|schools['’]?\s+budget|"
          r"(?:send|sen)\s+(?:deficit|overspend))")
_GRANT_SET_APART_BODY = (
    r"\b(?:exclud(?:es?|ed|ing)|exclusive\s+of|not\s+including|(?:does|do)\s+not\s+include|separate(?:ly)?\s+from|"
    r"in\s+addition\s+to|over\s+and\s+above|on\s+top\s+of|apart\s+from|aside\s+from)\s+[^.,;:()\n]{0,40}?\b"
    + _GRANT + r"\b[^.,;:\n]*")
_GRANT_SET_APART = re.compile(r"(?i)" + _GRANT_SET_APART_BODY)
_GRANT_NAMED = re.compile(r"(?i)\b" + _GRANT + r"\b")
#: (r27mend) a relative clause's opening after the grant set apart (:func:`_of_grant_set_apart`): the clause before it
#: ends with the setting apart (the relative word opening the figure's clause), or with it, a comma and the relative word
_SET_APART_BEFORE_RELATIVE = re.compile(r"(?i)" + _GRANT_SET_APART_BODY + r"[\s,]*$")
_SET_APART_THEN_RELATIVE = re.compile(r"(?i)" + _GRANT_SET_APART_BODY + r",\s*(?:which|whose|where)\s*$")


def _grant_set_apart(text: str) -> str:
    """(r27mend) ``text`` without the clauses that name the grant only to set it apart (:data:`_GRANT_SET_APART`).

    >>> _grant_set_apart("an adverse variance of £6.1m, which excludes the DSG high needs deficit of £12m.")
    'an adverse variance of £6.1m, which .'
    >>> _grant_set_apart("Excluding the Dedicated Schools Grant, the forecast overspend is £4.2m.")
    ', the forecast overspend is £4.2m.'
    >>> _grant_set_apart("The high needs block is forecast to overspend by £3m.")
    'The high needs block is forecast to overspend by £3m.'
    """
    return _GRANT_SET_APART.sub("", text)


_RELATIVE_OPEN = re.compile(r"(?i)^\s*(?:which|whose|where|that)\b")


def _of_grant_set_apart(clause: str, sentence: str) -> bool:
    """(r27mend) Whether the figure's clause is a relative clause said of the grant the clause before set apart:
    "The overspend of £2m excludes the DSG, | which is forecast to overspend by £3m" (the £3m is the grant's).

    >>> s = "The overspend of £2m excludes the DSG, which is forecast to overspend by £3m."
    >>> _of_grant_set_apart(" is forecast to overspend by £3m.", s), _of_grant_set_apart("The overspend of £2m excludes the DSG", s)
    (True, False)
    """
    at = sentence.find(clause.strip())
    if at <= 0:
        return False
    prior = sentence[:at]
    pattern = _SET_APART_BEFORE_RELATIVE if _RELATIVE_OPEN.match(clause) else _SET_APART_THEN_RELATIVE
    return pattern.search(prior) is not None


def _context_other_dsg_part(context: str) -> bool:
    """(r25id) Whether a figure's context (ring 3: its heading, the agenda item's title and the committee) says the item
    is about another part of the schools' money than the High Needs Block (:data:`_OTHER_DSG_PART`: "Final Early Years
    Block Budget", "Schools Revenue Surplus and Deficit Balances") and names no high needs money itself. At a Schools
    Forum (the committee is a high needs ``what``), such an item's deficit is that part's, not the high needs deficit,
    as r24id's :data:`_OTHER_BUDGET` already says of a sentence that names the block.

    >>> _context_other_dsg_part("Final Early Years Block Budget 2023/24 Schools Forum")
    True
    >>> _context_other_dsg_part("DSG Outturn and School Balances Schools Forum"), _context_other_dsg_part("Schools Forum")
    (False, False)
    """
    return bool(context) and _OTHER_DSG_PART.search(context) is not None and not _HIGH_NEEDS_NAMED.search(context)


def _general_fund_near(rings: Sequence[str]) -> bool:
    """(r18review) Whether the phrase or clause (``rings[:2]``) names the general fund.

    >>> _general_fund_near(("forecast overspend", "the General Fund is forecast to overspend by ")), _general_fund_near(("overspend", ""))
    (True, False)
    """
    return any("eneral fund" in r.lower() for r in rings[:2] if r)


def _choose(rings: Sequence[str], unit: str, per: str | None, indicators: Sequence[Indicator],
            what_reach: int = 1, qualifier_reach: int = 1) -> str | None:
    """The indicator anchored nearest, then the more specific, then the nearer ``what``, then the longest.

    An indicator with a qualifier needs the qualifier in rings ``0..qualifier_reach`` and its
    ``what`` in any ring; one without needs its ``what`` in rings ``0..what_reach``.
    """
    # (speed) rings beyond both reaches can only give the `what` of an indicator whose qualifier is
    # near and whose `what` is not: they are read only when there is such an indicator
    near = max(what_reach, qualifier_reach) + 1
    m = _matcher(indicators, unit, per)
    if m is None:
        return None
    found = _concepts_of_rings(m, rings[:near])
    if not found:
        return None
    if len(rings) > near and any(  # (speed: over the concepts found, not every indicator)
        "what" not in f and "qualifier" in f and f["qualifier"][0] <= qualifier_reach
        for iid, f in found.items() if iid in m.qualified
    ):
        for iid, far in _concepts_of_rings(m, rings[near:]).items():
            slot = found.setdefault(iid, {})
            for kind, (r, words) in far.items():
                if kind not in slot:  # (a near ring, when it has the concept, comes first)
                    slot[kind] = (r + near, words)
    best: tuple[object, ...] | None = None
    best_id = None
    for order, ind in enumerate(m.indicators):
        f = found.get(ind.id)
        if not f or "what" not in f:
            continue
        w = f["what"]
        if ind.qualifier:
            q = f.get("qualifier")
            if q is None or q[0] > qualifier_reach:
                continue
            if w[0] >= 3 and ind.id == _HIGH_NEEDS_ID and len(rings) > 3 and _context_other_dsg_part(rings[3]):
                continue  # (r25id) the high needs money named only around an item about another part of the grant
            # the more specific concept first, unless its what is only in the context and the phrase
            # names the measure itself ("in-year overspend on the children's services budget")
            rank = 2 if w[0] >= 3 and what_reach < 3 and _names_other_budget(rings) else 0
            if not rank and w[0] >= 1 and _general_fund_near(rings):
                # (r18review) the phrase or clause says the money is the general fund's and the concept's what is not in
                # the phrase: "SEND provision: the general fund is forecast to overspend by (£4.2m)", "the council's SEND
                # provision costs £12m a year and the general fund overspend is (£3m)" (the general fund is never the DSG)
                rank = 2
            key: tuple[object, ...] = (q[0], rank, w[0], w[1] + q[1], order)
        else:
            if w[0] > what_reach:
                continue
            key = (w[0], 1, w[0], w[1], order)
        if best is None or key < best:
            best, best_id = key, ind.id
    return best_id


def per_contradicts(iid: str, unit: str, per: str | None, indicators: Sequence[Indicator]) -> bool:
    """(r24id) Whether a figure's own ``per`` rules out indicator ``iid`` of its unit: the figure says what it is per,
    and the indicators that fit that unit and ``per`` (the unit rule's, :func:`_matcher`) do not hold ``iid``. A figure
    that says nothing of what it is per contradicts nothing. An id carried from the figure before (a value that
    restates it) must not break the unit rule the figure's own words would meet: "£20,000 a week, equivalent to £1m a
    year" is not a weekly cost.

    >>> inds = load_indicators()
    >>> per_contradicts("placement_cost_weekly", "gbp", "year", inds), per_contradicts("placement_cost_weekly", "gbp", "week", inds)
    (True, False)
    >>> per_contradicts("placement_cost_weekly", "gbp", None, inds), per_contradicts("budget_variance", "gbp", "year", inds)
    (False, False)
    """
    if not per:
        return False
    m = _matcher(indicators, unit, per)
    return m is None or all(ind.id != iid for ind in m.indicators)


def match_indicator(phrase: str, clause: str, unit: str, per: str | None, indicators: Sequence[Indicator]) -> str | None:
    """The canonical indicator id named by a phrase (else its clause), or None.

    >>> inds = load_indicators()
    >>> match_indicator("children in need", "", "count", None, inds)
    'children_in_need'
    >>> match_indicator("children in need", "", "percent", None, inds) is None
    True
    >>> match_indicator("EHCPs", "issued within 20 weeks", "percent", None, inds)
    'ehcp_timeliness'
    """
    return _choose((phrase, clause), unit, per, indicators)


@dataclass(frozen=True, init=False)
class Evidence:
    """What the extraction knows about a figure when it decides the canonical indicator.

    ``how`` says how :func:`analysis.figures.phrase.indicator_phrase` found ``phrase``: ``own``
    (the figure's own words), ``inherited`` (the previous figure's measure: "from 298 to 263"),
    ``part`` (a part of the previous figure's population: "of whom 412 were ...") or ``complement``
    ("the other 32%"). ``context`` is what the segment is about: its heading (for a bullet, also
    the lead paragraph), the agenda item title and the committee; ``paragraph`` the segment's text. ``prev_id`` / ``prev_unit`` are those of
    the previous figure with a phrase.
    """

    phrase: str
    how: str
    clause: str
    sentence: str
    unit: str
    per: str | None
    prev_id: str | None = None
    prev_unit: str = ""
    context: str = ""
    paragraph: str = ""
    before: str = ""

    def __init__(self, phrase: str, how: str, clause: str, sentence: str, unit: str, per: str | None,
                 prev_id: str | None = None, prev_unit: str = "", context: str = "", paragraph: str = "",
                 before: str = "") -> None:
        # (speed) one dict update instead of the frozen dataclass's object.__setattr__ per field (one
        # Evidence per figure); the instance stays frozen (assignment raises FrozenInstanceError)
        self.__dict__.update(phrase=phrase, how=how, clause=clause, sentence=sentence, unit=unit, per=per,
                             prev_id=prev_id, prev_unit=prev_unit, context=context, paragraph=paragraph, before=before)


#: a part of the exclusions that is itself the exclusions measure, stated: "permanent", "fixed-term", "temporary"
#: (a sibling kind, not a part: "37 were temporary exclusions and three were permanent")
_KIND_IN_WHOLE = re.compile(r"(?i)\b(?:permanent|fixed[\s-]+(?:term|period)|temporary)\b")
_KIND_OF_EXCLUSION = re.compile(r"(?i)(?:permanent(?:ly)?|fixed[\s-]+(?:term|period)|temporary|temporarily)(?:\s+(?:ones?|exclusions?|excluded))?$")
#: a part that is a phase of schools: "from the secondary sector", "in primary schools", "from special schools"
_PHASE_PART = re.compile(r"(?i)^(?:(?:were|was|are|is)\s+)?(?:from|in|at)\s+(?:the\s+)?(?:primary|secondary|special|infant|junior)\s+"
                         r"(?:sector|schools?|phase|academies|settings?)\b")
_PART_NOT_A_MEASURE = re.compile(r"(?i)^(?:with|in|at|on|from|into|by|for|to)\b|^\w+(?:ed|ing)\b")
#: words that do not name what a figure measures: the phrase leaves it to the sentence and context (and a verb of the
#: level's movement, which the phrase may keep: "In the last quarter, performance dipped to 46%")
_OPEN_WORDS = frozenset("""
number numbers total figure figures rate rates level levels amount proportion percentage average target
targets performance data position result results outturn value count cases case occasions instances
episodes times month months quarter year years period forecast current latest overall final cumulative
projected net in year in-year end financial last this previous so far it there we they currently now
the a an of for in at to by on and or as is was were be been being from
end start beginning since then
dipped dropped fell rose improved remained stood stands stayed
""".split() + [m.lower() for m in MONTH_NAMES])
#: groups a percentage is given for ("primary schools", "boys", "pupils with SEN support"): not a measure
_GROUP_WORDS = frozenset("""
primary secondary special infant junior all through schools school academies academy phase phases key stage
pupils pupil children child young people person learners students boys girls disadvantaged fsm
nationally national england regional statistical neighbours neighbour locally borough county city
cohort cohorts population olds
""".split())
# ("which is 4.8% of the cohort", "of the school population", "of 16-17 year olds": the base of a share, not a measure)
#: money words that say what kind of money a figure is (a phrase without one names only the service)
_MONEY_WORDS = re.compile(
    r"(?i)\b(?:cost|costs|budget|budgets|spend|spending|spent|overspend|overspent|underspend|underspent|"
    r"deficit|surplus|saving|savings|funding|funded|grant|income|pressure|pressures|variance|allocation|"
    r"investment|reserve|reserves|fee|fees|price|rate|payment|payments|balance|balances|gap|shortfall)\b"
)


#: words of a unit cost that say neither what it is the cost of nor that it is a budget's ("the average weekly cost")
_COST_WORDS = frozenset("cost costs price prices fee fees charge charges weekly unit average mean typical per week annual each".split()
                        # a verb of the size of the cost says nothing more ("with weekly costs approaching £25,000")
                        + "approaching reaching averaging totalling totaling topping nearly almost around about up".split())


#: a count per a population base ("children in need per 10,000", "the CLA rate per 10k") is a rate,
#: which no count indicator is
_RATE_BASE = re.compile(  # (also "65 children in every 10,000": the rate of a news report of the figures)
    r"(?i)\b(?:per|(?:in|for|out\s+of)\s+every)\s+(?:1,?000|10,?000|100,?000|1k|10k|100k|(?:one\s+|ten\s+|a\s+|one\s+hundred\s+)?thousand)\b"
)
#: the phrase names a rate ("the rate of children looked after"); in the clause "rate of" may be another
#: thing's ("rose to 312 at a rate of growth faster than nationally")
_RATE_PHRASE = re.compile(r"(?i)\brate\s+(?:per|of)\b|\b(?:per|every)\s*$"
                          # "the CLA rate for statistical neighbours was 137.2", "the looked after rate", "the CP rate":
                          # the measure's rate named by the measure before "rate"
                          r"|\b(?:cla|lac|cic|cin|cpp?|after|care|need)\)?\s+rates?\b")
# ("... per" / "... in every" at the end of the phrase: "50.2 looked after children per 10,000", "72 looked after children
# in every 10,000", the base cut off as a number)


def _may_rate_base(s: str) -> bool:
    """A necessary condition for ``_RATE_BASE.search(s)`` or ``_RATE_PHRASE.search(s)``: "per", "every" or "rate"
    (no other character matches these letters case-insensitively)."""
    low = s.lower()
    return "per" in low or "rate" in low or "every" in low


#: an amount of money (regex text): a currency sign, its number and a scale word ("£2.5m", "$ 300,000", "£1.2 billion");
#: the one amount of the money rules' patterns below
_AMOUNT = r"[£$€]\s?[\d.,]+\s*(?:bn|mn|m|k|million|billion)?"
#: a balance or reserve, which in brackets is negative: a deficit
_BALANCE = re.compile(r"(?i)\b(?:reserves?|balances?|brought\s+forward|carried\s+forward|carry\s+forward)\b")
#: (r24id) "over spend" and "under spend" written as two words are the variance words too, in these patterns as in the
#: concept matcher (:func:`_spelling_as_one`)
_VARIANCE_WORD = re.compile(r"(?i)\b(?:deficits?|over\s?spen\w*|under\s?spen\w*|variance|shortfall|pressures?|surplus)\b")
#: the variance words a balance cannot hold: a surplus may be the balance itself ("the DSG surplus balance of
#: £5.8m", "a surplus of £1.1m carried forward")
_SPENDING_VARIANCE = re.compile(r"(?i)\b(?:deficits?|over\s?spen\w*|under\s?spen\w*|variance|shortfall|pressures?)\b")
_CARRIED = re.compile(r"(?i)\b(?:brought|carried|carry)\s+forward\b")
#: the money right after the amount is a reserve drawn on or funding given, not a variance: "the use of £2m from the
#: children's services reserve (to mitigate pressures)", "a plan to move £3.6m from reserves", "a £3m increase in funding"
_OTHER_MONEY_RIGHT = re.compile(
    rf"(?i){_AMOUNT}\s+(?:(?:increase|uplift|rise|reduction|cut)\s+in\s+|"
    r"(?:from|of)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3})(?:reserves?|funding|grants?|investment)\b")
#: the clause names the amount as a budget cut, a saving, growth or funding given, not a variance: "budget cuts of
#: £2.9m", "must make £53m in budget cuts", "funding of £1.9m for the new school", "an additional £3m in the budget",
#: "over and above £2.5m added last year", "£2.2m was used to meet existing pressures"
_OTHER_MONEY_KIND = re.compile(
    r"(?i)\b(?:(?:budget\s+)?(?:cuts?|savings?)\s+of|funding\s+of|growth\s+of|(?:an?\s+)?(?:additional|extra))\s+"
    r"(?:(?:around|about|nearly|almost|over|some|up\s+to)\s+)?[£$€]\s?\d"
    rf"|{_AMOUNT}\s+(?:in\s+(?:budget\s+)?(?:cuts|savings)\b|"
    r"(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:added|used\s+to|allocated\s+to)\b)")
_SURPLUS = re.compile(r"(?i)\bsurplus\b")
#: (r34ids) the schools' own money named as theirs: the maintained schools, money held by or not spent by the schools,
#: the schools' own balances or surplus (not the Schools Block of the grant)
_SCHOOLS_OWN = re.compile(
    r"(?i)\bmaintained\s+schools?\b(?!['’]?\s+block)|\b(?:held|kept|retained|unspent)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"schools\b|\bschools\s+(?:had|have|has)\s+(?:[\w'’-]+\s+)?not\s+spent\b|\bschools['’]\s+(?:own\s+)?(?:surplus(?:es)?|"
    r"balances|reserves)\b|\b(?:individual|school)\s+(?:school\s+)?balances\b")
#: (r34review) where a clause that names other money opens after the figure's: "a surplus of £1.2m on the children's
#: services budget, while maintained schools held balances of £5m" (the schools' words are another clause's)
_OTHER_CLAUSE_OPENS = re.compile(r"(?i)[;:]|\b(?:while|whilst|whereas|but|although|though|however)\b|,\s+and\b")


def _schools_own_named(ev: Evidence) -> bool:
    """(r34ids, r34review) Whether the figure's clause, or what follows it in the sentence up to another clause
    (:data:`_OTHER_CLAUSE_OPENS`), names the schools' own money (:data:`_SCHOOLS_OWN`): ", monies which Slough
    maintained schools had collectively not spent" is the surplus's; "..., while maintained schools held balances" is
    not."""
    at = ev.sentence.find(ev.clause.strip()) if ev.clause.strip() else -1
    after = ev.sentence[at + len(ev.clause.strip()):] if at >= 0 else ""
    return bool(_SCHOOLS_OWN.search(ev.clause + " " + _OTHER_CLAUSE_OPENS.split(after, 1)[0]))


#: (r34ids) the grant or one of its blocks named: its surplus is the grant's
_GRANT_OR_BLOCK = re.compile(r"(?i)\b(?:dsg|dedicated\s+schools?\s+grant|high\s+needs|hnb|block)\b")
#: the phrase names the money as moved between budgets or lent to cover one: "the transfer of £900,000 from elsewhere in
#: the service", "a reassignment of £93,000 from the High Needs Block to Early Years", "the Schools Block transfer of
#: £0.878m", "a virement of £545,000", "helped by £42.2m in exceptional financial support", "a clawback of £559,000" (funding
#: taken back): not a variance or deficit
_MOVED_MONEY = re.compile(r"(?i)\b(?:transfer(?:s|red|ring)?|reassign(?:ment|ed)?s?|re-?allocat\w*|virements?|vired|"
                          r"exceptional\s+financial\s+support|capitali[sz]ation\s+direction|claw[\s-]?backs?|clawed\s+back)\b")


#: an amount said to be allocated, set aside, invested, pledged, earmarked or injected (the verb right before it, or a
#: relative clause right after it): the money given, which the purpose after it ("to meet pressures") does not make a
#: variance; read only when it is the clause's one amount
_ALLOCATED_AMOUNT = re.compile(
    r"(?i)\b(?:allocat(?:ed|es|e|ing)|set(?:ting)?\s+aside|put(?:ting)?\s+aside|invest(?:ed|s|ing)?|pledg(?:ed|es|e|ing)|"
    r"earmark(?:ed|s|ing)?|inject(?:ed|s|ing)?)\s+(?:(?:an?|the|its|their)\s+)?(?:(?:additional|extra|further|new|one[\s-]off)\s+)?"
    r"[£$€]\s?\d"
    rf"|{_AMOUNT}\s+(?:(?:which|that)\s+)?(?:has|had|have|was|were|is|are|will)\s+"
    r"(?:already\s+)?(?:been\s+|be\s+|being\s+)?(?:pledged|allocated|invested|earmarked|set\s+aside|committed|injected)\b")
_AMOUNTS = re.compile(r"[£$€]\s?\d")
#: (round 16) the amount named a variance right after it: "the budget could be £1.5 million overspent this year",
#: "It's £8.8m overspent", "heading for being over £4m overdrawn"
_AMOUNT_THEN_VARIANCE = re.compile(
    r"(?i)[£$€]\s?[\d.,]+\s*(?:bn|mn|m|k|million|billion|thousand)?\s+(?:over\s?spent|under\s?spent|overdrawn)\b")
#: the amount named a variance right before it ("the overspend of £3.1m was allocated to reserves", "overspent by £2m", a
#: "substantial deficit" of £27m, "had exceeded this allocation by £1.973m")
_VARIANCE_OF_AMOUNT = re.compile(
    r"(?i)(?:\b(?:deficits?|over\s?spen\w*|under\s?spen\w*|variances?|shortfalls?|pressures?|surplus)[\"”’']?\s+(?:(?:of|by|at)\s+)?"
    r"|\bexceed\w*\s+(?:[\w'’-]+\s+){0,3}?by\s+|\b(?:over|under|above|below)\s+(?:[\w'’-]+\s+){0,2}?(?:budget|allocation)s?\s+by\s+)"
    r"(?:(?:around|about|nearly|almost|some|over|just\s+over|just\s+under)\s+)?[£$€]\s?\d")


def _may_allocate(s: str) -> bool:
    """(speed) A necessary condition for ``_ALLOCATED_AMOUNT.search(s)``: one of its verbs' letters.

    >>> _may_allocate("the council allocated an extra £5m"), _may_allocate("an overspend of £5m")
    (True, False)
    """
    return "llocat" in s or "aside" in s or "nvest" in s or "ledg" in s or "armark" in s or "nject" in s


def _may_move_money(s: str) -> bool:
    """(speed) A necessary condition for ``_MOVED_MONEY.search(s)``: one of its words' letters.

    >>> _may_move_money("the Schools Block transfer"), _may_move_money("the in-year overspend")
    (True, False)
    """
    low = s.lower()
    return "ransf" in low or "assign" in low or "llocat" in low or "vire" in low or "xceptional" in low or "apitali" in low \
        or "claw" in low
_BRACKETED_MONEY = re.compile(r"\(\s*[£$€]\s?[\d,.]+\s*(?:bn|mn|m|k|million|billion)?\s*(?:\)|$)", re.I)
#: a balance said in words or signs to be negative: "-£3.2m", "£12.5m in deficit", "overdrawn", "a negative reserve"
#: the amount is said to be negative: "(the DSG reserve went) from negative £27.7m to negative £54.1m", "minus £12m"
_NEGATIVE_BEFORE = re.compile(r"(?i)\b(?:negative|minus)\s*$")
_NEGATIVE_BALANCE = re.compile(r"(?i)(?:^|[\s(:=])[-–−]\s?[£$€]\s?\d|\bin\s+deficit\b|\boverdrawn\b|\bnegative\s+(?:reserves?|balances?)\b"
                               r"|\b(?:negative|minus)\s+[£$€]\s?\d")


#: a word of a lower-cased phrase (compiled once: speed)
_PHRASE_WORD = re.compile(r"[a-z0-9']+")


@lru_cache(maxsize=4096)  # (speed: pure; 458 calls of a bench pass, 69 distinct)
def _open_and_reach(phrase: str, unit: str) -> tuple[bool, int]:
    """Whether a phrase is open: it names nothing measured on its own ("the rate", "occasions", "the final
    position") or, for money, names a service but not the kind of money ("unregistered placements"); and
    the farthest ring a qualifier may come from: the clause (1); the sentence (2) for a percentage whose
    phrase names only a group ("82% of secondary schools": a group, not a measure); the context (3) for
    a phrase that names nothing at all
    ("Performance remained strong at 89%" under the heading "EHCP timeliness"). Money whose phrase names
    only a cost ("the average weekly cost" after "residential placements": a cost of what the sentence
    says) or no kind of money is open, its qualifier in the clause. The phrase's words are read once.

    >>> _open_and_reach("the final position", "gbp"), _open_and_reach("secondary schools", "percent")
    ((True, 3), (True, 2))
    >>> _open_and_reach("the final position for last financial year", "gbp"), _open_and_reach("children in care", "count")
    ((True, 3), (False, 1))
    >>> _open_and_reach("the average weekly cost", "gbp"), _open_and_reach("average weekly cost of an agency social worker", "gbp")
    ((True, 1), (False, 1))
    >>> _open_and_reach("Performance as at the end of December 2018", "percent")  # a time alone names nothing
    (True, 3)
    """
    words = _PHRASE_WORD.findall(phrase.lower().replace("’", "'"))
    if all(w in _OPEN_WORDS or w[0].isdigit() for w in words):
        return True, 3  # (a blank phrase has no words: it names nothing)
    if unit == "percent":
        group = all(w in _OPEN_WORDS or w in _GROUP_WORDS or w[0].isdigit() for w in words)
        return group, 2 if group else 1
    if unit == "gbp":
        if all(w in _OPEN_WORDS or w in _COST_WORDS or w[0].isdigit() for w in words):
            return True, 1
        return _MONEY_WORDS.search(phrase) is None, 1
    return False, 1


#: a part of the children in care named by where or with whom they live ("in care homes outside of the county",
#: "being cared for in county placements", "living with foster families", "placed with parents"): not the number
#: in care (the gold's convention: "19 children in residential care", "224 ... living in fostering households")
_CARE_SUBSET = re.compile(
    r"(?i)\b(?:in|into)\s+(?:(?:our|its|their|the)\s+)?(?:own\s+)?(?:care\s+homes?|children['’]?s\s+homes?|"
    r"residential\s+(?:care|homes?|placements?)|foster(?:ing)?\s+(?:care|placements?|households?|homes?|families)|"
    r"(?:in[\s-])?county\s+placements?|external\s+placements?|out[\s-]of[\s-](?:county|area|borough)\s+placements?)\b"
    r"|\b(?:living|placed|cared\s+for|accommodated)\s+(?:with|in|out(?:side)?)\s+(?!care\b|our\s+care\b|the\s+care\b)"
    r"|\boutside\s+(?:of\s+)?the\s+(?:county|borough|city|authority)\b|\bout\s+of\s+(?:county|area|borough)\b")
_CARE_SUBSET_WORDS = ("in ", "living", "placed", "cared", "accommodated", "outside", "out of")


def _care_subset(ev: Evidence) -> bool:
    """Whether a count of children in care names only a part of them by where or with whom they live.

    >>> _care_subset(Evidence("looked-after children in care homes", "own", "116 looked-after children in care homes", "", "count", None))
    True
    >>> _care_subset(Evidence("children being cared", "own", "155 children were being cared for in county placements", "", "count", None))
    True
    >>> _care_subset(Evidence("children in care", "own", "there were 588 children in care at 31 March", "", "count", None))
    False
    >>> _care_subset(Evidence("children being cared for in Derbyshire", "own", " has risen by 25% to just over 1,000", "",
    ...                       "count", None))
    False
    """
    if ev.clause[:12].lstrip(" )").lower().startswith("of ") and _WHOLE_OF_SHARE.match(ev.clause):
        at = ev.sentence.find(ev.clause)
        if at > 0 and _SHARE_BEFORE.search(ev.sentence, max(0, at - 24), at):
            # "Some 41% of the three hundred children in its care are placed out of the area", "70% of the 520 children
            # looked after are in foster placements": the count is the whole the share is of; where they live is said
            # of the share
            return False
    for text in (ev.phrase, ev.clause):
        low = text.lower()
        if any(w in low for w in _CARE_SUBSET_WORDS) and _CARE_SUBSET.search(text):
            if ("cared for in " in low or "looked after in " in low) and not _CARE_SUBSET.search(
                    _CARED_FOR_IN_PLACE.sub(" ", text)):
                continue  # "the numbers of children being cared for in Derbyshire": the place's children in care, all of them
            return True
    return False


#: children cared for (looked after) in a place named with a capital that is no kind of placement: the whole ("the numbers
#: of children being cared for in Derbyshire"); "cared for in County placements", "in Foster care" stay a part
_CARED_FOR_IN_PLACE = re.compile(
    r"(?i:\b(?:cared\s+for|looked\s+after)\s+in)\s+(?!(?:Foster|Fostering|Residential|Children|Care|Local|County|City|"
    r"Borough|Semi|Supported|External|Independent|Out|In|Our|Its|Their|The|Secure|Kinship|Family)\b)[A-Z][a-z]+"
    r"(?:[\s-]+(?:and\s+|upon\s+|on\s+)?[A-Z][a-z]+)*\b(?![\w\s'’-]{0,24}?\b(?:placements?|homes?|care|residential|foster\w*|"
    r"provision|units?|accommodation|settings?)\b)")


#: the clause of a count that is the whole of a share before it: "(41%) of the three hundred children ...", "of our 410"
_WHOLE_OF_SHARE = re.compile(r"(?i)[\s)]*of\s+(?:all\s+)?(?:the|its|our|their|these|those|all)\s")
#: a share right before that clause: "41%", "70 per cent", "a half", "two thirds", "the majority"
_SHARE_BEFORE = re.compile(r"(?i)(?:%|\bper\s?cent|\bpercent|\bpc|\bhalf|\bthirds?|\bquarters?|\bfifths?|\bmajority|"
                           r"\bproportion)\s*\)?\s*$")


#: a part of the care leavers named by what they are doing or where they live ("32 care leavers are studying at
#: university", "six care leavers were undertaking apprenticeships", "40 care leavers were not in education, employment
#: or training", "150 care leavers living in suitable accommodation"): not the number of care leavers (the convention
#: of parts of a count indicator; their shares already get none by the unit rule); "supported 214 of our care leavers into
#: further education" is the service's count of its care leavers (round 6)
_CARE_LEAVER_PART = re.compile(
    r"(?i)\b(?:studying|at\s+university|(?:in|entered|accessing)\s+(?:higher|further)\s+education|apprentices?\b|"
    r"apprenticeships?|undertaking|employed|in\s+(?:paid\s+)?(?:employment|education|training|work|custody|suitable|"
    r"unsuitable|independent|supported|semi[\s-]independent|their\s+own)|not\s+in\s+(?:education|employment|training)|"
    r"neet\b|eet\b|living\s+(?:in|with|independently)|staying\s+put)")
_CARE_LEAVER_WORDS = ("stud", "universit", "education", "apprentic", "undertak", "employ", "train", "work", "custody",
                      "suitable", "independ", "supported", "own", "neet", "eet", "living", "staying")


def _care_leaver_part(ev: Evidence) -> bool:
    """Whether a count of care leavers names only a part of them by what they do or where they live.

    >>> _care_leaver_part(Evidence("care leavers studying at university", "own", "32 care leavers are studying at university", "", "count", None))
    True
    >>> _care_leaver_part(Evidence("care leavers open to the service", "own", "There are 284 care leavers open to the service", "", "count", None))
    False
    """
    for text in (ev.phrase, ev.clause):
        low = text.lower()
        if any(w in low for w in _CARE_LEAVER_WORDS) and _CARE_LEAVER_PART.search(text):
            return True
    return False


#: the complement of a timeliness measure: the share late, not the share on time ("99% of assessments taking longer
#: than the 20-week deadline", "is not completing 60% of EHCPs within the time limit", "failure to issue plans within
#: the statutory timeframe in 99% of cases", "issued outside the 20-week timescale", "still waiting more than 20 weeks")
_LATE_SHARE = re.compile(
    r"(?i)\b(?:taking|took|take|takes|taken)\s+(?:longer|more)\s+than\b"
    r"|\b(?:not|never|fail(?:ed|ing|ure|s)?\s+to)\s+(?:being\s+|been\s+|be\s+)?(?:complet|issu|finalis|finaliz)\w*"
    r"|\b(?:outside|beyond|over|exceed(?:ed|ing)?)\s+(?:of\s+)?(?:the\s+)?(?:(?:20|twenty)[\s-]weeks?\b|statutory\b|legal\b)"
    # "72% of families still waiting more than 20 weeks", "the target time had not been hit by as much as 75% of cases"
    r"|\b(?:waiting|waited|wait|waits)\s+(?:for\s+)?(?:more|longer)\s+than\b|\bnot\s+been\s+(?:hit|met|achieved)\b")
_TIMELINESS_IDS = frozenset(("ehcp_timeliness", "assessment_timeliness"))
#: a count of the children (or placements) foster carers look after, not of the carers: "Hartlepool foster carers
#: provide placements for 184 children", "89 approved fostering households caring for 159 children", "homes for 40
#: young people" (the phrase names the children, and no carer or household)
_FOSTERED_NOT_CARERS = re.compile(r"(?i)\b(?:child(?:ren)?|young\s+(?:people|persons?)|youngsters?|teenagers?|siblings?|placements?|places?|beds?)\b")
_CARER_WORDS = re.compile(r"(?i)\b(?:carers?|households?|famil(?:y|ies)|homes?|parents?|fosterers?)\b")
#: carers (households) said to have joined or left in a time, a flow, like the new carers (``except`` of foster_carers in
#: indicators.yml): "8 fostering households have joined us in the last 12 months and 18 have de-registered", "three foster
#: carers stopped their duties", "35 carers resigned or retired", "20 households were approved this year", "9 left"
_CARER_FLOW = re.compile(
    r"(?i)\b(?:joined|de-?registered|de-?registering|resigned|retired|quit|stopped|ceased|left|"
    r"(?:were|was|been|being)\s+(?:newly\s+)?(?:approved|recruited|registered|de-?registered))\b")
#: "left" that is not leaving ("carers left with no support", "left to cope", "left behind")
#: and "left" that is what remains ("only 45 foster carers left after the campaign", "carers still left")
_LEFT_NOT_LEAVING = re.compile(r"(?i)\bleft\s+(?:with|to|behind|alone|out|without)\b|\b(?:only|just|still)\b[^.;]{0,40}\bleft\b")
#: a phrase whose head is the children, the carers only where they are placed ("children placed with in-house foster
#: carers", "young people living with foster families")
_CHILDREN_WITH_CARERS = re.compile(
    r"(?i)\s*(?:the\s+)?(?:child(?:ren)?|young\s+(?:people|persons?)|youngsters?|teenagers?|siblings?)\b[^,;]{0,40}?"
    r"\b(?:placed|fostered|living|cared\s+for|looked\s+after|staying)\s+(?:with|by|in)\b")
#: the clause says the children are fostered ("211 children being fostered by in-house carers and 145 through ...")
_CHILDREN_FOSTERED = re.compile(
    r"(?i)\b(?:child(?:ren)?|young\s+(?:people|persons?)|youngsters?|teenagers?)\s+(?:being\s+|currently\s+|are\s+|were\s+)?"
    r"(?:fostered|placed\s+with)\b")
#: (r35falseids) a count whose phrase opens with the children (or pupils) it counts, not the adults an id of carers or
#: staff counts: "around five children who were in residential homes where foster carers were being sought", "the 77
#: children who are sent to independent foster carers", "675 pupils" (a funding agency's); a possessive ("children's
#: social workers") names the adults
_PEOPLE_HEAD = re.compile(
    r"(?i)\s*(?:(?:the|these|those|some|all|other|more|around|about|over|nearly|almost)\s+)*(?:child(?:ren)?|"
    r"young\s+(?:people|persons?)|youngsters?|teenagers?|siblings?|pupils?|students?|learners?)"
    r"(?:\s*$|\s+(?:who|that|which|in|into|with|from|at|on|by|for|of|under|aged|are|were|being|sent|placed|living)\b)")
#: (r35falseids) the carers' (or workers') things as the phrase's last words: "the remaining 31 foster carer's cases",
#: "carers' allowances" (the head is after the possessive)
_ADULTS_POSSESSIVE_HEAD = re.compile(
    r"(?i)\b(?:carers?|workers?|staff)(?:[\'’]s?|s[\'’])\s+(?!households?\b|famil)[a-z]+\s*$")
#: (r35falseids) the ids that count adults (carers, agency staff), which a count of children or of the adults' things is not
_ADULT_COUNT_IDS = frozenset(("foster_carers", "agency_social_workers"))
#: the share of vacancies (or posts) covered by agency staff is an agency rate, not the vacancy rate: "its rate of
#: social worker vacancies covered by agency staff is 9.5 per cent", "posts filled by locums"
_AGENCY_COVERED = re.compile(
    r"(?i)\b(?:vacanc(?:y|ies)|posts?|positions?|roles?)\s+(?:(?:that|which)\s+(?:are|were)\s+|being\s+|currently\s+)?"
    r"(?:covered|filled|backfilled|staffed)\s+(?:by|with|through)\s+(?:an?\s+)?(?:agency|agencies|locums?|interim|temporary)\b")


def _agency_covered(ev: Evidence) -> bool:
    """Whether the vacancies a percentage measures are those covered by agency staff (its clause, or the words after
    its phrase in the sentence: "its rate of social worker vacancies covered by agency staff is 9.5 per cent - below
    the national average of 14 per cent").

    >>> _agency_covered(Evidence("rate of social worker vacancies", "own", "below the national average of 14 per cent",
    ...                          "its rate of social worker vacancies covered by agency staff is 9.5 per cent - below the national average of 14 per cent",
    ...                          "percent", None))
    True
    >>> _agency_covered(Evidence("social worker vacancy rate", "own", "The social worker vacancy rate is 12.5%", "", "percent", None))
    False
    """
    if _AGENCY_COVERED.search(ev.clause):
        return True
    at = ev.sentence.find(ev.phrase) if ev.phrase else -1
    return at >= 0 and bool(_AGENCY_COVERED.search(ev.sentence, at, at + len(ev.phrase) + 60))


#: a phrase that names only a budget, an allocation, a grant or funding (of a block of the DSG or none), its year or a
#: purpose after it at most ("high needs budget for 2024/25", "additional high needs funding (to ease pressures)", "the
#: Dedicated Schools Grant (DSG) allocation")
_BUDGET_NAMED = re.compile(
    r"(?i)^(?:(?:the|its|their|our|a|an|total|annual|net|gross|revised|approved|original|overall|current|base|full|whole|"
    r"additional|extra|new|one[\s-]off)\s+)*(?:(?:high\s+needs|hnb|dsg|dedicated\s+schools?\s+grant|schools|early\s+years|central)"
    r"(?:\s+block)?\s+)?(?:budgets?|allocations?|grants?|funding)(?:\s+(?:for|in)\s+(?:the\s+)?(?:year\s+)?[\d/-]+)?$")
#: a purpose after money: "to ease pressures", "to meet the overspend", "in response to pressures"
_PURPOSE_AFTER = re.compile(r"(?i)\s+(?:(?:in\s+order\s+)?to\s+(?:help\s+)?(?:ease|meet|address|tackle|cover|deal\s+with|reflect|"
                            r"support|manage|mitigate|offset|relieve|reduce|respond\s+to)|in\s+response\s+to)\b.*$")
_ACRONYM_IN_BRACKETS = re.compile(r"\s*\([A-Za-z]{2,6}\)")


def _names_budget_only(phrase: str) -> bool:
    """Whether the phrase names only a budget or funding (:data:`_BUDGET_NAMED`), a bracketed acronym and a purpose
    after it left out.

    >>> _names_budget_only("high needs budget for 2024/25"), _names_budget_only("additional high needs funding to ease pressures")
    (True, True)
    >>> _names_budget_only("high needs budget overspend"), _names_budget_only("Dedicated Schools Grant (DSG) deficit")
    (False, False)
    """
    low = phrase.lower()
    if "budget" not in low and "fund" not in low and "grant" not in low and "allocation" not in low:
        return False
    p = _ACRONYM_IN_BRACKETS.sub("", phrase).strip()
    return _BUDGET_NAMED.match(_PURPOSE_AFTER.sub("", p)) is not None


#: a phrase naming money paid towards a deficit: "the council's contribution to the DSG deficit", "DfE contributions
#: towards the high needs deficit", "payments towards the overspend"
_PAID_TOWARDS = re.compile(r"(?i)\b(?:contributions?|payments?)\s+(?:to|towards)\s+(?:[\w'’()-]+\s+){0,6}?"
                           r"(?:deficits?|overspends?|shortfalls?)\b")
#: money paid towards a deficit or an overspend, or the part of one that someone takes on, is not the deficit: "£25m
#: towards the High Needs deficit", "£2m a year from the General Fund to reduce the DSG deficit", "the DfE has agreed to
#: take on approximately £104.4 million of this deficit", "agrees to give £6.5m to support £8m children's service deficit",
#: "£3m to plug the overspend"
_TOWARDS_VARIANCE = re.compile(
    rf"(?i){_AMOUNT}\s+(?:[\w'’/-]+\s+){{0,6}}?(?:towards|to\s+(?:reduce|clear|pay\s+(?:off|down)|eliminate|offset|repay|recover|"
    rf"write\s+off|wipe\s+out|support|fund|cover|meet|plug|tackle|bridge|close|address))\s+(?:[\w'’/£$€.,-]+\s+){{0,4}}?"
    rf"(?:deficits?|overspends?|shortfall)\b"
    rf"|\b(?:take\s+on|taking\s+on|write\s+off|writing\s+off|written\s+off|wipe\s+out|absorb|cover)\s+(?:(?:approximately|around|about|"
    rf"some|up\s+to|nearly|almost|over|the\s+first)\s+)?{_AMOUNT}\s+of\s+(?:the|this|its|their|that)\s+(?:[\w'’-]+\s+){{0,3}}?deficits?\b")


#: a phrase led by the interest paid on money ("interest", "the interest costs on the DSG deficit", "annual interest
#: payments on borrowing")
_INTEREST_PHRASE = re.compile(r"(?i)\s*(?:(?:the|its|their|our|annual|yearly|an|any)\s+)*interest\b")
#: the phrase names money coming in, not a variance: "DSG income higher than budgeted with the in-year grant of £1.759m"
_INCOME_PHRASE = re.compile(r"(?i)\b(?:grants?|income|funding|allocations?|receipts?)\b")
#: the phrase is a budget itself ("over its budget of £140.22m", "against a budget of £81.7m"), not a variance
_BUDGET_ONLY = re.compile(
    r"(?i)^(?:(?:the|its|their|a|an|total|annual|net|gross|revised|approved|original|overall|current|base|full|whole)\s+)*budgets?$")


#: the units of a figure that, as a change ("a fall of 35", "up by 4%", "down 2 percentage points"), gets no id
_CHANGE_NO_ID_UNITS = frozenset(("count", "percent", "percentage_points"))


#: the ids of a budget's variance, whose change ("£1m more than previously forecast", "has increased by £1.4m since
#: July") is not the variance
VARIANCE_IDS = frozenset(("budget_variance", "high_needs_deficit"))
#: a variance said as an amount more or less than the budget or the plan ("£8.2m more than it had budgeted", "£4.3m
#: more ... than initially planned", "£2m over its budget"): the amount is the variance, though the grammar reads a change
_AGAINST_BUDGET = re.compile(
    r"(?i)\bthan\s+(?:(?:it|they|we|had|has|was|were|been|initially|originally)\s+)*(?:budgeted|planned|expected)\b"
    r"|\bthan\s+(?:(?:its|their|the|our)\s+)?budget"
    r"|\b(?:over|above|under|below|exceed\w*|in\s+excess\s+of)\s+(?:(?:its|their|the|our)\s+)?budget")


#: a verb of change with the variance as its object, then "by" right before the amount: "(pressures) have increased the
#: previous overspend by (£4.6m)", "reduced the forecast deficit by", "pushed the overspend up by"; (round 20) or the noun
#: of the change with the variance after "in" or "of": "forecasts an increase in the overspend by (£740,000)", "a reduction of
#: the deficit by"; a headline's verb without an article ("slashes deficit by"); "more than" before the amount ("reduced the
#: overall deficit by more than (£10m)")
_VARIANCE_CHANGED_BY = re.compile(
    r"(?i)(?:\b(?:increas|reduc|decreas|rais|lower|cut|push|add|grow|grew|widen|narrow|bring|brought|swell|slash|halv|trimm?)\w*|"
    r"\b(?:increases?|rises?|reductions?|decreases?|growth|falls?|drops?)\s+(?:in|of))\s+"
    r"(?:(?:the|its|their|this|that|our)\s+(?:[\w'’-]+\s+){0,3}?)?(?:overspend|underspend|deficit|variance|pressures?|"
    r"shortfall|gap|position)\s+(?:(?:up|down|further)\s+)?by\s+(?:(?:around|about|nearly|almost|some|over|a\s+further|"
    r"another|more\s+than|just\s+over|just\s+under)\s+)?$")


#: (round 18) a verb of going over a budget, the budget (or limit, allocation) as its object, then "by" right before the
#: amount: "overran its £107m budget for 2021-22 by (£5m)", "is expected to exceed its limit by (£7.757m)", "overshot the
#: placements budget by (£3.1m)", "went over its allocation by": the amount is the budget's variance, whatever the phrase
#: names (the budget, the year, "limit"); (round 21) "overspent its budget by", "expected to overspend their high needs
#: budgets by (£76 million)": the clause's budget says whose (a high needs budget's: the high needs deficit)
_OVERRAN_BUDGET_BY = re.compile(
    r"(?i)\b(?:overr[au]n(?:s|ning)?|overshot|overshoot(?:s|ing)?|exceed(?:s|ed|ing)?|(?:went|gone|go|goes|going)\s+over|"
    r"overspen[dt](?:s|ing)?)\s+"
    r"(?:(?:its|their|the|our|this|that|his|her|a|an)\s+)?(?:[\w'’£$€.,/()-]+\s+){0,5}?"
    r"(?:budgets?|limits?|allocations?|spending\s+plans?)\s+(?:(?:for|in|of)\s+(?:[\w'’/-]+\s+){1,3}?)?by\s+"
    r"(?:(?:around|about|nearly|almost|some|over|more\s+than|just\s+over|just\s+under|up\s+to|approximately|an\s+estimated|"
    r"a\s+projected|a\s+forecast)\s+)?$")


#: (r38ids) the figure's own clause points back at a variance or a block named before: "the Council needed to address the
#: overspend (approximately £7.2m" (Slough), "was £32m short in this part of the budget" (Walsall), "an overspend on that
#: block of the budget of £3.19m" (Swindon): before the figure, a pointed variance with only a hedge or "of" between ...
_POINTED_VARIANCE_LEFT = re.compile(
    r"(?i)\b(?:the|this|that)\s+(?:(?:forecast|projected|current|overall|in[\s-]year|cumulative)\s+)?"
    r"(?:overspend|deficit|shortfall|funding\s+gap)\s*(?:\(|\bof\b)?\s*"
    r"(?:(?:approximately|approx\.?|around|about|some|circa|c\.|nearly|almost|over|more\s+than|an\s+estimated)\s+)?$"
    # ... or a variance on a pointed block or part of the budget, then "of"
    r"|\b(?:overspend|deficit|shortfall)\s+(?:on|in|against)\s+(?:this|that)\s+(?:block|part|budget)\b[^.;:£]{0,30}?"
    r"\bof\s+(?:(?:approximately|around|about|some|circa|nearly|almost|over|more\s+than)\s+)?$")
#: ... or after the figure, short of (or over) a pointed part of the budget
_POINTED_VARIANCE_RIGHT = re.compile(
    r"(?i)^\s*(?:short|overspent|over\s?spent|in\s+deficit|over\s+budget)\s+(?:in|on|of|against)\s+(?:this|that)\s+"
    r"(?:block|part\s+of\s+the\s+budget|budget)\b")
#: another part of the schools' money or another budget named in the figure's own sentence: the pointer may be to it
_OTHER_BLOCK = re.compile(r"(?i)\b(?:early\s+years|schools\s+block|central\s+(?:schools\s+)?services?\s+block|general\s+fund|"
                          r"transport)\b")


def variance_pointed_back(left: str, right: str, sentence: str, previous: str,
                          indicators: Sequence[Indicator]) -> bool:
    """(r38ids) Whether money is the high needs deficit the sentence right before names: the figure's own clause points
    back at a variance or a block ("address the overspend (approximately £7.2m", "£32m short in this part of the
    budget", "an overspend on that block of the budget of £3.19m"), its sentence names no other block or budget
    (:data:`_OTHER_BLOCK`), and ``previous`` (the sentence before in the same paragraph, or at a paragraph's first
    sentence the last sentence of the paragraph before: :func:`.extraction._sentence_right_before`) names the high
    needs money itself (the indicator's ``what``: the high needs block, the DSG, the SEND budget). ``left`` is the sentence up to
    the figure, ``right`` the sentence after it.

    Seen at Slough (open gold), Walsall and Swindon (judged pools): BASE gave none or ``budget_variance``.

    >>> inds = load_indicators()
    >>> prev = "The overspend in relation to SEND related to the High Needs Block, within the Dedicated Schools Grant."
    >>> variance_pointed_back("The Council needed to address the overspend (approximately ", " at the end of 2018/19).",
    ...                       "", prev, inds)
    True
    >>> variance_pointed_back("By the end of 2024/25, the council was ", " short in this part of the budget.", "",
    ...                       "The biggest risk is the Dedicated Schools Grant.", inds)
    True
    >>> variance_pointed_back("The council needed to address the overspend of ", ".", "",
    ...                       "The children's services budget is under pressure.", inds)  # no high needs before
    False
    >>> variance_pointed_back("It transferred ", " to reduce the deficit.", "", "The high needs block is overspent.", inds)
    False
    """
    if not previous or not (_POINTED_VARIANCE_LEFT.search(left[-90:]) or _POINTED_VARIANCE_RIGHT.match(right)):
        return False
    if _OTHER_BLOCK.search(sentence) or _OTHER_BLOCK.search(left) or _OTHER_BLOCK.search(right):
        return False
    found = find_concepts((previous,), "gbp", None, indicators).get(_HIGH_NEEDS_ID)
    return bool(found and "what" in found)


def overran_budget_by(unit: str, left: str) -> bool:
    """Whether money is the amount a budget (limit, allocation) was gone over by: a verb of going over with the budget
    as its object and "by" right before the amount (``left``: the sentence up to the figure, as the clause of an amount
    after another amount starts after that one). The rules read it as the variance (:data:`_OVERRAN_BUDGET_BY`), not by
    the words of its phrase.

    >>> overran_budget_by("gbp", "The directorate overran its £107m budget for 2021-22 by ")
    True
    >>> overran_budget_by("gbp", "The council's revenue budget is expected to exceed its limit by ")
    True
    >>> overran_budget_by("gbp", "pupils exceeded 3% of the roll by "), overran_budget_by("count", "overran its budget by ")
    (False, False)
    >>> overran_budget_by("gbp", "The budget was increased by ")
    False

    (r18review) Not money coming in that went over what was allocated or planned: "The grant received exceeded the
    original allocation by", "Funding for 2024/25 exceeds the 2023/24 allocation by", "reserves exceeded the minimum
    limit by" say more was got or held, not spent.

    >>> overran_budget_by("gbp", "Funding for 2024/25 exceeds the 2023/24 allocation by ")
    False
    """
    if unit != "gbp" or " by" not in left[-30:]:
        return False
    tail = left[-160:]
    m = _OVERRAN_BUDGET_BY.search(tail)
    return m is not None and not _MONEY_IN_SUBJECT.search(tail, max(0, m.start() - 80), m.start())


#: (r18review) the subject of :data:`_OVERRAN_BUDGET_BY`'s verb that is money got or held, not spent: income, a grant,
#: funding, receipts, reserves, a settlement ("the revenue budget" is spending: not here)
_MONEY_IN_SUBJECT = re.compile(
    r"(?i)\b(?:income|grants?|funding|receipts?|reserves?|balances?|settlement|council\s+tax|business\s+rates|fees|"
    r"charges|contributions?|savings)\b")


def _overran_in_clause(ev: Evidence) -> bool:
    """(round 21) Whether the clause's words before its first amount go over a budget by it (:func:`overran_budget_by`):
    "expected to overspend their high needs budgets by (£76 million)" names the budgets, and the amount is their variance.

    >>> _overran_in_clause(Evidence("high needs budgets", "own", "set to overspend their high needs budgets by £7m", "", "gbp", None))
    True
    """
    m = _AMOUNTS.search(ev.clause)
    return m is not None and overran_budget_by(ev.unit, ev.clause[:m.start()])


def variance_changed_by(unit: str, indicator_id: str | None, left: str) -> bool:
    """Whether money the grammar does not read as a change is one all the same: the amount a verb changed a
    variance by ("have increased the previous overspend by £4.6m to £15.8m"; the £15.8m is the variance).

    >>> variance_changed_by("gbp", "budget_variance", "Pressures have increased the previous overspend by ")
    True
    >>> variance_changed_by("gbp", "budget_variance", "The service is forecast to overspend by ")
    False

    (round 20) The noun of the change with the variance after it, and "more than" before the amount:

    >>> variance_changed_by("gbp", "budget_variance", "The report forecasts an increase in the overspend by ")
    True
    >>> variance_changed_by("gbp", "budget_variance", "Savings have reduced the council's overall deficit by more than ")
    True
    >>> variance_changed_by("gbp", "budget_variance", "Council slashes deficit by ")
    True
    >>> variance_changed_by("gbp", "budget_variance", "There was an increase in the budget by ")
    False
    """
    return unit == "gbp" and indicator_id in VARIANCE_IDS and " by " in left[-40:] and _VARIANCE_CHANGED_BY.search(left[-120:]) is not None


#: (round 19) an amount said against an earlier or planned position of the variance, right after it: "the final outturn was
#: £787k better than the planned overspend", "an increase of more than £1 million on the position reported in October",
#: "£0.4m worse than the forecast at month 6"; the earlier position is a variance, a forecast, a position or an outturn (or
#: a month, a quarter, a meeting, a report: "up £2m on last month"; not its possessive: "an overspend of £2m on this
#: month's placements" is spent on them; one noun phrase: "on the placements budget this quarter" is spent on the budget,
#: in the quarter), never the budget ("£8m more than budgeted", "£2m
#: above the budget" are the variance: :data:`_AGAINST_BUDGET`)
_AGAINST_EARLIER_RIGHT = re.compile(
    r"(?i)\s*(?:\([^()]{0,24}\)\s*)?(?:(?:better|worse|higher|lower|more|less|greater|bigger|smaller)\s+than|up\s+on|down\s+on|on)\s+"
    r"(?:the|this|that|its|our|their|last|previous|previously)\s+"
    r"(?:(?!(?:the|this|that|its|our|their|last|next)\b)[\w'’-]+\s+){0,3}?(?:overspends?|underspends?|deficits?|"
    r"forecasts?|positions?|outturns?|projections?|months?|quarters?|meetings?|reports?)\b(?!['’])")
#: a verb of change before an amount in brackets that says since when: "Overspend has continued to rise (approx. £21k since
#: November's Forum)", "the deficit has grown (by £0.3m since the last meeting)"
#: (r35twins2) its words from :mod:`analysis.vocab`, no copy here (they were prefixes: ``ris\w*``, ``reduc\w*``, ...):
#: the forms of the verbs rise, grow, fall, increase, decrease, reduce, improve and worsen (not drop, decline, go,
#: progress, change, narrow: the old list had none of them), and the nouns of a change the old prefixes read (growth,
#: reduction, improvement, with their plurals). Words the prefixes read and these do not ("risk", "increasingly",
#: "Fallon", "reducible") name no change; none stands before an amount in brackets in the evidence (note r35twins2)
_BRACKET_CHANGE_WORDS: tuple[str, ...] = tuple(sorted(
    {*change_verb_forms("rise", "grow", "fall", "increase", "decrease", "reduce", "improve", "worsen"),
     *(n + s for n in ("growth", "reduction", "improvement") for s in ("", "s"))}, key=lambda w: (-len(w), w)))
_CHANGE_BEFORE_BRACKET = re.compile(
    rf"(?i)\b(?:{'|'.join(_BRACKET_CHANGE_WORDS)})\s*\(\s*"
    r"(?:(?:by|approx\.?|approximately|around|about|some|a\s+further|another|c\.|circa)\s+)*$")


#: (r27id) a correction of a document's text: a number "amended" or "corrected" (from one) to another, with the document
#: (its minutes, report, statement, page, paragraph, bullet point, table) named in the sentence
#: (r27review) said as a correction to be made ("should be amended", "being amended", "amended to read"): a number "has
#: been corrected to 321 following a data cleanse" is the measure revised, and keeps its id
_CORRECTION = re.compile(r"(?i)\b(?:(?:should|must|would|will|to|be|being)\s+(?:be\s+)?(?:amended|corrected)\s+"
                         r"(?:from\s+[‘'\"“]?(?:an?\s+)?[£$€]?\d(?:[^.;]|\.(?=\d)){0,60}?\s+)?"
                         r"to\s+(?:correctly\s+)?(?:read\s+)?"
                         r"|(?:amended|corrected)\s+(?:from\s+[‘'\"“]?(?:an?\s+)?[£$€]?\d(?:[^.;]|\.(?=\d)){0,60}?\s+)?"
                         r"to\s+(?:correctly\s+)?read\s+)[‘'\"“]?\s*[£$€]?\d")
#: (r32id) a pronoun pointing back at the measure, then the verb that gives its new level, right up to the value:
#: "by the following year this had reduced drastically to just", "but in Eden it falls to just", "and this has since
#: risen to around" (any adverb in -ly between; the level "to" or "at", not the change "by"). (r32review) "that" only
#: after a mark or a conjunction ("- but that has now increased to nearly 500", Stockport): after a noun it is a relative
#: pronoun whose antecedent is that noun, not the measure before ("a waiting list that has risen to 120 families").
#: (r33tidy) The verbs of a new level are :func:`analysis.vocab.level_verb_alternation`'s (shared with the sentence's
#: opening pointer, ``extraction._POINTER_OPENING``; "gone" alone is new here: "this had gone to 30"), with "reached"
#: and "reaches" (also without "to")
_POINTER_TO_LEVEL = re.compile(
    r"(?i)(?:(?:^|[\s,;(])(?:this|it)|(?:(?:^|[,;(–—-])\s*|\b(?:and|but|while|whereas|yet|although|though|however)\s+)"
    r"that)\s+(?:(?:has|had|have)\s+)?(?:(?:now|since|then|already|further|subsequently|"
    r"again|also|still|\w+ly)\s+)*(?:(?:" + level_verb_alternation() + r"|reached|reaches)(?:\s+(?:\w+ly))?\s+to|"
    r"(?:stands|stood|sits|sat)\s+at|reached|reaches)\s+"
    r"(?:(?:just|only|slightly|well|still|now|also|again|even|much|far|the|a|an|around|about|some|nearly|almost|over|"
    r"under|approximately|roughly)\s+)*$")


def points_to_new_level(left: str) -> bool:
    """(r32id) Whether a figure's clause, right up to it, points back at the measure before with a pronoun and gives its
    new level: "Whereas 60% of plans were completed within that time in 2021, by the following year this had reduced
    drastically to just 18%" (Sefton), "In South Lakeland the figure is 67 but in Eden it falls to just 20" (Cumbria).
    The pronoun need not open the sentence (the sentence-opening pointer is :data:`extraction._POINTER_OPENING`'s).

    >>> points_to_new_level("by the following year this had reduced drastically to just "), points_to_new_level(" but in Eden it falls to just ")
    (True, True)
    >>> points_to_new_level("the number of requests has risen to "), points_to_new_level("this has risen by ")
    (False, False)
    >>> points_to_new_level(" - but that has now increased to nearly "), points_to_new_level("a waiting list that has risen to ")
    (True, False)
    """
    return _POINTER_TO_LEVEL.search(left) is not None


#: (r32id) a share said as its margin against a comparison point, right after it: "(2% below the national average)",
#: "to 0.35% below the overall Greater Manchester target", "10% above the London average"
_MARGIN_RIGHT = re.compile(
    r"(?i)\s*(?:points?\s+)?(?:below|above|higher\s+than|lower\s+than|behind|ahead\s+of|better\s+than|worse\s+than)\s+"
    r"(?:the\s+|their\s+|its\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:national|regional|england|english|london|"
    r"statistical\s+neighbours?|average|targets?|benchmarks?|comparators?)\b")


def margin_against_comparator(text: str, end: int) -> bool:
    """(r32id) Whether the share ending at ``end`` is said as its margin against a national or regional figure, an
    average or a target ("87% of local schools were rated as 'good' or 'outstanding' (2% below the national average)",
    Slough; "reducing the % of 16-18 year olds whose activity status is not known to 0.35% below the overall Greater
    Manchester target", Salford): a difference of two shares, not the measure's share (the blind gold and the judged
    pools give such margins no id at seven councils: Slough, Salford, Barnsley, Hackney, Oldham, Wigan, Hillingdon).

    >>> t = "87% of schools were rated good or outstanding (2% below the national average)."
    >>> margin_against_comparator(t, t.index("2%") + 2), margin_against_comparator(t, t.index("87%") + 3)
    (True, False)
    >>> t = "Attendance was 94% in 2023, above the national average."
    >>> margin_against_comparator(t, t.index("94%") + 3)
    False
    """
    return _MARGIN_RIGHT.match(text, end) is not None


#: (r27review) "correct record" (the minutes' formula), not "record" alone: "a record high of 412"
_DOCUMENT_PART = re.compile(r"(?i)\b(?:minutes?|report|statement|correct\s+record|page|paragraph|bullet(?:\s+point)?|table|title)s?\b")


def in_correction(sentence: str) -> bool:
    """(r27id) Whether a figure's sentence corrects the text of a document (the minutes of the last meeting, a report's
    page): "Minute 3, second bullet point, '600 requests' being amended to correctly read '60 requests'", "the
    financial implications statement on the report title page should be amended from £3.606m to £3.306m". Such a figure
    is a printed number put right, not the measure of this meeting: it gets no id (the blind gold at two councils,
    Stockport and Tameside; no judged pool figure is in such a sentence). A target or a plan changed ("the target was
    amended to 60%") names no document and keeps its id; so does a measure the minutes are amended to record.

    >>> in_correction("the statement on the report title page should be amended from £3.606m to £3.306m")
    True
    >>> in_correction("Minute 3, second bullet point, '600 requests' being amended to correctly read '60 requests'")
    True
    >>> in_correction("The target for plans issued within 20 weeks was amended to 60%."), in_correction(
    ...     "Paragraph 4 of the minutes was amended to record that the high needs deficit was £2.1m.")
    (False, False)
    """
    return ("mended" in sentence or "orrected" in sentence) and _CORRECTION.search(sentence) is not None \
        and _DOCUMENT_PART.search(sentence) is not None


def variance_against_earlier(text: str, start: int, end: int) -> bool:
    """Whether an amount ``text[start:end]`` is said against an earlier or planned position of a variance, not as the
    variance: a comparison with the planned or forecast overspend, the position reported last time, or a change since
    then in brackets after a verb of change (:data:`_AGAINST_EARLIER_RIGHT`, :data:`_CHANGE_BEFORE_BRACKET`). Like a
    change of a variance (the header of ``data/indicators.yml``), it gets no id.

    >>> t = "The final outturn was £787k better than the planned overspend and £0.2m worse than the forecast at Month 10."
    >>> [variance_against_earlier(t, t.find(a), t.find(a) + len(a)) for a in ("£787k", "£0.2m")]
    [True, True]
    >>> t = "The potential overspend is £4.88m, an increase of more than £1m on the position reported in October."
    >>> [variance_against_earlier(t, t.find(a), t.find(a) + len(a)) for a in ("£4.88m", "£1m")]
    [False, True]
    >>> t = "Overspend has continued to rise (approx. £21k since November's Forum) and now stands at £2.716m."
    >>> [variance_against_earlier(t, t.find(a), t.find(a) + len(a)) for a in ("£21k", "£2.716m")]
    [True, False]
    >>> t = "The service spent £8m more than budgeted, £2m above the budget, an overspend of £3m on the placements budget."
    >>> [variance_against_earlier(t, t.find(a), t.find(a) + len(a)) for a in ("£8m", "£2m", "£3m")]
    [False, False, False]
    """
    if _AGAINST_EARLIER_RIGHT.match(text, end, min(len(text), end + 80)):
        return True
    return text.startswith(" since ", end) and _CHANGE_BEFORE_BRACKET.search(text, max(0, start - 60), start) is not None


def change_keeps_id(unit: str, indicator_id: str | None, clause: str, per: str | None = None) -> bool:
    """Whether a figure the grammar reads as a change keeps its indicator id: a change of a count ("a fall of 35")
    or of a share ("an increase of nine per cent on last year", "down 2 percentage points") never does; a change of
    a budget's variance ("the overspend has increased by £1.4m since July", "£1m more than previously forecast")
    neither, but an amount more than the budget is the variance itself ("£8.2m more than it had budgeted"); (r37ids)
    nor a change of money said per something (``per``: the figure's per, "week"), a unit cost's rise or fall ("the
    average cost of a placement ... has risen by £113 per week", "a reduction in costs of approximately £400 per
    week"): the cost is the level, as a count's; other money ("an increase of £3m in funding") and rates keep theirs.

    >>> change_keeps_id("gbp", "budget_variance", "The overspend has increased by £1.4m since July")
    False
    >>> change_keeps_id("gbp", "budget_variance", "the council will spend £8.2m more than it had budgeted")
    True
    >>> change_keeps_id("count", "children_in_care", "a fall of 35"), change_keeps_id("percent", "neet", "down 2%")
    (False, False)
    >>> change_keeps_id("rate", "children_in_care", "up from 65")
    True
    >>> change_keeps_id("gbp", "placement_cost_weekly", "has risen by £113 per week", "week")
    False
    """
    if unit in _CHANGE_NO_ID_UNITS or unit == "gbp" and per:
        return False
    if unit == "gbp" and indicator_id in VARIANCE_IDS:
        return bool(_AGAINST_BUDGET.search(clause))
    return True



#: the kind of money named right after an amount that is not a variance: "agreed DSG £900,000 top slice", "plus £85,000
#: carry forward", "a £1.2m settlement", "the £45,504,413 allocation", "£250k contribution", "£40,000 grant", "£180,000
#: request" (not "£2m funding gap", "£3m contribution to the deficit" is :data:`_PAID_TOWARDS`'s)
_NOT_VARIANCE_RIGHT = re.compile(
    r"(?i)\s*(?:top[\s-]?slic(?:e|es|ed|ing)|carr(?:y|ied)[\s-]+forwards?|brought[\s-]+forward|settlements?|allocations?|"
    r"contributions?|grants?|requests?|bids?)\b(?!\s+(?:gaps?|shortfalls?|deficits?|overspends?|pressures?)\b)"
    # money taken out of a variance or a balance, or used: "take the £45K out of this year's underspend", "(approximately
    # £90,000) should be used to part-fund", "£50k from the underspend"
    r"|\)?\s+(?:(?:[\w'’]+\s+){0,2}?(?:out\s+of|from)\s+(?:(?:the|this|that|its|our|their|last|next)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:underspends?|surplus(?:es)?|reserves?|balances?|carry[\s-]forwards?)\b"
    r"|(?:(?:should|would|will|could|may|might|can|to|is|was|were|are|has|had|have)\s+)?(?:be\s+|been\s+)?used\s+(?:to|for)\b)")
#: the amount asked for, or kept, needed or taken in a member's or officer's words, right before it: "A request for
#: £180,000 had been made", "a bid of £2m", "we retain that £100k", "not need the £100k in the future", "take the £45K";
#: (round 18) money paid in, named a contribution right before it: "will make a contribution of £9m over five years
#: towards the reduction in the overall deficit", "the council's contribution of £1.8 million had no budget and would put
#: additional pressure on the general fund" (as "£250k contribution" after it);
#: a part of a grant or allocation said with "of which": "Grant for 2021/22 £315,336,462 of which High Needs block
#: (HNB) was £45,504,413"
#: (r18review) contributions that fell short, right before "contributions of": the shortfall is a variance ("a shortfall
#: in health contributions of £1.2m", "lower contributions of £0.8m from health partners")
_CONTRIBUTION_LOST_LEFT = re.compile(
    r"(?i)\b(?:shortfalls?\s+(?:in|of|on)|short\s+of|loss\s+of|lost|reduced|reductions?\s+in|lower|less|fall\s+in|drop\s+in|"
    r"missing|unfunded|under-?recover\w*\s+(?:of|on|in)|reduction\s+of)\s+(?:the\s+|our\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?\s?$")
_NOT_VARIANCE_LEFT = re.compile(
    r"(?i)(?:\b(?:requests?|requested|bids?|applications?|asks?|asking|contributions?)\s+(?:for|of)\s+(?:(?:approximately|around|about|some|"
    r"up\s+to|a\s+further|an?\s+additional|additional|further|the)\s+)?"
    r"|\b(?:retain|retains|retained|retaining|keep|keeps|keeping|kept|need|needs|needing|take|takes|taking|took)\s+"
    r"(?:the|that|this|those|these|back)\s+)\(?$")
_OF_WHICH_PART = re.compile(
    r"(?i)\b(?:grants?|allocations?|budgets?|funding|settlement)\b[^.;:]{0,80}?\bof\s+which\s+(?P<part>(?:[\w'’()&-]+\s+){1,6}?)"
    r"(?:was|is|were|are|being|amounts?\s+to|totall?ed|totall?ing)\s+$")


#: (r31id) money put to a variance: a verb of purpose, then within a few words the variance or the budget it is put to
#: ("utilising £53.789 m ... in order to balance this budget", "be vired to service budgets to fund the projected
#: overspends", "stratagems to address this shortfall, including staff reductions ... amounting to £279,000")
_FUNDS_VARIANCE = re.compile(
    r"(?i)\b(?:in\s+order\s+to|to)\s+(?:help\s+)?(?:fund|balance|address|cover|offset|mitigate|meet|close|bridge|reduce)\b"
    r"[^.;:]{0,60}?\b(?:overspends?|overspending|deficits?|pressures?|shortfalls?|gaps?|budgets?|variances?)\b")
#: (r31id) a variance's own nouns, in a phrase: the amount is the variance ("growth in deficit of £170k")
_VARIANCE_NOUN = re.compile(r"(?i)\b(?:overspen\w*|underspen\w*|over\s+spend\w*|deficits?|shortfalls?|variances?|surplus(?:es)?)\b")
#: (r38ids) the variance noun right before the amount, the amount in brackets after it or "of" it: the amount is that
#: variance ("the Council needed to address the overspend (approximately £7.2m at the end of 2018/19)")
_VARIANCE_NOUN_RIGHT_BEFORE = re.compile(
    r"(?i)\b(?:overspends?|deficits?|shortfalls?)\s*(?:\(|\bof\b)\s*(?:(?:approximately|approx\.?|around|about|some|circa|"
    r"nearly|almost|over|more\s+than|an\s+estimated)\s+)?$")
#: (r31id) how far from the amount (either side, within its sentence) the purpose may be said
_FUNDS_REACH = 100
#: (r31review) the amount said as a variance right after it: "forecasting £4.1m above budget, with management actions
#: to reduce the pressure" (the £4.1m is the variance, whatever the purpose after it)
_VARIANCE_RIGHT = re.compile(
    r"(?i)\s*(?:(?:above|over|below|under|in\s+excess\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?budget|"
    r"(?:of\s+)?(?:over|under)\s?spen[dt]\w*|overspen\w*|underspen\w*|deficit|shortfall|adverse|favourable)\b")


def funds_a_variance(text: str, start: int, end: int, sent_start: int, sent_end: int, phrase: str,
                     indicators: Sequence[Indicator]) -> bool:
    """(r31id) Whether an amount given a variance id is money put to the variance, not the variance: its own phrase
    names no variance (no variance noun, :data:`_VARIANCE_NOUN`, and no ``what`` term of the variance ids: "council
    utilising", "special provision", "staff reductions"), and a purpose opening within :data:`_FUNDS_REACH` characters of it, in its sentence, says what money is
    to fund, balance, address, cover or close: a variance, a shortfall, a gap or a budget (:data:`_FUNDS_VARIANCE`).
    An amount whose phrase names the variance keeps it ("Mitigation action identified £14.87 million saving to reduce
    the potential overspend to £4.88 million": the £4.88 million is the overspend).

    >>> inds = load_indicators()
    >>> t = "This resulted in the council utilising £53.8m in order to balance this budget."
    >>> funds_a_variance(t, t.index("£"), t.index("£") + 6, 0, len(t), "council utilising", inds)
    True
    >>> t = "Savings of £14.9m were found to reduce the potential overspend to £4.9m."
    >>> funds_a_variance(t, t.rindex("£"), t.rindex("£") + 5, 0, len(t), "potential overspend", inds)
    False
    >>> t = "The Directorate is forecasting £4.1m above budget, with management actions to reduce the pressure."
    >>> funds_a_variance(t, t.index("£"), t.index("£") + 5, 0, len(t), "Directorate", inds)
    False
    >>> t = "The Council needed to address the overspend (approximately £7.2m at the end of 2018/19)."
    >>> funds_a_variance(t, t.index("£"), t.index("£") + 5, 0, len(t), "approximately", inds)
    False
    """
    low, high = max(sent_start, start - _FUNDS_REACH), min(sent_end, end + _FUNDS_REACH)
    if "to " not in text[low:high]:
        return False
    m = _FUNDS_VARIANCE.search(text, low, sent_end)  # (the purpose opens within reach; its noun may run on)
    if m is None or m.start() > high:
        return False
    if _VARIANCE_NOUN.search(phrase):
        return False  # "to reduce the deficit significantly from the 2021/22 level of £4.7 million": the variance itself
    if _VARIANCE_RIGHT.match(text, end):
        return False  # (r31review) "forecasting £4.1m above budget, with management actions to reduce the pressure"
    if _VARIANCE_NOUN_RIGHT_BEFORE.search(text, max(sent_start, start - 40), start):
        return False  # (r38ids) the purpose's variance restated by the amount: "needed to address the overspend (approximately £7.2m"
    near = find_concepts((phrase,), "gbp", None, indicators)
    return not any("what" in near.get(iid, {}) for iid in VARIANCE_IDS)


def money_not_variance(text: str, start: int, end: int) -> bool:
    """Whether the words right around an amount name it as money that is not a budget's variance, whatever the
    variance words near it ("forecast an underspend", "pressures on the high needs block" at a Schools Forum): a top
    slice, a carry forward, a settlement, an allocation, a grant, a contribution, a request or bid for money, money kept,
    needed, taken out of an underspend or used, a block's part of a grant. ``text[start:end]`` is the amount.

    >>> t = "The estimate was based upon agreed DSG £900,000 top slice, plus £85,000 carry forward and an underspend of £200,000."
    >>> [money_not_variance(t, t.find(a), t.find(a) + len(a)) for a in ("£900,000", "£85,000", "£200,000")]
    [True, True, False]
    >>> t = "A request for £180,000 had been made. We could take the £45K out of this year's underspend."
    >>> [money_not_variance(t, t.find(a), t.find(a) + len(a)) for a in ("£180,000", "£45K")]
    [True, True]
    >>> t = "The overspend of £2m is a funding pressure; a £3m funding gap remains."
    >>> [money_not_variance(t, t.find(a), t.find(a) + len(a)) for a in ("£2m", "£3m")]
    [False, False]

    (r18review) A contribution's shortfall is a variance: "a shortfall in health contributions of £1.2m".

    >>> t = "There is a shortfall in health contributions of £1.2m and a contribution of £9m from reserves."
    >>> [money_not_variance(t, t.find(a), t.find(a) + len(a)) for a in ("£1.2m", "£9m")]
    [False, True]
    """
    if _NOT_VARIANCE_RIGHT.match(text, end, min(len(text), end + 80)):
        return True
    left = text[max(0, start - 160):start]
    if (nv := _NOT_VARIANCE_LEFT.search(left)) and not ("ontribution" in nv.group()
                                                        and _CONTRIBUTION_LOST_LEFT.search(left, 0, nv.start())):
        return True
    if "which" in left:
        m = _OF_WHICH_PART.search(left)
        if m and not _SPENDING_VARIANCE.search(m.group("part")):
            return True
    return False

#: the children (pupils, young people) said to have received a plan: the plans issued ("2,563 children and young people
#: aged up to 25 received an EHC plan", "1,120 children were issued with an EHCP", "were given an EHC plan")
_RECEIVED_PLAN = re.compile(
    r"(?i)^[^.;:]{0,60}?\b(?:received|receive|were\s+(?:issued|given|granted|awarded)(?:\s+with)?|have\s+been\s+"
    r"(?:issued|given|granted|awarded)(?:\s+with)?|got|obtained)\s+(?:an?\s+|their\s+|new\s+)*(?:ehcps?|ehc\s+plans?|"
    r"education,?\s+health,?\s+and\s+care\s+plans?)\b")
_PEOPLE_WORDS = frozenset("children child young people person pupils learners students and aged up to issued given".split())
#: statements of SEN still to become EHC plans: a part of the statements, not the plans ("just under 300 SEND statements
#: had not yet started their journey to becoming EHCPs", "70 statements awaiting transfer", "still to be converted")
_STATEMENT_TRANSFER = re.compile(
    r"(?i)\b(?:transfer\w*|convert\w*|conversions?|becoming|yet\s+to|not\s+yet|still\s+(?:to|ha\w+\s+to)|awaiting|remain\w*\s+to)\b")
#: (a phrase that names the plans or their time itself keeps the measure in a sentence about appeals too)
_NAMES_PLANS = re.compile(r"(?i)\b(?:plans?|ehc\w*|weeks?|time\w*|assessments?|deadlines?)\b")
#: the outcome of appeals, which a page about the 20-week measure often reports too
_TRIBUNAL = re.compile(r"(?i)\b(?:tribunals?|appeals?|appealed|judges?|overturned|upheld|found\s+(?:against|in\s+favour))\b")
#: the reason of a part of the exclusions: "excluded students 40 times last year for assaulting adults", "permanently
#: excluded for persistent disruptive behaviour (22)", "exclusions for drug and alcohol related incidents"
_EXCLUSION_REASON = re.compile(
    r"(?i)\bfor\s+(?:an?\s+|the\s+)?(?:physical(?:ly)?\s+|verbal(?:ly)?\s+|sexual(?:ly)?\s+|racist\s+|racial\s+)?"
    r"(?:assault\w*|attack\w*|abus\w*|bully\w*|drugs?\b|alcohol|misconduct|racis\w*|persistent(?:ly)?\s+disrupti\w*|"
    r"disruptive|damage|theft|threaten\w*|violen\w*|carrying|weapons?\b|knives\b|knife\b)")
_REASONS_COUNTED = re.compile(_EXCLUSION_REASON.pattern + r"[^()]{0,60}\(\s*\d")


#: money spent, the object of "spend": "forecast to spend £93.8m", "spending £61m"
_SPEND_AMOUNT = re.compile(r"(?i)\b(?:spend|spending)\s+(?:(?:of|around|about|nearly|almost|some|up\s+to)\s+)?[£$€]\s?\d")
#: a weekly cost of several children's placements, not of one ("£200,000 a week on placements for six young people",
#: "£90,000 a week looking after 20 children")
_SEVERAL_CHILDREN = re.compile(
    r"(?i)\b(?:for|on|looking\s+after|caring\s+for|to\s+care\s+for|supporting)\s+(?:(?:just|only|its|the|their|our)\s+)?"
    r"(?:[2-9]|\d\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|several|"
    r"a\s+handful\s+of)\s+(?:[\w'’-]+\s+){0,2}?(?:children|young\s+people|youngsters|teenagers|looked[\s-]after\s+children)\b")


#: (r35ids) a figure's ``per`` that names one child, young person or placement ("week, child"): money said per one of
#: them is one child's cost, whatever number of children the clause divides a total by
_PER_ONE_CHILD = re.compile(r"\b(?:child|young\s+person|placement|place)\b")


def _may_name_children(s: str) -> bool:
    """(speed) A necessary condition for ``_SEVERAL_CHILDREN.search(s)``: each of its nouns holds "ldren", "young" or
    "teenager" (no character but these letters' capitals matches them case-insensitively, and lower-cases to them).

    >>> _may_name_children("£200,000 a week on placements for six young people"), _may_name_children("a week")
    (True, False)
    """
    low = s.lower()
    return "ldren" in low or "young" in low or "teenager" in low


def _received_plan(ev: Evidence) -> str | None:
    """``ehcp_count`` for a count of children (pupils, young people) said to have received an EHC plan."""
    if ev.unit != "count" or ev.how != "own" or not ev.phrase:
        return None
    words = _PHRASE_WORD.findall(ev.phrase.lower())
    if not words or not all(w in _PEOPLE_WORDS or w[0].isdigit() for w in words):
        return None
    at = ev.sentence.find(ev.phrase.split()[0])
    if at < 0:
        return None
    return "ehcp_count" if _RECEIVED_PLAN.search(ev.sentence[at:]) else None


#: the words of a phrase that names only plans and their issuing ("the 2,695 plans issued the year before", "550 plans
#: were issued", "53,900 new plans were issued during 2019", "Newham only issued 36 plans in 2016"): which plans, the
#: sentence or paragraph says
_PLANS_ONLY_WORDS = frozenset("""
plans plan new final issued issuing completed finalised finalized made were was had have has been being the year years
before last previous this that in of during all more than over around about nearly almost some just only so far to date
term terms quarter quarters month months week weeks period spring summer autumn winter financial academic calendar
""".split() + [m.lower() for m in MONTH_NAMES])


def _plans_named_around(ev: Evidence, indicators: Sequence[Indicator], before: str = "") -> str | None:
    """``ehcp_count`` for a count whose phrase names only plans issued (:data:`_PLANS_ONLY_WORDS`), when the nearest
    measure its sentence, context or paragraph (and ``before``, the paragraph before, when given) names is the EHC plans
    ("received an EHC plan from the council in 2023. This was down from the 2,695 plans issued the year before"); not
    when another kind of plan is named nearer (a child protection plan, a care plan: their own indicator or none; with
    ``before``, anywhere in the paragraph or the paragraph before)."""
    words = _PHRASE_WORD.findall(ev.phrase.lower())
    if not words or not ("plans" in words or "plan" in words) or not all(w in _PLANS_ONLY_WORDS or w[0].isdigit() for w in words):
        return None
    if _other_plan(ev.sentence) or before and (_other_plan(ev.paragraph) or _other_plan(before)):
        return None
    paragraph = f"{ev.paragraph}\n{before}" if before else ev.paragraph
    return "ehcp_count" if _choose(("", "", ev.sentence, ev.context, paragraph), "count", ev.per, indicators, 4) == \
        "ehcp_count" else None


def send_count_of_paragraph_before(ev: Evidence, before: str, indicators: Sequence[Indicator]) -> str | None:
    """The EHC plans or the requests for an EHC needs assessment, for a count whose phrase names only plans or requests
    (and got no id) when the paragraph before names the EHC plans: a news report's paragraphs are one sentence each, a
    minute's bullets one point each, and the subject named in one is left out of the next ("... 13,228 children with an
    EHCP." then "In 2015/16 it received 1,638 requests for assessment"; "the EHC plans ... within 20 weeks" then "While
    the borough only issued 36 plans in 2016"; "Members asked why the EHCPs were still at 14% ..." then "the service had
    received 80 new requests"). Not when the sentence or paragraph names another kind of plan, or requests for
    something else.

    >>> inds = load_indicators()
    >>> t = "In 2015/16 it received 1,638 requests for assessment."
    >>> send_count_of_paragraph_before(Evidence("requests for assessment", "own", " it received 1,638 requests for assessment",
    ...     t, "count", None, paragraph=t), "The county maintained 13,228 EHCPs in January.", inds)
    'ehcna_requests'
    >>> t = "The council issued 36 plans in 2016."
    >>> send_count_of_paragraph_before(Evidence("plans", "own", " The council issued 36 plans in 2016", t, "count", None,
    ...     paragraph=t), "Only 33% of new EHC plans were issued within 20 weeks.", inds)
    'ehcp_count'
    >>> send_count_of_paragraph_before(Evidence("plans", "own", " The council issued 36 plans in 2016", t, "count", None,
    ...     paragraph=t), "The children on child protection plans rose.", inds) is None
    True
    """
    words = _PHRASE_WORD.findall(ev.phrase.lower())
    if not words or not _EHC_BEFORE.search(before):
        return None
    if ("requests" in words or "request" in words) and all(w in _REQUEST_ONLY_WORDS or w[0].isdigit() for w in words):
        if _other_requests(f"{ev.phrase} {ev.clause}"):
            return None
        return "ehcna_requests" if _choose((ev.phrase, ev.clause, ev.sentence, ev.context, f"{ev.paragraph}\n{before}"),
                                           "count", ev.per, indicators, 1, 1) == "ehcna_requests" else None
    return _plans_named_around(ev, indicators, before)


def send_subject_earlier(before: str, earlier: Sequence[str]) -> str:
    """The paragraphs back to the nearest one of ``earlier`` (the paragraphs before ``before``, oldest first) that names
    the EHC plans, with ``before`` last; else "". A news report names the plans
    once and carries them on for a few one-sentence paragraphs, each naming "plans" or "requests" alone ("... their
    education and health care plans (EHCP) ..." then "... the number of assessment requests has almost doubled" then
    "In 2020, there were 412 requests"; "Essex SEND application crisis worsens", "... EHC plans ..." then "The number of
    plans issued within 20 weeks remains relatively steady" then "There were 113 plans issued in January"; "... data
    surrounding ECHPs ..." then "Requests for assessment continue to fluctuate" then "... 75% of requests for EHCPs ..."
    then "1,699 new plans were finalised in the year to June"): what :func:`send_count_of_paragraph_before` reads as the
    paragraph before when the paragraph before alone gave nothing (it refuses a chain naming another kind of plan or
    requests for something else anywhere in it).

    >>> send_subject_earlier("The number of assessment requests has doubled.", ["Waits for EHC plans grow.", "READ MORE: x"]
    ...                      ).splitlines()
    ['Waits for EHC plans grow.', 'READ MORE: x', 'The number of assessment requests has doubled.']
    >>> send_subject_earlier("x", ["y", "z"]), send_subject_earlier("", ["EHC plans"])
    ('', '')
    """
    if not before:
        return ""
    for i in range(len(earlier) - 1, -1, -1):
        if _EHC_BEFORE.search(earlier[i]):
            return "\n".join((*earlier[i:], before))
    return ""


def part_of_whole_before(head: str, found: str, indicators: Sequence[Indicator]) -> bool:
    """Whether a count of a sentence that opens "Of <a whole>, ..." (``head``: the sentence up to the figure) is a part of
    that whole, the whole being the count indicator ``found`` itself: "Of these exclusions, 37 were temporary", "Of
    those in care, more than half - 327 - have been ...", "Of the 94 pupils excluded last term the council said 54
    remain ...". The whole is named by the words up to the first comma or dash (or the figure), which hold no other
    figure's value than the whole's; a whole that is another measure ("Of the 3,907 cases open, 355 were children
    looked after", "Of those, 101 children are subject to a plan") leaves the count its id.

    >>> inds = load_indicators()
    >>> part_of_whole_before("Of these exclusions, ", "exclusions", inds), part_of_whole_before("Of those, ", "exclusions", inds)
    (True, False)
    >>> part_of_whole_before("Of the 1,200 cases open, ", "children_in_care", inds)
    False
    """
    if found not in _PART_COUNT_IDS:
        return False
    m = _WHOLE_LEAD.match(head)
    if m is None:
        return False
    lead = m.group(1)
    if not lead.strip():
        return False
    return "what" in find_concepts((lead,), "count", None, indicators).get(found, {})


#: the whole a sentence opens with: "Of these exclusions", "Of the 94 pupils excluded last term the council said"
_WHOLE_LEAD = re.compile(r"(?i)of\s+(?:all\s+)?(?:the|these|those|this|that|our|its|their)\b([^;:()–—]*?)(?:,(?!\d{3})|[;:(–—]|\s-\s|$)")
#: the counts whose part the rule reads (a part of the social workers can be the agency ones: :func:`_classify`)
_PART_COUNT_IDS = frozenset(("children_in_care", "children_in_need", "child_protection_plans", "care_leavers", "exclusions",
                             "ehcp_count", "ehcna_requests", "foster_carers"))


#: the EHC plans (or their needs assessments) named: the subject a paragraph of plans or requests alone carries on
_EHC_BEFORE = re.compile(r"(?i)\b(?:ehc\w*|echp\w*|education,?\s+health,?\s+(?:and\s+)?care|education,?\s+healthcare)")
#: a phrase of requests alone: "requests", "new requests received", "requests for assessment", "requests made"
_REQUEST_ONLY_WORDS = _PLANS_ONLY_WORDS | frozenset("""
requests request received receiving for assessment assessments statutory needs initial
""".split())


#: plans of other kinds, named in the sentence: the plans are not (or not surely) the EHC plans
_OTHER_PLAN = re.compile(r"(?i)\b(?:care|protection|pathway|action|recovery|improvement|safety|support|business|"
                         r"financial|management|transition|personal|health|placement|development|delivery|cp|cin)\s+plans?\b")
#: the EHC plan's own name written out, whose last words are "care plan" or "health plan" ("Education Health and Care
#: Plans (EHCP)", "education, health and care plans", "Education Healthcare Plan"): not another kind of plan
_EHC_PLAN_NAME = re.compile(r"(?i)\beducation,?\s+(?:health,?\s+(?:and\s+|&\s+)?care|healthcare|health)\s+plans?\b")


def _other_plan(text: str) -> bool:
    """Whether ``text`` names a kind of plan other than the EHC plan (:data:`_OTHER_PLAN`), the EHC plan's own name
    written out aside ("Members asked why the Education Health and Care Plans (EHCP) were still at 14%": no care plan).

    >>> _other_plan("the Education Health and Care Plans (EHCP) were still at 14%"), _other_plan("a child's care plan")
    (False, True)
    >>> _other_plan("education, health and care plans and child protection plans")
    True
    """
    for m in _OTHER_PLAN.finditer(text):
        if not any(e.end() == m.end() for e in _EHC_PLAN_NAME.finditer(text, max(0, m.start() - 40), m.end())):
            return True
    return False


#: the indicators with a qualifier whose value a clause opening with a pronoun refers back to ("52% of new EHC plans were
#: issued within 20 weeks. It was 38% the year before": the phrase, the previous measure's head "new EHC plans", has
#: lost the time limit); kept to this helper's indicators (round 11), the others' may join
_PRONOUN_CARRY_IDS = frozenset(("ehcp_timeliness", "ehcna_requests", "ofsted_good_or_better", "high_needs_deficit"))
#: a clause that opens with a pronoun (or "the figure") and its verb, after a time or place at most: "It was 38% the year
#: before", "In 2022 it was 84%", "This was up from 29%", "That stood at 41%", "nationally the figure is 50%"
_PRONOUN_CLAUSE = re.compile(
    r"(?i)^[\s\"“‘']*(?:(?:in|by|at|for|during|last|this|a|the|since|back\s+in|across|among|amongst)\b[^,;.()%£$€]{0,25}?,?\s+"
    r"|(?:nationally|regionally|locally|elsewhere),?\s+)?"
    r"(?:it|this|that|(?P<figure>(?:the|this|that)\s+(?:same\s+|equivalent\s+|comparable\s+|national\s+|regional\s+)?"
    r"(?:figure|rate|percentage|proportion)))\s+"
    r"(?:was|is|had\s+been|has\s+been|had|has|stood|stands|sat|sits|remained|remains|compared|compares)\s+"
    # the value within a few words of the verb, none of them a verb of reporting ("It was explained that the grant was
    # £37m", "It was noted that ...": the minutes' formula, not a reference back)
    r"(?:(?!that\b|noted\b|explained\b|reported\b|agreed\b|confirmed\b|said\b|stated\b|highlighted\b|advised\b|"
    r"felt\b|recognised\b|acknowledged\b|understood\b|clarified\b|suggested\b|proposed\b|hoped\b|expected\b|"
    r"anticipated\b|considered\b|accepted\b|requested\b|queried\b|asked\b|resolved\b|announced\b)"
    r"[\w'’-]+,?\s+){0,5}?[£$€]?\d")


def _may_open_with_pronoun(clause: str) -> bool:
    """(speed) A necessary condition for ``_PRONOUN_CLAUSE.match``: "it", "this", "that" or "the" followed by a space in
    the clause's first 60 characters, in any case.

    >>> _may_open_with_pronoun("It was 38% the year before."), _may_open_with_pronoun(" 52% of new EHC plans")
    (True, False)
    """
    head = clause[:60].lower()
    return "it " in head or "this " in head or "that " in head or "the " in head


def _pronoun_of_previous(ev: Evidence, indicators: Sequence[Indicator], figure: bool = False) -> str | None:
    """The previous figure's id for a value of the same unit in a clause that opens with a pronoun, when the phrase (the
    previous measure without its qualifier) has that indicator's ``what`` and names no other indicator's qualifier; for
    "the figure" ("nationally the figure is 50%"), the clause says it is the same measure: the phrase need only name no
    other indicator."""
    found = find_concepts((ev.phrase,), ev.unit, ev.per, indicators)
    if any("qualifier" in g for iid, g in found.items() if iid != ev.prev_id):
        return None
    if figure:
        return ev.prev_id if all(iid == ev.prev_id for iid in found) else None
    f = found.get(ev.prev_id)  # type: ignore[arg-type]
    return ev.prev_id if f and "what" in f else None


@lru_cache(maxsize=4096)
def _excepted_in(m: _Matcher, text: str) -> frozenset[str]:
    """(r31twins) The ids of the indicators of ``m`` one of whose ``except`` terms ``text`` names: the matcher's terms
    found at every place a term starts (overlapping, unlike :func:`_concepts_in`'s longest terms), each with the except
    terms it is or holds (``_Matcher.excepts``).

    >>> m = _matcher(load_indicators(), "percent", None)
    >>> sorted(_excepted_in(m, "initial health assessments within 20 days")), sorted(_excepted_in(m, "assessments"))
    (['assessment_timeliness'], [])
    """
    if not m.excepts:
        return frozenset()
    norm = _norm_for_concepts(text)
    found = m.scan.finditer(" " + norm) if m.scan is not None else m.pattern.finditer(norm)
    return frozenset(m.indicators[i].id for match in found for i in m.excepts.get(match.lastgroup or "", ()))


def _phrase_names_excepted(ev: Evidence, iid: str, indicators: Sequence[Indicator]) -> bool:
    """(r30id) Whether the figure's own phrase names one of the indicator's ``except`` terms (another thing that holds a
    ``what`` term) and none of its ``what`` terms: the measure is that other thing, whatever the clause or sentence says
    ("86% of health assessments are carried out within the timescale, some assessments were delayed": the health
    assessments, not the social care assessments the sentence's second "assessments" would name).

    >>> inds = load_indicators()
    >>> t = "86% of health assessments are carried out within the timescale, some assessments were delayed"
    >>> ev = Evidence("health assessments carried out within the timescale", "own", t, t, "percent", None)
    >>> _phrase_names_excepted(ev, "assessment_timeliness", inds)
    True
    >>> ev = Evidence("single assessments completed within timescale", "own", t, t, "percent", None)
    >>> _phrase_names_excepted(ev, "assessment_timeliness", inds)
    False
    """
    ind = next((i for i in indicators if i.id == iid), None)
    if ind is None or not ind.exclude or not ev.phrase:
        return False
    m = _matcher(indicators, ev.unit, ev.per)
    if m is None or all(i.id != iid for i in m.indicators):
        m = _build_matcher((ind,))  # (an id the unit's matcher does not hold: its own terms alone)
    if iid not in _excepted_in(m, ev.phrase):
        return False
    return "what" not in find_concepts((ev.phrase,), ev.unit, ev.per, indicators).get(iid, {})


#: (r30id) a phrase that names people only by an age band that starts at 18 and ends at 21 or 25, the ages of the care
#: leavers a council supports ("young people aged 18-25", "aged 18 to 25", "people aged 18 to 21 being supported ...")
_AGED_18_TO_25 = re.compile(
    r"(?i)^(?:(?:young\s+|care\s+experienced\s+|care[\s-]experienced\s+)?(?:people|persons?|adults|men|women)\s+)?"
    r"(?:who\s+are\s+|were\s+|are\s+)?aged\s+(?:between\s+)?18\s*(?:-|–|to|and)\s*2[15]\b")
#: (r30id) the council's care named in the sentence: its corporate parenting, or leaving (having left) its care
_CORPORATE_CARE = re.compile(
    r"(?i)\bcorporate\s+parent|\b(?:leaving|left|leave|leaves)\s+(?:(?!and\b|or\b|but\b)[\w'’-]+\s+){0,3}?care\b")
#: (r30review) the age band in the sentence and what follows it: the people so named are the count itself where the band
#: ends its noun phrase ("602 young people aged 18-25.", "575 aged 18 to 25, of whom ...") or goes on to their support
#: after care ("425 people aged 18 to 21 who are being supported after leaving ... care services"); a state or a place
#: after it makes them a part of the care leavers, or other people ("90 people aged 18-25 were unemployed", "30 young
#: people aged 18-25 were parents themselves", "70 young people aged 18-25 in custody")
_AGE_BAND_THEN = re.compile(
    r"(?i)\baged\s+(?:between\s+)?18\s*(?:-|–|to|and)\s*2[15]\b(?:\s+years(?:\s+old)?)?(?=\s*(?:$|[.,;:)]|(?:and|or)\b|"
    r"(?:who\s+(?:are|were|have\s+been|had\s+been)\s+)?(?:being\s+)?(?:supported|leaving|left|after\s+leaving)\b))")


def _care_leavers_by_age(ev: Evidence) -> bool:
    """(r30id) Whether a count names the young people aged 18 to 21 or 25 of a sentence about the council's corporate
    parenting or about leaving its care: the care leavers (``care_leavers``), whom councils often name by their ages.

    >>> s = "As of March 2025, the Council was corporate parent for 330 children under 18 and 602 young people aged 18-25."
    >>> _care_leavers_by_age(Evidence("young people aged 18-25", "own", s, s, "count", None))
    True
    >>> s = "There are 60 young people aged 18-25 on the course."
    >>> _care_leavers_by_age(Evidence("young people aged 18-25", "own", s, s, "count", None))
    False
    >>> s = "The Corporate Parenting Panel noted 90 people aged 18-25 were unemployed."
    >>> _care_leavers_by_age(Evidence("people aged 18-25 unemployed", "own", s, s, "count", None))
    False
    """
    return _AGED_18_TO_25.match(ev.phrase) is not None and _CORPORATE_CARE.search(ev.sentence) is not None \
        and _AGE_BAND_THEN.search(ev.sentence) is not None  # (r30review) the band ends the people's name (above)


def classify(ev: Evidence, indicators: Sequence[Indicator]) -> str | None:
    """The canonical indicator id of a figure, or None (:func:`classify_vetoed` without its flag)."""
    return classify_vetoed(ev, indicators)[0]


def classify_vetoed(ev: Evidence, indicators: Sequence[Indicator]) -> tuple[str | None, bool]:
    """The canonical indicator id of a figure, or None (:func:`_classify`), and whether an id was found and then
    refused by one of the checks below (the learnt second opinion must not give it back); a count of a part of the
    children in care named by where they live ("116 looked-after children in care homes outside of
    the county") is not the number in care; the share of plans or assessments that are late is not
    the timeliness measure (its complement: "99 per cent of assessments taking longer than 20 weeks");
    the children foster carers look after are not the carers; the share of vacancies covered by agency
    staff is not the vacancy rate; a budget next to "over its budget", or a grant next to "higher than
    budgeted", is not the variance; money paid towards a deficit is not the deficit; nor are the
    exclusions for one reason ("excluded students 40 times last year for assaulting adults") the exclusions;
    (r34ids) records or acts counted ("35 signatures": :data:`_RECORD_COUNTED`) are no indicator's, and another timed
    step of the plans ("annual reviews", "phase transfers": :data:`_OTHER_TIMED_STEP`) is not the plans' timeliness.
    """
    found = _classify(ev, indicators)
    if found is None and ev.how == "own" and ev.prev_id in _PRONOUN_CARRY_IDS and ev.unit == ev.prev_unit \
            and _may_open_with_pronoun(ev.clause) and (pm := _PRONOUN_CLAUSE.match(ev.clause)):
        found = _pronoun_of_previous(ev, indicators, pm.group("figure") is not None)
    if found is None and ev.unit == "count" and ev.how == "own" and (
            "lan" in ev.sentence or "EHCP" in ev.sentence or "ehcp" in ev.sentence):
        found = _received_plan(ev)
        if found is None and "plan" in ev.phrase:
            found = _plans_named_around(ev, indicators)
    if (found is None or found == "children_in_care") and ev.unit == "count" and ev.how in ("own", "part") \
            and "18" in ev.phrase and _care_leavers_by_age(ev):
        # (r30id) "corporate parent for 330 children under 18 and 602 young people aged 18-25", "425 people aged 18 to 21
        # who are being supported after leaving Nottinghamshire care services": the care leavers, named by their ages (not
        # a part of the children under 18 counted before: "corporate parent for 339 children under 18 and 575 aged 18 to 25";
        # nor children in care: "corporate parent to 612 young people aged 18-21" names the children in care's words)
        found = "care_leavers"
    if (found is None or found == "children_in_care") and ev.unit == "count" and ev.how == "own" \
            and "orker" in ev.sentence and _workers_hold(ev):
        # "each social worker was dealing with 18 cases", "left some social workers with up to 50 children to look
        # after": the cases one worker holds, not a count of the children (whatever "look after" says)
        return "social_worker_caseload", False
    if (found is None or found == "budget_variance") and ev.unit == "gbp" and ev.before and dsg_deficit_before(ev, indicators):
        # (round 21) "There remains an overspend on DSG funded activities ..." then "... has led to an overspend of £516k":
        # the deficit the paragraph before named as the DSG's, its own sentence naming no other budget
        found = "high_needs_deficit"
    if found is None and ev.unit == "gbp" and "eficit" in ev.phrase and service_deficit(ev, indicators):
        # "a £9m deficit in its child services budget", "the council's overall deficit to £53.4m": the council's or a
        # service's own deficit, a budget variance ("deficit" alone is no variance term: it is the DSG's as often)
        found = "budget_variance"
    if found is None:
        if ev.prev_id == "agency_social_workers" and ev.unit == "count" == ev.prev_unit and ev.how == "own" \
                and _SOCIAL_WORKERS_PART.match(ev.phrase) and _INCLUDED_LEFT.match(ev.clause):
            # "paid for 167 temps during 2017/18, this included 97 social workers", "35 agency workers, including 22
            # qualified social workers": the social workers among the agency staff counted before
            return "agency_social_workers", False
        if ev.prev_id == "social_worker_caseload" and ev.unit == "count" == ev.prev_unit \
                and _WORKERS_HANDLING.search(ev.phrase) and _WORKERS_HANDLING_N.search(ev.clause):
            # "newly qualified social workers should only take on 15 cases at a time, with more experienced staff
            # dealing with up to 20": the caseload of other workers, its noun left out
            return "social_worker_caseload", False
        return None, False  # (every test below needs an id)
    if ev.unit == "count" and ev.how == "own" and _RECORD_COUNTED.search(ev.phrase):
        return None, True  # (r34ids) "35 signatures", "two allegations", "130 files covering child protection": records
        #                    or acts counted, not the children, plans or carers the sentence names
    kept = _kept(ev, found)
    if kept is not None and _phrase_names_excepted(ev, kept, indicators):
        kept = None  # (r30id) "86% of health assessments are carried out within the timescale, some assessments were
        #              delayed": the phrase names another thing (the indicator's `except`), whatever the sentence says
    if kept == "ehcp_timeliness" and _OTHER_TIMED_STEP.search(ev.phrase) \
            and "what" not in find_concepts((ev.phrase,), ev.unit, ev.per, indicators).get(kept, {}):
        kept = None  # (r34ids) "only 51 per cent of annual reviews are completed within the last 12 months", "Transfers
        #              from primary to secondary school were completed 95%+ in time": another timed step of the plans
    if kept == "ehcp_count" and _PLANS_CEASED.search(ev.phrase):
        kept = None  # (r34vocab) "300 EHC plans ceased": the plans ended in the year (SEN2's wording), not those maintained
    if kept == "school_attendance" and _STAFF_ABSENCE.search(ev.phrase):
        kept = None  # (r34vocab) "the absence rate among children's social workers", "staff absence": the workforce's
        #              absence, not the pupils' (r34review2: the comment stopped there)
    if kept in VARIANCE_IDS and used_from_underspend(ev):
        kept = None  # (round 21) "use £400k of the underspend to support the growth fund": a use of the variance
    if kept in VARIANCE_IDS and carried_forward_amount(ev):
        kept = None  # (round 21) "Expected carry forward into 2025/26 of £1.9m for the Early Years Block": a balance
    if kept == "budget_variance" and level_not_variance(ev, indicators):
        kept = None  # (round 21) "It will remain at £3.14m" under "Increased pressure on school budget": a level, not the
        #              variance the heading names
    if kept == "budget_variance" and put_to_use_not_variance(ev, indicators):
        kept = None  # (r39ids) "£33 million was approved by Cabinet to provide ...", "the placements accumulated to £7.6m
        #              in unforeseen costs" under a heading or paragraph of overspends: money put to a use, not the variance
    return kept, kept is None


#: (r34ids) the timed steps of the plans other than issuing a new one: their annual reviews, the transfers between phases or
#: from statements (Derby, Birmingham: judged pools; Hampshire's "statutory transfers of SEN statements to EHCPs", blind
#: gold: none of them the 20-week timeliness). Read only of a phrase that names no new plan's words (the file's
#: ``except`` holds the reviews named with the plans: "EHCP annual reviews")
_OTHER_TIMED_STEP = re.compile(r"(?i)\b(?:annual\s+reviews?|(?:phase\s+)?transfers?|transfer\s+reviews?)\b")


#: (r34ids) a count whose phrase names as the thing counted a record or an act (a signature, an allegation, a file, a
#: complaint, a letter, a call, a visit, a question...): no indicator counts those, whatever the sentence names around them
#: ("a petition ... about Education and Healthcare Plans ... containing 35 signatures", Sefton; "only two allegations had
#: resulted in an allegation meeting due to a slight change in child protection guidelines", City of London; "randomly
#: inspected around 130 files covering child protection, adoption and fostering cases", Liverpool). The record noun opens
#: the phrase, after at most two words that name whose it is ("petition signatures", "foster carer complaints")
_RECORD_COUNTED = re.compile(
    r"(?i)^(?:(?!(?:of|who|with|which|that|in|on|for|to|and|or|were|was|had|have)\b)[\w'’-]+\s+){0,2}"
    r"(?:signatures?|signatories|allegations?|files?|case\s+files?|complaints?|compliments?|petitions?|letters?|"
    r"e-?mails?|phone\s+calls?|calls?|visits?|audits?|questions?|freedom\s+of\s+information\s+requests?|foi\s+requests?)\b")


#: (r34vocab) plans said to have ended, in the order of the SEN2 return ("EHC plans ceased", "EHCPs which were ceased",
#: "plans discontinued"): a flow out of the plans, not the plans maintained (the file's ``except`` holds "ceased EHC plans";
#: a plural inside a term is not matched there). (r34review2) Not "ended" of a level's time ("the number of EHCPs ended
#: the year at 3,100", "EHC plans ended the quarter at 2,950"): that is the plans maintained.
_PLANS_CEASED = re.compile(
    r"(?i)\b(?:ehc\s*plans?|ehcps?|plans?)\s+(?:(?:that|which|who)\s+)?(?:(?:were|was|have\s+been|had\s+been|being)\s+)?"
    r"(?:ceased|ceasing|discontinued|ended\b(?!\s+(?:the\s+)?(?:\w+\s+)?(?:year|quarter|month|period|term)\b|\s+(?:at|on|with)\b))\b")
#: (r34vocab) the absence of the council's own workforce (the social work workforce census's sickness absence), named in
#: the figure's phrase: "staff absence", "the absence rate among children's social workers", "absence of employees"
_STAFF_ABSENCE = re.compile(
    r"(?i)\b(?:(?:staff|employees?|workforce|social\s+workers?|officers?)['’]?\s+(?:sickness\s+)?absences?|"
    r"absences?(?:\s+rates?)?\s+(?:among|amongst|of|for|in)\s+(?:the\s+)?(?:council['’]s\s+|children['’]s\s+|our\s+|its\s+)?"
    r"(?:staff|employees|workforce|social\s+workers?|practitioners|officers))\b")


#: (round 20) a deficit in the figure's phrase: "a £9m deficit in its child services budget", "the council's overall deficit
#: to £53.4m", "ended the year with a £8million deficit"
_DEFICIT_WORD = re.compile(r"(?i)\bdeficits?\b")
#: (round 20) a deficit that is not a budget's variance: one planned or licensed (a budget set in deficit, a school's
#: licensed deficit), a pension fund's, a school's or an academy's, a trading account's
_OTHER_DEFICIT = re.compile(
    r"(?i)\b(?:budgeted|licen[cs]ed|planned|agreed|pensions?|schools?['’]?|academ(?:y|ies)['’]?|trusts?['’]?|trading|"
    r"housing\s+revenue\s+account|hra|trade)\s+(?:[\w'’-]+\s+){0,2}?deficits?\b")


def service_deficit(ev: Evidence, indicators: Sequence[Indicator]) -> bool:
    """(round 20) Whether money the rules gave no id is the deficit of a council's or a service's own budget, a budget
    variance: its phrase names a deficit (not a planned, licensed, pension or school one: :data:`_OTHER_DEFICIT`), its
    phrase, clause or sentence says whose budget it is and that it is not the DSG's (:data:`_OTHER_BUDGET`: the council,
    a department, children's services), and no ring names the high needs or the DSG (its ``what`` anywhere in the
    phrase, clause, sentence, context, paragraph or the paragraph before: at a Schools Forum, or beside the high needs
    block, a bare deficit is the DSG's, :func:`_classify` already reads it so).

    >>> inds = load_indicators()
    >>> t = "The department was forecast to spend £67.3 million, leading to a £9.19 million deficit."
    >>> service_deficit(Evidence("leading deficit", "own", t, t, "gbp", None), inds)
    True
    >>> t = "Children's services ended the year with a £8million deficit."
    >>> service_deficit(Evidence("deficit", "own", t, t, "gbp", None), inds)
    True
    >>> t = "The council's high needs block ended the year with a £8million deficit."
    >>> service_deficit(Evidence("deficit", "own", t, t, "gbp", None), inds)
    False
    >>> t = "Four schools had a licensed deficit in the council's area, totalling £117k."
    >>> service_deficit(Evidence("licensed deficit", "own", t, t, "gbp", None), inds)
    False
    >>> t = "The forum heard the deficit would fall to £33,000."
    >>> service_deficit(Evidence("deficit", "own", t, t, "gbp", None, context="Schools Forum"), inds)
    False
    """
    if ev.unit != "gbp" or ev.how != "own" or not _DEFICIT_WORD.search(ev.phrase) or _OTHER_DEFICIT.search(ev.phrase):
        return False
    if not _names_other_budget((ev.phrase, ev.clause, ev.sentence)):
        return False
    rings = (ev.phrase, ev.clause, ev.sentence, ev.context, ev.paragraph, ev.before)
    return "what" not in find_concepts(rings, ev.unit, ev.per, indicators).get("high_needs_deficit", {})


#: (round 21) words of a hedge between a verb of level and its amount ("remain at just over", "back up to around")
_LEVEL_HEDGE = r"(?:\s+(?:at|around|about|nearly|almost|some|approximately|roughly|just|over|under|more\s+than|less\s+than))*"


#: (round 21) an amount said to be short of, over or under something right after it ("was £32m short in this part of the
#: budget", "is £2m over"): a gap, not a level
_GAP_AFTER_AMOUNT = re.compile(
    rf"(?i){_AMOUNT}\s+(?:[\w'’-]+\s+)?(?:short|over|under|above|below|adrift|in\s+the\s+red|"
    r"more|less|higher|lower)\b")


@lru_cache(maxsize=8)
def _level_left(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """The pattern of a clause's words right before its first amount that end in one of ``terms`` (a verb that gives
    the amount as a level: "remain at", "was"), a hedge allowed between; None for no terms."""
    if not terms:
        return None
    alts = "|".join(r"\s+".join(map(re.escape, t.split())) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{alts}){_LEVEL_HEDGE}\s*$")


def level_not_variance(ev: Evidence, indicators: Sequence[Indicator]) -> bool:
    """(round 21) Whether money given the budget variance only from its heading (or the paragraph: no variance word, nor
    the high needs deficit's, in its phrase, clause or sentence) is an amount stated as a level: the clause's words
    right before its first amount end in a verb of level from ``money_roles: level_before_amount`` (``data/indicators.yml``:
    "was", "remain at", "went back up to", "would have meant"). Under a heading of pressures such an amount is a
    budget, a grant, a spend or a cut, not the variance; a list line ("unregistered placements £4.2m"), a part ("with £4m
    from efficiencies not being made") or money "still to recover" has no such verb and keeps the heading's id.

    >>> inds = load_indicators()
    >>> t = "The grant will remain at £3.1m next year."
    >>> level_not_variance(Evidence("grant", "own", t, t, "gbp", None, context="Pressure on budgets"), inds)
    True
    >>> t = "The overspend will remain at £3.1m next year."
    >>> level_not_variance(Evidence("overspend", "own", t, t, "gbp", None, context="Pressure on budgets"), inds)
    False
    >>> level_not_variance(Evidence("residential placements", "own", "residential placements £4.2m", "residential placements £4.2m",
    ...                             "gbp", None, context="Pressures:"), inds)
    False
    """
    if not _own_money(ev):
        return False
    pat = _level_left(getattr(indicators, "money_roles", {}).get("level_before_amount", ()))
    m = _AMOUNTS.search(ev.clause)
    if pat is None or m is None or not pat.search(ev.clause, max(0, m.start() - 60), m.start()) \
            or _GAP_AFTER_AMOUNT.match(ev.clause, m.start()):
        return False
    return _names_no_variance(ev, indicators)


def _own_money(ev: Evidence) -> bool:
    """Whether ``ev`` is money (``gbp``) whose phrase is its own or inherited from the sentence (no table's or list's).

    >>> _own_money(Evidence("grant", "own", "£3m", "£3m", "gbp", None))
    True
    >>> _own_money(Evidence("rate", "own", "5%", "5%", "percent", None))
    False
    """
    return ev.unit == "gbp" and ev.how in ("own", "inherited")


def _names_no_variance(ev: Evidence, indicators: Sequence[Indicator]) -> bool:
    """(r39review2) Whether money's sentence and phrase name no variance of their own: no variance word
    (:data:`_VARIANCE_WORD`) in the sentence, and neither the budget variance's `what` nor the high needs deficit's
    qualifier in the phrase, clause or sentence. The shared guard of :func:`level_not_variance` and
    :func:`put_to_use_not_variance`: only money that got the budget variance from its heading or paragraph loses it.

    >>> inds = load_indicators()
    >>> t = "The grant will remain at £3.1m next year."
    >>> _names_no_variance(Evidence("grant", "own", t, t, "gbp", None), inds)
    True
    >>> t = "The DSG deficit will remain at £3.1m next year."
    >>> _names_no_variance(Evidence("DSG deficit", "own", t, t, "gbp", None), inds)
    False
    """
    if _VARIANCE_WORD.search(ev.sentence):
        return False
    near = find_concepts((ev.phrase, ev.clause, ev.sentence), ev.unit, ev.per, indicators)
    return "what" not in near.get("budget_variance", {}) and "qualifier" not in near.get("high_needs_deficit", {})


#: (r39ids) right after an amount, what it is put to: a verb of giving or approving it ("£33 million was approved by
#: Cabinet", "£56,000 had been allocated for the bulge", "£500 was awarded to", "a savings target of £80m was agreed", "£338.6
#: million were committed to"), or the costs it is ("accumulated to £7.6m in unforeseen costs", "£198,028 in top up
#: costs"), or, counted after the rule was written, money to spend or spent ("which will have £143m to spend", "£7m has
#: been spent on", "£31 million has been invested into")
_PUT_TO_USE_AFTER = re.compile(
    rf"(?i){_AMOUNT}\s+(?:(?:was|were|is|are|has|have|had|will|would|to)\s+(?:be\s+|been\s+|being\s+)?)?"
    r"(?:approved|allocated|awarded|agreed|committed|spent|invested)\b"
    rf"|{_AMOUNT}\s+in\s+(?:[A-Za-z][\w'’-]*\s+){{0,2}}?costs?\b"
    rf"|{_AMOUNT}\s+to\s+spend\b")


def put_to_use_not_variance(ev: Evidence, indicators: Sequence[Indicator]) -> bool:
    """(r39ids) Whether money given the budget variance only from its heading or paragraph (no variance word in its
    sentence, and neither the budget variance's `what` nor the high needs deficit's qualifier in its phrase, clause or
    sentence: as :func:`level_not_variance` asks) is said, right after its first amount in the clause, to be put to a use
    (:data:`_PUT_TO_USE_AFTER`: approved, allocated, awarded, agreed, committed, spent, invested, to spend, or the costs
    it is). The gold gives such money no id: a budget, a grant, a spend or a cost, not the variance (`tests/gold/README.md`:
    "Neither: the budget, grant or balances themselves ...").

    >>> inds = load_indicators()
    >>> t = "The free school application was successful and £33 million was approved by Cabinet to provide the school."
    >>> put_to_use_not_variance(Evidence("money approved", "own", t, t, "gbp", None, context="Overspend on placements"), inds)
    True
    >>> t = "The placements accumulated to £7.6m in unforeseen costs."
    >>> put_to_use_not_variance(Evidence("placements", "own", t, t, "gbp", None, context="Budget pressures"), inds)
    True
    >>> t = "An overspend of £2m was agreed by the Forum."  # a variance word in the sentence: the variance
    >>> put_to_use_not_variance(Evidence("overspend", "own", t, t, "gbp", None, context="Budget pressures"), inds)
    False
    >>> t = "Placements £4.2m"  # a list line under a heading of pressures keeps the heading's id
    >>> put_to_use_not_variance(Evidence("Placements", "own", t, t, "gbp", None, context="Pressures:"), inds)
    False
    """
    if not _own_money(ev):
        return False
    m = _AMOUNTS.search(ev.clause)
    if m is None or not _PUT_TO_USE_AFTER.match(ev.clause, m.start()):
        return False
    return _names_no_variance(ev, indicators)


#: (round 21) a carry forward named right before an amount (:data:`_CARRIED` within the clause's last seven words before
#: it), or right after it (this pattern): "Expected carry forward into 2025/26 of (£1.9m)", "carried forward to 2019-20 and likewise (£587k)",
#: "(£85,000) carry forward"
_CARRY_AFTER = re.compile(rf"(?i){_AMOUNT}\s+(?:(?:is|was|to\s+be|being)\s+)?"
                          r"(?:carry|carried|brought)\s+forward\b")
#: (round 21) words of a variance or a deficit beside a carry forward: "the deficit carried forward", "brought forward
#: deficit", "a negative balance": the (cumulative) variance, not a balance
_CARRY_VARIANCE = re.compile(r"(?i)\b(?:deficits?|over\s?spen\w*|under\s?spen\w*|shortfalls?|pressures?|variances?|negative|"
                             r"losses|loss|gaps?)\b|[-–−(]\s*$")


#: (round 21) a deficit said right after the amount: "(£12.5m) in deficit", "(£9.1m) overdrawn", "(£2m) deficit"
_CARRY_VARIANCE_AFTER = re.compile(
    rf"(?i){_AMOUNT}\s+(?:[\w'’-]+\s+){{0,2}}?(?:in\s+deficit|overdrawn|in\s+the\s+red|"
    r"deficits?|over\s?spen\w*|shortfall|negative)\b")


def carried_forward_amount(ev: Evidence) -> bool:
    """(round 21) Whether money is an amount carried (or brought) forward with no word of a variance or a deficit beside
    it: a balance, not the variance nor the deficit (the clause's words right before its first amount name a carry
    forward, or the words right after it do; none of those words, nor a sign or bracket before the amount, names a
    deficit, an overspend, an underspend, a pressure or a loss). "The deficit carried forward was £2.4m" and "a brought
    forward deficit of £5m" are the (cumulative) deficit, and keep their id.

    >>> t = "Expected carry forward into next year of £1.9m for the nursery block."
    >>> carried_forward_amount(Evidence("nursery block", "own", t, t, "gbp", None))
    True
    >>> t = "The deficit carried forward from last year was £2.4m."
    >>> carried_forward_amount(Evidence("deficit", "own", t, t, "gbp", None))
    False
    >>> t = "The reserve carried forward is £2.4m in deficit."
    >>> carried_forward_amount(Evidence("reserve", "own", t, t, "gbp", None))
    False
    """
    if ev.unit != "gbp" or "forward" not in ev.clause:
        return False
    m = _AMOUNTS.search(ev.clause)
    if m is None:
        return False
    tail = " ".join(ev.clause[:m.start()].split()[-7:])
    if _CARRY_VARIANCE_AFTER.match(ev.clause, m.start()):
        return False  # "the DSG balance carried forward is £12.5m in deficit", "stands at £9.1m overdrawn"
    if _CARRIED.search(tail):
        return not _CARRY_VARIANCE.search(tail)
    if _CARRY_AFTER.match(ev.clause, m.start()):
        return not _CARRY_VARIANCE.search(tail)
    return False


#: (round 21) money taken from an underspend or a surplus to be used: "use (£400k) of the underspend to support the growth
#: fund", "take (£45K) out of this year's underspend", "spend £1m from the surplus on ..."
_USED_FROM_UNDERSPEND = re.compile(
    rf"(?i)\b(?:use|uses|used|using|take|takes|taken|taking|took|spend|spends|spent|spending|put|puts|putting|draw|draws|"
    rf"drawn|drawing|release|released|releasing)\s+(?:(?:the|approximately|around|about|some|up\s+to|nearly|almost|over)\s+)?"
    rf"{_AMOUNT}\s+(?:of|from|out\s+of)\s+(?:the|this|its|their|that|our|last|this)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:underspends?|underspending|surplus(?:es)?)\b")


def used_from_underspend(ev: Evidence) -> bool:
    """(round 21) Whether money is a sum taken from an underspend or a surplus to be used (a use of the variance, not the
    variance): a verb of using, taking, spending or drawing, the amount, then "of", "from" or "out of" the underspend.

    >>> t = "The plan is to use £300k of the underspend to support the growth fund next year."
    >>> used_from_underspend(Evidence("underspend", "own", t, t, "gbp", None))
    True
    >>> t = "There was an underspend of £300k."
    >>> used_from_underspend(Evidence("underspend", "own", t, t, "gbp", None))
    False
    """
    return ev.unit == "gbp" and ("nderspen" in ev.clause or "urplus" in ev.clause) \
        and _USED_FROM_UNDERSPEND.search(ev.clause) is not None


def _longest_words(terms: tuple[str, ...]) -> tuple[str, ...]:
    """(round 21; speed) The longest word of each term, lower case (a text holding a term holds its longest word). (r24review)
    Of the term as the concept matcher reads it (:func:`_spelling_as_one`): a term "schools' deficit" is found in "the
    schools deficit", so its word is "schools", not "schools'".

    >>> _longest_words(("schools' deficit", "over spend"))
    ('overspend', 'schools')
    """
    return tuple(sorted({max(_spelling_as_one(_normalise(t)).split() or [t.lower()], key=len) for t in terms}))


def _may_name_qualifier(text: str, iid: str, indicators: Sequence[Indicator]) -> bool:
    """(round 21; speed) Whether ``text`` may hold a qualifier term of indicator ``iid``: it holds the longest word of one
    of them (the words kept on an :class:`IndicatorList`, found once).

    >>> inds = load_indicators()
    >>> _may_name_qualifier("an over-budget position", "high_needs_deficit", inds), _may_name_qualifier("the grant", "high_needs_deficit", inds)
    (True, False)
    >>> _may_name_qualifier("the total over spend", "high_needs_deficit", inds)
    True
    """
    cache: dict[str, tuple[str, ...]] = getattr(indicators, "prefilters", {})
    words = cache.get(iid)
    if words is None:
        words = cache[iid] = _longest_words(next((i.qualifier for i in indicators if i.id == iid), ()))
    low = text.lower()
    if ("over" in low or "under" in low) and "spen" in low:
        low = _SPEND_AS_TWO.sub(r"\1\2", low)  # (a text the concept matcher reads as "overspend": :func:`_spelling_as_one`)
    return any(w in low for w in words)


def dsg_deficit_before(ev: Evidence, indicators: Sequence[Indicator]) -> bool:
    """(round 21) Whether money whose phrase or clause names a deficit or an overspend (the high needs deficit's
    qualifier) is the DSG's, said in the paragraph before: that paragraph names the DSG or the high needs and a deficit,
    an overspend or a pressure of it (both of the high needs deficit's concepts) in its last two sentences (clean's splitter,
    :func:`analysis.clean.split_sentences`), nothing nearer (phrase, clause,
    sentence, heading, paragraph) names the DSG, and the phrase, clause and sentence name no other budget (the council's,
    a department's: :data:`_OTHER_BUDGET`) nor a planned, licensed or school deficit (:data:`_OTHER_DEFICIT`). A minutes
    paragraph or a news report's next line goes on about the deficit the one before named ("There remains an overspend
    on DSG funded activities ..." then "... which has led to an overspend of £516k").

    >>> inds = load_indicators()
    >>> t = "That has led to an overspend of £0.5m."
    >>> dsg_deficit_before(Evidence("overspend", "own", t, t, "gbp", None, before="The DSG deficit now stands at £5m."), inds)
    True
    >>> dsg_deficit_before(Evidence("overspend", "own", t, t, "gbp", None, before="The DSG allocation is £5m."), inds)
    False
    >>> t = "The cost of carrying the deficit is £0.5m a year."
    >>> dsg_deficit_before(Evidence("cost of carrying the deficit", "own", t, t, "gbp", None, before="The DSG deficit now stands at £5m."), inds)
    False
    >>> t = "The council's budget has led to an overspend of £0.5m."
    >>> dsg_deficit_before(Evidence("overspend", "own", t, t, "gbp", None, before="The DSG deficit now stands at £5m."), inds)
    False
    """
    if ev.unit != "gbp" or ev.how != "own" or not ev.before \
            or not _may_name_qualifier(f"{ev.phrase} {ev.clause}", "high_needs_deficit", indicators) \
            or _OTHER_DEFICIT.search(ev.phrase) or _OF_THE_DEFICIT.search(ev.phrase):
        return False
    before = ev.before.strip()  # (the paragraph before ends on the DSG's deficit: its last two sentences, clean's splitter)
    spans = split_sentences(before)
    end = before[spans[-2:][0][0]:] if spans else ""
    if not _may_name_qualifier(end, "high_needs_deficit", indicators):
        return False
    near = find_concepts((ev.phrase, ev.clause), ev.unit, ev.per, indicators).get("high_needs_deficit", {})
    if "qualifier" not in near or "what" in near:
        return False
    if len(find_concepts((end,), ev.unit, ev.per, indicators).get("high_needs_deficit", {})) != 2:
        return False
    if _names_other_budget((ev.phrase, ev.clause, ev.sentence)):
        return False
    # (the DSG named nearer: the rules of :func:`_classify` read it)
    return "what" not in find_concepts((ev.sentence, ev.context, ev.paragraph), ev.unit, ev.per, indicators).get(
        "high_needs_deficit", {})


#: (round 21) a phrase whose deficit or overspend follows a preposition measures something of it, not it ("the cost of
#: carrying the deficit", "interest on the overspend", "a contribution towards the deficit")
_OF_THE_DEFICIT = re.compile(r"(?i)\b(?:of|on|to|towards|against|from|for)\b.*\b(?:deficits?|overspends?|overspending)\b")


def _workers_hold(ev: Evidence) -> bool:
    """Whether the sentence says social workers hold the figure's number of cases, children or families (the number of
    :data:`_WORKERS_HOLD_N` inside the figure's clause).

    >>> t = "At one point a social worker was dealing with 49 cases at one time."
    >>> _workers_hold(Evidence("cases", "own", " a social worker was dealing with 49 cases at one time", t, "count", None))
    True
    >>> t = "The council employs 120 social workers, who support 2,400 children."
    >>> _workers_hold(Evidence("children", "own", " who support 2,400 children", t, "count", None))
    False
    >>> t = "Our 120 social workers are holding 2,400 cases."
    >>> _workers_hold(Evidence("cases", "own", " are holding 2,400 cases", t, "count", None))
    False
    """
    for m in _WORKERS_HOLD_N.finditer(ev.sentence):
        if m.group("n") in ev.clause and not _COUNTED_BEFORE.search(ev.sentence, max(0, m.start() - 30), m.start()):
            return True
    return False


#: a number of workers before them: "our 120 social workers are holding 2,400 cases" is the service's cases, not one
#: worker's
_COUNTED_BEFORE = re.compile(r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}$")


#: a phrase (or clause) that points at "the figure" or "the number" without saying of what
_FIGURE_POINTER = re.compile(r"(?i)\b(?:the|this|that|its)\s+(?:(?:latest|current|overall|total|same)\s+)?(?:figure|number|total)\b"
                             r"(?!\s+of\b)")


def child_count_of_heading(ev: Evidence, indicators: Sequence[Indicator]) -> str | None:
    """The count of children the heading names, for a count whose own words name only children or point at "the figure"
    (no measure of their own) and got no id: a news report's headline "Number of children being taken into care in
    Dudley soaring" then "The number of children has gone up to 772 ... Back in 2010, the figure was 480"; "Quarter more
    children on protection plans" then "The figure has risen by nearly a quarter in just a year, to 916". Only the
    counts of children of social care (:data:`CHILD_COUNT_IDS`), only one named.

    >>> inds = load_indicators()
    >>> child_count_of_heading(Evidence("children", "own", " has gone up to 772", "The number of children has gone up to 772.",
    ...     "count", None, context="Number of children being taken into care soaring"), inds)
    'children_in_care'
    >>> child_count_of_heading(Evidence("children attending the club", "own", " 40 children attending the club", "", "count",
    ...     None, context="Children in care"), inds) is None
    True
    """
    if ev.unit != "count" or not ev.context or "opulation" in ev.sentence or "ohort" in ev.sentence:
        return None  # ("The 0-17 population of children and young people has increased ..., from 57,023 to 57,370")
    words = _PHRASE_WORD.findall(ev.phrase.lower().replace("’", "'"))
    group = words and all(w in _OPEN_WORDS or w in _GROUP_WORDS or w in _CHILD_WORDS or w[0].isdigit() for w in words) \
        and "child" in ev.phrase.lower() + " " + ev.sentence.lower()
    if not group and not (_FIGURE_POINTER.search(ev.phrase) or _FIGURE_POINTER.search(ev.sentence)):
        return None
    found = find_concepts((ev.context,), "count", ev.per, indicators)
    ids = [i for i, f in found.items() if "what" in f and i in CHILD_COUNT_IDS]
    return ids[0] if len(ids) == 1 else None


def _one_named_in_full(text: str, ev: Evidence, indicators: Sequence[Indicator], m: _Matcher) -> str | None:
    """The one indicator of the figure's unit (``m``: its :func:`_matcher`) whose `what`, and qualifier if it has one,
    ``text`` names (:func:`find_concepts`); None when none or several are: the last step of the readers that take a
    measure named outside the figure's own words (the paragraph or sentence before, "the number of M")."""
    found = find_concepts((text,), ev.unit, ev.per, indicators)
    ids = [ind.id for ind in m.indicators if ind.id in found and "what" in found[ind.id]
           and (not ind.qualifier or "qualifier" in found[ind.id])]
    return ids[0] if len(ids) == 1 else None


def measure_of_paragraph_before(ev: Evidence, head: str, before: str, indicators: Sequence[Indicator]) -> str | None:
    """The one measure of the figure's unit the paragraph before names, for a figure of a paragraph's first sentence that
    points at "the figure" and got no id: "... there was a rapid increase of permanent exclusions which was of great
    concern ..." then "Since writing the report, the figure had further reduced and now stood at 68" (no figure in the
    paragraph before to carry its id). Only an indicator whose `what` (and qualifier, if it has one) the paragraph names,
    and only one.

    >>> inds = load_indicators()
    >>> t = "Since writing the report, the figure had further reduced and now stood at 68."
    >>> measure_of_paragraph_before(Evidence("reduced", "own", " now stood at 68", t, "count", None), t[:-3],
    ...     "There was a rapid increase of permanent exclusions, which was of great concern.", inds)
    'exclusions'
    """
    if not _FIGURE_POINTER.search(head):  # (``head``: the sentence up to the figure)
        return None
    m = _matcher(indicators, ev.unit, ev.per)
    if m is None:
        return None
    return _one_named_in_full(before, ev, indicators, m)




def measure_of_sentence_before(ev: Evidence, previous: str, indicators: Sequence[Indicator],
                               rules: FigureRules) -> str | None:
    """(round 22) The one measure the sentence right before names, for a figure whose own words name nothing (an open
    phrase: "the average", "the total", "the figure at the end of March", none at all; or, for a count, only the children
    counted: "there were 312 children") and which got no id: minutes put the question or the subject in one sentence and
    the value in the next ("A Member asked about caseloads. The Director advised that the average was 18."; "The report
    set out the position on children subject to a child protection plan. At the end of March there were 312 children.";
    "... children were looked after by the council. The number of children had increased ... to a peak of 1180").
    Only an indicator of the figure's unit whose `what` (and qualifier, if it has one) that sentence names, and only one;
    not money (whose kind the sentence before rarely fixes) nor a share (the paragraph's head is read for those).
    ``rules``: the figure rules (their ``words.level_words``, words of a level that name no measure: "a peak of 1180").

    >>> from .rules import load_rules
    >>> inds, rules = load_indicators(), load_rules()
    >>> measure_of_sentence_before(Evidence("average", "own", " the average was 18", "The Director advised that the average was 18.",
    ...     "count", None), "A Member asked about caseloads.", inds, rules)
    'social_worker_caseload'
    >>> measure_of_sentence_before(Evidence("children", "own", " there were 312 children", "There were 312 children.", "count",
    ...     None), "Members discussed children in care and care leavers.", inds, rules) is None  # two measures named
    True
    >>> measure_of_sentence_before(Evidence("children attending the club", "own", "40 children attending the club", "", "count",
    ...     None), "Members discussed children in care.", inds, rules) is None  # the phrase names what is counted
    True
    """
    if ev.how != "own" or ev.unit in ("gbp", "percent") or not previous:
        return None
    words = _PHRASE_WORD.findall(ev.phrase.lower().replace("’", "'")) if ev.phrase and ev.phrase != "None" else []
    level = rules.level_words  # (r22data: ``words.level_words`` of data/figure_rules.yml: "peak", "record" ...)
    open_ = all(w in _OPEN_WORDS or w in level or w[0].isdigit() for w in words)
    if not open_ and not (ev.unit == "count" and all(w in _OPEN_WORDS or w in level or w in _GROUP_WORDS
                                                      or w in _CHILD_WORDS or w[0].isdigit() for w in words)):
        return None
    m = _matcher(indicators, ev.unit, ev.per)
    if m is None or find_concepts((ev.sentence,), ev.unit, ev.per, indicators):
        return None  # (its own sentence names a measure, or a part of one: "a large number of children (2,799) who were
        #              categorised as needing special educational needs support" after a sentence on EHC plans)
    return _one_named_in_full(previous, ev, indicators, m)


#: (round 23) a sentence's measure said as "the number of M", "the level(s) of M", "the total number of M" (M up to the verb
#: or the comma that ends it): "The number of looked after children rose again this year, to a new high of 640", "the
#: number of pupils with EHC plans went up from 900 to 1,100", "given the level of children in care, some 500 children
#: now, ..."
_NUMBER_OF = re.compile(
    r"(?i)\b(?:total\s+)?(?:number|numbers|level|levels)\s+of\s+(.{3,90}?)(?=\s+(?:has|have|had|was|were|is|are|will|would|"
    r"could|may|might|rose|rise|rising|fell|fall|falling|increased|increasing|decreased|decreasing|declined|declining|"
    r"reached|reaching|stood|stands|continued|continues|grew|grown|dropped|went|remained|remains)\b|\s*[,;(]|\s*$)")
#: between that measure and the figure, a word that brings in another group or a part of the first: "The number of children
#: in care rose to 542, with 120 in residential homes", "..., of whom 40 ...", "... while 60 children were adopted"
_OTHER_GROUP_BETWEEN = re.compile(r"(?i)\b(?:while|whilst|whereas|but|and|with|without|includ\w*|whom|which|among|amongst|"
                                  r"out\s+of|excluding|except|besides|plus)\b")


def measure_of_number_of(ev: Evidence, head: str, indicators: Sequence[Indicator],
                         level_words: frozenset[str] | tuple[str, ...] = ()) -> str | None:
    """(round 23) The measure a sentence names as "the number of M" (or "the level(s) of M") before a count whose own
    phrase names nothing (an open or level word, or only the children or group counted: "a new high of 640", "the present
    population of 480", "some 500 children") and which got no id: the sentence's values are values of M ("The number of
    children in the council's care has fallen over two years, from 560 to the present population of 480"). ``head`` is the sentence up to the figure; the last such measure in it is read, and only when it names one
    indicator of the figure's unit in full (its `what`, and its qualifier if it has one) and no word between it and the
    figure brings in another group or a part (:data:`_OTHER_GROUP_BETWEEN`: "with", "of whom", "while", "and" ...).

    >>> inds = load_indicators()
    >>> t = "The number of looked after children rose again this year, reaching a record 640 by June."
    >>> measure_of_number_of(Evidence("record", "own", " reaching a record 640", t, "count", None), t[:t.find("640")], inds,
    ...     ("record",))
    'children_in_care'
    >>> t = "The number of children in care rose to 542, with 120 children in residential homes."
    >>> measure_of_number_of(Evidence("children", "own", " with 120 children", t, "count", None), t[:t.find("120")], inds)
    >>> t = "The number of visits rose to 40 children."
    >>> measure_of_number_of(Evidence("children", "own", " to 40 children", t, "count", None), t[:t.find("40")], inds)
    """
    if ev.how != "own" or ev.unit != "count" or "of" not in head or _RATE_BASE.search(ev.sentence):
        return None  # (a count per 10,000 is a rate: "the number of children in care per 10,000 children was 65")
    words = _PHRASE_WORD.findall(ev.phrase.lower().replace("\u2019", "'")) if ev.phrase and ev.phrase != "None" else []
    if not all(w in _OPEN_WORDS or w in level_words or w in _GROUP_WORDS or w in _CHILD_WORDS or w[0].isdigit() for w in words):
        return None
    last = None
    for last in _NUMBER_OF.finditer(head):
        pass
    if last is None or _OTHER_GROUP_BETWEEN.search(head, last.end(1)):
        return None
    m = _matcher(indicators, ev.unit, ev.per)
    if m is None:
        return None
    return _one_named_in_full(last.group(1), ev, indicators, m)


#: words that name children and nothing of them
_CHILD_WORDS = frozenset("youngsters kids infants babies teenagers minors".split())


#: a part of the children with plans named by where they are educated or what befell them: "310 children with EHCPs placed
#: in independent special schools", "85 young people with an EHCP were electively home
#: educated", "46 who faced permanent exclusion", "140 pupils with EHCPs who were persistently absent" (the convention of
#: parts of a count: "19 children in residential care" is not the number in care); those in mainstream schools, most of
#: them, are kept (round 9's guard: "2,140 pupils with an EHCP attend mainstream schools")
_EHCP_PART = re.compile(
    r"(?i)\b(?:attend(?:s|ed|ing)?|placed|educated|in|at)\s+(?:an?\s+|the\s+|their\s+|local\s+)?(?:special|independent|"
    r"non[\s-]maintained|out[\s-]of[\s-](?:county|borough|area)|alternative\s+provision|resourced\s+provision)\b"
    r"|\belectively\s+home\b|\bhome\s+educated\b"
    r"|\b(?:faced|facing|received|receiving|were|was|been)\s+(?:a\s+|with\s+)?(?:permanent(?:ly)?\s+|fixed[\s-]term\s+)?(?:exclu\w+|suspen\w+)"
    r"|\bpersistently\s+absent\b")
_EHCP_PART_WORDS = re.compile(r"(?i)attend|placed|educated|mainstream|special|independent|maintained|out[\s-]of|alternative|"
                              r"resourced|home|exclu|suspen|persistent|who")


#: the EHC plans named (not only "statements")
_EHCP_WORD = re.compile(r"(?i)\b(?:ehc\w*|echp\w*|education,?\s+health)")
#: special educational needs said: "statements" are the statements of SEN
_SEN_SAID = re.compile(r"(?i)\b(?:sen|send|special\s+(?:educational|needs)|statemented|ehc\w*|echp\w*|education,?\s+health|"
                       r"learning\s+difficult\w*|high\s+needs|disabilit\w*)\b")
#: another process with a timescale of its own, which a SEND heading does not make the 20-week plans
_OTHER_TIMED = re.compile(r"(?i)\b(?:annual\s+reviews?|reviews?|complaints?|transport|applications?|foi|freedom\s+of\s+information|"
                          r"enquir(?:y|ies)|referrals?|amendments?|appeals?|mediations?|advice|letters?|responses?|invoices?|"
                          r"payments?|tribunals?|hearings?)\b")
#: a time limit pointed back to, which the sentence or the paragraph before names ("The process should take no more than 20
#: weeks. However, just 26 per cent of applications were issued within that period", "meeting the 20 week timeframe ...,
#: with the percentage of applications met in this time at 76 per cent", "within the required amount of time")
_POINTED_TIME = re.compile(r"(?i)\b(?:in|within)\s+(?:(?:that|this)\s+(?:period|time(?:[\s-]*frame|[\s-]*scale|\s+limit)?)|"
                           r"the\s+required\s+(?:amount\s+of\s+)?time)\b")


def _only_applications_timed(said: str) -> bool:
    """Whether the only other process :data:`_OTHER_TIMED` finds is applications (which are the EHC plans' own when the
    time they were done in points back to the 20 weeks); annual reviews, complaints or tribunals stay another process's.

    >>> _only_applications_timed("applications issued within that period"), _only_applications_timed("annual reviews in that time")
    (True, False)
    """
    return {m.group(0).lower().rstrip("s") for m in _OTHER_TIMED.finditer(said)} == {"application"}


def _up_to_sentence(ev: Evidence) -> str:
    """The figure's paragraph up to the end of its sentence (the sentence alone when the paragraph is not known)."""
    at = ev.paragraph.find(ev.sentence) if ev.sentence and ev.paragraph else -1
    return ev.paragraph[:at + len(ev.sentence)] if at >= 0 else ev.sentence


#: the EHC plans or needs assessments, or their 20 weeks, said with it ("applications for EHC needs assessments completed
#: within 20 weeks" keeps the id)
_EHC_TIMED = re.compile(r"(?i)\b(?:ehc\w*|echps?|education,?\s+health,?\s+(?:and\s+)?care|needs\s+assessments?|statutory\s+assessments?|"
                        r"(?:new\s+)?plans?\s+(?:were\s+|being\s+)?(?:issued|finalised|finalized|completed)|new\s+plans|"
                        r"(?:20|twenty)[\s-]weeks?)\b")
#: what the council's own quality audits grade good or outstanding: cases, case files, plans, practice, supervision
_AUDIT_GRADED = re.compile(r"(?i)\b(?:audit\w*|case\s*files?|cases|plans?|ehcps?|practice|supervisions?|assessments?|"
                           r"quality\s+assurance|moderat\w*|dip[\s-]samples?)\b")
#: what Ofsted inspects and the measure counts: its judgement said with the audit words keeps the id
_INSPECTED_SAID = re.compile(r"(?i)\b(?:schools?|academ\w*|settings?|providers?|nurser\w*|childminders?|colleges?|homes?|"
                             r"ofsted|inspect\w*|early\s+years)\b")
#: attendance at something that is not school (a conference, a meeting, a review, training, a group, an appointment,
#: an assessment, a board ...), or "the absence of a ..." (a lack): not school attendance
_OTHER_ATTENDANCE = re.compile(
    r"(?i)\b(?:attendance|attendances|attended|attending|attend)\s+(?:at|in|of|by|to|for)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:conferences?|meetings?|reviews?|training|sessions?|groups?|appointments?|assessments?|boards?|panels?|clinics?|events?|"
    r"courses?|workshops?|visits?|icpcs?|rcpcs?|forums?|committees?|hearings?|interviews?)\b"
    r"|\babsence\s+of\s+(?:an?|any)\b")
#: school named: "attendance of looked after children at school" keeps school attendance
_SCHOOL_SAID = re.compile(r"(?i)\b(?:schools?|pupils?|lessons?|classes|classroom|education|academ\w*|sessions\s+missed|"
                          r"possible\s+sessions|half[\s-]days?)\b")
#: the exclusions named by the phrase itself
_EXCLUSION_NOUN = re.compile(r"(?i)exclu|suspen|expel|expul|\bpex\b|\bfte?s?\b|\bfixed[\s-]+(?:term|period)|\bpermanent|\btemporar")
#: who (or what) is excluded, as the phrase of an exclusion count says: pupils and their kin, or the times they were
_PUPIL_WORD = re.compile(r"(?i)\b(?:pupils?|children(?!['’]s)|child(?!['’]s)|students?|young\s+people|youngsters?|learners?|boys|"
                         r"girls|teenagers?|schoolchildren|kids|primary|secondary|times|occasions|days|cases|incidents|"
                         r"instances)\b")
#: excluded from something that is not school: "excluded from the funding scheme", "excluded from the survey", "excluded
#: from the figures"
_EXCLUDED_FROM_OTHER = re.compile(
    r"(?i)\bexclu(?:ded|des|de|ding|sions?)\s+from\s+(?:(?:the|this|these|those|our|its|their|a|an|any|all)\s+)?"
    r"(?!(?:(?:local|mainstream|primary|secondary|special|infant|junior|their|his|her|maintained|state|county|borough|city)\s+)*"
    r"(?:schools?|education|lessons?|class\w*|academ\w*|pupil\s+referral|prus?|colleges?|nurser\w*|settings?|sixth\s+forms?)\b)"
    r"(?:[\w'’-]+)")
#: this helper's count indicators, whose count a phrase led by staff is not
_COUNT_IDS_OF_MINE = frozenset(("ehcp_count", "ehcna_requests", "exclusions"))
#: a phrase led by staff (or a body): "caseworkers handling EHCP requests", "educational psychologists", "SEN officers"
_STAFF_HEAD = re.compile(
    r"(?i)^(?:(?:the|new|additional|extra|more|senior|specialist|send|sen|ehcp|ehc|educational|qualified|agency|interim|"
    r"full[\s-]time|part[\s-]time|fte|permanent|temporary)\s+)*(?:case\s*workers?|case\s+officers?|officers?|staff|workers?|"
    r"psychologists?|co-?ordinators?|posts?|ftes?|practitioners?|managers?|advis[eo]rs?|sencos?|senco|councillors?|"
    r"members?|panels?|vacancies)\b")
#: the rate of exclusions or suspensions named by the phrase ("the suspension rate", "the rate of permanent exclusions")
_EXCLUSION_RATE = re.compile(r"(?i)\b(?:exclu|suspen|expul)\w*\s+rates?\b|\brates?\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}?(?:exclu|suspen|expul)")
#: requests for something else than an assessment or a plan ("requests for transport assistance", "for mediation", "for
#: support from schools", "for personal budgets"), or of a kind named before them ("FOI requests", "transport requests")
_REQUESTS_FOR_OTHER = re.compile(
    r"(?i)\brequests?\s+for\s+(?:(?:an?|the|their|his|her|additional|further|more|new)\s+)*(?!(?:an?|the|their|his|her|additional|further|more|new)\s)"
    r"(?!(?:ehc\w*|echp\w*|education|statutory|needs|assessments?|initial|plans?|ehcna|reassessments?|re-assessments?|"
    # a time ("632 requests for the same period in 2023", "for the year", "for the first time")
    r"same|periods?|years?|quarters?|months?|weeks?|terms?|first|last|previous|this|that|these|whole|full|past|next|academic|"
    r"financial|calendar|q[1-4]|" + month_alternation(lower=True) + r")\b)[a-z]"
    r"|\b(?:foi|freedom\s+of\s+information|transport|mediation|tribunal|complaints?|data|subject\s+access|sar|information|"
    r"service)\s+requests?\b")
#: requests for an EHC needs assessment or plan, said beside the other requests
_REQUESTS_FOR_EHC = re.compile(r"(?i)\brequests?\s+for\s+(?:(?:an?|the|their)\s+)*(?:ehc|echp|education|statutory|needs|"
                               r"assessment|initial|plan|ehcna)")
#: an EHC needs assessment or plan said: a verb "requested" with it is the requests ("assessments requested")
_EHCNA_SAID = re.compile(r"(?i)\b(?:ehc\w*|echp\w*|education,?\s+health|statutory|needs\s+assessments?|assessments?|plans?|ehcna)\b")


def _other_requests(said: str) -> bool:
    """Whether the phrase and clause ``said`` speak of requests for something else than an EHC needs assessment
    (:data:`_REQUESTS_FOR_OTHER`), or only of a verb "requested" with no assessment or plan named.

    >>> _other_requests("requests for transport assistance"), _other_requests("requests for an EHC needs assessment")
    (True, False)
    >>> _other_requests("reports Members requested 12 further reports"), _other_requests("assessments requested")
    (True, False)
    """
    if _REQUESTS_FOR_OTHER.search(said):
        return not _REQUESTS_FOR_EHC.search(said)  # ("410 requests for support, of which 300 were for an EHC needs ...")
    low = said.lower()
    return "requested" in low and "request " not in low and "requests" not in low and not _EHCNA_SAID.search(said)


#: the requests decided, refused or agreed, not all those made: "288 rejected requests", "requests refused", "requests
#: that were turned down"; "2,447 requests were agreed and 2,099 completed", "612 agreed requests" (a sibling part)
_DECIDED_REQUESTS = re.compile(r"(?i)\b(?:rejected|refused|declined|turned\s+down|agreed|approved|accepted|granted)\s+"
                               r"(?:[\w'’-]+\s+){0,2}?requests?\b"
                               r"|\brequests?\s+(?:[\w'’-]+\s+){0,5}?(?:(?:were|was|been|being|are|is)\s+)*"
                               r"(?:rejected|refused|declined|turned\s+down|agreed|approved|accepted|granted)\b")
#: compliance with something other than the 20 weeks ("DBS compliance for SEND staff", "compliance with the SEND Code of
#: Practice", "GDPR compliance across the SEND service"), unless the timescale is said too
_OTHER_COMPLIANCE = re.compile(r"(?i)\b(?:dbs|gdpr|data\s+protection|code\s+of\s+practice|safeguarding|audits?|training|"
                               r"health\s+and\s+safety|polic(?:y|ies)|regulations?|standards?|checks?|transport)\b")
#: compliance said to be with something named after it ("compliant with the quality framework", "compliance with the
#: new EHCP template"): another compliance unless that is the timescale (:data:`_TIMESCALE_SAID`)
_COMPLIANCE_WITH = re.compile(r"(?i)\bcomplian(?:ce|t)\s+(?:with|to|against)\s+\w")
_TIMESCALE_SAID = re.compile(r"(?i)\b(?:(?:20|twenty)[\s-]weeks?|timescales?|timeframes?|time\s+limits?|deadlines?|timeliness|"
                             r"on\s+time|in\s+time)\b")


def _ehcp_part(ev: Evidence) -> bool:
    """Whether a count of children with plans names only a part of them (its clause, or the relative clause after it:
    "140 pupils with EHCPs | who were persistently absent", "46 | who faced permanent exclusion").

    >>> _ehcp_part(Evidence("children with EHCPs placed in independent special schools", "own",
    ...                     "There are 310 children with EHCPs placed in independent special schools.", "", "count", None))
    True
    >>> _ehcp_part(Evidence("children with an EHCP", "own", "There are 2,400 children with an EHCP in the borough.", "",
    ...                     "count", None))
    False
    >>> t = "There are 2,400 children with an EHCP, and 310 who attend special schools."
    >>> _ehcp_part(Evidence("children with an EHCP", "own", "There are 2,400 children with an EHCP", t, "count", None))
    False
    >>> t = "Among pupils with EHCPs, there were 38 who faced permanent exclusion last year."
    >>> _ehcp_part(Evidence("pupils with EHCPs", "own", " there were 38 ", t, "count", None))
    True
    """
    text = ev.clause
    if " who " in ev.sentence:
        at = ev.sentence.find(ev.clause) if ev.clause else -1
        after = ev.sentence[at + len(ev.clause):at + len(ev.clause) + 60] if at >= 0 else ""
        if after.lstrip()[:4].lower() == "who ":  # only a relative clause right after the figure's own clause
            text += after
    return _EHCP_PART_WORDS.search(text) is not None and _EHCP_PART.search(text) is not None


#: (round 20) a budget's own amount: the budget the subject of a verb of being or changing, the amount right after "from",
#: "to" or "at" ("the children's social care budget has increased annually from £46m in 2011 to £78m", "the children's
#: services budget will need to increase to £86m", "the budget stood at £30.1m")
_BUDGET_AMOUNT = re.compile(
    r"(?i)\bbudgets?\s+(?:[\w'’-]+\s+){0,3}?(?:has|have|had|is|was|were|will|would|stood|stands|increased|rose|grew|reached|"
    r"totall?ed)\b(?:\s+[\w'’-]+){0,5}?\s+(?:from|to|at)\s+[£$€]\s?\d")
#: (round 20) words that make a budget's amount a variance all the same: "(the budget) is £3m over", "short", "exceeded", "the
#: budget gap was forecast at", "a budget black hole"
_OVER_UNDER = re.compile(r"(?i)\b(?:over|under|short|exceed\w*|overr[au]n\w*|overshot|adrift|gaps?|holes?)\b")


#: (r31id) a price said as what something costs: "cost", "costs", "costing", "at a cost of"
_COST_WORD = re.compile(r"(?i)\bcost(?:s|ing)?\b")
#: (r31id) money that is a total, a saving, a fund or a payment, not the price of one child's place: "a saving of £5,000",
#: "a budget of £9,000", "the grant of £4,000" (said in the sentence, the price is another kind of money)
_NOT_A_PRICE = re.compile(r"(?i)\b(?:sav(?:e|es|ed|ing|ings)|budget(?:s|ed)?|grants?|allowances?|fees?|funding|funds?|total|"
                          r"overspend|underspend|deficit|reserves?|income|paid|payments?|spend|spent|spending)\b")
#: (r31id) the bounds of one child's weekly placement price (a year's price of a place is tens of thousands or more; a
#: service's cost is millions)
PLACEMENT_PRICE_RANGE = (100.0, 15000.0)


def placement_cost_unstated(ev: Evidence, values: Sequence[float], left: str, indicators: Sequence[Indicator]) -> bool:
    """(r31id) Whether money that says nothing of what it is per (``ev.per`` empty) is the weekly price of one child's
    care placement: the sentence names a placement (a ``what`` term of ``placement_cost_weekly``: "foster care",
    "residential care", "places", "placement"), says the amount is what it costs ("cost", "costing": in the sentence
    before the figure, ``left``), its clause and phrase name no other kind of money (a saving, budget, grant, fee,
    spend, total or variance: :data:`_NOT_A_PRICE`), and each value is a week's price (:data:`PLACEMENT_PRICE_RANGE`). Minutes give
    placement prices without the week as often as with it: "children who they were looking to step down into foster
    care currently cost between £3,500 - £4,500", "Typically this residential care will cost £2,901 within the
    authority", "With places outside of Norfolk costing £3,091 compared with £1,955".

    >>> inds = load_indicators()
    >>> t = "Typically this residential care will cost £2,901 within the authority."
    >>> ev = Evidence("cost of residential care", "own", t, t, "gbp", None)
    >>> placement_cost_unstated(ev, [2901.0], t[:t.index("£")], inds)
    True
    >>> t = "The residential care budget will cost the council £2,901 more."
    >>> placement_cost_unstated(Evidence("budget", "own", t, t, "gbp", None), [2901.0], t[:t.index("£")], inds)
    False
    >>> t = "Residential care will cost £2.9m this year."
    >>> placement_cost_unstated(Evidence("residential care", "own", t, t, "gbp", None), [2900000.0], t[:t.index("£")], inds)
    False
    """
    low, high = PLACEMENT_PRICE_RANGE
    if ev.per or ev.unit != "gbp" or not values or not all(low <= v <= high for v in values):
        return False
    if "ost" not in left or not _COST_WORD.search(left) or _NOT_A_PRICE.search(ev.clause) or _NOT_A_PRICE.search(ev.phrase):
        return False
    return "what" in find_concepts((ev.sentence,), "gbp", "week", indicators).get("placement_cost_weekly", {})


def budget_amount(ev: Evidence) -> bool:
    """(round 20) Whether money is a budget's own amount, said in its clause (:data:`_BUDGET_AMOUNT`), with no variance
    word in the phrase or the clause: not a variance, whatever pressures the heading names (a phrase that names nothing
    of its own, or the previous clause's measure, reads the heading).

    >>> t = "the children's social care budget has increased annually from £46m in 2011 to £78m this year"
    >>> budget_amount(Evidence("children at risk", "own", t, t, "gbp", None, context="financial pressures"))
    True
    >>> t = "the children's services budget will need to increase to £86m"
    >>> budget_amount(Evidence("", "own", t, t, "gbp", None))
    True
    >>> t = "the placements budget was £2m over, with the overspend rising to £2m"
    >>> budget_amount(Evidence("overspend", "own", t, t, "gbp", None))
    False
    >>> t = "the budget was forecast to be £3m over at year end"
    >>> budget_amount(Evidence("", "own", t, t, "gbp", None))
    False
    >>> t = "The children's services budget gap was forecast at £2.3m at month six."
    >>> budget_amount(Evidence("", "own", t, t, "gbp", None))
    False
    """
    return "udget" in ev.clause and _BUDGET_AMOUNT.search(ev.clause) is not None \
        and not _VARIANCE_WORD.search(ev.phrase) and not _VARIANCE_WORD.search(ev.clause) \
        and not _OVER_UNDER.search(ev.clause) and not _AGAINST_BUDGET.search(ev.clause)


#: (round 20) the people a count is of said to have taken part: "drawn up with input from around (40) youngsters in care",
#: "the views of (25) care leavers" (the figure's clause) ...
_INPUT_FROM = re.compile(
    r"(?i)\b(?:input|views|feedback|responses?|contributions?)\s+(?:from|of)\s+(?:(?:around|about|some|over|nearly|almost|"
    r"more\s+than|up\s+to)\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:[\w'’-]+\s+){0,3}?(?:children|young\s+people|youngsters|care\s+leavers?|"
    r"pupils|parents|carers|families)\b")
#: ... or the sentence opening with the people who attended, took part or responded, the figure a part of them after "of
#: whom": "Five young people attended the meeting, four of whom were in care and one (a) care leaver"
_TOOK_PART_WHOLE = re.compile(
    r"(?i)^\W*(?:\d[\d,]*|[a-z]+)\s+(?:[\w'’-]+\s+){0,3}?(?:attended|took\s+part|participated|responded|were\s+consulted|"
    r"were\s+surveyed|were\s+interviewed)\b[^.;]*?\bof\s+(?:whom|them|these)\b")
#: the ids of counts of people a count of participants is not
_PEOPLE_COUNT_IDS = frozenset(("children_in_care", "children_in_need", "child_protection_plans", "care_leavers", "ehcp_count"))


def took_part(ev: Evidence) -> bool:
    """(round 20) Whether a count is of the people who took part in something (gave their views to a strategy, attended a
    meeting, answered a survey), not of the children the measure counts, though its words name them ("40 youngsters in
    care", "one care leaver"): the dev gold's attendees of a panel get no id.

    >>> t = "The strategy was drawn up with input from around 40 youngsters in care."
    >>> took_part(Evidence("youngsters in care", "own", t, t, "count", None))
    True
    >>> t = "Five young people attended the meeting, four of whom were in care and one care leaver."
    >>> took_part(Evidence("care leaver", "own", " were in care and one care leaver.", t, "count", None))
    True
    >>> t = "There were 640 children in care, and the strategy had input from young people."
    >>> took_part(Evidence("children in care", "own", t, t, "count", None))
    False
    """
    if (" from " in ev.clause or " of " in ev.clause) and _INPUT_FROM.search(ev.clause):
        return True
    if " of " not in ev.sentence:  # (speed) _TOOK_PART_WHOLE needs "of whom", "of them" or "of these"
        return False
    m = _TOOK_PART_WHOLE.match(ev.sentence)
    return m is not None and ev.clause.strip() != "" and ev.sentence.find(ev.clause.strip(), m.end() - 8) >= m.end() - 8


def _kept(ev: Evidence, found: str) -> str | None:
    """``found``, or None where the figure is a part, a complement or another measure near the indicator's words
    (the checks of :func:`classify_vetoed`)."""
    if found == "children_in_care" and ev.unit == "count" and _care_subset(ev):
        return None
    if found == "children_in_care" and ev.how == "own" and ("arer" in ev.phrase or "ousehold" in ev.phrase) \
            and _CARERS_HEAD.match(ev.phrase):
        return None  # "six new foster carer households were approved to look after the authority's looked-after children":
        #              the carers (new ones: no foster carers' id either), not the children they look after
    if found == "care_leavers" and ev.unit == "count" and _care_leaver_part(ev):
        return None
    if found in _TIMELINESS_IDS and (_LATE_SHARE.search(ev.phrase) or _LATE_SHARE.search(ev.clause)):
        return None
    if found == "foster_carers" and ev.unit == "count" and (flows := [m.group(0).lower() for m in _CARER_FLOW.finditer(ev.clause)]) \
            and not (set(flows) == {"left"} and _LEFT_NOT_LEAVING.search(ev.sentence)):
        return None  # "8 fostering households have joined us ... and 18 have de-registered", "three foster carers stopped
        #              their duties", "20 carers were approved": the carers who joined or left in a time, not the carers
    if found == "foster_carers" and (_CHILDREN_WITH_CARERS.match(ev.phrase) or not _CARER_WORDS.search(ev.phrase) and (
            _FOSTERED_NOT_CARERS.search(ev.phrase) or _CHILDREN_FOSTERED.search(ev.clause))):
        # the children foster carers look after are not the carers: "96 children placed with in-house foster carers",
        # "211 children being fostered by in-house carers and 145 through private agencies" (the children's noun left out)
        return None
    if found in _ADULT_COUNT_IDS and ev.unit == "count" and (_PEOPLE_HEAD.match(ev.phrase) or _ADULTS_POSSESSIVE_HEAD.search(ev.phrase)):
        return None  # (r35falseids) "77 children who are sent to independent foster carers", "675 pupils" (a funding
        #              agency's), "31 foster carer's cases": the children or the carers' cases, not the carers or staff
    if found in VARIANCE_IDS and ev.how == "own" and "spend" in ev.clause and _SPEND_AMOUNT.search(ev.clause) \
            and not _SPENDING_VARIANCE.search(ev.clause) and not _AGAINST_BUDGET.search(ev.clause):
        return None  # "(children's services being forecast) to spend £93.8m(, an overspend of £6.7m)": the spend
    if found == "placement_cost_weekly" and _may_name_children(ev.clause) and not _PER_ONE_CHILD.search(ev.per or "") \
            and _SEVERAL_CHILDREN.search(ev.clause):
        return None  # "£200,000 per week on providing placements for six young people": the cost of several (not money
        #              said per child: "about £850 per week per child based on 300 children", r35ids)
    if found == "placement_cost_weekly" and ("child" in ev.clause or "young" in ev.clause) \
            and not _CARE_SAID.search(ev.sentence) and not _CARE_SAID.search(ev.context):
        return None  # "Some estimates calculate around £400 per child per week" (a saving), "The council pays £35 per
        #              child per week towards school meals": a week's money per child is a placement's cost when a
        #              placement, a provider or care is said
    if found == "placement_cost_weekly" and "lace" in ev.clause and _BARE_PLACES.search(ev.clause) \
            and not any(p.search(t) for p in (_CARE_SAID, _CHILD_SAID) for t in (ev.sentence, ev.context)):
        return None  # (round 16's "places") "Places at the holiday club cost £25 per week", "day centre places for older
        #              adults at £60 per week": places are a child's care placement when a child or care is said
    if found == "social_worker_vacancies" and _agency_covered(ev):
        return None
    if found == "agency_social_workers" and _OWN_STAFF.search(ev.phrase) and not _AGENCY_WORD.search(ev.phrase):
        return None  # "one agency worker to every two of its own employees", "12 agency workers and 30 permanent staff":
        #              the council's own staff, named beside the agency words, are not the agency count
    if found == "budget_variance" and (_BUDGET_ONLY.match(ev.phrase.strip()) and not _SPENDING_VARIANCE.search(ev.clause)
                                       or _INCOME_PHRASE.search(ev.phrase) and not _VARIANCE_WORD.search(ev.phrase)) \
            and not _variance_before_against(ev):
        return None  # (the budget the variance before "against" is measured against is not the budget itself)
    if found in _PEOPLE_COUNT_IDS and ev.unit == "count" and ev.how == "own" and took_part(ev):
        return None  # "input from around 40 youngsters in care", "Five young people attended ..., one care leaver": those who
        #              took part, not the measure's children
    if found in VARIANCE_IDS and ev.unit == "gbp" and ev.how in ("own", "inherited") and budget_amount(ev):
        return None  # "the children's social care budget has increased annually from £46m to £78m": the budget, not a
        #              variance (the heading's "financial pressures" read for a phrase that names no measure of its own)
    if found in VARIANCE_IDS and "nterest" in ev.phrase and _INTEREST_PHRASE.match(ev.phrase):
        return None  # "interest was having to be paid (currently at around £1.5m per annum), which was creating a revenue
        # pressure": the interest paid on a deficit is a cost of carrying it, not the deficit nor a variance
    if found in VARIANCE_IDS and ev.how == "own" and ("towards" in ev.clause or " to " in ev.clause or " of " in ev.clause) \
            and _TOWARDS_VARIANCE.search(ev.clause):
        return None
    if found in VARIANCE_IDS and ev.how == "own" and _names_budget_only(ev.phrase) and not _VARIANCE_OF_AMOUNT.search(ev.clause) \
            and not _variance_before_against(ev) and not _AMOUNT_THEN_VARIANCE.search(ev.clause) \
            and not _overran_in_clause(ev):
        return None  # "the high needs budget for 2024/25 is £52m despite the pressures", "£4.5m of additional high needs
        #              funding to ease pressures": the budget or the funding, which the pressures around it do not make a deficit
    if found in VARIANCE_IDS and ("ontribut" in ev.phrase or "ayment" in ev.phrase) and _PAID_TOWARDS.search(ev.phrase):
        return None  # "the council's contribution to the DSG deficit is £5m": money paid towards the deficit, not it
    if found == "exclusions" and (_EXCLUSION_REASON.search(ev.phrase) or (
            _EXCLUSION_REASON.search(ev.clause) or ev.how != "own" and _EXCLUSION_REASON.search(ev.sentence))
            and not _REASONS_COUNTED.search(ev.sentence)):
        # the exclusions for one reason: a part of the exclusions, not their number ("Eleven students were permanently
        # excluded for physical assault against an adult (3), ...": the reasons of the number, each counted, are not);
        # for a figure that takes its measure from another ("a rise from 36", "of these, 37 were temporary") the
        # reason may be in that one's clause, anywhere in the sentence
        return None
    if found == "ehcp_timeliness" and not (ev.how == "inherited" and ev.prev_id == "ehcp_timeliness") \
            and _OTHER_TIMED.search(said := f"{ev.phrase} {ev.clause}") and not _EHC_TIMED.search(said) \
            and not (("that" in said or "this" in said or "equired" in said) and _POINTED_TIME.search(said)
                     and _only_applications_timed(said) and _EHC_TIMED.search(_up_to_sentence(ev))):
        # (not the other value of the figure before, which kept the id: "... were issued within that period in March,
        # down from 35 per cent in January")
        return None  # "95% of annual reviews were completed within timescale", "complaints responded to within timescale",
        #              "transport applications processed on time" under a SEND heading: another process's timeliness
    if found == "ofsted_good_or_better" and _AUDIT_GRADED.search(said := f"{ev.phrase} {ev.clause}") \
            and not _INSPECTED_SAID.search(said):
        return None  # "72% of audited cases were graded good or outstanding", "51% of plans judged to be good or
        #              outstanding": the council's own audits of casework or of EHC plans, not Ofsted's judgements
    if found == "school_attendance" and (_OTHER_ATTENDANCE.search(ev.phrase) or _OTHER_ATTENDANCE.search(ev.clause)) \
            and not _SCHOOL_SAID.search(ev.phrase) and not _SCHOOL_SAID.search(ev.clause):
        return None  # "partner attendance at initial child protection conferences was 78%", "attendance at training
        #              sessions", "young people's attendance at their reviews", "the absence of a permanent social worker"
    if found == "exclusions" and ev.how == "own" and ev.unit == "count" and not _EXCLUSION_NOUN.search(ev.phrase) \
            and not _PUPIL_WORD.search(ev.phrase) and not _open_and_reach(ev.phrase, ev.unit)[0]:
        return None  # "The council suspended 3 contracts with providers", "the press and public were excluded for 2 items",
        #              "4 children's homes had admissions suspended": the verb of the clause suspends or excludes something else
    if found == "exclusions" and "from" in ev.clause and _EXCLUDED_FROM_OTHER.search(ev.clause):
        return None  # "12 schools have been excluded from the funding scheme", "240 young people were excluded from the
        #              survey": left out of something else, not excluded from school
    if found in _COUNT_IDS_OF_MINE and ev.unit == "count" and ev.how == "own" and _STAFF_HEAD.match(ev.phrase):
        return None  # "14 caseworkers handling EHCP requests", "six educational psychologists for EHC needs assessments": the
        #              staff who do the work, not the plans, requests or exclusions
    if found == "exclusions" and ev.unit == "count" and (
            (ev.per or "").startswith("100") or ("rate" in ev.phrase or "Rate" in ev.phrase) and _EXCLUSION_RATE.search(ev.phrase)):
        return None  # "the suspension rate was 6.9 per 100 pupils", "the permanent exclusion rate was 0.08": a rate (the
        #              Department's exclusion statistics), not the number of exclusions
    if found == "ehcna_requests" and ev.how == "own" and _other_requests(f"{ev.phrase} {ev.clause}"):
        return None  # "340 requests for transport assistance", "45 FOI requests", "Members requested 12 further reports"
        #              under a SEND heading: requests for something else than an EHC needs assessment
    if found == "ehcna_requests" and ("jected" in ev.phrase or "fused" in ev.phrase or "eclined" in ev.phrase
                                      or "turned" in ev.phrase or "greed" in ev.phrase or "pproved" in ev.phrase
                                      or "ccepted" in ev.phrase or "ranted" in ev.phrase) and _DECIDED_REQUESTS.search(ev.phrase):
        return None  # "more than half of 288 rejected requests ... were overturned": the refusals, not the requests; "2,447
        #              requests were agreed": the agreements, not the requests
    if found == "ehcp_count" and ev.unit == "count" and ev.how == "own" and _ehcp_part(ev):
        return None  # "310 children with EHCPs placed in independent special schools", "46 (pupils with EHCPs) who faced
        #              permanent exclusion": a part of the children with plans by setting or by what befell them
    if found == "ehcp_count" and "tatement" in ev.clause and not _EHCP_WORD.search(f"{ev.phrase} {ev.clause}") \
            and not _SEN_SAID.search(ev.sentence) and not _SEN_SAID.search(ev.context) and not _SEN_SAID.search(ev.before):
        return None  # "The Leader made two statements to Council", "12 witness statements", "statements of purpose": the
        #              statements of SEN only where special educational needs are said
    if found == "ehcp_count" and "tatement" in ev.phrase and (
            _STATEMENT_TRANSFER.search(ev.clause) or ev.how != "own" and _STATEMENT_TRANSFER.search(ev.sentence)):
        return None
    if found == "ehcp_timeliness" and ("ompli" in ev.phrase or "ompli" in ev.clause) \
            and _OTHER_COMPLIANCE.search(said := f"{ev.phrase} {ev.clause}") and not _TIMESCALE_SAID.search(said) \
            or found == "ehcp_timeliness" and "ompli" in ev.sentence and _COMPLIANCE_WITH.search(ev.sentence) \
            and not _TIMESCALE_SAID.search(ev.sentence):
        return None  # "DBS compliance for SEND staff was 100%", "compliance with the SEND Code of Practice", "compliant with
        #              the quality framework": not the 20 weeks (but "100% EHCP compliance", "compliance with timescales")
    if found == "ehcp_timeliness" and ev.unit == "percent" and (_TRIBUNAL.search(ev.phrase) or _TRIBUNAL.search(ev.clause)
                                                                 or not _NAMES_PLANS.search(ev.phrase)
                                                                 and _TRIBUNAL.search(ev.sentence)):
        return None  # "Tribunal judges found against councils in 96 per cent of cases": appeals, not the 20 weeks
    if found in CHILD_COUNT_IDS and ev.unit == "count" and (_by_sex_or_age(ev) or _by_duration_or_moves(ev)):
        return None  # by sex or age; "3 children were on a plan for 12-24 months", "22 looked after children have
        #              experienced three different placements": the national measures of duration and stability, not the count
    if (found in CHILD_COUNT_IDS or found == "ehcp_count") and ev.unit == "count" and ev.how == "own" and _capacity(ev):
        return None  # "16 new beds for children in need of care", "a provision for 12 children in receipt of an EHCP": places
    if (found in CHILD_COUNT_IDS and ev.unit == "count" or found == "neet") and _subgroup_of_children(ev, found):
        return None  # "Forty-three unaccompanied asylum-seeking children were taken into care", "355 looked after children
        #              aged between 10 and 17", "young people with EHCPs that are NEET": a subgroup, not the count or rate
    if found == "re_referrals" and "of" in ev.clause and _SHARE_OF_RE_REFERRALS.search(ev.clause):
        return None
    return found


#: workers and a verb of holding cases, with the cases left out: "more experienced staff dealing (with up to 20)",
#: "experienced social workers hold (up to 20)", "senior practitioners carrying (22)"
_WORKERS_HANDLING = re.compile(
    r"(?i)\b(?:staff|workers?|practitioners?|colleagues|social\s+workers?)\s+(?:dealing|carrying|holding|handling|managing|"
    r"taking|hold|holds|carry|carries|deal|handle|manage|take|takes)\b")
_WORKERS_HANDLING_N = re.compile(_WORKERS_HANDLING.pattern + r"[^\d.;]{0,25}\d")  # the figure after them
#: social workers said to hold a number of cases, children or families: "a social worker was dealing with 49 cases",
#: "some (social workers) were carrying 50 cases", "some social workers having up to 40 cases", "left some social workers
#: with up to 50 children to look after", "individual workers are being saddled with up to 25 cases each": the caseload
#: (the group ``n`` is the figure; the noun after it is what is held)
_WORKERS_HOLD_N = re.compile(
    r"(?i)\b(?:social\s+workers?|workers?|practitioners?|caseworkers?)\b\)?(?:\s+(?:in|on|of|at|within)\s+[\w'’\s-]{1,40}?)?"
    r"(?:\s+(?:was|were|is|are|been|being|had\s+been|have\s+been|has\s+been|now|currently|still|each|all|often|sometimes|typically|also))*"
    r"\s+(?:(?:had|have|has|having|hold|holds|holding|held|carry|carries|carrying|carried|manage|manages|managing|managed|"
    r"juggle|juggles|juggling|juggled)|(?:deal|deals|dealing|dealt|cope|coping|working|saddled|left|responsible)\s+(?:with|for)"
    r"|with(?=\s+(?:up\s+to|as\s+many\s+as|more\s+than|over)\s))"
    r"\s+(?:(?:up\s+to|around|about|over|nearly|almost|more\s+than|as\s+many\s+as|an\s+average\s+of|on\s+average|between|some)\s+)?"
    r"(?P<n>\d[\d,]*(?:\s*(?:-|–|to|and)\s*\d[\d,]*)?)\s+(?:open\s+|live\s+|allocated\s+|active\s+)?"
    r"(?:cases|children|families|young\s+people)\b")
#: a part (or phrase) that names social workers ("social workers", "qualified social workers", "Social Workers",
#: "children's social workers", "practitioners"): among agency staff, the agency social workers
_SOCIAL_WORKERS_PART = re.compile(
    r"(?i)(?:(?:qualified|registered|frontline|front[\s-]line|children['’]?s|case[\s-]holding|experienced|fte|"
    r"full[\s-]time(?:\s+equivalent)?)\s+)*(?:social\s+workers?|social\s+work\s+practitioners?|practitioners?)\b")
#: a phrase whose head is carers or households: "new foster carer households approved to look after ...", "foster carers"
_CARERS_HEAD = re.compile(r"(?i)(?:(?:new|additional|extra|more|approved|prospective|potential|mainstream|connected|kinship|"
                          r"in[\s-]house|local|the|our|its|their)\s+)*(?:foster(?:ing)?\s+)?(?:carers?|carer\s+households?|"
                          r"households?|famil(?:y|ies))\b")
#: the clause of a count said to be included in the count before it: "this included 97", "including 22", "which included"
_INCLUDED_LEFT = re.compile(
    r"(?i)\W*(?:(?:this|which|these|that|they|it|and)\s+)?(?:includ(?:ed|es|e|ing)|compris(?:ed|es|ing))\s+"
    r"(?:(?:some|around|about|up\s+to|over|nearly|almost|just)\s+)?[\w,.]+\s")
#: a whole that is a workforce ("social workers", "staff in children's social care", "posts", "the workforce")
_STAFF_WHOLE = re.compile(r"(?i)\b(?:social\s+work|staff|workers?|workforce|practitioners?|posts?|employees|team)")
#: the council's own staff ("own employees", "permanent staff", "permanent social workers", "directly employed social
#: workers", "in-house staff", "substantive posts")
_OWN_STAFF = re.compile(
    r"(?i)\bown\s+(?:employees|staff|social\s+workers?|workers?|workforce)|\bpermanent(?:ly\s+employed)?\s+"
    r"(?:(?:qualified|frontline|children['’]?s)\s+)?(?:staff|employees|social\s+workers?|workers?|practitioners?|members)"
    r"|\bdirectly[\s-]+employed|\bin[\s-]house\s+(?:staff|social\s+workers?)|\bsubstantive\s+(?:staff|posts?|social\s+workers?)")
_AGENCY_WORD = re.compile(r"(?i)\bagenc|\blocums?\b|\binterim\b|\btemps?\b|\btemporary\b")
#: a placement, a provider or care said in the sentence ("semi-independent accommodation", "residential", "foster",
#: "amounts vary dramatically between providers", "a child in care", "private provision")
_CARE_SAID = re.compile(r"(?i)placement|residential|foster|semi[\s-]independent|accommodat|supported\s+living|"
                        r"unregulated|unregistered|children['’]?s\s+homes?|care\s+homes?|care\s+package|\bifa\b|provider|"
                        r"\bin\s+(?:our\s+|its\s+|the\s+)?care\b|looked[\s-]after|cared\s+for|\bcarers?\b|"
                        # (round 16) a provision bought in: "the cost of private provision is £5,500 per child, per week"
                        r"\b(?:private|external|independent|specialist)\s+(?:sector\s+)?provision|"
                        # (r35ids) care named with whose it is ("children in local authority care", "in council care")
                        r"\bin\s+(?:the\s+)?(?:local\s+authority|council|county\s+council|state)(?:['’]s)?\s+care\b|"
                        # (r35ids) the homes and agencies care is bought from ("costly private homes and agencies charging
                        # an average of £3,000-a-week per child")
                        r"\b(?:private|external|independent)\s+(?:sector\s+)?(?:homes?|agenc(?:y|ies))\b")
#: places, the word of placement_cost_weekly that names no child or care itself ("some places are between £3,000 and
#: £4,000 per week")
_BARE_PLACES = re.compile(r"(?i)\bplaces\b")
#: a child or young person said ("children with very special needs", "a young person")
_CHILD_SAID = re.compile(r"(?i)\bchild|\byoung\s+(?:people|persons?)\b|\bteenagers?\b|\bjuveniles?\b")
#: the counts of children of social care (whose parts by sex, age or place are not the count)
CHILD_COUNT_IDS = frozenset(("children_in_care", "children_in_need", "child_protection_plans", "care_leavers"))
#: a part of a count of children named by sex or age ("Of those being cared for, more than half (327) were boys", "of
#: whom 150 were girls", "210 of them were aged 16 or over", "312 boys and 290 girls were in care"): not the count
_SEX_OR_AGE = re.compile(
    r"(?i)\s*[)\-–—]?\s*(?:were|are|was|is)\s+(?:boys|girls|male|female|aged\s+(?:under|over|between|\d|[a-z]+\s+(?:and|to|or)\b)|"
    r"(?:under|over)\s+(?:the\s+age|(?:\d{1,2}|one|two|five|ten|sixteen)\s*(?:years?\b|s\b)|(?:one|five|ten)\b(?!\s+(?:hundred|thousand))))")
_SEX_OR_AGE_PHRASE = re.compile(r"(?i)^(?:boys|girls|males?|females?|teenage\s+(?:boys|girls))\b")
#: a share of the re-referrals said of them, not the re-referral rate ("only around 10 per cent of its re-referrals could
#: have been prevented", "40% of the re-referrals were for domestic abuse"); "22% of referrals were re-referrals" and
#: "the percentage of re-referrals was 22%" are the rate
_SHARE_OF_RE_REFERRALS = re.compile(
    r"(?i)(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:its|the|all|these|those|our|their|such)?\s*re[\s-]*referrals?\s+"
    r"(?:could|would|should|might|may|were|was|had|have|related|involved|came|concerned|followed|resulted)\b")


#: a part of a count of children named by how long they have been counted or how often they moved, the national measures
#: of duration and stability ("3 children were on a child protection plan for 12-24 months", "children subject to a plan
#: for two years or more", "who have been looked after for 2.5 years or more", "22 looked after children have experienced
#: three different placements", "had three or more placements in the year", "on a plan for a second or subsequent
#: time"): not the count
_DURATION_OR_MOVES = re.compile(
    r"(?i)\b(?:looked\s+after|in\s+(?:our\s+)?care|plans?|register(?:ed)?|cpps?|cp|protection)\s+(?:[\w-]+\s+){0,2}?for\s+"
    r"(?:(?:more|longer)\s+than\s+|over\s+|at\s+least\s+|between\s+|up\s+to\s+|under\s+|less\s+than\s+|a\s+)?"
    r"(?:(?:\d[\d.]*|one|two|three|four|five|six|nine|twelve|eighteen)(?:\s*(?:-|–|to|and)\s*\d[\d.]*)?\s*\+?\s*(?:months?|years?)\b"
    r"|(?:second|third|subsequent)\b)"
    r"|\b(?:two|three|four|five|ten|[2-9]|10)\s+(?:or\s+more\s+)?(?:different\s+)?(?:placements?|placement\s+moves|moves|homes)\b"
    r"|\b(?:same|one)\s+(?:foster\s+)?(?:family|placement|carers?|home)\s+for\b|\bplacement\s+(?:moves|changes|breakdowns?)\b")
#: (speed) words one of which the clause must hold for :data:`_DURATION_OR_MOVES` to be tried
_DURATION_OR_MOVES_WORDS = (" for ", "lacement", " moves", " homes")


#: (speed; compiled once, not at each call) where the words after a clause stop for :func:`_by_duration_or_moves`
#: and :func:`_subgroup_of_children`
_TAIL_END_DURATION = re.compile(r"[,;:(]")
_TAIL_END_SUBGROUP = re.compile(r"[,;:.]")


def _by_duration_or_moves(ev: Evidence) -> bool:
    """Whether a count of children names only a part of them by how long they have been in care or on a plan, or by
    their moves between placements (the clause, and what it goes on to say up to the next comma).

    >>> _by_duration_or_moves(Evidence("children on a plan", "own", " 4 children were on a child protection plan for 2 years or more",
    ...                                "", "count", None))
    True
    >>> _by_duration_or_moves(Evidence("children in care", "own", "there were 602 children in care at 31 March", "", "count", None))
    False
    """
    text = ev.clause
    at = ev.sentence.find(ev.clause) if ev.clause else -1
    if at >= 0:
        tail = ev.sentence[at + len(ev.clause):at + len(ev.clause) + 60]
        text += _TAIL_END_DURATION.split(tail, maxsplit=1)[0]
    if not any(w in text for w in _DURATION_OR_MOVES_WORDS):
        return False
    m = _DURATION_OR_MOVES.search(text)
    # (not when another count comes first in the clause: "there were 300 children in care and 25 had three or more
    # placements" is the 25's part, not the 300's)
    return m is not None and len(_COUNT_NUMBERS.findall(text, 0, m.start())) < 2


_COUNT_NUMBERS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _by_sex_or_age(ev: Evidence) -> bool:
    """Whether a count of children names only a part of them by sex or age.

    >>> _by_sex_or_age(Evidence("", "own", " more than half (327", "Of those cared for, more than half (327) were boys.", "count", None))
    True
    >>> _by_sex_or_age(Evidence("children in care", "own", "there were 602 children in care at 31 March", "", "count", None))
    False
    """
    if ev.phrase[:1] in _SEX_OR_AGE_FIRST and _SEX_OR_AGE_PHRASE.match(ev.phrase):
        return True
    at = ev.sentence.find(ev.clause) if ev.clause else -1
    if at < 0:
        return False
    tail = ev.sentence[at + len(ev.clause):at + len(ev.clause) + 30]  # what the count's clause goes on to say of it
    return any(w in tail for w in _SEX_OR_AGE_WORDS) and _SEX_OR_AGE.match(tail) is not None


#: a subgroup of the children a count (or the NEET share) is of, named in the figure's own words: unaccompanied asylum
#: seekers ("Forty-three unaccompanied asylum-seeking children were taken into care", "nine children taken into care
#: because they were unaccompanied asylum seekers"), children with a plan, SEN or a disability ("107 (21.3%) had an
#: Education Health Care Plan", "young people with EHCPs that are not in employment, education or training"), other
#: councils' children ("95 LAC from other Local Authorities in Northumberland schools"); the dev gold gives these no id
#: (Barnet, Central Bedfordshire, Slough) while a part by area keeps it ("159 children looked after in the Barrow area")
_SUBGROUP = re.compile(
    r"(?i)\bunaccompanied\b|\basylum[\s-]+seek\w*|\buasc\b|\bseparated\s+(?:children|young|migrant|minors?)\b"
    r"|\b(?:with|having|had|has|have)\s+(?:an?\s+|the\s+)?(?:ehcps?\b|ehc\s+plans?\b|ehcplans?\b|"
    r"education,?\s+health,?\s+(?:and\s+|&\s*)?care\s+plans?\b|statements?\s+of\s+(?:special\s+educational\s+needs?|sen)\b|"
    r"statements?\s+or\s+(?:an?\s+)?ehc|send\b|special\s+educational\s+needs?\b|(?:a\s+)?disabilit(?:y|ies)\b)"
    r"|\bfrom\s+other\s+(?:local\s+authorit(?:y|ies)|las?\b|councils?\b|authorities\b)|\bplaced\s+by\s+other\s+\w")
_SUBGROUP_WORDS = ("accompan", "asylum", "uasc", "UASC", "separated", "with", "hav", "had", "has", "other", "Other")
#: a part of the children by an age range said in the count's own words ("355 looked after children aged between 10 and
#: 17", "242 looked after learners (of statutory school age)"): not the count, unless the range is every child ("248 CLA
#: (under 18)", "aged 0-17")
_AGE_PART = re.compile(
    r"(?i)\baged\s+(?:between\s+)?(\d{1,2})\s*(?:and|to|or|-|–)\s*(\d{1,2})\b"
    r"|\baged\s+(\d{1,2})\s*(?:\+|(?:and|or)\s+(?:over|above|older))"
    r"|\baged\s+(?:under|below|less\s+than)\s+(\d{1,2})\b"
    r"|\b(?:of\s+)?(?:statutory\s+|compulsory\s+)?school[\s-]+age\b")
#: the count a "such children" points back to: unaccompanied asylum seekers named just before ("an increase in the number
#: of unaccompanied asylum seeker children ... The authority has been looking after 25 such children")
_SUCH_CHILDREN = re.compile(r"(?i)\bsuch\s+(?:children|young\s+people|minors|young\s+persons)\b")
_UASC = re.compile(r"(?i)\bunaccompanied\b|\basylum[\s-]+seek\w*|\buasc\b")
#: the subgroup left out of the count, which is the rest ("826 children in care (excluding unaccompanied asylum-seeking
#: children)")
_EXCLUDING = re.compile(r"(?i)\b(?:excluding|excludes|exclude|not\s+including|other\s+than|except(?:\s+for)?|apart\s+from|"
                        r"without)\s+(?:\w+\s+){0,3}$")
_PERCENT_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b)", re.I)


def _age_range_is_part(m: re.Match[str]) -> bool:
    """Whether an ``_AGE_PART`` match names only some of the children (not 0-17 or under 18)."""
    lo, hi, plus, under = m.group(1), m.group(2), m.group(3), m.group(4)
    if lo is not None:
        return not (int(lo) <= 1 and int(hi) >= 17)
    if plus is not None:
        return int(plus) > 0
    if under is not None:
        return int(under) < 18
    return True  # school age


def _subgroup_of_children(ev: Evidence, found: str) -> bool:
    """Whether a count of children (or the NEET share) is of a subgroup named in its own words: unaccompanied asylum
    seekers, children with a plan, SEN or a disability, other councils' children, or (for children in care, in need and
    on plans) an age range that is not every child. The clause and what it goes on to say up to the next comma are read
    ("nine children taken into care | because they were unaccompanied asylum seekers"), when no other count comes first
    and none after (the subgroup is then another count's: "3,600 children with disabilities ... around 310 looked after
    children"); a subgroup left out ("826 children in care (excluding unaccompanied asylum-seeking children)") is not.

    >>> _subgroup_of_children(Evidence("looked after children", "own", " of the 355 looked after children aged between 10 ",
    ...     "8.3 per cent of the 355 looked after children aged between 10 and 17 in Wigan were convicted.", "count", None),
    ...     "children_in_care")
    True
    >>> _subgroup_of_children(Evidence("children looked after", "own", "There were 248 CLA at the end of June (under 18)",
    ...     "There were 248 CLA at the end of June (under 18), compared with 240.", "count", None), "children_in_care")
    False
    >>> _subgroup_of_children(Evidence("children in care", "own", "there were 420 children in care",
    ...     "there were 420 children in care, including 35 unaccompanied asylum seeking children.", "count", None),
    ...     "children_in_care")
    False
    """
    text = ev.clause
    at = ev.sentence.find(ev.clause) if ev.clause else -1
    if at >= 0:
        tail = ev.sentence[at + len(ev.clause):at + len(ev.clause) + 70]
        text += _TAIL_END_SUBGROUP.split(tail, maxsplit=1)[0]
    for t in (ev.phrase, text):
        if any(w in t for w in _SUBGROUP_WORDS):
            m = _SUBGROUP.search(t)
            if m is not None and not _EXCLUDING.search(t, max(0, m.start() - 40), m.start()) and (
                    t is ev.phrase or _said_of_the_count(t, m)):
                return True
        if found in _AGE_PART_IDS and ("age" in t or "Age" in t):
            for m in _AGE_PART.finditer(t):
                if _age_range_is_part(m) and (t is ev.phrase or _said_of_the_count(t, m)):
                    return True
    if ("such" in ev.phrase or "such" in ev.clause) and (_SUCH_CHILDREN.search(ev.phrase) or _SUCH_CHILDREN.search(ev.clause)):
        at = ev.paragraph.find(ev.sentence) if ev.sentence else -1
        if at >= 0 and _UASC.search((ev.before[-300:] + " " + ev.paragraph[:at])[-300:]):
            return True  # (news reports write a sentence a paragraph: the one before may be the paragraph before)
    return False


def _said_of_the_count(text: str, m: re.Match[str]) -> bool:
    """Whether the subgroup words ``m`` of a clause are said of its count: at most one count (no percentage) before them,
    none after, and no share or quantifier between the count and them ("330 children in care with 12% having an EHCP",
    "412 children in care and most of them have SEND", "375 children in care, many of whom were aged 16 or 17" are the
    whole; "107 (21.3%) had an Education Health Care Plan" is the part, its own share in brackets)."""
    before = _OWN_SHARE.sub(" ", text[:m.start()])
    numbers = list(_COUNT_NUMBERS.finditer(_PERCENT_NUMBER.sub(lambda p: " " * len(p.group()), before)))
    if len(numbers) >= 2 or _COUNT_NUMBERS.search(text, m.end()):
        return False
    between = before[numbers[-1].end():] if numbers else before
    return not _SHARE_BETWEEN.search(between)


#: the count's own share in brackets right after it ("107 (21.3%)")
_OWN_SHARE = re.compile(r"\(\s*\d[\d.,]*\s*(?:%|per\s?cent)\s*\)", re.I)
#: a share or quantifier between a count and subgroup words: they are said of a part of the count, not of it
_SHARE_BETWEEN = re.compile(r"(?i)%|\bper\s?cent\b|\bpercent\b|\bof\s+(?:whom|which|these|those|them)\b|\b(?:half|halves|thirds?|"
                            r"quarters?|majority|most|many|some|all|few|none|proportion|share|number)\b")


#: the ids whose count a part by age is not (care leavers are counted by age, 18-25, as a whole; NEET is of 16-17s)
_AGE_PART_IDS = frozenset(("children_in_care", "children_in_need", "child_protection_plans"))


#: a capacity, not a count of the children or plans: the places, beds or provision made for them ("providing 16 new beds
#: for children in need of care", "would create a 'mainstream plus' provision for 12 children in receipt of an EHCP",
#: "budgeting for extra places for students with EHCPs was needed and there were 18 students in total": Derbyshire and
#: Oldham in the pools, West Berkshire in the dev gold, whose places get no id)
_CAPACITY_HEAD = re.compile(
    r"(?i)^(?:(?:new|additional|extra|further|more|residential|specialist|commissioned|planned|funded|registered|"
    r"care|home|resourced)\s+)*(?:beds?|places?|spaces?|vacancies|bedrooms?)\b")
_CAPACITY_FOR = re.compile(
    r"(?i)\b(?P<v>creat\w*|provid\w*|open\w*|build\w*|develop\w*|budget\w*|commission\w*|fund\w*|new|additional|extra|"
    r"further)\s+(?P<between>(?:(?:a|an|the|\w+|['‘’\"“”][\w\s-]+['’\"“”])\s+){0,3}?)(?P<noun>provision|places?|capacity|spaces?|beds?|"
    r"units?|bases?)\s+for\s+(?:(?:up\s+to|a\s+maximum\s+of|around|about|approximately|some|another|a\s+further)\s+)?"
    r"(?:(?P<n>\d[\d,]*)\s+|(?:\w+\s+){0,3}?(?:children|pupils|students|young\s+people|learners)\b)")
#: the verbs of a service given or paid for, not made: their "provision for N children" is of the children counted
_SERVICE_VERBS = ("provid", "fund", "budget", "commission")
_NEW_WORD = re.compile(r"(?i)\b(?:new|additional|extra|further|more)\b")
_CAPACITY_WORDS = ("provision", "place", "capacity", "space", "bed", "unit", "base")


def _capacity(ev: Evidence) -> bool:
    """Whether a count of children or plans is a capacity: its phrase names beds or places, or its clause the
    provision, places or beds made for the children (the figure the only count after that, or the children counted
    after the places for them).

    >>> _capacity(Evidence("new beds for children in need of care", "own", " providing 16 new beds for children in need of care.",
    ...                    "", "count", None))
    True
    >>> _capacity(Evidence("children in receipt of an EHCP", "own",
    ...                    "this project would create a provision for 12 children in receipt of an EHCP ", "", "count", None))
    True
    >>> _capacity(Evidence("children with an EHCP", "own", "There are 2,400 children with an EHCP in the borough", "", "count", None))
    False
    """
    if ev.phrase[:1].isalpha() and _CAPACITY_HEAD.match(ev.phrase):
        return True
    if not any(w in ev.clause for w in _CAPACITY_WORDS):
        return False
    m = _CAPACITY_FOR.search(ev.clause)
    if m is None:
        return False
    if m.group("noun").lower() == "provision" and m.group("v").lower().startswith(_SERVICE_VERBS) \
            and not _NEW_WORD.search(m.group("between")):
        return False  # "provides support and provision for 2,400 children with EHCPs", "funding provision for 1,200
        #               children": the service the children have, who are the count (not new provision made for them)
    if m.group("n"):  # "provision for 12 children": the figure when no other count follows
        return not _COUNT_NUMBERS.search(ev.clause, m.end())
    # "extra places for students with EHCPs ... there were 18 students in total": one count after the places named
    return len(_COUNT_NUMBERS.findall(_PERCENT_NUMBER.sub(" ", ev.clause[m.end():]))) == 1 \
        and not _COUNT_NUMBERS.search(ev.clause, 0, m.start())


#: (speed) the first letters of _SEX_OR_AGE_PHRASE's words, in either case (no other character matches them)
_SEX_OR_AGE_FIRST = frozenset("bBgGmMfFtT")
_SEX_OR_AGE_WORDS = (" boys", " girls", " aged", " male", " female", " under", " over")


#: the relative clause that says what a count is of, right after the figure's clause (which ends at "who"): "510
#: youngsters | who are classed as 'looked after' by the council", "147 young people | who had left care continued to
#: access support", "2,114 children | who were deemed to be in need", "25,400 children | who started to be looked after"; not a modal one ("a further 2,430 who could be
#: taken into care": not yet what they may become)
_RELATIVE_AFTER = re.compile(
    r"(?i)who\s+(?:are|were|is|was|have|had|has|started|began|became|entered|came)\b"
    # not "who are not in care", but "who are not able to live with their parents and are 'in care'" (what being in
    # care is, said before it)
    r"(?!\s+(?:not|never)\b(?!\s+able\s+to\s+live\b))[^,;:.()]{0,100}")
#: a relative clause of what a count may become: "who could be taken into care", "who may need support"
_MODAL_RELATIVE = re.compile(r"(?i)\s*who\s+(?:could|may|might|would)\b")
#: the class a count is said to be counted in, after its participle (the figure's clause ends at "as"): "2,929
#: children classified | as 'in need'", "children identified through assessment | as being formally in need"
_CLASSED_LEFT = re.compile(
    r"(?i)\b(?:classed|classified|identified|assessed|deemed|recorded|registered|considered|defined|categori[sz]ed|"
    r"counted|known)(?:\s+(?:through|by|following)\s+(?:an\s+|the\s+)?assessments?)?\s*$")
_CLASSED_AFTER = re.compile(r"(?i)as\s+(?!well\b|a\s+result\b|part\b)[^,;:.()]{1,80}")


#: the phases of schools a count's clause may end in, cut at the comma of their list: "69 pupils from primary(, secondary
#: and special schools were permanently excluded)"
_PHASES = ("primary", "secondary", "special", "infant", "junior", "Primary", "Secondary", "Special", "Infant", "Junior")
_PHASE_LIST_AFTER = re.compile(
    r"(?i)(?:\s*,\s*|\s+(?:and|or)\s+)(?:(?:primary|secondary|special|infant|junior|middle|nursery|all[\s-]through)"
    r"(?:\s*,\s*|\s+(?:and|or)\s+|\s+))+(?:schools?|academies|settings|phases?|sectors?)\b[^,;:.()]{0,80}")


def _phase_list_after(clause: str, sentence: str) -> str:
    """The rest of a list of school phases the clause was cut in, with what is said of the count after it (with a space
    before it): "69 pupils from primary | , secondary and special schools were permanently excluded"; "" when none.

    >>> _phase_list_after(" 69 pupils from primary", "In all, 69 pupils from primary, secondary and special schools were permanently excluded.")
    ' , secondary and special schools were permanently excluded'
    >>> _phase_list_after(" 69 pupils from primary", "In all, 69 pupils from primary schools were excluded.")
    ''
    """
    at = sentence.find(clause)
    if at < 0 or not clause:
        return ""
    m = _PHASE_LIST_AFTER.match(sentence, at + len(clause))
    return " " + m.group() if m else ""


def _relative_after(clause: str, sentence: str, modal: bool = False) -> str:
    """What a count is of, said right after its clause in ``sentence`` (with a space before it): the
    defining relative clause ("who are looked after by the council") or the class after a participle
    ("classified | as 'in need'"); "" when none follows.

    >>> _relative_after("there are 147 young people ", "Now there are 147 young people who had left care in touch, it said.")
    ' who had left care in touch'
    >>> _relative_after("There were 2,929 children classified ", "There were 2,929 children classified as 'in need' on 31 March.")
    " as 'in need' on 31 March"
    >>> _relative_after("a further 2,430 ", "There are a further 2,430 who could be taken into care.")
    ''
    """
    at = sentence.find(clause)
    if at < 0 or not clause:
        return ""
    end = at + len(clause)
    m = (_MODAL_RELATIVE if modal else _RELATIVE_AFTER).match(sentence, end)
    if m is None and not modal and _CLASSED_LEFT.search(clause):
        m = _CLASSED_AFTER.match(sentence, end)
    return " " + m.group() if m else ""


#: the head of a clause cut at "against" (or "compared with / to"): what the figure measures, said before its budget ("the forecast overspend
#: position at Month 7 against expenditure budgets was £315k", "the total overspend forecast against the Block was
#: £895k", "the projected variance against budget is £1.1m"); the piece from the last break of the sentence
_AGAINST_END = re.compile(r"(?i)\b(?:against|(?:when\s+)?compared\s+(?:with|to))\s*$")
_BUDGET_OF = re.compile(r"(?i)\b(?:budgets?|allocations?|grants?|funding|cash\s+limits?)\s+(?:of|totall?ing|set\s+at|amounting\s+to)\s+"
                        r"(?:(?:around|about|some|nearly|almost|over|just\s+over|just\s+under)\s+)?[£$€]\s?\d")
_AMOUNT_IN = re.compile(r"(?i)[£$€%]|\d\s*(?:per\s?cent|percent|bn|mn|m|k|million|billion)\b")
_HEAD_BREAK = re.compile(r"(?i)[;:,()]|\s[-–—]\s|\b(?:which|but|while|whilst|whereas|and|that)\b")


_OF_THESE = re.compile(r"(?i)\bof\s+(?:these|those|them)\b")
#: (speed) the first letters of a phrase that may have lost the "not in" of "not in education, employment or training"
_NOT_IN_HEADS = frozenset(("ed", "Ed", "em", "Em", "tr", "Tr"))
_NOT_IN_END = re.compile(r"(?i)\bnot\s+in\s+(?:any\s+(?:form\s+of\s+)?)?$")


def _variance_before_against(ev: Evidence) -> str:
    """The variance a money figure's clause leaves before "against" (its phrase then names only the budget), or "".

    >>> _variance_before_against(Evidence("expenditure budgets", "own", " expenditure budgets was £315k ",
    ...     "The forecast overspend position at Month 7 against expenditure budgets was £315k with a further £116k.", "gbp", None))
    'The forecast overspend position at Month 7'
    >>> _variance_before_against(Evidence("budget", "own", " a budget of £3m",
    ...     "There was an overspend of £2m against a budget of £3m.", "gbp", None))  # the variance is the other figure's
    ''
    """
    if "against" not in ev.sentence and "compared" not in ev.sentence:
        return ""  # (speed: the words of _AGAINST_END, in lower case as minutes write them mid-sentence)
    at = ev.sentence.find(ev.clause) if ev.clause else -1
    if at <= 0:
        return ""
    m = _AGAINST_END.search(ev.sentence, max(0, at - 25), at)
    if m is None or _BUDGET_OF.search(ev.clause):
        return ""  # ("an overspend against a budget of £30m": the figure is the budget the variance is measured against)
    piece = ev.sentence[max(0, m.start() - 90):m.start()]
    breaks = list(_HEAD_BREAK.finditer(piece))
    if breaks:
        piece = piece[breaks[-1].end():]
    if _AMOUNT_IN.search(piece) or not _VARIANCE_WORD.search(piece):
        return ""  # (an amount in it is the variance's own figure: "an overspend of £2m against | a budget of £3m")
    return piece.strip()


def _share_in_state(near: Sequence[str], far: Sequence[str], per: str | None, indicators: Sequence[Indicator]) -> str | None:
    """(round 22) The share of a whole that is in the state a qualified share indicator names, for a percentage read as a
    part: "Of the 45 schools inspected, 90% were judged good or outstanding" (the part "judged good or outstanding", the
    whole "schools inspected"), "Of our 200 social worker posts, 18% were vacant", "Of the plans issued, 58% were issued
    within 20 weeks": the part or its clause (``near``) names the indicator's qualifier, and the whole or the sentence
    (``far``), or else the part or its clause, its `what`. Only indicators with a qualifier (the state), of unit
    percent, and only one; none when the whole or the sentence names the `what` of a count indicator.

    >>> inds = load_indicators()
    >>> _share_in_state(("judged good (of schools inspected)", "90% were judged good or outstanding"), ("schools inspected)",),
    ...                 None, inds)
    'ofsted_good_or_better'
    >>> _share_in_state(("vacant", "18% were vacant"), ("", "Of our 200 social worker posts, 18% were vacant."), None, inds)
    'social_worker_vacancies'
    >>> _share_in_state(("boys", "40% were boys"), ("schools inspected)",), None, inds) is None
    True
    >>> _share_in_state(("judged good", "51% were judged good or outstanding"), ("EHC plans audited)",), None, inds) is None
    True
    """
    m = _matcher(indicators, "percent", per)
    if m is None:
        return None
    q = find_concepts(near, "percent", per, indicators)
    w = find_concepts(far, "percent", per, indicators)
    ids = [ind.id for ind in m.indicators if ind.qualifier and "qualifier" in q.get(ind.id, {})
           and ("what" in w.get(ind.id, {}) or "what" in q.get(ind.id, {}))]
    if len(ids) != 1 or any("what" in f for f in find_concepts(far, "count", None, indicators).values()):
        return None  # (a whole that is a count measure's is another state of it: "Of the 50 EHC plans audited, 51% were
        #              judged good or outstanding" is their quality, not the schools'; the 20 weeks of plans are read below)
    return ids[0]


def _classify(ev: Evidence, indicators: Sequence[Indicator]) -> str | None:
    """The canonical indicator id of a figure, or None.

    * own phrase: the concepts in the rings phrase, clause, sentence, context (see the header of
      ``data/indicators.yml`` for which ring each concept may come from);
    * part of a previous figure ("of whom 412 were unaccompanied asylum seeking children"): only
      the part's own words, and not when the part is a place or a verb ("with foster carers");
    * inherited: the phrase and clause, else the previous figure's id when the units agree;
    * complement ("the other 32%"): no id.

    >>> inds = load_indicators()
    >>> classify(Evidence("children in need", "own", "", "", "count", None), inds)
    'children_in_need'
    >>> classify(Evidence("cumulative position", "own", "just under £12.8 million overspend", "", "gbp", None,
    ...                   context="Schools Forum: Dedicated Schools Grant"), inds)
    'high_needs_deficit'
    >>> classify(Evidence("rest of: children in need", "complement", "", "", "count", None), inds) is None
    True
    """
    if ev.unit == "count" and (_may_rate_base(ev.phrase) and (_RATE_BASE.search(ev.phrase) or _RATE_PHRASE.search(ev.phrase))
                               or _may_rate_base(ev.clause) and _RATE_BASE.search(ev.clause)):
        return None  # "the rate of children looked after per 10,000 was 65": a rate, not a count
    phrase = ev.phrase
    if ev.unit == "gbp" and _BALANCE.search(phrase) and (
            _BRACKETED_MONEY.search(ev.clause) or _NEGATIVE_BALANCE.search(ev.clause) or _NEGATIVE_BALANCE.search(phrase)) \
            or ev.unit == "gbp" and ("negative" in phrase or "minus" in phrase) and _NEGATIVE_BEFORE.search(phrase) \
            and _BALANCE.search(ev.sentence):
        # "the DSG reserve brought forward was (£3.243m)", "the DSG reserve ... from negative £27.7m": a negative balance
        phrase = f"{phrase} deficit"
    elif ev.unit == "gbp" and ev.how == "own" and not _SPENDING_VARIANCE.search(phrase) and (
            _BALANCE.search(phrase) or _SURPLUS.search(phrase) and _CARRIED.search(ev.clause)):
        # "a carry forward for the Schools Block of £0.8m (with an in-year underspend of £0.7m)", "the DSG surplus
        # balance of £5.8m", "a surplus of £1.1m carried forward": a balance is neither a variance nor a deficit,
        # whatever the rest of the sentence says
        return None
    elif ev.unit == "gbp" and ev.how == "own" and _SURPLUS.search(phrase) and not _SPENDING_VARIANCE.search(phrase) \
            and _schools_own_named(ev) and not _GRANT_OR_BLOCK.search(f"{phrase} {ev.clause}"):
        # (r34ids) the surplus the schools hold is their own balances, not a variance ("an overall surplus of £3.6M,
        # monies which Slough maintained schools had collectively not spent", Slough; "a net surplus of £22.8m in the
        # maintained schools and extended schools budget", Leeds; "net surplus balances ... of Wiltshire Maintained
        # Schools" and Camden's "schools balances" hold "balances": the rule above): the grant's or a block's surplus keeps
        # its id
        return None
    if ev.unit == "gbp" and ev.how == "own" and ("from" in ev.clause or " in " in ev.clause or " of " in ev.clause) \
            and _OTHER_MONEY_RIGHT.search(ev.clause) and not _SPENDING_VARIANCE.search(phrase):
        return None  # a reserve drawn on or funding given, whatever pressure the rest of the sentence names
    if ev.unit == "gbp" and ev.how == "own" and _OTHER_MONEY_KIND.search(ev.clause) \
            and not _SPENDING_VARIANCE.search(phrase):
        return None  # a cut, a saving, growth or funding: not a variance, whatever the heading says
    if ev.unit == "gbp" and ev.how == "own" and _may_move_money(phrase) and _MOVED_MONEY.search(phrase) \
            and not _SPENDING_VARIANCE.search(phrase):
        return None  # money moved between budgets or lent to cover one: not the deficit nor the variance it meets
    if ev.unit == "gbp" and ev.how == "own" and _may_allocate(ev.clause) and _ALLOCATED_AMOUNT.search(ev.clause) \
            and len(_AMOUNTS.findall(ev.clause)) == 1 and not _VARIANCE_OF_AMOUNT.search(ev.clause):
        return None  # "the council allocated an extra £5m to children's services to meet rising demand pressures", "set
        #              aside £2m to deal with pressures", "£4.5m which has already been pledged": money given, not a variance
    if ev.how == "own":
        if phrase[:2] in _NOT_IN_HEADS and ("not in" in ev.sentence or "ot in" in ev.sentence and "not in" in ev.sentence.lower()):
            # "425 young people were not in | education, employment or training which represents 6.7%": the phrase lost
            # the "not in" of the measure's name, which the sentence says right before it
            at = ev.sentence.find(phrase)
            if at > 0 and _NOT_IN_END.search(ev.sentence, max(0, at - 12), at):
                phrase = f"not in {phrase}"
        if ev.unit == "gbp":
            # "the forecast overspend position at Month 7 against | expenditure budgets was £315k", "the total overspend
            # forecast against | the Block was £895k": the clause starts at "against", the variance it measures is before it
            head = _variance_before_against(ev)
            if head:
                phrase = f"{head} against {phrase}"
        # a phrase that names nothing ("the final position"): the sentence says what kind of figure
        # it is ("... slightly better than the deficit budget of our safety valve plan")
        # (the phrase as changed above, when it now holds "against": the variance put before it, or a balance's
        # deficit of a phrase that says "against" itself)
        open_, qualifier_reach = _open_and_reach(phrase if " against " in phrase else ev.phrase, ev.unit)
        if open_ and ev.unit == "count" and ("these" in ev.clause or "those" in ev.clause or "them" in ev.clause) \
                and _OF_THESE.search(ev.clause):
            open_ = False  # "in almost a third of these cases (63)": a part of what was counted before, not the measure
            #                the heading names
        clause = ev.clause
        if ev.unit == "count" and (" who " in ev.sentence or " as " in ev.sentence):
            clause += _relative_after(ev.clause, ev.sentence)
        if ev.unit == "count" and ev.clause.rstrip().endswith(_PHASES):
            clause += _phase_list_after(ev.clause, ev.sentence)
        # ring 5, the paragraph before, for a share: read only for the `what` of an indicator whose qualifier is near, as
        # ring 4 is ("Those plans are meant to be completed in 20 weeks or less ..." then "... the timeliness has been
        # significantly improved and now sits at 67% being completed in that time"); not for money or counts, whose
        # qualifiers ("deficit", "requests") are words of other money and other counts too ("the opportunity cost of
        # carrying the deficit", "received 80 new requests and turned around 106 plans")
        sentence, paragraph = ev.sentence, ev.paragraph
        if ev.unit == "gbp" and not _GRANT_NAMED.search(phrase) and _GRANT_SET_APART.search(ev.sentence) \
                and not _of_grant_set_apart(ev.clause, ev.sentence):
            # (r27mend) "an adverse variance of £6.1m, which excludes the DSG high needs deficit of £12m": the grant named
            # only to set it apart is not whose the figure is (the grant's own figure, its phrase naming it, keeps it)
            clause, sentence, paragraph = _grant_set_apart(clause), _grant_set_apart(sentence), _grant_set_apart(paragraph)
        found = _choose((phrase, clause, sentence, ev.context, paragraph, ev.before if ev.unit == "percent" else ""),
                        ev.unit, ev.per, indicators, 3 if open_ else 1, qualifier_reach)
        if found is None and qualifier_reach == 3 and ev.unit == "percent" and ev.paragraph:
            # a percentage whose phrase names nothing at all ("Performance in June 2016 was 85%") is the share the
            # paragraph named before it ("The % of schools ... rated as Good or Outstanding by OFSTED is a key
            # measure ... Performance in June 2016 was 85%"): read the paragraph up to the figure's sentence only
            head = ev.paragraph.split(ev.sentence, 1)[0] if ev.sentence in ev.paragraph else ""
            if ev.before:
                head = f"{ev.before}\n{head}"
            if head:
                found = _choose((phrase, ev.clause, ev.sentence, ev.context, head), ev.unit, ev.per, indicators, 4, 4)
        return found
    if ev.how == "part":
        part = ev.phrase.split(" (of ")[0]
        if ev.unit == "percent" and (state := _share_in_state(
                (part, ev.clause), (ev.phrase.split(" (of ", 1)[1] if " (of " in ev.phrase else "", ev.sentence), ev.per,
                indicators)):
            return state
        if ev.unit == "count" and ev.prev_id == "agency_social_workers" and " (of " in ev.phrase \
                and _SOCIAL_WORKERS_PART.match(part) and _choose(
                    (ev.phrase.split(" (of ", 1)[1],), ev.unit, ev.per, indicators) == "agency_social_workers":
            # the social workers among the agency staff are the agency social workers: "64 locums, 41 of whom are social
            # workers", "53 agency staff ..., of these 44 were social workers", "85 of these were qualified social workers"
            return "agency_social_workers"
        if _KIND_OF_EXCLUSION.match(part) and ev.unit == "count":
            # "excluded pupils 4,879 times - 11 of these were permanent": the permanent (or fixed-term) exclusions
            # are the exclusions measure, stated (the whole's words say they are exclusions)
            whole = ev.phrase[len(part):]
            if not _KIND_IN_WHOLE.search(whole) and _choose((whole,), ev.unit, ev.per, indicators) == "exclusions":
                return "exclusions"
        if ev.unit == "count" and _PHASE_PART.search(part) and " (of " in ev.phrase and _choose(
                (ev.phrase.split(" (of ", 1)[1],), ev.unit, ev.per, indicators) == "exclusions":
            # "53 exclusions overall, 49 of which were from the secondary sector": the exclusions of a phase are the
            # exclusions measure, as "permanent exclusions from secondary schools" (and "secondary schools good or
            # outstanding") keep theirs
            return "exclusions"
        if _PART_NOT_A_MEASURE.match(part):
            if ev.unit == "count" and ("agenc" in part or "locum" in part) and " (of " in ev.phrase \
                    and _STAFF_WHOLE.search(ev.phrase.split(" (of ", 1)[1]) \
                    and _choose((part,), ev.unit, ev.per, indicators) == "agency_social_workers":
                # "Of the 180 social workers, 43 were from agencies", "210 staff, 48 of them via agencies": the part of
                # the workforce that agencies supply is the agency count
                return "agency_social_workers"
            if ev.unit == "percent" and ("week" in ev.phrase or "time" in ev.phrase):
                # the share of the plans that were issued in time is the timeliness measure ("just 50% of them
                # were issued within the 20-week time limit", "of these, 45% were finalised within 20 weeks")
                found = _choose((ev.phrase,), ev.unit, ev.per, indicators)
                if found in _TIMELINESS_IDS:
                    return found
            if ev.unit == "percent" and ("week" in ev.clause or "time" in ev.clause or "deadline" in ev.clause):
                # the same, the time limit said in the clause only and what was timed in the sentence ("Of the plans
                # issued, 52% were finalised within | the 20-week statutory timeframe"; with what was timed only in the
                # sentence before, the learnt second opinion's: "... new EHC plans. Of those issued, 48 per cent ...")
                found = _choose((ev.phrase, ev.clause, ev.sentence), ev.unit, ev.per, indicators)
                if found in _TIMELINESS_IDS:
                    return found
            return None
        if ev.unit == "count" and part[:1].isupper() and " (of " in ev.phrase and part_only_a_place(part):
            # "81,000 children were in care across England ... and 621 were in Dudley": the place's value of the count
            # (the national, comparator and earlier values of a count keep its id)
            whole = ev.phrase.split(" (of ", 1)[1].rstrip(")")
            return _choose((whole,), ev.unit, ev.per, indicators)
        return _choose((part,), ev.unit, ev.per, indicators)
    if ev.how == "inherited":
        if ev.unit == "count" and " who " in ev.sentence and _MODAL_RELATIVE.match(_relative_after(ev.clause, ev.sentence, True)):
            return None  # "a further 2,430 who could be taken into care": not (yet) the measure named before
        found = _choose((ev.phrase, ev.clause, "", ev.context, ev.paragraph), ev.unit, ev.per, indicators)
        if found is None and ev.prev_id is not None and ev.unit == ev.prev_unit \
                and not per_contradicts(ev.prev_id, ev.unit, ev.per, indicators):
            return ev.prev_id
        return found
    return None
