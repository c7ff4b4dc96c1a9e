"""Test helpers for the learnt id fallback's training rows: the builder script as a module, and the committed rows."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
ROWS = ROOT / "data" / "learnt_id_rows.csv"


def builder() -> ModuleType:
    """``scripts/learnt_id_rows.py`` loaded as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("learnt_id_rows", ROOT / "scripts" / "learnt_id_rows.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def committed() -> list[dict[str, str]]:
    """The committed rows of ``data/learnt_id_rows.csv``, as the script wrote them."""
    with open(ROWS, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))
