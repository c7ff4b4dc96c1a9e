"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r34/r34blindZ/work/annotate.py, itself from pools/r33/r33blindY and earlier)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r35ac_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Norfolk 1 ("section 47" a name; "the previous 12 months", "the past five years" periods; "2023/24", "2022", "this year"
    # dates). Section 47 enquiries and referrals (counts and shares) have no canonical indicator (re_referrals is the
    # re-referral rate only). "eight ... a day" is an average count (unit count), annotated in the body and in both copies of
    # the photo caption. The weekly cost of external residential care is placement_cost_weekly (both years); the numbers of
    # young people in external residential care (115, 112) are a subset of the children in care: no id
    ('norfolk_1', '2,900', ('almost 2,900 investigations', 0), '2900', '', 'count', '', 'investigations into children believed to be at risk of serious harm underway in Norfolk (almost)'),
    ('norfolk_1', '2,840', ('there were 2,840 probes', 0), '2840', '', 'count', '', 'child protection investigations (section 47 enquiries) in the last year'),
    ('norfolk_1', '2,762', ('from 2,762 over', 0), '2762', '', 'count', '', 'child protection investigations (section 47 enquiries) over the previous 12 months'),
    ('norfolk_1', 'eight', ('an average of eight investigations a day being', 0), '8', '', 'count', '', 'average child protection investigations a day in Norfolk'),
    ('norfolk_1', '600', ('an average of 600 investigations', 0), '600', '', 'count', '', 'average child protection investigations each day nationally'),
    ('norfolk_1', '8pc', ('increase of 8pc', 0), '8', '', 'percent', '', 'increase in schools making referrals to children\u2019s social services over the past five years (national)'),
    ('norfolk_1', '6,260', ('of 6,260 referrals', 0), '6260', '', 'count', '', 'referrals to social services in Norfolk in 2023/24'),
    ('norfolk_1', 'a fifth', ('more than a fifth', 0), '20', '', 'percent', '', 'share of the referrals to social services that were from the county\u2019s schools (more than)'),
    ('norfolk_1', '1,308', ('(1,308)', 0), '1308', '', 'count', '', 'referrals to social services from the county\u2019s schools in 2023/24'),
    ('norfolk_1', '1,069', ('up on 1,069', 0), '1069', '', 'count', '', 'referrals to social services from schools the previous year'),
    ('norfolk_1', '17pc', ('made up 17pc', 0), '17', '', 'percent', '', 'share of the referrals the previous year made by schools'),
    ('norfolk_1', '6,253', ('of the 6,253 referrals', 0), '6253', '', 'count', '', 'referrals to social services the previous year'),
    ('norfolk_1', 'eight', ('average of eight probes a day into children at risk of harmNorfolk', 0), '8', '', 'count', '', 'average child protection investigations a day (photo caption)'),
    ('norfolk_1', 'eight', ('eight probes a day into children at risk of harm (Image', 0), '8', '', 'count', '', 'average child protection investigations a day (photo caption, repeated)'),
    ('norfolk_1', '\u00a33,095', ('from \u00a33,095', 0), '3095', '', 'gbp', 'placement_cost_weekly', 'average weekly cost of looking after children in external residential care (2022)'),
    ('norfolk_1', '115', ('for 115 young people', 0), '115', '', 'count', '', 'young people in external residential care (2022)'),
    ('norfolk_1', '\u00a34,708', ('to \u00a34,708', 0), '4708', '', 'gbp', 'placement_cost_weekly', 'average weekly cost of looking after children in external residential care (this year)'),
    ('norfolk_1', '112', ('for 112 this year', 0), '112', '', 'count', '', 'young people in external residential care (this year)'),
    # Notts 1 ("2019-09-18" a date; "a decade ago", "10 years of austerity", "the last financial year" periods; "twice as many"
    # a multiplier word with no number, like "doubled": not a figure). The overspend of the children's social care budget is
    # budget_variance. A year's cost per child takes no id (placement_cost_weekly is weekly). "Almost 100 more children" taken
    # into care is a change of a flow: no id. The rate of agency staff among social workers is a percentage, while
    # agency_social_workers counts staff: no id
    ('notts_1', '\u00a38.5 million', ('by \u00a38.5 million', 0), '8500000', '', 'gbp', 'budget_variance', 'children\u2019s social care budget over budget'),
    ('notts_1', '\u00a360,000', ('about \u00a360,000 a year', 0), '60000', '', 'gbp', '', 'average yearly cost for the council to look after a child in care (about)'),
    ('notts_1', '100', ('Almost 100 more children', 0), '100', '', 'count', '', 'more children taken into care last year than the year before (almost)'),
    ('notts_1', '91 per cent', ('stated 91 per cent', 0), '91', '', 'percent', '', 'councils that overspent on children\u2019s social care in the last financial year (one estimate)'),
    ('notts_1', '14 per cent', ('a 14 per cent rate', 0), '14', '', 'percent', '', 'rate of agency staff working as social workers in Nottinghamshire'),
    ('notts_1', '15.4 per cent', ('rate of 15.4 per cent', 0), '15.4', '', 'percent', '', 'rate of agency staff working as social workers nationally'),
    # Southend 1 ("2015/16", "2017/18", "2017" periods and years; "the past year", "last year", "the latest year" periods).
    # Spending on agency social workers takes no id (no spending indicator); the agency share of the workforce is a percentage
    # (agency_social_workers counts): no id; "under a quarter" a fraction in words (25)
    ('southend_1', '\u00a32million', ('at least \u00a32million', 0), '2000000', '', 'gbp', '', 'spending each year on temporary social workers (at least)'),
    ('southend_1', '\u00a36,805,753', ('totalling \u00a36,805,753', 0), '6805753', '', 'gbp', '', 'total spending on temporary social workers 2015/16 to 2017/18'),
    ('southend_1', '42 per cent', ('made up 42 per cent', 0), '42', '', 'percent', '', 'agency workers as a share of the total workforce at the 2017 peak'),
    ('southend_1', '\u00a32.5million', ('a cost of \u00a32.5million', 0), '2500000', '', 'gbp', '', 'cost of agency workers in 2017'),
    ('southend_1', 'a quarter', ('under a quarter', 0), '25', '', 'percent', '', 'agency staff as a share of the full workforce (under)'),
    ('southend_1', '35', ('with 35 recruited', 0), '35', '', 'count', '', 'social workers recruited last year'),
    # Essex 1 ("the past month", "the past two or three months" periods). Children and cases without an allocated social
    # worker have no canonical indicator; the 12 children on the at-risk register without social workers are a subset of the
    # children on plans: no id; the 75 social workers taken on are a flow of recruits: no id
    ('essex_1', '1,000', ('NEARLY 1,000 Essex', 0), '1000', '', 'count', '', 'Essex children who need social workers and do not have them (nearly)'),
    ('essex_1', '850', ('fallen by 850', 0), '850', '', 'count', '', 'fall in the past month of cases without an allocated social worker'),
    ('essex_1', '1,000', ('still nearly 1,000 child care cases', 0), '1000', '', 'count', '', 'child care cases without an allocated social worker (nearly)'),
    ('essex_1', '12', ('that 12 children', 0), '12', '', 'count', '', 'children on the at risk register without social workers'),
    ('essex_1', '75', ('extra 75 social workers', 0), '75', '', 'count', '', 'extra social workers taken on in the past two or three months'),
    # Suffolk 1 ("16 to 18-year-olds", "aged 16 to 18" ages; "this past year", "the last 12 months", "last year" periods;
    # "March" a month; the "0" under the headline is the page's comment counter, page furniture: not a figure). The NEET
    # rates of the county, of England, of the statistical neighbours and of the county's areas are neet (a rate of the same
    # indicator); "one-in-14" (headline and body) is the same rate in words (7.14)
    ('suffolk_1', 'One-in-14', ('One-in-14 not in job', 0), '7.14', '', 'percent', 'neet', 'young people in Suffolk not in a job, college or training (headline)'),
    ('suffolk_1', 'one-in-14', ('NEARLY one-in-14', 0), '7.14', '', 'percent', 'neet', 'young people in Suffolk with no college place, job or training when they leave school (nearly)'),
    ('suffolk_1', '7.32 per cent', ('7.32 per cent', 0), '7.32', '', 'percent', 'neet', 'young people aged 16 to 18 classed as NEET in Suffolk (March)'),
    ('suffolk_1', '6.1 per cent', ('6.1 per cent nationally', 0), '6.1', '', 'percent', 'neet', 'young people aged 16 to 18 classed as NEET nationally'),
    ('suffolk_1', '5.26 per cent', ('5.26 per cent across', 0), '5.26', '', 'percent', 'neet', 'young people aged 16 to 18 classed as NEET across the statistical neighbours'),
    ('suffolk_1', '6.44 per cent', ('6.44 per cent', 0), '6.44', '', 'percent', 'neet', 'NEET rate in West Suffolk (March)'),
    ('suffolk_1', '7.62 per cent', ('7.62 per cent', 0), '7.62', '', 'percent', 'neet', 'NEET rate in South Suffolk'),
    ('suffolk_1', '8.65 per cent', ('8.65 per cent', 0), '8.65', '', 'percent', 'neet', 'NEET rate in North Suffolk'),
    # Suffolk 2 ("16 and 17 year olds" ages; "2023/24", "2020/21" periods; "five years ago", "the last two years" periods).
    # The NEET rates then and now are neet; the rise in young people is a change of a count: no id; the proportion in training
    # (participation) is not the NEET rate: no id
    ('suffolk_2', '4.83 per cent', ('4.83 per cent', 0), '4.83', '', 'percent', 'neet', '16 and 17 year olds NEET in Suffolk in 2023/24'),
    ('suffolk_2', '3.5 per cent', ('3.5 per cent five years ago', 0), '3.5', '', 'percent', 'neet', '16 and 17 year olds NEET in Suffolk five years ago'),
    ('suffolk_2', '275', ('more than of 275', 0), '275', '', 'count', '', 'increase in young people NEET over five years (more than)'),
    ('suffolk_2', '90.1 percent', ('90.1 percent', 0), '90.1', '', 'percent', '', 'proportion of young people in training'),
    ('suffolk_2', '92.54 percent', ('92.54 percent', 0), '92.54', '', 'percent', '', 'proportion of young people in training in 2020/21'),
    # Herts 1 ("16-18 year-olds", "16-24" ages; "the end of March", "June 18", "April 2024" dates; "12 months" a period).
    # The county's NEET rate of 16-18 year-olds is neet; the NEET rates of cohorts (children in care and care leavers, SEND,
    # youth offenders) are rates of a part, not the county's indicator: no id (a judgement call); "10 times" and "10.3 times"
    # are multiples (unit rate, as r34blindZ's "seven times the cost")
    ('herts_1', '10 times', ('are 10 times more likely', 0), '10', '', 'rate', '', 'how much more likely young people in care or care leavers are to be NEET'),
    ('herts_1', '2.76 per cent', ('2.76 per cent', 0), '2.76', '', 'percent', 'neet', '16-18 year-olds across the county not in education, employment or training (end of March)'),
    ('herts_1', '10.3 times', ('10.3 times higher', 0), '10.3', '', 'rate', '', 'NEET rate of children in care and care leavers against the county\u2019s rate'),
    ('herts_1', '28.49 per cent', ('at 28.49 per cent', 0), '28.49', '', 'percent', '', 'NEET rate of 16-18 year-olds in care or care leavers'),
    ('herts_1', '10.5 per cent', ('10.5 per cent', 0), '10.5', '', 'percent', '', '16-18 year-olds with special educational needs or learning disabilities who were NEET'),
    ('herts_1', '25.37 per cent', ('25.37 per cent', 0), '25.37', '', 'percent', '', '16-18 year-olds classed as youth offenders who were NEET'),
    ('herts_1', '250', ('support for 250 young people', 0), '250', '', 'count', '', 'young people NEET and furthest from the workplace the project supports'),
    ('herts_1', '60', ('that 60 young people', 0), '60', '', 'count', '', 'young people with SEND to be supported by a supported employment broker'),
    # Swindon 1 ("11.09.18", "6 September", "July" dates; "2018-19" a period). The council's overall overspend (headline,
    # lead, body) is budget_variance; the increases of the overspend and of the children's social care spending are changes:
    # no id
    ('swindon_1', '\u00a33m', ('lead to \u00a33m Swindon', 0), '3000000', '', 'gbp', 'budget_variance', 'Swindon Council deficit children\u2019s services pressures could lead to (headline)'),
    ('swindon_1', '\u00a33m', ('into a \u00a33m overspend', 0), '3000000', '', 'gbp', 'budget_variance', 'overspend of Swindon Borough Council'),
    ('swindon_1', '\u00a33m', ('overspent by \u00a33m', 0), '3000000', '', 'gbp', 'budget_variance', 'council\u2019s overall budget overspent for the 2018-19 financial year'),
    ('swindon_1', '\u00a3879,000', ('increase of \u00a3879,000', 0), '879000', '', 'gbp', '', 'increase of the overspend compared to the position reported in July'),
    ('swindon_1', '\u00a31.4m', ('with a \u00a31.4m increase', 0), '1400000', '', 'gbp', '', 'increase of children\u2019s social care spending since July'),
    # Swindon 2 ("the last year", "September", "the next financial year", "the coming years" periods and dates). The projected
    # overspend of children's social care and the predicted overspend of the budget are budget_variance; the weekly cost of a
    # residential place is placement_cost_weekly (its yearly cost takes none); the children in residential care (budgeted 44,
    # actual 64) are a part of the children in care: no id; the unplanned placements' cost takes none
    ('swindon_2', '\u00a361.3m', ('currently \u00a361.3m', 0), '61300000', '', 'gbp', '', 'overall budget for Children\u2019s Social Care'),
    ('swindon_2', '\u00a37.7m', ('overspend by \u00a37.7m', 0), '7700000', '', 'gbp', 'budget_variance', 'projected overspend of children\u2019s social care services'),
    ('swindon_2', '44', ('based on 44 children', 0), '44', '', 'count', '', 'children in residential care the budget was based on'),
    ('swindon_2', '64', ('there were 64 children', 0), '64', '', 'count', '', 'children in residential care by the end of September'),
    ('swindon_2', '\u00a37,300', ('costs \u00a37,300 per week', 0), '7300', '', 'gbp', 'placement_cost_weekly', 'weekly cost of a residential place for a child taken into the council\u2019s care'),
    ('swindon_2', '\u00a3380,000', ('\u00a3380,000 per year', 0), '380000', '', 'gbp', '', 'yearly cost of a residential place for a child in care'),
    ('swindon_2', '20', ('the 20 unplanned placements', 0), '20', '', 'count', '', 'unplanned placements'),
    ('swindon_2', '\u00a37.6m', ('to \u00a37.6m in unforeseen', 0), '7600000', '', 'gbp', '', 'unforeseen costs of the unplanned placements'),
    ('swindon_2', '\u00a327m', ('a \u00a327m overspend', 0), '27000000', '', 'gbp', 'budget_variance', 'overspend previously predicted in the council\u2019s budget for the next financial year'),
    # Cambs 1 ("September this year", "November 17" dates; "between 16 and 18" an age range; "the majority", "a few" no number).
    # The 645 children in care are children_in_care; the shares placed outside the county ("over half" headline, "more than
    # half" body: fractions in words, 50; "52 per cent") take no id
    ('cambs_1', 'half', ('Over half of children', 0), '50', '', 'percent', '', 'children in care placed outside Cambridgeshire (over, headline)'),
    ('cambs_1', 'half', ('More than half of children', 0), '50', '', 'percent', '', 'children taken into care in Cambridgeshire placed in homes outside the county (more than)'),
    ('cambs_1', '645', ('there were 645 children', 0), '645', '', 'count', 'children_in_care', 'children in care in Cambridgeshire as of September'),
    ('cambs_1', '52 per cent', ('and 52 per cent', 0), '52', '', 'percent', '', 'children in care placed outside of the county\u2019s boundaries'),
]
THEMES = {
    'norfolk_1': 'sg sg sg sg sg sg sg sg sg sg cic o o',
    'notts_1': 'wf wf fin cic cic fin fin wf cic cic wf fin eh',
    'southend_1': 'wf wf wf wf wf wf wf wf wf wf wf wf',
    'essex_1': 'wf wf sg sg wf wf wf wf wf wf wf wf wf wf wf',
    'suffolk_1': 'ny o ny ny ny ny ny ny ny ny ny ny ny',
    'suffolk_2': 'ny ny ny ny ny ae ny ny o o',
    'herts_1': 'ny ny ny ny ny ny ny ny ny ny ny ny',
    'swindon_1': 'o o fin fin fin fin fin fin cic cic cic',
    'cambs_1': 'cic cic o cic cic cic cic cic cic cic o cic cic',
    'swindon_2': 'cic cic fin fin cic cic cic cic fin o fin fin cic cic o',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
