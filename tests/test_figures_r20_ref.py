"""Round 20, helper r20ref: comparison points the round-19 rules missed (``figures.reference``).

Judged before any change: ``tests/realworld/notes/r20_r20ref_judged.csv`` (528 figures: the pool ``r19freshA``, new ids,
and every figure of the open pools and dev whose sentence names a benchmark, ids or not). The classes fixed, each
written here in general English shapes with made-up numbers (no sentence of a pool):

1. a benchmark named by a word round 19's lists lacked: a region by its compass word ("the South", "the North"), a
   London average, "Northwest" written as one word, "nationwide", "across the UK", "the comparator (5%)", a comparator
   group's average ("the average for all metropolitan boroughs");
2. the benchmark's name with more words before its value ("England's overall rate of", "the North West average rate
   of", "the national figure which is", "regionally this is", "are higher at");
3. a value written before its benchmark's name after an article ("well below the 60 per cent national average");
4. the benchmark as the place after the value, past the clause's next number or the value's closing bracket, and past
   60 characters as a place only ("across the country");
5. a figure listed right after a benchmark's value takes its kind ("the national figures of 19% and 20%");
6. a sentence opening with its benchmark as place or subject carries it to a figure later in the sentence, past a
   dash ("England had 400,000 children in need - up 4% from last year");
7. an earlier-dated value with a newer one after it in its sentence and a change said between ("In 2019, there were
   300 requests and by 2021 this had risen to 500", "at one point a worker had 30 families, but that has now been
   reduced to 18"): previous; not a list of yearly values, not before a forecast;
8. precision: a figure counting councils is no comparison point ("out of 24 authorities in the North West"), nor a
   place the council's own children live ("living elsewhere in the country").

Tests marked "fails on 3ee0235" fail on the round's base; "guard" tests pass on both.
"""

from __future__ import annotations

import pytest

from analysis.figures import reference
from analysis.figures.rules import load_rules


def _kind(sentence: str, surface: str, occurrence: int = 0, council: str | None = "Oldham") -> str | None:
    """The reference kind of the ``occurrence``-th ``surface`` in ``sentence`` (a document of ``council``)."""
    at = -1
    for _ in range(occurrence + 1):
        at = sentence.index(surface, at + 1)
    return reference.reference_kind(sentence, 0, len(sentence), at, at + len(surface),
                                    doc=reference.document_ref(council, None), rules=load_rules())


# ------------------------------------------------------------------ 1. benchmark words the lists lacked (fails on 3ee0235)


@pytest.mark.parametrize("sentence, surface, kind", [
    ("Placement moves rose to 9%, in line with the South (10%).", "10%", "regional"),
    ("Our schools trail the rest of the South at 80 per cent, and the North at 82 per cent.", "80 per cent", "regional"),
    ("Our schools trail the rest of the South at 80 per cent, and the North at 82 per cent.", "82 per cent", "regional"),
    ("Plans rose by 110%, above the London average of 100%.", "100%", "regional"),
    ("The Northwest accounts for a quarter of all children's homes.", "a quarter", "regional"),
    ("Cases make up 30 per cent of referrals, compared to a nationwide average of 20 per cent.", "20 per cent", "national"),
    ("Councils across the UK have seen a rise of over 15%.", "15%", "national"),
    ("This is lower than the comparator (5%) but higher than last year.", "5%", "neighbours"),
    ("Our rate is higher than both the comparator average (19.3%) and the national average (14.0%).", "19.3%", "neighbours"),
    ("Oldham placed 40% in special schools (the average for all metropolitan boroughs was 12% and nationally 30%).", "12%",
     "neighbours"),
])
def test_benchmark_words(sentence: str, surface: str, kind: str) -> None:
    assert _kind(sentence, surface) == kind


# ------------------------------------------------------------------ 2. more words between the benchmark and its value


