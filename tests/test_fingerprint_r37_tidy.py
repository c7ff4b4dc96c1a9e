"""Round 37 (r37tidy): config stamps that survive a move of the checkout, and ``$CM_LEARNT_ID`` stamped as on/off.

1. ``python -m analysis.fingerprint --config NAME OUT`` stamped the resolved absolute path of the config file, so a
   moved or re-cloned checkout reran the stages once. A file inside the repository is now stamped by its path
   relative to the root (the same in any checkout); one outside it (``$CM_CODEBOOK=/elsewhere/x.yml``) by its
   absolute path. A changed file still changes the stamp.
2. The learnt id rows' stamp wrote ``$CM_LEARNT_ID`` as written ("0" after "off" reran the figures stage once): it now
   writes what :func:`analysis.paths.learnt_id_enabled` decides.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import fingerprint, paths


def test_a_file_inside_the_checkout_is_stamped_relative_to_its_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CM_CODEBOOK", raising=False)
    listing = fingerprint.config_listing("codebook")
    digest = fingerprint.sha256_file(paths.PROJECT_ROOT / "data" / "codebook.yml")
    assert listing == f"{digest}  data/codebook.yml\n"
    assert str(paths.PROJECT_ROOT) not in listing


def test_the_stamp_is_the_same_in_another_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CM_CODEBOOK", raising=False)
    here = fingerprint.config_listing("codebook")
    clone = tmp_path / "clone"
    (clone / "data").mkdir(parents=True)
    (clone / "data" / "codebook.yml").write_bytes((paths.PROJECT_ROOT / "data" / "codebook.yml").read_bytes())
    monkeypatch.setattr(paths, "PROJECT_ROOT", clone)
    monkeypatch.setattr(paths, "DATA_DIR", clone / "data")
    assert fingerprint.config_listing("codebook") == here  # a moved checkout reruns no stage
    (clone / "data" / "codebook.yml").write_text("themes: []\n", encoding="utf-8")
    assert fingerprint.config_listing("codebook") != here  # an edited file still does


def test_a_file_given_by_its_absolute_path_inside_the_checkout_is_stamped_relative(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CM_CODEBOOK", raising=False)
    shipped = fingerprint.config_listing("codebook")
    monkeypatch.setenv("CM_CODEBOOK", str(paths.PROJECT_ROOT / "data" / "codebook.yml"))
    assert fingerprint.config_listing("codebook") == shipped  # the same file the run reads: the same stamp


def test_a_file_outside_the_checkout_is_stamped_by_its_absolute_path(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "elsewhere" / "codebook.yml"
    own.parent.mkdir()
    own.write_bytes((paths.PROJECT_ROOT / "data" / "codebook.yml").read_bytes())
    monkeypatch.setenv("CM_CODEBOOK", str(own))
    out = tmp_path / "config-codebook.sha256"
    assert fingerprint.update_config("codebook", out)
    stamped = out.read_text(encoding="utf-8")
    assert stamped == f"{fingerprint.sha256_file(own)}  {own.resolve()}\n"
    assert not fingerprint.update_config("codebook", out)  # unchanged: not rewritten
    own.write_text("# edited\n", encoding="utf-8")
    assert fingerprint.update_config("codebook", out)  # edited: the stages rerun
    assert out.read_text(encoding="utf-8") != stamped


def test_measure_words_beside_the_rules_are_stamped_relative_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CM_FIGURE_RULES", raising=False)
    lines = fingerprint.config_listing("figure_rules").splitlines()
    assert [line.split("  ", 1)[1] for line in lines] == ["data/figure_rules.yml", f"data/{paths.MEASURE_WORDS_FILE}"]


@pytest.mark.parametrize("off", ["off", "0", "no", "false", " OFF ", "False"])
def test_learnt_id_switch_is_stamped_as_it_decides(off: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CM_LEARNT_ID_ROWS", raising=False)
    monkeypatch.setenv("CM_LEARNT_ID", "off")
    out = tmp_path / "config-learnt_id_rows.sha256"
    fingerprint.update_config("learnt_id_rows", out)
    assert out.read_text(encoding="utf-8").endswith("CM_LEARNT_ID=off\n")
    monkeypatch.setenv("CM_LEARNT_ID", off)
    assert not fingerprint.update_config("learnt_id_rows", out)  # the same decision: the figures stage is not rerun


@pytest.mark.parametrize("on", [None, "on", "1", "yes", "ON"])
def test_learnt_id_switched_on_is_one_stamp(on: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CM_LEARNT_ID_ROWS", raising=False)
    monkeypatch.delenv("CM_LEARNT_ID", raising=False)
    out = tmp_path / "config-learnt_id_rows.sha256"
    fingerprint.update_config("learnt_id_rows", out)
    assert out.read_text(encoding="utf-8").endswith("CM_LEARNT_ID=on\n")
    if on is not None:
        monkeypatch.setenv("CM_LEARNT_ID", on)
    assert not fingerprint.update_config("learnt_id_rows", out)
    monkeypatch.setenv("CM_LEARNT_ID", "0")
    assert fingerprint.update_config("learnt_id_rows", out)  # switched off: the figures stage reruns
