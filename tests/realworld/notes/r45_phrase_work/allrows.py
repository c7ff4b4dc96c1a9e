"""All matched rows with verdict: open sets (kw test vs gold) and pools (judged). usage: allrows.py RUN POOLDIR > tsv"""
import sys, csv, json, glob
import pandas as pd
from pathlib import Path
sys.path.insert(0, '/work/wt/phrase/src')
from analysis.evaluation import match_figures, same_indicator
sys.path.insert(0, '/work/main/scripts')
import score_pool as sp
run, pdir = sys.argv[1], sys.argv[2]
w = csv.writer(sys.stdout, delimiter='\t')
w.writerow(['src', 'council', 'doc_id', 'raw_start', 'surface', 'verdict', 'gold', 'pred', 'gid', 'pid', 'sentence'])
sets = [Path(l.strip()).name for l in open('/work/staging/r45/sets.txt') if l.strip()]
for s in sets:
    d = Path(f'/work/staging/r45/runs/{run}/{s}')
    gold = pd.read_csv(d/'figures_gold.csv', dtype={'indicator_id': str}).reset_index(drop=True)
    pred = pd.read_csv(d/'work/first_run/figures.csv', dtype={'indicator_id': str}).reset_index(drop=True)
    man = pd.read_csv(d/'manifest.csv'); cou = {f[:-4]: c for f, c in zip(man.file, man.council)}
    pairs = match_figures(pred, gold)
    for gi, pi in pairs.items():
        g, p = gold.loc[gi], pred.loc[pi]
        w.writerow(['open:'+s, cou[g.doc_id], g.doc_id, p.raw_start, p.surface, int(same_indicator(g.indicator, p.indicator)), g.indicator, p.indicator,
                    g.indicator_id if isinstance(g.indicator_id, str) else '', p.indicator_id if isinstance(p.indicator_id, str) else '', p.sentence])
for f in sorted(glob.glob(pdir + '/*.json')):
    d = json.load(open(f)); name = Path(f).stem
    pool = Path('/work/main/tests/realworld/pools/' + name.replace('_', '/', 1))
    judged = sp.load_judgements(pool)
    reader = {}
    for r in d['rows']:
        try: reader[(r['doc_id'], int(r['raw_start']), int(r['raw_end']))] = r
        except (ValueError, KeyError): pass
    for fg in d['figs']:
        k = (fg['doc_id'], int(fg['raw_start']), int(fg['raw_end'])); j = judged.get(k)
        if j is None or j.is_figure != '1': continue
        ph = j.phrases.get(fg['indicator'])
        v = '?' if ph is None else int(ph == '1')
        w.writerow(['pool:'+name, d['man'].get(k[0], {}).get('council', '?'), k[0], k[1], fg['surface'], v, reader.get(k, {}).get('reader_phrase', ''), fg['indicator'], j.reader_id, fg.get('indicator_id', ''), fg.get('sentence', '')])