@pytest.mark.parametrize("sentence, surface, kind", [
    ("That is 600 per 10,000 - still well above England's overall rate of 300 per 10,000.", "300", "national"),
    ("Our rate of 70 is lower than the North West average rate of 75.", "75", "regional"),
    ("Our rate is below the comparator authority average rate of 650.", "650", "neighbours"),
    ("That compares to the national figure which is 60 in every 10,000.", "60", "national"),
    ("Plans rose by 90%, below the national rise of 120%.", "120%", "national"),
    ("Nationally the average is 18%, regionally this is 19% and statistical neighbours are higher at 21%.", "19%",
     "regional"),
    ("Nationally the average is 18%, regionally this is 19% and statistical neighbours are higher at 21%.", "21%",
     "neighbours"),
])
def test_benchmark_name_with_more_words(sentence: str, surface: str, kind: str) -> None:
    assert _kind(sentence, surface) == kind


# ------------------------------------------------------------------ 3. the value before its benchmark's name


@pytest.mark.parametrize("sentence, surface", [
    ("Just 12 per cent were issued within 20 weeks - well below the 55 per cent national average.", "55 per cent"),
    ("The exclusion rate was 0.05 per cent - which is lower than the 0.1 per cent national average.", "0.1 per cent"),
])
def test_value_before_benchmark_name(sentence: str, surface: str) -> None:
    assert _kind(sentence, surface) == "national"


def test_value_before_benchmark_name_needs_an_article() -> None:
    """guard: "25%, above the national average" is the council's own."""
    s = "Attendance was 25%, above the national average."
    assert _kind(s, "25%") is None


# ------------------------------------------------------------------ 4. the benchmark as the place after the value


@pytest.mark.parametrize("sentence, surface", [
    ("The report shows the 80,000 children in care nationally in March included 300 in the borough.", "80,000"),
    ("Figures show more than 900 children a day are being referred to social services across the country.", "900"),
    ("Fewer children lived with foster families than statistical neighbours (60%) in the south and (66%) in England.",
     "66%"),
])
def test_place_after_the_value(sentence: str, surface: str) -> None:
    assert _kind(sentence, surface) == "national"


@pytest.mark.parametrize("sentence, surface", [
    # a place the council's own children live is no benchmark
    ("Of the 300 children in our care, 120 of them are living elsewhere in the country.", "120"),
    # past 60 characters only a place names the benchmark, not a word such as "national"
    ("Data for the two measures reporting as missing will be available in January when national data is published.",
     "two"),
    # the benchmark before the next number is the next number's
    ("We had 300 children in care and England had 80,000.", "300"),
])
def test_place_after_the_value_guards(sentence: str, surface: str) -> None:
    """guard"""
    assert _kind(sentence, surface) is None


# ------------------------------------------------------------------ 5. a list after a benchmark's value


@pytest.mark.parametrize("sentence, surface, kind", [
    ("Some 20% were aged 0-4 in contrast to the respective national figures of 15% and 25% (2007).", "25%", "national"),
    ("We remain below the South West average of excess weight among reception children (20.1%) and year 6 children "
      "(31.2%).", "31.2%",
     "regional"),
    ("The North West average shows 70 per cent in full-time education and 15 who were out of work.", "15", "regional"),
    ("Our rate is close to national and statistical neighbour averages of 65 per cent and 64 per cent respectively.",
     "64 per cent", "neighbours"),
])
def test_listed_after_a_benchmark(sentence: str, surface: str, kind: str) -> None:
    assert _kind(sentence, surface) == kind


@pytest.mark.parametrize("sentence, surface", [
    ("The national average is 20% and our rate is 25%.", "25%"),
    ("The national average was 20%, and we had 25%.", "25%"),
    ("About 4 per cent have plans against the national average of 3 per cent and 12 per cent need support against a "
     "national average of 11 per cent.", "12 per cent"),
])
def test_listed_after_a_benchmark_guards(sentence: str, surface: str) -> None:
    """guard: the council's own value after a benchmark's."""
    assert _kind(sentence, surface) is None


# ------------------------------------------------------------------ 6. a sentence opening with its benchmark


@pytest.mark.parametrize("sentence, surface, kind", [
    ("England had 400,000 children in need at the end of March - up 4% from last year and up 3% from 2020.", "3%",
     "national"),
    ("Across the country, the number of foster carers has dropped - there were around 70,000 last March.", "70,000",
     "national"),
    ("For the North East, the growth has been even greater - 50% - with 20% of this since 2016.", "20%", "regional"),
    ("The average number of children in care in England per 10,000 rose from 50 in 2009 to 60 in 2018.", "60", "national"),
    ("Across England, 4,000 children were permanently excluded - around five in every 10,000.", "five", "national"),
])
def test_sentence_opening_benchmark(sentence: str, surface: str, kind: str) -> None:
    assert _kind(sentence, surface) == kind


