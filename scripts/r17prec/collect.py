"""Run the figures stage on every pool r8-r16 (code on PYTHONPATH), save figures CSVs, and list the
predicted figures judged not figures (is_figure 0), with council and context.

usage: collect.py OUTDIR [pool ...]
(Its pools: scripts/pooltools.py, r21tidy.)
"""
import csv, sys, json
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pooltools  # noqa: E402
import score_pool as sp  # noqa: E402

NONFIG_R8PREC_OK = {"F", "P", "Fx", "amb"}


def pools():
    """The judged pools of rounds 8-16, in that order (r8phrase and r8idC left out: no spans judged)."""
    return pooltools.judged_pools(rounds=("r8", "r9", "r10", "r11", "r12", "r13", "r14", "r16"))


def main():
    outdir = Path(sys.argv[1]); outdir.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[2:])
    for pool in pools():
        if only and pool.name not in only:
            continue
        cache = outdir / f"{pool.name}.csv"
        if cache.exists():
            figs = list(csv.DictReader(open(cache, encoding="utf-8")))
        else:
            figs = sp.run_pool(pool)
            cols = ["doc_id", "raw_start", "raw_end", "surface", "value", "unit", "indicator", "indicator_id"]
            with open(cache, "w", encoding="utf-8", newline="") as f:
                w = csv.DictWriter(f, cols, extrasaction="ignore"); w.writeheader()
                for r in sorted(figs, key=lambda r: (r["doc_id"], int(r["raw_start"]), int(r["raw_end"]))):
                    w.writerow(r)
            figs = list(csv.DictReader(open(cache, encoding="utf-8")))
        print(pool.name, len(figs), file=sys.stderr)
    print("done", file=sys.stderr)

if __name__ == "__main__":
    main()
