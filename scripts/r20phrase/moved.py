"""(r18phrase) Every true figure of a judged pool whose phrase moved between two score_all --rows files: pool, doc, start,
surface, old phrase (its judgement), new phrase (its judgement or unjudged), the reader's phrase.
Usage: python moved.py ROWS_BEFORE ROWS_AFTER
(Now a thin caller of scripts/pooltools.py, r21tidy: same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pooltools  # noqa: E402

pooltools.moved_phrases(sys.argv[1:])
