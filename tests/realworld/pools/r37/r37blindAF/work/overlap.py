"""python work/overlap.py: 60-character windows (whitespace collapsed) this set's pages share with any earlier text: every
pool page under tests/realworld/pools/ except pools/r37/ (all blind sets of rounds 21-36 are open in round 37), the dev-split
pages of tests/realworld/raw/ (the test split is not opened) and the seeds in data/raw/."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (scripts/blindtools.py)

if __name__ == '__main__':
    blindtools.overlap_set(SET, '/pools/r37/')
