"""Reporting periods: the one reader of a period's words ("Quarter 2 2024/25", "Q3", "2023/2024") and of the labels
made of them ("Q2 2024/25", "2024/25", several joined by ``"; "``). The standard library and :mod:`analysis.vocab` only.

(r31twins) Three readers were one: :func:`analysis.figures.stage.reporting_periods` labels a document's period numbers
with :func:`period_label`; :func:`analysis.compare.period_end` (a label's last day) and ``analysis.report._period_key``
(a label's sort key) read the labels back with it, each keeping its own output (:func:`label_parts`).
(r32) A quarter named without its year gets one from the months the document names (:func:`quarter_year_from_text`),
for the report pages.
(r33tidy) The financial quarters are stated here once (:data:`QUARTER_MONTHS`; their last days, :func:`quarter_end`,
for the compare stage's period ends and the pages' inferred years), with the pattern of a quarter alone
(:data:`QUARTER_ALONE`).
(r43periods) A period the text names as a horizon ("by 2032/33", "until 2021-22", "over the next five years to
2028/29": :func:`is_horizon`) is a target's or a forecast's, not the period a document reports on.
"""

from __future__ import annotations

import calendar
import datetime
import re

from .vocab import MONTH_NAMES

_Q_RE = re.compile(r"(?i)(?:Q|quarter\s+)([1-4]|one|two|three|four)|(first|second|third|fourth)\s+quarter")
_FY_RE = re.compile(r"((?:19|20)\d{2})\s?[/\-–]\s?((?:19|20)?\d{2})")
_QWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}


def period_label(surface: str) -> tuple[str | None, str | None]:
    """``(quarter, financial year)`` a period number names, e.g. ``("Q2", "2024/25")``. A pair of years that is no
    single financial year - a plan's span ("the SEND strategy 2022-27", "2020/2023"), a date ("2015-03-12") - names
    no reporting year (round 29: "period 2022/27" on the latest values of Camden, Lambeth, Leeds, Slough, ...).

    >>> period_label("Quarter 2 2024/25"), period_label("2023/2024"), period_label("1999-2000")
    (('Q2', '2024/25'), (None, '2023/24'), (None, '1999/00'))
    >>> period_label("2022-27"), period_label("2020/2023"), period_label("2015-03"), period_label("Q3")
    ((None, None), (None, None), (None, None), ('Q3', None))
    """
    q = _Q_RE.search(surface)
    quarter = None
    if q:
        g = (q.group(1) or q.group(2)).lower()
        quarter = f"Q{_QWORDS.get(g, g)}"
    fy = _FY_RE.search(surface)
    year = fy_text(int(fy.group(1))) if fy and int(fy.group(2)[-2:]) == (int(fy.group(1)) + 1) % 100 else None
    return quarter, year


# ----------------------------------------------------------------------------- a horizon, not a reporting period

# The words right before a period that make it a horizon: "by", "until"/"till"/"up until"/"up to", "by the end of",
# "over the next five years to", "in the three years to". Not "to" alone ("from 2009/10 to 2019/20", "compared to
# 2019-20" name past years), not "for" ("the forecast outturn for 2024/25" is the year reported on).
_HORIZON_BEFORE = re.compile(
    r"(?i)(?:\b(?:by|until|till|up\s+to)(?:\s+the)?(?:\s+(?:end|close|start)\s+of)?(?:\s+the)?"
    r"|\b(?:next|coming|following)\s+(?:\w+\s+){0,2}years?\s+(?:up\s+)?to)"
    r"(?:\s+(?:financial|academic|school)\s+year)?[\s,]*$")
# How far before a period its horizon words may start (characters).
_HORIZON_WINDOW = 60


def is_horizon(before: str) -> bool:
    """(r43periods) Whether the text right ``before`` a period makes it a horizon - a target's or a forecast's year
    ("rise to 28% by 2032/33", "places until 2021-22", "over the next five years to 2028/29") - rather than a period
    the document reports on.

    >>> [is_horizon(b) for b in ("is estimated to rise to 28% by ", "demand for places up until ",
    ...                          "over the next five years to ", "balanced by the end of the financial year ")]
    [True, True, True, True]
    >>> [is_horizon(b) for b in ("the budget for ", "from 2009/10 to ", "compared to ", "in ", "nearby ")]
    [False, False, False, False, False]
    """
    return bool(_HORIZON_BEFORE.search(before[-_HORIZON_WINDOW:]))


