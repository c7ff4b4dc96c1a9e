"""Root pytest configuration: tests never write into the project's data/processed or reports.

Notebooks run by nbval (``--nbval-lax``, see pyproject.toml) read their folders from ``CM_*``
environment variables; point them at a fresh temporary folder for the whole test session.

``make test`` runs the suite on several processes (pytest-xdist, ``-n``): each process runs whole
groups of tests in collection order (:func:`xdist_scope_of`): every notebook in one group, every
other test with the rest of its file.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from analysis.paths import OFF_VALUES as _OFF  # (r41keys: the values that switch the model cache off, one list)
from analysis.runstage import skip_unused_iri_checker

# (r47ci) nbval is loaded here, not by pytest's plugin autoload (pyproject.toml's addopts has -p no:nbval), so that
# jsonschema's unused "iri" checker is first kept out of the process (analysis.runstage.skip_unused_iri_checker: its
# import builds some thirty parsers, 2-4 s of CPU in every pytest process: the xdist controller and each worker).
# nbval imports nbformat, which imports jsonschema; nbformat validates with fastjsonschema and no format checker.
skip_unused_iri_checker()
pytest_plugins = ("nbval.plugin",)
#: the session's cache folder of fitted theme models, when this process made it
_MODEL_CACHE: str | None = None


def pytest_unconfigure(config: pytest.Config) -> None:
    if _MODEL_CACHE is not None:
        shutil.rmtree(_MODEL_CACHE, ignore_errors=True)


def pytest_configure(config: pytest.Config) -> None:
    global _MODEL_CACHE
    cache = os.environ.get("CM_MODEL_CACHE")
    if os.environ.get("PYTEST_XDIST_WORKER") is None and (cache is None or cache.strip().lower() not in _OFF):
        # (r40cache) one cache of fitted theme models for the whole session: set here before pytest-xdist starts its
        # workers, it reaches every worker, notebook kernel and `make` a test runs (tests.conftest.run_make keeps it),
        # so the model is fitted once per session, not once per process; removed when the session ends. A session
        # run with CM_MODEL_CACHE=off fits in every process; a test that needs no cache sets it to off itself.
        _MODEL_CACHE = tempfile.mkdtemp(prefix="cm-model-cache-")
        os.environ["CM_MODEL_CACHE"] = _MODEL_CACHE
    if not os.environ.get("CM_PROCESSED_DIR"):
        tmp = Path(tempfile.mkdtemp(prefix="cm-tests-"))
        os.environ["CM_PROCESSED_DIR"] = str(tmp / "processed")
        os.environ["CM_REPORTS_DIR"] = str(tmp / "reports")
        os.environ.setdefault("CM_RAW_DIR", str(Path(__file__).resolve().parent / "data" / "raw"))


#: (r42ci) Test files whose tests share a session fixture that each process builds for itself (not through
#: ``tests/conftest.shared_across_workers``): one group, so one process builds it once a run. ``realworld_run`` (clean,
#: figures and topics on tests/realworld, about 25 s of CPU) was built by both processes whenever the files were split.
SHARED_FIXTURE_GROUPS = {
    "tests/test_realworld.py": "realworld_run",
    "tests/test_realworld_figures.py": "realworld_run",
    "tests/test_themes.py": "realworld_run",
}


def xdist_scope_of(nodeid: str) -> str:
    """The group of tests one pytest-xdist process runs whole, in collection order.

    Every notebook cell is in one group (each notebook reads what the one before wrote, and nbval runs
    a notebook's cells in one kernel); the files of :data:`SHARED_FIXTURE_GROUPS` are one group each;
    any other test goes with the rest of its file, so a module's fixtures are built once.

    >>> xdist_scope_of("notebooks/02_figures.ipynb::Cell 3")
    'notebooks'
    >>> xdist_scope_of("tests/test_corpus.py::test_manifest[empty]")
    'tests/test_corpus.py'
    >>> xdist_scope_of("tests/test_themes.py::test_x") == xdist_scope_of("tests/test_realworld.py::test_y[dev]")
    True
    """
    path = nodeid.split("::", 1)[0]
    if path.endswith(".ipynb"):
        return "notebooks"
    return SHARED_FIXTURE_GROUPS.get(path, path)


#: (r42ci) Groups handed out first, in this order: the costliest in CPU (``make`` in temporary folders, notebooks,
#: model fits), most of them with few tests. pytest-xdist hands out the groups with the most tests first, which left
#: these (test_determinism's 2 tests are a second ``make all``) to the end of the run, where one process worked through
#: them while the other had nothing left. Costliest first, the many small groups even the two processes out at the
#: end. The two first groups go to the two processes at once: the first needs no ``conftest.full_build``, so the
#: second builds it without the first waiting on its lock. A group not listed (or no longer there) is harmless.
HEAVY_FIRST = (
    "tests/test_robustness.py",
    "tests/test_determinism.py",
    "notebooks",
    "tests/test_fetch.py",
    "tests/test_bench.py",
    "tests/test_search.py",
    "realworld_run",
    "tests/test_topics.py",
    "tests/test_r30_user.py",
    "tests/test_pipeline.py",
    "tests/test_user_r14.py",
    "tests/test_browser.py",
    "tests/test_r30_rerun.py",
    "tests/test_report.py",
)


def scheduling_order(sizes: dict[str, int]) -> list[str]:
    """The groups of :func:`xdist_scope_of` (``sizes``: group -> number of tests, in collection order) in the order
    they are handed out: those of :data:`HEAVY_FIRST` in its order, then the others with the most tests first
    (pytest-xdist's own order), ties in collection order.

    >>> scheduling_order({"tests/test_a.py": 3, "tests/test_b.py": 5, "tests/test_determinism.py": 2, "notebooks": 9,
    ...                   "tests/test_c.py": 5})
    ['tests/test_determinism.py', 'notebooks', 'tests/test_b.py', 'tests/test_c.py', 'tests/test_a.py']
    """
    rank = {scope: i for i, scope in enumerate(HEAVY_FIRST)}
    first = sorted((s for s in sizes if s in rank), key=rank.__getitem__)
    rest = sorted((s for s in sizes if s not in rank), key=lambda s: -sizes[s])  # a stable sort: ties keep their order
    return first + rest


if importlib.util.find_spec("xdist") is not None:

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
        """Schedule by :func:`xdist_scope_of` (pytest-xdist's own ``loadgroup`` marks do not reach the
        node ids under pytest 9, so the groups are made here from the ids), in :func:`scheduling_order`. (r24review)
        An optional hook: a run with pytest-xdist installed but not loaded (``-p no:xdist``) has no such hook to
        check it against."""
        from collections import OrderedDict

        from xdist.scheduler import LoadScopeScheduling

        class _ByScope(LoadScopeScheduling):
            def _split_scope(self, nodeid: str) -> str:
                return xdist_scope_of(nodeid)

            def _assign_work_unit(self, node: object) -> None:
                if not getattr(self, "_in_order", False):  # the first group handed out: put the queue in order once
                    order = scheduling_order({scope: len(unit) for scope, unit in self.workqueue.items()})
                    self.workqueue = OrderedDict((scope, self.workqueue[scope]) for scope in order)
                    self._in_order = True
                super()._assign_work_unit(node)

        return _ByScope(config, log)


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
