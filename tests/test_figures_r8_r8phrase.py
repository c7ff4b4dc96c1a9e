"""Round 8 (r8phrase): the indicator phrase on pages of councils the extractor had not seen (TUNE half of the
pool: Bolton, Derby, Luton, Oldham, Peterborough, Sefton, Swindon, Walsall, West Berkshire, Wigan). Each class is a
family of wordings seen at several councils and sized with the `pages` search; the sentences below are written in
council style (not copied from a page), several phrasings per class. Tests marked "fails on the old code" do
(8902217); the guards pass on both.
"""

from __future__ import annotations

import pytest

from analysis.figures.extraction import extract_figures
from figure_rows import one_figure as _fig


# 1. A share of a population followed by what that part of it was, had or did: "68% of Derby's children in care
#    were in foster placements", "3.7 per cent of children have EHCPs", "25 per cent of looked after children are
#    currently in care outside the borough", "41% of staff were still agency workers" (Derby, Swindon, Wigan,
#    Stockport, Tameside; in the pages search also "2.9% of all school children had SEN statements", "four in ten
#    pupils with an EHC plan attend mainstream schools", "7% of looked-after children end up in homes"). The
#    phrase named the whole ("children", "Derby's children in care"). Fails on the old code.
@pytest.mark.parametrize("text, surface, words", [
    ("At 31 March, 71% of the borough's children in care were in foster placements.", "71%", "foster placements"),
    ("Around 4.1 per cent of pupils have EHCPs, against a national average of 3.2 per cent.", "4.1 per cent",
     "with ehcps"),
    ("Members heard that 30 per cent of our looked after children are currently in care outside the county.",
     "30 per cent", "outside the county"),
    ("The service reported that 38% of social work staff were still agency workers.", "38%", "agency workers"),
    ("The virtual school reported that 9% of care leavers were in custody at the end of the year.", "9%",
     "care leavers in custody"),
])
def test_a_share_names_the_part_it_counts(text, surface, words):
    r = _fig(text, surface)
    assert words in r["indicator"].lower(), r["indicator"]


