"""Pool figures whose indicator_id differs between two allpools.py outputs, with the reader's id where judged.
usage: PYTHONPATH=src .venv/bin/python scripts/r34ids/pooldiff.py BEFORE AFTER"""
import csv, sys
from pathlib import Path
ROOT = Path("/work/main")
sys.path.insert(0, str(ROOT / "scripts"))
import score_pool  # noqa: E402

a, b = Path(sys.argv[1]), Path(sys.argv[2])
tally = {}
for f in sorted(b.glob("*.csv")):
    old = {(r["doc_id"], r["raw_start"], r["raw_end"]): r for r in csv.DictReader(open(a / f.name, encoding="utf-8"))}
    rnd, pool = f.stem.split("_", 1)
    try:
        j = score_pool.load_judgements(ROOT / "tests/realworld/pools" / rnd / pool, [])
    except Exception:
        j = {}
    for r in csv.DictReader(open(f, encoding="utf-8")):
        k = (r["doc_id"], r["raw_start"], r["raw_end"])
        o = old.get(k)
        if o is None or o.get("indicator_id", "") != r.get("indicator_id", ""):
            jj = j.get((k[0], int(k[1]), int(k[2])))
            rid = getattr(jj, "reader_id", "?") if jj else "unjudged"
            was, now = (o or {}).get("indicator_id", "<new>"), r.get("indicator_id", "")
            kind = "wrong->right" if now == rid else ("right->wrong" if was == rid else "other")
            tally[kind] = tally.get(kind, 0) + 1
            print(kind, f.stem, k[0], repr(r["surface"]), f"{was or '-'} -> {now or '-'} (reader {rid or '-'})", "|",
                  r["indicator"][:60], "|", r.get("sentence", "")[:150])
print(tally)
