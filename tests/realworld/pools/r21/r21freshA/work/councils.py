"""Allowed councils: in some pool manifest, not test-split, not seed, not reserved. Counts earlier pages per council.
(r21tidy2: a thin caller of scripts/pooltools.py, the steps every gathered pool's work/ repeated; same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[6] / "scripts"))
import pooltools  # noqa: E402

if __name__ == '__main__':
    pooltools.councils('/work/wt/r21pool/tests/realworld')
