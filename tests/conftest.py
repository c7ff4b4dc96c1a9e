"""Shared fixtures: temporary corpora built from the seeds, HTML and PDF fixtures."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from typing import Any
from pathlib import Path

import pytest

from shared_folders import _SHARED, _state_difference, folder_state, shared_folder  # noqa: F401  (r45robust)

ROOT = Path(__file__).resolve().parents[1]
SEED_RAW = ROOT / "data" / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MANIFEST_HEADER = "file,council,committee,meeting_date,title,source_url\n"


def make_pdf(path: Path, paragraphs: list[str] | None) -> Path:
    """Write a PDF with a text layer (``paragraphs``) or, with ``None``, only a drawing (no text)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if paragraphs is None:
        pdf.rect(20, 20, 100, 60, style="F")
    else:
        pdf.set_font("helvetica", size=11)
        for para in paragraphs:
            pdf.multi_cell(0, 6, para)
            pdf.ln(4)
    pdf.output(str(path))
    return path


def write_manifest(folder: Path, rows: list[str]) -> Path:
    path = folder / "manifest.csv"
    path.write_text(MANIFEST_HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A temporary copy of the seed corpus (raw folder)."""
    raw = tmp_path / "raw"
    shutil.copytree(SEED_RAW, raw)
    return raw


@pytest.fixture
def mixed_corpus(tmp_path: Path) -> Path:
    """A small corpus with one txt, one ModernGov HTML page and one PDF with a text layer."""
    raw = tmp_path / "mixed"
    raw.mkdir()
    shutil.copy(SEED_RAW / "003_1b56bb6e0b5ee152.txt", raw / "halton_q2.txt")
    shutil.copy(FIXTURES / "moderngov_item.html", raw / "exampleshire_q1.html")
    make_pdf(
        raw / "sampleton_2024-03.pdf",
        [
            "Minutes:",
            "The Panel received the quarterly performance report. The number of children in need had risen "
            "to 1,250 and 14 social worker posts were vacant.",
            "RESOLVED that the report be noted.",
        ],
    )
    write_manifest(
        raw,
        [
            "halton_q2.txt,Halton Borough Council,Children Young People and Families PPB,2025-11-10,Q2 report,",
            "exampleshire_q1.html,Exampleshire County Council,Children's Scrutiny,2024-07-01,Q1 report,https://example.invalid/1",
            "sampleton_2024-03.pdf,Sampleton District Council,People Panel,2024-03-12,Performance,",
        ],
    )
    return raw


# ----------------------------------------------------------------------------- one full build

PLANTED = "<script>document.title='pwned'</script>"
ADDED_COUNCIL = "Testshire <b>County</b> Council"
ADDED_SLUG = "testshire-b-county-b-council"
ADDED_TITLE = "Q1 <img src=x onerror=document.title='pwned'> performance"
ADDED_MINUTES = f"""Children's Services Performance Report - Quarter 1 2024/25

Minutes:

The Committee considered the quarterly performance report.

EHCP timeliness was 41% in Quarter 1, which is not on track against a target of 60%.

A member pasted {PLANTED} into the chat; officers confirmed 17 social worker vacancies remained.

The number of children in care had risen to 812.

RESOLVED that the report be noted.
"""


def _build_full(tmp: Path) -> None:
    """Write the full-build corpus under ``tmp/raw`` and run ``make all -j2`` on it (see :func:`full_build`)."""
    raw = tmp / "raw"
    shutil.copytree(SEED_RAW, raw)
    shutil.copy(FIXTURES / "moderngov_item.html", raw / "exampleshire_q1.html")
    make_pdf(raw / "sampleton_2024-03.pdf", [
        "Minutes:",
        "The Panel received the quarterly performance report. The number of children in need had risen "
        "to 1,250 and 14 social worker posts were vacant; 68% of assessments were completed in 45 days.",
        "RESOLVED that the report be noted.",
    ])
    (raw / "900_testshire_q1.txt").write_text(ADDED_MINUTES, encoding="utf-8")
    with open(raw / "manifest.csv", "a", encoding="utf-8", newline="") as fh:
        fh.write("exampleshire_q1.html,Halton Borough Council,Children's Scrutiny,2024-07-01,Q1 report,"
                 "https://example.invalid/1\n")
        fh.write("sampleton_2024-03.pdf,West Sussex County Council,People Panel,2024-03-12,Performance,\n")
        fh.write(f"900_testshire_q1.txt,{ADDED_COUNCIL},Children's Scrutiny,2024-07-15,{ADDED_TITLE},"
                 "javascript:alert(1)\n")
    run_make(tmp, raw, "all", "-j2")
    return None


def shared_across_workers(tmp_path_factory: pytest.TempPathFactory, name: str,
                          build: Callable[[Path], Any]) -> tuple[Path, Any]:
    """A folder that ``build(folder)`` fills once per test run, shared by every xdist worker.

    Returns the folder and what ``build`` returned (a JSON value). xdist's ``load`` scheduling hands out
    tests round robin, so the tests of one module land on both workers and a module- or session-scoped
    fixture would run once per worker; here the first worker to ask builds under the run's common temp
    folder while holding a file lock (the pattern pytest-xdist's documentation gives for session
    fixtures), and the others wait on the lock and reuse the result. Without xdist it is an ordinary
    temp folder. A failed build records nothing, so the next worker tries (and fails) again. Callers
    must not change the folder: copy it (:func:`copy_tree`) first.
    """
    import fcntl
    import json

    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        folder = tmp_path_factory.mktemp(name)
        return folder, build(folder)
    root = tmp_path_factory.getbasetemp().parent  # common to the workers of this run
    folder, record = root / f"shared-{name}", root / f"shared-{name}.json"
    with open(root / f"shared-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not record.exists():
                if folder.exists():
                    shutil.rmtree(folder)
                folder.mkdir()
                value = build(folder)
                record.write_text(json.dumps({"value": value}), encoding="utf-8")
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return folder, json.loads(record.read_text(encoding="utf-8"))["value"]


def worker_folder(tmp_path_factory: pytest.TempPathFactory, name: str, built: Path) -> Path:
    """(r46tidy) The folder the session fixture ``name`` hands its tests, made once for all xdist workers in ``built``
    (:func:`shared_across_workers`): under xdist this worker's own copy of it (:func:`copy_tree`, with the files'
    times), so a test on one worker that changes it (and puts it back, or not) never changes what another worker's
    tests find, and the guard (:func:`_shared_folders_unchanged`) blames the test of this worker that did it; without
    xdist ``built`` itself. Registered with :func:`shared_folder` under ``name``. Costs one copy per worker and folder
    (the build is not repeated)."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        return shared_folder(name, built)
    return shared_folder(name, copy_tree(built, tmp_path_factory.mktemp(name)))


