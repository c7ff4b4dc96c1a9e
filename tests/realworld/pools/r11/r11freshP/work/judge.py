"""Every judgement of the pool's numeral tokens, by reading (first run of 081c755, work/first_run/tokens.csv).

Labels: F = head token of a true figure; P = a later token of the same figure (not counted);
amb = ambiguous (left out of scores); anything else = the non-figure kind a reader gives it
(date, year, period, time, reference, minute, list, name, age, phone, filesize, threshold,
procedure, idiom ...). Keyed by token index in first_run/tokens.csv (manifest order, then text order).
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
# hillingdon_1 (family hubs, Children, Families and Education Select Committee item)
put("0,3,4,11", "date"); put("1,2", "reference")          # "items 1-5 had not been broadcast"
put(5, "F")                                                  # "The two hubs (Uxbridge and Hayes)"
put("6,7", "age"); put(8, "age")                             # "aged 0-19, and up to 25 for those with SEND": eligibility ages
put("9,10", "name")                                          # "The 0-19 service directory"
put(12, "F")                                                 # "attended by 130 delegates"
put(13, "F")                                                 # "offers from three distinct providers had been received"
put(14, "idiom")                                             # "with one preferred provider": an article, not a count
# wokingham_1 (elective home education)
put("15,16", "reference"); put(17, "age")
put(18, "F")                                                 # "Three main reasons had been identified for this increase"
put("19,20,21", "F")                                         # 164 families of the 221 ...; 57 families left to visit
# central-bedfordshire_1 ("Quarter Three Report on the Fostering Service")
put("22,23,25,26,27,28,29,30,32,33,34", "period")            # Quarter Three, Quarters One and Two, the Quarter
put("24,31", "date")
# southwark_1
put(35, "procedure")                                         # "five clear days in advance of the meeting"
# hackney_1
put("36,37,46", "date"); put("38,52", "time"); put("39,40", "name")
put("41,42,43,44,45,47,48,49,50,51,56,57", "minute"); put(53, "filesize"); put("54,55", "period")
# hackney_2
put("58,59", "date"); put("60,73", "time"); put("61,62", "name")
put("63,64,65,66,67,68,69,72,75", "minute"); put("70,71", "reference"); put(74, "filesize"); put("76,77", "period")
# barnet_1
put("78,79", "name"); put("80,81,82", "phone")
put(83, "procedure")                                         # "Note: Two paper copies of the agenda only will be available"
put("84,88,89", "filesize"); put("85,86", "date"); put("87,90", "reference")
# barnet_2
put("91,92", "name"); put("93,94,95", "phone"); put("96,100,101,102,103,104,105", "minute")
put("97,106", "filesize"); put("98,99,107", "date"); put("108,109", "age")   # "16/17 year olds"
# blackpool_1
put("110,114,124,125", "minute"); put("111,112", "list"); put("113,122,123", "reference")
put("115,116,118,119,120,121,127", "date"); put("117,126", "filesize")
# southend-on-sea_1
put("128,129,130,131,132,136", "reference")                  # items 12, 13 and 14; items 12,13 and 14; Minute 51
put("133,134", "date"); put(135, "name")                     # "level 2 Neonatal Care"
# north-tyneside_1
put("137,138,139", "phone"); put("140,141,142,143", "minute")   # OV72/20, OV73/20
put("144,147,150,151,152", "reference"); put("145,146,148,149,153,154", "period")
# sutton_1
put("155,156,166,167,168,169", "date"); put(157, "time"); put("158,159", "name"); put("160,161,162", "phone")
put("163,164", "reference")                                  # "8. Update on ..." named in the declarations
put("165,170", "filesize"); put(171, "year"); put("172,173", "period")
# sutton_2
put("174,175,186,187,188,189", "date"); put(176, "time"); put("177,178", "name"); put("179,180,181", "phone")
put("182,183,184,191,194", "minute"); put(185, "filesize"); put("190,192,193", "reference")
# hillingdon_2
put("195,196,209,210,214,215", "date"); put(197, "time"); put("198,217", "name"); put("199,200", "phone")
put("201,202,203,208,216", "minute"); put("204,205,206,207", "reference"); put("211,218", "filesize")
put(212, "procedure")                                        # "published five clear working days before the meeting"
put(213, "list")
# kensington-and-chelsea_1
put("219,220,229,230,231,232", "date"); put(221, "time"); put("222,223,224", "name")
put("225,226,227,233", "minute"); put("228,234", "filesize")
# leeds_1
put(235, "year"); put("236,237,238", "date")
# wiltshire_1
put("239,240,244,245,246,247,252,253", "date"); put("241,251", "time"); put("242,243", "name")
put("248,249,250", "procedure")                              # register 10 minutes prior; up to 3 speakers for up to 3 minutes
# cumbria_1
put("254,255", "date"); put(256, "time"); put(257, "name"); put("258,259,261,262,263", "list"); put(260, "year")
# slough_1 (Schools Forum, High Needs Block)
put("264,265,266", "date"); put(269, "name"); put("270,271", "period")
put("267,268,272", "F")                                      # £17M income quoted, approx £22M before, £1.5M loss carried forward
put(273, "amb")                                              # "brought into balance over two years": planned horizon
# wokingham_2 (Admissions Forum)
put("274,275", "name"); put("276,277,283,284", "minute"); put("278,286", "filesize")
put("279,280,281,282,290,291", "date"); put("285,287", "year"); put("288,289", "reference")
# hounslow_1 (Corporate Parenting panel)
put("292,293,294", "name"); put("295,296,297", "phone"); put("298,299,300,301,303,304,305,306", "time")
put(302, "filesize"); put(307, "reference")
put("308,309,310,311", "age")                                # "under the age of 18 (mostly 9 to 17), young people of 18 and over"
put(312, "period")                                           # "met every two weeks for referrals"
put("313,314,315,316", "F")                                  # 73 referred, 69 accepted, the remaining four, 60 open
# central-bedfordshire_2 (Schools Forum)
put(317, "name"); put("318,319,320", "phone"); put("321,334,349", "minute"); put("328,331", "list")
put("322,323,324,325,326,327,329,330,332,333,342,343", "period"); put(335, "filesize"); put("336,337,338,339", "date")
put("340,341,344,346,347,348", "reference")                  # CBSF/17/27, Resolution 3., item 9, Resolution 4.
put(345, "F")                                                # "the proposed 0.5% investment" (Schools Block into the High Needs Block)
