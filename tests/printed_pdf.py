"""Printed-minutes PDFs for the tests, written with fpdf2 the way councils print minutes.

:func:`print_minutes` lays plain minutes out on A5 pages: a running header (the council's name,
the committee and the date) and a "Page N of M" footer on every page, paragraphs justified in a
narrow column, long words hyphenated at line ends (soft hyphens at syllable-like points, used by
fpdf2 where a word does not fit), hyphenated compounds ("in-house") broken at their own hyphen
where they straddle a line end, ``fi``/``ff``/``fl`` printed as ligatures, and optionally a table
after the title. It returns what was printed, so tests can check every line-end break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VOWELS = set("aeiouyAEIOUY")
ONSETS = set("bl br ch cl cr dr fl fr gl gr ph pl pr sc sh sk sl sp st th tr wh wr".split())
LIGATURES = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]
SHY = "\u00ad"
LINE_HEIGHT = 5.0
#: a hyphenated compound: "in-house", "16-year-olds", "Stoke-on-Trent"
COMPOUND = re.compile(r"(?<![\w-])(?:[A-Za-z]+|\d+)(?:-[A-Za-z]+)+")


@dataclass
class Printed:
    """A printed PDF: its running header lines, page count and every line-end break."""

    path: Path
    header: list[str]
    n_pages: int = 0
    #: (first part, rest, real hyphen?) of every word broken at a line end
    breaks: list[tuple[str, str, bool]] = field(default_factory=list)


def blocks_of(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` blocks of hard-wrapped plain minutes: ``heading``, ``para`` or ``bullet``.

    >>> blocks_of("Looked after children\\n- There were 347\\nchildren.\\n\\nMembers noted it.")
    [('heading', 'Looked after children'), ('bullet', 'There were 347 children.'), ('para', 'Members noted it.')]
    """
    out: list[tuple[str, str]] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        items: list[list[str]] = []
        for i, ln in enumerate(lines):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if i == 0 and nxt and len(ln) <= 60 and ln[-1] not in ".:;," and (nxt[0].isupper() or nxt[:2] == "- "):
                out.append(("heading", ln))
            elif ln.startswith("- ") or not items:
                items.append([ln])
            else:
                items[-1].append(ln)
        for it in items:
            joined = " ".join(it)
            if joined.startswith("- "):
                out.append(("bullet", joined[2:]))
            elif len(lines) == 1 and len(joined) <= 90 and joined[-1] not in ".:;," and not out:
                out.append(("heading", joined))
            else:
                out.append(("para", joined))
    return out


def soft_hyphenate(word: str) -> str:
    """Allow line-end breaks in a long word: before a consonant and vowel, 3+ letters each side.

    >>> soft_hyphenate("percentage,").replace(SHY, "-")
    'per-cen-tage,'
    """
    m = re.fullmatch(r"([^A-Za-z]*)([A-Za-z]{8,})([^A-Za-z]*)", word)
    if not m:
        return word
    core = m.group(2)
    points = []
    for i in range(3, len(core) - 3):
        if core[i] not in VOWELS and core[i + 1] in VOWELS:
            if core[i - 1 : i + 1].lower() in ONSETS and core[i - 2] in VOWELS and i - 1 >= 3:
                i -= 1  # keep "dr", "th", "st" ... together
            points.append(i)
    for i in sorted(set(points), reverse=True):
        core = core[:i] + SHY + core[i:]
    return m.group(1) + core + m.group(3)


def ligate(text: str) -> str:
    for plain, lig in LIGATURES:
        text = text.replace(plain, lig)
    return text


def unligate(text: str) -> str:
    for plain, lig in LIGATURES:
        text = text.replace(lig, plain)
    return text


def _lines(pdf: Any, width: float, text: str) -> list[str]:
    return pdf.multi_cell(width, LINE_HEIGHT, text, align="J", dry_run=True, output="LINES")


