"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and which occurrence of that surface
in the file (0 = first) or by a context around it; a theme by the index of the passage (non-empty line, page furniture skipped) in
the file. The script only computes offsets and checks that every row slices its file (r22blindA's work/annotate.py, same layout)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r23g_'
# doc, surface, occurrence (int) or a context holding the surface once, value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Barnet: none (a "2023-24" annual report and "the six-month period to March 2024" it covers are periods; "0-19" names a programme)
    # Hackney
    ('hackney_1', '£7.1 billion', 0, '7100000000', '', 'gbp', '', 'additional national schools funding settlement announced by the Government'),
    ('hackney_1', '3 year', 0, '3', '', 'years', '', 'length of the national schools funding settlement'),
    # Hillingdon: none ("Witness Session 5", "fifth witness session" and "Part I" are names and ordinals)
    # North Northamptonshire 1 (SEND health needs assessment)
    ('northnorthants_1', '10,109', 0, '10109', '', 'count', '', 'children and young people with a SEND need in North Northamptonshire'),
    ('northnorthants_1', '10,109', 1, '10109', '', 'count', '', 'children and young people with a SEND need in North Northamptonshire'),
    ('northnorthants_1', '6,580', 0, '6580', '', 'count', '', 'children and young people receiving SEND Support'),
    ('northnorthants_1', '3,529', 0, '3529', '', 'count', 'ehcp_count', 'children and young people with an EHC plan'),
    ('northnorthants_1', '7,284', 0, '7284', '', 'count', '', 'young people with a SEND need in 2018'),
    ('northnorthants_1', '38.7%', 0, '38.7', '', 'percent', '', 'increase in young people with a SEND need since 2018'),
    # North Northamptonshire 2 (elective home education)
    ('northnorthants_2', '1,030', 0, '1030', '', 'count', '', 'electively home educated children (autumn term 2024/25)'),
    ('northnorthants_2', '1.8%', 0, '1.8', '', 'percent', '', 'share of children on census day who were electively home educated'),
    # North Tyneside
    ('northtyneside_1', '£1.7m', 0, '1700000', '', 'gbp', 'budget_variance', 'in-year pressure on the home to school travel budget 2024/25'),
    # North Yorkshire (report by the Chair)
    ('northyorkshire_1', 'one year', 0, '1', '', 'years', '', 'postponement of the County Council elections (local government reorganisation)'),
    ('northyorkshire_1', 'thirteen', 0, '13', '', 'count', '', 'elected Members on the Young People Overview and Scrutiny Committee'),
    ('northyorkshire_1', 'nine', 'and nine Co-opted', '9', '', 'count', '', 'co-opted Members on the committee'),
    ('northyorkshire_1', 'four', 'met four times', '4', '', 'count', '', 'committee meetings each year'),
    # Oldham (SEND priority action plan)
    ('oldham_1', '40', 'total of 40 PAP', '40', '', 'count', '', 'Priority Action Plan actions in total'),
    ('oldham_1', 'Thirty-three', 0, '33', '', 'count', '', 'Priority Action Plan actions marked as complete'),
    ('oldham_1', '83%', 0, '83', '', 'percent', '', 'share of Priority Action Plan actions marked as complete'),
    # Oxfordshire 1 (DfE EHCP data)
    ('oxfordshire_1', '£17m', 0, '17000000', '', 'gbp', 'high_needs_deficit', 'overspend to meet the needs of those with SEND'),
    # Oxfordshire 2 (Covid-19 update)
    ('oxfordshire_2', '98', 'the 98 Head', '98', '', 'count', '', 'head teachers of schools receiving weekly calls'),
    ('oxfordshire_2', '20-25', 0, '20', '25', 'count', '', 'covid cases within Oxfordshire schools'),
    # Oxfordshire 3: none (ages "up to 25" and "0 -25 years", the 2014 Act and dates only)
    # Redbridge
    ('redbridge_1', '£6,000', 0, '6000', '', 'gbp', '', 'delegated school funding for SEND support before requesting additional funding'),
    # Rochdale (Q1 finance update 2025/26)
    ('rochdale_1', '£3.935 million', 0, '3935000', '', 'gbp', 'budget_variance', 'forecast council revenue pressure, quarter 1 2025/26'),
    ('rochdale_1', '£3.935 million', 1, '3935000', '', 'gbp', 'budget_variance', 'forecast council revenue pressure, quarter 1 2025/26'),
    ('rochdale_1', '£5.8 million', 0, '5800000', '', 'gbp', 'budget_variance', "overspend in Children's Services"),
    ('rochdale_1', '£1.868 million', 0, '1868000', '', 'gbp', '', 'forecast Collection Fund surplus'),
    ('rochdale_1', '£1.687 million', 0, '1687000', '', 'gbp', '', 'share of the Collection Fund surplus allocated to the council'),
    ('rochdale_1', '£1.909 million', 0, '1909000', '', 'gbp', 'budget_variance', 'underspend in Finance Control'),
    # Wokingham (OCN summary)
    ('wokingham_1', '1,311', 0, '1311', '', 'count', 'ehcp_count', 'EHCPs for children placed in the borough'),
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'sg': 'safeguarding', 'eh': 'early_help',
     'ed': 'education_standards', 'ae': 'attendance_exclusions', 'school': 'school_places_transport',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send'}
THEMES = {  # one code per passage, in file order
    'barnet_1': 'o o o o o o o o o sg sg sg',
    'hackney_1': 'o o o o o o o o o o o o o o o ae o o o fin o fin o',
    'hillingdon_2': 'o o o o o o o o o o o sg sg',
    'northnorthants_1': 'o o o o o o o o o send send send send send send',
    'northnorthants_2': 'o o o o o o o ae o o o o ae ae ae ae ae o ae',
    'northtyneside_1': 'o o o o o o o o o o o o o o o o school o school school',
    'northyorkshire_1': 'o o o o o o o o o o o o o o o o',
    'oldham_1': 'o o o o o o o o o o o o send send send send send send',
    'oxfordshire_1': 'o send o o send send',
    'oxfordshire_2': 'o o o o o o o o ed ed ed ed hw ed',
    'oxfordshire_3': 'send o o send o send send send send send',
    'redbridge_1': 'o o o o o send send send send send send send send send send send send send',
    'rochdale_1': 'o o o o o o o o fin o fin fin fin fin fin',
    'wokingham_1': 'o o o o o o o o o send send ed send send send send',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T)
