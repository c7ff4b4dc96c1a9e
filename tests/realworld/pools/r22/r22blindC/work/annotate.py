"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run). A figure is given by its surface and which occurrence of that surface in the file
(0 = first) or by a context around it; a theme by the index of the passage (non-empty line, page furniture skipped) in the file."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r22c_'
# doc, surface, occurrence (index, or a context holding the surface once), value, value_max, unit, indicator_id, indicator
FIGURES = [
    ('torbay_1', '95%', 0, '95', '', 'percent', '', 'MASH cases with a decision made within 24 hours'),
    ('torbay_1', '138', 0, '138', '', 'count', 'child_protection_plans', 'children on child protection plans (child protection figures)'),
    ('torbay_1', '238', 0, '238', '', 'count', 'child_protection_plans', 'children on child protection plans (February 2021)'),
    ('torbay_1', '297', 0, '297', '', 'count', 'children_in_care', 'cared for children and young people'),
    ('torbay_1', '368', 0, '368', '', 'count', 'children_in_care', 'cared for children and young people before the reduction'),
    ('torbay_1', '4', 'There were 4 unaccompanied', '4', '', 'count', '', 'unaccompanied asylum seekers placed through the national transfer scheme'),
    ('torbay_1', 'two', 'two new families', '2', '', 'count', '', 'new families being assessed by the Panel to support unaccompanied asylum seekers'),
    ('torbay_1', '12%', 0, '12', '', 'percent', '', 'children with three or more placement moves (placement stability)'),
    ('torbay_1', '11%', 0, '11', '', 'percent', '', 'national average of children with three or more placement moves'),
    ('peterborough_1', '97.6%', 0, '97.6', '', 'percent', '', 'initial assessments completed within 10 days (year to date)'),
    ('peterborough_1', '88.8%', 0, '88.8', '', 'percent', '', 'core assessments completed within 35 days (year to date)'),
    ('peterborough_1', '73', 'now 73 permanent', '73', '', 'count', '', 'permanent social workers in the front-line teams'),
    ('peterborough_1', '49', 'from 49 only', '49', '', 'count', '', 'permanent social workers in the front-line teams six months earlier'),
    ('stockport_1', '114', 0, '114', '', 'count', '', 'young offenders recorded in the first six months of 2013/2014'),
    ('stockport_1', '72', 'compared to 72', '72', '', 'count', '', 'young offenders recorded in the first six months of 2014/2015'),
    ('stockport_1', '£0.162m', 0, '162000', '', 'gbp', 'budget_variance', 'out turn forecast surplus as at Q2'),
    ('stockport_1', '£0.177m', 0, '177000', '', 'gbp', '', 'reduction in the forecast surplus since Q1'),
    ('stockport_1', '£0.339m', 0, '339000', '', 'gbp', 'budget_variance', 'forecast surplus reported in Q1'),
    ('lambeth_1', '242', 0, '242', '', 'count', '', 'permanent social work staff in Children\'s Social Care'),
    ('lambeth_1', '193', 0, '193', '', 'count', 'agency_social_workers', 'agency workers in Children\'s Social Care'),
    ('lambeth_1', '13', '2024, 13 international', '13', '', 'count', '', 'international social workers who began working in 2024'),
    ('oldham_1', '6685', 0, '6685', '', 'count', '', 'average Year 12/13 cohort across 2023'),
    ('oldham_1', '284', 0, '284', '', 'count', '', 'increase in the Year 12/13 cohort from 2022'),
    ('oldham_1', '93.76%', 0, '93.76', '', 'percent', '', 'Year 12 participating in education, employment or training'),
    ('oldham_1', '5%', 'at 5%', '5', '', 'percent', 'neet', 'young people not in education, employment or training'),
    ('oldham_1', '1%', 'only 1%', '1', '', 'percent', 'neet', 'young people whose education, employment or training is unknown'),
    ('oldham_2', '94.2%', 0, '94.2', '', 'percent', '', 'Year 12s participating in education, employment or training'),
    ('oldham_2', '3.4%', 0, '3.4', '', 'percent', 'neet', 'NEET rate'),
    ('slough_1', '61.5%', 0, '61.5', '', 'percent', '', 'children looked after under 16 and in care 2.5 years or more in a stable placement'),
    ('slough_1', '92%', 0, '92', '', 'percent', '', 'statistical neighbours: long-term looked after children in a stable placement'),
    ('slough_1', '85.7%', 0, '85.7', '', 'percent', '', 'children looked after seen alone within timescale'),
    ('slough_1', '50%', 'increase to 50%', '50', '', 'percent', '', 'care experienced young people aged 19-21 in education, employment or training'),
    ('slough_1', '27.1', 0, '27.1', '', 'count', '', 'average number of young people allocated to each care experienced young people Personal Advisor'),
    ('slough_1', '24.8', 0, '24.8', '', 'count', '', 'average number of young people per Personal Advisor the previous year'),
    ('centralbedfordshire_1', '0.5%', 0, '0.5', '', 'percent', '', 'investment (transfer) into the High Needs Block this financial year'),
    ('centralbedfordshire_1', '0.5%', 1, '0.5', '', 'percent', '', 'investment (transfer) into the High Needs Block this financial year'),
    ('centralbedfordshire_1', '0.5%', 2, '0.5', '', 'percent', '', 'investment (transfer) into the High Needs Block this financial year'),
    ('centralbedfordshire_1', '£1.6M', 0, '1600000', '', 'gbp', 'high_needs_deficit', 'in-year (18/19) High Needs Block deficit forecast'),
    ('centralbedfordshire_1', '£1.4m', 0, '1400000', '', 'gbp', 'high_needs_deficit', 'High Needs Block overspend previously advised'),
    ('centralbedfordshire_1', '£1.4m', 1, '1400000', '', 'gbp', 'high_needs_deficit', 'High Needs Block overspend forecast before the increase'),
    ('centralbedfordshire_1', '£1.6m', 0, '1600000', '', 'gbp', 'high_needs_deficit', 'High Needs Block overspend forecast after the increase'),
    ('southampton_1', '66%', 0, '66', '', 'percent', '', 'increase in children with Children in Need plans since January 2019'),
    ('wokingham_1', '£4,400,000', 0, '4400000', '', 'gbp', '', 'estimated capital cost of the Addington School expansion'),
    ('hampshire_1', '12%', 0, '12', '', 'percent', '', 'increase in children in care if the anticipated unaccompanied asylum seeking children arrive'),
    ('hampshire_2', '0.007%', 0, '0.007', '', 'percent', '', 'share of the population a local authority should support as unaccompanied asylum seeking children'),
    ('hampshire_2', '195', 0, '195', '', 'count', '', 'unaccompanied asylum seeking children Hampshire should support under the 0.007% rule'),
    ('hampshire_2', 'two', 'by two Social', '2', '', 'count', '', 'social workers completing an age assessment'),
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'eh': 'early_help', 'ed': 'education_standards',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send',
     'school': 'school_places_transport', 'sg': 'safeguarding', 'ae': 'attendance_exclusions'}
THEMES = {  # one code per passage, in file order
    'centralbedfordshire_1': 'fin fin fin fin o fin fin fin',
    'hampshire_1': 'cic cic cic cic',
    'hampshire_2': 'cic cic cic cic cic cic o cic cic cic',
    'lambeth_1': 'o o o o o wf wf wf wf wf wf wf',
    'oldham_1': 'ny ny o ny ny ny ny ny',
    'oldham_2': 'ny ny ny ny',
    'peterborough_1': 'o o sg sg wf wf',
    'slough_1': 'cic cic o o cic cic ny ny o',
    'southampton_1': 'o o o sg wf',
    'stockport_1': 'o o o o o o o o o o o o eh ny send fin',
    'torbay_1': 'o o o o sg sg cic fa sg cic',
    'wokingham_1': 'send o send send o send',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T, unique_starts=False)
