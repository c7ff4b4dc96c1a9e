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
]
THEMES = {
    'norfolk_1': 'sg sg sg sg sg sg sg sg sg sg cic o o',
    'notts_1': 'wf wf fin cic cic fin fin wf cic cic wf fin eh',
    'southend_1': 'wf wf wf wf wf wf wf wf wf wf wf wf',
    'essex_1': 'wf wf sg sg wf wf wf wf wf wf wf wf wf wf wf',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
