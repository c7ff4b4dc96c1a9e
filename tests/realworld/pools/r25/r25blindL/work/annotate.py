"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and which occurrence of that surface
in the file (0 = first) or by a context around it; a theme by the index of the passage (non-empty line, page furniture skipped) in
the file. The script only computes offsets and checks that every row slices its file (r22blindA's work/annotate.py, same layout)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r24j_'
# doc, surface, occurrence (int) or a context holding the surface once, value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Bury 1 (youth justice plan): counts of things with a unit noun; the length of investigations (how long a thing takes)
    ('bury_1', 'two', 'comprises two reports', '2', '', 'count', '', 'reports in the youth justice annual update'),
    ('bury_1', 'six', 'The six priorities', '6', '', 'count', '', 'priorities of focus in the Youth Justice Plan'),
    ('bury_1', 'two months', 0, '2', '', 'months', '', 'shortest time youth justice investigations take'),
    ('bury_1', 'three years', 0, '3', '', 'years', '', 'longest time youth justice investigations take'),
    # Bury 2 (plan years, a year, list letters are not figures)
    ('bury_2', 'two', 'between the two services', '2', '', 'count', '', 'youth justice services working together (Bury and Rochdale)'),
    # Hillingdon 1 (school admissions September 2015); "within three miles" / "an hour's travel time" define "reasonable" (threshold)
    ('hillingdon_1', '2.5', 'within 2.5 miles', '2.5', '', 'count', '', 'distance from home within which pupils were offered a school (miles)'),
    ('hillingdon_1', '6%', 0, '6', '', 'percent', '', 'first preference offers above the London average'),
    ('hillingdon_1', '3.4%', 0, '3.4', '', 'percent', '', 'increase in applications for reception places compared to 2014'),
    ('hillingdon_1', '2.9%', 0, '2.9', '', 'percent', '', 'increase in applications for secondary places'),
    ('hillingdon_1', '4,126', 0, '4126', '', 'count', '', 'applications for a primary place'),
    ('hillingdon_1', '3,044', 0, '3044', '', 'count', '', 'applications for a secondary place'),
    ('hillingdon_1', '400', 0, '400', '', 'count', '', 'primary school places remaining after national offer day'),
    # placed by its context (round 24, r24tools): occurrence 0 of '26' sat inside a longer number; the gold was corrected by the lead
    ('hillingdon_1', '26', '26 such appeals', '26', '', 'count', '', 'admissions appeals for community schools in 2014/15'),
    # North Northamptonshire 1 (family hubs programme)
    ('northnorthants_1', '£4m', 0, '4000000', '', 'gbp', '', 'Family Hubs grant funding secured for the programme period 2022-25'),
    ('northnorthants_1', 'two', 'first two localities', '2', '', 'count', '', 'localities to develop Family Hub Networks first'),
    # Northumberland 1 (family hubs)
    ('northumberland_1', '11', 0, '11', '', 'count', '', 'purpose-built Family Hubs'),
    ('northumberland_1', 'seven', 0, '7', '', 'count', '', 'dedicated family hub outreach points'),
    ('northumberland_1', 'four', 'in four fire stations', '4', '', 'count', '', 'fire stations hosting family hub outreach points'),
    ('northumberland_1', 'two', 'two military bases', '2', '', 'count', '', 'military bases hosting family hub outreach points'),
    ('northumberland_1', '14', 0, '14', '', 'count', '', 'local authorities awarded Family Hubs Trailblazer status'),
    ('northumberland_1', 'three-year', 0, '3', '', 'years', '', 'length of Family Hubs funding'),
    # Rochdale 1 (OCN summary, Schools Forum October 2025)
    ('rochdale_1', '£6.0m', 0, '6000000', '', 'gbp', 'high_needs_deficit', 'High Needs Block outturn deficit 2024/25'),
    ('rochdale_1', '£13.6m', 0, '13600000', '', 'gbp', 'high_needs_deficit', 'cumulative High Needs Block deficit'),
    # Rochdale 2: none. Stockport 1: none (a phone number).
    # Slough 1 (growth fund 2019/20)
    ('slough_1', '£111,000', 0, '111000', '', 'gbp', '', 'growth fund carry forward at the end of 2018/19'),
    ('slough_1', '£900,000', 0, '900000', '', 'gbp', '', 'DSG top slice requested for the growth fund 2019/20'),
    ('slough_1', '£56,000', 0, '56000', '', 'gbp', '', 'growth funding allocated for the Marish bulge class'),
    # Stoke 1 (Schools' Forum, early years national funding formula)
    ('stoke_1', '25%', 0, '25', '', 'percent', '', 'local authorities that would see a reduction in early years funding'),
    ('stoke_1', '93%', 0, '93', '', 'percent', '', 'early years funding local authorities are required to pass through'),
    # Swindon 1 (DSG position 2013/14); a DSG underspend is a budget variance (r23 gold does so)
    ('swindon_1', '£0.532m', 0, '532000', '', 'gbp', 'budget_variance', 'projected underspend against the retained DSG budget 2013/14'),
    ('swindon_1', '£1.001m', 0, '1001000', '', 'gbp', '', 'DSG balance to be carried forward at the end of the financial year'),
    ('swindon_1', '£0,290m', 0, '290000', '', 'gbp', '', 'increase in the DSG carry-forward estimate over the previous forecast'),
    ('swindon_1', '£0.532m', 1, '532000', '', 'gbp', 'budget_variance', 'projected underspend on the 2013/14 retained DSG budget'),
    # Swindon 2 (DSG settlement 2017/18); "2 year olds" is an age
    ('swindon_2', '£3,032.40', 0, '3032.40', '', 'gbp', '', 'funding per disadvantaged 2 year old per year'),
    ('swindon_2', '£171.115m', 0, '171115000', '', 'gbp', '', 'total DSG settlement 2017/18'),
    ('swindon_2', '£0.562m', 0, '562000', '', 'gbp', '', 'estimated DSG balance at the end of 2016/17'),
    # Swindon 3
    ('swindon_3', '£0.441m', 0, '441000', '', 'gbp', 'budget_variance', 'in-year underspend projected against the 2014/15 retained DSG budget'),
    # Swindon 4 ("16 – 19", "19-25" are ages; "Early Years 30 hours pilot" names the entitlement)
    ('swindon_4', 'five', 0, '5', '', 'count', '', 'free school bids affecting Swindon'),
    # Wiltshire 1 (DSG monitoring 2022-23); the whole-DSG overspend takes high_needs_deficit (r23 gold does so)
    ('wiltshire_1', '£9.260m', 0, '9260000', '', 'gbp', 'high_needs_deficit', 'forecast overspend against the overall schools budget (DSG) 2022-23'),
    ('wiltshire_1', '£2.223m', 0, '2223000', '', 'gbp', '', 'increase in the forecast DSG overspend'),
    ('wiltshire_1', '£2.386m', 0, '2386000', '', 'gbp', 'budget_variance', 'forecast underspend on the early years budgets'),
    ('wiltshire_1', '£0.141m', 0, '141000', '', 'gbp', 'budget_variance', 'forecast underspend on the schools budget'),
    ('wiltshire_1', '£11.820m', 0, '11820000', '', 'gbp', 'high_needs_deficit', 'projected overspend on the high needs budgets'),
    # Wiltshire 2 (DSG monitoring 2018-19)
    ('wiltshire_2', '£4.170m', 0, '4170000', '', 'gbp', 'high_needs_deficit', "projected overspend against the overall schools' budget (DSG) 2018-19"),
    ('wiltshire_2', '£4.574m', 0, '4574000', '', 'gbp', 'high_needs_deficit', 'forecast overspend on the High Needs Block'),
    ('wiltshire_2', '£0.320m', 0, '320000', '', 'gbp', 'budget_variance', 'forecast underspend on the free entitlement for 30 hours childcare'),
    # Wiltshire 3 (minute numbers, years, dates are not figures)
    ('wiltshire_3', '1%', 0, '1', '', 'percent', '', 'transfer of funding from the Schools Block to the High Needs Block 2025-26'),
    # Wiltshire 4 (growth fund; paragraph numbers are references)
    ('wiltshire_4', '62', 0, '62', '', 'count', '', 'middle layer super output areas (MSOAs) in Wiltshire'),
    ('wiltshire_4', '4', 'an average of 4 schools', '4', '', 'count', '', 'average number of schools in each MSOA'),
    # Wokingham 1 (performance indicators); "20 week period" is the threshold of a measure; Q1/Q2 and dashboard items are names
    ('wokingham_1', '17%', 0, '17', '', 'percent', '', 'increase in the number of EHCPs compared to last year'),
    ('wokingham_1', 'one', 'one member of staff', '1', '', 'count', '', 'member of staff on leave affecting the Q2 statistics'),
    ('wokingham_1', '23', 0, '23', '', 'count', '', 'increase in children placed out of Borough from Q1 to Q2'),
    # ---- second batch (gathered after the first annotation commit, annotated before any run) ----
    # Hillingdon 2 (budget proposals 2018/19); a range is one figure with value_max (r21blind gold does so)
    ('hillingdon_2', '£3,326k', 0, '3326000', '', 'gbp', '', 'contingency funding for children, young people and learning services 2018/19'),
    ('hillingdon_2', '£1,885k', 0, '1885000', '', 'gbp', '', 'contingency provision for the Asylum Service'),
    ('hillingdon_2', '£1,885k', 1, '1885000', '', 'gbp', '', 'provision for the costs of supporting unaccompanied asylum seeking children'),
    ('hillingdon_2', '£797k', 0, '797000', '', 'gbp', '', "contingency provision for looked after children's placements"),
    ('hillingdon_2', '220 and 230', 0, '220', '230', 'count', 'children_in_care', 'looked after children placements during 2017/18'),
    # Leeds 1 (NEET scrutiny follow-up); "Recommendation 6", "Year 12 & 13" are names
    ('leeds_1', '13', 'of the 13 recommendations', '13', '', 'count', '', 'recommendations arising from the 2013 NEET review'),
    # Slough 2 (high needs block centrally retained budgets 2017/18)
    ('slough_2', '£2.433m', 0, '2433000', '', 'gbp', '', 'High Needs Block centrally retained budget 2017-18'),
    ('slough_2', '£2.332m', 0, '2332000', '', 'gbp', '', 'revised High Needs Block centrally retained budget'),
    ('slough_2', '£100k', 0, '100000', '', 'gbp', '', 'estimated cost of developing the SENCO network'),
    ('slough_2', '100k', 'SENCO network 100k', '100000', '', 'gbp', '', 'SENCO network cost within the SEN budget line'),
    ('slough_2', '£235k', 0, '235000', '', 'gbp', '', 'budget for support, advice and training for schools through advisory teachers'),
    # Slough 3 (high needs / SEND review update 2020/21); "the last 2 years actuals" looks back (period)
    ('slough_3', 'three', 'on three areas of work', '3', '', 'count', '', 'areas of work in the high needs update'),
    ('slough_3', '£252,000', 0, '252000', '', 'gbp', '', 'increase in speech and language therapy (SALT) funding'),
    ('slough_3', '£100,000', 0, '100000', '', 'gbp', '', 'net increase of the centrally retained budget changes'),
    ('slough_3', '£2.3m', 0, '2300000', '', 'gbp', '', 'high needs centrally retained budget'),
    # ---- third batch (gathered after the second commit, annotated before any run) ----
    # Slough 4 (early years formula 2018/19); "30 hour provision" names the entitlement; "2-year old" is an age
    ('slough_4', '£5.20', 0, '5.20', '', 'gbp', '', 'early years universal base rate per hour before the uplift'),
    ('slough_4', '2.8%', 0, '2.8', '', 'percent', '', 'inflation uplift to the early years base rate'),
    ('slough_4', '£5.35', 0, '5.35', '', 'gbp', '', 'early years base rate per hour after the uplift'),
    ('slough_4', '£0.75', 0, '0.75', '', 'gbp', '', 'early years deprivation supplement per hour'),
    ('slough_4', '5%', 0, '5', '', 'percent', '', 'centrally retained element of the Early Years Block'),
    ('slough_4', '7%', 0, '7', '', 'percent', '', 'previous centrally retained element of the Early Years Block'),
    ('slough_4', '£15.3M', 0, '15300000', '', 'gbp', '', 'early years allocation from the DfE'),
    ('slough_4', 'five', 0, '5', '', 'count', '', 'maintained nurseries'),
    ('slough_4', '£1.1M', 0, '1100000', '', 'gbp', '', 'DfE supplementary funding allocation for maintained nurseries (before the reduction)'),
    ('slough_4', '£840,000', 0, '840000', '', 'gbp', '', 'reduced supplementary funding allocation for maintained nurseries'),
    # Slough 5 (schools outturn 2013-14)
    ('slough_5', '17%', 0, '17', '', 'percent', '', "decrease in schools' balances"),
    ('slough_5', '6.2%', 0, '6.2', '', 'percent', '', "increase in schools' expenditure (outturn 13/14 to budgets 14/15)"),
    ('slough_5', '1.9%', 0, '1.9', '', 'percent', '', "increase in schools' income"),
    # Wiltshire 5 (school balances 2023-24); "the last 3 financial years" looks back (period)
    ('wiltshire_5', '£11.3m', 0, '11300000', '', 'gbp', '', 'net surplus balances of maintained schools 2023/24'),
    ('wiltshire_5', '95', 0, '95', '', 'count', '', 'schools holding surplus balances'),
    ('wiltshire_5', '£13.1m', 0, '13100000', '', 'gbp', '', 'surplus balances held by schools'),
    ('wiltshire_5', '14', 0, '14', '', 'count', '', 'schools in deficit'),
    ('wiltshire_5', '£1.9m', 0, '1900000', '', 'gbp', '', 'value of school deficits'),
    ('wiltshire_5', '£0.9m', 0, '900000', '', 'gbp', '', 'reduction in net surplus balances compared to last year'),
    ('wiltshire_5', '116', 0, '116', '', 'count', '', 'LA maintained schools at 31 March 2023'),
    ('wiltshire_5', '109', 0, '109', '', 'count', '', 'LA maintained schools at 31 March 2024'),
    ('wiltshire_5', 'two', 'two trigger points', '2', '', 'count', '', 'trigger points for DfE requests for information'),
    # Wokingham 2 (early years update); "15 hours for 38 weeks" defines the entitlement; "three times a year" is a frequency
    ('wokingham_2', '96%', 0, '96', '', 'percent', '', 'early years funding passported to providers in 2017/18'),
    ('wokingham_2', '95%', 0, '95', '', 'percent', '', 'early years funding local authorities must pass through from 2018/19'),
    ('wokingham_2', '95%', 1, '95', '', 'percent', '', 'early years pass-through requirement'),
    ('wokingham_2', '£229,000', 0, '229000', '', 'gbp', '', 'early years contingency (providers reserve fund)'),
    ('wokingham_2', '93', 0, '93', '', 'count', '', 'children a year of growth provided for by the contingency'),
    ('wokingham_2', '£2,462', 0, '2462', '', 'gbp', '', 'early years funding per child per year'),
    ('wokingham_2', '£4.32', 0, '4.32', '', 'gbp', '', 'average early years hourly rate'),
    ('wokingham_2', 'three', 'based on three censuses', '3', '', 'count', '', 'censuses early years provider funding is based on'),
    # Wokingham 3 (early years 2018-19 budget); "the 5% top slice rule" names the rule
    ('wokingham_3', '24p', 0, '0.24', '', 'gbp', '', 'increase in the early years allocation per hour'),
    ('wokingham_3', '£5.54', 0, '5.54', '', 'gbp', '', 'early years hourly allocation for two year olds'),
    ('wokingham_3', '£4.39', 0, '4.39', '', 'gbp', '', 'early years hourly allocation for three and four year olds'),
    ('wokingham_3', '95%', 0, '95', '', 'percent', '', 'three and four year old funding local authorities must pass to providers'),
    ('wokingham_3', '96%', 0, '96', '', 'percent', '', 'early years funding Wokingham passports to providers'),
    ('wokingham_3', 'three', 'three in-year censuses', '3', '', 'count', '', 'in-year censuses early years numbers are based on'),
    ('wokingham_3', '£5.74', 0, '5.74', '', 'gbp', '', 'two year old hourly funding that should be paid to providers'),
    ('wokingham_3', '10%', 0, '10', '', 'percent', '', 'possible higher top-slice rate for two year old funding'),
    ('wokingham_3', '96%', 1, '96', '', 'percent', '', 'funding for two year olds passported to providers'),
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'sg': 'safeguarding', 'eh': 'early_help',
     'ed': 'education_standards', 'ae': 'attendance_exclusions', 'school': 'school_places_transport',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send'}
THEMES = {  # one code per passage, in file order
    'bury_1': 'ny o ny o o o o o o o o o ny o o',
    'bury_2': 'ny ny ny ny ny o o cic send o ny o o o',
    'hillingdon_1': 'school school school school school',
    'northnorthants_1': 'eh o o o eh fin o o eh eh o',
    'northumberland_1': 'eh o o o eh eh o o o eh o eh',
    'rochdale_1': 'o o o o o o o o o o fin o o o fin send send send',
    'rochdale_2': 'o o o o o o o o o o o o o o fin fin fin fin fin',
    'slough_1': 'fin fin fin fin fin fin fin',
    'stockport_1': 'o o o o o o o ny ny ny',
    'stoke_1': 'fin',
    'swindon_1': 'o o o o fin fin fin fin fin',
    'swindon_2': 'fin fin o fin fin fin fin o',
    'swindon_3': 'o o o fin fin fin fin',
    'swindon_4': 'o fin fin o school send send school school fin o',
    'wiltshire_1': 'fin fin fin fin fin fin send',
    'wiltshire_2': 'fin fin fin fin fin send send send o',
    'wiltshire_3': ' '.join(['o'] * 55 + ['send'] * 3),
    'wiltshire_4': 'fin fin fin fin fin fin fin fin',
    'wokingham_1': 'o o o o send send send send send eh eh o',
    # second batch
    'hillingdon_2': 'fin fin fin fin fin fin cic cic o',
    'leeds_1': 'ny ny ny ny o o ny o o o o o o o o o ny o',
    'slough_2': 'send send send o send send send send send send o',
    'slough_3': 'send send send send send',
    # third batch
    'slough_4': 'fin fin o fin o fin o',
    'slough_5': 'fin o fin fin fin fin fin fin fin o fin fin',
    'wiltshire_5': 'fin fin fin fin fin fin fin fin',
    'wokingham_2': 'fin fin fin fin fin fin fin fin send fin fin fin o fin',
    'wokingham_3': 'fin fin fin fin fin o fin fin fin fin fin fin o',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T)
