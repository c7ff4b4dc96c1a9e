"""Run main's clean+figures on every judged pool; save figures.csv, segments.csv, texts (for the census)."""
import sys, glob, csv, json
from pathlib import Path
sys.path.insert(0, '/work/main/scripts')
import score_pool as sp
OUT = Path(sys.argv[1])
for p in sorted(glob.glob('/work/main/tests/realworld/pools/*/*/judged.csv')):
    pool = Path(p).parent
    try:
        sp.load_judgements(pool)
    except ValueError as e:
        print('SKIP', pool.name, flush=True); continue
    with open(pool / "raw" / "manifest.csv", encoding="utf-8", newline="") as f:
        rows = [{"file": r["file"], "council": r["council"], "source_url": r["source_url"]} for r in csv.DictReader(f)]
    run = sp.run_clean_figures(rows, pool / "raw")
    o = OUT / pool.name; o.mkdir(parents=True, exist_ok=True)
    run.figures.to_csv(o / "figures.csv", index=False)
    run.segments.to_csv(o / "segments.csv", index=False)
    (o / "texts.json").write_text(json.dumps(run.texts))
    print(pool.name, len(run.figures), flush=True)
