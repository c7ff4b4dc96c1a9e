"""Rows of figures.csv that differ between runs/base0 and runs/NAME, with the census verdict (key-word test) before/after."""
import sys
import pandas as pd
from pathlib import Path
sys.path.insert(0, '/work/wt/phrase/src')
from analysis.evaluation import match_figures, same_indicator
name = sys.argv[1]
sets = [Path(l.strip()).name for l in open('/work/staging/r45/sets.txt') if l.strip()]
cs = set()
for s in sets:
    cs |= set(pd.read_csv(f'/work/staging/r45/runs/base0/{s}/manifest.csv').council)
cs = sorted(cs); half = {c: 'H1' if i < (len(cs) + 1) // 2 else 'H2' for i, c in enumerate(cs)}
tot = {}
for s in sets:
    b = Path(f'/work/staging/r45/runs/base0/{s}'); a = Path(f'/work/staging/r45/runs/{name}/{s}')
    fb = pd.read_csv(b/'work/first_run/figures.csv', dtype=str).fillna(''); fa = pd.read_csv(a/'work/first_run/figures.csv', dtype=str).fillna('')
    if fb.equals(fa): continue
    gold = pd.read_csv(b/'figures_gold.csv', dtype={'indicator_id': str}).reset_index(drop=True)
    man = pd.read_csv(b/'manifest.csv'); cou = {f[:-4]: c for f, c in zip(man.file, man.council)}
    def verdicts(f):
        p = f.copy(); p['value'] = p['value'].astype(float); p['raw_start'] = p['raw_start'].astype(int); p['raw_end'] = p['raw_end'].astype(int)
        pairs = match_figures(p.reset_index(drop=True), gold)
        out = {}
        for gi, pi in pairs.items():
            g = gold.loc[gi]; r = p.iloc[pi]
            gid = g.indicator_id if isinstance(g.indicator_id, str) else ''
            out[r['figure_id']] = (int(same_indicator(g.indicator, r['indicator'])), g.indicator, gid, r['indicator_id'])
        return out
    vb, va = verdicts(fb), verdicts(fa)
    if len(fb) != len(fa) or list(fb.figure_id) != list(fa.figure_id):
        print('ROWS DIFFER', s, len(fb), len(fa))
    mb = fb.set_index('figure_id'); ma = fa.set_index('figure_id')
    for fid in mb.index.intersection(ma.index):
        rb, ra = mb.loc[fid], ma.loc[fid]
        cols = [c for c in mb.columns if rb[c] != ra[c]]
        if not cols: continue
        c = cou.get(rb['doc_id'], '?')
        b_, a_ = vb.get(fid), va.get(fid)
        vtxt = f"{b_[0] if b_ else '-'}->{a_[0] if a_ else '-'}"
        idtxt = ''
        if b_ and b_[2]: idtxt = f" id gold {b_[2]}: {b_[3] or '-'} -> {a_[3] or '-'}"
        print(f"{half.get(c,'?')} | {s} | {c} | {rb['surface']} | cols {cols} | '{rb['indicator']}' -> '{ra['indicator']}' | id '{rb['indicator_id']}' -> '{ra['indicator_id']}' | gold '{b_[1] if b_ else ''}' | kw {vtxt}{idtxt}")