@pytest.mark.parametrize("text, surface, phrase", [
    ("The report showed 20.8% of children had a referral within 12 months.", "20.8%",
     "children with a referral within 12 months"),
    ("Of these, 40% were in foster placements.", "40%", "foster placements"),
    # (round 12, r12phrase: the share's clause is now a noun phrase, "who attend", not a clause; it still names the part)
    ("About 15% of children with an EHCP attend independent special schools.", "15%",
     "children with an EHCP who attend independent special schools"),
])
def test_share_guards(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


def test_a_share_whose_population_only_rose_keeps_its_phrase():
    r = _fig("Some 45% of children were referred by the police.", "45%")
    assert r["indicator"] == "children referred by the police"


# 2. A value named only by "the figure", "both" or a place with a comparator word before it takes the measure named
#    before: "a decrease of 4.3% from the figure of 470", "lower than both the national (74%) and comparator (75%)
#    percentages", "the percentage for Derby is exactly equal to the national percentage (15.0%)" (Derby; in the pages
#    search also "a rise of 3% from the 2010-11 figure", "last year's figure of 25,000", "below the figure of 1,396" at
#    Hartlepool, CHECK). The phrase was "from the figure", "both", "Derby". Fails on the old code.
@pytest.mark.parametrize("text, surface, words", [
    ("There were 512 children on child protection plans; this was a fall of 3% from the figure of 528 in March.",
     "528", "child protection plans"),
    ("The service had 212 foster carers, up from the figure of 198 a year earlier.", "198", "foster carers"),
    ("At 31 March, 64% of the county's children in care were in foster placements. This is lower than both the "
     "national (71%) and regional (73%) percentages.", "71%", "foster placements"),
    ("The rate of care leavers in education, employment or training rose to 58%. For 2023/24, the rate for "
     "Barsetshire is just above the regional average (56%).", "56%", "care leavers in education"),
])
def test_a_value_named_only_by_the_figure_or_a_comparator_takes_the_measure_before(text, surface, words):
    r = _fig(text, surface)
    assert words in r["indicator"].lower(), r["indicator"]


def test_a_trailing_during_is_dropped():
    # fails on the old code ("... that were adopted during")
    r = _fig("The percentage of children looked after in the county that were adopted during the year fell to 11%.",
             "11%")
    assert not r["indicator"].endswith("during"), r["indicator"]


def test_a_named_measure_for_a_place_is_kept():
    r = _fig("The national average for persistent absence was 21%.", "21%")
    assert "persistent absence" in r["indicator"].lower()


# 3. Money as what something costs a council, with a pronoun or a clause for the thing: "This is costing Bolton
#    Council more than £7 million", "these are costing the council “upwards of £1m a year”", "it will cost Sefton
#    Council almost £9million to place troubled children in facilities outside the borough" (Bolton, Sefton; CHECK:
#    Stockport "One case can easily cost us upwards of £0.5m"; pages search: "how it could cost so much to house a
#    vulnerable child"). The phrase was "costing Bolton Council", "council", "cost Sefton Council". Fails on the old
#    code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Figures show it will cost Barsetshire County Council almost £6million to place children in homes outside "
     "the county this year.", "£6million", "cost to place children in homes outside the county"),
    ("It would cost the council around £450,000 a year to run the new assessment hub.", "£450,000",
     "cost to run the new assessment hub"),
    ("The number of looked after children has risen, and this is costing Barsetshire Council more than £3 million.",
     "£3 million", "cost to Barsetshire Council"),
    ("Agency teams were brought in last year; these are costing the council “upwards of £2m a year”.", "£2m",
     "cost to the council"),
])
def test_money_a_pronoun_costs_says_what_it_is_spent_on_or_whom_it_costs(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


def test_a_named_thing_that_costs_keeps_its_phrase():
    r = _fig("Members were told that a residential placement can cost the council up to £8,000 a week.", "£8,000")
    assert r["indicator"] == "cost of residential placement"


# 4. An amount that modifies the noun after it, after a possessive, an article, "for" or a verb of approving or paying:
#    "Approval for £8m expansion of Green Fold Special School" (Bolton), "Luton Borough Council’s £156.8m revenue
#    budget", "a £1.5m rise in supported living costs" (Luton), "taxpayers to foot £9million care bill" (Sefton).
#    The phrase was the subject ("Approval", "Luton Borough Council’s", "Resort taxpayers to foot") or the measure
#    before it ("adult social care"). Fails on the old code.
@pytest.mark.parametrize("text, surface, words", [
    ("Cabinet gave approval for £4m expansion of Oakfield Special School.", "£4m", "expansion of oakfield"),
    ("The overspend is set against the county council’s £212.5m revenue budget for 2024/25.", "£212.5m",
     "revenue budget"),
    ("Pressures include £0.9m in home to school transport and a £1.2m rise in residential placement costs.", "£1.2m",
     "residential placement costs"),
    ("Borough taxpayers to foot £6million care bill for children placed out of area", "£6million", "care bill"),
])
def test_an_amount_modifies_the_noun_after_it(text, surface, words):
    r = _fig(text, surface)
    assert words in r["indicator"].lower(), r["indicator"]


@pytest.mark.parametrize("text, surface, phrase", [
    ("The directorate was forecasting a £1.6m pressure on placements.", "£1.6m", "directorate pressure on placements"),
    ("The cabinet approved a £2.4m refurbishment of the children's home.", "£2.4m",
     "refurbishment of the children's home"),
])
def test_an_amount_before_its_noun_guards(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 5. An amount "over its budget" (the loss named right after it, with a possessive): "Bolton Council went around £15
#    million over its budget for children's services", "the council went around two million pounds over its budget
#    for adult services" (Bolton; pages search: "spent millions over its budget" at another council). The phrase was
#    empty, "council" or "pounds". Fails on the old code.
@pytest.mark.parametrize("text, surface, words", [
    ("Barsetshire Council went around £9 million over its budget for children's services last year.", "£9 million",
     "budget for children's services"),
    ("The trust came in £2.3m over their agreed budget for 2023/24.", "£2.3m", "agreed budget"),
    ("Separately, the council went about three million pounds over its budget for adult social care.",
     "three million pounds", "budget for adult social care"),
])
def test_an_amount_over_its_budget_is_an_overspend(text, surface, words):
    r = _fig(text, surface)
    assert r["indicator"].startswith("overspend against") and words in r["indicator"], r["indicator"]


def test_plain_over_budget_is_kept():
    assert _fig("The service is £3.2m over budget.", "£3.2m")["indicator"] == "over budget"


# 6. A share verb whose subject stands before ", which": "domestic abuse, which accounted for 44 per cent of cases"
#    (Walsall; pages search: "domestic abuse now accounts for nearly a quarter of referrals", "Domestic violence,
#    which includes ..."). The phrase named the whole ("cases"). Fails on the old code.
@pytest.mark.parametrize("text, surface, words", [
    ("The most common factor at assessment remains parental mental health, which accounted for 38 per cent of "
     "cases in the year.", "38 per cent", "parental mental health"),
    ("Most contacts again came from the police, which accounted for 31% of all contacts.", "31%", "police"),
    ("The largest group was police referrals, which made up 27% of all contacts.", "27%", "police referrals"),
])
def test_a_share_verb_after_which_names_its_part(text, surface, words):
    r = _fig(text, surface)
    assert r["indicator"].lower().startswith(words), r["indicator"]


def test_a_share_verb_with_its_subject_before_it_is_kept():
    r = _fig("Young people not in education, employment or training made up 4.1% of the cohort.", "4.1%")
    assert r["indicator"] == "Young people not in education, employment or training"


# 7. A change with a degree adjective ("a slight decrease of around two per cent", "a significant increase of 12%",
#    "a small rise of 3%") takes the measure named before, as "an increase of 12%" did (Walsall; pages search: "a
#    slight increase on the previous figure", "an 8% increase on the previous year" at other councils). The phrase
#    was the adjective ("slight"). Fails on the old code.
@pytest.mark.parametrize("text, surface", [
    ("There were 4,870 referrals in 2023/24. This was a slight decrease of around three per cent on the year before.",
     "three per cent"),
    ("There were 412 children in care at the end of March. This is a significant increase of 11% on last year.",
     "11%"),
    ("The number of referrals stood at 2,301, a small rise of 4% on the previous quarter.", "4%"),
])
def test_a_change_with_a_degree_adjective_takes_the_measure_before(text, surface):
    r = _fig(text, surface)
    assert r["indicator"] and ("referrals" in r["indicator"] or "children in care" in r["indicator"]), r["indicator"]


def test_a_named_significant_measure_is_kept():
    r = _fig("The number of children with significant needs was 212.", "212")
    assert "significant needs" in r["indicator"]


# 8. A count of "out of area" / "out of county" / "out of borough" placements (the place modifier opens the noun
#    phrase) and the parts listed after it ("17 of which are from Southport, four from Sefton Central"): Sefton; in
#    the pages search "out-of-area placements", "Out of Authority placement", "out of borough" at other councils.
#    The phrase was empty, and the second part took the first part's phrase. Fails on the old code.
@pytest.mark.parametrize("text, surface, words", [
    ("The councillor said there are 61 out of area placements this year.", "61", "out of area placements"),
    ("There were 23 out of county placements at the end of March.", "23", "out of county placements"),
    ("The service currently has 14 out of borough residential placements.", "14", "out of borough residential"),
    ("There are 40 out of area placements, 12 of which are from Northtown, nine from Southvale and 19 from Eastby.",
     "nine", "from southvale"),
])
def test_out_of_area_placements_are_counted(text, surface, words):
    r = _fig(text, surface)
    assert words in (r["indicator"] or "").lower(), r["indicator"]


def test_out_of_a_whole_is_kept():
    r = _fig("There are 58 agency social workers out of a workforce of 170 social workers.", "170")
    assert r["indicator"] == "total social workers"


# 9. Money a council projects, plans or expects to spend on something: "it is projecting to spend £6.7m on
#    out-of-borough placements" (Wigan; the same verb chunks "expects to spend", "plans to spend", "is set to spend"
#    in council news). The phrase was the verb chunk ("projecting to spend"), now what the money is spent on, as
#    "the council is paying £4,200 a week to ..." already was. Fails on the old code.
@pytest.mark.parametrize("text, surface, words", [
    ("The council revealed it is projecting to spend £5.9m on out-of-county placements this year.", "£5.9m",
     "out-of-county placements"),
    ("The authority expects to spend £2.4m on agency social workers in 2024/25.", "£2.4m", "agency social workers"),
    ("The council plans to spend £1.1m on a new edge of care service.", "£1.1m", "edge of care service"),
    ("Barsetshire is set to spend £14m on home to school transport this year.", "£14m", "home to school transport"),
])
def test_money_a_council_projects_to_spend_names_what_it_is_spent_on(text, surface, words):
    r = _fig(text, surface)
    assert words in r["indicator"], r["indicator"]


def test_money_spent_with_its_use_is_kept():
    assert _fig("The council spent £3m on agency staff.", "£3m")["indicator"] == "council spent on agency staff"


# 10. A share's participle with its "as" complement: "13.3 per cent of children are identified as needing SEN
#     support" (Swindon; "identified as", "assessed as", "recorded as having" in SEND and children-in-need reports).
#     The clause split at "as" cut the phrase to "children identified". Fails on the old code.
@pytest.mark.parametrize("text, surface, words", [
    ("Some 14.1 per cent of pupils are identified as needing SEN support, against 13.0 per cent nationally.",
     "14.1 per cent", "needing sen support"),
    ("Around 6% of children in need were assessed as having a disability.", "6%", "having a disability"),
    ("About 9% of children were recorded as needing a specialist placement.", "9%", "needing a specialist placement"),
])
def test_a_participle_keeps_its_as_complement(text, surface, words):
    r = _fig(text, surface)
    assert words in r["indicator"].lower(), r["indicator"]


# 11. "with N being the X": what "being" names ("with six months being the average time it is taking to go through
#     the legal system", Wigan; "with 62% being completed within 45 days" in performance reports). The phrase was
#     empty. Fails on the old code.
@pytest.mark.parametrize("text, surface, words", [
    ("Adoptions were delayed by the courts, with nine months being the average time it is taking to reach a final "
     "hearing.", "nine months", "average time it is taking to reach a final hearing"),
    ("Assessments rose again, with 62% being completed within 45 days.", "62%", "completed within 45 days"),
])
def test_with_n_being_the_x_names_x(text, surface, words):
    r = _fig(text, surface)
    assert words in (r["indicator"] or ""), r["indicator"]


# 12. A count whose people "still" need, wait for or have yet to get something: "112 pupils still needed a new
#     statement" (Swindon; "27 still to be completed", "requests are still outstanding" at other councils in the
#     pages search). The phrase was the bare population ("pupils"). Fails on the old code.
@pytest.mark.parametrize("text, surface, words", [
    ("By the end of June, 84 pupils still needed a new plan as the deadline passed.", "84", "still needed a new plan"),
    ("There are 30 children still waiting for an assessment.", "30", "still waiting for an assessment"),
])
def test_a_count_of_people_still_waiting_names_what_for(text, surface, words):
    r = _fig(text, surface)
    assert words in (r["indicator"] or ""), r["indicator"]


def test_a_plain_count_of_people_is_kept():
    assert _fig("There were 212 children in care.", "212")["indicator"] == "children in care"
    assert _fig("There were 14 young people yet to receive a final plan.", "14")["indicator"] == \
        "young people yet to receive a final plan"


# 13. A demonstrative before an amount followed by its verb ("This £3.1m will be met from reserves", "With that
#     £2.6m, if it is delivered ...", Luton) is the sum named before. The phrase was the predicate ("met from
#     reserves"). Fails on the old code. (Luton's own instance opens a new paragraph, where the measure before is not
#     passed on: left as it is.)
@pytest.mark.parametrize("text, surface", [
    ("The forecast overspend for the year is £3.4m. This £3.4m will be met from the general reserve.", "£3.4m"),
    ("The directorate reported a forecast overspend of £1.9m. Members asked whether that £1.9m could be reduced by "
     "year end.", "£1.9m"),
])
def test_this_sum_is_the_sum_named_before(text, surface):
    rows = extract_figures(text)
    assert rows["indicator"].tolist()[-1] == "forecast overspend", rows["indicator"].tolist()


def test_this_sum_before_its_own_noun_is_kept():
    assert _fig("The overspend is £3.1m. This £1.2m investment will help.", "£1.2m")["indicator"] == "investment"
