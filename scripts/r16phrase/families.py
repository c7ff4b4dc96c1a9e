"""Exclusive structural families of the wrong phrases (judged 0) of every pool r8-r14, ranked by councils."""
import csv, re, sys, collections
from pathlib import Path
rowsall=list(csv.DictReader(open(sys.argv[1]))); figdir=Path(sys.argv[2])
rows=[r for r in rowsall if r['judged']=='0']
figs=collections.defaultdict(list)
for f in figdir.glob('*.csv'):
    for r in csv.DictReader(open(f)): figs[(f.stem,r['doc_id'])].append(r)
STOP=set("the a an of in on at to for by with and or from as is are was were be been this that these those its their his her our per".split())
VERB=re.compile(r"\b(is|are|was|were|has|have|had|will|would|could|should|said|says|told|expressed|agreed|queried|asked|took|set|made|marks|showed|shows|accounted|seen|having|continues)\b", re.I)
CHANGE=r"(increase|decrease|reduction|rise|fall|drop|decline|growth|improvement|cut|uplift|transfer)"
def words(s): return re.findall(r"[A-Za-z][A-Za-z'\-]*", s.lower())
FAM=[
 ("F1 value opens a change noun + preposition ('the 4% increase to the base rate')",
  lambda r,L,R,prev: re.match(r"\s+(?:(?:pc|per cent|percentage)?\s*points?\s+)?"+CHANGE+r"\b", R, re.I) and re.search(r"\b(a|an|the|another|for|further)\s*[+]?\s*$", L, re.I)),
 ("F2 comparator value (national/regional/average/target) takes the main figure's subject",
  lambda r,L,R,prev: re.search(r"\b(national|nationally|regional|england|average|statistical neighbours?|comparator|north (?:east|west)|south east|target|milestone)\b[^.;]{0,25}$", L, re.I) or re.match(r"\s*(?:%|per cent)?\s*(nationally|national average|in england|across england|in the north)", R, re.I)),
 ("F3 series 'from X to Y' / earlier value of the same measure loses its time",
  lambda r,L,R,prev: re.search(r"\b(from|to|down to|up to|up from|down from)\s*(?:around |about |just over |over |approximately |~\s*)?[£]?$", L, re.I) and re.search(r"\d", L+R)),
 ("F4 table cells / bare value rows (no sentence: label elsewhere on the line or in a heading)",
  lambda r,L,R,prev: len(re.findall(r"\d[\d,.]*", r['sentence']))>=4 and len(words(r['sentence'])) < 5*len(re.findall(r"\d[\d,.]*", r['sentence'])) or len(words(r['sentence']))<=3),
 ("F5 list item takes an earlier item's phrase (same phrase as the figure before in the sentence)",
  lambda r,L,R,prev: prev is not None and prev['indicator']==r['indicator'] and r['indicator']),
 ("F6 '<noun> of <value>': the noun the value is 'of' not used",
  lambda r,L,R,prev: (m:=re.search(r"(\w+)\s+of\s+(?:about |around |almost |nearly |over |just over |some |up to |approximately |~\s*|at least |only |just )?[£+]?$", L)) and m.group(1).lower() not in words(r['indicator']) and m.group(1).lower() not in STOP),
 ("F7 runs into a heading/caption/glued table text",
  lambda r,L,R,prev: re.search(r"[a-z][A-Z]|\d[A-Za-z]{3,}|^[A-Z][^a-z]*$", r['indicator'])),
 ("F8 generic or empty phrase ('number', 'figure', '', a place or a name only)",
  lambda r,L,R,prev: r['indicator'].strip().lower() in {"","number","figure","total","rate","amount","level","numbers","figures","cost","year","people","request","cases","another","back"} or len(words(r['indicator']))==1 and r['indicator'][:1].isupper()),
 ("F9 phrase is a clause: subject + verb (or reporting verb) left in",
  lambda r,L,R,prev: VERB.search(r['indicator']) or re.search(r"\b\w+(ed|ing)\b", r['indicator']) and len(words(r['indicator']))>=3),
 ("F10 the noun right after the value names the measure but the phrase is taken from before",
  lambda r,L,R,prev: (w:=[x for x in words(R)[:3] if x not in STOP]) and w[0].rstrip('s') in {x.rstrip('s') for x in words(r['reader'])} and w[0] not in words(r['indicator'])),
]
out=collections.OrderedDict((n,[]) for n,_ in FAM); out["F11 other (phrase too narrow/broad, qualifier missing: time, place, 'within 20 weeks')"]=[]
for r in rows:
    fs=sorted(figs[(r['pool'],r['doc_id'])], key=lambda x:int(x['raw_start']))
    prev=None
    for x in fs:
        if int(x['raw_start'])<int(r['raw_start']) and x['sentence']==r['sentence']: prev=x
    s=r['sentence']; i=s.find(r['surface']); L=s[:i] if i>=0 else ''; R=s[i+len(r['surface']):] if i>=0 else ''
    for n,f in FAM:
        if f(r,L,R,prev): out[n].append(r); break
    else: out[list(out)[-1]].append(r)
print(f"| family | wrong phrases | councils | pools |\n|---|---|---|---|")
for n,rs in sorted(out.items(), key=lambda kv:-len({r['council'] for r in kv[1]})):
    print(f"| {n} | {len(rs)} | {len({r['council'] for r in rs})} | {len({r['pool'] for r in rs})} |")
print(f"| all | {len(rows)} | {len({r['council'] for r in rows})} | |")
if len(sys.argv)>3:
    for r in out[[n for n in out if n.startswith(sys.argv[3]+' ')][0]][:int(sys.argv[4])]:
        s=r['sentence']; i=s.find(r['surface'])
        print(f"[{r['pool']}|{r['council'][:12]}] {r['surface']!r} IND={r['indicator']!r} READ={r['reader']!r}\n    ..{s[max(0,i-120):i+60]}..")
