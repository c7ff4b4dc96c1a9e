"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run). A figure is given by its surface and which occurrence of that surface in the file
(0 = first) or by a context around it (a string that holds the surface once and occurs once in the file); a theme by the index
of the passage (non-empty line, page furniture skipped) in the file. Same layout as round 22's r22blindB/work/annotate.py."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r23e_'
# doc, surface, occurrence or context, value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Peterborough, educational attainment of children in care (2012)
    ('peterborough_1', '320', 0, '320', '', 'count', 'children_in_care', 'children in public care the council is responsible for'),
    ('peterborough_1', '240', 0, '240', '', 'count', '', 'children in care of statutory school age'),
    ('peterborough_1', 'Ten', 0, '10', '', 'count', '', 'care leavers completing higher education courses'),
    ('peterborough_1', '32', 'also 32 children', '32', '', 'count', '', 'children in care of other local authorities educated in Peterborough'),
    # Redcar and Cleveland, Corporate Parenting Board, fire authority update
    ('redcar_1', '6.5 times', 0, '6.5', '', 'rate', '', 'rate of arson in Tees Valley relative to the national average'),
    # Slough, Schools Forum, annual DSG report 2019/20
    ('slough_1', '£313,000', 0, '313000', '', 'gbp', '', 'cumulative Schools Block carry forward'),
    ('slough_1', '£18,000', 0, '18000', '', 'gbp', '', 'Central Schools Services Block carry forward (underspend)'),
    ('slough_1', '£14m', 0, '14000000', '', 'gbp', 'high_needs_deficit', 'High Needs Block overspend'),
    ('slough_1', 'three', 'as three local nurseries', '3', '', 'count', '', 'local nurseries in deficit'),
    # Southampton, Schools Forum, DSG and schools outturn 2022-23
    ('southampton_2', 'seven', 0, '7', '', 'count', '', 'schools whose deficit increased'),
    ('southampton_2', 'three', 0, '3', '', 'count', '', 'schools whose deficit reduced'),
    ('southampton_2', 'five', 0, '5', '', 'count', '', 'schools whose deficit recovery plans were still awaited'),
    ('southampton_2', '£1 million', 0, '1000000', '', 'gbp', 'high_needs_deficit', 'Dedicated Schools Grant deficit (reduced)'),
    # Southampton, Schools Forum, DFE/ESFA funding announcements
    ('southampton_3', '1%', 0, '1', '', 'percent', '', 'decrease in schools funding due to DfE errors'),
    ('southampton_3', '£47', 0, '47', '', 'gbp', '', 'funding decrease per primary pupil'),
    ('southampton_3', '£61', 0, '61', '', 'gbp', '', 'funding decrease per secondary pupil'),
    ('southampton_3', '£575,000', 0, '575000', '', 'gbp', 'budget_variance', 'surplus from funding all factors at the NFF rate'),
    ('southampton_3', '£559,332', 0, '559332', '', 'gbp', '', 'one-off funding to support maintained schools in financial difficulty'),
    # Swindon, Schools Forum, DSG settlement and budget 2016/17
    ('swindon_1', '£709k', 0, '709000', '', 'gbp', '', 'notional SEN top-up budget required'),
    ('swindon_1', '£400k', 0, '400000', '', 'gbp', '', 'current notional SEN top-up budget'),
    ('swindon_1', '1.3% & 1.75%', 0, '1.3', '1.75', 'percent', '', 'share of AWPU included in the notional income calculation'),
    # Swindon, Schools Forum, membership
    ('swindon_2', 'five', 0, '5', '', 'count', '', 'maintained school mainstream members of the Forum (before)'),
    ('swindon_2', 'four', 0, '4', '', 'count', '', 'maintained school mainstream members of the Forum (after)'),
    ('swindon_2', 'two', 'increased to two representatives', '2', '', 'count', '', 'academy special school representatives on the Forum'),
    ('swindon_2', 'one', 'being one representative', '1', '', 'count', '', 'maintained special school representatives on the Forum'),
    ('swindon_2', 'three', 'status of three main', '3', '', 'count', '', 'maintained special schools converting to academy status'),
    # Tameside, Schools' Forum, DSG outturn 2019-20
    ('tameside_1', '4', 'each of the 4 DSG', '4', '', 'count', '', 'DSG funding blocks'),
    ('tameside_1', '£3.907m', 0, '3907000', '', 'gbp', 'high_needs_deficit', 'total DSG in-year overspend (2019-20)'),
    ('tameside_1', '£114,000', 0, '114000', '', 'gbp', 'budget_variance', 'Schools Block surplus'),
    ('tameside_1', '£101,000', 0, '101000', '', 'gbp', 'budget_variance', 'surplus of growth funding'),
    ('tameside_1', '£4.568m', 0, '4568000', '', 'gbp', 'high_needs_deficit', 'High Needs Block deficit'),
    ('tameside_1', '£251,000', 0, '251000', '', 'gbp', 'budget_variance', 'Early Years Block surplus'),
    ('tameside_1', '£296,000', 0, '296000', '', 'gbp', '', 'possible additional Early Years allocation'),
    # West Berkshire, Schools' Forum, High Needs Block budget proposals 2017/18
    ('westberkshire_1', '£600k', 0, '600000', '', 'gbp', 'high_needs_deficit', 'High Needs Block deficit (2017/18)'),
    ('westberkshire_1', '£300k', 0, '300000', '', 'gbp', 'high_needs_deficit', 'High Needs Block deficit (2018/19)'),
    # West Berkshire, Schools' Forum, additional funds 2025/26
    ('westberkshire_2', '£307,452', 0, '307452', '', 'gbp', '', 'value of the growth fund (2025-26)'),
    ('westberkshire_2', '£200k', 0, '200000', '', 'gbp', '', 'additional high needs fund budget for schools with many SEN pupils'),
    # Wokingham, Schools Forum, High Needs Block update (2019)
    ('wokingham_1', '£2.75m', 0, '2750000', '', 'gbp', 'high_needs_deficit', 'forecast year-end High Needs Block deficit (2019/20)'),
    # Wokingham, scrutiny, primary place planning in Earley
    ('wokingham_2', 'four', 0, '4', '', 'count', '', 'local schools parents expressed preferences for'),
    # Wokingham, Schools Forum, matters arising (insurance)
    ('wokingham_3', '35', 0, '35', '', 'count', '', 'maintained schools'),
    ('wokingham_3', '18', 'schools: 18 went', '18', '', 'count', '', 'maintained schools that went for the RPA insurance'),
    ('wokingham_3', '17', 'RPA and 17 stayed', '17', '', 'count', '', 'maintained schools that stayed with the council insurance'),
    ('wokingham_3', '17', 'Of the 17 who', '17', '', 'count', '', 'maintained schools that stayed with the council insurance'),
    ('wokingham_3', '5', 'council, 5 had', '5', '', 'count', '', 'schools signed up for the fixed-price insurance deal'),
    ('wokingham_3', '2 year', 0, '2', '', 'years', '', 'length of the fixed-price insurance deal'),
    # Wokingham, Schools Forum, matters arising (consultation with schools)
    ('wokingham_4', '14', 'of, 14 schools', '14', '', 'count', '', 'schools that responded to the consultation before the glitch'),
    ('wokingham_4', 'seven', 0, '7', '', 'count', '', 'schools that responded again after the correction'),
    ('wokingham_4', '58%', 0, '58', '', 'percent', '', 'schools consultation response rate (this year)'),
    ('wokingham_4', '43%', 0, '43', '', 'percent', '', 'schools consultation response rate (last year)'),
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'eh': 'early_help', 'ed': 'education_standards',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send',
     'school': 'school_places_transport', 'sg': 'safeguarding', 'att': 'attendance_exclusions'}
