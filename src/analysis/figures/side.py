"""(r45side) The side of the budget a variance is on: what the minutes call it, adverse or favourable.

A budget variance or a high needs deficit is written as an amount without a sign: "an overspend of £17m", "a surplus
of £0.737m". Its ``value`` stays the number as written (positive for an overspend and an underspend alike, negative
only where the minutes write a minus); the figures table's ``side`` column says which side of the budget the words
put it on:

- ``adverse``: an overspend, a pressure, a deficit, an adverse variance, over budget;
- ``favourable``: an underspend, a surplus, a favourable variance, under budget;
- null: no word of either list in reach, or a figure of another measure (:data:`SIDE_IDS`, money only).

The words are ``sides:`` of ``data/figure_rules.yml`` (researchers may adapt them); :func:`side_of` is the rule: the
nearest side word of the figure's clause, the last one before the value, else the first one after it; when the clause
holds none, the last one in the :data:`LEFT_REACH` characters before the value in its sentence, else the first in the
:data:`RIGHT_REACH` after it. A value's own words come first: "an overspend of £2m on A, offset by an underspend of
£1m on B" sides £2m adverse and £1m favourable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import clause_of
from .grammar import Hit
from .indicators import VARIANCE_IDS
from .rules import phrase_regex

__all__ = ["SIDES", "SIDE_IDS", "LEFT_REACH", "RIGHT_REACH", "SideRules", "compile_sides", "side_of", "side_word",
           "side_word_at", "signed_variance", "takes_side"]

#: the values of the ``side`` column
SIDES = ("adverse", "favourable")
#: the indicators whose money figures take a side: the variances of :data:`.indicators.VARIANCE_IDS` (one definition,
#: r45review); every other figure's is null
SIDE_IDS = VARIANCE_IDS


def takes_side(indicator_id: object, unit: object) -> bool:
    """(r45review) Whether figures of ``indicator_id`` in ``unit`` are read for a side (the money of a variance,
    :data:`SIDE_IDS`): a chart compares only those in the budget-monitoring sign; a variance in another unit (a
    percentage a learnt id may give) has no side by design and is drawn as written.

    >>> takes_side("budget_variance", "gbp"), takes_side("budget_variance", "percent"), takes_side("cla_count", "gbp")
    (True, False, False)
    """
    return indicator_id in SIDE_IDS and unit == "gbp"


#: how far before and after the value the sentence is read for a side word when the clause holds none (characters)
LEFT_REACH = 60
RIGHT_REACH = 40
#: the words that may stand between "over" / "under" and "budget" (grammar, beside the file's phrases: "£20.9m over its
#: £130m annual budget", "under the agreed budget"): a determiner, then at most three words without punctuation
_GAP = r"\s+(?:its|the|their|our|this\s+year'?s|the\s+council'?s)\s+(?:[^\s,.;:()]+\s+){0,3}?budgets?"
_OVER_GAP = rf"(?:over|above){_GAP}"
_UNDER_GAP = rf"(?:under|below){_GAP}"


@dataclass(frozen=True)
class SideRules:
    """The side words (``sides:`` of ``data/figure_rules.yml``) and their pattern: group ``adverse`` or group
    ``favourable``, on whole words."""

    adverse: tuple[str, ...]
    favourable: tuple[str, ...]
    pattern: re.Pattern[str]


def compile_sides(adverse: tuple[str, ...], favourable: tuple[str, ...]) -> SideRules:
    """The :class:`SideRules` of two phrase lists (expanded, as :func:`.rules.expand` gives them). A phrase of both
    lists is the caller's to refuse (:func:`.rules.load_rules` names the file).

    >>> r = compile_sides(("overspend", "over budget"), ("underspend",))
    >>> [m.lastgroup for m in r.pattern.finditer("an overspend; £2m over  its £130m annual budget; an underspend")]
    ['adverse', 'adverse', 'favourable']
    """
    body = (rf"(?P<adverse>{phrase_regex(adverse)}|{_OVER_GAP})"
            rf"|(?P<favourable>{phrase_regex(favourable)}|{_UNDER_GAP})")
    return SideRules(adverse, favourable, re.compile(rf"(?<![-\w])(?:{body})(?![-\w])", re.I))


def _nearest(text: str, start: int, end: int, lo: int, hi: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The last side word wholly inside ``text[lo:start]``, else the first inside ``text[end:hi]``."""
    last = None
    for m in pattern.finditer(text, lo, start):
        last = m
    return last if last is not None else pattern.search(text, end, hi)


def _side_match(text: str, start: int, end: int, sent_start: int, sent_end: int, rules: SideRules) -> re.Match[str] | None:
    """The side word :func:`side_of` reads (its group names the side), or None."""
    cl = clause_of(text, Hit(start, end, "figure", "money", []), sent_start, sent_end)
    found = _nearest(text, start, end, cl.start, cl.end, rules.pattern)
    if found is None:
        found = _nearest(text, start, end, max(sent_start, start - LEFT_REACH), min(sent_end, end + RIGHT_REACH),
                         rules.pattern)
    return found


