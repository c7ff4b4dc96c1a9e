"""score_pool.score on allpools.py CSVs in DIR for every pool with a judged.csv in score_pool's layout. usage: scoreall.py DIR
(Now a thin caller of scripts/pooltools.py, r21tidy: same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pooltools  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from errors import pools  # noqa: E402

pooltools.score_all(sys.argv[1:], pools())
