"""First-run judgements (code 081c755, work/first_run/), written by reading each sentence of the raw page.
J['doc:raw_start'] = (is_figure 1/0, phrase_names_measure 1/0, failure_class, reader_phrase, reader_id)
  failure_class (phrase 0): subject, time phrase, whole-not-part, previous measure, cut at inner number, empty,
  verb chunk, place/name, table cell, other
  reader_id: '' when no id of data/indicators.yml fits.
MISSED = true figures the first run did not give: (doc, raw_start, raw_end, surface, reader_phrase, reader_id)."""
J = {
# bury_1 (scrutiny, children in care self-evaluation)
'bury_1:559': (1, 1, '', 'pre-proceedings cases concluding within the 16-week timescale', ''),
# bury_2 (children's centres consultation)
'bury_2:376': (0, 0, '', "age in 'under 5's' (not a figure)", ''),
'bury_2:684': (0, 0, '', "age in 'under 5's' (not a figure)", ''),
'bury_2:878': (0, 0, '', "age in 'under 5's' (not a figure)", ''),
'bury_2:1273': (0, 0, '', "age in 'who are under 5' (not a figure)", ''),
'bury_2:1337': (0, 0, '', "threshold in a definition: 'among the 40% most deprived nationally' (not a figure)", ''),
'bury_2:1918': (1, 0, 'cut at inner number', 'share of 2 year olds to have access to free early education from September 2014', ''),
# city-of-london_1 (Community and Children's Services, SEND SEF table: KS1 % achieving expected standard;
# columns No Special Needs / SEN support / EHCP x 2018/19, 2021/22, 2022/23; rows Reading, Writing, Maths)
'city-of-london_1:1844': (1, 0, 'empty', 'KS1 reading, pupils with no special needs achieving expected standard, 2018/19', ''),
'city-of-london_1:1850': (1, 0, 'empty', 'KS1 reading, pupils with no special needs achieving expected standard, 2021/22', ''),
'city-of-london_1:1856': (1, 0, 'empty', 'KS1 reading, pupils with no special needs achieving expected standard, 2022/23', ''),
'city-of-london_1:1862': (1, 0, 'empty', 'KS1 reading, pupils on SEN support achieving expected standard, 2018/19', ''),
'city-of-london_1:1868': (1, 0, 'empty', 'KS1 reading, pupils on SEN support achieving expected standard, 2021/22', ''),
'city-of-london_1:1874': (1, 0, 'empty', 'KS1 reading, pupils on SEN support achieving expected standard, 2022/23', ''),
'city-of-london_1:1880': (1, 0, 'empty', 'KS1 reading, pupils with an EHCP achieving expected standard, 2018/19', ''),
'city-of-london_1:1885': (1, 0, 'empty', 'KS1 reading, pupils with an EHCP achieving expected standard, 2021/22', ''),
'city-of-london_1:1892': (1, 0, 'empty', 'KS1 reading, pupils with an EHCP achieving expected standard, 2022/23', ''),
'city-of-london_1:1907': (1, 0, 'empty', 'KS1 writing, pupils with no special needs achieving expected standard, 2018/19', ''),
'city-of-london_1:1913': (1, 0, 'empty', 'KS1 writing, pupils with no special needs achieving expected standard, 2021/22', ''),
'city-of-london_1:1919': (1, 0, 'empty', 'KS1 writing, pupils with no special needs achieving expected standard, 2022/23', ''),
'city-of-london_1:1925': (1, 0, 'empty', 'KS1 writing, pupils on SEN support achieving expected standard, 2018/19', ''),
'city-of-london_1:1931': (1, 0, 'empty', 'KS1 writing, pupils on SEN support achieving expected standard, 2021/22', ''),
'city-of-london_1:1937': (1, 0, 'empty', 'KS1 writing, pupils on SEN support achieving expected standard, 2022/23', ''),
'city-of-london_1:1943': (1, 0, 'empty', 'KS1 writing, pupils with an EHCP achieving expected standard, 2018/19', ''),
'city-of-london_1:1948': (1, 0, 'empty', 'KS1 writing, pupils with an EHCP achieving expected standard, 2021/22', ''),
'city-of-london_1:1955': (1, 0, 'empty', 'KS1 writing, pupils with an EHCP achieving expected standard, 2022/23', ''),
'city-of-london_1:1968': (1, 0, 'empty', 'KS1 maths, pupils with no special needs achieving expected standard, 2018/19', ''),
# slough_1 (Schools Forum, early years formula)
'slough_1:800': (1, 1, '', 'early years base rate per hour for primary schools', ''),
'slough_1:882': (1, 0, 'other', 'early years base rate per hour for maintained nursery schools and PVI providers', ''),
'slough_1:1315': (1, 1, '', 'central retention of the Early Years DSG block (previous)', ''),
'slough_1:1321': (1, 1, '', 'central retention of the Early Years DSG block, 2018-19', ''),
'slough_1:1677': (1, 1, '', 'early years deprivation rate per hour (reduced)', ''),
'slough_1:1704': (1, 0, 'other', 'previous early years deprivation rate per hour', ''),
# slough_2 (Schools Forum, matters arising)
'slough_2:734': (1, 1, '', 'Task and Finish group meetings proposed for December / January', ''),
'slough_2:1007': (1, 1, '', 'fall in the Slough and Eton 14/15 formula budget allocation', ''),
'slough_2:1020': (1, 1, '', 'fall in the Slough and Eton formula budget allocation as stated in the earlier minutes', ''),
'slough_2:1083': (1, 1, '', 'additional pupils on roll at Slough and Eton', ''),
'slough_2:1141': (1, 1, '', 'overall loss of funding at Slough and Eton', ''),
# slough_3 (Cabinet, DSG management plan)
'slough_3:852': (1, 1, '', 'DSG cumulative deficit forecast by 2026/27', 'high_needs_deficit'),
'slough_3:888': (1, 1, '', 'DSG overspend per annum in 2020/21', 'high_needs_deficit'),
'slough_3:1335': (1, 1, '', 'DSG historic deficit to be financed by the DfE', 'high_needs_deficit'),
# west-berkshire_1 (Schools Forum, early years rates)
'west-berkshire_1:504': (0, 0, '', "age in 'three and four-year-olds' (not a figure)", ''),
'west-berkshire_1:932': (1, 1, '', 'share of the early years grant passed through to providers', ''),
'west-berkshire_1:991': (1, 1, '', 'share of the early years grant retained for central costs', ''),
'west-berkshire_1:1829': (1, 1, '', 'pass-through requirement for the early years grant', ''),
'west-berkshire_1:1899': (1, 1, '', 'share of the early years grant retained for central costs', ''),
# west-berkshire_2 (Schools Forum, school balances)
'west-berkshire_2:488': (1, 1, '', 'fall in overall maintained school balances', ''),
'west-berkshire_2:511': (1, 1, '', 'overall maintained school balances', ''),
# west-berkshire_3 (Schools Forum, school balances 2024/25)
'west-berkshire_3:498': (0, 0, '', "threshold in a definition: 'balances exceeding 10 per cent of their funding' (not a figure)", ''),
'west-berkshire_3:1426': (1, 1, '', 'options when a school submits its budget to the LA', ''),
'west-berkshire_3:1577': (1, 1, '', 'school budgets reviewed (all rejected)', ''),
# west-berkshire_4 (Schools Forum, deficit schools)
'west-berkshire_4:123': (1, 1, '', 'schools that submitted deficit budgets for 2020/21', ''),
'west-berkshire_4:257': (1, 1, '', 'schools ending 2019/20 with unlicensed deficit balances', ''),
# west-berkshire_5 (Schools Forum, high needs places)
'west-berkshire_5:1095': (1, 1, '', 'planned places allocated at the Castle School', ''),
'west-berkshire_5:1144': (1, 1, '', 'pupils at the Castle School', ''),
'west-berkshire_5:1197': (1, 1, '', 'planned places allocated at the Winchcombe', ''),
'west-berkshire_5:1239': (1, 1, '', 'planned places occupied at the Winchcombe', ''),
# hillingdon_1 (select committee, budget)
'hillingdon_1:942': (1, 1, '', "overspend of services in the committee's remit, 2024/25", 'budget_variance'),
'hillingdon_1:1772': (1, 1, '', 'further children\'s home beds expected to be registered', ''),
# hillingdon_2 (executive scrutiny, UASC funding)
'hillingdon_2:1167': (1, 1, '', 'issues on which clarification was sought', ''),
'hillingdon_2:1662': (1, 1, '', 'expected shortfall in asylum (UASC) funding', ''),
# north-tyneside_1 (children, education and skills sub-committee, EHC plans)
'north-tyneside_1:1628': (1, 1, '', 'EHC plans completed within the 20 week timescale, 2018', 'ehcp_timeliness'),
'north-tyneside_1:1981': (1, 1, '', 'average time taken to complete an EHC needs assessment', ''),
# southwark_1 (corporate parenting, health of looked after children)
'southwark_1:731': (1, 0, 'other', 'target completion rate for health assessments of looked after children', ''),
# central-bedfordshire_1 (children's scrutiny, 0-5 healthy child programme)
'central-bedfordshire_1:653': (1, 1, '', 'places funded by the Department of Health for vulnerable mothers', ''),
'central-bedfordshire_1:707': (1, 1, '', 'funded places assigned', ''),
'central-bedfordshire_1:797': (1, 1, '', 'multiple of health visitor visits expected on the programme (times)', ''),
'central-bedfordshire_1:1165': (1, 1, '', 'key measures of the national service specification', ''),
'central-bedfordshire_1:1264': (1, 1, '', '6-8 week assessments carried out', ''),
'central-bedfordshire_1:1308': (1, 1, '', 'breastfeeding mothers', ''),
'central-bedfordshire_1:1364': (1, 1, '', '2 1/2 year reviews undertaken', ''),
'central-bedfordshire_1:1474': (0, 0, '', "age: 'at 2 1/2 years' (not a figure)", ''),
'central-bedfordshire_1:1761': (1, 1, '', 'maximum places allocated to vulnerable mothers', ''),
# central-bedfordshire_2 (children's scrutiny, foster carer fees)
'central-bedfordshire_2:817': (0, 0, '', "name: 'two tiered payment structure' (not a figure)", ''),
'central-bedfordshire_2:1109': (1, 0, 'other', 'proposed additional spend on foster carer fees', ''),
'central-bedfordshire_2:1143': (1, 1, '', 'target share of placements with in-house foster carers', ''),
'central-bedfordshire_2:1210': (1, 1, '', 'additional in-house foster carers to be appointed', ''),
# hampshire_1 (corporate parenting panel, children's homes placements)
'hampshire_1:608': (1, 1, '', 'purpose built new children\'s homes completed', ''),
'hampshire_1:698': (1, 1, '', "operating children's homes rated Good or Outstanding", ''),
'hampshire_1:954': (1, 0, 'other', "children looked after in children's homes, 2017/18", ''),
'hampshire_1:1220': (1, 1, '', "children discharged from children's homes", ''),
'hampshire_1:1244': (1, 0, 'cut at inner number', 'discharged children under 16 returned to family or foster carer', ''),
# oxfordshire_1 (scrutiny, children's homes)
'oxfordshire_1:1459': (1, 1, '', 'children accommodated at Aspen House brought back into the county', ''),
# stockport_1 (children and young people scrutiny, performance)
'stockport_1:1159': (0, 0, '', 'telephone number (not a figure)', ''),
'stockport_1:1694': (1, 1, '', 'recommendations of the scrutiny review on private children\'s care homes', ''),
# wokingham_1 (children's scrutiny, youth offending service)
'wokingham_1:1889': (1, 1, '', 'prolific re-offenders affecting the statistics', ''),
}
MISSED = [
 ('west-berkshire_4', 185, 188, 'one', 'schools expected to recover their deficit position in 2020/21', ''),
 ('torbay_1', 1891, 1895, 'half', 'share of primary fixed term exclusions for children with EHCPs', ''),
]
