"""Round 29 (r29latest): which document's value is a council's latest when some of its documents are undated.

Before: when one document of a council x indicator had no meeting date, every document of it was ordered by
``doc_id`` (the name the file was collected under), so a 2018/19 budget-monitoring report beat a December 2025
meeting (Wiltshire), an outturn of June 2023 beat a meeting of January 2024 (Tameside) and a 2016/17 report beat a
2018/19 one (Slough). Now an undated document stands at the end of its reporting period (``period_end``), and one
with no period at all cannot be placed and comes first. Evidence (56-council build of the 20 open blind sets,
judged in tests/realworld/notes/r29_r29latest.md): Derbyshire, Hillingdon, Oldham (2 indicators), Slough (2),
Tameside, Wiltshire (2).
"""

from __future__ import annotations

import pandas as pd

from analysis import compare
from figure_rows import stage_inputs

COLS = ["council_slug", "indicator_id", "doc_id", "meeting_date", "figure_id", "value", "surface", "period"]


def _series(rows):
    s = pd.DataFrame([dict(zip(COLS, r)) for r in rows], columns=COLS)
    return s.assign(n_values=1)


def _latest(rows, periods):
    s = _series(rows)
    out = compare.latest_values(s[COLS], s, doc_periods=pd.Series(periods, dtype="object"))
    return out.set_index(["council_slug", "indicator_id"])


# ----------------------------------------------------------------------------- period_end

def test_period_end_of_quarters_and_years():
    assert compare.period_end("Q1 2024/25") == "2024-06-30"
    assert compare.period_end("Q4 2024/25") == "2025-03-31"
    assert compare.period_end("2018/19") == "2019-03-31"
    assert compare.period_end("Q2 2025/26; 2024/25") == "2025-09-30"


def test_period_end_of_what_is_no_financial_year_is_none():
    for p in ("2022/27", "2015/03", "Q1", "", None, float("nan")):
        assert compare.period_end(p) is None


# ----------------------------------------------------------------------------- the latest document

def test_a_dated_meeting_after_an_undated_reports_period_is_latest():
    # fails on 55e602d3: r28_w2 (undated, 2018/19) > r26_w4 (December 2025) by doc_id.  (Wiltshire's class)
    out = _latest([("w", "high_needs_deficit", "r26_w4", "2025-12-11", "f1", 19.069e6, "£19.069m", "2025/26"),
                   ("w", "high_needs_deficit", "r28_w2", None, "f2", 4.735e6, "£4.735 million", "2018/19")],
                  {"r26_w4": "2025/26", "r28_w2": "2018/19"})
    row = out.loc[("w", "high_needs_deficit")]
    assert row["figure_id"] == "f1"
    assert row["ordered_by"] == "reporting period (meeting date missing)"


def test_an_undated_report_of_a_later_year_beats_an_earlier_meeting():
    # fails on 55e602d3: r27_h (November 2022) > r26_h (undated, "As of March 2025") by doc_id.  (Hillingdon)
    out = _latest([("h", "children_in_care", "r26_h", None, "f1", 330, "330", "2024/25"),
                   ("h", "children_in_care", "r27_h", "2022-11-03", "f2", 339, "339", None)],
                  {"r26_h": "2024/25"})
    assert out.loc[("h", "children_in_care"), "figure_id"] == "f1"


def test_two_dated_meetings_keep_their_order_beside_an_undated_one():
    # fails on 55e602d3: with one undated report, June 2023 (r26_t4) beat January 2024 (r26_t1) by doc_id.  (Tameside)
    out = _latest([("t", "high_needs_deficit", "r26_t1", "2024-01-18", "f1", 5.484e6, "£5.484m", "2023/24"),
                   ("t", "high_needs_deficit", "r26_t4", "2023-06-20", "f2", 0.063e6, "£0.063m", "2022/23"),
                   ("t", "high_needs_deficit", "r22_t2", None, "f3", 2.743e6, "£2.743m", "2022/23")],
                  {"r26_t1": "2023/24", "r26_t4": "2022/23", "r22_t2": "2022/23"})
    assert out.loc[("t", "high_needs_deficit"), "figure_id"] == "f1"


def test_two_undated_reports_are_ordered_by_their_periods():
    # fails on 55e602d3: r26_s2 (2016/17) > r26_s1 (2018/19) by doc_id.  (Slough's "good or outstanding")
    out = _latest([("s", "ofsted_good_or_better", "r26_s1", None, "f1", 92, "92%", "2018/19"),
                   ("s", "ofsted_good_or_better", "r26_s2", None, "f2", 87, "87%", "2016/17")],
                  {"r26_s1": "2018/19", "r26_s2": "2016/17"})
    assert out.loc[("s", "ofsted_good_or_better"), "figure_id"] == "f1"


def test_an_undated_document_with_no_period_comes_before_the_placed_ones():
    # fails on 55e602d3: the undated, period-less r22_o2 beat the meeting of March 2024 by doc_id.  (Oldham NEET; its
    # ModernGov item number is older than the dated meeting's)
    out = _latest([("o", "neet", "r22_o1", "2024-03-20", "f1", 5, "5%", None),
                   ("o", "neet", "r22_o2", None, "f2", 3.4, "3.4%", None)],
                  {})
    row = out.loc[("o", "neet")]
    assert row["figure_id"] == "f1"
    assert row["ordered_by"] == "doc_id (meeting date missing)"


