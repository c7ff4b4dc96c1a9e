"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r32/r32blindW/work/annotate.py, itself from pools/r31/r31blindV, r30blindU and r29blindS)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r33x_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Barnsley 1 ("Nac. 22.05.2023/7" a reference; summer 2021/2022/2023 years; "(i)"-"(iv)" list numbers). "a 2 - 3 hour
    # period" is how long each sports van session lasts (how long a thing lasts: a figure); data/indicators.yml documents no
    # "hours" unit, so the row says count and its phrase names the hours (units are not scored)
    ('barnsley_1', '2 – 3 hour', ('over a 2 – 3 hour period', 0), '2', '3', 'count', '', 'length of each sports van session (hours)'),
    ('barnsley_1', '£2,100', ('at a cost of £2,100', 0), '2100', '', 'gbp', '', 'cost of funding the sports van for summer 2023'),
    ('barnsley_1', '£600', ('cost £600', 0), '600', '', 'gbp', '', 'capped budget for refreshments'),
    # Barnsley 2 ("Nac.15.01.2024/5" a reference; "aged 8 – 14 years" an age; 1 November 2020, March 2022, 31 October 2024,
    # April 2020, November 2020 dates; COVID-19 a name; "Sections 3 - 8" a reference). "an additional two years" is how long
    # the funding runs (the length of a funded project: a figure)
    ('barnsley_2', 'two years', ('additional two years at', 0), '2', '', 'years', '', 'additional years of funding for the Youth Resilience Grant project'),
    ('barnsley_2', '£90,000', ('at £90,000 p.a.', 0), '90000', '', 'gbp', '', 'yearly funding of the Youth Resilience Grant project (per annum)'),
    # Breckland 1 (11/09/2008 a date; "1)"-"3)" list numbers; "aged 60 and over", "under the age of 16" ages). "the two year
    # funding opportunity": how long the funding runs
    ('breckland_1', '£47,574', ('grant of £47,574', 0), '47574', '', 'gbp', '', 'Government grant accepted to offer free swimming for people aged 60 and over'),
    ('breckland_1', 'two year', ('the two year funding', 0), '2', '', 'years', '', 'length of the free swimming funding opportunity'),
    # Bury 1 (12/04/2016 a date; "Item 5" an item number; "15 – 17 year olds" an age; "first week", "second week", "Weeks
    # three and four" ordinals: which week, not how many). "groups of 12 - 15 young people": a count (range); "the four
    # weeks": the length of the programme
    ('bury_1', '12 – 15', ('groups of 12 – 15 young', 0), '12', '15', 'count', '', 'young people in each National Citizen Service group'),
    ('bury_1', 'four weeks', ('end of the four weeks', 0), '4', '', 'weeks', '', 'length of the National Citizen Service programme'),
    # Bury 2: no figure (9th December 2021, 5.30 pm, 3 November 2021 dates and times; "YC.1"-"YC.5" item numbers; 119 KB;
    # "had an hour" has no numeral and is not annotated)
    # Gravesham 1: "met for one meeting" is one with its unit. "asked to pick three types of youth-related ASB" is the rule of
    # the survey's question (how many a respondent may pick: threshold, as "limited to two questions"), not a figure
    ('gravesham_1', 'one', ('met for one meeting', 0), '1', '', 'count', '', 'meetings held so far by the Topic Review Group'),
    # Milton Keynes 1 (8 April 2013, 5pm date and time; "1.0"-"4.0" item numbers)
    ('miltonkeynes_1', '45p', ('now 45p', 0), '0.45', '', 'gbp', '', 'bus prices (fare now)'),
    # North East Derbyshire 1: no figure ("1."-"5 ." list numbers; 24/01/2025, 23/01/2025 dates)
    # Newcastle-under-Lyme 1: no figure ("20 November" a date; "since 2010" a year; "the Olympic year" no numeral)
    # North Tyneside 1 ("the first pilot" an ordinal; "16 -19-year-old" an age; "Pathways 4 All" a name)
    ('northtyneside_1', '10', ('received 10 bags', 0), '10', '', 'count', '', 'bags of produce received by Shiremoor Adventure Playground for the Ready, Set, Grow pilot'),
    ('northtyneside_1', '£1500', ('£1500 had been', 0), '1500', '', 'gbp', '', 'grants discharged through the Young Mayor’s Community Grant Scheme over the summer'),
    ('northtyneside_1', '£500', ('£500 was awarded', 0), '500', '', 'gbp', '', 'grant awarded to the West Allotment Wildings for a board games night'),
    ('northtyneside_1', '£1000', ('£1000 had been awarded', 0), '1000', '', 'gbp', '', 'grant awarded to the Young Carers Centre for summer activities'),
    ('northtyneside_1', '£700', ('over £700 raised', 0), '700', '', 'gbp', '', 'money raised by the sponsored walk for Pathways 4 All so far (over)'),
    # North Tyneside 2 ("his first Climate Emergency Board meeting" an ordinal)
    ('northtyneside_2', '5000', ('over 5000 young', 0), '5000', '', 'count', '', 'young people voting in the Young Mayor election (over)'),
    # Redditch 1 (April 2012, November 2011 dates; "Appendix A" a reference; "aged 13 – 19" an age)
    ('redditch_1', '25', ('county 25 contracts', 0), '25', '', 'count', '', 'contracts issued to providers of positive activities across the county'),
    ('redditch_1', 'two', ('Redditch two consortiums', 0), '2', '', 'count', '', 'consortiums commissioned in Redditch to deliver positive activities'),
    # Redditch 2 (28/06/2010, April 2009, March 2011, 31st July, August 1st 2010, March 31st 2010, 1st August 2010, 27th August
    # 2010 dates; "Item 21", "21" item numbers; 87 KB; "over sixties", "16 year olds and under", "under 16's" ages; "1)"-"4)"
    # list numbers). "£46, 747" (a space after the thousands comma) is one sum
    ('redditch_2', '£46, 747', ('equates to £46, 747', 0), '46747', '', 'gbp', '', 'DCMS free swimming grant funding removed (August 2010 to March)'),
    # South Cambridgeshire 1 ("paragraph 15", "paragraph 3" references; "the past year" no numeral). "12 months'
    # investigation": how long the Task & Finish Group's work took
    ('southcambs_1', '12 months', ('outcome of 12 months', 0), '12', '', 'months', '', 'length of the Task & Finish Group’s investigation into the aspiration of young people'),
    # Southwark 1 ("1."-"4." list numbers). "the following four activity bids": a count that announces a list
    ('southwark_1', 'four', ('following four activity', 0), '4', '', 'count', '', 'activity bids chosen by local young people to be put forward for Youth Restoration Fund funding'),
    # Stockport 1 ("0-18 year olds", "11-16 year olds" ages). "Of the 65,165, 0-18 year olds" restates the whole the next
    # two counts split: a figure again
    ('stockport_1', '65,165', ('approximately 65,165 (22.1%)', 0), '65165', '', 'count', '', '0-18 year olds in Stockport (approximately)'),
    ('stockport_1', '22.1%', ('(22.1%)', 0), '22.1', '', 'percent', '', 'share of Stockport’s total population aged 0-18'),
    ('stockport_1', '20,956', ('and 20,956 (7.1%)', 0), '20956', '', 'count', '', '11-16 year olds in Stockport'),
    ('stockport_1', '7.1%', ('(7.1%)', 0), '7.1', '', 'percent', '', 'share of Stockport’s total population aged 11-16'),
    ('stockport_1', '65,165', ('Of the 65,165,', 0), '65165', '', 'count', '', '0-18 year olds in Stockport (split by sex)'),
    ('stockport_1', '31,587', ('31,587 were female', 0), '31587', '', 'count', '', 'female 0-18 year olds in Stockport'),
    ('stockport_1', '33,578', ('33,578 were male', 0), '33578', '', 'count', '', 'male 0-18 year olds in Stockport'),
    # Swindon 1 ("Ten to Eighteen" in a project's name; "over a year" has no numeral and bounds the share: not annotated)
    ('swindon_1', '35%', ('that 35% of', 0), '35', '', 'percent', '', 'children and young people who waited over a year before feeling able to seek help'),
    # Wiltshire 1 (21 January, June 2014, 25 February dates; 2014/15, 2012/13 periods; "the first campus" an ordinal;
    # "approximately 18 months ago" places the change of guidance in time: period)
    ('wiltshire_1', '£191,000', ('included £191,000', 0), '191000', '', 'gbp', '', 'cost savings from Integrated Youth Services in the 2014/15 budget'),
    ('wiltshire_1', '1,053', ('approximately 1,053 young', 0), '1053', '', 'count', '', 'young people in the Pewsey community area (approximately)'),
    ('wiltshire_1', '£9,000', ('over £9,000 had', 0), '9000', '', 'gbp', '', 'money allocated to young people initiatives in 2012/13 (over)'),
    # Wiltshire 2 (21 January, June 2014, 25 February dates; "the first campus" an ordinal). "it had been 10 years since the
    # establishment of the current service" is how long the service has gone on (a figure; a judgement call: a second
    # annotator may call it a period looking back)
    ('wiltshire_2', '10 years', ('been 10 years since', 0), '10', '', 'years', '', 'time since the current youth service was established'),
    ('wiltshire_2', '113', ('were 113 young', 0), '113', '', 'count', '', 'young people using the youth services in Mere'),
    ('wiltshire_2', '2,000', ('was over 2,000', 0), '2000', '', 'count', '', 'attendances at the youth services in Mere over the year (over)'),
    # Wiltshire 3 (21 January 2014 a date; "the last review that was conducted over 10 years ago" looks back: period). "four
    # possible outcomes" twice: each a count that announces the list
    ('wiltshire_3', '£100k', ('over £100k in', 0), '100000', '', 'gbp', '', 'budget savings the Youth Service would have to find (over)'),
    ('wiltshire_3', '£18,000', ('over £18,000 in', 0), '18000', '', 'gbp', '', 'youth grants for local projects in the Malmesbury area (over)'),
    ('wiltshire_3', 'four', ('outlined four possible', 0), '4', '', 'count', '', 'possible outcomes of the youth activity review'),
    ('wiltshire_3', 'four', ('The four possible outcomes', 0), '4', '', 'count', '', 'possible outcomes of the youth activity review'),
]
THEMES = {
    'barnsley_1': 'hw hw hw hw hw hw hw hw hw fin fin',
    'barnsley_2': 'hw hw hw hw hw hw hw hw hw fin hw hw hw hw hw',
    'breckland_1': 'o hw hw fin hw fin',
    'bury_1': 'o ny o ny ny ny ny ny ny ny ny ny o',
    'bury_2': 'o o o o o o o o o o o o o o ny ny ny o ny ny',
    'gravesham_1': 'o o ny o ny ny ny ny',
    'miltonkeynes_1': 'o o o o o o o o o o o o o o o o o o o o o o o o o ny ny',
    'nederbyshire_1': 'o o o hw hw hw hw hw hw o o o o o o o',
    'newcastleunderlyme_1': 'hw o hw hw',
    'northtyneside_1': 'ny ny ny ny fin fin ny ny ny hw',
    'northtyneside_2': 'ny ny ny ny o ny ny ny',
    'redditch_1': 'ny ny o ny o ny ny ny ny ny',
    'redditch_2': 'o hw o hw hw o hw hw fin hw hw hw',
    'southcambs_1': 'ny ny ny o ny ny ny',
    'southwark_1': 'ny o ny ny ny ny ny',
    'stockport_1': 'ny o o o o ny ny ny ny ny ny ny ny ny ny ny ny',
    'swindon_1': 'ny ny o ny ny ny hw',
    'wiltshire_1': 'ny ny ny ny ny ny fin ny ny',
    'wiltshire_2': 'ny ny o ny o ny ny ny fin ny ny ny',
    'wiltshire_3': 'ny ny o ny ny ny ny ny ny ny',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
