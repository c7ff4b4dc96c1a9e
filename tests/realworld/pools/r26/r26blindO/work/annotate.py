"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r25/r25blindL/work/annotate.py)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r26o_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Hillingdon (July 31, 2025 and March 2025 dates; "until they are 18 ... 25", "under 18", "aged 18-25" ages; Act 2017 a name)
    ('hillingdon_1', '£137,000', ('a £137,000 subsidy', 0), '137000', '', 'gbp', '', 'subsidy required by the garden centre retail operation in 2024/25'),
    ('hillingdon_1', '42%', ('a 42% drop', 0), '42', '', 'percent', '', 'drop in garden centre sales income'),
    ('hillingdon_1', 'two', ('summary of two petitions', 0), '2', '', 'count', '', 'petitions received about the garden centre proposals'),
    ('hillingdon_1', '330', ('corporate parent for 330 children', 0), '330', '', 'count', 'children_in_care', 'children under 18 for whom the council was corporate parent (March 2025)'),
    ('hillingdon_1', '602', ('and 602 young people', 0), '602', '', 'count', 'care_leavers', 'care experienced young people aged 18-25 for whom the council was corporate parent'),
    ('hillingdon_1', 'seven', ('the seven corporate parenting principles', 0), '7', '', 'count', '', 'corporate parenting principles in the Children and Social Work Act 2017'),
    # Leeds (2024-2027 names the plan's period; March 2025 a date; Outcome 22 a name)
    ('leeds_1', '1%', ('less than 1% re-offending', 0), '1', '', 'percent', '', 're-offending rate among children worked with by the Turnaround team (less than)'),
    # Nottinghamshire (Covid 19 a name; YouTube links)
    ('nottinghamshire_1', '£15bn', ('estimate that £15bn is needed', 0), '15000000000', '', 'gbp', '', 'national funding estimated to be needed for children to catch up with learning after Covid'),
    ('nottinghamshire_1', '£1.4 bn', ('current allocation of £1.4 bn', 0), '1400000000', '', 'gbp', '', 'current national allocation for education recovery'),
    ('nottinghamshire_1', '£50', ('amounts to £50 per pupil', 0), '50', '', 'gbp', '', 'education recovery funding per pupil per year in England'),
    ('nottinghamshire_1', '£1,600', ('£1,600 per pupil in the USA', 0), '1600', '', 'gbp', '', 'education recovery funding per pupil in the USA'),
    ('nottinghamshire_1', '£2,500', ('£2,500 in the Netherlands', 0), '2500', '', 'gbp', '', 'education recovery funding per pupil in the Netherlands'),
    # Slough 1 (ranks 33, 40th, 30th, 32nd, 110th out of 152, 76th are ordinals; the changes of rank in places are counted as
    # figures; 2018/19, September 2019, 2018 dates; Key Stage names)
    ('slough_1', '92%', ('Slough was 92%', 0), '92', '', 'percent', 'ofsted_good_or_better', 'schools in Slough rated good or outstanding'),
    ('slough_1', '86%', ('national average of 86%', 0), '86', '', 'percent', 'ofsted_good_or_better', 'national average of schools rated good or outstanding'),
    ('slough_1', '7', ('an increase of 7 places', 0), '7', '', 'count', '', 'rise in the LA ranking for EYFS good level of development since 2018 (places)'),
    ('slough_1', '2', ('had increased 2 places', 0), '2', '', 'count', '', 'rise in the LA ranking for KS2 expected standard in reading, writing and maths since 2018 (places)'),
    ('slough_1', '34', ('a decline of 34 places', 0), '34', '', 'count', '', 'fall in the LA ranking for A-Level average point score since 2018 (places)'),
    # Slough 2 (2014, 2016, 2017, 2016 – 17 dates; Progress 8, Attainment 8, Key Stage names)
    ('slough_2', '75%', ('(75% of all primary', 0), '75', '', 'percent', '', 'share of Slough schools that are academies or free schools'),
    ('slough_2', '87%', ('and 87% of local schools', 0), '87', '', 'percent', 'ofsted_good_or_better', 'local schools rated good or outstanding'),
    ('slough_2', '2%', ('(2% below the national', 0), '2', '', 'percent', '', 'margin below the national average of schools rated good or outstanding'),
    ('slough_2', '13.2%', ('a 13.2% rise', 0), '13.2', '', 'percent', '', 'rise in pupils attaining a good level of development in EYFS since 2014'),
    # Slough 4 (2nd December 2016, June 2018 dates; "twice within 2 years" a threshold)
    ('slough_4', '4', ('with 4 monitoring visits', 0), '4', '', 'count', '', 'Ofsted monitoring visits before the full inspection'),
    ('slough_4', '4 week', ('a full 4 week inspection', 0), '4', '', 'weeks', '', 'length of the full Ofsted inspection'),
    ('slough_4', '100', ('Around 100 children', 0), '100', '', 'count', '', 'children taken off child protection plans before the Trust was established'),
    ('slough_4', '180 – 200', ('at around 180 – 200', 0), '180', '200', 'count', 'children_in_care', 'looked after children'),
    # Slough 5 (23rd November, 2011 dates; "within the recommended 35 days" a threshold; list numbers)
    ('slough_5', '60%', ('only 60% of core assessments', 0), '60', '', 'percent', 'assessment_timeliness', 'core assessments completed within 35 days in 2011'),
    ('slough_5', '80%', ('with the 80% target', 0), '80', '', 'percent', 'assessment_timeliness', 'target for core assessments completed within 35 days'),
    # Stockport (dates, file size, list numbers)
    ('stockport_1', '70', ('attended by 70 young people', 0), '70', '', 'count', '', 'young people attending the Young Reps Event'),
    # Sutton (2024/27 and 2022-2027 name the strategy's and plan's periods; SEN2 a name; dates)
    ('sutton_1', 'five', ('The five key priorities', 0), '5', '', 'count', '', 'key priorities of the SEND and Alternative Provision Strategy'),
    # Wiltshire 1
    ('wiltshire_1', '110', ('over 110 people', 0), '110', '', 'count', '', 'people the SEND peer review team heard from'),
    ('wiltshire_1', 'three', ('each of the three elements', 0), '3', '', 'count', '', 'elements of SEND (education, health, care) that must show impact'),
    # Wokingham 1 (Agenda pages 41-52 a reference; "over the last 12 months" a period; 2018, December 2019 dates; "within the
    # required 20 weeks" a threshold; "nil children" an aim without a number; Act 2014 a name)
    ('wokingham_1', '50%', ('less than 50% capacity', 0), '50', '', 'percent', '', 'capacity at which the EHCP service was operating since 2018 (less than)'),
    ('wokingham_1', 'two', ('that two Task and Finish', 0), '2', '', 'count', '', 'task and finish groups set up on EHCP timeliness and quality'),
    # Wokingham 4 (agenda pages 19-28 a reference; "within 20 miles" in the indicator's name)
    ('wokingham_4', 'five or six', ('that five or six new', 0), '5', '6', 'count', 'foster_carers', 'new foster carers recently recruited through the Home for Good initiative'),
    # Slough 6 (School Places Strategy 2018-23 and "five year plan" are names; 2014 a date)
    ('slough_6', 'six', ('at least six facilities', 0), '6', '', 'count', '', 'facilities of Haybrook College in different buildings (at least)'),
    ('slough_6', 'thirty', ('an additional thirty pupils', 0), '30', '', 'count', '', 'additional Slough pupils accepted by Langley Grammar school'),
    # Slough 7 (2017 – 2020, 2016 – 17, 2019 – 2020 periods and dates; year 6 and SASH2 names)
    ('slough_7', '2', ('that 2 contingency classes', 0), '2', '', 'count', '', 'contingency reception classes always required'),
    ('slough_7', '6', ('leaving 6 in 2019', 0), '6', '', 'count', '', 'surplus reception classes in 2019-2020'),
    ('slough_7', '17', ('there would be 17 extra classes', 0), '17', '', 'count', '', 'extra classes needed for year 6 in 2019-2020'),
    ('slough_7', '30', ('from 30 to 32', 0), '30', '', 'count', '', 'class size before a temporary increase'),
    ('slough_7', '32', ('from 30 to 32', 0), '32', '', 'count', '', 'class size after a temporary increase'),
    ('slough_7', '4.5', ('the 4.5 classes', 0), '4.5', '', 'count', '', 'secondary classes categorised as expansion of Slough schools'),
    # Slough 8 (2018-2023, 2018/2023 name the strategy; 2001/02 and 2010/11 frame the change; 2017, 2021, 2022 dates; section 106 a name;
    # "over the next five years" is the span of the strategy itself)
    ('slough_8', 'five years', ('over the next five years', 0), '5', '', 'years', '', 'period covered by the School Places Strategy'),
    ('slough_8', '48%', ('rose by 48%', 0), '48', '', 'percent', '', 'rise in the number of births in Slough between 2001/02 and 2010/11'),
    ('slough_8', '22', ('provide for 22 new forms', 0), '22', '', 'count', '', 'new secondary forms of entry from new free schools'),
    ('slough_8', '£51m', ('that £51m was required', 0), '51000000', '', 'gbp', '', 'capital required to build the school places needed to 2023'),
    ('slough_8', '£21m', ('£21m of income', 0), '21000000', '', 'gbp', '', 'income confirmed from section 106 contributions or Basic Need Grant'),
    ('slough_8', '2', ('and 2 new annual allocations', 0), '2', '', 'count', '', 'new annual Basic Need allocations expected in 2021 and 2022'),
    # Slough 9 (2000, 2010, 2015 – 16, 2021 – 22, March 2017, September 2017 dates; the first "next 5 years" is the span of the plan,
    # the second the span the £60 million is spent over)
    ('slough_9', '5 years', ('position for the next 5 years', 0), '5', '', 'years', '', 'period covered by the school places plan'),
    ('slough_9', '50%', ('(over 50% by 2010)', 0), '50', '', 'percent', '', 'rise in birth rates from 2000 to 2010 (over)'),
    ('slough_9', '1', ('(on average) 1 additional class', 0), '1', '', 'count', '', 'additional primary classes accommodated each year on average'),
    ('slough_9', '£60 million', ('In total, £60 million', 0), '60000000', '', 'gbp', '', 'funding that may be required for school place projects'),
    ('slough_9', '5 years', ('projects over the next 5 years', 0), '5', '', 'years', '', 'period over which the school place projects would be funded'),
    # Wokingham 5 (September 2023, Autumn 2023, 2026/27, 2026 dates; post-16 an age)
    ('wokingham_5', '150', ('a total of 150 places', 0), '150', '', 'count', '', 'places at Oak Tree Special School'),
    ('wokingham_5', '75', ('of which 75 will be', 0), '75', '', 'count', '', 'Oak Tree Special School places for Wokingham children'),
    ('wokingham_5', '40', ('with 40 additional places', 0), '40', '', 'count', '', 'additional places from the expansion of Addington Special School'),
    ('wokingham_5', 'Two', ('Two new special schools', 0), '2', '', 'count', '', 'new special schools with DfE funding secured'),
    ('wokingham_5', '200', ('at least 200 new places', 0), '200', '', 'count', '', 'new special school places by 2026/27 (at least)'),
    ('wokingham_5', '£6.3m', ('an additional £6.3m high needs', 0), '6300000', '', 'gbp', '', 'high needs capital funding won from the DfE'),
    ('wokingham_5', '100', ('an additional 100 places', 0), '100', '', 'count', '', 'additional places in mainstream SEND units by 2026 (around)'),
    ('wokingham_5', 'two', ('in the two SEND', 0), '2', '', 'count', '', 'new SEND schools of interest to ward members'),
]
THEMES = {
    'hillingdon_1': 'o o o o o o o o o o o o cic cic cic cic cic',
    'leeds_1': 'ny ny ny o o o o o o ny o ny ny',
    'nottinghamshire_1': 'o o o o o ed ed ed ed ed o o',
    'slough_1': 'ed ed ed ed ed ed ed ed ed ed ed ed',
    'slough_2': 'ed ed ed ed',
    'slough_4': 'o sg sg o sg sg sg cic o',
    'slough_5': 'sg sg o sg wf sg sg sg o o o',
    'stockport_1': 'o o o o o o o o o o o ny ny ny ny ny',
    'sutton_1': 'o o o o o o send send send send send send',
    'wiltshire_1': 'send send send o send o send send send o send send send send send send send o',
    'wokingham_1': 'o o o send send send send',
    'wokingham_4': 'o o o o o cic fa fa fa',
    'slough_6': 'school school school send school school',
    'slough_7': 'school school school school school',
    'slough_8': 'school school school school send school o o',
    'slough_9': 'school school school school school o school',
    'wokingham_5': 'o o send o send o send send send send send send send send o send',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
