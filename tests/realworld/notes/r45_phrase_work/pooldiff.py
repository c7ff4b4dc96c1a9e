"""Figures of the judged pools whose phrase or id moved between pbase/ and pnew/ (poolrun.py outputs), with judgements."""
import sys, json, glob, csv
from pathlib import Path
sys.path.insert(0, '/work/main/scripts'); sys.path.insert(0, '/work/wt/phrase/src')
import score_pool as sp
from analysis.evaluation import same_indicator
pcs = set()
data = {}
for f in sorted(glob.glob('pbase/*.json')):
    n = Path(f).stem; data[n] = (json.load(open(f)), json.load(open('pnew/' + n + '.json')))
    pcs |= {m['council'] for m in data[n][0]['man'].values()}
pcs = sorted(pcs); half = {c: 'H1' if i < (len(pcs) + 1) // 2 else 'H2' for i, c in enumerate(pcs)}
for n, (b, a) in data.items():
    pool = Path('/work/main/tests/realworld/pools/' + n.replace('_', '/', 1))
    judged = sp.load_judgements(pool)
    reader = {}
    for r in b['rows']:
        try: reader[(r['doc_id'], int(r['raw_start']), int(r['raw_end']))] = r
        except (ValueError, KeyError): pass
    fb = {(f['doc_id'], int(f['raw_start']), int(f['raw_end'])): f for f in b['figs']}
    fa = {(f['doc_id'], int(f['raw_start']), int(f['raw_end'])): f for f in a['figs']}
    if set(fb) != set(fa): print('SPANS DIFFER', n, len(set(fb) ^ set(fa)))
    for k in sorted(set(fb) & set(fa)):
        x, y = fb[k], fa[k]
        if x['indicator'] == y['indicator'] and x.get('indicator_id') == y.get('indicator_id'): continue
        j = judged.get(k); c = b['man'].get(k[0], {}).get('council', '?')
        jb = j.phrases.get(x['indicator'], 'unjudged') if j else 'no judgement'
        ja = j.phrases.get(y['indicator'], 'unjudged') if j else 'no judgement'
        rp = reader.get(k, {}).get('reader_phrase', '')
        kwb, kwa = int(same_indicator(rp, x['indicator'])), int(same_indicator(rp, y['indicator']))
        rid = j.reader_id if j else ''
        print(f"{half[c]} | {n} | {c} | {x['surface']} | '{x['indicator']}' -> '{y['indicator']}' | judged {jb} -> {ja} | reader '{rp[:70]}' kw {kwb}->{kwa} | id '{x.get('indicator_id','')}' -> '{y.get('indicator_id','')}' reader_id '{rid}'")
