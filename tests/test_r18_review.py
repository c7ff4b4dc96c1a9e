"""Round 18 review (r18review): where round 18's merged rules (r18id, r18phrase, r18left) read wider than their docstrings
say, or cost time. Sentences are written in council style (not copied from a page), several phrasings per class. Every
test marked "fails on a90a725" does; guards pass on both."""

from __future__ import annotations

import time

import pytest

from analysis.figures import extract_figures
from analysis.figures import phrase


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    f = extract_figures(text)
    assert all(text[s:e] == sf for s, e, sf in zip(f["start"], f["end"], f["surface"]))
    return list(zip(f["surface"], f["indicator"], f["indicator_id"]))


def _surfaces(text: str) -> list[str]:
    return [s for s, _, _ in _rows(text)]


# 1. r18phrase added change verbs with a particle ("shot up", "crept up", "edged up", "edged down") to the words cut from
#    the end of a subject, while "shot", "crept", "edged", "up" and "down" are each words of the list: the repeated
#    group of _TRAIL_VERB could read each run two ways, and a run of them that does not reach the end of the text took
#    time exponential in its length (20 repeats: ~2 s; 24: ~25 s). Fails on a90a725.
def test_no_trail_phrase_is_made_of_trail_words() -> None:
    words = {p.lower() for p in phrase._TRAIL_WORDS.phrases if " " not in p}
    both = [p for p in phrase._TRAIL_WORDS.phrases if " " in p and all(w.lower() in words for w in p.split())]
    assert both == []


@pytest.mark.parametrize("run", ["shot up", "edged down", "crept up"])
def test_a_long_run_of_change_verbs_is_read_in_linear_time(run: str) -> None:
    left = "Referrals" + f" {run}" * 22 + " children"
    t0 = time.perf_counter()
    phrase._TRAIL_VERB.search(left + " rose to ")
    phrase._TRAIL_VERB.search(left)
    assert time.perf_counter() - t0 < 0.5


def test_the_change_verbs_are_still_cut_from_the_subject() -> None:  # guard
    for text, surface in (("The number of children in care shot up to 412 this year.", "412"),
                          ("Referrals crept up to 1,204 in the quarter.", "1,204"),
                          ("The number of children subject to a child protection plan edged down to 310.", "310")):
        ph = dict((s, p) for s, p, _ in _rows(text))[surface]
        assert ph is not None and not ph.endswith(("shot", "up", "crept", "edged", "down")), ph


# 2. r18left's marker before a year dropped a 1-2 digit number between a word and any year ("school 2 2014The", "survey 9
#    Spring 2023"), and so the count of every flattened table row that writes its year after it: "Permanent exclusions
#    12 2019-20", "Schools judged inadequate 3 2019". A year alone is not a marker's sign; a season or month before it, or
#    the next word glued to it (page furniture), still is. Fails on a90a725: the count is lost.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Permanent exclusions 12 2019-20 and 15 2020-21.", "12"),
        ("Number of schools in deficit 12 2023-24", "12"),
        ("Secondary schools in deficit 14 2022/23 compared with 9 2021/22.", "14"),
        ("Schools judged inadequate 3 2019", "3"),
        ("The council inspected schools 12 2019-20.", "12"),
    ],
)
def test_a_count_before_its_year_in_a_table_row_is_a_figure(text: str, surface: str) -> None:
    assert surface in _surfaces(text)


@pytest.mark.parametrize(
    "text, marker",
    [
        ("The results of the survey 9 Spring 2023 reported 45 responses.", "9"),
        ("Ofsted visited the school 2 2014The report found 45 pupils attended.", "2"),
        ("Pupils in Year 6 2019 results showed 65% met the standard.", "6"),
    ],
)
def test_a_marker_before_a_season_or_a_glued_year_stays_out(text: str, marker: str) -> None:  # guard
    assert marker not in _surfaces(text)
