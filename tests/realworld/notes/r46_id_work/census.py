"""Census of the id errors whose phrase is right (open sets: key-word test against the gold phrase; pools: judged right,
or unjudged and sharing a key word with the reader's phrase), from tracer.py's output.
usage: census.py TRACEDIR > tsv  (stderr: counts by half and step)"""
import sys, csv, json, glob, collections
from pathlib import Path
import pandas as pd
sys.path.insert(0, '/work/main/scripts')
from analysis.evaluation import match_figures, same_indicator
from analysis.figures.indicators import load_indicators, find_concepts
import blindtools as bt
import score_pool as sp
T = Path(sys.argv[1])
SETS = open('/work/staging/r46/sets.txt').read().split()
KH = bt.key_halves(SETS); LAST_A = max(k for k, v in KH.items() if v == 'A')
def half(council):
    k = bt.council_key(council)
    return KH.get(k) or ('A' if k <= LAST_A else 'B')
INDS = load_indicators(); BY = {i.id: i for i in INDS}

def index(name):
    d = json.load(open(T / f'{name}.json'))
    tr, lr = collections.defaultdict(list), collections.defaultdict(list)
    for t in d['trace']:
        tr[(t['sentence'], t['unit'])].append(t)
    for r in d['learnt']:
        lr[(r['sentence'], r['unit'])].append(r)
    return tr, lr

def pick(cands, phrase):
    if not cands: return None
    for c in cands:
        if c['phrase'] == phrase: return c
    for c in cands:
        if c['phrase'] and (c['phrase'] in phrase or phrase in c['phrase']): return c
    return cands[0] if len(cands) == 1 else None

def step(f, gid, tr, lr):
    """Which step decided the figure's id, and what the concepts say of the gold id."""
    pid, src = f['indicator_id'], f['id_source']
    t = pick(tr.get((f['sentence'], f['unit']), []), f['indicator'])
    l = pick(lr.get((f['sentence'], f['unit']), []), f['indicator'])
    if src == 'learnt':
        s = 'learnt gave'
    elif src == 'rules':
        if t is None: s = 'rules (untraced)'
        elif t['classify'] == pid == t['final']: s = 'concept rule'
        elif t['final'] == pid: s = 'classify extra step'
        else: s = 'later extraction step'
    else:
        if t is not None and t['vetoed']: s = f"veto (found {t['classify']})"
        elif t is not None and t['final']: s = f"refused after classify ({t['final']})"
        elif l is None: s = 'not asked (change/part/complement)' if t is not None else 'none (untraced)'
        elif l['best'] is None: s = 'no candidate'
        elif l['best'] == gid: s = 'learnt abstained (below 0.85)' + (' >=0.5' if l['best50'] else '')
        else: s = f"learnt best other ({l['best']})"
    # the gold id's concepts in the rings (phrase, clause, sentence, context), of the figure's unit and per
    probe = ''
    if gid:
        ind = BY.get(gid)
        if ind is None: probe = 'gold id unknown'
        else:
            rings = (f['indicator'], t['clause'] if t else '', f['sentence'], t['context'] if t else '')
            fc = find_concepts(rings, f['unit'], f['per'] or None, INDS).get(gid)
            if fc is None:
                fc_any = find_concepts(rings, ind.unit, None, INDS).get(gid)
                probe = (f"unit/per rule: fig {f['unit']}/{f['per'] or '-'} vs {ind.unit}/{'/'.join(ind.per) or '-'} (concepts {fc_any})"
                         if fc_any else 'no term of the gold id')
            else:
                probe = ' '.join(f"{k}@{v[0]}" for k, v in sorted(fc.items())) + (' (needs qualifier)' if ind.qualifier and 'qualifier' not in fc else '') + (' (no what)' if 'what' not in fc else '')
    return s, probe, (t or {}).get('how', ''), (t or {}).get('context', '')

