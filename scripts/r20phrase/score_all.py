"""(r20phrase, from r19phrase: pools r8-r19, r19freshA included; extra judgements from r16phrase, r16part, r18phrase, r19phrase, r19phrase2 and r20phrase) Score phrase over every judged pool from figures CSVs written by run_all.py.
Usage: python score_all.py FIGDIR [--rows out.csv] [--extra extra_judged.csv]
(Now a thin caller of scripts/pooltools.py, r21tidy: same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pooltools  # noqa: E402

EXTRA = [str(pooltools.ROOT / "tests/realworld/notes/" / f"{n}_judged.csv") for n in ("r16_r16phrase", "r16_r16part", "r18_r18phrase", "r19_r19phrase", "r19_r19phrase2", "r20_r20phrase",)]
pooltools.score_phrases(sys.argv[1:], rounds=("r9", "r10", "r11", "r12", "r13", "r14", "r16", "r18", "r19"), extra=EXTRA)
