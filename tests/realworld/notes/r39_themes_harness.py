"""Harness: isolated (open sets + dev) and table sim. usage: h.py SRCROOT OUT.tsv [key=val ...]
keys: cb=PATH tol=F fw=F c=F"""
import sys, os, pandas as pd
from pathlib import Path
sys.path.insert(0, sys.argv[1] + '/src')
kv = dict(a.split('=', 1) for a in sys.argv[3:])
if 'cb' in kv: os.environ['CM_CODEBOOK'] = kv['cb']
import analysis.themes as T
from analysis.topics import load_codebook
from analysis.realworld import best_overlaps
d = list(T.fit_model.__defaults__)  # c, fw, cw, ow
if 'c' in kv: d[0] = float(kv['c'])
if 'fw' in kv: d[1] = float(kv['fw'])
T.fit_model.__defaults__ = tuple(d)
if 'tol' in kv:
    from sklearn.linear_model import LogisticRegression as LR
    _tol = float(kv['tol'])
    def mk(C=1.0, max_iter=100, class_weight=None, tol=None):  # (r41keys: fit_model passes tol since r39; _tol wins)
        return LR(C=C, max_iter=max_iter, class_weight=class_weight, tol=_tol)
    T.LogisticRegression = mk
cb = load_codebook()
rows = []
for line in Path('/work/staging/r39/sets.txt').read_text().split():
    s = Path('/work/main') / line; n = s.name
    gold = pd.read_csv(s / 'themes_gold.csv', dtype=str, keep_default_na=False)
    man = pd.read_csv(s / 'manifest.csv', dtype=str, keep_default_na=False)
    gold['council'] = gold['doc_id'].map(dict(zip(man['file'].str.replace('.txt', ''), man['council'])))
    gold['set'] = n
    dd, g = pd.read_pickle(f'/tmp/r38themes/segs/{n}.pkl')
    g = g.sort_values(['doc_id', 'seq'], kind='mergesort').reset_index(drop=True)
    ms = T.code_segments(g, dd, cb)
    g['pred'] = [m.theme for m in ms]; g['tterms'] = ['; '.join(m.terms) for m in ms]
    # (r40tidy) the library's span matcher (realworld.match_passages's), not a copy of its loop
    out = [(g['pred'].iat[p], g['tterms'].iat[p]) if p is not None else ('other', '(dropped)')
           for p in best_overlaps(gold, g)]
    gold[['tab', 'tterms']] = pd.DataFrame(out, index=gold.index)
    rows.append(gold)
m = pd.concat(rows, ignore_index=True)
ms = T.code_texts(m.text.tolist(), cb)
m['iso'] = [x.theme for x in ms]; m['iterms'] = ['; '.join(x.terms) for x in ms]
man = pd.read_csv('/work/main/tests/realworld/raw/manifest.csv', dtype=str, keep_default_na=False)
man = man[man.split == 'dev']; man['doc_id'] = man.file.str.replace('.txt', '', regex=False)
g = pd.read_csv('/work/main/tests/realworld/themes_gold.csv', dtype=str, keep_default_na=False)
g = g[g.doc_id.isin(set(man.doc_id))].copy(); g['council'] = g.doc_id.map(dict(zip(man.doc_id, man.council)))
ms = T.code_texts(g.text.tolist(), cb)
g['iso'] = [x.theme for x in ms]; g['iterms'] = ['; '.join(x.terms) for x in ms]; g['set'] = 'dev'; g['tab'] = ''; g['tterms'] = ''
allr = pd.concat([m, g], ignore_index=True)
allr.to_csv(sys.argv[2], sep='\t', index=False)
print(sys.argv[3:], 'table', (m.tab == m.theme).sum(), 'iso', (m.iso == m.theme).sum(), 'of', len(m), 'dev', (g.iso == g.theme).sum(), 'of', len(g))
