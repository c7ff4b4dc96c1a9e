"""(r47dead) The figures package's module map says what the stage runs: every module of ``analysis.figures`` is named
in the package docstring's map, and the ones it lists as experiments are exactly those the stage never imports."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import analysis.figures as figures

FIGURES_DIR = Path(figures.__file__).parent
EXPERIMENTS_HEADING = "**experiments**"


def _modules() -> set[str]:
    return {p.stem for p in FIGURES_DIR.glob("*.py") if p.stem != "__init__"}


def _map_rows() -> tuple[set[str], set[str]]:
    """The modules the docstring's map names in its first column: (before the experiments' heading, after it)."""
    doc = figures.__doc__ or ""
    stage_part, _, experiments_part = doc.partition(EXPERIMENTS_HEADING)
    named = re.compile(r"^``(\w+)``", re.M)
    return set(named.findall(stage_part)), set(named.findall(experiments_part))


def test_every_figures_module_is_on_the_map() -> None:
    stage, experiments = _map_rows()
    kinds_and_phrase_parts = {m for m in _modules() if re.fullmatch(r"(kinds|phrase)_\w+", m)}
    doc = figures.__doc__ or ""
    missing = {m for m in _modules() - stage - experiments
               if m not in kinds_and_phrase_parts or not {f"``{m.split('_', 1)[1]}``", f"``{m}``"} & set(
                   re.findall(r"``\w+``", doc))}
    assert not missing, f"modules of analysis.figures missing from its docstring's map: {sorted(missing)}"


def test_the_map_s_experiments_are_what_the_stage_never_imports() -> None:
    """Importing the stage (its imports are at module level) loads every module but the experiments."""
    code = ("import sys, analysis.figures.stage; "
            "print(' '.join(sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('analysis.figures.'))))")
    src = str(FIGURES_DIR.parent.parent)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": src, "PATH": "/usr/bin:/bin"}).stdout.split()
    _, experiments = _map_rows()
    assert experiments == _modules() - set(out) == {"learnt", "phrase_chooser", "phrase_reader"}
