"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run). A figure is given by its surface and which occurrence of that surface in the file
(0 = first) or by a context around it (a string that holds the surface once and occurs once in the file); a theme by the index
of the passage (non-empty line, page furniture skipped) in the file. Same layout as round 21's r21blind/work/annotate.py."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r22b_'
# doc, surface, occurrence or context, value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Waltham Forest, complaints and youth justice plan (OCN summary)
    ('walthamforest_1', 'three year', 0, '3', '', 'years', '', 'length of the council youth justice plan'),
    ('walthamforest_1', '40', 0, '40', '', 'count', '', 'complaints made to Children\'s Social Care (2023/24)'),
    ('walthamforest_1', '61', 0, '61', '', 'count', '', 'complaints made to Children\'s Social Care (2022/23)'),
    ('walthamforest_1', 'six', 0, '6', '', 'count', '', 'categories of complaints identified in the report'),
    ('walthamforest_1', '36%', 0, '36', '', 'percent', '', 'share of complaints about poor quality of service'),
    ('walthamforest_1', '26%', 0, '26', '', 'percent', '', 'share of complaints about not providing a service'),
    ('walthamforest_1', '14%', 0, '14', '', 'percent', '', 'share of complaints about staff attitude'),
    ('walthamforest_1', '12%', 0, '12', '', 'percent', '', 'share of complaints about disagreement with policy and decisions'),
    ('walthamforest_1', '10%', 0, '10', '', 'percent', '', 'share of complaints about communication'),
    ('walthamforest_1', '2%', 'service (2%)', '2', '', 'percent', '', 'share of complaints about delay in providing a service'),
    ('walthamforest_1', '62%', 0, '62', '', 'percent', '', 'share of complaints about services for children in need (2023/24)'),
    ('walthamforest_1', '51%', 0, '51', '', 'percent', '', 'share of complaints about services for children in need (2022/23)'),
    ('walthamforest_1', '38%', 0, '38', '', 'percent', '', 'share of complaints about services for looked after children, care leavers, child protection and EHCP'),
    # Waltham Forest, attendance policy (OCN summary)
    ('walthamforest_2', 'three-year', 0, '3', '', 'years', '', 'length of the period of priority areas for attendance (2025-2028)'),
    ('walthamforest_2', 'five', 0, '5', '', 'count', '', 'bands (quintiles) schools are placed into for absence, suspensions and exclusions'),
    # Salford, Cabinet report 2001, pressures on children's personal social services
    ('salford_1', '£1,000,000', 0, '1000000', '', 'gbp', '', 'growth in funding for Community & Social Services for Children\'s Services (2001/2002)'),
    ('salford_1', '8.1%', 0, '8.1', '', 'percent', '', 'projected annual increase in the number of children looked after'),
    ('salford_1', 'six years', 0, '6', '', 'years', '', 'period of growth in children looked after to 31 March 2000'),
    ('salford_1', '72%', 0, '72', '', 'percent', '', 'growth in the number of children looked after over six years'),
    ('salford_1', '336', 0, '336', '', 'count', 'children_in_care', 'children looked after (March 1994)'),
    ('salford_1', '579', 0, '579', '', 'count', 'children_in_care', 'children looked after (March 2000)'),
    ('salford_1', '12%', 0, '12', '', 'percent', '', 'average annual growth in children looked after'),
    ('salford_1', 'six', 1, '6', '', 'years', '', 'period of average annual growth in children looked after'),
    # Torbay, care experienced young people
    ('torbay_1', '128', 0, '128', '', 'count', 'care_leavers', 'former care experienced young people supported by Torbay'),
    ('torbay_1', '85%', 0, '85', '', 'percent', '', 'share of care experienced young people assessed as living in suitable accommodation'),
    ('torbay_1', '110', 0, '110', '', 'count', '', 'care experienced young people assessed as living in suitable accommodation'),
    # Stockport, scrutiny review of privately run children's care homes
    ('stockport_1', '294', 0, '294', '', 'count', 'children_in_care', 'looked after children in the borough'),
    ('stockport_1', '60%', 0, '60', '', 'percent', '', 'share of looked after children in foster care'),
    # Stockport, Children and Young People Plan 2024-27
    ('stockport_2', 'three years', 0, '3', '', 'years', '', 'period of the overarching priorities of the Children and Young People Plan'),
    ('stockport_2', 'three years', 1, '3', '', 'years', '', 'period of the overarching priorities of the Children and Young People Plan'),
    ('stockport_2', '13.5%', 0, '13.5', '', 'percent', '', 'children and young people living in poverty in Stockport'),
    # Oldham, children's social care financial performance and improvement plan 2023/24
    ('oldham_2', '£13.171m', 0, '13171000', '', 'gbp', 'budget_variance', "Children's Social Care financial pressure at month 9 of 2022/23"),
    ('oldham_2', '£13.806m', 0, '13806000', '', 'gbp', 'budget_variance', "Children's Social Care overspend at the end of 2022/23"),
    ('oldham_2', '£14.700m', 0, '14700000', '', 'gbp', '', "investment in Children's Services approved for 2023/24"),
    ('oldham_2', '£11.800m', 0, '11800000', '', 'gbp', '', 'recurrent funding to stabilise the financial position'),
    ('oldham_2', '£2.900m', 0, '2900000', '', 'gbp', '', 'one-off funding for invest to save initiatives'),
    ('oldham_2', '£16.642m', 0, '16642000', '', 'gbp', 'budget_variance', 'forecast adverse revenue variance for 2023/24 at month 9'),
    ('oldham_2', '16', 'there are 16 current', '16', '', 'count', '', 'current placements with a weekly cost above the average'),
    ('oldham_2', '£22,085', 0, '22085', '', 'gbp', 'placement_cost_weekly', 'highest weekly cost of a placement'),
    ('oldham_2', '£1.148m', 0, '1148000', '', 'gbp', '', 'annual cost of the highest cost placement'),
    # Oldham, children's social care financial performance 2018/19
    ('oldham_3', 'three', 'last three financial', '3', '', 'years', '', "period of the increase in the cost base of Children's Social Care"),
    ('oldham_3', '£3,420k', 0, '3420000', '', 'gbp', 'budget_variance', "Children's Social Care overspend (2017/18)"),
    ('oldham_3', '£3,967k', 0, '3967000', '', 'gbp', 'budget_variance', "Children's Social Care overspend (2018/19)"),
    ('oldham_3', 'three-year', 0, '3', '', 'years', '', 'length of the strategic recovery plan for Children\'s Social Care'),
    ('oldham_3', 'three', 'the three Service', '3', '', 'count', '', "service areas within Children's Social Care"),
    ('oldham_3', '74%', 0, '74', '', 'percent', '', 'share of the 2018/19 overspend attributable to Children in Care'),
    # Southampton, children and learning performance
    ('southampton_1', 'Twenty-four', 0, '24', '', 'count', '', 'children placed for adoption in April'),
    # Newham, safeguarding children partnership
    ('newham_1', 'one', 'consists of one full-time', '1', '', 'count', '', 'full-time managers in the NSCP business unit'),
    ('newham_1', '0.25', 0, '0.25', '', 'count', '', 'other staff in the NSCP business unit'),
    ('newham_1', '£5,000', 0, '5000', '', 'gbp', '', "Metropolitan Police's annual contribution to the partnership"),
    # North Northamptonshire, SEND (OCN summary)
    ('northnorthamptonshire_1', '800', 0, '800', '', 'count', '', 'new SEND places planned'),
    # Tameside, Schools' Forum, high needs funding update 2020-21
    ('tameside_1', '£4.569m', 0, '4569000', '', 'gbp', 'high_needs_deficit', 'High Needs in-year deficit (2019-20)'),
    ('tameside_1', '£4.012m', 0, '4012000', '', 'gbp', '', 'DSG reserves used'),
    ('tameside_1', '£0.557m', 0, '557000', '', 'gbp', 'high_needs_deficit', 'deficit against the overall DSG at the end of 2019-20'),
    ('tameside_1', '30.63%', 0, '30.63', '', 'percent', '', 'growth in High Needs spend in mainstream'),
    ('tameside_1', '10.35%', 0, '10.35', '', 'percent', '', 'growth in High Needs spend in special schools'),
    ('tameside_1', '46.19%', 0, '46.19', '', 'percent', '', 'growth in High Needs spend in the independent sector'),
    ('tameside_1', '181', 0, '181', '', 'count', '', 'High Needs pupils attending out of borough institutions'),
    ('tameside_1', '68', 0, '68', '', 'count', '', 'High Needs pupils coming into Tameside schools and colleges'),
    ('tameside_1', '113', 0, '113', '', 'count', '', 'net High Needs places exported'),
    ('tameside_1', '80', 0, '80', '', 'count', '', 'net High Needs places exported (2019-20)'),
    ('tameside_1', '18%', 0, '18', '', 'percent', '', 'increase in High Needs funding compared to 2019-20'),
    ('tameside_1', '£2.683m', 0, '2683000', '', 'gbp', 'high_needs_deficit', 'forecast High Needs in-year deficit before growth'),
    ('tameside_1', '£2.971m', 0, '2971000', '', 'gbp', '', 'estimated growth in High Needs demand'),
    ('tameside_1', '£0.557m', 1, '557000', '', 'gbp', 'high_needs_deficit', 'deficit on the DSG brought forward'),
    ('tameside_1', '£0.850m', 0, '850000', '', 'gbp', '', 'Schools Block transfer into the High Needs Block'),
    ('tameside_1', '£5.361m', 0, '5361000', '', 'gbp', 'high_needs_deficit', 'projected deficit on the overall DSG budget'),
    # Tameside, Schools' Forum, high needs and deficit recovery update
    ('tameside_2', '£4.385m', 0, '4385000', '', 'gbp', 'high_needs_deficit', 'forecast High Needs in-year deficit (2022-23) before transfer and savings'),
    ('tameside_2', '£0.954m', 0, '954000', '', 'gbp', '', 'transfer from the Schools Block (2022-23)'),
    ('tameside_2', '£3.431m', 0, '3431000', '', 'gbp', 'high_needs_deficit', 'High Needs in-year deficit after the Schools Block transfer'),
    ('tameside_2', '£0.688m', 0, '688000', '', 'gbp', '', 'proposed High Needs savings'),
    ('tameside_2', '£2.743m', 0, '2743000', '', 'gbp', 'high_needs_deficit', 'High Needs in-year deficit after proposed savings'),
    # Wiltshire, Schools Forum, high needs working group update (2020)
    ('wiltshire_1', '6', '6 priority areas', '6', '', 'count', '', 'priority areas of the SEND Inclusion Strategy 2020/2023'),
    ('wiltshire_1', '97', 0, '97', '', 'count', '', 'additional resource base and special school places achieved (2019/20)'),
    ('wiltshire_1', '66', 0, '66', '', 'count', '', 'special school and resource base places to be added (2020/21)'),
    ('wiltshire_1', '£33 million', 0, '33000000', '', 'gbp', '', 'capital approved for the System of Excellence (North Wiltshire Special School)'),
    ('wiltshire_1', '£11 million', 0, '11000000', '', 'gbp', 'high_needs_deficit', 'forecast high needs block overspend'),
    ('wiltshire_1', '10-year', 0, '10', '', 'years', '', 'length of the high needs recovery plan'),
    ('wiltshire_1', '£5 million', 0, '5000000', '', 'gbp', '', 'assumed yearly increase in high needs funding'),
    ('wiltshire_1', '10-year', 1, '10', '', 'years', '', 'length of the high needs recovery plan period'),
    # Wiltshire, Schools Forum, high needs block working group update (2018)
    ('wiltshire_2', '£1.2m', 0, '1200000', '', 'gbp', 'high_needs_deficit', 'high needs block overspend (31 August 2018)'),
    ('wiltshire_2', '£4.125m', 0, '4125000', '', 'gbp', 'high_needs_deficit', 'high needs block overspend (latest)'),
    ('wiltshire_2', 'Two', 'Two Heads', '2', '', 'count', '', 'heads supporting a transfer from the Schools Block to the High Needs Block'),
    ('wiltshire_2', 'five', 'and five did not', '5', '', 'count', '', 'heads not supporting a transfer from the Schools Block to the High Needs Block'),
    # West Berkshire, Schools' Forum, High Needs Block budget 2020/21
    ('westberkshire_1', '£219k', 0, '219000', '', 'gbp', '', 'High Needs Block savings implemented (2017/18)'),
    ('westberkshire_1', '£306k', 0, '306000', '', 'gbp', '', 'further High Needs Block savings (2018/19)'),
    ('westberkshire_1', '£703k', 0, '703000', '', 'gbp', 'high_needs_deficit', 'planned High Needs Block overspend (2018/19)'),
    ('westberkshire_1', '£1.6m', 0, '1600000', '', 'gbp', 'high_needs_deficit', 'planned High Needs Block overspend (2019/20)'),
    ('westberkshire_1', '£3,539,176', 0, '3539176', '', 'gbp', 'high_needs_deficit', 'net shortfall in the 2020/21 High Needs Block budget'),
    ('westberkshire_1', '£2,174,560', 0, '2174560', '', 'gbp', 'high_needs_deficit', 'predicted High Needs Block overspend (2019/20)'),
    ('westberkshire_1', '0.25%', 0, '0.25', '', 'percent', '', "transfer of funding from the Schools' Block to the High Needs Block"),
    ('westberkshire_1', '1026', 0, '1026', '', 'count', 'ehcp_count', 'Education Health and Care Plans'),
    # West Berkshire, Schools' Forum, additional high needs funds 2021/22
    ('westberkshire_2', '£100k', 0, '100000', '', 'gbp', '', 'initially recommended budget for schools with disproportionate numbers of high needs pupils'),
    ('westberkshire_2', '£40k', 0, '40000', '', 'gbp', '', 'proposed budget for additional high needs funding'),
    ('westberkshire_2', '£40k', 1, '40000', '', 'gbp', '', 'agreed budget for additional high needs funding (2021/22)'),
    # Swindon, Schools Forum, DSG settlement and budget 2018/19
    ('swindon_1', '£659,000', 0, '659000', '', 'gbp', '', 'transfer from the Schools block to the high needs block'),
    ('swindon_1', '£338,333', 0, '338333', '', 'gbp', '', 'grants allocated to create additional Early Years places'),
    ('swindon_1', '1,277', 0, '1277', '', 'count', '', 'additional Early Years places'),
    ('swindon_1', '£60,000', 0, '60000', '', 'gbp', 'budget_variance', 'projected deficit of the Oakfield Project'),
    ('swindon_1', '30', '30 places', '30', '', 'count', '', 'places in the Oakfield Project sought from outside the Borough'),
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'eh': 'early_help', 'ed': 'education_standards',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send',
     'school': 'school_places_transport', 'sg': 'safeguarding', 'att': 'attendance_exclusions'}
THEMES = {  # one code per passage, in file order
    'newham_1': 'o o o o o o sg sg wf fin sg fin',
    'northnorthamptonshire_1': 'o o o o o o o send o o o send send send send',
    'oldham_2': 'fin fin fin fin fin cic',
    'oldham_3': 'fin o fin fin fin fin',
    'salford_1': 'cic',
    'southampton_1': 'o o o o o o o o cic eh cic cic cic wf o cic fa',
    'stockport_1': 'cic o o o o o o o o o o o o o cic o o o o o cic cic ny',
    'stockport_2': 'o o o o o o o o o o o o eh',
    'tameside_1': 'send o send send send send send',
    'tameside_2': 'send o send send send send send',
    'torbay_1': 'o o o o ny o ny',
    'walthamforest_1': 'o o o o o o o o o o o o ny ny o',
    'westberkshire_1': 'o send send send send send send send att send',
    'westberkshire_2': 'o send send send o send',
    'swindon_1': 'fin o att att send send send send eh fin o o',
    'walthamforest_2': 'o o o o o o o att att att att att',
    'wiltshire_1': 'send o send o send wf send send send send',
    'wiltshire_2': 'send o send send fin send send o send',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T, sort_themes=True)
