"""Round 38, helper r38review: a second reader of r38tidy's and r38ids' merges (notes r38_review.md).

* A researcher's own codebook whose theme id is a list or a mapping is a ``ConfigError`` naming the file, as at BASE,
  not a ``TypeError`` from the complaints' ``keep`` filter of :func:`analysis.topics.with_default_sections`.
* The last sentence of the paragraph before (:func:`analysis.figures.extraction._sentence_right_before`, read by
  ``variance_pointed_back``) comes from clean's splitter, as every stage's sentences do (round 22 took the same ad hoc
  regex out of ``dsg_deficit_before``): "Cllr. Jones" ends no sentence, so the paragraph's high needs money is read.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.errors import ConfigError
from analysis.figures.extraction import _sentence_right_before
from analysis.topics import load_codebook, with_default_sections
from figure_rows import stage_ids


@pytest.mark.parametrize("theme_id", ["[care, other]", "{name: care}"])
def test_a_theme_id_that_is_no_text_is_a_config_error_naming_the_file(tmp_path: Path, theme_id: str) -> None:
    own = tmp_path / "mine.yml"
    own.write_text(f"themes:\n  - id: {theme_id}\n    name: Care\n    terms: [care]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="mine.yml"):
        load_codebook(own)


def test_default_sections_keep_only_text_ids() -> None:
    own = {"themes": [{"id": ["send"], "name": "x", "terms": ["x"]}, {"id": "send", "name": "SEND", "terms": ["send"]}]}
    cb, added = with_default_sections(own, {"complaints": {"words": ["complaint"], "keep": ["send", "care"]}})
    assert added == ("complaints",) and cb["complaints"]["keep"] == ["send"]


@pytest.mark.parametrize("before, last", [
    ("The Dedicated Schools Grant was raised by Cllr. Jones.", "The Dedicated Schools Grant was raised by Cllr. Jones."),
    ("Members noted the report. The high needs block is overspent.", "The high needs block is overspent."),
    ("", ""), ("  \n", ""),
])
def test_the_paragraph_befores_last_sentence_is_cleans(before: str, last: str) -> None:
    assert _sentence_right_before("£5m short.", [(0, 10)], 0, before) == last


def test_an_abbreviation_in_the_paragraph_before_keeps_the_high_needs_money(tmp_path: Path) -> None:
    # (fails on b4670265: its regex split "Cllr. Jones." and read "Jones." as the sentence before)
    assert stage_ids(tmp_path, [
        "The pressure on the Dedicated Schools Grant was raised by Cllr. Jones.",
        "By the end of the year the council was £5m short in this part of the budget.",
    ]) == {"£5m": "high_needs_deficit"}


def test_a_complete_own_codebook_never_reads_the_packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (fails on b4670265: the package's data/codebook.yml was read, and its absence a ConfigError, for any own codebook)
    from analysis import paths

    own = tmp_path / "mine.yml"
    own.write_text("themes:\n  - id: care\n    name: Care\n    terms: [care]\ncomplaints:\ninterest_kinds: []\nbylines: []\n",
                   encoding="utf-8")
    monkeypatch.setattr(paths, "DATA_DIR", tmp_path / "no_package_data")
    assert [t.id for t in load_codebook(own).themes] == ["care"]
