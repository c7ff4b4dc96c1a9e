"""Round 15, helper r15user: what a researcher reading the outputs trips over (round 14's walkthrough
findings left unfixed). Each test marked "fails on 74305f1" failed on that commit (main before round 15)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _refused_manifest(raw: Path) -> None:
    (raw / "a.txt").write_text("Minutes.\n", encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,council,committee,meeting_date,title,source_url\na.txt,Comparison,,,,\n", encoding="utf-8")


# ----------------------------------------------------------------------------- make councils

#: `make councils` lists slugs with the checkout's own .venv; without it the Makefile prints "(run 'make env' first to
#: list them)" and exits 0 whatever RAW_DIR holds, so these tests say nothing there (a checkout or CI without `make env`)
needs_venv = pytest.mark.skipif(not os.access(ROOT / ".venv" / "bin" / "python", os.X_OK),
                                reason="no .venv/bin/python in the checkout: `make councils` only asks for `make env`")


@needs_venv
def test_make_councils_fails_when_the_manifest_is_refused(tmp_path):
    # fails on 74305f1: the error was printed but `make councils` exited 0, so a script or CI saw success.
    _refused_manifest(tmp_path)
    out = subprocess.run(["make", "--no-print-directory", "councils", f"RAW_DIR={tmp_path}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    assert "manifest.csv line 2" in out.stderr


@needs_venv
def test_make_councils_without_a_manifest_fails(tmp_path):
    # fails on 74305f1 (exit 0 with "no manifest" printed).
    (tmp_path / "a.txt").write_text("Minutes.\n", encoding="utf-8")
    out = subprocess.run(["make", "--no-print-directory", "councils", f"RAW_DIR={tmp_path}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    assert "no manifest" in out.stderr


@needs_venv
def test_make_councils_lists_the_slugs_and_succeeds(tmp_path):
    # guard: a manifest the corpus reads is listed, exit 0.
    (tmp_path / "a.txt").write_text("Minutes.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,council,committee,meeting_date,title,source_url\na.txt,Alpha Council,,,,\n", encoding="utf-8")
    out = subprocess.run(["make", "--no-print-directory", "councils", f"RAW_DIR={tmp_path}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "  alpha-council" in out.stdout


# ----------------------------------------------------------------------------- clean / search: ModernGov's documents label


#: Pages flattened to one line per agenda item (as search tools and some exports give ModernGov's pages), in the
#: shapes of several councils: the item's title or summary, the documents label, then the "Minutes:" text.
FLATTENED = [
    "Minutes of the Previous Meeting To approve the minutes of the meeting held on 5 September 2024. "
    "Supporting documents: Minutes: The minutes were approved as a true and correct record.\n",
    "Report of the Director of Children's Services. Additional documents: Minutes: The Chairman welcomed "
    "the Independent Chair, who introduced the annual report.\n",
    "Apologies for Absence Additional documents: Minutes: Apologies were received from Councillor Smith.\n",
    "Safeguarding review themes and local review processes and auditing work. Additional documents:\n"
    "The Board noted the report.\n",
    "Budget Monitoring Supporting documents: Decision: That the forecast overspend of £2.1m be noted.\n",
]


def test_clean_drops_a_documents_label_inside_a_flattened_line():
    # fails on 74305f1: the label stayed in the segment ("... 2024. Supporting documents: Minutes: The minutes ...")
    # and so in the search index and the search pages' text.
    from analysis import clean

    for text in FLATTENED:
        segs = clean.segment_text("d", text)
        assert not segs["text"].str.contains(r"(?:Supporting|Additional) documents|Minutes:|Decision:").any(), text
        for row in segs.itertuples():  # every segment still slices back to its raw text
            assert clean.normalise(text[row.raw_start:row.raw_end]).text == row.text
        # what followed the labels is a segment of its own
        after = text.split(":")[-1].strip().split("\n")[0] or text.split("\n")[1]
        assert after.strip() in set(segs["text"]), (text, segs["text"].tolist())


def test_clean_keeps_the_words_supporting_documents_in_prose():
    # guard: lower-case or mid-sentence uses of the words are text, not the label
    from analysis import clean

    for text in ("Members asked for the supporting documents: the report and its appendices.\n",
                 "The Additional documents: list was circulated late, members said.\n"):
        segs = clean.segment_text("d", text)
        assert segs["text"].tolist() == [text.strip()]


def test_search_does_not_find_the_documents_label_of_flattened_pages(tmp_path):
    # fails on 74305f1: searching "documents" found every flattened item, its text led by the label
    from analysis import clean, search
    from analysis.io import write_tables
    from test_search import corpus_tables

    corpus = {}
    for i, text in enumerate(FLATTENED):
        segs = clean.segment_text(f"d{i}", text)
        corpus[f"d{i}"] = (f"Council {i}", f"council-{i}", "2024-01-01", None, [(t, "other") for t in segs["text"]])
    folder = tmp_path / "processed"
    write_tables(corpus_tables(corpus), folder, csv=False)
    search.build_index(folder)
    assert search.search("documents", processed_dir=folder, limit=None).empty
    hits = search.search("\"correct record\"", processed_dir=folder, limit=None)
    assert hits["text"].tolist() == ["The minutes were approved as a true and correct record."]


# ----------------------------------------------------------------------------- compare / figures: a comparison's period


COMPARISON_MINUTES = (
    "Performance report for Quarter 3 2024/25.\n\n"
    "Timeliness was 88% this quarter, compared with 62% at the end of Quarter 2, and there were 412 children on "
    "child protection plans.\n\n"
    "Referrals were 1,088 in Quarter 3 compared to 1,074 in Quarter 1.\n\n"
    "The service received 1,638 requests in 2015/16 compared to 3,986 in 2022-23 - up 143%.\n\n"
    "Spend stands at £16.4m this year, while the number of children in care was 1,062 compared to 1,269 last year.\n\n"
    "The council finalises 90% of EHCPs (Education, Health and Care Plans) within 20 weeks - compared to the national "
    "average of 50.3%.\n"
)


FROM_TO_MINUTES = (
    "Performance report for Quarter 4 2024/25.\n\n"
    "The number of children in care reduced from 439 at the end of Quarter 2 to 433 at the end of Quarter 3.\n\n"
    "Exclusions rose from 263 in 2008-09 to 4,879 in 2017-18.\n\n"
    "The package will see £3 million in 2025/26, and £3.5 million in 2026/27 for early help.\n"
)


def _comparison_table(tmp_path, minutes: str = COMPARISON_MINUTES):
    import warnings

    import pandas as pd

    from analysis import compare, corpus, figures

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(minutes, encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,council,committee,meeting_date,title,source_url\na.txt,Alpha Council,,2025-01-20,,\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs, segs = corpus.run(raw, tmp_path / "p")
        figs, nums = figures.run(raw, tmp_path / "p")
    themes = pd.DataFrame({"segment_id": segs["segment_id"], "theme": "x", "topic_label": "x"})
    table = compare.figure_table(figs, themes, docs, nums)
    table["rank"] = compare._value_rank(table)
    return table.set_index("surface")


def test_a_period_named_in_a_comparison_belongs_to_its_comparison_point(tmp_path):
    # fails on 74305f1: every figure of the sentence took the period of "compared with 62% at the end of Quarter 2"
    # (Q2 for 88% and 412), "compared to 1,074 in Quarter 1" gave 1,074 Q3, "3,986 in 2022-23" 2015/16.
    t = _comparison_table(tmp_path)
    assert t.loc["62%", "period"] == "Q2 2024/25"  # (mendA: a quarter alone takes the document's one year)
    assert t.loc["88%", "period"] == t.loc["412", "period"] == "Q3 2024/25"  # the document's
    assert t.loc["1,088", "period"] == "Q3 2024/25" and t.loc["1,074", "period"] == "Q1 2024/25"
    assert t.loc["1,638", "period"] == "2015/16" and t.loc["3,986", "period"] == "2022/23"


def test_a_period_right_after_a_figure_is_its_period(tmp_path):
    # fails on 74305f1: "from 439 at the end of Quarter 2 to 433 at the end of Quarter 3" gave both Q2, "from 263 in
    # 2008-09 to 4,879 in 2017-18" both 2008/09, "£3 million in 2025/26, and £3.5 million in 2026/27" both 2025/26.
    t = _comparison_table(tmp_path, FROM_TO_MINUTES)
    assert t.loc["439", "period"] == "Q2 2024/25" and t.loc["433", "period"] == "Q3 2024/25"  # (mendA: the document's year)
    assert t.loc["263", "period"] == "2008/09" and t.loc["4,879", "period"] == "2017/18"
    assert t.loc["£3 million", "period"] == "2025/26" and t.loc["£3.5 million", "period"] == "2026/27"


def test_a_comparator_in_a_comparison_belongs_to_the_figures_it_compares(tmp_path):
    import pandas as pd

    # fails on 74305f1: "412 children were on a plan" took "quarter 2" from the clause before; 1,088 took "quarter 3" (its own
    # period) over "quarter 1" it is compared with; £16.4m of another clause took "last year".
    t = _comparison_table(tmp_path)
    assert t.loc["88%", "comparator"] == t.loc["62%", "comparator"] == "quarter 2"
    assert pd.isna(t.loc["412", "comparator"])
    assert t.loc["1,088", "comparator"] == "quarter 1"
    assert t.loc["1,062", "comparator"] == t.loc["1,269", "comparator"] == "last year"
    assert pd.isna(t.loc["£16.4m", "comparator"])
    assert t.loc["90%", "comparator"] == "national average"  # across the bracket's commas and the dash


def test_the_value_a_level_is_compared_with_is_a_comparison_point(tmp_path):
    # fails on 74305f1: only a value right after "compared to" was a comparison point ("410 and 49": 49 was a level),
    # and a phrase ran on over "with a slight increase to 4.7%" (guarded here: 4.7% stays a level).
    from analysis import compare

    s = "Placements out of county were 320, compared to 410 and 49 residential last year, and 12 are new."
    assert [compare.is_reference(s, x) for x in ("320", "410", "49", "12")] == [False, True, True, False]
    s = "The figure was 4.1% compared to 7.3% in England with a slight increase to 4.7% compared to 6.3% in England."
    assert [compare.is_reference(s, x) for x in ("4.1%", "7.3%", "4.7%", "6.3%")] == [False, True, False, True]
    t = _comparison_table(tmp_path)
    assert t.loc["62%", "rank"] == 1 and t.loc["88%", "rank"] == 2 and t.loc["412", "rank"] == 2


# ----------------------------------------------------------------------------- phrase: a change of a count the subject names


@pytest.mark.parametrize("text, phrase", [
    ("The number of children in care showed an increase of 37 cases over the year.", "increase in children in care"),
    ("Looked after children numbers saw a reduction of 12 children since March.", "reduction in looked after children"),
    ("The number of open child protection plans has seen a fall of 15 plans this quarter.",
     "fall in open child protection plans"),
])
def test_a_change_of_a_count_is_of_what_the_subject_counts(text, phrase):
    # fails on 74305f1: the phrase was the unit word after the number ("increase in cases", "reduction in children")
    from analysis.figures import extract_figures

    assert extract_figures(text)["indicator"].tolist() == [phrase]


@pytest.mark.parametrize("text, phrase", [
    ("Derby saw a reduction of 102 cases compared to the number open at the end of last year.", "reduction in cases"),
    ("The census gave a net increase of 244 children compared to October 2020.", "net increase in children"),
])
def test_a_change_of_a_count_without_a_counting_subject_keeps_its_noun(text, phrase):
    # guard: a place or another subject does not name the count
    from analysis.figures import extract_figures

    assert extract_figures(text)["indicator"].tolist() == [phrase]


# ----------------------------------------------------------------------------- report: figures by indicator


def test_council_page_lists_each_indicator_once_over_its_meetings_whatever_the_theme(tmp_path):
    # fails on 74305f1: the page grouped figures by the segment's theme only, so a reader looking for one measure over
    # the meetings found its values scattered under several themes (CouncilView had no indicators table).
    from analysis import report
    from test_compare import tiny_tables, write_tiny

    t = tiny_tables()
    # the same measure discussed under two themes at two meetings
    seg_a1 = t["figures"].loc[t["figures"]["indicator_id"].eq("ehcp_timeliness") & t["figures"]["doc_id"].eq("a1"), "segment_id"]
    t["topics"].loc[t["topics"]["segment_id"].isin(seg_a1), "theme"] = "finance"
    write_tiny(tmp_path / "processed", t)
    tables = report.load_tables(tmp_path / "processed")
    view = report.council_view(tables, "alpha-county-council")
    rows = view.indicators.set_index("indicator_id")
    assert sorted(rows.index) == ["children_in_care", "ehcp_timeliness", "social_worker_vacancies"]
    ehcp = rows.loc["ehcp_timeliness"]
    assert ehcp["meetings"] == 2 and ehcp["meeting"] == "2024-06-01" and ehcp["value"] == "68"
    assert ehcp["series"] == "2024-01-10: 60; 2024-06-01: 68"
    assert len(ehcp["themes"].split(", ")) == 2  # both themes it was discussed under
    html = report.write_council(tables, "alpha-county-council", tmp_path / "raw", tmp_path / "processed",
                                tmp_path / "reports").read_text(encoding="utf-8")
    assert '<section id="indicators">' in html and "2024-01-10: 60; 2024-06-01: 68" in html
    assert f'href="#{ehcp["anchor"]}"' in html and f'id="{ehcp["anchor"]}"' in html  # the quote it links to


def test_council_page_without_indicators_says_so(tmp_path):
    # fails on 74305f1 (no such section): an empty state, not an empty table
    from analysis import report
    from test_compare import tiny_tables, write_tiny

    t = tiny_tables()
    t["figures"]["indicator_id"] = None
    write_tiny(tmp_path / "processed", t)
    tables = report.load_tables(tmp_path / "processed")
    html = report.write_council(tables, "alpha-county-council", tmp_path / "raw", tmp_path / "processed",
                                tmp_path / "reports").read_text(encoding="utf-8")
    assert "No figure in these minutes was recognised as one of the indicators" in html



def test_council_page_introduction_counts_in_words_a_reader_reads(tmp_path):
    # fails on 74305f1: "1 figures were found in the minutes; 0 statement(s) or figure(s) were reported as not on track."
    from analysis import report
    from test_compare import write_tiny

    write_tiny(tmp_path / "processed")
    tables = report.load_tables(tmp_path / "processed")
    gamma = report.council_view(tables, "gamma-co-council").intro
    assert "1 figure was found in the minutes; nothing was reported as not on track." in gamma
    alpha = report.council_view(tables, "alpha-county-council").intro
    # round 20: figures and sentences counted apart (tests/test_r20_user.py)
    assert ("5 figures were found in the minutes; 1 figure was reported as not on track and 2 sentences say "
            "something is not on track.") in alpha, alpha
    assert "(s)" not in gamma + alpha


def test_comparison_cells_name_a_direction_only_when_there_is_one(tmp_path):
    # fails on 74305f1: every latest value without a direction word printed "direction: none" in its cell.
    from analysis import report
    from test_compare import write_tiny

    write_tiny(tmp_path / "processed")
    tables = report.load_tables(tmp_path / "processed")
    html = report.write_comparison(tables, tmp_path / "raw", tmp_path / "processed", tmp_path / "r").read_text(encoding="utf-8")
    assert "direction: none" not in html
    assert "direction: down" in html  # guard: Beta's 55%, "below target", keeps its direction and its status
    cell = html[html.index("direction: down"):][:400]
    assert "not on track" in cell or "below target" in cell
