"""Census of indicator_id errors of each open blind set's OWN first run, and their state at BASE (round 35).
usage (from the worktree): PYTHONPATH=src .venv/bin/python scripts/r35ids/census.py [BASE_DIR] > out.tsv
BASE_DIR defaults to /work/staging/r35/base (BASE's run: BASE_DIR/<set>/work/first_run/figures.csv); the sets are
/work/staging/r35/setnames.txt. (r35review) scripts/r34ids/census.py run with round 35's defaults: one census script."""
import runpy
import sys
from pathlib import Path

sys.argv[1:] = [sys.argv[1] if len(sys.argv) > 1 else "/work/staging/r35/base", "/work/staging/r35/setnames.txt"]
runpy.run_path(str(Path(__file__).resolve().parents[1] / "r34ids" / "census.py"), run_name="__main__")
