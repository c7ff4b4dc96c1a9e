"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r25/r25blindK/work/annotate.py)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r26m_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Barnet 1 (Schools Forum membership; "3 days before" looks back from the meeting: period; "22-23" a year; a)/b) list labels)
    ('barnet_1', '19', ('places from 19 to 20', 0), '19', '', 'count', '', 'primary and secondary places on the Schools Forum before the change'),
    ('barnet_1', '20', ('from 19 to 20 and', 0), '20', '', 'count', '', 'primary and secondary places on the Schools Forum after the proposed increase'),
    ('barnet_1', '26', ('places from 26 to 27', 0), '26', '', 'count', '', 'total places on the Schools Forum before the change'),
    ('barnet_1', '27', ('from 26 to 27.', 0), '27', '', 'count', '', 'total places on the Schools Forum after the proposed increase'),
    ('barnet_1', '11', ('Allocate 11 places', 0), '11', '', 'count', '', 'Schools Forum places allocated to maintained primary and secondary schools'),
    ('barnet_1', '9', ('schools and 9 to primary', 0), '9', '', 'count', '', 'Schools Forum places allocated to primary and secondary academies'),
    # Barnet 2 (OCN summary of Schools Forum; the DSG adverse variance is driven by the High Needs Block, as r25k_leeds_1's gold)
    ('barnet_2', '£2.637m', ('2025-26 of £2.637m', 0), '2637000', '', 'gbp', '', 'projected DSG reserves carried forward into 2025-26'),
    ('barnet_2', '£5.668m', ('variance of £5.668m', 0), '5668000', '', 'gbp', 'high_needs_deficit', 'DSG adverse variance against budget 2025-26'),
    ('barnet_2', '£5.928m', ('overspend of £5.928m', 0), '5928000', '', 'gbp', 'high_needs_deficit', 'projected overspend on the High Needs Block 2025-26'),
    ('barnet_2', '£2.208m', ('balance of £2.208m', 0), '2208000', '', 'gbp', '', 'projected DSG reserve carry-forward balance after allocations'),
    # Barnet 3 ((i)/(ii) list labels; "Building 4", "N20" names)
    ('barnet_3', '£3.724m', ('finalised at £3.724m', 0), '3724000', '', 'gbp', '', 'reduced drawdown of DSG reserves 2017/18'),
    ('barnet_3', '£0.501m', ('an amount of £0.501m', 0), '501000', '', 'gbp', '', 'DSG reserve carried forward to 2018/19'),
    ('barnet_3', '£0.501m', ('figure of £0.501m', 0), '501000', '', 'gbp', '', 'DSG carry forward to 2018/19 (recommendation)'),
    # Barnet 4 ("2-year-old" an age; "30 hour offer" the national entitlement's name)
    ('barnet_4', '£304k', ('was £304k', 0), '304000', '', 'gbp', '', "Early Years central expenditure on education support in children's centres"),
    # Blackpool ("within the next two years" places a change in time: period)
    ('blackpool_1', '£85,000', ('budget of £85,000', 0), '85000', '', 'gbp', '', 'budget allocated for improvements to the Oracle building for SEND provision'),
    # Central Bedfordshire (a share of a partition of the Forum, chosen by the Forum; CBSF/15/4 references)
    ('centralbeds_1', 'one half', ('that one half of the Forum', 0), '50', '', 'percent', '', 'share of Schools Forum members elected at a time'),
    # City of London ("item 20" a reference; "2022 - 25" the plan's years)
    ('cityoflondon_1', 'one year', ('a term of one year', 0), '1', '', 'years', '', 'term of the Lead Member for the Environment appointment'),
    # Cornwall (a count that announces a list)
    ('cornwall_1', 'two', ('outlined two potential options', 0), '2', '', 'count', '', 'options for addressing the pupil growth funding shortfall'),
    # Derbyshire (Council motion; "halved" has no number; the £6,000 a funding rule sets is a figure, as the gold's rates a rule sets)
    ('derbyshire_1', '£200,000', ('more than £200,000 over', 0), '200000', '', 'gbp', '', 'cash loss in the budget of some Derbyshire schools'),
    ('derbyshire_1', 'two years', ('over two years.', 0), '2', '', 'years', '', 'period over which the schools\u2019 cash loss occurred'),
    ('derbyshire_1', 'a quarter', ('up to a quarter of their staff', 0), '25', '', 'percent', '', 'share of staff some schools have lost'),
    ('derbyshire_1', '£6,000', ('the first £6,000 of', 0), '6000', '', 'gbp', '', 'amount of SEND support for pupils with EHC plans that schools must fund themselves'),
    # Dudley ("post 16", "pre 16" ages; "in two years time" places the start of a project in time: period; 2012 a year)
    ('dudley_1', '£66,000', ('approved £66,000 of', 0), '66000', '', 'gbp', '', 'centrally retained funding for capitalised kitchen equipment 2017/18'),
    # Essex ("Agenda item 21" and list numbers not figures)
    ('essex_1', '£15.8m', ('totalling £15.8m', 0), '15800000', '', 'gbp', '', 'value of education transport contracts due to expire in July 2016'),
    ('essex_1', '66%', ('represent 66% of', 0), '66', '', 'percent', '', 'share of the total value of home to school transport contracts'),
    # Hounslow 1 ("0.6m" is written without its pound sign in a list of sums; a) a list label)
    ('hounslow_1', '0.6m', ('-          0.6m to the', 0), '600000', '', 'gbp', '', 'DSG reserve allocated to the Education Improvement Partnerships'),
    ('hounslow_1', 'three years', ('memberships for three years', 0), '3', '', 'years', '', 'period the schools\u2019 Education Improvement Partnership memberships are funded for'),
    ('hounslow_1', '£3m', ('£3m to be allocated', 0), '3000000', '', 'gbp', '', "DSG reserve allocated to the Council's school programme"),
    # Hounslow 2 ("13 and 21", "6 to 13 year olds" ages; "Minute 54" a reference)
    ('hounslow_2', 'a year', ('just over a year', 0), '1', '', 'years', '', 'time a young person had been resident at the Ride'),
    # Luton 1 (Independent schools; dates, times, REF numbers and "3/1" a page not figures)
    ('luton_1', 'eight', ('Out of the eight independent', 0), '8', '', 'count', '', 'independent schools in Luton'),
    ('luton_1', 'four', ('schools, four had been graded', 0), '4', '', 'count', '', 'independent schools graded inadequate by Ofsted'),
    ('luton_1', '890', ('that 890 pupils', 0), '890', '', 'count', '', 'pupils attending independent schools in Luton'),
    ('luton_1', '36,500', ('compared to 36,500 in', 0), '36500', '', 'count', '', 'pupils in the state-funded sector in Luton'),
    ('luton_1', '2.4%', ('(2.4%)', 0), '2.4', '', 'percent', '', 'share of pupils attending independent schools'),
    ('luton_1', 'Three', ('Three out of the four', 0), '3', '', 'count', '', 'inadequate independent schools with shortcomings in safeguarding arrangements'),
    ('luton_1', 'four', ('out of the four inadequate', 0), '4', '', 'count', '', 'independent schools judged inadequate'),
    ('luton_1', '350', ('approximately 350 children', 0), '350', '', 'count', '', 'children and young people attending an inadequate independent school'),
    # Luton 2 (Education outcomes; "year 1" a name; "32 words for a pass" the pass mark: threshold)
    ('luton_2', '2.8%', ('with a 2.8% rise', 0), '2.8', '', 'percent', '', 'rise in the share of pupils reaching a good level of development at the end of EYFS'),
    ('luton_2', '68.3%', ('(68.3%)', 0), '68.3', '', 'percent', '', 'pupils reaching a good level of development at the end of EYFS in Luton'),
    ('luton_2', '70.7%', ('(70.7%)', 0), '70.7', '', 'percent', '', 'pupils reaching a good level of development at the end of EYFS nationally'),
    ('luton_2', '-2.4%', ('reduced by -2.4%', 0), '-2.4', '', 'percent', '', 'reduction of the gap to the national good level of development'),
    ('luton_2', '66.9%', ('(66.9%)', 0), '66.9', '', 'percent', '', 'pupils reaching a good level of development among statistical neighbours'),
    ('luton_2', '79%', ('Luton of 79%', 0), '79', '', 'percent', '', 'pupils meeting the phonics standard in year 1 in Luton'),
    ('luton_2', '-2%', ('national by -2%', 0), '-2', '', 'percent', '', 'narrowing of the phonics gap with the national figure'),
    ('luton_2', '-1%', ('by -1% with', 0), '-1', '', 'percent', '', 'narrowing of the phonics gap with statistical neighbours'),
    ('luton_2', '40', ('tested on 40 words', 0), '40', '', 'count', '', 'words in the phonics test'),
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'sg': 'safeguarding', 'eh': 'early_help',
     'ed': 'education_standards', 'ae': 'attendance_exclusions', 'school': 'school_places_transport',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send'}
