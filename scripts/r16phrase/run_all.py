"""Run clean+figures stage of the code on PYTHONPATH over every pool r8-r14 (with pages) and the dev split.
Writes OUT/<pool>.csv (all figure columns). Usage: PYTHONPATH=SRC python run_all.py OUT [pool-glob...]
(Now a thin caller of scripts/pooltools.py, r21tidy: same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pooltools  # noqa: E402

pooltools.run_all(sys.argv[1:], rounds=("r8", "r9", "r10", "r11", "r12", "r13", "r14"))
