"""Write the Makefile's per-stage library lists, derived from the imports (``make`` includes it).

Usage: ``python3 scripts/stage_deps.py > build/stage-deps.mk`` (the Makefile does this whenever a
module, a notebook or this script changes). For each stage it starts from what the stage runs (its
notebooks, or a module run with ``python -m``), follows every ``import`` of a module of the
``analysis`` package (also imports inside functions, and sub-packages), and lists the files reached,
sorted. A module no stage imports (the benchmark, evaluation code) is in no list, so editing it
reruns nothing. Standard library only: it runs before the virtual environment exists.
"""

from __future__ import annotations

import ast
import json
import sys
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "analysis"
SRC = ROOT / "src"

#: Make variable -> what the stage runs: notebooks and modules (``analysis.x``).
STAGES = {
    "LIB_CLEAN": ["notebooks/01_clean.ipynb"],
    "LIB_FIGURES": ["notebooks/02_figures.ipynb"],
    "LIB_TOPICS": ["notebooks/03_topics.ipynb"],
    "LIB_COMPARE": ["analysis.compare"],
    "LIB_REPORTS": ["analysis.report", "notebooks/04_council_report.ipynb", "notebooks/05_compare_councils.ipynb"],
    "LIB_SEARCH": ["analysis.search", "notebooks/06_search.ipynb"],
}


def module_file(name: str) -> Path | None:
    """The file of module ``analysis.x.y`` (a module or a package's ``__init__.py``), if it exists."""
    base = SRC.joinpath(*name.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _package_of(name: str, path: Path) -> str:
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


#: Nodes holding statements: statements, ``except`` handlers and ``match`` cases (``ast.match_case`` is Python 3.10+;
#: this script runs on the system ``python3`` before the virtual environment exists, so it may be older).
_BLOCKS: tuple[type, ...] = (ast.stmt, ast.excepthandler, *([ast.match_case] if hasattr(ast, "match_case") else []))


def _statements(tree: ast.AST) -> Iterator[ast.AST]:
    """Every statement in ``tree``, at any depth (function and class bodies, branches, ``try`` handlers, ``match``
    cases), without walking into expressions: an ``import`` is a statement, so no import is missed, and a module's
    expressions, most of its nodes, are never visited."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        for value in ast.iter_fields(node):
            field = value[1]
            if isinstance(field, list):
                todo.extend(x for x in field if isinstance(x, _BLOCKS))


def imported(tree: ast.AST, package: str | None) -> set[str]:
    """Names of ``analysis`` modules imported anywhere in ``tree`` (``package``: where relative
    imports start from; ``None`` outside the package)."""
    out: set[str] = set()
    for node in _statements(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == PACKAGE)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                if package is None:
                    continue
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                mod = f"{base}.{node.module}" if node.module else base
            else:
                mod = node.module or ""
            if mod.split(".")[0] != PACKAGE:
                continue
            out.add(mod)
            out.update(f"{mod}.{a.name}" for a in node.names)  # `from . import x` imports module x
    return out


@lru_cache(maxsize=None)
def module_imports(name: str) -> tuple[Path, frozenset[str]] | None:
    """The file of module ``name`` and the ``analysis`` modules it imports, parsed once per run (every stage that
    reaches a module reads the same answer), or ``None`` when ``name`` is no module of the package."""
    path = module_file(name)
    if path is None:
        return None
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return path, frozenset(imported(tree, _package_of(name, path)))


def closure(starts: list[str]) -> list[Path]:
    """Every package file the stage's notebooks and modules reach, with each package's ``__init__``."""
    todo: list[str] = []
    for start in starts:
        if start.endswith(".ipynb"):
            nb = json.loads((ROOT / start).read_text(encoding="utf-8"))
            code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
            code = "\n".join(line for line in code.splitlines() if not line.lstrip().startswith(("%", "!")))
            todo.extend(imported(ast.parse(code), None))
        else:
            todo.append(start)
    seen: dict[str, Path] = {}
    while todo:
        name = todo.pop()
        parts = name.split(".")
        for i in range(1, len(parts) + 1):  # importing a.b.c runs a/__init__, a/b/__init__
            prefix = ".".join(parts[:i])
            found = module_imports(prefix) if prefix not in seen else None
            if found is None:
                continue
            seen[prefix], imports = found
            todo.extend(sorted(imports))
    return sorted(set(seen.values()))


def main() -> int:
    lines = ["# Generated by scripts/stage_deps.py from the imports: do not edit."]
    for var, starts in STAGES.items():
        files = " ".join(p.relative_to(ROOT).as_posix() for p in closure(starts))
        lines.append(f"{var} := {files}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
