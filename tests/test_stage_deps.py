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
