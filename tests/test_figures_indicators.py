"""Indicators that generalise: how councils other than ours say the same measure.

Each test is one class of minutes, with several phrasings written the way council minutes and
performance reports write them (DfE statistical release terms, Ofsted and SEND inspection language,
common council usage). A figure's ``indicator_id`` must come from what the minutes say, whatever
the wording; its ``indicator`` phrase must name what is measured (checked by a key word, as the
real-minutes scores do).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import figures


def fig(sentence: str, surface: str, context: str = "") -> pd.Series:
    """The single extracted figure of ``sentence`` whose surface is ``surface``."""
    f, _ = figures.extract(sentence, context=context)
    rows = f[f["surface"] == surface]
    assert len(rows) == 1, f"{surface!r} not a figure of {sentence!r}: {f['surface'].tolist()}"
    return rows.iloc[0]


def got_id(row: pd.Series) -> str | None:
    return None if pd.isna(row["indicator_id"]) else row["indicator_id"]


def names(row: pd.Series, *words: str) -> bool:
    """Whether the indicator phrase holds one of ``words`` (case-insensitive)."""
    phrase = str(row["indicator"] or "").lower()
    return any(w in phrase for w in words)


# ------------------------------------------------------------------ vocabulary of each concept


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("The number of CiC has risen to 520.", "520"),
        ("The council now looks after 512 children.", "512"),
        ("The Council was corporate parent to 389 children and young people.", "389"),
        ("The Panel noted that 78 children had entered care in the quarter.", "78"),
        ("Primarily, the increase was due to 45 new entrants to care.", "45"),
    ],
)
def test_children_in_care_however_the_council_names_them(sentence: str, surface: str) -> None:
    assert got_id(fig(sentence, surface)) == "children_in_care"


@pytest.mark.parametrize(
    "sentence, surface, context",
    [
        ("There were 312 children on a plan at the end of the month.", "312", "Child Protection"),
        ("The number of children subject to plans decreased to 301.", "301", "Child protection update"),
        ("There were 245 children subject to a plan at the end of March.", "245", ""),
        ("Children on plans had fallen to 230.", "230", "Safeguarding performance"),
    ],
)
def test_children_on_a_plan_are_child_protection_plans(sentence: str, surface: str, context: str) -> None:
    assert got_id(fig(sentence, surface, context)) == "child_protection_plans"


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Section 17 cases have risen to 980.", "980"),
        ("There were 1,210 children open under Section 17 at the end of the year.", "1,210"),
    ],
)
def test_section_17_cases_are_children_in_need(sentence: str, surface: str) -> None:
    assert got_id(fig(sentence, surface)) == "children_in_need"


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("The proportion of young people not in education, employment or training was 2.8%.", "2.8%"),
        ("Young people not in education, employment or training made up 4.1% of the cohort.", "4.1%"),
        ("The percentage of 16 and 17 year olds not in education, employment or training fell to 3.3%.", "3.3%"),
    ],
)
def test_neet_written_out_with_its_comma_is_neet(sentence: str, surface: str) -> None:
    row = fig(sentence, surface)
    assert got_id(row) == "neet" and names(row, "education")


@pytest.mark.parametrize(
    "sentence, surface, indicator_id",
    [
        ("There were 58 new entrants to care and 45 children entered care in the previous quarter.", "45",
         "children_in_care"),
        ("It was highlighted that 97 per cent of children's homes were judged good or outstanding.", "97 per cent",
         "ofsted_good_or_better"),
        ("The average number of cases held by social workers was 19.", "19", "social_worker_caseload"),
        ("High needs spending exceeded the grant by £5.5m.", "£5.5m", "high_needs_deficit"),
    ],
)
def test_other_ways_of_naming_a_canonical_indicator(sentence: str, surface: str, indicator_id: str) -> None:
    assert got_id(fig(sentence, surface)) == indicator_id


# ------------------------------------------------------------------ what is not the indicator


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("The rate of children looked after per 10,000 was 65.", "65"),
        ("The number of children in need per 10,000 was 380.", "380"),
        ("The number of children subject to CP plans per 10,000 was 42.", "42"),
        ("The CLA rate per 10k is 72.", "72"),
    ],
)
def test_a_rate_per_10000_is_not_a_count_indicator(sentence: str, surface: str) -> None:
    assert got_id(fig(sentence, surface)) is None


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("EHCP annual reviews completed on time was 45%.", "45%"),
        ("The percentage of annual reviews of EHC plans completed on time was 61%.", "61%"),
        ("There were 310 EHCP annual reviews held in the term.", "310"),
    ],
)
def test_annual_reviews_of_ehcps_are_neither_timeliness_nor_plan_counts(sentence: str, surface: str) -> None:
    assert got_id(fig(sentence, surface)) is None


# ------------------------------------------------------------------ where the sentence leaves the measure out


@pytest.mark.parametrize(
    "sentence, surface, indicator_id, word",
    [
        ("With regard to persistent absence, the figure for secondary schools was 22%.", "22%",
         "school_attendance", "absence"),
        ("In terms of EHCP timeliness, performance was 43% in the year to date.", "43%", "ehcp_timeliness",
         "timeliness"),
        ("In relation to re-referrals, performance was 19%.", "19%", "re_referrals", "referral"),
    ],
)
def test_a_sentence_that_opens_with_its_subject(sentence: str, surface: str, indicator_id: str, word: str) -> None:
    row = fig(sentence, surface)
    assert got_id(row) == indicator_id and names(row, word)


@pytest.mark.parametrize(
    "sentence, surface, indicator_id",
    [
        ("Members were advised that 94% of primary and 82% of secondary schools were good or outstanding.", "94%",
         "ofsted_good_or_better"),
        ("The percentage of schools judged good or outstanding by Ofsted was 90%, with 85% of secondary schools.",
         "85%", "ofsted_good_or_better"),
        ("Overall, 91% of primary, 78% of secondary and 100% of special schools were rated good or outstanding.",
         "78%", "ofsted_good_or_better"),
    ],
)
def test_a_percentage_for_a_group_takes_the_qualifier_of_its_sentence(sentence: str, surface: str,
                                                                      indicator_id: str) -> None:
    assert got_id(fig(sentence, surface)) == indicator_id


@pytest.mark.parametrize(
    "sentence, surface, context, indicator_id",
    [
        ("Performance remained strong at 89%.", "89%", "EHCP timeliness", "ehcp_timeliness"),
        ("Secondary schools were at 22%, primary at 12%.", "22%", "Persistent absence", "school_attendance"),
        ("This was 71%, above the target.", "71%", "EHC plans issued within 20 weeks", "ehcp_timeliness"),
    ],
)
def test_the_heading_names_what_a_bare_percentage_measures(sentence: str, surface: str, context: str,
                                                           indicator_id: str) -> None:
    assert got_id(fig(sentence, surface, context)) == indicator_id


@pytest.mark.parametrize(
    "sentence, surface, indicator_id, word",
    [
        ("Councillor Smith asked how many children were currently looked after. The officer responded that "
         "there were 302.", "302", "children_in_care", "looked after"),
        ("Councillor Jones asked about the percentage of EHCPs issued within 20 weeks. Officers advised that it "
         "was currently 34%.", "34%", "ehcp_timeliness", "ehcp"),
        ("A Member queried how many children were subject to child protection plans. In response, officers "
         "confirmed there were 276.", "276", "child_protection_plans", "protection"),
    ],
)
def test_the_answer_to_a_question_measures_what_was_asked(sentence: str, surface: str, indicator_id: str,
                                                          word: str) -> None:
    row = fig(sentence, surface)
    assert got_id(row) == indicator_id and names(row, word)


@pytest.mark.parametrize(
    "sentence, surface, indicator_id, word",
    [
        ("Children in need: 1,945; Child protection plans: 301; Children looked after: 412.", "301",
         "child_protection_plans", "protection"),
        ("Children in need: 1,945; Child protection plans: 301; Children looked after: 412.", "412",
         "children_in_care", "looked after"),
        ("Care leavers - 245; Fostering households - 130.", "130", "foster_carers", "fostering"),
    ],
)
def test_a_scorecard_label_names_the_value_after_it(sentence: str, surface: str, indicator_id: str,
                                                    word: str) -> None:
    row = fig(sentence, surface)
    assert got_id(row) == indicator_id and names(row, word)


# ------------------------------------------------------------------ the phrase names what is measured


@pytest.mark.parametrize(
    "sentence, surface, word",
    [
        # a value after a comparison measures what the sentence's first figure measures
        ("There had been 12 permanent exclusions so far this academic year, compared with 19 last year.", "19",
         "exclusion"),
        ("Fixed-term exclusions totalled 890 last year.", "890", "exclusion"),
        # "as much as", "stabilised at around": the subject, not the verb
        ("The cost of an external residential placement could be as much as £8,000 per week.", "£8,000",
         "residential"),
        ("Looked after children numbers had stabilised at around 400.", "400", "looked after"),
        # "X was N children": the subject is the measure, the noun after the number its unit
        ("The average social work caseload was 17 children.", "17", "caseload"),
        ("The service had 12 fewer foster carers than last year.", "12", "foster carer"),
        # a verb or preposition and its article before the measure is dropped
        ("The directorate was forecasting a £1.6m pressure, mainly on placements.", "£1.6m", "pressure"),
        ("Attendance figures for the autumn term showed 93.5% overall.", "93.5%", "attendance"),
    ],
)
def test_the_phrase_is_the_measure_not_a_verb_a_date_or_a_unit(sentence: str, surface: str, word: str) -> None:
    assert names(fig(sentence, surface), word)


@pytest.mark.parametrize(
    "sentence, surface, bad",
    [
        ("Officers reported 36 requests each month and by the end of the year 121.", "36", " by"),
        ("The number of children in care has remained relatively stable between 355 and 365.",
         "between 355 and 365", "stable"),
        ("The Council has reduced its DSG deficit to £4.1m.", "£4.1m", "reduced"),
        ("The service experienced an overspend of £2.5 million.", "£2.5 million", "experienced"),
        ("Agency social workers accounted for 32 of the 150 posts.", "32", "posts"),
    ],
)
def test_the_phrase_does_not_run_on_into_the_next_clause(sentence: str, surface: str, bad: str) -> None:
    assert bad not in str(fig(sentence, surface)["indicator"])


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Children's Services has a forecast overspend of £11.8m at the end of month 5 (9.6% of budget). The month 6 "
         "position is showing a slight increase, at £12.4m.", "£12.4m"),
        ("The directorate reported a forecast overspend of £4.2m, 3.1% of the net budget. At Quarter 3 the position "
         "had improved to £3.6m.", "£3.6m"),
        ("The in-year overspend was £2.9m, equivalent to 4% of the budget. By outturn the final position was "
         "£2.2m.", "£2.2m"),
    ],
)
def test_a_money_position_takes_the_last_money_measure_not_a_percentage(sentence: str, surface: str) -> None:
    """A money figure whose phrase names nothing ("the month 6 position") continues the last money
    measure of the passage, even when a percentage of the budget came in between."""
    row = fig(sentence, surface)
    assert got_id(row) == "budget_variance" and names(row, "overspend")


@pytest.mark.parametrize(
    "sentence, surface, indicator_id",
    [
        ("The DSG reserve brought forward at 1 April was (£3.2m).", "£3.2m", "high_needs_deficit"),
        ("The balance on the Dedicated Schools Grant reserve at year end was (£14.6m).", "£14.6m",
         "high_needs_deficit"),
        ("The High Needs Block balance carried forward stood at (£2.75m).", "£2.75m", "high_needs_deficit"),
        # brackets around a figure that is no balance are an aside, not a sign
        ("The DSG allocation for 2024/25 (£212.4m) was confirmed.", "£212.4m", None),
    ],
)
def test_a_dsg_balance_in_brackets_is_a_deficit(sentence: str, surface: str, indicator_id: str | None) -> None:
    """Finance reports write a negative balance in brackets: a DSG reserve of (£3.2m) is a deficit."""
    assert got_id(fig(sentence, surface)) == indicator_id


@pytest.mark.parametrize(
    "sentence, surface, expanded, indicator_id",
    [
        ("There were 245 children on CP plans.", "245", "child protection", "child_protection_plans"),
        ("The number of CiN had fallen to 1,450.", "1,450", "children in need", "children_in_need"),
        ("There were 512 EHCNA requests in the year.", "512", "ehc needs assessment", "ehcna_requests"),
    ],
)
def test_social_care_and_send_acronyms_are_written_out(sentence: str, surface: str, expanded: str,
                                                       indicator_id: str) -> None:
    row = fig(sentence, surface)
    assert expanded in row["indicator"].lower() and got_id(row) == indicator_id


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("There were 512 EHCNA requests in the year.", "512"),
        ("There were 45 suspensions in the academic year.", "45"),
        ("There were 38 permanent exclusions in the last term.", "38"),
    ],
)
def test_the_period_is_not_part_of_the_phrase(sentence: str, surface: str) -> None:
    phrase = fig(sentence, surface)["indicator"].lower()
    assert not phrase.endswith(("year", "quarter", "term"))


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("The programme remains on plan and 12 families have been supported so far.", "12"),
        ("Recruitment remains on plan with 6 social workers starting in May.", "6"),
        ("The virtual school supports 310 previously looked after children.", "310"),
        ("95% of parents rated the service good or better.", "95%"),
    ],
)
def test_words_shared_with_an_indicator_do_not_make_one(sentence: str, surface: str) -> None:
    """"On plan" is on schedule, previously looked after children are adopted, a service rated good by
    parents is no Ofsted judgement."""
    assert got_id(fig(sentence, surface)) is None


@pytest.mark.parametrize(
    "sentence, surface, indicator_id",
    [
        ("45 of the 60 EHC needs assessments met the 20 week statutory timescale.", "45", None),
        ("The service completed 420 EHC needs assessments in 2023.", "420", None),
        ("There were 380 statutory assessments carried out during the year.", "380", None),
        # a request is still a request, however it is put
        ("The number of requests for statutory assessment rose to 650.", "650", "ehcna_requests"),
        ("Some 540 children were referred for assessment of their special educational needs.", "540", "ehcna_requests"),
    ],
)
def test_assessments_carried_out_are_not_requests_for_assessment(sentence: str, surface: str,
                                                                 indicator_id: str | None) -> None:
    assert got_id(fig(sentence, surface)) == indicator_id


# ------------------------------------------------------------------ breakdowns of a population


@pytest.mark.parametrize(
    "sentence, surface, word",
    [
        ("There were 165 children in need. The Committee noted that 55% were boys, 44% girls and 1% unborn babies.",
         "55%", "boys"),
        ("There were 165 children in need. The Committee noted that 55% were boys, 44% girls and 1% unborn babies.",
         "44%", "girls"),
        ("There were 165 children in need. The Committee noted that 55% were boys, 44% girls and 1% unborn babies.",
         "1%", "unborn"),
        ("Of the 120 care leavers, 44% were in education, employment or training and 93% were living in suitable "
         "accommodation.", "44%", "employment"),
        ("Of the 120 care leavers, 44% were in education, employment or training and 93% were living in suitable "
         "accommodation.", "93%", "accommodation"),
        ("159 children were looked after. It was explained that 58% were boys, 42% girls with 36% aged under 10 and "
         "64% over 10 and 8% had a disability.", "36%", "under 10"),
        ("159 children were looked after. It was explained that 58% were boys, 42% girls with 36% aged under 10 and "
         "64% over 10 and 8% had a disability.", "64%", "over 10"),
        ("159 children were looked after. It was explained that 58% were boys, 42% girls with 36% aged under 10 and "
         "64% over 10 and 8% had a disability.", "8%", "disability"),
        ("Members were informed that 50% were under 10 and that 12% were from Black and minority ethnic groups.",
         "12%", "ethnic"),
    ],
)
def test_a_share_with_no_subject_of_its_own_measures_what_follows_it(sentence: str, surface: str, word: str) -> None:
    # "55% were boys": the subject (children in need) was named before, the share is of boys; an age
    # group in the breakdown ("under 10") is not a figure and no canonical id is given
    row = fig(sentence, surface)
    assert names(row, word), row["indicator"]
    assert got_id(row) is None


@pytest.mark.parametrize("sentence", [
    "Members were informed that 50% were under 10 with the other 50% being over 10.",
    "It was explained that 36% were aged under 10 and 64% over 10.",
    "Of those on a plan, 59% were aged under 10.",
])
def test_the_age_groups_of_a_breakdown_are_not_figures(sentence: str) -> None:
    f, n = figures.extract(sentence)
    assert "10" not in f["surface"].tolist()
    assert set(n.loc[n["surface"] == "10", "kind"]) == {"age"}


def test_a_share_with_its_own_subject_keeps_it() -> None:
    # guards: the breakdown rule must not take over shares that name their own measure
    assert got_id(fig("Attendance was 94% and persistent absence 21%.", "94%")) == "school_attendance"
    assert names(fig("68% of EHCPs were completed within 20 weeks.", "68%"), "ehcp")
    assert "10" in figures.extract_figures("The number of schools had fallen to under 10 schools.")["surface"].tolist()


@pytest.mark.parametrize("sentence, surface", [
    ("As of 30 September the Fostering Agency had a total of 110 fostering households.", "110"),
    ("The Regional Adoption Agency placed 14 children with adoptive families.", "14"),
    ("The independent fostering agency sector provides 40 placements.", "40"),
])
def test_an_agency_that_is_not_agency_staff_is_not_agency_social_workers(sentence: str, surface: str) -> None:
    assert got_id(fig(sentence, surface)) != "agency_social_workers"
    assert got_id(fig("Agency usage had fallen to 23 social workers.", "23")) == "agency_social_workers"


@pytest.mark.parametrize("sentence, surface, word", [
    ("Cabinet approved a 5 year strategy for children's social care.", "5 year", "strategy"),
    ("A 3-year period had originally been given to bring deficits into balance.", "3-year", "period"),
    ("SEND would be a two year programme of work.", "two year", "programme"),
    ("The Council has agreed a 10-year strategy for SEND sufficiency.", "10-year", "strategy"),
])
def test_the_years_a_plan_runs_are_its_length(sentence: str, surface: str, word: str) -> None:
    # a number of years a plan, strategy, programme or period runs is a measurement; a review named
    # by its interval ("a 6 month review", "six-month reviews") is not
    row = fig(sentence, surface)
    assert row["value"] in (2.0, 3.0, 5.0, 10.0)
    assert names(row, "length") and names(row, word), row["indicator"]


@pytest.mark.parametrize("sentence", [
    "She would submit her formal 6 month review report to the minister.",
    "There are monthly progress reports and six-month reviews with the DfE.",
    "Figures were higher compared with the previous three years.",
    "Savings will be tracked over the next 5 year period.",
])
def test_intervals_and_look_back_windows_are_not_plan_lengths(sentence: str) -> None:
    assert figures.extract_figures(sentence).empty


# ------------------------------------------------------------------ money balances, shares and totals


@pytest.mark.parametrize("sentence, surface", [
    ("There was an expected carry forward into 2025/26 for the Schools Block of just under £0.8m with an in-year "
     "underspend of £0.721m.", "£0.8m"),
    ("That there was a predicted carry forward for the High Needs Block into 2025/26 of just over £3m with in-year "
     "predicted overspend of £0.3m.", "£3m"),
    ("General reserves stood at £4.2m at the end of the year, after an overspend of £1.1m.", "£4.2m"),
])
def test_a_balance_is_not_a_variance_or_a_deficit(sentence: str, surface: str) -> None:
    assert got_id(fig(sentence, surface)) is None


def test_a_surplus_is_a_budget_variance_and_a_bracketed_reserve_a_deficit() -> None:
    assert got_id(fig("At the previous meeting we were predicting a £1.5m surplus on the budget.", "£1.5m")) \
        == "budget_variance"
    assert got_id(fig("The DSG reserve brought forward was (£3.243m).", "£3.243m")) == "high_needs_deficit"


@pytest.mark.parametrize("sentence, surface, words", [
    ("The DSG outturn was a net overspend of £1,785k, representing 1.25% of the 2019/20 DSG budget.", "1.25%",
     ("overspend", "share")),
    ("The in-year overspend was £2.9m, equivalent to 4% of the budget.", "4%", ("overspend", "share")),
    ("The deficit stood at £12m, which is 9% of the High Needs Block.", "9%", ("deficit", "share")),
])
def test_a_share_of_the_figure_before_names_that_figure(sentence: str, surface: str, words: tuple[str, ...]) -> None:
    row = fig(sentence, surface)
    assert all(names(row, w) for w in words), row["indicator"]
    assert got_id(row) is None  # a percentage of a money measure is not the money measure


def test_a_total_after_its_noun_phrase_and_the_whole_a_part_is_out_of() -> None:
    row = fig("They recommended the following additional savings, totalling £104,780 be taken.", "£104,780")
    assert names(row, "savings"), row["indicator"]
    s = "There were 58 agency social workers out of a workforce of 170 social workers."
    assert got_id(fig(s, "58")) == "agency_social_workers"
    assert got_id(fig(s, "170")) is None and names(fig(s, "170"), "social workers")


def test_a_place_label_in_brackets_takes_the_measure_named_before_it() -> None:
    s = "Fewer pupils were at SEN support, and the percentage at SEN support level is lower (Oldham: 11.5% and " \
        "national: 12.6%)."
    for surface in ("11.5%", "12.6%"):
        assert names(fig(s, surface), "sen support"), fig(s, surface)["indicator"]


def test_numbered_paragraphs_with_a_bracket_are_not_figures() -> None:
    f, n = figures.extract("Minutes\n6.1) It was recommended that the Forum note the underspend.\n"
                           "6.2) At the previous meeting we were predicting a £1.5m surplus.")
    assert f["surface"].tolist() == ["£1.5m"]
    assert set(n["kind"]) == {"minute"}


# ------------------------------------------------------------------ comparators, changes and income


@pytest.mark.parametrize("sentence, surface, word, indicator_id", [
    ("Persistent absence was 21%, slightly lower than the national average of 22.3%.", "22.3%", "absence",
     "school_attendance"),
    ("Persistent absence was 21%, compared with statistical neighbours at 20.1%.", "20.1%", "absence",
     "school_attendance"),
    ("The absenteeism rate was around 19.5%. On the current trajectory the figure for the end of the year would be "
     "around 26-28%.", "26-28%", "absenteeism", "school_attendance"),
    ("Re-referrals were 18%, an improvement on the previous year's 24%.", "24%", "referral", "re_referrals"),
])
def test_a_comparator_value_measures_the_same_thing(sentence: str, surface: str, word: str,
                                                     indicator_id: str) -> None:
    row = fig(sentence, surface)
    assert names(row, word), row["indicator"]
    assert got_id(row) == indicator_id


@pytest.mark.parametrize("sentence, surface, words", [
    ("Officers noted a 37% increase in the number of EHCPs over the last four years.", "37%", ("increase", "ehcp")),
    ("There was a 12% rise in referrals to the MASH.", "12%", ("rise", "referrals")),
    ("The service reported a 9% reduction in the use of agency staff.", "9%", ("reduction", "agency")),
])
def test_a_percentage_change_in_something_names_the_change(sentence: str, surface: str,
                                                           words: tuple[str, ...]) -> None:
    row = fig(sentence, surface)
    assert all(names(row, w) for w in words), row["indicator"]
    assert got_id(row) is None  # a % change of a count indicator gets no id


def test_money_coming_in_and_funding_named_after_the_number() -> None:
    s = ("The programme would bring in over £876,000 were the council to meet its target, including over "
         "£250,000 payment by results funding.")
    assert names(fig(s, "£876,000"), "income"), fig(s, "£876,000")["indicator"]
    assert names(fig(s, "£250,000"), "payment by results"), fig(s, "£250,000")["indicator"]


# ------------------------------------------------------------------ set I classes


@pytest.mark.parametrize("sentence, surface, kind", [
    ("The number of schools in the top 25% of national Progress 8 scores had fallen from 8 to 7.", "25%", "threshold"),
    ("The Progress 8 measure would be used in the reports.", "8", "name"),
    ("Attainment 8 scores were reported for each school.", "8", "name"),
    ("Members asked about take-up of Change 4 Life and other programmes.", "4", "name"),
    ("The top 10 offences were set out in Table 1.", "10", "threshold"),
])
def test_rank_bands_and_numbered_names_are_not_figures(sentence: str, surface: str, kind: str) -> None:
    f, n = figures.extract(sentence)
    assert surface not in f["surface"].tolist()
    assert n.loc[n["surface"] == surface, "kind"].tolist()[:1] == [kind]


@pytest.mark.parametrize("sentence, surface, word", [
    ("The foster carers were surveyed. Over 50% were from the global majority.", "50%", "global majority"),
    ("Of the cohort, just under 40% were eligible for free school meals.", "40%", "free school meals"),
    ("The NEET figure was 4.1% compared to 7.3% in England, with a slight increase to 4.7% in December.", "4.7%",
     "neet"),
    ("There is a list of 500 families who were contacted, 300 of whom were spoken with.", "500", "families"),
    ("Foster carers could receive up to £1,500 per week for complex placements.", "£1,500", "foster carers"),
])
def test_shares_changes_lists_and_payments_name_their_measure(sentence: str, surface: str, word: str) -> None:
    row = fig(sentence, surface)
    assert names(row, word), row["indicator"]


@pytest.mark.parametrize("sentence, surface, words", [
    ("She expressed concern that 36.7% of all referrals resulted in no further action.", "36.7%",
     ("referrals", "no further action")),
    ("There had been six referrals to the LADO, indicating a 50% increase since the previous year.", "50%",
     ("increase", "lado")),
    ("Contacts to the front door were 9,800, a 12% rise on last year.", "12%", ("rise", "contacts")),
])
def test_shares_of_all_and_bare_changes_name_their_measure(sentence: str, surface: str,
                                                           words: tuple[str, ...]) -> None:
    row = fig(sentence, surface)
    assert all(names(row, w) for w in words), row["indicator"]
    assert got_id(row) is None


# ------------------------------------------------------------------ classes from the silver pool (issue 11)


@pytest.mark.parametrize("sentence, surface", [
    ("The average weekly cost of an agency social worker is £1,800.", "£1,800"),
    ("The weekly cost of an employed social worker is £1,280.", "£1,280"),
    ("The unit cost of a family support worker visit was £95 per week.", "£95"),
    ("Agency staff cost an average of £2,100 per week each.", "£2,100"),
])
def test_a_weekly_cost_that_is_not_a_placement_is_not_a_placement_cost(sentence: str, surface: str) -> None:
    assert got_id(fig(sentence, surface)) is None


@pytest.mark.parametrize("sentence, surface", [
    ("There were 66 open EHCP assessments.", "66"),
    ("The team was holding 140 EHCP assessments past 20 weeks.", "140"),
    ("A further 212 EHCP needs assessments were under way at the end of March.", "212"),
    ("Some 95 ehcp applications were awaiting a decision.", "95"),
])
def test_an_assessment_for_a_plan_is_not_a_plan(sentence: str, surface: str) -> None:
    assert got_id(fig(sentence, surface)) != "ehcp_count"


@pytest.mark.parametrize("sentence, surface, indicator_id", [
    ("It was reported that average caseloads in the Children in Care teams were 14.", "14", "social_worker_caseload"),
    ("Caseloads in the looked after children team averaged 17.", "17", "social_worker_caseload"),
    ("The Child Protection team had 4 vacancies.", "4", None),
    ("Social workers held an average of 21 cases each.", "21", "social_worker_caseload"),
])
def test_a_team_named_after_a_group_of_children_is_not_that_group(sentence: str, surface: str,
                                                                    indicator_id: str | None) -> None:
    assert got_id(fig(sentence, surface)) == indicator_id


@pytest.mark.parametrize("sentence, surface, context", [
    ("The SEN top-up budget was overspent by £1.3m.", "£1.3m", ""),
    ("Independent special school placements were overspending by £2.2m.", "£2.2m", ""),
    ("Top-up funding to mainstream schools was forecast to overspend by £0.9m.", "£0.9m", "Budget monitoring"),
    ("Alternative provision showed an overspend of £640k.", "£640k", "Budget monitoring"),
])
def test_an_overspend_on_a_high_needs_budget_line_is_a_high_needs_deficit(sentence: str, surface: str,
                                                                          context: str) -> None:
    assert got_id(fig(sentence, surface, context)) == "high_needs_deficit"


def test_an_overspend_on_send_transport_stays_a_budget_variance() -> None:
    assert got_id(fig("The SEND transport budget was forecast to overspend by £1.9m.", "£1.9m")) == "budget_variance"


@pytest.mark.parametrize("sentence, surface", [
    ("General reserves will see a surplus of £1.1m carried forward to 2019-20.", "£1.1m"),
    ("The DSG surplus balance for 2024/25 was £5.8m.", "£5.8m"),
    ("A surplus of £250k was brought forward from the previous year.", "£250k"),
])
def test_a_surplus_that_is_the_balance_is_not_a_variance(sentence: str, surface: str) -> None:
    assert got_id(fig(sentence, surface)) is None


@pytest.mark.parametrize("sentence, surface", [
    ("The number of CYPiC was 388.", "388"),
    ("There were 412 CYPiC at the end of the quarter.", "412"),
])
def test_cypic_are_children_in_care(sentence: str, surface: str) -> None:
    assert got_id(fig(sentence, surface)) == "children_in_care"


@pytest.mark.parametrize("sentence, surface, context, indicator_id", [
    ("The deficit breakdown showed an underspend of £1.05m moving to an overspend of £8.3m.", "£8.3m",
     "DSG Budget Deficit Recovery Plan", "high_needs_deficit"),
    ("The in-year overspend was £2.9m.", "£2.9m", "Schools Forum: Dedicated Schools Grant monitoring",
     "high_needs_deficit"),
    ("The outside placements budget is overspent by £1.4m.", "£1.4m", "Schools Forum: High Needs Block",
     "high_needs_deficit"),
    ("The directorate was forecasting an overspend of £3.4m.", "£3.4m", "Schools Forum", "budget_variance"),
    ("Children’s services were forecasting an overspend of £5m.", "£5m", "Schools Forum", "budget_variance"),
    ("The quarter one outturn showed an overspend of £287,710, with savings in home-to-school transport.",
     "£287,710", "Schools Forum", "budget_variance"),
])
def test_an_overspend_under_a_dsg_heading_is_the_dsgs_unless_said_to_be_another_budgets(
        sentence: str, surface: str, context: str, indicator_id: str) -> None:
    assert got_id(fig(sentence, surface, context)) == indicator_id


@pytest.mark.parametrize("sentence, surface, context, indicator_id", [
    ("The average weekly cost was £4,200.", "£4,200", "Residential placements", "placement_cost_weekly"),
    ("The typical weekly cost was now £5,950.", "£5,950", "Placement sufficiency: children's homes", "placement_cost_weekly"),
    ("The weekly cost was £4,200.", "£4,200", "Budget pressures", None),
    ("The unit cost was £950 per week.", "£950", "Budget pressures and overspends", None),
])
def test_a_bare_weekly_cost_is_the_cost_of_what_its_context_names_and_never_a_variance(
        sentence: str, surface: str, context: str, indicator_id: str | None) -> None:
    assert got_id(fig(sentence, surface, context)) == indicator_id
