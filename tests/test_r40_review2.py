"""(r40review2) The model cache's keys: a rows file edited while the learnt id fallback fits stores no model under the
other file's key; a library without installed metadata neither breaks a fit nor goes unversioned; nltk (the learnt id
fallback's sentence splitter, the codebook's stems) is in the key; every import form of the package is followed when
the code that shapes a model is digested. Each test fails on 6248e29c."""

from __future__ import annotations

import ast
from importlib import metadata
from pathlib import Path

import pandas as pd
import pytest

from analysis import model_cache, theme_cache
from analysis import themes as TH
from analysis.figures import learnt_id as L
from analysis.figures.indicators import load_indicators
from learnt_rows import TINY_FIGURES, write_rows
from analysis.topics import parse_codebook

FIGURES = TINY_FIGURES


def _write_rows(path: Path, label_of_first: str = "children_in_care") -> Path:
    return write_rows(path, FIGURES, L.ROW_COLUMNS, label_of_first=label_of_first)


def test_a_rows_file_edited_during_the_fit_stores_no_model_under_the_old_key(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _write_rows(tmp_path / "rows.csv")
    inds = load_indicators()
    monkeypatch.setenv("CM_LEARNT_ID_ROWS", str(rows))
    monkeypatch.setenv("CM_MODEL_CACHE", "off")
    old = L._fit_weights(rows, inds)
    new = L._fit_weights(_write_rows(tmp_path / "edited.csv", label_of_first=""), inds)
    assert old != new  # (the edit moves the model: the test can tell them apart)

    monkeypatch.setenv("CM_MODEL_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(L, "_MODELS", {})
    real_key = L.cache_key

    def key_then_edit(data: bytes, indicators: object, reads: object = None) -> str | None:  # the file saved meanwhile
        key = real_key(data, indicators, reads)  # type: ignore[arg-type]
        _write_rows(rows, label_of_first="")
        return key

    monkeypatch.setattr(L, "cache_key", key_then_edit)
    L._fitted(inds)
    monkeypatch.setattr(L, "cache_key", real_key)
    _write_rows(rows)  # the old bytes again (an undo, a checkout): their own model, not the edited file's
    monkeypatch.setattr(L, "_MODELS", {})
    assert L._fitted(inds) == old


@pytest.fixture
def fresh_versions():  # type: ignore[no-untyped-def]
    model_cache.versions.cache_clear()
    yield
    model_cache.versions.cache_clear()


def test_a_library_without_metadata_is_versioned_by_its_module(fresh_versions: None,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import scipy

    real = metadata.version

    def without_scipy(dist: str) -> str:
        if dist == "scipy":
            raise metadata.PackageNotFoundError(dist)
        return real(dist)

    monkeypatch.setattr(model_cache.metadata, "version", without_scipy)
    got = model_cache.versions()
    assert got is not None and got["scipy"] == scipy.__version__ and "nltk" in got
    assert model_cache.digest({"a": 1}) is not None


def test_a_library_of_no_known_version_leaves_the_fit_uncached_not_broken(fresh_versions: None, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_cache, "LIBRARIES", (*model_cache.LIBRARIES, ("gone", "no-such-dist-r40", "no_such_r40")))
    monkeypatch.setenv("CM_MODEL_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(theme_cache, "MIN_ROWS", 0)
    cb = parse_codebook({"themes": [{"id": "send", "name": "SEND", "terms": ["EHCP"]},
                                    {"id": "finance", "name": "Finance", "terms": ["budget"]}],
                         "procedure": ["apologies"]})
    training = pd.DataFrame([("send", "EHCP plans were late"), ("send", "the EHCP backlog grew"),
                             ("finance", "the budget gap"), ("finance", "budget savings were late"),
                             ("other", "apologies were received"), ("other", "minutes were agreed")],
                            columns=["theme", "text"])
    assert model_cache.versions() is None and model_cache.digest({"a": 1}) is None
    assert TH.fit_model(cb, training) is not None and not (tmp_path / "cache").exists()


def test_nltk_is_in_the_key() -> None:
    # Punkt splits the learnt id fallback's sentences, Snowball stems the codebook: another nltk, another fit
    assert "nltk" in (model_cache.versions() or {})


def test_every_import_form_of_the_package_is_followed(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    for name in ("__init__", "a", "b", "c", "d", "e", "f", "g", "h", "sub/__init__", "sub/i"):
        (pkg / f"{name}.py").write_text("")
    (pkg / "a.py").write_text(
        "import os\n"
        "from . import (b,  # the (first) one\n    c)\n"     # a bracket in a comment of a bracketed list
        "from . import d, \\\n    e\n"                       # a backslash continuation
        "def later():\n    from pkg.f import x\n"            # the package's own name, inside a function
        "    import pkg.sub.i as i, json\n"
        "from pkg import g\n")
    got = {p.relative_to(pkg).as_posix() for p in model_cache._relative_imports(pkg / "a.py", pkg)}
    assert got == {"__init__.py", "b.py", "c.py", "d.py", "e.py", "f.py", "g.py", "sub/__init__.py", "sub/i.py"}


def _imports_by_syntax(path: Path, package_dir: Path) -> set[Path]:
    """What :func:`analysis.model_cache._relative_imports` reads from a module's text, read from its syntax tree."""
    found: set[Path] = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = path.parents[node.level - 1]
            elif (node.module or "").split(".")[0] == package_dir.name:
                base = package_dir.parent
            else:
                continue
            target = base.joinpath(*(node.module.split(".") if node.module else []))
            cands = [target.with_suffix(".py"), target / "__init__.py"]
            cands += [x for a in node.names for x in (target / f"{a.name}.py", target / a.name / "__init__.py")]
        elif isinstance(node, ast.Import):
            parts = [a.name.split(".") for a in node.names if a.name.split(".")[0] == package_dir.name]
            cands = [x for ps in parts for k in range(1, len(ps) + 1)
                     for t in [package_dir.parent.joinpath(*ps[:k])] for x in (t.with_suffix(".py"), t / "__init__.py")]
        else:
            continue
        found |= {c for c in cands if c.is_file() and package_dir in c.parents}
    return found


def test_the_text_scan_finds_every_import_the_syntax_tree_has_in_the_package() -> None:
    # a module that imports the package's code in a form the text scan misses would let a model outlive a code change
    package_dir = Path(model_cache.__file__).resolve().parent
    for path in sorted(package_dir.rglob("*.py")):
        missed = _imports_by_syntax(path, package_dir) - model_cache._relative_imports(path, package_dir)
        assert not missed, f"{path.relative_to(package_dir)}: {sorted(p.name for p in missed)}"
