"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r28/r28blindR/work/annotate.py)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r29s_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Camden 1: no figure (2024/25, 2025/26 periods)
    # City of London 1 (2023/24 a period, April 2023 to March 2024 dates)
    ('cityoflondon_1', 'three', ('recognition of three City', 0), '3', '', 'count', '', 'City of London young people recognised as shining stars at a Pan London awards ceremony'),
    ('cityoflondon_1', '86%', ('only 86% of health', 0), '86', '', 'percent', '', 'health assessments (of children in care) carried out within the timescale'),
    # City of London 2 ("agenda item 28" a reference)
    ('cityoflondon_2', 'two', ('only two allegations', 0), '2', '', 'count', '', 'LADO allegations that resulted in an allegation meeting'),
    # City of London 3 (the count of the compact's commitments, said twice: a count that names the parts of a structure)
    ('cityoflondon_3', 'six', ('on the six commitments', 0), '6', '', 'count', '', 'commitments of the Pan London Care Leavers Compact'),
    ('cityoflondon_3', 'six', ('to the six commitment', 0), '6', '', 'count', '', 'commitments of the Pan London Care Leavers Compact (to sign up to)'),
    # Hampshire 1: no figure (Item 8, Section 3 and 4, paragraphs 4.14 and 5.2 references, 2017/18 a period)
    # Hampshire 2 (2019-20 and 2019/20 periods, Item 7, page 6 references, 24 November a date)
    ('hampshire_2', 'three', ('the three phased approach', 0), '3', '', 'count', '', 'phases of the Covid-19 response approach'),
    # Hounslow 1 (rooms 1 & 2, phone number, dates, file sizes, page / item / para references; "three-year funding" is
    # how long the EAL funding runs: a figure)
    ('hounslow_1', 'three-year', ('be three-year funding for EAL', 0), '3', '', 'years', '', 'length of EAL funding (from first entry to the compulsory school system)'),
    # Slough 1 (2024/25 and 2024-25 periods; "three to four-year-olds, two-year-olds, and under 2-year-olds" ages)
    ('slough_1', '95%', ('95% of the allocated', 0), '95', '', 'percent', '', 'share of the early years funding passed through to settings'),
    ('slough_1', '5%', ('the 5% retained element', 0), '5', '', 'percent', '', 'share of the early years funding retained centrally'),
    ('slough_1', '£18.383 million', ('amounts to £18.383 million', 0), '18383000', '', 'gbp', '', 'early years pass-through budget 2024-25'),
    ('slough_1', '£19.3 million', ('total to £19.3 million', 0), '19300000', '', 'gbp', '', 'Early Years Block total 2024-25'),
    # Slough 2 ("5 minutes should be allowed to read the report" is the length of a procedure: furniture, not a figure;
    # 9.15am and 9.20am times; 2020/21 and 2021/22 periods; "3-4 year olds" ages)
    ('slough_2', '£18.6m', ('accumulated deficit of £18.6m', 0), '18600000', '', 'gbp', 'high_needs_deficit', 'accumulated DSG deficit on the balance sheet'),
    ('slough_2', '£19.4m', ('of which £19.4m was', 0), '19400000', '', 'gbp', 'high_needs_deficit', 'accumulated deficit of the High Needs Block'),
    ('slough_2', '£289,000', ('forward of £289,000 underspend', 0), '289000', '', 'gbp', 'budget_variance', 'Schools Block underspend brought forward'),
    ('slough_2', '£138.9m', ('DSG Settlement of £138.9m', 0), '138900000', '', 'gbp', '', 'DSG settlement (schools block) 2020/21'),
    ('slough_2', '£102m', ('£102m had been recouped', 0), '102000000', '', 'gbp', '', 'DSG recouped for academies'),
    ('slough_2', '£36.9m', ('all £36.9m had been allocated', 0), '36900000', '', 'gbp', '', 'DSG allocated out to (maintained) schools'),
    ('slough_2', '£255,000', ('transfer of £255,000 from HNB', 0), '255000', '', 'gbp', '', 'transfer from the High Needs Block to support in-house services (CSSB)'),
    ('slough_2', '£29,000', ('in reserves of £29,000', 0), '29000', '', 'gbp', '', 'CSSB carry forward into reserves'),
    ('slough_2', '£15.5m', ('had been £15.5m', 0), '15500000', '', 'gbp', '', 'Early Years final settlement for the year'),
    ('slough_2', '£0.148m', ('underspend of £0.148m within maintained', 0), '148000', '', 'gbp', 'budget_variance', 'early years underspend within maintained settings'),
    ('slough_2', '£0.76m', ('and £0.76m within primary', 0), '760000', '', 'gbp', 'budget_variance', 'early years underspend within primary'),
    ('slough_2', '£1.2m', ('increased by £1.2m', 0), '1200000', '', 'gbp', '', 'increase in private sector early years take-up (spend)'),
    ('slough_2', '£833,000', ('underspend of £833,000', 0), '833000', '', 'gbp', 'budget_variance', 'early years carry forward underspend'),
    # Southwark 1 ("16+", "19-21", "16 – 18" ages; Key Stage 5 a name; 2020-21 a period, 2021 a year; 1.-7. list numbers;
    # "seven points" a count that announces the list)
    ('southwark_1', 'seven', ('set out seven points', 0), '7', '', 'count', '', 'points of identified action in the care leavers education and employment action plan'),
    # Torbay 1 (Room 4, postcode, June 2019 a date, file sizes, item numbers, 14th June / 1st October dates, "2nd week" an
    # ordinal; the additional 0.6 post is a count of posts, full-time equivalent)
    ('torbay_1', '0.6', ('additional 0.6 post', 0), '0.6', '', 'count', '', 'additional Elective Home Education post (full-time equivalent) agreed by the Forum'),
    # Torbay 2 (postcode, "80th anniversary" an ordinal, dates, Standing Order D13 a reference; "two letters" a count in
    # procedure)
    ('torbay_2', 'two', ('Sub-Board two letters', 0), '2', '', 'count', '', 'letters from St Margarets circulated to the Sub-Board'),
    # West Berkshire 1 (Agenda Item 9, section 4.3 references; dates; 2020/21, 2021/22, 2022/23 periods; "over a five year
    # period" is the length of the early years deficit recovery plan: a figure; the DSG's cumulative deficit takes the
    # high needs id as r28blindR's Wiltshire DSG overspend did)
    ('westberks_1', '£1.6m', ('cumulative deficit of £1.6m', 0), '1600000', '', 'gbp', 'high_needs_deficit', 'cumulative DSG deficit (as detailed in the report)'),
    ('westberks_1', '£1.46m', ('deficit position to £1.46m', 0), '1460000', '', 'gbp', 'high_needs_deficit', 'cumulative DSG deficit after the 2020/21 outturn'),
    ('westberks_1', '£147k', ('underspend of £147k', 0), '147000', '', 'gbp', 'budget_variance', 'DSG in-year underspend 2020/21'),
    ('westberks_1', 'five year', ('over a five year period', 0), '5', '', 'years', '', 'length of the Early Years Block deficit recovery plan'),
    ('westberks_1', '£2.3m', ('stood at £2.3m', 0), '2300000', '', 'gbp', 'high_needs_deficit', 'High Needs Block cumulative deficit at 31 March 2021'),
    ('westberks_1', '£3.6m', ('would be £3.6m', 0), '3600000', '', 'gbp', 'high_needs_deficit', 'expected High Needs Block deficit by March 2022'),
    # West Berkshire 2 (2018/19 a period, Agenda Item 8, sections 5.3, "eight" and 2.1 references, 31st March 2019 a date;
    # "£115k less than budgeted" is the DSG income's variance against budget: budget_variance, judgement call)
    ('westberks_2', '£115k', ('received was £115k less', 0), '115000', '', 'gbp', 'budget_variance', 'DSG funding received less than budgeted'),
    ('westberks_2', '£479k', ('underspent by £479k', 0), '479000', '', 'gbp', 'budget_variance', 'DSG expenditure underspend 2018/19'),
    ('westberks_2', '£100k', ('deficit reserve of £100k', 0), '100000', '', 'gbp', 'high_needs_deficit', 'DSG deficit reserve at 31 March 2019'),
    ('westberks_2', '£521k', ('deficit reserve of £521k', 0), '521000', '', 'gbp', 'high_needs_deficit', 'High Needs Block deficit reserve'),
    # West Berkshire 3 ("quarters one and two" and 2014/15, 2013/14 periods; "Appendix one" a reference; December 2014 a
    # date; "year six" a name)
    ('westberks_3', '18.9', ('from 18.9 to', 0), '18.9', '', 'percent', '', 'overweight and obesity rate in reception (previous year)'),
    ('westberks_3', '19.3%', ('to 19.3%', 0), '19.3', '', 'percent', '', 'overweight and obesity rate in reception 2013/14'),
    ('westberks_3', '30 percent', ('just under 30 percent', 0), '30', '', 'percent', '', 'children in year six overweight or obese (just under)'),
    # Wiltshire 1: no figure (dates, times)
    # Wokingham 1 (dates, times, postcode, 2019/20 a period, file size, page references; "where it said £270 it should say
    # £270K": the corrected amount is a figure, the misprint it replaces records nothing and is left out, judgement call)
    ('wokingham_1', '£270K', ('should say £270K', 0), '270000', '', 'gbp', '', 'amount corrected in the minutes of the previous meeting (page 11)'),
    ('wokingham_1', '£32K', ('the £32K reduction', 0), '32000', '', 'gbp', '', 'reduction in funding for Foundry College'),
    # Wokingham 2 (2022/23 periods, item and list numbers, dates, file size, page 15; the Schools Forum's revenue monitoring
    # deficit is the DSG's: high_needs_deficit)
    ('wokingham_2', '£1.7million', ('show the £1.7million deficit', 0), '1700000', '', 'gbp', 'high_needs_deficit', 'DSG deficit shown in the revenue monitoring report'),
    # Wokingham 3 (dates, times, postcode, file sizes, item 12, 2017-18 a period, April 2017 a date)
    ('wokingham_3', '£279,000', ('amounting to £279,000', 0), '279000', '', 'gbp', '', 'proposed staff reductions in Learning & Achievement (to address the ESG shortfall)'),
]
THEMES = {
    'camden_1': 'o send send o send o send send send',
    'cityoflondon_1': 'cic o cic cic o cic cic cic ny cic cic',
    'cityoflondon_2': 'o o sg sg o',
    'cityoflondon_3': 'o ny ny ny',
    'hampshire_1': 'sg sg sg sg cic sg',
    'hampshire_2': 'sg sg sg sg sg',
    'hounslow_1': 'o o o o o o o o o send fin o o o o o o o o',
    'slough_1': 'fin fin fin fin fin',
    'slough_2': 'fin o o o send fin fin fin',
    'southwark_1': 'ny ny ny ny ny ny ny ny ny ny ny ny ny ny ny ny ny ny ny ny cic cic cic cic cic ny ny cic ny',
    'torbay_1': 'o o o o o o o o send ae o o fin fin',
    'torbay_2': 'o o o o o send send',
    'westberks_1': 'o fin fin fin fin fin fin send o',
    'westberks_2': 'o fin fin fin fin send fin o',
    'westberks_3': 'o o o o o hw hw hw hw hw hw hw hw hw',
    'wiltshire_1': 'o o o o o o o o o o o o o o o o o ny ny o ny o o ny ny',
    'wokingham_1': 'o o o o o o o o o o o o o fin fin fin o',
    'wokingham_2': 'o o o o o o o o o o o o o o fin ae school fin fin fin o',
    'wokingham_3': 'o o o o o o o fin o fin fin fin',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
