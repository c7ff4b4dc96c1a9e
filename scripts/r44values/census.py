"""(r44values) Census of round 43's left value defects over the 34 open blind sets (by alphabetical half of their 84
councils) and the judged pools outside them: a minus glued to a currency sign at a line's start, a lower-bounded count
with a bare participle and a window, a place with an aside before its verb, a share written as a ratio.

Usage: python scripts/r44values/census.py SETS_TXT [PATTERN ...]   (SETS_TXT lists the sets' folders, one a line)
Prints each hit as ``half set file offset text`` and a count per pattern; A = the first half of the councils (79 by
council key; r45robust: ``blindtools.council_halves``, round 44 split the 84 manifest names), B = the rest,
pool = the pools' pages outside the sets (tests/realworld/pools/*/*/raw/*.txt).
"""

from __future__ import annotations

import csv
import glob
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import blindtools  # noqa: E402

POOLS = Path(__file__).resolve().parents[2] / "tests" / "realworld" / "pools"
PATTERNS = {
    "linestart_minus_money": r"^[ \t]*[-\u2212\u2013][£€$]\d[^\n]*",
    "or_more_window": r"(?i)\d+\s*(?:or more|or over|\+|\s+plus)\s+\w+(?:\s+\w+)?\s+\w+ed\s+"
                      r"(?:within|in any|in a|over a|during any)[^\n]{0,30}",
    "aside_before_verb": r"[A-Z][a-z]+\s*,\s*(?i:for\s+example|for\s+instance|by\s+contrast|in\s+contrast|in\s+particular"
                         r"|meanwhile|however|though|too|also)\s*,\s+(?:has|had|have|saw|sees|recorded|records)\b[^\n]{0,40}",
    "one_in_n": r"(?i)\b(?:one|1)[- ]in[- ](?:\d+|[a-z]+)\b[^\n]{0,30}",
}


def main(sets_txt: str, which: list[str]) -> None:
    sets = [Path(line.strip()) for line in open(sets_txt) if line.strip()]
    docs: list[tuple[str, Path, str]] = []
    for s in sets:
        with open(s / "manifest.csv", encoding="utf-8", newline="") as f:
            docs += [(r["council"], s / "raw" / r["file"], s.name) for r in csv.DictReader(f)]
    half = blindtools.council_halves(sets)  # (r45robust) the one definition: by council key, as learnt_id_cv
    names = {s.name for s in sets}
    pool = [("", Path(p), Path(p).parent.parent.name) for p in sorted(glob.glob(str(POOLS / "*" / "*" / "raw" / "*.txt")))
            if Path(p).parent.parent.name not in names]
    for k in which or list(PATTERNS):
        rx = re.compile(PATTERNS[k], re.M)
        count = {"A": 0, "B": 0, "pool": 0}
        print("=====", k)
        for council, p, where in [(c, p, w) for c, p, w in docs] + pool:
            tag = half.get(council, "pool") if council else "pool"
            for m in rx.finditer(p.read_text(encoding="utf-8", errors="replace")):
                count[tag] += 1
                print(tag, where, p.name, m.start(), repr(m.group(0)[:120]))
        print("COUNT", k, count)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
