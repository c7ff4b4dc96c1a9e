"""python work/overlap.py FILE...: 60-character windows (whitespace collapsed) the new pages share with any earlier text:
every pool page under tests/realworld/pools/ (but this pool), the dev-split pages of tests/realworld/raw/ (the test split is
not opened: its councils are barred from this pool) and the seeds in data/raw/. Prints each shared window with its source.
(r21tidy2: a thin caller of scripts/pooltools.py, the steps every gathered pool's work/ repeated; same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[6] / "scripts"))
import pooltools  # noqa: E402

pooltools.overlap('/work/wt/r21pool', '/pools/r21/r21freshA/', sys.argv[1:])
