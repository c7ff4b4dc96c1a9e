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
holds none, (r46side) the same in its whole sentence (round 45 read a window of 60 characters before and 40 after
instead: "Large care pressures continue ..., with the forecast variance ... increasing by 123k in August to reach 2.1m"
is adverse, its word 170 characters back). A value's own words come first: "an overspend of £2m on A, offset by an underspend of
£1m on B" sides £2m adverse and £1m favourable.

(r46side) A side word under a negation gives no side (:func:`negated`): "which is not an overspend but an
underspend" reads past the denied "overspend" to the "underspend" it is contrasted with; "with no overspend" and "no
longer in deficit" give none. A side word of a definite noun phrase ("rather than the £1.4m overspend previously
advised", "is not the total projected overspend nearer £49m?") is not denied: the phrase presupposes the overspend, and
the negation is of something said about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import clause_of
from .grammar import Hit
from .indicators import VARIANCE_IDS
from .rules import phrase_regex

__all__ = ["SIDES", "SIDE_IDS", "SideRules", "compile_sides", "moved_by", "negated", "side_of", "side_word_at",
           "signed_variance", "takes_side"]

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


#: (r46side) The grammar of a denied side word (:func:`negated`). A negator: "not", "no", "never", "without", "nor",
#: "neither", "no longer", "rather than", "instead of", "in place of", a verb's "n't" ("isn't", "wasn't"); then at most
#: :data:`NEGATION_REACH` words of the indefinite noun phrase or copular predicate the negator governs, then the side
#: word. (Round 46's lead) Those words are a closed class, :data:`SCOPE_WORDS`: an indefinite determiner, an adjective of
#: size or of the forecast, or the links of a predicate ("not an", "no significant", "not expected to be", "no longer
#: in"). Any other word ends the scope, so a negated verb or noun does not deny the side word of its object ("not able
#: to avoid an overspend", "could not prevent a deficit", "no change in the forecast overspend" keep the side), nor does
#: a definite determiner or possessive (the side word then names a thing whose existence the phrase presupposes:
#: "rather than the £1.4m overspend"), a word of another clause ("but", "and", "which": "not an overspend but an
#: underspend" denies only the first), a figure or punctuation. "not only", "no more than", "no doubt" are no negation:
#: "only", "more", "doubt" are not scope words.
NEGATION_REACH = 4
_NEGATOR = r"(?:not|no|never|without|nor|neither|no\s+longer|rather\s+than|instead\s+of|in\s+place\s+of|[a-z]+n['’]t)"
#: the words a negation's scope may hold before its side word (:data:`_NEGATION`)
SCOPE_WORDS = ("a", "an", "any", "one", "single", "such", "significant", "material", "major", "large", "big", "small",
               "further", "additional", "new", "other", "extra", "unexpected", "unforeseen", "known", "identified",
               "ongoing", "current", "overall", "net", "real", "actual", "underlying", "forecast", "forecasted",
               "projected", "anticipated", "expected", "predicted", "likely", "year-end", "in-year", "budget",
               "to", "be", "been", "being", "in", "at", "longer", "yet", "currently", "now", "all")
_SCOPE_WORD = rf"(?:{'|'.join(sorted(SCOPE_WORDS, key=lambda w: (-len(w), w)))})(?![\w'’-])"
_NEGATION = re.compile(rf"(?<![\w'’-]){_NEGATOR}\s+(?:{_SCOPE_WORD}\s+){{0,{NEGATION_REACH}}}$", re.I)
#: how far before a side word its negator is looked for (characters; the scope's words are few and short)
_NEGATION_LOOKBACK = 60


