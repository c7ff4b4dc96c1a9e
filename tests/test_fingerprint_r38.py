"""(r38) The topics stage's stamp names the package's codebook when a researcher's own codebook reads sections of it."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis import fingerprint, paths, topics


def _own(tmp_path: Path, text: str) -> Path:
    own = tmp_path / "elsewhere" / "codebook.yml"
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text(text, encoding="utf-8")
    return own


def test_the_stamp_and_the_topics_stage_read_one_list_of_defaulted_sections() -> None:
    assert topics.DEFAULTED_SECTIONS is fingerprint.CODEBOOK_DEFAULTED_SECTIONS


def test_an_old_codebook_stamps_the_package_codebook_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = _own(tmp_path, "themes:\n  - id: care\n    name: Care\n    terms: [care]\n")
    monkeypatch.setenv("CM_CODEBOOK", str(own))
    lines = fingerprint.config_listing("codebook").splitlines()
    assert len(lines) == 2 and lines[1].endswith("  data/codebook.yml")
    assert lines[1].split()[0] == fingerprint.sha256_file(paths.DATA_DIR / "codebook.yml")


def test_an_edit_of_the_package_codebook_reruns_a_stage_that_reads_its_sections(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clone = tmp_path / "clone"
    (clone / "data").mkdir(parents=True)
    shipped = clone / "data" / "codebook.yml"
    shipped.write_bytes((paths.DATA_DIR / "codebook.yml").read_bytes())
    monkeypatch.setattr(paths, "DATA_DIR", clone / "data")
    own = _own(tmp_path, "themes:\n  - id: care\n    name: Care\n    terms: [care]\n")
    monkeypatch.setenv("CM_CODEBOOK", str(own))
    out = tmp_path / "config-codebook.sha256"
    assert fingerprint.update_config("codebook", out)
    assert not fingerprint.update_config("codebook", out)
    shipped.write_text(shipped.read_text(encoding="utf-8") + "\n# a researcher's edit\n", encoding="utf-8")
    assert fingerprint.update_config("codebook", out)  # the package's sections changed: the stage reruns


def test_a_codebook_with_every_section_stamps_itself_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = _own(tmp_path, (paths.DATA_DIR / "codebook.yml").read_text(encoding="utf-8"))
    monkeypatch.setenv("CM_CODEBOOK", str(own))
    assert len(fingerprint.config_listing("codebook").splitlines()) == 1
    own.write_text("themes: []\nbylines:\ninterest_kinds: []\ncomplaints:\n", encoding="utf-8")
    assert len(fingerprint.config_listing("codebook").splitlines()) == 1  # written empty on purpose: its own


def test_an_unparsable_codebook_stamps_the_package_codebook_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CM_CODEBOOK", str(_own(tmp_path, "themes: [\n")))
    assert len(fingerprint.config_listing("codebook").splitlines()) == 2
