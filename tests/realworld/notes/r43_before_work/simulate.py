"""Simulate rule D (phrase carry to a pointer figure with no measure of its own) on base runs: open sets and pools."""
import csv, glob, json, re, sys
from pathlib import Path
import pandas as pd
sys.path.insert(0, '/tmp/r43before'); sys.path.insert(0, '/work/main/scripts')
from analysis.evaluation import same_indicator
from analysis.figures.context import sentences
from analysis.figures.phrase_words import is_poor
from analysis.figures.phrase_subject import _GENERIC_SUBJECT, measure_of_unit_in
VARIANT = sys.argv[3] if len(sys.argv) > 3 else 'D'
import score_pool as sp

POINTER = re.compile(
    r"(?i)(?:\b(?:this|that|the|its|last\s+year['’]s|this\s+year['’]s|the\s+latest|the\s+current)\s+"
    r"(?:figure|figures|number|numbers|total|rate|percentage|proportion|level)\b(?!\s+(?:of|for)\b)"
    r"|(?:^|[,;]\s*|\b(?:and|but|however,?)\s+)(?:this|it)\s+(?:\w+\s+)?(?:was|is|has|had|equates?|represents?|amounts?|stood|stands|rose|fell|increased|decreased|reduced|dropped)\b)"
    r"[^.;:]{0,80}$")
TIME = re.compile(r"(?i)\b(?:last|this|next|previous)\s+year['’]?s?\b|\b(?:the\s+)?(?:latest|current|overall|new|staggering)\b|\b(?:in|for|by)?\s*\d{4}(?:/\d{2,4})?\b|[:,]")

def no_measure(phrase: str) -> bool:
    rest = TIME.sub(" ", phrase or "").strip()
    return not rest or is_poor(rest) or _GENERIC_SUBJECT.fullmatch(rest) is not None

def candidate(text, sents, si, figs_doc, st, unit):
    """The phrase of the last figure of the same unit in the sentence before (same paragraph), or at a paragraph's first
    sentence the last sentence of the paragraph before."""
    if not si:
        return ''
    a, b = sents[si - 1]
    prev = [f for f in figs_doc if a <= f[0] < b and f[2] == unit]
    if not prev:
        if VARIANT == 'D3':
            ph = measure_of_unit_in(text[a:b])
            return '' if not ph or no_measure(ph) else ph
        return ''
    ph = prev[-1][1]
    return '' if no_measure(ph) else ph

BOUND = 'newcastle-under-lyme borough council'
out = []
# open sets
RUN = Path(sys.argv[1])
from analysis.evaluation import match_figures
for s in open('/work/staging/r43/sets.txt').read().split():
    name = Path(s).name
    man = {r['file'].rsplit('.', 1)[0]: r['council'] for r in csv.DictReader(open(s + '/manifest.csv'))}
    gold = pd.read_csv(s + '/figures_gold.csv', dtype={'doc_id': str, 'indicator_id': str, 'indicator': str, 'surface': str, 'unit': str})
    gold = gold.assign(_s=gold['raw_start'].astype(int)).sort_values(['doc_id', '_s'], kind='stable').drop(columns='_s').reset_index(drop=True)
    pred = pd.read_csv(RUN / name / 'work/first_run/figures.csv', dtype=str, keep_default_na=False)
    for c in ('raw_start', 'raw_end'):
        pred[c] = pred[c].astype(int)
    pred['value'] = pred['value'].astype(float)
    pairs = match_figures(pred, gold)
    inv = {v: k for k, v in pairs.items()}
    cache = {}
    for pi, p in pred.iterrows():
        d = p['doc_id']
        if d not in cache:
            t = (Path(s) / 'raw' / (d + '.txt')).read_text(encoding='utf-8')
            sub = pred[pred.doc_id == d].sort_values('raw_start')
            cache[d] = (t, sentences(t), list(zip(sub.raw_start, sub.indicator, sub.unit)))
        t, ss, figs = cache[d]
        st = p['raw_start']
        si = next((i for i, (a, b) in enumerate(ss) if a <= st < b), None)
        if si is None:
            continue
        left = t[ss[si][0]:st]
        if not POINTER.search(left[-160:]) or (VARIANT != 'D2' and not no_measure(p['indicator'])):
            continue
        cand = candidate(t, ss, si, figs, st, p['unit'])
        c = man[d]
        row = dict(src='open', set=name, council=c, half='A' if c.casefold() < BOUND else 'B', surface=p['surface'],
                   base=p['indicator'], cand=cand, left=left[-120:].replace('\n', ' '))
        if pi in inv:
            g = gold.loc[inv[pi]]
            row.update(truth=g['indicator'], before_ok=same_indicator(g['indicator'], p['indicator']),
                       after_ok=same_indicator(g['indicator'], cand) if cand else same_indicator(g['indicator'], p['indicator']))
        else:
            row.update(truth='(not a gold figure)', before_ok='', after_ok='')
        out.append(row)
