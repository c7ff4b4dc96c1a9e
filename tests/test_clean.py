"""Tests for analysis.clean: normalisation with offsets, sentences and segmentation."""

from __future__ import annotations

import random
from pathlib import Path

import pandas as pd
import pytest

from analysis import clean
from analysis.clean import (
    BOILERPLATE_LINES,
    BOILERPLATE_TAILS,
    clean_documents,
    normalise,
    raw_span,
    segment_text,
    sentence_of,
    split_sentences,
)
from analysis.schemas import SEGMENTS

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
SEEDS = sorted(RAW.glob("*.txt"))


def read(path: Path) -> str:
    """A file's text exactly as the corpus layer gives it (no newline translation)."""
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def read_seed(name: str) -> str:
    return read(next(p for p in SEEDS if p.name.startswith(name)))


def seg(text: str, doc_id: str = "d") -> pd.DataFrame:
    return segment_text(doc_id, text)


def texts(df: pd.DataFrame) -> list[str]:
    return list(df["text"])


def table(df: pd.DataFrame, cols: tuple[str, ...] = ("kind", "number", "text")) -> list[list[object]]:
    """Rows of ``cols`` as plain lists, with missing values as None."""
    return [[None if pd.isna(v) else v for v in r] for r in df[list(cols)].itertuples(index=False)]


def row(df: pd.DataFrame, startswith: str) -> pd.Series:
    hits = df[df["text"].str.startswith(startswith)]
    assert len(hits) == 1, f"{len(hits)} segments start with {startswith!r}: {texts(df)}"
    return hits.iloc[0]


# ------------------------------------------------------------------------------ normalise


def _reference_normalise(raw: str) -> tuple[str, list[int]]:
    """Slow, obviously-correct per-character version of normalise, to compare against."""
    chars: list[tuple[str, int]] = []
    for i, c in enumerate(raw):
        if c in "\u2018\u2019\u201a\u201b\u2032":
            chars.append(("'", i))
        elif c in "\u201c\u201d\u201e\u201f\u2033":
            chars.append(('"', i))
        elif c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d":
            chars.append(("-", i))
        elif c == "\u2026":
            chars.extend((".", i) for _ in range(3))
        elif c in "\u00ad\u200b\u200c\u200d\u2060\ufeff" or (ord(c) < 32 and not c.isspace()) or c == "\x7f":
            continue
        elif c.isspace():
            if chars and chars[-1][0] == " " and chars[-1][1] >= 0:
                continue  # collapse the run onto its first whitespace character
            chars.append((" ", i))
        else:
            chars.append((c, i))
    # a whitespace run is only collapsed if nothing but whitespace/invisible chars separate it
    out: list[tuple[str, int]] = []
    for c, i in chars:
        if c == " " and out and out[-1][0] == " ":
            continue
        out.append((c, i))
    while out and out[0][0] == " ":
        out.pop(0)
    while out and out[-1][0] == " ":
        out.pop()
    text = "".join(c for c, _ in out)
    offsets = [i for _, i in out]
    offsets.append(offsets[-1] + 1 if offsets else 0)
    return text, offsets


ALPHABET = list("ab c.\n\r\t") + [
    "\u00a0", "\u2009", "\u202f", "\u3000", "\u2018", "\u2019", "\u201c", "\u201d", "\u201e",
    "\u2013", "\u2014", "\u2212", "\u2026", "\u00ad", "\u200b", "\ufeff", "£", "é", "·", "\x0c",
]


def test_normalise_basic_replacements() -> None:
    raw = "\u00a0Cllr\u00a0Smith said \u201cgood\u201d \u2013 it\u2019s 5\u2009% \u2212 up\u2026\r\n"
    n = normalise(raw)
    assert n.text == "Cllr Smith said \"good\" - it's 5 % - up..."
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[0] == 1  # the leading NBSP is stripped
    assert n.offsets[-1] == raw.index("\u2026") + 1
    # the three dots of the ellipsis map to the one raw character
    assert n.offsets[-4:-1] == [raw.index("\u2026")] * 3


def test_normalise_rejoins_wrapped_lines_and_drops_invisible_chars() -> None:
    raw = "The Board\r\nreceived the\n\n  report;\u00ad co\u00adordinated\u200b work\t\u200b done"
    assert normalise(raw).text == "The Board received the report; coordinated work done"


def test_normalise_empty_and_blank() -> None:
    for raw in ("", " ", "\u00a0\n\t\u200b", "\ufeff"):
        n = normalise(raw)
        assert n.text == "" and n.offsets == [0]


