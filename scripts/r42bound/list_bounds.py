"""(r42bound) The lists judged by hand for the note: every figure of a run of the 34 open sets that has a bound, and a
random sample (seed 42) of 150 figures without one whose sentence holds a bound word, each with its words around it and
its half of the councils (A: the first half in alphabetical order, B: the rest).

usage: python scripts/r42bound/list_bounds.py RUN_DIR OUT_DIR [FIGURE_ID_TO_LEAVE_OUT...]
(the note's sample left out r26m_derbyshire_1:1214-1223, which had a bound in the run the sample was drawn from)
"""
from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

SETS = Path("/work/staging/r42/sets.txt")
WORDS = re.compile(r"(?i)\b(more than|over|above|in excess of|upwards of|greater than|exceeding|at least|minimum of|no (?:less|fewer) "
                   r"than|not (?:less|fewer) than|less than|fewer than|under|below|almost|nearly|short of|up to|at most|maximum of|no "
                   r"more than|not more than|capped at|about|around|approximately|approx|roughly|circa|some|in the region of|"
                   r"(?:in|of) the order of|or more|or less|or over|or above|or fewer|or under|or below)\b|~|c\.")


def context(r: dict) -> str:
    """The words around the figure's first occurrence in its sentence, the surface in [[ ]]."""
    s, su = r["sentence"], r["surface"]
    i = s.find(su)
    return s[:200] if i < 0 else s[max(0, i - 70):i] + "[[" + su + "]]" + s[i + len(su):i + len(su) + 40]


def main(run: str, out: str, leave_out: set[str]) -> None:
    rows = []
    for s in SETS.read_text().split():
        rows += list(csv.DictReader(open(f"{run}/{Path(s).name}/work/first_run/figures.csv", encoding="utf-8")))
    councils = sorted({r["council"] for r in rows})
    first = set(councils[:len(councils) // 2])
    half = {c: "A" if c in first else "B" for c in councils}
    bounded = [r for r in rows if r["bound"]]
    free = [r for r in rows if not r["bound"] and WORDS.search(r["sentence"]) and r["figure_id"] not in leave_out]
    random.seed(42)
    sample = random.sample(free, min(150, len(free)))
    Path(out).mkdir(parents=True, exist_ok=True)
    with open(f"{out}/bounded.tsv", "w", encoding="utf-8") as f:
        for k, r in enumerate(bounded):
            f.write(f"{k}\t{half[r['council']]}\t{r['bound']}\t{r['figure_id']}\t{context(r)}\n")
    with open(f"{out}/unbounded.tsv", "w", encoding="utf-8") as f:
        for k, r in enumerate(sample):
            f.write(f"{k}\t{half[r['council']]}\t{r['figure_id']}\t{context(r)}\n")
    print(f"{len(councils)} councils (A to {councils[len(councils) // 2 - 1]}); {len(bounded)} bounded; {len(free)} without a "
          f"bound and with a word")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], set(sys.argv[3:]))