def proc_record(proc: subprocess.CompletedProcess[str]) -> list[Any]:
    """A finished process as a JSON value (:func:`proc_from_record` reads it back)."""
    return [proc.args, proc.returncode, proc.stdout, proc.stderr]


def proc_from_record(record: list[Any]) -> subprocess.CompletedProcess[str]:
    """The :class:`subprocess.CompletedProcess` that :func:`proc_record` wrote."""
    return subprocess.CompletedProcess(*record)


def copy_tree(source: Path, target: Path) -> Path:
    """Copy a built folder with every file's times (``make`` sees the copy up to date, as the original)."""
    shutil.copytree(source, target, symlinks=True, copy_function=shutil.copy2, dirs_exist_ok=True)
    return target


# ------------------------------------------------------------------ the shared folders stay as they were built

@pytest.fixture(autouse=True)
def _shared_folders_unchanged(request: pytest.FixtureRequest) -> Any:
    """(r45robust) Fail a test that leaves a shared folder other than it found it, naming the files; and fail the next
    test using it when something between two tests (a module fixture's setup, say) changed it. Copy the folder first
    (:func:`copy_tree`) to change it. The folders: ``full_build``, ``seeds_figures_build``, ``test_robustness``'s
    ``error_runs`` and ``awkward_run`` (a fixture whose name no other fixture has registers its folder with
    :func:`shared_folder`; r46tidy: under xdist each worker's own copy, :func:`worker_folder`, so the test blamed is
    one of this worker's). Costs one walk of each folder before and after each test using it; other tests, nothing."""
    # (the fixtures of a wider scope are set up before this one, so those this test uses have registered by now)
    names = [name for name in request.fixturenames if name in _SHARED]
    if not names:
        yield
        return
    found: dict[str, dict[str, tuple[int, int]]] = {}
    problems = []
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    # (r46tidy) under xdist each worker has its own copy (worker_folder): only this worker's tests and fixtures touch it
    where = f" on xdist worker {worker}, whose own copy it is" if worker else ""
    for name in names:
        folder, known, who = _SHARED[name]
        found[name] = now = folder_state(folder)
        if now != known:
            problems.append(f"the shared folder of {name} ({folder}) changed after {who} and before this test{where} "
                            f"(by a fixture's setup or teardown?): {_state_difference(known, now)}")
            _SHARED[name] = (folder, now, who)
    if problems:
        pytest.fail("; ".join(problems) + ". Copy it first (conftest.copy_tree) to change it.", pytrace=False)
    yield
    for name in names:
        folder, _, _ = _SHARED[name]
        after = folder_state(folder)
        _SHARED[name] = (folder, after, f"the test {request.node.nodeid}")
        if after != found[name]:
            problems.append(f"the test changed the shared folder of {name} ({folder}){where} and did not put it back: "
                            f"{_state_difference(found[name], after)}")
    if problems:
        pytest.fail("; ".join(problems) + ". The tests that follow on this process find it so: copy it first "
                    "(conftest.copy_tree) to change it.", pytrace=False)


