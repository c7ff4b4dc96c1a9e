"""Judgement of the first run (081c755) of every figure, written by reading each sentence.
J['doc:raw_start'] = (is_figure, phrase_names_measure, reader_id, reader_phrase, failure_class)
  is_figure: 1 a figure with the right value, 0 not a figure (or a wrong value / a split range end), 'a' ambiguous (left out)
  phrase_names_measure: 1/0 for the first run's phrase (0 for non-figures)
  reader_id: '' none fits, an id from data/indicators.yml, '?' ambiguous (left out of the id score)
  failure_class (phrase 0 only): subject, time phrase, whole-not-part, previous measure, cut at inner number,
                                 empty, verb chunk, place/name, table cell, other
MISSED = true figures the first run did not give: (doc, raw_start, raw_end, surface, value, unit, reader_id, reader_phrase)
REJ['doc:raw_start'] = (new phrase, phrase_names_measure, failure_class): phrases judged again after a code change (lead).
NEW['doc:raw_start'] = same tuple as J: figures that appear only in a later run, judged by the lead."""
J = {
# cumberland_1 (decision record)
'cumberland_1:376': (1,0,'','refurbishment of the edge of care residential home (total, up to)','place/name'),
'cumberland_1:727': (0,0,'','',''),   # RIBA Plan of Work Stages 3-7: a name
'cumberland_1:835': (1,1,'','estimated cost of the professional services contract',''),
'cumberland_1:1219': (1,0,'','estimated cost of the construction contract (refurbishment works)','place/name'),
# cumberland_2
'cumberland_2:189': (1,0,'','area of Cumberland (square km)','other'),
'cumberland_2:470': (1,1,'','share of the Cumberland population aged over 65',''),
'cumberland_2:524': (0,0,'','',''),   # aged over 65: age threshold
'cumberland_2:832': (1,1,'','cared for children rate per 10,000',''),
'cumberland_2:1001': (1,1,'','share of children living in relatively low-income families',''),
'cumberland_2:1107': (1,1,'children_in_need','children and young people in need of statutory support and intervention',''),
'cumberland_2:1200': (1,0,'child_protection_plans','children helped to be protected by statutory services (child protection)','whole-not-part'),
'cumberland_2:1301': (1,0,'children_in_care','children and young people cared for','whole-not-part'),
'cumberland_2:1357': (1,0,'','share of recent entrants to care who were separated young people','empty'),
'cumberland_2:1526': (1,1,'','children adopted in the last 6 months',''),
'cumberland_2:1597': (1,1,'','children waiting to be adopted',''),
'cumberland_2:1657': (1,0,'','share of cared for children identified as male','whole-not-part'),
'cumberland_2:1727': (1,0,'','share of cared for children identified as white British','whole-not-part'),
'cumberland_2:1807': (1,0,'','share of cared for children identified as black or black British','whole-not-part'),
'cumberland_2:1852': (1,0,'','share of cared for children recorded as having a disability','whole-not-part'),
'cumberland_2:1923': (1,0,'','cared for children with an EHC plan','whole-not-part'),
'cumberland_2:1928': (1,0,'','share of cared for children with an EHC plan','whole-not-part'),
# cumberland_3
'cumberland_3:323': (1,1,'foster_carers','mainstream foster families',''),
'cumberland_3:355': (1,0,'','fostering households joined in the last 12 months','whole-not-part'),
'cumberland_3:419': (1,0,'','fostering households de-registered in the last 12 months','whole-not-part'),
'cumberland_3:1700': (1,0,'','satellite families in a Mockingbird constellation (six to ten)','other'),
'cumberland_3:1707': (0,0,'','',''),  # upper end of the range "six to ten", split off
# cumberland_4
'cumberland_4:94': (0,0,'','',''),    # survey 9: a name
'cumberland_4:334': (1,1,'','increase in external residential placements (region) since September 2023',''),
'cumberland_4:430': (1,1,'','external residential placements in the region (total)',''),
'cumberland_4:596': (1,0,'','North West share of all children\'s homes','place/name'),
'cumberland_4:641': (1,0,'','North West share of all children\'s home places','other'),
'cumberland_4:730': (1,1,'','increase in children\'s residential homes in the North West',''),
'cumberland_4:1622': (1,1,'','mainstream children\'s homes across Cumbria',''),
'cumberland_4:1659': (1,1,'','edge of care homes',''),
'cumberland_4:1896': (1,1,'','beds of the Barrow children\'s home',''),
# cumberland_5
'cumberland_5:519': (0,0,'','',''),   # 1-bedroom: a name
'cumberland_5:994': (1,1,'','increase in statutory homelessness cases of care experienced young people',''),
'cumberland_5:1106': (1,1,'','increase in statutory prevention and relief cases in Carlisle',''),
'cumberland_5:1232': (1,1,'','annual average increase in Cumberland',''),
'cumberland_5:1303': (1,1,'','average year on year increase in Carlisle',''),
'cumberland_5:1367': (1,1,'','increase in homelessness presentations of 16-17 year olds',''),
'cumberland_5:1502': (1,1,'','average yearly increase in homelessness presentations of 16-17 year olds',''),
'cumberland_5:1556': (1,0,'','share of 16-17 year-old cases in the Carlisle locality','empty'),
'cumberland_5:1634': (1,0,'','share of 16-17 year-old cases who were female','empty'),
# south-gloucestershire_1
'south-gloucestershire_1:120': (1,1,'','boost to fees and allowances paid to foster carers',''),
# south-gloucestershire_2
'south-gloucestershire_2:176': (1,0,'','extra investment in children\'s social care over three to five years','verb chunk'),
'south-gloucestershire_2:378': (1,1,'','extra staff being taken on',''),
'south-gloucestershire_2:686': (1,0,'','extra investment in children\'s social care over three to five years','verb chunk'),
'south-gloucestershire_2:1958': (1,0,'','other carers in a Mockingbird constellation (six to 10)','other'),
'south-gloucestershire_2:1965': (0,0,'','',''),  # upper end of the range "six to 10", split off
# south-gloucestershire_3 (BBC, cabinet meeting)
'south-gloucestershire_3:0': (1,1,'','new children\'s homes',''),
'south-gloucestershire_3:65': (1,1,'','new children\'s homes',''),
'south-gloucestershire_3:340': (1,1,'','rise in children in care over four years',''),
'south-gloucestershire_3:527': (1,1,'children_in_care','children in care in the district',''),
'south-gloucestershire_3:633': (1,1,'','providers of children\'s residential care in South Gloucestershire',''),
'south-gloucestershire_3:719': (1,1,'','residential placements offered by those providers',''),
'south-gloucestershire_3:1325': (1,1,'','suitable houses to buy',''),
# north-yorkshire_1 (executive member statement)
'north-yorkshire_1:906': (1,1,'','referrals to children\'s social care in Quarter 4',''),
'north-yorkshire_1:937': (1,1,'','referrals to children\'s social care in Quarter 3',''),
'north-yorkshire_1:1138': (1,0,'re_referrals','rate of repeat referral 2020/21','previous measure'),
'north-yorkshire_1:1179': (1,0,'re_referrals','rate of repeat referral 2019/20','previous measure'),
'north-yorkshire_1:1300': (1,1,'child_protection_plans','children subject to a child protection plan, end of Quarter 3',''),
'north-yorkshire_1:1331': (1,1,'child_protection_plans','children subject to a child protection plan, end of Quarter 4',''),
'north-yorkshire_1:1450': (1,1,'','repeat child protection plan rate 2020/21',''),
'north-yorkshire_1:1572': (1,1,'','share of repeat child protection plans within 12 months of a previous plan 2019/20',''),
'north-yorkshire_1:1592': (1,1,'','share of repeat child protection plans within 12 months of a previous plan 2020/21',''),
'north-yorkshire_1:1840': (1,0,'children_in_care','children in care, end of Quarter 3','verb chunk'),
'north-yorkshire_1:1871': (1,0,'children_in_care','children in care, end of Quarter 4','verb chunk'),
# hillingdon_1
'hillingdon_1:744': (1,1,'placement_cost_weekly','most expensive residential placement offered (weekly cost)',''),
'hillingdon_1:1287': (1,1,'','new units completed in Charville',''),
# hillingdon_2
'hillingdon_2:156': (1,1,'','placements the child had been through',''),
'hillingdon_2:1177': (1,1,'children_in_care','looked-after children in the borough',''),
'hillingdon_2:1215': (0,0,'','',''),  # aged up to 18: age
'hillingdon_2:1614': (1,1,'','beds of the original care home',''),
'hillingdon_2:1723': (1,0,'','beds of the big home being replaced','verb chunk'),
'hillingdon_2:1746': (1,1,'','new homes opening',''),
'hillingdon_2:1762': (1,1,'','beds in total in the new homes',''),
'hillingdon_2:1819': (1,1,'','children the largest home has rooms for',''),
'hillingdon_2:1857': (1,1,'','single-bed placements already open',''),
# city-of-london_1
'city-of-london_1:458': (1,0,'','children on a child protection plan for 12-24 months','whole-not-part'),
'city-of-london_1:505': (0,0,'','',''),  # 12-24 months: band defining the group
# central-bedfordshire_1
'central-bedfordshire_1:122': (1,1,'','reports against the measure that were not green since June 2014',''),
'central-bedfordshire_1:454': (1,1,'','target for the share of referrals leading to a social care service',''),
# wokingham_1 (FOI answer)
'wokingham_1:1108': (1,1,'','total forecast placement costs 23/24 (children in children\'s homes in mainstream schools)',''),
'wokingham_1:1400': (1,1,'placement_cost_weekly','highest (only) weekly placement cost 2022/23',''),
# wiltshire_1
'wiltshire_1:1635': (1,0,'','market supplement for level 3 and 4 social workers','other'),
'wiltshire_1:1695': (1,1,'','market supplement for assistant team and team managers',''),
# knowsley_1
'knowsley_1:338': (1,1,'','residential units in Knowsley',''),
'knowsley_1:369': (1,1,'','residential units in Huyton',''),
# stoke-on-trent_1
'stoke-on-trent_1:140': (1,1,'','cuts to children\'s homes provision',''),
'stoke-on-trent_1:625': (1,1,'','small group homes in Stoke',''),
'stoke-on-trent_1:659': (1,0,'','small group homes to be closed','verb chunk'),
'stoke-on-trent_1:764': (1,1,'','children living in the remaining four homes',''),
'stoke-on-trent_1:811': (1,1,'','remaining homes',''),
'stoke-on-trent_1:1752': (1,1,'','other local authorities in the regional adoption agency',''),
# liverpool_1
'liverpool_1:229': (1,0,'','size of the Ofsted inspection team','verb chunk'),
'liverpool_1:262': (1,0,'','time the Ofsted team spent in the city','subject'),
'liverpool_1:332': (1,1,'','case files inspected',''),
# liverpool_2
'liverpool_2:1094': (1,1,'','rise in looked-after children over 4 years',''),
'liverpool_2:1186': (1,1,'children_in_care','looked-after children (almost)',''),
'liverpool_2:1381': (1,1,'foster_carers','foster carers looking after children',''),
'liverpool_2:1477': (1,0,'','foster carers to recruit a year (aim)','subject'),
# liverpool_3
'liverpool_3:227': (1,1,'','fun days for foster care families',''),
'liverpool_3:325': (0,0,'','',''),   # Saturday 21 (May): date
'liverpool_3:355': (1,1,'','thank-you events for carers',''),
'liverpool_3:428': (0,0,'','',''),   # 30 James Street: address
'liverpool_3:456': (0,0,'','',''),   # Thursday 19 (May): date
'liverpool_3:1369': (1,1,'','council tax saving per fostering household a year',''),
'liverpool_3:1393': (1,1,'foster_carers','households who foster for the city council',''),
# east-riding-of-yorkshire_1 (local news, scrutiny sub-committee)
'east-riding-of-yorkshire_1:160': (1,0,'social_worker_vacancies','vacancies in frontline social work teams','verb chunk'),
'east-riding-of-yorkshire_1:182': (1,0,'social_worker_vacancies','share of frontline children\'s social worker posts vacant','whole-not-part'),
'east-riding-of-yorkshire_1:510': (1,0,'social_worker_vacancies','vacancies in frontline social work teams','subject'),
'east-riding-of-yorkshire_1:1049': (1,0,'','working days lost to sickness June to December','empty'),
'east-riding-of-yorkshire_1:1118': (1,0,'','working days lost to stress, depression, mental illness or fatigue','verb chunk'),
'east-riding-of-yorkshire_1:1349': (1,0,'','share of social workers surveyed working over their contracted hours','whole-not-part'),
'east-riding-of-yorkshire_1:1495': (0,0,'','',''),   # "Two" of "Two thirds": wrong value (the figure is 2/3, in MISSED)
'east-riding-of-yorkshire_1:1607': (1,0,'','share saying the pandemic made them more stressed','previous measure'),
'east-riding-of-yorkshire_1:1731': (1,1,'social_worker_caseload','average caseload per worker (national research)',''),
'east-riding-of-yorkshire_1:1922': (1,1,'','share of leavers saying relationships with colleagues deteriorated',''),
# east-riding-of-yorkshire_2
'east-riding-of-yorkshire_2:840': (1,0,'?','case assessments completed (in timescale), November','verb chunk'),
'east-riding-of-yorkshire_2:920': (1,1,'','share of social workers responsible for more than 20 children (December)',''),
'east-riding-of-yorkshire_2:981': (0,0,'','',''),    # more than 20 children: threshold
'east-riding-of-yorkshire_2:1005': (1,0,'','share of social workers responsible for more than 20 children (late last year)','other'),
'east-riding-of-yorkshire_2:1365': (1,1,'','social workers who spoke to the committee',''),
# bedford_1 (local news, scrutiny committee)
'bedford_1:151': (1,1,'','spending a year on children in residential or unregistered care',''),
'bedford_1:173': (1,1,'','children placed in residential or unregistered care',''),
'bedford_1:391': (1,1,'','children in residential placements',''),
'bedford_1:433': (1,1,'','children in unregistered provision',''),
'bedford_1:482': (1,0,'','total yearly cost of those placements','verb chunk'),
'bedford_1:957': (0,0,'','',''),    # "Two, they're not registered": enumeration
'bedford_1:1417': (1,0,'social_worker_caseload','caseload of one social worker (highest)','other'),
'bedford_1:1438': (0,0,'','',''),   # "nearly three times the national average": a ratio, not a measurement
'bedford_1:1474': (1,0,'social_worker_caseload','national average caseload','other'),
'bedford_1:1578': (1,0,'social_worker_caseload','highest caseload in the Conect team','other'),
# sunderland_1 (local news)
'sunderland_1:1664': (1,1,'','heads of service put in place',''),
'sunderland_1:1689': (1,1,'','senior managers put in place',''),
'sunderland_1:1798': (1,1,'','new social workers taken on',''),
'sunderland_1:1857': (1,0,'','agency staff level last year (share)','verb chunk'),
'sunderland_1:1874': (1,0,'','agency staff level now (share)','verb chunk'),
# hartlepool_1 (local news, portfolio meeting)
'hartlepool_1:169': (1,1,'foster_carers','registered foster carers now',''),
'hartlepool_1:207': (1,1,'foster_carers','registered foster carers at the start of April',''),
'hartlepool_1:501': (1,1,'children_in_care','looked-after children, end of March',''),
'hartlepool_1:540': (1,1,'children_in_care','looked-after children, end of June',''),
'hartlepool_1:1168': (1,1,'foster_carers','foster carers (before)',''),
'hartlepool_1:1174': (1,1,'foster_carers','foster carers (now)',''),
'hartlepool_1:1438': (0,0,'','',''),   # over the three months: period
'hartlepool_1:1463': (1,1,'','fostering inquiries in the quarter',''),
'hartlepool_1:1480': (1,1,'','information packs sent out',''),
'hartlepool_1:1668': (1,1,'','potential foster carers waiting to attend preparation training',''),
'hartlepool_1:1780': (1,1,'','available (in-house foster) placements',''),
'hartlepool_1:1827': (1,1,'','children in (in-house foster) placements',''),
}
MISSED = [
 ('cumberland_2', 1494, 1517, 'between 10 and 15 years', '10-15', 'years', '', 'average age of cared for young people'),
 ('cumberland_4', 1892, 1895, 'one', '1', 'count', '', '6-bedded children\'s homes in Barrow in Furness'),
 ('knowsley_1', 387, 390, 'one', '1', 'count', '', 'residential units in Kirkby'),
 ('east-riding-of-yorkshire_1', 1495, 1505, 'Two thirds', '66.7', 'percent', '', 'share saying anxiety, complexity and workloads worsened in the pandemic'),
]
REJ = {}
NEW = {}