# pools
PR = Path(sys.argv[2])
for fig_csv in sorted(PR.glob('*/figures.csv')):
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
    figs = pd.read_csv(fig_csv, dtype=str, keep_default_na=False)
    figs['raw_start'] = figs['raw_start'].astype(int); figs['raw_end'] = figs['raw_end'].astype(int)
    cache = {}
    for _, p in figs.iterrows():
        d = p['doc_id']
        if d not in cache:
            t = texts[d]; sub = figs[figs.doc_id == d].sort_values('raw_start')
            cache[d] = (t, sentences(t), list(zip(sub.raw_start, sub.indicator, sub.unit)))
        t, ss, fl = cache[d]
        st = p['raw_start']
        si = next((i for i, (a, b) in enumerate(ss) if a <= st < b), None)
        if si is None:
            continue
        left = t[ss[si][0]:st]
        if not POINTER.search(left[-160:]) or (VARIANT != 'D2' and not no_measure(p['indicator'])):
            continue
        cand = candidate(t, ss, si, fl, st, p['unit'])
        k = (d, st, p['raw_end']); j = judged.get(k)
        c = council.get(d, '?')
        row = dict(src='pool', set=name, council=c, half='A' if c.casefold() < BOUND else 'B', surface=p['surface'],
                   base=p['indicator'], cand=cand, left=left[-120:].replace('\n', ' '))
        if j is None or j.is_figure != '1':
            row.update(truth='(not judged a figure)' if j is not None else '(span not judged)', before_ok='', after_ok='')
        else:
            rp = reader.get(k, '')
            def ok(ph):
                v = j.phrases.get(ph)
                return v == '1' if v is not None else (same_indicator(rp, ph) if rp else None)
            row.update(truth=rp, before_ok=ok(p['indicator']), after_ok=ok(cand) if cand else ok(p['indicator']))
        out.append(row)
df = pd.DataFrame(out)
df.to_csv(f'/tmp/r43before/simulate_{VARIANT}.tsv', sep='\t', index=False)
f = df[df.cand != '']
print('pointer figures with no measure of their own:', len(df), '; with a candidate from the sentence before:', len(f))
for (src, half), g in f.groupby(['src', 'half']):
    sc = g[g.before_ok.isin([True, False])]
    gain = sc[(sc.before_ok == False) & (sc.after_ok == True)]; loss = sc[(sc.before_ok == True) & (sc.after_ok == False)]
    print(f"{src} half {half}: fires {len(g)} ({g.council.nunique()} councils), scored {len(sc)}, gain {len(gain)} ({gain.council.nunique()}), "
          f"loss {len(loss)} ({loss.council.nunique()}), wrong->wrong {((sc.before_ok==False)&(sc.after_ok!=True)).sum()}, unscored {len(g)-len(sc)}")
