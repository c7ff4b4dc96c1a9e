"""Round 47: every changed cell of the 34 sets' figures tables, base0 -> NAME, with the gold figure it matches.
usage: setdiff.py NAME > tsv  (needs the tree's src on PYTHONPATH)"""
import csv, sys
from pathlib import Path
import pandas as pd
from analysis.evaluation import match_figures, phrase_completeness, same_indicator
name = sys.argv[1]
sets = [Path(l.strip()).name for l in open('/work/staging/r47/sets.txt') if l.strip()]
cs = set()
for s in sets:
    cs |= set(pd.read_csv(f'/work/staging/r47/runs/base0/{s}/manifest.csv').council)
cs = sorted(cs); H1 = set(cs[:42])
w = csv.writer(sys.stdout, delimiter='\t')
w.writerow(['half', 'set', 'council', 'doc_id', 'surface', 'column', 'base0', 'after', 'gold_indicator', 'gold_id', 'kw_base', 'kw_after', 'rp_base', 'rp_after'])
for s in sets:
    d0 = Path(f'/work/staging/r47/runs/base0/{s}'); d1 = Path(f'/work/staging/r47/runs/{name}/{s}')
    x = pd.read_csv(d0 / 'work/first_run/figures.csv', dtype=str, keep_default_na=False)
    y = pd.read_csv(d1 / 'work/first_run/figures.csv', dtype=str, keep_default_na=False)
    if list(x.columns) != list(y.columns) or len(x) != len(y):
        print('#SHAPE', s, x.shape, y.shape, file=sys.stderr); continue
    gold = pd.read_csv(d0 / 'figures_gold.csv', dtype={'indicator_id': str}, keep_default_na=False).reset_index(drop=True)
    pred = pd.read_csv(d0 / 'work/first_run/figures.csv').reset_index(drop=True)
    g_of = {p: g for g, p in match_figures(pred, gold).items()}
    man = pd.read_csv(d0 / 'manifest.csv'); cou = {f[:-4]: c for f, c in zip(man.file, man.council)}
    for i in range(len(x)):
        for c in x.columns:
            if x.at[i, c] != y.at[i, c]:
                c_ = cou.get(x.at[i, 'doc_id'], '?')
                g = gold.loc[g_of[i]] if i in g_of else None
                gi = g.indicator if g is not None else ''
                rb = phrase_completeness(gi, x.at[i, 'indicator']) if gi else ''
                ra = phrase_completeness(gi, y.at[i, 'indicator']) if gi else ''
                w.writerow(['H1' if c_ in H1 else 'H2', s, c_, x.at[i, 'doc_id'], x.at[i, 'surface'], c, x.at[i, c], y.at[i, c], gi,
                            g.indicator_id if g is not None else '', same_indicator(gi, x.at[i, 'indicator']) if gi else '',
                            same_indicator(gi, y.at[i, 'indicator']) if gi else '', rb, ra])
