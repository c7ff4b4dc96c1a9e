"""Round 33, r33review2 (a second review of wave 2): r33themes2's chat box on a page the article rule reads.

``code_segments`` applied round 13's article rule before r33themes2's chat-box check, so a chat box's question with no
theme word of its own, below a page that reads as an article, took the article's theme, though the docstring says
every segment under the box is ``other`` (page furniture). The box is now checked first. Each case below was coded
as its comment says on r33merge 415626b9. Notes r33_r33review2.
"""

from __future__ import annotations

from test_themes_r33_themes2 import _article_page, _themes

BOX = "Chat with this meeting"


def _with_box(questions: list[str], heading: str = BOX) -> list[tuple[str, str | None, str]]:
    return (_article_page([]) + [("heading", None, heading),
                                 ("paragraph", heading, "Subscribe to our professional plan to ask questions about this meeting.")]
            + [("paragraph", heading, q) for q in questions] + [("paragraph", heading, "Subscribe to chat")])


# written for this test: term-less narrative questions (8+ words, a sentence end); on 415626b9 each took the article's
# theme (health_wellbeing)
QUESTIONS = ["\u201cHow did the booking system work for families without a computer at home?\u201d",
             "\u201cWill the opening hours of the centres be longer next year for local families?\u201d",
             "\u201cWhat did the Members decide about the booking system for families?\u201d"]


def test_a_chat_box_question_below_an_article_is_page_furniture():
    themes = _themes(_with_box(QUESTIONS))
    assert themes[7:7 + len(QUESTIONS)] == ["other"] * len(QUESTIONS)


def test_guard_the_article_and_the_same_questions_under_a_heading_of_the_minutes():
    # the article's own paragraphs keep its theme, and the questions under another heading still take it (as before)
    themes = _themes(_with_box(QUESTIONS, "Questions from the public"))
    assert themes[1:5] == ["health_wellbeing"] * 4
    assert themes[7:7 + len(QUESTIONS)] == ["health_wellbeing"] * len(QUESTIONS)
