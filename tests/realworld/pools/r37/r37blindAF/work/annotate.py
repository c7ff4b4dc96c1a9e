"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r36/r36blindAD/work/annotate.py and earlier)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r37af_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Central Beds 1 (SACRE): "8 November 2016" a date, "(attached pages 5 - 8)" page numbers, "Minute 16/2", "16/3",
    # "16/5", "16/6" minute references, "Point 1/2/3" names, "2016" a year, "1." a list number, "PDF 69 KB" furniture.
    # "over 2 years" is the span the review's cost runs over (the span a sum is spent over: a figure, judgement call)
    ('centralbeds_1', '2 years', ('over 2 years', 0), '2', '', 'years', '', 'span over which the cost of the current Agreed Syllabus review runs'),
    ('centralbeds_1', '23', ('been 23 school', 0), '23', '', 'count', '', 'school inspections in Central Bedfordshire during the previous academic year'),
    # Central Beds 2 (Admissions Forum): no figure. "23 June 2010", "July 2009", "September 2009" dates, "CBAF/10/10" a
    # reference, "2009-2010" a period, "five miles" / "ten miles" / "five mile distance limit" the protocol's distance
    # rule (thresholds, like r36blindAD's "2 miles"), "12." / "13." item numbers, "PDF 368 KB" furniture.
    # Leeds 1: no figure ("Minute No. 37/28" references, "Section 81 (3)", "paragraphs 8 to 12", "agenda item 7",
    # "session 2" names, "8th September 2011" a date, item numbers 32.-37., PDF sizes, phone number furniture).
    # Leeds 2: no figure ("23/07/2021", "April 2020 to March 2021", "2020 – 2021", "2021-22" dates and periods).
    # North Yorkshire 1: no figure ("a one-year follow-up period" bounds the reoffending measure's definition: threshold).
    # Slough 1: no figure ("2018-2023" the syllabus's period in its name, "age 14" an age, "KS3" a name).
    # Southampton 1: no figure ("23/11/2023" a date, "Item 21" / "21" names, "PDF 315 KB" furniture).
    # Stockport 1: no figure ("21 January 2020" dates, "Agenda Item 7" a name, "0161 218 1785" a phone number).
    # Stockport 2 and 3: no figure (2012/13, 2013, 2010/11 periods and years, "5 July 2011" a date).
    # Wokingham 1 (SACRE): "6th November, 2023 6.15 pm" date and time, "every five years" the interval of a recurring
    # review (name), "2018" a year, "Group D" a name, "1)" / "2)" list numbers. "for the next five years" is how long the
    # new curriculum is designed to serve (the next N as the length of the plan itself: a figure)
    ('wokingham_1', 'five years', ('the next five years', 0), '5', '', 'years', '', 'period the new RE curriculum is designed to be fit for purpose'),
    # Wokingham 2: no figure ("22/05/2018" a date, "Item 86" / "86" names, "2013" a year, "the maximum time between
    # inspections was four years" a rule's bound (threshold), "part 2 session" a name, "PDF 61 KB" furniture).
]
THEMES = {
    'centralbeds_1': 'o o o o ed ed ed ed ed ed ed ed ed o o o o ed ed ed o ed',
    'centralbeds_2': 'o o o o o school o o school school school school school school school',
    'leeds_1': 'o o o o o cic o o o o o o o o o cic cic cic',
    'leeds_2': 'o fa fa fa fa cic o fa fa o',
    'northyorks_1': 'ny o ny o ny ny ny o ny',
    'slough_1': 'ed ed ed ed ed o ed ed',
    'southampton_1': 'o send o send send send o school o school school school send send',
    'stockport_1': 'o o o o o o ae o fin o o fin o fin',
    'stockport_2': 'school school school o school o',
    'stockport_3': 'o o o o o school ae o school',
    'wokingham_1': 'o o o o o ed ed ed ed ed ed ed o ed o',
    'wokingham_2': 'o ed o ed ed ed o ed ed ed ed ed ed ed ed o',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
