"""(r43values) Census of the two value defects in the open evidence: every place a pattern occurs in the 34 open blind
sets' pages (with the half of its council and the gold figures at it) and in the judged pools' pages (with the judged
rows at it).

usage: python scripts/r43values/census.py SETS_LIST [--pools POOLS_DIR]
  SETS_LIST: a file naming one open blind set folder a line (each with manifest.csv, raw/, figures_gold.csv)

Halves: the councils of the sets' manifests in alphabetical order; A is the first half (up to Milton Keynes Council
of the 84), B the rest. Patterns:
  minus_money   a dash or minus before a currency sign ("-£300,000", "– £45k")
  bracket_money an amount in brackets ("(£300k)", "£(2.1)m")
  at_least      a number, then "or more", "or over", "and over", "and above", "+" (no number after it) or "plus"
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

PATTERNS = {
    "minus_money": re.compile(r"[-–—−]\s?[£€$]\s?\d"),
    "bracket_money": re.compile(r"\(\s?[£€$]\s?[\d.,]+\s?(?:m|k|bn|million)?\s?\)|[£€$]\s?\(\d"),
    "at_least": re.compile(r"(?i)\b\d[\d,.]*\s?%?\s?(?:\+(?!\s?\d)|or\s+(?:more|over|above)\b|and\s+(?:over|above)\b"
                           r"|-?plus\b(?!\s+\d))"),
}


def _context(text: str, s: int, e: int) -> str:
    return text[max(0, s - 70):e + 50].replace("\n", " | ")


def open_sets(sets: list[Path]) -> None:
    councils = sorted({r["council"] for s in sets for r in csv.DictReader(open(s / "manifest.csv", encoding="utf-8"))})
    half = {c: "A" if i < len(councils) // 2 else "B" for i, c in enumerate(councils)}
    counts: dict[tuple[str, str], int] = {}
    for s in sets:
        gold: dict[str, list[dict[str, str]]] = {}
        for r in csv.DictReader(open(s / "figures_gold.csv", encoding="utf-8")):
            gold.setdefault(r["doc_id"], []).append(r)
        for m in csv.DictReader(open(s / "manifest.csv", encoding="utf-8")):
            text = (s / "raw" / m["file"]).read_text(encoding="utf-8", errors="replace")
            doc = m["file"].rsplit(".", 1)[0]
            for name, pat in PATTERNS.items():
                for hit in pat.finditer(text):
                    h = half[m["council"]]
                    counts[name, h] = counts.get((name, h), 0) + 1
                    at = [(g["surface"], g["value"]) for g in gold.get(doc, [])
                          if int(g["raw_start"]) < hit.end() + 5 and int(g["raw_end"]) > hit.start() - 5]
                    print(f"{name}\t{h}\t{s.name}\t{doc}\t{_context(text, hit.start(), hit.end())}\tgold={at}")
    print("counts (pattern, half):", dict(sorted(counts.items())))


def pools(root: Path) -> None:
    for jp in sorted(root.glob("*/*/judged.csv")):
        rows = list(csv.DictReader(open(jp, encoding="utf-8")))
        by: dict[str, list[dict[str, str]]] = {}
        for r in rows:
            by.setdefault(r.get("doc_id", ""), []).append(r)
        for p in sorted((jp.parent / "raw").glob("*.txt")):
            text = p.read_text(encoding="utf-8", errors="replace")
            for name, pat in PATTERNS.items():
                for hit in pat.finditer(text):
                    at = []
                    for r in by.get(p.stem, []):
                        try:
                            a = int(float(r["raw_start"]))
                        except (KeyError, ValueError):
                            continue
                        if a - 5 < hit.end() and a + 12 > hit.start():
                            at.append((r.get("surface", ""), r.get("is_figure", "")))
                    print(f"pool\t{name}\t{jp.parent.parent.name}/{jp.parent.name}\t{p.stem}\t"
                          f"{_context(text, hit.start(), hit.end())}\tjudged={at}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets_list", type=Path)
    ap.add_argument("--pools", type=Path)
    a = ap.parse_args()
    open_sets([Path(x.strip()) for x in a.sets_list.read_text().splitlines() if x.strip()])
    if a.pools:
        pools(a.pools)


if __name__ == "__main__":
    main()
