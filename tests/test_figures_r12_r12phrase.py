"""Round 12 (r12phrase): the indicator phrase inside the figure's sentence, tuned on every phrase-judged true figure
of rounds 8-11's pools (17 pools, ~83 councils). Each class is a structure of how English minutes attach a number to
what it counts, seen at several councils of those pools and sized with the `pages` search; the sentences below are
written in council style (not copied from a page), several phrasings per class. Tests marked "fails on the old code"
do (7072458); the guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure as _fig


# 1. A share (or a part-count) of a population, then the clause that population opens: what they do, did or are
#    says which of them the share counts. The phrase was the whole ("social worker posts" for "a third of social worker
#    posts are vacant", "EHCPs" for "42.5% of EHCPs currently finalised within the timeframe") or the whole and its verb
#    as a clause ("pupils attend a school judged good" names no measure: a verb chunk). The phrase is now a noun
#    phrase: the population with a relative clause ("who"/"that") or its participle. Seen at West Berkshire, Suffolk,
#    Liverpool, Nottinghamshire, Birmingham, North Yorkshire, Northumberland, Cumberland, Hillingdon, Southwark,
#    Salford, East Riding, Cornwall, Luton, Hartlepool (9 pools); "X% of posts are vacant", "one in nine social worker
#    posts are vacant" common in the pages search. Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("In the borough 69 per cent of pupils attend a school judged good or outstanding.", "69 per cent",
     "pupils who attend a school judged good or outstanding"),
    ("Across the county 74% of primary pupils attend schools rated good or outstanding by Ofsted.", "74%",
     "primary pupils who attend schools rated good or outstanding by Ofsted"),
    ("A third of social worker posts are vacant, the director told members.", "A third",
     "social worker posts that are vacant"),
    ("Almost 18 per cent of social worker posts in the service are currently vacant.", "18 per cent",
     "social worker posts in the service that are vacant"),
    ("At present 42.5% of EHCPs are currently finalised within the timeframe.", "42.5%",
     "EHCPs finalised within the timeframe"),
    ("Data shows 61% of EHCPs currently finalised within the 20-week timescale.", "61%",
     "EHCPs finalised within the 20-week timescale"),
    ("In Barsetshire, 58% of pupils with disadvantage achieved the expected standard in maths at Year 6.", "58%",
     "pupils with disadvantage who achieved the expected standard in maths at Year 6"),
    ("This still leaves 64% of families still waiting more than 20 weeks for a plan.", "64%",
     "families still waiting more than 20 weeks for a plan"),
    ("In total 23 per cent of staff being from agencies was noted as a risk.", "23 per cent", "staff from agencies"),
    ("Members noted that 35% of care leavers live in council-owned accommodation.", "35%",
     "care leavers who live in council-owned accommodation"),
    ("Around one in four children in the district live in poverty.", "one in four",
     "children in the district who live in poverty"),
    ("12% of children in care went missing at least once during the year.", "12%",
     "children in care who went missing at least once during the year"),
    # a joined population ("children and young people"), a participle with "as", "being", "cared for" (Cumberland)
    ("In March 61% of our cared for children and young people identified as female.", "61%",
     "cared for children and young people identified as female"),
    ("Last year 214 of our children and young people were cared for.", "214", "children and young people cared for"),
    ("At year end 190 of our children and young people were being supported by the edge of care team.", "190",
     "children and young people supported by the edge of care team"),
])
def test_a_share_takes_the_clause_its_population_opens(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 2. A count of a part written before the count of its whole: "40 of the 396 children in our care were placed out of
#    the area", "12 of the 53 exclusions involved pupils with an EHC plan", "80 of the 228 known EHE children were of
#    unknown demographic". The first count is the part (the population with what the clause says of it), the second
#    the whole: the population alone (it took the part's clause: "children in our care placed out of the area" for the
#    396). Seen at Swindon, Hillingdon, Southwark, Stockport, Suffolk, Bexley, Wigan, Sunderland, Redcar (7 pools; the
#    brief's own example). Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Some 40 of the 396 children in our care were placed out of the area.", "396", "children in our care"),
    ("Only 12 of the 53 exclusions involved pupils with an EHC plan.", "53", "exclusions"),
    ("Only 12 of the 53 exclusions involved pupils with an EHC plan.", "12",
     "exclusions that involved pupils with an EHC plan"),
    ("Around 80 of the 228 known home-educated children were of unknown ethnicity.", "80",
     "known home-educated children of unknown ethnicity"),
    ("Some 41% of the 300 children in its care are currently placed out of the area.", "300", "children in its care"),
])
def test_a_part_count_before_its_whole(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


@pytest.mark.parametrize("text, surface, phrase", [
    # guards: what already named the part, a share of money, a count of a whole opened with "Of", a participle the
    # phrase already holds, an earlier value of the same measure keep their phrase
    ("Some 40 of the 396 children in our care were placed out of the area.", "40",
     "children in our care placed out of the area"),
    ("Just 24% of EHCPs were issued within the 20-week timescale.", "24%", "EHCPs issued within the 20-week timescale"),
    ("Around 40 per cent of staff are agency workers.", "40 per cent", "staff who are agency workers"),
    ("Of the 150 households, 31 were single-parent families living in temporary accommodation.", "150", "households"),
    ("The council supports 52 families, of which 31 were referred by schools.", "31",
     "referred by schools (of families supported)"),
    ("There were 3,109 children in need, an increase from 2,903 children the previous year.", "2,903",
     "children in need"),
    ("In the quarter 51.1% of EHC Plans completed within 20 weeks.", "51.1%", "EHC Plans completed within 20 weeks"),
])
def test_share_and_part_guards(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 3. A reporting verb with no "that" before the subject of the figure's clause: "Figures released by the Department
#    for Education show primary school total absence ... is 4.5%", "Cumbria County Council says its rate of social
#    worker vacancies covered by agency staff is 9.5 per cent", "the Sub-Committee heard vacancies in frontline teams
#    currently stand at 35 per cent", "The FOI also revealed a rise in the costs related to agency staff". The phrase
#    was the reporting clause (who reported and the verb); "showed", "said", "noted" ... already ended the subject,
#    "show", "says", "heard", "suggest(s)", "reveal(s/ed)" now do too. Seen at Cumbria, Derbyshire, Stoke-on-Trent,
#    East Riding (4 pools); "figures show", "the council says its" are common in the pages search. Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Figures published by the Department for Education show secondary school persistent absence for the county is "
     "14.2%.", "14.2%", "secondary school persistent absence for the county"),
    ("Barsetshire County Council says its rate of social worker vacancies filled by agency staff is 11.5 per cent.",
     "11.5 per cent", "rate of social worker vacancies filled by agency staff"),
    ("The scrutiny committee heard vacancies in frontline social work teams currently stand at 28 per cent.",
     "28 per cent", "vacancies in frontline social work teams"),
    ("A Freedom of Information request revealed the council's spend on agency social workers was £2.4m last year.",
     "£2.4m", "council's spend on agency social workers"),
])
def test_a_reporting_verb_ends_the_subject(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


@pytest.mark.parametrize("text, surface, phrase", [
    # guards: "that" after the verb, "shows" and "said" (already boundaries), "heard from" a count keep their phrase
    ("The latest data suggests the number of children on child protection plans was 412 at the end of March.", "412",
     "children on child protection plans"),
    ("The report shows the average caseload of a social worker is 18 children.", "18",
     "average caseload of a social worker"),
    ("Officers said that the number of children in care was 612.", "612", "children in care"),
    # (r47phrase) the reporting verb still ends nothing here; the bare head now keeps its post-modifier
    ("The council heard from 14 foster carers at the event.", "14", "foster carers at the event"),
])
def test_reporting_verb_guards(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 4. A restrictive relative clause or "being" and a participle right after the population a share or count counts:
#    "77 per cent of children who have been in the same placement for more than two and a half years", "40 per cent of
#    staff who work in children's services within Sunderland are agency staff", "the council has 211 children being
#    fostered by in-house carers", "28% of social worker posts that are currently unfilled", "three new posts being
#    created". The phrase stopped at "who", "that" or "being" and named the whole population ("children", "staff").
#    When the relative clause is followed by the main clause's verb, both say which of them are counted. Seen at
#    Wiltshire, Sunderland, Somerset, Rochdale, Liverpool, Hartlepool (5 pools). Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The figure has risen to 81 per cent of children who have been in the same placement for at least two years.",
     "81 per cent", "children who have been in the same placement for at least two years"),
    ("Around 56% of young people who left care last year were in education, employment or training.", "56%",
     "young people who left care last year who were in education, employment or training"),
    ("Almost 35 per cent of social workers who work in the safeguarding teams are agency staff.", "35 per cent",
     "social workers who work in the safeguarding teams who are agency staff"),
    ("The council currently has 164 children being fostered by in-house carers.", "164",
     "children fostered by in-house carers"),
    ("The restructure will see four new posts being created in the front door team.", "four",
     "new posts created in the front door team"),
])
def test_a_relative_clause_says_which_are_counted(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


@pytest.mark.parametrize("text, surface, phrase", [
    # guards: a relative clause after a comma adds to the whole, "who are classed as" and "who were in" keep their
    # phrase
    ("The service worked with 2,000 children, who were all offered support.", "2,000", "children"),
    ("There are 510 youngsters who are classed as looked after.", "510", "youngsters classed as looked after"),
    ("There were 320 children who were in public care.", "320", "children in public care"),
])
def test_relative_clause_guards(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 5. A count's population and what it has done ("have" + participle) or a relative clause after a count: "8 fostering
#    households have joined us in the last 12 months", "22 looked after children have experienced three different
#    placements", "34 Members had attended to date", "two indicators have maintained previous performance levels",
#    "around 400 children that are currently in the care of Milton Keynes Council", "the nine schools that has been
#    set a deficit budget". The phrase was the bare population ("children", "schools"). Seen at Cumberland, Swindon,
#    Central Bedfordshire, Cheshire West, Milton Keynes, West Berkshire (6 pools). Fails on the old code.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Twelve foster carers have left the service this year.", "Twelve",
     "foster carers who have left the service this year"),
    ("Some 56 young people have moved into independent living since April.", "56",
     "young people who have moved into independent living since April"),
    ("The report noted that 21 looked after children had experienced three or more placements.", "21",
     "looked after children who had experienced three or more placements"),
    ("They care for around 400 children that are currently in the care of the council.", "400",
     "children that are currently in the care of the council"),
    ("The service works with 12 schools that were judged to require improvement.", "12",
     "schools that were judged to require improvement"),
])
def test_what_a_counted_population_has_done(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


@pytest.mark.parametrize("text, surface, phrase", [
    # guards: "have been" + participle, a relative clause after a comma, "had" + an object keep their phrase
    ("So far 45 families have been supported by the team.", "45", "families supported"),
    ("We have 230 foster carers, who have all completed training.", "230", "foster carers"),
    ("There are 52 young people who are not in education or training.", "52", "young people"),
    ("Some 30 children had a referral within 12 months of a previous one.", "30",
     "children with a referral within 12 months of a previous one"),
])
def test_counted_population_guards(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 6. (review r12, finding 1) An irregular past tense after a share's population is a verb, not a participle:
#    "14% of children came into care", "went into care", "chose to stay put". Only -ed/-en/-ne forms and "left",
#    "got", "made", "met", "spent" may be participles ("EHC plans completed within 20 weeks"); the others went through
#    the participle test and "into"/"to" after them dropped the clause. Fails on 99b743d.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Last year 14% of children came into care for the second time.", "14%",
     "children who came into care for the second time"),
    ("Around 9% of children went into care after a child protection plan.", "9%",
     "children who went into care after a child protection plan"),
    ("Some 30% of young people chose to stay put with their foster carers.", "30%",
     "young people who chose to stay put with their foster carers"),
])
def test_an_irregular_past_tense_is_no_participle(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


def test_share_clause_irregular_past_tense():
    from analysis.figures.phrase import share_clause
    assert share_clause("children", "children came into care last year") == "children who came into care last year"
