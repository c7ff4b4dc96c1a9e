"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and which occurrence of that surface
in the file (0 = first) or by a context around it; a theme by the index of the passage (non-empty line, page furniture skipped) in
the file. The script only computes offsets and checks that every row slices its file (r23blindG's work/annotate.py, same layout)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r24i_'
# doc, surface, occurrence (int) or a context holding the surface once, value, value_max, unit, indicator_id, indicator
FIGURES = [
    # West Berkshire 1 (Schools' Forum, DSG monitoring month 6)
    ('westberks_1', 'four', 'each of the four blocks', '4', '', 'count', '', 'blocks of the Dedicated Schools Grant'),
    ('westberks_1', '£247k', 0, '247000', '', 'gbp', 'high_needs_deficit', 'total forecast DSG overspend against expenditure (high needs)'),
    ('westberks_1', '£87k', 0, '87000', '', 'gbp', '', 'under-achievement of high needs funding income (import/export adjustment)'),
    ('westberks_1', 'three', 'the other three blocks', '3', '', 'count', '', 'other DSG blocks with no predicted variance'),
    ('westberks_1', '£547k', 0, '547000', '', 'gbp', '', 'final revised budget of the high needs block (table 6)'),
    ('westberks_1', '£881k', 0, '881000', '', 'gbp', 'high_needs_deficit', 'total forecast overspend against the high needs block'),
    ('westberks_1', '£334k', 0, '334000', '', 'gbp', 'high_needs_deficit', 'net forecast variance on the high needs block'),
    # West Berkshire 2 (Final High Needs Budget)
    ('westberks_2', '£2.17m', 0, '2170000', '', 'gbp', 'high_needs_deficit', 'forecast shortfall in the 2019/20 high needs block'),
    ('westberks_2', '£1.86m', 0, '1860000', '', 'gbp', 'high_needs_deficit', 'forecast high needs shortfall reported to the previous Forum meeting'),
    ('westberks_2', '£24k', 0, '24000', '', 'gbp', '', 'increase in resourced unit place funding'),
    ('westberks_2', '£198,028', 0, '198028', '', 'gbp', '', 'increase in high needs top up costs'),
    ('westberks_2', 'four', 'net increase of four placements', '4', '', 'count', '', 'net increase in high needs placements'),
    ('westberks_2', '£33,295', 0, '33295', '', 'gbp', '', 'increase in other statutory services costs (bespoke EHCP packages)'),
    ('westberks_2', '£56k', 0, '56000', '', 'gbp', '', 'cost of a proposed SEND Strategy Officer funded from the high needs block'),
    # West Berkshire 3 (Final Early Years Budget 2017/18)
    ('westberks_3', '£1', 'current rate of £1.', '1', '', 'gbp', '', 'rate of early years pupil premium and deprivation funding'),
    ('westberks_3', '£615', 0, '615', '', 'gbp', '', 'Disability Access Fund payment per child per year'),
    ('westberks_3', '93%', 0, '93', '', 'percent', '', 'early years funding pass-through rate to providers 2017/18'),
    ('westberks_3', '95%', 0, '95', '', 'percent', '', 'early years funding pass-through rate after 2017/18'),
    ('westberks_3', '15 hours', 0, '15', '', 'count', '', 'additional hours of free childcare for three and four year olds'),
    ('westberks_3', '£4.25', 0, '4.25', '', 'gbp', '', 'proposed early years base rate per hour for three and four year olds'),
    ('westberks_3', '£0.65', 0, '0.65', '', 'gbp', '', 'proposed early years quality supplement per hour'),
    ('westberks_3', '£5.45', 0, '5.45', '', 'gbp', '', 'proposed early years funding rate per hour for two year olds'),
    ('westberks_3', 'three year', 'The three year budget model', '3', '', 'years', '', 'length of the early years budget model'),
    # West Berkshire 4 (Final Early Years Block Budget 2023/24)
    ('westberks_4', 'two', 'two areas needed', '2', '', 'count', '', 'areas considered in preparing the early years budget'),
    ('westberks_4', '£368k', 0, '368000', '', 'gbp', '', 'early years block deficit initially set in the 2023/24 budget'),
    ('westberks_4', '£65k', 0, '65000', '', 'gbp', '', 'expected early years block deficit 2023/24'),
    ('westberks_4', '£303k', 0, '303000', '', 'gbp', '', 'improvement in the early years budget position'),
    ('westberks_4', '98.2 percent', 0, '98.2', '', 'percent', '', 'early years funding pass-through rate 2023/24'),
    # West Berkshire 5 (actions arising: other authorities' high needs)
    ('westberks_5', 'two', 'spoken to two other', '2', '', 'count', '', 'other local authorities spoken to about high needs spending'),
    ('westberks_5', '£2m', 0, '2000000', '', 'gbp', 'high_needs_deficit', 'predicted high needs block overspend at each of two other local authorities'),
    ('westberks_5', '1.5%', 0, '1.5', '', 'percent', '', 'reduction to schools funding made by another authority to fund high needs'),
    ('westberks_5', 'five', 'five had been contacted', '5', '', 'count', '', 'other local authorities contacted about high needs spending'),
    ('westberks_5', 'two', 'and two responded', '2', '', 'count', '', 'other local authorities that responded'),
    ('westberks_5', '59', 0, '59', '', 'count', '', 'schools buying in the CALT service (text cut off)'),
    # Salford 1 (Connexions performance report, 2004)
    ('salford_1', '10.26%', 0, '10.26', '', 'percent', 'neet', 'target share of 16-18 year olds who are NEET by November 2004'),
    ('salford_1', '5%', 'target of 5%', '5', '', 'percent', 'neet', 'target share of 16-18 year olds whose activity is not known'),
    ('salford_1', '0.32%', 0, '0.32', '', 'percent', '', 'margin by which the NEET reduction target was exceeded'),
    ('salford_1', '0.35%', 0, '0.35', '', 'percent', '', 'margin below the Greater Manchester target for activity not known'),
    # Salford 2 (secondary demand update, September 2019 intake)
    ('salford_2', '14', 'across the 14 mainstream', '14', '', 'count', '', 'mainstream high schools in Salford'),
    ('salford_2', '2515', 0, '2515', '', 'count', '', 'Year 7 places available (published admission number) before offer day'),
    ('salford_2', '2185', 0, '2185', '', 'count', '', 'on-time applications for Salford secondary schools from Salford residents'),
    ('salford_2', '108', 0, '108', '', 'count', '', 'extra Year 7 places created in temporary bulge classes'),
    ('salford_2', '4', 'across 4 schools', '4', '', 'count', '', 'schools hosting temporary bulge classes'),
    ('salford_2', '3', 'into 3 main planning areas', '3', '', 'count', '', 'secondary school planning areas'),
    # Salford 3 (record of decision: additional capacity across eight settings)
    ('salford_3', 'eight', 0, '8', '', 'count', '', 'educational settings with additional capacity schemes'),
    ('salford_3', 'eight', 1, '8', '', 'count', '', 'educational settings with additional capacity schemes'),
    ('salford_3', '£7,670.00', 0, '7670', '', 'gbp', '', 'indicative budget costs of the additional capacity schemes'),
    ('salford_3', 'three', 'across three high schools', '3', '', 'count', '', 'high schools providing additional secondary places'),
    ('salford_3', 'two', 'across two secondary', '2', '', 'count', '', 'secondary school planning areas supported'),
    ('salford_3', 'five', 'further five schemes', '5', '', 'count', '', 'schemes creating additional specialist provision'),
    # Salford 4 (Schools Forum, 21 November 2012)
    ('salford_4', '£107,739', 0, '107739', '', 'gbp', '', 'requested Schools Forum contribution towards school improvement (school provider arm)'),
    ('salford_4', 'two', 'made up of two elements', '2', '', 'count', '', 'elements of the requested contribution'),
    ('salford_4', '1', 'To fund 1 post', '1', '', 'count', '', 'posts to be funded from the contribution'),
    # Southwark (Education and Local Economy Scrutiny Commission agenda)
    ('southwark_1', '4', 'up to 4 schools', '4', '', 'count', '', 'secondary schools that would benefit from additional laptops'),
    ('southwark_1', '30-40', 0, '30', '40', 'count', '', 'additional laptops needed by each of those schools'),
    # Newham (OCN summary, corporate performance)
    ('newham_1', '61%', 0, '61', '', 'percent', '', 'corporate delivery plan actions on track or completed'),
    ('newham_1', '50%', 0, '50', '', 'percent', '', 'corporate key performance indicators on target'),
    ('newham_1', '3 months', 0, '3', '', 'months', '', 'period over which the peer review follow-up will be initiated'),
    # Slough (childhood obesity review)
    ('slough_1', '40%', 0, '40', '', 'percent', '', 'greater likelihood of obese parents having obese children'),
    # Sefton (petition on EHCPs for 16-25 year olds)
    ('sefton_1', '35', '35 signatures', '35', '', 'count', '', 'signatures on the petition about EHCPs for 16-25 year olds'),
    # North Tyneside (children and young people's mental health)
    ('northtyneside_1', '45%', 0, '45', '', 'percent', '', 'increase in share of EHCPs issued with SEMH as primary need 2017/18 to 2019/20'),
    # Nottinghamshire (Children's Trust Board annual performance report)
    ('nottinghamshire_1', 'five', 'identified five priority', '5', '', 'count', '', "priority areas of the Children's Trust for 2014-2016"),
    ('nottinghamshire_1', 'four', 'each of the four priority', '4', '', 'count', '', 'priority areas identified in the CYPF Plan'),
    # Wokingham (Schools Forum, early years funding consultation)
    ('wokingham_1', '30 hours', 0, '30', '', 'count', '', 'hours of free early years entitlement for working families'),
    ('wokingham_1', '10%', 0, '10', '', 'percent', '', 'proposed cap on early years funding supplements'),
    ('wokingham_1', '18%', 0, '18', '', 'percent', '', 'share of provider funding currently paid as supplements'),
    ('wokingham_1', '30 hours', 1, '30', '', 'count', '', 'hours of free early years entitlement for working families'),
    # Torbay (Schools Forum, financial report)
    ('torbay_1', '£100,000', 0, '100000', '', 'gbp', '', 'contribution agreed to be reversed (insurance item)'),
    ('torbay_1', 'four', 'The four main areas', '4', '', 'count', '', 'main areas of concern in the forecast year end position'),
    ('torbay_1', '£1.409 million', 0, '1409000', '', 'gbp', 'high_needs_deficit', 'forecast year end overspend (high needs placements)'),
    ('torbay_1', '£1.344', 0, '1344000', '', 'gbp', 'high_needs_deficit', 'forecast overspend reported at the previous Forum'),
    ('torbay_1', '£30 K', 0, '30000', '', 'gbp', '', 'decrease in EHCP in-year adjustments for schools (December figure)'),
    # Medway (Cabinet decision, additional education funding 2003)
    ('medway_1', '£1.295 million', 0, '1295000', '', 'gbp', '', 'additional Government funding added to the Schools budget'),
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'sg': 'safeguarding', 'eh': 'early_help',
     'ed': 'education_standards', 'ae': 'attendance_exclusions', 'school': 'school_places_transport',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send'}
THEMES = {  # one code per passage, in file order
    'newham_1': 'o o o o o o o o o o o o o send o fin o o',
    'northtyneside_1': 'o o o o o o o o o o o hw hw hw hw hw',
    'nottinghamshire_1': 'o o',
    'salford_1': 'ny',
    'salford_2': 'school school school school school',
    'salford_3': 'o school o o o o o o school',
    'salford_4': ' '.join(['o'] * 37 + ['ed', 'ed', 'ed', 'ed']),
    'sefton_1': 'o o o o o o o o o o send send',
    'slough_1': 'hw hw hw hw hw hw hw hw hw hw hw',
    'southwark_1': 'o o o o o o o o ed ed hw ed hw',
    'westberks_1': 'o fin fin send send fin ae',
    'westberks_2': 'o send send send send send send send send send send',
    'westberks_3': 'o fin fin fin send fin fin fin fin o',
    'westberks_4': 'o fin fin fin fin fin fin fin',
    'westberks_5': 'o o o o send send send send send',
    'wokingham_1': 'fin fin fin fin fin fin fin fin fin',
    'torbay_1': 'o o o o o o o o o o fin fin school o fin fin send send send send send send send',
    'medway_1': 'o fin fin fin fin',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T)
