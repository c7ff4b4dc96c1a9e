"""Round 9 speed paths (helper r9speed): each gives what the path it shortens gave.

* ``stage._shifted_span`` is ``stage._raw_span`` through ``_raw_index("0:0", start)`` (a segment whose clean
  text is its raw text), with the same check of the surface and the same error;
* ``extraction.extract_rows`` looks for the measure the paragraph before names at its first figure, not before
  its first number: a paragraph of non-figure numbers alone does not look, and the figures get what they got.
"""

from __future__ import annotations

import pytest

from analysis.errors import SchemaError
from analysis.figures import extraction, stage
from analysis.figures.indicators import load_indicators
from analysis.figures.phrase import measure_named_before
from analysis.figures.rules import load_rules


_RECORDS = [
    ("xx Spend was £4.2m.", 3, {"start": 10, "end": 15, "surface": "£4.2m"}),
    ("Of 45 children", 0, {"start": 3, "end": 5, "surface": "45"}),
    ("ab 6 to 8 weeks", 3, {"start": 0, "end": 12, "surface": "6 to 8 weeks"}),
    # a raw text that normalises to the surface (a no-break space): the slower check passes
    ("zz 12\xa0per cent", 3, {"start": 0, "end": 12, "surface": "12 per cent"}),
]


@pytest.mark.parametrize(("text", "start", "rec"), _RECORDS)
def test_shifted_span_is_raw_span_of_identity_map(text, start, rec):
    assert stage._shifted_span(start, rec, text, "d") == stage._raw_span(stage._raw_index("0:0", start), rec, text, "d")


def test_shifted_span_raises_where_raw_span_does():
    rec = {"start": 0, "end": 2, "surface": "45"}
    for call in (lambda: stage._shifted_span(1, rec, "x 46 y", "d"),
                 lambda: stage._raw_span(stage._raw_index("0:0", 1), rec, "x 46 y", "d")):
        with pytest.raises(SchemaError, match="does not map back to '45'"):
            call()


_BEFORE = "The number of looked after children rose to 412 in March."


@pytest.mark.parametrize("text", [
    "That figure is expected to hit 450 by 2025.",
    "That figure, Minute 12 of 2024 recorded, is expected to hit 450.",
    "It was 430 on 1 April 2024 and 450 in May.",
])
def test_measure_named_before_still_reaches_the_first_figure(text):
    named = measure_named_before(_BEFORE, text[:60])
    figs, _ = extraction.extract_rows(text, load_indicators(), load_rules(), "", _BEFORE)
    alone, _ = extraction.extract_rows(text, load_indicators(), load_rules(), "", "")
    # every figure reads the measure named before (as when it was looked for before the first number, here a
    # minute's number and a year in the second text), which they do not without the paragraph
    assert named == "looked after children"
    assert [(r["indicator"], r["indicator_id"]) for r in figs] == [(named, "children_in_care")] * len(figs)
    assert all(r["indicator"] != named for r in alone)


def test_numbers_alone_are_the_same_with_a_paragraph_before():
    text = "Minute 12 of the meeting held on 4 May 2024 (item 5) was agreed."
    figs, nums = extraction.extract_rows(text, load_indicators(), load_rules(), "", _BEFORE)
    figs0, nums0 = extraction.extract_rows(text, load_indicators(), load_rules(), "", "")
    assert not figs and not figs0 and nums == nums0 and nums
