"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and a context: a string that holds
the surface once, with the index of that context's occurrence in the file (0 = first); a theme by the index of the passage
(non-empty line, page furniture skipped) in the file. The script only computes offsets and checks that every row slices its
file (layout of pools/r24/r24blindJ/work/annotate.py)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r25l_'
# doc, surface, (context holding the surface once, occurrence of the context), value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Norfolk ("up to 12 weeks" is the limit of a proposed rule on unregulated alternative provision: threshold, not a figure)
    ('norfolk_1', '60', ('over 60 providers', 0), '60', '', 'count', '', 'alternative provision providers in Norfolk'),
    # North Northamptonshire ("3 and 4-year" is an age band; file sizes, dates)
    ('northnorthants_1', '5%', ('approve the 5% retention', 0), '5', '', 'percent', '', 'share of the 3 and 4-year-old early years budget retained for central costs'),
    ('northnorthants_1', '5%', ('approved the 5% retention', 0), '5', '', 'percent', '', 'share of early years funding retained for central costs (approved)'),
    ('northnorthants_1', 'four', ('the four Maintained Nursery', 0), '4', '', 'count', '', 'maintained nursery schools in North Northamptonshire'),
    # North Tyneside (the plan's delivery period is its length: "the next N" of the plan itself; 2024-2025 and 2021-2025 are
    # periods given with their dates; F1/24 ... are minute numbers)
    ('northtyneside_1', '18 months', ('over the next 18 months', 0), '18', '', 'months', '', 'period over which the refreshed Children and Young People Plan priorities will be delivered'),
    # Redcar and Cleveland (agenda and attendance list; "Total Page:16", the file size, "461" (a page number), times and dates
    # are not figures; the proposed block transfer is, like r24blindJ's "1% block transfer")
    ('redcar_1', '0.5%', ('Transfer of 0.5% Schools Block', 0), '0.5', '', 'percent', '', 'share of the Schools Block proposed for transfer to the High Needs Block 2020-21'),
    # Rutland ("item 4, point A), section ii." is a reference; "30 minutes" is the length of a procedure: furniture;
    # Section 106, the 1992 Act and Procedure Rule 217 are names)
    ('rutland_2', '£150k', ('read £150k instead', 0), '150000', '', 'gbp', '', 'amount recorded in the previous minutes (item 4 A ii), as corrected'),
    ('rutland_2', '£150', ('instead of £150.', 0), '150', '', 'gbp', '', 'amount as wrongly recorded in the previous minutes (item 4 A ii)'),
    ('rutland_2', '9', ('contact the 9 members', 0), '9', '', 'count', '', 'Schools Forum members due for renewal of their terms of office'),
    # Slough 1 (early years formula; "5-16" names a task group (ages), "Option 1" is a name; "£0.06p" and the like are pounds
    # written with a trailing "p": the value is in pounds)
    ('slough_1', '£0.06p', 0, '0.06', '', 'gbp', '', 'increase in early years funding rates for 2-year-old and 3- and 4-year-old entitlement (per hour)'),
    ('slough_1', 'four', ('consider four options', 0), '4', '', 'count', '', 'early years funding options considered by the task group'),
    ('slough_1', 'two', ('reduced to two', 0), '2', '', 'count', '', 'early years funding options shortlisted'),
    ('slough_1', 'two', ('The two options', 0), '2', '', 'count', '', 'early years funding options put to the sector'),
    ('slough_1', '60', ('approximately 60 responses', 0), '60', '', 'count', '', 'responses from early years providers to the funding options'),
    ('slough_1', '£0.72p', 0, '0.72', '', 'gbp', '', 'early years deprivation funding rate (per hour)'),
    ('slough_1', '£0.53p', 0, '0.53', '', 'gbp', '', 'Early Years Pupil Premium rate (per hour)'),
    ('slough_1', '£50,000', 0, '50000', '', 'gbp', '', 'SEN inclusion grant (previous)'),
    ('slough_1', '£40,000', 0, '40000', '', 'gbp', '', 'SEN inclusion grant (reduced)'),
    # Slough 2 (school balances get no id; "of the top five" is a ranking band, "only one" has no unit, "more than 5%" is the
    # criterion's threshold)
    ('slough_2', '£3.6M', 0, '3600000', '', 'gbp', '', 'overall surplus (unspent balances) of Slough maintained schools 2016/17'),
    # Slough 3 ("Item 513/524/525/530" are references)
    ('slough_3', '£500,000', 0, '500000', '', 'gbp', '', 'Council contribution to the schools PFI affordability gap'),
    ('slough_3', '£500k', 0, '500000', '', 'gbp', '', 'PFI affordability gap cost the Council will pick up in 2017-18'),
    # Southend 1 (growth fund rates)
    ('southend_1', '£1,866', 0, '1866', '', 'gbp', '', 'growth funding per primary place from September 2019'),
    ('southend_1', '£2,213', 0, '2213', '', 'gbp', '', 'growth funding per secondary place from September 2019'),
    ('southend_1', '30', ('class size of 30 places', 0), '30', '', 'count', '', 'places in a class on which growth funding is based'),
    ('southend_1', '£55,979', 0, '55979', '', 'gbp', '', 'growth funding for a full year per primary class'),
    ('southend_1', '£66,397', 0, '66397', '', 'gbp', '', 'growth funding for a full year per secondary class'),
    # Southend 2 (Education Board membership; "Item 5", "Appendix 1/2" are names)
    ('southend_2', '3', ('Primary Schools – 3 places', 0), '3', '', 'count', '', 'maintained primary school places on the Education Board (revised)'),
    ('southend_2', '4', ('3 places (previously 4)', 0), '4', '', 'count', '', 'maintained primary school places on the Education Board (previously)'),
    ('southend_2', '6', ('Secondary – 6 places', 0), '6', '', 'count', '', 'academy secondary places on the Education Board'),
    ('southend_2', '5', ('Primary – 5 places', 0), '5', '', 'count', '', 'academy primary places on the Education Board (revised)'),
    ('southend_2', '4', ('5 places (previously 4)', 0), '4', '', 'count', '', 'academy primary places on the Education Board (previously)'),
    # Southend 3 (high needs allocation)
    ('southend_3', '6%', ('a 6% reduction in funding', 0), '6', '', 'percent', '', 'real-terms reduction in high needs funding'),
    ('southend_3', '£80,000', 0, '80000', '', 'gbp', '', 'flexible place funding allocation for special schools 2018/19'),
    # Swindon ("point 3.6" is a reference)
    ('swindon_1', 'three', ('reduces to three', 0), '3', '', 'count', '', 'primary maintained school members of the Schools Forum'),
    ('swindon_1', 'eight', ('increase to eight representatives', 0), '8', '', 'count', '', 'academy mainstream representatives on the Schools Forum'),
    # Torbay (the whole-DSG negative reserve and the high needs budget pressure take high_needs_deficit, as the r24 gold does)
    ('torbay_1', '£365k', 0, '365000', '', 'gbp', '', 'funds vired with the Forum\'s agreement'),
    ('torbay_1', '£614k', 0, '614000', '', 'gbp', 'high_needs_deficit', 'negative reserve in the DSG'),
    ('torbay_1', '£3m', 0, '3000000', '', 'gbp', 'high_needs_deficit', 'potential final (higher needs) budget pressure'),
    ('torbay_1', 'three', ('based on three principles', 0), '3', '', 'count', '', 'principles the high needs recovery proposals are based on'),
    ('torbay_1', '£20k', 0, '20000', '', 'gbp', '', 'additional annual investment in SENDIAS'),
    # Waltham Forest (membership list: counts of seats are figures, as Southend's places; "at least 40% (10)" is the quorum
    # rule: threshold; "1st Floor", times, the postcode, "16-19 Providers" (ages) and the page furniture are not figures)
    ('walthamforest_1', '25', ('Total Membership 25', 0), '25', '', 'count', '', 'total membership of the Schools Forum'),
    ('walthamforest_1', '4', ('Headteacher Representatives (4)', 0), '4', '', 'count', '', 'maintained primary headteacher representatives'),
    ('walthamforest_1', '4', ('Free Schools Representatives (4)', 0), '4', '', 'count', '', 'primary academy and free school representatives'),
    ('walthamforest_1', '3', ('Primary Governor Representatives (3)', 0), '3', '', 'count', '', 'maintained primary governor representatives'),
    ('walthamforest_1', '1', ('Nursery School Representative (1)', 0), '1', '', 'count', '', 'nursery school representatives'),
    ('walthamforest_1', '3', ('Secondary Headteacher Representatives (3)', 0), '3', '', 'count', '', 'maintained secondary headteacher representatives'),
    ('walthamforest_1', '3', ('Secondary Free Schools Representatives (3)', 0), '3', '', 'count', '', 'secondary academy and free school representatives'),
    ('walthamforest_1', '1', ('Secondary Governor Representative (1)', 0), '1', '', 'count', '', 'maintained secondary governor representatives'),
    ('walthamforest_1', '1', ('Special Academies Representative (1)', 0), '1', '', 'count', '', 'special school and special academy representatives'),
    ('walthamforest_1', '1', ('PRU(1)', 0), '1', '', 'count', '', 'pupil referral unit representatives'),
    ('walthamforest_1', '4', ('Non School Members (4)', 0), '4', '', 'count', '', 'non-school members of the Schools Forum'),
    ('walthamforest_1', '25', ('Total Membership 25', 1), '25', '', 'count', '', 'total membership of the Schools Forum'),
    # West Berkshire 1 (DSG monitoring: early years overspends are budget variances, the high needs and whole-DSG deficits
    # take high_needs_deficit; "page 161", "section 9.1", "10.2", "Quarter Two" are references and names)
    ('westberks_1', '£795k', 0, '795000', '', 'gbp', 'budget_variance', 'forecast Early Years Block overspend, quarter two 2020/21'),
    ('westberks_1', '£1.477m', 0, '1477000', '', 'gbp', 'budget_variance', 'earlier forecast Early Years Block overspend'),
    ('westberks_1', '£1.2m', 0, '1200000', '', 'gbp', 'high_needs_deficit', 'High Needs Block deficit deficiency target'),
    ('westberks_1', '£180k', 0, '180000', '', 'gbp', 'high_needs_deficit', 'in-year High Needs Block overspend'),
    ('westberks_1', '£3.9m', 0, '3900000', '', 'gbp', 'high_needs_deficit', 'total forecast deficit on the DSG'),
    # West Berkshire 2 (schools in deficit: school balances get no id; "Table 4.3", "Agenda Item 11" are references)
    ('westberks_2', 'ten', ('that ten schools', 0), '10', '', 'count', '', 'schools granted licensed deficits 2025/26'),
    ('westberks_2', 'three', ('with three additional', 0), '3', '', 'count', '', 'additional licensed deficit submissions pending review'),
    ('westberks_2', 'ten', ('across the ten licensed', 0), '10', '', 'count', '', 'schools with licensed deficits'),
    ('westberks_2', '£945,900', 0, '945900', '', 'gbp', '', 'total deficit across the schools with licensed deficits'),
    # West Berkshire 3 (final formula 2019/20; "page 37/39/30", "Option 1/2" are names; the truncated "three h" at the end of
    # the excerpt has lost its noun and is left out)
    ('westberks_3', 'six', ('Only six of the 81', 0), '6', '', 'count', '', 'schools that responded to the funding formula consultation'),
    ('westberks_3', '81', ('six of the 81 schools', 0), '81', '', 'count', '', 'schools in West Berkshire'),
    ('westberks_3', 'three', ('to the three recommendations', 0), '3', '', 'count', '', 'recommendations in the funding formula report'),
    ('westberks_3', '0.5%', ('recommended transferring 0.5%', 0), '0.5', '', 'percent', '', 'recommended transfer from the Schools Block to the High Needs Block'),
    ('westberks_3', '-0.5%', ('a -0.5% MFG', 0), '-0.5', '', 'percent', '', 'minimum funding guarantee in Option 1'),
    ('westberks_3', '3%', ('MFG and 3% cap', 0), '3', '', 'percent', '', 'cap on gains in Option 1'),
    ('westberks_3', '0%', ('a 0% MFG', 0), '0', '', 'percent', '', 'minimum funding guarantee in Option 2'),
    ('westberks_3', '2%', ('MFG and 2% cap', 0), '2', '', 'percent', '', 'cap on gains in Option 2'),
    ('westberks_3', 'six', ('the six consultation responses', 0), '6', '', 'count', '', 'consultation responses considered by the Heads\' Funding Group'),
    ('westberks_3', '0.5%', ('the transfer of 0.5%', 0), '0.5', '', 'percent', '', 'transfer from the Schools Block to the High Needs Block'),
    # West Berkshire 4 (formula 2024/25 consultation; "Question 1/2", "section five", "Agenda Item 6" are names)
    ('westberks_4', '17', ('responded to the consultation, 17', 0), '17', '', 'count', '', 'schools supporting the minimum sparsity factor'),
    ('westberks_4', 'seven', ('and seven had supported', 0), '7', '', 'count', '', 'schools supporting the full sparsity factor'),
    ('westberks_4', '24', ('only been 24 responses', 0), '24', '', 'count', '', 'responses to the funding formula consultation'),
    ('westberks_4', '70', ('from over 70 schools', 0), '70', '', 'count', '', 'schools consulted on the funding formula'),
    # West Berkshire 5 (formula 2026/27 consultation; "section 2.1", "section eight", "Paragraph 8.4" are references)
    ('westberks_5', '0.5%', ('If a 0.5% transfer', 0), '0.5', '', 'percent', '', 'proposed transfer from the schools block to the high needs block 2026/27'),
    ('westberks_5', '£700k', 0, '700000', '', 'gbp', '', 'value of a 0.5% schools block transfer for 2026/27'),
    ('westberks_5', '0.5%', ('An up to 0.5% transfer', 0), '0.5', '', 'percent', '', 'maximum transfer from the Schools Block to other funding blocks (consultation)'),
    # Wiltshire (a DSG underspend takes budget_variance, as r24blindJ does)
    ('wiltshire_1', '£2.022 million', 0, '2022000', '', 'gbp', 'budget_variance', 'estimated underspend against the DSG 2010/11'),
    # Wokingham ("resolution number 2", "page 11", "page 9", "9th bullet point" are references and ordinals)
    ('wokingham_1', '£1.2m', 0, '1200000', '', 'gbp', '', 'cut to the age weighted pupil unit (AWPU) in a 2016/17 budget'),
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'sg': 'safeguarding', 'eh': 'early_help',
     'ed': 'education_standards', 'ae': 'attendance_exclusions', 'school': 'school_places_transport',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send'}
