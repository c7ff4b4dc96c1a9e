"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r22/r22blindA/work/annotate.py)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r24h_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Barnet, Camden, Central Bedfordshire 1, Derbyshire 2, Hampshire, Hertfordshire 1, Hillingdon 2, Lambeth, Leeds: none
    # (dates, years, periods given with their dates, list and item numbers, standing-order and appendix references, phone
    # numbers, file sizes, "Change 1..4", "three miles" (an eligibility distance: threshold), "8th birthday", "Post 16",
    # "24/7" and "365 days of the year" (the hub's opening hours: always open), "180 days" (a webcast notice: furniture))
    # Bury
    ('bury_1', '4', ('retention of 4 new', 0), '4', '', 'count', '', 'new caseworkers and managers whose retention was asked about'),
    ('bury_1', '5', ('received of 5 questions', 0), '5', '', 'count', '', 'public questions received in advance of the meeting'),
    ('bury_1', '5', ('received of 5 questions', 1), '5', '', 'count', '', 'member questions received in advance of the meeting'),
    # Central Bedfordshire 2 ("9th" is a rank, "out of 11" the size of the comparison group that frames it)
    ('centralbeds_2', '2', ('fallen 2 places', 0), '2', '', 'count', '', 'places fallen in the GCSE ranking against statistical neighbours'),
    # City of London
    ('cityoflondon_1', '9', ('received 9 votes', 0), '9', '', 'count', '', 'votes received by the elected Deputy Chairman'),
    ('cityoflondon_1', '8', ('received 8 votes', 0), '8', '', 'count', '', 'votes received by the other Deputy Chairman candidate'),
    ('cityoflondon_1', 'two', ('Appointment of two co-optees', 0), '2', '', 'count', '', 'co-optees to be appointed to the committee'),
    ('cityoflondon_1', 'two', ('To appoint two Parent', 0), '2', '', 'count', '', 'parent governor co-optees to be appointed'),
    # Cornwall ("the first 1,001 days of a child's life" names a window of early childhood: not a figure)
    ('cornwall_1', 'five', ('on five key strands', 0), '5', '', 'count', '', 'key strands of the Cornwall Education Strategy'),
    # Derbyshire 1 (cabinet outturn)
    ('derbyshire_1', '33', ('against 33 strategic', 0), '33', '', 'count', '', 'strategic objectives in the Council Plan progress summary'),
    ('derbyshire_1', '19,990', ('Awarding 19,990 Crisis', 0), '19990', '', 'count', '', 'Crisis Payments awarded via the Discretionary Fund'),
    ('derbyshire_1', '£1.66m', ('over £1.66m', 0), '1660000', '', 'gbp', '', 'total value of Crisis Payments awarded'),
    ('derbyshire_1', '1,000', ('over 1,000 children in care', 0), '1000', '', 'count', 'children_in_care', 'children in care provided with safe homes'),
    ('derbyshire_1', '£47m', ('a £47m Bus', 0), '47000000', '', 'gbp', '', 'Bus Service Improvement Plan'),
    ('derbyshire_1', '£120m', ('a £120m highways', 0), '120000000', '', 'gbp', '', 'highways investment programme'),
    ('derbyshire_1', '£0.582m', ('underspend of £0.582m', 0), '582000', '', 'gbp', 'budget_variance', 'net actual underspend against the approved revenue budget 2024-25'),
    # Hertfordshire 2 (Covid report)
    ('hertfordshire_2', '41%', ('accounted for 41% of', 0), '41', '', 'percent', '', 'share of contacts accounted for by Families First Triage (early help), April to June'),
    ('hertfordshire_2', '24%', ('compares with 24%', 0), '24', '', 'percent', '', 'share of contacts accounted for by early help triage in the same period the year before'),
    # Hillingdon 1
    ('hillingdon_1', 'three', ('into three sections', 0), '3', '', 'count', '', 'sections of the draft School Organisation Plan'),
    # Hounslow 1
    ('hounslow_1', 'three', ('visits to three schools', 0), '3', '', 'count', '', 'schools visited by the panel (attendance deep dive)'),
    # Hounslow 2 ("top 10 authorities" is a ranking band: not a count of anything in the borough)
    ('hounslow_2', 'two', ('the last two reports', 0), '2', '', 'count', '', 'previous reports on educational performance focused on school readiness'),
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'sg': 'safeguarding', 'eh': 'early_help',
     'ed': 'education_standards', 'ae': 'attendance_exclusions', 'school': 'school_places_transport',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send'}
THEMES = {  # one code per passage, in file order
    'barnet_1': 'o o o o o o o o o o o o sg sg sg sg',
    'bury_1': 'o o o o o o o o o o hw wf o o o o o o o o o',
    'camden_1': 'o o o o o o ny ny ny ny ny ny ny ny ny ny ny send send',
    'centralbeds_1': 'fin send send o o o send o fin send send fin fin',
    'centralbeds_2': 'o o o o o ed o o o o o o o o o o o',
    'cityoflondon_1': 'o o o o o o o o o o o o o o o o o o o o o o o o o',
    'cornwall_1': 'o o o o o o eh eh eh ed ed',
    'derbyshire_1': 'o o o o o o o o o o o cic o o o send o o fin',
    'derbyshire_2': 'o o o o send send send o o send o',
    'hampshire_1': 'o o o school',
    'hertfordshire_1': 'o o o o o send send send send send o o send',
    'hertfordshire_2': 'o o o o o o o o o eh o',
    'hillingdon_1': 'o o o o o o o o o school school school o school',
    'hillingdon_2': 'sg sg sg sg sg sg sg cic hw o sg',
    'hounslow_1': 'o o o o o o ae ae ae o o o hw ae ae ae',
    'hounslow_2': 'o o o o o o o o o ed ed ed o ed ed o',
    'lambeth_1': 'o o o o o o o o o ae o o o o o ae',
    'leeds_1': 'ae ae o o o o o o ae o ae',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T)
