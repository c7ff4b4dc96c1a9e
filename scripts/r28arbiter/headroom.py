"""Round 28 (r28arbiter): the most any arbiter over the rules' ids could gain (an oracle choosing among the wired
candidates, or withdrawing), on F (pools' rows, first-run rules' id), T (today's rules) and B (open blind sets).

Usage: PYTHONPATH=src .venv/bin/python scripts/r28arbiter/headroom.py /tmp/r28arb/rows_all.csv /tmp/r28arb/blind_rows.csv
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arbiter_cv import MONEY, load  # noqa: E402


def headroom(name: str, d, col: str) -> None:  # type: ignore[no-untyped-def]
    x, g, c = d[col], d["reader_id"], d["cands"]
    wrong = (x != "") & (g != "") & (x != g)
    none = (x != "") & (g == "")
    fixable = sum(1 for i in d.index[wrong] if g[i] in c[i])
    money = sum(1 for i in d.index[wrong] if x[i] in MONEY and g[i] in MONEY)
    print(f"{name}: {len(d)} figures, {int((g != '').sum())} ids; rules give {int((x != '').sum())}: wrong {int(wrong.sum())} "
          f"(reader's id among the candidates: {fixable}; the money pair swapped: {money}), where none fits "
          f"{int(none.sum())} (of which the rules' id not a candidate: {sum(1 for i in d.index[none] if x[i] not in c[i])}); "
          f"right {int(((x == g) & (g != '')).sum())} (not a candidate: "
          f"{sum(1 for i in d.index[(x == g) & (g != '')] if x[i] not in c[i])})")


rows = load(sys.argv[1])
headroom("F", rows[rows["source"] != "dev"].reset_index(drop=True), "rules_first_id")
headroom("T", rows, "rules_id")
if len(sys.argv) > 2:
    headroom("B", load(sys.argv[2]), "rules_id")
