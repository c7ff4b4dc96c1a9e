"""Round 24: ``make test`` runs on several processes (pytest-xdist); the groups that must stay whole stay whole."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _root_conftest():
    spec = importlib.util.spec_from_file_location("root_conftest", ROOT / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_notebook_cell_is_in_one_group_and_other_tests_go_with_their_file() -> None:
    scope = _root_conftest().xdist_scope_of
    notebooks = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    assert len(notebooks) >= 5
    assert {scope(f"notebooks/{n}::Cell {i}") for n in notebooks for i in (0, 7)} == {"notebooks"}
    assert scope("tests/test_corpus.py::test_a[x::y]") == scope("tests/test_corpus.py::test_b") == "tests/test_corpus.py"
    assert scope("tests/test_corpus.py::test_a") != scope("tests/test_clean.py::test_a")


def test_the_scheduler_is_the_one_pytest_xdist_uses() -> None:
    """The hook exists (pytest-xdist is in the lock file) and returns a scheduler splitting by our groups."""
    module = _root_conftest()
    assert hasattr(module, "pytest_xdist_make_scheduler")
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    assert re.search(r"^pytest-xdist==\S+", lock, flags=re.M)
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^\t\$\(PY\) -m pytest .*-n \$\(TEST_WORKERS\)", recipe, flags=re.M)


def test_a_run_without_the_xdist_plugin_still_starts() -> None:
    """(r24review) ``-p no:xdist`` (xdist installed, not loaded): the root conftest's scheduler hook is optional, so
    pytest does not stop on an unknown hook."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:xdist", "-p", "no:cacheprovider", "-q",
                          "--collect-only", str(ROOT / "tests" / "test_r24_parallel.py")],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
