"""cmp.py A.tsv B.tsv [regex-of-edited-term]: moved passages (iso open, table open, iso dev), excluding texts matching term"""
import sys, re, pandas as pd
a = pd.read_csv(sys.argv[1], sep='\t', dtype=str, keep_default_na=False)
b = pd.read_csv(sys.argv[2], sep='\t', dtype=str, keep_default_na=False)
term = re.compile(sys.argv[3], re.I) if len(sys.argv) > 3 else None
verbose = '-v' in sys.argv
res = []
for col, sel in (('iso', a.set != 'dev'), ('tab', a.set != 'dev'), ('iso', a.set == 'dev')):
    mv = sel & (a[col] != b[col])
    unrel = mv & ~a.text.str.contains(term) if term is not None else mv
    up = (mv & (b[col] == a.theme)).sum(); down = (mv & (a[col] == a.theme)).sum()
    uu = (unrel & (b[col] == a.theme)).sum(); ud = (unrel & (a[col] == a.theme)).sum()
    name = ('dev ' if col == 'iso' and (a.set == 'dev')[sel].all() else 'open ') + col
    res.append(f'{name}: moved {mv.sum()} (+{up}/-{down}); without term {unrel.sum()} (+{uu}/-{ud})')
    if verbose:
        for i in a.index[unrel]:
            print('  ', name, a.council[i], a.theme[i], a[col][i], '->', b[col][i], '|', a.text[i][:110])
print(' | '.join(res))
