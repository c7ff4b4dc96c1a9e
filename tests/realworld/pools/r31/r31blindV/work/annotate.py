"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r30/r30blindU/work/annotate.py, itself from pools/r29/r29blindS)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r31v_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Cumbria 1: no figure ("COVID 19" a name). Cumbria 2 (24th January 2018, 14 November 2017, 11 January 2018, 20 March
    # dates; 10.00am, 1.00pm times; Item 5 a reference; 1., 2. list numbers; "Working Together 2018" a name)
    ('cumbria_2', '£6,000', ('around £6,000', 0), '6000', '', 'gbp', '', 'cost of the LGA support for the LSCB peer review and self-assessment'),
    # Hampshire 1: no figure (Part 3, Paragraph 1.5 and 1.6, Part 5 Paragraph 5, Standing Order 12 references; 242 KB a
    # file size; 13 January 2021, 7 July dates)
    # Hillingdon 1 ("aged 14-18" an age; the "18 week target" and "the 18 week wait" (three times) are the referral-to-
    # treatment standard, a window that bounds the measure: threshold, not how long a particular wait lasted)
    ('hillingdon_1', '15.9%', ('a 15.9% increase', 0), '15.9', '', 'percent', '', 'anticipated increase in the number of children and young people needing mental health support (this group)'),
    # Liverpool 1: no figure (dates, 5.00 p.m. a time, 2025/2026 a period, post-16 an age)
    # Medway 1 (190.-193. minute numbers; dates; 98 KB; Item 5, Item 9 references): "one report" counts the reports
    # accepted as urgent (a numeral with its unit)
    ('medway_1', 'one', ('accepted one report', 0), '1', '', 'count', '', 'reports accepted by the Chairman as urgent business'),
    # North Yorkshire 1: no figure (date and time, 234. and 235. minute numbers, February 2022 a date)
    # Oldham 1 ("6-8 week(s)" names the check the indicator is measured at; 2017/18 a period; September 2017 a date;
    # "for the last three years" looks back: period; "the first 6 months (26 weeks)" is the national recommendation for
    # exclusive breastfeeding, a rule's window set nationally: not a figure)
    ('oldham_1', 'three', ('last three performance', 0), '3', '', 'count', '', 'performance reports up to September 2017 that showed no improvement in breastfeeding'),
    ('oldham_1', '42%', ('was 42%', 0), '42', '', 'percent', '', '2017/18 corporate target for infants fully or partially breastfed at 6-8 weeks'),
    ('oldham_1', '38.5%', ('was 38.5%', 0), '38.5', '', 'percent', '', 'infants fully or partially breastfed at 6-8 weeks (provisional 2017/18 year-end performance)'),
    # Oxfordshire 1 (the motion is printed twice, the second copy cut at "Primaries School"; 2014 a year; March 2024 a
    # date; "45 years ago" places the Warnock Report in time: period). "all but one" counts the rest of a partition
    # (secondary schools that are not academies); "over half" a share in words. The SEND system's deficit is the high
    # needs deficit, England's and Oxfordshire's (the id names what is measured, not whose)
    ('oxfordshire_1', 'one', ('all but one of our', 0), '1', '', 'count', '', 'secondary schools in Oxfordshire that are not academies'),
    ('oxfordshire_1', 'half', ('over half out', 0), '50', '', 'percent', '', 'primary schools in Oxfordshire that are academies (over)'),
    ('oxfordshire_1', '£3.4bn', ('£3.4bn in deficit', 0), '3400000000', '', 'gbp', 'high_needs_deficit', 'deficit of the SEND (high needs) system in England'),
    ('oxfordshire_1', '£50m', ('over £50m', 0), '50000000', '', 'gbp', 'high_needs_deficit', 'Oxfordshire SEND (high needs) deficit by March 2024 (over)'),
    ('oxfordshire_1', 'one', ('all but one of our', 1), '1', '', 'count', '', 'secondary schools in Oxfordshire that are not academies'),
    ('oxfordshire_1', 'half', ('over half out', 1), '50', '', 'percent', '', 'primary schools in Oxfordshire that are academies (over)'),
    # Sefton 1: no figure (2022/23, 2023-24 periods; 10th January 2024 a date; "(1)"-"(4)", "(a)"-"(c)", "I." list numbers;
    # "a further report in six months time" places a future report in time, the length of nothing: period)
    # Sefton 2 (17/11/2022 and 31 March 2022 dates; Item 75 a reference; 121 KB). "One in three" is a share in words
    ('sefton_2', '9501', ('shows that 9501', 0), '9501', '', 'count', '', 'children in Sefton living in relative low-income families'),
    ('sefton_2', 'One in three', ('One in three school-age', 0), '33.3333', '', 'percent', '', 'school-age children in England living in poverty who missed out on free school meals'),
    ('sefton_2', '800,000', ('(800,000)', 0), '800000', '', 'count', '', 'school-age children in England living in poverty who missed out on free school meals'),
    # Slough 1 (Page 2-5, Paragraph 3 references; 2013/14 a period; December 2013, January 2014 dates)
    ('slough_1', 'two', ('that two letters', 0), '2', '', 'count', '', 'letters received from primary head colleagues about concerns voiced at Schools Forum'),
    ('slough_1', '£100,000', ('around £100,000', 0), '100000', '', 'gbp', '', 'remaining in the Growth Fund for 2013/14'),
    # Southampton 1 (dates, 4.00 pm a time, Room 105 a name, file sizes). The grant already received is an amount of
    # months of funding (like funding that "only covered one year"); "12/7s" (twelve sevenths) is the multiple of it the
    # schools would receive: a multiple, coded as "6.5 times" is (rate). Both judgement calls
    ('southampton_1', '7 months', ('received 7 months', 0), '7', '', 'months', '', 'Teachers\u2019 Pay Award Grant already received by schools (from September 2023)'),
    ('southampton_1', '12/7s', ('receive 12/7s', 0), '1.7143', '', 'rate', '', 'multiple of the monthly grant schools would receive (twelve sevenths, the whole year)'),
    # Southend 1, Stockport 1: no figure (minute and list numbers, Agenda Item 5 references; dates, 6.00 pm, file sizes,
    # 2013/15 a period, a telephone number)
    # Stockport 2 ("top 1%", "top 20%", "most deprived 1%" are bands in a measure's definition; "5 A*-C GCSEs" bounds the
    # measure: threshold)
    ('stockport_2', '190', ('out of 190', 0), '190', '', 'count', '', 'lower super output areas in Stockport'),
    ('stockport_2', '31', (', 31 are', 0), '31', '', 'count', '', 'lower super output areas in Stockport in the most disadvantaged 20%'),
    ('stockport_2', '17%', ('with 17%', 0), '17', '', 'percent', '', 'of the borough among the most deprived areas in the country'),
    ('stockport_2', '25%', ('only 25%', 0), '25', '', 'percent', '', 'children in Brinnington and Central Ward achieving 5 A*-C GCSEs'),
    # (West Berkshire 1, mgAi ID=16972, was dropped before any run: its address is named in notes/set_h.md and set_i.md)
    # Wokingham 1: no figure (15/06/2022 a date; Item 8 a reference; 275 KB; "Dashboard item 1 / 2" names; Q4, 20/21 periods)
]
THEMES = {
    'cumbria_1': 'o o o o sg sg sg o cic sg sg',
    'cumbria_2': 'o o o o o o o sg',
    'hampshire_1': 'o o o o o o o',
    'hillingdon_1': 'hw hw hw hw',
    'liverpool_1': ' '.join(['o'] * 9 + ['send', 'send', 'o', 'send']),
    'medway_1': ' '.join(['o'] * 16),
    'northyorkshire_1': ' '.join(['o'] * 16),
    'oldham_1': 'hw hw hw o hw hw hw hw hw hw',
    'oxfordshire_1': 'o o send ed fin send send send send o o send ed',
    'sefton_1': 'o o o o o o ae o o fin o eh o o o o ae ae',
    'sefton_2': 'o eh o eh o o eh eh eh o eh eh',
    'slough_1': 'o o o o o o fin o fin fin fin fin o fin fin',
    'southampton_1': 'o o o o o fin fin fin fin fin fin fin fin fin school',
    'southend_1': ' '.join(['o'] * 17),
    'stockport_1': ' '.join(['o'] * 17),
    'stockport_2': 'o eh eh ed ed eh eh ed o eh eh eh o eh eh o',
    'wokingham_1': 'o o o o o o send send send send send send o eh eh eh',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