THEMES = {  # one code per passage, in file order
    'barnet_1': 'o o o o o o o fin o o o o o o o o o',
    'barnet_2': 'o o o o o o o o o o o o fin fin fin fin',
    'barnet_3': 'o o o o o o o o o o o fin fin fin fin fin o fin fin o fin fin fin fin',
    'barnet_4': 'o o o o o o o o o fin fin fin fin fin fin fin fin fin o fin fin fin o',
    'blackpool_1': 'o send send send send send send',
    'centralbeds_1': 'o o o o o o o o o o o o o fin fin',
    'cityoflondon_1': 'o o o o o o o o o o o o o o o o o o o o',
    'cornwall_1': 'o o o o o o o o o o o fin fin fin fin fin fin',
    'derbyshire_1': 'o o o o o o o o o o o o o o o fin fin fin',
    'dudley_1': 'o o o o o o fin fin school school school school fin fin fin',
    'essex_1': 'o o school school school o o o o o o o',
    'hounslow_1': 'o o o o o o o o o o o fin o fin fin fin',
    'hounslow_2': 'o o o o o o ny o o cic cic',
    'luton_1': 'o o o o o o o o o ed ed ed ed ed ed ed',
    'luton_2': 'o o o o o o o o o o ed ed ed ed',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T)
