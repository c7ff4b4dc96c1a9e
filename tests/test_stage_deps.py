"""The Makefile's per-stage library lists, derived from the imports by scripts/stage_deps.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def stage_lists() -> dict[str, set[str]]:
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "stage_deps.py")], capture_output=True, text=True,
                         check=True).stdout
    lists = {}
    for line in out.splitlines():
        if ":=" in line:
            name, files = line.split(":=")
            lists[name.strip()] = set(files.split())
    return lists


def test_every_stage_lists_what_it_imports_including_parallel():
    lists = stage_lists()
    assert set(lists) == {"LIB_CLEAN", "LIB_FIGURES", "LIB_TOPICS", "LIB_COMPARE", "LIB_REPORTS", "LIB_SEARCH"}
    for name in ("LIB_CLEAN", "LIB_FIGURES"):
        assert "src/analysis/parallel.py" in lists[name], name  # corpus.run and figures.run use it
    assert "src/analysis/figures.py" in lists["LIB_FIGURES"] or any(
        f.startswith("src/analysis/figures/") for f in lists["LIB_FIGURES"])
    assert "src/analysis/compare.py" in lists["LIB_COMPARE"] and "src/analysis/report.py" in lists["LIB_REPORTS"]
    for files in lists.values():
        assert all((ROOT / f).is_file() for f in files)
        assert "src/analysis/__init__.py" in files


def test_benchmark_and_report_code_are_out_of_the_earlier_stages():
    lists = stage_lists()
    for files in lists.values():
        assert "src/analysis/bench.py" not in files
    for name in ("LIB_CLEAN", "LIB_FIGURES", "LIB_TOPICS", "LIB_COMPARE"):
        assert "src/analysis/report.py" not in lists[name], name
        assert "src/analysis/charts.py" not in lists[name], name


def test_relative_and_nested_imports_are_resolved():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import stage_deps
    finally:
        sys.path.pop(0)
    import ast

    tree = ast.parse("from . import io\nfrom .figures import load_indicators\nimport pandas\n\ndef f():\n    from .. import x\n")
    assert stage_deps.imported(tree, "analysis") == {"analysis", "analysis.io", "analysis.figures",
                                                      "analysis.figures.load_indicators"}
    # Inside a sub-package, relative imports start there and `..` reaches the package.
    assert stage_deps.imported(tree, "analysis.sub") == {"analysis.sub", "analysis.sub.io", "analysis.sub.figures",
                                                          "analysis.sub.figures.load_indicators", "analysis",
                                                          "analysis.x"}


def test_imports_in_every_kind_of_block_are_found():
    """The import reader visits statements only (round 41: the Makefile runs it before every build in a new folder);
    an import nested in any block a module can hold must still be found."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import stage_deps
    finally:
        sys.path.pop(0)
    import ast

    source = (
        "try:\n    import analysis.a\nexcept ImportError:\n    import analysis.b\nelse:\n    import analysis.c\n"
        "finally:\n    import analysis.d\n"
        "class K:\n    def m(self):\n        if True:\n            import analysis.e\n"
        "        while False:\n            pass\n        else:\n            import analysis.f\n"
        "async def g():\n    async with x:\n        import analysis.h\n    for i in y:\n        import analysis.i\n"
        "match v:\n    case 1:\n        import analysis.j\n"
        "x = [lambda: 1 for _ in ()]\n"
    )
    found = stage_deps.imported(ast.parse(source), "analysis")
    assert found == {f"analysis.{c}" for c in "abcdefhij"}
    # the same set as a walk over every node of the tree finds
    every = {a.name for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Import) for a in n.names}
    assert found == every


def test_the_package_is_parsed_once_per_run():
    """Each module is read and parsed once however many stages reach it (the lists are the same either way)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import stage_deps
    finally:
        sys.path.pop(0)
    stage_deps.module_imports.cache_clear()
    parsed: list[str] = []
    real = stage_deps.ast.parse

    def counting(source, filename="<unknown>", *args, **kwargs):
        parsed.append(str(filename))
        return real(source, filename, *args, **kwargs)

    stage_deps.ast.parse = counting
    try:
        lists = {var: stage_deps.closure(starts) for var, starts in stage_deps.STAGES.items()}
    finally:
        stage_deps.ast.parse = real
        stage_deps.module_imports.cache_clear()
    modules = [p for p in parsed if p.endswith(".py")]
    assert modules and len(modules) == len(set(modules))
    assert all(lists.values())
