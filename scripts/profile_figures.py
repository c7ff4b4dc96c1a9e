"""Figure extraction against quantulum3 on its own, quickly, with an optional profile of our side.

``make bench`` times every stage; this runs only its quantulum3 comparison
(:func:`analysis.bench.compare_quantulum3`: the same segments, CPU seconds, fastest of ``--repeat``
passes) on a generated corpus, made once under ``--work`` and cleaned there. With ``--profile``,
our side is also run once under cProfile (CPU clock) on the first ``QUANTULUM_DOCS`` documents and
the top functions are printed.

Usage::

    .venv/bin/python scripts/profile_figures.py [--n 1000] [--repeat 5] [--profile 30]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from pathlib import Path

from analysis import bench, corpus, figures
from analysis.io import read_table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="documents in the generated corpus (make bench: 1000)")
    ap.add_argument("--councils", type=int, default=21)
    ap.add_argument("--work", default="build/bench", help="where the generated corpus is kept (make bench's)")
    ap.add_argument("--repeat", type=int, default=bench.QUANTULUM_REPEAT)
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print the N functions of most own time")
    args = ap.parse_args(argv)
    raw = bench.generated(args.n, Path(args.work).resolve(), args.councils, 0)
    processed = raw.parent / "processed"
    if not (processed / "segments.parquet").exists():
        corpus.run(raw, processed)
    print(json.dumps(bench.compare_quantulum3(processed, repeat=args.repeat)))
    if args.profile:
        documents = read_table("documents", processed).sort_values("doc_id").head(bench.QUANTULUM_DOCS)
        segments = read_table("segments", processed)
        segments = segments[segments["doc_id"].isin(documents["doc_id"])]
        texts = corpus.load_texts(processed, documents["doc_id"].tolist())
        inds = figures.load_indicators()
        figures.figures_from_segments(segments.head(50), texts, documents, inds)
        bench._clear_text_caches()
        prof = cProfile.Profile(time.process_time)
        prof.runcall(figures.figures_from_segments, segments, texts, documents, inds)
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
