"""Census of every wrong phrase / id (open sets: base0 runs vs gold; pools: judged), with a failure class.
usage: census_classes.py OUT.tsv  (prints the count tables)"""
import sys, csv, re, collections
sys.path.insert(0, '/work/wt/phrase/src')
from analysis.evaluation import key_words, same_indicator
from analysis.figures.rules import load_rules
R = load_rules()
REPORT = set(R.reporting_verbs) | set(R.reporting_verbs_to) | {'say', 'says', 'said', 'told', 'considered', 'debate', 'calculate', 'announcing', 'described', 'referring', 'apologised'}
BARE = {'people', 'children', 'pupils', 'young people', 'cases', 'names', 'person', 'persons', 'families', 'places', 'schools', 'staff',
        'youngsters', 'students', 'individuals', 'households', 'cost', 'costs', 'funding', 'budget', 'money', 'income', 'spending'}
def cls(ph, sent, surf, nfig):
    ph = (ph or '').strip(); low = ph.lower()
    if not ph or ph == 'nan': return 'empty phrase'
    w = re.findall(r"[A-Za-z']+", low)
    if any(x in REPORT for x in w): return 'reporting clause / speaker as phrase'
    if not key_words(ph): return 'generic head alone (rate, figure, numbers, total)'
    if re.sub(r'^(the|a|an) ', '', low) in BARE: return 'bare noun (the counted noun or cost alone)'
    if '\t' in sent or '|' in sent or nfig >= 4 and len(sent.split()) / max(nfig, 1) < 4: return 'table row / flattened table'
    caps = [x for x in ph.split() if x[:1].isupper()]
    if caps and len(caps) == len([x for x in ph.split() if x.isalpha() and x.lower() not in ('of', 'and', 'the', 'in', 'for')]) and len(ph.split()) <= 5 and not re.search(r'[A-Z]{2,}', ph):
        return 'place / name / title as phrase'
    if re.search(r'\(of |^rest of|as a share of|^remaining', ph): return 'part of a whole / rest of'
    s = sent
    i = s.find(surf)
    near = s[max(0, i - 60):i + len(surf) + 60].lower() if i >= 0 else s.lower()
    if re.search(r'\b(from|to)\s+[£]?\d', near) and re.search(r'\b(increas|decreas|ris|rose|fell|fall|drop|reduc|up|down|grew|went)\w*', near):
        return 'change (from A to B / by N)'
    if nfig >= 3: return 'list of figures (labels, elided heads)'
    if re.search(r"(ing|ed|\b(to|of|for|by|in|on|at|with|into|from|and|or))$", low) or re.search(r"\b(is|was|are|were|has|have|had|will|would|could|can|may)\b", low):
        return 'clause fragment (verb / preposition / subject of another clause)'
    return 'other noun phrase (another noun of the sentence, incomplete)'
rows = list(csv.DictReader(open('all_base.tsv'), delimiter='\t'))
nfig = collections.Counter((r['src'], r['doc_id'], r['sentence']) for r in rows)
open_c = sorted({r['council'] for r in rows if r['src'].startswith('open')})
# halves of the 34 sets: by the council names of their manifests (84 names: census.py), pools' by their manifests
import pandas as pd
from pathlib import Path
cs = set()
for s in [Path(l.strip()).name for l in open('/work/staging/r45/sets.txt') if l.strip()]:
    cs |= set(pd.read_csv(f'/work/staging/r45/runs/base0/{s}/manifest.csv').council)
cs = sorted(cs); ohalf = {c: 'H1' if i < (len(cs) + 1) // 2 else 'H2' for i, c in enumerate(cs)}
pc = sorted({r['council'] for r in rows if r['src'].startswith('pool')}); phalf = {c: 'H1' if i < (len(pc) + 1) // 2 else 'H2' for i, c in enumerate(pc)}
print('open halves: H1 ends', cs[(len(cs) + 1) // 2 - 1], '| pools halves: H1 ends', pc[(len(pc) + 1) // 2 - 1])
out = csv.writer(open(sys.argv[1], 'w', newline=''), delimiter='\t')
out.writerow(['src', 'half', 'council', 'doc_id', 'raw_start', 'surface', 'error', 'class', 'kw_right', 'gold_or_reader_phrase', 'phrase', 'gold_or_reader_id', 'id', 'sentence'])
tab = collections.Counter(); idtab = collections.Counter()
for r in rows:
    src = r['src'].split(':')[0]
    half = (ohalf if src == 'open' else phalf).get(r['council'], '?')
    wrong_phrase = r['verdict'] == '0'
    gid, pid = r['gid'].strip(), r['pid'].strip()
    id_err = ''
    if gid and gid != '?' and pid != gid: id_err = 'ID_MISSING' if not pid else 'ID_WRONG'
    if not wrong_phrase and not id_err: continue
    c = cls(r['pred'], r['sentence'], r['surface'], nfig[(r['src'], r['doc_id'], r['sentence'])])
    kw = int(same_indicator(r['gold'], r['pred']))
    err = '+'.join(x for x in ('PHRASE' if wrong_phrase else '', id_err) if x)
    out.writerow([r['src'], half, r['council'], r['doc_id'], r['raw_start'], r['surface'], err, c, kw, r['gold'], r['pred'], gid, pid, r['sentence'][:160]])
    if wrong_phrase: tab[(c, src, half, 'kw' if kw else 'nokw')] += 1
    if id_err: idtab[(c, src, half)] += 1
classes = sorted({k[0] for k in tab} | {k[0] for k in idtab}, key=lambda c: -sum(v for k, v in tab.items() if k[0] == c))
print('| class | open H1 | open H2 | pools H1 (key word missing) | pools H2 (key word missing) | id open H1/H2 | id pools H1/H2 |')
print('|---|---|---|---|---|---|---|')
for c in classes:
    o1 = tab[(c, 'open', 'H1', 'nokw')] + tab[(c, 'open', 'H1', 'kw')]; o2 = tab[(c, 'open', 'H2', 'nokw')] + tab[(c, 'open', 'H2', 'kw')]
    p1 = tab[(c, 'pool', 'H1', 'nokw')] + tab[(c, 'pool', 'H1', 'kw')]; p2 = tab[(c, 'pool', 'H2', 'nokw')] + tab[(c, 'pool', 'H2', 'kw')]
    print(f"| {c} | {o1} | {o2} | {p1} ({tab[(c, 'pool', 'H1', 'nokw')]}) | {p2} ({tab[(c, 'pool', 'H2', 'nokw')]}) | {idtab[(c, 'open', 'H1')]}/{idtab[(c, 'open', 'H2')]} | {idtab[(c, 'pool', 'H1')]}/{idtab[(c, 'pool', 'H2')]} |")
tot = lambda s, h: sum(v for k, v in tab.items() if k[1] == s and k[2] == h)
print('| total |', tot('open', 'H1'), '|', tot('open', 'H2'), '|', tot('pool', 'H1'), '|', tot('pool', 'H2'), '|',
      f"{sum(v for k, v in idtab.items() if k[1:] == ('open', 'H1'))}/{sum(v for k, v in idtab.items() if k[1:] == ('open', 'H2'))}", '|',
      f"{sum(v for k, v in idtab.items() if k[1:] == ('pool', 'H1'))}/{sum(v for k, v in idtab.items() if k[1:] == ('pool', 'H2'))}", '|')
