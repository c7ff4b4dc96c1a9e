"""(r43periods; the r43 walk's Left 7) An OpenCouncil summary starts with its sign-up box: "Subscribe to updates" was
read as the document's title and headed every passage (``make search`` showed it where the meeting's name should
be). Those lines are page furniture: the meeting's name line after them is the title."""

from __future__ import annotations

from analysis.clean import segment_text

PAGE = """Subscribe to updates

You'll receive weekly summaries about Camden Council every week.

If you have any requests or comments please let us know at community@opencouncil.network. We can also provide custom updates on particular topics across councils.

Children, Schools and Families Scrutiny Committee - Monday, 24th February, 2025 6.30 pm

February 24, 2025 View on council website

Chat with this meeting

The committee noted that 76.3% of EHC plans were issued within 20 weeks.
"""


def test_the_signup_box_is_no_title_or_heading() -> None:
    seg = segment_text("camden", PAGE)
    meeting = "Children, Schools and Families Scrutiny Committee - Monday, 24th February, 2025 6.30 pm"
    assert seg.iloc[0]["kind"] == "title" and seg.iloc[0]["text"] == meeting
    assert "Subscribe to updates" not in set(seg["heading"].dropna())  # (was every passage's heading)
    assert seg.iloc[1]["heading"] == meeting
    assert seg.iloc[-1]["heading"] == "Chat with this meeting"  # (the chat box's heading, read by the topics stage)
    assert not seg["text"].str.contains("Subscribe to updates|weekly summaries|opencouncil", regex=True).any()
    last = seg.iloc[-1]
    assert PAGE[last["raw_start"]:last["raw_end"]].startswith("The committee noted that 76.3%")


def test_guard_the_words_inside_a_passage_stay() -> None:
    text = ("Education Committee\n\nMembers asked residents to subscribe to updates from the school place planning "
            "team.\n")
    seg = segment_text("d", text)
    assert "subscribe to updates from the school" in " ".join(seg["text"])