@pytest.fixture(scope="session")
def full_build(tmp_path_factory: pytest.TempPathFactory, full_build_origin: Path) -> Path:
    """``make all -j2`` once for the test run, on the seeds plus every reader and an added council.

    The raw folder (``<tmp>/raw``) holds the five seeds, a ModernGov HTML page (as a Halton
    meeting), a PDF with a text layer (as a West Sussex meeting) and a council added the way a
    researcher adds one: a minutes file with a planted ``<script>`` and a manifest row with markup in
    the council name, an ``onerror=`` image in the title and a ``javascript:`` link. Outputs go to ``<tmp>/processed``, ``reports``,
    ``build``. Tests copy it (:func:`copy_tree`) to change it (r45robust: :func:`_shared_folders_unchanged` fails a test
    that leaves it changed).

    Under xdist the build runs once for all workers (:func:`shared_across_workers`) and each worker gets
    its own copy, with the files' times, so one worker's changes never reach another's.
    """
    return worker_folder(tmp_path_factory, "full_build", full_build_origin)


@pytest.fixture(scope="session")
def full_build_origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """(r47ci) The folder the session's ``make all`` (:func:`full_build`) ran in: its reports' run cards name this folder
    (its ``raw``, ``processed`` and ``reports``), not the copy a test reads. Under xdist it is shared by every worker:
    read only its name; read the files through :func:`full_build`."""
    built, _ = shared_across_workers(tmp_path_factory, "full", _build_full)
    return built


def _build_seed_figures(tmp: Path) -> None:
    """Copy the seeds to ``tmp/raw`` and run ``make figures`` (stages 1 and 2) on them (see :func:`seeds_built`)."""
    shutil.copytree(SEED_RAW, tmp / "raw")
    run_make(tmp, tmp / "raw", "figures")
    return None


@pytest.fixture(scope="session")
def seeds_figures_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """(r42ci) ``make figures`` on a copy of the seeds, once for the test run (all xdist workers; r46tidy: each worker
    reads its own copy, :func:`worker_folder`); never change it."""
    built, _ = shared_across_workers(tmp_path_factory, "seeds-figures", _build_seed_figures)
    return worker_folder(tmp_path_factory, "seeds_figures_build", built)


@pytest.fixture
def seeds_built(seeds_figures_build: Path, tmp_path: Path) -> Path:
    """``tmp_path`` as a ``make figures`` on the seeds leaves it: ``raw`` (a copy of the seeds), ``processed``, ``build``.

    (r42ci) Tests that start from the seeds built to stage 1 or 2 and then change, break or rerun them shared the same
    first ``make`` (4 ``make clean-stage`` and a ``make figures`` a run): the session builds it once and each test gets
    a copy with every file's time (:func:`copy_tree`), so ``make`` sees it up to date, as after its own run. Returns
    the raw folder (``tmp_path / "raw"``), as :func:`seed_copy` does.
    """
    copy_tree(seeds_figures_build, tmp_path)
    return tmp_path / "raw"


# ----------------------------------------------------------------------------- running make

