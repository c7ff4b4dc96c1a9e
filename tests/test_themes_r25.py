"""Round 25 (r25themes): classes of theme errors on the twelve open blind sets, fixed by mechanism.

Notes: tests/realworld/notes/r25_r25themes.md. Money passages of a SEND item (the gold's high-needs rule) take the
item's theme when the codebook sets ``money_in_items:`` (not set in the shipped codebook); an overview of a meeting's
agenda and a summary page's subscription furniture are procedure; an opening item's heading lends ``other``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import themes as TH
from analysis import topics as T
from analysis.errors import ConfigError
from analysis.io import read_config_yaml
from theme_frames import segments_frame, shipped_codebook

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def codebook() -> T.Codebook:
    return shipped_codebook()


def _edited(**keys: object) -> T.Codebook:
    data = read_config_yaml(ROOT / "data" / "codebook.yml", "codebook", "")
    for k, v in keys.items():
        if v is None:
            data.pop(k, None)
        else:
            data[k] = v
    return T.parse_codebook(data)


_SEND_ITEM = [
    ("title", None, "High Needs Block Budget 2024/25"),
    ("paragraph", "High Needs Block Budget 2024/25", "Savings of 219k had been made last year, but the overspend grew."),
    ("paragraph", "High Needs Block Budget 2024/25", "The Forum noted the budget pressures set out in the table."),
    ("paragraph", "High Needs Block Budget 2024/25", "The budget for foster carer allowances was unchanged."),
]


_MONEY = {"money": "finance", "items": ["send"]}


def test_money_passages_of_a_send_item_take_the_items_theme() -> None:
    got = [m.theme for m in TH.code_segments(segments_frame(_SEND_ITEM), None, _edited(money_in_items=_MONEY))]
    # money words alone: the item's money (send); a passage naming another theme's term is coded as before
    assert got[:3] == ["send", "send", "send"]
    assert got[3] != "send"


def test_money_passages_elsewhere_keep_their_own_theme() -> None:
    rows = [(k, "Youth Service Review" if h else None, t.replace("High Needs Block Budget 2024/25", "Youth Service Review"))
            for k, h, t in _SEND_ITEM[:3]]
    got = [m.theme for m in TH.code_segments(segments_frame(rows), None, _edited(money_in_items=_MONEY))]
    assert got[1:] == ["finance", "finance"]


def test_money_in_items_is_the_researchers_to_edit(codebook: T.Codebook) -> None:
    segs = segments_frame(_SEND_ITEM[:2])
    assert [m.theme for m in TH.code_segments(segs, None, codebook)][1] == "finance"  # not set in the shipped codebook
    moved = _edited(money_in_items={"money": "finance", "items": ["early_help"]})
    rows = [("title", None, "Family Hubs Programme"), ("paragraph", "Family Hubs Programme", "Savings of 50k had been made.")]
    assert [m.theme for m in TH.code_segments(segments_frame(rows), None, moved)][1] == "early_help"
    with pytest.raises(ConfigError, match="money_in_items: items: 'sen' is not a theme id"):
        _edited(money_in_items={"money": "finance", "items": ["sen"]})


@pytest.mark.parametrize("text", [
    "The Children and Education Scrutiny Sub-Committee met to discuss several key issues, including safeguarding, "
    "special educational needs and the budget.",
    "This meeting was scheduled to receive updates about a range of services for children in care and care leavers.",
    "The Children's Overview and Scrutiny Committee were scheduled to meet on 17 May 2025 to discuss a range of "
    "issues, including SEND and foster carer recruitment.",
])
def test_an_overview_of_a_meetings_agenda_is_other(codebook: T.Codebook, text: str) -> None:
    assert TH.assign_themes([text], codebook) == ["other"]
    assert [m.theme for m in TH.code_segments(segments_frame([("paragraph", None, text)]), None, codebook)] == ["other"]


def test_one_report_or_a_themed_body_keeps_its_theme(codebook: T.Codebook) -> None:
    texts = ["The committee was scheduled to receive the Youth Justice Plan, which sets out the service's priorities.",
             "The Corporate Parenting Panel met to discuss a range of issues, including placements.",
             "Members raised a range of issues about foster carer recruitment."]
    assert TH.assign_themes(texts, codebook) == ["neet_youth_care_leavers", "children_in_care", "fostering_adoption"]


def test_a_summary_pages_subscription_furniture_is_other(codebook: T.Codebook) -> None:
    texts = ["Subscribe to chat",
             "We do not currently provide detailed weekly summaries for this council. Running the service is "
             "expensive, and we need to cover our costs."]
    assert TH.assign_themes(texts, codebook) == ["other", "other"]


def test_an_opening_items_heading_lends_other(codebook: T.Codebook) -> None:
    rows = [("heading", None, "Declarations of Interest"),
            ("paragraph", "Declarations of Interest", "The following declarations were made:"),
            # (r31themes) not "Cllr Jones was a teacher ...": a titled member's declaration is procedure on its own now
            # (analysis.topics.declaration_line), so the line that shows the heading's say names no titled member
            ("bullet", "Declarations of Interest", "- The vice-chair was a teacher at a secondary school."),
            ("title", "Declarations of Interest", "Special Educational Needs Strategy"),
            ("heading", None, "Matters arising"),
            ("paragraph", "Matters arising", "Members asked why the SEND strategy had not been published.")]
    got = [m.theme for m in TH.code_segments(segments_frame(rows), None, codebook)]
    # the member's role is no subject; an item title under the stale heading and matters arising keep their theme
    assert got == ["other", "other", "other", "send", "other", "send"]
    # without the codebook's opening_items the heading lends nothing, and the role words decide again
    got = [m.theme for m in TH.code_segments(segments_frame(rows), None, _edited(opening_items=None))]
    assert got[2] == "education_standards"
