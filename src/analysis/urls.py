"""Which URLs from a manifest may become links: absolute http(s) only (shared by reports and search).

Kept apart from :mod:`analysis.report` so that the search index does not depend on the report code.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pandas as pd


def is_missing(value: Any) -> bool:
    """True for ``None``, ``pd.NA``, ``NaN`` and ``NaT``.

    >>> is_missing(None), is_missing(float("nan")), is_missing(pd.NA), is_missing("")
    (True, True, True, False)
    """
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute ``http(s)`` URL with a host, else ``None``.

    >>> safe_url("https://democracy.example.gov.uk/mgAi.aspx?ID=1")
    'https://democracy.example.gov.uk/mgAi.aspx?ID=1'
    >>> safe_url("javascript:alert(1)") is None, safe_url("../etc/passwd") is None, safe_url(None) is None
    (True, True, True)
    """
    if is_missing(url):
        return None
    text = str(url).strip()
    if any(ch.isspace() or ord(ch) < 32 for ch in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text
