"""Round 43, helper r43walk: what a new user adding a council saw on the pages.

Tameside's four Schools' Forum meetings (open blind set r26blindN) added as a new council: the council page's
"Values over the meetings" read "2024-01-18: £737,000 (latest); 2023-01-19: £353,000; 2023-06-20: £355,000". The
page says the list is in date order, but ``indicator_series`` is written sorted by its schema key (council,
indicator, ``doc_id``), so the list came in file-name order, and the newest meeting got the "(latest)" mark whose
hover text speaks of undated values. Fails on 03c4e1f1.
"""

from __future__ import annotations

import re

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
        "bound": None, "unit": "gbp", "per": None, "direction": "none", "is_change": False, "status": None, "side": None,
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


def _alpha_out_of_order(tmp_path) -> str:
    """Alpha's council page, its two meetings' dates swapped, so that a2 (now 2024-01-10) comes before a1 (now
    2024-06-01) in time but after it in file names."""
    from report_pages import council, tables
    from test_compare import _theme_shares, tiny_tables

    t = tiny_tables()
    dates = {"a1": "2024-06-01", "a2": "2024-01-10"}
    for name in ("documents", "figures"):
        t[name]["meeting_date"] = t[name]["doc_id"].map(dates).fillna(t[name]["meeting_date"]).astype("string")
    t["theme_shares"] = _theme_shares(t["documents"], t["segments"], t["topics"])
    return council(tables(tmp_path, t), "alpha-county-council")


def test_the_council_page_lists_figures_and_values_in_meeting_order(tmp_path) -> None:
    from report_pages import section

    html = _alpha_out_of_order(tmp_path)
    meetings = section(html, "meetings")
    assert meetings.index("2024-01-10") < meetings.index("2024-06-01")  # the Meetings table: in date order
    # fails on 03c4e1f1: the figures stood under their agenda items in file-name order (a1's Q3 report first)
    figures = section(html, "figures")
    assert figures.index("Q4 report") < figures.index("Q3 report"), figures
    # and the values over the meetings: a2's 68 (2024-01-10) before a1's 60 (2024-06-01)
    indicators = section(html, "indicators")
    assert "2024-01-10: 68; 2024-06-01: 60" in re.sub(r"<[^>]+>", "", indicators), indicators


# `make search Q=deficit COUNCIL=tames` said "unknown council 'tames' (COUNCIL=<slug>)" and listed the councils, with
# tameside-metropolitan-borough-council among them: COUNCIL= reads whole words of a name ("tameside"), which neither
# the message nor the README ("a unique part") said. Fails on 03c4e1f1 (no hint).
def test_a_council_given_as_part_of_a_word_is_told_to_give_whole_words(tmp_path) -> None:
    from analysis import corpus, search
    from analysis.errors import ManifestError

    cs = {"tameside-metropolitan-borough-council": "Tameside Metropolitan Borough Council",
          "west-sussex-county-council": "West Sussex County Council"}
    try:
        search.resolve_council("tames", cs)
    except search.SearchError as err:
        message = str(err)
    assert message.startswith("unknown council 'tames' (COUNCIL=<slug>); the councils in the index are: ")
    assert message.endswith("'tames' is only part of a word of tameside-metropolitan-borough-council: COUNCIL= takes "
                            "whole words, such as COUNCIL=tameside")
    assert search.resolve_council("tameside", cs) == "tameside-metropolitan-borough-council"

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "t.txt").write_text("Minutes.\n", encoding="utf-8")
    (raw / "manifest.csv").write_text("file,council,committee,meeting_date,title,source_url\n"
                                      "t.txt,Tameside Metropolitan Borough Council,,,,\n", encoding="utf-8")
    try:
        corpus.resolve_council_cli(raw, "metro")
    except ManifestError as err:
        message = str(err)
    assert message.endswith("\n'metro' is only part of a word of tameside-metropolitan-borough-council: COUNCIL= "
                            "takes whole words, such as COUNCIL=metropolitan")


