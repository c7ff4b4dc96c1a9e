"""Census of base0 (or NAME) runs on the 34 open sets: wrong phrase / wrong-or-missing id rows. usage: census.py RUNNAME > tsv"""
import sys, csv
import pandas as pd
from pathlib import Path
sys.path.insert(0, '/work/wt/phrase/src')
from analysis.evaluation import match_figures, same_indicator
run = sys.argv[1]
sets = [Path(l.strip()).name for l in open('/work/staging/r45/sets.txt') if l.strip()]
councils = set()
for s in sets:
    m = pd.read_csv(f'/work/staging/r45/runs/base0/{s}/manifest.csv')
    councils |= set(m.council)
cs = sorted(councils); half = {c: ('H1' if i < (len(cs)+1)//2 else 'H2') for i, c in enumerate(cs)}
print('#councils', len(cs), 'H1 last', cs[(len(cs)+1)//2-1], 'H2 first', cs[(len(cs)+1)//2], file=sys.stderr)
w = csv.writer(sys.stdout, delimiter='\t')
w.writerow(['set', 'half', 'council', 'doc_id', 'surface', 'raw_start', 'kind', 'gold_phrase', 'pred_phrase', 'gold_id', 'pred_id', 'sentence'])
tot = dict(n=0, ok=0, idn=0, idok=0)
for s in sets:
    d = Path(f'/work/staging/r45/runs/{run}/{s}')
    gold = pd.read_csv(d/'figures_gold.csv', dtype={'indicator_id': str}).reset_index(drop=True)
    pred = pd.read_csv(d/'work/first_run/figures.csv', dtype={'indicator_id': str}).reset_index(drop=True)
    man = pd.read_csv(d/'manifest.csv'); cou = {f[:-4]: c for f, c in zip(man.file, man.council)}
    pairs = match_figures(pred, gold)
    for gi, g in gold.iterrows():
        p = pred.loc[pairs[gi]] if gi in pairs else None
        c = cou[g.doc_id]; tot['n'] += 1
        ok = p is not None and same_indicator(g.indicator, p.indicator)
        tot['ok'] += ok
        gid = g.indicator_id if isinstance(g.indicator_id, str) and g.indicator_id.strip() else ''
        pid = p.indicator_id if p is not None and isinstance(p.indicator_id, str) else ''
        kinds = []
        if p is None: kinds.append('MISSED')
        elif not ok: kinds.append('PHRASE')
        if gid:
            tot['idn'] += 1; tot['idok'] += (p is not None and pid == gid)
            if p is not None and pid != gid: kinds.append('ID_MISSING' if not pid else 'ID_WRONG')
        if kinds:
            w.writerow([s, half[c], c, g.doc_id, g.surface, g.raw_start, '+'.join(kinds), g.indicator,
                        '' if p is None else p.indicator, gid, pid, '' if p is None else str(p.sentence)[:400]])
print('#', tot, tot['ok']/tot['n'], tot['idok']/tot['idn'], file=sys.stderr)
