"""Readable names of themes, shared by the compare stage, the reports and the search index.

A light module (pandas only, imported lazily) so that the search index, which names themes as the
reports do, does not depend on the compare stage's code, and so on the figures modules: editing
those no longer reruns the index (the Makefile derives each stage's library files from imports).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

OTHER_THEME = "other"
UNASSIGNED = "unassigned"
#: What the pages (reports and search results alike) call the themes the codebook does not name.
OTHER_THEME_NAME = "Other (no codebook theme)"
UNASSIGNED_NAME = "Unassigned"

__all__ = ["OTHER_THEME", "OTHER_THEME_NAME", "UNASSIGNED", "UNASSIGNED_NAME", "theme_names"]


def theme_names(shares: "pd.DataFrame | None" = None) -> dict[str, str]:
    """``{theme id: readable name}`` for pages, from a table with ``theme`` and ``theme_name`` columns
    (the topics stage's ``theme_shares`` or ``council_theme_shares``; the first name of each theme),
    with ``other`` and ``unassigned`` always named :data:`OTHER_THEME_NAME` and :data:`UNASSIGNED_NAME`.
    Used by the reports and the search index, so both name every theme alike.

    >>> import pandas as pd
    >>> theme_names(pd.DataFrame({"theme": ["send", "other"], "theme_name": ["SEND", "Other"]}))
    {'other': 'Other (no codebook theme)', 'unassigned': 'Unassigned', 'send': 'SEND'}
    """
    names = {OTHER_THEME: OTHER_THEME_NAME, UNASSIGNED: UNASSIGNED_NAME}
    if shares is not None:
        s = shares[["theme", "theme_name"]].drop_duplicates("theme").sort_values("theme", kind="mergesort")
        names.update({str(t): str(n) for t, n in zip(s["theme"], s["theme_name"]) if str(t) not in names})
    return names
