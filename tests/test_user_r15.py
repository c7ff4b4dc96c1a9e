"""Round 15, helper r15user: what a researcher reading the outputs trips over (round 14's walkthrough
findings left unfixed). Each test marked "fails on 74305f1" failed on that commit (main before round 15)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _refused_manifest(raw: Path) -> None:
    (raw / "a.txt").write_text("Minutes.\n", encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,council,committee,meeting_date,title,source_url\na.txt,Comparison,,,,\n", encoding="utf-8")


# ----------------------------------------------------------------------------- make councils


def test_make_councils_fails_when_the_manifest_is_refused(tmp_path):
    # fails on 74305f1: the error was printed but `make councils` exited 0, so a script or CI saw success.
    _refused_manifest(tmp_path)
    out = subprocess.run(["make", "--no-print-directory", "councils", f"RAW_DIR={tmp_path}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    assert "manifest.csv line 2" in out.stderr


def test_make_councils_without_a_manifest_fails(tmp_path):
    # fails on 74305f1 (exit 0 with "no manifest" printed).
    (tmp_path / "a.txt").write_text("Minutes.\n", encoding="utf-8")
    out = subprocess.run(["make", "--no-print-directory", "councils", f"RAW_DIR={tmp_path}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    assert "no manifest" in out.stderr


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
