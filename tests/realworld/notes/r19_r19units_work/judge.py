"""The judged set (principle: a value with no base of its own that is the comparator or list-mate of a rate said
before it in its sentence takes that rate's base, as extraction._bracketed_rate gives a bracketed one): every candidate of cands_main.csv (a figure with a per, or a rate/base word within 40 characters
before / 60 after), with the unit and per a reader gives it. Default: what main gives is right; the rows below
are judged otherwise (index into cands_main.csv: unit, per, note)."""
import pandas as pd, sys
c = pd.read_csv("/tmp/r19units/work/cands_main.csv", dtype=str).fillna("")
J = {
    6: ("rate", "10,000 population", "comparator of a rate in its sentence takes its base"),
    9: ("rate", "10,000 population", "as 6"), 13: ("rate", "10,000 population", "as 6"), 17: ("rate", "10,000 population", "as 6"),
    42: ("rate", "10,000", "list-mate of a rate per 10,000 in its sentence"),
    189: ("rate", "10,000", "as 42"), 248: ("rate", "10,000", "as 42"),
    196: ("rate", "10,000 population", "comparator of a rate in its sentence takes its base"),
    197: ("rate", "10,000 population", "as 196"),
    350: ("rate", "10,000", "comparator of a rate in its sentence takes its base"), 351: ("rate", "10,000", "as 350"),
    353: ("rate", "10,000 population", "comparator of a rate in its sentence takes its base"),
    1: ("rate", "10,000 people", "base written 10k"),
    3: ("rate", "10,000", "rate per 10k read as a count"),
    23: ("count", "month", "count per month said after its noun"),
    43: ("rate", "10,000", "second value of 'a rate of 50.0 and 61.0' after a rate per 10,000"),
    44: ("rate", "10,000", "stray word 'seen' in base"),
    45: ("rate", "10,000", "stray word 'in' in base"),
    62: ("gbp", "hour", "money without £ ('County rate of 3.38 per hour')"),
    65: ("gbp", "", "pence"), 66: ("gbp", "", "pence"),
    86: ("rate", "10,000", "stray word 'which' in base"),
    100: ("rate", "100 children", "'rates of 0 exclusions and 17.1 suspensions per 100 children'"),
    101: ("rate", "100 children", "rate per 100 read as count"),
    104: ("rate", "100 children", "as 100"), 105: ("rate", "100 children", "rate per 100 read as count"),
    108: ("rate", "100 children", "as 100"), 109: ("rate", "100 children", "rate per 100 read as count"),
    155: ("rate", "1,000", "rate named per base before the value"),
    156: ("rate", "1,000", "rate named per base before the value"),
    187: ("rate", "10,000", "national average coordinated with a rate per 10,000"),
    202: ("rate", "10,000", "stray word 'March' in base"),
    208: ("rate", "10,000 children", "rate named per base before the value"),
    218: ("rate", "", "base misprinted '100,00'; per '100' wrong"),
    246: ("rate", "10,000", "national average coordinated with a rate per 10,000"),
    252: ("rate", "10,000 children", "rate named per base before the value"),
    253: ("rate", "10,000 population", "'children and young people per 10,000 of our population' read as count"),
    254: ("rate", "10,000 population", "stray 'of' in base ('per 10,000 of population')"),
    260: ("rate", "", "'the second high rate with 137'"), 261: ("rate", "", "'the lowest, with 36' (rates)"),
    263: ("rate", "10,000 population", "'455 is double the national average per 10,000 of the population'"),
    275: ("rate", "10,000 population", "as 253"), 276: ("rate", "10,000 population", "as 254"),
    285: ("rate", "10,000", "'103.8 per 10,000 - nearly double the rate of statistical neighbours at 53.31'"),
    296: ("rate", "10,000", "rate named per base before the value"),
    297: ("rate", "", "'CLA rate for statistical neighbours was 137.2'"),
    298: ("rate", "", "'The rate for Yorkshire and Humber was 77'"),
    303: ("rate", "10,000", "stray word 'remains' in base"),
    315: ("rate", "", "'reduction in the rate of children in need, 257 against a target of 300'"),
    316: ("rate", "", "target of the rate"),
    326: ("rate", "10,000", "'number of looked after children in England per 10,000 increased from 54'"),
    327: ("rate", "10,000", "as 326"),
    328: ("rate", "10,000 population", "'an increase of 37 cases (per 10,000 population)'"),
    332: ("count", "newly qualified social worker", "caseload: stray 'newly'"),
    343: ("rate", "10,000 population", "'per 10,000 of Knowsley's 0-17 population'"),
    352: ("rate", "10,000 population", "'per 10,000 of the under 18 population'"),
    354: ("rate", "10,000 population", "'regional average of 61' after 'national rate of 43' after a rate per 10,000 of the population"),
    201: ("rate", "10,000 youngsters", "'67 in 10,000 youngsters' read as a per cent"),
    212: ("rate", "10,000 youngsters", "as 201"),
    142: ("gbp", "student", "'£9,635 is provided to each eligible student'"),
    81: ("gbp", "child", "'reduced from £10K per child to £6K': £6K per child"),
    26: ("gbp", "pupil", "money per X said before it ('per pupil funding of £3,500')"),
    27: ("gbp", "pupil", "as 26"),
    52: ("gbp", "learner", "'average saving per learner of £36,787'"),
    70: ("gbp", "pupil", "'the cash value per pupil reduced by £7.51'"),
    76: ("gbp", "hour", "'£5.69 per entitled hour'"), 78: ("gbp", "hour", "'£4.42 per entitled hour'"),
    110: ("gbp", "hour", "'base rate per hour for Primary Schools of £4.58'"),
    117: ("gbp", "child, hour", "'10p per child/hour'"),
    120: ("hours", "term", "'165,000 hours per terms'"),
    126: ("gbp", "appeal", "'£939 per appeal'"), 127: ("gbp", "appeal", "'£300 per appeal'"),
    264: ("gbp", "week", "'£500,000 more per week'"),
    288: ("gbp", "child, week", "'cost per child per week is just under £2,500'"),
    305: ("gbp", "child, week", "'cost per week for a child in care ranges between £350 and £3,500'"),
}
FAM = {
    "A stray word after the base (or 'of ... population')": [44, 45, 86, 202, 303, 254, 276, 343, 352],
    "B base written '10k' (one base, several spellings)": [1],
    "C rate per 10k/100 or after 'children and young people' read as a count": [3, 101, 105, 109, 253, 275],
    "D values after a measure named per a base read as counts": [155, 156, 208, 252, 296, 326, 327],
    "E comparator / list-mate of a rate: count, or rate without the base": [6, 9, 13, 17, 42, 43, 187, 189, 196, 197, 246, 248, 285, 350, 351, 353, 354],
    "E2 rate named 'rate for/of <place> was', 'rate with'": [297, 298, 260],
    "F money per a base said before it": [26, 27, 52, 70, 81, 110, 288, 305],
    "G caseload per 'newly'": [332],
    "H misprinted base '100,00'": [218],
    "I rate not read (other: 'rates of 0 exclusions and ...', 'rate of children in need, 257', 'the lowest, with 36', '455 is double the national average per 10,000', 'increase of 37 cases (per 10,000 population)')": [100, 104, 108, 315, 316, 261, 263, 328],
    "J 'N in 10,000' read as a per cent": [201, 212],
    "K other per (money without £, pence, per entitled hour, per appeal, more per week, per child/hour, hours per terms, per month after noun, to each eligible student)": [142, 62, 65, 66, 76, 78, 126, 127, 264, 117, 120, 23],
}
fam_of = {i: f for f, ix in FAM.items() for i in ix}
rows = []
for i, r in c.iterrows():
    u, p, note = J.get(i, (r.unit_now, r.per_now, ""))
    rows.append(dict(pool=r.pool, doc=r.doc, council=r.council, span=r.span, surface=r.surface, unit_now=r.unit_now,
                     per_now=r.per_now, unit_right=u, per_right=p, family=fam_of.get(i, "") if (u, p) != (r.unit_now, r.per_now) else "", note=note, context=r.ctx))
out = pd.DataFrame(rows)
out.to_csv(sys.argv[1], index=False)
print(len(out), (out.note != "").sum())
w = out[out.family != ""]
print(w.groupby("family").agg(councils=("council", "nunique"), figures=("surface", "size"), names=("council", lambda x: ", ".join(sorted(set(x))))).sort_values("councils", ascending=False).to_string())
missing = [i for i, (u, p, _) in J.items() if (u, p) != (c.unit_now[i], c.per_now[i]) and i not in fam_of]
print("judged wrong without family:", missing)
