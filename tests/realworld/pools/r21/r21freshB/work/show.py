"""python work/show.py DOC: the first run's figures (F) and numbers (N) of one page, in text order, with context, and every
numeral / number word no row covers (U), so missed figures can be read.
(r21tidy2: a thin caller of scripts/pooltools.py, the steps every gathered pool's work/ repeated; same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[6] / "scripts"))
import pooltools  # noqa: E402

pool = Path(__file__).resolve().parents[1]
pooltools.show(pool, sys.argv[1])
