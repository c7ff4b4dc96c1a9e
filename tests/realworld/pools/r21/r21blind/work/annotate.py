"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run). A figure is given by its surface and which occurrence of that surface in the file
(0 = first) or by a context around it; a theme by the index of the passage (non-empty line, page furniture skipped) in the file."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r21b_'
# doc, surface, occurrence, value, value_max, unit, indicator_id, indicator
FIGURES = [
    ('camden_1', 'six', 0, '6', '', 'count', '', 'strategic objectives of the Resilient Families Programme'),
    ('centralbedfordshire_1', '90%', 0, '90', '', 'percent', '', 'employment stability of permanent social workers in the Fostering Service'),
    ('hertfordshire_1', '1148', 0, '1148', '', 'count', 'children_in_care', 'children looked after by the county council (end of March 2010)'),
    ('hertfordshire_1', '1000', 0, '1000', '', 'count', 'children_in_care', 'children looked after before the 2009-10 increase'),
    ('hertfordshire_1', '1180', 0, '1180', '', 'count', 'children_in_care', 'peak number of children looked after (August 2010)'),
    ('hertfordshire_1', '1111', 0, '1111', '', 'count', 'children_in_care', 'children looked after (end of March 2011)'),
    ('hertfordshire_1', '69', 0, '69', '', 'count', '', 'decrease in the number of children looked after'),
    ('hillingdon_1', 'two-year', 0, '2', '', 'years', '', 'length of the additional language and speech service offer to schools'),
    ('hounslow_1', '£650k', 0, '650000', '', 'gbp', '', 'saving to be delivered by the Youth Services Review'),
    ('hounslow_1', '17', 0, '17', '', 'count', '', 'reasons cited in the call-in'),
    ('hounslow_2', 'Four', 0, '4', '', 'count', '', 'young people attending the meeting'),
    ('medway_1', '10 years', 0, '10', '', 'years', '', 'time Direct Payments have been available in adult social care'),
    ('rutland_1', 'three or four', 0, '3', '4', 'count', '', 'officers needed at a youth club'),
    ('salford_1', '£202.321 million', 0, '202321000', '', 'gbp', '', "Children's Services Directorate gross revenue budget 2007-08"),
    ('salford_1', '£47.435 million', 0, '47435000', '', 'gbp', '', "Children's Services Directorate net budget 2007-08"),
    ('salford_1', '£126.906 million', 0, '126906000', '', 'gbp', '', 'Dedicated Schools Grant allocated to the council'),
    ('salford_2', '336', 0, '336', '', 'count', 'children_in_care', 'children looked after (1994)'),
    ('salford_2', '607', 0, '607', '', 'count', 'children_in_care', 'children looked after (2001)'),
    ('salford_2', '336', 1, '336', '', 'count', 'children_in_care', 'children looked after total (31 March 1994)'),
    ('salford_2', '365', 0, '365', '', 'count', 'children_in_care', 'children looked after total (31 March 1995)'),
    ('salford_2', '355', 0, '355', '', 'count', 'children_in_care', 'children looked after total (31 March 1996)'),
    ('salford_2', '396', 0, '396', '', 'count', 'children_in_care', 'children looked after total (31 March 1997)'),
    ('salford_2', '447', 0, '447', '', 'count', 'children_in_care', 'children looked after total (31 March 1998)'),
    ('salford_2', '480', 0, '480', '', 'count', 'children_in_care', 'children looked after total (31 March 1999)'),
    ('salford_2', '579', 0, '579', '', 'count', 'children_in_care', 'children looked after total (31 March 2000)'),
    ('salford_2', '607', 1, '607', '', 'count', 'children_in_care', 'children looked after total (31 March 2001)'),
    ('salford_2', '8.6%', 0, '8.6', '', 'percent', '', 'annual change in children looked after (1995)'),
    ('salford_2', '-2.7%', 0, '-2.7', '', 'percent', '', 'annual change in children looked after (1996)'),
    ('salford_2', '11.5%', 0, '11.5', '', 'percent', '', 'annual change in children looked after (1997)'),
    ('salford_2', '12.9%', 0, '12.9', '', 'percent', '', 'annual change in children looked after (1998)'),
    ('salford_2', '7.4%', 0, '7.4', '', 'percent', '', 'annual change in children looked after (1999)'),
    ('salford_2', '20.6%', 0, '20.6', '', 'percent', '', 'annual change in children looked after (2000)'),
    ('salford_2', '4.8%', 0, '4.8', '', 'percent', '', 'annual change in children looked after (2001)'),
    ('salford_2', '580', 0, '580', '', 'count', 'children_in_care', 'children looked after (30 September 2001)'),
    ('salford_2', '601', 0, '601', '', 'count', 'children_in_care', 'children looked after (30 November 2001)'),
    ('salford_2', '68.5%', 0, '68.5', '', 'percent', '', 'share of children looked after in foster care (March 1999)'),
    ('salford_2', '60.2%', 0, '60.2', '', 'percent', '', 'share of children looked after in foster care (March 2001)'),
    ('salford_2', '£187', 0, '187', '', 'gbp', 'placement_cost_weekly', 'average weekly unit cost of an in-house foster care placement'),
    ('salford_2', '£217.70', 0, '217.7', '', 'gbp', 'placement_cost_weekly', 'national average weekly cost of a foster care placement'),
    ('salford_2', '£1929', 0, '1929', '', 'gbp', 'placement_cost_weekly', 'weekly cost of residential care'),
    ('salford_2', '£1427', 0, '1427', '', 'gbp', 'placement_cost_weekly', 'national average weekly cost of residential care'),
    ('sefton_1', '£900,000', 0, '900000', '', 'gbp', '', "saving from the children's centre review"),
    ('sefton_1', '10%', 0, '10', '', 'percent', '', "reduction in children's centre funding in Phase 1"),
    ('sefton_1', '25%', 0, '25', '', 'percent', '', "reduction in children's centre funding in Phase 2"),
    ('sefton_1', '30%', 0, '30', '', 'percent', '', "reduction in children's centre funding in Phase 3"),
    ('sefton_1', '2 or 3', 0, '2', '3', 'count', '', "bases across which children's centres are merged"),
    ('slough_1', '£600k', 0, '600000', '', 'gbp', 'budget_variance', 'underspend on the youth services budget'),
    ('slough_1', '£3.69m', 0, '3690000', '', 'gbp', '', 'total youth services budget'),
    ('southwark_1', '6 months', 0, '6', '', 'months', '', 'period the free healthy school meals programme is kept under review'),
    ('westberkshire_1', '2', 'previous 2 meetings', '2', '', 'count', '', 'previous Council meetings that discussed the short breaks decisions'),
    ('northyorkshire_1', '3%', 0, '3', '', 'percent', '', 'increase in the post-16 home to school transport contribution rate'),
    ('northyorkshire_1', '£600', 0, '600', '', 'gbp', '', 'post-16 home to school transport contribution rate before the increase (per annum)'),
    ('northyorkshire_1', '£618', 0, '618', '', 'gbp', '', 'post-16 home to school transport contribution rate 2021/22 (per annum)'),
    ('northyorkshire_1', '£600', 1, '600', '', 'gbp', '', 'current post-16 transport contribution fee (per annum)'),
    ('northyorkshire_1', '50%', 0, '50', '', 'percent', '', 'reduction in the contribution fee for low income families'),
    ('northyorkshire_1', '£600', 2, '600', '', 'gbp', '', 'post-16 transport contribution fee set for 2020/21'),
    ('northyorkshire_1', '£630', 0, '630', '', 'gbp', '', 'rejected option for the post-16 contribution rate'),
    ('northyorkshire_1', '£660', 0, '660', '', 'gbp', '', 'rejected option for the post-16 contribution rate (county median)'),
    ('peterborough_1', 'seven', 0, '7', '', 'count', '', 'home to school transport appeal cases rejected at the first stage (2015)'),
    ('peterborough_1', 'Three', 0, '3', '', 'count', '', 'home to school transport appeals awarded at the first stage (2015)'),
    ('peterborough_1', 'three', 0, '3', '', 'count', '', 'second stage home to school transport appeals held'),
    ('peterborough_1', 'two', 0, '2', '', 'count', '', 'second stage appeals dismissed'),
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'eh': 'early_help', 'ed': 'education_standards',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send',
     'school': 'school_places_transport'}
THEMES = {  # one code per passage, in file order
    'camden_1': 'o o o o o o o o ed o',
    'centralbedfordshire_1': 'fa fa fa o fa cic cic cic wf',
    'hertfordshire_1': 'fa o o o fa o cic cic fa cic',
    'hillingdon_1': 'o o o o o o o o ed o ed ed',
    'hounslow_1': 'o ny o o o o o o ny fin ny o o o ny o',
    'hounslow_2': 'o o o o o o o cic cic cic o',
    'medway_1': 'send send send o send send',
    'rutland_1': 'o o ny o o ny ny ny fin o fin o fin fin ny ny o',
    'salford_1': 'o o o o fin fin o o o o o o o fin o fin o fin o o fin fin o o o o o',
    'salford_2': 'cic',
    'sefton_1': 'o eh o o o o fin eh eh eh o o o fin eh eh eh',
    'slough_1': 'ny ny ny fin ny',
    'southwark_1': 'hw o o fin hw o',
    'westberkshire_1': 'o send send send o o o o',
    'northyorkshire_1': 'o school school o o o o school school o school school o o o school school o o o o',
    'peterborough_1': 'o o o o o o school school school school school',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T, unique_starts=False)
