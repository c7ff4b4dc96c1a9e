"""Round 18, helper r18user: a new researcher adds a council (a ModernGov page saved as text from a browser, a saved
ModernGov HTML page, a printed PDF) and reads the pages and search results. Each test marked "fails on a90a725"
failed on that commit (main at the start of the helper's work) and passes after the fix; the others are guards."""

from __future__ import annotations

import pytest

# ----------------------------------------------------------------------------- clean: a ModernGov page saved as text

#: The top of a ModernGov meeting or agenda-item page as a browser saves it as text (File > Save as, "Text"), in the
#: shapes seen in the pools' pages of 40+ councils: the breadcrumb, the page title, the meeting's venue and contact
#: officer and the agenda table's header, then the minutes. Names, rooms and numbers are made up.
SAVED_PAGES = [
    ("Home > Council and Democracy > Agenda and minutes\n\nAgenda and minutes\n\nVenue: Town Hall, Exampleton\n\n"
     "Contact: Jo Smith  Senior Democratic Governance Adviser\n\nNo. Item\n\n\n"
     "Members noted that 63 children required residential provision, of whom 23 were placed in the area.\n\n"
     "The Committee agreed that the report be noted.\n"),
    ("Home > Council and Democracy > Agenda item\n\nAgenda item\n\n\n"
     "To consider the Children's Services Medium Term Financial Strategy.\n\n\n"
     "Ms Gent presented the strategy; Blackpool had 205 looked after children per 10k at the time of the meeting.\n"),
    ("Agenda and draft minutes\n\nVenue: Committee Room 5 - Civic Centre. View directions\n\n"
     "Contact: Maria Jones, Democratic Support Officer  Tel: 023 8083 3899\n\nLink: Link to Meeting\n\n"
     "No. | Item |\n\nThe Forum noted the increase of £4 million in the schools block.\n"),
    ("You are here:\n\nHome > Democracy > Meetings\n\nAgenda, decisions and minutes\n\n"
     "Venue: Council Chamber - County Hall, Trowbridge, BA14 8JN. View directions\n\nContact: Democratic Services "
     "Email: democracy@example.gov.uk\n\nNo. | Item | ||||||||||\n\n"
     "The Panel heard that 88% of assessments were completed within 45 working days.\n"),
]

FURNITURE = r"^(?:Home >|You are here|Agenda and|Agenda, decisions|Venue:|Contact:|No\. (?:\| )?Item)"


def test_clean_drops_the_furniture_of_a_moderngov_page_saved_as_text():
    # fails on a90a725: the breadcrumb became the document's title and the heading of every passage, "Venue:" and
    # "Contact:" became headings (a search hit showed "Contact: Jo Smith ..." as the passage's heading) and "No. Item"
    # was a passage of its own (a topic "(no content)").
    from analysis import clean

    for text in SAVED_PAGES:
        segs = clean.segment_text("d", text)
        assert not segs["text"].str.contains(FURNITURE).any(), segs["text"].tolist()
        assert not segs["heading"].fillna("").str.contains(FURNITURE).any(), segs["heading"].tolist()
        minutes = text.strip().split("\n")[-1]
        assert minutes in set(segs["text"]), segs["text"].tolist()  # the minutes themselves stay, whole
        for row in segs.itertuples():  # and still slice back to the raw text
            assert clean.normalise(text[row.raw_start:row.raw_end]).text == row.text


@pytest.mark.parametrize("line", [
    "Members asked who the contact: officer was for the venue.",
    "Home to school transport > £2m overspend was discussed.",
    "No. of children in care: 347",
    "The agenda and minutes of the previous meeting were agreed.",
    "Contact with birth families: 12 children had supervised contact.",
])
def test_clean_keeps_prose_that_starts_like_page_furniture(line):
    # guard: the rules match whole lines of the page's furniture, not words of the minutes ("Contact" in lower case
    # after the colon-less start, "No. of", "Home to school")
    from analysis import clean

    text = f"The Committee met.\n\n{line}\n"
    segs = clean.segment_text("d", text)
    assert line in " ".join(segs["text"]), segs["text"].tolist()
