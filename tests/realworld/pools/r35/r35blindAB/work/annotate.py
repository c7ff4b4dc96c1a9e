"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r34/r34blindAA/work/annotate.py, itself from pools/r33/r33blindY and earlier)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r35ab_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Slough 1 (2018-19 periods; "paragraph 4.5" a reference; "30 hours’ provision" the name of the national offer, not a
    # figure: tests/gold/README.md). The cap on centrally retained funds falls "from 7% to 5%": two figures (a rate a
    # funding rule sets is a figure)
    ('slough_1', '\u00a3791,000', ('use of \u00a3791,000', 0), '791000', '', 'gbp', '', 'centrally retained Early Years Block funds proposed for use (2018-19)'),
    ('slough_1', '7%', ('from 7% to', 0), '7', '', 'percent', '', 'previous limit on the share of early years funding local authorities could retain centrally'),
    ('slough_1', '5%', ('to 5%', 0), '5', '', 'percent', '', 'limit on the share of early years funding local authorities could retain centrally (2018-19)'),
    # Slough 2 (2013-14, 2013/14, 2014/15, 2015/16 periods; "2nd May" a date; "first year of expansion" an ordinal). The
    # Growth Fund's underspend is budget_variance (every underspend; an overspend or underspend of another part of the
    # schools' money, the growth fund: tests/gold/README.md, "Which money a variance is"); the fund's size takes no id
    ('slough_2', '\u00a3385,000', ('set at \u00a3385,000', 0), '385000', '', 'gbp', '', 'Growth Fund set for 2013-14'),
    ('slough_2', '\u00a354,353', ('underspend of \u00a354,353', 0), '54353', '', 'gbp', 'budget_variance', 'underspend of the 2013-14 Growth Fund carried forward into 2015/16'),
    ('slough_2', '\u00a31.5 million', ('to \u00a31.5 million', 0), '1500000', '', 'gbp', '', 'Growth Fund increased for 2014/15'),
    # Slough 3 ("the end of April 2022" a date)
    ('slough_3', 'five', ('still five nurseries', 0), '5', '', 'count', '', 'maintained nursery schools still open in Slough'),
    ('slough_3', '10', ('the 10 local', 0), '10', '', 'count', '', "local children's centres across which Early Years provision would be reviewed"),
    ('slough_3', 'three', ('support the three involved', 0), '3', '', 'count', '', 'maintained nurseries in a deficit position given free consultancy support'),
    # Wokingham 1 (10th June 2024 a date, "6.15 pm" a time, "RG40 1BN" a postcode; "(2mins)" the length of an agenda item's
    # procedure, furniture: tests/gold/README.md; "from 2018" a year)
    ('wokingham_1', 'three', ('by three RE Advisors', 0), '3', '', 'count', '', 'RE Advisors developing the proposed new agreed syllabus'),
    ('wokingham_1', 'six', ('representing six local', 0), '6', '', 'count', '', 'local authorities the RE Advisors represent'),
    ('wokingham_1', 'six', ('all six SACREs', 0), '6', '', 'count', '', 'SACREs that rejected commercial syllabus models'),
    # North Yorkshire 1 (19 September 2023, 12 December 2023, Friday 14 June dates; "Minute 23" a reference). "one
    # amendment" counts amendments (a count in a meeting's procedure, with its unit): a judgement call
    ('northyorks_1', 'one', ('to one amendment', 0), '1', '', 'count', '', 'amendments to the minutes of the meeting of 19 September 2023'),
    # North Yorkshire 2 ("01/06/2023" a date; "3 & 4-year-old" ages; ">34.17" an IMD score bounding Band A, a threshold;
    # "3-year average" the window of an average in the method's definition, a threshold)
    ('northyorks_2', '\u00a350,000', ('\u00a350,000 lump sum', 0), '50000', '', 'gbp', '', 'lump sum per maintained nursery school from the MNS Supplementary Funding Grant'),
    ('northyorks_2', '80%', ('- 80% universal', 0), '80', '', 'percent', '', 'share of the remaining MNS supplementary funding distributed by universal 3 & 4-year-old funded hours'),
    ('northyorks_2', '10%', ('- 10% 3 & 4-year-old post code', 0), '10', '', 'percent', '', 'share of the remaining MNS supplementary funding distributed by postcode deprivation Band A'),
    ('northyorks_2', '10%', ('- 10% 3 & 4-year-olds eligible', 0), '10', '', 'percent', '', 'share of the remaining MNS supplementary funding distributed by eligibility for DAF'),
    # Stockport 1: no figure ("7" an item number, "PDF 4 MB" a file size, "0161 475 6828" a telephone number)
    # Leeds 1 ("Rule 10.4 (1) (2)" a reference; "Annex 1"-"Annex 3" names; 2007 a year; KS3, KS4, Key Stage 2 names)
    ('leeds_1', '2 percentage points', ('by 2 percentage points', 0), '2', '', 'percentage_points', '', 'improvement in Foundation Stage outcomes in Leeds'),
    ('leeds_1', '0.5 percentage points', ('to 0.5 percentage points', 0), '0.5', '', 'percentage_points', '', 'improvement in Foundation Stage outcomes nationally'),
    # Leeds 2 (2009/10, "April – Sept 09" periods; "table 1" a reference; "a six/eight months basis" the interval of
    # recurring briefings, a name: not a figure)
    ('leeds_2', '522', ('breakdown of the 522', 0), '522', '', 'count', '', 'young people reached by the Youth Service in the Garforth and Swillington ward (April to September 2009)'),
    # Leeds 3 ("Minute 29", "point 10" references). "just one area" counts the areas with third sector contracts (one
    # with its unit): a judgement call
    ('leeds_3', 'one', ('just one area', 0), '1', '', 'count', '', 'areas of the city with third sector youth work contracts'),
    ('leeds_3', '500', ('over 500 young', 0), '500', '', 'count', '', 'young people consulted for the Youth Work Review (over)'),
    ('leeds_3', 'nine', ('presented nine conclusions', 0), '9', '', 'count', '', 'conclusions of the Youth Work Review'),
    # Leeds 4: no figure (25th February 2016, 25 February 2016, February 2016 dates; "Activities 2016" a year).
    # Barnsley 1: no figure
    # Central Bedfordshire 1 (2013/14, 2014/15 periods). The Personal Advisor's working time is an amount (how long the
    # post works each week): a figure in days
    ('centralbeds_1', 'three days', ('work three days a week', 0), '3', '', 'days', '', "Personal Advisor's working days a week in the Virtual School"),
    # Hillingdon 1 ("the last few years", "the past year" periods looking back)
    ('hillingdon_1', '2856', ('to 2856 children', 0), '2856', '', 'count', '', 'children given targeted intervention by Youth Services this financial year'),
    # Cumbria 1 ("12 months plus" twice and "3 or more placements in a year" thresholds in indicators' definitions)
    ('cumbria_1', 'two', ('that two new indicators', 0), '2', '', 'count', '', "new indicators added to the Children's Improvement Plan (both red)"),
]
THEMES = {
    'barnsley_1': 'fa o fa',
    'centralbeds_1': 'cic cic cic cic o o cic cic cic o o cic cic',
    'cumbria_1': 'o o o o sg cic',
    'hillingdon_1': 'ny ny ny ny ny',
    'leeds_1': 'ed ed o ed ed ed ed ed ed ed ed o o o o o ed ed ed ed ed ed',
    'leeds_2': 'ny ny o o o ny ny ny ny ny ny ny ny ny',
    'leeds_3': 'ny ny o ny ny ny ny ny ny ny ny ny ny ny',
    'leeds_4': 'ny ny ny o ny ny ny o ny o o o o o o o o ny ny ny',
    'northyorks_1': 'o o o o o o o ed ed ed',
    'northyorks_2': 'o fin fin fin fin fin fin fin fin',
    'slough_1': 'fin fin fin fin',
    'slough_2': 'fin fin fin fin fin fin fin fin fin fin',
    'slough_3': 'fin fin fin fin fin fin',
    'stockport_1': 'sg sg sg o o sg o o sg sg sg sg hw',
    'wokingham_1': 'ed o o o o ed ed o ed ed ed ed ed ed ed',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
