"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r33/r33blindY/work/annotate.py, itself from pools/r32/r32blindW, pools/r31/r31blindV and earlier)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r34aa_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # West Berkshire 1 (2018/19, 2017/18, 2019/20 periods; 27th February 2018 a date; "paragraph 3.1", "page 16", "Table one
    # of page 13" references; "extending to 25" an age). The 14% is a % change of a count (children with a Statement or EHC
    # Plan): no id. The HNBB's net shortfall and its carried-forward overspend are the high-needs block's own deficit
    # (tests/gold/README.md, "Which money a variance is")
    ('westberks_1', '14%', ('a 14% increase', 0), '14', '', 'percent', '', 'increase in the number of children with a Statement or EHC Plan since the SEND reform'),
    ('westberks_1', '675', ('for 675 pupils', 0), '675', '', 'count', '', 'pupils for whom the ESFA provided high needs place funding (2017/18)'),
    ('westberks_1', '736', ('was 736', 0), '736', '', 'count', '', 'actual number of pupils in high needs places (2017/18)'),
    ('westberks_1', '\u00a34k', ('only at \u00a34k', 0), '4000', '', 'gbp', '', 'funding for each additional special school place (2018/19)'),
    ('westberks_1', '\u00a31,009,200', ('estimated to be \u00a31,009,200', 0), '1009200', '', 'gbp', 'high_needs_deficit', 'net shortfall in the 2018/19 High Needs Block Budget'),
    ('westberks_1', '\u00a3564,640', ('overspend of \u00a3564,640', 0), '564640', '', 'gbp', 'high_needs_deficit', 'overspend on the high needs budget carried forward from 2017/18'),
    # West Berkshire 2 ("Agenda Item 8", "page 49", "page 55", "section four" references; December 2018 a date; periods).
    # Savings, an added sum of funding, a budget and a spend take no id; the HNB overspend, its forecast shortfall and the
    # shortfall on top-up funding (a line of the high-needs block) are high_needs_deficit
    ('westberks_2', '\u00a3219k', ('Savings of \u00a3219k', 0), '219000', '', 'gbp', '', 'savings implemented in the High Needs Block in 2017/18'),
    ('westberks_2', '\u00a3306k', ('further \u00a3306k', 0), '306000', '', 'gbp', '', 'further savings implemented in the High Needs Block in 2018/19'),
    ('westberks_2', '\u00a3500k', ('just under \u00a3500k', 0), '500000', '', 'gbp', 'high_needs_deficit', 'overspend of the High Needs Block in the current year (just under)'),
    ('westberks_2', '\u00a3381k', ('sum of \u00a3381k', 0), '381000', '', 'gbp', '', 'additional high needs funding West Berkshire would receive in 2019/20'),
    ('westberks_2', '\u00a31.8m', ('shortfall of \u00a31.8m', 0), '1800000', '', 'gbp', 'high_needs_deficit', 'forecast shortfall of the High Needs Block Budget for 2019/20'),
    ('westberks_2', '\u00a35.8m', ('was \u00a35.8m', 0), '5800000', '', 'gbp', '', 'budget for place funding'),
    ('westberks_2', '\u00a36m', ('over \u00a36m', 0), '6000000', '', 'gbp', '', 'estimated spend on place funding (over)'),
    ('westberks_2', '\u00a3700k', ('just under \u00a3700k', 0), '700000', '', 'gbp', 'high_needs_deficit', 'shortfall on top up funding (just under)'),
    # West Berkshire 3 ("Agenda Item 11", "table 4.6" references; February 2019 a date; periods). School balances, their
    # changes and parts take no id (balances themselves); "nine deficit schools" counts schools
    ('westberks_3', '\u00a31.6m', ('increased by \u00a31.6m', 0), '1600000', '', 'gbp', '', 'increase in total school balances from 2017/18'),
    ('westberks_3', '\u00a3802k', ('\u00a3802k in main', 0), '802000', '', 'gbp', '', 'increase in main school budget balances'),
    ('westberks_3', '\u00a3699k', ('\u00a3699k in capital', 0), '699000', '', 'gbp', '', 'increase in capital balances'),
    ('westberks_3', 'nine', ('the nine deficit schools', 0), '9', '', 'count', '', 'deficit schools'),
    ('westberks_3', '\u00a3600k', ('deficits by \u00a3600k', 0), '600000', '', 'gbp', '', 'reduction in the combined main school budget deficits of the deficit schools'),
    # West Berkshire 4 ("Agenda Item 10", "Section 6.1" references; "period nine" the name of a monitoring period; periods).
    # Every "nine"/"three" schools is a count (each time the page gives it). The schools' own licensed, forecast and closing
    # deficits are deficit balances of their own budgets (no deficit of the grant, no variance of the council's budget): no
    # id; a judgement call
    ('westberks_4', 'nine', ('of the nine schools', 0), '9', '', 'count', '', 'schools that had set a deficit budget in 2018/19'),
    ('westberks_4', 'nine', ('reported that nine schools', 0), '9', '', 'count', '', 'schools with a licensed Main School Budget deficit in 2018/19'),
    ('westberks_4', '\u00a3870k', ('totally \u00a3870k', 0), '870000', '', 'gbp', '', 'licensed Main School Budget deficit of the nine schools in 2018/19 (total)'),
    ('westberks_4', 'nine', ('these nine schools', 0), '9', '', 'count', '', 'schools with a licensed deficit (forecast at period nine)'),
    ('westberks_4', '\u00a3640k', ('was \u00a3640k', 0), '640000', '', 'gbp', '', 'forecast deficit of the nine schools at period nine'),
    ('westberks_4', '\u00a3212k', ('balance of \u00a3212k', 0), '212000', '', 'gbp', '', 'closing deficit balance of the nine schools at outturn'),
    ('westberks_4', 'three', ('that three schools', 0), '3', '', 'count', '', 'schools that ended the financial year with an unlicensed deficit'),
    ('westberks_4', 'three', ('each of the three schools', 0), '3', '', 'count', '', 'schools with an unlicensed deficit that submitted a balanced budget for 2019/20'),
    ('westberks_4', 'three', ('the three schools with', 0), '3', '', 'count', '', 'schools with unlicensed deficits that would submit balanced budgets'),
    # Wiltshire 1 (2023-24 periods). Grant allocations and the special schools' uplift take no id. "£2.942 to Wiltshire" is
    # the £2.942 million allocation with "million" left out: one figure valued 2942000 by the sentence's own earlier sum (a
    # judgement call, as r33blindY's "8/3%")
    ('wiltshire_1', '\u00a370.918 million', ('was \u00a370.918 million', 0), '70918000', '', 'gbp', '', 'total High Needs allocation for 2023-24'),
    ('wiltshire_1', '\u00a32.942 million', ('of \u00a32.942 million', 0), '2942000', '', 'gbp', '', 'additional high needs allocation for cost pressures'),
    ('wiltshire_1', '3.4%', ('plus the 3.4%', 0), '3.4', '', 'percent', '', 'additional grant payable to Special Schools'),
    ('wiltshire_1', '\u00a32.942', ('\u00a32.942 to Wiltshire', 0), '2942000', '', 'gbp', '', 'additional high needs funding the DfE allocated to Wiltshire'),
    ('wiltshire_1', '3.4%', ('Special Schools 3.4% increase', 0), '3.4', '', 'percent', '', 'increase for Special Schools'),
    ('wiltshire_1', '3.4%', ('uplift of 3.4%', 0), '3.4', '', 'percent', '', 'total funding uplift Special Schools would receive'),
    # Wiltshire 2 (January 2023, January 2024, autumn 2026 dates; "2023 – 2027" a period; "age 4-19" an age). The 15% is a %
    # change of a count (EHCPs): no id. Places of a provision and pupils of a new school are counts
    ('wiltshire_2', '15%', ('risen by 15%', 0), '15', '', 'percent', '', 'rise in the number of Education, Health and Care Plans (EHCPs) in Wiltshire'),
    ('wiltshire_2', '100', ('demand for 100', 0), '100', '', 'count', '', 'additional special school places projected to be needed per annum'),
    ('wiltshire_2', '90%', ('and that 90%', 0), '90', '', 'percent', '', 'share of the new demand for places with a primary need of Autism, Communication Needs or SEMH'),
    ('wiltshire_2', '20', ('having a 20 place', 0), '20', '', 'count', '', 'places in the Resource Base at Westbury Infants'),
    ('wiltshire_2', '15', ('a 15 place', 0), '15', '', 'count', '', 'places in the Resource Base at Westbury Juniors'),
    ('wiltshire_2', '130', ('for 130 pupils', 0), '130', '', 'count', '', 'pupils of the new SEMH special free school'),
    ('wiltshire_2', '\u00a315-25million', ('investment of \u00a315-25million', 0), '15000000', '25000000', 'gbp', '', 'valued investment in the new SEMH special free school'),
    # Wiltshire 3 ("a)"-"c)" list letters; 2016/17 a period; "first 1000 days" the name of an early-years concept (as
    # r33blindY's "1001 critical days"): not a figure). "£17.500" is a misprint of £17,500 (the national median income):
    # one figure valued 17500, a judgement call
    ('wiltshire_3', '\u00a318,663.10', ('approve \u00a318,663.10', 0), '18663.10', '', 'gbp', '', 'funding recommended for positive activities'),
    ('wiltshire_3', '\u00a34k', ('around \u00a34k', 0), '4000', '', 'gbp', '', 'grant funding left in 2016/17 (around)'),
    ('wiltshire_3', '5', ('at 5 youth clubs', 0), '5', '', 'count', '', 'youth clubs across the community area where funded activities were provided'),
    ('wiltshire_3', '\u00a317.500', ('just over \u00a317.500', 0), '17500', '', 'gbp', '', 'national median income in the UK (just over)'),
    ('wiltshire_3', '11.8%', ('Wiltshire 11.8%', 0), '11.8', '', 'percent', '', 'children in Wiltshire deemed to be living in poverty'),
    ('wiltshire_3', '38', ('recorded at 38', 0), '38', '', 'count', '', 'children in poverty in this community area'),
    ('wiltshire_3', '8.4%', ('was 8.4%', 0), '8.4', '', 'percent', '', 'children in poverty in the community area'),
    # Wiltshire 4 ("ages 0-5", "ages 0-19", "the age of 25" are ages)
    ('wiltshire_4', '60%', ('around 60%', 0), '60', '', 'percent', '', 'families who would like to go online for help (around)'),
    # Oldham 1 ("16-18", "16 - 18-year-olds", "16 and 17", "16–18-year-olds" ages; December 2022 a date; "the past 12 months"
    # twice a period looking back; "Y13", "year 12s" names). The participation rate is the complement of NEET: no id
    ('oldham_1', '93.71%', ('that 93.71%', 0), '93.71', '', 'percent', '', 'year 12s participating in some form of education, employment or training (EET)'),
    # Slough 1 (2020/21, 2020-21 periods; "the past two years" a period looking back; "Year 5" a name)
    ('slough_1', '50%', ('support 50%', 0), '50', '', 'percent', '', 'share of the underwriting for places at Grove Academy the Schools Forum agreed to support'),
    # Wokingham 1 ("pages 37-48", "page 39", "page 41" references)
    ('wokingham_1', '7%', ('top slice 7%', 0), '7', '', 'percent', '', 'academies top slice (place funding given directly to academies) in the High Needs Block'),
    # Sefton 1: no figure (18th March 2025, 28 January 2025 dates; "6.30 pm" a time; "L20 7AE" a postcode; "50."-"53." item
    # numbers; "PDF 259 KB" a file size). Torbay 1: no figure ("9am", "10.15am", "10.15 am" times; "TQ2 5QW" a postcode;
    # "1."-"5." list and item numbers; "PDF 283 KB", "PDF 429 KB" file sizes; 2025/26 a period; "both" no number). Rochdale 1:
    # no figure ("S106 of the Local Government Finance Act 1992" a name; 19th November 2020 dates; "1st & 2nd Quarter",
    # "Quarter 3", "third quarter" ordinals and names; "the first two quarters of 2020/2021" a period). Somerset 1: no figure
    # (15 May 2024, 5 June 2024 dates)
]
THEMES = {
    'westberks_1': 'o send o send send send send send',
    'westberks_2': 'o send send send send send send send',
    'westberks_3': 'o fin fin fin fin fin fin fin o',
    'westberks_4': 'o fin fin fin fin fin fin fin fin',
    'wiltshire_1': 'send send send send send send send send',
    'wiltshire_2': 'send send send send send send send send send send o send',
    'wiltshire_3': 'o eh ny o ny ny ny eh o eh eh eh eh eh eh o eh',
    'wiltshire_4': 'eh o eh eh eh eh eh eh',
    'oldham_1': 'ny ny ny ny ny ny ny',
    'slough_1': 'fin fin school fin school fin fin fin fin',
    'wokingham_1': 'send send send o send send send send send',
    'sefton_1': 'o o o o o o o o o o o o o o',
    'torbay_1': 'o o o o o o o o o o o o o o o o o o o o o o o o o o o o o send send send',
    'rochdale_1': 'o o o o o o o o o o',
    'somerset_1': 'o o o o o o o o o o o ed o o o ed cic send',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