@pytest.mark.parametrize("seed", range(300))
def test_normalise_matches_reference_and_maps_back(seed: int) -> None:
    rng = random.Random(seed)
    raw = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40)))
    n = normalise(raw)
    assert (n.text, n.offsets) == _reference_normalise(raw)
    assert len(n.offsets) == len(n.text) + 1
    # every clean character maps to a raw character that normalises to it
    for i, c in enumerate(n.text):
        r = raw[n.offsets[i]]
        assert (c == " " and r.isspace()) or c in normalise(r).text, (raw, i)
    assert all(a <= b for a, b in zip(n.offsets, n.offsets[1:]))


def test_raw_span_maps_clean_spans_to_raw() -> None:
    raw = "Spend\u00a0was\n\u201c\u00a32.3\u00a0million\u201d."
    n = normalise(raw)
    a = n.text.index("£")
    b = n.text.index("million") + len("million")
    start, end = raw_span(n, a, b, base=10)
    assert raw[start - 10 : end - 10] == "\u00a32.3\u00a0million"
    assert normalise(raw[start - 10 : end - 10]).text == n.text[a:b]
    with pytest.raises(ValueError):
        raw_span(n, 3, 3)


# ------------------------------------------------------------------------------ sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Cllr. Smith asked about the budget.",
        "Members noted item No. 5 on the agenda.",
        "Places were offered in e.g. colleges and i.e. sixth forms.",
        "The overspend was £2.3 million in total.",
        "Performance rose to 33.2 per cent (approx. 40 pupils), cf. last year.",
        "Mrs. Jones and Dr. Patel met the Cttee. Chair.",
        "Item 5 was deferred to Sept. 2024 by the Chair.",
    ],
)
def test_punkt_does_not_split_abbreviations_or_decimals(text: str) -> None:
    assert sentences(text) == [text]


def test_punkt_splits_real_sentences() -> None:
    text = "The Board received the report. Cllr. Smith asked about No. 5. Costs fell by £2.3 million."
    assert sentences(text) == [
        "The Board received the report.",
        "Cllr. Smith asked about No. 5.",
        "Costs fell by £2.3 million.",
    ]
    assert split_sentences("   ") == []


def test_sentences_without_a_break_candidate_skip_punkt_with_the_same_answer() -> None:
    """split_sentences answers text without ". " (most segments) without Punkt: same spans."""
    tok = clean._tokenizer()
    texts = [normalise(ln).text for p in SEEDS for ln in read(p).splitlines() if ln.strip()]
    texts += ["Costs rose (etc.) again", "Is it? Yes", "Attendance was 93.5%", "Done.", "a!b", "No. 5 was it"]
    for t in texts:
        assert split_sentences(t) == list(tok.span_tokenize(t)), t


def test_sentence_of() -> None:
    text = "Attendance rose. EHCPs were 68% on time. Costs fell."
    i = text.index("68%")
    a, b = sentence_of(text, i, i + 3)
    assert text[a:b] == "EHCPs were 68% on time."
    # a span over two sentences gives both
    a, b = sentence_of(text, text.index("rose"), text.index("EHCPs") + 2)
    assert text[a:b] == "Attendance rose. EHCPs were 68% on time."
    assert sentence_of("", 0, 0) == (0, 0)


def test_tokenizer_needs_no_nltk_data(monkeypatch: pytest.MonkeyPatch) -> None:
    import nltk

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("nltk.download called")

    monkeypatch.setattr(nltk, "download", refuse)
    clean._tokenizer.cache_clear()
    clean._sentence_spans.cache_clear()
    assert sentences("No. 5 was approved. It cost £2.3 million.") == ["No. 5 was approved.", "It cost £2.3 million."]


# ------------------------------------------------------------------------------ boilerplate

