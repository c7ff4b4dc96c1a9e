"""Assemble the staged real-minutes sets into tests/realworld with a council-level dev/test split."""
import csv, hashlib, shutil, sys
from pathlib import Path
import pandas as pd
OUT = Path('/work/main/tests/realworld')
sets = sys.argv[1:]
mans, figs, themes = [], [], []
for s in sets:
    d = Path('/work/staging') / s
    m = pd.read_csv(d / 'manifest.csv', dtype=str, keep_default_na=False); m['set'] = s; mans.append(m)
    figs.append(pd.read_csv(d / 'figures_gold.csv', dtype=str, keep_default_na=False))
    themes.append(pd.read_csv(d / 'themes_gold.csv', dtype=str, keep_default_na=False))
    for f in m['file']:
        shutil.copyfile(d / 'raw' / f, OUT / 'raw' / f)
man = pd.concat(mans, ignore_index=True)
# split by council: rank councils by a hash of their name, every third one is test
def key(c): return hashlib.sha256(c.encode()).hexdigest()
councils = sorted(man['council'].unique(), key=key)
test = {c for i, c in enumerate(councils) if i % 3 == 0}
man['split'] = ['test' if c in test else 'dev' for c in man['council']]
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
