"""Round 23, helper r23tidy: the review's findings left alone (tests/realworld/notes/r23_r23review.md, items 6-12).

Every text was written for the test (general English shapes, not copied from a page). A test whose name says what a
reader now does fails on 5c572ed; a test named ``..._stay`` holds guards that pass on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.figures.extraction import extract
from figure_rows import stage_table

# 6. ``extract()`` on one text reads the paragraph numbering over its whole text, as the stage reads it over each
#    document: a text holding a report's numbered paragraphs gives the same figures through either door.
NUMBERED = (
    "Contents 1.0 Introduction\n\n"
    "2.0 Our aims\n\n"
    "1.0 Introduction 1.1 The purpose of this report is to set out the plan.\n\n"
    "1.2 This report sets out how 240 places were used.\n\n"
    "1.3 The service was reviewed in the spring.\n"
    "1.4It found that 18 homes were full.\n\n"
    "1.5 The board met 6 times.\n"
)
PLAIN = "Fostering\n\nThe service recruited 14 new carers this year.\n\nThe average was 1.2 The year before it was 1.4 per carer."


@pytest.mark.parametrize("text", [NUMBERED, PLAIN])
def test_extract_reads_the_numbering_as_the_stage_does(tmp_path: Path, text: str) -> None:
    figs = stage_table(tmp_path, text)
    one = extract(text)[0]
    assert one[["surface", "value", "unit"]].values.tolist() == figs[["surface", "value", "unit"]].values.tolist()


def test_extract_reads_paragraph_numbers_as_list_numbers() -> None:
    assert extract(NUMBERED)[0]["surface"].tolist() == ["240", "18", "6"]


def test_a_number_opening_a_line_has_no_word_before_it() -> None:
    from analysis.figures.layout import numbers_a_paragraph, paragraph_numbering

    numbering = paragraph_numbering("1.1 The plan\n1.2 Its aims\n1.3 The cost")
    t = "the plan was agreed in the spring\n1.2 The cost"
    assert numbers_a_paragraph(t, t.index("1.2"), t.index("1.2") + 3, numbering) is True
    t = "the plan was agreed in March and rose to 1.2 The cost"  # (on its line: a value)
    assert numbers_a_paragraph(t, t.index("1.2"), t.index("1.2") + 3, numbering) is False
