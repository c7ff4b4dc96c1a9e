"""Extraction from one text: every number, and for each figure its value, unit, context and indicator.

:func:`extract` ties the parts together, in this order: the number grammar and the non-figure kinds
(:func:`.kinds.scan`), the sentence and clause of each figure and its context (:mod:`.context`), the
indicator phrase (:func:`.phrase.indicator_phrase`) and the canonical indicator
(:func:`.indicators.classify`). Offsets are into the given text.
"""

from __future__ import annotations

import re

import pandas as pd

from .context import (
    clause_of,
    comparator_of,
    direction_of,
    is_change,
    per_of,
    sentences,
    status_from_relative_clause,
    status_of,
    unit_of,
)
from .indicators import Evidence, Indicator, classify, expand_acronyms, load_indicators, names_only_a_place
from .kinds import scan
from .phrase import find_topic, indicator_phrase, measure_named_before
from .rules import FigureRules, load_rules

__all__ = ["FIGURE_COLUMNS", "NUMBER_COLUMNS", "extract", "extract_figures", "extract_numbers", "extract_rows"]

FIGURE_COLUMNS = [
    "start", "end", "surface", "value", "value_max", "unit", "per", "indicator", "indicator_id",
    "direction", "is_change", "comparator", "status", "sentence",
]
NUMBER_COLUMNS = ["start", "end", "surface", "kind", "value", "sentence"]

Row = dict[str, object]

#: two capitals in a row: the phrase may hold an acronym of the glossary
_HAS_CAPS = re.compile(r"[A-Z][A-Za-z]?[A-Z]")
#: the units of a figure that, as a change ("a fall of 35", "up by 4%", "down 2 percentage points"), gets no id
_CHANGE_NO_ID_UNITS = frozenset(("count", "percent", "percentage_points"))
#: a count said to be over and above another ("an additional 435 EHCP requests", "an extra 40 exclusions", "a further
#: 120 plans"): the difference, not the count (no id, like a change)
_EXTRA_LEFT = re.compile(r"(?i)\b(?:an\s+(?:additional|extra)|a\s+further)\s*$")


