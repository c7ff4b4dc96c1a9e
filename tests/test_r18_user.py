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


# ----------------------------------------------------------------------------- index: meetings, not agenda items


def test_index_counts_two_agenda_items_of_one_meeting_as_one_meeting(tmp_path):
    # fails on a90a725: the index said "Blackpool Council: 4 meetings, 2021-02-04 to 2023-02-02" for four agenda
    # items' minutes of three meetings (two items of 2023-02-02), while the council page said "4 meeting records".
    from analysis import report
    from test_compare import tiny_tables, write_tiny

    t = tiny_tables()
    docs = t["documents"]
    a1 = docs["doc_id"].eq("a1")
    docs.loc[docs["doc_id"].eq("a2"), ["meeting_date", "committee"]] = [docs.loc[a1, "meeting_date"].iloc[0],
                                                                        docs.loc[a1, "committee"].iloc[0]]
    write_tiny(tmp_path / "processed", t)
    html = report.write_index(tmp_path / "processed", tmp_path / "reports").read_text(encoding="utf-8")
    assert "Alpha &lt;County&gt; Council</a>: 1 meeting (2 agenda items), 2024-01-10;" in html, html


def test_index_counts_meetings_of_different_dates_as_before(tmp_path):
    # guard: one record per meeting reads as before ("2 meetings, <first> to <last>"), undated records count each
    from analysis import report
    from test_compare import write_tiny

    write_tiny(tmp_path / "processed")
    html = report.write_index(tmp_path / "processed", tmp_path / "reports").read_text(encoding="utf-8")
    assert "Alpha &lt;County&gt; Council</a>: 2 meetings, 2024-01-10 to 2024-06-01;" in html, html
    assert "agenda items" not in html


# ----------------------------------------------------------------------------- council page: reporting periods


def test_council_page_says_what_its_reporting_periods_are(tmp_path):
    # fails on a90a725: the section promised "Periods named in each document (quarters, years, months)" under a
    # "Periods mentioned" column, but shows one reporting period per document (a quarter and/or financial year): a
    # document naming "June 2022" and "2019" showed an empty cell, which read as a fault.
    from analysis import report
    from test_compare import write_tiny

    write_tiny(tmp_path / "processed")
    tables = report.load_tables(tmp_path / "processed")
    html = report.write_council(tables, "alpha-county-council", tmp_path / "raw", tmp_path / "processed",
                                tmp_path / "reports").read_text(encoding="utf-8")
    # (r32reader) the reporting periods section repeated the meetings table: its words now introduce that table's column
    section = html[html.index('<section id="meetings">'):]
    section = section[:section.index("</section>")]
    assert "quarters, years, months" not in section and "Periods mentioned" not in section
    assert "a quarter and/or a financial year" in section and "blank where it names none" in section
    assert "<th>Reporting period</th>" in section


def test_council_page_explains_the_no_content_topic(tmp_path):
    # fails on a90a725: a topic row "(no content)" stood among the topics with no word on what it was (a reader
    # adding a council saw "(no content) | Other (no codebook theme) | 3" and took it for a fault).
    from analysis import report
    from test_compare import write_tiny

    write_tiny(tmp_path / "processed")
    tables = report.load_tables(tmp_path / "processed")
    html = report.write_council(tables, "alpha-county-council", tmp_path / "raw", tmp_path / "processed",
                                tmp_path / "reports").read_text(encoding="utf-8")
    topics = html[html.index("<h3>Topics (topic model clusters)</h3>"):]
    # r40: segments without content words are counted in the topic of their theme; the page says so.
    assert "are counted in the topic that holds most segments of their theme" in topics[:800], topics[:800]
    assert "&#34;(no content)&#34; gathers those whose theme no topic holds" in topics[:800] \
        or '"(no content)" gathers those whose theme no topic holds' in topics[:800], topics[:800]


# ----------------------------------------------------------------------------- search: which agenda item


def test_search_names_the_agenda_item_of_a_passage_under_no_heading(tmp_path):
    # fails on a90a725: two agenda items of one meeting saved as plain text (no title line, so their passages sit under
    # no heading) gave hits that showed only council, date and committee: the manifest's item title was not in the
    # index, so a reader could not tell "Medium Term Financial Strategy" from "Ofsted Inspection report".
    from analysis import search
    from analysis.io import write_tables
    from test_search import corpus_tables

    corpus = {
        "bp1": ("Blackpool Council", "blackpool-council", "2023-02-02", "https://b.example/1",
                [("Blackpool had 205 looked after children per 10k at the time of the meeting.", "other")]),
        "bp2": ("Blackpool Council", "blackpool-council", "2023-02-02", "https://b.example/2",
                [("The inspection judged that looked after children were well supported.", "other")]),
    }
    tables = corpus_tables(corpus)
    tables["documents"]["title"] = ["Children's Services Medium Term Financial Strategy",
                                    "Ofsted Inspection report <verbal update>"]
    folder = tmp_path / "processed"
    write_tables(tables, folder, csv=False)
    search.build_index(folder)
    with search.SearchIndex(folder / search.INDEX_NAME) as idx:
        res = idx.run('"looked after children"')
        text = search.format_hits(res, idx.marks(res.query, res.hits["text"]))
        html = search.render_html(res, idx.marks(res.query, res.hits["text"]), idx.figures(res.hits))
    assert "Children's Services Medium Term Financial Strategy" in text and "Ofsted Inspection report" in text, text
    assert "Ofsted Inspection report &lt;verbal update&gt;" in html  # escaped, as every string from the manifest
    assert sorted(res.hits["title"]) == ["Children's Services Medium Term Financial Strategy",
                                         "Ofsted Inspection report <verbal update>"]
    assert list(search.search('"looked after children"', processed_dir=folder).columns)[:len(search.CSV_COLUMNS)] \
        == search.CSV_COLUMNS  # the CSV's columns are as before


def test_a_saved_moderngov_meeting_page_keeps_no_furniture_either():
    # fails on a90a725: a saved "Agenda and minutes" page (tests/fixtures/moderngov_meeting_r18.html, made up in
    # ModernGov's layout) gave the segments "Agenda and minutes" (the title), "Venue: ...", "Contact: ..." (headings)
    # and the agenda table's header "No. Item"; its agenda items and minutes stay.
    from pathlib import Path

    from analysis import clean, corpus

    page = (Path(__file__).parent / "fixtures" / "moderngov_meeting_r18.html").read_text(encoding="utf-8")
    segs = clean.segment_text("d", corpus.html_to_text(page))
    assert not segs["text"].str.contains(FURNITURE).any(), segs["text"].tolist()
    assert not segs["heading"].fillna("").str.contains(FURNITURE).any(), segs["heading"].tolist()
    assert segs["text"].tolist()[-2:] == ["Ofsted Inspection report (verbal update)",
                                          "Ms Vicky Gent provided a verbal update. The outcome was that 12 of 14 "
                                          "judgements were good."]
