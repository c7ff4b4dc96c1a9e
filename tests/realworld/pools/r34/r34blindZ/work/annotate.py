"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r33/r33blindY/work/annotate.py, itself from pools/r32/r32blindW, pools/r31/r31blindV and earlier)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r34z_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Bexley 1 ("autumn 2008" a date; "the last two years" a period looking back; "16 to 17-year-olds" an age; "Strategy
    # 2014" a name). "103 children ... in this category": the category is the sentence before's "children subject to a
    # child protection plan": child_protection_plans. The looked-after range is one figure (200 to 230): children_in_care
    ('bexley_1', '103', ('currently 103 children', 0), '103', '', 'count', 'child_protection_plans', 'children subject to a child protection plan in Bexley'),
    ('bexley_1', '43', ('from 43 families', 0), '43', '', 'count', '', 'families of the children subject to a child protection plan'),
    ('bexley_1', 'Eighty-seven', ('Eighty-seven children', 0), '87', '', 'count', '', 'children currently the subject of care proceedings'),
    ('bexley_1', '40', ('from 40 families', 0), '40', '', 'count', '', 'families of the children subject of care proceedings'),
    ('bexley_1', '200 and 230', ('between 200 and 230', 0), '200', '230', 'count', 'children_in_care', 'looked-after children in Bexley over the last two years (range)'),
    ('bexley_1', '15', ('with 15 recommendations', 0), '15', '', 'count', '', 'recommendations of the Munro review for reshaping children\u2019s services'),
    # Cornwall 1 ("24th Jan 2022" a date; "2022/23" a period; "the last few years" a period). Savings, job cuts and the
    # council tax increase name no canonical indicator
    ('cornwall_1', '\u00a35million', ('over \u00a35million cut', 0), '5000000', '', 'gbp', '', 'cut from children\u2019s services in the 2022/23 budget (over)'),
    ('cornwall_1', '\u00a353.2 million', ('savings of \u00a353.2 million', 0), '53200000', '', 'gbp', '', 'savings the council must make in its 2022/23 budget'),
    ('cornwall_1', '420', ('around 420 jobs', 0), '420', '', 'count', '', 'jobs the council is set to cut (around)'),
    ('cornwall_1', '2.99%', ('a 2.99% increase', 0), '2.99', '', 'percent', '', 'increase in the council\u2019s share of council tax'),
    ('cornwall_1', '\u00a35.2m', ('around \u00a35.2m of savings', 0), '5200000', '', 'gbp', '', 'savings the children and families department needs to find (around)'),
    # Hartlepool 1 ("June last year", "this year", "April to June" dates and periods; "the first quarter" an ordinal;
    # "over the past year" a period). "dropped by a third": a fraction in words, a share (33.33). 944 children served by the
    # social work teams (CP, looked after and in need together) takes no id; the 673 "classed as children in need" are
    # children_in_need (a judgement call: a second annotator may give the 944 children_in_need, the s.17 total). Shares of
    # the plans (neglect) and of the looked-after children (foster care) take no id
    ('hartlepool_1', 'a third', ('by a third', 0), '33.33', '', 'percent', '', 'fall in the number of youngsters subject to intervention by child protection specialists over the past year'),
    ('hartlepool_1', '944', ('services to 944 children', 0), '944', '', 'count', '', 'children the council\u2019s social work teams deliver services to'),
    ('hartlepool_1', '10 per cent', ('a 10 per cent rise', 0), '10', '', 'percent', '', 'rise in the children served by the social work teams on the same time last year'),
    ('hartlepool_1', '150', ('from 150 in June', 0), '150', '', 'count', 'child_protection_plans', 'youngsters subject to child protection plans (June last year)'),
    ('hartlepool_1', '98', ('to 98 this year', 0), '98', '', 'count', 'child_protection_plans', 'youngsters subject to child protection plans (this year)'),
    ('hartlepool_1', '81 per cent', ('accounting for 81 per cent', 0), '81', '', 'percent', '', 'share of the child protection plans in the neglect category'),
    ('hartlepool_1', '150', ('peak of 150', 0), '150', '', 'count', 'child_protection_plans', 'last year\u2019s peak of children on child protection plans'),
    ('hartlepool_1', '44', ('the 44 qualified', 0), '44', '', 'count', '', 'qualified social workers'),
    ('hartlepool_1', '944', ('Of the 944 children', 0), '944', '', 'count', '', 'children the council\u2019s social work teams deliver services to'),
    ('hartlepool_1', '98', (', 98 have a protection plan', 0), '98', '', 'count', 'child_protection_plans', 'children with a child protection plan'),
    ('hartlepool_1', '173', ('173 are being looked after', 0), '173', '', 'count', 'children_in_care', 'children being looked after'),
    ('hartlepool_1', '673', ('remaining 673', 0), '673', '', 'count', 'children_in_need', 'children classed as children in need (complex or acute needs)'),
    ('hartlepool_1', '87 per cent', ('accounts for 87 per cent', 0), '87', '', 'percent', '', 'share of looked-after children in foster care'),
    # Hartlepool 2 ("end of June", "June 30 June" dates; "one and nine", "10 and 15", "over 16", "under 18s" ages; "first
    # quarter" an ordinal; "second or subsequent time" an ordinal). "one aged over 16": a bare "one" counting one of the
    # children just counted (a part of the partition): a figure. The plans by category of abuse are parts: no id. 188 is
    # said twice (the total and the whole of its partition): both children_in_care. "1,076 ... receive support from
    # children's social care" takes no id (as Hartlepool 1's 944)
    ('hartlepool_2', '136', ('was 136', 0), '136', '', 'count', 'child_protection_plans', 'children subject to a child protection plan at the end of June'),
    ('hartlepool_2', '141', ('with 141 the month', 0), '141', '', 'count', 'child_protection_plans', 'children subject to a child protection plan the month before'),
    ('hartlepool_2', '28', ('with 28 aged', 0), '28', '', 'count', '', 'children on plans aged between 10 and 15'),
    ('hartlepool_2', 'one', ('and one aged over 16', 0), '1', '', 'count', '', 'children on plans aged over 16'),
    ('hartlepool_2', '108', ('June, 108 children', 0), '108', '', 'count', '', 'children subject to a protection plan due to the risk of neglect'),
    ('hartlepool_2', '12', ('accounted for 12 children, whilst', 0), '12', '', 'count', '', 'children subject to a protection plan for physical abuse'),
    ('hartlepool_2', '12', ('accounted for 12 children and', 0), '12', '', 'count', '', 'children subject to a protection plan for emotional abuse'),
    ('hartlepool_2', 'four', ('remaining four children', 0), '4', '', 'count', '', 'children subject to a child protection plan due to risk of sexual abuse'),
    ('hartlepool_2', '188', ('there were 188 looked', 0), '188', '', 'count', 'children_in_care', 'looked after children at the end of June'),
    ('hartlepool_2', '92', ('for 92 children', 0), '92', '', 'count', '', 'looked after children for whom the council shared parental responsibility'),
    ('hartlepool_2', '188', ('Of the 188 children', 0), '188', '', 'count', 'children_in_care', 'looked after children at the end of June'),
    ('hartlepool_2', '158', ('158 are placed in foster care', 0), '158', '', 'count', '', 'looked after children placed in foster care'),
    ('hartlepool_2', '30', ('remaining 30 children', 0), '30', '', 'count', '', 'looked after children in residential care, with parents, placed for adoption or living independently'),
    ('hartlepool_2', '20,500', ('currently 20,500', 0), '20500', '', 'count', '', 'population of under 18s living in Hartlepool'),
    ('hartlepool_2', '1,076', ('those, 1,076', 0), '1076', '', 'count', '', 'children and young people receiving support from children\u2019s social care'),
    # Hartlepool 3 ("Between September and December last year", "the end of 2012", "the end of December last year",
    # "September to December 2011" dates; "the previous four months", "the last six months" periods). "one plan" (the
    # children's circumstances captured in a single plan) is a practice, not a count: not annotated. Plans started in a
    # period (36, 34) are a flow, not the children on plans: no id (a judgement call). "a drop of 23.4 per cent" of
    # repeat referrals is a change of a count, not the re-referral rate: no id
    ('hartlepool_3', '36', ('last year 36 children', 0), '36', '', 'count', '', 'children made the subject of protection plans between September and December'),
    ('hartlepool_3', '34', ('months when 34 were', 0), '34', '', 'count', '', 'children made subject to protection plans in the previous four months'),
    ('hartlepool_3', '118', ('2012, 118 Hartlepool', 0), '118', '', 'count', 'child_protection_plans', 'children subject to a protection plan at the end of 2012'),
    ('hartlepool_3', '93', ('accounting for 93 cases', 0), '93', '', 'count', '', 'protection plan cases for neglect'),
    ('hartlepool_3', '191', ('year, 191 children', 0), '191', '', 'count', 'children_in_care', 'children looked after by the council (end of December)'),
    ('hartlepool_3', '152', ('(152)', 0), '152', '', 'count', '', 'looked after children in foster care'),
    ('hartlepool_3', '23.4 per cent', ('a drop of 23.4 per cent', 0), '23.4', '', 'percent', '', 'drop in the number of youngsters referred to social services more than once'),
    # North Yorkshire 1 ("this year", "in the year to January", "by 2022" periods and years). The shortfall on special
    # educational needs provision and the projected overspend of the High Needs Budget are high_needs_deficit; the
    # grant received is a budget (no id). "a five-year plan" (the plan's length) is a figure; "for the coming five
    # years" is the span of the plan's measures, the plan's length again: a figure (a judgement call)
    ('northyorks_1', '\u00a35m', ('more than \u00a35m', 0), '5000000', '', 'gbp', 'high_needs_deficit', 'shortfall on special educational needs provision this year (more than)'),
    ('northyorks_1', '14 per cent', ('by 14 per cent', 0), '14', '', 'percent', '', 'rise in the number of SEND children and young people in the year to January'),
    ('northyorks_1', '2,600', ('to 2,600', 0), '2600', '', 'count', '', 'SEND children and young people'),
    ('northyorks_1', '30 per cent', ('further 30 per cent', 0), '30', '', 'percent', '', 'further expected rise in SEND children and young people by 2022'),
    ('northyorks_1', '400', ('more than 400 young', 0), '400', '', 'count', '', 'young people placed in out of area and independent schools (more than)'),
    ('northyorks_1', '\u00a344.8m', ('the \u00a344.8m', 0), '44800000', '', 'gbp', '', 'High Needs Budget received from the Government'),
    ('northyorks_1', '\u00a35.5m', ('projected \u00a35.5m overspend', 0), '5500000', '', 'gbp', 'high_needs_deficit', 'projected High Needs Budget overspend this year'),
    ('northyorks_1', 'five-year', ('a five-year plan', 0), '5', '', 'years', '', 'length of the plan to reshape SEND provision'),
    ('northyorks_1', 'five years', ('coming five years', 0), '5', '', 'years', '', 'span of the measures addressing the SEND pressures (the plan)'),
    # Nottinghamshire 1 ("Monday (April 15)" a date; "the next year" a period framing the challenge). The weekly costs of a
    # foster placement and of a residential placement are placement_cost_weekly; "as high as \u00a310,000" compares with
    # the weekly cost just given, and the headline's "\u00a310k-a-week" is the same. "Two-thirds": a share (66.67)
    ('notts_1', '\u00a310k', ('\u00a310k-a-week', 0), '10000', '', 'gbp', 'placement_cost_weekly', 'weekly cost of a residential care home placement (up to)'),
    ('notts_1', '\u00a3500 and \u00a31,000', ('between \u00a3500 and \u00a31,000 per week', 0), '500', '1000', 'gbp', 'placement_cost_weekly', 'weekly cost of a typical foster placement'),
    ('notts_1', '\u00a36,000', ('around \u00a36,000', 0), '6000', '', 'gbp', 'placement_cost_weekly', 'average weekly cost of a residential placement (around)'),
    ('notts_1', '\u00a310,000', ('as high as \u00a310,000', 0), '10000', '', 'gbp', 'placement_cost_weekly', 'weekly cost of a residential placement (highest)'),
    ('notts_1', 'Two-thirds', ('Two-thirds of Nottinghamshire', 0), '66.67', '', 'percent', '', 'share of Nottinghamshire children in care in foster placements or with family or friends'),
    # Oxfordshire 1 ("2022-10-17" a date; "the end of July", "the start of June" dates; "2022-23", "2021-22" periods; "the 2014
    # act" a name). The \u00a36.7 million shortfall is "the single biggest variance in the county's budget": budget_variance.
    # The "one" of "one such placement" (twice) counts placements: figures; "one costing \u00a312,000" picks one of the two
    # (a pronoun): not annotated. The forecast's "estimated cost of \u00a36.7m" is a cost (no id)
    ('oxfordshire_1', '\u00a320,000', ('up to \u00a320,000 per-child', 0), '20000', '', 'gbp', 'placement_cost_weekly', 'weekly cost per child of a care placement (up to)'),
    ('oxfordshire_1', '\u00a36.7 million', ('a \u00a36.7 million shortfall', 0), '6700000', '', 'gbp', 'budget_variance', 'shortfall (budget variance) to cover the cost of extra placements for children with complex needs'),
    ('oxfordshire_1', '13', ('just 13 extra', 0), '13', '', 'count', '', 'extra placements for children with complex needs'),
    ('oxfordshire_1', '\u00a3100,000', ('budget of \u00a3100,000', 0), '100000', '', 'gbp', '', 'budget set for complex-needs placements'),
    ('oxfordshire_1', 'one', ('cover one such placement', 0), '1', '', 'count', '', 'complex-needs placements the budget was set to cover'),
    ('oxfordshire_1', 'one', ('only one such placement', 0), '1', '', 'count', '', 'complex-needs placements when the 2022-23 budget was prepared'),
    ('oxfordshire_1', '\u00a30.1m', ('budget of \u00a30.1m', 0), '100000', '', 'gbp', '', 'budget for complex-needs placements (2022-23)'),
    ('oxfordshire_1', 'two', ('including two placements', 0), '2', '', 'count', '', 'complex-needs placements made at the start of June'),
    ('oxfordshire_1', '\u00a312,000', ('costing \u00a312,000 per week', 0), '12000', '', 'gbp', 'placement_cost_weekly', 'weekly cost of a complex-needs placement'),
    ('oxfordshire_1', '\u00a320,000', ('the other \u00a320,000 per week', 0), '20000', '', 'gbp', 'placement_cost_weekly', 'weekly cost of a complex-needs placement'),
    ('oxfordshire_1', '14', ('There are 14 such', 0), '14', '', 'count', '', 'complex-needs placements included in the forecast'),
    ('oxfordshire_1', '\u00a36.7m', ('estimated cost of \u00a36.7m', 0), '6700000', '', 'gbp', '', 'estimated cost of the complex-needs placements in the forecast'),
    # Oxfordshire 2 ("next year", "2007" dates and years; "children under 12" an age; "Last year" a period; "five GCSEs"
    # bounds the measure: threshold; "just one star" a rating of the departments: a grade, not a count, not annotated (a
    # judgement call)). "seven times the cost": a multiple (rate). The \u00a37.23m a year is a yearly cost (no weekly id);
    # "60 more foster carers" is a recruitment target (new carers, a flow): no id
    ('oxfordshire_2', '\u00a33,000', ('average of \u00a33,000-a-week', 0), '3000', '', 'gbp', 'placement_cost_weekly', 'average weekly charge per child of private homes and agencies'),
    ('oxfordshire_2', 'seven times', ('seven times the cost', 0), '7', '', 'rate', '', 'private placement cost relative to the cost of sending a child to Eton'),
    ('oxfordshire_2', '\u00a32m', ('budget by \u00a32m', 0), '2000000', '', 'gbp', 'budget_variance', 'overspend of the children\u2019s social services budget'),
    ('oxfordshire_2', '60', ('recruit 60 more', 0), '60', '', 'count', '', 'more foster carers to be recruited'),
    ('oxfordshire_2', 'Two', ('Two of the county', 0), '2', '', 'count', '', 'county council children\u2019s homes that would go'),
    ('oxfordshire_2', 'three', ('three homes would go', 0), '3', '', 'count', '', 'county council children\u2019s homes'),
    ('oxfordshire_2', '\u00a37.23m', ('staggering \u00a37.23m', 0), '7230000', '', 'gbp', '', 'yearly cost of supporting the children sent to independent foster carers or residential homes'),
    ('oxfordshire_2', '77', ('the 77 children', 0), '77', '', 'count', '', 'children sent to independent foster carers or residential homes'),
    ('oxfordshire_2', '1.8 per cent', ('fell to 1.8 per cent', 0), '1.8', '', 'percent', '', 'in-care children achieving five GCSEs'),
    ('oxfordshire_2', '50.8 per cent', ('average of 50.8 per cent', 0), '50.8', '', 'percent', '', 'county average of pupils achieving five GCSEs'),
    # Redcar 1 ("Tuesday (August 4)" a date; "March 2017 to March 2020" dates; "in 2017" a year; "almost halved" no number
    # word). The increase of 47 carers is a change of a count: no id; the in-house foster carers then and now are
    # foster_carers; the shares of carers needed take no id
    ('redcar_1', '47', ('increase of 47 carers', 0), '47', '', 'count', '', 'increase in foster carers from March 2017 to March 2020'),
    ('redcar_1', '81', ('just 81 in-house', 0), '81', '', 'count', 'foster_carers', 'in-house council foster carers (2017)'),
    ('redcar_1', '50 per cent', ('less than 50 per cent', 0), '50', '', 'percent', '', 'share of the foster carers needed for placements that were in-house (2017, less than)'),
    ('redcar_1', '130', ('compares to 130 today', 0), '130', '', 'count', 'foster_carers', 'in-house council foster carers (today)'),
    ('redcar_1', '69 per cent', ('or 69 per cent', 0), '69', '', 'percent', '', 'share of the foster carers needed that are in-house (today)'),
    # Stockport 1 ("in July", "August 7", "in 2013" dates and years). Children in care then and now are children_in_care;
    # the cost "from about \u00a31,800 in 2013 to now \u00a36,200 per week" is per week for both (the week is said once), and
    # the \u00a36,200 restated after is the same weekly cost: placement_cost_weekly
    ('stockport_1', '300', ('average of 300 young people', 0), '300', '', 'count', 'children_in_care', 'young people in care (average, 2013)'),
    ('stockport_1', '500', ('over 500', 0), '500', '', 'count', 'children_in_care', 'young people in care now (over)'),
    ('stockport_1', '\u00a31,800', ('about \u00a31,800 in 2013', 0), '1800', '', 'gbp', 'placement_cost_weekly', 'weekly cost of keeping a child in a residential placement (2013)'),
    ('stockport_1', '\u00a36,200', ('now \u00a36,200 per week', 0), '6200', '', 'gbp', 'placement_cost_weekly', 'weekly cost of keeping a child in a residential placement (now)'),
    ('stockport_1', '\u00a36,200', ('You add \u00a36,200', 0), '6200', '', 'gbp', 'placement_cost_weekly', 'weekly cost of keeping a child in a residential placement'),
    # Swindon 1 ("in 2014", "April to June", "June 2018" dates; "12 months before" a period; "under 18" an age; "within six
    # months" bounds the measure: threshold). Rates per 10,000 contradict the count indicator: no id. The share of
    # stepped-across cases not referred back is not the re-referral rate: no id
    ('swindon_1', '260', ('there were 260 children', 0), '260', '', 'count', 'child_protection_plans', 'children needing a child protection plan at the end of June'),
    ('swindon_1', '408', ('to 408 in June', 0), '408', '', 'count', 'child_protection_plans', 'children needing a child protection plan in June 2018'),
    ('swindon_1', '52', ('with 52 per 10,000', 0), '52', '', 'rate', '', 'children on a child protection plan per 10,000 population under 18 (Swindon)'),
    ('swindon_1', '45', ('compared to 45 nationally', 0), '45', '', 'rate', '', 'children on a child protection plan per 10,000 population under 18 (national)'),
    ('swindon_1', '1,045', ('dropped to 1,045', 0), '1045', '', 'count', 'children_in_need', 'children in need at the end of the three month period'),
    ('swindon_1', '1477', ('compared to 1477', 0), '1477', '', 'count', 'children_in_need', 'children in need 12 months before'),
    ('swindon_1', '100 per cent', ('And 100 per cent', 0), '100', '', 'percent', '', 'family service cases stepped across from social care with no referral back within six months'),
    ('swindon_1', '33 per cent', ('form 33 per cent', 0), '33', '', 'percent', '', 'family service cases stepped across with no referral back (June 2018)'),
]
THEMES = {
    'bexley_1': 'sg sg sg cic cic sg sg cic sg sg o sg sg',
    'cornwall_1': 'fin wf o wf fin fin fin fin fin wf wf wf wf wf',
    'hartlepool_1': 'sg sg sg sg sg sg sg sg sg sg sg sg sg sg sg cic o',
    'hartlepool_2': 'sg o o sg sg sg sg sg sg sg cic cic sg',
    'hartlepool_3': 'sg o sg wf sg sg sg sg sg sg sg cic cic cic sg sg',
    'northyorks_1': 'send send send send send send send send send',
    'notts_1': 'cic o o fa cic cic cic cic cic cic fa fa cic fa fa cic cic',
    'oxfordshire_1': 'cic cic cic cic cic cic cic cic o cic',
    'oxfordshire_2': 'cic cic fa cic cic cic cic cic cic cic cic cic',
    'redcar_1': 'fa fa fa fa fa fa fa',
    'stockport_1': 'sg sg sg sg o ny sg sg sg cic cic cic',
    'swindon_1': 'sg sg sg o sg sg sg eh eh sg sg',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
