"""(r28classify) Check the cascade of :func:`analysis.figures.kinds_classify.classify` against BASE's one function.

usage (from a checkout, its code on PYTHONPATH): python scripts/r28classify/diff_classify.py [BASE_COMMIT] [VARIANTS]

BASE's ``kinds_classify.py`` (``git show BASE:...``) is loaded as a module of :mod:`analysis.figures` beside the
checkout's (the other ``kinds_*`` parts it imports are the same files in both). Then:

1. ``kinds.classify`` is wrapped so that every call the figures stage makes while it runs on every pool with pages
   (``tests/realworld/pools/*/*/raw/manifest.csv``: the judged pools and the open blind sets) is answered by both;
2. generated variants of those texts: for VARIANTS (default 40,000) recorded calls drawn with a fixed seed, the text
   around the number with (a) the number replaced by another recorded number's surface (any shape: "5", "2019",
   "45%", "three", "10-15 years", "£2.3m", ...), (b) the words of its left window shuffled, (c) the words of its right
   window shuffled, (d) both windows' words shuffled and the number replaced; every expression the grammar finds in
   each variant text is classified by both.

Prints the counts and the differences (the first 20 in full) and exits 1 on any.
"""

from __future__ import annotations

import random
import subprocess
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASE = sys.argv[1] if len(sys.argv) > 1 else "33b3015"
VARIANTS = int(sys.argv[2]) if len(sys.argv) > 2 else 40000
sys.path.insert(0, str(ROOT / "scripts"))

from analysis.figures import kinds  # noqa: E402
from analysis.figures.grammar import expressions  # noqa: E402
from analysis.figures.rules import load_rules  # noqa: E402

src = subprocess.run(["git", "-C", str(ROOT), "show", f"{BASE}:src/analysis/figures/kinds_classify.py"],
                     check=True, capture_output=True, text=True).stdout
old = types.ModuleType("analysis.figures._base_kinds_classify")
old.__package__ = "analysis.figures"
exec(compile(src, f"{BASE}:kinds_classify.py", "exec"), old.__dict__)
new = kinds.classify
assert new is not old.classify
counts = {"stage": 0, "variant": 0, "diff": 0}
calls: list[tuple[str, str, int, int, str]] = []


def _compare(where: str, text: str, kind: str, s: int, e: int, surface: str, rules) -> str:
    got = new(text, kind, s, e, surface, rules)
    want = old.classify(text, kind, s, e, surface, rules)
    counts[where] += 1
    if got != want:
        counts["diff"] += 1
        if counts["diff"] <= 20:
            print("DIFF", where, kind, repr(text[max(0, s - 60):e + 60]), want, "->", got, file=sys.stderr)
    return got


def both(text, kind, s, e, surface, rules):
    calls.append((text, kind, s, e, surface))
    return _compare("stage", text, kind, s, e, surface, rules)


kinds.classify = both
import score_pool  # noqa: E402

pools = sorted(m.parent.parent for m in (ROOT / "tests/realworld/pools").glob("*/*/raw/manifest.csv"))
for p in pools:
    score_pool.run_pool(p)
kinds.classify = new
print(f"{len(pools)} pools; {counts['stage']} calls of classify in the stage", flush=True)


def _shuffled(words: str, rng: random.Random) -> str:
    parts = words.split(" ")
    rng.shuffle(parts)
    return " ".join(parts)


rules = load_rules()
rng = random.Random(28)
surfaces = [c[4] for c in calls]
seen = set()
for i in range(VARIANTS):
    text, kind, s, e, surface = calls[rng.randrange(len(calls))]
    lo, hi = max(0, s - 80), min(len(text), e + 100)
    before, after = text[lo:s], text[e:hi]
    way = i % 4
    number = surface
    if way in (0, 3):
        number = surfaces[rng.randrange(len(surfaces))]
    if way in (1, 3):
        before = _shuffled(before, rng)
    if way in (2, 3):
        after = _shuffled(after, rng)
    variant = text[max(0, lo - 200):lo] + before + number + after + text[hi:hi + 200]
    if variant in seen:
        continue
    seen.add(variant)
    for vs, ve, group in expressions(variant, rules):
        _compare("variant", variant, group, vs, ve, variant[vs:ve], rules)
print(f"{len(seen)} variant texts; {counts['variant']} expressions classified in them")
print(f"{counts['diff']} differences from {BASE}")
sys.exit(1 if counts["diff"] else 0)
