"""(r27split, r27split2) ``phrase.py`` and ``kinds.py`` split along their seams into sibling parts
``phrase_<seam>.py`` and ``kinds_<seam>.py``: the structure holds.

For each split module: every name a part defines is re-exported by the module (callers import from there, as before
the split), each part imports only the parts below it (no cycle; :mod:`.phrase` reads :mod:`.kinds`, never the other
way), each part's docstring says what it holds and the module's docstring maps the parts, and the order the split
script keeps (``scripts/r27split/parts*.json``) is the parts' order.
"""

from __future__ import annotations

import ast
import importlib
import json
import re
from pathlib import Path

import pytest

from analysis.figures import kinds, phrase

HERE = Path(phrase.__file__).parent
ROOT = HERE.parents[2]

#: each split module, its parts lowest first (as the map in its docstring lists them), the least number of names its
#: parts define, and the split script's configuration
SPLITS = {
    "phrase": (("phrase_words", "phrase_subject", "phrase_shares", "phrase_np", "phrase_lists", "phrase_names",
                "phrase_clauses", "phrase_nomeasure", "phrase_money", "phrase_parts", "phrase_changes",
                "phrase_places", "phrase_repair", "phrase_cascade"), 600, "parts.json"),
    "kinds": (("kinds_values", "kinds_items", "kinds_furniture", "kinds_years", "kinds_limits", "kinds_business",
               "kinds_ends", "kinds_scales", "kinds_classify"), 450, "parts_kinds.json"),
}


def _defined(path: Path) -> list[str]:
    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
    return names


@pytest.mark.parametrize("module", sorted(SPLITS))
def test_every_name_of_a_part_is_exported_by_its_module(module):
    parts, least, _ = SPLITS[module]
    whole = importlib.import_module(f"analysis.figures.{module}")
    count = 0
    for part in parts:
        mod = importlib.import_module(f"analysis.figures.{part}")
        for name in _defined(HERE / f"{part}.py"):
            assert getattr(whole, name) is getattr(mod, name), (part, name)
            count += 1
    assert count > least


@pytest.mark.parametrize("module", sorted(SPLITS))
def test_each_part_imports_only_parts_below_it(module):
    parts = SPLITS[module][0]
    for i, part in enumerate(parts):
        src = (HERE / f"{part}.py").read_text(encoding="utf-8")
        for node in ast.parse(src).body:
            if isinstance(node, ast.ImportFrom) and node.level == 1 and (node.module or "").startswith(module):
                assert node.module in parts[:i], (part, node.module)
            if module == "kinds" and isinstance(node, ast.ImportFrom) and node.level == 1:
                assert not (node.module or "").startswith("phrase"), part  # phrase reads kinds, not the other way
        assert not re.search(rf"(?m)^[ \t]+from \.{module}", src), part  # no import inside a function to hide a cycle


@pytest.mark.parametrize("module", sorted(SPLITS))
def test_each_part_says_what_it_holds_and_its_module_maps_them(module):
    parts, _, conf_name = SPLITS[module]
    whole = importlib.import_module(f"analysis.figures.{module}")
    for part in parts:
        doc = importlib.import_module(f"analysis.figures.{part}").__doc__
        assert doc and f"(part of :mod:`.{module}`)" in doc.splitlines()[0], part
        assert f":mod:`.{part}`" in whole.__doc__, part
    conf = json.loads((ROOT / "scripts" / "r27split" / conf_name).read_text(encoding="utf-8"))
    assert tuple(conf["order"]) == parts + (module,)


def test_the_names_callers_import_from_phrase_are_there():
    for name in ("indicator_phrase", "indicator_phrase_of", "subject", "find_topic", "is_poor", "bare_part",
                 "names_no_measure", "np_of_value", "reported_clause_start", "light_noun_before", "reporting_open",
                 "place_only", "fold", "_TRAIL_WORDS", "_TRAIL_VERB", "_JUDGED", "_JUDGED_LAST", "_TIME_WORD",
                 "_ORG_HEADS", "_CHANGE_VERB_ADJUNCT", "_COMPLEMENT_VERB_LEFT", "_REPORTED_PRED", "_MONEY_VERB"):
        assert hasattr(phrase, name), name
    assert phrase.__all__ == ["find_topic", "indicator_phrase", "subject"]
    # the rebinding of _TRAIL_WORDS (a tuple, then the LeftWords of a subject's trailing verbs) is kept
    assert not isinstance(phrase._TRAIL_WORDS, tuple)
    assert "during" in phrase._TRAIL_FUNCTION_WORD_SET


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
