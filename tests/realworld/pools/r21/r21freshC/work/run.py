"""Run clean + figures on the pool with the code of a worktree: python work/run.py WORKTREE OUTDIR
(run with that worktree's .venv python and PYTHONPATH=WORKTREE/src)."""
import csv, shutil, sys, tempfile, warnings
from pathlib import Path
pool = Path(__file__).resolve().parents[1]
out = Path(sys.argv[2]); out.mkdir(parents=True, exist_ok=True)
from analysis import corpus, figures
with tempfile.TemporaryDirectory() as tmp:
    raw = Path(tmp) / 'raw'; raw.mkdir()
    rows = list(csv.DictReader(open(pool / 'raw' / 'manifest.csv', encoding='utf-8')))
    with open(raw / 'manifest.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(corpus.REQUIRED_COLUMNS)
        for r in rows:
            shutil.copy(pool / 'raw' / r['file'], raw / r['file'])
            w.writerow([r['file'], r['council'], '', '', '', r['source_url']])
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        corpus.run(raw, Path(tmp) / 'p')
        figs, nums = figures.run(raw, Path(tmp) / 'p')
    figs.to_csv(out / 'figures.csv', index=False)
    nums.to_csv(out / 'numbers.csv', index=False)
print(len(figs), 'figures', len(nums), 'numbers')