def negated(text: str, word_start: int, sent_start: int = 0) -> bool:
    """(r46side) Whether the side word starting at ``text[word_start]`` is denied by a negator before it in its
    sentence (from ``sent_start``): the negator, at most :data:`NEGATION_REACH` plain words of the phrase it governs,
    then the word (:data:`_NEGATION`). A denied side word gives no side; "not X but Y" leaves Y's.

    >>> t = "The variance is £4m, which is not an overspend but an underspend."
    >>> negated(t, t.index("overspend")), negated(t, t.index("underspend"))
    (True, False)

    A negator governs an indefinite phrase, a predicate or a verb group; a contraction and "neither ... nor" alike:

    >>> [negated(t, t.index("deficit")) for t in ("with no deficit", "it is no longer in deficit", "isn't a deficit",
    ...                                        "not expected to be in deficit", "neither a surplus nor a deficit")]
    [True, True, True, True, True]

    It does not reach past a figure, punctuation or a definite determiner (a presupposed overspend), nor over a word of
    another clause, nor where the negator is no negation:

    >>> [negated(t, t.index("overspend")) for t in ("rather than the £1.4m overspend", "rather than a £1.4m overspend",
    ...     "not yet agreed, the overspend", "is not the total projected overspend", "not approved and an overspend",
    ...     "not only an overspend", "no more than an overspend", "it was noted the overspend")]
    [False, False, False, False, False, False, False, False]

    Nor does it reach over a negated verb or noun to the side word of its object:

    >>> [negated(t, t.index("overspend")) for t in ("we were not able to avoid an overspend",
    ...     "could not prevent an overspend", "no change in forecast overspend", "not a significant overspend")]
    [False, False, False, True]
    """
    lo = max(sent_start, word_start - _NEGATION_LOOKBACK)
    return _NEGATION.search(text, lo, word_start) is not None


#: (r46side) "not X but Y": after a denied side word, "but" (or "but rather"), at most :data:`NEGATION_REACH` plain words
#: of an indefinite phrase, then the side word that takes its place ("not an overspend but an underspend", "not in
#: deficit but in surplus")
_CONTRAST = re.compile(rf"\s+but\s+(?:rather\s+)?(?:{_SCOPE_WORD}\s+){{0,{NEGATION_REACH}}}", re.I)


def _affirmed(text: str, m: re.Match[str], sent_start: int, sent_end: int,
              pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The side word ``m`` as the value reads it: itself; (r46side) under a negation (:func:`negated`), the side word
    its "but" puts in its place (:data:`_CONTRAST`: "not an overspend but an underspend" reads "underspend"), else
    None (the word gives no side)."""
    if not negated(text, m.start(), sent_start):
        return m
    c = _CONTRAST.match(text, m.end(), sent_end)
    if c is None:
        return None
    y = pattern.match(text, c.end(), sent_end)
    return y if y is not None and not negated(text, y.start(), sent_start) else None


def _nearest(text: str, start: int, end: int, lo: int, hi: int, pattern: re.Pattern[str], sent_start: int,
             sent_end: int) -> re.Match[str] | None:
    """The last side word wholly inside ``text[lo:start]``, else the first inside ``text[end:hi]``; (r46side) each as
    :func:`_affirmed` reads it in the sentence ``text[sent_start:sent_end]`` (a denied word passed over, or its "but"
    word in its place)."""
    last = None
    for m in pattern.finditer(text, lo, start):
        last = _affirmed(text, m, sent_start, sent_end, pattern) or last
    if last is not None:
        return last
    for m in pattern.finditer(text, end, hi):
        found = _affirmed(text, m, sent_start, sent_end, pattern)
        if found is not None:
            return found
    return None


def _side_match(text: str, start: int, end: int, sent_start: int, sent_end: int, rules: SideRules) -> re.Match[str] | None:
    """The side word :func:`side_of` reads (its group names the side), or None."""
    cl = clause_of(text, Hit(start, end, "figure", "money", []), sent_start, sent_end)
    found = _nearest(text, start, end, cl.start, cl.end, rules.pattern, sent_start, sent_end)
    if found is None and (cl.start, cl.end) != (sent_start, sent_end):
        # (r46side) the whole sentence, in place of round 45's window of 60 characters before, 40 after; (r47dead) not
        # when the clause is the whole sentence (the same scan again). A clause inside the sentence is scanned again
        # with it: its words are matched from the sentence's start, and a side phrase may cross the clause's edge
        # ("over its capital and revenue budget"), so reusing the clause's matches would not be exact.
        found = _nearest(text, start, end, sent_start, sent_end, rules.pattern, sent_start, sent_end)
    return found


def side_of(text: str, start: int, end: int, sent_start: int, sent_end: int, rules: SideRules) -> str | None:
    """The side of the budget the words say of the amount at ``text[start:end]`` in the sentence
    ``text[sent_start:sent_end]``: ``"adverse"``, ``"favourable"`` or None (no side word in reach). The nearest side
    word of the value's clause (:func:`.context.clause_of`, from the sentence's start): the last before the value, else
    the first after it; when the clause holds none, (r46side) the same in the whole sentence.

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


