"""CPU time of kinds.scan over every open pool page (never pools/r20), best of 7. usage: PYTHONPATH=SRC bench_scan.py
(Now a thin caller of scripts/pooltools.py, r21tidy: same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pooltools  # noqa: E402

pooltools.bench_scan(skip="/pools/r20/")
