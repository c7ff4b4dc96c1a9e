"""Round 47, r47walk: defects found walking the package as a new user (tests/realworld/notes/r47_walk.md)."""
from __future__ import annotations

import pytest

from analysis import corpus
from analysis.corpus import DocumentError

_MINUTES = "Minutes of the Children's Scrutiny Panel\n72% of EHCPs were issued on time.\n"


@pytest.mark.parametrize("encoding, order", [("utf-32", "little-endian"), ("utf-32-le", "little-endian"),
                                             ("utf-32-be", "big-endian")])
def test_a_utf32_text_file_is_named_as_utf32(encoding, order):
    # fails on ab1f8046: a UTF-32 file with a byte-order mark was called "UTF-16 (little-endian) text (as Notepad
    # and Word save 'Unicode' text)" (its mark FF FE 00 00 starts like UTF-16's), and one without a mark "binary".
    with pytest.raises(DocumentError, match=rf"item\.txt: is UTF-32 \({order}\) text, not UTF-8; re-save it as UTF-8"):
        corpus.decode_text(_MINUTES.encode(encoding), "item.txt")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_text_file_is_still_named_as_utf16(encoding):
    # guard: the UTF-32 check takes no UTF-16 file
    with pytest.raises(DocumentError, match=r"item\.txt: is UTF-16 .*Notepad and Word.*re-save it as UTF-8"):
        corpus.decode_text(_MINUTES.encode(encoding), "item.txt")
