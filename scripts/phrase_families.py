"""The wrong phrases (judged 0) of the judged pools sorted into structural families, first match wins, ranked by
councils: round 18's families (r18phrase), and round 19's, which add T (a comparator's or target's value), K (hedge
dropped) and L (too long) (r19phrase, r20phrase; r19phrase2's shapes.py splits three of them further).

The round scripts ``scripts/r18phrase/families.py``, ``scripts/r19phrase/families.py`` and
``scripts/r20phrase/families.py`` call :func:`main`; their usage: ``families.py ROWS.csv FIGDIR [FAMILY-PREFIX N |
pool=NAME]`` (ROWS from that round's ``score_all.py --rows``; FIGDIR from its ``run_all.py``: for the figure before
in the same sentence).
"""
import collections
import csv
import re
from collections.abc import Sequence
from pathlib import Path

STOP = set("the a an of in on at to for by with and or from as is are was were be been this that these those its their "
           "his her our per than which who".split())
FINITE = (r"(?:is|are|was|were|has|have|had|will|would|could|should|may|can|said|says|told|stated|noted|reported|"
          r"agreed|queried|asked|informed|explained|confirmed|highlighted|reveal|reveals|revealed|showed|shows|"
          r"accounted|accounts|continues|continued|decided|approved|proposed|proposing|took|made|make|set|saw|sees|"
          r"provided|expressed|warned|added|heard|received|remained|represents|represented|\w+ed)")
VERBISH = re.compile(r"\b(is|are|was|were|has|have|had|will|would|could|should|said|says|told|expressed|agreed|queried|"
                     r"asked|took|set|made|marks|showed|shows|accounted|seen|having|continues|meant|means|do|don't|it's|"
                     r"we've|we're|they're|be|been|being|ensuring|involves|make|reveal|revealed|did|get|go)\b", re.I)
ING_NOUN = set("funding spending training housing meeting building learning offending safeguarding parenting "
               "setting settings evening morning planning earnings ring thing nothing something".split())
ED_NOUN = set("need needed hundred red bed beds".split())
PLACE_SERVICE = set("council councils county city borough district authority authorities service services team teams "
                    "directorate block forum cabinet committee members member department dfe government ofsted "
                    "region regional nationally national england country area locality school's schools' trust "
                    "board panel group partnership unit office".split())
GENERIC = {"", "number", "numbers", "figure", "figures", "total", "rate", "amount", "level", "cost", "costs", "year",
           "years", "people", "request", "requests", "cases", "case", "children", "pupils", "schools", "young people",
           "aim", "mark", "budget", "deficit", "extra", "income", "transfer", "target", "names", "per hour",
           "per week", "per year", "average", "share", "proportion", "percentage", "sum", "money", "funding",
           "position", "performance", "data", "increase", "rise", "students", "families", "workforce", "places"}
def words(s): return re.findall(r"[A-Za-z][A-Za-z'’\-]*", s.lower())
def content(s): return [w for w in words(s) if w not in STOP]
def stem(w): return w[:-1] if w.endswith("s") and len(w) > 3 else w

def label_layout(r, L, R, prev):
    s = r['sentence']; nums = re.findall(r"\d[\d,.]*", s)
    return (len(words(s)) <= 3 or (len(nums) >= 4 and len(words(s)) < 4 * len(nums))
            or re.search(r"(?:^|[;\n•·|])\s*[A-Za-z][^.;:\d]{0,50}?\s*(?::|\s[-–—])\s*[£$]?$", L)
            or re.match(r"\s*%?\s*(?:[-–—|]|\s{2,})\s*[A-Z]", R) and len(words(s)) < 12)

COMPARATOR_LEFT = re.compile(r"(?i)\b(?:national|regional|england|london|statistical\s+neighbours?['’]?|similar\s+authorities['’]?|"
    r"comparator(?:\s+authorit(?:y|ies))?|north\s+\w+|south\s+\w+|east\s+\w+|west\s+\w+|government|council['’]s|"
    r"the|a|its|our)\s+(?:average|rate|figure|level|target|benchmark|performance)(?:\s+rate)?\s+(?:of|at|was|is)\s+"
    r"(?:around|about|approximately|nearly|almost|just\s+(?:over|under))?\s*[£]?$")
def comparator_value(r, L, R, prev):
    # "above the national average of 70", "the council's target of 75 per cent": a comparator's or target's value, the
    # phrase lacks the comparator or the measure (the reader names both)
    return COMPARATOR_LEFT.search(L) is not None