BOILERPLATE_EXAMPLES = {
    "agenda_item_header": ["Agenda item", "Agendas, Meetings and Minutes - Agenda item", "Agendas, Meetings and Minutes"],
    "breadcrumb": ["Home > Council and Democracy > Agenda item", "You are here:", "Home > Democracy > Meetings"],
    "meeting_page_title": ["Agenda and minutes", "Agenda and draft minutes", "Agenda, decisions and minutes",
                           "Agenda and decisions"],
    "agenda_table_header": ["No. Item", "No. | Item |", "No. | Item | ||||||||||"],
    "meeting_details": ["Venue: Town Hall, Blackpool", "Contact: John Greenbank  Senior Democratic Governance Adviser",
                        "Venue: Committee Room 5 - Civic Centre. View directions"],
    "minutes_label": ["Minutes:"],
    "decision_label": ["Decision:"],
    "documents_label": ["Supporting documents:", "Additional documents:", "Background papers"],
    "attachment_link": ["pdf icon", "pdf icon PDF 120 KB"],
    "file_size": ["PDF 138 KB", "PDF 332 KB", "(PDF 1 MB)", "DOCX 45 KB"],
    "printed_on": ["Printed on 12/03/2024 10:22", "Printed on: 1 May 2024"],
    "page_number": ["Page 3 of 7", "Page 12", "- 4 -"],
    "link_to": ["Link to the webcast of the meeting", "Link to: Minutes of the previous meeting"],
    "download_view": ["Download", "Download the agenda (PDF)", "View the reasons why this item is restricted"],
    "full_minutes_link": ["... view the full minutes text for item 25", "view the full minutes text for item 7"],
    "news_link": ["Read more: Council needs extra £4.5m, with £20k per week to place one child in care",
                  "ALSO READ: Approval for £8m expansion of a special school", "Related stories: Foster carers wanted",
                  "See also: Ofsted praises children's services"],
    "news_advert": ["Advertisement", "Hide Ad", "Advertisement Hide Ad", "Hide AdAdvertisement"],
    "opencouncil_signup": ["Subscribe to updates", "You'll receive weekly summaries about Camden Council every week.",
                           "You’ll receive weekly summaries like the ones below about Leeds City Council every week.",
                           "If you have any requests or comments please let us know at community@opencouncil.network. "
                           "We can also provide custom updates on particular topics across councils."],
}


def test_every_boilerplate_rule_has_an_example() -> None:
    assert {name for name, _ in BOILERPLATE_LINES} == set(BOILERPLATE_EXAMPLES)
    assert all(isinstance(name, str) and hasattr(rx, "fullmatch") for name, rx in BOILERPLATE_LINES + BOILERPLATE_TAILS)


@pytest.mark.parametrize(
    ("rule", "line"), [(rule, line) for rule, lines in BOILERPLATE_EXAMPLES.items() for line in lines]
)
def test_boilerplate_line_is_dropped(rule: str, line: str) -> None:
    assert any(rx.fullmatch(normalise(line).text) for name, rx in BOILERPLATE_LINES if name == rule)
    text = f"Budget Report\n\nThe Committee noted the report.\n\n{line}\n\nMembers asked about costs."
    df = seg(text)
    assert texts(df) == ["Budget Report", "The Committee noted the report.", "Members asked about costs."]


def test_a_news_link_line_does_not_swallow_the_paragraph_after_it() -> None:
    # round 11 (r11prec's notes): the link line, without a full stop, joined the next paragraph, and the figures stage
    # then read that paragraph's figures as the linked story's ("The authority had 14 such children" was lost)
    text = ("Read more: Council needs extra £4.5m, with £20k per week to place one child in care\n\n"
            "The authority had 14 such children at the end of July.\n")
    assert texts(seg(text)) == ["The authority had 14 such children at the end of July."]
    # a sentence about reading is not a link line
    keep = "Read more about the 12 family hubs in the report.\n\nMembers noted it.\n"
    assert texts(seg(keep)) == ["Read more about the 12 family hubs in the report.", "Members noted it."]


def test_a_news_advert_slot_glued_to_a_paragraph_is_cut() -> None:
    # round 20 (r20id): a news page's advert slots ("Advertisement", "Hide Ad") between two paragraphs, the last one glued to
    # the next paragraph's first word: the slots go, the paragraph stays whole and the paragraph before is its neighbour
    text = ("There were 584 children in care in March.\n\nAdvertisement\n\nHide AdAdvertisement\n\n"
            "Hide AdLatest figures show the number had risen again to 592.\n")
    assert texts(seg(text)) == ["There were 584 children in care in March.",
                                "Latest figures show the number had risen again to 592."]
    # a line about hiding something else stays
    keep = "Hide additional details of the placements from the public report.\n"
    assert texts(seg(keep)) == ["Hide additional details of the placements from the public report."]


def test_blank_nbsp_lines_are_not_segments() -> None:
    df = seg("Budget\n\n\u00a0\n\n \u00a0 \t\n\nThe Panel met.\n\u200b\n")
    assert texts(df) == ["Budget", "The Panel met."]


