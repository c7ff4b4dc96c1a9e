"""How a figure's unit is named for a reader (``gbp`` per ``week`` -> "pounds (£) per week"), shared by the report
pages (:mod:`analysis.report`) and the search results page (:mod:`analysis.search`), so both say the same; a module
of its own so that ``make search`` does not import the report stage."""

from __future__ import annotations

from typing import Any

from .urls import is_missing

#: What a reader is shown for the figures table's unit codes (others are shown as they are).
UNIT_NAMES = {"gbp": "pounds (£)", "eur": "euros (€)", "usd": "dollars ($)", "percentage_points": "percentage points"}
#: (r34reader; here since r34review2, beside the names that hold them) A currency's symbol, as a heading, a chart's
#: title or a latest-value cell writes it (``report.unit_heading``, :func:`money_text`).
UNIT_SYMBOLS = {"gbp": "£", "eur": "€", "usd": "$"}


#: (r42bound) how the pages write a figure's ``bound`` (the figures table's column) before its value: "> 71", "≥ 40",
#: "< 5", "≤ 7,000", "~1,200"
BOUND_MARKS = {"more_than": "> ", "at_least": "≥ ", "less_than": "< ", "at_most": "≤ ", "about": "~"}


def bound_mark(bound: Any) -> str:
    """(r42bound) The mark a value with ``bound`` is written after ("> ", "~"); "" for none or a value the pages do not
    know.

    >>> bound_mark("more_than"), bound_mark("about"), bound_mark(None), bound_mark(float("nan"))
    ('> ', '~', '', '')
    """
    return "" if is_missing(bound) else BOUND_MARKS.get(str(bound), "")


def money_text(text: str, unit: Any) -> str:
    """(r35twins) A value as written (one number or a range, "6,500–7,000"; a sign first, "-300") with the symbol of
    its currency before each number, as the minutes write money ("£6,500–£7,000", "-£300"), when ``unit`` is a
    currency's code (:data:`UNIT_SYMBOLS`); any other unit's value unchanged. The one rule of where a currency's symbol
    goes, shared by the pages' cells and lists (``report.money_cell``, ``report.series_parts``) and the charts' labels
    (``charts.axis_value``, ``charts.value_label``).

    >>> money_text("2,500,000", "gbp"), money_text("6,500–7,000", "gbp"), money_text("-300", "eur")
    ('£2,500,000', '£6,500–£7,000', '-€300')
    >>> money_text("-1,500–-500", "eur"), money_text("−2.5m", "gbp"), money_text("41", "percent"), money_text("3", None)
    ('-€1,500–-€500', '−£2.5m', '41', '3')
    >>> money_text("> 2,000,000", "gbp"), money_text("~300", "gbp")
    ('> £2,000,000', '~£300')
    """
    symbol = UNIT_SYMBOLS.get("" if is_missing(unit) else str(unit).lower())
    if symbol is None:
        return text
    mark = next((m for m in BOUND_MARKS.values() if text.startswith(m)), "")
    if mark:  # (r42bound) a bound's mark stands before the symbol: "> £2,000,000", "~£300"
        return mark + money_text(text[len(mark):], unit)
    parts = []
    for part in text.split("–"):
        sign = part[:1] if part[:1] in ("-", "−") else ""
        parts.append(sign + symbol + part[len(sign):])
    return "–".join(parts)


def unit_code(name: str) -> str | None:
    """(r35twins) The code of a unit as :func:`unit_text` names it, when the name opens with a code's name (for a
    reader of the names alone, ``report.money_cell``): "pounds (£) per week" -> ``gbp``; None for any other.

    >>> unit_code("pounds (£) per week"), unit_code("euros (€)"), unit_code("pounds of paper"), unit_code("percent")
    ('gbp', 'eur', None, None)
    """
    for code, shown in UNIT_NAMES.items():
        if name == shown or name.startswith(shown + " "):
            return code
    return None


def unit_text(unit: Any, per: Any = None) -> str:
    """A figure's unit, named for a reader, with its ``per`` (``pounds (£) per week``).

    >>> unit_text("gbp", "week"), unit_text("percent", None), unit_text("percentage_points"), unit_text("rate", "10,000 children")
    ('pounds (£) per week', 'percent', 'percentage points', 'rate per 10,000 children')

    A figure with two ``per`` ("£6,500 per week, per child") has them listed in the figures table as ``child, week``;
    each is read with its own "per" (r31reader: the pages said "pounds (£) per week, child"). The comma of a number
    ("10,000") has no space after it and is not a separator:

    >>> unit_text("gbp", "child, week"), unit_text("gbp", "week, child"), unit_text("count", "per pupil, year")
    ('pounds (£) per child per week', 'pounds (£) per week per child', 'count per pupil per year')
    """
    u = "" if is_missing(unit) else str(unit)
    u = UNIT_NAMES.get(u.lower(), u)
    if not is_missing(per) and str(per):
        for p in (x.strip() for x in str(per).split(", ")):
            if p:
                u += (" " if u else "") + (p if p.lower().startswith("per ") else f"per {p}")
    return u
