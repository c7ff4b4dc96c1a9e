"""Round 42, helper r42ci: every stage's process (``python -m analysis.runstage``) skips jsonschema's IRI format
checker, whose import (``rfc3987_syntax`` building its parsers) cost 2-3 s of CPU per stage, and still reads and
validates the stage notebooks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import sys
from analysis import runstage
rc = runstage.main(["1/4 clean"])          # the usage error, after papermill and nbformat are imported
import nbformat
for name in ("01_clean", "02_figures", "03_topics", "04_council_report", "05_compare_councils", "06_search"):
    nbformat.validate(nbformat.read(f"notebooks/{name}.ipynb", as_version=4))
print(rc, "jsonschema" in sys.modules, "papermill.cli" in sys.modules, repr(sys.modules.get("rfc3987_syntax", "absent")))
"""


def test_a_stage_process_validates_notebooks_without_loading_the_iri_checker():
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH", ""))
                                                        if p)}
    proc = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split() == ["2", "True", "True", "None"], (proc.stdout, proc.stderr[-2000:])


def test_skipping_is_left_alone_once_jsonschema_is_loaded():
    from analysis import runstage

    import jsonschema  # noqa: F401  (this test process has it, through nbval)

    assert runstage.skip_unused_iri_checker() is False
