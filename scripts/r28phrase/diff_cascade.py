"""(r28phrase) Check a rewrite of the indicator phrase's cascade against BASE's, call by call.

usage (from a checkout, its code on PYTHONPATH): python scripts/r28phrase/diff_cascade.py [BASE_COMMIT] [POOLS_ROOT]

BASE's ``phrase_cascade.py`` (``git show BASE:...``) is loaded as a module of :mod:`analysis.figures` beside the
checkout's; ``phrase._indicator_phrase`` is wrapped so that every call made while the figures stage runs on every
pool under POOLS_ROOT that has pages (``*/*/raw/manifest.csv``: the judged pools and the open blind sets) is made on
both, and the two answers are compared. The checkout's answer is the one the stage goes on with, so a difference shows
at the call where it arises. Prints the calls, the differences (the first 20 in full) and exits 1 on any.
"""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASE = sys.argv[1] if len(sys.argv) > 1 else "eb211ae"
POOLS = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "tests/realworld/pools"
sys.path.insert(0, str(ROOT / "scripts"))

from analysis.figures import phrase  # noqa: E402

src = subprocess.run(["git", "-C", str(ROOT), "show", f"{BASE}:src/analysis/figures/phrase_cascade.py"],
                     check=True, capture_output=True, text=True).stdout
old = types.ModuleType("analysis.figures._base_cascade")
old.__package__ = "analysis.figures"
exec(compile(src, f"{BASE}:phrase_cascade.py", "exec"), old.__dict__)
new = phrase._indicator_phrase
counts = [0, 0]


def both(*args, **kwargs):
    got = new(*args, **kwargs)
    want = old._indicator_phrase(*args, **kwargs)
    counts[0] += 1
    if got != want:
        counts[1] += 1
        if counts[1] <= 20:
            text, h = args[0], args[1]
            print("DIFF", repr(text[max(0, h.start - 80):h.end + 40]), want, "->", got, file=sys.stderr)
    return got


phrase._indicator_phrase = both
import score_pool  # noqa: E402

pools = sorted(m.parent.parent for m in POOLS.glob("*/*/raw/manifest.csv"))
for p in pools:
    score_pool.run_pool(p)
print(f"{len(pools)} pools; {counts[0]} calls of _indicator_phrase; {counts[1]} differences from {BASE}")
sys.exit(1 if counts[1] else 0)
