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
D = 'r30u_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Hampshire 1 ("0-25" the reforms' name; "year 9" a name; "19 years to 25 years" ages; Item 8 a reference; 2014, 2015 years;
    # 31 August 2018 a date). The 66% is a change of a count (no id); 5,277 statements transferred to EHCPs are plans newly
    # issued by transfer: ehcp_count (its definition: "maintained or newly issued"), judgement call
    ('hampshire_1', '66%', ('a 66% increase', 0), '66', '', 'percent', '', 'increase in the number of Education, Health and Care Plans (EHCPs) since 2015'),
    ('hampshire_1', '8,300', ('totalling 8,300', 0), '8300', '', 'count', 'ehcp_count', 'Education, Health and Care Plans (EHCPs) in total'),
    ('hampshire_1', '100%', ('a 100% completion', 0), '100', '', 'percent', '', 'completion of statutory transfers of SEN statements to EHCPs by 31 August 2018'),
    ('hampshire_1', '5,277', ('transfers of 5,277', 0), '5277', '', 'count', 'ehcp_count', 'SEN statements transferred to EHCPs by 31 August 2018'),
    # Hampshire 2 (Item 6, 7, 8 references; "25 years of age" an age; "every two years" the interval of a recurring survey: name)
    ('hampshire_2', '50%', ('that 50% of private', 0), '50', '', 'percent', '', 'private providers (of children\u2019s care) controlled by three hedge funds'),
    ('hampshire_2', 'three', ('by three Hedge', 0), '3', '', 'count', '', 'hedge funds controlling half of the private providers'),
    ('hampshire_2', 'seven', ('the seven principles', 0), '7', '', 'count', '', 'principles of Corporate Parenting'),
    # Hillingdon 1: no figure ("for the next 7 years" frames the demand a steady primary population puts on secondary places: period)
    # Leeds 1 ("one school" counts schools; the text is cut at "tw")
    ('leeds_1', 'one', ('that one school', 0), '1', '', 'count', '', 'schools that had already agreed to reduce their Published Admission Number (PAN)'),
    # Medway 1 (2013/14, 2013/2014 periods; "July 2015/2016" a date; the programme's length is a figure)
    ('medway_1', 'six', ('the six significant', 0), '6', '', 'count', '', 'significant recommendations relating to data protection compliance (foster care DBS and DPA audit)'),
    ('medway_1', 'three-year', ('three-year programme', 0), '3', '', 'years', '', 'length of the programme of reviewing financial management in Medway schools'),
    # Oldham 1: no figure (dates, 23/24 a period, "since 2020", "a fourth threshold" and "a second LADO" ordinals)
    # Oxfordshire 2 (10.10 a time; ESC6 a reference; 2018/19 a period; September 2017 a date; "three and four" ages; a delay
    # of one year is how long something is put off: a figure)
    ('oxfordshire_2', '50%', ('over 50% of pupils', 0), '50', '', 'percent', '', 'pupils in Oxfordshire attending academies (over)'),
    ('oxfordshire_2', 'one year', ('delayed by one year', 0), '1', '', 'years', '', 'delay to the national funding formula for schools and the reformed DSG blocks'),
    # Oxfordshire 3 (9 September 2020 a date; "point 17." a reference; "one-off increases" names a kind of increase, no number)
    ('oxfordshire_3', 'one-year', ('one-year top-up', 0), '1', '', 'years', '', 'length of the SEND (high needs) top-up funding increase'),
    # Rutland 1 (Report No. 27/2017 a reference; 2016/17 a period; 13 February 2017 a date; i.-vi., a) list numbers; "Both
    # schools" is no numeral and is not annotated)
    ('rutland_1', '31', ('remaining 31 foster', 0), '31', '', 'count', '', 'foster carers\u2019 cases reviewed by the Head of Service (outside those tested by audit)'),
    ('rutland_1', '6', ('the 6 recommendations', 0), '6', '', 'count', '', 'recommendations of the fostering internal audit'),
    # Southampton 1 (September 2023 to September 2025 and 12th July 2023 dates; 2024/25 a period; the 4% is a rate the Forum
    # may choose under the PFI funding: a figure, as the gold README's funding-rule rates)
    ('southampton_1', '4%', ('\u00b7 4%', 0), '4', '', 'percent', '', 'PFI factor by which the sinking fund could be increased (one of the options)'),
    # Southwark 1: no figure ("key stages 1 and 2" names; Appendix 1 a reference; 1., 2. list numbers; "over a five year
    # period" frames the comparative data asked for: period)
    # Stockport 1 (dates, 6.00 pm a time, phone number, file size, list and item numbers, 2020/2021 and 2021/22 periods)
    ('stockport_1', 'two', ('the two Scrutiny', 0), '2', '', 'count', '', 'Scrutiny Reviews held by the Committee in 2020/2021'),
    # Swindon 1: no figure (14 May 2021 a date; "the first quarter" a period / ordinal; July 2016 a date)
    # Torbay 1: no figure (2018-2019 periods, dates, Section 52 a reference)
    # Wokingham 1 (the question is printed twice; the second copy is cut at "I was the"; "eleven" is the daughter's age;
    # 14 March a date; the waits are how long something takes: figures)
    ('wokingham_1', 'eighteen months', ('up to eighteen months', 0), '18', '', 'months', '', 'waiting list for CAMHS (could be up to, as the GP said)'),
    ('wokingham_1', 'six', ('for six sessions', 0), '6', '', 'count', '', 'ARC counselling sessions offered instead'),
    ('wokingham_1', 'two', ('on two occasions', 0), '2', '', 'count', '', 'occasions on which the CAMHS team gave the waiting list at the workshop'),
    ('wokingham_1', 'one year', ('is around one year', 0), '1', '', 'years', '', 'waiting list for CAMHS (around, as the CAMHS team presented)'),
    ('wokingham_1', 'six weeks', ('only six weeks', 0), '6', '', 'weeks', '', 'waiting list for CAMHS (as stated at the last Health and Wellbeing Board)'),
    ('wokingham_1', '£350', ('Clinic £350', 0), '350', '', 'gbp', '', 'cost of each psychiatrist appointment at Cardinal Clinic'),
    ('wokingham_1', '£100', ('then £100', 0), '100', '', 'gbp', '', 'cost of each psychologist appointment'),
    ('wokingham_1', 'eighteen months', ('up to eighteen months', 1), '18', '', 'months', '', 'waiting list for CAMHS (could be up to, as the GP said)'),
    ('wokingham_1', 'six', ('for six sessions', 1), '6', '', 'count', '', 'ARC counselling sessions offered instead'),
    ('wokingham_1', 'two', ('on two occasions', 1), '2', '', 'count', '', 'occasions on which the CAMHS team gave the waiting list at the workshop'),
    ('wokingham_1', 'one year', ('is around one year', 1), '1', '', 'years', '', 'waiting list for CAMHS (around, as the CAMHS team presented)'),
    # Wokingham 2: no figure ("15 mins" the length of an agenda item: furniture; Tier 2 / Tier 3 names; "over the last 6
    # months" frames a change: period; July 2016, October 2015 dates; 2016-17 a period)
]
THEMES = {
    'hampshire_1': 'send send send send send send send',
    'hampshire_2': 'cic cic o cic cic cic cic',
    'hillingdon_1': 'school school school school school school',
    'leeds_1': 'school school school o o o o o o o school school',
    'medway_1': 'o o o o fa fin fin',
    'oldham_1': 'sg sg sg sg sg sg sg sg sg',
    'oxfordshire_2': 'ed o o ed ed ed ed fin',
    'oxfordshire_3': ' '.join(['send'] * 9 + ['o'] * 2 + ['send'] * 25),
    'rutland_1': 'o o o o fin fa fa fa cic wf fa sg',
    'southampton_1': 'o o o o o o o fin send fin fin fin',
    'southwark_1': 'cic cic cic',
    'stockport_1': ' '.join(['o'] * 18),
    'swindon_1': 'o o o o o o o cic o send send wf eh',
    'torbay_1': 'o cic o o o o cic o cic o o o o o cic cic o o o o o',
    'wokingham_1': 'o o hw o hw',
    'wokingham_2': 'hw hw hw o hw hw hw hw hw hw hw hw hw hw',
}

if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES)
