"""Round 22 (r22speed): a figure's clause start for the reference rules is found once per figure (memoised) and, in an
ASCII window, by a lower-cased twin of the clause-break pattern without ``re.I``; the same starts as the plain scan."""

from __future__ import annotations

import random

from analysis import bench
from analysis.figures import reference


def _plain(text: str, a: int, start: int) -> int:
    """The reference: the end of the last ``_LEFT_BREAK`` match of ``finditer(text, a, start)``, else ``a``."""
    for m in reference._LEFT_BREAK.finditer(text, a, start):
        a = m.end()
    return a


_PIECES = ["but", "But", "BUT", "butter", "rebut", "While", "whilst", "whereas", "Although", "though", "However",
           "howevER", "and", "AND", "andrew", ",", ", ", ",  ", ";", "; ", ":", ": ", " - ", " – ", " — ", "-", "(", ")",
           "5", "£4.2m", "café", "ſ", "K", "x", " ", "  ", "\t", "\n", "\xa0", "the", "spend", "rose"]


def test_after_last_break_equals_the_plain_scan_on_random_texts():
    rng = random.Random(22)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) + rng.choice(["", " ", " "]) for _ in range(rng.randint(0, 14)))
        for _ in range(4):
            a = rng.randint(0, len(text))
            start = rng.randint(a, len(text))
            assert reference._after_last_break(text, a, start) == _plain(text, a, start), (text, a, start)


def test_after_last_break_keeps_the_boundary_before_the_window():
    # "but" right at the window's start is a break only when the character before it is not a letter
    t = "rebut that 5"
    assert reference._after_last_break(t, 2, 11) == _plain(t, 2, 11) == 2
    t = "Costs rose; but 5"
    assert reference._after_last_break(t, 12, 16) == _plain(t, 12, 16) == 15
    # a window that is not ASCII is scanned as before (folding: "ſ" is an "s" to re.I)
    t = "whilſt 5"
    assert reference._after_last_break(t, 0, 7) == _plain(t, 0, 7)


def test_clause_start_is_memoised_and_emptied_by_the_bench():
    reference._clause_start.cache_clear()
    t = "Costs rose; however the figure was 5"
    assert reference._clause_start(t, 0, 35) == _plain(t, 0, 35)
    assert reference._clause_start(t, 0, 35) == _plain(t, 0, 35)
    assert reference._clause_start.cache_info().hits == 1
    assert reference._clause_start.cache_info().maxsize >= 1024  # (a per-text memo: the bench's passes empty it)
    bench._clear_text_caches()
    assert reference._clause_start.cache_info().currsize == 0


def test_left_break_pattern_text_stays_lower_case():
    # the twin without re.I is the same text: an upper-case letter in it (outside an escape such as \s, \b) would match
    # less there than under re.I
    import re

    assert not re.search(r"[A-Z]", re.sub(r"\\.", "", reference._LEFT_BREAK_TEXT))
    assert reference._LEFT_BREAK.flags & re.I and not reference._LEFT_BREAK_LOWER.flags & re.I


def test_left_break_triggers_follow_the_pattern_text():
    # the gate of _after_last_break names what every match of the pattern holds; an edit of the pattern's words must
    # edit the triggers too (then update this text)
    assert reference._LEFT_BREAK_TEXT == (r"[;:]\s|\s[-–—]\s|\b(?:but|while|whilst|whereas|although|though|however)\b"
                                          r"|,\s+and\b")
    for word in ("but", "while", "whilst", "whereas", "although", "though", "however"):
        assert any(t in word for t in reference._LEFT_BREAK_TRIGGERS)
    for m in ("; ", ": ", " - ", " – ", " — "):
        assert any(t in m for t in reference._LEFT_BREAK_TRIGGERS)


def test_yearish_with_its_literal_first_matches_as_before():
    import re

    before = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
    rng = random.Random(2022)
    pieces = ["19", "20", "2019", "12019", "20201", "1", "0", "9", " ", "\n", "/", "-", "a", "x2020", "٢٠٢٠", "¹"]
    for _ in range(5000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        pos = rng.randint(0, len(t))
        end = rng.randint(pos, len(t))
        assert [m.span() for m in reference._YEARISH.finditer(t, pos, end)] == [m.span() for m in before.finditer(t, pos, end)], t
        assert bool(reference._YEARISH.fullmatch(t)) == bool(before.fullmatch(t)), t
