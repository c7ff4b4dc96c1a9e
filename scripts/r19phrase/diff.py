"""List figures/phrases that moved between two run_all outputs.
(Now a thin caller of scripts/pooltools.py, r21tidy: same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pooltools  # noqa: E402

pooltools.diff_runs(sys.argv[1:])
