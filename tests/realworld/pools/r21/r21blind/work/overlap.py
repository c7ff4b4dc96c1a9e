"""python work/overlap.py: 60-character windows (whitespace collapsed) this set's pages share with any earlier text: every
pool page under tests/realworld/pools/ except pools/r21/ (this round's pools are not opened: only their manifests are read,
by used.py), the dev-split pages of tests/realworld/raw/ (the test split is not opened) and the seeds in data/raw/.
(r22split: a thin caller of scripts/pooltools.py; same usage and output.)"""
import glob
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[6] / "scripts"))
import pooltools  # noqa: E402

W = '/work/wt/r21blind'
pooltools.overlap(W, '/pools/r21/', sorted(glob.glob(W + '/tests/realworld/pools/r21/r21blind/raw/*.txt')), names=True)
