"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r35/r35blindAC/work/annotate.py, itself from pools/r34/r34blindZ and earlier)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r36ae_'
E = '\u2019'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # South Tyneside 1 (a council needs-assessment page). "per 10,000" is the rate's base, "aged 18 and under", "10 - 15",
    # "5 - 9", "1 - 5", "16+" and "under 1" are ages, "1 April 2015", "31 March 2016", "2015 / 16", "2015/16" dates,
    # "Figure 1/2/3", "Table 1" names. The stock of children in need at a point (1495, 1367) is children_in_need; the
    # referrals (1937) have no canonical indicator (re_referrals is the re-referral rate); the 3007 children with CIN
    # status during the year are a flow over the year, not the stock: no id (judgement call). Shares of the cohort: no id
    ('southtyneside_1', '1937', ('2016, 1937 Children', 0), '1937', '', 'count', '', 'Children in Need referrals made to Children' + E + 's Social Care (2015/16)'),
    ('southtyneside_1', '1495', ('from 1495 at', 0), '1495', '', 'count', 'children_in_need', 'number of children in need at the beginning of 2015/16'),
    ('southtyneside_1', '1367', ('to 1367 at', 0), '1367', '', 'count', 'children_in_need', 'number of children in need at the end of 2015/16'),
    ('southtyneside_1', '3007', ('with 3007 children', 0), '3007', '', 'count', '', 'children having CIN status during the course of 2015/16'),
    ('southtyneside_1', '29%', ('for 29% of', 0), '29', '', 'percent', '', 'share of children in need aged 10-15'),
    ('southtyneside_1', '24%', ('(24%)', 0), '24', '', 'percent', '', 'share of children in need aged 5-9'),
    ('southtyneside_1', '20%', ('(20%)', 0), '20', '', 'percent', '', 'share of children in need aged 1-5'),
    ('southtyneside_1', '18%', ('(18%)', 0), '18', '', 'percent', '', 'share of children in need aged 16+'),
    ('southtyneside_1', '9%', ('for 9% of', 0), '9', '', 'percent', '', 'share of children in need aged under 1 or unborn'),
    ('southtyneside_1', '85%', ('(85%)', 0), '85', '', 'percent', '', 'share of children in need who are White British'),
    ('southtyneside_1', '7%', ('There are 7% of', 0), '7', '', 'percent', '', 'share of children in need whose ethnicity is unknown'),
    # Wakefield 1 ("a 12 month period" a period looking back; "April 2019", "March 2020", "January 2019" dates; "channel
    # 276" a name). The 166 foster families on the books is foster_carers; the net gains of nine households are changes: no
    # id. "one for every three" a ratio in words (33.3, like "one in three"). "40 per cent" (an increase in enquiries) four
    # times: the body and the photo caption (twice in its first copy, once in its second)
    ('wakefield_1', 'nine', ('gain of nine fostering households', 0), '9', '', 'count', '', 'net gain of fostering households between April 2019 and March 2020'),
    ('wakefield_1', '166', ('just 166 foster', 0), '166', '', 'count', 'foster_carers', 'foster families on the council' + E + 's books (January 2019)'),
    ('wakefield_1', 'one for every three', ('around one for every three children', 0), '33.3', '', 'percent', '', 'foster families per child in the care of the local authority (around)'),
    ('wakefield_1', '40 per cent', ('jumped by 40 per cent', 0), '40', '', 'percent', '', 'increase in enquiries from potential foster carers last year'),
    ('wakefield_1', '40 per cent', ('reported a 40 per cent increase', 0), '40', '', 'percent', '', 'increase in fostering enquiries last year (photo caption)'),
    ('wakefield_1', '40 per cent', ('reported a 40 per cent increase', 1), '40', '', 'percent', '', 'increase in fostering enquiries last year (photo caption, repeated)'),
    ('wakefield_1', '40 per cent', ('reported a 40 per cent increase', 2), '40', '', 'percent', '', 'increase in fostering enquiries last year (photo caption, second copy)'),
    ('wakefield_1', 'nine', ('increase of nine fostering families', 0), '9', '', 'count', '', 'net increase of fostering families over the last financial year'),
    # Herts 1 ("25th November", "May 2022" dates). Children in care in May and September are children_in_care; the rise of
    # 47 a change; the average weekly cost of a placement in both months is placement_cost_weekly, its rise of £113 a change;
    # the £5 million additional annual expenditure has no canonical indicator
    ('herts_1', '47', ('increased by 47', 0), '47', '', 'count', '', 'increase in the number of children in care between May and September'),
    ('herts_1', '872', ('from 872 to', 0), '872', '', 'count', 'children_in_care', 'children in care in Hertfordshire (May)'),
    ('herts_1', '919', ('to 919.', 0), '919', '', 'count', 'children_in_care', 'children in care in Hertfordshire (September)'),
    ('herts_1', '\u00a3113', ('by \u00a3113 per week', 0), '113', '', 'gbp', '', 'rise in the average weekly cost of a placement for a child in care'),
    ('herts_1', '\u00a31,851', ('from \u00a31,851', 0), '1851', '', 'gbp', 'placement_cost_weekly', 'average weekly cost of a placement for a child in care (May)'),
    ('herts_1', '\u00a31,964', ('to \u00a31,964', 0), '1964', '', 'gbp', 'placement_cost_weekly', 'average weekly cost of a placement for a child in care (September)'),
    ('herts_1', '\u00a35 million', ('additional \u00a35 million', 0), '5000000', '', 'gbp', '', 'additional annual expenditure from the rise in numbers and placement costs (estimate)'),
    # North Northants 1 ("one month", "within a month" periods; "2023-24" a year). The trust's overspends (£20m, £21m,
    # £20.9m), the placements pressure (£16m) and the north unitary's share of the overspend (£8.9m) are budget_variance;
    # the trust's budgets (£130m, £143m) and the jump of £6m (a change) take none; "two" councils/authorities/leaders counts
    ('northnorthants_1', '\u00a320m', ('huge \u00a320m', 0), '20000000', '', 'gbp', 'budget_variance', 'children' + E + 's trust overspend of its budget this year (headline)'),
    ('northnorthants_1', '\u00a321m', ('almost \u00a321m more', 0), '21000000', '', 'gbp', 'budget_variance', 'amount the trust' + E + 's bill exceeds what the two unitary councils gave it (almost)'),
    ('northnorthants_1', 'two', ('county' + E + 's two unitary', 0), '2', '', 'count', '', 'unitary councils in the county'),
    ('northnorthants_1', '\u00a320.9m', ('currently \u00a320.9m over', 0), '20900000', '', 'gbp', 'budget_variance', 'Northamptonshire Children' + E + 's Trust over its annual budget'),
    ('northnorthants_1', '\u00a3130m', ('its \u00a3130m annual', 0), '130000000', '', 'gbp', '', 'annual budget allocated to the trust by the two authorities'),
    ('northnorthants_1', 'two', ('by the two authorities', 0), '2', '', 'count', '', 'authorities allocating the trust' + E + 's budget'),
    ('northnorthants_1', '\u00a36m', ('almost \u00a36m to', 0), '6000000', '', 'gbp', '', 'jump in the pressures from placements of children in care since last month (almost)'),
    ('northnorthants_1', '\u00a316m', ('to \u00a316m from', 0), '16000000', '', 'gbp', 'budget_variance', 'pressures from placements of children in care'),
    ('northnorthants_1', '\u00a38.9m', ('will be \u00a38.9m', 0), '8900000', '', 'gbp', 'budget_variance', 'cost of the trust' + E + 's overspend to the north unitary'),
    ('northnorthants_1', '\u00a3143m', ('have \u00a3143m to', 0), '143000000', '', 'gbp', '', 'amount the trust will have to spend in 2023-24'),
    ('northnorthants_1', 'two', ('the two leaders', 0), '2', '', 'count', '', 'leaders of the unitaries putting out a joint statement'),
    # Oldham 1 ("2017/19" a period of years). The children's social care overspends (£4 million, £4.09m, last year's
    # £3.46m), the lines above budget (£616k), the staffing pressure (£416k) and the year-end underspend (£99k) are
    # budget_variance; the reserves put towards the budget (£712k) take none
    ('oldham_1', '\u00a34 million', ('\u00a34 million overspend', 0), '4000000', '', 'gbp', 'budget_variance', 'overspend predicted on children' + E + 's social care this year'),
    ('oldham_1', '\u00a3712k', ('\u00a3712k of reserves', 0), '712000', '', 'gbp', '', 'reserves put towards the children' + E + 's social care budget'),
    ('oldham_1', '\u00a34.09m', ('going \u00a34.09m beyond', 0), '4090000', '', 'gbp', 'budget_variance', 'forecast spend beyond the children' + E + 's social care budget'),
    ('oldham_1', '\u00a3616k', ('total of \u00a3616k', 0), '616000', '', 'gbp', 'budget_variance', 'personal budgets and care leavers' + E + ' supported accommodation above budget'),
    ('oldham_1', '\u00a33.46m', ('\u00a33.46m overspend', 0), '3460000', '', 'gbp', 'budget_variance', 'council overspend at the end of last financial year'),
    ('oldham_1', '\u00a3416k', ('pressure of \u00a3416k', 0), '416000', '', 'gbp', 'budget_variance', 'pressure from staffing needs'),
    ('oldham_1', '\u00a399k', ('with \u00a399k left', 0), '99000', '', 'gbp', 'budget_variance', 'estimated council underspend at the end of the year'),
    # Swindon 1 ("five years ago" a period; "March 2018", "March 2023" dates). Looked after children (359, 338) are
    # children_in_care; children in foster care (305, 205) and their shares take none. The basic foster carer's allowance
    # per week per placement is placement_cost_weekly (the weekly payment for an in-house placement, as r34blindZ's foster
    # placement); the additional allowance range and the skill-level payments are components: no id
    ('swindon_1', '81 per cent', ('Swindon 81 per cent', 0), '81', '', 'percent', '', 'foster carers answering the survey who believe there should be additional incentives'),
    ('swindon_1', '305', ('there were 305 children', 0), '305', '', 'count', '', 'children living in foster care placements (March 2018)'),
    ('swindon_1', '359', ('out of 359 looked', 0), '359', '', 'count', 'children_in_care', 'looked after children (March 2018)'),
    ('swindon_1', '84 per cent', ('rate of 84 per cent', 0), '84', '', 'percent', '', 'looked after children living in foster care (March 2018)'),
    ('swindon_1', '60 per cent', ('reduced to 60 per cent', 0), '60', '', 'percent', '', 'proportion of looked after children living in foster care (March 2023)'),
    ('swindon_1', '205', (E + 's 205 children', 0), '205', '', 'count', '', 'children living in foster care (March 2023)'),
    ('swindon_1', '338', ('population of 338', 0), '338', '', 'count', 'children_in_care', 'children looked after population (March 2023)'),
    ('swindon_1', '\u00a3300', ('allowance to \u00a3300 per week', 0), '300', '', 'gbp', 'placement_cost_weekly', 'basic foster carer' + E + 's allowance per week per placement'),
    ('swindon_1', '\u00a3200 and \u00a3300', ('between \u00a3200 and \u00a3300', 0), '200', '300', 'gbp', '', 'additional allowance per week per placement by complexity of need'),
    ('swindon_1', '\u00a3108', ('receiving \u00a3108', 0), '108', '', 'gbp', '', 'weekly skills payment for level one foster carers'),
    ('swindon_1', '\u00a3130', ('adding \u00a3130', 0), '130', '', 'gbp', '', 'weekly skills payment for level two foster carers'),
    ('swindon_1', '\u00a3185', ('extra \u00a3185', 0), '185', '', 'gbp', '', 'weekly skills payment for level three foster carers'),
    ('swindon_1', '\u00a3572,000', ('total of \u00a3572,000', 0), '572000', '', 'gbp', '', 'cost of the extra foster carer allowances'),
    ('swindon_1', '\u00a350,000', ('budget of \u00a350,000', 0), '50000', '', 'gbp', '', 'budget for training foster carers'),
    # Swindon 2. The weekly costs of an IFA placement (£1,000) and of an SBC foster carer's fees and allowances (£600) are
    # placement_cost_weekly; the reduction per week (£400) a change; the grant pot and yearly saving take none
    ('swindon_2', '\u00a3200,000', ('up to \u00a3200,000 every year', 0), '200000', '', 'gbp', '', 'yearly grants for extra bedrooms for foster carers (up to)'),
    ('swindon_2', '\u00a3200,000', ('up to \u00a3200,000 a year', 0), '200000', '', 'gbp', '', 'yearly amount set aside for adaptations (up to)'),
    ('swindon_2', '\u00a31,000', ('approximately \u00a31,000 per week', 0), '1000', '', 'gbp', 'placement_cost_weekly', 'weekly cost of Independent Fostering Agency placements (approximately)'),
    ('swindon_2', '\u00a3600', ('around \u00a3600 per week', 0), '600', '', 'gbp', 'placement_cost_weekly', 'weekly fees and allowances paid to an SBC-approved foster carer (around)'),
    ('swindon_2', '\u00a3400', ('approximately \u00a3400 per week', 0), '400', '', 'gbp', '', 'reduction in costs per week by converting an IFA placement (approximately)'),
    ('swindon_2', '\u00a320,800', ('\u00a320,800 per year', 0), '20800', '', 'gbp', '', 'yearly reduction in costs per converted placement'),
    # Swindon 3 ("12 July", "5th July 2023" dates; "2022/23" a year). The average foster carer payment per week, proposed
    # and current, is placement_cost_weekly (as Swindon 2's fees and allowances); the yearly costs and allowances take
    # none; the 265 children placed away from their family are an average of placements over the year: no id (judgement
    # call); "12 years" the length of a carer's service (a figure, as "foster carers for over 20 years")
    ('swindon_3', '\u00a310,000', ('\u00a310,000 extra', 0), '10000', '', 'gbp', '', 'extra yearly payment foster carers could receive (as much as)'),
    ('swindon_3', '\u00a321.6m', ('spent \u00a321.6m', 0), '21600000', '', 'gbp', '', 'spending on placing children in homes away from their family in 2022/23'),
    ('swindon_3', '265', ('average of 265 children', 0), '265', '', 'count', '', 'average number of children placed in homes away from their family in 2022/23'),
    ('swindon_3', '\u00a381,300', ('costs \u00a381,300', 0), '81300', '', 'gbp', '', 'average yearly cost of providing care for one child'),
    ('swindon_3', '\u00a3572', ('to \u00a3572 per week', 0), '572', '', 'gbp', 'placement_cost_weekly', 'average weekly foster carer payment (proposed)'),
    ('swindon_3', '\u00a3374', ('from \u00a3374', 0), '374', '', 'gbp', 'placement_cost_weekly', 'average weekly foster carer payment (current)'),
    ('swindon_3', '\u00a342,020', ('\u00a342,020 per year', 0), '42020', '', 'gbp', '', 'yearly allowance for a carer at the highest skill level with complex needs (proposed)'),
    ('swindon_3', '\u00a324,628', ('\u00a324,628', 0), '24628', '', 'gbp', '', 'current yearly fee for a carer at the highest skill level'),
    ('swindon_3', '12 years', ('for 12 years', 0), '12', '', 'years', '', 'time Eileen Koppoe has been a foster carer with the council'),
    # Hartlepool 1 ("6th December 2018", "4:00 pm", "4:05 pm", "2018/19" dates and times). Overspends are budget_variance
    ('hartlepool_1', '\u00a31.2million', ('reported a \u00a31.2million overspend', 0), '1200000', '', 'gbp', 'budget_variance', 'children' + E + 's care overspend reported by finance bosses'),
    ('hartlepool_1', '\u00a3549,000', ('\u00a3549,000 overspend', 0), '549000', '', 'gbp', 'budget_variance', 'council overspend still to be addressed for 2018/19 (forecast)'),
    ('hartlepool_1', '\u00a31.2million', ('there is a \u00a31.2million forecast', 0), '1200000', '', 'gbp', 'budget_variance', 'forecast overspend in children' + E + 's and joint commissioning services'),
    # Peterborough 1 ("channel 276" a name; "20 weeks", "20 week" the statutory limit named; "2019", "2014", "2018" years;
    # "the age of 25" an age). Shares of new EHC plans issued within 20 weeks, local, regional and national, now and
    # before, are ehcp_timeliness; "A third" (the late share, the complement) takes none; the 136 new plans a flow (no
    # ehcp_count, which is the stock maintained); the 47 people who waited longer a count
    ('peterborough_1', 'A third', ('A third of support plans', 0), '33.3', '', 'percent', '', 'support plans for young people with SEN that overshot the legal time limit last year'),
    ('peterborough_1', '65.4 per cent', ('only 65.4 per cent', 0), '65.4', '', 'percent', 'ehcp_timeliness', 'new EHC plans issued in Peterborough in 2019 processed within 20 weeks'),
    ('peterborough_1', '136', ('the 136 new', 0), '136', '', 'count', '', 'new education, health and care plans issued in Peterborough in 2019'),
    ('peterborough_1', '47', ('meaning 47 people', 0), '47', '', 'count', '', 'people who waited longer than 20 weeks for an EHC plan'),
    ('peterborough_1', '73.8 per cent', ('when 73.8 per cent', 0), '73.8', '', 'percent', 'ehcp_timeliness', 'EHC plans dealt with in the 20 week timeframe the previous year'),
    ('peterborough_1', '65 per cent', ('average of 65 per cent', 0), '65', '', 'percent', 'ehcp_timeliness', 'regional average of EHC plans issued within 20 weeks'),
    ('peterborough_1', '60.4 per cent', ('England, 60.4 per cent', 0), '60.4', '', 'percent', 'ehcp_timeliness', 'new EHC plans issued within 20 weeks across England last year'),
    ('peterborough_1', '60.1 per cent', ('from 60.1 per cent', 0), '60.1', '', 'percent', 'ehcp_timeliness', 'new EHC plans issued within 20 weeks across England in 2018'),
    ('peterborough_1', '64.3 per cent', ('than 64.3 per cent', 0), '64.3', '', 'percent', 'ehcp_timeliness', 'new EHC plans issued within 20 weeks across England in 2014'),
    # Bedford 1 ("channel 276" a name; "20 weeks" the limit named; "2021" a year; "the first six months of this year" a
    # period). Shares of plans within 20 weeks (and "over 90%" compliance with it) are ehcp_timeliness
    ('bedford_1', '77%', ('shows 77% of', 0), '77', '', 'percent', 'ehcp_timeliness', 'EHC plans in Bedford last year created within 20 weeks'),
    ('bedford_1', '93%', ('from 93% of', 0), '93', '', 'percent', 'ehcp_timeliness', 'EHC plans created within 20 weeks in 2021'),
    ('bedford_1', '90%', ('over 90% compliant', 0), '90', '', 'percent', 'ehcp_timeliness', 'compliance with the 20-week limit in the first six months of this year (over)'),
    # Redcar 1 ("October 2021" a date). The placements budget's forecast overspend is budget_variance; savings and
    # inflation rates take none
    ('redcar_1', '\u00a38.14m', ('totalling \u00a38.14m', 0), '8140000', '', 'gbp', '', 'savings proposed to offset a predicted shortfall in next year' + E + 's budget'),
    ('redcar_1', '\u00a36.7m', ('overspend by \u00a36.7m', 0), '6700000', '', 'gbp', 'budget_variance', 'forecast overspend of the budget for placements this year'),
    ('redcar_1', '4%', ('peak at 4%', 0), '4', '', 'percent', '', 'forecast peak rate of inflation (October 2021 spending review)'),
    ('redcar_1', '11.1%', ('peaked at 11.1%', 0), '11.1', '', 'percent', '', 'peak rate of inflation'),
]
THEMES = {
    'bedford_1': 'send o o o send send send o o o o send send send send send send send o o send send',
    'hartlepool_1': 'fin fin o o o fin fin cic o o cic sg cic fin o cic cic cic fin sg',
    'herts_1': 'cic cic cic cic cic cic fin cic cic cic cic cic o fin',
    'northnorthants_1': 'fin fin fin fin fin fin fin fin fin fa fa fa fa',
    'oldham_1': 'fin fin fin fin cic fin fin wf wf fin fin fin',
    'peterborough_1': 'send send o o o send send o o send o o send send send o o send send send',
    'redcar_1': 'fin fin cic fin fin fin fin fin fin fin fin cic o fin',
    'southtyneside_1': 'sg sg sg sg sg sg o sg sg o sg sg sg sg sg sg o',
    'swindon_1': 'fa fa fa fa fa fa fa fa fa',
    'swindon_2': 'fa fa fa fa fa fin o fa fa fa fa',
    'swindon_3': 'fa fa o fa fa cic fa fa',
    'wakefield_1': 'fa fa o o o fa fa o o cic cic cic fa fa fa o o fa fa fa fa o',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
