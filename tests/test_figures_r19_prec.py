"""Round 19 (issue 11), helper r19prec: figure spans and false figures over every judged pool r8-r18.

Classes, councils and every figure that moved are in tests/realworld/notes/r19_r19prec.md. Every phrasing was written
for the test in council style (not copied from a page). Each ``test_*`` whose name says a thing "is" or "spans" what it
should fails on main 53e566c for every phrasing, unless its comment says it is a guard (a guard passes on both).
"""

from __future__ import annotations

import pytest

from figure_rows import kinds as _kinds, one_figure, surfaces as _surfaces


# 1. A time unit hyphened to a written number is part of the figure's span: "a three-year plan" spans "three-year",
#    as "a 3-year plan" already spans "3-year" (the dev gold's span, Swindon; the pools hold the same shape in
#    Norfolk, Somerset, Walsall and Cornwall). Fails on 53e566c: the span is "three", its unit "count".
@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("The Committee noted that a comprehensive three-year plan has been put in place.", "three-year", 3.0),
        ("Officers have devised a new six-year plan to reduce waiting times for assessments.", "six-year", 6.0),
        ("The focus is now on delivering the three-year strategy agreed by Cabinet.", "three-year", 3.0),
        ("The council says it has created a five-year plan to manage the deficit.", "five-year", 5.0),
        ("A five-year programme to transform support for families began in April.", "five-year", 5.0),
        ("The deficit will be recovered over a two-year period from the General Fund.", "two-year", 2.0),
    ],
)
def test_a_written_length_spans_its_hyphened_unit(text: str, surface: str, value: float) -> None:
    row = one_figure(text, surface)
    assert row["value"] == value
    assert row["unit"] == "years"


@pytest.mark.parametrize(
    "text, expected",
    [
        # guards (pass on both): the digit forms, a length with its unit spaced, ages and names stay as they were
        ("The council has a 3-year plan to cut costs.", ["3-year"]),
        ("Lambeth must find a £43m saving over a 3 year period.", ["£43m", "3 year"]),
        ("Free places for three-year-olds rose last term.", []),
        ("Members welcomed the six-week consultation on the proposals.", []),
        ("It takes between three to five years to be recognised as a Unicef city.", ["three to five years"]),
        ("Three schools were inspected and two were judged good.", ["Three", "two"]),
    ],
)
def test_other_lengths_and_counts_stay(text: str, expected: list[str]) -> None:
    assert _surfaces(text) == expected


# 2. An age read as a count (pools: Hounslow "eligible for support until 25", North Yorkshire "SEND post-16 to 18
#    students", Northumberland "131 five" cut at a page's end, left): the words that govern the number make it an age.
#    "until"/"till" before 16-25 with no counted noun after it is the age support runs to (as "turned 18", "beyond 18"
#    already are); the upper end of a range opened by "post-16"/"pre-16" is an age (as "16 to 18 students" already is).
#    Fails on 53e566c: the number is a count.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("This will grow as more young people are eligible for support until 25 without extra funding.", "25"),
        ("Care leavers can now stay put with their foster carers till 21, and the council pays the carer.", "21"),
        ("Young people with an EHC plan may be supported until 25.", "25"),
        ("Proposals for contributions from SEND post-16 to 18 students were consulted on.", "18"),
        ("Funding for post-16 to 19 learners with high needs was cut this year.", "19"),
        ("Members discussed travel for pre-16 to 18 pupils with an EHCP.", "18"),
    ],
)
def test_an_age_a_young_person_reaches_is_an_age(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)
    assert _kinds(text).get(surface) == "age"


@pytest.mark.parametrize(
    "text, surface",
    [
        # guards (pass on both): counts after the same words stay figures
        ("The waiting list will keep growing until 20 more places are commissioned.", "20"),
        ("Referrals kept rising until 18 families were waiting for an assessment.", "18"),
        ("The plan will increase post-16 to 20 places by September.", "20"),
        ("Numbers in post-16 provision rose to 18 students this year.", "18"),
        ("There are 45 post-16 to 19 learners with an EHCP in the borough.", "45"),
    ],
)
def test_a_count_after_until_or_post_16_stays_a_figure(text: str, surface: str) -> None:
    assert surface in _surfaces(text)


# 3. A number that is part of a name (pools: Somerset "the nine-point action plan", Isles of Scilly "the Five Islands
#    School budget", Walsall "a 114 notice", left: one council). A written number hyphened to "point", "step" or "stage"
#    names the thing, as grammar's "9-point" already does; a capitalised written number before a capitalised plural and
#    a singular institution begins a proper name (a plural cannot be counted and then modify a singular noun).
#    Fails on 53e566c: the number is a count.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("The report states that the nine-point action plan has been completed.", "nine"),
        ("Cabinet agreed a five-step plan to bring the budget back into balance.", "five"),
        ("Applications go through a three-stage process before the panel.", "three"),
        ("There will be increased pressure on the Five Islands School budget next year.", "Five"),
        ("Pupils at Seven Kings High School were praised by inspectors.", "Seven"),
        ("Officers met colleagues from Three Rivers District Council to share the model.", "Three"),
    ],
)
def test_a_number_in_a_name_is_no_figure(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)


@pytest.mark.parametrize(
    "text, surface",
    [
        # guards (pass on both): counts of institutions or people end on the plural, or a plural body follows
        ("Three Primary Schools were judged Good at their last inspection.", "Three"),
        ("Two New Academies opened in the borough in September.", "Two"),
        ("Five Schools Forum members attended the briefing.", "Five"),
        ("Nine points were raised by the inspectors.", "Nine"),
        ("Three stages of the review were completed by March.", "Three"),
    ],
)
def test_a_count_of_institutions_stays_a_figure(text: str, surface: str) -> None:
    assert surface in _surfaces(text)


# 4. A number that only says "many" or "always" (pools: Sefton's site furniture "100's of premium titles"; no pool page
#    writes "24/7", a phrase of every council's service pages): a round number's plural with an apostrophe before "of"
#    reads as the glued "100s of" already does; "24/7" counts nothing. Fails on 53e566c: the number is a count.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("The hub handles 1000's of contacts from families every year.", "1000"),
        ("Get all your news in one place. 100’s of premium titles.", "100"),
        ("Parents told members that 100's of children were waiting for assessments.", "100"),
        ("The crisis line runs 24/7 for young people and their carers.", "24"),
        ("A 24/7 out of hours service is provided by the emergency duty team.", "24"),
    ],
)
def test_a_vague_plural_or_24_7_is_no_figure(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)


@pytest.mark.parametrize(
    "text, surface",
    [
        # guards (pass on both): counts beside the same marks stay figures
        ("The 24/7 crisis team took 300 calls in the quarter.", "300"),
        ("Of the 100 children's homes inspected, 12's ratings fell.", "100"),
        ("The school has 1,000 pupils on roll.", "1,000"),
        ("There were 100 referrals in March.", "100"),
    ],
)
def test_counts_beside_vague_marks_stay(text: str, surface: str) -> None:
    assert surface in _surfaces(text)
