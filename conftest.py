"""Root pytest configuration: tests never write into the project's data/processed or reports.

Notebooks run by nbval (``--nbval-lax``, see pyproject.toml) read their folders from ``CM_*``
environment variables; point them at a fresh temporary folder for the whole test session.

``make test`` runs the suite on several processes (pytest-xdist, ``--dist loadgroup``). Each test is
put in a group that one process runs whole, in collection order (:func:`xdist_group_of`): the
notebooks together (each reads what the one before wrote), the tests sharing an expensive
session fixture together (so it is built once), every other test with the rest of its file (so a
module-scoped fixture is built once).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest


def pytest_configure(config: pytest.Config) -> None:
    if not os.environ.get("CM_PROCESSED_DIR"):
        tmp = Path(tempfile.mkdtemp(prefix="cm-tests-"))
        os.environ["CM_PROCESSED_DIR"] = str(tmp / "processed")
        os.environ["CM_REPORTS_DIR"] = str(tmp / "reports")
        os.environ.setdefault("CM_RAW_DIR", str(Path(__file__).resolve().parent / "data" / "raw"))


#: Session fixtures that build a whole pipeline run: their tests share one process, so each is built once.
SHARED_SESSION_FIXTURES = ("full_build", "realworld_run")


def xdist_group_of(item: pytest.Item) -> str:
    """The group of tests one pytest-xdist process runs whole, in order (see the module docstring)."""
    path = Path(str(getattr(item, "fspath", "")))
    if path.suffix == ".ipynb":
        return "notebooks"
    for name in SHARED_SESSION_FIXTURES:
        if name in getattr(item, "fixturenames", ()):
            return name
    return item.nodeid.split("::", 1)[0]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.xdist_group(xdist_group_of(item)))


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before nbval runs the report notebooks (04, 05), run the compare stage on the session's
    processed folder, as make does between the topics stage and the reports."""
    path = Path(str(getattr(item, "fspath", "")))
    if path.suffix != ".ipynb" or not path.name.startswith(("04_", "05_")):
        return
    processed = Path(os.environ["CM_PROCESSED_DIR"])
    if (processed / "theme_shares.parquet").exists() and not (processed / "council_figures.parquet").exists():
        from analysis import compare

        compare.run(processed_dir=processed)
