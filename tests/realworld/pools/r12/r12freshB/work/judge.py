"""First-run judgements (code 7072458, work/first_run/), written by reading each sentence of the raw page.
J['doc:raw_start'] = (is_figure 1/0, phrase_names_measure 1/0, failure_class, reader_phrase, reader_id)
  failure_class (phrase 0): subject, time phrase, whole-not-part, previous measure, cut at inner number, empty,
  verb chunk, place/name, table cell, list/FOI line, other
  reader_id: '' when no id of data/indicators.yml fits; '?' when two readers could differ (left out of the id score).
MISSED = true figures the first run did not give: (doc, raw_start, raw_end, surface, reader_phrase, reader_id)."""
J = {
# bury_1 (children and young people scrutiny, public question on SEND tribunals)
'bury_1:1546': (1, 0, 'whole-not-part', 'success rate of local authority tribunals (SEND)', ''),
# central-bedfordshire_1 (corporate parenting panel, virtual school: pupil premium plus)
'central-bedfordshire_1:1573': (1, 1, '', 'Pupil Premium per looked after pupil (increased to, April 2014)', ''),
'central-bedfordshire_1:1729': (1, 0, 'subject', 'Pupil Premium per pupil retained by the Virtual School', ''),
'central-bedfordshire_1:1743': (1, 1, '', 'Pupil Premium allocated to each pupil', ''),
'central-bedfordshire_1:1789': (1, 1, '', 'remaining Pupil Premium per pupil given to schools termly', ''),
# leeds_1 (admissions, secondary preferences September 2011)
'leeds_1:639': (1, 1, '', 'fall in children applying for year 7 places', ''),
'leeds_1:1151': (1, 1, '', 'share of parents offered their first preference secondary school', ''),
'leeds_1:1212': (1, 1, '', 'increase in the share offered their first preference school', ''),
'leeds_1:1239': (1, 1, '', 'parents not given their first preference school', ''),
'leeds_1:1303': (1, 1, '', 'share of those parents asking for Roundhay', ''),
'leeds_1:1876': (1, 1, '', 'children who did not express any preference', ''),
# milton-keynes_1 (Schools Forum, DSG forecast outturn 2024-25)
'milton-keynes_1:933': (1, 1, '', 'adjustment to the early years block for 2-year-old working family entitlements', ''),
'milton-keynes_1:1076': (1, 1, '', 'reduction in the overall DSG carry forward', ''),
'milton-keynes_1:1138': (1, 1, '', 'underspend on the schools block (DSG)', '?'),
'milton-keynes_1:1336': (1, 1, '', 'predicted early years block surplus carry forward', ''),
'milton-keynes_1:1379': (1, 1, '', 'early years block in-year overspend', '?'),
'milton-keynes_1:1488': (1, 1, '', 'high needs block in-year overspend (forecast)', 'high_needs_deficit'),
# north-northamptonshire_1 (executive advisory panel, high needs block: list of schools, DSG)
'north-northamptonshire_1:1394': (1, 0, 'empty', 'all-through schools in North Northamptonshire', ''),
'north-northamptonshire_1:1451': (1, 1, '', 'PRU / AP settings in North Northamptonshire', ''),
'north-northamptonshire_1:1537': (1, 1, '', 'North Northamptonshire Dedicated Schools Grant 2021/22', ''),
'north-northamptonshire_1:1586': (1, 1, '', 'High Needs Block allocation 2021/22', ''),
# north-yorkshire_1 (executive member decision, short breaks for disabled children)
'north-yorkshire_1:1486': (1, 1, '', 'budget for discretionary short breaks (before the proposed reduction)', ''),
'north-yorkshire_1:1495': (1, 1, '', 'proposed budget for discretionary short breaks', ''),
# slough_1 (Schools Forum, high needs block and SEN)
'slough_1:809': (1, 1, '', 'projected high needs block overspend (before)', 'high_needs_deficit'),
'slough_1:821': (1, 1, '', 'projected high needs block overspend (reduced to)', 'high_needs_deficit'),
'slough_1:1037': (1, 1, '', 'length of the recovery plan', ''),
# slough_2 (scrutiny panel, elective home education)
'slough_2:331': (1, 1, '', 'known home schooled children in Slough', ''),
'slough_2:508': (1, 0, 'verb chunk', 'home schooled children with EHC plans', ''),
'slough_2:599': (1, 0, 'previous measure', 'home schooled children with social care or early help involvement', ''),
'slough_2:1540': (1, 1, '', 'instances where parents did not allow visits (lower)', ''),
'slough_2:1545': (1, 1, '', 'instances where parents did not allow visits (upper)', ''),
# slough_3 (Schools Forum, growth fund 2018/19)
'slough_3:99': (1, 1, '', 'additional criteria items proposed', ''),
'slough_3:728': (0, 0, '', "reference: 'between the two censuses' (not a measurement)", ''),
'slough_3:904': (1, 0, 'empty', 'DSG top-slice for the Growth Fund 2018/19', ''),
'slough_3:938': (1, 1, '', 'Growth Fund carry forward', ''),
'slough_3:1087': (1, 1, '', 'forecast Growth Fund expenditure', ''),
'slough_3:1531': (1, 1, '', 'request to fund ghost places at Grove Academy', ''),
'slough_3:1625': (1, 0, 'whole-not-part', 'share of the request funded from the Growth Fund underspend', ''),
'slough_3:1726': (1, 0, 'previous measure', 'Growth Fund underspend used to part-fund ghost places', ''),
'slough_3:1764': (1, 0, 'whole-not-part', 'share of the ghost places cost part-funded', ''),
'slough_3:1862': (1, 1, '', 'resulting Growth Fund carry forward', ''),
# slough_4 (Schools Forum, growth fund)
'slough_4:307': (1, 1, '', 'recommended increase in the Growth Fund', ''),
'slough_4:323': (1, 0, 'previous measure', 'Growth Fund (recommended level)', ''),
'slough_4:539': (1, 0, 'subject', 'funding lag for maintained schools', ''),
'slough_4:575': (1, 0, 'subject', 'funding lag for academies', ''),
'slough_4:1282': (1, 1, '', "balance left in this year's Growth Fund", ''),
'slough_4:1389': (1, 0, 'verb chunk', 'Growth Fund (agreed level)', ''),
# somerset_1 (children and families scrutiny, EHCP process)
'somerset_1:647': (1, 1, '', 'share of school aged children with an EHC plan', ''),
'somerset_1:735': (0, 0, '', "threshold in a definition: 'issued within 20-weeks' (not a figure)", ''),
# stockport_1 (Schools Forum, matters arising: free school meals)
'stockport_1:809': (0, 0, '', "list reference '(b) (1)' (not a figure)", ''),
'stockport_1:1051': (1, 1, '', 'share of families checked for free school meals eligibility', ''),
'stockport_1:1292': (0, 0, '', "list reference '(b) (2)' (not a figure)", ''),
'stockport_1:1398': (1, 0, 'subject', 'schools written to about their UIFSM capital allocation', ''),
'stockport_1:1404': (1, 1, '', 'schools to be written to (all)', ''),
'stockport_1:1564': (1, 1, '', 'further schools to be contacted this week', ''),
# torbay_1 (Schools Forum, early years funding)
'torbay_1:477': (1, 1, '', 'current retained share of early years funding for staffing and systems costs', ''),
'torbay_1:582': (1, 0, 'other', 'retained share of early years funding (reduced to)', ''),
'torbay_1:641': (1, 0, 'verb chunk', 'target retained share of early years funding', ''),
'torbay_1:1100': (1, 0, 'verb chunk', 'ALFI funding retained for this financial year', ''),
'torbay_1:1237': (1, 0, 'verb chunk', 'ALFI funding not needed in future', ''),
'torbay_1:1588': (1, 0, 'verb chunk', "amount to take out of this year's underspend", ''),
'torbay_1:1638': (1, 0, 'verb chunk', 'retained share if reduced now', ''),
'torbay_1:1846': (1, 1, '', 'spend forum members would need to identify to stop', ''),
# west-berkshire_1 (Schools Forum, growth fund and falling rolls fund 2017/18)
'west-berkshire_1:299': (1, 1, '', 'schools meeting the Growth Fund criteria', ''),
'west-berkshire_1:599': (1, 1, '', 'unspent Growth Fund balance carried forward', ''),
# west-berkshire_2 (Schools Forum, school deficit recovery)
'west-berkshire_2:229': (1, 1, '', 'schools that set a deficit budget in 2019/20', ''),
'west-berkshire_2:411': (1, 1, '', 'schools with a licensed deficit in 2019/20', ''),
'west-berkshire_2:494': (1, 1, '', 'total licensed deficit of those schools 2019/20', ''),
'west-berkshire_2:555': (1, 1, '', 'final closing balance of those schools (surplus)', ''),
'west-berkshire_2:622': (1, 1, '', 'overall improvement from budget to year end', ''),
'west-berkshire_2:667': (1, 1, '', 'schools ending the year in surplus', ''),
'west-berkshire_2:678': (1, 0, 'previous measure', 'schools with a licensed deficit (all)', ''),
'west-berkshire_2:765': (1, 1, '', 'schools ending 2019/20 with an unlicensed deficit', ''),
'west-berkshire_2:879': (1, 1, '', 'schools expected to submit a deficit budget licence application', ''),
# wiltshire_1 (Schools Forum, central schools services block 2020-21)
'wiltshire_1:731': (1, 1, '', 'central schools services block funding settlement', ''),
'wiltshire_1:940': (1, 1, '', "reduction in Wiltshire's historic commitments funding 2020/21", ''),
'wiltshire_1:1314': (1, 1, '', 'cost of an admission appeal', ''),
'wiltshire_1:1405': (1, 1, '', 'cost per appeal schools would accept', ''),
'wiltshire_1:1468': (1, 0, 'verb chunk', 'top slice from the Schools Block for admission appeals', ''),
'wiltshire_1:1709': (1, 1, '', 'transfer for admission appeals', ''),
'wiltshire_1:1758': (1, 0, 'previous measure', 'reduction in funds added to the high needs block', ''),
# wiltshire_2 (Schools Forum, growth fund)
'wiltshire_2:941': (1, 0, 'verb chunk', 'centrally retained Growth Fund budget', ''),
'wiltshire_2:1804': (1, 0, 'subject', 'amount released by the proposals compared with the 2013-14 budget', ''),
# wokingham_1 (Schools Forum, high needs block 2018/19)
'wokingham_1:351': (1, 0, 'other', 'share of the Schools Block to transfer to the high needs block (rejected)', ''),
'wokingham_1:494': (1, 1, '', 'reduction in funds available to the high needs block 2018/19', ''),
'wokingham_1:855': (1, 1, '', 'savings needed for a balanced high needs budget', ''),
'wokingham_1:1841': (1, 0, 'empty', 'children taken over the allocated number (lower)', ''),
'wokingham_1:1849': (1, 1, '', 'children taken over the allocated number (upper)', ''),
# wokingham_2 (Schools Forum, high needs block review)
'wokingham_2:723': (1, 1, '', 'increase in EHC plans', ''),
'wokingham_2:1112': (1, 0, 'place/name', "growth in Nottingham's high needs allocation 2017/18", ''),
'wokingham_2:1156': (1, 0, 'place/name', "growth in Wokingham's high needs allocation 2017/18", ''),
'wokingham_2:1308': (1, 1, '', 'cost of staffing in the core function review', ''),
}
MISSED = [
 ('north-northamptonshire_1', 1308, 1309, '4', 'nursery schools in North Northamptonshire', ''),
 ('north-northamptonshire_1', 1335, 1338, '111', 'primary schools in North Northamptonshire', ''),
 ('north-northamptonshire_1', 1364, 1366, '20', 'secondary schools in North Northamptonshire', ''),
 ('north-northamptonshire_1', 1424, 1425, '8', 'special schools in North Northamptonshire', ''),
]