def test_file_size_is_cut_from_the_title_line() -> None:
    text = read_seed("000")
    df = seg(text)
    title = df.iloc[0]
    assert (title.kind, title.number, title.text) == ("title", "5", "Year End Integrated Performance Report 2023/24")
    assert text[title.raw_start : title.raw_end] == "Year End Integrated Performance Report 2023/24"
    assert not df["text"].str.contains(r"PDF \d+ KB|Additional documents").any()


def test_full_minutes_link_is_cut_from_a_paragraph() -> None:
    text = read_seed("003")
    last = seg(text).iloc[-1]
    assert last.text.endswith("This was a priority for the Council's Strategic Asset Plan.")
    assert "view the full minutes" not in text[last.raw_start : last.raw_end]


def test_attachment_link_lines_after_the_title_are_dropped() -> None:
    text = (
        "6. Performance Report PDF 300 KB\n\nAdditional documents:\n\n"
        "Appendix A - Dashboard PDF 1 MB\nAppendix B pdf icon PDF 40 KB\n\nMinutes:\n\nThe Committee noted the report."
    )
    df = seg(text)
    assert table(df) == [
        ["title", "6", "Performance Report"],
        ["paragraph", None, "The Committee noted the report."],
    ]


def test_item_titles_with_an_attached_document_stay_as_titles() -> None:
    # ModernGov pages: each agenda item's title carries its report's icon and size; the title names
    # the subject of the passages under it. Links in a documents list, and appendices, are dropped.
    text = (
        "Items\n\n2.\n\nMinutes of the last Meeting pdf icon PDF 109 KB\n\nMinutes:\n\n"
        "The minutes were agreed.\n\n3.\n\nOutcomes of Exclusions pdf icon PDF 167 KB\n\n"
        "Additional documents:\n\nExclusions data 2023 pdf icon PDF 40 KB\nCase studies pdf icon PDF 12 KB\n\n"
        "Minutes:\n\nPermanent exclusions had fallen.\n\nAppendix 1 - Scorecard pdf icon PDF 120 KB\n\n"
        "Members asked about suspensions."
    )
    df = seg(text)
    assert table(df) == [
        ["title", None, "Items"],
        ["title", "2", "Minutes of the last Meeting"],
        ["paragraph", None, "The minutes were agreed."],
        ["title", "3", "Outcomes of Exclusions"],
        ["paragraph", None, "Permanent exclusions had fallen."],
        ["paragraph", None, "Members asked about suspensions."],
    ]
    for r in df.itertuples():  # each span covers the title only, not its icon and size
        assert text[r.raw_start : r.raw_end] == r.text
    assert list(df["heading"].iloc[4:]) == ["Outcomes of Exclusions"] * 2


@pytest.mark.parametrize(
    "line",
    [
        "Annual Report PDF 138 KB",
        "Annual Report (PDF 1 MB)",
        "Annual Report pdf icon",
        "It was noted. ... view the full minutes text for item 25",
        "It was noted. \u2026 view the full minutes text for item 7a",
    ],
)
def test_every_tail_passes_the_fast_pre_check(line: str) -> None:
    s = normalise(line).text
    assert clean.TAIL_HINT.search(s, max(0, len(s) - 24))
    assert any(rx.search(s) for _, rx in BOILERPLATE_TAILS)
    df = seg(f"Title\n\n{line}" if "noted" in line else line)
    assert df.iloc[-1].text in {"Annual Report", "It was noted."}


def test_no_boilerplate_left_in_seed_segments() -> None:
    for path in SEEDS:
        df = seg(read(path))
        for name, rx in BOILERPLATE_LINES:
            assert not any(rx.fullmatch(t) for t in df["text"]), (path.name, name)
        assert not df["text"].str.contains("view the full minutes|Supporting documents|Minutes:|PDF 3", regex=True).any()


# ------------------------------------------------------------------------------ wrapping


def test_wrapped_lines_are_rejoined_in_seed_003() -> None:
    df = seg(read_seed("003"))
    joined = " ".join(df["text"])
    assert "The Board received the performance management report for Quarter 2 for 2025-26." in list(df["text"])
    assert row(df, "Highlights included increased attendance").kind == "paragraph"
    assert pd.isna(row(df, "164 staff members had received training").number)  # not a list number
    assert "The new Ofsted framework had been launched" in joined
    assert "on the Youth Trailblazer Project for care leavers" in joined
    # no segment is a wrapped fragment: all paragraphs end a sentence
    paras = df[df["kind"] == "paragraph"]
    assert all(t.endswith((".", ":")) for t in paras["text"]), list(paras["text"])
    assert "Highlights" not in set(df["text"])


