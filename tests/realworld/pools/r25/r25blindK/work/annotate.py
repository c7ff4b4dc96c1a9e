"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r24/r24blindH/work/annotate.py)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r25k_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Barnsley (school places report to Cabinet; "Total Page:16" and "Size:1020Kb" are mirror furniture, 1.0-3.1 section numbers)
    ('barnsley_1', '£642,477', ('estimated £642,477 capital', 0), '642477', '', 'gbp', '', 'estimated capital cost of re-modelling Darton Academy for additional pupils'),
    ('barnsley_1', '£150,000', ('estimated £150,000 capital', 0), '150000', '', 'gbp', '', 'estimated capital cost of a mobile classroom at Outwood Academy Carlton'),
    # Blackpool (Schools Forum membership; "no more than one representative per ... trust" is a cap in a rule: threshold)
    ('blackpool_1', 'four', ('following four further conversions', 0), '4', '', 'count', '', 'further school conversions to academy status over the summer'),
    ('blackpool_1', 'Four', ('Four Primary members', 0), '4', '', 'count', '', 'primary members of the Schools Forum'),
    ('blackpool_1', 'three', ('of three headteacher representatives', 0), '3', '', 'count', '', 'primary headteacher representatives on the Schools Forum'),
    ('blackpool_1', 'one', ('representatives and one governor. three', 0), '1', '', 'count', '', 'primary governor representatives on the Schools Forum'),
    ('blackpool_1', 'three', ('governor. three Secondary', 0), '3', '', 'count', '', 'secondary members of the Schools Forum'),
    ('blackpool_1', 'two', ('of two headteacher representatives', 0), '2', '', 'count', '', 'secondary headteacher representatives on the Schools Forum'),
    ('blackpool_1', 'one', ('representatives and one governor, and', 0), '1', '', 'count', '', 'secondary governor representatives on the Schools Forum'),
    ('blackpool_1', 'four', ('and four academy representatives', 0), '4', '', 'count', '', 'academy representatives on the Schools Forum'),
    # Bury ("page 26" a reference, "fewer than 10 units" a threshold, "Q1" a name)
    ('bury_1', '80', ('HMOs from 80 to', 0), '80', '', 'count', '', 'houses in multiple occupation before the reduction'),
    ('bury_1', '10', ('from 80 to 10,', 0), '10', '', 'count', '', 'houses in multiple occupation after the reduction'),
    # Central Bedfordshire 1
    ('centralbeds_1', '£1.1m', ('disapplication of £1.1m of', 0), '1100000', '', 'gbp', '', 'Early Years Reserve disapplied and transferred to the Early Years Capital Fund'),
    # Central Bedfordshire 2 (a count naming the parts of a structure)
    ('centralbeds_2', 'three', ('split into three notional blocks', 0), '3', '', 'count', '', 'notional blocks the DSG was split into from 2013/14'),
    # Cornwall 1 ("retaining up to 4% of their early years DSG block" is the ceiling the rules allow: threshold, not annotated)
    ('cornwall_1', '£0.134m', ('transfer of £0.134m from', 0), '134000', '', 'gbp', '', 'transfer from the schools block to the Music Hub budget 2026/27'),
    # Cornwall 2 (the proposed minimum funding guarantee setting is a value set for the formula)
    ('cornwall_2', '0%', ('a minimum of 0%.', 0), '0', '', 'percent', '', 'proposed minimum funding guarantee level 2026/27'),
    ('cornwall_2', '2.6%', ('approximately 2.6%,', 0), '2.6', '', 'percent', '', 'likely increase in schools block funding'),
    ('cornwall_2', '£11.7 million', ('be £11.7 million.', 0), '11700000', '', 'gbp', '', 'estimated increase in schools block funding on a static roll'),
    # Cornwall 3
    ('cornwall_3', '13', ('made up of 13 factors', 0), '13', '', 'count', '', 'factors of the National Funding Formula'),
    # Derbyshire ("£10.977" is written without its scale; the sentence makes it £10.977 million: valued so)
    ('derbyshire_1', '£15.613 million', ('cost £15.613 million', 0), '15613000', '', 'gbp', '', 'cost of the Belper Integrated Specialist Facilities Centre'),
    ('derbyshire_1', '£28.104 m', ('overspend of £28.104 m', 0), '28104000', '', 'gbp', 'budget_variance', 'forecast net overspend against the approved revenue budget 2024-25'),
    ('derbyshire_1', '£20.952 million', ('using £20.952 million', 0), '20952000', '', 'gbp', '', 'earmarked reserves already used in-year'),
    ('derbyshire_1', '£10.977', ('only £10.977 was planned', 0), '10977000', '', 'gbp', '', 'planned use of earmarked reserves in-year'),
    ('derbyshire_1', '£49.056 million', ('nearer £49.056 million', 0), '49056000', '', 'gbp', 'budget_variance', 'total projected overspend 2024-25 including reserve use (as the question puts it)'),
    ('derbyshire_1', '£53.789 m', ('utilising £53.789 m', 0), '53789000', '', 'gbp', '', 'reserves used to balance the budget 2022-23'),
    ('derbyshire_1', '£58.763 m', ('and £58.763 m in', 0), '58763000', '', 'gbp', '', 'reserves used to balance the budget 2023-24'),
    ('derbyshire_1', '£150 m', ('over £150 m of reserves', 0), '150000000', '', 'gbp', '', 'reserves used up since 2022-23'),
    # Essex
    ('essex_1', '129', ('there are 129 children', 0), '129', '', 'count', '', 'children with BESD in out of county independent placements'),
    # Hampshire 1 ("over the last 10 years", "the last ten years": periods framing a change; page and item numbers references)
    ('hampshire_1', '£80m', ('savings target of £80m', 0), '80000000', '', 'gbp', '', 'savings target agreed in the Medium-Term Financial Strategy 2018'),
    ('hampshire_1', '30%', ('increase of 30% in', 0), '30', '', 'percent', '', 'increase in the number of looked after children March 2009 to March 2019'),
    # Hampshire 2 ("the age of 18": an age; "one of only two": "one" is not a count)
    ('hampshire_2', 'three', ('each of the three domains', 0), '3', '', 'count', '', 'domains of the Ofsted inspection judged outstanding'),
    ('hampshire_2', 'two', ('with two areas to develop', 0), '2', '', 'count', '', 'areas to develop further after the Ofsted inspection'),
    ('hampshire_2', 'two', ('one of only two Local', 0), '2', '', 'count', '', 'local authorities to receive an overall Outstanding judgement'),
    # Hertfordshire 1 (Cabinet budget monitor; "£2,072m" is valued as the £2.072m the 0.36% makes it; "£000" is a table unit)
    ('hertfordshire_1', '£2,072m', ('overspend of £2,072m(', 0), '2072000', '', 'gbp', 'budget_variance', 'forecast revenue overspend 2007/08 at the end of December 2007'),
    ('hertfordshire_1', '0.36%', ('(0.36%)', 0), '0.36', '', 'percent', '', 'revenue overspend as a share of the latest budget'),
    ('hertfordshire_1', '£578.018m', ('budget of £578.018m', 0), '578018000', '', 'gbp', '', 'latest revenue budget 2007/08'),
    ('hertfordshire_1', '£8.628m', ('provision is £8.628m', 0), '8628000', '', 'gbp', '', 'balance on the special provision at the end of December'),
    ('hertfordshire_1', '£679,000', ('contingency is £679,000', 0), '679000', '', 'gbp', '', 'balance on the pay and price contingency'),
    ('hertfordshire_1', '£7.2m', ('up to £7.2m is projected', 0), '7200000', '', 'gbp', '', 'projected contribution at year end'),
    ('hertfordshire_1', '£21.841m', ('variation of £21.841m', 0), '21841000', '', 'gbp', 'budget_variance', 'projected capital variation 2007/08'),
    # Hertfordshire 2 ("first quarter" an ordinal; "Total Page:16", "Size:1020Kb" furniture)
    ('hertfordshire_2', '£10.218m', ('savings of £10.218m', 0), '10218000', '', 'gbp', '', 'identified planned savings transferred to the special provision'),
    ('hertfordshire_2', '£1.564m', ('savings of £1.564m', 0), '1564000', '', 'gbp', '', 'unplanned savings transferred to the special provision'),
    ('hertfordshire_2', '£10.222m', ('that £10.222m of', 0), '10222000', '', 'gbp', '', 'special provision vired to service budgets to fund projected overspends'),
    ('hertfordshire_2', '£508.950m', ('(LAB) of £508.950m', 0), '508950000', '', 'gbp', '', 'Latest Approved Budget 2006/07'),
    # Hillingdon 1
    ('hillingdon_1', '91%', ('and 91% achievement', 0), '91', '', 'percent', '', 'achievement rate among Learn Hillingdon learners'),
    ('hillingdon_1', '49%', ('in 49% of learners', 0), '49', '', 'percent', '', 'learners gaining or maintaining employment'),
    # Hillingdon 2
    ('hillingdon_2', '£6.4m', ('drawdown of £6.4m', 0), '6400000', '', 'gbp', '', 'drawdown from reserves to balance the 2025/26 budget'),
    ('hillingdon_2', '£57.8m', ('accounts for £57.8m', 0), '57800000', '', 'gbp', '', 'projected expenditure of the Children, Families and Education portfolio 2025/26'),
    # Lambeth ("for 2025 to 2030": a period given with its dates)
    ('lambeth_1', 'seven', ('The seven priorities', 0), '7', '', 'count', '', 'priorities of the SEND and alternative provision strategy'),
    # Hampshire 3 (Schools Forum 2015; times, postcode, item numbers not figures)
    ('hampshire_3', 'two years', ('are for two years', 0), '2', '', 'years', '', 'term of the Schools Forum chair and vice-chair appointments'),
    ('hampshire_3', '62', ('that 62 schools', 0), '62', '', 'count', '', 'schools put forward for the copyright exercise'),
    ('hampshire_3', '7', ('a further 7 in', 0), '7', '', 'count', '', 'further schools put forward in relation to music only'),
    # Leeds 1 (School Forum DSG monitoring; "the three year period 2025/26 - 2027/28" is a period given with its dates)
    ('leeds_1', '£15.142 million', ('overspend of £15.142 million', 0), '15142000', '', 'gbp', 'high_needs_deficit', 'projected in-year DSG overspend 2024/25'),
    ('leeds_1', '2.7%', ('about 2.7% of', 0), '2.7', '', 'percent', '', 'projected DSG overspend as a share of total DSG funding'),
    ('leeds_1', '£15.273 million', ('overspend of £15.273 million', 0), '15273000', '', 'gbp', 'high_needs_deficit', 'projected overspend in the High Needs Block 2024/25'),
    ('leeds_1', '£38.3m', ('from £38.3m to', 0), '38300000', '', 'gbp', 'high_needs_deficit', 'projected annual DSG overspend at the start of 2025/26-2027/28 if no action is taken'),
    ('leeds_1', '£105.1m', ('to £105.1m per year', 0), '105100000', '', 'gbp', 'high_needs_deficit', 'projected annual DSG overspend by 2027/28 if no action is taken'),
    # Leeds 2 (Schools Forum membership: the seats of each group are counts naming the parts of a structure; "16-19" an age band)
    ('leeds_2', '6', ('HEADTEACHERS Primary (6 seats)', 0), '6', '', 'count', '', 'primary governor seats on the Schools Forum'),
    ('leeds_2', '6', ('seats) Primary (6 seats) Sue', 0), '6', '', 'count', '', 'primary headteacher seats on the Schools Forum'),
    ('leeds_2', '2', ('Vacancy\n\nSecondary (2 seats) Secondary', 0), '2', '', 'count', '', 'secondary governor seats on the Schools Forum'),
    ('leeds_2', '2', ('seats) Secondary (2 seats) Barbara', 0), '2', '', 'count', '', 'secondary headteacher seats on the Schools Forum'),
    ('leeds_2', '1', ('High\n\nSpecial (1 seat) Special', 0), '1', '', 'count', '', 'special school governor seats on the Schools Forum'),
    ('leeds_2', '1', ('seat) Special (1 seat) Russell', 0), '1', '', 'count', '', 'special school headteacher seats on the Schools Forum'),
    ('leeds_2', '10', ('Mainstream (10 seats)', 0), '10', '', 'count', '', 'mainstream academy seats on the Schools Forum'),
    ('leeds_2', '1', ('Special School (1 seat) Tim', 0), '1', '', 'count', '', 'special academy seats on the Schools Forum'),
    ('leeds_2', '1', ('Alternative Provision (1 Seat)', 0), '1', '', 'count', '', 'alternative provision academy seats on the Schools Forum'),
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'sg': 'safeguarding', 'eh': 'early_help',
     'ed': 'education_standards', 'ae': 'attendance_exclusions', 'school': 'school_places_transport',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send'}
