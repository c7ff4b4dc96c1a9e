"""Every judgement of the pool's numeral tokens, by reading (first run, c045fe3).

Labels: F = head token of a true figure; P = a later token of the same figure or number (not counted);
amb = ambiguous (left out of scores); anything else = the non-figure kind it is (date, year, period, time,
reference, minute, list, name, age, phone, filesize, threshold, procedure, ordinal, idiom ...).
Keyed by token index in base/tokens.csv (order of the pool manifest and text; the texts never change).
"""
J = {}
def put(spec, label):
    for part in str(spec).split(","):
        if "-" in part:
            a, b = map(int, part.split("-")); rng = range(a, b + 1)
        else:
            rng = [int(part)]
        for i in rng:
            assert i not in J, i
            J[i] = label
# northumberland_1
put("0,3,6,9,12,15,18,19", "list"); put("1,2,4,5,7,8,10,11,13,14,16,17,20", "reference"); put("21,22", "F")
# northumberland_3
put("23,26,29,32,35,38,41,44", "list"); put("24,25,27,28,30,31,33,34,36,37,39,40,42,43", "reference")
# somerset_2
put("45,46,58,59,61,62", "date"); put(47, "time"); put("48-53", "phone"); put("54,57,63", "list"); put(55, "idiom")
put(56, "reference"); put("60,64", "filesize"); put(65, "procedure")  # "2 public questions / statement had been received"
# somerset_3
put("66,67", "name"); put("68,69", "phone"); put("70,71,76,81", "list"); put(72, "year"); put("73,75,78", "reference")
put(74, "F"); put(77, "filesize"); put("79,80", "date")
# north-somerset_1
put("82,84,85", "date"); put("83,86", "time"); put(87, "name"); put("88,91,97", "minute")  # "EXE 42": a minute number
put("89,90,92", "reference")  # "(ESO 6)": Executive Standing Order 6
put("93,94,95", "procedure")  # "will hear up to four people", "three minutes", "fifteen minutes"
put(96, "F")
# north-somerset_2
put("98,99", "date"); put(100, "time"); put("101,102", "minute"); put("103,104", "reference")  # "Standing Orders 2 (vi) and 17"
put(105, "filesize"); put("106,107,108", "procedure"); put(109, "list")
# cumbria_1
put("110,111", "date"); put(112, "time"); put("113,114", "period"); put(115, "F"); put(116, "period")
put("117,118,120", "list"); put(119, "year")
# cumbria_2
put("121,122,127,128", "date"); put("123,125,126", "time"); put("124,129", "list"); put("130,132,135", "name")
put(131, "F"); put("133,134,136", "threshold")  # speed limits "50mph to 30mph", "a temporary speed restriction of 30 mph"
# north-yorkshire_1
put("137,138", "date"); put(139, "time"); put(140, "name"); put(141, "P"); put("142,143", "minute")
# stockport_1
put("144,145", "name"); put("146,148,149,150,151,152,153,156,157", "F"); put(147, "period"); put(154, "P"); put("155,158,159,160", "list")
# oxfordshire_1
put("161,162,176,177,178,179,185,186", "date"); put("163,182,184,187", "time"); put("164,165,166,167,168,190", "name")
put("169,171,173,180", "minute"); put("170,172,174,181", "P"); put(175, "filesize"); put("183,188", "procedure")
put(189, "procedure")  # "Written submissions should be no longer than 1 A4 sheet"
put(191, "F")
# hampshire_1
put("192,196,198", "name"); put("193,194", "date"); put(195, "time"); put(197, "filesize")
# north-tyneside_1
put("199,200,209,210,214,226,227", "date"); put(201, "time"); put("202,203", "name"); put("204,205,212", "filesize")
put("206,207,208,211,216", "list"); put(213, "amb")  # "Audit Committee has two co-opted members" (the constitution's make-up)
put(215, "threshold")  # "the maximum term of office of 10 years"
put("217,218,220-223", "period"); put(219, "filesize"); put("224,225", "year")
# north-tyneside_2
put("228,229,243", "date"); put(230, "time"); put("231,232", "name"); put("233-235", "phone"); put(236, "minute"); put(237, "P")
put(238, "filesize"); put(239, "procedure")  # "6 valid questions have been received from members of the public"
put(240, "list"); put("241,242,246", "year"); put("244,245", "amb")  # "the statutory 10% biodiversity net gain" (a required level)
# westmorland-and-furness_1
put("247,248,256,257,258,259", "date"); put("249,262", "time"); put("250,251,253,254,260", "minute"); put(252, "reference")
put(255, "filesize"); put("261,263", "procedure")  # "at least 3 clear working days", "9 working days be[fore]"
# leeds_1
put(264, "name"); put("265,266,267", "F"); put(268, "threshold")  # "Reason Key: Financial Impact>£500K"
# leeds_2
put("269,270", "date"); put(271, "time"); put("272,273", "name"); put("274-276", "phone"); put("277,281", "minute")
put("278,279", "reference"); put(280, "procedure"); put("282,283,284", "list")
# bury_1
put("285-287", "date"); put("288,293,296,297,298", "list"); put("289,292,294", "F"); put(290, "name")  # "5/6-bedroomed homes"
put(291, "P"); put(295, "reference")  # "the homes in (2.0)"
# wigan_2
put("299-302,304", "date"); put("303,306", "name"); put(305, "F")
# hackney_1
put("307,308,324,325", "date"); put("309,321", "time"); put("310,311,312", "name"); put("313,316,318,320,329-332", "list")
put("314,315,317,319,323,327", "minute"); put(322, "filesize"); put(326, "year"); put(328, "F")
# wiltshire_1
put("333,334,338-341", "date"); put("335,345,347", "time"); put("336,337", "name"); put("342,343,344,346,348", "procedure")
# wiltshire_3
put("349,350,353,354,357", "F"); put("351,352", "threshold")
put(355, "threshold")  # "in the same placement for more than two-an-a-half years" (the measure's definition)
put(356, "P"); put(358, "period")
# tameside_1
put("359,360,374,375,379-382", "date"); put(361, "time"); put("362,363", "name"); put("364-369", "phone")
put("370,371,372,376,384,386", "list"); put("373,377,385,387", "filesize"); put(378, "F"); put(383, "period")
# southwark_1
put("388-391", "name"); put(392, "procedure"); put("393-396", "date"); put(397, "F")
# sutton_1
put("398,399,406,407,409,410", "date"); put(400, "time"); put("401-403", "phone"); put("404,412", "reference")
put("405,414", "filesize"); put(408, "list"); put(411, "name"); put(413, "year")
# sutton_2
put("415,416,421,422,424,425,429,430", "date"); put(417, "time"); put("418-420", "phone"); put(423, "list")
put("426,428", "name"); put(427, "ordinal"); put("431,432", "F")
# sefton_1
put(433, "filesize"); put("434-437,440,441", "date"); put("438,439", "reference")
# ---- batch 2 (gathered after the first fix a57b424; judged on the first run of c045fe3, base/ regenerated with it) ----
# north-yorkshire_4
put("442,443", "name"); put("444,445,446", "reference"); put("447,448,450,451,452,453", "date"); put(449, "filesize")
put("454,455,456", "procedure")
# wakefield_2
put("457,458,461,464,465,466", "F"); put("459,460", "date"); put(462, "period"); put(463, "P")
# medway_2
put("467,468,475,476,477,478,485,486", "date"); put(469, "time"); put("470,471", "name"); put("472,473,479,480,483", "list")
put("474,481,484", "filesize"); put(482, "reference"); put("487,488", "procedure")
# leeds_3
put("489,490,495", "name"); put("491,492,493", "phone"); put("494,500,506,507,515,520", "list"); put("496,498,499,501,502,504", "reference")
put(505, "P"); put("497,503", "year"); put("508,509,511,512,513,514,518,519", "date"); put("510,516,521", "filesize")
put(517, "period")  # "appointment ... for a four year period from 8th September 2011": a term of office
# slough_1
put("522,523,525,526,528,529,530,531,533,534,535", "date"); put(524, "time"); put("527,532", "filesize"); put(536, "idiom")
put("537,538", "year")
# slough_2
put("539,540,549,550,552,553", "date"); put(541, "time"); put(542, "name")  # "Observatory House, 25 Windsor Road": a street number
put("543,544", "name"); put("545,546,547", "phone"); put(548, "reference"); put("551,554", "filesize"); put("555,556", "F")
# slough_3
put(557, "name"); put("558,559", "name"); put("560,561,562", "phone"); put("563,565,571,575", "list"); put(564, "reference")
put("566,567,569,570,574", "date"); put("568,572,578", "filesize"); put(573, "procedure"); put(576, "period"); put(577, "P")
# knowsley_1
put("579,583,592", "period"); put("580,584,593", "P"); put(581, "date"); put(582, "period"); put(585, "F"); put("586-590", "name")
put(591, "idiom")
# peterborough_1
put("594,595,602,603,605,606", "date"); put(596, "time"); put("597,598", "phone"); put("599,600,601,607", "list"); put(604, "filesize")
put("608,609", "procedure")
# ---- batch 3 (gathered after the second fix 6653829; judged on the first run of c045fe3) ----
# central-bedfordshire_1
put("610,611,612", "phone"); put("613,619,620,622,626", "list"); put(614, "filesize"); put("615-618", "date"); put(621, "period")
put(623, "reference"); put("624,625", "name")
# central-bedfordshire_2
put(627, "name"); put("628,629,630", "phone"); put("631,637,641,643", "list"); put(632, "filesize"); put("633-636,638,639", "date")
put(640, "F"); put(642, "reference")
# central-bedfordshire_3
put("644,645,646", "name"); put("647,648,649", "phone"); put("650,667", "list"); put(651, "filesize")
put("652-655,660,661,665,666", "date"); put("656-659,662,663", "reference"); put(664, "F")
# leeds_4
put("668,669", "date"); put(670, "time"); put("671,672", "name"); put("673,674,675", "phone"); put("676,680,684", "list")
put("677,678", "reference"); put(679, "procedure"); put("681,682,683", "list")  # "1  To highlight reports ...": list numbers without their dot
# ---- batch 4 (gathered after the second fix 6653829; judged on the first run of c045fe3) ----
# oxfordshire_2
put(685, "time"); put("686,688,689,690", "procedure")  # "the number of questions ... is limited to two (or one question with notice ...)"
put("687,696", "idiom"); put(691, "list")  # "“1. In the Resource briefing ...": a quoted question's number
put("692,699", "F"); put(693, "P"); put("694,697", "period"); put("695,698", "P")
# north-somerset_3
put(700, "age"); put("701,706", "F"); put(702, "date"); put(703, "idiom"); put(704, "period"); put(705, "date")
# hounslow_1
put(707, "name"); put("708,709,710", "phone"); put("711,712,713,717", "list"); put("714,715,718", "date"); put(716, "filesize")
# ---- batch 5 (gathered after the third fix 6e5aa33; judged on the first run of c045fe3) ----
# st-helens_1
put("719,727", "period"); put("720,722,728", "P"); put("721,725,726,729,730", "F"); put(723, "year")
put(724, "period")  # "politically motivated austerity ... ten years of that now is pushing it out": the span of a condition
put(731, "amb")  # "three out of a possible four priority actions": the scale of the count
# west-berkshire_1
put(732, "date"); put("733,734,737,738,739", "F"); put(735, "age"); put(736, "P"); put(740, "idiom")
# ---- batch 6 (gathered after the fourth fix 7711627; judged on the first run of c045fe3) ----
# rutland_1
put(741, "F"); put(742, "name")
# rutland_2
put("743,744,749,750,751,752", "date"); put(745, "time"); put("746,747", "phone"); put("748,753,757", "list"); put("754,758", "reference")
put(755, "year"); put(756, "F"); put("759,760,761", "procedure")
# rutland_3
put("762,763,768,771,772,773,774,780", "date"); put(764, "time"); put("765,766", "name"); put("767,769,775,776,778,781,783", "list")
put(770, "filesize"); put("777,779,782,784", "reference")
# waltham-forest_1
put(785, "name"); put("786,787,788", "phone"); put("789,790", "date"); put("791,792", "procedure"); put(793, "reference")
put("794,795", "reference")  # "the actions numbered 4 and 6 had not received responses"
# bedford_1
put("796,797", "date"); put(798, "time"); put("799,800", "name"); put(801, "list"); put(802, "year"); put("803,804", "reference")
put(805, "period"); put(806, "P"); put("807,810", "F"); put(808, "reference")  # "(Reg 20)"
put(809, "threshold")  # "if less than 20% of those voting voted in favour": a ballot's rule
# ---- batch 7 (gathered after the fifth fix a62d19e; judged on the first run of c045fe3) ----
# bolton_1
put(811, "reference")  # "ALSO READ: More than 50 letters of objection ...": another story's number (a link line)
# ---- batch 8 (gathered after the fifth fix a62d19e; judged on the first run of c045fe3) ----
# hertfordshire_1
put(812, "phone"); put("813,815,819,820", "date")  # "12 SEPTEMBER 2012": a date with its month in capitals
put("814,816", "P"); put(817, "name"); put("818,821,823", "list"); put("822,828,831,832,833", "minute"); put("824,829", "period")
put("825,830", "P"); put("826,827", "phone")
# sunderland_1
put(834, "date"); put("835,836", "P"); put("837,838,840", "year"); put(839, "amb")  # "has been one member short"
put(841, "idiom")  # "failing to attend one single meeting"
# ---- batch 9 (gathered after the sixth fix 0b1911d; judged on the first run of c045fe3) ----
# hillingdon_1
put("842,843,848,849,850", "date"); put(844, "time"); put(845, "name"); put("846,847", "filesize"); put("851,856", "period")
put("852,857", "P"); put("853,854,855,858,859,860", "F"); put(861, "amb")  # "£41" cut at the excerpt's end ("£41k"?)
# hillingdon_2
put("862,863", "date"); put(864, "time"); put("865,866,867", "name"); put("868,869,870,872,873", "list"); put("871,874", "filesize")
put("875,876,877", "F")
# hillingdon_3
put("878,879", "date"); put(880, "time"); put(881, "name"); put("882,883,885,887,888", "list"); put(884, "reference")
put("886,889", "filesize"); put("890,891,892", "F"); put(893, "P"); put("894,895", "idiom")
# hillingdon_4
put("896,897", "date"); put(898, "time"); put(899, "name"); put(900, "reference"); put("901,915", "filesize")
put(902, "procedure")  # "Labour Members proposed three amendments to the minutes": the meeting's own business
put("903,904,906,907,909,910", "reference"); put("905,911", "idiom"); put(908, "name"); put("912,913,914", "procedure")
# ---- batch 10 (gathered after the seventh fix 0db9d66; judged on the first run of c045fe3) ----
# swindon_1
put("916,917,925,926,927,928", "date"); put("918,931", "name"); put("919,920", "phone"); put("921,922,923,929", "list")
put("924,930", "filesize"); put(932, "F")
# swindon_2
put("933,940", "name"); put("934-939", "phone"); put(941, "reference"); put(942, "F"); put("943,944,945", "date")
# swindon_3
put("946,947,956,957,958,959", "date"); put(948, "name")
put(949, "phone")  # "Contact: Rita Glen Gallo 463611  email:": a local telephone number
put("950,953,954,960", "list"); put("951,952", "reference"); put("955,965", "filesize"); put("961,963", "period"); put("962,964", "P")
# wiltshire_4
put("966,967,983,984,985,986", "date"); put(968, "time"); put("969,970", "name"); put("971,974,981,982,987,988,991", "list")
put("972,975,977,979", "period"); put("973,976,978,980", "P"); put("989,990", "reference")
# ---- batch 11 (gathered after the fourteenth fix 4444637; judged on the first run of c045fe3): no figure on these pages ----
# city-of-london_1
put(992, "ordinal"); put("993,994,995", "phone"); put("996,997,1001,1004,1005,1006,1007", "reference"); put(998, "filesize")
put("999,1000,1002,1003", "date"); put(1008, "year")
# city-of-london_2
put(1009, "ordinal"); put("1010,1011,1012", "phone"); put("1013-1018", "date"); put(1019, "time"); put(1020, "period"); put(1021, "P")
# warrington_1
put("1022,1023,1029,1030", "name")  # postcode 'WA1 1UH'
put("1024,1025,1026,1027,1040,1041,1044,1045", "date"); put(1028, "time"); put("1031-1034", "phone")
put("1035,1042,1043", "reference")  # 'Part 1', page numbers '5 - 24'
put("1036,1037,1039,1046,1047", "list"); put(1038, "year")
# hampshire_2
put("1048,1049,1056,1057", "date"); put(1050, "time"); put("1051-1055", "reference"); put("1058,1060", "year"); put(1059, "name")  # 'SP2025'
# hampshire_3
put("1061,1062", "date"); put(1063, "time"); put("1064,1065", "list"); put("1066-1075", "reference")
# blackpool_2
put("1076,1077", "list"); put("1078-1081,1085-1088", "date"); put(1082, "name"); put(1083, "P")  # 'Ex19/2022': a decision's code
put(1084, "filesize")
# blackpool_3
put("1089,1090", "list"); put("1091,1092", "reference"); put("1093-1096,1098,1099", "date"); put(1097, "filesize")
put(1100, "procedure")  # 'the Forward Plan contained one decision relevant to the Committee': the meeting's own business
# stockport_2
put("1101,1102,1110-1113,1122,1123", "date"); put(1103, "time"); put(1104, "name"); put("1105,1106,1107", "phone")
put("1108,1115,1119,1120", "list"); put("1109,1121", "filesize"); put("1114,1116", "reference"); put(1117, "period"); put(1118, "P")
# hertfordshire_2 (printed minutes, converted)
put("1124", "phone")  # 'Ext: 25563': a telephone extension
put(1125, "date")  # '7 NOVEMBER 2007' in capitals: the twelfth class, fixed before this page was gathered
put("1126,1127,1128,1133,1134,1143", "date"); put("1129,1135", "reference"); put("1130", "reference"); put("1131,1132,1136,1137,1142,1144", "list")
put("1138-1141", "phone")
# hertfordshire_3
put("1145,1149,1150,1153,1154", "date"); put(1146, "phone")
put("1147,1148", "date")  # '14NOVEMBER2006': a date glued by the PDF's text layer (fixed: class 12b)
put("1151", "reference"); put("1152,1160", "list"); put("1155,1156,1157", "F")  # re-offending figures 5.5 -> 4.9, a fall of 10%
put(1158, "F")  # 'a risk analysis of a 25% Social Worker vacancy rate'
put(1159, "reference"); put("1161,1162", "phone")
# ---- batch 12 (gathered after the fifteenth fix dca004c; judged on the first run of c045fe3): no figure on these pages ----
# central-bedfordshire_4
put(1163, "name"); put("1164,1165,1166", "phone"); put("1167,1173,1174", "list"); put(1168, "filesize")
put("1169-1172,1179-1182", "date"); put("1175,1177", "period"); put("1176,1178", "P")
# wiltshire_5
put("1183,1184,1194-1197", "date"); put(1185, "time"); put("1186,1187,1190,1193,1198,1199", "list")
put("1188,1191", "period"); put("1189,1192", "P")
# ---- batch 13 (gathered after the sixteenth fix 9eae2ad; judged on the first run of c045fe3): no figure on these pages ----
# oxfordshire_3
put("1200,1201,1215-1220,1235,1236,1237", "date"); put("1202,1229", "time"); put("1203,1204,1205,1206,1230", "name")
put("1207,1208", "phone"); put("1209,1211,1213,1222", "minute"); put("1210,1212,1214,1223", "P"); put(1221, "reference")
put("1224,1231", "period"); put("1225,1226,1227,1232,1233,1234", "P"); put(1228, "filesize")
# oxfordshire_4
put("1238,1239,1250,1251,1253,1254", "date"); put("1240,1260", "time"); put("1241,1242", "phone")
put("1243,1245,1247,1256,1258", "minute"); put("1244,1246,1248,1257,1259,1261", "P"); put(1249, "filesize"); put("1252,1262", "name")
put(1255, "procedure")  # 'approved and signed with one amendment': the meeting's own business
# oxfordshire_5
put("1263,1264,1265,1267,1268,1273,1274,1275,1276", "date"); put(1266, "name"); put("1269,1271", "reference"); put("1270,1272", "P")
put(1277, "time"); put("1278,1279", "phone")
# ---- batch 14 (gathered after the sixteenth fix 9eae2ad; judged on the first run of c045fe3) ----
# swindon_4 (local news)
put(1280, "F")  # 'has jumped by almost a third in three years': a fraction, the rise's size
put(1281, "period"); put("1282,1283,1285,1286,1287", "F"); put(1284, "year")
# swindon_5 (local news)
put("1288,1291,1293,1298,1299,1305,1306", "threshold")  # 'more than one social worker', 'three different placements', 'three or more', 'for 2.5 years or more', 'at least two years', 'one change', 'four worker changes or more': the indicators' definitions
put(1289, "idiom"); put("1290,1292,1296,1297,1300,1304,1307", "F"); put("1294,1301,1308", "period"); put("1295,1302,1309", "P")
put(1303, "F")  # 'a quarter of looked after children had the same social worker': a share
# oxfordshire_7
put("1310,1311,1323", "name"); put("1312,1313", "phone"); put("1314,1315", "date"); put(1316, "time"); put(1317, "period")
put(1318, "idiom"); put("1319,1320,1321", "procedure"); put(1322, "ordinal")
# ---- batch 15 (gathered after the eighteenth fix ec4f2f9; judged on the first run of c045fe3) ----
# swindon_6 (local news)
put(1324, "F"); put(1325, "F")  # 'has increased by a third from 252 in 2014 to 336': a fraction, the rise's size
put("1326,1328", "F"); put("1327,1329", "year"); put(1330, "idiom"); put(1331, "period")  # 'the wrong one': a pronoun; '10 years ago'
