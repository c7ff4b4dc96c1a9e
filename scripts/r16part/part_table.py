"""The "whole-not-part" class over every phrase-judged pool (r8phrase, r9-r14, r16freshA): a true figure whose phrase
was judged wrong and whose reader phrase holds the rules' phrase (its content words) plus words that select a part,
sorted into sub-structures by the figure's sentence (first match wins), counted by councils.
Usage: python part_table.py ROWS.csv [AFTER_ROWS.csv]   (ROWS from score_all.py --rows)"""
import csv, re, sys, collections
STOP = set("the a an of in on at to for by with and or from as is are was were be been this that these those its their".split())
def w(s): return [x.rstrip('s') for x in re.findall(r"[a-z][a-z'\-]*", s.lower()) if x not in STOP]
PART = re.compile(r"(?i)\b(share|part|who|that|with|without|offered|approved|placed|seen|adopted|convicted|excluded|"
                  r"in foster|unemployed|posing|taking|took|left|need|needing|made|had|reinstated|judged|mentioning|"
                  r"achiev|reach|surveyed|eligible|aged|subject|attending|missing|involved|remaining)\b")
SUBS = [
    ("share 'N% of X <predicate>'", lambda L, R: re.match(r"\s*(?:\([^)]*\)\s*)?of\s+(?!the\s+\d|its\s+\d)", R, re.I)),
    ("'N of the M X <predicate>' / 'N% of the M X'", lambda L, R: re.match(r"\s*(?:out\s+)?of\s+(?:the|its|their|our)\s+\d", R, re.I)),
    ("sentence opens with the whole: 'Of/Out of (the) (M) X, N <predicate>'", lambda L, R: re.match(r"(?i)^\s*(?:[A-Z]\w+,\s*)?(?:out\s+of|of|among)\s+(?!these|those|them|this)", L)),
    ("'Of these/them, N were ...'", lambda L, R: re.search(r"(?i)\b(?:of|out of)\s+(?:these|those|them|which|whom)\b", L)),
    ("the whole's count without its relative clause ('the 143 children who left care')", lambda L, R: re.match(r"\s+(?:[\w'-]+\s+){0,4}?(?:who|that)\s", R, re.I) or re.search(r"(?i)\bof\s+the\s*$", L)),
    ("list line / label 'N% with X', 'N% in X', 'X: N'", lambda L, R: len(L.strip()) == 0 and len(R.split()) <= 6 or L.rstrip().endswith(":")),
]
def classify(rows):
    out = collections.OrderedDict((n, []) for n, _ in SUBS); out["other (a qualifier of time, place, comparator, cause)"] = []
    for r in rows:
        if r['judged'] != '0': continue
        wi, wr = w(r['indicator']), w(r['reader'])
        if not wr or not (set(wi) <= set(wr)) or not (set(wr) - set(wi)): continue
        if not PART.search(r['reader']) and wi: continue
        s = r['sentence']; i = s.find(r['surface']); L = s[:i] if i >= 0 else ''; R = s[i + len(r['surface']):] if i >= 0 else ''
        for n, f in SUBS:
            if f(L, R): out[n].append(r); break
        else: out[list(out)[-1]].append(r)
    return out
before = classify(list(csv.DictReader(open(sys.argv[1]))))
after = classify(list(csv.DictReader(open(sys.argv[2])))) if len(sys.argv) > 2 else None
print("| sub-structure | wrong phrases | councils | which councils |" + (" wrong after |" if after else "") + "\n|---|---|---|---|" + ("---|" if after else ""))
for n, rs in before.items():
    cs = sorted({r['council'] for r in rs})
    print(f"| {n} | {len(rs)} | {len(cs)} | {', '.join(cs)} |" + (f" {len(after[n])} |" if after else ""))
tot = [r for rs in before.values() for r in rs]
print(f"| all | {len(tot)} | {len({r['council'] for r in tot})} | |" + (f" {sum(len(v) for v in after.values())} |" if after else ""))
if len(sys.argv) > 3:
    for r in before[[n for n in before if n.startswith(sys.argv[3])][0]]:
        print(f"[{r['pool']}|{r['council']}] {r['surface']!r} IND={r['indicator']!r} READ={r['reader']!r}")