THEMES = {  # one code per passage, in file order
    'norfolk_1': 'o o o o o o o ae ae ae',
    'northnorthants_1': 'o o o o o fin fin o fin fin fin fin fin',
    'northtyneside_1': 'o o o o o o o o o o o o o o o o o o o o o',
    'redcar_1': 'o o o o',
    'rutland_2': 'o o o o o o fin fin o o o o o o o o o o o o',
    'slough_1': 'o fin fin fin fin',
    'slough_2': 'fin fin fin fin o',
    'slough_3': 'o o o wf fin fin send fin',
    'southend_1': 'o o o o o o o fin o fin fin o fin fin',
    'southend_2': 'o o o o o o o fin fin o o o o o o o o o o',
    'southend_3': 'send o send send send send send send send send send',
    'swindon_1': 'o o o o o o o o send o o o o o o o o o',
    'torbay_1': 'o o send send send send send ae ae send',
    'walthamforest_1': 'o o o o',
    'westberks_1': 'fin fin fin send fin o',
    'westberks_2': 'o fin fin fin fin fin',
    'westberks_3': 'o fin o fin fin fin fin fin send',
    'westberks_4': 'o fin fin fin fin fin fin fin fin fin fin',
    'westberks_5': 'o fin fin fin send o fin fin fin fin fin o',
    'wiltshire_1': 'o o o o o o o o o o o o o o o o o o o fin fin fin fin fin fin fin',
    'wokingham_1': 'o o o o o o o o o o o o o o o fin o o',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T)
