"""Shared fixtures: temporary corpora built from the seeds, HTML and PDF fixtures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_RAW = ROOT / "data" / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MANIFEST_HEADER = "file,council,committee,meeting_date,title,source_url\n"


def make_pdf(path: Path, paragraphs: list[str] | None) -> Path:
    """Write a PDF with a text layer (``paragraphs``) or, with ``None``, only a drawing (no text)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if paragraphs is None:
        pdf.rect(20, 20, 100, 60, style="F")
    else:
        pdf.set_font("helvetica", size=11)
        for para in paragraphs:
            pdf.multi_cell(0, 6, para)
            pdf.ln(4)
    pdf.output(str(path))
    return path


def write_manifest(folder: Path, rows: list[str]) -> Path:
    path = folder / "manifest.csv"
    path.write_text(MANIFEST_HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A temporary copy of the seed corpus (raw folder)."""
    raw = tmp_path / "raw"
    shutil.copytree(SEED_RAW, raw)
    return raw


@pytest.fixture
def mixed_corpus(tmp_path: Path) -> Path:
    """A small corpus with one txt, one ModernGov HTML page and one PDF with a text layer."""
    raw = tmp_path / "mixed"
    raw.mkdir()
    shutil.copy(SEED_RAW / "003_1b56bb6e0b5ee152.txt", raw / "halton_q2.txt")
    shutil.copy(FIXTURES / "moderngov_item.html", raw / "exampleshire_q1.html")
    make_pdf(
        raw / "sampleton_2024-03.pdf",
        [
            "Minutes:",
            "The Panel received the quarterly performance report. The number of children in need had risen "
            "to 1,250 and 14 social worker posts were vacant.",
            "RESOLVED that the report be noted.",
        ],
    )
    write_manifest(
        raw,
        [
            "halton_q2.txt,Halton Borough Council,Children Young People and Families PPB,2025-11-10,Q2 report,",
            "exampleshire_q1.html,Exampleshire County Council,Children's Scrutiny,2024-07-01,Q1 report,https://example.invalid/1",
            "sampleton_2024-03.pdf,Sampleton District Council,People Panel,2024-03-12,Performance,",
        ],
    )
    return raw