def horizon_flags(sentences: list[object], surfaces: list[str]) -> list[bool]:
    """(r43periods) For period numbers given in text order, each with its ``sentence`` and ``surface``: whether the
    sentence names it as a horizon (:func:`is_horizon` of the words before it). The k-th number of a sentence with a
    surface is taken to be the k-th time the surface is written in it; a number not found in its sentence (or with no
    sentence) is no horizon.

    >>> horizon_flags(["It rose in 2023/24 and will rise by 2032/33."] * 2, ["2023/24", "2032/33"])
    [False, True]
    >>> horizon_flags(["2030/31 rose by 2030/31 now", "x", None], ["2030/31", "2030/31", "2024/25"])
    [False, False, False]
    """
    seen: dict[tuple[object, str], int] = {}
    out = []
    for sentence, surface in zip(sentences, surfaces):
        k = seen.get((sentence, surface), 0)
        seen[(sentence, surface)] = k + 1
        at = -1
        if isinstance(sentence, str) and surface:
            for _ in range(k + 1):
                at = sentence.find(surface, at + 1)
                if at < 0:
                    break
        out.append(at >= 0 and is_horizon(str(sentence)[:at]))
    return out


#: (r33tidy) A label that is a quarter alone, with no year ("Q3", as :func:`period_label` writes it); its group is the
#: quarter's number. The compare stage (:func:`analysis.compare.period_end`'s caller ``_with_year``) and the report
#: pages (:func:`analysis.report.show_period`) read it.
QUARTER_ALONE = re.compile(r"Q([1-4])")


def label_parts(label: str) -> tuple[int | None, int | None]:
    """``(quarter number, the financial year's first year)`` of a period label (:func:`period_label`'s words, as
    :func:`analysis.figures.stage.reporting_periods` joins them: "Q2 2024/25", "2024/25", "Q3"); ``None`` for what it
    does not name.

    >>> label_parts("Q2 2024/25"), label_parts("2019/20"), label_parts("Q3"), label_parts("2022/27")
    ((2, 2024), (None, 2019), (3, None), (None, None))
    """
    quarter, year = period_label(label)
    return (int(quarter[1:]) if quarter else None), (int(year[:4]) if year else None)


# ----------------------------------------------------------------------------- a quarter named without its year

#: (r32reader) The months of each quarter of the financial year (April to March). (r33tidy) The one statement of the
#: financial quarters: their last days (:func:`quarter_end`) are read from it.
QUARTER_MONTHS = {1: (4, 5, 6), 2: (7, 8, 9), 3: (10, 11, 12), 4: (1, 2, 3)}


def quarter_end(quarter: int, first_year: int) -> datetime.date:
    """(r33tidy) The last day of quarter ``quarter`` (1-4) of the financial year that begins in April of
    ``first_year``: the last day of the quarter's last month (:data:`QUARTER_MONTHS`), in the next calendar year for
    Q4. The end of Q4 is the end of the financial year.

    >>> [quarter_end(q, 2024).isoformat() for q in (1, 2, 3, 4)]
    ['2024-06-30', '2024-09-30', '2024-12-31', '2025-03-31']
    """
    month = QUARTER_MONTHS[quarter][-1]
    year = first_year if month >= 4 else first_year + 1
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


_MONTH_NUMBER = {m[:3].lower(): i for i, m in enumerate(MONTH_NAMES, start=1)}
# A month with its year as minutes write it ("September 2021", "30 Sept 2021", "Dec. 2019"); capitalised only, so
# that the verb "may" before a year is no month.
_MONTH_YEAR = re.compile(r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+((?:19|20)\d{2})\b")


def fy_text(first_year: int) -> str:
    """A financial year's label from its first year, as the tables spell it.

    >>> fy_text(2021), fy_text(1999)
    ('2021/22', '1999/00')
    """
    return f"{first_year}/{(first_year + 1) % 100:02d}"


def quarter_year_from_text(quarter: int, text: str) -> tuple[str, str] | None:
    """``(financial year, the words it was read from)`` of a quarter that a document names without a year, from the
    months with a year the document names that fall in that quarter (Q2 = July to September): "the end of September
    2021 (Quarter 2)" gives Q2 2021/22. The financial year most of those months give; ``None`` when the document names
    no month of the quarter with a year, or when two years tie.

    >>> quarter_year_from_text(2, "the position as at the end of September 2021 (Quarter 2), from July 2021")
    ('2021/22', 'September 2021')
    >>> quarter_year_from_text(4, "Q4 closed in March 2020.")
    ('2019/20', 'March 2020')
    >>> quarter_year_from_text(1, "submitted by 31 October 2019"), quarter_year_from_text(2, "in September 2020 and Sept 2021")
    (None, None)
    >>> quarter_year_from_text(2, "members may 2021 review")
    """
    found: dict[int, list[str]] = {}
    for m in _MONTH_YEAR.finditer(text or ""):
        month, year = _MONTH_NUMBER[m.group(1)[:3].lower()], int(m.group(2))
        if month in QUARTER_MONTHS[quarter]:
            found.setdefault(year if month >= 4 else year - 1, []).append(f"{m.group(1)} {m.group(2)}")
    if not found:
        return None
    ranked = sorted(found.items(), key=lambda kv: -len(kv[1]))
    if len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1]):
        return None
    return fy_text(ranked[0][0]), ranked[0][1][0]
