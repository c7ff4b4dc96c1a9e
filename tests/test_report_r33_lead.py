"""Round 33, lead: "Values over the meetings" marks the value taken as latest when the list does not end with it.

The compare stage places an undated document at the end of its reporting period to choose an indicator's latest
value (``compare.latest_values``), while the page's list of values over the meetings puts undated values last in
doc_id order (r33review saw Tameside's dev page show 5,876,000 as latest while its list ended with 1,018,000). The
value taken as latest is now marked "(latest)" where it is not the last listed. Fails on 67e90b97 (no mark); the
guard (the latest is the last listed: no mark) passes on both.
"""

from __future__ import annotations

import pandas as pd

from analysis import report


def _frames(latest_doc: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """An indicator reported by two undated documents of one council; ``latest_doc`` is the one the compare stage
    took as latest (by its reporting period)."""
    series = pd.DataFrame({
        "indicator_id": ["high_needs_deficit"] * 2, "meeting_date": [None, None], "value": [5876000.0, 1018000.0],
        "value_max": [None, None], "doc_id": ["t1", "t2"], "figure_id": ["t1:10-20", "t2:30-40"]})
    row = series[series["doc_id"] == latest_doc].iloc[0]
    latest = pd.DataFrame([{
        "indicator_id": "high_needs_deficit", "indicator_label": "High needs deficit", "value": row["value"],
        "value_max": None, "unit": "gbp", "per": None, "meeting_date": None, "period": "2023/24",
        "doc_id": latest_doc, "figure_id": row["figure_id"], "id_source": "rules",
        "ordered_by": "reporting period (meeting date missing)", "is_change": False}])
    figs = pd.DataFrame({"indicator_id": ["high_needs_deficit"] * 2, "theme": ["send", "send"]})
    return latest, series, figs


def _row(latest_doc: str) -> dict:
    latest, series, figs = _frames(latest_doc)
    named = {"t1": "DSG High Needs (t1.txt)", "t2": "DSG High Needs (t2.txt)"}
    anchors = {report.anchor_id("t1:10-20"), report.anchor_id("t2:30-40")}
    return report.indicator_table(latest, series, figs, {"send": "SEND"}, None, None, named, anchors).iloc[0].to_dict()


# Fails on 67e90b97: nothing said which of the two values was the one shown as latest.
def test_the_latest_value_is_marked_where_the_list_does_not_end_with_it() -> None:
    row = _row("t1")
    assert row["series"] == "undated (DSG High Needs (t1.txt)): 5,876,000 (latest); undated (DSG High Needs (t2.txt)): 1,018,000"
    assert [p["latest"] for p in row["series_parts"]] == [True, False]


def test_no_mark_where_the_latest_is_the_last_listed() -> None:
    row = _row("t2")
    assert "(latest)" not in row["series"]
    assert [p.get("latest", False) for p in row["series_parts"]] == [False, False]


def test_the_page_shows_the_mark_escaped_beside_its_value() -> None:
    html = report.templates().get_template("macros.html").module.series(
        [{"when": "undated", "values": ["5,876,000"], "item": "DSG <b>High</b> Needs", "anchor": "fig-t1-10-20",
          "latest": True},
         {"when": "undated", "values": ["1,018,000"], "item": "DSG plan", "anchor": None, "latest": False}])
    assert '5,876,000 <span class="note"' in html and ">(latest)</span>; undated (DSG plan): 1,018,000" in html
    assert "<b>" not in html and "&lt;b&gt;High&lt;/b&gt;" in html
