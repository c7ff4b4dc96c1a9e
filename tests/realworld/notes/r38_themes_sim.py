"""Fast table simulator: code_segments on cached segments, gold matched by span. usage: sim.py SRCROOT OUT.tsv"""
import sys, pandas as pd
from pathlib import Path
sys.path.insert(0, sys.argv[1] + '/src')
from analysis.themes import code_segments, _context_parts, _distinct
from analysis.topics import load_codebook
from analysis.realworld import best_overlaps
cb = load_codebook(); rows = []
for line in Path('/work/staging/r38/sets.txt').read_text().split():
    s = Path('/work/main') / line; n = s.name
    d, g = pd.read_pickle(f'/tmp/r38themes/segs/{n}.pkl')
    g = g.sort_values(['doc_id', 'seq'], kind='mergesort').reset_index(drop=True)
    ms = code_segments(g, d, cb)
    g['pred'] = [m.theme for m in ms]; g['terms'] = ['; '.join(m.terms) for m in ms]
    g['ctx'] = [' | '.join(_distinct(p, t)) for p, t in zip(_context_parts(g, d, cb), g['text'])]
    gold = pd.read_csv(s / 'themes_gold.csv', dtype=str, keep_default_na=False)
    man = pd.read_csv(s / 'manifest.csv', dtype=str, keep_default_na=False)
    # (r40tidy) the library's span matcher (realworld.match_passages's), not a copy of its loop
    cols = g[['pred', 'terms', 'ctx', 'kind', 'text']]
    out = [tuple(cols.iloc[p]) if p is not None else ('other', '(dropped)', '', '', '') for p in best_overlaps(gold, g)]
    gold[['pred_theme', 'terms', 'ctx', 'kind', 'segtext']] = pd.DataFrame(out, index=gold.index)
    gold['set'] = n
    gold['council'] = gold['doc_id'].map(dict(zip(man['file'].str.replace('.txt', ''), man['council'])))
    rows.append(gold)
m = pd.concat(rows, ignore_index=True)
print(len(m), (m.pred_theme == m.theme).sum(), round((m.pred_theme == m.theme).mean(), 4), file=sys.stderr)
m.to_csv(sys.argv[2], sep='\t', index=False)
