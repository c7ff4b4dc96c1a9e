#!/bin/bash
# usage: set_runs.sh SRCROOT OUT SET_DIR... -- writes SRCROOT's run of each blind set into a COPY of it, OUT/<set>/
# (scripts/add_realworld_set.write_first_run: first_run.json, first_run_errors.txt, work/first_run/ of THAT code; the
# committed set is never touched), for scripts/blind_intervals.py AFTER... --against BEFORE...
# Run from the checkout whose scripts/ and .venv to use; SRCROOT/src is the code measured.
SRC=$(cd "$1" && pwd); OUT=$2; shift 2; mkdir -p "$OUT"
for d in "$@"; do
  n=$(basename "$d"); rm -rf "$OUT/$n"; cp -r "$d" "$OUT/$n"
  rm -rf "$OUT/$n/work/first_run" "$OUT/$n/first_run_errors.txt" "$OUT/$n/first_run.json" "$OUT/$n/first_run_scores.txt"
  PYTHONPATH="$SRC/src" .venv/bin/python -c "
import sys; sys.path.insert(0, 'scripts')
from pathlib import Path
import analysis; assert analysis.__file__.startswith('$SRC/src'), analysis.__file__
import add_realworld_set as a
a.write_first_run(a.RW, Path('$OUT/$n'), '$(echo "$n" | tr a-z A-Z)', 'src')
" > "$OUT/$n.log" 2>&1 || { echo "FAILED $n (see $OUT/$n.log)"; exit 1; }
done
