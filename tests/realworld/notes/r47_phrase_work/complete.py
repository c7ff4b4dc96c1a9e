"""Round 47: the phrase's completeness (content-word recall and precision against the reader's / gold phrase).

usage: complete.py POOLJSONDIR SETRUNNAME OUT.tsv
  POOLJSONDIR: r45_phrase_work/poolrun.py's output for the code measured (figures + judged rows per pool)
  SETRUNNAME: a run under /work/staging/r47/runs/ (base0 = main's)
Prints the means by half and writes every row (half, source, council, doc, start, reference, run phrase, recall,
precision, shape) to OUT.tsv. Needs the tree's src on PYTHONPATH (analysis.evaluation.phrase_completeness).
"""
import csv, glob, json, re, sys
from pathlib import Path
import pandas as pd
sys.path.insert(0, '/work/main/scripts')
from analysis.evaluation import content_words, match_figures, phrase_completeness
from phrase_chooser_rows import clean_reader_phrase

YES = ('1', 'y', 'yes', 'yes (missed)')


def shape(ref: str, run: str) -> str:
    """Where the reference's missing words stand relative to the run's words found in it."""
    r, g = content_words(ref), content_words(run)
    hit = [i for i, w in enumerate(r) if w in g]
    if not g:
        return 'empty'
    if not hit:
        return 'no shared word'
    miss = [i for i, w in enumerate(r) if w not in g]
    if not miss:
        return 'complete'
    before = any(i < hit[0] for i in miss); after = any(i > hit[-1] for i in miss); inside = any(hit[0] < i < hit[-1] for i in miss)
    tail = ''
    if after:
        # the word after the last shared word in the reference text: a preposition / participle / other
        words = re.findall(r"[A-Za-z0-9']+", ref.lower())
        lastw = r[hit[-1]]
        from nltk.stem.snowball import SnowballStemmer
        st = SnowballStemmer('english').stem
        for k, w in enumerate(words):
            if st(w.replace("'s", '')) == lastw and k + 1 < len(words):
                nxt = words[k + 1]
                tail = (' +of' if nxt == 'of' else ' +prep' if nxt in ('in', 'at', 'for', 'on', 'to', 'from', 'by', 'with', 'over', 'under', 'since', 'into', 'per', 'across', 'within', 'between', 'during')
                        else ' +participle' if re.search(r'(ed|ing|en)$', nxt) else ' +word')
    return ('pre-modifier missing' if before else '') + (' & ' if before and after else '') + ('post-modifier missing' + tail if after else '') + (' inner word missing' if inside and not (before or after) else '')


def pool_rows(d: Path):
    for p in sorted(d.glob('*.json')):
        J = json.load(open(p))
        figs = {(f['doc_id'], int(f['raw_start']), int(f['raw_end'])): f for f in J['figs']}
        for r in J['rows']:
            if (r.get('is_figure') or '').strip().lower() not in YES or not (r.get('reader_phrase') or '').strip():
                continue
            if not (str(r['raw_start']).isdigit() and str(r['raw_end']).isdigit()):
                continue
            k = (r['doc_id'], int(r['raw_start']), int(r['raw_end']))
            f = figs.get(k)
            if f is None:
                continue
            c = J['man'].get(r['doc_id'], {}).get('council', '?')
            yield 'pool:' + p.stem, c, r['doc_id'], k[1], clean_reader_phrase(r['reader_phrase']), f['indicator'], f.get('sentence', '')


def set_rows(run: str):
    sets = [Path(l.strip()).name for l in open('/work/staging/r47/sets.txt') if l.strip()]
    for s in sets:
        d = Path(f'/work/staging/r47/runs/{run}/{s}')
        gold = pd.read_csv(d / 'figures_gold.csv', dtype={'indicator_id': str}).reset_index(drop=True)
        pred = pd.read_csv(d / 'work/first_run/figures.csv', dtype={'indicator_id': str}).reset_index(drop=True)
        man = pd.read_csv(d / 'manifest.csv'); cou = {f[:-4]: c for f, c in zip(man.file, man.council)}
        pairs = match_figures(pred, gold)
        for gi, g in gold.iterrows():
            if gi not in pairs:
                continue
            p = pred.loc[pairs[gi]]
            yield 'set:' + s, cou[g.doc_id], g.doc_id, int(g.raw_start), str(g.indicator), p.indicator if isinstance(p.indicator, str) else '', str(p.sentence)


def halves(names, last_h1=None, n_h1=None):
    cs = sorted(set(names))
    if last_h1:
        return {c: 'H1' if c <= last_h1 else 'H2' for c in cs}
    return {c: 'H1' if i < n_h1 else 'H2' for i, c in enumerate(cs)}


def main():
    pooldir, run, out = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    P = list(pool_rows(pooldir)); S = list(set_rows(run))
    allsets = set()
    for s in [Path(l.strip()).name for l in open('/work/staging/r47/sets.txt') if l.strip()]:
        allsets |= set(pd.read_csv(f'/work/staging/r47/runs/{run}/{s}/manifest.csv').council)
    hp = halves([r[1] for r in P], last_h1='North East Lincolnshire'); hs = halves(allsets, n_h1=42)
    rows = []
    for src, H in (('pools', hp), ('sets', hs)):
        for r in (P if src == 'pools' else S):
            rp = phrase_completeness(r[4], r[5])
            if rp is None:
                continue
            rows.append([H[r[1]], src, r[0], r[1], r[2], r[3], r[4], r[5], rp[0], rp[1], shape(r[4], r[5]), str(r[6])[:200].replace('\t', ' ').replace('\n', ' ')])
    with open(out, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter='\t')
        w.writerow(['half', 'source', 'pool_or_set', 'council', 'doc_id', 'raw_start', 'reference', 'run_phrase', 'recall', 'precision', 'shape', 'sentence'])
        w.writerows(rows)
    print('source half n mean_recall mean_precision recall=1 recall<0.5')
    for src in ('pools', 'sets'):
        for h in ('H1', 'H2'):
            x = [r for r in rows if r[1] == src and r[0] == h]
            n = len(x)
            print(src, h, n, round(sum(r[8] for r in x) / n, 4), round(sum(r[9] for r in x) / n, 4),
                  sum(r[8] == 1 for r in x), sum(r[8] < 0.5 for r in x))


if __name__ == '__main__':
    main()
