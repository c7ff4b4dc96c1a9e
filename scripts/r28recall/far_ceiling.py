"""Round 28 (r28recall): the ceiling of far candidates (an id named only in the passage's earlier sentences, the
heading / item title or the segment before: ``recall_cv.py``'s rings 4-6) on F's rows the first-run rules left empty:
how often is such a candidate the reader's id, an id where none fits, or another id?

Usage: PYTHONPATH=src .venv/bin/python scripts/r28recall/far_ceiling.py ROWS_CTX
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from recall_cv import load  # noqa: E402

d = load(sys.argv[1])
ev = d[d["source"] != "dev"]
c: Counter = Counter()
byring: Counter = Counter()
councils: dict[str, set] = {}
for _, r in ev.iterrows():
    if r["rules_first_id"]:
        continue
    far = {k: v for k, v in r["wide"].items() if k not in r["wired"]}
    g = r["reader_id"]
    for k, f in far.items():
        ring = max(int(t[3:]) for t in f if t.startswith(("wr=", "qr=")) and t[3:] != "-")
        cls = "right" if g == k else ("none" if not g else "wrong")
        c[cls] += 1
        byring[({4: "passage", 5: "heading", 6: "prevseg"}.get(ring, ring), cls)] += 1
        councils.setdefault(cls, set()).add(r["council"])
print("far-only candidates on F rows the first-run rules left empty:", dict(c),
      "councils:", {k: len(v) for k, v in councils.items()})
print(sorted(byring.items(), key=str))
