"""Round 33, wave 2 (r33themes2): page furniture and meeting procedure that took a theme.

* A meetings-summary site's chat box ("Chat with this meeting") lists questions the site suggests about the meeting
  ("Will school budget allocations change in 2026?"). They are page furniture, not the minutes: the gold codes them
  other (5 of the 7 that name a theme, at Cornwall, Barnet and Northumberland; the box at 7 councils of the open blind
  sets). On r33merge b360963e each was coded by its theme word (finance, SEND).
* A page that reads as a news article (``themes.article_themes``: paragraphs reporting speech) gives its term-less
  narrative sentences the article's theme. On the open blind sets every page the rule found is minutes (14 pages), and
  the sentences it coded that way about the meeting's own proceedings ("The Head of Community Services presented the
  report.", "To receive an update ...", "Head Teachers had been invited to the meeting", "Before the start of this
  item ...") are procedure, gold other (8 of 8 at Wokingham, Leeds, Slough, Hounslow and North West Leicestershire;
  39 of 41 such sentences of the training passages are other, none on a news page). They no longer take the article's
  theme (``themes.meeting_act``); the article's narrative sentences still do.

Each case was coded as the comment says on b360963e (checked with its src, /work/staging/r33/mid1src, read-only).
Notes r33_r33themes2.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.themes import chat_box, code_segments, meeting_act
from analysis.topics import load_codebook

CB = load_codebook()


def _themes(doc: list[tuple[str, str | None, str]]) -> list[str]:
    segs = pd.DataFrame({"doc_id": ["d"] * len(doc), "seq": list(range(len(doc))),
                         "kind": [k for k, _, _ in doc], "heading": [h for _, h, _ in doc],
                         "text": [t for _, _, t in doc]})
    return [m.theme for m in code_segments(segs, None, CB)]


# written for this test; on b360963e each was coded by its theme word (finance, finance, send, fostering_adoption)
CHAT_QUESTIONS = [
    "\u201cWill the school budget allocations change next year?\u201d",
    "\u201cWhat funding changes will affect local schools?\u201d",
    "\u201cWill the SEND deficit keep rising?\u201d",
    "\u201cHow many foster carers were recruited?\u201d",
]


def _chat_page(questions: list[str], heading: str) -> list[tuple[str, str | None, str]]:
    return ([("title", None, "Schools Forum - Thursday, 9th October, 2025 10.00 am"),
             ("paragraph", "Subscribe to updates", "The forum was scheduled to discuss the school funding formula."),
             ("heading", None, heading),
             ("paragraph", heading, "Subscribe to our professional plan to ask questions about this meeting.")]
            + [("paragraph", heading, q) for q in questions]
            + [("paragraph", heading, "Subscribe to chat")])


def test_chat_box_questions_are_page_furniture():
    themes = _themes(_chat_page(CHAT_QUESTIONS, "Chat with this meeting"))
    assert themes[4:4 + len(CHAT_QUESTIONS)] == ["other"] * len(CHAT_QUESTIONS)


def test_chat_box_guard_summary_and_other_questions_keep_their_theme():
    # the site's own summary above the box is coded as before (finance), and the same questions under a heading of
    # the minutes (public questions put to the meeting) keep their themes
    themes = _themes(_chat_page(CHAT_QUESTIONS, "Questions from the public"))
    assert themes[1] == "finance"
    assert themes[4:4 + len(CHAT_QUESTIONS)] == ["finance", "finance", "send", "fostering_adoption"]


def test_chat_box_heading():
    assert chat_box("Chat with this meeting") and chat_box("  Chat with this meeting ")
    assert not chat_box("Chat with this meeting about SEND funding")
    assert not chat_box(None) and not chat_box("Public questions")


def _article_page(extra: list[str]) -> list[tuple[str, str | None, str]]:
    # minutes of a leisure contract item that read as an article: three of its paragraphs report speech ("said",
    # "added"), and its codebook terms are health's (sport, physical activity, obesity)
    paras = ["The sport and physical activity contract had raised the number of children using the centres.",
             "The Contract Manager said that obesity rates in the district were above the national average.",
             "The Team Manager added that children referred by schools were most likely to benefit.",
             "A Member said that the booking system was difficult for some families to use online."]
    return [("title", None, "Leisure Contract Annual Report")] + \
           [("paragraph", "Leisure Contract Annual Report", t) for t in paras + extra]


# written for this test; on b360963e each took the article's theme (health_wellbeing)
MEETING_ACTS = [
    "The Head of Community Services presented the report to the committee.",
    "The Contract Manager presented a PowerPoint presentation to supplement the report.",
    "The Chair thanked the officers for the very comprehensive report.",
    "Head Teachers and governors had been invited to the meeting from schools across the district.",
    "Before the start of this item the Chair asked members to hold a minute's silence.",
    "To receive an update and monitor the key performance indicators of the service.",
]


@pytest.mark.parametrize("text", MEETING_ACTS)
def test_article_sentence_about_the_meeting_is_not_the_articles(text):
    themes = _themes(_article_page([text]))
    assert themes[-1] == "other"


# guards: the article's narrative sentences with no term of their own still take its theme (as on b360963e)
NARRATIVE = [
    "In response to a question about school visits, officers advised that most were measured through card sign ins.",
    "The Member then expressed concern that it might overinflate how successful the usage figures looked.",
]


@pytest.mark.parametrize("text", NARRATIVE)
def test_guard_article_narrative_keeps_the_articles_theme(text):
    themes = _themes(_article_page([text]))
    assert themes[-1] == "health_wellbeing"


def test_meeting_act():
    assert meeting_act("Sue Smith presented the report.") and meeting_act("Please see the report by the manager.")
    assert meeting_act("To note the update.") and meeting_act("(agenda item 2)")
    assert not meeting_act("The report said the number of looked after children had risen.")
    assert not meeting_act("Speaking at Thursday's meeting of the committee, she said places were needed.")


# "Report attached" (a pointer to the item's papers) is a bare label, other (codebook labels: r33themes2; gold other
# at Southend, Leeds and Bury). On b360963e the heading under a themed item was coded school_places_transport by the
# model (a judged pool line had been coded so) and, isolated, the same.
def test_report_attached_is_a_label():
    themes = _themes([("title", None, "Growth Fund Applications 2018/19"),
                      ("heading", "Growth Fund Applications 2018/19", "Report attached"),
                      ("heading", "Growth Fund Applications 2018/19", "(Report attached)")])
    assert themes[1:] == ["other", "other"]


def test_guard_report_attached_in_a_sentence_is_coded_by_its_words():
    # a sentence that goes on to name its subject is not a bare label
    themes = _themes([("paragraph", None, "Report attached from the Cabinet Member on foster carer recruitment.")])
    assert themes == ["fostering_adoption"]
