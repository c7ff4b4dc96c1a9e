"""Pattern-first census: every number in an age / entitlement shape in the open sets' and the pools' raw pages."""
import csv, re, sys, collections
from pathlib import Path
ROOT = Path('/work/main'); csv.field_size_limit(10**9)
N = r"(?:\d{1,2}|two|three|four|five|eleven|fifteen|thirty)"
PATS = {
 'ent_age': re.compile(rf"(?i)\b({N})(?:\s*(?:and|&|or|-|/)\s*({N}))?[\s-]*(?:years?|yr)[\s-]*(?:olds?['’]?s?[\s-]*)?(?:funding|funded|entitlement|offer|places?|provision|uplift|rates?|childcare|free|nursery|early|grant|pupils?|children|settings?|take[\s-]?up|increase|expansion|block)\b"),
 'for_ages': re.compile(rf"(?i)\b(?:for|of)\s+({N})\s*(?:and|&|or)\s*({N})(?:[\s-]*(?:years?|yr)[\s-]*olds?)?\b"),
 'hours': re.compile(r"(?i)\b(15|30|570|1140|1,140|fifteen|thirty)[\s-]*(?:free\s+)?hours?['’]?\s*(?:of\s+)?(?:free\s+|funded\s+|early\s+years\s+|government[\s-]funded\s+)*(?:childcare|provision|offer|entitlement|funded|funding|free|expansion|early|places?|scheme|nursery|extended|for\s+working)\b"),
 'the_hours': re.compile(r"(?i)\b(?:the|extended|additional)\s+(15|30|fifteen|thirty)[\s-]*hours?\b(?!\s+(?:a|per|each)\s+week)"),
 'range': re.compile(rf"(?i)\b(?:pre-birth|birth|aged?|ages|age\s+range(?:\s+extending)?|up)\s+(?:up\s+)?(?:to|from|between)?\s*({N}|0)(?:\s*(?:-|–|to|and)\s*({N}))?(?:\s*years)?\b"),
 'under_pop': re.compile(rf"(?i)\b(?:population|people|children|residents)\s+(?:aged\s+)?(?:under|over|below)\s+({N})\b"),
 'my_age': re.compile(rf"(?i)\b(?:daughter|son|child|grandson|granddaughter)\s+(?:is|was|turned|turns|is\s+now|aged)\s+({N})\b"),
}
def load_pred(path):
    d = collections.defaultdict(list)
    for r in csv.DictReader(open(path, encoding='utf-8')):
        d[r['doc_id']].append((int(r['raw_start']), int(r['raw_end']), r['surface']))
    return d
rows = []
def scan(src, texts, councils, pred, gold):
    for doc, t in texts.items():
        for sh, p in PATS.items():
            for m in p.finditer(t):
                for g in range(1, (m.lastindex or 0)+1):
                    if m.group(g) is None: continue
                    a, b = m.span(g)
                    ps = [x for x in pred.get(doc, []) if x[0] < b and x[1] > a]
                    gs = [x for x in gold.get(doc, []) if x[0] < b and x[1] > a] if gold is not None else None
                    rows.append(dict(src=src, council=councils.get(doc, doc), doc=doc, start=a, shape=sh, num=m.group(g),
                        pred='|'.join(x[2] for x in ps), gold=('?' if gs is None else '|'.join(str(x[2]) for x in gs)),
                        text=t[max(0,m.start()-40):m.end()+25].replace('\n',' ')))
for s in [l.strip() for l in open('/work/staging/r35/sets.txt') if l.strip()]:
    sd = ROOT/s
    texts = {p.stem: p.read_text(encoding='utf-8') for p in (sd/'raw').glob('*.txt')}
    councils = {r['file'][:-4]: r['council'] for r in csv.DictReader(open(sd/'manifest.csv', encoding='utf-8'))}
    gold = collections.defaultdict(list)
    for r in csv.DictReader(open(sd/'figures_gold.csv', encoding='utf-8')):
        gold[r['doc_id']].append((int(r['raw_start']), int(r['raw_end']), r['surface']))
    scan(sd.name, texts, councils, load_pred(f'/work/staging/r35/final1/{sd.name}/work/first_run/figures.csv'), gold)
for j in sorted((ROOT/'tests/realworld/pools').glob('*/*/judged.csv')):
    pool = j.parent
    if pool.parent.name in ('r26', 'r35') or not (pool/'raw/manifest.csv').exists(): continue
    pf = Path(f'/work/staging/r35/final1pools/{pool.parent.name}_{pool.name}.csv')
    if not pf.exists(): continue
    texts = {p.stem: p.read_text(encoding='utf-8') for p in (pool/'raw').glob('*.txt')}
    councils = {r['file'][:-4]: r['council'] for r in csv.DictReader(open(pool/'raw/manifest.csv', encoding='utf-8'))}
    judged = collections.defaultdict(list)
    for r in csv.DictReader(open(j, encoding='utf-8')):
        if r.get('doc_id') and r.get('raw_start') and r.get('raw_end'):
            judged[r['doc_id']].append((int(r['raw_start']), int(r['raw_end']), r['is_figure']))
    scan(pool.parent.name+'/'+pool.name, texts, councils, load_pred(pf), judged)
w = csv.DictWriter(open(sys.argv[1], 'w', newline='', encoding='utf-8'), fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
print(len(rows))
