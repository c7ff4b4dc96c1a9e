"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r31/r31blindV/work/annotate.py, itself from pools/r30/r30blindU and pools/r29/r29blindS)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r32w_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Cheltenham 1: "in the coming 12-24 months" is how long the task of obtaining the information (the link between youth
    # centre closures and anti-social behaviour) will take, as "to be finished within the next four weeks" is (the length of
    # the task itself, not a frame for another figure): a figure, a judgement call. "only one dedicated youth worker": one with
    # its unit
    ('cheltenham_1', '12-24 months', ('coming 12-24 months', 0), '12', '24', 'months', '', 'time expected to obtain the information linking youth facility closures to anti-social behaviour'),
    ('cheltenham_1', 'one', ('only one dedicated', 0), '1', '', 'count', '', 'dedicated youth workers now in the borough (only)'),
    # Cherwell 1: no figure ("Section 11" a name; 2016 a year; dates; "(1)" a list number; "A part time safeguarding officer"
    # has no numeral)
    # Chorley 1: a range in words; "One individual" is one with its unit
    ('chorley_1', 'three or four', ('with three or four young', 0), '3', '4', 'count', '', 'young individuals identified as the ring leaders of anti-social behaviour'),
    ('chorley_1', '22%', ('accounted for 22%', 0), '22', '', 'percent', '', 'share of reported anti-social behaviour that is teenage anti-social behaviour'),
    ('chorley_1', 'One', ('One individual was', 0), '1', '', 'count', '', 'young individuals banned from entering the town centre'),
    # City of London 1 (7th February 2022, 20 July dates)
    ('cityoflondon_1', 'Two', ('Two multi-use games areas', 0), '2', '', 'count', '', 'multi-use games areas identified on the estates for young people'),
    # CPCA 1 (KD2025/005 a reference; 24/02/2025 and April 2025 dates; Item 12, "12" item numbers; 135 KB; "18 to 21-year-olds"
    # and "aged 16 to 18" ages; "one of eight" picks Cambridgeshire and Peterborough out of the eight: the "one" is a pronoun)
    ('cpca_1', 'eight', ('one of eight regions', 0), '8', '', 'count', '', 'regions nationally identified to take part in the Youth Guarantee Trailblazer'),
    # Epping Forest 1 (2008/09 a period; "second year of office" an ordinal; "1."-"6." list numbers; "a five star system" is the
    # rating scale and "the only 5 star rating" a grade on it: name, not figures). "four Youth Councillors": members present
    # (a count in a meeting's procedure); "10 examples": a count that announces a list
    ('eppingforest_1', 'four', ('welcomed four Youth', 0), '4', '', 'count', '', 'Youth Councillors attending the meeting'),
    ('eppingforest_1', '10', ('gave 10 examples', 0), '10', '', 'count', '', 'examples of the Youth Council\u2019s work in its second year of office'),
    ('eppingforest_1', '\u00a38,440', ('secured \u00a38,440', 0), '8440', '', 'gbp', '', 'funding secured by the Youth Council from the Youth Opportunity Fund'),
    # Hillingdon 1 (January 2023, March 2023, 03 April until 05 June 2023 dates; "aged between 10 and 15 years" an age; HA4 a
    # postcode: name)
    ('hillingdon_1', '11', ('through 11 social', 0), '11', '', 'count', '', 'social media posts promoting the Youth Offer consultation'),
    ('hillingdon_1', '123', ('received 123 responses', 0), '123', '', 'count', '', 'responses to the online Youth Offer consultation'),
    ('hillingdon_1', '90', ('90 of which', 0), '90', '', 'count', '', 'online consultation responses from Hillingdon residents'),
    ('hillingdon_1', '14%', ('and 14% of those', 0), '14', '', 'percent', '', 'resident respondents identified as having a special educational need'),
    ('hillingdon_1', '57%', ('57% of respondents', 0), '57', '', 'percent', '', 'respondents not currently engaged in a youth service programme'),
    ('hillingdon_1', '51%', ('51% had never', 0), '51', '', 'percent', '', 'respondents who had never attended a youth service programme'),
    ('hillingdon_1', '58%', ('58% indicated', 0), '58', '', 'percent', '', 'respondents more likely to attend if the service were delivered in a range of settings'),
    ('hillingdon_1', '51%', ('51% of respondents felt', 0), '51', '', 'percent', '', 'respondents who felt the new youth offer promoted inclusivity'),
    ('hillingdon_1', '36%', ('additional 36%', 0), '36', '', 'percent', '', 'respondents who felt the new youth offer partially promoted inclusivity (additional)'),
    ('hillingdon_1', '14', ('14 facilitated consultation', 0), '14', '', 'count', '', 'facilitated consultation groups held on the youth offer'),
    # Hinckley 1: no figure (54 an item number; 387 KB; "(i)"-"(iii)" list numbers)
    # Leeds 1 (2020/21, 2021/22 periods; December 2020, 8th March 2021, 15th February 2021, 30th April dates). "top three
    # activity choices": a top N that counts a selection the report presents (tests/gold/README.md, "top N")
    ('leeds_1', 'three', ('top three activity', 0), '3', '', 'count', '', 'activity choices most selected by young people presented in the report (top)'),
    ('leeds_1', '63', ('received 63 survey', 0), '63', '', 'count', '', 'survey responses to the Outer West youth consultation'),
    # Medway 1 ("18 - 25", "18 \u2013 25", "18-25" ages; 11 January 2018 a date; paragraph 3.2 a reference). "four lines of
    # enquiry": a count that names the parts of a structure
    ('medway_1', 'four', ('agreed four lines', 0), '4', '', 'count', '', 'lines of enquiry agreed by the Task Group'),
    # North Hertfordshire 1 ("i."-"iii." list numbers; "Audio Recording 3 minutes 28 seconds" the length of a recording: page
    # furniture; "over the last 12 months" looks back: period; 2017/18 a period)
    ('northherts_1', '114', ('In total 114', 0), '114', '', 'count', '', 'referrals made to external agencies from any Council department (2017/18)'),
    ('northherts_1', 'Nineteen', ('Nineteen children', 0), '19', '', 'count', '', 'children referred to social care by the Council (2017/18)'),
    ('northherts_1', 'Seven', ('Seven referrals', 0), '7', '', 'count', '', 'referrals made to MARAC or for adults experiencing domestic abuse (2017/18)'),
    # North Hertfordshire 2 (2023 a year; 12/09/2023 a date; Item 233, "233" item numbers; 593 KB; "(1)"-"(3)" list numbers;
    # "7 minutes 15 seconds" the recording's length: furniture; 2022-2023 a period). No id: no canonical indicator counts
    # referrals (re_referrals is a share of re-referrals), and the changes are % changes of counts
    ('northherts_2', '658', ('There were 658', 0), '658', '', 'count', '', 'safeguarding referrals made by the Council (2022-2023)'),
    ('northherts_2', '370', ('There were 370', 0), '370', '', 'count', '', 'adult safeguarding referrals made by the Council (2022-2023)'),
    ('northherts_2', '6%', ('a 6% decrease', 0), '6', '', 'percent', '', 'decrease in adult safeguarding referrals'),
    ('northherts_2', '288', ('and 288 child', 0), '288', '', 'count', '', 'child safeguarding referrals made by the Council (2022-2023)'),
    ('northherts_2', '8%', ('an 8% increase', 0), '8', '', 'percent', '', 'increase in child safeguarding referrals'),
    # NW Leicestershire 1 ("Activ8" a scheme's name)
    ('nwleics_1', '19%', ('impressive 19%', 0), '19', '', 'percent', '', 'increase in memberships at the Hermitage leisure centre'),
    # Oldham 1 ("where there have been three contracts into the duty and advice service" defines the cases overseen: threshold)
    ('oldham_1', '500-600', ('between 500-600', 0), '500', '600', 'count', '', 'referrals received by the service a week'),
    # Slough 1 (2008 a year; "under 16s and over 60s" ages). "five year leisure strategy": the length of a strategy; "about a
    # third": a fraction in words (33.3333, percent)
    ('slough_1', 'five year', ('its five year leisure', 0), '5', '', 'years', '', 'length of the leisure strategy'),
    ('slough_1', 'a third', ('about a third', 0), '33.3333', '', 'percent', '', 'increase in numbers attending the leisure provider\u2019s swimming programme (about)'),
    ('slough_1', '30%', ('advised that 30%', 0), '30', '', 'percent', '', 'share of the leisure programme of activity that is free'),
    # Tendring 1: no figure (21 March 2022, 7 December 2022 dates)
]
THEMES = {
    'cheltenham_1': 'ny o ny ny ny ny o',
    'cherwell_1': 'o sg o o o o o sg sg sg sg o sg o o o o o',
    'chorley_1': 'o o ny ny ny sg ny o',
    'cityoflondon_1': 'o o ny hw hw ny hw hw',
    'cpca_1': 'o ny o ny ny o ny fin ny o ny ny',
    'eppingforest_1': 'ny ny o ny ny ny ny ny fin ny',
    'hillingdon_1': 'ny ny ny ny ny ny',
    'hinckley_1': 'sg sg sg o o o o sg sg',
    'leeds_1': 'ny ny o ny ny ny ny ny ny ny ny',
    'medway_1': 'ny ny o ny o o o ny o ny',
    'northherts_1': 'sg o sg sg sg o o sg sg sg',
    'northherts_2': 'o sg o sg o sg o sg o sg o o sg sg o',
    'nwleics_1': 'hw o o o o hw hw hw hw hw hw',
    'oldham_1': 'sg sg sg sg sg sg sg o',
    'slough_1': 'hw hw hw hw o hw o',
    'tendring_1': 'ae ae ae ae',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
