"""Round 22 (r22phrase): r21blind's figures table of the code on PYTHONPATH (scored on its own as
``scripts/add_realworld_set.py --score-only`` does; nothing written into the set).

Usage: PYTHONPATH=src .venv/bin/python scripts/r22phrase/blind.py OUT_CSV
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import add_realworld_set as ars  # noqa: E402

set_dir = ROOT / "tests/realworld/pools/r21/r21blind"
rows, gold = ars.prepare_set(ars.RW, set_dir, "R21BLIND")
result, tables = ars.score_alone(ars.RW, set_dir, rows, gold)
tables["figures"].to_csv(sys.argv[1], index=False, lineterminator="\n")
s = result["scores"]["all"]
print({k: round(s[k], 4) for k in ("precision", "recall", "indicator", "indicator_id")})
