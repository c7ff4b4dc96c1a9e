"""Round 36, helper r36review: a second reader of round 36's merged code (tests/realworld/notes/r36_review.md).

1. (r36words) A length of time before "plus" is a threshold ("cases open for 12 months plus"), not when "plus" adds
   another amount: the guard knew only a one-digit number or a word up to twelve, so "12 months plus 10 days" lost
   its figure.
2. (r36twins) A config stamp (``python -m analysis.fingerprint --config NAME OUT``) wrote "missing" for a file that
   cannot be read and the stage's notebook failed later: it now stops at once, naming the file and the variable.
3. (r36ids) A heading's last capitalised word on the line before "Forum members noted ..." read as a named forum
   ("Apologies" / "Forum members": "Apologies Forum"), so such Schools Forum minutes were not recognised.

4. (r36phrase) `_NEXT_END` and `_FIGURE_BEFORE_LEAD` searched a long run of spaces or digits quadratically.

Every phrasing below was written for the test in council style; each first case fails on r36merge (2921d64e).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import fingerprint
from analysis.figures.stage import schools_forum_minutes
from figure_rows import surfaces as _surfaces


# 1. "plus" another amount of any size
@pytest.mark.parametrize("text, surface", [
    ("The placement was funded for 12 months plus 10 days for the panel.", "12 months"),
    ("The waits averaged 14 weeks plus 12 weeks for the panel.", "14 weeks"),
    ("Children had waited for 18 months plus 15 days on average.", "18 months"),
])
def test_length_plus_a_larger_amount_stays_a_figure(text: str, surface: str) -> None:
    assert surface in _surfaces(text), _surfaces(text)


@pytest.mark.parametrize("text", [
    # guards: "plus" as "or more" (r36words' cases, still no figure)
    "Two new indicators were red: the number of cases open for 12 months plus where a reassessment has started.",
    "Members asked about children on a plan for 2 years plus and what was being done.",
    "The panel reviewed every case open 18 months plus, with the tenure of each worker.",
])
def test_length_before_plus_stays_a_threshold(text: str) -> None:
    assert not any(s.endswith(("months", "years")) for s in _surfaces(text)), _surfaces(text)


# 2. a config file that cannot be read
@pytest.mark.parametrize("make_bad", [
    lambda d: d / "no such file.yml",  # mistyped (and a space in the path)
    lambda d: d,  # a folder
])
def test_config_stamp_names_a_file_it_cannot_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_bad) -> None:
    bad = make_bad(tmp_path)
    monkeypatch.setenv("CM_CODEBOOK", str(bad))
    out = tmp_path / "stamp dir" / "config-codebook.sha256"
    with pytest.raises(SystemExit, match=r"\$CM_CODEBOOK") as exc:
        fingerprint.update_config("codebook", out)
    assert str(bad) in str(exc.value) and "cannot be read" in str(exc.value)
    assert not out.exists()  # no stamp written: make stops before any stage


def test_config_stamp_with_a_space_in_the_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "my rules"
    own.mkdir()
    (own / "codebook.yml").write_text("themes: {}\n", encoding="utf-8")
    monkeypatch.setenv("CM_CODEBOOK", str(own / "codebook.yml"))
    out = tmp_path / "config-codebook.sha256"
    assert fingerprint.update_config("codebook", out)
    # (r38) the first line is the own file, its path with the space kept; a codebook without the sections rounds
    # 36-37 added reads them from the package's file, stamped on a second line
    assert out.read_text(encoding="utf-8").splitlines()[0].endswith(f"  {own / 'codebook.yml'}")
    assert not fingerprint.update_config("codebook", out)  # unchanged: not rewritten


def test_learnt_rows_switched_off_need_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CM_LEARNT_ID_ROWS", str(tmp_path / "none.csv"))
    monkeypatch.setenv("CM_LEARNT_ID", "off")
    out = tmp_path / "config-learnt_id_rows.sha256"
    assert fingerprint.update_config("learnt_id_rows", out)  # the stage will not read it
    monkeypatch.setenv("CM_LEARNT_ID", "on")
    with pytest.raises(SystemExit, match="none.csv"):
        fingerprint.update_config("learnt_id_rows", out)


# 3. a heading before a line that opens with "Forum ..."
@pytest.mark.parametrize("text", [
    "2. Apologies\nForum members noted the apologies. The current outturn is £947,000 overspend.",
    "Item 4 DSG Update\nForum noted the £2m overspend on high needs.",
])
def test_heading_before_forum_sentence_is_no_named_forum(text: str) -> None:
    assert schools_forum_minutes(text)


@pytest.mark.parametrize("text", [
    # guards: a forum's name wrapped onto the next line, or on one line
    "Hounslow Education\nForum. The Forum noted the overspend.",
    "The Admissions\nForum met in March. The Forum noted the shortfall.",
    "Apologies were received from the Youth Forum. The Forum noted the overspend.",
])
def test_named_forum_still_seen(text: str) -> None:
    assert not schools_forum_minutes(text)


# 4. (r36phrase) the patterns of period_of_next searched without a quadratic scan of a long run
def test_period_of_next_patterns_are_linear_on_long_runs() -> None:
    import time

    from analysis.figures.phrase_nomeasure import _FIGURE_BEFORE_LEAD, _NEXT_END

    t0 = time.perf_counter()
    assert _NEXT_END.search(" " * 20000 + "nex") is None  # (about a minute on r36merge)
    assert _FIGURE_BEFORE_LEAD.search("1," * 20000 + "x") is None
    assert time.perf_counter() - t0 < 2.0
    # the same answers as before
    assert _NEXT_END.sub("", "plans for each of the  next") == "plans"
    assert _FIGURE_BEFORE_LEAD.search("investment of up to £1.16m ") and _FIGURE_BEFORE_LEAD.search("of 1,200 ")
    assert not _FIGURE_BEFORE_LEAD.search("of the investment ")
