"""Round 28, helper r28speedk: speed changes of the sentence splitter (``clean._punkt_slices``) that must change no
output. The shortcut is checked against what it stands for: the splitter's spans against nltk Punkt's own
``span_tokenize`` on generated texts full of candidate breaks and every kind of whitespace."""

from __future__ import annotations

import random

import pytest

from analysis import clean

#: the whitespace (and near-whitespace) the splitter's word boundary reads apart: ASCII whitespace that
#: ``_last_whitespace_index`` finds, a no-break space and a line separator it does not, the information separators
_SPACES = (" ", "  ", "\t", "\n", "\r\n", "\x0b", "\x0c", "\xa0", "\u2028", "\x1c", "\x1f", " \n ", "\t ")
_WORDS = ("The", "report", "Cllr.", "No.", "e.g.", "£2.3m.", "45%.", "(CQC).", "2023/24.", "J.", "it", "noted.",
          "said:", "“quote.”", "pupils?", "Yes!", "(see", "p.", "4.)", "...", "5.", "a", "Item", "12.1", "-", "•")


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 30)):
            parts.append(rng.choice(_WORDS))
            parts.append(rng.choice(_SPACES) if rng.random() < 0.3 else " ")
        out.append("".join(parts).strip(" ") if rng.random() < 0.5 else "".join(parts))
    return out


def test_spans_are_punkts_on_generated_texts() -> None:
    """The slices with the inlined last-space search give Punkt's spans (2,000 texts, every kind of whitespace
    between the words; the memoised break decisions emptied first)."""
    clean._contains_sentbreak.cache_clear()
    tok = clean._tokenizer()
    for text in _texts(2000, 28):
        assert list(clean._span_tokenize(text)) == list(tok.span_tokenize(text)), repr(text)


@pytest.mark.parametrize("text", [
    "Spend rose.\tThe Chair noted it. Cllr. Smith agreed.",
    "Spend rose.\x0bThe Chair\x0cnoted it.\nCllr.\r\nSmith agreed. Done.",
    "A word.\xa0Another\u2028word. Last.",
    "One.\x1cTwo. Three.",
    "No space before. At all.Then. More.",
])
def test_spans_unchanged_by_whitespace_kind(text: str) -> None:
    assert list(clean._span_tokenize(text)) == list(clean._tokenizer().span_tokenize(text))


def test_not_white_space_is_the_four_characters_written_out() -> None:
    """The four characters the splitter tests by name (no generator) are :data:`clean._NOT_WHITE_SPACE`."""
    assert clean._NOT_WHITE_SPACE == ("\x1c", "\x1d", "\x1e", "\x1f")
