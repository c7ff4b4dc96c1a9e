"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r26/r26blindO/work/annotate.py)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r27p_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Barnsley 1 (31st March a date; "0-19" in a service's name; the 93 children placed outside the borough are a part of the
    # children in care, so no children_in_care id; every part of the partition is a figure, bare "one" included)
    ('barnsley_1', '12', ('As at 31st March, 12 of the 93', 0), '12', '', 'count', '', 'children placed outside Barnsley who have been placed for adoption'),
    ('barnsley_1', '93', ('12 of the 93 children', 0), '93', '', 'count', '', 'children in care placed outside Barnsley'),
    ('barnsley_1', 'Three', ('Three are in secure placements', 0), '3', '', 'count', '', 'children placed outside Barnsley in secure placements'),
    ('barnsley_1', 'two', ('(two on remand', 0), '2', '', 'count', '', 'children in secure placements on remand'),
    ('barnsley_1', 'one', ('one on welfare grounds', 0), '1', '', 'count', '', 'children in secure placements on welfare grounds'),
    ('barnsley_1', 'One', ('One child is in a residential school', 0), '1', '', 'count', '', 'child placed outside Barnsley in a residential school'),
    ('barnsley_1', 'Two', ('Two children are placed with relatives', 0), '2', '', 'count', '', 'children placed outside Barnsley with relatives'),
    ('barnsley_1', 'one', ('one is in independent living', 0), '1', '', 'count', '', 'child placed outside Barnsley in independent living'),
    ('barnsley_1', '11', ('11 are in residential settings', 0), '11', '', 'count', '', 'children placed outside Barnsley in residential settings'),
    ('barnsley_1', '18', ('18 are in residential placements', 0), '18', '', 'count', '', 'children placed outside Barnsley in residential placements'),
    ('barnsley_1', 'two', ('two in family assessment', 0), '2', '', 'count', '', 'children placed outside Barnsley in family assessment placements'),
    # Barnsley 2 (May 2016 a date)
    ('barnsley_2', '40', ('with 40 areas inspected', 0), '40', '', 'count', '', 'local areas inspected under the SEND local area inspections to date'),
    # Barnsley 3 (Item 3a / 3b references; "0-19 service" a name)
    ('barnsley_3', 'two', ('despite two recruitment exercises', 0), '2', '', 'count', '', 'recruitment exercises for a Designated Clinical Officer for SEND'),
    # Barnsley 4 (Item 5 a reference)
    ('barnsley_4', 'Two', ('Two priorities at the moment', 0), '2', '', 'count', '', 'SEND priorities currently focused on (preparation for adulthood, placement sufficiency)'),
    # Bury 1 (dates, times, postcode, item numbers, file size; "A period of 30 minutes" is the length of a procedure: furniture)
    ('bury_1', 'One', ('One question was received', 0), '1', '', 'count', '', 'public questions received in advance of the meeting'),
    # Essex 1: no figure (dates, times, agenda numbers, "up to 15 minutes" furniture, report reference PAF/04/17)
    # Hackney 1 ("(20.15)" a time; 5.1 / 5.2.1 / 5.2.2 paragraph numbers; "up to three services or policy areas" is a limit in
    # the Commission's procedure: threshold)
    ('hackney_1', '3', ('questions on 3 policy areas', 0), '3', '', 'count', '', 'policy areas the Cabinet Member was asked to answer questions on'),
    ('hackney_1', '14', ('14 secondary schools', 0), '14', '', 'count', '', 'secondary schools in the maintained sector with an attached Young Hackney link worker'),
    # Hackney 2 ("(20.05)" a time; 2022/23, month 7, October 2023, 2023/24 dates and periods; 5.1-5.3 paragraph numbers)
    ('hackney_2', '£3.6m', ('(£3.6m)', 0), '3600000', '', 'gbp', '', 'reserves applied to the children and education directorate budget'),
    ('hackney_2', '£3.8m', ('overspent by £3.8m', 0), '3800000', '', 'gbp', 'budget_variance', 'forecast overspend of the children and education directorate after reserves'),
    ('hackney_2', '£2.7m', ('(£2.7m)', 0), '2700000', '', 'gbp', 'budget_variance', 'part of the overspend linked to corporate parenting (placement costs)'),
    ('hackney_2', '£4.3m', ('an overspend of £4.3m', 0), '4300000', '', 'gbp', 'budget_variance', 'forecast overspend in Hackney Education (SEND provision cost pressures)'),
    ('hackney_2', '£21m', ('around £21m', 0), '21000000', '', 'gbp', 'high_needs_deficit', 'cumulative overspend on SEND by the end of 2023/24 (around)'),
    ('hackney_2', '£660k', ('overspent by £660k', 0), '660000', '', 'gbp', 'budget_variance', 'forecast overspend of Early Years'),
    # Hackney 3: no figure (times, paragraph numbers, dates, file size, room number, postcode)
    # Hertfordshire 1: no figure (dates, "Quarter 1", "Household Support Fund 7" a name)
    # Hillingdon 1 (dates, times, item numbers 29-33, file sizes, phone, postcode; "under the age of 18", "18 to 25", "under 18" ages)
    ('hillingdon_1', '339', ('corporate parent for 339 children', 0), '339', '', 'count', 'children_in_care', 'children under 18 for whom Hillingdon Council was corporate parent (end of September 2022)'),
    ('hillingdon_1', '575', ('and 575 aged 18 to 25', 0), '575', '', 'count', 'care_leavers', 'young people aged 18 to 25 for whom the council was corporate parent'),
    ('hillingdon_1', '19%', ('port authority 19% of Looked', 0), '19', '', 'percent', '', 'looked after children under 18 who arrived in the borough as unaccompanied asylum-seeking children'),
    # Hillingdon 2: no figure (dates, item numbers, file sizes)
    # Hillingdon 4 (dates, file sizes, "Part 1" / "Part 2" names, "1)" / "2)" list numbers)
    ('hillingdon_4', '292', ('the 292 responses', 0), '292', '', 'count', '', 'responses to the consultation on closing the Coteford specialist resource provision'),
    ('hillingdon_4', '2', ('and 2 petitions', 0), '2', '', 'count', '', 'petitions from the consultation on closing the specialist resource provision'),
    # Lambeth 1 (1.-5. list numbers, July 2012 a date, Report 157/12-13 a reference)
    ('lambeth_1', '5%', ('around 5% of students', 0), '5', '', 'percent', '', 'students with Attention Deficit Hyperactivity Disorder (ADHD) (around)'),
    ('lambeth_1', '40%', ('for 40% of exclusions', 0), '40', '', 'percent', '', 'share of exclusions accounted for by students with ADHD'),
    # Leeds 1 (dates; "PDF 503" a file size cut by the excerpt; "over the last 20 years" read as how long the co-opted member had
    # represented school staff on scrutiny: a figure, judgement call)
    ('leeds_1', '20 years', ('over the last 20 years', 0), '20', '', 'years', '', 'length of Celia Foote\'s service representing school staff on the Scrutiny Board'),
]
THEMES = {
    'barnsley_1': 'cic cic o o o o o o o cic o cic',
    'barnsley_2': 'send send o o o o o o o o o send send',
    'barnsley_3': 'send send o o o o o o o o o o send send send',
    'barnsley_4': 'send send send o o o o o o o o o o o send',
    'bury_1': 'o o o o o o o o o o o o o send send send send',
    'essex_1': 'o o o o o o o o o o o o o o o o o o o o o o o o o ed o ed',
    'hackney_1': 'o o o ny sg cic ny ny ny ny o ny ny ny',
    'hackney_2': 'o fin fin fin o fin fin cic fin send fin fin o fin',
    'hackney_3': 'o o o o o o o o o o o o o o o o o o send send send send send',
    'hertfordshire_1': 'o o o o o o wf wf o wf wf wf wf wf',
    'hillingdon_1': 'o o o o o o o o o o cic cic cic',
    'hillingdon_2': 'o o o o o o o o o school school cic school',
    'hillingdon_4': 'o o o o o o o o o o send o o send o send send',
    'lambeth_1': 'o send o o o o o send o o send send send',
    'leeds_1': 'o o o o o o o o o o o o o o o o o o o o sg',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
