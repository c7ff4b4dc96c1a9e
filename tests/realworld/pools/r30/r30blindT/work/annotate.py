"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r29/r29blindS/work/annotate.py)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r30t_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # City of London 1: no figure (2015/16, 2015-16 periods)
    # Northumberland 1: no figure (2021, 2020-21 periods; "13th consecutive year" an ordinal; "level 3", "years 11 and
    # year 6" names; "1 to 1 tuition" the name of a kind of tuition; "approximately ? of the cohort": the number is lost in
    # the page, nothing to mark)
    # Oldham 1 and 2: no figure (dates, times, postcodes, file sizes, item numbers, 2020-21 a period, "second year" an ordinal)
    # Oxfordshire 1 (13/07/2010 a date, Item 78 / "78 Permanent Exclusions" an item number, PDF 193 KB a file size,
    # 2005/06 to 2009/10 periods; the misprint "44" that "should read 45" records nothing and is left out, the corrected 45
    # is the figure, as r29blindS did with Wokingham's "£270" / "£270K")
    ('oxfordshire_1', '45', ('should read “45”', 0), '45', '', 'count', 'exclusions', 'permanent exclusions in 2009/10 (Oxfordshire, corrected figure)'),
    ('oxfordshire_1', '4', ('had had 4 permanent', 0), '4', '', 'count', 'exclusions', 'permanent exclusions at West Berkshire Council (comparison)'),
    ('oxfordshire_1', '124', ('had had 124', 0), '124', '', 'count', 'exclusions', 'permanent exclusions at Cambridgeshire County Council (comparison)'),
    ('oxfordshire_1', 'one in three', ('currently one in three exclusions', 0), '33.3', '', 'percent', '', 'share of exclusions that were of female pupils (currently)'),
    ('oxfordshire_1', 'one in four', ('been one in four', 0), '25', '', 'percent', '', 'share of exclusions that were of female pupils (in the past)'),
    ('oxfordshire_1', '33', ('from 33 last year', 0), '33', '', 'count', 'exclusions', 'permanent exclusions due to persistent disruptive behaviour (last year)'),
    ('oxfordshire_1', '12', ('to 12 this year', 0), '12', '', 'count', 'exclusions', 'permanent exclusions due to persistent disruptive behaviour (this year)'),
    ('oxfordshire_1', '16', ('from 16 to 2', 0), '16', '', 'count', 'exclusions', 'permanent exclusions due to verbal abuse of an adult (last year)'),
    ('oxfordshire_1', '2', ('16 to 2 in', 0), '2', '', 'count', 'exclusions', 'permanent exclusions due to verbal abuse of an adult (this year)'),
    # Slough 1: no figure (24th September, 2008 a date, file sizes, "11+" the name of a test)
    # Southwark 1: no figure (September 2022 a date, "Year 10 and Year 11" names, list numbers)
    # Stockport 1 and 2: no figure (dates, Section 100B(4)(b) a reference, 1972 a year, 2017/18 a period, Item 4, file size,
    # a phone number)
    # West Berkshire 1: no figure (2024/25 a period, Agenda Item 7, paragraphs 5.46-5.48, sections 5.35 and 6.7 references)
    # Wiltshire 1 (7 July and 9 September 2021 dates; "increased over the last 4/5 years" a stretch looking back that frames a
    # change: a period, not a figure; 2022-23 a period)
    ('wiltshire_1', '£1.7M', ('the  £1.7M  recurring', 0), '1700000', '', 'gbp', '', 'recurring investment into the SEND service agreed by Cabinet'),
    ('wiltshire_1', '£1.742M', ('approval for £1.742M', 0), '1742000', '', 'gbp', '', 'funding approved for 2022-23 to increase capacity within SEND and Inclusion Services'),
]
THEMES = {
    'cityoflondon_1': 'sg o sg sg sg o o sg',
    'northumberland_1': 'cic cic cic o cic cic cic cic cic',
    'oldham_1': 'o o o o o o o o o o o o o o o o sg sg sg sg sg sg',
    'oldham_2': 'o o o o o o o o o o o o o o o o o o o sg sg sg',
    'oxfordshire_1': 'o ae o ae ae ae ae',
    'slough_1': 'o o school school school',
    'southwark_1': 'cic o cic cic cic cic cic cic cic o o o',
    'stockport_1': 'o o o o o o o o sg sg o',
    'stockport_2': 'o o o o o o o o o o o cic wf sg',
    'westberks_1': 'o o o o o o o o o wf',
    'wiltshire_1': 'send send send send send send send',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