def test_one_line_per_paragraph_document_keeps_lines_apart() -> None:
    text = read_seed("000")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    df = seg(text)
    # title + every line after "Additional documents:" is its own segment
    assert len(df) == len(lines) - 1
    last = df.iloc[-1]
    assert (last.kind, last.text) == ("paragraph", "That the report is noted.")
    assert list(df["kind"]).count("bullet") == 5


def test_wrapping_rules_on_minutes_like_text() -> None:
    text = (
        "Item Title\n"
        "The Board noted the report of the\n"
        "Director of Children's Services and asked about\n"
        "costs.\n"
        "Education\n"
        "Members asked whether the new\n"
        "Ofsted framework applied.\n"
        "Cllr. Smith asked a question.\n"
        "Officers replied.\n"
    )
    df = seg(text)
    assert table(df, ("kind", "text")) == [
        ["title", "Item Title"],
        ["paragraph", "The Board noted the report of the Director of Children's Services and asked about costs."],
        ["heading", "Education"],
        ["paragraph", "Members asked whether the new Ofsted framework applied."],
        ["paragraph", "Cllr. Smith asked a question."],
        ["paragraph", "Officers replied."],
    ]


def test_sentence_broken_by_a_stray_blank_line_is_rejoined() -> None:
    df = seg(read_seed("001"))
    r = row(df, "Councillor Jerry Roodhouse asked")
    assert "apprenticeships. Sarah Tregaskis Service Manager - Education Services Trading" in r.text


def test_crlf_and_lf_give_the_same_segments() -> None:
    text = read_seed("003")
    a = seg(text)
    b = seg(text.replace("\n", "\r\n"))
    assert texts(a) == texts(b)
    assert list(a["kind"]) == list(b["kind"])


# ------------------------------------------------------------------------------ markers, kinds, headings


@pytest.mark.parametrize("glyph", ["·", "•", "●", "▪", "-", "*", "–", "o", "\uf0b7", "Ø", "➢", "◦"])
def test_bullet_styles(glyph: str) -> None:
    text = f"Intro paragraph:\n\n{glyph}\u00a0\u00a0 The target for Child Protection is on track.\n{glyph} Costs rose."
    df = seg(text)
    assert table(df) == [
        ["paragraph", None, "Intro paragraph:"],
        ["bullet", None, "The target for Child Protection is on track."],
        ["bullet", None, "Costs rose."],
    ]


def test_bullets_in_seeds() -> None:
    b1 = row(seg(read_seed("001")), "The target for Child Protection is on track.")
    assert b1.kind == "bullet"
    df2 = seg(read_seed("002"))
    assert row(df2, "In January 2019, the number of Education").kind == "bullet"  # "·"
    assert row(df2, "It was agreed that the PI").kind == "bullet"  # "  •"
    raw = read_seed("002")
    r = row(df2, "It was agreed that the PI")
    assert raw[r.raw_start] == "I" and raw[r.raw_start - 2 : r.raw_start] == "• "


def test_minute_numbers_and_resolutions_in_seed_004() -> None:
    text = read_seed("004")
    df = seg(text)
    r = row(df, "The Cabinet Member for Children and Young People")
    assert (r.kind, r.number) == ("paragraph", "33.2")
    assert not text[r.raw_start : r.raw_end].startswith("33.2")
    res = df[df["kind"] == "resolution"]
    assert list(res["number"]) == ["33.6", "1", "2", "3", "4"]
    assert res.iloc[0].text == "Resolved - That the Committee:"
    assert res.iloc[1].text.startswith("Welcomes the format and information contained in the PRR")
    assert (df["kind"] == "bullet").sum() == 9


def test_minute_number_needs_a_following_sentence() -> None:
    df = seg("Title\n\nThe rate rose to\n33.2 per cent in June.\n\n12.3 The Panel agreed.")
    assert table(df, ("number", "text")) == [
        [None, "Title"],
        [None, "The rate rose to 33.2 per cent in June."],
        ["12.3", "The Panel agreed."],
    ]


def test_resolution_items() -> None:
    text = (
        "Budget\n\nThe Panel discussed costs.\n\nRESOLVED that:\n\n(a) the report be noted;\n\n"
        "(b) a further report be brought in May.\n\nFinance\n\n1. Spending fell."
    )
    df = seg(text)
    assert table(df) == [
        ["title", None, "Budget"],
        ["paragraph", None, "The Panel discussed costs."],
        ["resolution", None, "RESOLVED that:"],
        ["resolution", "a", "the report be noted;"],
        ["resolution", "b", "a further report be brought in May."],
        ["heading", None, "Finance"],
        ["paragraph", "1", "Spending fell."],
    ]
    df = seg("Budget\n\nDecision:\n\nThat the report be noted.\n\nMembers then left.")
    assert list(df["kind"]) == ["title", "resolution", "paragraph"]


