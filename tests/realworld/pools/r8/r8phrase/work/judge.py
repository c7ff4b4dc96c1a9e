"""Every judgement of the first run (8902217), written by reading each figure's sentence before any fix.
J[row] = (figure: Y/N/A(mbiguous, left out), phrase names the measure: 1/0, failure class, my phrase).
Rows are those of work/first_run.csv (sorted by doc_id, raw_start)."""
J = {
 # bolton_1 (TUNE)
 0: ('Y', 0, 'empty', 'overspend on children\'s services budget'),
 1: ('Y', 0, 'prev', 'overspend as share of budget'),
 2: ('Y', 1, '', 'budget set aside for children\'s services'),
 3: ('Y', 0, 'subj', 'overspend on children\'s services budget'),
 4: ('Y', 0, 'modifier', 'expansion of Green Fold Special School'),
 5: ('Y', 0, 'whole', 'share of budget for adult and children\'s services'),
 6: ('Y', 0, 'empty', 'overspend on adult services budget'),
 7: ('Y', 0, 'prev', 'adult services overspend as share of budget'),
 8: ('Y', 1, '', 'budget set aside for adult services'),
 # bolton_2
 9: ('Y', 1, '', 'children in care'), 10: ('Y', 1, '', 'children in care'),
 11: ('Y', 0, 'subj', 'cost of looking after children in care'),
 12: ('Y', 1, '', 'rate of children in care per 10,000'),
 13: ('N', 0, '', 'rate base'),
 14: ('Y', 1, '', 'projected budget overspend'),
 # cornwall_1 (CHECK)
 15: ('Y', 1, '', 'children in care outside the county'), 16: ('N', 0, '', ''),
 17: ('Y', 1, '', 'children in care'), 18: ('Y', 0, 'whole', 'children in care from other areas'),
 19: ('Y', 1, '', 'forecast spend on children in care'), 20: ('Y', 1, '', 'average placement cost'),
 # cornwall_2
 21: ('Y', 1, '', ''), 22: ('Y', 1, '', ''), 23: ('Y', 1, '', ''), 24: ('Y', 1, '', ''), 25: ('Y', 1, '', ''),
 26: ('Y', 1, '', ''), 27: ('Y', 1, '', ''), 28: ('Y', 1, '', ''),
 # derby_1 (TUNE)
 29: ('Y', 1, '', 'children in care'), 30: ('Y', 1, '', 'decrease in children in care'),
 31: ('Y', 0, 'prev', 'children in care previous year'),
 32: ('Y', 1, '', ''), 33: ('Y', 1, '', ''), 34: ('Y', 1, '', ''), 35: ('Y', 1, '', ''), 36: ('Y', 1, '', ''),
 37: ('Y', 1, '', ''), 38: ('Y', 1, '', ''), 39: ('Y', 1, '', ''), 40: ('Y', 1, '', ''),
 41: ('Y', 0, 'place', 'national percentage adopted'),
 42: ('Y', 1, '', 'comparator authorities with lower percentage'),
 43: ('Y', 0, 'place', 'percentage adopted (Medway)'), 44: ('Y', 0, 'place', 'percentage adopted (Telford)'),
 45: ('Y', 0, 'prev', '3 year rolling average percentage adopted'),
 46: ('Y', 0, 'place', 'rolling average adopted (Bolton)'), 47: ('Y', 0, 'place', 'rolling average adopted (Leeds)'),
 48: ('Y', 0, 'whole', 'children in care in foster placements'),
 49: ('Y', 0, 'other', 'national percentage in foster placements'),
 50: ('Y', 0, 'other', 'comparator percentage in foster placements'),
 51: ('Y', 1, '', ''),
 52: ('Y', 0, 'other', 'comparator percentage placed for adoption'),
 53: ('Y', 0, 'other', 'national percentage placed for adoption'),
 # derbyshire_1 (CHECK)
 54: ('Y', 1, '', ''), 55: ('Y', 1, '', ''), 56: ('Y', 1, '', ''), 57: ('Y', 1, '', ''), 58: ('Y', 1, '', ''),
 59: ('N', 0, '', 'year'),
 # hartlepool_1 (CHECK)
 60: ('Y', 0, 'cut', 'children in need'), 61: ('Y', 0, 'cut', 'children in need'), 62: ('Y', 0, 'cut', 'children in need'),
 63: ('Y', 0, 'prev', 'children in need'), 64: ('Y', 0, 'prev', 'children in need'),
 65: ('Y', 0, 'prev', 'rate of children in need per 10,000'), 66: ('Y', 1, '', 'national rate'),
 67: ('Y', 1, '', ''), 68: ('Y', 0, 'whole', 'assessments with abuse or neglect'),
 69: ('Y', 1, '', ''), 70: ('Y', 1, '', ''), 71: ('Y', 1, '', ''), 72: ('Y', 1, '', ''),
 # hartlepool_2
 73: ('N', 0, '', 'period'), 74: ('Y', 1, '', ''), 75: ('Y', 1, '', ''),
 # leeds_1 (CHECK)
 76: ('Y', 1, '', ''), 77: ('Y', 1, '', ''), 78: ('Y', 1, '', ''), 79: ('Y', 1, '', ''), 80: ('Y', 1, '', ''),
 # luton_1 (TUNE)
 81: ('Y', 1, '', 'predicted overspend'), 82: ('Y', 1, '', 'overspend'),
 83: ('Y', 0, 'modifier', 'revenue budget'),
 84: ('Y', 1, '', 'overspend in children, families and education'), 85: ('Y', 1, '', 'overspend in adult social care'),
 86: ('Y', 0, 'modifier', 'rise in supported living costs'),
 # luton_2
 87: ('Y', 1, '', ''), 88: ('Y', 1, '', ''), 89: ('Y', 1, '', ''), 90: ('Y', 1, '', ''),
 91: ('Y', 0, 'empty', 'forecast overspend'),
 # norfolk_1 (CHECK)
 92: ('Y', 1, '', ''), 93: ('Y', 1, '', ''), 94: ('N', 0, '', 'period'), 95: ('Y', 1, '', ''), 96: ('Y', 1, '', ''),
 97: ('Y', 0, 'prev', 'children entering care in Suffolk'),
 98: ('Y', 1, '', ''), 99: ('Y', 1, '', ''), 100: ('Y', 1, '', ''), 101: ('Y', 1, '', ''), 102: ('Y', 1, '', ''),
 103: ('Y', 1, '', ''), 104: ('Y', 1, '', ''),
 # norfolk_2
 105: ('Y', 1, '', ''), 106: ('Y', 1, '', ''), 107: ('Y', 1, '', ''), 108: ('N', 0, '', 'period'),
 109: ('Y', 1, '', ''), 110: ('Y', 1, '', ''), 111: ('Y', 1, '', ''),
 # oldham_1 (TUNE)
 112: ('Y', 1, '', ''), 113: ('Y', 1, '', ''), 114: ('Y', 1, '', ''), 115: ('Y', 1, '', ''), 116: ('Y', 1, '', ''),
 117: ('Y', 1, '', ''), 118: ('N', 0, '', 'priority areas (procedure)'),
 # peterborough_1 (TUNE)
 119: ('Y', 1, '', ''), 120: ('Y', 1, '', 'crisis level of children in care'), 121: ('Y', 1, '', ''),
 122: ('Y', 1, '', ''), 123: ('Y', 1, '', ''),
 # sefton_1 (TUNE)
 124: ('Y', 1, '', 'funding black hole'), 125: ('Y', 1, '', ''), 126: ('N', 0, '', 'prison sentence (news furniture)'),
 127: ('Y', 0, 'subj', 'cost of managed teams'),
 # sefton_2
 128: ('Y', 0, 'modifier', 'care bill'),
 129: ('Y', 0, 'subj', 'cost of out-of-borough placements'),
 130: ('Y', 1, '', 'average cost per placement'),
 131: ('Y', 0, 'prev', 'total cost of out-of-borough placements'),
 132: ('Y', 0, 'empty', 'out of area placements'),
 133: ('Y', 0, 'whole', 'out of area placements from Southport'),
 134: ('Y', 0, 'whole', 'out of area placements from Sefton Central'),
 135: ('Y', 1, '', ''),
 # sefton_3
 136: ('Y', 1, '', ''), 137: ('Y', 1, '', ''),
 # stockport_1 (CHECK)
 138: ('Y', 0, 'other', 'looked after children'), 139: ('Y', 0, 'other', 'looked after children'),
 140: ('Y', 1, '', ''), 141: ('Y', 0, 'subj', 'cost of one external placement'),
 # stockport_2
 142: ('Y', 1, '', ''), 143: ('Y', 1, '', ''), 144: ('Y', 0, 'other', 'LAC placed by other authorities'),
 145: ('Y', 1, '', ''), 146: ('Y', 0, 'whole', 'LAC in care less than 5 years'),
 147: ('Y', 0, 'whole', 'LAC living in Stockport'), 148: ('Y', 1, '', ''),
 149: ('Y', 0, 'prev', 'LAC with an emotional need'), 150: ('Y', 0, 'empty', 'out of area children leaving the borough'),
 # suffolk_1 (CHECK)
 151: ('N', 0, '', 'threshold'), 152: ('Y', 1, '', ''), 153: ('Y', 1, '', ''), 154: ('Y', 1, '', ''),
 155: ('Y', 0, 'verb', 'annual reviews completed'), 156: ('Y', 0, 'verb', 'annual reviews completed'),
 # suffolk_2
 157: ('Y', 1, '', ''), 158: ('Y', 1, '', ''),
 159: ('Y', 0, 'whole', 'EHCPs taking more than a year'), 160: ('Y', 0, 'whole', 'EHCPs taking more than a year'),
 161: ('Y', 0, 'whole', 'EHCPs taking more than a year'),
 # suffolk_3
 162: ('Y', 1, '', ''), 163: ('Y', 0, 'empty', 'EHCPs'), 164: ('Y', 0, 'prev', 'EHCPs'),
 165: ('Y', 0, 'whole', 'children with EHCPs needing a specialist placement'),
 # swindon_1 (TUNE)
 166: ('A', 0, '', 'delay'), 167: ('Y', 0, 'verb', 'pupils still needing a new statement'),
 168: ('Y', 0, 'verb', 'pupils still to transfer'), 169: ('Y', 0, 'verb', 'pupils to transfer (total)'),
 170: ('Y', 1, '', ''), 171: ('Y', 0, 'whole', 'children with EHCPs'), 172: ('Y', 0, 'whole', 'children with EHCPs'),
 173: ('Y', 0, 'whole', 'children needing SEN support'), 174: ('Y', 0, 'whole', 'children needing SEN support'),
 # tameside_1 (CHECK)
 175: ('Y', 1, '', ''), 176: ('Y', 0, 'verb', 'staff appointed'), 177: ('Y', 0, 'whole', 'agency staff'),
 178: ('Y', 1, '', ''), 179: ('Y', 1, '', ''),
 # walsall_1 (TUNE)
 180: ('Y', 1, '', ''), 181: ('Y', 0, 'prev', 'decrease in referrals'), 182: ('Y', 1, '', ''), 183: ('Y', 1, '', ''),
 184: ('Y', 1, '', ''), 185: ('Y', 0, 'whole', 'referrals for domestic abuse'),
 186: ('Y', 0, 'whole', 'reduction in referrals for domestic abuse'),
 187: ('Y', 1, '', ''), 188: ('Y', 1, '', ''), 189: ('Y', 1, '', ''), 190: ('Y', 1, '', 'LAC aged 10 to 15'),
 # west-berkshire_1 (TUNE)
 191: ('Y', 1, '', ''), 192: ('Y', 1, '', ''), 193: ('Y', 1, '', ''), 194: ('Y', 1, '', ''),
 # wigan_1 (TUNE)
 195: ('Y', 0, 'whole', 'LAC in care outside the borough'), 196: ('Y', 0, 'verb', 'spend on out-of-borough placements'),
 # wigan_2
 197: ('Y', 1, '', ''), 198: ('Y', 0, 'empty', 'average time through the courts'), 199: ('Y', 1, '', ''),
 200: ('Y', 1, '', 'children in the group'),
}
