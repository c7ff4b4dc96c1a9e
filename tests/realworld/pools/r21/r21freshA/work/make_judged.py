"""python work/make_judged.py: work/judge.py + work/first_run/figures.csv -> judged.csv (round 14's columns), sorted.
(r21tidy2: a thin caller of scripts/pooltools.py, the steps every gathered pool's work/ repeated; same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[6] / "scripts"))
import pooltools  # noqa: E402

pool = Path(__file__).resolve().parents[1]
pooltools.make_judged(pool)
