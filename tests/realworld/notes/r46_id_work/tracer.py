"""Run the code on PYTHONPATH over the 34 open sets (a copy of each, as set_runs.sh does) and every judged pool, with
the id steps traced: for each Evidence given to classify_vetoed, _classify's id, the final id and the veto flag; for each
row the learnt second opinion reads, its best candidate (threshold 0) and its given id.
usage: DASK_SCHEDULER=sync tracer.py OUTDIR [open|pools]   (writes OUTDIR/open_<set>.json / pool_<round>_<pool>.json)"""
import sys, json, glob, shutil, tempfile, csv
from pathlib import Path
sys.path.insert(0, '/work/main/scripts')
import analysis.figures.indicators as I
import analysis.figures.extraction as X
import analysis.figures.learnt_id as L
import analysis.figures.stage as S
TR, LR = [], []
_cl, _cv, _so = I._classify, X.classify_vetoed, L.second_opinion
last = {}
def cl(ev, inds):
    r = _cl(ev, inds); last['c'] = r; return r
def cv(ev, inds):
    last['c'] = 'UNSET'
    r, v = _cv(ev, inds)
    TR.append(dict(phrase=ev.phrase, how=ev.how, clause=ev.clause, sentence=ev.sentence, unit=ev.unit, per=ev.per,
                   prev_id=ev.prev_id, context=ev.context, classify=last['c'], final=r, vetoed=v))
    return r, v
def so(rows, inds, threshold=L.THRESHOLD):
    out = _so(rows, inds, threshold); best = _so(rows, inds, 0.0); b5 = _so(rows, inds, 0.5)
    for r, o, b, b5_ in zip(rows, out, best, b5):
        LR.append(dict(phrase=r[0], sentence=r[1], unit=r[4], per=r[5], change=r[6], given=o, best=b, best50=b5_))
    return out
I._classify = cl; X.classify_vetoed = cv; L.second_opinion = so; S.learnt_id.second_opinion = so
out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
def dump(name):
    json.dump(dict(trace=TR, learnt=LR), open(out / f'{name}.json', 'w')); TR.clear(); LR.clear()
if sys.argv[2] == 'open':
    import add_realworld_set as a
    for s in open('/work/staging/r46/sets.txt').read().split():
        n = Path(s).name
        with tempfile.TemporaryDirectory() as tmp:
            d = Path(tmp) / n; shutil.copytree(s, d)
            for f in ('first_run.json', 'first_run_errors.txt', 'first_run_scores.txt'):
                (d / f).unlink(missing_ok=True)
            shutil.rmtree(d / 'work' / 'first_run', ignore_errors=True)
            a.write_first_run(a.RW, d, n.upper(), 'src')
            shutil.copy(d / 'work' / 'first_run' / 'figures.csv', out / f'open_{n}_figures.csv')
        dump('open_' + n); print(n, flush=True)
else:
    import score_pool as sp
    for p in sorted(glob.glob('/work/main/tests/realworld/pools/*/*/judged.csv')):
        pool = Path(p).parent
        try:
            judged = sp.load_judgements(pool)
        except ValueError as e:
            print('SKIP', pool.name); continue
        figs = sp.run_pool(pool)
        json.dump(figs, open(out / f'pool_{pool.parent.name}_{pool.name}_figs.json', 'w'))
        dump(f'pool_{pool.parent.name}_{pool.name}'); print(pool.name, flush=True)
