"""Every id error of the judged pools for an allpools.py output folder (reader id vs predicted id).
usage (from /work/main or the worktree): PYTHONPATH=src .venv/bin/python scripts/r34ids/poolids.py OUT > errors.tsv"""
import csv, sys
from pathlib import Path
ROOT = Path("/work/main")
sys.path.insert(0, str(ROOT / "scripts"))
import score_pool  # noqa: E402

out = Path(sys.argv[1])
w = csv.writer(sys.stdout, delimiter="\t")
w.writerow(["pool", "doc", "start", "end", "surface", "phrase", "kind", "pred_id"])
for judged in sorted((ROOT / "tests/realworld/pools").glob("*/*/judged.csv")):
    pool = judged.parent
    if pool.parent.name == "r26":
        continue
    f = out / f"{pool.parent.name}_{pool.name}.csv"
    if not f.exists():
        continue
    figs = list(csv.DictReader(open(f, encoding="utf-8", newline="")))
    try:
        j = score_pool.load_judgements(pool, [])
    except (OSError, ValueError, KeyError):
        continue
    s, unscorable, errors = score_pool.score(figs, j)
    for (k, surface, phrase, kind, pid) in errors:
        if kind.startswith("ID"):
            w.writerow([f"{pool.parent.name}/{pool.name}", k[0], k[1], k[2], surface, phrase, kind, pid])
