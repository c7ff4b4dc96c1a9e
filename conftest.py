"""Root pytest configuration: tests never write into the project's data/processed or reports.

Notebooks run by nbval (``--nbval-lax``, see pyproject.toml) read their folders from ``CM_*``
environment variables; point them at a fresh temporary folder for the whole test session.
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
