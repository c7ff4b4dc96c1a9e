"""First-run judgements (code d39083f, work/first_run/), written by reading each sentence of the raw page.
J['doc:raw_start'] = (is_figure 1/0, phrase_names_measure 1/0, failure_class, reader_phrase, reader_id)
  failure_class (phrase 0): subject, time phrase, whole-not-part, previous measure, cut at inner number, empty,
  verb chunk, place/name, table cell, list/FOI line, wrong side, other
  reader_id: '' when no id of data/indicators.yml fits; '?' when the reader leaves it open (left out of id scores).
MISSED = true figures the first run did not give: (doc, raw_start, raw_end, surface, reader_phrase, reader_id)."""
J = {
# barnet_1 (OCN summary: Barnet Schools Forum, 24 June 2025, High Needs Block and SEND)
'barnet_1:451': (1, 1, '', "High Needs Block overspend (in the site's suggested chat question)", 'high_needs_deficit'),
'barnet_1:1635': (1, 1, '', 'rise in maintained EHCPs since 2020 (% change: no id)', ''),
'barnet_1:1660': (1, 1, '', 'maintained EHCPs, 2024', 'ehcp_count'),
'barnet_1:1710': (1, 1, '', 'rise in requests for assessment since 2020 (% change: no id)', ''),
'barnet_1:1833': (1, 1, '', 'projected High Needs Block overspend, 2024-25 (an HNB/DSG overspend: high_needs_deficit)', 'high_needs_deficit'),
'barnet_1:1894': (1, 1, '', 'proposed 2025-26 High Needs Block budget after recoupment', ''),
'barnet_1:1916': (1, 1, '', 'increase in the High Needs Block budget from 2024-25 (% change)', ''),
'barnet_1:1975': (1, 1, '', 'rise in projected High Needs expenditure (% change)', ''),
# barnsley_1 (Barnsley Chronicle: extra staff for the SEND service, EHCP backlog)
'barnsley_1:489': (1, 0, 'other', "children and young adults in the council-run SEND system (phrase stops at 'the Barnsley' before 'Council-run SEND system')", ''),
'barnsley_1:1086': (1, 1, '', "money set aside for EHCP co-ordinator staff over the next year (phrase keeps 'set aside for' but names the staff cost)", ''),
'barnsley_1:1290': (1, 1, '', 'budget cuts to the SEND service since 2014 (% change)', ''),
# blackpool_1 (OGN summary: Children and Young People's Scrutiny Committee, 18 September 2025; mostly site furniture)
'blackpool_1:993': (1, 1, '', "rise in SEND complaints (the site's suggested chat question; phrase 'Why did SEND complaints' keeps the question words but names the complaints; % change)", ''),
# cambridgeshire_1 (council news page: Children and Young People Committee, Inclusion for All SEND strategy)
'cambridgeshire_1:998': (1, 1, '', 'rise in demand for EHC plans over the last 5 years (% change: no id)', ''),
# centralbedfordshire_1 (council news page: Executive approves school organisation plan, December 2025)
'centralbedfordshire_1:491': (1, 1, '', 'overall pupil numbers, 2025/26 (forecast)', ''),
'centralbedfordshire_1:512': (1, 1, '', 'overall pupil numbers forecast by 2030/31', ''),
'centralbedfordshire_1:563': (1, 1, '', 'existing capacity in school places', ''),
'centralbedfordshire_1:800': (1, 1, '', 'specialist places, 2023 (an earlier value)', ''),
'centralbedfordshire_1:819': (1, 1, '', 'specialist places now', ''),
'centralbedfordshire_1:1640': (1, 1, '', 'remaining three-tier areas still to move to two tiers', ''),
# cornwall_1 (Falmouth Packet, LDRS: standards committee, Ombudsman complaints and payouts about the SEND service)
'cornwall_1:139': (1, 1, '', 'rise in payouts to families after Ombudsman complaints in a year', ''),
'cornwall_1:1089': (1, 0, 'other', "complaints with a final decision about education, inclusion and SEND, 2022/23 (phrase 'inclusion and SEND': the tail of the noun phrase without 'complaints')", ''),
'cornwall_1:1129': (1, 0, 'other', "the same complaints, 2023/24 ('that has increased to 14'; phrase 'inclusion and SEND' again)", ''),
'cornwall_1:1225': (1, 1, '', 'payouts to parents after upheld decisions, 2022/23', ''),
'cornwall_1:1246': (1, 1, '', 'payouts to parents after upheld decisions, 2023/24', ''),
'cornwall_1:1659': (1, 1, '', 'rise in demand for EHCPs since 2019/20 (% change: no id)', ''),
'cornwall_1:1976': (1, 1, '', 'EHCPs currently in place in Cornwall', 'ehcp_count'),
# cumbria_1 (Cumberland & Westmorland Herald: Cumbria County Council savings; children and families overspend)
'cumbria_1:22': (1, 1, '', "savings made in the year (headline; the council is the subject)", ''),
'cumbria_1:118': (1, 1, '', 'savings from the budget in the last year', ''),
'cumbria_1:229': (1, 1, '', "savings target for 2018-19 (phrase 'saving' lacks 'target' but names the savings)", ''),
'cumbria_1:284': (1, 1, '', 'savings expected by the end of the year', ''),
'cumbria_1:357': (1, 1, '', 'shortfall against the savings target (carried into 2019-20)', ''),
'cumbria_1:893': (1, 1, '', 'savings agreed since 2011-12', ''),
'cumbria_1:1192': (1, 1, '', 'children and families services over budget (overspend), end of December', 'budget_variance'),
'cumbria_1:1326': (1, 1, '', "looked after children in the council's care, end of December ('children under its wing')", 'children_in_care'),
'cumbria_1:1467': (1, 1, '', 'average weekly cost per placement (earlier value)', 'placement_cost_weekly'),
'cumbria_1:1484': (1, 1, '', 'average weekly cost per placement (now)', 'placement_cost_weekly'),
# dudley_1 (news aggregator copy of a Birmingham Mail LDRS report: Dudley Council financial report, September 2025)
'dudley_1:552': (1, 1, '', "council's predicted overspend", 'budget_variance'),
'dudley_1:754': (1, 1, '', 'reduction in the total forecast deficit (a change of the forecast overspend: no id)', ''),
'dudley_1:1247': (1, 1, '', 'general fund unearmarked reserve, 31 March 2025', ''),
'dudley_1:1307': (1, 1, '', 'forecast increase in the unearmarked reserve', ''),
'dudley_1:1316': (1, 1, '', 'unearmarked reserve forecast by 31 March 2026', ''),
'dudley_1:1372': (1, 1, '', 'savings to be delivered in the 2025/26 budget', ''),
'dudley_1:1443': (1, 0, 'verb chunk', "savings on track to be delivered (phrase 'on track to be delivered' lacks the savings)", ''),
'dudley_1:1777': (1, 1, '', "children's services forecast overspend (the service is the clause's subject)", 'budget_variance'),
# essex_1 (mirror copy of a BBC report on an Essex County Council corporate performance report, March 2025)
'essex_1:235': (1, 0, 'whole-not-part', "share of EHC plans completed within the 20-week target (phrase names the plans, the base)", 'ehcp_timeliness'),
'essex_1:432': (1, 0, 'verb chunk', "share of EHC plans within the legal time frame, March 2024 (phrase 'carried out within the legal time' lacks the plans)", 'ehcp_timeliness'),
'essex_1:649': (1, 0, 'other', "share of these children whose plans were late (a parent's restatement of the complement; bare 'children')", ''),
'essex_1:729': (1, 1, '', 'requests for an EHC assessment every month (a range)', 'ehcna_requests'),
'essex_1:829': (1, 1, '', "young people the authority is responsible for with EHC plans (the next sentence's increase is of children with an EHCP)", 'ehcp_count'),
'essex_1:908': (1, 1, '', 'increase in children with an EHCP in a year (a change: no id)', ''),
'essex_1:1068': (1, 1, '', 'EHC assessments completed since the start of 2025', ''),
'essex_1:1139': (1, 0, 'previous measure', "average days to complete an EHC assessment (phrase is the previous figure's)", ''),
'essex_1:1196': (1, 1, '', 'applications currently being processed', ''),
'essex_1:1286': (1, 0, 'other', "investment to increase the number of educational psychologists (phrase names the purpose, not the investment)", ''),
'essex_1:1829': (0, 0, '', "'25 years' a quoted parent has been in the SEND system with her son: an anecdote of a person's experience, not a measurement of a service", ''),
# hackney_1 (OCN summary: Children and Young People Scrutiny Commission, 10 December 2025, budget monitoring)
'hackney_1:1448': (1, 1, '', 'Children and Education forecast overspend before reserves, 2025/26', 'budget_variance'),
'hackney_1:1475': (1, 1, '', 'forecast overspend after reserves', 'budget_variance'),
'hackney_1:1565': (1, 0, 'wrong side', "Children and Families Services predicted underspend (phrase 'Social Care Grant' comes from after the figure)", 'budget_variance'),
'hackney_1:1648': (1, 0, 'other', "share of the Social Care Grant applied (phrase 'application')", ''),
'hackney_1:1749': (1, 1, '', 'overspend of the Directorate Management Team', 'budget_variance'),
'hackney_1:1804': (1, 1, '', 'overspend of Looked After Children & Leaving Care Services (a list item naming its service, as table rows are judged)', 'budget_variance'),
'hackney_1:1830': (1, 1, '', 'overspend of Young Hackney (list item)', 'budget_variance'),
'hackney_1:1890': (1, 1, '', 'Hackney Education forecast overspend on the general fund', 'budget_variance'),
# hackney_2 (OCN summary: Children and Young People Scrutiny Commission, 26 November 2024, school closures and falling rolls)
'hackney_2:616': (1, 1, '', 'primary school closures in August 2024', ''),
'hackney_2:1013': (1, 1, '', 'fall in pupil numbers since 2017', ''),
'hackney_2:1070': (1, 1, '', 'further projected fall in pupil numbers by the mid-2030s', ''),
'hackney_2:1264': (1, 0, 'verb chunk', "share of primary schools ending 2023/24 in deficit (phrase 'primary schools ended' loses the deficit)", ''),
'hackney_2:1368': (1, 1, '', "primary schools' combined deficit (schools' own balances, not the DSG: no id)", ''),
'hackney_2:1575': (1, 0, 'previous measure', "share of primary schools reporting pressure from falling rolls (phrase is the previous figure's)", ''),
# hampshire_1 (OCN summary: Children and Young People Select Committee, 26 June 2024)
'hampshire_1:1659': (1, 1, '', "membership of the Task and Finish Working Group before the change (phrase 'agreed to increase its membership' names the membership)", ''),
'hampshire_1:1668': (1, 0, 'other', "membership of the working group after the change (bare 'members')", ''),
# hertfordshire_1 (OGN summary: Education, SEND & Inclusion Cabinet Panel, 11 September 2025)
'hertfordshire_1:875': (1, 0, 'other', "primary schools where reductions of the published admission number are proposed (bare 'primary schools')", ''),
'hertfordshire_1:1402': (1, 1, '', 'additional SEND places the Breakspear project would have provided', ''),
# hillingdon_1 (ModernGov: Children, Families and Education Select Committee, Harefield schools amalgamation)
'hillingdon_1:1401': (1, 1, '', 'lump sum each school receives', ''),
'hillingdon_1:1513': (0, 0, '', "'where there were two head teachers': the condition of a general remark, not a count of this case", ''),
'hillingdon_1:1625': (0, 0, '', "'one head teacher rather than two': the same general remark", ''),
# islesofscilly_1 (OGN summary: Full Council, 18 November 2025, Belonging and Inclusion Hub)
'islesofscilly_1:1425': (0, 0, '', "'19961': the year of the Education Act 1996 glued to a footnote marker '1'", ''),
'islesofscilly_1:1804': (1, 0, 'verb chunk', "DfE capital funding for the hub (High Needs Provision Capital Allocations) confirmed and received (phrase 'confirmed')", ''),
# knowsley_1 (copy of a Liverpool Echo LDRS report: Knowsley Schools Forum, January budget setting)
'knowsley_1:34': (1, 1, '', 'proposed increase in the hourly funding rate for nurseries (up to)', ''),
'knowsley_1:171': (1, 0, 'other', "increase in the hourly rate for three-year-olds (phrase 'just: hour for three-year-olds')", ''),
'knowsley_1:206': (1, 0, 'previous measure', "increase in the hourly rate for two-year-olds (phrase names the three-year-olds of the previous figure)", ''),
'knowsley_1:668': (1, 1, '', 'increase in early years funding (% change)', ''),
'knowsley_1:1167': (1, 1, '', 'increase in schools block funding from the previous year', ''),
'knowsley_1:1233': (1, 1, '', 'increase in pupil premium (% change)', ''),
'knowsley_1:1336': (1, 0, 'other', "extra pupil premium per pupil on free school meals (phrase names the pupils)", ''),
'knowsley_1:1401': (1, 0, 'other', "extra pupil premium per pupil in care (phrase names the pupils)", ''),
'knowsley_1:1512': (1, 0, 'empty', 'increase in high needs funding (% change)', ''),
'knowsley_1:1608': (1, 0, 'other', "increase in high needs funding with the autumn statement measures (phrase 'figure up to more like')", ''),
'knowsley_1:1623': (1, 0, 'other', "extra high needs funding (phrase 'extra: funding', bare 'funding')", ''),
'knowsley_1:1924': (1, 0, 'other', "existing high needs (DSG) deficit to be carried forward (bare 'deficit')", 'high_needs_deficit'),
# lambeth_1 (Schools Forum report: High Needs Block 2019/20 and 2020/21, 23 June 2020)
'lambeth_1:613': (0, 0, '', "'3-19': an age range of eligibility for EHC plans, not a measurement", ''),
'lambeth_1:1634': (1, 1, '', 'High Needs Block underspend, 2019/20 (less than budgeted: budget_variance)', 'budget_variance'),
'lambeth_1:1719': (1, 1, '', "use of reserves behind the underspend (phrase keeps 'possible through the' but names the use of reserves; not a deficit)", ''),
'lambeth_1:1758': (1, 1, '', 'transfer from the Schools Block to high needs', ''),
'lambeth_1:1908': (1, 1, '', "outline High Needs budget for 2020/21 (phrase keeps 'Schools Forum agreed the')", ''),
}
MISSED = [
    # bury_1: a count of people at the meeting, read as a procedure number
    ('bury_1', 923, 926, 'six', 'members of the public present at the meeting', ''),
]
