"""Round 25, helper r25prec2: false figures by mechanism, second wave (a page's number or a footnote's mark run into
the text; an age said of a person reaching it or of the word "age"; the share or count that defines a measure).

Classes, councils and every figure that moved are in tests/realworld/notes/r25_r25prec2.md. Every text was written for
the test in council style (not copied from a page). Each ``test_*`` whose name says a number "is" something fails on
d190e30; a test named ``..._stay`` holds guards that pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import kinds as _kinds, surfaces as _surfaces


# 1. Marks. A printed page's counter between dashes run into a line of text, and a Markdown footnote reference, mark a
#    place in the document; they never measure anything.
@pytest.mark.parametrize(
    "text, surface, kind",
    [
        ("The chair said he would talk to the primary, -2- secondary and special heads about 14 bids.", "2", "reference"),
        ("The service spent £40,000 on a new pathway. [^4]\n- The next report covers 12 schools.", "4", "reference"),
    ],
)
def test_a_page_or_footnote_mark_is_a_reference(text: str, surface: str, kind: str) -> None:
    assert surface not in _surfaces(text)
    assert _kinds(text)[surface] == kind


# 2. Ages. An age is eligibility, not a measurement (tests/gold/README.md): the age a person reaches ("when they reach
#    18"), an age said of the word "age" ("raising the leaving age to 18", "the age range for support from 3-19"), an
#    age limit written with a spaced dash ("Post – 16").
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Young people keep their support when they reach 18, and 45 did so last year.", "18"),
        ("The rise in the school leaving age to 18 would affect 300 learners.", "18"),
        ("The Act widened the age range for additional help from 3-19 to 0-25 years; and 60 plans followed.", "3"),
        ("Officers will review the Post – 16 transport policy for 230 students.", "16"),
    ],
)
def test_an_age_said_of_a_person_or_of_the_word_age_is_an_age(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)
    assert _kinds(text)[surface] == "age"


# 3. Thresholds of a measure's definition, in orders the first rules did not read: "the most 20% deprived" (as "the 20%
#    most deprived"), "five or more A*-C grades at GCSE" (as "five or more A*-C GCSEs").
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Of the pupils, 41% live in the most 10% deprived areas of the city.", "10%"),
        ("Achievement of five or more A* - C grades at GCSE fell to 52%.", "five"),
    ],
)
def test_a_definitions_threshold_is_a_threshold(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)
    assert _kinds(text)[surface] == "threshold"


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("The number of children in care reached 310 in March.", ["310"]),  # a measure reaching a value
        ("The deficit would reach £18 million by March.", ["£18 million"]),
        ("When they reach 18 children in care move to the leaving care team.", ["18"]),  # a noun after: a count
        ("Placements rose to 14 by the age of 12.", ["14"]),
        ("The score moved from 3 to -2 - a fall.", ["3", "-2"]),  # a dash after a number, no page counter (r26recall: "-2"
        # with its minus sign)
        ("Of the areas, the most 20 were deprived.", ["20"]),
        ("Some 45 pupils achieved five or more grades.", ["45"]),
    ],
)
def test_values_near_the_same_words_stay(text: str, surfaces: list[str]) -> None:
    assert _surfaces(text) == surfaces
