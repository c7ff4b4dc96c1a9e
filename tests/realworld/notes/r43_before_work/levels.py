"""Census of level words and totals (round 43, r43before, after the lead's update): matched gold figures of the 34 open sets
(census_base0.tsv) and judged true figures of the pools (census_pools.tsv), by the form of their clause."""
import json, re, sys
from pathlib import Path
import pandas as pd
W = Path('/tmp/r43before')
LEVEL = re.compile(r"(?i)(?:\b(?:a|an|its|their|the)\s+(?:new\s+|fresh\s+|all[\s-]time\s+|record\s+|[\w-]+[\s-]year\s+|historic\s+)?"
                   r"(?:high|peak|low|record|maximum|minimum|height|highest|lowest)\s+(?:level\s+|point\s+|number\s+)?(?:of|at)\s+"
                   r"|\b(?:highest|lowest)\s+(?:level|number|figure|point|rate)\b[^.;:]{0,40}?\s(?:of|at|with)\s+"
                   r"|\bpeak(?:ed|ing)?\s+(?:at|of)\s+|\ba\s+record\s+)"
                   r"(?:(?:around|about|some|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?[£$]?\s*$")
TOTAL_L = re.compile(r"(?i)\b(?:a|the|in)\s+total\s+(?:of\s+)?(?:[\w'’-]+\s+){0,3}$|\btotal(?:ling|led|ed)?\s+(?:of\s+)?[£$]?\s*$|\boverall\s+(?:[\w'’-]+\s+){0,2}$|\baltogether\s+$")
TOTAL_R = re.compile(r"(?i)^\s*(?:[\w'’-]+\s+){0,3}?(?:in\s+total|altogether|overall|in\s+all)\b")
rows = []
o = pd.read_csv(W / 'census_base0.tsv', sep='\t', keep_default_na=False)
o = o[o.matched.astype(str) == 'True']
texts = {}
for _, r in o.iterrows():
    p = Path(f"/work/main/tests/realworld/pools/{r.set[:3]}/{r.set}/raw/{r.doc_id}.txt")
    t = texts.setdefault(str(p), p.read_text(encoding='utf-8'))
    st = int(r.raw_start); en = st + len(str(r.surface))
    rows.append(dict(src='open', place=r.set, half=r.half, council=r.council, surface=r.surface, unit=r.unit, truth=r.gold_ind,
                     truth_id=r.gold_id, pred=r.pred_ind, pred_id=r.pred_id, ok=str(r.ind_ok) == 'True',
                     id_ok=(str(r.id_ok) == 'True') if r.gold_id else '', left=t[max(0, st - 120):st], right=t[en:en + 60]))
p = pd.read_csv(W / 'census_pools.tsv', sep='\t', keep_default_na=False, dtype=str)
for _, r in p.iterrows():
    t = json.loads((W / 'pools' / r.pool / 'texts.json').read_text())[r.doc_id] if (r.pool, r.doc_id) not in texts else texts[(r.pool, r.doc_id)]
    texts[(r.pool, r.doc_id)] = t
    st = int(r.raw_start); en = st + len(r.surface)
    ok = r.phrase_ok == '1' if r.phrase_ok else (r.phrase_proxy == 'True' if r.phrase_proxy else None)
    rows.append(dict(src='pool', place=r.pool, half=r.half, council=r.council, surface=r.surface, unit=r.unit, truth=r.reader_phrase,
                     truth_id=r.reader_id, pred=r.pred_ind, pred_id=r.pred_id, ok=ok,
                     id_ok=(r.id_ok == 'True') if r.id_ok else '', left=t[max(0, st - 120):st], right=t[en:en + 60]))
d = pd.DataFrame(rows)
d['level'] = d.left.map(lambda s: bool(LEVEL.search(s[-80:])))
d['total'] = [bool(TOTAL_L.search(l[-60:])) or bool(TOTAL_R.match(r)) for l, r in zip(d.left, d.right)]
for name in ('level', 'total'):
    x = d[d[name]]
    x.assign(left=x.left.str.replace('\n', ' '), right=x.right.str.replace('\n', ' ')).to_csv(W / f'{name}_census.tsv', sep='\t', index=False)
    print(f'== {name}: {len(x)} figures, {x.council.nunique()} councils')
    g = x.groupby(['src', 'half']).agg(n=('council', 'size'), councils=('council', 'nunique'),
                                        phrase_ok=('ok', lambda s: (s == True).sum()), phrase_wrong=('ok', lambda s: (s == False).sum()),
                                        ids=('truth_id', lambda s: ((s != '') & (s != '?')).sum()), id_ok=('id_ok', lambda s: (s == True).sum()),
                                        id_given_none=('truth_id', lambda s: 0))
    # ids given where the truth has none
    x2 = x.assign(given=(x.truth_id == '') & (x.pred_id != ''))
    g['id_given_where_none'] = x2.groupby(['src', 'half']).given.sum()
    print(g.drop(columns='id_given_none').to_string())
    bad = x[(x.ok == False) | (x.id_ok == False) | ((x.truth_id == '') & (x.pred_id != ''))]
    for _, r in bad.iterrows():
        print(f"  [{r.half}] {r.src} {r.place} {r.council[:24]} {r.surface} | truth: {r.truth} /{r.truth_id} | pred: {r.pred} /{r.pred_id}")
        print('      ...' + r.left[-100:].replace('\n', ' ') + '[[' + r.surface + ']]' + r.right[:50].replace('\n', ' '))
