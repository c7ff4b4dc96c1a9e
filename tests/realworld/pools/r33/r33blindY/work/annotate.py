"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r32/r32blindW/work/annotate.py, itself from pools/r31/r31blindV, pools/r30/r30blindU and pools/r29/r29blindS)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r33y_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Derbyshire 1 (2023-24 periods; "Appendix 2", "Appendix 3", "Appendix 4" references; "a)"-"c)" list letters)
    ('derbyshire_1', '\u00a3206,525', ('allocation of \u00a3206,525', 0), '206525', '', 'gbp', '', 'allocation from the 2023-24 School Condition Allocation to the schemes in Appendix 4'),
    # Leeds 1 (13/02/2017, 19th October 2016, September 2018 dates; "Minute No. 95" a minute reference). "approximately 12
    # pupils (6 primary, 6 secondary)": the total and both parts of the partition are figures
    ('leeds_1', '210', ('capacity of 210', 0), '210', '', 'count', '', 'primary capacity of Carr Manor Community School before the expansion (pupils)'),
    ('leeds_1', '420', ('to 420 pupils', 0), '420', '', 'count', '', 'primary capacity of Carr Manor Community School after the expansion (pupils)'),
    ('leeds_1', '30', ('from 30 to 60', 0), '30', '', 'count', '', 'admission number before the expansion'),
    ('leeds_1', '60', ('to 60 with', 0), '60', '', 'count', '', 'admission number with effect from September 2018'),
    ('leeds_1', '12', ('approximately 12', 0), '12', '', 'count', '', 'pupils with Complex Communication Difficulties the new provision is for (approximately)'),
    ('leeds_1', '6', ('(6 primary', 0), '6', '', 'count', '', 'primary pupils of the Complex Communication Difficulties provision'),
    ('leeds_1', '6', ('6 secondary', 0), '6', '', 'count', '', 'secondary pupils of the Complex Communication Difficulties provision'),
    # North Tyneside 1 (2023-24, 2021-2025 (the strategy's name), 2021/22, 2010/11 periods; 2022 a year; "pre-birth to five
    # years", "age two", "the age of two" ages; "6-8 weeks" (twice) bounds the breastfeeding measure: threshold; "205/16" a
    # misprinted period (2015/16); "the 1001 critical days" is the name of a policy concept (the first 1001 days), not a
    # measurement: name). "8/3%" is a misprint of 8.3% (the 2021/22 rate between 17% and 6%): one figure, value 8.3, a
    # judgement call
    ('northtyneside_1', '6%', ('current level is 6%', 0), '6', '', 'percent', '', 'rate of women smoking at the time of delivery (year to date)'),
    ('northtyneside_1', '8/3%', ('rate was 8/3%', 0), '8.3', '', 'percent', '', 'rate of women smoking at the time of delivery (2021/22)'),
    ('northtyneside_1', '17%', ('when 17% of women', 0), '17', '', 'percent', '', 'women smoking at the time of child birth (2010/11)'),
    ('northtyneside_1', '44.4%', ('being 44.4%', 0), '44.4', '', 'percent', '', 'rate of breastfeeding 6-8 weeks after birth in North Tyneside'),
    ('northtyneside_1', '35.7%', ('regional rate of 35.7%', 0), '35.7', '', 'percent', '', 'regional rate of breastfeeding at 6-8 weeks'),
    ('northtyneside_1', '49.2%', ('England rate of 49.2%', 0), '49.2', '', 'percent', '', 'England rate of breastfeeding at 6-8 weeks'),
    ('northtyneside_1', '38%', ('it was 38%', 0), '38', '', 'percent', '', 'rate of breastfeeding at 6-8 weeks in North Tyneside (2015/16)'),
    # North Yorkshire 1 (29/03/2023, 1 April 2023, April 2022 dates). "Pay the first 100 miles of transport" bounds what the
    # payment covers (a limit of the rule, like "within three miles"): threshold, not a figure; a judgement call
    ('northyorks_1', '15%', ('premium by 15%', 0), '15', '', 'percent', '', 'increase in the accredited premium for foster carers'),
    # North Yorkshire 2 (2024/25, 2023/24 periods; "Autumn 2023", "Spring 2024" terms; "2023 Spring Budget" a year; April
    # 2024 a date; "3- & 4-year-olds", "2-year-olds", "under 2-year-olds", "3 & 4-year-olds", "for 3" (cut) and "2-ye" (cut)
    # ages; "i."-"iii." list numbers). The funding rates and the retention rate are rates a council sets under a funding rule:
    # figures (tests/gold/README.md). "3p per hour" = 0.03 gbp
    ('northyorks_2', '\u00a35.13', ('is \u00a35.13 per hour', 0), '5.13', '', 'gbp', '', 'base provider funding rate per hour for 3- and 4-year-olds (2024/25)'),
    ('northyorks_2', '\u00a37.01', ('is \u00a37.01 per hour', 0), '7.01', '', 'gbp', '', 'base provider funding rate per hour for 2-year-olds (2024/25)'),
    ('northyorks_2', '\u00a39.55', ('is \u00a39.55 per hour', 0), '9.55', '', 'gbp', '', 'base provider funding rate per hour for under 2-year-olds (2024/25)'),
    ('northyorks_2', '3%', ('A 3% funding', 0), '3', '', 'percent', '', 'funding retention rate for local authority centrally managed early years services'),
    ('northyorks_2', '3p', ('of 3p per hour', 0), '0.03', '', 'gbp', '', 'Teachers Pay grant passed on to early years providers per hour'),
    # Oxfordshire 1 ("93" the item number; "145 KB" a file size; "2012/076" a forward plan reference; the telephone number and
    # "(CA15)" references; "F1" a name; 2012, 2013 years; September 2014 a date; "Stage Two" an ordinal). "2fe" = two forms of
    # entry, the school's size after expansion: a figure (count)
    ('oxfordshire_1', '2fe', ('Expansion to 2fe', 0), '2', '', 'count', '', 'forms of entry of St Ebbe\u2019s school after the expansion'),
    ('oxfordshire_1', '45', ('from 45', 0), '45', '', 'count', '', 'school admission number (at F1 entry) now'),
    ('oxfordshire_1', '60', ('to 60', 0), '60', '', 'count', '', 'proposed school admission number (at F1 entry)'),
    ('oxfordshire_1', '45', ('from 45', 1), '45', '', 'count', '', 'school admission number (at F1 entry) now'),
    ('oxfordshire_1', '60', ('to 60', 1), '60', '', 'count', '', 'proposed school admission number (at F1 entry)'),
    # Slough 1 (2017 /18 a period; "fifth year" an ordinal; "one-off" not a number). "£300k" moved to the High Needs Block is a
    # transfer (no id: neither a deficit nor a variance)
    ('slough_1', '\u00a3300k', ('move of the \u00a3300k', 0), '300000', '', 'gbp', '', 'top slice moved (one-off) to the High Needs Block'),
    ('slough_1', '350', ('over 350 places', 0), '350', '', 'count', '', 'new school places not funded by the DfE but top sliced from all schools (over)'),
    # Slough 2 ("paragraph 5.3" a reference; "20 week timeframe" a threshold; 2018/19 a period). The overspend is SEND's, of
    # the High Needs Block within the DSG: high_needs_deficit
    ('slough_2', '\u00a37.2m', ('approximately \u00a37.2m', 0), '7200000', '', 'gbp', 'high_needs_deficit', 'SEND (High Needs Block) overspend at the end of 2018/19 (approximately)'),
    # Slough 3 (2015-16, 2016-2017 periods; "Post 16" an age; "paragraph 3.13" a reference)
    ('slough_3', '6%', ('primary of 6%', 0), '6', '', 'percent', '', 'forecast increase in SEN commissioned places in primary (2016-2017)'),
    ('slough_3', '4%', ('secondary of 4%', 0), '4', '', 'percent', '', 'forecast increase in SEN commissioned places in secondary (2016-2017)'),
    # Southampton 1 (18/04/2017 a date; "paragraph 15" a reference; "(i)", "(ii)" list numbers)
    ('southampton_1', '178', ('(APN) of 178', 0), '178', '', 'count', '', 'approved pupil number of Great Oaks special school before the expansion'),
    ('southampton_1', '212', ('an APN of 212', 0), '212', '', 'count', '', 'approved pupil number of Great Oaks special school after the expansion'),
    # Southampton 2 ("paragraph 16", "Paragraph 16", "Part 4" references; June 2012, November 2012 dates). "6 weeks of
    # pre-statutory consultation": how long the consultation lasts (a figure). "(one class group)": one with its unit, the
    # class groups the 8 places make: a figure, a judgement call
    ('southampton_2', '6 weeks', ('commence 6 weeks', 0), '6', '', 'weeks', '', 'length of the pre-statutory consultation'),
    ('southampton_2', '8', ('by 8 (one', 0), '8', '', 'count', '', 'increase in the number on roll at Springwell special school'),
    ('southampton_2', 'one', ('(one class group)', 0), '1', '', 'count', '', 'class groups the increase in the number on roll makes'),
    ('southampton_2', '8', ('admit 8 additional', 0), '8', '', 'count', '', 'additional pupils Springwell school would admit from November 2012'),
    # Southampton 3 ("2 Year Old", "2yr olds", "three and four-year-olds", "two-year-olds" ages; 2013/14 a period; 13 February
    # 2013, September 2013 dates; "Childcare Act 2006" a name; "(i)"-"(iii)", "1.", "2." list numbers). Capital sums: no id
    ('southampton_3', '\u00a3711,000', ('sum of \u00a3711,000', 0), '711000', '', 'gbp', '', 'sum added to the Children\u2019s Services and Learning Capital Programme for the Early Years Expansion Programme (2013/14)'),
    ('southampton_3', '\u00a3650,000', ('totalling \u00a3650,000', 0), '650000', '', 'gbp', '', 'capital variations to the programme (total)'),
    ('southampton_3', '\u00a3500,000', ('\u00a3500,000 transfer', 0), '500000', '', 'gbp', '', 'transfer from the Special School Estate scheme to the Early Years Expansion Programme'),
    ('southampton_3', '\u00a3150,000', ('\u00a3150,000 transfer', 0), '150000', '', 'gbp', '', 'transfer from the Wordsworth Infants expansion project to the Early Years Expansion Programme'),
    ('southampton_3', '\u00a31,361,000', ('total \u00a31,361,000', 0), '1361000', '', 'gbp', '', 'capital additions and variations for which approval to spend will be sought (total)'),
    # St Helens 1 ("0011 2020/21" a decision number (twice); 2020-21, 2021-22, 2022-23, 2023-24 periods; "Agenda 21" a name;
    # "Ext 1026" a telephone extension)
    ('sthelens_1', '93', ('from 93 to', 0), '93', '', 'count', '', 'places at Mill Green Special School before the expansion'),
    ('sthelens_1', '106', ('to 106 for', 0), '106', '', 'count', '', 'places at Mill Green Special School for 2020-21'),
    ('sthelens_1', '115', ('115 for 2021-22', 0), '115', '', 'count', '', 'places at Mill Green Special School for 2021-22 and 2022-23'),
    ('sthelens_1', '130', ('130 for 2023-24', 0), '130', '', 'count', '', 'places at Mill Green Special School from 2023-24'),
    # Torbay 1 ("item 5", "Item 6" agenda references; 27th January a date; "their first meeting" an ordinal). "one Secondary
    # Governor seat": one with its unit, a seat of the Forum (a committee's size: a count in a meeting's procedure); "the two
    # proposed changes": a count that announces a list
    ('torbay_1', '\u00a3200k', ('that \u00a3200k', 0), '200000', '', 'gbp', '', 'funding to be given to Schools Forum as part of a wider COVID grant'),
    ('torbay_1', 'one', ('include one Secondary', 0), '1', '', 'count', '', 'Secondary Governor seats from non-selective schools to be added to the Forum'),
    ('torbay_1', 'two', ('the two proposed', 0), '2', '', 'count', '', 'proposed changes to the Terms of Reference put to a vote'),
]
THEMES = {
    'derbyshire_1': 'o school o o o o school o school school school o school school school school o school school',
    'leeds_1': 'o school school school o school o',
    'northtyneside_1': 'hw hw hw hw hw hw hw eh eh',
    'northyorks_1': 'o fa fa fa fa o fa fa fa fa fa',
    'northyorks_2': 'o fin o o o o fin fin fin fin fin fin fin fin fin fin o fin fin',
    'oxfordshire_1': 'school o o o school school school school school school',
    'slough_1': 'fin send send send fin fin fin fin fin o',
    'slough_2': 'send send send send send o',
    'slough_3': 'send send send send wf',
    'southampton_1': 'o send send o send o',
    'southampton_2': 'o send o o o o o send o o send',
    'southampton_3': 'o fin o o o o o fin fin fin fin fin fin o eh eh',
    'sthelens_1': 'o o o o o o o o o o o o o o send o send o send o send o school o school o send o o o o',
    'torbay_1': 'o o o send send send o o',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