def test_headings_and_heading_column() -> None:
    df2 = seg(read_seed("002"))
    headings = list(df2.loc[df2["kind"] == "heading", "text"])
    assert headings == ["SEND", "Education", "Family Front Door", "In-Year Financial Information"]
    assert row(df2, "The latest available figures showed 68%").heading == "SEND"
    assert row(df2, "It was noted that the % of looked after").heading == "Family Front Door"
    assert row(df2, "Family Front Door").heading == "Performance and In-Year Budget Monitoring"
    assert row(df2, "The Panel was updated").heading == "Performance and In-Year Budget Monitoring"
    assert pd.isna(df2.iloc[0].heading) and df2.iloc[0].kind == "title"

    df4 = seg(read_seed("004"))
    assert list(df4.loc[df4["kind"] == "heading", "text"]) == ["Children and Young People", "Learning and Skills"]
    assert row(df4, "Dedicated Schools Grant").heading == "Learning and Skills"
    assert row(df4, "Contacts - A piece of work").heading == "Children and Young People"


def test_short_sentence_case_lines_are_not_headings_when_wrapped() -> None:
    df = seg("Title\n\nThe Board noted:\nHighlights\nincluded lower costs.\nThe new\nOfsted framework began.")
    assert list(df["kind"]) == ["title", "paragraph", "paragraph", "paragraph"]
    assert texts(df)[2:] == ["Highlights included lower costs.", "The new Ofsted framework began."]


def test_titles_of_seeds() -> None:
    expected = {
        "000": ("5", "Year End Integrated Performance Report 2023/24"),
        "001": (None, "Quarter 3 Integrated Performance Report Quarter 2 2022/23"),
        "002": (None, "Performance and In-Year Budget Monitoring"),
        "003": ("25", "Children's Services Directorate Quarterly Monitoring Report (Q2 2025/26)"),
        "004": (None, "Performance and Resources Report - Quarter 2"),
    }
    for key, (number, title) in expected.items():
        first = seg(read_seed(key)).iloc[0]
        assert first.kind == "title"
        assert (None if pd.isna(first.number) else first.number, first.text) == (number, title)


FULL_MEETING_PDF_TEXT = """Children and Young People Scrutiny Committee
1. Apologies for Absence
Apologies were received from Councillor E Green.
2. Minutes of the Previous Meeting
RESOLVED that the minutes of the meeting held on 10 January 2024 be
approved as a correct record.
3. Children's Services Performance Report
The Committee considered a report of the Director of Children's Services
which set out performance for Quarter 3. Members noted that:
\u2022 the number of children in care had fallen to 590;
\u2022 72% of EHCPs were issued within 20 weeks, against a national average of
50%;
In response to questions, the Director confirmed that the overspend was
\u00a33.2 million.
Page 3 of 7
RESOLVED that:
(a) the report be noted;
(b) a further update be brought to the June meeting.
4. Date of Next Meeting
The next meeting will be held on 10 June 2024.
Printed on 20/03/2024
"""


def test_full_meeting_pdf_text_numbered_item_titles() -> None:
    df = seg(FULL_MEETING_PDF_TEXT)
    assert table(df, ("kind", "number", "heading", "text")) == [
        ["title", None, None, "Children and Young People Scrutiny Committee"],
        ["title", "1", "Children and Young People Scrutiny Committee", "Apologies for Absence"],
        ["paragraph", None, "Apologies for Absence", "Apologies were received from Councillor E Green."],
        ["title", "2", "Apologies for Absence", "Minutes of the Previous Meeting"],
        ["resolution", None, "Minutes of the Previous Meeting",
         "RESOLVED that the minutes of the meeting held on 10 January 2024 be approved as a correct record."],
        ["title", "3", "Minutes of the Previous Meeting", "Children's Services Performance Report"],
        ["paragraph", None, "Children's Services Performance Report",
         "The Committee considered a report of the Director of Children's Services which set out performance "
         "for Quarter 3. Members noted that:"],
        ["bullet", None, "Children's Services Performance Report", "the number of children in care had fallen to 590;"],
        ["bullet", None, "Children's Services Performance Report",
         "72% of EHCPs were issued within 20 weeks, against a national average of 50%;"],
        ["paragraph", None, "Children's Services Performance Report",
         "In response to questions, the Director confirmed that the overspend was £3.2 million."],
        ["resolution", None, "Children's Services Performance Report", "RESOLVED that:"],
        ["resolution", "a", "Children's Services Performance Report", "the report be noted;"],
        ["resolution", "b", "Children's Services Performance Report", "a further update be brought to the June meeting."],
        ["title", "4", "Children's Services Performance Report", "Date of Next Meeting"],
        ["paragraph", None, "Date of Next Meeting", "The next meeting will be held on 10 June 2024."],
    ]


