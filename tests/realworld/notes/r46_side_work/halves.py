"""(r46side) The alphabetical halves of the 34 open sets' councils (as round 44/45 split them), shared by the scripts
of this folder. Nothing of the package reads this."""

from __future__ import annotations

import csv


def sets_of(sets_txt: str) -> list[str]:
    """The set folders listed in ``sets_txt``, one a line."""
    with open(sets_txt, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def halves(sets: list[str]) -> dict[str, str]:
    """Council name -> "A" (alphabetical first half) or "B"."""
    councils: set[str] = set()
    for s in sets:
        with open(s + "/manifest.csv", encoding="utf-8", newline="") as f:
            councils |= {r["council"] for r in csv.DictReader(f)}
    ordered = sorted(councils)
    return {c: ("A" if i < len(ordered) // 2 else "B") for i, c in enumerate(ordered)}
