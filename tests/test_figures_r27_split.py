"""(r27split) ``phrase.py`` split along its seams into sibling parts ``phrase_<seam>.py``: the structure holds.

Every name a part defines is re-exported by :mod:`analysis.figures.phrase` (callers import from there, as before the
split), each part imports only the parts below it (no cycle), and each part's docstring says what it holds.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

from analysis.figures import phrase

#: the parts, lowest first (as the map in phrase's docstring lists them)
PARTS = ("phrase_words", "phrase_subject", "phrase_shares", "phrase_np", "phrase_lists", "phrase_names",
         "phrase_clauses", "phrase_nomeasure", "phrase_money", "phrase_parts", "phrase_changes", "phrase_places",
         "phrase_repair", "phrase_cascade")
HERE = Path(phrase.__file__).parent


def _defined(path: Path) -> list[str]:
    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
    return names


def test_every_name_of_a_part_is_exported_by_phrase():
    count = 0
    for part in PARTS:
        mod = importlib.import_module(f"analysis.figures.{part}")
        for name in _defined(HERE / f"{part}.py"):
            assert getattr(phrase, name) is getattr(mod, name), (part, name)
            count += 1
    assert count > 600


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


def test_each_part_imports_only_parts_below_it():
    for i, part in enumerate(PARTS):
        src = (HERE / f"{part}.py").read_text(encoding="utf-8")
        for node in ast.parse(src).body:
            if isinstance(node, ast.ImportFrom) and node.level == 1 and (node.module or "").startswith("phrase"):
                assert node.module in PARTS[:i], (part, node.module)
        assert not re.search(r"(?m)^[ \t]+from \.phrase", src), part  # no import inside a function to hide a cycle


def test_each_part_says_what_it_holds_and_phrase_maps_them():
    for part in PARTS:
        doc = importlib.import_module(f"analysis.figures.{part}").__doc__
        assert doc and "(part of :mod:`.phrase`)" in doc.splitlines()[0], part
        assert f":mod:`.{part}`" in phrase.__doc__, part
