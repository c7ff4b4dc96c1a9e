"""PYTHONPATH=src .venv/bin/python tests/realworld/pools/r37/r37blindAF/work/score.py (from the worktree root): the set's first
run, scored on its own as step 2 of scripts/add_realworld_set.py scores a new set (--score-only), without appending it to
tests/realworld (write_first_run there: first_run_scores.txt, first_run.json, first_run_errors.txt and work/first_run/; copied
from pools/r36/r36blindAE/work/score.py, itself from pools/r35/r35blindAC, itself from pools/r22/r22blindA/work/score.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[6] / "scripts"))
from add_realworld_set import write_first_run  # noqa: E402

SET = Path(__file__).resolve().parents[1]
print(write_first_run(SET.parents[4] / "tests" / "realworld", SET, "R37BLINDAF", "src/ of BASE b6a7dca6"))
