"""Round 38 (r38tidy): what round 37 left in the figures code, tidied with the same outputs.

1. :func:`analysis.figures.kinds_limits._limit_noun_after` reads a bounded window of the left context (the
   classifier's 40 characters), as its siblings do: a caller passing a whole document's left context costs no more.
2. :mod:`analysis.figures.stage` reads each document once, at its first segment with a candidate number, into one
   record (:class:`analysis.figures.stage._Document`: numbering, labels, Schools Forum context, reference, council,
   date, acronyms), where three blocks of the loop read them apart.
3. ``context._CHANGE_IN_OF_LEFT`` stays beside ``_CHANGE_LEFT`` (why: its comment); their division is pinned here.
"""
from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import clean
from analysis.figures import context, kinds_limits, stage
from analysis.figures.context import Hit, is_change


class _Recorder:
    """A stand-in for a compiled pattern that records how many characters each search reads."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, []

    def search(self, string: str, pos: int = 0) -> re.Match[str] | None:
        self.read.append(len(string) - pos)
        return self.pattern.search(string, pos)


def test_the_limit_noun_rule_reads_a_window_of_a_long_left_context(monkeypatch: pytest.MonkeyPatch) -> None:
    rec = _Recorder(kinds_limits._LIMIT_NOUN_LEFT)
    monkeypatch.setattr(kinds_limits, "_LIMIT_NOUN_LEFT", rec)
    long_left = "The committee noted the report. " * 5000 + "issued within the statutory"
    assert kinds_limits._limit_noun_after("20 week", long_left, " timescale;")
    assert not kinds_limits._limit_noun_after("20 week", long_left + " and", " timescale;")
    assert rec.read and max(rec.read) <= kinds_limits._LIMIT_NOUN_REACH  # not the 160,000 characters before it


@pytest.mark.parametrize("left", ["It was noted that the", "the government's", "the  national", "was the", "a the",
                                  "of their", "within the   statutory", "x" * 36 + " the"])
def test_the_window_answers_as_the_whole_left_context_did(left: str) -> None:
    whole = kinds_limits._LIMIT_NOUN_LEFT.search(left) is not None
    assert (kinds_limits._LIMIT_NOUN_LEFT.search(left, max(0, len(left) - kinds_limits._LIMIT_NOUN_REACH))
            is not None) == whole


def test_a_document_is_read_once_into_one_record(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    read = stage._read_document

    def counted(doc_text: str, info: dict, about: str, *rest: object) -> stage._Document:
        calls.append(doc_text[:12])  # (r42review: and r42area's rules, passed on)
        return read(doc_text, info, about, *rest)

    monkeypatch.setattr(stage, "_read_document", counted)
    one = ("The Forum welcomed a new member to the meeting.\n\nThe Minimum Funding Guarantee (MFG) was set at 0.5%.\n\n"
           "The current outturn is £947,000 overspend.\n\nThe MFG of 0.5% was agreed.\n")
    two = "Corporate Parenting Panel\n\nThere were 412 children in care.\n\nNo figures here.\n"
    texts = {"d1": one, "d2": two}
    segs = pd.concat([clean.segment_text(d, t) for d, t in texts.items()], ignore_index=True)
    docs = pd.DataFrame({"doc_id": ["d1", "d2"], "council": ["X", "Y"], "meeting_date": ["2024-03-12", None],
                         "title": [None, None], "committee": [None, None]})
    f, _ = stage.figures_from_segments(segs, texts, docs)
    assert calls == ["The Forum we", "Corporate Pa"]  # once a document
    assert f.loc[f["surface"] == "£947,000", "indicator_id"].tolist() == ["high_needs_deficit"]  # "Schools Forum"
    assert f["council"].tolist() == ["X", "X", "X", "Y"] and f["meeting_date"].isna().tolist()[-1]
    assert "Minimum Funding Guarantee (MFG)" in f.loc[f["surface"] == "0.5%", "indicator"].tolist()[-1]


def test_the_document_record_holds_what_the_three_blocks_read() -> None:
    text = "The Forum noted the report.\n\nThe Dedicated Schools Grant (DSG) deficit was £2m.\n"
    doc = stage._read_document(text, {"council": "Leeds", "meeting_date": float("nan")}, "Leeds | Schools budget")
    assert doc.about == "Leeds | Schools budget | Schools Forum" and doc.council == "Leeds" and doc.meeting_date is None
    assert doc.acronyms.get("DSG") == "Dedicated Schools Grant"
    assert stage._read_document(text, {}, "").council is None  # a document with no row of the documents table


@pytest.mark.parametrize("left, size, change", [
    ("a reduction in costs of approximately ", "£400", True),  # _CHANGE_IN_OF_LEFT
    ("with a jump of almost ", "£6m", True),  # _CHANGE_IN_OF_LEFT
    ("a reduction of ", "£400", True),  # _CHANGE_LEFT
    ("the change in provider of ", "£400", False),  # neither: not a count's change noun
    ("an improvement in outcomes by ", "2%", False),  # neither: "in" + words is read before "of" only
])
def test_the_two_change_patterns_divide_as_documented(left: str, size: str, change: bool) -> None:
    text = left + size + " was reported."
    h = Hit(len(left), len(left) + len(size), "figure", "money" if size[0] == "£" else "pct", [1.0])
    assert is_change(text, h, left) is change
    assert (context._CHANGE_LEFT.search(left) is not None) + (context._CHANGE_IN_OF_LEFT.search(left) is not None) \
        <= 1  # never both
