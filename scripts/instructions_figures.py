"""Instructions of one pass of figure extraction on the bench sample, counted by valgrind's callgrind.

CPU seconds of the same code spread by 5-10% from run to run on a shared machine (round 10 and round 16 notes),
more than any one speed change of a few percent; the instructions a pass executes do not (two runs of the same
code agree to 0.01%). This counts them: the bench's quantulum3 sample (:func:`analysis.bench.quantulum3_sample`,
the segments ``compare_quantulum3`` times) is run under callgrind twice, with 0 and with ``--passes`` timed passes
(each after :func:`analysis.bench._clear_text_caches`, as the bench does) after the same set-up and warm-up, and
the difference is divided by the passes. Hash seed 0 and one BLAS/OpenMP thread (the learnt fallback's fit), so
that the set-up is the same in both runs. Needs ``valgrind`` on the PATH; about 2 minutes.

Usage::

    .venv/bin/python scripts/instructions_figures.py [--work build/bench] [--passes 3]
    PYTHONPATH=/path/to/other/checkout/src .venv/bin/python scripts/instructions_figures.py   # another commit's code
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

#: what each run executes: set-up, warm-up, one full pass (the learnt fallback's fit, first touches), then N passes
_CHILD = """
import sys
from pathlib import Path
from analysis import bench, corpus, figures
from analysis.io import read_table
processed, n = Path(sys.argv[1]), int(sys.argv[2])
documents, segments = bench.quantulum3_sample(read_table("documents", processed), read_table("segments", processed),
                                              bench.QUANTULUM_DOCS, bench.QUANTULUM_MIN_WORDS)
texts = corpus.load_texts(processed, documents["doc_id"].tolist())
inds = figures.load_indicators()
figures.figures_from_segments(segments.head(50), texts, documents, inds)
bench._clear_text_caches()
figures.figures_from_segments(segments, texts, documents, inds)
for _ in range(n):
    bench._clear_text_caches()
    figures.figures_from_segments(segments, texts, documents, inds)
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="documents in the generated corpus (make bench: 1000)")
    ap.add_argument("--councils", type=int, default=21)
    ap.add_argument("--work", default="build/bench", help="where the generated corpus is kept (make bench's)")
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args(argv)
    from analysis import bench, corpus

    raw = bench.generated(args.n, Path(args.work).resolve(), args.councils, 0)
    processed = raw.parent / "processed"
    if not (processed / "segments.parquet").exists():
        corpus.run(raw, processed)
    env = dict(os.environ, PYTHONHASHSEED="0", OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    with tempfile.TemporaryDirectory() as tmp:
        procs = []
        for n in (0, args.passes):
            cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.{n}", sys.executable, "-c", _CHILD,
                   str(processed), str(n)]
            procs.append(subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True))
        counts = []
        for p in procs:
            _, err = p.communicate()
            m = re.search(r"Collected : (\d+)", err)
            if p.returncode != 0 or m is None:
                raise SystemExit(f"callgrind run failed:\n{err[-2000:]}")
            counts.append(int(m.group(1)))
    per_pass = (counts[1] - counts[0]) / args.passes
    print(f"instructions per pass: {per_pass / 1e6:,.1f}M (set-up {counts[0] / 1e6:,.1f}M; {args.passes} passes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
