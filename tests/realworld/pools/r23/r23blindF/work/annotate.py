"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and which occurrence of that surface
in the file (0 = first) or by a context around it; a theme by the index of the passage (non-empty line, page furniture skipped) in
the file. The script only computes offsets and checks that every row slices its file (pools/r22/r22blindA/work/annotate.py, same
layout and the same passage rule)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r23f_'
# doc, surface, occurrence (int) or a context holding the surface once, value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Camden (Schools Forum summary, outturn 2024/25). An overspend on the DSG is the DSG/high-needs deficit id (as
    # r22a_hillingdon_1's DSG in-year deficit); an underspend is a budget variance; movements, reserves and balances get no id.
    ('camden_1', '£3.413m', 0, '3413000', '', 'gbp', 'high_needs_deficit', 'overspend across the Dedicated Schools Grant blocks 2024/25'),
    ('camden_1', '£5.78m', 0, '5780000', '', 'gbp', '', 'reduction in individual school balances 2024/25'),
    ('camden_1', '£3.087m', 0, '3087000', '', 'gbp', 'budget_variance', "previous year's DSG underspend"),
    ('camden_1', '£6.5m', 0, '6500000', '', 'gbp', '', 'adverse intra-year movement in the DSG'),
    ('camden_1', '£9.59m', 0, '9590000', '', 'gbp', '', "adverse intra-year movement in schools' individual balances"),
    ('camden_1', '£18.9m', 0, '18900000', '', 'gbp', '', 'remaining DSG reserves at the end of 2024/25'),
    ('camden_1', '£14.5m', 0, '14500000', '', 'gbp', '', 'remaining schools balances at the end of 2024/25'),
    # Oldham 1: the length of the partnership's strategy ("second year" is an ordinal; the report's dates are dates)
    ('oldham_1', 'three-year', 0, '3', '', 'years', '', 'length of the safeguarding partnership strategy'),
    # Oldham 2
    ('oldham_2', '30%', 0, '30', '', 'percent', '', "share of last year's increase in EHCPs issued that was in early years"),
    ('oldham_2', '11%', 0, '11', '', 'percent', '', 'increase in the number of EHCPs issued last year'),
    # Southwark: a count of reports ("last 3 and 5 years" frames a measure looking back: period, not a figure)
    ('southwark_1', 'two', 'included two reports', '2', '', 'count', '', 'reports about inclusion in schools in the report pack'),
    # Waltham Forest
    ('walthamforest_1', 'three', 'identified three areas', '3', '', 'count', '', 'areas for improvement identified by the Ofsted inspection'),
    # Wokingham ("8 of thos[e]": the excerpt ends mid-word; a count of a part of the open assessments)
    ('wokingham_1', '66', 0, '66', '', 'count', '', 'open EHC needs assessments'),
    ('wokingham_1', '8', 'assessments, 8 of', '8', '', 'count', '', 'open EHC needs assessments in a subgroup (sentence cut off)'),
    # Not figures (for a second annotator): Hampshire 1 "the next three years" (a window in which an inspection could come,
    # not the length of a task), "Item 6"/"Item 8", "0-25" (ages); Slough "every half term" (a period); Stockport "one
    # particular trend" (no unit); Tameside "Element 3", "Covid-19" (names); Sefton "2019/20"; Oxfordshire "2.00 pm", years.
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'sg': 'safeguarding', 'eh': 'early_help',
     'ed': 'education_standards', 'ae': 'attendance_exclusions', 'school': 'school_places_transport',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send'}
THEMES = {  # one code per passage, in file order
    'bury_1': 'ae ae',
    'camden_1': 'o o fin fin fin fin fin fin',
    'hampshire_1': 'send send o send',
    'hampshire_2': 'send send o',
    'oldham_1': 'sg o sg sg sg sg sg sg sg sg',
    'oldham_2': 'send',
    'oxfordshire_1': 'ae ae ae ae ae ae',
    'oxfordshire_2': 'o ae o ae',
    'oxfordshire_3': 'ed o',
    'sefton_1': 'fa o fa fa fa',
    'slough_1': 'ae ae ae',
    'southwark_1': 'o o o send send send send ae ae ae ae ae ae',
    'stockport_1': 'ae ae ae o',
    'tameside_1': 'send send',
    'tameside_2': 'send send',
    'walthamforest_1': 'o o sg sg sg ny wf o ae ae',
    'westberkshire_1': 'send',
    'wokingham_1': 'send send',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T)
