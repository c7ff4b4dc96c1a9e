"""Round 38 (r38tidy): a researcher's own codebook written before rounds 36-37.

Rounds 36-37 added the codebook sections ``complaints:``, ``interest_kinds:`` and ``bylines:``. A researcher's own
``$CM_CODEBOOK`` written before them leaves them out: it keeps the package's words for each section it leaves out
(one line on stderr says so), a section written empty turns its rule off, and a malformed section is still an error
naming the file and the key (:func:`analysis.topics.load_codebook`, :func:`analysis.topics.with_default_sections`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.errors import ConfigError
from analysis.topics import byline, interest_line, load_codebook, match_theme

#: a codebook as a researcher wrote it before round 36: themes (and a procedure list) only
OLD_STYLE = """\
themes:
  - id: care
    name: Children in care
    terms: [children in care, care]
  - id: send
    name: SEND
    terms: [SEND, EHCP, special educational needs]
procedure:
  - apologies for absence
"""
DECLARATION = "Councillor T - Item 5 (SEND review) - family member has special educational needs - non-pecuniary interest"
BYLINE = "Author: A N Other - Assistant Director"
COMPLAINT = "Complaints about children in care were mostly resolved at stage one."


def _own(tmp_path: Path, extra: str = "", themes: str = OLD_STYLE) -> Path:
    own = tmp_path / "mine.yml"
    own.write_text(themes + extra, encoding="utf-8")
    return own


def test_an_old_style_codebook_runs_and_keeps_the_packages_sections(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    own = _own(tmp_path)
    cb = load_codebook(own)
    assert cb.ids == ["care", "send"]
    assert interest_line(DECLARATION, cb) and byline(BYLINE, cb)  # the package's kinds and labels
    assert match_theme(COMPLAINT, cb).theme == "other"  # the complained-of service counts for no theme
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(own) in err and "complaints, interest_kinds, bylines" in err
    load_codebook(own)
    assert capsys.readouterr().err == ""  # said once


def test_the_complaints_keep_holds_only_the_researchers_theme_ids(tmp_path: Path) -> None:
    cb = load_codebook(_own(tmp_path))
    assert cb.complaint_keep == frozenset({"send"})
    no_send = OLD_STYLE.split("  - id: send")[0] + "procedure:\n  - apologies for absence\n"
    cb = load_codebook(_own(tmp_path, themes=no_send))  # the package's keep names "send": not a theme here
    assert cb.ids == ["care"] and cb.complaint_keep == frozenset()


@pytest.mark.parametrize("empty", ["bylines:\n", "bylines: []\n"])
def test_a_section_written_empty_turns_its_rule_off(tmp_path: Path, empty: str) -> None:
    cb = load_codebook(_own(tmp_path, empty + "interest_kinds: []\ncomplaints:\n"))
    assert not byline(BYLINE, cb) and not interest_line(DECLARATION, cb)
    assert cb.complaint is None
    assert match_theme(COMPLAINT, cb).theme == "care"


def test_a_section_written_is_read_as_written(tmp_path: Path) -> None:
    cb = load_codebook(_own(tmp_path, "bylines: [prepared by]\n"))
    assert byline("Prepared by: the Head of Finance", cb) and not byline(BYLINE, cb)
    assert interest_line(DECLARATION, cb)  # the sections left out still default


@pytest.mark.parametrize("extra,key", [
    ("bylines: 5\n", "bylines: expected a list"),
    ("interest_kinds: [non-pecuniary]\n", "interest_kinds: entry 1"),
    ("complaints: [complaint]\n", "complaints: write 'words:'"),
    ("complaints:\n  words: [complaint]\n  keep: [sen]\n", "complaints: keep: ['sen'] are no theme ids"),
])
def test_a_malformed_section_names_the_file_and_the_key(tmp_path: Path, extra: str, key: str) -> None:
    own = _own(tmp_path, extra)
    with pytest.raises(ConfigError) as exc:
        load_codebook(own)
    assert str(exc.value).startswith(f"{own}: {key}")


def test_the_packages_own_file_is_read_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from analysis import paths
    monkeypatch.setattr(paths, "DATA_DIR", tmp_path)
    shipped = _own(tmp_path).rename(tmp_path / "codebook.yml")
    cb = load_codebook(shipped)  # no other file to take defaults from: a section left out is none
    assert cb.interest_kind is None and cb.byline_label is None and cb.complaint is None
    assert capsys.readouterr().err == ""