def lead_in_list(r, L, R, prev):
    ind = r['indicator'].split(": ")[-1]
    if prev is not None and prev['indicator'] == r['indicator'] and r['indicator']:
        return True
    k = L.rfind(":")
    return k >= 0 and ind and ind.lower() in L[:k].lower() and re.search(r"\d", L[k:]) is None

def named_after(r, L, R, prev):
    rd = {stem(w) for w in content(r['reader'])}
    ind = {stem(w) for w in content(r['indicator'])}
    after = [stem(w) for w in content(" ".join(R.split()[:8]))]
    first = [stem(w) for w in content(" ".join(R.split()[:2]))]
    # the noun(s) right after the number name the measure (the reader uses them), and the phrase lacks some of the
    # reader's words that stand after the number: the predicate ("12 children were placed ...") or the noun itself
    return first and first[0] in rd and any(w in rd and w not in ind for w in after)

def subject_other_clause(r, L, R, prev):
    ind = r['indicator'].split(": ")[-1]
    if not ind or len(ind) < 3: return False
    k = L.lower().rfind(ind.lower())
    if k < 0: return False
    gap = L[k + len(ind):]
    return re.match(r"\s+(?:\w+\s+){0,1}" + FINITE + r"\b", gap, re.I) is not None and len(gap.split()) >= 2

def of_chain_cut(r, L, R, prev):
    ind = r['indicator'].split(": ")[-1]
    m = re.search(r"(\w+)\s+of\s+(?:the\s+|this\s+|these\s+|those\s+|all\s+)?" + re.escape(ind[:25]), L, re.I) if ind else None
    rd = {stem(w) for w in content(r['reader'])}
    if m and stem(m.group(1).lower()) in rd and m.group(1).lower() not in STOP: return True
    m = re.search(r"(\w+)\s+of\s+(?:about |around |almost |nearly |over |just over |some |up to |approximately |only |just )?[£+]?$", L)
    return bool(m) and m.group(1).lower() not in STOP and stem(m.group(1).lower()) not in {stem(w) for w in words(r['indicator'])}

def verb_adverb(r, L, R, prev):
    w = words(r['indicator'])
    if not w: return False
    ends = [w[0], w[-1]]
    return (VERBISH.search(r['indicator']) is not None
            or any(x.endswith("ly") and x not in ("only", "family", "early", "supply", "monthly", "weekly", "yearly") for x in ends)
            or any(x.endswith("ed") and x not in ED_NOUN for x in ends)
            or any(x.endswith("ing") and x not in ING_NOUN for x in ends)
            or w[-1] in ("back", "further", "more", "so", "up", "down", "out", "off", "again"))

def place_service(r, L, R, prev):
    ind = r['indicator'].split(": ")[-1]
    toks = re.findall(r"[A-Za-z][A-Za-z'’\-]*", ind)
    if not toks: return False
    return all(t[0].isupper() or t.lower() in STOP or t.lower() in PLACE_SERVICE or t.lower() in ("'s", "s") for t in toks) \
        or all(stem(t.lower().replace("’s", "").replace("'s", "")) in {stem(x) for x in PLACE_SERVICE} or t.lower() in STOP for t in toks)

def too_generic(r, L, R, prev):
    ind = r['indicator'].split(": ")[-1].strip().lower()
    return ind in GENERIC or len(content(ind)) <= 1 and (not content(ind) or content(ind)[0] in GENERIC)

HEDGE = re.compile(r"\b(estimated|estimate|forecast|forecasts|projected|projection|potential|expected|predicted|anticipated|provisional|planned|proposed|target|up to|around|about|approximately|almost|nearly|more than|over|at least)\b", re.I)
def hedge_dropped(r, L, R, prev):
    rh = {m.lower() for m in HEDGE.findall(r['reader'])}; ih = {m.lower() for m in HEDGE.findall(r['indicator'])}
    return bool(rh - ih) and bool({stem(w) for w in content(r['indicator'])} & {stem(w) for w in content(r['reader'])})

def too_long(r, L, R, prev):
    return len(words(r['indicator'])) >= 9 and len(content(r['indicator'])) > len(content(r['reader'])) + 2

def qualifier_missing(r, L, R, prev):
    ind = {stem(w) for w in content(r['indicator'])}; rd = {stem(w) for w in content(r['reader'])}
    return ind and rd and ind <= rd

