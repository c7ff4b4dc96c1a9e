"""Every disagreement between a run and the gold of the fourteen open blind sets of round 26, one row each.

r25ceiling's lister (``scripts/r25ceiling/errors.py``: what each row holds, how a false and a missed row are paired)
over round 25's twelve sets and round 25's two blind sets, now open (r26recall); a set not run is skipped.

Usage: ``PYTHONPATH=src .venv/bin/python scripts/r26recall/errors.py /tmp/r26_openblind_base OUT.csv``
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "r25ceiling"))

import errors as ceiling_errors  # noqa: E402  (r25ceiling's lister, imported from its folder)

SETS = [*ceiling_errors.SETS, "r25blindK", "r25blindL"]

if __name__ == "__main__":
    raise SystemExit(ceiling_errors.main(sys.argv[1:], SETS))
