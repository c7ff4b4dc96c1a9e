#!/bin/bash
# usage: measure.sh SRCROOT OUT -- runs SRCROOT's src on copies of main's r23 measure sets (D, D without cambridgeshire, E, F, G)
# with write_first_run (today's errors and figures in OUT/<set>/), then pools
# (the lead ran it from /work/main at the end of round 23; run it from the checkout whose scripts/ and .venv to use)
SRC=$1; OUT=$2; mkdir -p $OUT; M=$(cd $(dirname $0)/.. && pwd)
for n in r23blindD r23blindE r23blindF r23blindG; do rm -rf $OUT/$n; cp -r $M/$n $OUT/$n; done
rm -rf $OUT/r23blindDx; python3 $(dirname $0)/drop_doc.py $M/r23blindD $OUT/r23blindDx r23d_cambridgeshire
for n in r23blindD r23blindDx r23blindE r23blindF r23blindG; do
  rm -rf $OUT/$n/work/first_run $OUT/$n/first_run_errors.txt $OUT/$n/first_run.json $OUT/$n/first_run_scores.txt
  (PYTHONPATH=$SRC/src .venv/bin/python -c "
import sys; sys.path.insert(0,'scripts')
from pathlib import Path
import analysis; assert analysis.__file__.startswith('$SRC/src'), analysis.__file__
import add_realworld_set as a
a.write_first_run(a.RW, Path('$OUT/$n'), '$(echo $n | tr a-z A-Z)', 'src')
" > $OUT/$n.log 2>&1) || echo "FAILED $n (see $OUT/$n.log)"
done
python3 $(dirname $0)/pooled.py $OUT/{r23blindD,r23blindE,r23blindF,r23blindG}/first_run.json | tail -1
python3 $(dirname $0)/pooled.py $OUT/{r23blindDx,r23blindE,r23blindF,r23blindG}/first_run.json