# ----------------------------------------------------------------------------- guards: what must not move

def test_guard_all_dated_is_by_meeting_date():
    out = _latest([("a", "neet", "d2", "2023-01-01", "f1", 5, "5%", "2022/23"),
                   ("a", "neet", "d1", "2024-01-01", "f2", 4, "4%", "2021/22")],
                  {"d1": "2021/22", "d2": "2022/23"})
    row = out.loc[("a", "neet")]
    assert row["figure_id"] == "f2" and row["ordered_by"] == "meeting date"


def test_guard_no_period_anywhere_is_by_doc_id_as_before():
    out = _latest([("a", "neet", "d1", None, "f1", 5, "5%", None),
                   ("a", "neet", "d2", None, "f2", 4, "4%", None)],
                  {})
    row = out.loc[("a", "neet")]
    assert row["figure_id"] == "f2" and row["ordered_by"] == "doc_id (meeting date missing)"


def test_guard_without_doc_periods_the_order_is_doc_id_as_before():
    s = _series([("w", "x", "r26_w4", "2025-12-11", "f1", 1, "1", None),
                 ("w", "x", "r28_w2", None, "f2", 2, "2", None)])
    out = compare.latest_values(s[COLS], s).set_index(["council_slug", "indicator_id"])
    assert out.loc[("w", "x"), "figure_id"] == "f2"


# ----------------------------------------------------------------------------- through the stage

def test_build_orders_an_undated_document_by_its_reporting_period(tmp_path):
    # fails on 55e602d3: b.txt (undated) > a.txt (2025-07-03) by doc_id, although b reports a quarter of 2024/25.
    docs = {
        "a.txt": ("2025-07-03", "Children in care\n\nAt the end of March 2025 there were 480 children in care in "
                                "2024/25.\n"),
        "b.txt": ("", "Children in care\n\nIn Quarter 2 2024/25 there were 450 children in care. The Quarter 2 "
                      "2024/25 report was noted.\n"),
    }
    documents, segs, figs, nums = stage_inputs(tmp_path, "Alpha Council", docs)
    topics = pd.DataFrame({"segment_id": segs["segment_id"], "topic": 0, "topic_label": "x", "theme": "x"})
    shares = pd.DataFrame([{"council": "Alpha Council", "council_slug": slug, "meeting_date": date, "period": None,
                            "doc_id": doc, "theme": "x", "theme_name": "X", "n_segments": 1, "n_words": 10,
                            "share": 1.0}
                           for doc, slug, date in zip(documents["doc_id"], documents["council_slug"],
                                                      documents["meeting_date"])])
    latest = compare.build(documents, segs, figs, nums, topics, shares, {}, {})["indicator_latest"]
    row = latest[latest["indicator_id"] == "children_in_care"].iloc[0]
    assert row["value"] == 480
    assert row["ordered_by"] == "reporting period (meeting date missing)"


# ----------------------------------------------------------------------------- a plan's span is no reporting period

def _period_numbers(surfaces):
    return pd.DataFrame({"doc_id": "d", "kind": "period", "surface": surfaces,
                         "raw_start": [10 * i for i in range(len(surfaces))]})


def test_a_plans_span_is_no_documents_reporting_period():
    # fails on 55e602d3: "2022/27" (Camden's SEND strategy 2022-27), "2024/26" (Lambeth), "2020/23" (Wiltshire),
    # "2023/28" (Leeds), "2018/23" (Slough) were documents' reporting periods and so the periods of their figures.
    from analysis.figures import reporting_periods

    for spans in (["2022-27", "2022-27"], ["2024-2026"], ["2020/2023", "2020/2023"], ["2023-28"], ["2018/2023"]):
        assert reporting_periods(_period_numbers(spans)).empty, spans
    # with a financial year beside it, the year is the period
    got = reporting_periods(_period_numbers(["2022-27", "2022-27", "2024/25"]))
    assert got["period"].tolist() == ["2024/25"]


def test_a_date_is_no_financial_year():
    # fails on 55e602d3: "2015-03" of a heading's "2015-03-12" was Wiltshire's period "2015/03".
    from analysis.figures import reporting_periods

    assert reporting_periods(_period_numbers(["2015-03"])).empty


def test_guard_financial_years_and_quarters_stay():
    from analysis.figures import reporting_periods

    assert reporting_periods(_period_numbers(["Quarter 2", "2024/25"]))["period"].tolist() == ["Q2 2024/25"]
    assert reporting_periods(_period_numbers(["2023/2024"]))["period"].tolist() == ["2023/24"]
    assert reporting_periods(_period_numbers(["1999-2000"]))["period"].tolist() == ["1999/00"]
    assert reporting_periods(_period_numbers(["2019-20", "2019-20"]))["period"].tolist() == ["2019/20"]
