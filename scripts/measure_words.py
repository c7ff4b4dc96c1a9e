"""(r25id) Build ``data/measure_words.txt``: the words that the open evidence's measure phrases are made of.

Every phrase that a reader wrote or accepted as naming what a figure measures (the gold ``indicator`` of each open
blind set and of its second annotation, the dev split's gold, and each judged pool's reader phrase and its first run's
phrases judged to name the measure) is split into words; a word that the phrases of at least ``--min-councils``
councils use (3: a class, not one council's wording) is a measure word. The figures stage reads the list as a check on
a phrase that is one word alone (:func:`analysis.figures.phrase.names_no_measure`): a word no council's measure
phrases use ("thereafter", "breakdown", a place's name) names nothing measured, and the next candidate replaces it.

The test split's gold is never read (only the dev split's rows of ``tests/realworld/figures_gold.csv``), nor this
round's measure (``tests/realworld/pools/r25``).

Usage (from the repository root)::

    .venv/bin/python scripts/measure_words.py [--min-councils 3] [--leave-out SET] [--out data/measure_words.txt]

``--leave-out r24blindJ`` builds the list without one open blind set (the leave-one-set-out check).
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"
POOLS = RW / "pools"
#: the open blind sets (rounds 21-24); round 25's sets are the measure and are never read
BLIND_SETS = ("r21/r21blind", "r21/r21blind2", "r22/r22blindA", "r22/r22blindB", "r22/r22blindC", "r23/r23blindD",
              "r23/r23blindE", "r23/r23blindF", "r23/r23blindG", "r24/r24blindH", "r24/r24blindI", "r24/r24blindJ")
WORD = re.compile(r"[a-z][a-z']*[a-z]|[a-z]")
HEADER = """\
# Measure words (r25id): the words that the measure phrases of the open evidence are made of, one a line, lower case.
# Built by scripts/measure_words.py from every phrase a reader wrote or accepted as naming what a figure measures
# (the open blind sets' gold and second annotations, the dev split's gold, the judged pools' reader phrases): a word
# used by the phrases of at least {n} councils. A figure's phrase that is one word alone (with only dates,
# prepositions and determiners around it) and not among these names nothing measured ("thereafter", "breakdown", a
# place's name): the next candidate replaces it (analysis.figures.phrase.names_no_measure). A researcher may add or
# remove words (one word of letters a line: a hyphenated word's parts each on its own line; any other line is refused
# with its number); an empty file (or none) turns the check off.
"""


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _doc_councils(manifest: Path) -> dict[str, str]:
    return {r["file"].rsplit(".", 1)[0]: r["council"] for r in _read(manifest)} if manifest.exists() else {}


def phrases() -> list[tuple[str, str, str]]:
    """Every measure phrase of the open evidence as (source, council, phrase); source is the blind set's name, "dev" or
    "pool:<name>"."""
    out: list[tuple[str, str, str]] = []
    for s in BLIND_SETS:
        d = POOLS / s
        name = d.name
        councils = _doc_councils(d / "manifest.csv")
        seconds = sorted(POOLS.glob(f"*/agreement/{name}_figures_second.csv"))
        for table in [d / "figures_gold.csv", *seconds]:
            out += [(name, councils.get(r["doc_id"], r["doc_id"]), r.get("indicator") or "") for r in _read(table)]
    dev = {r["file"].rsplit(".", 1)[0]: r["council"] for r in _read(RW / "raw" / "manifest.csv") if r["split"] == "dev"}
    out += [("dev", dev[r["doc_id"]], r["indicator"]) for r in _read(RW / "figures_gold.csv") if r["doc_id"] in dev]
    for judged in sorted(POOLS.glob("*/*/judged.csv")):
        if judged.parts[-3] == "r25":
            continue
        councils = _doc_councils(judged.parent / "raw" / "manifest.csv")
        for r in _read(judged):
            if r.get("is_figure") != "1":
                continue
            council = councils.get(r.get("doc_id", ""), r.get("doc_id", "").rsplit("_", 1)[0])
            reader = re.sub(r"\(.*?\)", " ", r.get("reader_phrase") or "")  # (a reader's note in brackets)
            if reader.strip():
                out.append(("pool:" + judged.parent.name, council, reader))
            if r.get("phrase_names_measure") == "1" and r.get("pred_indicator"):
                out.append(("pool:" + judged.parent.name, council, r["pred_indicator"]))
    return out


def word_form(word: str) -> str:
    """A word as the list holds it: lower case, straight apostrophe, no possessive "'s"."""
    w = word.lower().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


def measure_words(rows: list[tuple[str, str, str]], min_councils: int = 3, leave_out: str = "") -> list[str]:
    """The words of the phrases used by at least ``min_councils`` councils, sorted (``leave_out``: a source left out)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for source, council, phrase in rows:
        if source == leave_out:
            continue
        for w in WORD.findall(phrase.lower().replace("’", "'")):
            seen[word_form(w)].add(council)
    return sorted(w for w, c in seen.items() if len(c) >= min_councils)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min-councils", type=int, default=3)
    ap.add_argument("--leave-out", default="", help="a source left out (an open blind set's name)")
    ap.add_argument("--out", default=str(ROOT / "data" / "measure_words.txt"))
    args = ap.parse_args(argv)
    words = measure_words(phrases(), args.min_councils, args.leave_out)
    Path(args.out).write_text(HEADER.format(n=args.min_councils) + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
