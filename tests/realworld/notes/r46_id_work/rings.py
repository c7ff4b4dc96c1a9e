"""For every matched figure whose id the concept rule gave (id_source rules, _classify's id = the final id): the ring of
the id's what (and qualifier) against the reference. usage: rings.py TRACEDIR allrows.tsv"""
import sys, csv, json, glob, collections
from pathlib import Path
from analysis.figures.indicators import load_indicators, find_concepts
T = Path(sys.argv[1]); INDS = load_indicators()
tr = collections.defaultdict(list)
for f in glob.glob(str(T / '*.json')):
    if f.endswith('_figs.json'): continue
    src = Path(f).stem
    for t in json.load(open(f))['trace']:
        tr[(src, t['sentence'], t['unit'])].append(t)
c = collections.Counter(); ex = collections.defaultdict(list)
for r in csv.DictReader(open(sys.argv[2]), delimiter='\t'):
    if r['id_source'] != 'rules': continue
    src = r['src'].replace('open:', 'open_') if r['src'].startswith('open') else r['src']
    ts = [t for t in tr.get((src, r['sentence'], r['unit']), []) if t['final'] == r['id'] and t['classify'] == r['id']]
    t = next((t for t in ts if t['phrase'] == r['phrase']), ts[0] if len(ts) == 1 else None)
    if t is None: continue
    fc = find_concepts((t['phrase'], t['clause'], t['sentence'], t['context']), t['unit'], t['per'] or None, INDS).get(r['id'], {})
    w = fc.get('what', (9,))[0]; q = fc.get('qualifier', (9,))[0] if 'qualifier' in fc else '-'
    verdict = 'right' if r['ref_id'] == r['id'] else ('none' if not r['ref_id'] else 'wrong')
    k = (r['half'], r['src'][:4], t['how'], f'what@{w}', f'q@{q}')
    c[k + (verdict,)] += 1
    if w >= 2 and t['how'] == 'own': ex[k].append((verdict, r['council'][:14], r['surface'], r['id'], t['phrase'][:40]))
keys = sorted({k[:-1] for k in c})
for k in keys:
    print(*k, 'right', c[k + ('right',)], 'none', c[k + ('none',)], 'wrong', c[k + ('wrong',)], sep='\t')
for k, v in sorted(ex.items()):
    if any(x[0] != 'right' for x in v): print(k, v[:12])
