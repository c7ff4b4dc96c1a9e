"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and which occurrence of that surface
in the file (0 = first) or by a context around it; a theme by the index of the passage (non-empty line, page furniture skipped) in
the file. The script only computes offsets and checks that every row slices its file (r21blind's work/annotate.py, same layout)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r22a_'
# doc, surface, occurrence (int) or a context holding the surface once, value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Barnet: none ("Two paper copies of the agenda" is the agenda page's standing notice: page furniture, as Luton's "0 views")
    # Bedford
    ('bedford_1', 'two', 'There are two elements', '2', '', 'count', '', 'elements of transport policy affected by the review'),
    ('bedford_1', '4', 'There are 4 key areas', '4', '', 'count', '', 'key areas of policy change in the revised transport policy'),
    # Camden: the length of the plan ("two-year service offer" in r21blind is a figure)
    ('camden_1', '2 years', 0, '2', '', 'years', '', 'period covered by the Youth Justice Plan priorities'),
    ('camden_1', '2 years', 1, '2', '', 'years', '', 'period covered by the Youth Justice Plan priorities'),
    # Hertfordshire 1 (self-assessment, local area)
    ('hertfordshire_1', '634', 0, '634', '', 'count', '', 'area of Hertfordshire (square miles)'),
    ('hertfordshire_1', '1.1m', 0, '1100000', '', 'count', '', 'population of Hertfordshire'),
    ('hertfordshire_1', '278,300', 0, '278300', '', 'count', '', 'children and young people aged 0-19 in Hertfordshire (Census update)'),
    ('hertfordshire_1', '25%', 0, '25', '', 'percent', '', 'share of the overall population aged 0-19'),
    ('hertfordshire_1', '303,000', 0, '303000', '', 'count', '', 'projected children and young people aged 0-19 by 2020'),
    ('hertfordshire_1', '23%', 0, '23', '', 'percent', '', 'projected increase in the population aged 65+ over the next 10 years'),
    ('hertfordshire_1', '66.2', 0, '66.2', '', 'rate', '', 'general fertility rate in Hertfordshire, live births per 1,000 women aged 15-44 (2011)'),
    ('hertfordshire_1', '64.3', 0, '64.3', '', 'rate', '', 'general fertility rate in Hertfordshire (2009)'),
    ('hertfordshire_1', '57.7', 0, '57.7', '', 'rate', '', 'general fertility rate, births per 1,000 women (Welwyn Hatfield)'),
    ('hertfordshire_1', '73', 'to 73 per 1,000', '73', '', 'rate', '', 'general fertility rate, births per 1,000 women (Watford)'),
    ('hertfordshire_1', 'ten', 'There are ten', '10', '', 'count', '', 'district/borough council areas in the county'),
    # Hertfordshire 2 (quarterly performance monitor)
    ('hertfordshire_2', 'ten', 'top ten key', '10', '', 'count', '', 'top key performance indicators marked in the appendix'),
    ('hertfordshire_2', '10', 'Of the 10 key', '10', '', 'count', '', 'key performance indicators'),
    ('hertfordshire_2', '2', 'only 2 are not', '2', '', 'count', '', 'key indicators not showing an improvement on last year'),
    ('hertfordshire_2', 'three', 'currently three projects', '3', '', 'count', '', 'projects monitored monthly by the CSF Board'),
    ('hertfordshire_2', 'one', 'one performance clinic', '1', '', 'count', '', 'performance clinics monitored by the CSF Board'),
    # Hillingdon 1 (OCN summary)
    ('hillingdon_1', '£6.0m', 0, '6000000', '', 'gbp', 'budget_variance', 'budget pressure within Children, Families & Education services 2025/26'),
    ('hillingdon_1', '£10.6m', 0, '10600000', '', 'gbp', 'high_needs_deficit', 'Dedicated Schools Grant in-year deficit forecast'),
    ('hillingdon_1', '£4.276m', 0, '4276000', '', 'gbp', '', 'savings on track for delivery 2025/26'),
    ('hillingdon_1', '£4.549m', 0, '4549000', '', 'gbp', '', 'savings requirement 2025/26'),
    ('hillingdon_1', '£9.3m', 0, '9300000', '', 'gbp', '', 'net budget change for the committee remit 2026/27'),
    ('hillingdon_1', '£10.0m', 0, '10000000', '', 'gbp', '', 'net budget change for the committee remit by 2028/29'),
    ('hillingdon_1', '£2.9m', 0, '2900000', '', 'gbp', '', 'savings proposals 2026/27'),
    ('hillingdon_1', '£12.1m', 0, '12100000', '', 'gbp', '', 'growth proposals 2026/27'),
    # Hillingdon 2
    ('hillingdon_2', '£200k', 0, '200000', '', 'gbp', '', 'adverse movement in the forecast position (cost of care)'),
    ('hillingdon_2', '£273,000', 0, '273000', '', 'gbp', '', 'savings under review linked to increasing residential provision'),
    # Hillingdon 3 (school admissions, September 2018)
    ('hillingdon_3', '£28.9m', 0, '28900000', '', 'gbp', '', 'approved capital budgets for the School Expansion Programme 2018/19'),
    ('hillingdon_3', '100%', 0, '100', '', 'percent', '', 'children offered a school place on National Offer Day'),
    ('hillingdon_3', '95.11%', 0, '95.11', '', 'percent', '', 'Hillingdon pupils offered one of their preferred schools'),
    ('hillingdon_3', '93.02%', 0, '93.02', '', 'percent', '', 'London average of pupils offered one of their preferred schools'),
    ('hillingdon_3', '£12.3m', 0, '12300000', '', 'gbp', '', 'investment to rebuild and expand Oak Wood School'),
    ('hillingdon_3', '300', 0, '300', '', 'count', '', 'additional secondary school places approved at Vyners School'),
    ('hillingdon_3', '174', 0, '174', '', 'count', '', 'further places from the expansion of Ruislip High School'),
    # Hillingdon 4 (school admissions update, June 2017)
    ('hillingdon_4', '3 percent', 0, '3', '', 'percent', '', 'increase in secondary school applications'),
    ('hillingdon_4', '94.9 percent', 0, '94.9', '', 'percent', '', 'Hillingdon pupils who received one of their preferred places'),
    ('hillingdon_4', '150', 0, '150', '', 'count', '', 'unfilled secondary school places'),
    # Hounslow 1
    ('hounslow_1', '3662', 0, '3662', '', 'count', '', 'on-time applications for a Reception place (2016)'),
    ('hounslow_1', '3830', 0, '3830', '', 'count', '', 'published admission number for Reception places'),
    ('hounslow_1', '100', 'approximately 100 late', '100', '', 'count', '', 'late applications for a Reception place'),
    # Hounslow 2
    ('hounslow_2', '55', 0, '55', '', 'count', '', 'additional secondary places added across the borough (2016)'),
    ('hounslow_2', '30', 'approximately 30 vacancies', '30', '', 'count', '', 'vacancies in secondary schools across the borough'),
    # Hounslow 3 (both wordings of a corrected minute hold a figure)
    ('hounslow_3', '£30m', 0, '30000000', '', 'gbp', '', 'funding available for the school expansion (wording replaced)'),
    ('hounslow_3', '£30m', 1, '30000000', '', 'gbp', '', 'funding shortfall for the school expansion'),
    # Leeds 1
    ('leeds_1', 'three', 'the three obsessions', '3', '', 'count', '', 'obsessions (priorities) of the Children and Young People\u2019s Plan'),
    ('leeds_1', '118%', 0, '118', '', 'percent', '', 'increase in demand for EHCPs since 2016'),
    ('leeds_1', '954', 0, '954', '', 'count', '', 'completed EHC assessments in 2023'),
    ('leeds_1', '374', 0, '374', '', 'count', '', 'completed EHC assessments (earlier year)'),
    # Leeds 2
    ('leeds_2', '44%', 0, '44', '', 'percent', '', 'pupils in Leeds living in the most deprived 20% of localities'),
    ('leeds_2', '64%', 0, '64', '', 'percent', '', 'children looked after cared for through internal provision'),
    ('leeds_2', '49.6%', 0, '49.6', '', 'percent', '', 'core city average share of children looked after in internal provision'),
    ('leeds_2', '49.3%', 0, '49.3', '', 'percent', '', 'average share of children looked after in internal provision (comparator)'),
    # Leeds 3
    ('leeds_3', '1,333', 0, '1333', '', 'count', 'children_in_care', 'children looked after'),
    ('leeds_3', '78', 'rate of 78 per', '78', '', 'rate', '', 'children looked after per 10,000'),
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'sg': 'safeguarding', 'eh': 'early_help',
     'ed': 'education_standards', 'ae': 'attendance_exclusions', 'school': 'school_places_transport',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send'}
THEMES = {  # one code per passage, in file order
    'barnet_1': 'o o o o o o o o o o o o o o o o o sg',
    'bedford_1': 'o o o o o school o school school school school school o o school o o school school',
    'blackpool_1': 'o o cic o o o o o o o cic cic cic o fa eh ny fin o o cic cic o o o o o',
    'camden_1': 'ny o ny o o ny o ny',
    'hertfordshire_1': 'o o o o o o o o o o o',
    'hertfordshire_2': 'o o o o o o o o o o o o o o o o o fa cic o o o o send o cic o o o',
    'hillingdon_1': 'o o o o o o fin fin fin',
    'hillingdon_2': 'o fin fin fin fin fin o',
    'hillingdon_3': 'school school fin o school school school o school school',
    'hillingdon_4': 'o o o o o o o o o o o o school school o school school school school send school o',
    'hounslow_1': 'o o o o o school school school school school',
    'hounslow_2': 'o o o o o o o o o o o school o school school school',
    'hounslow_3': 'o o o o o o o o o o o o school school o school school o o o o school school',
    'leeds_1': 'o o o o o o o o o o ed o send',
    'leeds_2': 'o o o o o o o o o o cic o cic',
    'leeds_3': 'o o o o o o o o o o o o o cic o ed',
    'luton_1': 'cic cic o o o o o o o o o cic cic o o o o o o o cic o fin o cic o o cic cic cic o cic cic',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T)
