"""Round 47: every judged true figure of the pools whose phrase changed between two poolrun.py outputs.
usage: pooldiff.py BASEDIR AFTERDIR [H1|H2|all] > tsv  (needs the tree's src on PYTHONPATH)"""
import csv, json, sys
from pathlib import Path
sys.path.insert(0, '/work/main/scripts')
import score_pool as sp
from analysis.evaluation import phrase_completeness
from phrase_chooser_rows import clean_reader_phrase
base, after, want = Path(sys.argv[1]), Path(sys.argv[2]), (sys.argv[3] if len(sys.argv) > 3 else 'all')
w = csv.writer(sys.stdout, delimiter='\t')
w.writerow(['half', 'pool', 'council', 'doc_id', 'raw_start', 'surface', 'reader_phrase', 'base', 'after', 'base_judged', 'after_judged',
            'base_rp', 'after_rp', 'base_id', 'after_id', 'reader_id', 'sentence'])
for p in sorted(after.glob('*.json')):
    A = json.load(open(p)); B = json.load(open(base / p.name))
    pool = Path('/work/main/tests/realworld/pools') / p.stem.split('_', 1)[0] / p.stem.split('_', 1)[1]
    judged = sp.load_judgements(pool)
    rp = {}
    for r in A['rows']:
        if str(r.get('raw_start', '')).isdigit() and str(r.get('raw_end', '')).isdigit() and (r.get('reader_phrase') or '').strip():
            rp[(r['doc_id'], int(r['raw_start']), int(r['raw_end']))] = clean_reader_phrase(r['reader_phrase'])
    bf = {(f['doc_id'], int(f['raw_start']), int(f['raw_end'])): f for f in B['figs']}
    for f in A['figs']:
        k = (f['doc_id'], int(f['raw_start']), int(f['raw_end']))
        b = bf.get(k)
        j = judged.get(k)
        if b is None or j is None or j.is_figure != '1':
            continue
        if b['indicator'] == f['indicator'] and b.get('indicator_id', '') == f.get('indicator_id', ''):
            continue
        c = A['man'].get(k[0], {}).get('council', '?')
        h = 'H1' if c <= 'North East Lincolnshire' else 'H2'
        if want != 'all' and h != want:
            continue
        ref = rp.get(k, '')
        w.writerow([h, p.stem, c, k[0], k[1], f['surface'], ref, b['indicator'], f['indicator'], j.phrases.get(b['indicator'], '?'),
                    j.phrases.get(f['indicator'], '?'), phrase_completeness(ref, b['indicator']), phrase_completeness(ref, f['indicator']),
                    b.get('indicator_id', ''), f.get('indicator_id', ''), j.reader_id, f.get('sentence', '')[:200].replace('\n', ' ')])