def test_numbered_resolution_items_are_not_titles() -> None:
    df = seg("Budget\n\nRESOLVED:\n\n1. That the report be noted\n\n2. That officers report back\n\n3. Finance")
    assert table(df) == [
        ["title", None, "Budget"],
        ["resolution", None, "RESOLVED:"],
        ["resolution", "1", "That the report be noted"],
        ["resolution", "2", "That officers report back"],
        ["resolution", "3", "Finance"],
    ]


def test_tab_separated_table_rows_are_single_paragraphs() -> None:
    df = seg("Title\n\nIndicator\tTarget\tActual\nEHCPs in 20 weeks\t60%\t72%\n\n1.\tNotes the report.")
    assert table(df) == [
        ["title", None, "Title"],
        ["paragraph", None, "Indicator Target Actual"],
        ["paragraph", None, "EHCPs in 20 weeks 60% 72%"],
        ["paragraph", "1", "Notes the report."],
    ]


def test_leading_labels_and_sentence_case_headings() -> None:
    text = (
        "Title\n\nMinutes: The Committee met.\n\nDecision: That the report be noted.\n\n"
        "Children in care\n\nThe meeting closed at 12.15 pm\n\nFinancial position\n\nSpending fell."
    )
    assert table(seg(text), ("kind", "heading", "text")) == [
        ["title", None, "Title"],
        ["paragraph", "Title", "The Committee met."],
        ["resolution", "Title", "That the report be noted."],
        ["heading", "Title", "Children in care"],
        ["paragraph", "Children in care", "The meeting closed at 12.15 pm"],
        ["heading", "Title", "Financial position"],
        ["paragraph", "Financial position", "Spending fell."],
    ]


def test_words_starting_with_marker_letters_are_not_markers() -> None:
    df = seg("Title\n\nofficers said\n\nOfsted visited.\n\n- 5% fall\n\n-5% change noted.\n\n*Provisional figures.")
    assert table(df)[1:] == [
        ["paragraph", None, "officers said"],
        ["paragraph", None, "Ofsted visited."],
        ["bullet", None, "5% fall"],
        ["paragraph", None, "-5% change noted."],
        ["paragraph", None, "*Provisional figures."],
    ]


def test_a_date_first_line_keeps_its_day() -> None:
    df = seg("12 March 2024\n\nThe Committee met.")
    assert table(df)[0] == ["title", None, "12 March 2024"]


def test_marker_alone_on_its_line_applies_to_the_next_line() -> None:
    df = seg("Title\n\n•\nCosts rose.\n2.\nThe Panel agreed.")
    assert table(df) == [
        ["title", None, "Title"],
        ["bullet", None, "Costs rose."],
        ["paragraph", "2", "The Panel agreed."],
    ]


# ------------------------------------------------------------------------------ invariants and table


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_raw_span_invariant_for_every_seed_segment(path: Path) -> None:
    text = read(path)
    df = seg(text, path.stem)
    assert len(df) > 0
    assert list(df.columns) == list(SEGMENTS.columns)
    prev_end = 0
    for r in df.itertuples():
        assert r.text, r
        norm = normalise(text[r.raw_start : r.raw_end])
        assert r.text == norm.text
        # the stored offset map is the one normalise computes (figures map spans through it)
        assert clean.decode_offsets(r.offset_map, len(r.text)) == norm.offsets
        assert r.raw_start < r.raw_end and r.raw_start >= prev_end
        assert not text[r.raw_start].isspace() and not text[r.raw_end - 1].isspace()
        assert r.segment_id == f"{path.stem}:{r.seq:04d}"
        assert r.n_words == len(r.text.split())
        assert r.kind in {"title", "heading", "paragraph", "bullet", "resolution"}
        prev_end = r.raw_end
    assert list(df["seq"]) == list(range(len(df)))


NOISE = ["\u00a0", "\u200b", "\u00ad", "\t", " ", "\u2009", "\ufeff", "\u2026", "\u201c", "\u2019", "\u2013"]


