"""(r44values) Census for the budget-variance sign proposal (notes/r44_values.md): every ``budget_variance`` and
``high_needs_deficit`` figure of a run of the 34 open sets, with the side of the budget the nearest word says
(adverse: overspend, pressure, deficit, adverse variance, over budget; favourable: underspend, surplus, favourable
variance, under budget, left over; the last such word in the 60 characters before the value, else the first in the 40
after it), counted by alphabetical half of the sets' councils (r45robust: ``blindtools.council_halves``, by council key). Nothing of the package reads this.

Usage: python scripts/r44values/variance_side.py SETS_TXT RUN_DIR OUT_TXT
(RUN_DIR: a measure.sh run folder, <set>/work/first_run/figures.csv; OUT_TXT: one line per figure, to read)
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import blindtools  # noqa: E402

ADVERSE = re.compile(r"(?i)\b(?:over\s?spen[dt]s?|over\s?spending|over\s+(?:its\s+|the\s+)?(?:\S+\s+)?budget|pressures?"
                     r"|adverse(?:\s+variance)?|deficits?|shortfall|above\s+budget|beyond)\b")
FAVOURABLE = re.compile(r"(?i)\b(?:under\s?spen[dt]s?|under\s?spending|under\s+budget|surplus(?:es)?|favourable(?:\s+variance)?"
                        r"|left\s+over)\b")


def side(sentence: str, surface: str) -> str:
    """The side of the budget the nearest word says of the value ``surface`` in ``sentence``: "adverse",
    "favourable" or "none".

    >>> side("an underspend of £600k on the youth services budget", "£600k"), side("a £17m overspend", "£17m")
    ('favourable', 'adverse')
    >>> side("giving a net variance of £334k", "£334k")
    'none'
    """
    i = sentence.find(surface)
    left, right = sentence[max(0, i - 60):i], sentence[i + len(surface):i + len(surface) + 40]
    before = [(len(left) - m.end(), name) for rx, name in ((ADVERSE, "adverse"), (FAVOURABLE, "favourable"))
              for m in rx.finditer(left)]
    after = [(m.start(), name) for rx, name in ((ADVERSE, "adverse"), (FAVOURABLE, "favourable"))
             for m in rx.finditer(right)]
    return min(before)[1] if before else (min(after)[1] if after else "none")


def main(sets_txt: str, run_dir: str, out_txt: str) -> None:
    sets = [line.strip() for line in open(sets_txt) if line.strip()]
    half = blindtools.council_halves(sets)  # (r45robust) the one definition: by council key, as learnt_id_cv
    count: Counter[tuple[str, str, str]] = Counter()
    with open(out_txt, "w", encoding="utf-8") as out:
        for s in sets:
            name = s.rstrip("/").rsplit("/", 1)[1]
            f = pd.read_csv(f"{run_dir}/{name}/work/first_run/figures.csv")
            for r in f[f["indicator_id"].isin(["budget_variance", "high_needs_deficit"])].itertuples():
                got = side(str(r.sentence), str(r.surface))
                count[(half[r.council], r.indicator_id, got)] += 1
                i = str(r.sentence).find(str(r.surface))
                print(half[r.council], name, r.indicator_id, got, r.surface, r.value,
                      str(r.sentence)[max(0, i - 70):i + len(str(r.surface)) + 40].replace("\n", " "), sep=" | ", file=out)
    for k in sorted(count):
        print(*k, count[k])


if __name__ == "__main__":
    main(*sys.argv[1:4])
