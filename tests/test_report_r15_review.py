"""Round 15's merge review of the council page's "Indicators over the meetings" table (report.indicator_table)."""

from __future__ import annotations

import pandas as pd

from analysis import report


def _latest(ind: str = "children_in_care") -> pd.DataFrame:
    return pd.DataFrame([{"indicator_id": ind, "indicator_label": "Children in care", "value": 5.0, "value_max": None,
                          "unit": "count", "per": None, "meeting_date": "2024-06-01", "period": None,
                          "figure_id": "b:1:2", "id_source": "rules"}])


def _series(rows: list[tuple[str, str | None, float]]) -> pd.DataFrame:
    return pd.DataFrame([{"indicator_id": "children_in_care", "doc_id": d, "meeting_date": m, "value": v,
                          "value_max": None} for d, m, v in rows])


def test_two_agenda_items_of_one_meeting_count_as_one_meeting():
    # fails before the review: the series holds one row per document (an agenda item's minutes), and the column
    # "Meetings" counted them, so two items of one meeting read as two meetings ("2024-06-01: 2; 2024-06-01: 5")
    series = _series([("a", "2024-01-10", 4.0), ("b1", "2024-06-01", 2.0), ("b2", "2024-06-01", 5.0)])
    figs = pd.DataFrame({"indicator_id": ["children_in_care"], "theme": ["social_care"]})
    row = report.indicator_table(_latest(), series, figs, {}).iloc[0]
    assert row["meetings"] == 2
    assert row["series"] == "2024-01-10: 4; 2024-06-01: 2, 5"


def test_undated_documents_each_count_and_stay_apart():
    series = _series([("a", "2024-01-10", 4.0), ("u1", None, 2.0), ("u2", None, 3.0)])
    figs = pd.DataFrame({"indicator_id": ["children_in_care"], "theme": ["social_care"]})
    row = report.indicator_table(_latest(), series, figs, {}).iloc[0]
    assert row["meetings"] == 3
    assert row["series"] == "2024-01-10: 4; undated: 2; undated: 3"


def test_latest_value_says_when_it_is_the_last_document_not_the_last_meeting():
    # fails before: the comparison page noted "ordered by doc_id" when a meeting date was missing, the council page's
    # "Latest value" did not, so a reader took the last document's value for the last meeting's
    series = _series([("a", "2024-01-10", 4.0), ("u1", None, 2.0)])
    figs = pd.DataFrame({"indicator_id": ["children_in_care"], "theme": ["social_care"]})
    undated = _latest().assign(ordered_by="doc_id (meeting date missing)")
    dated = _latest().assign(ordered_by="meeting date")
    assert bool(report.indicator_table(undated, series, figs, {}).iloc[0]["by_doc_id"]) is True
    assert bool(report.indicator_table(dated, series, figs, {}).iloc[0]["by_doc_id"]) is False


def test_council_page_notes_a_latest_value_ordered_by_document(tmp_path):
    # fails before: the page showed the undated council's latest value with no word that it is the last document
    from test_compare import write_tiny

    write_tiny(tmp_path / "processed")
    tables = report.load_tables(tmp_path / "processed")
    pages = {slug: report.write_council(tables, slug, tmp_path / "raw", tmp_path / "processed",
                                        tmp_path / "reports").read_text(encoding="utf-8")
             for slug in ("alpha-county-council", "beta-borough-council")}
    # Beta's one document is undated, but it alone reported each indicator: nothing was ordered, so no note (round
    # 20: the note is for a latest value chosen among two or more documents, one undated; tests/test_r20_user.py)
    assert "last document, not last meeting" not in pages["beta-borough-council"]
    assert "last document, not last meeting" not in pages["alpha-county-council"]  # every meeting dated
