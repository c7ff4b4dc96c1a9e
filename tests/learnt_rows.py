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


#: (round 41) five tiny figures in the learnt rows' layout: (phrase, sentence, words before, words after, reader id)
TINY_FIGURES = [
    ("children in care", "There were 412 children in care.", "There were ", " children in care.", "children_in_care"),
    ("looked after children", "The council looks after 380 looked after children.", "The council looks after ",
     " looked after children.", "children_in_care"),
    ("children on child protection plans", "There were 210 children on child protection plans.", "There were ",
     " children on child protection plans.", "cp_plans"),
    ("children in need", "Some 1,200 children in need were open.", "Some ", " children in need were open.",
     "children_in_need"),
    ("care leavers", "The service supported 150 care leavers.", "The service supported ", " care leavers.", ""),
]


def write_rows(path: Path, figures: list[tuple[str, str, str, str, str]], columns: list[str] | tuple[str, ...],
               times: int = 3, label_of_first: str | None = None) -> Path:
    """A learnt id rows file at ``path`` of ``figures`` repeated ``times`` (count figures, dev source) in the rows'
    ``columns`` (``learnt_id.ROW_COLUMNS``); ``label_of_first`` replaces the first row's reader id."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(columns) + ["source"])
        w.writeheader()
        for k, (phrase, sentence, left, right, rid) in enumerate(figures * times):
            w.writerow({"indicator": phrase, "sentence": sentence, "left": left, "right": right, "unit": "count",
                        "per": "", "is_change": "False",
                        "reader_id": label_of_first if k == 0 and label_of_first is not None else rid,
                        "source": "dev"})
    return path
