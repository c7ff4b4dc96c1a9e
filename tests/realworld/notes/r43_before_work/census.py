"""Census (round 43, r43before): matched gold figures of the 34 open sets whose own sentence does not name the gold's
measure, and where the sentence before / the segment's lead sentence does. usage: census.py RUNROOT OUT_TSV"""
import csv, sys, re
from pathlib import Path
import pandas as pd
from analysis.evaluation import key_words, match_figures, same_indicator
from analysis.figures.context import sentences
from analysis.figures.indicators import load_indicators, find_concepts

RUN = Path(sys.argv[1]); OUT = sys.argv[2]
SETS = open('/work/staging/r43/sets.txt').read().split()
inds = load_indicators()
councils = set()
for s in SETS:
    for r in csv.DictReader(open(s + '/manifest.csv')):
        councils.add(r['council'])
order = sorted(councils, key=str.casefold)
HALF = {c: ('A' if i < len(order) // 2 else 'B') for i, c in enumerate(order)}

def what_in(text, iid, unit):
    if not isinstance(iid, str) or not iid:
        return False
    f = find_concepts((text,), unit if unit in ('count', 'percent', 'gbp', 'rate', 'ratio', 'days', 'weeks') else 'count', None, inds)
    return iid in f and 'what' in f[iid]

rows = []
for s in SETS:
    name = Path(s).name
    man = {r['file'].rsplit('.', 1)[0]: r['council'] for r in csv.DictReader(open(s + '/manifest.csv'))}
    gold = pd.read_csv(s + '/figures_gold.csv', dtype={'doc_id': str, 'indicator_id': str, 'indicator': str, 'surface': str, 'unit': str})
    gold = gold.assign(_s=gold['raw_start'].astype(int)).sort_values(['doc_id', '_s'], kind='stable').drop(columns='_s').reset_index(drop=True)
    pred = pd.read_csv(RUN / name / 'work/first_run/figures.csv', dtype=str, keep_default_na=False)
    for c in ('raw_start', 'raw_end'):
        pred[c] = pred[c].astype(int)
    pred['value'] = pred['value'].astype(float)
    topics = pd.read_csv(RUN / name / 'work/first_run/topics.csv', dtype={'doc_id': str})
    pairs = match_figures(pred, gold)
    texts, sents = {}, {}
    for gi, g in gold.iterrows():
        d = g['doc_id']
        if d not in texts:
            texts[d] = (Path(s) / 'raw' / (d + '.txt')).read_text(encoding='utf-8')
            sents[d] = sentences(texts[d])
        t = texts[d]
        st = int(g['raw_start'])
        si = next((i for i, (a, b) in enumerate(sents[d]) if a <= st < b), None)
        own = t[sents[d][si][0]:sents[d][si][1]] if si is not None else ''
        prev = t[sents[d][si - 1][0]:sents[d][si - 1][1]] if si else ''
        gap = t[sents[d][si - 1][1]:sents[d][si][0]] if si else ''
        para_break = '\n\n' in gap or '\n \n' in gap
        seg = topics[(topics['doc_id'] == d) & (topics['raw_start'] <= st) & (topics['raw_end'] > st)]
        lead = ''
        if len(seg):
            a, b = int(seg.iloc[0]['raw_start']), int(seg.iloc[0]['raw_end'])
            ls = [x for x in sents[d] if a <= x[0] < b]
            if ls and ls[0][0] != sents[d][si][0]:
                lead = t[ls[0][0]:ls[0][1]]
        gp = g['indicator'] if isinstance(g['indicator'], str) else ''
        G = key_words(gp)
        p = pred.loc[pairs[gi]] if gi in pairs else None
        gid = g['indicator_id'] if isinstance(g['indicator_id'], str) else ''
        unit = g['unit'] if isinstance(g['unit'], str) else 'count'
        rows.append(dict(
            set=name, council=man[d], half=HALF[man[d]], doc_id=d, raw_start=st, surface=g['surface'], unit=unit,
            gold_ind=gp, gold_id=gid, matched=p is not None,
            pred_ind=p['indicator'] if p is not None else '', pred_id=p['indicator_id'] if p is not None else '',
            ind_ok=p is not None and same_indicator(gp, p['indicator']),
            id_ok=(p is not None and p['indicator_id'] == gid) if gid else None,
            G=' '.join(sorted(G)), own_has=len(G & key_words(own)), prev_has=len(G & key_words(prev)),
            lead_has=len(G & key_words(lead)), nG=len(G), para_break=para_break,
            id_own=what_in(own, gid, unit), id_prev=what_in(prev, gid, unit), id_lead=what_in(lead, gid, unit),
            own=own.replace('\n', ' ')[:400], left=(t[sents[d][si][0]:st] if si is not None else '').replace('\n',' ')[-200:], prev=prev.replace('\n', ' ')[-300:], lead=lead.replace('\n', ' ')[:200]))
pd.DataFrame(rows).to_csv(OUT, sep='\t', index=False)
print(len(rows))