def side_of(text: str, start: int, end: int, sent_start: int, sent_end: int, rules: SideRules) -> str | None:
    """The side of the budget the words say of the amount at ``text[start:end]`` in the sentence
    ``text[sent_start:sent_end]``: ``"adverse"``, ``"favourable"`` or None (no side word in reach). The nearest side
    word of the value's clause (:func:`.context.clause_of`, from the sentence's start): the last before the value, else
    the first after it; when the clause holds none, the last in the :data:`LEFT_REACH` characters before the value
    (in the sentence), else the first in the :data:`RIGHT_REACH` after it.

    >>> r = compile_sides(("overspend", "deficit", "over budget"), ("underspend", "surplus"))
    >>> t = "There was an overspend of £2m on A, offset by an underspend of £1m on B."
    >>> [side_of(t, t.index(v), t.index(v) + len(v), 0, len(t), r) for v in ("£2m", "£1m")]
    ['adverse', 'favourable']
    >>> t = "The underspend of the Independent Special School (ISS) budget was £1.735 million at year end."
    >>> side_of(t, t.index("£"), t.index(" at"), 0, len(t), r)
    'favourable'
    >>> t = "The service is £20.9m over its £130m annual budget."
    >>> side_of(t, 15, 21, 0, len(t), r)
    'adverse'
    >>> t = "giving a net variance of £334k for the year."
    >>> side_of(t, t.index("£"), t.index(" for"), 0, len(t), r) is None
    True
    """
    m = _side_match(text, start, end, sent_start, sent_end, rules)
    return m.lastgroup if m is not None else None


def side_word(sentence: str, surface: str, occurrence: int, side: object, rules: SideRules) -> str | None:
    """What the pages write before a variance's value: the side word of its ``sentence`` that gives ``side`` (the
    figure's side column), lower case ("overspend", "surplus", "deficit"; "over budget" / "under budget" for "over its
    £130m annual budget"), found as :func:`side_of` finds it around the ``occurrence``-th (0-based) ``surface`` of the
    sentence (:func:`side_word_at`); the side's name ("adverse", "favourable") when no word of that side is there (a
    side carried from the same amount said earlier in the paragraph, or the surface not found); None when ``side`` is
    none. (The pages place the value as its quote marks it, ``report.side_text``; this plain search is for a caller
    without the quote's rules.)

    >>> r = compile_sides(("overspend", "deficit"), ("underspend", "surplus"))
    >>> s = "The Surplus of £0.7m was kept; the £0.7m of the deficit was not."
    >>> side_word(s, "£0.7m", 0, "favourable", r), side_word(s, "£0.7m", 1, "adverse", r)
    ('surplus', 'deficit')
    >>> side_word("The increase from £1.4m to £1.6m.", "£1.4m", 0, "adverse", r), side_word(s, "£0.7m", 0, None, r)
    ('adverse', None)
    >>> side_word("It was £2m over its £130m annual budget.", "£2m", 0, "adverse", r)
    'over budget'
    """
    if side not in SIDES:
        return None
    at = -1
    for _ in range(max(0, int(occurrence)) + 1):
        at = sentence.find(surface, at + 1)
        if at < 0:
            return str(side)
    return side_word_at(sentence, at, at + len(surface), side, rules)


def side_word_at(sentence: str, start: int, end: int, side: object, rules: SideRules) -> str | None:
    """(r46tidy) :func:`side_word` of the value at ``sentence[start:end]``: the side word :func:`side_of` reads for it
    when that word gives ``side``, else the side's name; None when ``side`` is none. The caller places the value, so
    of two equal amounts ("an underspend of £1m last year and an overspend of £1m now") each gets its own word.

    >>> r = compile_sides(("overspend",), ("underspend",))
    >>> s = "an underspend of £1m last year and an overspend of £1m now"
    >>> side_word_at(s, 17, 20, "favourable", r), side_word_at(s, 51, 54, "adverse", r)
    ('underspend', 'overspend')
    >>> side_word_at(s, 51, 54, "favourable", r), side_word_at(s, 51, 54, None, r)
    ('favourable', None)
    """
    if side not in SIDES:
        return None
    m = _side_match(sentence, start, end, 0, len(sentence), rules)
    if m is None or m.lastgroup != side:
        return str(side)
    word = " ".join(m.group().lower().split())
    if re.fullmatch(_OVER_GAP, word, re.I) or re.fullmatch(_UNDER_GAP, word, re.I):
        return f"{word.split()[0]} budget"  # ("over its £130m annual budget": "over budget")
    return word


def signed_variance(value: float, side: object) -> float | None:
    """A variance in the budget-monitoring sign: the amount as written made positive for an ``adverse`` side and
    negative for a ``favourable`` one (a deficit written "-£21.2m" is +21.2m); None for no side (null, NaN).

    >>> signed_variance(17.0, "adverse"), signed_variance(0.737, "favourable"), signed_variance(-21.2, "adverse")
    (17.0, -0.737, 21.2)
    >>> signed_variance(5.0, None) is None
    True
    """
    if side == "adverse":
        return abs(value)
    if side == "favourable":
        return -abs(value)
    return None
