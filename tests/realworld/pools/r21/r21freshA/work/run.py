"""Run clean + figures on the pool with the code of a worktree: python work/run.py WORKTREE OUTDIR
(run with that worktree's .venv python and PYTHONPATH=WORKTREE/src).
(r21tidy2: a thin caller of scripts/pooltools.py, the steps every gathered pool's work/ repeated; same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[6] / "scripts"))
import pooltools  # noqa: E402

pool = Path(__file__).resolve().parents[1]
pooltools.run_first(pool, Path(sys.argv[2]))
