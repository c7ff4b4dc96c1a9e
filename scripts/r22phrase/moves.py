"""Round 22 (r22phrase): the figures whose key-word verdict or phrase moved between two table.py outputs.

Usage: python scripts/r22phrase/moves.py BEFORE_CSV AFTER_CSV
"""
import csv
import sys
from collections import Counter

a = {(r["source"], r["doc_id"], r["raw_start"]): r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
b = {(r["source"], r["doc_id"], r["raw_start"]): r for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))}
kinds = Counter()
for k in sorted(set(a) | set(b)):
    x, y = a.get(k), b.get(k)
    if x is None or y is None or x["code"] == y["code"]:
        continue
    kind = {("0", "1"): "wrong -> right", ("1", "0"): "RIGHT -> WRONG", ("1", "1"): "right -> right",
            ("0", "0"): "wrong -> wrong"}[(x["code_ok"], y["code_ok"])]
    grp = "pools" if "/" in k[0] else k[0]
    kinds[(grp, kind)] += 1
    print(f"{kind:15s} {k[0][-12:]:12s} {x['council'][:16]:16s} {x['surface'][:14]:14s} G:{x['gold'][:50]!r}\n"
          f"{'':20s}{x['code'][:60]!r} -> {y['code'][:60]!r}")
for (g, kind), n in sorted(kinds.items()):
    print(g, kind, n)
