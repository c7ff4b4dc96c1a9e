"""List figures/phrases that moved between two run_all outputs."""
import csv, sys
from pathlib import Path
a, b = Path(sys.argv[1]), Path(sys.argv[2])
tot_fig = tot_ph = 0
for fa in sorted(a.glob("*.csv")):
    ra = list(csv.DictReader(open(fa))); rb = list(csv.DictReader(open(b / fa.name)))
    ka = {(r['doc_id'], r['raw_start'], r['raw_end']): r for r in ra}; kb = {(r['doc_id'], r['raw_start'], r['raw_end']): r for r in rb}
    if set(ka) != set(kb):
        print(fa.stem, "SPANS DIFFER", len(set(ka) ^ set(kb))); tot_fig += len(set(ka) ^ set(kb))
    for k in sorted(set(ka) & set(kb)):
        x, y = ka[k], kb[k]
        other = [c for c in x if c not in ("indicator", "indicator_id", "id_source") and x[c] != y.get(c)]
        if other: print(fa.stem, k, "OTHER COLS", other)
        if x['indicator'] != y['indicator'] or x['indicator_id'] != y['indicator_id']:
            tot_ph += 1
            print(f"{fa.stem}\t{k[0]}\t{k[1]}\t{x['surface']!r}\t{x['indicator']!r} -> {y['indicator']!r}\tid {x['indicator_id']}->{y['indicator_id']}")
print("moved phrases/ids:", tot_ph, "span changes:", tot_fig)
