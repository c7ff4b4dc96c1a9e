"""Every matched figure with a reference id decision (open sets: gold; pools: judged figure with reader_id not '?'), from
tracer.py's output. usage: allrows.py TRACEDIR > tsv"""
import sys, csv, json, glob
from pathlib import Path
import pandas as pd
sys.path.insert(0, '/work/main/scripts')
from analysis.evaluation import match_figures, same_indicator
import blindtools as bt
import score_pool as sp
T = Path(sys.argv[1])
SETS = open('/work/staging/r46/sets.txt').read().split()
KH = bt.key_halves(SETS); LAST_A = max(k for k, v in KH.items() if v == 'A')
def half(c):
    k = bt.council_key(c); return KH.get(k) or ('A' if k <= LAST_A else 'B')
w = csv.writer(sys.stdout, delimiter='\t')
w.writerow(['src', 'half', 'council', 'doc_id', 'raw_start', 'surface', 'unit', 'per', 'ref_id', 'id', 'id_source', 'phrase', 'ref_phrase', 'sentence'])
for s in SETS:
    n = Path(s).name
    gold = pd.read_csv(Path(s) / 'figures_gold.csv', dtype={'indicator_id': str}, keep_default_na=False).reset_index(drop=True)
    pred = pd.read_csv(T / f'open_{n}_figures.csv', dtype=str, keep_default_na=False).reset_index(drop=True)
    pred['value'] = pred['value'].astype(float); pred['raw_start'] = pred['raw_start'].astype(int); pred['raw_end'] = pred['raw_end'].astype(int)
    man = pd.read_csv(Path(s) / 'manifest.csv'); cou = {f[:-4]: c for f, c in zip(man.file, man.council)}
    for gi, pi in match_figures(pred, gold).items():
        g, f = gold.loc[gi], pred.loc[pi]
        w.writerow(['open:' + n, half(cou[g.doc_id]), cou[g.doc_id], g.doc_id, f.raw_start, f.surface, f.unit, f.per, g.indicator_id.strip(),
                    f.indicator_id, f.id_source, f.indicator, g.indicator, f.sentence[:300]])
for p in sorted(glob.glob('/work/main/tests/realworld/pools/*/*/judged.csv')):
    pool = Path(p).parent; name = f'pool_{pool.parent.name}_{pool.name}'
    if not (T / f'{name}_figs.json').exists(): continue
    judged = sp.load_judgements(pool); figs = json.load(open(T / f'{name}_figs.json'))
    man = {r['file'][:-4]: r['council'] for r in csv.DictReader(open(pool / 'raw' / 'manifest.csv', encoding='utf-8'))}
    rp = {(r['doc_id'], int(r['raw_start']), int(r['raw_end'])): r['reader_phrase'] for r in csv.DictReader(open(p, encoding='utf-8')) if r['raw_start'].strip()}
    for f in figs:
        k = (f['doc_id'], int(f['raw_start']), int(f['raw_end'])); j = judged.get(k)
        if j is None or j.is_figure != '1' or j.reader_id == '?': continue
        c = man.get(k[0], '?')
        w.writerow([name, half(c), c, k[0], k[1], f['surface'], f['unit'], f['per'], j.reader_id, f['indicator_id'], f['id_source'],
                    f['indicator'], rp.get(k, ''), f['sentence'][:300]])
