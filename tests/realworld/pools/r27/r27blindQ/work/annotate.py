"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r26/r26blindO/work/annotate.py)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r27q_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Sefton 1 (minute numbers 48.-50. are list numbers; 6th March 2023, 31 January 2023 dates; 276 KB a file size; the vote
    # on the proposal to amend the minutes is the meeting's own count: a figure, tests/gold/README.md round 25)
    ('sefton_1', '3', ('lost by 3 votes', 0), '3', '', 'count', '', 'votes for the proposal to amend the minutes'),
    ('sefton_1', '6', ('3 votes to 6', 0), '6', '', 'count', '', 'votes against the proposal to amend the minutes'),
    # Rutland 1 (Report No. 80/2022 a reference; dates; the deputations received are the meeting's own count)
    ('rutland_1', 'three', ('that three deputations', 0), '3', '', 'count', '', 'deputations received for the meeting'),
    # Southwark 1 (5.1 paragraph numbers; 23 February 2015 a date; "eight themes" announces the list that follows: a count,
    # tests/gold/README.md round 24)
    ('southwark_1', 'eight', ('chose  eight  themes', 0), '8', '', 'count', '', 'themes chosen to structure the cabinet member interview'),
    # Wokingham 1 (Item 48, Dashboard Item 1/2 names; "within 20 weeks" a threshold; Q3 a name)
    ('wokingham_1', '100%', ('with 100% completion', 0), '100', '', 'percent', 'ehcp_timeliness', 'EHCPs issued within 20 weeks of referral in December and January'),
    # Wokingham 2 (Item 23, Dashboard 1 names)
    ('wokingham_2', 'one or two', ('only one or two staff', 0), '1', '2', 'count', '', 'staff changes in the SEND service during the pandemic (interim staff leaving)'),
    # Wokingham 5 ("over the last 12 months", "in the last year" look back: periods; "15-17" an age band; "the next three
    # years" is the span the steering group plans for: the length of the plan, a figure by the round-22 duration rule)
    ('wokingham_5', 'three years', ('for the next three years', 0), '3', '', 'years', '', 'period the Fostering and Transformation Steering Group plans for'),
    ('wokingham_5', '50', ('12 months 50 children', 0), '50', '', 'count', '', 'children placed in foster care over the last 12 months'),
    ('wokingham_5', 'half', ('half of which', 0), '50', '', 'percent', '', 'share of the children placed in foster care who went to in-house fostering'),
    ('wokingham_5', '12', ('that 12 young people', 0), '12', '', 'count', '', 'young people staying put with their foster carers'),
    # Wiltshire 2 (September 2021 and 2022 frame the increase)
    ('wiltshire_2', '31 percent', ('that 31 percent of', 0), '31', '', 'percent', '', 'elective home educated children who had SEND'),
    # No figure in: newham_1 (dates), slough_1 (Rule 30, Section 9, Minute 13, page 2 and page 4 references; dates), somerset_1 (dates, list letters), southampton_1 (Rule 4.3 a reference, dates, list
    # numerals), southampton_2 ("Destination 22" a name), stockport_1 (2011-14 names the plan's period, "Priority 1 areas" a
    # name, a telephone number), sutton_1 (agenda item 6 a reference, dates), sutton_2 ("the top third of local authorities"
    # a rank band: ordinal; 2024-2025 periods; the footnote mark in "practice1"), swindon_1 (Quarter 3 a name, telephone
    # number), torbay_2 (2010 and 2018 dates; "around 18 months ago" places the appointment in time: period), torbay_3
    # (dates), wiltshire_1 (2021-24 a period, agenda item 7 a reference, dates), wokingham_4 ("within 20 weeks", "20 week
    # timescale" thresholds; Item 7 a reference).
]
THEMES = {
    'newham_1': 'o o o o o o o send send send o send send send send send o send',
    'rutland_1': 'o o o o o o o o o o o o o sg o sg',
    'sefton_1': 'o o o o o o o o o o o o',
    'slough_1': 'o o o o o o o o o o o o sg sg',
    'somerset_1': 'o o o o o o o o o o o o o o o o o o ny ny ny o o',
    'southampton_1': 'o o o o o o o o sg sg sg o sg sg sg',
    'southampton_2': 'o o o o o o o o sg sg sg o o sg sg sg sg',
    'southwark_1': 'o o o cic ed send ed hw sg eh ny o',
    'stockport_1': 'o o o o o o o o o o o o o o o o o fin o hw',
    'sutton_1': 'o o o o o o o o o o o o send send send',
    'sutton_2': 'o o o o o o o o o o o o o o',
    'swindon_1': 'o o o o o o o o o o o',
    'torbay_2': 'o o o o sg sg sg sg',
    'torbay_3': 'o o o o o o o ny ny ny ny ny ny ny ny',
    'wiltshire_1': 'o o o o o o o o o o o o o o o o o o o o ny ny ny',
    'wiltshire_2': 'ae ae ae o ae ae ae',
    'wokingham_1': 'o o o o o o o o send send send o eh eh eh eh',
    'wokingham_2': 'o o o o o o o send send send send send',
    'wokingham_5': 'fa fa fa o fa cic fa fa fa fa cic fa ny fa fa fa fa',
    'wokingham_4': 'o o o o o o o send send send send o',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
