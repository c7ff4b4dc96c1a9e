"""Clauses of the line, each census row (gold HND/BV, or none with a money cue) assigned by its sentence; counts."""
import csv, re, sys
from collections import defaultdict
I = re.I
ADV = re.compile(r"over ?spen|deficit|shortfall|\bgap\b|pressure|overrun|adverse|over budget|above budget|in excess|\bshort\b|\bloss\b", I)
FAV = re.compile(r"under ?spen|surplus|under budget|less than budget|below budget|favourable|lower than (expected|budget)", I)
TRANSPORT = re.compile(r"transport", I)
SENDW = re.compile(r"\bSEND\b|\bSEN\b|\bSPEND\b|special educational|special needs", 0)
HNB = re.compile(r"high(er)? needs?|\bHN\s*B|\bHNB\b|top.?up|independent special|named pupil|special schools?", I)
DSG = re.compile(r"\bDSG\b|dedicated schools? grant|direct school|safety valve|blocks", I)
SB = re.compile(r"schools?['’]?s? budget|budget for schools|for schools", I)
FORUM = re.compile(r"\bforum\b", I)
OTHER = re.compile(r"early years|schools block|growth fund|central school|\bEYB\b|EYSFF|de-?delegat|top slice", I)
def clause(s):
    if TRANSPORT.search(s) and SENDW.search(s): return "D SEND home-to-school transport"
    adv, fav = ADV.search(s), FAV.search(s)
    schools = HNB.search(s) or DSG.search(s) or SB.search(s) or SENDW.search(s) or FORUM.search(s) or OTHER.search(s)
    if schools and fav and not adv: return "B favourable variance of the schools' money (DSG, any block)"
    if OTHER.search(s) and not (HNB.search(s) or SENDW.search(s)) and not re.search(r"\bDSG\b.{0,30}(deficit|overspen)|(deficit|overspen)\w* .{0,30}\bDSG\b", s, I):
        return "C the schools' money of another block (early years, schools block, growth fund, top slice)"
    if HNB.search(s): return "A1 high needs block / high needs money named"
    if DSG.search(s): return "A2 the DSG (whole grant, its reserve, its blocks together) named"
    if SB.search(s): return "A3 the (overall) schools budget named"
    if SENDW.search(s): return "A4 SEND money named (not transport)"
    if FORUM.search(s): return "A5 at the Forum, no money named in the sentence"
    if fav and not adv: return "G favourable variance of a service / the council"
    return "E adverse: a service's / directorate's / council's budget, or nothing named in the sentence"
def short(c):
    for a in (" Borough Council", " County Council", " City Council", " Council", "London Borough of ", " Metropolitan Borough",
              "Royal Borough of ", " Metropolitan", " City"):
        c = c.replace(a, "")
    return c.strip()
if __name__ == "__main__":
    rows = list(csv.DictReader(open(sys.argv[1])))
    srcs = sys.argv[2].split(",")
    n = defaultdict(lambda: defaultdict(int)); cs = defaultdict(lambda: defaultdict(set))
    for r in rows:
        if r["source"].split(":")[0] not in srcs: continue
        c = clause(r["sentence"]); n[c][(r["gold"], r["base"])] += 1; cs[c][r["gold"]].add(short(r["council"]))
    for c in sorted(n):
        print("==", c)
        for g in ("high_needs_deficit", "budget_variance", "none"):
            tot = sum(v for (gg, b), v in n[c].items() if gg == g)
            if tot:
                right = n[c].get((g, g), 0)
                print(f"  gold {g}: {tot} figures at {len(cs[c][g])} councils; code same {right}, "
                      f"other {dict((b, v) for (gg, b), v in n[c].items() if gg == g and b != g)}")
                print(f"     councils: {', '.join(sorted(cs[c][g]))}")
