"""Pool side of the census: every judged true figure found by the run in /tmp/r43before/pools/<pool>/, with the reader's
phrase and id, the base phrase's verdict, the pointer form of its clause and what the sentence before names."""
import csv, glob, json, sys
from pathlib import Path
import pandas as pd
sys.path.insert(0, '/work/main/scripts'); sys.path.insert(0, '/tmp/r43before')
import score_pool as sp
from pointer import form_of
from analysis.evaluation import key_words, same_indicator
from analysis.figures.context import sentences
RUN = Path(sys.argv[1]); OUT = sys.argv[2]
BOUND = 'newcastle-under-lyme borough council'
rows = []
for fig_csv in sorted(RUN.glob('*/figures.csv')):
    name = fig_csv.parent.name
    pool = Path(glob.glob(f'/work/main/tests/realworld/pools/*/{name}')[0])
    judged = sp.load_judgements(pool)
    reader = {}
    with open(pool / 'judged.csv', encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            if (r.get('raw_start') or '').strip() and (r.get('raw_end') or '').strip():
                reader.setdefault((r['doc_id'], int(r['raw_start']), int(r['raw_end'])), r.get('reader_phrase', ''))
    council = {r['file'].rsplit('.', 1)[0]: r['council'] for r in csv.DictReader(open(pool / 'raw/manifest.csv', encoding='utf-8'))}
    texts = json.loads((fig_csv.parent / 'texts.json').read_text())
    sents = {d: sentences(t) for d, t in texts.items()}
    figs = pd.read_csv(fig_csv, dtype=str, keep_default_na=False)
    for _, p in figs.iterrows():
        k = (p['doc_id'], int(p['raw_start']), int(p['raw_end']))
        j = judged.get(k)
        if j is None or j.is_figure != '1':
            continue
        t = texts[p['doc_id']]; ss = sents[p['doc_id']]; st = k[1]
        si = next((i for i, (a, b) in enumerate(ss) if a <= st < b), None)
        own = t[ss[si][0]:ss[si][1]] if si is not None else ''
        prev = t[ss[si - 1][0]:ss[si - 1][1]] if si else ''
        left = t[ss[si][0]:st] if si is not None else ''
        verdict = j.phrases.get(p['indicator'])
        rp = reader.get(k, '') or ''
        c = council.get(p['doc_id'], '?')
        rows.append(dict(pool=name, council=c, half='A' if c.casefold() < BOUND else 'B', doc_id=p['doc_id'], raw_start=st,
                         surface=p['surface'], unit=p['unit'], pred_ind=p['indicator'], pred_id=p['indicator_id'],
                         reader_phrase=rp, reader_id=j.reader_id,
                         phrase_ok=('1' if verdict == '1' else '0') if verdict is not None else '',
                         phrase_proxy=same_indicator(rp, p['indicator']) if rp else '',
                         id_ok=(p['indicator_id'] == j.reader_id) if j.reader_id and j.reader_id != '?' else '',
                         form=form_of(left), rp_own=len(key_words(rp) & key_words(own)), rp_prev=len(key_words(rp) & key_words(prev)),
                         nR=len(key_words(rp)),
                         left=left.replace('\n', ' ')[-200:], own=own.replace('\n', ' ')[:300], prev=prev.replace('\n', ' ')[-250:]))
pd.DataFrame(rows).to_csv(OUT, sep='\t', index=False)
print(len(rows))
