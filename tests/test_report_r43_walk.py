"""Round 43, helper r43walk: what a new user adding a council saw on the pages.

Tameside's four Schools' Forum meetings (open blind set r26blindN) added as a new council: the council page's
"Values over the meetings" read "2024-01-18: £737,000 (latest); 2023-01-19: £353,000; 2023-06-20: £355,000". The
page says the list is in date order, but ``indicator_series`` is written sorted by its schema key (council,
indicator, ``doc_id``), so the list came in file-name order, and the newest meeting got the "(latest)" mark whose
hover text speaks of undated values. Fails on 03c4e1f1.
"""

from __future__ import annotations

import pandas as pd

from analysis import report
from analysis.schemas import check_table


def _tables() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """One council's budget variance at three dated meetings and one undated document, as the compare stage writes
    the series: the file names do not follow the meeting dates."""
    rows = [("t_1", "2024-01-18", 737000.0), ("t_3", "2023-01-19", 353000.0), ("t_4", "2023-06-20", 355000.0),
            ("t_0", None, 90000.0)]
    series = pd.DataFrame({
        "council_slug": "tameside", "indicator_id": "budget_variance", "indicator_label": "Budget variance",
        "id_source": "rules", "doc_id": [r[0] for r in rows], "meeting_date": [r[1] for r in rows],
        "figure_id": [f"{r[0]}:10-16" for r in rows], "value": [r[2] for r in rows], "value_max": None,
        "bound": None, "unit": "gbp", "per": None, "direction": "none", "is_change": False, "status": None,
        "track": None, "period": "2023/24", "surface": "£0.7m", "sentence": "A forecast surplus of £0.7m.",
        "occurrence": 1, "file": [f"{r[0]}.txt" for r in rows], "source_url": None, "raw_start": 10,
        "raw_end": 16, "n_values": 1})
    series = check_table("indicator_series", series)  # the order the processed table has on disk
    latest = series[series["doc_id"] == "t_1"].assign(ordered_by="meeting date", indicator_definition=None)
    figs = pd.DataFrame({"indicator_id": ["budget_variance"] * 4, "theme": ["finance"] * 4})
    return latest, series, figs


def test_values_over_the_meetings_are_in_date_order_whatever_the_file_names() -> None:
    latest, series, figs = _tables()
    assert list(series["doc_id"]) == ["t_0", "t_1", "t_3", "t_4"]  # as written: by doc_id
    row = report.indicator_table(latest, series, figs, {"finance": "Finance"}).iloc[0]
    assert row["series"] == ("2023-01-19: £353,000; 2023-06-20: £355,000; 2024-01-18: £737,000 (latest); "
                             "undated: £90,000")
    assert [p["when"] for p in row["series_parts"]] == ["2023-01-19", "2023-06-20", "2024-01-18", "undated"]


def test_the_newest_meeting_is_not_marked_when_the_dated_list_ends_with_it() -> None:
    latest, series, figs = _tables()
    dated = series[series["meeting_date"].notna()]
    row = report.indicator_table(latest, dated, figs, {"finance": "Finance"}).iloc[0]
    assert row["series"] == "2023-01-19: £353,000; 2023-06-20: £355,000; 2024-01-18: £737,000"
    assert "(latest)" not in row["series"]
