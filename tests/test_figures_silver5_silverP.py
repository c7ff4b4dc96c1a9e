"""Silver round 5 (issue 11), helper silverP: classes of false figures found by reading every number of a
pool of 28 other real pages of dev councils (Barnet, Blackpool, Bury, Central Bedfordshire, City of
London, Cumbria, Hackney, Hampshire, Hillingdon, Hounslow, Lambeth, Leeds, Medway, North Tyneside,
Sutton; /work/staging/silver5/silverP, notes in tests/realworld/notes/silver5_silverP.md). Each class
failed on real pages; each test holds several phrasings as councils write them, and the figures next to
them must stay."""

from __future__ import annotations

import pytest

from analysis import figures
from figure_rows import surfaces as _surfaces


@pytest.mark.parametrize(
    "text, surface",
    [
        # the meeting's own questions: how many were received or tabled (Bury)
        # what the committee chose to ask about (Hackney)
        ("The Commission had previously identified three areas on which to focus questions for this session which were:", "three"),
        ("Members had agreed two topics on which to focus their questions to the Cabinet Member.", "two"),
        ("The Panel selected four areas for questioning of the Executive Member.", "four"),
        # how the meeting's time is shared out (Medway's themed meetings)
        ("meetings will last no more than three hours, with two hours focused on the theme and the remaining time on general matters", "two hours"),
        ("The Committee agreed that future meetings would run for up to 3 hours, with 2 hours given to the themed item.", "2 hours"),
        ("It was agreed that one hour of each meeting would be set aside for the theme.", "one hour"),
        # how long the webcast stays on the website (Lambeth's meeting note)
        ("The video will remain available to view for 180 days. \n\nNo. Item", "180 days"),
        ("The recording of the meeting will be available on the Council's website for six months.", "six months"),
        ("The webcast will remain available for 12 months after which it is archived.", "12 months"),
        # a numbered proposal is a name (Hampshire's savings proposals)
        ("In relation to proposal 3 – Transforming Social Care, it was explained that the department would continue", "3"),
        ("Under savings proposal 12 the service would reduce agency spend.", "12"),
        ("Proposals 2 and 4 were deferred to the next meeting.", "4"),
        # a stretch of financial, academic or school years the text looks through (a period)
        ("provided provisional figures for authorities for the following three financial years, including 2018/19", "three"),
        ("attainment is expected to recover over the next two academic years", "two"),
        ("exclusions had fallen in the last 3 school years", "3"),
    ],
)
def test_procedure_names_and_periods_are_not_figures(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The helpline answered 120 questions from parents in the quarter.", "120"),
        ("The Commission held a short focus group with 9 members of Hackney of Tomorrow.", "9"),
        ("Young people waited on average 4 hours in A&E for a mental health assessment.", "4 hours"),
        ("The meeting heard that social workers spent 3 hours a week travelling.", "3 hours"),
        ("Short breaks were available for 180 days of the year.", "180 days"),
        ("The 3 proposals were agreed by Cabinet.", "3"),
        ("Savings of £3m over two financial years were agreed.", "£3m"),
        ("The strategy sets out three areas of focus for early help.", "three"),
        ("an increase of 30% in the number of looked after children between March 2009 and March 2019", "30%"),
        ("Notice had been received of 2 questions. 45 children were referred.", "45"),
    ],
)
def test_figures_beside_them_stay(text: str, surface: str) -> None:
    assert surface in _surfaces(text)


@pytest.mark.parametrize(
    "text, surface",
    [
        # how many years a named plan, strategy or programme runs is a figure, as "a three-year plan" is (Barnsley)
        # (r19prec: a written length spans its hyphened unit, "three-year", as "10-year" does)
        ("as set out in our new three-year Council Plan 2021-24 We are working towards four priorities", "three-year"),
        ("Members noted the draft 10-year SEND Strategy for consultation.", "10-year"),
        ("Cabinet approved a two-year Improvement Programme for children's social care.", "two-year"),
        ("within the 3-year Medium Term Financial Plan the service must save £2m", "3-year"),
    ],
)
def test_length_of_a_named_plan_is_a_figure(text: str, surface: str) -> None:
    assert surface in _surfaces(text)


@pytest.mark.parametrize(
    "text, surface",
    [
        ("the six-month Review Panel met in May.", "six"),
        ("families attended a 12-week Parenting Programme", "12"),
        ("the 2-year Pilot Project ended in March", "2"),
    ],
)
def test_lengths_naming_other_things_stay_names(text: str, surface: str) -> None:
    assert not any(f.startswith(surface) for f in _surfaces(text))


@pytest.mark.parametrize(
    "text, surface, word",
    [
        ("as set out in our new three-year Council Plan 2021-24.", "three-year", "Council Plan"),
        ("Cabinet approved a two-year Improvement Programme for children's social care.", "two-year", "Improvement Programme"),
        ("the 5 year Capital Programme was approved by Council.", "5 year", "Capital Programme"),
    ],
)
def test_length_of_a_named_plan_names_the_plan(text: str, surface: str, word: str) -> None:
    rows = figures.extract_figures(text)
    assert word in rows.loc[rows["surface"] == surface, "indicator"].iloc[0]
