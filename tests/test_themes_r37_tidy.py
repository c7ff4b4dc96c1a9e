"""Round 37 (r37tidy): the kinds of member's interest and the labels of a report's byline are codebook data.

Round 36's :func:`analysis.topics.interest_line` and :func:`analysis.topics.byline` kept their words as code
constants; they are now the codebook's ``interest_kinds:`` and ``bylines:`` lists (``data/codebook.yml``, read once
with the codebook), so a researcher adds or removes a kind or a label. The shipped lists are the old constants' words:
the patterns match what the old ones matched (checked below on the constants as round 36 wrote them).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.errors import ConfigError
from analysis.topics import byline, interest_line, load_codebook, match_theme, parse_codebook

ROOT = Path(__file__).resolve().parents[1]

#: round 36's constants (b6a7dca6 src/analysis/topics.py), the reference the codebook's words must match
R36_INTEREST_KIND = re.compile(
    r"\b(?:non[\s-]*)?pecuniary\b|\bdisclosable\s+(?:[\w-]+\s+){0,2}?interests?\b"
    r"|\b(?:personal|prejudicial|registrable|other\s+significant|other\s+registerable)\s+interests?\b", re.IGNORECASE)
R36_BYLINE = re.compile(
    r"^\W{0,3}(?:report\s+)?(?:authors?|contact\s+officers?|officers?\s+contact|contact|lead\s+officers?"
    r"|presented\s+by|report\s+by|decision\s+makers?|responsible\s+officers?)\s*:\s*(?:/\s*)?[^\W\d_]",
    re.IGNORECASE)

INTEREST_TEXTS = [
    "Cllr A declared a non-pecuniary interest", "Cllr B, Non Pecuniary, as a governor", "nonpecuniary", "pecuniary",
    "a Disclosable Pecuniary Interest", "disclosable other registrable interests", "disclosable interest",
    "disclosable a b c interest", "a personal interest", "personal  interests", "prejudicial interest",
    "registrable interest", "registerable interest", "other significant interest", "other registerable interests",
    "other registrable interest", "personal and prejudicial interest", "personal interested", "an interest",
    "pecuniarys", "impecuniary", "the personal budget", "significant interest", "Cllr C declared no interests",
]
BYLINE_TEXTS = [
    "Author: A N Other - Assistant Finance Director", "Report Author: Jo", "Authors: Jo and Sam", "- author : Jo",
    "Contact officer: Jo Bloggs", "Contact Officers: Jo", "Officer contact: Jo", "Officers contact: Jo",
    "Contact: Jo", "Contacts: 1,204 in Q3", "Contacts: Jo", "Contacts - re-contact rates", "Lead Officer: Jo",
    "Lead officers: / Jo", "Presented by: Jo", "Report by: the Director", "Report presented by: Jo",
    "Decision Maker: Cabinet", "Decision makers: Cabinet", "Responsible Officer: Jo", "Responsible officers: Jo",
    "Author: 2021", "The author of the strategy: Jo", "Prepared by: the Head of Finance", "1.  Contact  Officer:Jo",
    "Lead: Jo", "Decision: approved",
]


def test_shipped_kinds_are_the_rules_words() -> None:
    kind = load_codebook().interest_kind
    assert kind is not None
    assert [bool(kind.search(t)) for t in INTEREST_TEXTS] == [bool(R36_INTEREST_KIND.search(t)) for t in INTEREST_TEXTS]
    assert sum(bool(kind.search(t)) for t in INTEREST_TEXTS) == 15  # the texts test both ways


def test_shipped_byline_labels_are_the_rules_words() -> None:
    label = load_codebook().byline_label
    assert label is not None
    assert [bool(label.match(t)) for t in BYLINE_TEXTS] == [bool(R36_BYLINE.match(t)) for t in BYLINE_TEXTS]
    assert sum(bool(label.match(t)) for t in BYLINE_TEXTS) == 18


def _codebook(**sections: object):
    return parse_codebook({"themes": [{"id": "send", "name": "SEND", "terms": ["SEND", "special educational needs"]},
                                      {"id": "finance", "name": "Finance", "terms": ["finance", "budget"]}],
                           **sections}, "mine.yml")


def test_a_researchers_new_kind_makes_a_declaration() -> None:
    text = "Councillor T - Agenda Item 5 (SEND Strategy) - other registrable interest, a parent of a child with SEND"
    shipped = _codebook(interest_kinds=["pecuniary", "personal interest"])
    added = _codebook(interest_kinds=["pecuniary", "personal interest", "other registrable interest"])
    assert not interest_line(text, shipped) and match_theme(text, shipped).theme == "send"
    assert interest_line(text, added) and match_theme(text, added).theme == "other"


def test_without_kinds_no_declaration() -> None:
    text = "Cllr L, Non Pecuniary, as a teacher at a special school with SEND pupils."
    assert interest_line(text, _codebook(interest_kinds=["pecuniary"]))
    assert not interest_line(text, _codebook(interest_kinds=[]))
    assert not interest_line(text, _codebook())


def test_a_researchers_new_label_makes_a_byline() -> None:
    text = "Prepared by: Sam Taylor - Deputy Finance Director (01234 567890)"
    shipped = _codebook(bylines=["author", "contact officer"])
    added = _codebook(bylines=["author", "contact officer", "prepared by"])
    assert not byline(text, shipped) and match_theme(text, shipped).theme == "finance"
    assert byline(text, added) and match_theme(text, added).theme == "other"
    assert not byline("Author: Sam Taylor - Deputy Finance Director", _codebook(bylines=[]))


@pytest.mark.parametrize(("section", "value", "message"), [
    ("interest_kinds", "pecuniary", r"mine\.yml: interest_kinds: expected a list"),
    ("interest_kinds", ["pecuniary", 3], r"mine\.yml: interest_kinds: entry 2 \(3\) must be words of letters"),
    ("interest_kinds", ["non-pecuniary"], r"mine\.yml: interest_kinds: entry 1 \('non-pecuniary'\) must be words"),
    ("interest_kinds", ["... interest"], r"mine\.yml: interest_kinds: entry 1 .* must open and end with a word"),
    ("interest_kinds", [""], r"mine\.yml: interest_kinds: entry 1 \(''\) must be words of letters"),
    ("bylines", {"author": "x"}, r"mine\.yml: bylines: expected a list"),
    ("bylines", ["author:"], r"mine\.yml: bylines: entry 1 \('author:'\) must be words of letters"),
    ("bylines", ["report ... by"], r"mine\.yml: bylines: entry 1 .* must be words of letters"),
])
def test_a_malformed_section_is_a_clear_error(section: str, value: object, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        _codebook(**{section: value})


def test_a_malformed_section_in_a_file_names_the_file(tmp_path: Path) -> None:
    own = tmp_path / "codebook.yml"
    text = (ROOT / "data" / "codebook.yml").read_text(encoding="utf-8")
    own.write_text(text.replace("  - presented by\n", "  - presented by 2\n"), encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(f"{own}: bylines: entry 10 ('presented by 2')")):
        load_codebook(own)
