"""Round 47, helper r47ci: what the test processes themselves load at start-up.

Every pytest process of ``make test`` (the xdist controller and each worker) loads nbval, which imports nbformat and
so jsonschema. jsonschema registers a format checker for every optional library it finds, and ``rfc3987_syntax`` builds
some thirty parsers when imported (2-4 s of CPU a process). The root ``conftest.py`` keeps it out first
(``analysis.runstage.skip_unused_iri_checker``, as every stage's process does since round 42) and then loads nbval
itself (``pytest_plugins``; ``-p no:nbval`` in pyproject.toml's addopts stops the autoload, which came first).
"""

from __future__ import annotations

import sys


def test_this_pytest_process_loaded_nbval_without_the_iri_parsers():
    # fails on ab1f8046: nbval was autoloaded before any conftest, so jsonschema had imported rfc3987_syntax
    assert "nbval.plugin" in sys.modules and "jsonschema" in sys.modules
    assert sys.modules.get("rfc3987_syntax", "absent") is None, "jsonschema loaded rfc3987_syntax in this process"


def test_nbval_still_reads_the_notebooks(request):
    # the notebooks are still collected by nbval with the project's options (--nbval-lax, the project kernel)
    assert request.config.getoption("nbval_lax") is True
    assert request.config.getoption("nbval_kernel_name") == "council-minutes"
    assert any(request.config.pluginmanager.has_plugin(name) for name in ("nbval", "nbval.plugin"))
