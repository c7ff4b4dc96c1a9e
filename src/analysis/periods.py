"""Reporting periods: the one reader of a period's words ("Quarter 2 2024/25", "Q3", "2023/2024") and of the labels
made of them ("Q2 2024/25", "2024/25", several joined by ``"; "``). The standard library only.

(r31twins) Three readers were one: :func:`analysis.figures.stage.reporting_periods` labels a document's period numbers
with :func:`period_label`; :func:`analysis.compare.period_end` (a label's last day) and ``analysis.report._period_key``
(a label's sort key) read the labels back with it, each keeping its own output (:func:`label_parts`).
"""

from __future__ import annotations

import re

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
    year = f"{fy.group(1)}/{fy.group(2)[-2:]}" if fy and int(fy.group(2)[-2:]) == (int(fy.group(1)) + 1) % 100 else None
    return quarter, year


def label_parts(label: str) -> tuple[int | None, int | None]:
    """``(quarter number, the financial year's first year)`` of a period label (:func:`period_label`'s words, as
    :func:`analysis.figures.stage.reporting_periods` joins them: "Q2 2024/25", "2024/25", "Q3"); ``None`` for what it
    does not name.

    >>> label_parts("Q2 2024/25"), label_parts("2019/20"), label_parts("Q3"), label_parts("2022/27")
    ((2, 2024), (None, 2019), (3, None), (None, None))
    """
    quarter, year = period_label(label)
    return (int(quarter[1:]) if quarter else None), (int(year[:4]) if year else None)
