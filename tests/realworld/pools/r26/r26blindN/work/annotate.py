"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once (occurring once in the file), or an occurrence index of the surface (0 = first); a theme by the index of the
passage (non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices
its file (layout of pools/r25/r25blindL/work/annotate.py)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r26n_'
HND, BV = 'high_needs_deficit', 'budget_variance'
# doc, surface, where (context holding the surface once, or occurrence index), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Northumberland 1 (OCN summary; the chat prompt's amount is marked, as r22blindB marked the number in its prompt)
    ('northumberland_1', '£19.8 million', 'reach £19.8 million', '19800000', '', 'gbp', HND, 'SEND (high needs) deficit the summary asks about'),
    ('northumberland_1', '£8.052 million', 0, '8052000', '', 'gbp', HND, 'overall DSG overspend outturn 2024-25'),
    ('northumberland_1', '£9.187 million', 0, '9187000', '', 'gbp', HND, 'overspend in the high needs block 2024-25'),
    ('northumberland_1', '£0.162 million', 0, '162000', '', 'gbp', BV, 'underspend of the Education Other Than at School service'),
    ('northumberland_1', '£0.321 million', 0, '321000', '', 'gbp', BV, 'underspend across the needs teams and central services'),
    # Northumberland 2 (17 December 2025 is a date; 2026/27 periods)
    ('northumberland_2', '£374,951,618', 0, '374951618', '', 'gbp', '', 'total DSG allocation for Northumberland 2026/27'),
    ('northumberland_2', '£26,531,412', 0, '26531412', '', 'gbp', '', 'increase in the DSG allocation from the previous year'),
    ('northumberland_2', '0.97%', 0, '0.97', '', 'percent', '', 'like-for-like increase in the Schools Block DSG'),
    ('northumberland_2', '529', 0, '529', '', 'count', '', 'fall in pupil numbers between October 2024 and October 2025'),
    ('northumberland_2', '£3 million', 0, '3000000', '', 'gbp', '', 'funding impact of the fall in pupil numbers'),
    ('northumberland_2', 'four', 'divided into four blocks', '4', '', 'count', '', 'blocks the DSG is divided into'),
    # North Yorkshire (agenda and membership list: telephone, page ranges, item numbers, dates and term expiries are not figures;
    # the seats in brackets after a group's name are counts, as tests/gold/README.md says)
    ('northyorkshire_1', '27', 'School Members (27)', '27', '', 'count', '', 'school members of the Schools Forum'),
    ('northyorkshire_1', '8', 'Primary Head Teachers (8)', '8', '', 'count', '', 'primary head teacher seats on the Schools Forum'),
    ('northyorkshire_1', '6', 'Secondary Head Teachers (6)', '6', '', 'count', '', 'secondary head teacher seats on the Schools Forum'),
    ('northyorkshire_1', '1', 'Governor (1)', '1', '', 'count', '', 'nursery head teacher / governor seats on the Schools Forum'),
    # Peterborough (decision summary; "Option 2" a name, 4.3 a paragraph reference, 1) ... 5) list numbers)
    ('peterborough_1', '40', ('accommodate 40 more pupils', 0), '40', '', 'count', '', 'additional pupil places at the SEMH special school (purpose)'),
    ('peterborough_1', '40', ('accommodate 40 more pupils', 1), '40', '', 'count', '', 'additional pupil places at the SEMH special school (decision)'),
    # Slough ("one hour", the length of each task group meeting, is not marked: no documented unit, and a meeting's length is
    # furniture by round 24's reading; 2012 is a year, 19th December a date)
    ('slough_1', 'three', 0, '3', '', 'count', '', 'PFI schools whose headteachers commented on the report'),
    ('slough_1', 'three', 1, '3', '', 'count', '', 'PFI schools in the task and finish group'),
    ('slough_1', 'three', 2, '3', '', 'count', '', 'PFI schools joining the task and finish group'),
    ('slough_1', 'three', 3, '3', '', 'count', '', 'task and finish group meetings needed before the end of February 2015'),
    ('slough_1', 'three', 4, '3', '', 'count', '', 'PFI schools in the separate discussion on operating costs'),
    ('slough_1', '£500,000', 0, '500000', '', 'gbp', '', 'annual element of the Council contribution to the PFI affordability gap'),
    ('slough_1', '£180k', 0, '180000', '', 'gbp', '', 'annual increase in PFI operating costs after the 2012 benchmarking'),
    # Southend 2 (Post-16 is an age; "one-off" is not a number)
    ('southend_2', '4%', 0, '4', '', 'percent', '', 'real-terms reduction in funding faced by special schools'),
    # Southend 3 (the parts of the partition are figures: r25gold)
    ('southend_3', '2', 'for the 2 maintained', '2', '', 'count', '', 'maintained primary vacancies with no nominations'),
    ('southend_3', 'one', '(one school', '1', '', 'count', '', 'maintained primary school representative vacancies'),
    ('southend_3', 'one', 'and one governor', '1', '', 'count', '', 'maintained primary governor vacancies'),
    # Southwark ("five clear working days" bounds a procedure rule: threshold; 160 Tooley Street an address; Appendix 1 a reference)
    ('southwark_1', '74', 0, '74', '', 'count', '', 'primary schools in Southwark 2021-2022'),
    ('southwark_1', '97%', 0, '97', '', 'percent', 'ofsted_good_or_better', 'schools rated good or outstanding by Ofsted'),
    ('southwark_1', '924', 0, '924', '', 'count', '', 'surplus reception places'),
    # Swindon (Standing Order 28 a name; "2 year old" an age)
    ('swindon_1', '£522,000', 0, '522000', '', 'gbp', BV, 'DSG surplus allocated to reduce equal pay liabilities'),
    ('swindon_1', '£0.491m', 0, '491000', '', 'gbp', BV, 'projected underspend against the retained DSG budget 2014/15'),
    ('swindon_1', '£0.095m', 0, '95000', '', 'gbp', '', 'additional capital expenditure for 2 year old provision capacity'),
    # Tameside 1
    ('tameside_1', '£0.016m', 0, '16000', '', 'gbp', BV, 'forecast surplus on the Schools Block 2023-24'),
    ('tameside_1', '£0.018m', 0, '18000', '', 'gbp', '', 'unallocated growth funding in the Schools Block'),
    ('tameside_1', '£0.002m', 0, '2000', '', 'gbp', '', 'academy conversion adjustments'),
    ('tameside_1', '£6.178m', 0, '6178000', '', 'gbp', HND, 'forecast in-year deficit on the High Needs Block 2023-24'),
    ('tameside_1', '£5.484m', 0, '5484000', '', 'gbp', HND, 'forecast High Needs Block deficit after the Schools Block transfer'),
    ('tameside_1', '£0.694m', 0, '694000', '', 'gbp', '', 'transfer from the Schools Block to the High Needs Block'),
    ('tameside_1', '£0.737m', 0, '737000', '', 'gbp', BV, 'forecast surplus on the Early Years Block'),
    # Tameside 2 (a corrected minute: each wording holds a figure; values are read as written, the comma as a thousands separator,
    # although the corrections show a decimal mark was meant; Item 60 is a reference)
    ('tameside_2', '£169,918', '2020-21 was £169,918.', '169918', '', 'gbp', '', 'total Schools Block settlement 2020-21 (as wrongly recorded)'),
    ('tameside_2', '£169,918m', 0, '169918000000', '', 'gbp', '', 'total Schools Block settlement 2020-21 (corrected wording)'),
    ('tameside_2', '£24,599m', 0, '24599000000', '', 'gbp', '', 'provisional High Needs Block allocation 2020-21 (as wrongly recorded)'),
    ('tameside_2', '£24.599m', 0, '24599000', '', 'gbp', '', 'provisional High Needs Block allocation 2020-21 (corrected)'),
    # Tameside 3 (Agenda item 5 a reference)
    ('tameside_3', '£0.353m', 0, '353000', '', 'gbp', BV, 'forecast surplus on the Schools Block 2022-23'),
    ('tameside_3', '£0.355m', 0, '355000', '', 'gbp', '', 'unallocated growth funding in the Schools Block'),
    ('tameside_3', '£1k', 0, '1000', '', 'gbp', '', 'minor variation on an academy conversion'),
    ('tameside_3', '£3k', 0, '3000', '', 'gbp', '', 'retrospective business rates charge'),
    # Tameside 4 (Table 2 a reference)
    ('tameside_4', '£3.606m', 0, '3606000', '', 'gbp', '', 'amount in the financial implications statement (as printed)'),
    ('tameside_4', '£3.306m', 0, '3306000', '', 'gbp', '', 'amount in the financial implications statement (corrected)'),
    ('tameside_4', '£0.063m', 0, '63000', '', 'gbp', HND, 'overall DSG deficit outturn 2022-23'),
    ('tameside_4', '£0.353m', 0, '353000', '', 'gbp', BV, 'surplus on the Schools Block 2022-23'),
    ('tameside_4', '£0.355m', 0, '355000', '', 'gbp', '', 'unallocated growth funding in the Schools Block'),
    # West Berkshire (counts that announce a list are figures: round 24; "first part" / "second part" are ordinals)
    ('westberkshire_1', 'two', 'raise two points', '2', '', 'count', '', 'points raised on the Forward Plan'),
    ('westberkshire_1', 'two', 'there were two parts', '2', '', 'count', '', 'parts of the high needs deficit recovery plan'),
    # Wiltshire 1 (ages "3 and 4 year olds", "2 year olds", Post-16; dates)
    ('wiltshire_1', '£1.423 million', 0, '1423000', '', 'gbp', BV, 'projected underspend against the overall schools budget 2013/14'),
    ('wiltshire_1', '£0.296 million', 0, '296000', '', 'gbp', BV, 'projected overspend on the early years funding formula for 3 and 4 year olds'),
    ('wiltshire_1', '£0.169 million', 0, '169000', '', 'gbp', BV, 'planned underspend on the early years funding formula for 2 year olds'),
    ('wiltshire_1', '£1.735 million', 0, '1735000', '', 'gbp', BV, 'projected underspend of the Independent Special School budget'),
    ('wiltshire_1', '£0.116 million', 0, '116000', '', 'gbp', BV, 'projected underspend on post-16 top-up budgets'),
    ('wiltshire_1', '£0.451 million', 0, '451000', '', 'gbp', BV, 'projected overspend on the Named Pupil Allowances budget'),
    # Wiltshire 2 (amounts without a pound sign are money by their sentence; Appendix 1 a reference; "0 download" furniture)
    ('wiltshire_2', '1.604 million', 0, '1604000', '', 'gbp', HND, 'projected overspend against the overall schools budget (DSG) 2014-15'),
    ('wiltshire_2', '0.750m', 0, '750000', '', 'gbp', '', 'improvement on the previous forecast'),
    ('wiltshire_2', '2.265m', 0, '2265000', '', 'gbp', HND, 'projected overspend on top up budgets for high needs pupils'),
    ('wiltshire_2', '0.088 million', 0, '88000', '', 'gbp', BV, 'projected underspend on the free entitlement for 3 and 4 year olds'),
    # Wiltshire 3 (Item 18, paragraph 5: references)
    ('wiltshire_3', '£1.693 million', 0, '1693000', '', 'gbp', HND, 'projected overspend against the overall schools budget (DSG) 2015/16'),
    ('wiltshire_3', '£1.49 million', 0, '1490000', '', 'gbp', '', 'level of DSG reserves'),
    ('wiltshire_3', '£200,000', 0, '200000', '', 'gbp', '', 'first call on the DSG for 2016-17'),
    # Wiltshire 4 (OCN summary)
    ('wiltshire_4', '£12.892 million', 0, '12892000', '', 'gbp', HND, 'forecast overspend against the overall schools budget (DSG) 2025-26'),
    ('wiltshire_4', '£36.513 million', 0, '36513000', '', 'gbp', '', 'transfer from the deficit reserve'),
    ('wiltshire_4', '£19.069m', 0, '19069000', '', 'gbp', HND, 'projected overspend on the high needs budgets'),
    # Wokingham (Key Stage and Years 4 to 6 are names; "Trang 1" page furniture; 2010 and 2020 years)
    ('wokingham_1', 'One', 'One new school', '1', '', 'count', '', 'new schools opened in Shinfield in 2020'),
    ('wokingham_1', 'four', 'the four SDLs', '4', '', 'count', '', 'strategic development locations for housing'),
    ('wokingham_1', '58', 0, '58', '', 'count', '', 'unallocated Reception class places in Earley'),
    ('wokingham_1', '12%', 0, '12', '', 'percent', '', 'share of the area total of Reception places left unallocated'),
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'sg': 'safeguarding', 'eh': 'early_help',
     'ed': 'education_standards', 'ae': 'attendance_exclusions', 'school': 'school_places_transport',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send'}
THEMES = {  # one code per passage, in file order
    'northumberland_1': 'o o o o o o o o o o o fin fin fin send send send',
    'northumberland_2': 'o o o o o o o o o o o fin fin fin fin fin fin fin',
    'northyorkshire_1': 'o o o o send o send o o o o o o',
    'peterborough_1': 'o o o o o o send send o',
    'slough_1': 'fin fin fin fin fin fin fin fin',
    'southend_2': 'o o send o send o send send send send send send send send',
    'southend_3': 'o o o o o o o o o o o o o o o o o o o o o o send o o',
    'southwark_1': 'o o o o o o o o o o o o o o o school o school school school',
    'swindon_1': 'o o o o o o o o o o o o fin o o fin fin fin fin',
    'tameside_1': 'o o o o o o o o o fin o fin fin send fin',
    'tameside_2': 'o o o o o o o fin send o o fin o fin o fin fin fin',
    'tameside_3': 'o o o o o o o o o fin o fin fin fin',
    'tameside_4': 'o o o o o o o o o fin o fin fin fin',
    'westberkshire_1': 'o o send fin o send send send',
    'wiltshire_1': 'o o o o fin fin fin fin fin fin send send send send o o o',
    'wiltshire_2': 'o o o o o o o o fin o fin send send send fin fin',
    'wiltshire_3': 'o o o fin fin fin fin fin fin fin',
    'wiltshire_4': 'o o o o o fin fin fin fin fin send send send',
    'wokingham_1': 'school school o o school school o school school school school school school',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T)