THEMES = {  # one code per passage, in file order
    'barnsley_1': 'o o o school',
    'blackpool_1': 'o',
    'bury_1': 'o o o o',
    'centralbeds_1': 'o o o o fin o o o o o o o',
    'centralbeds_2': 'o o o o o o o o o o o o fin fin fin fin fin',
    'cornwall_1': 'o o o o o fin fin fin fin fin fin',
    'cornwall_2': 'o o o o o o o o o o o fin fin fin fin fin fin fin fin',
    'cornwall_3': 'o o o o o o o o o o o fin fin fin fin fin fin fin',
    'derbyshire_1': 'o fin o o fin fin o o',
    'essex_1': 'o o o o o o o o o o o o o o o o o o o o o o o o send send send',
    'hampshire_1': 'o o fin fin fin o',
    'hampshire_2': 'o o o sg sg cic',
    'hampshire_3': 'o o o o o o o',
    'hertfordshire_1': 'o o o o o o o o fin o fin fin fin fin fin o o fin fin fin o o o o',
    'hertfordshire_2': 'o o o o o o o o o o o fin o fin fin',
    'hillingdon_1': 'o o o o o o o o o o ed ed ed ed ed',
    'hillingdon_2': 'o o o o o o ed ed fin fin',
    'leeds_1': 'o o o o o o o o o o fin fin send send send send',
    'leeds_2': 'o o o o o o o o o',
    'lambeth_1': 'o o o o o o o o send send',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T)