FAM = [
    ("C table or 'X: 12' layout (label elsewhere on the line or in a heading)", label_layout),
    ("T comparator's or target's value ('the national average of 70', 'the council's target of 75%'): comparator or measure missing", comparator_value),
    ("B list item takes the lead-in's words (or the phrase of the figure before it)", lead_in_list),
    ("H measure named after the number ('12 children were ...'), phrase lacks it or its predicate", named_after),
    ("A phrase is the subject (or agent) of another clause", subject_other_clause),
    ("D 'of' chain cut ('cost of looking after ... children' -> 'children'; 'deficit of £4m')", of_chain_cut),
    ("E phrase is (or holds) a verb or adverb", verb_adverb),
    ("F phrase is a place, body or service, not the measure", place_service),
    ("G too generic or empty", too_generic),
    ("K hedge dropped (estimated, forecast, potential, target, up to ...: the reader keeps it)", hedge_dropped),
    ("L too long, a whole clause (9+ words, 3+ content words more than the reader's)", too_long),
    ("Q qualifier missing (time, place, comparator, part): the phrase's words are all the reader's", qualifier_missing),
]
OTHER = "Z other (different noun, too broad/narrow)"


#: the letters of round 18's families (round 19 added T, K and L)
ROUND18 = "CBHADEFGQ"


def main(argv: Sequence[str], watch: str | None = None,
         letters: str | None = None) -> tuple[list[dict[str, str]], dict[tuple[str, str], list[dict[str, str]]]]:
    """Print the families' table of ROWS (``argv[0]``) and FIGDIR (``argv[1]``): with a column of ``watch``'s count
    (a pool's name; none: round 18's table), of the families whose letter is in ``letters`` (all when None); then
    ``argv[2] argv[3]``: the first N rows of one family, or ``argv[2]`` = "pool=NAME" (with ``watch``): every row of a
    pool. Returns the wrong rows, each with its ``family`` letter, and FIGDIR's figures by (pool, doc_id)."""
    rowsall = list(csv.DictReader(open(argv[0], encoding="utf-8"))); figdir = Path(argv[1])
    rows = [r for r in rowsall if r['judged'] == '0']
    figs = collections.defaultdict(list)
    for f in figdir.glob('*.csv'):
        for r in csv.DictReader(open(f, encoding="utf-8")): figs[(f.stem, r['doc_id'])].append(r)
    fam = [(n, f) for n, f in FAM if letters is None or n[0] in letters]
    out = collections.OrderedDict((n, []) for n, _ in fam); out[OTHER] = []
    for r in rows:
        fs = sorted(figs[(r['pool'], r['doc_id'])], key=lambda x: int(x['raw_start']))
        prev = None
        for x in fs:
            if int(x['raw_start']) < int(r['raw_start']) and x['sentence'] == r['sentence']: prev = x
        s = r['sentence']; i = s.find(r['surface']); L = s[:i] if i >= 0 else ''; R = s[i + len(r['surface']):] if i >= 0 else ''
        for n, f in fam:
            if f(r, L, R, prev): out[n].append(r); r['family'] = n[0]; break
        else: out[OTHER].append(r); r['family'] = 'Z'
    ranked = sorted(out.items(), key=lambda kv: (-len({r['council'] for r in kv[1]}), -len(kv[1])))
    if watch is None:
        print("| family (structure; first match wins) | wrong phrases | councils | pools |\n|---|---|---|---|")
        for n, rs in ranked:
            print(f"| {n} | {len(rs)} | {len({r['council'] for r in rs})} | {len({r['pool'] for r in rs})} |")
        print(f"| all | {len(rows)} | {len({r['council'] for r in rows})} | |")
    else:
        print(f"| family (structure; first match wins) | wrong phrases | councils | pools | {watch} misses |\n|---|---|---|---|---|")
        for n, rs in ranked:
            print(f"| {n} | {len(rs)} | {len({r['council'] for r in rs})} | {len({r['pool'] for r in rs})} | {sum(r['pool'] == watch for r in rs)} |")
        print(f"| all | {len(rows)} | {len({r['council'] for r in rows})} | | {sum(r['pool'] == watch for r in rows)} |")
    if len(argv) > 3:
        sel = [r for r in rows if r['family'] == argv[2]]
        for r in sel[:int(argv[3])]:
            s = r['sentence']; i = s.find(r['surface'])
            print(f"[{r['pool']}|{r['council'][:12]}] {r['surface']!r} IND={r['indicator']!r} READ={r['reader']!r}\n    ..{s[max(0,i-110):i+70]}..")
    if watch is not None and len(argv) > 2 and argv[2].startswith("pool="):
        for r in [r for r in rows if r['pool'] == argv[2][5:]]:
            s = r['sentence']; i = s.find(r['surface'])
            print(f"{r['family']} [{r['council'][:12]}|{r['doc_id']}|{r['raw_start']}] {r['surface']!r} IND={r['indicator']!r} READ={r['reader']!r}\n    ..{s[max(0,i-130):i+80]}..")
    return rows, figs
