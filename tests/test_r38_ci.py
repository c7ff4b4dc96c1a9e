"""Round 38 (r38ci, moved into the library by the lead): ``topics.load_codebook`` shares only what is the same.

Every ``assign_themes(texts)`` without a codebook used to load the codebook again, a new object, and the theme
model (cached per codebook object) was fitted again: about 2.3 s of CPU per call, 160+ calls in the test suite and
one per call in a researcher's notebook. ``load_codebook`` now returns one codebook object per file path and content;
these tests hold that an edited file, another path and ``$CM_CODEBOOK`` still give what they gave, and that an
unreadable file still fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analysis import themes, topics
from analysis.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
CODEBOOK = ROOT / "data" / "codebook.yml"


def test_the_session_loads_the_default_codebook_once_and_fits_its_model_once(monkeypatch: pytest.MonkeyPatch) -> None:
    assert topics.load_codebook() is topics.load_codebook() is topics.load_codebook(CODEBOOK)
    fits: list[object] = []
    fit = themes.fit_model
    monkeypatch.setattr(themes, "fit_model", lambda *a, **k: fits.append(a) or fit(*a, **k))
    themes._MODELS.clear()
    texts = ["Foster carer recruitment remained difficult.", "Apologies for absence were received."]
    assert themes.assign_themes(texts) == ["fostering_adoption", "other"]
    assert topics.assign_themes(texts) == ["fostering_adoption", "other"]
    assert len(fits) == 1


def test_an_edited_codebook_file_is_loaded_again_and_gives_its_own_themes(tmp_path: Path) -> None:
    path = tmp_path / "codebook.yml"
    path.write_bytes(CODEBOOK.read_bytes())
    first = topics.load_codebook(path)
    assert first is topics.load_codebook(path)
    assert first is not topics.load_codebook()  # same content, another file: its own codebook, naming its file
    assert first.source == str(path)
    text = "The Sunflower programme had reached more families this term."
    assert themes.assign_themes([text], path) == ["other"]
    data = yaml.safe_load(CODEBOOK.read_text(encoding="utf-8"))
    for theme in data["themes"]:
        if theme["id"] == "early_help":
            theme["terms"] = list(theme["terms"]) + ["sunflower programme"]
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    second = topics.load_codebook(path)
    assert second is not first and second is topics.load_codebook(path)
    assert themes.assign_themes([text], path) == ["early_help"]
    assert themes.assign_themes([text], CODEBOOK) == ["other"]


def test_cm_codebook_names_the_file_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "other.yml"
    path.write_text("themes:\n  - id: only\n    name: Only\n    terms: [foster carer]\n", encoding="utf-8")
    monkeypatch.setenv("CM_CODEBOOK", str(path))
    assert topics.load_codebook().ids == ["only"]
    monkeypatch.delenv("CM_CODEBOOK")
    assert "only" not in topics.load_codebook().ids


def test_a_missing_or_broken_codebook_fails_every_time(tmp_path: Path) -> None:
    for _ in range(2):
        with pytest.raises(ConfigError, match="codebook file not found"):
            topics.load_codebook(tmp_path / "missing.yml")
    broken = tmp_path / "broken.yml"
    broken.write_text("themes: [\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ConfigError):
            topics.load_codebook(broken)


def test_an_own_codebook_reads_the_package_sections_afresh_when_they_change(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis import paths

    (tmp_path / "data").mkdir()
    shipped = tmp_path / "data" / "codebook.yml"
    shipped.write_bytes(CODEBOOK.read_bytes())
    monkeypatch.setattr(paths, "DATA_DIR", tmp_path / "data")
    own = tmp_path / "own.yml"
    own.write_text("themes:\n  - id: care\n    name: Care\n    terms: [care]\n", encoding="utf-8")
    first = topics.load_codebook(own)
    assert first is topics.load_codebook(own) and first.byline_label is not None  # the package's bylines
    data = yaml.safe_load(shipped.read_text(encoding="utf-8"))
    data["bylines"] = []
    shipped.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert topics.load_codebook(own).byline_label is None  # the package's section edited: read again


def test_a_codebook_file_written_while_it_is_read_is_not_kept_under_its_old_bytes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (r38review2) the cache's key is the bytes read before parsing; a file rewritten between that read and the parse
    # would have kept the new codebook under the old bytes, and handed it back once the file was written back
    path = tmp_path / "own.yml"
    old = "themes:\n  - id: old\n    name: Old\n    terms: [foster carer]\n"
    new = "themes:\n  - id: new\n    name: New\n    terms: [foster carer]\n"
    path.write_text(old, encoding="utf-8")
    read = topics._read_codebook

    def read_then_rewrite(p: Path) -> topics.Codebook:
        path.write_text(new, encoding="utf-8")  # the researcher saves the file while it is being read
        return read(p)

    monkeypatch.setattr(topics, "_read_codebook", read_then_rewrite)
    assert topics.load_codebook(path).ids == ["new"]
    monkeypatch.setattr(topics, "_read_codebook", read)
    path.write_text(old, encoding="utf-8")
    assert topics.load_codebook(path).ids == ["old"]
