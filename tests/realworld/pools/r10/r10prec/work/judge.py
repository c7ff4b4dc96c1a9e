"""Every judgement of the pool's numeral tokens, by reading (first run, 20a5e63).

Labels: F = head token of a true figure; P = a later token of the same figure or number (not counted);
amb = ambiguous (left out of scores); anything else = the non-figure kind it is (date, year, period, time,
reference, minute, list, name, age, phone, filesize, threshold, procedure, ordinal, idiom, furniture ...).
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
# cumbria_1
put("0,1", "date"); put("2,6", "time"); put("3,5", "minute"); put(4, "procedure")  # "There were 69 members present at the start of the meeting"
put("7,8,10", "list"); put(9, "year")
# north-yorkshire_1
put("11,12", "date"); put(13, "time"); put(14, "minute")
# warrington_1
put("15-18,26,27,29,30", "date"); put(19, "time"); put("20-23", "phone"); put("24,25,28,37,39,40", "list")
put("31,32,33,34", "F")  # a by-election's votes received by each candidate (a ballot's count, not a committee's vote)
put("35,36", "F")  # "Turnout was 19.78% and two papers were rejected"
put(38, "threshold")  # "gifts or hospitality received within the preceding three years" (the Code of Conduct's rule)
# essex_1
put("41,42,52,53,55,56,59-62", "date"); put("43-46", "time"); put("47-51,54,57,58", "list"); put(63, "year")
# medway_1
put("64,65,72-79", "date"); put(66, "time"); put("67,68", "name"); put("69,70,80,81,84", "minute"); put(71, "filesize")
put(82, "reference"); put(83, "procedure")  # "each person who had registered to speak having 5 minutes"
# cumbria_2
put("85,86", "date"); put(87, "time"); put("88,89,91-95", "list"); put(90, "year")
# salford_1
put("96,97,107,108", "date"); put("98-101", "time"); put("102,103,104,106", "list"); put(105, "reference")
put(109, "name")  # "R:status\admin\omin\councilm170914": a file path printed into the page
put(110, "list")  # "...councilm170914 5. RECEIPT OF PETITIONS/COMMUNICATIONS": the item number after the file path
# salford_2
put("111,112,119,120,121", "date"); put("113,114", "time"); put("115-118,122", "minute"); put(123, "name")
# north-northamptonshire_1
put("124,125,133,134,136,137,139,140,144,145", "date"); put(126, "time"); put("127,128", "name")
put("129-132,141,142", "minute"); put("135,143", "filesize"); put(138, "reference")
# north-northamptonshire_2
put("146,147,155-158", "date"); put(148, "time"); put("149,150", "name"); put("151-154,159", "minute"); put(160, "filesize")
# torbay_1
put("161,162", "name"); put("163,164,170", "minute"); put("165,171", "filesize"); put("166-169", "date"); put("172,173", "age")
# torbay_2
put("174-182,186,187", "date"); put("183,184,185", "reference")  # "(Minute 10/7/21 refers)"
put(188, "F")  # "the four sub-groups which would be looking at actions"
# northumberland_1
put("189,190", "name"); put("191,192,198", "minute"); put(193, "filesize"); put("194-197", "date")
# stockport_1
put("199,200,208-211", "date"); put(201, "time"); put(202, "name"); put("203-205,220-222", "phone"); put("206,212,213,214", "minute")
put("207,217", "filesize"); put("215,216,218,219,223,224", "period")
# nottinghamshire_1 (a printed agenda: "N Title  a - b" = item number, title, page range)
put("225,226,232,233,253,254,255", "date"); put("227,228", "time"); put("229,230", "name")
put("231,236,237,238,241,244,247,250,256,259", "list")
put("234,235,239,240,242,243,245,246,248,249,251,252,257,258,260,261,262,263,266", "reference")
put("264,265,271,275,276", "list")  # "Notes (1) Councillors are advised ...": note numbers
put("267-270,272,273,274", "phone")
# redcar-and-cleveland_1
put(277, "reference")  # "... 56 REDCAR AND ...": the document's page count in the site's header
put("278,279,285,286,301,302,308,309", "date"); put("280,281,303,304", "time"); put("282-284,287-289,305-307,310-312", "list")
put(290, "reference"); put("291,292", "period"); put(293, "P")  # "the same issue after 2 1/2 years": the span of a complaint
put(294, "name"); put("295,296", "reference")  # "1 of 56": page furniture
put(297, "date"); put(298, "date")  # "Post on 27-Mar-2018"
put("299,300", "furniture")  # "223 views", "2 download": the document site's counters
# southampton_1
put("313,314,325-328", "date"); put(315, "time"); put(316, "name"); put("317,318,319", "phone"); put("320,323,329", "minute")
put("321,322", "reference"); put("324,330", "filesize")
put(331, "F"); put(332, "P")  # "It takes between three to five years to be recognised as a UNICEF Child Friendly City"
# sefton_1
put("333,334", "date"); put(335, "time"); put("336,337", "minute"); put("338,339", "reference")
# derbyshire_1
put("340-355", "furniture")  # "Untitled-1 tt copy 3 ... Fill 1 Copy 10 menu Group 3 ... Page 1 Group 2": icon names of the site
put("356-359,363,364", "minute"); put("360,361,362", "reference")
put(365, "F")  # "the £47m Bus Service Improvement Plan"
put(366, "F")  # "grants of up to £1,000 to open a warm and welcoming space": the grant's size
put(367, "F")  # "helped to fund more than 150 spaces"
# derbyshire_2
put("368-383", "furniture"); put("384,385,390-395", "minute"); put("386-389", "period"); put(396, "date"); put(397, "year")
# oldham_1
put("398,399", "name"); put("400-403", "date"); put(404, "F"); put(405, "period")
# oldham_2
put("406,407,412-415,419", "date"); put(408, "time"); put("409,410", "name"); put("411,416", "filesize"); put(417, "F")
put(418, "amb")  # "with there being potential for all three directors to be in regular attendance": the same three again
put(420, "idiom"); put(421, "F")  # "Oldham was one of 75 upper tier local authorities"
# camden_1
put("422,423,435,436,439", "date"); put(424, "time"); put(425, "name"); put("426,427,428,432,433,440,441", "minute")
put("429,430,437,438", "reference"); put(431, "procedure"); put("434,442", "filesize")
# luton_1
put(443, "name")  # "a two-week inspection in January": the inspection's kind
put("444,445", "age"); put("446,447", "F")  # "employing seven new social workers", "recruit seven high-quality, experienced social workers"
# ---- batch 2 (gathered after the first run's look at batch 1, before any fix; judged on the first run of 20a5e63) ----
# hampshire_1 (a civic-data site's page: the council's counts above the meeting)
put("448,449,450,452,454", "F")  # "Councillors: 78 Wards: 76 Committees: 50 Meetings (2025): 163 Meetings (2024): 156"
put("451,453", "year"); put("455,456,459,460,463,464", "date"); put("457,458,461,462", "time")
# hampshire_2
put("465-470,480-484", "date"); put(471, "idiom"); put("472,473,479,485,486,487", "list"); put("474-478", "reference"); put(488, "year")
# rochdale_1
put("489,490,491,492,504,510,511,517,518", "name"); put(493, "phone")  # "Contact: Peter Thomson  4715": an internal extension
put("494,497,503", "minute"); put("495,519", "reference"); put(496, "year"); put("498,507", "filesize"); put("499-502", "date")
put("505,506,508,509,512,513,514", "period"); put("515,516", "list")
# wiltshire_1
put("520,521", "name"); put("522-525", "date"); put(526, "year")
# hertfordshire_1
put("527,528,533,534", "date"); put(529, "time")
put(530, "amb")  # "MEMBERS OF THE EDUCATIONCABINET PANEL(16)": the panel's size
put(531, "procedure"); put("532,535", "list")  # "2 / PUBLIC PETITIONS": an agenda item's number
put(536, "threshold")  # "must be signed by at least 100 residents or business ratepayers": the petition rule
put("537,538", "name"); put("539,540", "procedure"); put("541,542", "phone")
# hertfordshire_2
put("543,544,551,552", "date"); put("545,546,547,548,549", "time"); put("550,553,554,558,561,563,567", "list")  # "1.MINUTES", "3.PUBLIC QUESTIONS"
put("555,556,559,562,568", "reference"); put(557, "name"); put("560,564", "F"); put("565,566", "period"); put(570, "year")
put("569,571", "reference")  # "Point 3 states ...", "Point 3.1 states ...": points of a report
# tameside_1
put("572,573,585-588", "date"); put(574, "time"); put("575-580", "phone"); put("581,582,583,589,591", "minute"); put("584,590,592", "filesize")
# ---- batch 3 (gathered after the first fix db31a95; judged on the first run of 20a5e63, base/ regenerated with it) ----
# cornwall_1 (a printed agenda run into one line: "N. Title (Pages a - b) N+1. Title ...")
put("593,594,603,604,610,611", "date"); put("595,609", "time"); put("596,597,623,624", "name")
put("598,599,600,601,602,607,612,614,617,620,628,631,632", "list")  # "Agenda 1. Apologies for Absence 2. Election of Chairman 3. ..."
put("605,606,615,616,618,619,621,622,629,630", "reference"); put("608,613", "procedure"); put("625,626,627", "phone"); put(633, "year")
# oxfordshire_1
put("634,635,638,639", "date"); put("636,640", "time"); put(637, "name"); put("641,642", "phone")
# oxfordshire_2
put("643,644", "phone"); put("645,646,647,648,653,654,659,665", "minute"); put("649,655,660,668", "filesize"); put("650,651,663,664", "date")
put(652, "name"); put("656,657,661,662,669,670", "time"); put("666,667", "period"); put(671, "year")
put(658, "procedure")  # "The Committee is RECOMMENDED to: ... (b) co-opt three additional members to the sub-group": its own membership
# oxfordshire_3
put("672,673,679,680,681", "date"); put("674,675", "time"); put("676,684,691", "reference"); put("677,678", "minute")  # "40/02. MINUTES"
put(682, "list"); put("683,690", "reference")  # "at 23/02(a)(i)(d)", "at 26/02(a)(c)": minutes cited by number and year
put(685, "reference")  # "bullet point four"
put(686, "procedure")  # "to the deletion of the first two sentences": an amendment to the minutes' text
put("687,688", "period"); put(689, "list")
# swindon_1
put("692,693,700,701,702,703", "date"); put("694,695", "phone"); put("696,698,704", "minute"); put(697, "reference"); put(699, "filesize")
put(705, "name"); put(706, "time"); put(707, "procedure")  # "questions must be submitted by 3.00pm two days before the meeting"
put(708, "F")  # "to allocate £30K to help support the continued opening of Highworth Leisure Centre"
# swindon_2
put("709,710,719", "date"); put(711, "name"); put("712,713", "phone"); put(714, "minute"); put("715,716,720,721,722", "reference")
put("717,718", "F")  # "Increase the Published Admission Number (PAN) at Brimble Hill Primary Special School from 77 to 85"
# somerset_1
put("723,724,736,737,739,740", "date"); put(725, "time"); put("726-731", "phone"); put("732,735,744,745", "minute"); put(733, "idiom")
put("734,741,742,743", "reference"); put(738, "filesize")
# ---- batch 4 (gathered after the second fix 211c33c; judged on the first run of 20a5e63, base/ regenerated with it) ----
# barnsley_1
put("746,754", "reference"); put("747,748", "name")  # "has both zero 40 and zero 45 ambitions": net-zero target years
put("749,750,752", "date"); put(751, "year"); put(753, "idiom")
# milton-keynes_1 (a document site's page: its counters, then the document's contents page with page numbers)
put(755, "year"); put(756, "list")  # "... 2018 … · 9 special guardianship and...": a section number in the site's snippet
put(757, "reference")  # "...  31 Children and Families ...": the document's page count in the site's header
put("758,759,766,767", "period"); put("760,761,768,769", "date"); put("762,763", "date")  # "Post on 09-Jul-2020"
put("764,765", "furniture")  # "2 views", "0 download": the site's counters
put(770, "reference"); put("771,773,775,777,779,781,783,785,787,789,791,793,795,796,797,798,804", "list")  # section numbers
put("772,774,776,778,780,782,784,786,788,790,792,794,799,800,801,802,803", "reference")  # "1 Introduction 2  2 Executive Summary 2": page numbers
put(805, "reference"); put("806,807,808", "year")
# central-bedfordshire_1
put("809,810,811", "phone"); put("812,823", "filesize"); put("813-816,820,821,822,826", "date"); put("818,819,824,825", "period")
put(817, "F")  # "The Ofsted inspection had lasted four weeks"
# suffolk_1
put("827,829", "name"); put(828, "year")
# ---- batch 5 (gathered after the third fix 41517f0; judged on the first run of 20a5e63, base/ regenerated with it) ----
# st-helens_1 (a civic-data site's summary of the meeting)
put("830,831,833,834,835,836,843,844,845,846", "date"); put(832, "time")
put("837-842", "period"); put("848,849", "name")
put(847, "F")  # "The report splits performance into two tiers"
put("850,851", "F")  # "Of the 128 performance indicators with available data: - 74% of indicator targets were exceeded"
# norfolk_1 (a printed agenda run into one line: "N Title (Page p) Report by ...")
put("852,853", "phone"); put("854,883,884", "time"); put("855,856,862,863,881,882", "date"); put("859,860", "period"); put(879, "year")
put("857,864,866,868,870,871,873,875,877,880", "list"); put("858,865,867,869,872,874,876,878", "reference")
put(861, "reference")  # "2 Children’s Services Committee – 16 September 2014": the page's running head and number
# norfolk_2
put("885,898", "reference"); put(886, "filesize"); put("887,888,899,900", "date"); put("889,890", "time"); put("891,892", "name")
put("893,894", "phone"); put(895, "reference"); put("896,897,901", "list")  # "1 A g e n d a 1. To receive apologies ... 2. To confirm"
