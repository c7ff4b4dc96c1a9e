"""Agreement of the second annotation with a blind set's gold (figures, ids, phrases, themes + kappa)."""
import sys, pandas as pd
from sklearn.metrics import cohen_kappa_score
from analysis.evaluation import match_figures, same_indicator
S = sys.argv[1]
gold = pd.read_csv(f'tests/realworld/pools/r37/r37blind{S}/figures_gold.csv', keep_default_na=False)
sec = pd.read_csv(f'tests/realworld/pools/r37/agreement/r37blind{S}_figures_second.csv', keep_default_na=False)
for d in (gold, sec):
    d['value'] = pd.to_numeric(d['value'])
pairs = match_figures(sec, gold)
n_g, n_s, m = len(gold), len(sec), len(pairs)
ids = sum(gold.loc[g, 'indicator_id'] == sec.loc[s, 'indicator_id'] for g, s in pairs.items())
gid = (gold['indicator_id'] != '').sum(); sid = (sec['indicator_id'] != '').sum()
ph = sum(same_indicator(gold.loc[g, 'indicator'], sec.loc[s, 'indicator']) for g, s in pairs.items())
print(f'{S}: gold {n_g} second {n_s} matched {m}  P {m/n_s:.3f} R {m/n_g:.3f} F1 {2*m/(n_g+n_s):.3f}')
print(f'  ids same on matched {ids}/{m}; gold ids {gid} second ids {sid}; phrases same {ph}/{m}')
diff = [(gold.loc[g,'doc_id'], gold.loc[g,'surface'], gold.loc[g,'indicator_id'], sec.loc[s,'indicator_id']) for g,s in pairs.items() if gold.loc[g,'indicator_id'] != sec.loc[s,'indicator_id']]
for x in diff: print('   id differs', x)
ms = set(pairs.values())
for i in sec.index:
    if i not in ms: print('   second only', sec.loc[i,'doc_id'], sec.loc[i,'surface'], sec.loc[i, 'indicator'][:60])
for g in gold.index:
    if g not in pairs: print('   gold only', gold.loc[g,'doc_id'], gold.loc[g,'surface'], gold.loc[g,'indicator'][:60])
tg = pd.read_csv(f'tests/realworld/pools/r37/r37blind{S}/themes_gold.csv', keep_default_na=False)
ts = pd.read_csv(f'tests/realworld/pools/r37/agreement/r37blind{S}_themes_second.csv', keep_default_na=False)
j = tg.merge(ts, on=['doc_id', 'raw_start', 'raw_end'], suffixes=('', '_2'))
acc = (j['theme'] == j['theme_2']).mean()
print(f'  themes {len(j)}/{len(tg)} joined: agree {acc:.3f} ({(j.theme==j.theme_2).sum()}), kappa {cohen_kappa_score(j.theme, j.theme_2):.3f}')
