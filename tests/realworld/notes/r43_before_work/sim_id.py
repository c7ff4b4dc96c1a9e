"""Simulate rule S (id of a share pointing back): a figure of unit U (argv[3], default percent) with no id, whose clause up
to it is a pointer, whose own sentence names no indicator of its unit, takes the one indicator (what + qualifier) the
sentence before names (any sentence before in the text: the sentence splitter's previous one)."""
import csv, glob, json, re, sys
from pathlib import Path
import pandas as pd
sys.path.insert(0, '/work/main/scripts')
import score_pool as sp
from analysis.evaluation import match_figures
from analysis.figures.context import sentences
from analysis.figures.indicators import load_indicators, find_concepts
POINTER = re.compile(
    r"(?i)(?:\b(?:this|that|the|its|last\s+year['’]s|this\s+year['’]s|the\s+latest|the\s+current)\s+"
    r"(?:figure|figures|number|numbers|total|rate|percentage|proportion|level)\b(?!\s+(?:of|for)\b)"
    r"|(?:^|[,;]\s*|\b(?:and|but|however,?)\s+)(?:this|it)\s+(?:\w+\s+)?(?:was|is|has|had|equates?|represents?|amounts?|stood|stands|rose|fell|increased|decreased|reduced|dropped)\b)"
    r"[^.;:]{0,80}$")
UNITS = set(sys.argv[3].split(',')) if len(sys.argv) > 3 else {'percent'}
inds = load_indicators()
QUAL = {i.id: bool(i.qualifier) for i in inds}
BOUND = 'newcastle-under-lyme borough council'

def one_named(text, unit):
    f = find_concepts((text,), unit, None, inds)
    ids = [i for i, k in f.items() if 'what' in k and (not QUAL[i] or 'qualifier' in k)]
    return ids[0] if len(ids) == 1 else None

def fires(t, ss, st, unit, pid):
    si = next((i for i, (a, b) in enumerate(ss) if a <= st < b), None)
    if si is None or not si or unit not in UNITS or pid:
        return None
    left = t[ss[si][0]:st]
    if not POINTER.search(left[-160:]):
        return None
    if find_concepts((t[ss[si][0]:ss[si][1]],), unit, None, inds):
        return None
    return one_named(t[ss[si - 1][0]:ss[si - 1][1]], unit)

out = []
for s in open('/work/staging/r43/sets.txt').read().split():
    name = Path(s).name
    man = {r['file'].rsplit('.', 1)[0]: r['council'] for r in csv.DictReader(open(s + '/manifest.csv'))}
    gold = pd.read_csv(s + '/figures_gold.csv', dtype={'doc_id': str, 'indicator_id': str, 'indicator': str, 'surface': str, 'unit': str})
    gold = gold.assign(_s=gold['raw_start'].astype(int)).sort_values(['doc_id', '_s'], kind='stable').drop(columns='_s').reset_index(drop=True)
    pred = pd.read_csv(Path(sys.argv[1]) / name / 'work/first_run/figures.csv', dtype=str, keep_default_na=False)
    for c in ('raw_start', 'raw_end'):
        pred[c] = pred[c].astype(int)
    pred['value'] = pred['value'].astype(float)
    inv = {v: k for k, v in match_figures(pred, gold).items()}
    cache = {}
    for pi, p in pred.iterrows():
        d = p['doc_id']
        if d not in cache:
            t = (Path(s) / 'raw' / (d + '.txt')).read_text(encoding='utf-8'); cache[d] = (t, sentences(t))
        t, ss = cache[d]
        new = fires(t, ss, p['raw_start'], p['unit'], p['indicator_id'])
        if new is None:
            continue
        truth = '(not a gold figure)'
        if pi in inv:
            g = gold.loc[inv[pi]]; truth = g['indicator_id'] if isinstance(g['indicator_id'], str) else ''
        c = man[d]
        out.append(dict(src='open', council=c, half='A' if c.casefold() < BOUND else 'B', surface=p['surface'], new=new, truth=truth,
                        sent=p['sentence'][:160]))
for fig_csv in sorted(Path(sys.argv[2]).glob('*/figures.csv')):
    name = fig_csv.parent.name
    pool = Path(glob.glob(f'/work/main/tests/realworld/pools/*/{name}')[0])
    judged = sp.load_judgements(pool)
    council = {r['file'].rsplit('.', 1)[0]: r['council'] for r in csv.DictReader(open(pool / 'raw/manifest.csv', encoding='utf-8'))}
    texts = json.loads((fig_csv.parent / 'texts.json').read_text())
    figs = pd.read_csv(fig_csv, dtype=str, keep_default_na=False)
    cache = {}
    for _, p in figs.iterrows():
        d = p['doc_id']
        if d not in cache:
            cache[d] = (texts[d], sentences(texts[d]))
        t, ss = cache[d]
        new = fires(t, ss, int(p['raw_start']), p['unit'], p['indicator_id'])
        if new is None:
            continue
        j = judged.get((d, int(p['raw_start']), int(p['raw_end'])))
        truth = '(span not judged)' if j is None else ('(not a figure)' if j.is_figure != '1' else j.reader_id)
        c = council.get(d, '?')
        out.append(dict(src='pool', council=c, half='A' if c.casefold() < BOUND else 'B', surface=p['surface'], new=new, truth=truth,
                        sent=p['sentence'][:160]))
df = pd.DataFrame(out)
pd.set_option('display.width', 250); pd.set_option('display.max_colwidth', 120)
if len(df):
    df['res'] = ['gain' if n == t else ('?' if t in ('?', '(span not judged)') or t.startswith('(not') else ('loss: gold none' if t == '' else 'loss: other id')) for n, t in zip(df.new, df.truth)]
    print(df.to_string())
    print(df.groupby(['half', 'res']).council.agg(['size', 'nunique']))
else:
    print('fires nowhere')
