"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r35/r35blindAB/work/annotate.py and earlier)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r36ad_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Dartford 1 (2012/13 a period; "all 3 criteria" and "2 out of 3 criteria" thresholds of the programme's definition;
    # "The first", "the second", "a third tranche" ordinals). "over the 3 years of the Scheme" is the length of the
    # programme (a figure in years, tests/gold/README.md)
    ('dartford_1', '120,000', ('were 120,000', 0), '120000', '', 'count', '', 'troubled families nationally (Government estimate)'),
    ('dartford_1', '\u00a375,000', ('average of \u00a375,000', 0), '75000', '', 'gbp', '', 'average cost to the public purse per troubled family each year'),
    ('dartford_1', '2560', ('with 2560', 0), '2560', '', 'count', '', 'troubled families Kent should work with over the Scheme'),
    ('dartford_1', '3 years', ('the 3 years of', 0), '3', '', 'years', '', 'length of the Troubled Families Scheme'),
    ('dartford_1', '40', ('was 40', 0), '40', '', 'count', '', 'troubled families allocated to Dartford for 2012/13'),
    ('dartford_1', '\u00a310,000', ('take \u00a310,000', 0), '10000', '', 'gbp', '', 'estimated cost to turn around a troubled family'),
    ('dartford_1', '\u00a34,000', ('contribution of \u00a34,000', 0), '4000', '', 'gbp', '', 'Government contribution per troubled family'),
    ('dartford_1', 'three', ('were three distinct', 0), '3', '', 'count', '', 'distinct tranches of work within the programme'),
    # Rushmoor 1 (2011, 2014, 2015 years; "Phase 1", "Phase 2" names; "at least two of these" a threshold of the criteria)
    ('rushmoor_1', '\u00a3119 million', ('\u00a3119 million', 0), '119000000', '', 'gbp', '', 'cost to the Government of troubled families in Hampshire (2011)'),
    # Leeds 1 ("from 3 to 2" ages: the school's lower age limit; January 2015, September 2016, 15 October 2014, 6 May
    # 2014, 6 June 2014, 16 July 2014 dates; "for 2016" a year). The proposal is stated twice (description and minutes):
    # each statement's numbers are figures
    ('leeds_1', '420 pupils', ('from 420 pupils', 0), '420', '', 'count', '', 'capacity of Hollybush Primary School before expansion (pupils)'),
    ('leeds_1', '630 pupils', ('to 630 pupils', 0), '630', '', 'count', '', 'proposed capacity of Hollybush Primary School (pupils)'),
    ('leeds_1', '60', ('from 60 to', 0), '60', '', 'count', '', 'reception admission limit of Hollybush Primary School before expansion'),
    ('leeds_1', '90', ('to 90 from', 0), '90', '', 'count', '', 'proposed reception admission limit of Hollybush Primary School'),
    ('leeds_1', '420 pupils', ('from 420 pupils', 1), '420', '', 'count', '', 'capacity of Hollybush Primary School before expansion (pupils)'),
    ('leeds_1', '630 pupils', ('to 630 pupils', 1), '630', '', 'count', '', 'proposed capacity of Hollybush Primary School (pupils)'),
    ('leeds_1', '60', ('from 60 to', 1), '60', '', 'count', '', 'reception admission limit of Hollybush Primary School before expansion'),
    ('leeds_1', '90', ('to 90 from', 1), '90', '', 'count', '', 'proposed reception admission limit of Hollybush Primary School'),
    # Leeds 2 (September 2017 a date)
    ('leeds_2', '210 pupils', ('of 210 pupils', 0), '210', '', 'count', '', "capacity of Hunslet St Mary's Church of England Primary School before expansion (pupils)"),
    ('leeds_2', '315 pupils', ('to 315 pupils', 0), '315', '', 'count', '', "proposed capacity of Hunslet St Mary's Church of England Primary School (pupils)"),
    ('leeds_2', '30', ('from 30 to', 0), '30', '', 'count', '', "admission number of Hunslet St Mary's Primary School before expansion"),
    ('leeds_2', '45', ('to 45,', 0), '45', '', 'count', '', "proposed admission number of Hunslet St Mary's Primary School"),
    # Southwark 1 ("5.1"-"5.5" minute numbers; "questions 1 – 17", "questions 19 to 23", "question 18", "question 1",
    # "question 5", "question 4" references; "2 miles" twice: the statutory walking distance, a threshold, and a unit the
    # gold does not use). "two other quires" and "one question had gone astray" are counts with their unit ("one"
    # with a unit: a judgement call)
    ('southwark_1', 'two', ('were two other', 0), '2', '', 'count', '', 'other queries on the written questions'),
    ('southwark_1', 'one', ('that one question', 0), '1', '', 'count', '', 'questions that had gone astray and not been put to the cabinet member'),
    # Southwark 2: no figure ("1.", "2." list numbers)
    # Slough 1 (9th June 2009, 23rd March 2009 dates; 4.00 pm a time; PDF 66 KB / 68 KB file sizes; September 2009 a date)
    ('slough_1', 'two', ('allocated two representatives', 0), '2', '', 'count', '', 'Admissions Forum representatives allocated to community schools'),
    ('slough_1', 'one', ('just one person', 0), '1', '', 'count', '', 'people representing the primary schools of the community school group'),
    ('slough_1', 'one', ('only one representative', 0), '1', '', 'count', '', 'representatives allocated to each of the Voluntary Aided, Voluntary Controlled and Parent groups'),
    ('slough_1', 'two', ('increased to two representatives', 0), '2', '', 'count', '', 'representatives per group agreed by the Admissions Forum'),
    # Slough 2: no figure (minute numbers 7.-11., 18th May 2010 and 27th September dates, a telephone number, a file size)
    # Slough 3: no figure ("(10 minutes presentation – 20 minutes questions)" the length of an agenda item, furniture;
    # "over the past two years" a period; October 2011 a date; "1)" a list number)
    # Central Bedfordshire 1 (telephone number, postcode, 24 March 2009 and 12 May 2009 dates, PDF 90 KB, "minute no. 19"
    # a reference, "20010-2011" a period, "11 years old" an age). "the two Councils" and "two school places" are counts
    # (the second the places one child would be offered without the joint approach: a judgement call)
    ('centralbeds_1', 'two', ('between the two Councils', 0), '2', '', 'count', '', 'councils in the joint approach to primary school applications (2010 admissions round)'),
    ('centralbeds_1', 'two', ('that two school places', 0), '2', '', 'count', '', 'school places that would not be offered to one applicant under the joint approach'),
    # Wokingham 1: no figure (17 June 2010, 10 March 2010 dates, 7.00PM/9.00PM times, minute numbers 54.-58., 2009/2010
    # periods, "0 Phiala" a bullet read as a zero)
    # Medway 1 (12 October 2011, 19 July 2011, 20 October 2011 dates, 6.30pm a time, postcode, "Level 3" a name,
    # 413.-415. minute numbers, list numbers 1.-6., "quarter 1" a name)
    ('medway_1', 'two', ('fill the two parent', 0), '2', '', 'count', '', 'parent governor representative vacancies on the committee'),
    ('medway_1', 'two', ('interviewing two of', 0), '2', '', 'count', '', 'presenting officers being interviewed by inspectors'),
]
THEMES = {
    'centralbeds_1': 'o o o o o o o o o o school school o o o',
    'dartford_1': 'eh eh eh eh',
    'leeds_1': 'school school school school o school school school o',
    'leeds_2': 'school school school o',
    'medway_1': 'o o o o o o o o o o o o o o o o ed ed school',
    'rushmoor_1': 'eh eh eh eh eh eh',
    'slough_1': 'o o school o o o o school school',
    'slough_2': 'o o o o o o o o o o school school o school school',
    'slough_3': 'sg sg o sg school wf fa o o',
    'southwark_1': 'o o school ny cic wf',
    'southwark_2': 'cic cic cic',
    'wokingham_1': 'o',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