@pytest.mark.parametrize("seed", range(40))
def test_raw_span_invariant_on_noisy_shuffled_documents(seed: int) -> None:
    """Lines of the seeds, shuffled, with unicode noise and odd line breaks: the invariant holds."""
    rng = random.Random(seed)
    lines = [ln for p in SEEDS for ln in read(p).splitlines()]
    picked = rng.sample(lines, 40)
    out = []
    for ln in picked:
        words = ln.split(" ")
        for _ in range(rng.randint(0, 3)):
            i = rng.randrange(len(words))
            words[i] = rng.choice(NOISE) + words[i] + rng.choice(NOISE)
        out.append(" ".join(words))
        out.append(rng.choice(["", "\u00a0", "  ", "\u200b", None, None, None]))
    text = rng.choice(["\n", "\r\n", "\r", "\u2028"]).join(x for x in out if x is not None)
    df = seg(text)
    prev_end = 0
    for r in df.itertuples():
        norm = normalise(text[r.raw_start : r.raw_end])
        assert r.text and r.text == norm.text
        assert clean.decode_offsets(r.offset_map, len(r.text)) == norm.offsets, r.offset_map
        assert r.raw_start >= prev_end
        prev_end = r.raw_end


def test_offset_map_of_a_segment_with_every_kind_of_offset_change() -> None:
    """Collapsed spaces, CRLF line joins, NBSP, an expanded ellipsis, a soft hyphen, a title number."""
    text = ("5 Budget\u00a0 report\r\n\r\nThe  Board\r\nreceived\u00a0\u00a0the re\u00adport\u2026 and "
            "\u201cnoted\u201d it.\n\u00b7 \u200b Costs rose\tby 5%.\n")
    df = seg(text)
    assert df["text"].tolist() == ["Budget report", 'The Board received the report... and "noted" it.', "Costs rose by 5%."]
    assert df["offset_map"].iloc[0] != "0:0"
    for r in df.itertuples():
        assert clean.decode_offsets(r.offset_map, len(r.text)) == normalise(text[r.raw_start : r.raw_end]).offsets


@pytest.mark.parametrize("offsets", [[0], [0, 1, 2, 3], [2, 3, 7, 8, 8, 8, 9, 10], [0, 0, 0, 1], [5, 9, 10]])
def test_encode_and_decode_offsets_round_trip(offsets: list[int]) -> None:
    encoded = clean.encode_offsets(offsets)
    assert encoded.startswith(f"0:{offsets[0]}")
    assert clean.decode_offsets(encoded, len(offsets) - 1) == offsets


def test_a_bad_offset_map_is_rejected() -> None:
    with pytest.raises(ValueError, match="does not start with 0"):
        clean.offset_pairs("3:4 5:9")


def test_empty_text_gives_empty_frame_with_schema() -> None:
    for text in ("", "   \n\u00a0\n", "Agenda item\n\nMinutes:\n\nSupporting documents:"):
        df = seg(text)
        assert len(df) == 0
        assert list(df.columns) == list(SEGMENTS.columns)
        assert [str(t) for t in df.dtypes] == [d for d, _ in SEGMENTS.columns.values()]


def test_deterministic_and_clean_documents_sorted() -> None:
    class Doc:
        def __init__(self, path: Path) -> None:
            self.doc_id = path.stem
            self.text = read(path)

    docs = [Doc(p) for p in reversed(SEEDS)]
    a = clean_documents(docs)
    b = clean_documents(list(reversed(docs)))
    pd.testing.assert_frame_equal(a, b)
    assert list(a["doc_id"].unique()) == sorted(p.stem for p in SEEDS)
    assert a.groupby("doc_id")["seq"].apply(lambda s: list(s) == list(range(len(s)))).all()
    assert len(clean_documents([])) == 0
    for p in SEEDS:
        text = read(p)
        pd.testing.assert_frame_equal(seg(text, p.stem), seg(text, p.stem))


def test_heldout_fixture_segments() -> None:
    path = ROOT / "tests" / "fixtures" / "heldout_minutes.txt"
    if not path.exists():
        pytest.skip("held-out fixture not present")
    text = read(path)
    df = seg(text)
    assert df.iloc[0][["kind", "number"]].tolist() == ["title", "12"]
    numbered = df.dropna(subset=["number"])
    assert list(numbered["number"])[1:] == [f"12.{i}" for i in range(1, 16)]
    assert df.iloc[-1].kind == "resolution"
    for r in df.itertuples():
        assert r.text == normalise(text[r.raw_start : r.raw_end]).text