w = csv.writer(sys.stdout, delimiter='\t')
w.writerow(['src', 'half', 'council', 'doc_id', 'raw_start', 'surface', 'unit', 'per', 'error', 'gold_id', 'id', 'step', 'probe',
            'how', 'phrase', 'gold_or_reader_phrase', 'context', 'sentence'])
tot = collections.Counter()
for s in SETS:
    n = Path(s).name; tr, lr = index('open_' + n)
    gold = pd.read_csv(Path(s) / 'figures_gold.csv', dtype={'indicator_id': str}, keep_default_na=False).reset_index(drop=True)
    pred = pd.read_csv(T / f'open_{n}_figures.csv', dtype=str, keep_default_na=False).reset_index(drop=True)
    pred['value'] = pred['value'].astype(float); pred['raw_start'] = pred['raw_start'].astype(int); pred['raw_end'] = pred['raw_end'].astype(int)
    man = pd.read_csv(Path(s) / 'manifest.csv'); cou = {f[:-4]: c for f, c in zip(man.file, man.council)}
    pairs = match_figures(pred, gold)
    for gi, pi in pairs.items():
        g, f = gold.loc[gi], pred.loc[pi].to_dict()
        gid, pid = g.indicator_id.strip(), f['indicator_id']
        h = half(cou[g.doc_id])
        if gid: tot[('open', h, 'id_n')] += 1; tot[('open', h, 'id_right')] += pid == gid
        elif pid: tot[('open', h, 'given')] += 1
        if pid == gid or not same_indicator(g.indicator, f['indicator']): continue
        err = 'GIVEN_NONE' if not gid else ('MISSING' if not pid else 'WRONG')
        st, probe, how, ctx = step(f, gid, tr, lr)
        w.writerow(['open:' + n, h, cou[g.doc_id], g.doc_id, f['raw_start'], f['surface'], f['unit'], f['per'], err, gid, pid, st,
                    probe, how, f['indicator'], g.indicator, ctx[:120], f['sentence'][:300]])
        tot[('open', h, err)] += 1
for p in sorted(glob.glob('/work/main/tests/realworld/pools/*/*/judged.csv')):
    pool = Path(p).parent; name = f'pool_{pool.parent.name}_{pool.name}'
    if not (T / f'{name}.json').exists(): continue
    tr, lr = index(name)
    judged = sp.load_judgements(pool)
    figs = json.load(open(T / f'{name}_figs.json'))
    man = {r['file'][:-4]: r['council'] for r in csv.DictReader(open(pool / 'raw' / 'manifest.csv', encoding='utf-8'))}
    rp = {}
    for r in csv.DictReader(open(p, encoding='utf-8')):
        if r['raw_start'].strip() and r['reader_phrase']:
            rp[(r['doc_id'], int(r['raw_start']), int(r['raw_end']))] = r['reader_phrase']
    for f in figs:
        k = (f['doc_id'], int(f['raw_start']), int(f['raw_end'])); j = judged.get(k)
        if j is None or j.is_figure != '1' or j.reader_id == '?': continue
        gid, pid = j.reader_id, f['indicator_id']
        h = half(man.get(k[0], '?'))
        if gid: tot[('pool', h, 'id_n')] += 1; tot[('pool', h, 'id_right')] += pid == gid
        elif pid: tot[('pool', h, 'given')] += 1
        if pid == gid: continue
        ph = j.phrases.get(f['indicator'])
        ok = ph == '1' if ph is not None else same_indicator(rp.get(k, ''), f['indicator'])
        if not ok: continue
        err = 'GIVEN_NONE' if not gid else ('MISSING' if not pid else 'WRONG')
        st, probe, how, ctx = step(f, gid, tr, lr)
        w.writerow([name, h, man.get(k[0], '?'), k[0], k[1], f['surface'], f['unit'], f['per'], err, gid, pid, st, probe, how,
                    f['indicator'], rp.get(k, ''), ctx[:120], f['sentence'][:300]])
        tot[('pool', h, err)] += 1
for k in sorted(tot): print(*k, tot[k], sep='\t', file=sys.stderr)
