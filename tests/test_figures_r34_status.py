"""Round 34, helper r34status: a hope is not a status (tests/realworld/notes/r34_r34status.md).

A status phrase ("on track", "off track", "rated red", "below target") tells what the minutes report only when it says
a state. Governed by an infinitive of aim or purpose, a verb of hoping, planning, expecting or ensuring (the
researcher's list ``status.aims`` of ``data/figure_rules.yml``), a condition ("if", "unless", "whether"), a modal
before its verb ("will be on track by March") or in a question (the sentence ends in "?"), it says what somebody
wants, plans or asks: the figure gets no status (``figures.context.status_of``) and the sentence is no track statement
of what was flagged (``compare.track_statements``). "no longer on track" is off track (one council, disclosed).

Every sentence is written for the test in council style. Each case fails on main 5c491a04; the guards pass on both.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import compare
from figure_rows import one_figure


# fails on 5c491a04: the aim's status phrase gave the figure a status
@pytest.mark.parametrize("text, surface", [
    ("Savings of £1.2m were anticipated to bring the recovery plan back on track.", "£1.2m"),
    ("The overspend of £2.5m is expected to be on track by March.", "£2.5m"),
    ("The service aims to keep 85% of visits on track this year.", "85%"),
    ("Officers will work to ensure that 90% of plans stay on track.", "90%"),
    ("Members asked whether the £3.4m of savings were on track.", "£3.4m"),
    ("If the 12 actions remain off track, a recovery plan will be presented.", "12"),
    ("Are the 45 placements on track?", "45"),
    ("The £4m programme will be back on track by the end of the year.", "£4m"),
    ("The £6m transformation needed more staff to get back on track.", "£6m"),
])
def test_a_status_phrase_of_an_aim_gives_no_status(text: str, surface: str) -> None:
    assert one_figure(text, surface)["status"] is None


# guards: statuses the minutes report stay (pass on 5c491a04 too)
@pytest.mark.parametrize("text, surface, status", [
    ("Delivery of £31m of savings in 2017/18 is on track.", "£31m", "on track"),
    ("At year end 61% of Corporate Delivery Plan actions are on track or have been completed.", "61%", "on track"),
    ("As of 30 September a total of £53.6m is on track to be delivered.", "£53.6m", "on track"),
    ("Transformation savings of £2m were reported to be on track.", "£2m", "on track"),
    ("Delivery of the planned £5m of savings is on track.", "£5m", "on track"),
    ("The target to recruit 10 Intensive Support carers by March 2018 was on track.", "10", "on track"),
    ("Savings of £273,000 rated Amber related to children's homes.", "£273,000", "amber"),
    ("Timeliness was 41%, rated red.", "41%", "red"),
    ("Timeliness was 45% for the quarter, which is not on track.", "45%", "not on track"),
    ("EHCP timeliness stood at 41% red for the quarter.", "41%", "red"),
])
def test_reported_statuses_stay(text: str, surface: str, status: str) -> None:
    assert one_figure(text, surface)["status"] == status


def _tracks(sentences: list[str]) -> dict[str, str]:
    seg = pd.DataFrame({"council_slug": "c", "doc_id": [f"d{i}" for i in range(len(sentences))],
                        "segment_id": [f"d{i}:0" for i in range(len(sentences))], "theme": "other", "text": sentences,
                        "raw_start": 0, "raw_end": [len(s) for s in sentences]})
    st = compare.track_statements(seg)
    return dict(zip(st["sentence"], st["track"]))


# fails on 5c491a04: counted as something flagged on track
@pytest.mark.parametrize("sentence", [
    "This expansion was anticipated to bring the savings plan back on track.",
    "Every family should know that help is there to get things back on track.",
    "The department needed the money to get back on track.",
    "The Board would continue its work in ensuring that the Plan was on track.",
    "Councillor Smith asked if the service was on target to recruit 20 foster carers.",
    "The budget will be back on track by the end of the year.",
    "Is the recovery plan on track?",
    "The council hopes to stay on target for the rest of the year.",
])
def test_an_aim_is_no_track_statement(sentence: str) -> None:
    assert sentence not in _tracks([sentence])


# fails on 5c491a04 (one council, Bexley: disclosed): counted as on track
def test_no_longer_on_track_is_off_track() -> None:
    s = "Officers reported that the council was no longer on track to deliver the deficit profile."
    assert _tracks([s]) == {s: compare.OFF}


# guards: reported tracks stay (pass on 5c491a04 too)
@pytest.mark.parametrize("sentence, track", [
    ("The plan is on track.", compare.ON),
    ("Officers noted that while some savings were rated as amber, many were on track and would likely move to green.",
     compare.ON),
    ("The report pack states that previous recovery plans were off track.", compare.OFF),
    ("Performance remains below target and lower than in similar areas.", compare.OFF),
    ("The service directory was on track to be published in January 2025.", compare.ON),
    ("Financial transformation was reported to be on track, with zero-based budgeting progressing well.", compare.ON),
    ("The Service had exceeded the target of 8.5% set for this financial year.", compare.ON),
    ("We need to get back on track, but 61% of actions are off track.", compare.OFF),
    ("If funding is confirmed, officers said that the programme is on track.", compare.ON),
])
def test_reported_tracks_stay(sentence: str, track: str) -> None:
    assert _tracks([sentence]) == {sentence: track}
