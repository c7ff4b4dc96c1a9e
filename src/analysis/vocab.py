"""Words several stages match, written once: the month names, their short forms and the seasons.

The clean stage (:mod:`analysis.clean`), the topics stage (:mod:`analysis.topics`) and the figures package
(:mod:`analysis.figures`) build their date patterns and word lists from these; a module of its own (it imports
nothing) so that no stage imports another's code to read them.

>>> len(MONTH_NAMES), MONTH_NAMES[0], MONTH_NAMES[-1]
(12, 'January', 'December')
>>> month_alternation()
'January|February|March|April|May|June|July|August|September|October|November|December'
>>> month_alternation(lower=True, start=4)
'april|may|june|july|august|september|october|november|december|january|february|march'
>>> "|".join(MONTH_SHORT)
'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec'
"""

from __future__ import annotations

#: The twelve month names, capitalised, in calendar order.
MONTH_NAMES: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December")
#: The month names' short forms, capitalised, in calendar order ("May" has none; September has two: "Sep", "Sept").
MONTH_SHORT: tuple[str, ...] = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
#: The seasons a term, a budget or a survey is named by, capitalised, in the order of a school year's terms.
SEASONS: tuple[str, ...] = ("Spring", "Summer", "Autumn", "Winter")


def month_alternation(*, lower: bool = False, upper: bool = False, start: int = 1) -> str:
    """The month names joined by ``|`` (regex text without a group), capitalised unless ``lower`` or ``upper``;
    ``start`` is the month to begin with (4: a financial year's order, April to March)."""
    names = MONTH_NAMES[start - 1:] + MONTH_NAMES[:start - 1]
    if lower:
        names = tuple(m.lower() for m in names)
    elif upper:
        names = tuple(m.upper() for m in names)
    return "|".join(names)
