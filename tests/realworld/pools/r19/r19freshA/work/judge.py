"""First-run judgements (code 53e566c, work/first_run/), written by reading each sentence of the raw page.
J['doc:raw_start'] = (is_figure 1/0, phrase_names_measure 1/0, failure_class, reader_phrase, reader_id)
  failure_class (phrase 0): subject, time phrase, whole-not-part, previous measure, cut at inner number, empty,
  verb chunk, place/name, table cell, list/FOI line, wrong side, other
  reader_id: '' when no id of data/indicators.yml fits; '?' when the reader leaves it open (left out of id scores).
MISSED = true figures the first run did not give: (doc, raw_start, raw_end, surface, reader_phrase, reader_id)."""
J = {
# bury_1 (ModernGov agenda item: SEND agenda update from the SEND Improvement Advisor, after the inspection and stocktake)
'bury_1:279': (1, 1, '', 'areas inspected under the new SEND and alternative provision framework', ''),
'bury_1:390': (1, 0, 'other', "areas receiving mostly positive outcomes (bare 'areas')", ''),
'bury_1:1515': (0, 0, '', "'at six and twelve-month intervals': the stocktake's schedule (a period in a definition), not a measurement", ''),
# cambridgeshire_1 (Cambs Times: report to the General Purposes Committee, children, families and adults budget)
'cambridgeshire_1:330': (1, 1, '', "forecast overspend on the children, families and adults budget", 'budget_variance'),
'cambridgeshire_1:432': (1, 0, 'whole-not-part', "part of the overspend spent on transport for additional post-16 students (phrase 'excess' is the whole; the overspend's parts keep budget_variance)", 'budget_variance'),
'cambridgeshire_1:822': (1, 1, '', 'increase in the forecast overspend on SEN home to school transport (a change in the overspend: no id)', ''),
'cambridgeshire_1:933': (1, 0, 'verb chunk', "average daily cost of transporting a child to school (phrase 'It costs')", ''),
'cambridgeshire_1:961': (1, 0, 'verb chunk', "rise in the average daily transport cost per child since April (phrase 'It costs')", ''),
'cambridgeshire_1:1319': (1, 1, '', 'further passenger assistants needed to meet demand', ''),
'cambridgeshire_1:1583': (1, 1, '', 'children with statements of SEN', 'ehcp_count'),
'cambridgeshire_1:1716': (1, 1, '', 'new statements predicted for 2014/15 (phrase carries \'the new statement\' after the previous clause)', 'ehcp_count'),
'cambridgeshire_1:1907': (1, 1, '', 'underspend in the older people and adult mental health directorate', 'budget_variance'),
# cityoflondon_1 (ModernGov agenda item: Sub-Committee, private fostering annual report 2023-24)
'cityoflondon_1:799': (1, 1, '', "young people in private fostering in Hackney (a range; comparison)", ''),
# cumbria_1 (Times & Star, LDRS: county council report on children in care placed outside Cumbria)
'cumbria_1:253': (1, 1, '', 'children in the care of Cumbria County Council', 'children_in_care'),
'cumbria_1:319': (1, 1, '', 'children in care in residential homes outside Cumbria (a part: no id)', ''),
'cumbria_1:375': (1, 0, 'empty', 'children in care with independent fostering agencies (a part: no id)', ''),
'cumbria_1:1314': (1, 0, 'empty', "children in care from Barrow (another area's value keeps the id, as national values)", 'children_in_care'),
'cumbria_1:1370': (1, 0, 'other', "children in care from South Lakeland (phrase 'figure' does not say of what)", 'children_in_care'),
'cumbria_1:1402': (1, 0, 'verb chunk', "children in care from Eden (phrase 'Eden it falls')", 'children_in_care'),
'cumbria_1:1623': (1, 1, '', 'children in care from Copeland', 'children_in_care'),
'cumbria_1:1680': (1, 1, '', 'children in care from Allerdale (phrase children in care, from the same sentence)', 'children_in_care'),
'cumbria_1:1711': (1, 0, 'place/name', "children in care from Carlisle (phrase 'ahead of Carlisle')", 'children_in_care'),
'cumbria_1:1867': (1, 0, 'other', "youngsters in care who gave input to the strategy (phrase 'youngsters in care' reads as the count in care; no id)", ''),
# cumbria_2 (North West Evening Mail: foster carers' fees to double, forecast overspend on children's services)
'cumbria_2:213': (1, 0, 'verb chunk', "council's forecast deficit (overspend) by March (phrase 'plunged into the red')", 'budget_variance'),
'cumbria_2:544': (1, 1, '', 'yearly cost of doubling foster carers\' fees in the short term', ''),
'cumbria_2:618': (1, 0, 'previous measure', "annual saving expected by 2022/23 (phrase 'cost of move' is the previous figure's)", ''),
'cumbria_2:761': (1, 1, '', "total savings within children's services spending", ''),
'cumbria_2:1449': (1, 1, '', 'hours of guidance a week the Homestay scheme provides (an amount of support, like one year of funding)', ''),
'cumbria_2:1578': (1, 1, '', 'yearly increase in foster home placements assumed by the savings (a change: no id)', ''),
'cumbria_2:1628': (0, 0, '', "'for the next three years': the projection's horizon (a period), not a measurement", ''),
# newcastle_1 (Open Council Network summary: Corporate Parent Advisory Committee, Adopt North East annual report)
'newcastle_1:1059': (0, 0, '', "'YOS 1 music therapy evaluation': part of an item's name", ''),
'newcastle_1:1420': (1, 1, '', 'local authorities the regional adoption agency serves', ''),
'newcastle_1:1826': (1, 0, 'list/FOI line', "children matched for adoption, 2024-25 (bare 'children'; the verb 'Matched' is the measure)", ''),
'newcastle_1:1847': (1, 1, '', 'children placed for adoption, 2024-25', ''),
'newcastle_1:1860': (1, 1, '', 'children placed in early permanence placements (a part)', ''),
'newcastle_1:1906': (1, 0, 'list/FOI line', "children supported to be adopted, 2024-25 (phrase 'children supported' lacks the adoption)", ''),
'newcastle_1:1944': (1, 1, '', 'contacts about becoming an adopter, 2024-25', ''),
'newcastle_1:1995': (1, 0, 'empty', "'Commenced 71 pr...' (excerpt cut; prospective adopter assessments commenced, 2024-25)", ''),
# oxfordshire_1 (county council news: budget proposals reviewed by the Performance Scrutiny Committee)
'oxfordshire_1:761': (1, 1, '', 'rise in children taken into care by the council since 2011 (% change: no id)', ''),
'oxfordshire_1:865': (1, 0, 'other', "children referred to social services a day across the country (phrase 'day being referred to social services across' lacks the children)", ''),
'oxfordshire_1:1096': (1, 0, 'other', "children's social care budget, 2011 (phrase is the previous clause's 'children at risk of abuse and neglect'; a budget: no id)", ''),
'oxfordshire_1:1112': (1, 0, 'other', "children's social care budget, 2018/19 (phrase 'children at risk of abuse and neglect'; a budget: no id)", ''),
'oxfordshire_1:1205': (1, 0, 'other', "children's services budget needed next year (phrase 'children at risk of abuse and neglect'; a budget: no id)", ''),
'oxfordshire_1:1221': (1, 0, 'other', "children's services budget needed in 2022/23 (phrase 'children at risk of abuse and neglect'; a budget: no id)", ''),
# sefton_1 (Southport Visiter: children's centres to stay open after consultation, £900k funding cut)
'sefton_1:167': (1, 1, '', "budget cuts to children's and family centres (headline; a cut in funding, not a variance)", ''),
'sefton_1:416': (1, 1, '', "combined funding loss for children's centres", ''),
'sefton_1:642': (1, 1, '', "children's centres that would have been transformed into family wellbeing centres", ''),
'sefton_1:759': (1, 1, '', 'petitions calling for the plans to be stopped', ''),
'sefton_1:816': (1, 0, 'whole-not-part', "share of consultation respondents against the closures (phrase 'respondents to the consultation' is the base)", ''),
# southampton_1 (Daily Echo: scrutiny management committee, £9m deficit in the children's services budget)
'southampton_1:29': (1, 1, '', "forecast deficit (overspend) in the children's services budget", 'budget_variance'),
'southampton_1:1570': (1, 1, '', "Children and Learning department's projected budget this year (a budget: no id)", ''),
'southampton_1:1614': (1, 1, '', "Children and Learning department's forecast spend", ''),
'southampton_1:1642': (1, 1, '', "Children and Learning department's forecast deficit (overspend)", 'budget_variance'),
'southampton_1:1691': (1, 0, 'whole-not-part', "children's share of the council's whole deficit (phrase \"council's entire deficit\" is the whole)", ''),
'southampton_1:1737': (1, 1, '', "council's entire forecast deficit (overspend)", 'budget_variance'),
# sutton_1 (Sutton Information Hub: Holiday Activities and Food programme annual report 2024/25)
'sutton_1:1094': (1, 1, '', 'DfE funding allocated for the HAF programme', ''),
'sutton_1:1949': (1, 1, '', "Sutton's child population (0-17)", ''),
'sutton_1:1966': (1, 0, 'whole-not-part', "share of Sutton's children (measure cut off with the excerpt: 'of ch...'; phrase is the whole population)", ''),
'sutton_1:1971': (1, 0, 'whole-not-part', "children among Sutton's child population (the same share as a count; phrase is the whole)", ''),
# swindon_1 (CYP Now: report to Swindon cabinet proposing to close the remaining children's centres)
'swindon_1:56': (1, 1, '', "saving from closing the children's centres (headline)", ''),
'swindon_1:460': (1, 1, '', "children's centres proposed for closure (the remaining centres in the town)", ''),
'swindon_1:513': (1, 1, '', "saving from closing the five children's centres", ''),
'swindon_1:706': (1, 1, '', "children's centres closed in 2015/16", ''),
'swindon_1:920': (1, 1, '', "closures of children's centres (repeated)", ''),
# wandsworth_1 (Open Council Network summary: Wandsworth Schools Forum, DSG recovery)
'wandsworth_1:1049': (1, 0, 'verb chunk', "DSG cumulative deficit (phrase 'grown to circa')", 'high_needs_deficit'),
'wandsworth_1:1088': (1, 1, '', 'DSG in-year loss, FY 2024-25 (an in-year DSG overspend: high_needs_deficit, round 12-14 convention)', 'high_needs_deficit'),
'wandsworth_1:1467': (1, 0, 'whole-not-part', "share of plans issued to children with autism as primary need (phrase 'plans' is the whole)", ''),
# wandsworth_2 (Open Government Network summary: Wandsworth Schools Forum, High Needs Budget 2025-26)
'wandsworth_2:1063': (1, 1, '', 'total High Needs Block allocation for Wandsworth, 2025-26 (an allocation: no id)', ''),
'wandsworth_2:1099': (1, 1, '', 'rise in the High Needs Block allocation (% change)', ''),
'wandsworth_2:1345': (1, 1, '', 'forecast High Needs budget attributable to the local authority', ''),
'wandsworth_2:1428': (1, 1, '', 'forecast High Needs Block overspend, FY 2024-25', 'high_needs_deficit'),
'wandsworth_2:1647': (1, 1, '', 'top-up rate increase applied to all provisions', ''),
'wandsworth_2:1928': (1, 1, '', 'money recouped for commissioned places in academies', ''),
# wiltshire_1 (ModernGov issue page: Children's Select Committee, obesity and child poverty update)
'wiltshire_1:1638': (0, 0, '', "'(4-5 years)': the age of reception children (an age)", ''),
'wiltshire_1:1675': (1, 0, 'other', "change in excess weight among reception children (phrase 'among reception year children' lacks the excess weight)", ''),
'wiltshire_1:1706': (1, 0, 'other', "change in excess weight among year 6 children (phrase 'children in year 6' lacks the excess weight)", ''),
'wiltshire_1:1735': (0, 0, '', "'(10-11 years)': the age of year 6 children (an age)", ''),
'wiltshire_1:1857': (1, 1, '', 'South West average excess weight among reception children, 2015-16', ''),
'wiltshire_1:1885': (1, 0, 'other', "South West average excess weight among year 6 children (phrase 'year 6 children' lacks the excess weight)", ''),
# hackney_1 (Open Council Network summary: Children and Young People Scrutiny Commission, Cabinet Q&A, 13 January 2025)
'hackney_1:1095': (1, 1, '', 'children living in temporary accommodation in Hackney, 31 December 2024', ''),
'hackney_1:1382': (1, 1, '', "average time children spend in temporary accommodation (the span covers 'three' of 'three and a half years'; value not scored)", ''),
# northeastlincolnshire_1 (Yahoo copy of an LDRS report: cabinet, council plan end-of-year performance and finance report 2023/24)
'northeastlincolnshire_1:1499': (1, 1, '', "overall overspend in council services, 2023/24 (caused by children and family services)", 'budget_variance'),
'northeastlincolnshire_1:1771': (1, 1, '', 'revenue spent on law and governance, 2023/24', ''),
'northeastlincolnshire_1:1815': (1, 0, 'previous measure', "underspend on law and governance against expected (phrase 'saw revenues spent on law and governance' is the previous figure's; a service's underspend: budget_variance)", 'budget_variance'),
# westmorland_1 (BBC, LDRS: report to the children, young people and families oversight and scrutiny committee on SEN provision)
'westmorland_1:231': (1, 1, '', 'special schools in Westmorland and Furness', ''),
'westmorland_1:257': (1, 1, '', 'pupil referral units in Westmorland and Furness (`one` with a unit)', ''),
'westmorland_1:552': (1, 1, '', 'pupils receiving school-based SEN support, January 2023 (SEN support, not EHCPs: no id)', ''),
'westmorland_1:607': (1, 0, 'whole-not-part', "share of the school-aged population receiving SEN support (phrase 'school-aged population in the area' is the base)", ''),
'westmorland_1:989': (1, 1, '', 'cumulative High Needs Block deficit forecast at the end of December 2023', 'high_needs_deficit'),
'westmorland_1:1495': (1, 1, '', 'new classrooms under construction at Sandgate School', ''),
'westmorland_1:1593': (1, 1, '', 'additional special school places available from September 2024', ''),
}
MISSED = []