def extract(
    text: str, indicators: list[Indicator] | None = None, rules: FigureRules | None = None, context: str = ""
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Figures and non-figure numbers of one text (offsets into ``text``).

    Returns ``(figures, numbers)`` with :data:`FIGURE_COLUMNS` and :data:`NUMBER_COLUMNS`.
    ``indicators`` and ``rules`` default to ``data/indicators.yml`` and ``data/figure_rules.yml``;
    ``context`` is what surrounds the text (its heading, the agenda item title, the committee), used
    to decide the canonical indicators.

    >>> f, n = extract("The number of children in need had risen to 3700 by 2024.")
    >>> f[["surface", "value", "unit", "indicator", "direction"]].values.tolist()
    [['3700', 3700.0, 'count', 'children in need', 'up']]
    >>> n[["surface", "kind"]].values.tolist()
    [['2024', 'year']]
    """
    fig_rows, num_rows = extract_rows(text, load_indicators() if indicators is None else indicators,
                                      load_rules() if rules is None else rules, context)
    return pd.DataFrame(fig_rows, columns=FIGURE_COLUMNS), pd.DataFrame(num_rows, columns=NUMBER_COLUMNS)


def extract_rows(
    text: str, indicators: list[Indicator], rules: FigureRules, context: str = "", before: str = "",
    carry: tuple[str, str] | None = None,
) -> tuple[list[Row], list[Row]]:
    """:func:`extract` as plain row dicts (no pandas: this is the hot loop of the stage). ``before`` is the
    paragraph before ``text``: the measure it names is the one a paragraph opening "That figure ..." or
    "In 2017/19 it was ..." refers to (:func:`analysis.figures.phrase.measure_named_before`). ``carry``: the id and
    unit of the last figure of that paragraph, which a first figure naming only "the figure in <place>" or "the
    department target" takes (:func:`analysis.figures.indicators.names_only_a_place`)."""
    hits = scan(text, rules)
    fig_rows: list[Row] = []
    num_rows: list[Row] = []
    if not hits:
        return fig_rows, num_rows
    sents = sentences(text, hits[-1].start)  # (hits are in order: no sentence after the last is needed)
    topic: str | None = None  # (speed) the segment's lead-in topic, found at its first figure (find_topic is pure)
    glossary: dict[str, str] = getattr(indicators, "glossary", {})
    si = 0
    prev_fig_end_in_sent = -1
    prev_indicator = measure_named_before(before, text[:60]) if before else ""
    prev_id: str | None = None
    prev_unit = ""
    prev_id_sent = -2  # the sentence of the figure prev_id is of
    prev_money: tuple[str, str | None] = ("", None)  # the last money figure's phrase and id
    prev_sent = -1
    sent_comparators: dict[tuple[int, int], list[tuple[int, int]]] = {}
    fig_sents: list[tuple[int, int]] = []  # the sentence of each figure
    for h in hits:
        while si < len(sents) - 1 and h.start >= sents[si][1]:
            si += 1
        ss, se = sents[si]
        if h.start < ss:
            ss = h.start
        sentence = text[ss:se] if se > ss else text[h.start:h.end]
        surface = text[h.start:h.end]
        if h.kind != "figure":
            num_rows.append({
                "start": h.start, "end": h.end, "surface": surface, "kind": h.kind,
                "value": h.values[0] if h.values else None, "sentence": sentence,
            })
            continue
        if si != prev_sent:
            prev_fig_end_in_sent = -1
            prev_sent = si
        cl = clause_of(text, h, max(ss, prev_fig_end_in_sent), se)
        unit, rate_base = unit_of(text, h, ss)
        if unit == "count" and surface.lower() == "zero" and prev_fig_end_in_sent >= 0:
            unit = prev_unit  # "the deficit of £18.2m must reduce to zero": zero pounds
        per = rate_base if unit == "rate" else per_of(text, h, unit, cl.end)
        change = is_change(text, h, cl.left)
        money_prev = prev_money[0] if unit == "gbp" and prev_unit != "gbp" else ""
        if topic is None:
            topic = find_topic(text)
        indicator, how = indicator_phrase(text, h, unit, cl.left, cl.right, ss, cl.start, prev_indicator, topic, se,
                                          prev_indicator if prev_fig_end_in_sent >= 0 else "", money_prev)
        if "weekly" in indicator.lower() and not per:
            per = "week"
        ev_prev = (prev_money[1], "gbp") if money_prev and indicator == money_prev else (prev_id, prev_unit)
        evidence = Evidence(indicator, how, text[cl.start:cl.end], sentence, unit, per, *ev_prev, context, text)
        indicator_id = classify(evidence, indicators)
        if indicator_id is None and indicator and how == "own":
            # the same measure at another place, right after it: "57.8pc of its new EHC plans within 20 weeks, while
            # the figure in Barking and Dagenham was 83.1pc", "the percentage in Hampshire is 75 per cent" (the next
            # sentence too, or the paragraph before when no figure of this one came first); "... in Swindon it is 74 per
            # cent" (a place alone, or a time alone: "and special schools had 20 most recently": the same sentence
            # only); "This figure falls below the department target of 90 per cent" (its target or average, named by
            # whose it is)
            if prev_id_sent == -2 and carry is not None:
                near_id, near_unit, near_sent = carry[0], carry[1], -1
            else:
                near_id, near_unit, near_sent = prev_id, prev_unit, prev_id_sent
            if near_id is not None and unit == near_unit and si - near_sent <= 1:
                named = names_only_a_place(indicator)
                if named == "measure" or named in ("place", "time") and si == near_sent:
                    indicator_id = near_id
        # a change of a count ("a fall of 35", "13 more expected") is not the count: no id, like a % change of a count
        # indicator (the unit rule); what it measures is still the indicator's (its phrase, and the next figure's evidence).
        # So for a change of a share ("an increase of nine per cent on last year" in the schools judged good or
        # outstanding, "a drop of 48pc" in the plans issued within 20 weeks): it is not the share
        row_id = None if change and unit in _CHANGE_NO_ID_UNITS else indicator_id
        if row_id and unit == "count" and cl.left.rstrip().endswith(("additional", "extra", "further")) and \
                _EXTRA_LEFT.search(cl.left):
            row_id = None
        if glossary and indicator and _HAS_CAPS.search(indicator):
            indicator = expand_acronyms(indicator, glossary)
        fig_rows.append({
            "start": h.start, "end": h.end, "surface": surface,
            "value": h.values[0] if h.values else float("nan"),
            "value_max": h.values[1] if len(h.values) > 1 else None,
            "unit": unit, "per": per, "indicator": indicator or None, "indicator_id": row_id,
            "direction": direction_of(text, h, cl.left, se, rules), "is_change": change,
            "comparator": comparator_of(text, h, (ss, se), change, rules, sent_comparators),
            "status": status_of(text, h, cl.end, se, rules),
            "sentence": sentence,
        })
        fig_sents.append((ss, se))
        prev_fig_end_in_sent = h.end
        if indicator:
            prev_indicator = indicator.removeprefix("rest of: ")
            prev_id, prev_unit, prev_id_sent = indicator_id, unit, si
            if unit == "gbp":
                prev_money = (prev_indicator, indicator_id)
    if fig_rows:  # (with no figure it changes nothing)
        status_from_relative_clause(text, fig_rows, fig_sents, rules)
    return fig_rows, num_rows


def extract_figures(
    text: str, indicators: list[Indicator] | None = None, rules: FigureRules | None = None
) -> pd.DataFrame:
    """One row per figure in ``text``: ``start``/``end`` offsets into ``text``, ``surface``,
    ``value`` (scale applied), ``value_max``, ``unit``, ``per``, ``indicator``, ``indicator_id``,
    ``direction``, ``is_change``, ``comparator``, ``status`` and ``sentence``.

    >>> f = extract_figures("The average cost of residential care had risen from £4500 to £6500/£7000 per week, per child.")
    >>> f[["surface", "value", "value_max", "unit", "per"]].values.tolist()
    [['£4500', 4500.0, nan, 'gbp', 'week, child'], ['£6500/£7000', 6500.0, 7000.0, 'gbp', 'week, child']]
    >>> extract_figures("The Government announced an additional £700m.")["value"].tolist()
    [700000000.0]
    """
    return extract(text, indicators, rules)[0]


def extract_numbers(text: str, rules: FigureRules | None = None) -> pd.DataFrame:
    """The non-figure numbers of ``text`` with their ``kind`` (date, year, period, reference, ...)."""
    return extract(text, None, rules)[1]
