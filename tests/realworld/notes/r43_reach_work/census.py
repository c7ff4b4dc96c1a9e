"""Census (round 43, r43reach): phrases that stop before the post-modifier the truth keeps.

Reads r43before's census tables (base0's matched open gold rows; main's run of the judged pools) and, for each row, finds
BASE's phrase in the figure's own sentence and the words right after it. A row is in the class "short" when the truth's
key words that BASE's phrase lacks are found in the next 10 words after BASE's phrase (a post-modifier kept by the
truth), and in "long" when BASE's phrase holds every key word of the truth and more.
usage: census.py OPEN_TSV POOLS_TSV OUT_TSV"""
import re, sys
import pandas as pd
from analysis.evaluation import key_words

OPEN, POOLS, OUT = sys.argv[1:4]


def after_phrase(own: str, phrase: str, n: int = 10) -> str:
    """The n words of ``own`` right after the last occurrence of ``phrase`` (case-folded), or ''."""
    if not phrase.strip():
        return ''
    o = own.replace('’', "'").lower()
    i = o.rfind(phrase.replace('’', "'").lower().split(': ')[-1])
    if i < 0:
        return ''
    rest = own[i + len(phrase.split(': ')[-1]):]
    return ' '.join(rest.split()[:n])


rows = []
o = pd.read_csv(OPEN, sep='\t', keep_default_na=False, dtype=str)
o = o[o.matched == 'True']
for _, r in o.iterrows():
    rows.append(dict(src='open', half=r.half, council=r.council, doc_id=r.doc_id, raw_start=r.raw_start, surface=r.surface,
                     base=r.pred_ind, truth=r.gold_ind, ok=r.ind_ok == 'True', own=r.own))
p = pd.read_csv(POOLS, sep='\t', keep_default_na=False, dtype=str)
p = p[p.phrase_ok != '']
for _, r in p.iterrows():
    truth = re.sub(r'\((phrase|bare|measure|a part|the excerpt)[^)]*\)', '', r.reader_phrase)  # the reader's remarks
    rows.append(dict(src='pools', half=r.half, council=r.council, doc_id=r.doc_id, raw_start=r.raw_start, surface=r.surface,
                     base=r.pred_ind, truth=truth, ok=r.phrase_ok == '1', own=r.own))
out = []
for r in rows:
    B, T = key_words(r['base']), key_words(r['truth'])
    nxt = after_phrase(r['own'], r['base'])
    missing = T - B
    got = missing & key_words(nxt)
    cls = ''
    if B and T and B < T or (B and B & T and missing):
        cls = 'short' if got else 'part'
    elif T and T < B:
        cls = 'long'
    r.update(own=r["own"], cls=cls, missing=' '.join(sorted(missing)), next_words=nxt, next_has=' '.join(sorted(got)))
    out.append(r)
d = pd.DataFrame(out)
d.to_csv(OUT, sep='\t', index=False)
for src in ('open', 'pools'):
    x = d[d.src == src]
    print(src, 'rows', len(x), 'wrong', (~x.ok).sum())
    for cls in ('short', 'part', 'long'):
        for ok in (False, True):
            y = x[(x.cls == cls) & (x.ok == ok)]
            print(f"  {cls:5} {'right' if ok else 'wrong'}: " + ', '.join(
                f"{h} {len(y[y.half == h])} rows / {y[y.half == h].council.nunique()} councils" for h in 'AB'))

# The wrong "short" rows by what follows BASE's phrase (the mechanism), and whether keeping the next words (up to 10,
# to the clause's end) would hold every key word of the truth that BASE lacks (years and other numbers left out).
FINITE = set("is are was were has have had will would can could should may might did does do remain remains remained "
             "rose fell increased decreased dropped received met got took went".split())
RELATIVE = set("with without who that which whose where".split())
PREP = set("in from of at for on across under aged between to within by into over".split())


def mechanism(nxt: str) -> str:
    """What the words right after BASE's phrase begin: the clause's predicate, a relative or "with" post-modifier,
    a prepositional post-modifier, a participle, an aside (a mark first), or the phrase cut inside a noun phrase."""
    if not nxt:
        return 'not found'
    if not nxt[0].isalnum():
        return 'aside or mark'
    w = nxt.split()[0].lower().strip('.,;:')
    if w in FINITE:
        return 'predicate (finite verb)'
    if w in RELATIVE:
        return 'relative or with'
    if w in PREP:
        return 'prepositional'
    if w.endswith('ed') or w.endswith('ing'):
        return 'participle (-ed/-ing)'
    return 'cut inside the noun phrase'


def clause(nxt: str) -> str:
    """The next words up to the clause's end (a comma, semicolon, colon, bracket or full stop)."""
    return re.split(r"[,;:()]|\.\s|\.$", nxt)[0]


s = d[(d.cls == 'short') & (~d.ok)].copy()
s['mech'] = s.next_words.map(mechanism)
s['all_in_clause'] = [bool({w for w in m.split() if not w.isdigit()}) and
                      {w for w in m.split() if not w.isdigit()} <= key_words(clause(n))
                      for m, n in zip(s.missing, s.next_words)]
s.drop(columns='own').to_csv(OUT.replace('.tsv', '_short.tsv'), sep='\t', index=False)
print('\nwrong "short" rows (some missing truth word in the next 10 words), by mechanism:')
for src in ('open', 'pools'):
    x = s[s.src == src]
    for mech, y in x.groupby('mech'):
        print(f"  {src} {mech:28}: " + ', '.join(
            f"{h} {len(y[y.half == h])} rows / {y[y.half == h].council.nunique()} councils "
            f"(all missing words kept: {int(y[y.half == h].all_in_clause.sum())})" for h in 'AB'))
