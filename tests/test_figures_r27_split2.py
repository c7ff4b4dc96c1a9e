"""(r27split2) ``kinds.py`` split along its seams into sibling parts ``kinds_<seam>.py``: the structure holds.

Every name a part defines is re-exported by :mod:`analysis.figures.kinds` (callers import from there, as before the
split), each part imports only the parts below it (no cycle; :mod:`.phrase` imports from :mod:`.kinds`, never the
other way), and each part's docstring says what it holds.
"""

from __future__ import annotations

import ast
import importlib
import json
import re
from pathlib import Path

from analysis.figures import kinds

#: the parts, lowest first (as the map in kinds's docstring lists them)
PARTS = ("kinds_values", "kinds_items", "kinds_furniture", "kinds_years", "kinds_limits", "kinds_business", "kinds_ends",
         "kinds_scales", "kinds_classify")
HERE = Path(kinds.__file__).parent
ROOT = HERE.parents[2]


def _defined(path: Path) -> list[str]:
    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
    return names


def test_every_name_of_a_part_is_exported_by_kinds():
    count = 0
    for part in PARTS:
        mod = importlib.import_module(f"analysis.figures.{part}")
        for name in _defined(HERE / f"{part}.py"):
            assert getattr(kinds, name) is getattr(mod, name), (part, name)
            count += 1
    assert count > 450


def test_the_names_callers_import_from_kinds_are_there():
    for name in ("classify", "scan", "mark_between", "measure_acronym_count", "item_title_after", "items_over_left",
                 "plan_noun_right", "HYPHEN_YEARS_RIGHT", "NAMED_PLAN_RIGHT", "NOT_LABEL_WORDS", "PARA_NUMBER", "Hit",
                 "may_end_with", "_run_on_list_number", "_scale_end", "_on_link_line", "_STEPS_PLAN_RIGHT",
                 "_PERIOD_NOUN_RIGHT", "_ONE_TWO_DIGITS", "_ONE_TO_THREE_DIGITS", "_SEASON_TAILS", "_MONTH_TAILS",
                 "_LIMIT_WORDS", "_POST_PRE", "_YEAR_COUNT_LEFT", "_THRESHOLD_LEFT", "_REF_NO_LEFT"):
        assert hasattr(kinds, name), name
    assert kinds.__all__ == ["classify", "scan"]
    assert not hasattr(kinds, "_PLAN_NOUN_RIGHT")
    # _CAPS_HEADING_RIGHT is bound twice in the file: both bindings sit together in one part, in their order
    assert kinds._CAPS_HEADING_RIGHT is importlib.import_module("analysis.figures.kinds_items")._CAPS_HEADING_RIGHT


def test_each_part_imports_only_parts_below_it():
    for i, part in enumerate(PARTS):
        src = (HERE / f"{part}.py").read_text(encoding="utf-8")
        for node in ast.parse(src).body:
            if isinstance(node, ast.ImportFrom) and node.level == 1 and (node.module or "").startswith("kinds"):
                assert node.module in PARTS[:i], (part, node.module)
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                assert not (node.module or "").startswith("phrase"), part  # phrase reads kinds, not the other way
        assert not re.search(r"(?m)^[ \t]+from \.kinds", src), part  # no import inside a function to hide a cycle


def test_each_part_says_what_it_holds_and_kinds_maps_them():
    for part in PARTS:
        doc = importlib.import_module(f"analysis.figures.{part}").__doc__
        assert doc and "(part of :mod:`.kinds`)" in doc.splitlines()[0], part
        assert f":mod:`.{part}`" in kinds.__doc__, part
    conf = json.loads((ROOT / "scripts/r27split/parts_kinds.json").read_text(encoding="utf-8"))
    assert tuple(conf["order"]) == PARTS + ("kinds",)