def run_make(tmp: Path, raw: Path, *targets: str, check: bool = True, env: dict[str, str] | None = None,
             timeout: int = 1200) -> subprocess.CompletedProcess[str]:
    """Run make in the project with every output folder under ``tmp`` (``tmp/processed``, ...).

    ``$CM_TEST_PROJECT`` runs another checkout's Makefile instead of this one's. ``CM_*`` variables of
    the test session are removed so the Makefile's folders win, but for ``$CM_MODEL_CACHE`` (the session's one
    cache of fitted theme models, set in the root conftest); ``env`` adds
    variables (for example ``PYTHONPATH`` for :func:`failure_hook`).
    """
    project = os.environ.get("CM_TEST_PROJECT", str(ROOT))  # another checkout, to try a change first
    args = [
        "make", "-C", project, *targets,
        f"RAW_DIR={raw}", f"PROCESSED_DIR={tmp / 'processed'}", f"REPORTS_DIR={tmp / 'reports'}",
        f"BUILD_DIR={tmp / 'build'}",
    ]
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CM_") or k == "CM_MODEL_CACHE"}
    full_env.update(env or {})
    proc = subprocess.run(args, capture_output=True, text=True, env=full_env, timeout=timeout,
                          stdin=subprocess.DEVNULL)
    if check and proc.returncode != 0:
        raise AssertionError(
            f"make {' '.join(targets)} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-5000:]}"
        )
    return proc


def stage_deps_file(target: Path) -> Path:
    """(r47ci) Write ``target`` as ``make`` writes ``$(BUILD_DIR)/stage-deps.mk`` (the per-stage library lists,
    ``scripts/stage_deps.py`` of the project :func:`run_make` runs) and return it.

    The lists depend only on the project's modules and notebooks, so they are the same for every build folder: a
    fixture that runs many ``make`` calls on fresh folders, none of them about the lists, copies this one file (with
    its time, newer than every module) into each ``build`` folder instead of having each ``make`` derive them again
    (about 1 s of CPU each). ``make`` sees it up to date and includes it, as after its own first run.
    """
    import sys

    project = Path(os.environ.get("CM_TEST_PROJECT", str(ROOT)))
    out = subprocess.run([sys.executable, str(project / "scripts" / "stage_deps.py")], capture_output=True, text=True,
                         check=True, stdin=subprocess.DEVNULL).stdout
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(out, encoding="utf-8")
    return target


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """``{relative path: (mtime_ns, size)}`` of every file below ``folder``."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_mtime_ns, p.stat().st_size)
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def file_bytes(folder: Path) -> dict[str, bytes]:
    """``{relative path: content}`` of every file below ``folder`` (hidden files included)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


_HOOK = """\
# Injected by the tests: make one function of the pipeline fail on purpose.
import importlib, os
_spec = os.environ.get("CM_TEST_FAIL", "")
if _spec:
    _module, _name, _match = (_spec.split(":") + [""])[:3]
    _mod = importlib.import_module(_module)
    _orig = getattr(_mod, _name)

    def _failing(*args, **kwargs):
        if not _match or any(_match in str(a) for a in list(args) + list(kwargs.values())):
            raise RuntimeError(f"injected failure in {_module}.{_name} (test)")
        return _orig(*args, **kwargs)

    setattr(_mod, _name, _failing)
"""


def failure_hook(folder: Path, target: str) -> dict[str, str]:
    """Environment that makes ``module:function[:substring]`` raise in every Python process of a run.

    Writes a ``sitecustomize.py`` into ``folder``; pass the returned mapping as ``env`` to
    :func:`run_make`. With a substring, only calls with an argument containing it fail (for example
    ``analysis.io:_write_parquet:segments`` fails while writing the segments table).
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(_HOOK, encoding="utf-8")
    # An existing PYTHONPATH (a worktree's src ahead of a shared environment's install) is kept behind the hook.
    path = os.pathsep.join(p for p in (str(folder), os.environ.get("PYTHONPATH", "")) if p)
    return {"PYTHONPATH": path, "CM_TEST_FAIL": target}


# ------------------------------------------------------------------ real minutes (tests/realworld)
REALWORLD = ROOT / "tests" / "realworld"


@pytest.fixture(scope="session")
def realworld_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The clean, figures and topics stages run once per session on the real-minutes corpus.

    Returns ``{"tables": {name: DataFrame}, "scores": {split: {metric: value}}}``
    (:mod:`analysis.realworld`), shared by every test that holds a floor on real minutes.
    """
    import warnings

    from analysis.realworld import realworld_scores, run_pipeline

    processed = tmp_path_factory.mktemp("realworld") / "processed"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tables = run_pipeline(REALWORLD / "raw", processed)
    return {"tables": tables, "scores": realworld_scores(REALWORLD, tables)["scores"]}
