"""Census of figures followed within a few words by a per-period or per-person phrase, in any written form, and the
`per` the code gives each (round 35, r35per). Sources: the 29 open blind sets, the judged pools (not r35), the dev
split of tests/realworld, the seeds. Never reads the test split. Writes a TSV to stdout:
source, council, doc, start, surface, unit, per, form, right.

Usage: PYTHONPATH=src python scripts/r35per/census.py > census.tsv
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from analysis.figures import extract_figures

ROOT = Path("/work/main")
TIMES = r"(?:week|month|year|annum|day|night|hour|term|quarter|fortnight|weekend)s?"
NOUNS = (r"(?:child(?:ren)?|pupils?|young\s+persons?|person|head|placements?|place|bed|case|family|worker|fte|household|"
         r"learner|student|school|resident|patient|client|user|hour|session|visit)")
ITEM = rf"(?:{TIMES}|{NOUNS})"
#: the forms, tried in order at the figure's end; the first that matches names the form
FORMS: list[tuple[str, re.Pattern[str]]] = [
    ("hyph", re.compile(rf"^\s?-?\s?(?:a|an|per|each)-{ITEM}\b", re.I)),
    ("per-hyph", re.compile(rf"^\s+(?:per|a|an|each)-{ITEM}\b", re.I)),
    ("abbrev", re.compile(r"^\s*(?:p/w|pw|p\.w\.?|pcm|p\.c\.m\.?|pa|p\.a\.?|p/a|ph|p/h|pppw|ppw)(?![\w])", re.I)),
    ("direct", re.compile(rf"^\s*,?\s*(?:per|a|an|each|every)\s+{ITEM}\b", re.I)),
    ("for-a", re.compile(rf"^\s*(?:for|in)\s+(?:a|an|one|each|every)\s+(?:single\s+)?{ITEM}\b", re.I)),
    ("slash", re.compile(rf"^\s*/\s*{ITEM}\b", re.I)),
    ("words-between", re.compile(rf"^\s+(?:[\w'’-]+\s+){{1,4}}?(?:per|a|an|each|every)[\s-]+{ITEM}\b", re.I)),
    ("words-for-a", re.compile(rf"^\s+(?:[\w'’-]+\s+){{1,4}}?for\s+(?:a|an|one|each)\s+{ITEM}\b", re.I)),
]


def _test_files() -> set[str]:
    with open(ROOT / "tests/realworld/raw/manifest.csv", encoding="utf-8") as f:
        return {r["file"] for r in csv.DictReader(f) if r["split"] == "test"}


def sources() -> list[tuple[str, Path, dict[str, str]]]:
    """(source, raw folder, file -> council) for each source."""
    out = []
    for s in (ROOT / "/work/staging/r35/sets.txt").read_text().split():
        raw = ROOT / s / "raw"
        with open(ROOT / s / "manifest.csv", encoding="utf-8") as f:
            out.append(("set:" + Path(s).name, raw, {r["file"]: r["council"] for r in csv.DictReader(f)}))
    for j in sorted((ROOT / "tests/realworld/pools").glob("*/*/judged.csv")):
        p = j.parent
        if p.parent.name == "r35":
            continue
        with open(p / "raw/manifest.csv", encoding="utf-8") as f:
            out.append(("pool:" + p.parent.name + "/" + p.name, p / "raw", {r["file"]: r["council"] for r in csv.DictReader(f)}))
    with open(ROOT / "tests/realworld/raw/manifest.csv", encoding="utf-8") as f:
        dev = {r["file"]: r["council"] for r in csv.DictReader(f) if r["split"] == "dev"}
    out.append(("dev", ROOT / "tests/realworld/raw", dev))
    with open(ROOT / "data/raw/manifest.csv", encoding="utf-8") as f:
        out.append(("seeds", ROOT / "data/raw", {r["file"]: r["council"] for r in csv.DictReader(f)}))
    return out


def main() -> None:
    test = _test_files()
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["source", "council", "doc", "start", "surface", "unit", "per", "form", "right"])
    for src, raw, councils in sources():
        for file, council in sorted(councils.items()):
            if src.startswith("pool") and file in test:
                continue
            path = raw / file
            if not path.exists():
                continue
            text = path.read_text(encoding="utf-8")
            f = extract_figures(text)
            for r in f.itertuples():
                if r.unit not in ("gbp", "count"):
                    continue
                right = text[r.end:r.end + 60]
                form = next((n for n, p in FORMS if p.match(right)), "")
                per = r.per if isinstance(r.per, str) else ""
                if form or per:
                    w.writerow([src, council, file, r.start, r.surface, r.unit, per, form or "none",
                                " ".join(right.split())[:50]])


if __name__ == "__main__":
    main()
