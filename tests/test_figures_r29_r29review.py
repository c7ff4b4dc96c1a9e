"""Round 29, helper r29review: second reading of round 29's merged figure rules (r29prec, r29phrase) on text nobody
tuned on (seed corpus, dev split, pools' raw pages, fixtures) and on variants of their own evidence.

Two reaches were narrowed (tests/realworld/notes/r29_r29review.md):

1. r29prec's span of a sum (``kinds_classify._span_of_a_sum``) read any "over the next N years" with a sum earlier in
   the clause; a span that opens a clause of its own after a conjunction, or before a subject pronoun, frames what
   follows it, not the sum before (the pool r8prec's reader judged Cambridgeshire's "..., but we know over the next
   five years we face a further £100m pressure" a period; r29prec's own docstring names that case as not a figure).
2. r29prec's glued age band (``_GLUED_BAND_RIGHT``, "(1619 providers’ representative)") took a count written without
   its thousands comma before a plural noun for an age ("There were 1619 learners enrolled").
3. r29phrase's "Early Years" as the subject of a verb (``indicators._OTHER_BUDGET``, "Early Years is anticipated to be
   overspent by £660k") named another budget than the high needs block wherever it stood in the sentence, so that a
   deficit in the same sentence became a budget variance ("The deficit has grown to £15m, although early years has
   underspent"); it now counts where its sentence, clause after a semicolon or bullet begins.
4. r29phrase's "looking at" as a word of forecasting before an over/underspend verb (``phrase_money._FORECASTING``, "is
   looking at overspending by more than £1.6 million") read any "looking at" within 40 characters before the verb, so
   that an outturn became a forecast ("Looking at the figures, the service overspent by £2m last year"); it now counts
   right before the verb.

Each ``test_*`` whose name says a number "is" something fails on 55e602d3 (round 29's merge of r29prec and
r29phrase); a test named ``..._stay`` holds guards that pass on both. Every text was written for the test.
"""

from __future__ import annotations

import pytest

from figure_rows import stage_phrase, stage_row, surfaces as _surfaces


_phrase = stage_phrase


def _id(tmp_path, text: str, surface: str) -> str | None:
    iid = stage_row(tmp_path, text, surface)["indicator_id"]
    return iid if isinstance(iid, str) else None


@pytest.mark.parametrize(
    "text, number",
    [
        ("The council has saved £215 million in six years, but over the next five years we face a further £80m "
         "pressure.", "five years"),
        ("Savings of £215 million were made, but we know over the next five years we face a further £80m pressure.",
         "five years"),
        ("The council set aside £2m for the project, and over the next two years officers will report back.",
         "two years"),
        ("The service costs £1.2m a year and over the next five years demand is expected to rise by 20%.",
         "five years"),
        ("The authority received £12m and, over the coming two years, will recruit 50 social workers.", "two years"),
        ("The forecast is £2m over budget and over the next 12 months the service will restructure.", "12 months"),
        ("The budget is £4m, while over the next 3 years the number of children in care is expected to fall.",
         "3 years"),
    ],
)
def test_a_span_opening_its_own_clause_is_not_the_span_of_the_sum_before(text: str, number: str) -> None:
    assert number not in _surfaces(text)


@pytest.mark.parametrize(
    "text, number",
    [
        # r29prec's gold (Slough, Derbyshire, dev Lambeth) and the README's examples, in other words
        ("In total, £30 million may be required to fund these schemes over the next 5 years.", "5 years"),
        ("Some academies have had a cash loss of more than £150,000 over two years.", "two years"),
        ("The council must find an extra £21m saving over the next three years, with cuts to early help.",
         "three years"),
        ("Around £10m will be invested over six years.", "six years"),
        # a conjunction inside the sum's own clause, not before the span
        ("The council will invest £10m in schools and nurseries over the next 3 years.", "3 years"),
        ("£2.6 million extra this year and £3.5 million in 2026/27, extra money in the coming two years.",
         "two years"),
        ("Funding of £250,000 per year over 3 years was agreed.", "3 years"),
    ],
)
def test_the_span_of_a_sum_stays_a_figure(text: str, number: str) -> None:
    assert number in _surfaces(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("There were 1619 learners enrolled at the college in September.", "1619"),
        ("The survey reached 1618 providers across the county.", "1618"),
        ("The authority supported 1116 cohorts of pupils.", "1116"),
    ],
)
def test_a_count_without_its_comma_before_a_plural_is_a_count(text: str, number: str) -> None:
    assert number in _surfaces(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Apologies were received from Jo Bloggs (1619 providers’ representative) and the PRU head.", "1619"),
        ("Apologies were received from Jo Bloggs (1619 providers' representative).", "1619"),
        ("The 1619 bursary is paid termly.", "1619"),
        ("She leads the 1619 service for the county.", "1619"),
    ],
)
def test_a_glued_band_before_a_singular_or_possessive_stays_an_age(text: str, number: str) -> None:
    assert number not in _surfaces(text)


@pytest.mark.parametrize("text, surface", [
    ("Schools Forum\n\nBudget monitoring\n\nThe deficit has grown to £15m, although early years has underspent.",
     "£15m"),
    ("Schools Forum\n\nBudget monitoring\n\nThe deficit is forecast at £6.2m, while early years was on budget.",
     "£6.2m"),
])
def test_a_deficit_beside_a_later_early_years_clause_is_not_a_variance(tmp_path, text: str, surface: str) -> None:
    assert _id(tmp_path, text, surface) != "budget_variance"


@pytest.mark.parametrize("text, surface", [
    ("Schools Forum\n\nBudget monitoring\n\nEarly Years is anticipated to be overspent by £540k as a result of lower "
     "income.", "£540k"),
    ("Schools Forum\n\nBudget monitoring\n\n§  Early Years is anticipated to be overspent by £540k this year.",
     "£540k"),
    ("Schools Forum\n\nBudget monitoring\n\nThe high needs block is forecast to overspend by £1.8m. Early Years is "
     "anticipated to be overspent by £420k as a result of lower than anticipated income.", "£420k"),
    ("Schools Forum\n\nBudget monitoring\n\nThe high needs block will overspend by £1.8m.\n\n• Early years was "
     "overspent by £120k.", "£120k"),
])
def test_early_years_as_the_subject_stays_a_variance(tmp_path, text: str, surface: str) -> None:
    assert _id(tmp_path, text, surface) == "budget_variance"


@pytest.mark.parametrize("text, surface", [
    ("Looking at the figures, the service overspent by £2m last year.", "£2m"),
    ("Members were looking at why the service had overspent by £1.4m in 2022/23.", "£1.4m"),
])
def test_an_outturn_near_looking_at_is_not_a_forecast(tmp_path, text: str, surface: str) -> None:
    assert not (_phrase(tmp_path, text, surface) or "").startswith("forecast")


@pytest.mark.parametrize("text, surface", [
    ("A report to Monday's Resources Committee states the council is looking at overspending by more than £1.6 million "
     "on its annual budget for children, families and adults.", "£1.6 million"),
    ("The service is looking at underspending by £300k this year.", "£300k"),
    ("The council is forecast to overspend by £8.7 million on children's services.", "£8.7 million"),
])
def test_looking_at_right_before_the_verb_stays_a_forecast(tmp_path, text: str, surface: str) -> None:
    assert (_phrase(tmp_path, text, surface) or "").startswith("forecast")
