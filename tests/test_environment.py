"""The environment: one set of pins, and notebooks run in the project's own kernel."""

from __future__ import annotations

import re
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]


def _pins(text: str) -> dict[str, str]:
    pins = {}
    for line in text.splitlines():
        m = re.match(r"^\s*(?:-\s*)?([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?==([^\s#]+)", line)
        if m:
            pins[m.group(1).lower().replace("_", "-")] = m.group(2)
    return pins


def test_environment_yml_has_exactly_the_lock_pins():
    lock = _pins((ROOT / "requirements.lock").read_text(encoding="utf-8"))
    env = _pins((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert lock, "requirements.lock has no pins"
    assert env == lock, {
        "only in lock": sorted(set(lock) - set(env)),
        "only in environment.yml": sorted(set(env) - set(lock)),
        "different": sorted(k for k in set(lock) & set(env) if lock[k] != env[k]),
    }


def test_card_packages_are_pinned():
    lock = _pins((ROOT / "requirements.lock").read_text(encoding="utf-8"))
    for pkg in ["jupyterlab", "papermill", "pandas", "matplotlib", "nltk", "scikit-learn", "nbval", "ipykernel",
                "nbconvert", "pyarrow", "pypdf", "beautifulsoup4"]:
        assert pkg in lock, f"{pkg} is not pinned in requirements.lock"


def test_installed_versions_match_the_lock():
    from importlib.metadata import version

    lock = _pins((ROOT / "requirements.lock").read_text(encoding="utf-8"))
    for pkg in ["pandas", "scikit-learn", "nltk", "papermill", "matplotlib"]:
        assert version(pkg) == lock[pkg], f"{pkg} {version(pkg)} installed, lock pins {lock[pkg]}: run make env"


def test_project_kernel_points_at_this_environment():
    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager().get_kernel_spec("council-minutes")
    assert Path(spec.argv[0]).resolve() == Path(sys.executable).resolve() or Path(spec.argv[0]).name.startswith("python")
    assert Path(spec.resource_dir).resolve().is_relative_to(Path(sys.prefix).resolve())


def test_papermill_runs_a_notebook_in_the_project_kernel(tmp_path: Path):
    import nbformat
    import papermill

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("import sys, analysis\nprint(sys.prefix)\nprint(analysis.__file__)"),
    ]
    src, out = tmp_path / "probe.ipynb", tmp_path / "probe.out.ipynb"
    nbformat.write(nb, src)
    papermill.execute_notebook(str(src), str(out), kernel_name="council-minutes", progress_bar=False)
    outputs = nbformat.read(out, as_version=4).cells[1].outputs
    text = "".join(o.get("text", "") for o in outputs)
    prefix, module = text.split()
    assert Path(prefix).resolve() == Path(sys.prefix).resolve()
    assert Path(module).resolve() == (ROOT / "src" / "analysis" / "__init__.py").resolve()
