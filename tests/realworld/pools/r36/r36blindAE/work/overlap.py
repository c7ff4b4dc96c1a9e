"""python work/overlap.py: 60-character windows (whitespace collapsed) this set's pages share with any earlier text: every
pool page under tests/realworld/pools/ except pools/r36/ (all blind sets of rounds 21-35 are open in round 36), the dev-split
pages of tests/realworld/raw/ (the test split is not opened) and the seeds in data/raw/. The sibling set r36blindAD is checked
by its manifest only (its pages and gold are not read): a shared source_url or council is printed."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
sys.path.insert(0, str(SET / 'work'))
import blindtools  # noqa: E402  (scripts/blindtools.py)
import csv  # noqa: E402
from used import sibling_rows, sibling_hits  # noqa: E402

if __name__ == '__main__':
    blindtools.overlap_set(SET, '/pools/r36/')
    mine = list(csv.DictReader(open(SET / 'manifest.csv', encoding='utf-8')))
    theirs = {r['council'] for r in sibling_rows()}
    shared = sorted({r['council'] for r in mine} & theirs)
    print('sibling r36blindAD: councils shared', shared, '; urls shared', sibling_hits([r['source_url'] for r in mine]))
