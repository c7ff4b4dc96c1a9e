"""Every false figure (predicted, judged not a figure) and every missed true figure over the judged pools r8-r18,
from allpools.py CSVs in DIR (files named <round>_<pool>.csv). usage: errors.py DIR [--tsv OUT]
Joins as scripts/r17prec/falses.py (score_pool.load_judgements, r8idB by start, r8prec by judged tokens).
(Now a thin caller of scripts/pooltools.py, r21tidy: same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pooltools  # noqa: E402

from pooltools import context, council_map, figs_of, page_text, pool_errors as errors  # noqa: E402,F401  (scan.py, scoreall.py)


def pools() -> list[Path]:
    """The judged pools this round read (never r19, the measure pool being gathered)."""
    return pooltools.judged_pools(skip_rounds=("r19",))


def ctx(pool: Path, doc: str, s: int, e: int, w: int = 100) -> str:
    return context(page_text(pool, doc), s, e, w)


if __name__ == "__main__":
    pooltools.errors_main(sys.argv[1:], pools())
