"""Run every judged pool with the code on PYTHONPATH; save figures + judgement rows as json. usage: poolrun.py OUTDIR"""
import sys, glob, json, csv
from pathlib import Path
sys.path.insert(0, '/work/main/scripts')
import score_pool as sp
out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
for p in sorted(glob.glob('/work/main/tests/realworld/pools/*/*/judged.csv')):
    pool = Path(p).parent
    try:
        judged = sp.load_judgements(pool)
    except ValueError as e:
        print('SKIP', pool.name, e); continue
    figs = sp.run_pool(pool)
    s, unsc, errs = sp.score(figs, judged)
    man = {r['file'][:-4]: r for r in csv.DictReader(open(pool/'raw'/'manifest.csv', encoding='utf-8'))}
    rows = list(csv.DictReader(open(p, encoding='utf-8')))
    json.dump(dict(figs=figs, errs=[list(map(str, e)) for e in errs], s=s, man=man, rows=rows), open(out/f'{pool.parent.name}_{pool.name}.json', 'w'))
    print(pool.name, sp.line(s, sum(u[4]=='phrase not judged' for u in unsc)), flush=True)