def wrap_paragraph(pdf: Any, width: float, text: str) -> str:
    """The text to print justified at ``width``: long words and compounds may break at line ends.

    A hyphenated compound ("in-house", "16-year-olds") gets a soft hyphen in place of the one of
    its hyphens where fpdf2 then breaks the line (printed "in-" / "house", as a compound broken at
    its hyphen looks), like a typesetter breaking at the last hyphen that fits; elsewhere it keeps
    its hyphens. Left to right, so earlier lines never change.
    """
    text = " ".join(soft_hyphenate(w) for w in text.split(" "))
    pos = 0
    while (m := COMPOUND.search(text, pos)) is not None:
        parts = m.group().split("-")
        pos = m.end()

        def render(soft: set[int]) -> tuple[str, list[str]]:
            word = parts[0] + "".join((SHY if j in soft else "-") + p for j, p in enumerate(parts[1:]))
            candidate = text[: m.start()] + word + text[m.end() :]
            return candidate, [unligate(ln) for ln in _lines(pdf, width, ligate(candidate))]

        def used(lines: list[str], joints: range | set[int]) -> set[int]:
            return {j for j in joints for a, b in zip(lines, lines[1:])
                    if a.endswith(parts[j] + "-") and b.startswith(parts[j + 1])}

        joints = range(len(parts) - 1)
        breaks = used(render(set(joints))[1], joints)
        if breaks:
            candidate, lines = render(breaks)
            if used(lines, breaks) == breaks and not any(
                parts[j] + parts[j + 1] in ln for j in breaks for ln in lines
            ):
                text = candidate
    return ligate(text)


def print_minutes(
    text: str,
    path: Path,
    *,
    council: str,
    committee: str,
    date: str,
    table: list[tuple[str, ...]] | None = None,
    width: float = 88.0,
    widths: dict[int, float] | None = None,
) -> Printed:
    """Print plain minutes ``text`` as a multi-page PDF at ``path`` (see the module docstring).

    ``widths`` gives some blocks (by index in :func:`blocks_of`) their own column width.
    """
    import matplotlib
    from fpdf import FPDF

    ttf = Path(matplotlib.get_data_path()) / "fonts" / "ttf"  # DejaVu: has the ligature glyphs
    printed = Printed(path=path, header=[council, f"{committee} - {date}"])

    class Minutes(FPDF):
        def header(self) -> None:
            self.set_font("body", size=8)
            for line in printed.header:
                self.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
            self.ln(5)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("body", size=8)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Minutes(format=(148, 210))  # A5
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_font("body", "", str(ttf / "DejaVuSans.ttf"))
    pdf.add_font("body", "B", str(ttf / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    default_width = width
    for n, (kind, body) in enumerate(blocks_of(text)):
        width = (widths or {}).get(n, default_width)
        if kind == "heading":
            pdf.set_font("body", "B", size=10)
            pdf.multi_cell(width, LINE_HEIGHT, body, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("body", size=10)
            indent = 5.0 if kind == "bullet" else 0.0
            src = wrap_paragraph(pdf, width - indent, ("\u2022 " if kind == "bullet" else "") + body)
            lines = [unligate(ln) for ln in _lines(pdf, width - indent, src)]
            for a, b in zip(lines, lines[1:]):
                if re.search(r"\w-$", a) and b[:1].isalnum():
                    head = a.split()[-1][:-1]
                    tail = re.match(r"\w+", b).group()  # type: ignore[union-attr]
                    printed.breaks.append((head, tail, f"{head}-{tail}" in body))
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(width - indent, LINE_HEIGHT, src, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
        if n == 0 and table:
            pdf.set_font("body", size=9)
            with pdf.table(width=width, col_widths=(45, 20, 23), align="LEFT", line_height=LINE_HEIGHT) as t:
                for cells in table:
                    row = t.row()
                    for c in cells:
                        row.cell(c)
            pdf.ln(3)
    pdf.output(str(path))
    printed.n_pages = pdf.page_no()
    return printed


def width_breaking(paragraph: str, head: str, tail: str) -> float:
    """A column width (mm) at which ``paragraph``, printed as :func:`print_minutes` does, breaks a
    line between ``head-`` and ``tail`` (searched from 40 to 100 mm)."""
    from fpdf import FPDF

    import matplotlib

    pdf = FPDF(format=(148, 210))
    pdf.add_font("body", "", str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"))
    pdf.set_font("body", size=10)
    pdf.add_page()
    for tenth in range(400, 1000, 5):
        width = tenth / 10
        lines = [unligate(ln) for ln in _lines(pdf, width, wrap_paragraph(pdf, width, paragraph))]
        if any(a.endswith(f"{head}-") and b.startswith(tail) for a, b in zip(lines, lines[1:])):
            return width
    raise ValueError(f"no width breaks {head}-/{tail} in {paragraph!r}")