# Wiltshire's five undated Schools Forum items (open blind set r24blindJ): "undated (... monitoring 2022-23): £141,000
# (latest); undated (... Budget Monitoring 2018-19): £320,000": undated values stood in file-name order, the 2022/23
# report before the 2018/19 one. The compare stage places an undated document at the end of its reporting period to
# choose the latest; the list now orders undated values the same way (no period first, as the compare stage does),
# so it reads in time and ends with the latest. Fails on 03c4e1f1.
def test_undated_values_are_listed_by_their_documents_reporting_period() -> None:
    series = pd.DataFrame({
        "indicator_id": ["budget_variance"] * 3, "meeting_date": [None, None, None], "value": [141000.0, 320000.0, 5.0],
        "value_max": None, "unit": "gbp", "doc_id": ["w1", "w2", "w9"], "figure_id": ["w1:1-2", "w2:1-2", "w9:1-2"]})
    periods = {"w1": "2022/23", "w2": "2018/19", "w9": ""}
    assert list(report.in_meeting_order(series, periods)["doc_id"]) == ["w9", "w2", "w1"]
    assert list(report.in_meeting_order(series)["doc_id"]) == ["w1", "w2", "w9"]  # no periods: by doc_id, as before
    latest = pd.DataFrame([{
        "indicator_id": "budget_variance", "indicator_label": "Budget variance", "value": 141000.0, "value_max": None,
        "unit": "gbp", "per": None, "meeting_date": None, "period": "2022/23", "doc_id": "w1", "figure_id": "w1:1-2",
        "id_source": "rules", "ordered_by": "doc_id (meeting date missing)", "is_change": False}])
    named = {"w1": "Monitoring 2022-23", "w2": "Monitoring 2018-19", "w9": "Forum"}
    figs = pd.DataFrame({"indicator_id": ["budget_variance"] * 3, "theme": ["finance"] * 3})
    row = report.indicator_table(latest, series, figs, {}, None, None, named, None, periods).iloc[0]
    assert row["series"] == ("undated (Forum): £5; undated (Monitoring 2018-19): £320,000; "
                             "undated (Monitoring 2022-23): £141,000")


def test_the_comparison_lists_a_councils_track_sentences_in_meeting_order() -> None:
    """(r44) The comparison's "sentences saying so" went by file name within a council (Tameside's 2024 meeting before
    its 2020 one, as its files are named); they follow the council page's Meetings table: by date, undated first."""
    docs = pd.DataFrame({"doc_id": ["t-a", "t-b", "t-c", "w-a"],
                         "meeting_date": ["2024-01-18", "2020-07-16", None, "2019-05-01"],
                         "title": ["Item"] * 4, "source_url": [""] * 4, "file": ["f.txt"] * 4})
    sentence = "Performance was below target."
    at = sentence.index("below target")
    statements = pd.DataFrame({
        "council_slug": ["tameside", "tameside", "tameside", "wilts", "tameside"],
        "doc_id": ["t-a", "t-b", "t-c", "w-a", "t-b"],
        "track": ["off_track", "off_track", "off_track", "off_track", "on_track"],
        "theme": ["send"] * 5, "sentence": [sentence] * 5, "phrase_start": [at] * 5,
        "phrase_end": [at + len("below target")] * 5, "raw_start": [5, 9, 1, 3, 2], "raw_end": [9, 12, 4, 6, 5]})
    statements["track"] = [report.OFF if t == "off_track" else report.ON for t in statements["track"]]
    rows = report.track_sentences(statements, docs, {"tameside": "Tameside", "wilts": "Wiltshire"}, {})
    assert [(r["council"], r["doc_id"]) for r in rows] == [
        ("Tameside", "t-c"), ("Tameside", "t-b"), ("Tameside", "t-a"), ("Wiltshire", "w-a"), ("Tameside", "t-b")]