#: (r46side) money said as the movement of a position, right before the amount: "a favourable movement of £1m", "an
#: overall adverse intra year movement of £6.5m", "the net movements of", "has moved (favourably) by"
_MOVED_BY = re.compile(r"\b(?:movements?\s+(?:of|by)|moved\s+(?:(?:favourably|adversely|further)\s+)?by)\s+"
                       r"(?:(?:around|about|approximately|roughly|some|nearly|almost|over|just\s+over|just\s+under|"
                       r"a\s+further|another|more\s+than)\s+)?$", re.I)
#: (r46side) the same right after the amount: "a £1.9 million positive movement", "a £1m adverse movement"
_MOVEMENT_AFTER = re.compile(r"\s+(?:(?:favourable|favorable|adverse|positive|negative|net|overall|further)\s+){0,2}"
                             r"movements?\b", re.I)


def moved_by(unit: str, left: str, right: str = "") -> bool:
    """(r46side) Whether money is the movement of a position rather than the position: "There was a favourable
    movement of £1m, leaving an overspend of £6m" moves the variance by £1m; the £6m is the variance. The figure is
    then a change (``is_change``), as "the overspend has reduced by £1m" is: a change of a variance takes no id
    (:func:`.indicators.change_keeps_id`) and so no side. ``left`` is the figure's clause up to it, ``right`` the
    text right after it ("a £1.9 million positive movement").

    A favourable movement is not a favourable level: it lowers an overspend or raises an underspend, so neither the
    ``side`` (which side of the budget a level is on) nor the ``direction`` (up or down of the number) can be read from
    it without the level it moved; the sentence keeps the words.

    >>> moved_by("gbp", "There was a favourable movement of "), moved_by("gbp", "the position has moved adversely by ")
    (True, True)
    >>> moved_by("gbp", "A ", " positive movement had been achieved"), moved_by("gbp", "a ", " adverse variance")
    (True, False)
    >>> moved_by("count", "a movement of "), moved_by("gbp", "an overspend of ")
    (False, False)
    """
    return unit == "gbp" and (_MOVED_BY.search(left[-60:]) is not None or _MOVEMENT_AFTER.match(right) is not None)


def side_word_at(sentence: str, start: int, end: int, side: object, rules: SideRules) -> str | None:
    """What the pages write before a variance's value at ``sentence[start:end]``: the side word :func:`side_of` reads
    for it when that word gives ``side`` (the figure's side column), lower case ("overspend", "surplus", "deficit";
    "over budget" / "under budget" for "over its £130m annual budget"); the side's name ("adverse", "favourable") when
    no word of that side is there (a side carried from the same amount said earlier in the paragraph); None when
    ``side`` is none. (r46tidy) The caller places the value (the pages as its quote marks it, ``report.side_text``), so
    of two equal amounts ("an underspend of £1m last year and an overspend of £1m now") each gets its own word;
    (r47dead) the one way to read it: round 46's ``side_word``, which placed the value with a plain search that finds
    "£1,000" inside "£1,000,000", is gone.

    >>> r = compile_sides(("overspend", "deficit"), ("underspend", "surplus"))
    >>> s = "an underspend of £1m last year and an overspend of £1m now"
    >>> side_word_at(s, 17, 20, "favourable", r), side_word_at(s, 51, 54, "adverse", r)
    ('underspend', 'overspend')
    >>> side_word_at(s, 51, 54, "favourable", r), side_word_at(s, 51, 54, None, r)
    ('favourable', None)
    >>> s = "The Surplus of £0.7m was kept; the £0.7m of the deficit was not."
    >>> side_word_at(s, 15, 20, "favourable", r), side_word_at(s, 35, 40, "adverse", r)
    ('surplus', 'deficit')
    >>> side_word_at("The increase from £1.4m to £1.6m.", 18, 23, "adverse", r)
    'adverse'
    >>> side_word_at("It was £2m over its £130m annual budget.", 7, 10, "adverse", r)
    'over budget'
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
