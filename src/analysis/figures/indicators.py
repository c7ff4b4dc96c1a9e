"""Canonical indicators: which of ``data/indicators.yml`` a figure is, for cross-council comparison.

Two parts, both meant to be tuned:

* **Definitions** - :func:`load_indicators` reads and validates the researcher-editable file
  (``id: {label, unit, phrases, definition, per}``) through :func:`analysis.io.read_config_yaml`;
  :func:`match_indicator` finds the longest signal phrase of an indicator whose unit agrees with
  the figure's, first in the indicator phrase, then in the clause.
* **Classification** - :func:`classify` is the one place that decides a figure's
  ``indicator_id`` from the evidence gathered by the extraction (:class:`Evidence`: the indicator
  phrase and how it was found, the clause, the unit and ``per``, the previous figure's id). New
  evidence (the sentence, the segment heading, the agenda item title) and concept-based
  definitions go here.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import io, paths
from ..errors import ConfigError
from .grammar import SPACES

__all__ = ["Evidence", "Indicator", "IndicatorList", "classify", "load_indicators", "match_indicator"]

_UNIT_COMPAT = {
    "percent": {"percent", "percentage_points"},
    "count": {"count"},
    "gbp": {"gbp"},
    "rate": {"rate"},
    "weeks": {"weeks", "days", "months"},
    "days": {"days", "weeks", "months"},
}


@dataclass(frozen=True)
class Indicator:
    """A canonical indicator: id, label, unit, signal phrases (compiled), definition, required ``per``."""

    id: str
    label: str
    unit: str
    phrases: tuple[str, ...]
    definition: str
    per: tuple[str, ...] = ()
    pattern: re.Pattern[str] = field(default=re.compile("(?!)"), compare=False, repr=False)


def _phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alts = []
    for p in sorted(phrases, key=len, reverse=True):
        words = _norm_for_match(p).split()
        alts.append(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"(?:s|es|'s)?\b")
    return re.compile("|".join(alts))


_MATCH_JUNK = re.compile(r"[(),]")


def _norm_for_match(s: str) -> str:
    s = s.lower().replace("’", "'").replace("-", " ").replace("–", " ")
    return SPACES.sub(" ", _MATCH_JUNK.sub(" ", s))


def load_indicators(path: str | os.PathLike[str] | None = None) -> list[Indicator]:
    """Read and validate the researcher-editable indicators file.

    Each entry: ``id: {label, unit, phrases: [...], definition, per: [...] (optional)}``. Raises
    :class:`ConfigError` naming the file and the entry when something is missing or wrong.
    """
    p = paths.config_file("indicators.yml", path)
    return _load_indicators_cached(str(p), p.stat().st_mtime_ns if p.exists() else 0)


@lru_cache(maxsize=8)
def _load_indicators_cached(p: str, _mtime: int) -> IndicatorList:
    path = Path(p)
    hint = "fix the file (see the comment at its top for the format) and run again"
    data = io.read_config_yaml(path, "indicators", hint)
    if not isinstance(data, dict) or not isinstance(data.get("indicators"), dict) or not data["indicators"]:
        raise ConfigError(f"{path}: expected a top-level 'indicators:' mapping of id -> entry; {hint}")
    units = {"count", "percent", "gbp", "days", "weeks", "months", "years", "rate", "percentage_points"}
    out: list[Indicator] = []
    for iid, entry in data["indicators"].items():
        where = f"{path}: indicator '{iid}'"
        if not isinstance(iid, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", iid):
            raise ConfigError(f"{where}: ids must be lower_snake_case; {hint}")
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: expected a mapping with label, unit, phrases, definition; {hint}")
        missing = [k for k in ("label", "unit", "phrases", "definition") if not entry.get(k)]
        if missing:
            raise ConfigError(f"{where}: missing {', '.join(missing)}; {hint}")
        unknown = set(entry) - {"label", "unit", "phrases", "definition", "per"}
        if unknown:
            raise ConfigError(f"{where}: unknown field(s) {sorted(unknown)}; {hint}")
        if entry["unit"] not in units:
            raise ConfigError(f"{where}: unit '{entry['unit']}' is not one of {sorted(units)}; {hint}")
        phrases = entry["phrases"]
        if not isinstance(phrases, list) or not all(isinstance(x, str) and x.strip() for x in phrases):
            raise ConfigError(f"{where}: phrases must be a list of non-empty strings; {hint}")
        per = entry.get("per") or []
        if isinstance(per, str):
            per = [per]
        ph = tuple(x.strip() for x in phrases)
        out.append(
            Indicator(iid, str(entry["label"]), entry["unit"], ph, str(entry["definition"]).strip(),
                      tuple(per), _phrase_regex(ph))
        )
    return IndicatorList(out)


def match_indicator(phrase: str, clause: str, unit: str, per: str | None, indicators: list[Indicator]) -> str | None:
    """The canonical indicator id for a figure, or None.

    Looks for signal phrases first in the indicator phrase, then in the clause; among indicators
    whose unit agrees with the figure's unit (and whose required ``per`` is met), the longest
    matched phrase wins (leftmost first).

    >>> inds = load_indicators()
    >>> match_indicator("children in need", "", "count", None, inds)
    'children_in_need'
    >>> match_indicator("children in need", "", "percent", None, inds) is None
    True
    """
    cache: dict[tuple[str, str], object] | None = getattr(indicators, "combined", None)
    if cache is None:  # a plain list: the (slower) module-level cache keyed by the indicators
        combined = _combined_pattern_cached(tuple(indicators), unit, per or "")
    else:
        combined = cache.get((unit, per or ""))
        if combined is None:
            combined = cache[(unit, per or "")] = _combined_pattern(tuple(indicators), unit, per or "")
    if combined is False:
        return None
    pattern, ids = combined  # type: ignore[misc]
    for source in (phrase, clause):
        if not source:
            continue
        group = _longest_match(pattern, source)
        if group is not None:
            return ids[group]
    return None


@lru_cache(maxsize=8192)
def _longest_match(pattern: re.Pattern[str], source: str) -> str | None:
    """The group name of the longest (then leftmost) match of ``pattern`` in ``source``."""
    best: tuple[int, int] | None = None
    best_group = None
    for m in pattern.finditer(_norm_for_match(source)):
        key = (-(m.end() - m.start()), m.start())
        if best is None or key < best:
            best, best_group = key, m.lastgroup or ""
    return best_group


class IndicatorList(list):  # type: ignore[type-arg]
    """The loaded indicators, with a cache of their combined signal-phrase patterns per unit."""

    def __init__(self, items: list[Indicator]) -> None:
        super().__init__(items)
        self.combined: dict[tuple[str, str], object] = {}


@lru_cache(maxsize=64)
def _combined_pattern_cached(indicators: tuple[Indicator, ...], unit: str, per: str) -> object:
    return _combined_pattern(indicators, unit, per)


def _combined_pattern(indicators: tuple[Indicator, ...], unit: str, per: str) -> object:
    """One regex with every signal phrase of the indicators that fit ``unit`` and ``per``.

    The phrases form a trie (``children in need`` and ``children looked after`` share
    ``children``), so the regex tries each text position once instead of once per phrase. At a
    position, the longest phrase that matches wins: deeper trie branches are tried before a phrase
    ends (the phrases matching at one position are prefixes of each other). Each phrase ends in
    an empty named group ``g<i>``; ``ids`` maps the group name to the indicator id (the first
    indicator listing a phrase keeps it).
    """
    items: list[tuple[str, str]] = []
    for ind in indicators:
        if unit not in _UNIT_COMPAT.get(ind.unit, {ind.unit}):
            continue
        if ind.per and not (per and any(p in per for p in ind.per)):
            continue
        items.extend((p, ind.id) for p in ind.phrases)
    if not items:
        return False
    return _phrase_trie_pattern(tuple(items))


@lru_cache(maxsize=64)
def _phrase_trie_pattern(items: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """The trie regex of :func:`_combined_pattern` for ``(phrase, indicator id)`` pairs (compiled once
    per distinct set: many units and ``per`` values share one)."""
    trie: dict[str, dict] = {}
    ids: dict[str, str] = {}
    for p, iid in items:
        node = trie
        for ch in " ".join(_norm_for_match(p).split()):
            node = node.setdefault(ch, {})
        if "" not in node:  # the first indicator listing a phrase keeps it
            node[""] = f"g{len(ids)}"
            ids[node[""]] = iid

    def build(node: dict[str, dict]) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if "" in node:
            alts.append(rf"(?:s|es|'s)?\b(?P<{node['']}>)")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(r"\b" + build(trie)), ids



@dataclass(frozen=True)
class Evidence:
    """What the extraction knows about a figure when it decides the canonical indicator.

    ``how`` says how :func:`analysis.figures.phrase.indicator_phrase` found ``phrase``: ``own``
    (the figure's own words), ``inherited`` (the previous figure's measure: "from 298 to 263"),
    ``part`` (a part of the previous figure's population: "of whom 412 were ...") or ``complement``
    ("the other 32%"). ``prev_id`` / ``prev_unit`` are those of the previous figure with a phrase.
    """

    phrase: str
    how: str
    clause: str
    sentence: str
    unit: str
    per: str | None
    prev_id: str | None = None
    prev_unit: str = ""


_PART_NOT_A_MEASURE = re.compile(r"(?i)^(?:with|in|at|on|from|into|by|for|to)\b|^\w+(?:ed|ing)\b")


def classify(ev: Evidence, indicators: list[Indicator]) -> str | None:
    """The canonical indicator id of a figure, or None.

    * own phrase: a signal phrase in the phrase, else in the clause (:func:`match_indicator`);
    * part of a previous figure ("of whom 412 were unaccompanied asylum seeking children"): only
      the part's own words, and not when the part is a place or a verb ("with foster carers");
    * inherited: the phrase and clause, else the previous figure's id when the units agree;
    * complement ("the other 32%"): no id.

    >>> inds = load_indicators()
    >>> classify(Evidence("children in need", "own", "", "", "count", None), inds)
    'children_in_need'
    >>> classify(Evidence("rest of: children in need", "complement", "", "", "count", None), inds) is None
    True
    """
    if ev.how == "own":
        return match_indicator(ev.phrase, ev.clause, ev.unit, ev.per, indicators)
    if ev.how == "part":
        part = ev.phrase.split(" (of ")[0]
        if _PART_NOT_A_MEASURE.match(part):
            return None
        return match_indicator(part, "", ev.unit, ev.per, indicators)
    if ev.how == "inherited":
        found = match_indicator(ev.phrase, ev.clause, ev.unit, ev.per, indicators)
        if found is None and ev.prev_id is not None and ev.unit == ev.prev_unit:
            return ev.prev_id
        return found
    return None