THEMES = {  # one code per passage, in file order
    'newham_1': 'o o o o o o o send send sg sg',
    'oldham_1': 'o o o o o o o o o o o o o o o o ny ny ny ny ny ny ny',
    'peterborough_1': 'o o o o o o o o o o cic cic',
    'redcar_1': 'o o o o o o o ny ny ny o',
    'slough_1': 'fin fin fin fin fin fin send o fin fin',
    'southampton_1': 'o o o o o o o o o o o o o o o o sg',
    'southampton_2': 'o o o o o fin fin fin fin fin fin fin fin send fin',
    'southampton_3': 'o o o o o fin fin fin fin fin fin fin fin',
    'swindon_1': 'fin send o o send send att att send send send school fin',
    'swindon_2': 'o o o o o o o',
    'tameside_1': 'fin o fin o fin fin fin fin send fin fin',
    'walthamforest_1': 'o o o o o o o o o o o att eh ny o send',
    'westberkshire_1': 'o send send send send send send send',
    'westberkshire_2': 'o fin fin fin send send fin',
    'wokingham_1': 'o send o send send send send send o send o send o send send send',
    'wokingham_2': 'school school school school school school school',
    'wokingham_3': 'o o o o o o o o o fin fin fin fin fin fin fin',
    'wokingham_4': 'o o o o o o o o fin fin fin fin fin fin',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T, sort_themes=True)