@pytest.mark.parametrize("sentence, surface", [
    ("Across England, rates rose - in Oldham they rose by 5%.", "5%"),
    ("Across England, rates rose - our rate rose by 5%.", "5%"),
    ("Nationally, rates rose, but here 300 children were in care.", "300"),
    ("England had 400,000 children in need - the borough had 2,000.", "2,000"),
])
def test_sentence_opening_benchmark_guards(sentence: str, surface: str) -> None:
    """guard: the sentence turns to the council."""
    assert _kind(sentence, surface) is None


# ------------------------------------------------------------------ 7. an earlier-dated value before a newer one


@pytest.mark.parametrize("sentence, surface", [
    ("In 2019, there were 300 requests and by 2021 this had risen to 500.", "300"),
    ("In May 2020, there had been 25 requests each month and by the end of last year, this had increased to 90.", "25"),
    ("Whereas 70% of plans were issued on time in 2020, by the following year this had fallen to 25%.", "70%"),
    ("We were told that at one point a worker had 30 families, but that has now been reduced to 18.", "30"),
    ("Performance in May 2015 was 80%, but has improved since then and remains between 85% and 88%.", "80%"),
    ("By the end of March 2018, there had been 60 exclusions, but at the same point this year there have been 40.", "60"),
    ("In 2014/15 it received 1,200 requests compared to 3,000 in 2022-23.", "1,200"),
])
def test_earlier_dated_value(sentence: str, surface: str) -> None:
    assert _kind(sentence, surface) == "previous"


@pytest.mark.parametrize("sentence, surface", [
    # the newer value
    ("In 2019, there were 300 requests and by 2021 this had risen to 500.", "500"),
    # a list of yearly values, no change said between
    ("Transfers were completed on time for 94% in 2022 and 98% in 2023.", "94%"),
    # a forecast after: the dated value is the current one
    ("In 2023 there were 400 children in care and by 2026 this is forecast to rise to 600.", "400"),
    # the time belongs to the number before ("from 200 in 2010 to 300 in 2015")
    ("Exclusions rose from 200 in 2010 to 300 in 2015, an increase of half.", "300"),
    # different measures
    ("Private homes increased by 10 per cent in 2023 and 80 per cent of homes are now owned by companies.", "10 per cent"),
])
def test_earlier_dated_value_guards(sentence: str, surface: str) -> None:
    """guard"""
    assert _kind(sentence, surface) is None


# ------------------------------------------------------------------ 8. a count of councils (fails on 3ee0235)


@pytest.mark.parametrize("sentence, surface", [
    ("This makes us eighth worst out of 24 authorities in the North West.", "24"),
    ("The borough is the fifth highest of the 23 authorities in the North West.", "23"),
    ("The report of the regional adoption agency serving five local authorities in the north-east of England.", "five"),
    ("The council need only look at two of its West Midlands neighbours to see what can follow.", "two"),
    ("The campaign was launched with funding from the four member councils.", "four"),
])
def test_counted_councils_are_no_comparison_point(sentence: str, surface: str) -> None:
    assert _kind(sentence, surface) is None


def test_counted_councils_other_values_unchanged() -> None:
    """guard: the benchmark's own value in the same sentence keeps its kind."""
    s = "Of the 23 authorities in the North West, the regional average was 6.6 per cent."
    assert _kind(s, "6.6 per cent") == "regional"


# ------------------------------------------------------------------ guards on the new words


@pytest.mark.parametrize("sentence, surface", [
    ("In the south of the county 40 children were in care.", "40"),
    ("Oldham is one of 36 metropolitan boroughs.", "36"),
    ("The North Bank partnership had 45 places.", "45"),
    ("Compared with our comparators, we had 45 children in care.", "45"),
    ("In the North of the borough 45 families were supported.", "45"),
])
def test_new_words_guards(sentence: str, surface: str) -> None:
    """guard"""
    assert _kind(sentence, surface) is None
