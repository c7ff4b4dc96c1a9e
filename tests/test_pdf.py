"""Printed-minutes PDFs read faithfully: page furniture dropped, hyphenated words re-joined,
real hyphens kept, ligatures spelt out, table rows kept as rows, and the figures as good as from
the same minutes as text.

The PDFs are printed in the tests (``printed_pdf.print_minutes``, fpdf2) from the held-out
minutes, with a running header, "Page N of M" footers, a justified narrow column with words
hyphenated at line ends, ligatures and a table.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path

import pandas as pd
import pytest

from analysis import clean, corpus, evaluation, figures, io
from printed_pdf import Printed, print_minutes

FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: (text fixture, gold prefix, council, committee, date) of the held-out minutes
HELDOUT = [
    ("heldout_minutes", "heldout", "Exampleshire County Council", "Children's Services Scrutiny Committee",
     "17 September 2024"),
    ("heldout_minutes_2", "heldout2", "London Borough of Exampleton",
     "Children and Young People Scrutiny Sub-Committee", "6 February 2025"),
    ("heldout_minutes_3", "heldout3", "Sampleton Borough Council", "Corporate Parenting Board", "11 March 2025"),
]
ATTENDANCE = [("Member", "Role", "Attendance"), ("Councillor Ahmed", "Chair", "Present"),
              ("Councillor Brown", "Vice-Chair", "Present"), ("Councillor Clarke", "Member", "Apologies")]
PAGE_FOOTER = re.compile(r"Page \d+ of \d+")


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Printed, str]]:
    """Each held-out minutes printed as a PDF, with the text read back by the corpus layer."""
    folder = tmp_path_factory.mktemp("printed")
    out = {}
    for name, _, council, committee, date in HELDOUT:
        source = io.read_text(FIXTURES / f"{name}.txt")
        pdf = print_minutes(source, folder / f"{name}.pdf", council=council, committee=committee, date=date,
                            table=ATTENDANCE)
        out[name] = (pdf, corpus.pdf_to_text(pdf.path.read_bytes(), pdf.path.name))
    return out


@pytest.fixture(scope="module")
def pdf_segments(printed) -> pd.DataFrame:
    return pd.concat([clean.segment_text(n, text) for n, (_, text) in printed.items()], ignore_index=True)


def test_the_fixtures_are_what_councils_print(printed) -> None:
    """Guard: several pages each, words broken at line ends, ligatures in the text layer."""
    from pypdf import PdfReader

    breaks = [b for pdf, _ in printed.values() for b in pdf.breaks]
    assert all(pdf.n_pages >= 2 for pdf, _ in printed.values())
    assert sum(1 for *_, real in breaks if not real) >= 10
    layer = "".join(p.extract_text() for pdf, _ in printed.values() for p in PdfReader(pdf.path).pages)
    assert "\ufb01" in layer and re.search(r"[a-z]-\n[a-z]", layer)
    assert len(PAGE_FOOTER.findall(layer)) == sum(pdf.n_pages for pdf, _ in printed.values())


def test_no_segment_holds_a_header_a_footer_or_a_page_number(printed, pdf_segments) -> None:
    furniture = {line for pdf, _ in printed.values() for line in pdf.header}
    for text in pdf_segments["text"]:
        assert not any(line in text for line in furniture), text
        assert not PAGE_FOOTER.search(text), text
        assert not re.fullmatch(r"\d{1,3}", text), text
    for pdf, text in printed.values():
        assert not any(line in text for line in pdf.header) and not PAGE_FOOTER.search(text)


def test_no_segment_holds_a_word_broken_at_a_line_end(printed, pdf_segments) -> None:
    joined = " ".join(pdf_segments["text"])
    assert not re.search(r"[A-Za-z]- [a-z]", joined)
    for pdf, _ in printed.values():
        for head, tail, real in pdf.breaks:
            if real:
                assert f"{head}-{tail}" in joined and f"{head}{tail}" not in joined, (head, tail)
            else:
                assert f"{head}{tail}" in joined and f"{head}-{tail}" not in joined, (head, tail)


def test_ligatures_are_spelt_out(printed, pdf_segments) -> None:
    for _, text in printed.values():
        assert not set(text) & set("\ufb00\ufb01\ufb02\ufb03\ufb04")
    joined = " ".join(pdf_segments["text"])
    assert "sufficiency" in joined and "Officers" in joined


def test_table_rows_stay_rows(printed, pdf_segments) -> None:
    for name, (_, text) in printed.items():
        assert "Councillor Brown\tVice-Chair\tPresent" in text.splitlines()
        rows = pdf_segments[pdf_segments["doc_id"] == name]["text"].tolist()
        for cells in ATTENDANCE:
            assert " ".join(cells) in rows  # one segment per row, never joined to a paragraph


def test_every_segment_and_figure_slices_back_to_the_text(printed, pdf_segments) -> None:
    texts = {n: t for n, (_, t) in printed.items()}
    for d, a, b, seg in zip(pdf_segments["doc_id"], pdf_segments["raw_start"], pdf_segments["raw_end"],
                            pdf_segments["text"]):
        assert clean.normalise(texts[d][a:b]).text == seg
    f, n = figures.figures_from_segments(pdf_segments, texts, _documents(texts))
    figures.check_spans(f, texts)
    figures.check_spans(n, texts)


# ------------------------------------------------------------------ figures: PDF against text

def _documents(texts: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": list(texts), "council": "Test Council", "meeting_date": None})


def _gold(prefix: str) -> pd.DataFrame:
    return pd.read_csv(FIXTURES / f"{prefix}_figures_gold.csv", dtype={"indicator_id": "string", "doc_id": "string"},
                       keep_default_na=False, na_values={"value_max": [""]})


def map_spans(gold: pd.DataFrame, source: str, target: str) -> pd.DataFrame:
    """Gold spans of ``source`` carried over to ``target`` (the same minutes, laid out differently).

    Both texts are split into whitespace-separated tokens and aligned (difflib, no junk
    heuristic); a gold figure whose first and last tokens are in aligned runs gets the same
    character offsets within the aligned target tokens. The mapped span must read as the gold
    surface (whitespace aside); a figure that cannot be mapped gets the span (-1, -1), so it counts
    as missed.
    """
    src = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", source)]
    tgt = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", target)]
    sm = SequenceMatcher(None, [t for *_, t in src], [t for *_, t in tgt], autojunk=False)
    to_tgt = {a + k: b + k for a, b, size in sm.get_matching_blocks() for k in range(size)}

    def token_at(pos: int) -> int | None:
        return next((i for i, (s, e, _) in enumerate(src) if s <= pos < e), None)

    starts, ends = [], []
    for a, b, surface in zip(gold["raw_start"], gold["raw_end"], gold["surface"]):
        i, j = token_at(a), token_at(b - 1)
        start = end = -1
        if i in to_tgt and j in to_tgt:
            start = tgt[to_tgt[i]][0] + (a - src[i][0])
            end = tgt[to_tgt[j]][0] + (b - src[j][0])
            if clean.normalise(target[start:end]).text != clean.normalise(surface).text:
                start = end = -1
        starts.append(start)
        ends.append(end)
    return gold.assign(raw_start=starts, raw_end=ends)


def _f1(s: dict[str, float]) -> float:
    p, r = s["precision"], s["recall"]
    return 2 * p * r / (p + r) if p + r else 0.0


def test_printed_minutes_score_as_well_as_the_text(printed, pdf_segments) -> None:
    """Figures F1 of the held-out minutes printed as PDFs is within 0.02 of the same minutes as text.

    Gold offsets index the text fixtures; for the PDFs they are carried over to the extracted
    text by :func:`map_spans` (token alignment, checked against each surface). Both sides are
    scored with ``evaluation.score`` (span overlap and value) over the three documents together.
    """
    sources = {n: io.read_text(FIXTURES / f"{n}.txt") for n, *_ in HELDOUT}
    pdf_texts = {n: t for n, (_, t) in printed.items()}
    gold = pd.concat([_gold(prefix) for _, prefix, *_ in HELDOUT], ignore_index=True)
    mapped = pd.concat([map_spans(gold[gold["doc_id"] == n], sources[n], pdf_texts[n]) for n in sources],
                       ignore_index=True)
    assert (mapped["raw_start"] >= 0).mean() >= 0.98  # the mapping itself loses (almost) nothing

    txt_segments = pd.concat([clean.segment_text(n, t) for n, t in sources.items()], ignore_index=True)
    f_txt, _ = figures.figures_from_segments(txt_segments, sources, _documents(sources))
    f_pdf, _ = figures.figures_from_segments(pdf_segments, pdf_texts, _documents(pdf_texts))
    s_txt, s_pdf = evaluation.score(f_txt, gold), evaluation.score(f_pdf, mapped)
    print(f"\nfigures F1: text {_f1(s_txt):.3f} (P {s_txt['precision']:.3f} R {s_txt['recall']:.3f}), "
          f"printed PDF {_f1(s_pdf):.3f} (P {s_pdf['precision']:.3f} R {s_pdf['recall']:.3f}); "
          f"indicator {s_txt['indicator']:.3f} / {s_pdf['indicator']:.3f}")
    assert _f1(s_pdf) >= _f1(s_txt) - 0.02
    assert s_pdf["indicator"] >= s_txt["indicator"] - 0.02  # broken words and headers would cost phrases


# ------------------------------------------------------------------ real hyphens at line ends

COMPOUNDS = [
    # (paragraph, first part, rest): the line breaks right after "first part-"
    ("The Panel agreed the long-term plan for children in care and asked for an update in the spring.",
     "long", "term"),
    ("Members welcomed the emotional well-being service, which had taken 412 referrals since April.",
     "well", "being"),
    ("Attendance of 16-year-olds at college had improved, with 88% enrolled by the end of October.",
     "16", "year"),
    ("Attendance of 16-year-olds at college had improved, with 88% enrolled by the end of October.",
     "16-year", "olds"),
    ("The Director visited colleagues in Stoke-on-Trent to compare their edge of care offer.", "Stoke", "on"),
    ("The Director visited colleagues in Stoke-on-Trent to compare their edge of care offer.", "Stoke-on", "Trent"),
    ("The council would open two in-house children's homes in 2026, providing eight beds.", "in", "house"),
    ("Officers described the evidence-based parenting programme offered in each locality.", "evidence", "based"),
]


def test_a_compound_broken_at_its_hyphen_keeps_it(tmp_path: Path) -> None:
    from printed_pdf import width_breaking

    text = "Item 5 Children's Services Update\n\n" + "\n\n".join(p for p, *_ in COMPOUNDS)
    widths = {i + 1: width_breaking(p, head, tail) for i, (p, head, tail) in enumerate(COMPOUNDS)}
    pdf = print_minutes(text, tmp_path / "compounds.pdf", council="Testshire Council", committee="People Panel",
                        date="1 May 2025", widths=widths)
    assert {(h, t) for h, t, real in pdf.breaks if real} >= {(h, t) for _, h, t in COMPOUNDS}
    read = corpus.pdf_to_text(pdf.path.read_bytes(), "compounds.pdf")
    segments = clean.segment_text("compounds", read)["text"].tolist()
    assert segments[1:] == [p for p, *_ in COMPOUNDS]  # every paragraph whole, every hyphen kept


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the Indepen-\ndent review", "the Independent\nreview"),  # a lower-case continuation joins
        ("the long-\nterm plan", "the long-term\nplan"),  # built-in first part
        ("for 16-\nyear-olds", "for 16-year-olds"),  # digit, and a hyphenated rest
        ("for 16-year-\nolds and", "for 16-year-olds\nand"),  # the first part is hyphenated
        ("in Stoke-on-\nTrent.", "in Stoke-on-Trent."),
        ("the Sub-\nCommittee", "the Sub-Committee"),  # capitalised rest
        ("in 2024-\n25 the", "in 2024-25\nthe"),
        ("the in-\nhouse homes", "the in-house\nhomes"),  # built-in word list
        ("an evidence-\nbased offer", "an evidence-based\noffer"),  # built-in second part
        ("ninety-\none per cent", "ninety-one\nper cent"),
        ("Fost-\nering: 318 fostering households", "Fostering:\n318 fostering households"),
        # the document's own spelling wins over the built-in list ...
        ("our wellbeing offer and well-\nbeing hub", "our wellbeing offer and wellbeing\nhub"),
        # ... and over the default: "pre-birth" is how this document spells it
        ("a pre-birth plan and a pre-\nbirth assessment", "a pre-birth plan and a pre-birth\nassessment"),
        ("a soft\u00ad\nhyphen", "a soft\u00adhyphen".replace("\u00ad", "")),  # a soft hyphen always joins
        ("the report -\nnoted", "the report -\nnoted"),  # a dash, not a hyphen
        ("costs rose by 5%-\n(see", "costs rose by 5%-\n(see"),
        ("a table-\n\trow", "a table-\n\trow"),
        ("from the Sub-\n12.2 Members", "from the Sub-\n12.2 Members"),  # a numbered paragraph follows
        ("a para-\n\ngraph", "a para-\n\ngraph"),  # never across a blank line
    ],
)
def test_dehyphenate(text: str, expected: str) -> None:
    assert corpus.dehyphenate(text) == expected


def test_page_furniture_allows_the_page_number_to_vary_and_keeps_repeated_sentences() -> None:
    pages = [
        ["Sampleton Borough Council", "Corporate Parenting Board, 11 March 2025, page 1", "Minutes",
         "The Board met.", "That the report be noted.", "1"],
        ["Sampleton Borough Council", "Corporate Parenting Board, 11 March 2025, page 2", "Item 2 was heard.",
         "That the report be noted.", "2"],
        ["Corporate Parenting Board, 11 March 2025, page 3", "Item 3 was heard.", "Close.", "- 3 -"],
    ]
    drop = corpus.page_furniture(pages)
    kept = [[ln for i, ln in enumerate(p) if i not in d] for p, d in zip(pages, drop)]
    assert kept == [["Minutes", "The Board met.", "That the report be noted."],
                    ["Item 2 was heard.", "That the report be noted."],
                    ["Item 3 was heard.", "Close."]]
    # one page: nothing repeats, but a bare page number is still furniture
    assert corpus.page_furniture([["Minutes", "The Board met.", "Page 1 of 1"]]) == [{2}]


def test_layout_lines_keep_table_rows_and_prose_apart() -> None:
    page = "\n".join([
        "   that    demand    at    the    front    door",  # justified prose
        "12.1      The Director presented the quarterly scorecard",  # numbered paragraph
        "",
        "",
        "Indicator              Target     Actual",
        "Children in need       350        331",
        "EHCPs within 20 weeks  60%        68%",
        "",
        "Item   7      Quarter   3   Performance   Monitoring",  # justified, with a double space
    ])
    assert corpus.layout_lines(page) == [
        "that demand at the front door",
        "12.1 The Director presented the quarterly scorecard",
        "",
        "Indicator\tTarget\tActual",
        "Children in need\t350\t331",
        "EHCPs within 20 weeks\t60%\t68%",
        "",
        "Item 7 Quarter 3 Performance Monitoring",
    ]


def test_a_double_spaced_page_keeps_its_paragraphs() -> None:
    page = "The Board received\n\nthe report.\n\nIt was noted.\n\n\n\nMembers asked\n\nabout costs."
    assert corpus.layout_lines(page) == ["The Board received", "the report.", "It was noted.", "",
                                         "Members asked", "about costs."]
