"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r27/r27blindP/work/annotate.py)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r28r_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Central Bedfordshire 1 and 2: no figure (dates, phone, file size, "CS/14/51" a reference, Annex / Part numbers,
    # "Quarter 2" a name, "first meeting" an ordinal)
    # City of London 1: no number
    # Hampshire 1 ("Item 9" a reference, "Tt2019" a programme's name, 2019/20 a period, 2020 a year; "for each of the next
    # two years" read as the span the additional high needs money is given over: a figure, judgement call; "more than half"
    # a fraction in words: a share, 50%)
    ('hampshire_1', '2.99%', ('the 2.99% increase', 0), '2.99', '', 'percent', '', 'increase in council tax (2019/20; the maximum permitted)'),
    ('hampshire_1', '0.4%', ('maintained at 0.4%', 0), '0.4', '', 'percent', '', 'New Homes Bonus (NHB) baseline figure'),
    ('hampshire_1', '£4.9m', ('allocation at £4.9m', 0), '4900000', '', 'gbp', '', 'Hampshire County Council allocation of the New Homes Bonus'),
    ('hampshire_1', '£2.993m', ('£2.993m had been allocated', 0), '2993000', '', 'gbp', '', 'additional funding allocated to the high needs block each year'),
    ('hampshire_1', 'two years', ('the next two years', 0), '2', '', 'years', '', 'years of additional funding for the high needs block'),
    ('hampshire_1', 'half', ('more than half of the total', 0), '50', '', 'percent', '', 'share of total reserves committed to existing revenue programmes and capital spend (more than)'),
    ('hampshire_1', '£338.6 million', ('reserves at £338.6 million', 0), '338600000', '', 'gbp', '', 'total reserves'),
    ('hampshire_1', '£27.6 million', ('the £27.6 million set aside', 0), '27600000', '', 'gbp', '', 'reserves set aside to mitigate risks'),
    ('hampshire_1', '£29.4 million', ('balance of £29.4 million', 0), '29400000', '', 'gbp', '', 'unallocated balance of reserves for future draws beyond 2020'),
    # Hampshire 2: no figure (dates)
    # Hillingdon 1 ("in the last two years" a period looking back; "11-19 year olds" ages; 9 July 2018 a date; 2015/16,
    # 2016/17, 2017/18, 2020/21 periods; the five shares are CAMHS access, which has no canonical id)
    ('hillingdon_1', '25%', ('from 25% in 2015/16', 0), '25', '', 'percent', '', 'children and young people seen within Community Mental Health services (2015/16)'),
    ('hillingdon_1', '35%', ('to 35% in 2020/21', 0), '35', '', 'percent', '', 'share of children and young people to be seen within Community Mental Health services by 2020/21 (required)'),
    ('hillingdon_1', '28%', ('its 28% target', 0), '28', '', 'percent', '', 'target share of children and young people seen within community mental health services (2016/17)'),
    ('hillingdon_1', '30%', ('its 30% target', 0), '30', '', 'percent', '', 'target share of children and young people seen within community mental health services (2017/18)'),
    ('hillingdon_1', '23%', ('achieving just 23%', 0), '23', '', 'percent', '', 'children and young people seen within community mental health services achieved in 2017/18'),
    # Medway 2: no figure (times, dates, file sizes, item numbers, 2020-2021 a period, "the first half of the current school
    # year" a period)
    # Oxfordshire 1 (DHLUC a name)
    ('oxfordshire_1', '£17m', ('a £17m deficit', 0), '17000000', '', 'gbp', 'high_needs_deficit', 'deficit in the High Needs Block when the administration took office'),
    ('oxfordshire_1', 'two', ('another two special schools', 0), '2', '', 'count', '', 'special schools the Council had applied for (bids not successful)'),
    # Oxfordshire 2: no number
    # Slough 1 (minute numbers 575, 580, 578, 581, 585; dates; KS4 a name)
    ('slough_1', 'one', ('one nomination had been received', 0), '1', '', 'count', '', 'nominations received for the remaining academy representative vacancy on the Schools Forum'),
    # Somerset 2
    ('somerset_2', 'seven', ('the seven operating Homes', 0), '7', '', 'count', '', "Homes and Horizons children's homes operating"),
    # Stockport 1 and 2: no figure (dates, item numbers, phone numbers, file sizes, "the previous 12 months" a period,
    # 2014-15 and 2018/19 periods, "first quarter" a period)
    # Wiltshire 1 ("1 year previously" a period looking back; June 2015 a date; paragraph 9 and 15 references; 2015-16,
    # 2016-17 periods; the counterfactual "£1 million worse off" takes no id)
    ('wiltshire_1', '2', ('complete with 2 appendices', 0), '2', '', 'count', '', 'appendices of the late supplementary report on the high needs budget'),
    ('wiltshire_1', '£1.5 million', ('just short of £1.5 million', 0), '1500000', '', 'gbp', '', 'high needs block savings agreed a year earlier (just short of)'),
    ('wiltshire_1', '£1 million', ('that £1 million of savings', 0), '1000000', '', 'gbp', '', 'high needs savings achieved in certain areas'),
    ('wiltshire_1', '£1 million', ('would be £1 million worse off', 0), '1000000', '', 'gbp', '', 'amount the High Needs Budget would be worse off had the previous savings not been achieved'),
    ('wiltshire_1', '2', ('which were the 2 areas', 0), '2', '', 'count', '', 'areas of growth in the Independent Special Schools budget (number and cost of day cases)'),
    # Wiltshire 2 (2018/19 a period; September 2018 a date; "30 hours" the free entitlement's name; "2, 3- and 4-year olds"
    # ages; Appendix 2 a reference; the DSG's overall overspend and the high needs block's are the high needs deficit, the
    # growth fund's and the free entitlement's underspends are budget variances, as r24blindJ's Wiltshire rows)
    ('wiltshire_2', '£4.183 million', ('overspent by £4.183 million', 0), '4183000', '', 'gbp', 'high_needs_deficit', 'DSG overspend at the end of 2018/19 (outturn)'),
    ('wiltshire_2', '£4.735 million', ('block is £4.735 million', 0), '4735000', '', 'gbp', 'high_needs_deficit', 'overspend on the high needs block 2018/19'),
    ('wiltshire_2', '£0.130 million', ('underspent by £0.130 million', 0), '130000', '', 'gbp', 'budget_variance', 'growth fund underspend 2018/19'),
    ('wiltshire_2', '£0.080 million', ('position of £0.080 million', 0), '80000', '', 'gbp', 'budget_variance', "January's forecast underspend of the growth fund"),
    ('wiltshire_2', '£0.324 million', ('underspent by £0.324 million', 0), '324000', '', 'gbp', 'budget_variance', 'underspend on the budgets for the free entitlement for 30 hours childcare'),
    ('wiltshire_2', '682', ("EHCP’s was 682", 0), '682', '', 'count', 'ehcp_count', 'number of EHCPs'),
    # Wiltshire 3 (dates, 2015/16 and 2016/2017 periods, "1." list numbers; "within three years" the span over which the
    # aim is reached: a period; "zero staff agency costs" is the aim's amount: a figure, value 0, judgement call)
    ('wiltshire_3', '£600k', ('by £600k', 0), '600000', '', 'gbp', '', 'reduction in potential additional costs to the council from the social worker recruitment campaign'),
    ('wiltshire_3', 'zero', ('to have zero staff agency costs', 0), '0', '', 'gbp', '', 'target staff agency costs (within three years)'),
    # Wokingham 1 and 2: no figure (page numbers 39-64 and 41-43, "Part 2" a name, dates, times, postcode, file size,
    # "page 7", "Item 22" references, "third bullet point" an ordinal)
]
THEMES = {
    'centralbeds_1': 'o o o sg o o o o o o o o o o',
    'centralbeds_2': 'fa fa fa fa o fa fa fa fa fa fa fa fa fa fa fa fa fa fa o fa',
    'cityoflondon_1': 'o send o',
    'hampshire_1': 'fin o fin fin',
    'hampshire_2': 'cic o cic o o ny ny',
    'hillingdon_1': 'hw hw hw hw hw hw hw',
    'medway_2': 'o o o o o o o o o o o o o o o o o o o ed o',
    'oxfordshire_1': 'send send o send send send',
    'oxfordshire_2': 'send o send o send o',
    'slough_1': 'o o o o o o o o o send fin fin',
    'somerset_2': 'fin fin fin',
    'stockport_1': 'o sg o sg sg sg o sg o cic sg',
    'stockport_2': 'o o o o o o o o o o o o o o o o',
    'wiltshire_1': 'send send send send send send',
    'wiltshire_2': 'fin fin fin fin send fin fin send send send',
    'wiltshire_3': 'o wf o o o o wf wf wf wf o',
    'wokingham_1': 'ed ed ed ed ed ed ed ed ed o ed ed ed ed ed ed ed ed ed ed ed',
    'wokingham_2': 'o o o o o o o o fin fin fin send send',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
