import glob, json, sys
from pathlib import Path
import pandas as pd
from analysis.figures.context import sentences
from analysis.figures.indicators import load_indicators, find_concepts
inds = load_indicators()
d = pd.read_csv('/tmp/r43before/census_pools.tsv', sep='\t', keep_default_na=False, dtype=str)
w = d[(d.id_ok == 'False')]
rows = []
for _, r in w.iterrows():
    texts = json.loads(Path(f'/tmp/r43before/pools/{r.pool}/texts.json').read_text())
    t = texts[r.doc_id]; ss = sentences(t); st = int(r.raw_start)
    si = next(i for i, (a, b) in enumerate(ss) if a <= st < b)
    unit = r.unit if r.unit in ('count', 'percent', 'gbp', 'rate') else 'count'
    def has(text):
        f = find_concepts((text,), unit, None, inds); return r.reader_id in f and 'what' in f[r.reader_id]
    own = has(t[ss[si][0]:ss[si][1]]); prev = si > 0 and has(t[ss[si - 1][0]:ss[si - 1][1]])
    earlier = any(has(t[a:b]) for a, b in ss[max(0, si - 6):max(0, si - 1)])
    rows.append(dict(half=r.half, council=r.council, where='own' if own else 'prev' if prev else 'up to 5 sentences before' if earlier else 'further/nowhere',
                     reader_none=r.reader_id == ''))
x = pd.DataFrame(rows)
x = x[~x.reader_none]
print(len(x)); print(x.groupby(['where', 'half']).council.agg(['size', 'nunique']))
