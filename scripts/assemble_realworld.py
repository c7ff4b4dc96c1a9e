"""Assemble the staged real-minutes sets into tests/realworld with a council-level dev/test split."""
import csv, hashlib, shutil, sys
from pathlib import Path
import pandas as pd
OUT = Path('/work/main/tests/realworld')
sets = sys.argv[1:]
PREVIOUS = Path('/tmp/prev_manifest.csv')
mans, figs, themes = [], [], []
for s in sets:
    d = Path('/work/staging') / s
    m = pd.read_csv(d / 'manifest.csv', dtype=str, keep_default_na=False); m['set'] = s; mans.append(m)
    figs.append(pd.read_csv(d / 'figures_gold.csv', dtype=str, keep_default_na=False))
    themes.append(pd.read_csv(d / 'themes_gold.csv', dtype=str, keep_default_na=False))
    for f in m['file']:
        shutil.copyfile(d / 'raw' / f, OUT / 'raw' / f)
man = pd.concat(mans, ignore_index=True)
# Split by council. A council keeps the split it already has (--previous manifest): adding a set never
# moves a council between dev and test. Sets A and B were split by ranking their councils by a hash of
# the name and sending every third to test; a council added later goes to test when the hash is 0 mod 3.
prev = {}
if PREVIOUS.exists():
    p = pd.read_csv(PREVIOUS, dtype=str, keep_default_na=False)
    prev = dict(zip(p['council'], p['split']))
def key(c): return hashlib.sha256(c.encode()).hexdigest()
def split_of(c):
    return prev.get(c) or ('test' if int(key(c), 16) % 3 == 0 else 'dev')
man['split'] = [split_of(c) for c in man['council']]
man = man.sort_values('file')
man[['file','council','committee','meeting_date','title','source_url','split']].to_csv(OUT/'raw'/'manifest.csv', index=False, quoting=csv.QUOTE_MINIMAL)
f = pd.concat(figs, ignore_index=True); f['_s']=f['raw_start'].astype(int); f=f.sort_values(['doc_id','_s']).drop(columns='_s')
f.to_csv(OUT/'figures_gold.csv', index=False)
t = pd.concat(themes, ignore_index=True); t['_s']=t['raw_start'].astype(int); t=t.sort_values(['doc_id','_s']).drop(columns='_s')
t.to_csv(OUT/'themes_gold.csv', index=False)
# checks
for r in f.itertuples():
    txt=(OUT/'raw'/f'{r.doc_id}.txt').read_text(encoding='utf-8'); assert txt[int(r.raw_start):int(r.raw_end)]==r.surface, r
for r in t.itertuples():
    txt=(OUT/'raw'/f'{r.doc_id}.txt').read_text(encoding='utf-8'); assert txt[int(r.raw_start):int(r.raw_end)]==r.text, r
sp = dict(zip(man['file'].str[:-4], man['split']))
f['split']=f['doc_id'].map(sp); t['split']=t['doc_id'].map(sp)
print(man.groupby('split').agg(docs=('file','size'), councils=('council','nunique')))
print(f.groupby('split').agg(figs=('surface','size'), ids=('indicator_id', lambda s: (s!='').sum())))
print(t.groupby('split').agg(passages=('text','size'), other=('theme', lambda s: (s=='other').sum())))
