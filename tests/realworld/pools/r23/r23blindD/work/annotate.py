"""python work/annotate.py: writes figures_gold.csv and themes_gold.csv of the set from the hand annotation below (written by
reading raw/*.txt, before any pipeline run on these files). A figure is given by its surface and which occurrence of that surface
in the file (0 = first) or by a context around it; a theme by the index of the passage (non-empty line, page furniture skipped) in
the file. The script only computes offsets and checks that every row slices its file (r22blindA's work/annotate.py, same layout)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (placing, passages, writing: scripts/blindtools.py)
D = 'r23d_'
K = 'P&C forecast outturn table by directorate, value in £000 (columns garbled in the transcription)'
# doc, surface, occurrence (int) or a context holding the surface once, value, value_max, unit, indicator_id, indicator
FIGURES = [
    # Blackpool: "five or more A* - C grades" is a threshold in a measure's definition; "per 10,000" are denominators
    ('blackpool_1', 'three', 'there were three indicators', '3', '', 'count', '', 'Council Plan indicators whose performance deteriorated in Quarter 2'),
    # Cambridgeshire: the finance table's readable numbers (the report's tables are in £000, as its chart's '000 says);
    # fragments cut by the transcription ("47,", "319,", ",339") are not readable values and are not annotated, nor the
    # chart's axis ticks (7,000 ... 0), section numbers or "Page 1 of 40"
    ('cambridgeshire_1', '153,944', 0, '153944000', '', 'gbp', '', K + ': Adults row'),
    ('cambridgeshire_1', '3,755', 0, '3755000', '', 'gbp', '', K + ': Adults row'),
    ('cambridgeshire_1', '44,025', 0, '44025000', '', 'gbp', '', K + ': Commissioning row'),
    ('cambridgeshire_1', '31,855', 0, '31855000', '', 'gbp', '', K + ': Commissioning row'),
    ('cambridgeshire_1', '-50', '% -50 Communities', '-50000', '', 'gbp', '', K + ': Commissioning row'),
    ('cambridgeshire_1', '6,693', 0, '6693000', '', 'gbp', '', K + ': Communities & Safety row'),
    ('cambridgeshire_1', '607', '% 607 Children', '607000', '', 'gbp', '', K + ': Communities & Safety row'),
    ('cambridgeshire_1', '51,453', 0, '51453000', '', 'gbp', '', K + ': Children row'),
    ('cambridgeshire_1', '21,220', 0, '21220000', '', 'gbp', '', K + ': Children row'),
    ('cambridgeshire_1', '867', '% 867 Education', '867000', '', 'gbp', '', K + ': Children row'),
    ('cambridgeshire_1', '62,847', 0, '62847000', '', 'gbp', '', K + ': Education row'),
    ('cambridgeshire_1', '41,041', 0, '41041000', '', 'gbp', '', K + ': Education row'),
    ('cambridgeshire_1', '304', '% 304 Executive', '304000', '', 'gbp', '', K + ': Education row'),
    ('cambridgeshire_1', '5,499', 0, '5499000', '', 'gbp', '', K + ': Executive Director row'),
    ('cambridgeshire_1', '-809', 0, '-809000', '', 'gbp', '', K + ': Total Expenditure row'),
    ('cambridgeshire_1', '-79,941', 0, '-79941000', '', 'gbp', '', K + ': Grant Funding row'),
    ('cambridgeshire_1', '-35,797', 0, '-35797000', '', 'gbp', '', K + ': Grant Funding row'),
    ('cambridgeshire_1', '4,690', 0, '4690000', '', 'gbp', '', K + ': Grant Funding row'),
    ('cambridgeshire_1', '6,240k', 0, '6240000', '', 'gbp', 'budget_variance', 'overall P&C overspend at the end of August 2018'),
    ('cambridgeshire_1', '123k', 0, '123000', '', 'gbp', '', 'increase in August of the forecast variance on the Learning Disability Partnership share'),
    ('cambridgeshire_1', '2.1m', 0, '2100000', '', 'gbp', 'budget_variance', 'forecast variance on the Council share of the Learning Disability Partnership'),
    # Camden 1 (OCN summary, SEND strategy update); "2022-27" names the strategy; "20 weeks" is the measure's threshold;
    # "settings1" carries a footnote marker
    ('camden_1', '76.3%', 0, '76.3', '', 'percent', 'ehcp_timeliness', 'new EHCPs issued within 20 weeks'),
    ('camden_1', '54%', 0, '54', '', 'percent', 'ehcp_timeliness', 'national average of EHCPs issued within 20 weeks'),
    ('camden_1', '90-97%', 0, '90', '97', 'percent', 'ehcp_timeliness', 'EHCPs issued within 20 weeks previously achieved by Camden'),
    ('camden_1', '97%', 'that 97% of schools', '97', '', 'percent', 'ofsted_good_or_better', 'schools in Camden rated good or outstanding by Ofsted'),
    ('camden_1', '37%', 0, '37', '', 'percent', '', 'primary schools rated outstanding'),
    ('camden_1', '50%', 0, '50', '', 'percent', '', 'pupils with EHCPs attending mainstream settings'),
    # Camden 2 (school place planning); "Over the last 5 years" frames a change (period); Year 7 is a name
    ('camden_2', '10', '10 forms of entry', '10', '', 'count', '', 'forms of entry removed from the reception intake since 2018'),
    ('camden_2', '30%', 0, '30', '', 'percent', '', 'reduction in birth rates across the borough'),
    ('camden_2', 'four', 'four school closures', '4', '', 'count', '', 'school closures'),
    ('camden_2', '6.7%', 0, '6.7', '', 'percent', '', 'surplus over the reception year admission number (2023)'),
    ('camden_2', '28%', 0, '28', '', 'percent', '', 'estimated reception surplus by 2032/33'),
    ('camden_2', '12%', 0, '12', '', 'percent', '', 'Secondary Year 7 surplus (2023)'),
    ('camden_2', '21%', 0, '21', '', 'percent', '', 'estimated Secondary Year 7 surplus by 2032/3'),
    # Camden 3 (OCN summary, complaints and advocacy); the charity's working life is a duration that has gone on (figure)
    ('camden_3', '43', 0, '43', '', 'count', '', 'complaints about children\u2019s statutory services in 2023/24'),
    ('camden_3', '29', 'compared to 29 in', '29', '', 'count', '', 'complaints about children\u2019s statutory services in 2022/23'),
    ('camden_3', '300 years', 0, '300', '', 'years', '', 'time Coram has been supporting vulnerable children'),
    ('camden_3', '68', 0, '68', '', 'count', '', 'advocacy episodes provided by Coram Voice (2022-23 report)'),
    ('camden_3', '62', 0, '62', '', 'count', '', 'children and young people given advocacy (2022-23 report)'),
    ('camden_3', '68', 1, '68', '', 'count', '', 'advocacy episodes provided by Coram Voice (2023-24 report)'),
    ('camden_3', '62', 1, '62', '', 'count', '', 'children and young people given advocacy (2023-24 report)'),
    # Camden 4 (OCN summary, SEND strategy year 2); "[^3]" and "Report. 1" are footnote markers
    ('camden_4', '£2.5 million', 0, '2500000', '', 'gbp', '', 'capital grants to adapt school buildings for pupils with SEND'),
    ('camden_4', '£1.3 million', 0, '1300000', '', 'gbp', '', 'investment in restructuring the SEND and Inclusion team'),
    ('camden_4', '£625k', 0, '625000', '', 'gbp', '', 'annual investment in a redesigned neurodiversity diagnostic pathway'),
    # Camden 5 (agenda item, SEND strategy year 2); "second year" is an ordinal; the strategy's length is a figure
    ('camden_5', 'five-year', 0, '5', '', 'years', '', 'length of the Local Area SEND Strategy'),
    ('camden_5', '£625,000', 0, '625000', '', 'gbp', '', 'additional ICB funding allocated to increase capacity'),
    # Cumbria: none (dates, list numbers; "1o September" is a misspelt date)
    # Derbyshire 1: "triple the national average" is a multiple without a number (as "doubled"), not annotated
    ('derbyshire_1', 'two', 'the two key challenges', '2', '', 'count', '', 'key challenges affecting the school'),
    ('derbyshire_1', '£6,000', 0, '6000', '', 'gbp', '', 'amount each school contributes from its notional SEN budget'),
    # Derbyshire 2: paragraph and appendix numbers are references
    ('derbyshire_2', '£7 million', 0, '7000000', '', 'gbp', '', 'SEND high needs capital allocation for mainstream provision'),
    # Hackney: none ("1619" is the 16-19 providers' name run together; times, dates, postcode, item numbers)
    # Hackney 2 (OCN summary, safeguarding partnership report); "over the last decade" looks back (period)
    ('hackney_2', 'six', 'its six priorities', '6', '', 'count', '', 'priorities of the City & Hackney Safeguarding Children Partnership for the year'),
    # Hertfordshire 1: none ("Slides: 30" is page furniture; "top 25%" defines the top quartile: threshold)
    # Hertfordshire 2: "2026-2031" names the plan (period with its own dates)
    ('hertfordshire_2', 'four', 'four key ambitions', '4', '', 'count', '', 'key ambitions of the Children and Young People\u2019s Strategic Plan'),
    # Hounslow: ages "9 and 19" are not figures; "one boy" picks out a person, not a count; filesize, item number, date
    ('hounslow_1', '20', 'over 20 professionals', '20', '', 'count', '', 'professionals trained by young people at the Total Respect event'),
    # Lambeth: "3-19" and "0-25 years" are ages; phone number; years
    ('lambeth_1', 'three', 'three sources', '3', '', 'count', '', 'sources of funding for SEND'),
    # Liverpool: "2023-2026" names the strategy; "20141" is the Act's year with a footnote marker
    ('liverpool_1', 'five', 'its five strategic priorities', '5', '', 'count', '', 'strategic priorities of the SEND Strategy'),
    ('liverpool_1', 'five', 'The five strategic priorities', '5', '', 'count', '', 'strategic priorities of the SEND Strategy'),
]
T = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'sg': 'safeguarding', 'eh': 'early_help',
     'ed': 'education_standards', 'ae': 'attendance_exclusions', 'school': 'school_places_transport',
     'ny': 'neet_youth_care_leavers', 'wf': 'workforce', 'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send'}
THEMES = {  # one code per passage, in file order
    'blackpool_1': 'o o o o o o ed sg cic cic',
    'cambridgeshire_1': 'o o o o o fin fin',
    'camden_1': 'o o o o send o send send send send send send ed send send',
    'camden_2': 'school o school school school o school o school school',
    'camden_3': 'o o o o o o o o o o cic cic cic cic cic cic cic',
    'camden_4': 'o o o o o o send send send send send',
    'cumbria_1': 'o fin o o o o o o o o o o o fin',
    'derbyshire_1': 'o o o send o send send',
    'derbyshire_2': 'o o o o o send send o send send send send send send',
    'camden_5': 'o send send o o o send',
    'hackney_1': ' '.join(['o'] * 36),
    'hackney_2': 'o o o o o o o o sg sg sg sg sg',
    'hertfordshire_1': 'o o o o o o o',
    'hertfordshire_2': 'o o o o o o o o o o o o o eh sg eh cic o o',
    'hounslow_1': 'o o cic o cic cic o',
    'lambeth_1': 'send o o send send send send send send send send',
    'liverpool_1': 'o o o o o o o o send send send send send send',
}


if __name__ == '__main__':
    blindtools.annotate(SET, D, FIGURES, THEMES, T)
