"""CPU time of kinds.scan over every pool page, best of 7. usage: PYTHONPATH=SRC bench_scan.py (from the checkout's root)
(Now a thin caller of scripts/pooltools.py, r21tidy: same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pooltools  # noqa: E402

pooltools.bench_scan()
