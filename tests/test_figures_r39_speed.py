"""(r39speed) The speed changes of round 39 leave every answer as it was: each cheap pre-check is implied by the pattern
it guards (the same answers on texts with and without the checked literal)."""

from __future__ import annotations

import pytest

from analysis.figures import stage


def _unguarded(text: str) -> bool:
    """:func:`analysis.figures.stage.schools_forum_minutes` as round 38 wrote it (the patterns alone)."""
    return bool(stage._FORUM_BODY.search(text)) and not stage._NAMED_FORUM.search(text)


@pytest.mark.parametrize("text", [
    "The Forum welcomed Ken to the meeting. The current outturn is £947,000 overspend.",
    "Forum members noted the report.",
    "the forum welcomed Ken; the forum noted the overspend",  # (lower case: neither pattern's body)
    "FORUM MEMBERS NOTED the report",
    "The budget agreed by Forum in March.",
    "The Youth Forum met in March. The Forum agreed its priorities.",
    "The committee noted a forum for parents. The overspend was £2m.",
    "The Schools Forum agreed the transfer. The Forum noted the overspend.",
    "since the last\nForum members were told",
    "",
    "No meeting body named here at all: the overspend was £2m.",
])
def test_schools_forum_guard_gives_the_patterns_answer(text: str) -> None:
    assert stage.schools_forum_minutes(text) is _unguarded(text)


def test_every_forum_body_match_holds_the_literal() -> None:
    """The guard's premise: whatever :data:`_FORUM_BODY` matches contains "Forum" as written (no case-folded match)."""
    texts = ["The Forum noted", "this Forum agreed", "Forum was informed", "by  Forum.", "Forum   RESOLVED that",
             "the\tForum\nheard"]
    for t in texts:
        m = stage._FORUM_BODY.search(t)
        assert m is not None and "Forum" in m.group(0), t
    assert not stage._FORUM_BODY.flags & 2  # (re.IGNORECASE: a "forum" could match without the literal)
